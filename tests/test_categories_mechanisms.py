"""One mechanism of the category engine per group of tests: sentences it must handle and
sentences it must leave alone, each label checked for the org, the category and the `rule`.

The organisation list is fixed by each test (the organisations component owns it); criterion
tests also fix the figures' facts (the figures component owns them), so what is tested is how
categories read those facts."""

from __future__ import annotations

import pytest


def case(cats, text, orgs, expected):
    """Assert exactly these (org, category) -> rule labels."""
    assert cats.rules(cats(text, orgs)) == expected


# ---------------------------------------------------------------- premodifier

@pytest.mark.parametrize("text, org, cat", [
    ("The robotics unicorn Marrowind opened a lab in Lyon.", "Marrowind", "unicorn"),
    ("Little giant firm Tessmere Valves doubled its workforce.", "Tessmere Valves", "little_giant"),
    ("Shares in the decacorn start-up Ploverly changed hands privately.", "Ploverly", "decacorn"),
])
def test_premodifier_names_the_holder(cats, text, org, cat):
    case(cats, text, [org], {(org, cat): "premodifier"})


@pytest.mark.parametrize("text, orgs", [
    ("The unicorn investor Brackwater Partners backed three firms.", ["Brackwater Partners"]),
    ("The Unicorn Frappuccino from Tallow Coffee sold out in a day.", ["Tallow Coffee"]),
])
def test_premodifier_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- apposition

@pytest.mark.parametrize("text, org, cat", [
    ("Vennor Labs, a unicorn based in Oslo, hired 40 engineers.", "Vennor Labs", "unicorn"),
    ("Hexbridge, one of the 300 national little giants in the province, makes seals.", "Hexbridge", "little_giant"),
    ("Quillon (a decacorn since March) opened an office in Seoul.", "Quillon", "decacorn"),
])
def test_apposition_names_the_holder(cats, text, org, cat):
    case(cats, text, [org], {(org, cat): "apposition"})


@pytest.mark.parametrize("text, orgs", [
    ("Vennor Labs, a former unicorn, cut 200 jobs.", ["Vennor Labs"]),
    ("Vennor Labs, a unicorn since 2021, lost the title after a down round.", ["Vennor Labs"]),
])
def test_apposition_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- copula and naming verbs

@pytest.mark.parametrize("text, org, cat, rule", [
    ("Brenna Health became a unicorn after its Series D.", "Brenna Health", "unicorn", "copula"),
    ("Talvik is now one of the decacorns of the region.", "Talvik", "decacorn", "copula"),
    ("Orsolo was named a national little giant by the ministry.", "Orsolo", "little_giant", "naming_verb"),
    ("Kestra Foods joined the ranks of unicorns this spring.", "Kestra Foods", "unicorn", "naming_verb"),
    ("Morrow Grid was recognised as a gazelle enterprise by the city.", "Morrow Grid", "gazelle", "naming_verb"),
])
def test_clause_names_the_holder(cats, text, org, cat, rule):
    case(cats, text, [org], {(org, cat): rule})


@pytest.mark.parametrize("text, orgs", [
    ("Brenna Health hopes to become a unicorn next year.", ["Brenna Health"]),
    ("Brenna Health is not a unicorn yet, its chief executive said.", ["Brenna Health"]),
    ("Harlan Ventures counts 40 unicorns in its portfolio.", ["Harlan Ventures"]),
])
def test_clause_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- relative clauses

@pytest.mark.parametrize("text, org, cat", [
    ("Marlo Pay, which became a unicorn in May, hired a new finance chief.", "Marlo Pay", "unicorn"),
    ("Orsk Motors, which has since become a decacorn, builds delivery vans.", "Orsk Motors", "decacorn"),
    ("Investors backed Tiberon, which was recognised as a gazelle enterprise in 2023.", "Tiberon", "gazelle"),
])
def test_relative_clause_names_the_holder(cats, text, org, cat):
    case(cats, text, [org], {(org, cat): "relative_clause"})


