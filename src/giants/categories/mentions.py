"""Category mentions: the vocabulary's phrases found on tokens (PhraseMatcher over lower-case
forms), with the span of the organisation names they sit in left out."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.util import filter_spans

from giants.categories.vocab import Vocab


PRIORITY = {"term": 0, "tier": 1, "national": 2, "discuss_threshold": 3, "discuss": 4}


@dataclass
class Mention:
    start: int          # first token
    end: int            # one past the last token
    kind: str           # term | tier | discuss
    cat: str            # vocabulary id (hectocorn stays hectocorn)
    out: str            # id written to the output
    sense: str = "business"   # business, or the trap that makes it something else
    stance: str = "member"    # member | aspirant | negated | past | lower_tier | generic | relation | name

    @property
    def key(self) -> tuple[int, int]:
        return self.start, self.end


def terms_in(mentions: list[Mention], lo: int, hi: int, *, business: bool = False,
             member: bool = False) -> list[Mention]:
    """The category terms that start in tokens [lo, hi), in text order; only those read in the
    business sense with `business`, only members (which are business ones) with `member`."""
    return [m for m in mentions if lo <= m.start < hi and m.kind == "term"
            and (not (business or member) or m.sense == "business") and (not member or m.stance == "member")]


def _national_near(doc: Doc, start: int, end: int, words: set[str]) -> bool:
    sent = doc[start].sent
    return any(t.lower_ in words for t in doc[max(sent.start, start - 4):min(sent.end, end + 10)])


def _states_threshold(doc: Doc, vocab: Vocab) -> bool:
    """The text states a 20%-a-year growth test ("20 percent annual sales growth")."""
    pct = int(round(vocab.min_growth * 100))
    for t in doc:
        if t.like_num and t.text == str(pct) and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("%", "percent", "per"):
            window = " ".join(x.lower_ for x in doc[t.i:t.i + 8])
            if any(w in window for w in vocab.growth.get("yearly_words", ())):
                return True
    return False


def find_mentions(doc: Doc, vocab: Vocab, name_tokens: set[int]) -> list[Mention]:
    """Every category phrase in the doc, longest first where they overlap. A phrase inside an
    organisation's name is kept only when a category noun follows it ("Global Unicorn Index")."""
    found = []
    for match_id, s, e in vocab.matcher(doc):
        kind, cid = vocab.kinds[doc.vocab.strings[match_id]]
        found.append((doc[s:e], kind, cid))
    for t in doc:
        # inside one token the longest Chinese term wins ("准瞪羚", a lower tier, holds "瞪羚")
        hits = [(term, kind, cid) for term, kind, cid in vocab.cjk if term in t.text]
        for term, kind, cid in hits:
            if not any(term != other and term in other for other, _, _ in hits):
                found.append((doc[t.i:t.i + 1], kind, cid))
    spans = filter_spans([sp for sp, _, _ in found])
    info: dict[tuple[int, int], tuple[str, str]] = {}
    for sp, k, c in sorted(found, key=lambda x: PRIORITY.get(x[1], 9), reverse=True):
        info[(sp.start, sp.end)] = (k, c)  # the strongest kind on a span wins
    mentions = []
    threshold = None
    for sp in spans:
        kind, cid = info[(sp.start, sp.end)]
        if kind == "national":
            kind = "term" if _national_near(doc, sp.start, sp.end, vocab.cues.get("national_words", set())) else "discuss"
        if kind == "discuss_threshold":
            threshold = _states_threshold(doc, vocab) if threshold is None else threshold
            if not threshold:
                continue
            kind = "discuss"
        if kind == "tier":
            out = vocab.tiers[cid].get("discusses") or ""
        else:
            out = vocab.out_id.get(cid, cid)
        m = Mention(sp.start, sp.end, kind, cid, out)
        if any(i in name_tokens for i in range(sp.start, sp.end)):
            nxt = doc[sp.end].lower_ if sp.end < len(doc) else ""
            if nxt not in vocab.traps.get("category_heads", set()):
                continue
            m.stance = "relation"
        mentions.append(m)
    return mentions
