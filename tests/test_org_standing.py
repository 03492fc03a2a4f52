"""The organisations component's standing facts (giants/organisations/standing.py): `founded`,
`mature` and `ranking` on each organisation dict, which the gazelle and valuation tests read.
The organisation list is fixed by each test so the facts alone are under test."""

import re


def _org(nlp, text, name):
    doc = nlp(text)
    spans = [[m.start(), m.end()] for m in re.finditer(re.escape(name), text)]
    doc._.organizations = [{"name": name, "aliases": [], "type": "company", "is_company": True,
                            "mentions": len(spans), "mention_spans": spans}]
    doc = nlp.get_pipe("giants_org_standing")(doc)
    return doc._.organizations[0]


def test_founding_year(nlp):
    assert _org(nlp, "Harlowe Instruments, founded in 1974, makes pressure sensors.", "Harlowe Instruments")["founded"] == 1974
    assert _org(nlp, "Set up in 2019, Vantrel Bio now employs 80 people.", "Vantrel Bio")["founded"] == 2019


def test_no_founding_year_from_other_years(nlp):
    org = _org(nlp, "Harlowe Instruments doubled its sales in 2023 and hired staff in 2024.", "Harlowe Instruments")
    assert org["founded"] is None


def test_mature_by_description(nlp):
    org = _org(nlp, "Dunmere Steel, the country's largest steel producer, raised prices on Monday.", "Dunmere Steel")
    assert org["mature"] and "largest steel producer" in org["mature"]["evidence"]
    org = _org(nlp, "Ostley Breweries is a century-old brewer in the north.", "Ostley Breweries")
    assert org["mature"] is not None


def test_mature_by_hyphenated_description(nlp):
    org = _org(nlp, "Corrin Power, a state-owned utility, bought the plant.", "Corrin Power")
    assert org["mature"] is not None


def test_a_young_firm_is_not_mature(nlp):
    org = _org(nlp, "Vantrel Bio, a two-year-old biotech start-up, raised $20 million.", "Vantrel Bio")
    assert org["mature"] is None


def test_ranking_name(nlp):
    assert _org(nlp, "Vosmark Analytics made this year's Quarry 500 for the first time.", "Quarry")["ranking"] is True
    assert _org(nlp, "Entrants to the Ostmere 100 grew fast.", "Ostmere")["ranking"] is True


def test_model_numbers_years_and_quantities_are_no_ranking_size(nlp):
    assert _org(nlp, "The Pellmora 14 phone sold well.", "Pellmora")["ranking"] is False
    assert _org(nlp, "Pellmora 2020 results were strong.", "Pellmora")["ranking"] is False
    assert _org(nlp, "Orvill holds Pellmora 40 percent of the market.", "Pellmora")["ranking"] is False


import pytest  # noqa: E402


@pytest.mark.parametrize("text, name", [
    ("Swiss banking giant Corlund Bank raised its forecast on Tuesday.", "Corlund Bank"),
    ("Retail conglomerate Harbury Holdings opened 40 stores.", "Harbury Holdings"),
    ("Oil major Pentrel Energy cut its capital budget.", "Pentrel Energy"),
])
def test_mature_by_a_title_before_the_name(nlp, text, name):
    assert _org(nlp, text, name)["mature"] is not None


@pytest.mark.parametrize("text, name", [
    ("National little giant Corlund Valves doubled its exports.", "Corlund Valves"),
    ("Start-up Harbury Labs opened its first office in Leeds.", "Harbury Labs"),
])
def test_no_maturity_from_other_words_before_the_name(nlp, text, name):
    assert _org(nlp, text, name)["mature"] is None
