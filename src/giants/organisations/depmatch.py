"""A dependency matcher that starts from its cue words.

spaCy's DependencyMatcher first runs a token Matcher for every node of every pattern over
the whole document (a node such as {"DEP": "nsubj"} matches a token in every sentence) and
then walks each hit up to its root. Our patterns all open with a cue word (a verb lemma or a
noun from data/orgfacts.toml), so most of that work is thrown away. This matcher takes the
same pattern dicts, finds the anchor nodes by a set look-up on each token's lemma or lower
form, and only then follows the relations from each anchor.

Supported: REL_OP ">", "<", ">>", "<<", "." and the attributes LEMMA, LOWER, ORTH, DEP, POS,
TAG, each either a string or {"IN": [...]} / {"NOT_IN": [...]}. The first node of a pattern
must constrain LEMMA, LOWER or ORTH (it is the anchor). Matches are (key, [token ids in
pattern order]), like spaCy's.
"""

from __future__ import annotations

from typing import Callable, Iterable

from spacy.tokens import Doc, Token

_ATTRS: dict[str, Callable[[Token], str]] = {
    "LEMMA": lambda t: t.lemma_,
    "LOWER": lambda t: t.lower_,
    "ORTH": lambda t: t.text,
    "DEP": lambda t: t.dep_,
    "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_,
}
_ANCHOR_ATTRS = ("LEMMA", "LOWER", "ORTH")


def _test(spec) -> Callable[[str], bool]:
    if isinstance(spec, str):
        return lambda value: value == spec
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        allowed = frozenset(spec["IN"])
        return lambda value: value in allowed
    if isinstance(spec, dict) and set(spec) == {"NOT_IN"}:
        barred = frozenset(spec["NOT_IN"])
        return lambda value: value not in barred
    raise ValueError(f"depmatch: unsupported attribute test {spec!r}")


def _node_test(attrs: dict) -> Callable[[Token], bool]:
    checks = []
    for name, spec in attrs.items():
        if name not in _ATTRS:
            raise ValueError(f"depmatch: unsupported attribute {name!r}")
        checks.append((_ATTRS[name], _test(spec)))
    return lambda tok: all(ok(get(tok)) for get, ok in checks)


def _related(tok: Token, op: str) -> Iterable[Token]:
    if op == ">":
        return tok.children
    if op == "<":
        return () if tok.head.i == tok.i else (tok.head,)
    if op == ">>":
        return (t for t in tok.subtree if t.i != tok.i)
    if op == "<<":
        return tok.ancestors
    if op == ".":
        nxt = tok.i + 1
        if nxt < len(tok.doc) and not tok.doc[nxt].is_sent_start:
            return (tok.doc[nxt],)
        return ()
    raise ValueError(f"depmatch: unsupported relation {op!r}")


class AnchoredDependencyMatcher:
    """add(key, patterns) and __call__(doc) as in spacy.matcher.DependencyMatcher."""

    def __init__(self, vocab):
        self.vocab = vocab
        # anchor attribute -> value -> [(key id, compiled pattern)]; None value: "any" (tested)
        self._index: dict[str, dict[str, list]] = {a: {} for a in _ANCHOR_ATTRS}
        self._keys: list[str] = []

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        key_id = self.vocab.strings.add(key)
        self._keys.append(key)
        for pattern in patterns:
            anchor = pattern[0]
            attrs = anchor["RIGHT_ATTRS"]
            name = next((a for a in _ANCHOR_ATTRS if a in attrs), None)
            spec = attrs.get(name) if name else None
            if spec is None or not (isinstance(spec, str) or isinstance(spec, dict) and set(spec) == {"IN"}):
                raise ValueError(f"depmatch: pattern {key!r} must open with a LEMMA, LOWER or ORTH word")
            ids = [anchor["RIGHT_ID"]] + [node["RIGHT_ID"] for node in pattern[1:]]
            steps = [(ids.index(node["LEFT_ID"]), node["REL_OP"], _node_test(node["RIGHT_ATTRS"]))
                     for node in pattern[1:]]
            compiled = (key_id, _node_test(attrs), steps)
            for value in ([spec] if isinstance(spec, str) else spec["IN"]):
                self._index[name].setdefault(value, []).append(compiled)

    def __call__(self, doc: Doc, tokens: list[Token] | None = None) -> list[tuple[int, list[int]]]:
        """Matches in document order of their anchors. `tokens`: the doc's tokens, if the caller
        already holds them (building Token objects is most of the cost of a pass)."""
        toks = tokens if tokens is not None else list(doc)
        out: list[tuple[int, list[int]]] = []
        lemma_idx, lower_idx, orth_idx = self._index["LEMMA"], self._index["LOWER"], self._index["ORTH"]
        for tok in toks:
            found = []
            if lemma_idx:
                found += lemma_idx.get(tok.lemma_, ())
            if lower_idx:
                found += lower_idx.get(tok.lower_, ())
            if orth_idx:
                found += orth_idx.get(tok.text, ())
            for key_id, anchor_ok, steps in found:
                if anchor_ok(tok):
                    for ids in self._extend([tok], steps):
                        out.append((key_id, ids))
        return out

    def _extend(self, bound: list[Token], steps: list) -> Iterable[list[int]]:
        if len(bound) == len(steps) + 1:
            yield [t.i for t in bound]
            return
        left, op, ok = steps[len(bound) - 1]
        for cand in _related(bound[left], op):
            if ok(cand):
                yield from self._extend(bound + [cand], steps)
