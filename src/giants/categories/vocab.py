"""The category vocabulary (data/categories.toml), compiled once per pipeline: term matchers
and cue-word sets the other modules read."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from giants.data import taxonomy as load_taxonomy


def _variants(phrase: str) -> set[str]:
    """A phrase as written, with hyphens for spaces and spaces for hyphens."""
    out = {phrase, phrase.replace("-", " "), phrase.replace(" ", "-")}
    return {v for v in out if v.strip()}


class Vocab:
    def __init__(self, nlp: Language, taxonomy: str = ""):
        vocab = load_taxonomy(taxonomy or "")["categories"]
        self.cats = {c["id"]: c for c in vocab.get("category", [])}
        self.out_id = {cid: c.get("maps_to", cid) for cid, c in self.cats.items()}
        self.tiers = {t["id"]: t for t in vocab.get("tier", [])}
        self.cues = {k: self._set(v) for k, v in vocab.get("cues", {}).items() if isinstance(v, list)}
        self.traps = {k: self._set(v) for k, v in vocab.get("traps", {}).items() if isinstance(v, list)}
        self.valuations = {k: self._set(v) for k, v in vocab.get("valuations", {}).items() if isinstance(v, list)}
        growth = vocab.get("growth", {})
        self.growth = {k: self._set(v) for k, v in growth.items() if isinstance(v, list)}
        self.ordinal_words = {k.lower(): int(v) for k, v in (growth.get("ordinal_words") or {}).items()}
        self.thresholds = sorted(((float(c["threshold_usd"]), cid) for cid, c in self.cats.items()
                                  if "threshold_usd" in c), reverse=True)
        gz = self.cats.get("gazelle", {})
        self.min_growth = float(gz.get("min_yearly_growth", 0.2))
        self.min_years = int(gz.get("min_years", 3))
        self.max_age = int(gz.get("max_age_years", 10))

        # One matcher over lower-case tokens; the match label says what a phrase is.
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kinds: dict[str, tuple[str, str]] = {}  # match label -> (kind, id)
        self.cjk: list[tuple[str, str, str]] = []     # (term, kind, id): matched inside tokens
        for cid, c in self.cats.items():
            self._add(nlp, f"term:{cid}", "term", cid, c.get("terms", []))
            self._add(nlp, f"national:{cid}", "national", cid, c.get("terms_if_national", []))
            self._add(nlp, f"discuss:{cid}", "discuss", cid, c.get("discuss", []))
            self._add(nlp, f"threshold:{cid}", "discuss_threshold", cid, c.get("discuss_if_threshold", []))
        for tid, t in self.tiers.items():
            self._add(nlp, f"tier:{tid}", "tier", tid, t.get("terms", []))

    @staticmethod
    def _set(words) -> set[str]:
        return {str(w).lower() for w in words}

    def _add(self, nlp: Language, label: str, kind: str, cid: str, phrases: list[str]) -> None:
        if not phrases:
            return
        self.kinds[label] = (kind, cid)
        docs = []
        for p in phrases:
            if any("\u4e00" <= ch <= "\u9fff" for ch in p):
                self.cjk.append((p, kind, cid))
                continue
            docs.extend(nlp.make_doc(v) for v in _variants(p))
        if docs:
            self.matcher.add(label, docs)

    def category_for_usd(self, usd: float) -> str | None:
        for thr, cid in self.thresholds:
            if usd >= thr * 0.995:
                return cid
        return None

    def definition(self, cid: str, basis: str) -> str | None:
        return (self.cats.get(cid, {}).get("definition") or {}).get(basis)
