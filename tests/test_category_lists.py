"""Members of lists and rosters named in the ways notices and roundups name them: a group noun
after "among", items parted by semicolons, names a passive selection verb is said of, a title
kept by firms named earlier, a heading that names the category over lines of names. Each
mechanism: sentences of our own it must handle and sentences it must leave alone. The
organisation list is fixed by each test (the organisations component owns it)."""

from __future__ import annotations

import re

import pytest

from giants.organisations.lists import mark_roles


def pairs(nlp, text: str, orgs: list[str], figures: list[dict] | None = None,
          published: str | None = None) -> set[tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    doc._.organizations = [
        {"name": n, "aliases": [], "type": "company", "is_company": True, "mentions": len(spans),
         "mention_spans": spans, "coref_spans": [], "listed": None, "acquired": None}
        for n in orgs
        for spans in [[[m.start(), m.end()] for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text)]]
    ]
    mark_roles(doc, doc._.organizations)
    doc._.figures = figures or []
    doc = nlp.get_pipe("giants_categories")(doc)
    return {(lab["org"], lab["category"]) for lab in doc._.category_labels}


# ---------------------------------------------------------------- "Among the newcomers are ..."

@pytest.mark.parametrize("text, orgs, cat", [
    ("The ministry named 40 firms from the province national little giants this month. "
     "Among the newcomers are Pellvane Valves and Minhe Optics.", ["Pellvane Valves", "Minhe Optics"], "little_giant"),
    ("The city saw twelve start-ups become unicorns this year. Among the additions are Quoria Labs, "
     "a payments app, and Bralen Health.", ["Quoria Labs", "Bralen Health"], "unicorn"),
    ("The zone recognised 30 companies as gazelle enterprises on Monday. Among the winners are Ostrel Foods "
     "and Pavik Tiles.", ["Ostrel Foods", "Pavik Tiles"], "gazelle"),
])
def test_among_an_entry_noun(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    # the entry noun of another group: the winners of a contest, no category named before
    ("The city held a design contest on Monday. Among the winners are Ostrel Foods and Pavik Tiles.",
     ["Ostrel Foods", "Pavik Tiles"]),
    # the category named before is a wish, not a membership
    ("The county hopes to produce its first little giants next year. Among the newcomers to its industrial park "
     "are Pellvane Valves and Minhe Optics.", ["Pellvane Valves", "Minhe Optics"]),
])
def test_among_an_entry_noun_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- items parted by semicolons

@pytest.mark.parametrize("text, orgs, cat", [
    ("The new little giants include Pellvane Valves, a maker of ship valves; Minhe Optics, which grinds lenses; "
     "and Bralen Tools, whose drills are sold abroad.", ["Pellvane Valves", "Minhe Optics", "Bralen Tools"],
     "little_giant"),
    ("The new unicorns include Quoria Labs, a lender; Ostrel Foods; and Pavik Tiles, a retailer.",
     ["Quoria Labs", "Ostrel Foods", "Pavik Tiles"], "unicorn"),
    ("This year's gazelles include Kesto Freight, a trucking firm; and Minhe Optics, a lens maker.",
     ["Kesto Freight", "Minhe Optics"], "gazelle"),
])
def test_semicolon_list_without_colon(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs, expected", [
    ("The new unicorns include Quoria Labs, a lender; Ostrel Foods raised $5 million in seed money.",
     ["Quoria Labs", "Ostrel Foods"], {("Quoria Labs", "unicorn")}),
    ("The new little giants include Pellvane Valves, a valve maker; Minhe Optics, its supplier, was left out.",
     ["Pellvane Valves", "Minhe Optics"], {("Pellvane Valves", "little_giant")}),
])
def test_semicolon_list_without_colon_leave_alone(nlp, text, orgs, expected):
    assert pairs(nlp, text, orgs) == expected


# ---------------------------------------------------------------- "A, B and C were selected"

@pytest.mark.parametrize("text, orgs, cat", [
    ("The ministry published the fifth batch of national little giants last week. After expert review, "
     "Pellvane Valves, Minhe Optics and Bralen Tools of our county were selected.",
     ["Pellvane Valves", "Minhe Optics", "Bralen Tools"], "little_giant"),
    ("The zone announced its 2024 list of gazelle enterprises. Ostrel Foods and Pavik Tiles were identified "
     "after on-site checks.", ["Ostrel Foods", "Pavik Tiles"], "gazelle"),
    ("Officials released the sixth batch of specialised and sophisticated little giants on Friday, and "
     "Kesto Freight was included.", ["Kesto Freight"], "little_giant"),
])
def test_names_a_passive_selection_verb_is_said_of(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    # the verb's own complement names another group
    ("The ministry published the fifth batch of national little giants last week. Pellvane Valves and "
     "Minhe Optics were selected as provincial specialised SMEs.", ["Pellvane Valves", "Minhe Optics"]),
    ("The ministry published the fifth batch of national little giants last week. Pellvane Valves was selected "
     "for a pilot subsidy scheme.", ["Pellvane Valves"]),
    # negated, and a wish before it
    ("The ministry published the fifth batch of national little giants last week. Pellvane Valves was not "
     "selected.", ["Pellvane Valves"]),
    ("The county wants its first national little giants soon. Pellvane Valves was selected by the county as a "
     "candidate.", ["Pellvane Valves"]),
])
def test_names_a_passive_selection_verb_is_said_of_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- a title kept

