"""Holders of category mentions in lists, batches, rankings and peer groups: sentences of our
own each mechanism must handle and sentences it must leave alone, each label checked for the
organisation and the category. The organisation list is fixed by each test (the
organisations component owns it)."""

from __future__ import annotations

import re

import pytest


def analyse(nlp, text: str, orgs: list[str], **org_fields):
    doc = nlp(text)
    doc._.organizations = [
        {"name": n, "aliases": [], "type": org_fields.get(n, {}).get("type", "company"),
         "is_company": org_fields.get(n, {}).get("is_company", True), "mentions": len(spans),
         "mention_spans": spans, "coref_spans": org_fields.get(n, {}).get("coref_spans", []),
         "listed": None, "acquired": None}
        for n in orgs
        for spans in [[[m.start(), m.end()] for m in re.finditer(rf"\b{re.escape(n)}\b", text)]]
    ]
    doc._.figures = []
    return nlp.get_pipe("giants_categories")(doc)


def pairs(nlp, text, orgs, **org_fields) -> set[tuple[str, str]]:
    return {(lab["org"], lab["category"]) for lab in analyse(nlp, text, orgs, **org_fields)._.category_labels}


def coref(text: str, phrase: str) -> dict:
    """Coreference as the organisations component states it: every occurrence of `phrase`."""
    return {"coref_spans": [[m.start(), m.end()] for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)]}


# ---------------------------------------------------------------- list items with descriptions

@pytest.mark.parametrize("text, orgs, cat", [
    ("The new unicorns this quarter are Brindle Pay, Lisbon-based Corvato and Oslo's Tindra Labs.",
     ["Brindle Pay", "Corvato", "Tindra Labs"], "unicorn"),
    ("The latest decacorns are Hallow Freight, Seoul-based Mirae Dock and Lagos's Paystem.",
     ["Hallow Freight", "Mirae Dock", "Paystem"], "decacorn"),
    ("Gazelles named this year include Vesterby Foods, Gothenburg's Klarna Dental and Malmo-based Brisk Tiles.",
     ["Vesterby Foods", "Klarna Dental", "Brisk Tiles"], "gazelle"),
])
def test_list_items_with_place_descriptions(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("The investors in the new unicorns are Brackwater Partners, Oslo-based Olden Capital and Harrow's Tindle Fund.",
     ["Brackwater Partners", "Olden Capital", "Tindle Fund"]),
    ("The new unicorns were backed by Brackwater Partners and London-based Olden Capital.",
     ["Brackwater Partners", "Olden Capital"]),
])
def test_list_items_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- a list between dashes

@pytest.mark.parametrize("text, orgs, cat", [
    ("The county has only six little giants, but two of them - Hartwell Seals and Ombry Optics - supply carmakers.",
     ["Hartwell Seals", "Ombry Optics"], "little_giant"),
    ("Europe minted nine unicorns in May, and two of them - Kettle Pay and Sorrel AI - are Dutch.",
     ["Kettle Pay", "Sorrel AI"], "unicorn"),
    ("The province counts 40 gazelles - Dunmore Foods, Pell Robotics and Arvo Tiles among them - this year.",
     ["Dunmore Foods", "Pell Robotics", "Arvo Tiles"], "gazelle"),
])
def test_list_between_dashes(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Unicorns - private firms worth $1bn or more - are rarer this year, said Harlow Research.", ["Harlow Research"]),
    ("Investors in unicorns - Brackwater Partners and Olden Capital - lost money.", ["Brackwater Partners", "Olden Capital"]),
])
def test_list_between_dashes_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- a group subject and its verb

@pytest.mark.parametrize("text, orgs, cat", [
    ("The sixth batch of national little giants, published by the ministry on Friday, includes Varno Pumps, "
     "Keldar Motors and Tenly Glass.", ["Varno Pumps", "Keldar Motors", "Tenly Glass"], "little_giant"),
    ("This year's new unicorns, according to figures compiled by the agency over the summer, are Pallas Pay "
     "and Corvid Labs.", ["Pallas Pay", "Corvid Labs"], "unicorn"),
    ("The 2024 gazelle companies of the region, chosen from 900 applicants, comprise Brisk Tiles and Ovo Foods.",
     ["Brisk Tiles", "Ovo Foods"], "gazelle"),
])
def test_group_subject_lists_its_members(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("The unicorns, according to the fund's own figures, do not include Pallas Pay or Corvid Labs.",
     ["Pallas Pay", "Corvid Labs"]),
    ("Investors in the new unicorns, according to filings, include Brackwater Partners and Olden Capital.",
     ["Brackwater Partners", "Olden Capital"]),
])
def test_group_subject_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()