@pytest.mark.parametrize("text, orgs", [
    ("Marlo Pay, which hopes to become a unicorn, hired a new finance chief.", ["Marlo Pay"]),
    ("Marlo Pay, which backs several unicorns, raised a new fund.", ["Marlo Pay"]),
])
def test_relative_clause_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- lists

@pytest.mark.parametrize("text, orgs, cat", [
    ("Unicorns such as Pellow, Arcanet and Divra hired aggressively.", ["Pellow", "Arcanet", "Divra"], "unicorn"),
    ("The new little giants include Hollin Gears and Treska Optics.", ["Hollin Gears", "Treska Optics"], "little_giant"),
    ("Ravel Bio, Sonder Grid and Quell AI were named gazelle enterprises.", ["Ravel Bio", "Sonder Grid", "Quell AI"],
     "gazelle"),
    ("The city now has 40 unicorns. Among them are Pellow and Arcanet.", ["Pellow", "Arcanet"], "unicorn"),
])
def test_lists_name_every_member(cats, text, orgs, cat):
    assert {k for k in cats.rules(cats(text, orgs))} == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Potential unicorns such as Pellow and Arcanet are courting investors.", ["Pellow", "Arcanet"]),
    ("Most unicorns borrow from banks. Among them are Fenwick Bank and Orle Bank.", ["Fenwick Bank", "Orle Bank"]),
])
def test_lists_leave_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- coreference

@pytest.mark.parametrize("text, org, phrase, cat", [
    ("Corvane raised $90 million on Monday. The company became a unicorn in May.", "Corvane", "The company", "unicorn"),
    ("Lumio Robotics said demand was rising. Last month it became a unicorn.", "Lumio Robotics", "it", "unicorn"),
    ("Hessel Tools opened a plant in Wuxi, and it was named a little giant in June.", "Hessel Tools", "it",
     "little_giant"),
])
def test_coreference_reaches_the_organisation(cats, text, org, phrase, cat):
    assert cats.rules(cats(text, [org], **cats.coref(text, org, phrase))) == {(org, cat): "coreference"}


@pytest.mark.parametrize("text, orgs", [
    # the nearest name is an investor named as an object: never the antecedent
    ("Investors led by Grey Oak Capital backed the round. The company hopes to become a unicorn.",
     ["Grey Oak Capital"]),
    ("Corvane sold its stake in Pindle. It said unicorns were overvalued.", ["Corvane", "Pindle"]),
])
def test_coreference_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


def test_coreference_reads_the_organisations_coref_spans(cats):
    text = ("Lumio Robotics's chief executive spoke on Monday. Last month the start-up became a unicorn after a "
            "round backed by Tencent.")
    doc = cats(text, ["Lumio Robotics", "Tencent"], **cats.coref(text, "Lumio Robotics", "the start-up"))
    assert cats.rules(doc) == {("Lumio Robotics", "unicorn"): "coreference"}
    # without the organisations component's coreference, "the start-up" is nobody
    assert cats.rules(cats(text, ["Lumio Robotics", "Tencent"])) == {}


# ---------------------------------------------------------------- ellipsis

@pytest.mark.parametrize("text, orgs, expected", [
    ("Pindle hopes to become a unicorn, while Corvane already is one.", ["Pindle", "Corvane"], ("Corvane", "unicorn")),
    ("Decacorns are rare; just one firm in the survey, Talvik, qualifies.", ["Talvik"], ("Talvik", "decacorn")),
    ("Ovren is no longer a gazelle, but its rival Sellick is one.", ["Ovren", "Sellick"], ("Sellick", "gazelle")),
])
def test_ellipsis_names_the_holder(cats, text, orgs, expected):
    assert cats.rules(cats(text, orgs)) == {expected: "ellipsis"}


@pytest.mark.parametrize("text, orgs", [
    ("Pindle hopes to become a unicorn, and Corvane is not one either.", ["Pindle", "Corvane"]),
    ("Pindle is one of the oldest lenders in Kenya.", ["Pindle"]),
])
def test_ellipsis_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- sense: traps

