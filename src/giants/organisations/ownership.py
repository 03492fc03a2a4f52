"""Which organisation owns another, as the text states it: the `parent` fact.

A firm the text calls a subsidiary, a unit, an arm or a division of a named organisation, a firm
"owned by" one, "part of" one, or one whose parent or owner is named, is no independent company:
categories read `parent` (with `listed` and `acquired`) before treating it as a private start-up.

Constructions, read from the dependency parse over the organisations already found:
- relation nouns: "Y's subsidiary X", "Y unit X", "X, a unit of Y", "X is a subsidiary of Y",
  "Y's self-driving car subsidiary X", "X, the cloud arm of Y";
- reverse nouns: "X's parent Y", "X's parent company, Y", "Y, the owner of X";
- "part of": "X, now part of Y", "X is part of Y";
- passive owning verbs: "X is owned by Y", "X, which is wholly owned by Y", "X, owned by Y";
- "Y-owned X", "Y-backed"-style hyphenated owners ("Ardley-owned X").
A past relation ("a former unit of Y", "no longer part of Y") and a plan ("will become a unit of
Y") state nothing. Cue words live in data/orgfacts.toml, table [parent].
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from giants.data import builtin
from giants.organisations.names import fold, tokens_of


def _set(values) -> set[str]:
    return {fold(v) for v in values or []}


@dataclass
class OwnershipVocab:
    child_nouns: set[str] = field(default_factory=set)      # X is the noun: "a subsidiary of Y"
    parent_nouns: set[str] = field(default_factory=set)     # Y is the noun: "the parent of X"
    part_nouns: set[str] = field(default_factory=set)       # "part of Y"
    carrier_nouns: set[str] = field(default_factory=set)    # "parent company": the head the noun modifies
    owning_verbs: set[str] = field(default_factory=set)     # "owned by Y"
    member_nouns: set[str] = field(default_factory=set)     # "X, an Ardley company"
    past_modifiers: set[str] = field(default_factory=set)   # "a former unit of Y"


def load_ownership(data: dict | None = None) -> OwnershipVocab:
    data = data if data is not None else builtin("orgfacts")
    p = data.get("parent", {})
    return OwnershipVocab(
        child_nouns=_set(p.get("child_nouns")),
        parent_nouns=_set(p.get("parent_nouns")),
        part_nouns=_set(p.get("part_nouns")),
        carrier_nouns=_set(p.get("carrier_nouns")),
        owning_verbs=_set(p.get("owning_verbs")),
        member_nouns=_set(p.get("member_nouns")),
        past_modifiers=_set(p.get("past_modifiers")),
    )


class Ownership:
    """Finds (owned organisation, owning organisation, cue token) triples. Needs a facts object
    with org_of, org_attached and realis (facts.OrgFacts) for the document at hand."""

    def __init__(self, facts, vocab: OwnershipVocab | None = None):
        self.facts = facts
        self.v = vocab or load_ownership()

    def find(self, doc: Doc) -> list[tuple[int, int, Token]]:
        v = self.v
        found: list[tuple[int, int, Token]] = []
        for t in tokens_of(doc):
            low = fold(t.text)
            pair = None
            if t.pos_ in ("NOUN", "PROPN") and self.facts.org_of(t) < 0:
                if low in v.child_nouns:
                    pair = self._noun_pair(t, reverse=False)
                elif low in v.parent_nouns:
                    pair = self._noun_pair(t, reverse=True)
                elif low in v.part_nouns:
                    pair = self._part_pair(t)
                elif low in v.member_nouns:
                    pair = self._member_pair(t)
            if pair is None and t.tag_ == "VBN" and t.lemma_.lower() in v.owning_verbs:
                pair = self._owned_pair(doc, t)
            if pair is not None and pair[0] >= 0 and pair[1] >= 0 and pair[0] != pair[1]:
                found.append((pair[0], pair[1], t))
        return found

    # ------------------------------------------------------------------ the pieces
    def _related_org(self, noun: Token, preps: set[str]) -> int:
        """The organisation tied to a relation noun by a possessive, a compound or "of"/"to":
        "Y's subsidiary", "Y subsidiary", "a subsidiary of Y"."""
        f = self.facts
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "nmod") and child.i < noun.i:
                k = f.org_of(child)
                if k >= 0:
                    return k
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        k = f.org_of(pobj)
                        if k >= 0:
                            return k
                        for sub in pobj.children:     # "of Y's cloud business" is not Y itself
                            if sub.dep_ == "appos" and f.org_of(sub) >= 0:
                                return f.org_of(sub)
        return -1

    def _past(self, noun: Token) -> bool:
        """"a former unit of Y", "no longer part of Y", "an ex-subsidiary"."""
        for child in noun.children:
            if child.dep_ in ("amod", "advmod", "compound") and fold(child.text) in self.v.past_modifiers:
                return True
            if child.dep_ in ("advmod", "neg") and child.lower_ in {"longer", "not", "never"}:
                return True
        head = noun.head
        if noun.dep_ == "attr" and head.pos_ in ("AUX", "VERB"):
            if any(c.dep_ in ("advmod", "neg") and c.lower_ in {"longer", "not", "never"} for c in head.children):
                return True
            if not self.facts.realis(head):
                return True
        i = noun.i
        doc = noun.doc
        if i >= 2 and doc[i - 1].text == "-" and fold(doc[i - 2].text) in self.v.past_modifiers:
            return True
        return False

    def _described_org(self, noun: Token) -> int:
        """The organisation a relation noun describes: the name it modifies ("subsidiary X"), the
        name it stands beside ("X, a unit of Y") or the subject it is said of ("X is a unit of Y")."""
        f = self.facts
        if noun.dep_ in ("compound", "nmod", "amod") and f.org_of(noun.head) >= 0:
            return f.org_of(noun.head)
        if noun.dep_ in ("appos",) or noun.dep_ == "attr" and noun.head.pos_ in ("AUX", "VERB"):
            return f.org_attached(noun)
        # "Y's subsidiary, X, ...": the name in apposition to the noun
        for child in noun.children:
            if child.dep_ == "appos" and f.org_of(child) >= 0:
                return f.org_of(child)
        # the parse may miss an unknown name's role ("subsidiary Quessly" read as an adverb): the name
        # right after the noun, or right before its apposition ("X, a unit of Y")
        doc = noun.doc
        if noun.i + 1 < len(doc) and f.org_of(doc[noun.i + 1]) >= 0:
            return f.org_of(doc[noun.i + 1])
        left = noun.left_edge.i
        if left >= 2 and doc[left - 1].text == "," and f.org_of(doc[left - 2]) >= 0 and noun.dep_ == "appos":
            return f.org_of(doc[left - 2])
        return -1

    def _noun_pair(self, t: Token, reverse: bool) -> tuple[int, int] | None:
        noun = t
        # "parent company", "holding company": the head the relation word modifies carries the links
        if t.dep_ == "compound" and fold(t.head.text) in self.v.carrier_nouns and self.facts.org_of(t.head) < 0:
            noun = t.head
        if self._past(noun) or self._past(t):
            return None
        related = self._related_org(noun, {"of", "to"})
        if related < 0 and noun is not t:
            related = self._related_org(t, {"of", "to"})
        described = self._described_org(noun)
        if related < 0 or described < 0:
            return None
        return (related, described) if reverse else (described, related)

    def _part_pair(self, t: Token) -> tuple[int, int] | None:
        """"X, now part of Y", "X is part of Y" (not "part of the deal": Y must be a named organisation)."""
        if t.dep_ not in ("appos", "attr") or self._past(t):
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            return None
        owner = self._related_org(t, {"of"})
        owned = self.facts.org_attached(t)
        return (owned, owner) if owner >= 0 and owned >= 0 else None

    def _member_pair(self, t: Token) -> tuple[int, int] | None:
        """"X, an Ardley company", "X is a Tarnwell Group business": a/an, the owner's name right
        before the noun, the noun beside or said of X (not "an Ostmark portfolio company")."""
        f = self.facts
        doc = t.doc
        if t.dep_ not in ("appos", "attr") or self._past(t):
            return None
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children):
            return None
        if t.i < 1 or f.org_of(doc[t.i - 1]) < 0:
            return None
        owner = f.org_of(doc[t.i - 1])
        word = doc[t.i - 1].text
        if word.isupper() and len(word) <= 5 and word != f.name_of(owner):
            return None     # "X, an ETL company": a trade's acronym, though it reads like a short form
        owned = f.org_attached(t) if t.dep_ == "attr" else f.org_of(t.head)
        if owned < 0 and t.dep_ == "appos":
            owned = self._described_org(t)
        return (owned, owner) if owned >= 0 else None

    def _owned_pair(self, doc: Doc, t: Token) -> tuple[int, int] | None:
        f = self.facts
        i = t.i
        # "Y-owned X": the owner is glued in front by a hyphen, the owned name is the head
        if i >= 2 and doc[i - 1].text == "-" and doc[i - 1].whitespace_ == "" and f.org_of(doc[i - 2]) >= 0:
            owned = f.org_of(t.head) if t.head is not t else -1
            if owned < 0:
                owned = f.org_attached(t.head) if t.dep_ in ("amod", "compound") else -1
            return (owned, f.org_of(doc[i - 2])) if owned >= 0 else None
        owner = -1
        for child in t.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and f.org_of(pobj) >= 0:
                        owner = f.org_of(pobj)
        if owner < 0 or not f.realis(t):
            return None
        if any(c.dep_ in ("advmod",) and fold(c.text) in self.v.past_modifiers for c in t.children):
            return None     # "formerly owned by Y"
        owned = -1
        for child in t.children:
            if child.dep_ == "nsubjpass":
                if child.tag_ in ("WDT", "WP") and t.dep_ == "relcl":
                    owned = f.org_of(t.head)       # "X, which is owned by Y"
                else:
                    owned = f.org_of(child)
        if owned < 0 and t.dep_ in ("acl", "advcl") and f.org_of(t.head) >= 0:
            owned = f.org_of(t.head)               # "X, owned by Y,"
        return (owned, owner) if owned >= 0 else None
