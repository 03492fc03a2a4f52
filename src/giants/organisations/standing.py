"""An organisation's standing, as the text states it: each organisation dict gains `founded`
(the earliest founding year stated in a sentence that names it: "founded in 1974"), `mature`
(None, or {"evidence", "span"} of a sentence describing it as old or large: "the century-old
brewer", "X, China's largest steel producer", "banking giant X") and `ranking` (its name is a ranking's or a
publication's, followed by the ranking's size: "the Fortune 500", "this year's Growth 250")."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from giants.data import builtin

YEAR = re.compile(r"^(19|20)\d{2}$")


def cue_before(low: list[str], i: int, cues: set[str], width: int = 3) -> bool:
    """One of `cues` ends within the `width` words before position i ("founded in 2015")."""
    window = " " + " ".join(low[max(0, i - width):i]) + " "
    return any(f" {cue} " in window for cue in cues)


def founded_words() -> set[str]:
    return {str(w).lower() for w in builtin("standing").get("founded_words", [])}


class Standing:
    def __init__(self, nlp: Language, name: str = "giants_org_standing"):
        data = builtin("standing")
        self.words = {k: {str(w).lower() for w in v} for k, v in data.items() if isinstance(v, list)}

    def __call__(self, doc: Doc) -> Doc:
        for org in doc._.organizations or []:
            if isinstance(org, dict):
                spans = [sp for s, e in org.get("mention_spans") or []
                         if (sp := doc.char_span(s, e, alignment_mode="expand")) is not None]
                org["founded"] = self.founded(spans)
                org["mature"] = self.mature(spans)
                org["ranking"] = any(self.ranking_size(doc, sp) for sp in spans)
        return doc

    def founded(self, spans) -> int | None:
        years = []
        for sp in spans:
            low = [t.lower_ for t in sp.sent]
            years += [int(t.text) for i, t in enumerate(sp.sent)
                      if YEAR.match(t.text) and cue_before(low, i, self.words["founded_words"])]
        return min(years, default=None)

    def mature(self, spans) -> dict | None:
        for sp in spans:
            described = " ".join(sp.doc[c.left_edge.i:c.right_edge.i + 1].text.lower()
                                 for c in sp.root.children if c.dep_ == "appos")
            before = sp.doc[sp.start - 1].lower_ if sp.start > 0 else ""
            if sp.start > 1 and sp.doc[sp.start - 2].lower_ == "little":
                before = ""  # "little giant X" is a title for small firms
            if self._says(sp.sent.text.lower(), "old_firm_words") or self._says(described, "large_firm_words") \
                    or before in self.words.get("large_firm_titles", set()):
                # "Swiss banking giant X", "retail conglomerate X": a title right before the name
                return {"evidence": sp.sent.text, "span": [sp.sent.start_char, sp.sent.end_char]}
        return None

    def _says(self, low: str, key: str) -> bool:
        """One of the words under `key` stands in `low` as written: spaCy splits "century-old" and
        "state-owned" into three tokens, so the words are read off the text, not the tokens."""
        return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low) for w in self.words[key])

    def ranking_size(self, doc: Doc, sp) -> bool:
        """The name is followed by a round number of ten or more that is no year and no
        quantity ("the Fortune 500", "the FT 1000"; not a model number "Pellmora 14" or a year)."""
        if sp.end >= len(doc):
            return False
        nxt = doc[sp.end]
        after = doc[sp.end + 1] if sp.end + 1 < len(doc) else None
        if not nxt.text.isdigit() or YEAR.match(nxt.text) or int(nxt.text) < 10 or int(nxt.text) % 10:
            return False
        return after is None or not (after.like_num or after.lower_ in self.words["not_ranking_after"])


@Language.factory("giants_org_standing")
def make_standing(nlp: Language, name: str) -> Standing:
    return Standing(nlp, name)