@pytest.mark.parametrize("text", [
    "Rangers counted 300 Tibetan gazelles on the plateau, a record for the reserve.",
    "The hardware chain sells Little Giant ladders at a discount.",
    "Recruiters call a candidate with every skill a unicorn.",
    "She wore a unicorn costume to the parade.",
])
def test_traps_are_neither_labels_nor_discussion(cats, text):
    doc = cats(text, [])
    assert doc._.category_labels == [] and doc._.categories_discussed == []


@pytest.mark.parametrize("text, cat", [
    ("Unicorn valuations fell across Europe this year.", "unicorn"),
    ("The gazelle enterprises of the zone grew 30% a year.", "gazelle"),
])
def test_business_senses_are_discussed(cats, text, cat):
    assert cat in cats(text, [])._.categories_discussed


# ---------------------------------------------------------------- stance: tiers, aspirants, past

@pytest.mark.parametrize("text", [
    "Danfor Seals, a provincial little giant, supplies pumps.",
    "Danfor Seals was named a little giant at the municipal level.",
    "Danfor Seals is a potential unicorn, analysts say.",
    "Danfor Seals was a unicorn until its listing in 2021.",
])
def test_stances_that_are_not_membership(cats, text):
    assert cats.rules(cats(text, ["Danfor Seals"])) == {}


# ---------------------------------------------------------------- criteria from the figures' facts

VALUED = "Pindle raised $200 million at a $3.5 billion valuation."


def test_valuation_fact_makes_a_unicorn(cats):
    doc = cats(VALUED, ["Pindle"], [cats.fig("$3.5 billion", VALUED, "valuation", 3.5e9, "Pindle")])
    assert cats.rules(doc) == {("Pindle", "unicorn"): "valuation"}
    lab = doc._.category_labels[0]
    assert lab["basis"] == "criterion" and lab["figure"]["usd"] == 3.5e9


def test_valuation_fact_over_ten_billion_makes_a_decacorn_only(cats):
    text = "Talvik is valued at $12 billion after the round."
    doc = cats(text, ["Talvik"], [cats.fig("$12 billion", text, "valuation", 12e9, "Talvik")])
    assert cats.rules(doc) == {("Talvik", "decacorn"): "valuation"}


def test_converted_valuation_fact_is_read_in_usd(cats):
    text = "The round values Hessel Tools at 9 billion yuan."
    doc = cats(text, ["Hessel Tools"],
                  [cats.fig("9 billion yuan", text, "valuation", 1.25e9, "Hessel Tools", value=9e9)])
    assert cats.rules(doc) == {("Hessel Tools", "unicorn"): "valuation"}


@pytest.mark.parametrize("fields, org_fields", [
    ({"time": "past"}, {}),
    ({"time": "target"}, {}),
    ({"time": "rumoured"}, {}),
    ({"subject_kind": "market"}, {}),
    ({"market_value": True}, {}),
    ({}, {"Pindle": {"listed": {"evidence": "listed in Nairobi", "span": [0, 5]}}}),
    ({}, {"Pindle": {"acquired": {"evidence": "bought by a bank", "span": [0, 5]}}}),
    ({}, {"Pindle": {"type": "investor"}}),
])
def test_valuation_facts_that_make_no_unicorn(cats, fields, org_fields):
    fig = cats.fig("$3.5 billion", VALUED, "valuation", 3.5e9, "Pindle", **fields)
    assert cats.rules(cats(VALUED, ["Pindle"], [fig], **org_fields)) == {}


@pytest.mark.parametrize("text, pct", [
    ("Sellick grew revenue by 300% over four years.", "300%"),
    ("Sellick grew revenue 30% a year over the past five years.", "30%"),
    ("Sellick's sales rose 150% between 2019 and 2023.", "150%"),
    ("Sellick has grown revenue by 40% a year over the past four financial years.", "40%"),
    ("Sellick posted five-year growth of 3,600%, reaching $42 million in sales.", "3,600%"),
    ("Sellick reported a compound annual growth rate of 34% between FY21 and FY24.", "34%"),
    ("The ranking covers 2020 to 2023. Sellick grew at a compound annual rate of 187% over the period.", "187%"),
])
def test_growth_fact_over_years_makes_a_gazelle(cats, text, pct):
    fig = cats.fig(pct, text, "growth_rate", None, "Sellick", value=float(pct.rstrip("%").replace(",", "")))
    assert cats.rules(cats(text, ["Sellick"], [fig])) == {("Sellick", "gazelle"): "growth"}


