"""Facts that keep a firm from a category label: a traded share price (listed), a valuation
that is a bidder's offer, a value stated for a past status, a status held in the past perfect,
a title held "until" it ended, membership of a group whose titles were revoked."""

import pytest


def orgs_of(nlp, text):
    return {o["name"]: o for o in nlp(text)._.organizations}


def _org(analysis, name):
    return next(o for o in analysis.organizations if o.name == name)


# ------------------------------------------------------------------ listed: a moving share price

@pytest.mark.parametrize("text, name", [
    ("Shares in Corvane Freight rose 7% in early trading.", "Corvane Freight"),
    ("Shares in packaging group Holtry Cartons fell 3% after the warning.", "Holtry Cartons"),
    ("A profit warning dragged Pelliton Foods shares to a five-year low.", "Pelliton Foods"),
    ("Strong results pushed Drisco Mining shares to a record.", "Drisco Mining"),
])
def test_a_moving_share_price_means_listed(nlp, text, name):
    listed = orgs_of(nlp, text)[name]["listed"]
    assert listed is not None and name in listed["evidence"]


@pytest.mark.parametrize("text, name", [
    ("Harbourgate Capital bought shares in Corvane Freight during its Series B round.", "Corvane Freight"),
    ("Staff at Holtry Cartons were given shares in the company last year.", "Holtry Cartons"),
    ("The founders lifted Drisco Mining out of debt within two years.", "Drisco Mining"),
])
def test_shares_held_or_given_are_no_listing(nlp, text, name):
    assert orgs_of(nlp, text)[name]["listed"] is None


# ------------------------------------------------------------------ valuations that are no firm's own

@pytest.mark.parametrize("text, bidder", [
    ("Brenmoor Bank tabled an offer for Tasko Trust last week, valuing the insurer at $14 billion.",
     "Brenmoor Bank"),
    ("Quellin Group tabled a takeover bid for Arvo Retail on Monday, valuing it at $2.2 billion.", "Quellin Group"),
    ("Ostrava Steelworks launched a tender offer valuing the target at $1.8 billion.", "Ostrava Steelworks"),
])
def test_a_bidders_offer_value_is_no_valuation_label(analyze, text, bidder):
    a = analyze(text)
    assert all(not o.categories for o in a.organizations), [(o.name, o.categories) for o in a.organizations]


@pytest.mark.parametrize("text, name, category", [
    ("Quorrel Robotics raised $300 million in a round valuing the company at $2.4 billion.",
     "Quorrel Robotics", "unicorn"),
    ("Investors valued Marrowby Health at $12 billion in its latest funding round.", "Marrowby Health", "decacorn"),
])
def test_a_funding_round_valuation_still_labels(analyze, text, name, category):
    assert category in [c.category for c in _org(analyze(text), name).categories]


# ------------------------------------------------------------------ past statuses

@pytest.mark.parametrize("text, name", [
    ("Dastra was once a unicorn worth $1.6 billion, but its sales have since halved.", "Dastra"),
    ("Lendwell, formerly a decacorn valued at $11 billion, has cut half its staff.", "Lendwell"),
    ("Tovi Health, once a unicorn valued at $1.2 billion, is now worth a fraction of that.", "Tovi Health"),
])
def test_the_value_of_a_past_status_is_no_label(analyze, text, name):
    assert _org(analyze(text), name).categories == []


@pytest.mark.parametrize("text, name, category", [
    ("Gristle Tools reported a fall in sales. The company had been a national little giant for four "
     "years before the review.", "Gristle Tools", "little_giant"),
    ("Orvell Sensors held the little giant title until the end of 2023 and chose not to reapply.",
     "Orvell Sensors", "little_giant"),
    ("Nine firms lost the national little giant title. Ambry Valves was among the companies whose status "
     "was removed.", "Ambry Valves", "little_giant"),
    ("Six little giants failed the review. Kesterel Pumps was one of the firms whose titles were withdrawn.",
     "Kesterel Pumps", "little_giant"),
])
def test_ended_statuses_are_past(analyze, text, name, category):
    org = _org(analyze(text), name)
    assert category not in [c.category for c in org.categories]
    assert category in [p.category for p in org.past_categories]


@pytest.mark.parametrize("text, name, category", [
    ("Gristle Tools has been a national little giant since 2019 and exports to 30 countries.",
     "Gristle Tools", "little_giant"),
    ("Orvell Sensors kept the little giant title after passing its review in March.", "Orvell Sensors",
     "little_giant"),
    ("Ambry Valves is a national little giant. It criticised the rules for firms whose titles were revoked.",
     "Ambry Valves", "little_giant"),
])
def test_held_statuses_still_label(analyze, text, name, category):
    org = _org(analyze(text), name)
    assert category in [c.category for c in org.categories]
    assert category not in [p.category for p in org.past_categories]


# ------------------------------------------------------------------ listed: a listing inside an adverbial