@pytest.mark.parametrize("text, orgs, cat", [
    ("Harbin adds four national little giants\n\nThe city bureau published the names on Monday.\n\n"
     "In a separate review, Pellvane Valves and Minhe Optics passed re-examination and keep the designation "
     "for three more years.", ["Pellvane Valves", "Minhe Optics"], "little_giant"),
    ("The zone named its gazelle enterprises for 2024. The bureau checked the older ones too. Ostrel Foods "
     "passed and keeps the title.", ["Ostrel Foods"], "gazelle"),
    ("Twelve firms were named little giants in 2021. This year Bralen Tools kept its title.", ["Bralen Tools"],
     "little_giant"),
])
def test_a_kept_title(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    # two categories named before: which title is kept is not said
    ("The fund backs unicorns and little giants alike.\n\nThe bureau published the names on Monday.\n\n"
     "Later, Pellvane Valves passed re-examination and keeps the designation.", ["Pellvane Valves"]),
    # a title of its own
    ("Twelve firms were named little giants in 2021. Bralen Tools kept its title as the largest drill maker "
     "in the county.", ["Bralen Tools"]),
])
def test_a_kept_title_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- a heading that names the category

@pytest.mark.parametrize("text, orgs, cat", [
    ("Notice on the zone's review\n\nI. 2024 gazelle enterprises (excerpt)\nPellvane Valves Co., Ltd.\n"
     "Minhe Optics Co., Ltd.\n", ["Pellvane Valves Co., Ltd.", "Minhe Optics Co., Ltd."], "gazelle"),
    ("Results of the review\n\nNational little giants\n1. Bralen Tools Co., Ltd.\n2. Kesto Freight Co., Ltd.\n",
     ["Bralen Tools Co., Ltd.", "Kesto Freight Co., Ltd."], "little_giant"),
    ("Roundup\n\nNew unicorns\n- Quoria Labs\n- Ostrel Foods\n", ["Quoria Labs", "Ostrel Foods"], "unicorn"),
])
def test_heading_naming_the_category(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Notice on the zone's review\n\nII. Quasi-gazelle cultivation library (excerpt)\nPellvane Valves Co., Ltd.\n"
     "Minhe Optics Co., Ltd.\n", ["Pellvane Valves Co., Ltd.", "Minhe Optics Co., Ltd."]),
    ("Roundup\n\nUnicorn candidates for next year\n- Quoria Labs\n- Ostrel Foods\n", ["Quoria Labs", "Ostrel Foods"]),
])
def test_heading_naming_the_category_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- a lower tier in Chinese; another group's list

@pytest.mark.parametrize("text, orgs, expected", [
    ("12 enterprises such as Pellvane Valves were identified as 2024 瞪羚企业 (gazelle enterprises), and 8 "
     "enterprises such as Minhe Optics were included in the 准瞪羚 cultivation library.",
     ["Pellvane Valves", "Minhe Optics"], {("Pellvane Valves", "gazelle")}),
    ("The new unicorns, and other start-ups such as Quoria Labs, met the minister.", ["Quoria Labs"], set()),
    ("Firms in the 准瞪羚企业 pool, such as Ostrel Foods, get rent subsidies.", ["Ostrel Foods"], set()),
])
def test_another_groups_list(nlp, text, orgs, expected):
    assert pairs(nlp, text, orgs) == expected


# ---------------------------------------------------------------- Nordic and Spanish gazelles