@pytest.mark.parametrize("text, pct", [
    ("Sellick grew revenue 160% in 2023 alone.", "160%"),
    ("Sellick, founded in 1950, grew revenue 30% a year over four years to 2024.", "30%"),
    ("Sellick grew revenue 10% a year over five years.", "10%"),
])
def test_growth_facts_that_make_no_gazelle(cats, text, pct):
    fig = cats.fig(pct, text, "growth_rate", None, "Sellick", value=float(pct.rstrip("%").replace(",", "")))
    assert cats.rules(cats(text, ["Sellick"], [fig])) == {}


def test_categories_add_no_organisation_and_parse_no_money(cats):
    text = "Unicorns such as Pellow and Arcanet hired staff; Pellow was valued at $2 billion."
    doc = cats(text, ["Arcanet"], [])
    assert [o["name"] for o in doc._.organizations] == ["Arcanet"]
    assert cats.rules(doc) == {("Arcanet", "unicorn"): "list"}


# ---------------------------------------------------------------- a valuation stated for plural firms

@pytest.mark.parametrize("text, amount, usd, orgs, cat", [
    ("Three startups reached $2 billion in valuation: Pellow, Arcanet and Divra.", "$2 billion", 2e9,
     ["Pellow", "Arcanet", "Divra"], "unicorn"),
    ("Two companies crossed $12 billion in valuation this quarter, namely Talvik and Orsk Motors.", "$12 billion",
     12e9, ["Talvik", "Orsk Motors"], "decacorn"),
    ("Several startups are now valued at over $1 billion, including Sellick and Quell AI.", "$1 billion", 1e9,
     ["Sellick", "Quell AI"], "unicorn"),
])
def test_a_valuation_of_plural_firms_labels_the_list_after_it(cats, text, amount, usd, orgs, cat):
    fig = cats.fig(amount, text, "valuation", usd, None)
    fig["subject_kind"] = None
    doc = cats(text, orgs, [fig])
    assert cats.rules(doc) == {(o, cat): "valuation" for o in orgs}


def test_a_threshold_for_plural_firms_is_discussed_without_labels(cats):
    text = "Some quantum startups have already amassed valuations of over $1 billion, analysts say."
    fig = cats.fig("$1 billion", text, "other", 1e9, None, time=None, about="threshold (definition)")
    fig["about"], fig["subject_kind"] = "threshold (definition)", None
    doc = cats(text, [], [fig])
    assert doc._.category_labels == [] and doc._.categories_discussed == ["unicorn"]


@pytest.mark.parametrize("text, orgs", [
    # the valuation belongs to a named firm: the list after it is of its rivals
    ("Pellow reached $2 billion in valuation, ahead of rivals such as Arcanet and Divra.", ["Pellow", "Arcanet", "Divra"]),
    # a market's size is never a firm's
    ("Startups in the $40 billion drone market include Arcanet and Divra.", ["Arcanet", "Divra"]),
])
def test_a_valuation_of_plural_firms_leaves_alone(cats, text, orgs):
    amount = "$2 billion" if "$2 billion" in text else "$40 billion"
    fig = cats.fig(amount, text, "valuation", float(amount.strip("$ billion")) * 1e9,
                 "Pellow" if "Pellow reached" in text else "drone market")
    if "market" in text:
        fig["subject_kind"] = "market"
    labels = cats.rules(cats(text, orgs, [fig]))
    assert ("Arcanet", "unicorn") not in labels and ("Divra", "unicorn") not in labels


# ---------------------------------------------------------------- back-references and lost titles

