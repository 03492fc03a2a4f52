"""Coreference mechanisms of the organisations component: "the maker of X", a descriptive
phrase in apposition to a name, descriptive heads that must agree with what the text says of
the organisation ("the lender"), and a sentence-opening "It" after a sentence whose only
organisation is not its subject."""

from __future__ import annotations

import pytest


def orgs_of(nlp, text):
    return {o["name"]: o for o in nlp(text)._.organizations}


def corefs(text, org):
    return [text[s:e] for s, e in org.get("coref_spans") or []]


def holder_of(text, orgs, phrase):
    """The organisation a phrase was resolved to, or None."""
    found = [name for name, org in orgs.items() if phrase in corefs(text, org)]
    assert len(found) <= 1
    return found[0] if found else None


# --------------------------------------------------------------------------- "the maker of X"

@pytest.mark.parametrize("text, name, phrase", [
    ("Pellwick Sealing Systems priced its shares at 12 yuan. The maker of mechanical seals for pumps "
     "employs 900 people.", "Pellwick Sealing Systems", "The maker"),
    ("Arvenlo Microdesign raised $30 million on Tuesday. The developer of chip design tools plans to "
     "hire 50 engineers.", "Arvenlo Microdesign", "The developer"),
    ("Quillmoor Foods opened a second plant in Tours last year. The producer of frozen pastries says "
     "sales doubled.", "Quillmoor Foods", "The producer"),
])
def test_maker_of_a_thing_refers_back(nlp, text, name, phrase):
    orgs = orgs_of(nlp, text)
    assert holder_of(text, orgs, phrase) == name


@pytest.mark.parametrize("text, phrase", [
    ("Dorrance Robotics raised $20 million. The company of the future will need fewer offices.", "The company"),
    ("Tarnhill Capital led the round in Brisbo. The group of investors also includes two banks.", "The group"),
])
def test_of_still_blocks_other_heads(nlp, text, phrase):
    orgs = orgs_of(nlp, text)
    assert holder_of(text, orgs, phrase) is None


# --------------------------------------------------------------------------- apposition

@pytest.mark.parametrize("text, name, phrase", [
    ("Velcaro Pay signed a deal this week. Its main banking partner is Ostrel Bank, the listed lender "
     "with a market value of $38 billion.", "Ostrel Bank", "the listed lender"),
    ("Merrow Logistics expanded to Spain. Its biggest customer is Fennimore Retail, the Dublin-based "
     "company with 300 stores.", "Fennimore Retail", "the Dublin-based company"),
    ("Hessing Optics raised $15 million. It buys its lenses from Stavely Glass, the Czech supplier "
     "of precision optics, under a five-year deal.", "Stavely Glass", "the Czech supplier"),
])
def test_a_phrase_in_apposition_stands_for_that_name(nlp, text, name, phrase):
    orgs = orgs_of(nlp, text)
    assert holder_of(text, orgs, phrase) == name


def test_apposition_makes_the_listed_fact_land_on_the_right_firm(nlp):
    text = ("Payments unicorn Velcaro Pay signed a deal this week. Its main banking partner is Ostrel Bank, "
            "the listed lender with a market value of $38 billion.")
    orgs = orgs_of(nlp, text)
    assert orgs["Velcaro Pay"]["listed"] is None


@pytest.mark.parametrize("text, name, phrase", [
    # the phrase follows a name after a comma but is the subject of a new clause, not its apposition
    ("Customers flocked to Brellby Foods, the company said on Monday.", "Brellby Foods", "the company"),
    # an apposition to a place, not to a firm
    ("Hessing Optics moved to Tours, the French company town, and hired staff.", "Hessing Optics", "the French company"),
])
def test_no_apposition_without_one(nlp, text, name, phrase):
    from giants.organisations.facts import OrgFacts
    doc = nlp(text)
    orgs = {o["name"]: o for o in doc._.organizations}
    k = list(orgs).index(name)
    owner = [-1] * len(doc)
    for s, e in orgs[name]["mention_spans"]:
        for t in doc.char_span(s, e, alignment_mode="expand"):
            owner[t.i] = k
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert OrgFacts._apposed_to(None, doc, span.start, span.end, owner) == -1