@pytest.mark.parametrize("text, orgs, cat", [
    ("Ostrel Foods was named a Gasell company by the business daily.", ["Ostrel Foods"], "gazelle"),
    ("Pavik Tiles, a gacela from Valencia, doubled its sales.", ["Pavik Tiles"], "gazelle"),
    ("This year's gaseller include Kesto Freight and Minhe Optics.", ["Kesto Freight", "Minhe Optics"], "gazelle"),
])
def test_gazelle_in_other_languages(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


# ---------------------------------------------------------------- the growth test outweighs a valuation nearby

def _figure(text, amount, kind, value, unit, about, subject=None):
    s = text.index(amount)
    return {"text": amount, "span": [s, s + len(amount)], "kind": kind, "value": value, "unit": unit,
            "usd": value if unit == "USD" else None, "about": about, "subject": subject, "time": "current",
            "qualifier": "exact", "subject_kind": "organization" if subject else None}


def test_zone_gazelles_with_a_valuation_nearby(nlp):
    text = ("The zone named 2025 gazelle enterprises, firms whose revenue grew at a compound annual rate of at least "
            "20 percent. This year's gazelle enterprises include Ostrel Foods and Pavik Tiles. Three older gazelles have since "
            "become unicorns, among them Kesto Freight, valued at $1.5 billion in March.")
    figures = [_figure(text, "at least 20 percent", "other", 20.0, "%", "threshold (definition)"),
               _figure(text, "$1.5 billion", "valuation", 1.5e9, "USD", "valuation", "Kesto Freight")]
    got = pairs(nlp, text, ["Ostrel Foods", "Pavik Tiles", "Kesto Freight"], figures)
    assert {("Ostrel Foods", "gazelle"), ("Pavik Tiles", "gazelle")} <= got


def test_rich_list_gazelles_stay_a_valuation_band(nlp):
    text = ("The index lists 300 gazelles, start-ups valued at $500 million or more. Gazelles on the list include "
            "Ostrel Foods and Pavik Tiles.")
    figures = [_figure(text, "$500 million", "valuation", 5e8, "USD", "valuation")]
    got = pairs(nlp, text, ["Ostrel Foods", "Pavik Tiles"], figures)
    assert not any(cat == "gazelle" for _, cat in got)


# ---------------------------------------------------------------- a place given up

RANKING = "This year's unicorn ranking is topped by Quoria Labs. In second place came Ostrel Foods. "


@pytest.mark.parametrize("text, orgs, expected", [
    (RANKING + "Pavik Tiles ranked third.", ["Quoria Labs", "Ostrel Foods", "Pavik Tiles"],
     {("Quoria Labs", "unicorn"), ("Ostrel Foods", "unicorn"), ("Pavik Tiles", "unicorn")}),
    (RANKING + "Kesto Freight, ranked third last year, dropped out after its listing.",
     ["Quoria Labs", "Ostrel Foods", "Kesto Freight"], {("Quoria Labs", "unicorn"), ("Ostrel Foods", "unicorn")}),
    (RANKING + "Minhe Optics previously ranked third.", ["Quoria Labs", "Ostrel Foods", "Minhe Optics"],
     {("Quoria Labs", "unicorn"), ("Ostrel Foods", "unicorn")}),
])
def test_a_place_given_up(nlp, text, orgs, expected):
    assert pairs(nlp, text, orgs) == expected


# ---------------------------------------------------------------- a status held "until" a later year

@pytest.mark.parametrize("text, orgs, published, expected", [
    ("Pellvane Valves keeps its national little giant status until 2027.", ["Pellvane Valves"], "2025-03-01",
     {("Pellvane Valves", "little_giant")}),
    ("Minhe Optics, which holds its little giant title until 2026, makes lenses.", ["Minhe Optics"], None,
     {("Minhe Optics", "little_giant")}),
    ("The review passed several firms, including Bralen Tools, which keeps its little giant status until 2028.",
     ["Bralen Tools"], "2025-06-01", {("Bralen Tools", "little_giant")}),
    # an "until" that ended the status
    ("Kesto Freight kept its little giant title until 2021, when it expired.", ["Kesto Freight"], "2025-06-01",
     set()),
    ("Quoria Labs was a unicorn until 2022, when it listed in New York.", ["Quoria Labs"], "2025-06-01", set()),
])
def test_a_status_held_until_a_later_year(nlp, text, orgs, published, expected):
    assert pairs(nlp, text, orgs, published=published) == expected


# ---------------------------------------------------------------- a title kept until it ended

@pytest.mark.parametrize("text, orgs, published, expected", [
    ("Pellvane Valves, a 2020 little giant, kept the title until it expired this year.",
     ["Pellvane Valves"], "2025-06-01", set()),
    ("Minhe Optics, a national little giant, held the title until 2023.", ["Minhe Optics"], "2025-06-01", set()),
    ("Bralen Tools was named a little giant in 2019 and kept the status until it lapsed in March.",
     ["Bralen Tools"], "2025-06-01", set()),
    # still held
    ("Kesto Freight, a national little giant, keeps the title until 2027.", ["Kesto Freight"], "2025-06-01",
     {("Kesto Freight", "little_giant")}),
    ("Pavik Tiles, a national little giant, kept the title after the review.", ["Pavik Tiles"], "2025-06-01",
     {("Pavik Tiles", "little_giant")}),
])
def test_a_title_kept_until_it_ended(nlp, text, orgs, published, expected):
    assert pairs(nlp, text, orgs, published=published) == expected


# ---------------------------------------------------------------- "among those whose titles were revoked"

@pytest.mark.parametrize("text, orgs, expected", [
    ("Minhe Optics, a little giant since 2019, was among those whose titles were revoked.", ["Minhe Optics"], set()),
    ("Bralen Tools, a national little giant, is among the firms whose titles were revoked.", ["Bralen Tools"], set()),
    ("The ministry reviewed its little giants this spring. Pellvane Valves was among those whose titles were "
     "revoked. Pellvane Valves, which had been a little giant since 2021, cut jobs.", ["Pellvane Valves"], set()),
    # another party's titles, and titles renewed
    ("Pavik Tiles, a national little giant, supplies firms whose titles were revoked.", ["Pavik Tiles"],
     {("Pavik Tiles", "little_giant")}),
    ("Kesto Freight, a national little giant, is among those whose titles were renewed.", ["Kesto Freight"],
     {("Kesto Freight", "little_giant")}),
])
def test_among_those_whose_titles_were_revoked(nlp, text, orgs, expected):
    assert pairs(nlp, text, orgs) == expected