@pytest.mark.parametrize("text, orgs, expected", [
    ("The zone certified 12 gazelle enterprises, including Ravel Bio and Quell AI. Sonder Grid was also on the list.",
     ["Ravel Bio", "Quell AI", "Sonder Grid"], {"Ravel Bio", "Quell AI", "Sonder Grid"}),
    ("The ministry named 300 little giants, such as Hollin Gears. The batch also includes Treska Optics.",
     ["Hollin Gears", "Treska Optics"], {"Hollin Gears", "Treska Optics"}),
    ("Hollin Gears and Treska Optics were named little giants in 2021, but Treska Optics was later stripped of the "
     "title.", ["Hollin Gears", "Treska Optics"], {"Hollin Gears"}),
])
def test_back_references_and_lost_titles(cats, text, orgs, expected):
    assert {org for org, _ in cats.rules(cats(text, orgs))} == expected


@pytest.mark.parametrize("text, orgs", [
    ("The city published its budget list. Sonder Grid was also on the list.", ["Sonder Grid"]),
    ("Quell AI was named a unicorn in May. Sonder Grid topped the list of best employers.", ["Sonder Grid"]),
    ("Treska Optics dropped off the list of little giants in 2023.", ["Treska Optics"]),
])
def test_back_references_leave_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- who confers a status is not a member

@pytest.mark.parametrize("text, orgs, expected", [
    ("Optics Park certifies 300 gazelle enterprises.", ["Optics Park"], {}),
    ("The zone named 40 little giants this year, Optics Park said.", ["Optics Park"], {}),
    ("Hollin Gears won the little giant title in May.", ["Hollin Gears"], {("Hollin Gears", "little_giant"): "naming_verb"}),
    ("Hollin Gears awarded the prestigious Gazelle award", ["Hollin Gears"], {("Hollin Gears", "gazelle"): "naming_verb"}),
    ("The ministry certified Hollin Gears as a little giant.", ["Hollin Gears"],
     {("Hollin Gears", "little_giant"): "naming_verb"}),
])
def test_conferring_verbs_label_their_object_not_their_subject(cats, text, orgs, expected):
    case(cats, text, orgs, expected)


# ---------------------------------------------------------------- membership phrases ("the unicorn club")

@pytest.mark.parametrize("text, orgs, expected", [
    ("Lumora, Brisk Pay and Tallow Labs all joined the unicorn club after late-stage rounds.",
     ["Lumora", "Brisk Pay", "Tallow Labs"],
     {("Lumora", "unicorn"): "naming_verb", ("Brisk Pay", "unicorn"): "list", ("Tallow Labs", "unicorn"): "list"}),
    ("Kettle Robotics became the latest member of the unicorn club in May.", ["Kettle Robotics"],
     {("Kettle Robotics", "unicorn"): "copula"}),
    ("Last week Ordell Freight joined the unicorn club.", ["Ordell Freight"],
     {("Ordell Freight", "unicorn"): "naming_verb"}),
])
def test_membership_phrase_tied_by_a_clause(cats, text, orgs, expected):
    case(cats, text, orgs, expected)


@pytest.mark.parametrize("text, orgs", [
    ("Orvel Labs hopes to join the unicorn club next year.", ["Orvel Labs"]),
    ("The unicorn club grew to 40 members, Brisk Pay said.", ["Brisk Pay"]),
])
def test_membership_phrase_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- a status that was lost vetoes criterion labels

@pytest.mark.parametrize("text, org, val", [
    ("Lumora, the payments start-up, has lost its unicorn status after a round that valued it at $600 million, "
     "below the $1.4 billion it was worth last year.", "Lumora", "$1.4 billion"),
    ("Brandt Robotics lost its unicorn status in a down round that still priced it at $1.2 billion.",
     "Brandt Robotics", "$1.2 billion"),
    ("Pelt Foods has lost its decacorn status; the round valued it at $11 billion.", "Pelt Foods", "$11 billion"),
])
def test_lost_status_vetoes_valuation_label(cats, text, org, val):
    usd = float(val.strip("$").split()[0]) * 1e9
    figs = [cats.fig(val, text, "valuation", usd, org)]
    assert cats.rules(cats(text, [org], figs)) == {}


@pytest.mark.parametrize("text, org, val, cat", [
    ("Brandt Robotics never lost its unicorn status. It is valued at $1.2 billion.", "Brandt Robotics",
     "$1.2 billion", "unicorn"),
    ("Nordvik kept its unicorn status after a round that valued it at $1.3 billion.", "Nordvik",
     "$1.3 billion", "unicorn"),
])
def test_kept_status_keeps_valuation_label(cats, text, org, val, cat):
    usd = float(val.strip("$").split()[0]) * 1e9
    figs = [cats.fig(val, text, "valuation", usd, org)]
    assert (org, cat) in cats.rules(cats(text, [org], figs))


