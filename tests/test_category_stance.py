"""Stance of a category mention and criterion labels read from the figures' facts: for each
mechanism, sentences it must handle and sentences it must leave alone, asserting the
organisation and the category.

The organisations are fixed by each test (the organisations component owns them). Figures come
from the real figures component, and where a label depends on what a figure is (its time,
kind or subject), the test asserts that fact too; figure facts are fixed by hand only where a
test is about how categories read one (a yardstick, a ranking's name, a growth period)."""

from __future__ import annotations

import re

import pytest


# ---------------------------------------------------------------- lower tier in the noun phrase

@pytest.mark.parametrize("text, orgs", [
    ('The Qiaonan industry department has named 40 companies as provincial-level specialized, sophisticated '
     'and innovative "little giant" enterprises for 2023. Among them are Dalvo Pumps and Hestic Gears.',
     ["Dalvo Pumps", "Hestic Gears"]),
    ("Tarnwell Seals was named one of the municipal-level, specialised, refined and innovative little giant "
     "firms this year.", ["Tarnwell Seals"]),
    ("Dalvo Pumps was named a little giant by the district government in May.", ["Dalvo Pumps"]),
    ('Corvel Optics joined the city-level, specialized and sophisticated "little giant" enterprises in March.',
     ["Corvel Optics"]),
])
def test_lower_tier_named_anywhere_in_the_noun_phrase(cats, text, orgs):
    assert cats.labels(cats(text, orgs)) == set()


@pytest.mark.parametrize("text, orgs, expected", [
    ('Nineteen companies were named in the sixth batch of national specialized and sophisticated "little giant" '
     "enterprises, the city's industry bureau said. Among them are Halden Valves and Rimsky Motors.",
     ["Halden Valves", "Rimsky Motors"], {("Halden Valves", "little_giant"), ("Rimsky Motors", "little_giant")}),
    ("Brenna Optics, a national little giant, opened a plant in the district.", ["Brenna Optics"],
     {("Brenna Optics", "little_giant")}),
    ("Hestic Gears was named a national little giant, the municipal bureau said.", ["Hestic Gears"],
     {("Hestic Gears", "little_giant")}),
])
def test_national_title_reported_by_a_local_body_stays(cats, text, orgs, expected):
    assert cats.labels(cats(text, orgs)) == expected


# ---------------------------------------------------------------- aspiration over a complement clause

@pytest.mark.parametrize("text, org, phrase", [
    ("Corlan's founders said they expected the company to become a unicorn within two years.", "Corlan", "the company"),
    ("Ostrava Pay's investors expect that it becomes a decacorn by 2027.", "Ostrava Pay", "it"),
    ("Management anticipates that Fenwick Labs becomes a unicorn within a year.", "Fenwick Labs", None),
    ("The founders hoped that Tolvane was a little giant already.", "Tolvane", None),
    ("Backers expected Pelion Robotics to become a unicorn after its next round.", "Pelion Robotics", None),
])
def test_aspiration_of_the_governing_verb(cats, text, org, phrase):
    extra = cats.coref(text, org, phrase) if phrase else {}
    assert cats.labels(cats(text, [org], **extra)) == set()


@pytest.mark.parametrize("text, org, cat", [
    ("Halbrook said it had become a unicorn after the round.", "Halbrook", "unicorn"),
    ("Analysts said Brisk Ledger is now a unicorn.", "Brisk Ledger", "unicorn"),
    ("The ministry confirmed that Dorran Valves is a national little giant.", "Dorran Valves", "little_giant"),
])
def test_reported_membership_is_no_aspiration(cats, text, org, cat):
    extra = cats.coref(text, org, "it") if " it " in text else {}
    assert (org, cat) in cats.labels(cats(text, [org], **extra))


# ---------------------------------------------------------------- a quoted title before a name

@pytest.mark.parametrize("text, org, cat", [
    ("'Little giant' Dorvan Bearing wins a rail contract", "Dorvan Bearing", "little_giant"),
    ('"Unicorn" Fenlow Pay opens a Paris office', "Fenlow Pay", "unicorn"),
    ("'Decacorn' Strata Freight buys a smaller rival", "Strata Freight", "decacorn"),
])
def test_quoted_title_before_an_organisation(cats, text, org, cat):
    assert (org, cat) in cats.labels(cats(text, [org]))