# --------------------------------------------------------------------------- descriptor agreement

@pytest.mark.parametrize("text, name, phrase", [
    ("Cavrel Bank raised its dividend on Monday. The lender said profits rose 12%.", "Cavrel Bank", "The lender"),
    ("Tessvik, a consumer-credit fintech, raised $80 million. The lender now serves 2 million people.",
     "Tessvik", "The lender"),
    ("Ostrava Insurance Group and Pelmo Robotics both reported results. The insurer said claims fell.",
     "Ostrava Insurance Group", "The insurer"),
])
def test_descriptive_head_finds_the_firm_it_describes(nlp, text, name, phrase):
    orgs = orgs_of(nlp, text)
    assert holder_of(text, orgs, phrase) == name


@pytest.mark.parametrize("text, phrase", [
    ("Dunvale Pay hired a former deputy governor of the central bank as its risk chief.", "the central bank"),
    ("Pelmo Robotics raised $40 million from investors. The lender said it would cut rates.", "The lender"),
])
def test_descriptive_head_does_not_take_a_firm_it_does_not_describe(nlp, text, phrase):
    orgs = orgs_of(nlp, text)
    assert holder_of(text, orgs, phrase) is None


# --------------------------------------------------------------------------- sentence-opening "It"

@pytest.mark.parametrize("text, name", [
    ("Contrast that with Brodell Marine Equipment, which entered the programme in 2019. It passed its "
     "review in 2022.", "Brodell Marine Equipment"),
    ("Then there is Halvik Sensors, a maker of lidar units from Oulu. It doubled its sales last year.",
     "Halvik Sensors"),
    ("Look at Dunsford Textiles, whose exports fell sharply in 2023. It cut 200 jobs in March.",
     "Dunsford Textiles"),
])
def test_it_after_a_sentence_about_one_firm(nlp, text, name):
    orgs = orgs_of(nlp, text)
    assert "It" in corefs(text, orgs[name])


@pytest.mark.parametrize("text", [
    # two firms in the sentence before: no single topic
    "The review compared Brodell Marine Equipment with Saxby Robotics Ltd, which both entered the programme in 2019. It passed.",
    # a plural subject: read further back, not the firm named in passing
    "Analysts at Brimley Securities were surprised. It said nothing.",
    # the sentence before has a subject that is a thing: "It" is that thing
    "This year's county list is topped by Tolvan Freight, a haulier from Boras. It is followed by two clinics.",
    # the firm is named only as a backer
    "The round was led by Tarnhill Capital with $20 million. It closed in May.",
])
def test_it_without_a_single_topic_stays_unresolved(nlp, text):
    orgs = orgs_of(nlp, text)
    assert all("It" not in corefs(text, o) for o in orgs.values())


# --------------------------------------------------------------------------- "it" later in the same sentence

@pytest.mark.parametrize("text, name", [
    ("The reset contrasts with Quenby Travel, whose investors paid a higher price, so it keeps its rank.",
     "Quenby Travel"),
    ("The picture differs at Halsworth Textiles, whose exports held up, so it kept all 300 jobs.", "Halsworth Textiles"),
    ("That stands in contrast to Dellacourt Foods, whose plants ran at capacity all year, so it expects more "
     "orders.", "Dellacourt Foods"),
])
def test_it_later_in_a_sentence_naming_one_firm(nlp, text, name):
    orgs = orgs_of(nlp, text)
    assert "it" in corefs(text, orgs[name])


@pytest.mark.parametrize("text", [
    # the firm sits inside an adverbial clause
    "After talks with Morvane Robotics collapsed, it looked elsewhere.",
    # named as a backer
    "Backed by Tarnhill Capital, it raised $5 million.",
])
def test_it_not_taken_from_a_clause_aside(nlp, text):
    orgs = orgs_of(nlp, text)
    assert all("it" not in corefs(text, o) for o in orgs.values())
