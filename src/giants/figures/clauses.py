"""Parse readings the figures component shares: who or what an amount is predicated of.

- `definition_holder`: the amount describes firms in general, as in a definition or a
  criterion ("A unicorn is a private start-up valued at $1 billion or more", "startups
  each valued at over $1bn", "a company growing 30% a year"): a threshold, not a firm's figure;
- `growing_thing`: what a growth percentage measures ("grew revenue 31%" -> revenue,
  "postings rose 48%" -> postings, "a growth rate of 34% in revenue" -> revenue).
"""

from __future__ import annotations

import math

from spacy.tokens import Span, Token

_GENERIC_DETS = {"a", "an", "any", "each", "every", "such"}
_MEASURES = {"valuation", "valuations", "value", "values", "worth", "revenue", "revenues", "sales", "turnover",
             "growth", "rate", "cagr"}
_GROUP_WORDS = {"most", "many", "half", "some", "all", "none", "few", "majority", "minority", "third", "quarter"}
_CHANGE_NOUNS = {"growth", "rate", "increase", "rise", "jump", "gain", "cagr", "expansion", "decline", "drop",
                 "fall", "decrease"}


def _round(value: float | None) -> bool:
    """1, 1.5, 2, 2.5, 3, 5 times a power of ten: the numbers definitions use."""
    if value is None or value <= 0:
        return False
    mant = value / 10 ** math.floor(math.log10(value))
    return any(abs(mant - m) < 1e-6 for m in (1, 1.5, 2, 2.5, 3, 5))


def _named(tok: Token, mentions: list[tuple[int, int, str, bool]]) -> bool:
    return tok.pos_ == "PROPN" or tok.lower_ in ("it", "they") or any(s <= tok.idx < e for s, e, _, _ in mentions)