@pytest.mark.parametrize("text, orgs", [
    ("Starbucks said its Unicorn Frappuccino sold out in two days.", ["Starbucks"]),
    ("'Little Giant' Ladders were recalled by Wing Ventures last week.", ["Wing Ventures"]),
])
def test_product_names_stay_products(cats, text, orgs):
    assert cats.labels(cats(text, orgs)) == set()


# ---------------------------------------------------------------- a denied valuation

@pytest.mark.parametrize("text, org, money, usd", [
    ("Hotel chain Rovo is not raising money at a valuation of $2 billion after all.", "Rovo", "$2 billion", 2e9),
    ("Pellham Pay is not valued at $3 billion, the company said.", "Pellham Pay", "$3 billion", 3e9),
    ("Tarlow did not raise money at a valuation of $15 billion.", "Tarlow", "$15 billion", 15e9),
])
def test_denied_valuation_gives_no_label(cats, text, org, money, usd):
    doc = cats(text, [org])
    f = cats.figure(doc, money)
    assert (f["kind"], f["usd"], f["subject"], f["time"]) == ("valuation", usd, org, "negated")
    assert cats.labels(doc) == set()


@pytest.mark.parametrize("text, org, money, usd, cat", [
    ("Pellham Pay, which is not listed, is valued at $3 billion.", "Pellham Pay", "$3 billion", 3e9, "unicorn"),
    ("Ravel Labs, valued at $12 billion, has not listed its shares yet.", "Ravel Labs", "$12 billion", 12e9, "decacorn"),
])
def test_negation_elsewhere_keeps_the_valuation(cats, text, org, money, usd, cat):
    doc = cats(text, [org])
    f = cats.figure(doc, money)
    assert (f["kind"], f["usd"], f["subject"], f["time"]) == ("valuation", usd, org, "current")
    assert cats.labels(doc) == {(org, cat)}


# ---------------------------------------------------------------- yardsticks of a comparison

@pytest.mark.parametrize("text, orgs, yardsticks", [
    ("Corvex is now worth more than any European company, for example ahead of Aldmark ($75 billion) and "
     "Versa ($74 billion).", ["Corvex", "Aldmark", "Versa"], {"$75 billion": "Aldmark", "$74 billion": "Versa"}),
    ("Halvo is now valued higher than its listed rival Dunmore ($5 billion).", ["Halvo", "Dunmore"],
     {"$5 billion": "Dunmore"}),
    ("Orsk Energy is now worth more than Tavel Grid ($12 billion), the region's largest utility.",
     ["Orsk Energy", "Tavel Grid"], {"$12 billion": "Tavel Grid"}),
])
def test_listed_yardsticks_get_no_label(cats, text, orgs, yardsticks):
    """A firm's value in brackets as the yardstick of a comparison with listed firms is a market
    value (the figures component says so), never a private valuation."""
    doc = cats(text, orgs)
    for money, owner in yardsticks.items():
        f = cats.figure(doc, money)
        assert (f["kind"], f["subject"], f["market_value"]) == ("valuation", owner, True)
    assert cats.labels(doc) == set()


@pytest.mark.parametrize("text, orgs, money, owner, cat", [
    ("Brisa will become the third most valuable start-up in the country after Kelmar ($20 billion).",
     ["Brisa", "Kelmar"], "$20 billion", "Kelmar", "decacorn"),
    ("Its valuation passed $2.7 billion, making it the second-most valuable AI start-up after rival "
     "Moonrise Labs, which is valued at US$3 billion.", ["Moonrise Labs"], "US$3 billion", "Moonrise Labs", "unicorn"),
    ("Zarnow is now the country's most valuable start-up, ahead of Pellow ($3 billion).", ["Zarnow", "Pellow"],
     "$3 billion", "Pellow", "unicorn"),
    ("The most valuable start-ups in the region are Pellow ($3 billion) and Arcanet.", ["Pellow", "Arcanet"],
     "$3 billion", "Pellow", "unicorn"),
])
def test_start_up_yardsticks_keep_their_label(cats, text, orgs, money, owner, cat):
    doc = cats(text, orgs)
    f = cats.figure(doc, money)
    assert (f["kind"], f["subject"], f["market_value"]) == ("valuation", owner, False)
    assert cats.labels(doc) == {(owner, cat)}


