"""The cue-anchored dependency matcher finds what spaCy's DependencyMatcher finds for the same
patterns (it only skips the work for sentences without a cue word)."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher

from giants.organisations.depmatch import AnchoredDependencyMatcher

SUBJECT = [[
    {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["raise", "hire"]}, "POS": {"IN": ["VERB", "AUX"]}}},
    {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subj", "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubjpass"]}}},
]]
EXAMPLE = [[
    {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": ["firms", "startups"]}}},
    {"LEFT_ID": "noun", "REL_OP": ">>", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"LOWER": {"IN": ["like", "as"]}, "DEP": "prep"}},
    {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": "pobj"}},
]]
BESIDE_AFTER = [[
    {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"POS": "NOUN", "LOWER": {"IN": ["maker", "service"]}}},
    {"LEFT_ID": "noun", "REL_OP": ".", "RIGHT_ID": "name", "RIGHT_ATTRS": {"POS": "PROPN"}},
]]
AS_HEAD = [[
    {"RIGHT_ID": "as", "RIGHT_ATTRS": {"LOWER": "as", "DEP": "prep"}},
    {"LEFT_ID": "as", "REL_OP": "<", "RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}},
]]
ALL = {"SUBJECT": SUBJECT, "EXAMPLE": EXAMPLE, "BESIDE_AFTER": BESIDE_AFTER, "AS_HEAD": AS_HEAD}


def matchers(nlp):
    ours, theirs = AnchoredDependencyMatcher(nlp.vocab), DependencyMatcher(nlp.vocab)
    for key, patterns in ALL.items():
        ours.add(key, patterns)
        theirs.add(key, patterns)
    return ours, theirs


def found(nlp, matcher, doc):
    return sorted((nlp.vocab.strings[key], tuple(doc[i].text for i in ids)) for key, ids in matcher(doc))


@pytest.mark.parametrize("text, expected", [
    ("Quorvel Robotics raised $40 million. The drone maker Skyloft hired 50 engineers.",
     {("SUBJECT", ("raised", "Robotics")), ("BESIDE_AFTER", ("maker", "Skyloft"))}),
    ("Investors prefer firms like Tamsin and Orbly, which began as suppliers.",
     {("EXAMPLE", ("firms", "like", "Tamsin")), ("AS_HEAD", ("as", "began"))}),
    ("The ride-hailing service Zoomra was hired by the city. Money was raised by Velmora.",
     {("BESIDE_AFTER", ("service", "Zoomra")), ("SUBJECT", ("hired", "Zoomra"))}),
])
def test_it_finds_the_matches_of_spacys_dependency_matcher(nlp, text, expected):
    doc = nlp(text)
    ours, theirs = matchers(nlp)
    mine = found(nlp, ours, doc)
    assert mine == found(nlp, theirs, doc)
    assert expected <= set(mine)


@pytest.mark.parametrize("text", [
    "The weather was mild and the harbour stayed quiet all week.",     # no cue word at all
    "Raise the flag, hire the band.",                                  # cue verbs without a subject
])
def test_it_finds_nothing_without_a_cue_word_in_its_relation(nlp, text):
    doc = nlp(text)
    ours, theirs = matchers(nlp)
    assert not [m for m in found(nlp, ours, doc) if m[0] in ("SUBJECT", "EXAMPLE", "BESIDE_AFTER")]
    assert found(nlp, ours, doc) == found(nlp, theirs, doc)


def test_the_next_token_relation_stops_at_a_sentence_end(nlp):
    doc = nlp("Our supplier is a tractor maker.\nOrbly said so.")
    ours, _ = matchers(nlp)
    assert ("BESIDE_AFTER", ("maker", "Orbly")) not in found(nlp, ours, doc)


def test_a_pattern_must_open_with_a_word(nlp):
    ours = AnchoredDependencyMatcher(nlp.vocab)
    with pytest.raises(ValueError):
        ours.add("BAD", [[{"RIGHT_ID": "x", "RIGHT_ATTRS": {"DEP": "nsubj"}}]])