def _joined(tok: Token) -> str:
    """The word with a hyphenated first part the tokenizer split off ("start-up")."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def _generic(noun: Token, entity_nouns: set[str], mentions: list[tuple[int, int, str, bool]]) -> bool:
    """A common noun for firms in general: "a start-up", "companies", "startups each"."""
    if noun.pos_ not in ("NOUN", "ADP", "ADV") or not (
            noun.lower_ in entity_nouns or noun.lemma_.lower() in entity_nouns or _joined(noun) in entity_nouns
            or noun.lower_ in ("valuations",)):
        return False
    if any(s <= noun.idx < e for s, e, _, _ in mentions):
        return False  # "the start-up" resolved to a named firm
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "predet")]
    if dets and not set(dets) & _GENERIC_DETS:
        return False  # "the company", "this firm"
    if not dets and noun.tag_ not in ("NNS", "NNPS"):
        return False  # a bare singular is a headline or a name
    # "Acme, a start-up valued at $2bn" / "Acme is a company worth $3bn": a named firm described
    if noun.dep_ == "appos" and _named(noun.head, mentions):
        return False
    if noun.dep_ in ("attr", "acomp") and noun.head.lemma_ == "be":
        subj = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (_named(subj, mentions) or subj.lower_ in ("this", "that", "which")):
            return False
    if noun.dep_ == "conj" and _named(noun.head, mentions):
        return False
    return True


def definition_holder(span: Span, value: float | None, qualifier: str, entity_nouns: set[str],
                      mentions: list[tuple[int, int, str, bool]]) -> Token | None:
    """The generic noun an amount is a threshold for, or None."""
    if qualifier == "range" or (qualifier not in ("lower_bound", "upper_bound") and not _round(value)):
        return None  # (a range describes the firms of a list: "valuations ranging from $200m to $904m")
    tok = span.root
    for _ in range(7):
        head = tok.head
        if head is tok:
            return None
        if head.pos_ in ("NOUN", "PROPN") and head.lower_ not in _MEASURES:
            return head if _generic(head, entity_nouns, mentions) else None
        if head.pos_ in ("NOUN",) and head.lower_ == "valuations" and not any(
                c.dep_ in ("poss", "det") for c in head.children):
            return head  # "valuations of more than $10 billion"
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            owner = head.head
            if owner.pos_ in ("DET", "PRON") and owner.lower_ in _GENERIC_DETS and owner.head.pos_ == "NOUN":
                owner = owner.head  # "startups each valued at over $1bn"
            if head.dep_ == "relcl" and head.tag_ == "VBD":
                return None  # "a business whose revenue grew by 1,000%": a statement, not a criterion
            if head.dep_ in ("acl", "relcl", "amod") and owner.pos_ in ("NOUN", "PROPN"):
                return owner if _generic(owner, entity_nouns, mentions) else None
            if tok.dep_ == "prep" and tok.lower_ == "with" and head.tag_ in ("VB", "VBG"):
                # "would build a company with an exit value of $100m": the object the "with" describes
                # (a statement in the past, "built a company with ...", is about a real firm)
                obj = next((c for c in head.children if c.dep_ == "dobj"), None)
                if obj is not None and _generic(obj, entity_nouns, mentions):
                    return obj
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                if subj.lower_ in ("that", "which", "who"):
                    clause = head
                    while clause.dep_ == "conj" and clause.head is not clause:
                        clause = clause.head  # "start-ups that were founded ..., that have a valuation of"
                    if clause.dep_ == "relcl":
                        subj = clause.head
                if qualifier in ("lower_bound", "upper_bound") and (
                        subj.text == "%" or subj.like_num or subj.lower_ in _GROUP_WORDS):
                    return subj  # "15% of them grew faster than 25% a year": a share of a group
                return subj if _generic(subj, entity_nouns, mentions) else None
            if head.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "prep"):
                return None
        tok = head
    return None


def governing_verb(span: Span) -> Token | None:
    tok = span.root
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def growing_thing(span: Span) -> Token | None:
    """What a growth percentage measures: the object of "grew", else the subject of the
    change verb (through "whose"/"which"), else the "in"/"of" object or compound of a
    change noun ("growth of 34% in revenue", "revenue growth of 12%")."""
    # a change noun on the way up: "a compound annual growth rate of 34% in revenue"
    tok = span.root
    for _ in range(4):
        head = tok.head
        if head is tok or head.pos_ in ("VERB", "AUX"):
            break
        if head.pos_ == "NOUN" and head.lower_ in _CHANGE_NOUNS:
            for c in list(head.children) + list(head.head.children if head.head.lower_ in _CHANGE_NOUNS else []):
                if c.dep_ == "prep" and c.lower_ in ("in", "of") and c is not tok:
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if obj is not None and obj not in span and not obj.like_num:
                        return obj
            for c in head.children:
                if c.dep_ in ("compound", "nmod", "poss") and c not in span:
                    return c
        tok = head
    verb = governing_verb(span)
    if verb is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c not in span and not c.like_num), None)
    if obj is not None and obj.lower_ not in ("%", "percent", "cent"):
        return obj
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb:
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is not None and subj.pos_ == "PROPN":
        # "X, postings for AI roles rose 48%": a plural noun in apposition is what rose
        plural = next((c for c in subj.children if c.dep_ == "appos" and c.tag_ == "NNS"), None)
        if plural is not None:
            return plural
    return subj


_BACK_DETS = {"the", "that", "this", "these", "those"}


def back_reference(span: Span) -> bool:
    """The amount is a modifier that a definite or demonstrative determiner introduces ("That $1
    billion price tag", "the 20% growth threshold", "pass the $1 billion mark"): it points back to
    an amount already stated, when one is."""
    doc = span.doc
    first = span[0]
    if first.i == 0:
        return False
    det = doc[first.i - 1]
    if det.lower_ not in _BACK_DETS or det.dep_ != "det":
        return False
    return det.head.i > span[-1].i and det.head.pos_ in ("NOUN", "PROPN")