# ---------------------------------------------------------------- rankings and publications

def test_ranking_name_is_no_gazelle(cats):
    text = ("Joining the Fastlane 500 is hard. Making the bottom of this year's Fastlane 500 took growth of "
            "627% from 2002 to 2007.")
    figs = [cats.fig("627%", text, "growth_rate", None, "Fastlane", value=627)]
    assert cats.labels(cats(text, ["Fastlane"], figs)) == set()


def test_publication_is_no_gazelle(cats):
    text = "Business daily Nordvik Post grew its revenue 80% a year from 2019 to 2023."
    figs = [cats.fig("80%", text, "growth_rate", None, "Nordvik Post", value=80)]
    assert cats.labels(cats(text, ["Nordvik Post"], figs, **{"Nordvik Post": {"type": "media"}})) == set()


def test_ranking_name_holds_no_valuation(cats):
    text = "The Vantage 100 is worth $2 billion to its sponsors, its editors claim."
    figs = [cats.fig("$2 billion", text, "valuation", 2e9, "Vantage")]
    assert cats.labels(cats(text, ["Vantage"], figs)) == set()


@pytest.mark.parametrize("text, org, pct", [
    ("Kaboro Labs, No. 3 on this year's list, grew revenue 6,440% from 2002 to 2007.", "Kaboro Labs", "6,440%"),
    ("Vantor Systems grew revenue by 300% over three years.", "Vantor Systems", "300%"),
])
def test_ranked_firms_keep_their_growth(cats, text, org, pct):
    figs = [cats.fig(pct, text, "growth_rate", None, org, value=float(pct.rstrip("%").replace(",", "")))]
    assert cats.labels(cats(text, [org], figs)) == {(org, "gazelle")}


# ---------------------------------------------------------------- hearsay of a done deal

@pytest.mark.parametrize("text, org, money, usd", [
    ("Tillway closed a Series C, and people close to the deal said Tillway's valuation rose to $1.3 billion.",
     "Tillway", "$1.3 billion", 1.3e9),
    ("Skyrn Power, now worth $2bn after a separate round, according to two people familiar with the terms.",
     "Skyrn Power", "$2bn", 2e9),
    ("The round valued Harbin Pay at $1.5 billion, according to a person familiar with the matter.",
     "Harbin Pay", "$1.5 billion", 1.5e9),
])
def test_sourced_done_deal_counts(cats, text, org, money, usd):
    doc = cats(text, [org])
    f = cats.figure(doc, money)
    assert (f["kind"], f["usd"], f["subject"], f["time"]) == ("valuation", usd, org, "current")
    assert cats.labels(doc) == {(org, "unicorn")}


@pytest.mark.parametrize("text, org, money, usd", [
    ("Rovo is in talks to raise money at a valuation of over $4 billion, according to people familiar with the matter.",
     "Rovo", "over $4 billion", 4e9),
    ("People aware of the developments said the terms could value Byline at $2 billion.", "Byline", "$2 billion", 2e9),
    ("Kaltwerk is said to be preparing a round at $3 billion, people close to the company said.", "Kaltwerk",
     "$3 billion", 3e9),
])
def test_talks_stay_rumours(cats, text, org, money, usd):
    doc = cats(text, [org])
    f = cats.figure(doc, money)
    assert (f["usd"], f["subject"], f["time"]) == (usd, org, "rumoured")
    assert cats.labels(doc) == set()


# ---------------------------------------------------------------- a ranking's growth period

@pytest.mark.parametrize("text, org, pct", [
    ("The list ranks European firms by their revenue growth between 2014 and 2017. Deliveroo dropped to "
     "second place with growth of more than 15,000 per cent.", "Deliveroo", "15,000 per cent"),
    ("The ranking is based on revenue growth over five years. Lumara came first with growth of 900%.",
     "Lumara", "900%"),
    ("The index measures sales growth from 2019 to 2022. Ordell Tech was ranked 40th with growth of 150%.",
     "Ordell Tech", "150%"),
])
def test_entrant_growth_over_the_rankings_period(cats, text, org, pct):
    value = float(pct.split()[0].rstrip("%").replace(",", ""))
    doc = cats(text, [org], [cats.fig(pct, text, "growth_rate", None, org, value=value)])
    assert cats.labels(doc) == {(org, "gazelle")}