# ---------------------------------------------------------------- relative clause hung on a description's noun

@pytest.mark.parametrize("text, org, cat", [
    ("They follow Corra Grid, a developer of home batteries, which earned unicorn status in May.", "Corra Grid", "unicorn"),
    ("Pelt Foods, a supplier of oat milk, which reached decacorn status in June, is hiring.", "Pelt Foods", "decacorn"),
    ("Investors like Hanmo Bearings, a maker of axle parts, which was named a national little giant in July.",
     "Hanmo Bearings", "little_giant"),
])
def test_relative_clause_reaches_the_described_firm(cats, text, org, cat):
    assert cats.rules(cats(text, [org])) == {(org, cat): "relative_clause"}


@pytest.mark.parametrize("text, orgs", [
    ("Nordvik, an investor in solar developers, which became unicorns last year, raised a fund.", ["Nordvik"]),
    ("Lumora, a maker of chips for drones, which hope to become unicorns, grew.", ["Lumora"]),
])
def test_relative_clause_description_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- colon lists with semicolons after a naming sentence

@pytest.mark.parametrize("text, orgs, expected", [
    ("Three firms from the county were named this week in the fifth batch of specialized and sophisticated SMEs "
     "that produce new and unique products. The newly recognised companies are: Hanmo Bearings, a maker of axle "
     "parts; Ruitai Glass; and Weixin Pumps.", ["Hanmo Bearings", "Ruitai Glass", "Weixin Pumps"],
     {("Hanmo Bearings", "little_giant"): "list", ("Ruitai Glass", "little_giant"): "list",
      ("Weixin Pumps", "little_giant"): "list"}),
    ("Two local firms were named national little giants on Monday. They are: Corvo Seals; and Linfa Motors, "
     "a maker of motors.", ["Corvo Seals", "Linfa Motors"],
     {("Corvo Seals", "little_giant"): "list", ("Linfa Motors", "little_giant"): "list"}),
    # without a colon too, when each part after a semicolon is one more name with its description
    ("Unicorns such as Lumora, a payments app; Brisk Pay; and Tallow Labs raised money.",
     ["Lumora", "Brisk Pay", "Tallow Labs"],
     {("Lumora", "unicorn"): "list", ("Brisk Pay", "unicorn"): "list", ("Tallow Labs", "unicorn"): "list"}),
    # ... but a semicolon before a clause of its own ends the list: only the first item
    ("Unicorns such as Lumora, a payments app; Brisk Pay raised money.", ["Lumora", "Brisk Pay"],
     {("Lumora", "unicorn"): "list"}),
    ("New unicorns include Lumora, a payments app; Brisk Pay, a lender, was not among them.", ["Lumora", "Brisk Pay"],
     {("Lumora", "unicorn"): "list"}),
])
def test_colon_list_with_semicolons(cats, text, orgs, expected):
    assert cats.rules(cats(text, orgs)) == expected


@pytest.mark.parametrize("text, orgs", [
    ("Two firms make pumps in the county. They are: Corvo Seals; and Linfa Motors.", ["Corvo Seals", "Linfa Motors"]),
    ("Officials named 40 provincial specialised SMEs. The new firms are: Corvo Seals; Linfa Motors.",
     ["Corvo Seals", "Linfa Motors"]),
])
def test_colon_list_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- a list's reported source is no item