@pytest.mark.parametrize("text, name", [
    ("Corvane Chips left the index after listing on the Shanghai exchange last year.", "Corvane Chips"),
    ("Holtry Cartons has doubled its staff since floating on the London Stock Exchange.", "Holtry Cartons"),
    ("Drisco Mining raised $300 million upon listing on Nasdaq in 2021.", "Drisco Mining"),
])
def test_a_done_listing_in_an_adverbial_is_the_subjects(nlp, text, name):
    assert orgs_of(nlp, text)[name]["listed"] is not None


@pytest.mark.parametrize("text, name", [
    ("Corvane Chips hired two bankers ahead of listing on the STAR Market.", "Corvane Chips"),
    ("Holtry Cartons raised $40 million before listing on the London Stock Exchange became an option.",
     "Holtry Cartons"),
])
def test_a_listing_still_ahead_is_none(nlp, text, name):
    assert orgs_of(nlp, text)[name]["listed"] is None


# ------------------------------------------------------------------ whose growth a sentence states

@pytest.mark.parametrize("text, grower, other", [
    ("Founded in 2015, Aldwin Foods makes sauces. Belmar Tools, founded in 2016, joined the zone's gazelle "
     "list after its revenue rose from 20 million yuan in 2019 to 90 million yuan in 2022.",
     "Belmar Tools", "Aldwin Foods"),
    ("Cresta Labs, set up in 2017, sells sensors. Dunmore Bio was listed as a gazelle after its sales climbed "
     "from $3 million in 2020 to $15 million in 2023.", "Dunmore Bio", "Cresta Labs"),
])
def test_growth_is_the_named_firms(analyze, text, grower, other):
    a = analyze(text)
    cats = {o.name: [c.category for c in o.categories] for o in a.organizations}
    assert "gazelle" in cats[grower]
    assert "gazelle" not in cats[other]


# ------------------------------------------------------------------ the year an amount is stated for

@pytest.mark.parametrize("text, amount, year", [
    ("Marlow Pay reached a $2 billion valuation in 2019.", "2 billion", 2019),
    ("Tessvik Robotics booked $40 million revenue in 2022 and hired staff.", "40 million", 2022),
    ("Orbelle Foods posted $12 million in 2021.", "12 million", 2021),
])
def test_the_year_right_after_an_amount_or_its_noun(nlp, text, amount, year):
    doc = nlp(text)
    assert next(f for f in doc._.figures if amount in f["text"])["year"] == year


@pytest.mark.parametrize("text, amount", [
    ("Marlow Pay reached a $2 billion valuation that investors first floated in 2019.", "2 billion"),
    ("Tessvik Robotics raised $40 million from investors in 2022.", "40 million"),
])
def test_no_year_further_off(nlp, text, amount):
    doc = nlp(text)
    assert next(f for f in doc._.figures if amount in f["text"])["year"] is None


# ------------------------------------------------------------------ a past word before an apposition

@pytest.mark.parametrize("text, name, category", [
    ("Pet-food brand Kibbly, formerly a unicorn valued at $1.2 billion, cut its workforce in 2024.",
     "Kibbly", "unicorn"),
    ("Sorrel Tools, previously a national little giant, moved its plant to Vietnam.", "Sorrel Tools",
     "little_giant"),
    ("Brightwold, once a decacorn, now sells office software to schools.", "Brightwold", "decacorn"),
])
def test_a_past_adverb_before_an_apposition_ends_it(analyze, text, name, category):
    org = _org(analyze(text), name)
    assert category not in [c.category for c in org.categories]
    assert category in [p.category for p in org.past_categories]


@pytest.mark.parametrize("text, name, category", [
    ("Pet-food brand Kibbly, now a unicorn, hired 40 engineers.", "Kibbly", "unicorn"),
    ("Sorrel Tools, also a national little giant, opened a plant in Ningbo.", "Sorrel Tools", "little_giant"),
])
def test_other_adverbs_before_an_apposition_keep_it(analyze, text, name, category):
    assert category in [c.category for c in _org(analyze(text), name).categories]


# ------------------------------------------------------------------ the value of what a deal would create

@pytest.mark.parametrize("text", [
    "A tie-up between Corlund Bank and Ohio-based Tasko Trust would create the world's fifth biggest lender, "
    "valued at $90bn.",
    "A tie-up between Brenmoor Foods and Arvo Retail would create Europe's largest grocer, valued at $25bn.",
    "A combination of Quellin Group and Ostrava Steel would create the continent's second biggest steelmaker, "
    "valued at $14bn.",
])
def test_the_value_of_what_a_deal_would_create_labels_no_one(analyze, text):
    a = analyze(text)
    assert all(not o.categories for o in a.organizations), [(o.name, o.categories) for o in a.organizations]


@pytest.mark.parametrize("text, name, category", [
    ("The spin-off created Marlow Pay, a payments start-up valued at $1.5 billion.", "Marlow Pay", "unicorn"),
    ("The round made Tessvik Robotics a company valued at $2 billion.", "Tessvik Robotics", "unicorn"),
])
def test_a_firm_valued_after_a_round_or_spin_off_still_labels(analyze, text, name, category):
    assert category in [c.category for c in _org(analyze(text), name).categories]