@pytest.mark.parametrize("text, org, pct", [
    ("The list ranks firms by their revenue growth between 2014 and 2017. Blue Ridge Finance, founded in 1992, "
     "came first with growth of 51,000 per cent.", "Blue Ridge Finance", "51,000 per cent"),
    ("The ranking is based on revenue growth over three years. Harlow came 90th with growth of 30%.", "Harlow", "30%"),
    ("Dovel came first with growth of 300%, its chief executive said.", "Dovel", "300%"),
])
def test_ranking_period_needs_the_rate_and_a_young_firm(cats, text, org, pct):
    value = float(pct.split()[0].rstrip("%").replace(",", ""))
    doc = cats(text, [org], [cats.fig(pct, text, "growth_rate", None, org, value=value)])
    assert cats.labels(doc) == set()


# ---------------------------------------------------------------- an investor by its role

@pytest.mark.parametrize("text, investor", [
    ("Dalston led the series E round with a $207m investment, and Tiger Peak also took part. "
     "The round values the company at $2.5bn.", "Tiger Peak"),
    ("Carrow Capital led the round. The round valued the company at $3bn.", "Carrow Capital"),
    ("The funding round was led by Vance Partners. It values the start-up at $1.2bn.", "Vance Partners"),
])
def test_investor_by_role_gets_no_valuation(cats, text, investor):
    money = re.findall(r"\$[\d.]+bn", text)[-1]
    phrase = "It" if " It " in text else "the company"
    s = text.rindex(phrase)
    # the organisations component resolved the phrase to the investor; the figure is still not its
    doc = cats(text, [investor], **{investor: {"coref_spans": [[s, s + len(phrase)]]}})
    f = cats.figure(doc, money)
    assert f["kind"] == "valuation" and f["subject"] is None
    assert cats.labels(doc) == set()


@pytest.mark.parametrize("text, investor", [
    ("Vexa closed a $400m series F round led by Arrow Partners with participation from Halden Capital. "
     "It values the start-up at $6.2bn.", "Halden Capital"),
    ("Vexa closed a $400m round with backing from Halden Capital and Ostwind Fund. It values the start-up at $6.2bn.",
     "Ostwind Fund"),
    ("Vexa raised $400m from Halden Capital. The round values the start-up at $6.2bn.", "Halden Capital"),
])
def test_an_investor_resolved_as_the_start_up_gives_way_to_the_firm(cats, text, investor):
    """The organisations component resolved "the start-up" to an investor of the round: the
    figure is the firm's whose round it is."""
    doc = cats(text, ["Vexa", investor], **cats.coref(text, investor, "the start-up"))
    f = cats.figure(doc, "$6.2bn")
    assert (f["kind"], f["subject"]) == ("valuation", "Vexa")
    assert cats.labels(doc) == {("Vexa", "unicorn")}


@pytest.mark.parametrize("text, org", [
    ("Olvo raised $400m in a new round. The round values the company at $2.5bn.", "Olvo"),
    ("Plover Pay led the industry in payment volume last year. The round values the company at $3bn.", "Plover Pay"),
    ("Halvo joined the ranks of unicorns after a round led by Dunmore Capital valued the company at $1.5bn.", "Halvo"),
])
def test_the_valued_firm_is_no_investor(cats, text, org):
    money = re.findall(r"\$[\d.]+bn", text)[-1]
    s = text.rindex("the company")
    doc = cats(text, [org], **{org: {"coref_spans": [[s, s + len("the company")]]}})
    f = cats.figure(doc, money)
    assert (f["kind"], f["subject"], f["time"]) == ("valuation", org, "current")
    assert cats.labels(doc) == {(org, "unicorn")}


# ---------------------------------------------------------------- a deal's price