@pytest.mark.parametrize("text, orgs, members, source", [
    ("This year's unicorns include Lumora, Brisk Pay and Tallow Labs, the Harbour Times said on Monday.",
     ["Lumora", "Brisk Pay", "Tallow Labs", "Harbour Times"], ["Lumora", "Brisk Pay", "Tallow Labs"], "Harbour Times"),
    ("New gazelles include Pelt Foods and Norvik Systems, Bloomfield Research reported.",
     ["Pelt Foods", "Norvik Systems", "Bloomfield Research"], ["Pelt Foods", "Norvik Systems"], "Bloomfield Research"),
    ("The decacorns are Arvo Pay and Quell Energy, the Daily Ledger reported on Friday.",
     ["Arvo Pay", "Quell Energy", "Daily Ledger"], ["Arvo Pay", "Quell Energy"], "Daily Ledger"),
])
def test_list_source_is_no_member(cats, text, orgs, members, source):
    labels = cats.rules(cats(text, orgs))
    assert {o for o, _ in labels} == set(members)


@pytest.mark.parametrize("text, orgs", [
    ("This year's gazelles include Pelt Foods, Norvik Systems and Arlo Media, which reported strong sales.",
     ["Pelt Foods", "Norvik Systems", "Arlo Media"]),
    ("Unicorns such as Lumora and Brisk Pay raised money this year.", ["Lumora", "Brisk Pay"]),
])
def test_list_without_source_keeps_every_item(cats, text, orgs):
    assert {o for o, _ in cats.rules(cats(text, orgs))} == set(orgs)


# ---------------------------------------------------------------- ellipsis: a tally is no ellipsis

@pytest.mark.parametrize("text, orgs", [
    ("Zapgo hopes to reach unicorn status next year. The tracker Fieldline now counts 27 unicorns.", ["Zapgo", "Fieldline"]),
    ("Many firms want to be gazelles. Norvik counts 12 of them among its clients.", ["Norvik"]),
])
def test_tally_is_no_ellipsis(cats, text, orgs):
    case(cats, text, orgs, {})


@pytest.mark.parametrize("text, org, cat", [
    ("Many firms want to be gazelles. Only one firm, Pelt Foods, qualifies.", "Pelt Foods", "gazelle"),
    ("Zapgo hopes to become a unicorn, while Fintrail already is one.", "Fintrail", "unicorn"),
    ("Few start-ups reach unicorn status so fast. Arvo Pay counts, analysts said.", "Arvo Pay", "unicorn"),
])
def test_ellipsis_still_fires(cats, text, org, cat):
    assert (org, cat) in cats.rules(cats(text, [org]))


# ---------------------------------------------------------------- inverted "Among the X named ... were A and B"

@pytest.mark.parametrize("text, orgs, cat", [
    ("Among the companies named national little giants this year were three firms from Linhai: Hanmo Bearings, "
     "Ruitai Glass Co. and Weixin Pump Industry.", ["Hanmo Bearings", "Ruitai Glass Co.", "Weixin Pump Industry"],
     "little_giant"),
    ("Among the start-ups that became unicorns in May were Lumora and Brisk Pay.", ["Lumora", "Brisk Pay"], "unicorn"),
    ("Among the firms certified as gazelle enterprises was Pelt Foods.", ["Pelt Foods"], "gazelle"),
])
def test_inverted_among_clause_names_members(cats, text, orgs, cat):
    assert set(cats.rules(cats(text, orgs))) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Among the investors in the new unicorns were Northwind Capital and Arbor Ventures.",
     ["Northwind Capital", "Arbor Ventures"]),
    ("Among the firms that hope to become unicorns are Lumora and Brisk Pay.", ["Lumora", "Brisk Pay"]),
])
def test_inverted_among_clause_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


def test_relation_noun_keeps_its_own_such_as_list(cats):
    text = "The backers of unicorns such as Lumora include Northwind Capital."
    assert cats.rules(cats(text, ["Lumora", "Northwind Capital"])) == {("Lumora", "unicorn"): "list"}


# ---------------------------------------------------------------- "Among the newly certified enterprises are A and B"