@pytest.mark.parametrize("text, subject, money, usd", [
    ("The biggest deal of the quarter was Halcor snapping up Pindly for $2.7 billion.", "Pindly", "$2.7 billion", 2.7e9),
    ("Arvo bought Tessic for $1.5 billion in cash.", "Tessic", "$1.5 billion", 1.5e9),
    ("Dunmere agreed to acquire Lorrin for $12 billion.", "Lorrin", "$12 billion", 12e9),
])
def test_deal_price_is_no_valuation(cats, text, subject, money, usd):
    orgs = [n for n in ("Halcor", "Pindly", "Arvo", "Tessic", "Dunmere", "Lorrin") if n in text]
    doc = cats(text, orgs)
    f = cats.figure(doc, money)
    assert (f["kind"], f["about"], f["usd"], f["subject"]) == ("other", "deal price", usd, subject)
    assert cats.labels(doc) == set()


@pytest.mark.parametrize("text, org, money, usd", [
    ("Pindly raised $300m at a valuation of $2.7 billion.", "Pindly", "$2.7 billion", 2.7e9),
    ("Tessic sold a 10% stake to Arvo in a deal that valued Tessic at $1.5 billion.", "Tessic", "$1.5 billion", 1.5e9),
])
def test_valuation_beside_a_deal_stays(cats, text, org, money, usd):
    orgs = [n for n in ("Pindly", "Arvo", "Tessic") if n in text]
    doc = cats(text, orgs)
    f = cats.figure(doc, money)
    assert (f["kind"], f["usd"], f["subject"], f["time"]) == ("valuation", usd, org, "current")
    assert cats.labels(doc) == {(org, "unicorn")}


# ---------------------------------------------------------------- a streak of years

@pytest.mark.parametrize("text, org, pct", [
    ("Stovik said its revenue grew 40% a year for the fourth year in a row in 2023.", "Stovik", "40%"),
    ("Brann's sales rose 35% a year for a fifth consecutive year.", "Brann", "35%"),
    ("Orlo grew revenue 30% annually for the third straight year.", "Orlo", "30%"),
])
def test_streak_of_years_spans_the_growth(cats, text, org, pct):
    doc = cats(text, [org], [cats.fig(pct, text, "growth_rate", None, org, value=float(pct[:-1]))])
    assert cats.labels(doc) == {(org, "gazelle")}


@pytest.mark.parametrize("text, org, pct", [
    ("Pakoma's sales jumped 50% in its fourth year of operation.", "Pakoma", "50%"),
    ("Grell grew 40% for the second year in a row.", "Grell", "40%"),
])
def test_ordinal_without_streak_or_too_short(cats, text, org, pct):
    doc = cats(text, [org], [cats.fig(pct, text, "growth_rate", None, org, value=float(pct[:-1]))])
    assert cats.labels(doc) == set()


# ---------------------------------------------------------------- a clause that hangs from another firm

@pytest.mark.parametrize("text, money, usd, owner", [
    ("Moxo released a model. Its larger rival Lanvik Labs, valued at $12 billion after a round in June, cut its prices.",
     "$12 billion", 12e9, "Lanvik Labs"),
    ("Moxo's partner, Skylo Power, now worth $2 billion, builds chargers.", "$2 billion", 2e9, "Skylo Power"),
    ("Moxo competes with Tarvel, which is valued at $3 billion.", "$3 billion", 3e9, "Tarvel"),
])
def test_figure_of_another_firms_clause_gives_its_subject_nothing(cats, text, money, usd, owner):
    orgs = [n for n in ("Moxo", "Lanvik Labs", "Skylo Power", "Tarvel") if n in text]
    doc = cats(text, orgs)
    f = cats.figure(doc, money)
    assert (f["kind"], f["usd"], f["subject"]) == ("valuation", usd, owner)
    assert not {lab for lab in cats.labels(doc) if lab[0] == "Moxo"}


@pytest.mark.parametrize("text, money", [
    # the firm named after "its rival" is not in the organisation list: the figure is nobody's,
    # never the possessor's
    ("Moxo released a model. Its larger rival Lanvik Labs, valued at $12 billion after a round in June, cut its prices.",
     "$12 billion"),
    ("Moxo shipped a phone. Its rival, valued at $3 billion, cut prices.", "$3 billion"),
])
def test_a_rivals_figure_is_not_the_possessors(cats, text, money):
    doc = cats(text, ["Moxo"], **cats.coref(text, "Moxo", "Its"))
    assert cats.figure(doc, money)["subject"] is None
    assert cats.labels(doc) == set()