@pytest.mark.parametrize("text, orgs, cat", [
    ("The county published its list of gazelle enterprises for 2024. To qualify, a firm must be under ten years "
     "old. Among the newly certified enterprises are Pelt Foods and Norvik Systems.", ["Pelt Foods", "Norvik Systems"],
     "gazelle"),
    ("The ministry named 300 national little giants on Friday. Among the recognised companies were Hanmo Bearings "
     "and Ruitai Glass.", ["Hanmo Bearings", "Ruitai Glass"], "little_giant"),
    ("The zone certified 20 gazelle enterprises this year. Each gets a subsidy. Among the newly selected firms "
     "are Arvo Labs and Quell Foods.", ["Arvo Labs", "Quell Foods"], "gazelle"),
])
def test_named_group_opener_lists_members(cats, text, orgs, cat):
    assert cats.rules(cats(text, orgs)) == {(o, cat): "list" for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("The county hopes to certify its first gazelle enterprises next year. Among the newly certified "
     "enterprises are none yet, but Pelt Foods applied.", ["Pelt Foods"]),
    ("Three firms were named provincial little giants. Among the recognised companies were Hanmo Bearings "
     "and Ruitai Glass.", ["Hanmo Bearings", "Ruitai Glass"]),
])
def test_named_group_opener_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- a quantified subject's colon list brings every conjunct

@pytest.mark.parametrize("text, orgs, cat", [
    ("Two of the 14 have become decacorns: Qadwen Logistics and Sennick Cloud.", ["Qadwen Logistics", "Sennick Cloud"],
     "decacorn"),
    ("Three of them became unicorns this year: Lumora, Brisk Pay and Tallow Labs.", ["Lumora", "Brisk Pay", "Tallow Labs"],
     "unicorn"),
    ("Two of the county's firms were named national little giants: Hanmo Bearings and Ruitai Glass Co.",
     ["Hanmo Bearings", "Ruitai Glass Co."], "little_giant"),
])
def test_quantified_subject_colon_list(cats, text, orgs, cat):
    assert {o for o, c in cats.rules(cats(text, orgs)) if c == cat} == set(orgs)


@pytest.mark.parametrize("text, orgs", [
    ("Two of the 14 hope to become decacorns: Qadwen Logistics and Sennick Cloud.", ["Qadwen Logistics", "Sennick Cloud"]),
    ("Two of the 14 are no longer unicorns: Lumora and Brisk Pay.", ["Lumora", "Brisk Pay"]),
])
def test_quantified_subject_colon_list_leaves_alone(cats, text, orgs):
    case(cats, text, orgs, {})


# ---------------------------------------------------------------- growth read off a dated revenue series

def _series(cats, text: str, org: str, levels: list[tuple[str, float]]) -> list[dict]:
    return [cats.fig(t, text, "revenue", usd, org) for t, usd in levels]


@pytest.mark.parametrize("text, org, levels", [
    ("Tovra Labs, founded in 2019, makes coatings. Its revenue rose from $2.1 million in 2021 to $5.4 million in "
     "2022 and $11.8 million in 2024.", "Tovra Labs", [("$2.1 million", 2.1e6), ("$5.4 million", 5.4e6),
                                                          ("$11.8 million", 11.8e6)]),
    ("Pelt Foods, set up in 2018, grew sales from $3 million in 2020 to $9 million in 2023.", "Pelt Foods",
     [("$3 million", 3e6), ("$9 million", 9e6)]),
    ("Arvo Labs had revenue of $1 million in 2019 and $4 million in 2023.", "Arvo Labs",
     [("$1 million", 1e6), ("$4 million", 4e6)]),
])
def test_dated_revenue_series_meets_growth_test(cats, text, org, levels):
    assert cats.rules(cats(text, [org], _series(cats, text, org, levels))) == {(org, "gazelle"): "growth"}


@pytest.mark.parametrize("text, org, levels", [
    ("Arlo Foods, founded in 2018, grew sales from $10 million in 2020 to $12 million in 2024.", "Arlo Foods",
     [("$10 million", 10e6), ("$12 million", 12e6)]),
    ("Harrow Steel, founded in 1952, grew revenue from $10 million in 2020 to $40 million in 2024.", "Harrow Steel",
     [("$10 million", 10e6), ("$40 million", 40e6)]),
    ("Quell Energy's revenue rose from $2 million in 2023 to $9 million in 2024.", "Quell Energy",
     [("$2 million", 2e6), ("$9 million", 9e6)]),
])
def test_dated_revenue_series_leaves_alone(cats, text, org, levels):
    assert cats.rules(cats(text, [org], _series(cats, text, org, levels))) == {}