@pytest.mark.parametrize("text, org, money, usd, cat", [
    ("Lanvik Labs, valued at $12 billion after a round in June, cut its prices.", "Lanvik Labs", "$12 billion", 12e9,
     "decacorn"),
    ("Moxo's rival Lanvik Labs, valued at $12 billion, cut its prices.", "Lanvik Labs", "$12 billion", 12e9, "decacorn"),
    ("Tarvel, which Moxo backs, is valued at $3 billion.", "Tarvel", "$3 billion", 3e9, "unicorn"),
])
def test_figure_of_the_firms_own_clause_counts(cats, text, org, money, usd, cat):
    orgs = [n for n in ("Moxo", "Lanvik Labs", "Tarvel") if n in text]
    doc = cats(text, orgs)
    f = cats.figure(doc, money)
    assert (f["kind"], f["usd"], f["subject"], f["time"]) == ("valuation", usd, org, "current")
    assert cats.labels(doc) == {(org, cat)}


def test_model_number_is_no_ranking(cats):
    text = "Pexo said its Pexo 14 phone sold well, and its revenue grew 45% a year from 2019 to 2023."
    figs = [cats.fig("45%", text, "growth_rate", None, "Pexo", value=45)]
    assert cats.labels(cats(text, ["Pexo"], figs)) == {("Pexo", "gazelle")}


def test_after_its_round_is_no_comparison(cats):
    text = "Lumo raised over $200 million and was valued at over $1.5 billion after its series C round in 2021."
    s = text.index("its series")
    doc = cats(text, ["Lumo"], Lumo={"coref_spans": [[s, s + 3]]})
    assert cats.figure(doc, "over $1.5 billion")["subject"] == "Lumo"
    assert cats.labels(doc) == {("Lumo", "unicorn")}


def test_clause_of_the_investors_valuing_the_firm_counts(cats):
    text = "Pindo raised $500 million from Garrow Capital and Hilmor, which valued the start-up at $4 billion."
    doc = cats(text, ["Pindo", "Garrow Capital", "Hilmor"])
    assert cats.figure(doc, "$4 billion")["subject"] == "Pindo"
    assert cats.labels(doc) == {("Pindo", "unicorn")}


# ---------------------------------------------------------------- a group's entry threshold

def _threshold(cats, text: str, money: str, usd: float) -> dict:
    return cats.fig(money, text, "other", usd, None, subject_kind=None, about=None)


@pytest.mark.parametrize("text, orgs, money, usd, cat", [
    ("Others that broke into the top 50 include Blue Orbit, Dunmar and Redlow. The cut-off for the top 50 was US$10bn.",
     ["Blue Orbit", "Dunmar", "Redlow"], "US$10bn", 10e9, "decacorn"),
    ("Start-ups that made this year's top 100 include Alvo and Brint. The threshold for the top 100 was $1.2 billion.",
     ["Alvo", "Brint"], "$1.2 billion", 1.2e9, "unicorn"),
    ("The entry threshold for the Tech 30 list was $1 billion. Newcomers to the Tech 30 list include Corra and Dessel.",
     ["Corra", "Dessel"], "$1 billion", 1e9, "unicorn"),
])
def test_members_of_a_group_with_a_threshold(cats, text, orgs, money, usd, cat):
    doc = cats(text, orgs, [_threshold(cats, text, money, usd)])
    assert cats.labels(doc) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs, money, usd, fields", [
    ("Others that broke into the top 50 include Alvo and Brint. The cut-off for the top 100 was US$10bn.",
     ["Alvo", "Brint"], "US$10bn", 10e9, {}),
    ("The cut-off for the top 50 was $500 million. Newcomers to the top 50 include Alvo.", ["Alvo"], "$500 million",
     5e8, {}),
    ("Backers of firms in the top 50 include Harrow Capital. The cut-off for the top 50 was US$10bn.",
     ["Harrow Capital"], "US$10bn", 10e9, {"Harrow Capital": {"type": "investor"}}),
])
def test_threshold_needs_the_same_group_and_the_sum(cats, text, orgs, money, usd, fields):
    doc = cats(text, orgs, [_threshold(cats, text, money, usd)], **fields)
    assert cats.labels(doc) == set()
