"""Whose figure an amount is (issue 13): headlines as clauses, changes and the levels they lead to,
a market's later size, and a firm's own pricing event beating a firm named elsewhere. All names
and sentences are invented."""

from __future__ import annotations

import pytest


def _fig(analysis, needle, nth=0):
    hits = [f for f in analysis.figures if f.text == needle or needle in f.text]
    assert len(hits) > nth, f"no figure {needle!r}; got {[f.text for f in analysis.figures]}"
    return hits[nth]


def _names(analysis):
    return {o.name for o in analysis.organizations} | {x for o in analysis.organizations for x in o.aliases}


# --- a headline is a clause: its firm passes to the body's unnamed repeat ------------------------

@pytest.mark.parametrize("text,needle,firm", [
    ("Pelorin raises $50 million at a $900 million valuation\n\nBerlin-based payments startup Pelorin said "
     "on Tuesday it has closed a Series B round led by Harwick Ventures. Analysts called a $900 million "
     "valuation steep for a three-year-old business.", "$900 million", "Pelorin"),
    ("Quellon hits $4 billion valuation\n\nQuellon, a Lisbon-based fintech startup, has closed a Series D "
     "round led by Marsh Peak Partners. According to Marsh Peak Partners, $4 billion valuation reflects "
     "strong growth.", "$4 billion", "Quellon"),
    ("Dravik raises $120 million at a $1.5 billion valuation\n\nOslo-based battery startup Dravik said on "
     "Monday it has closed a Series C round led by Fenwick Growth. Analysts called a $1.5 billion "
     "valuation generous for a firm with no revenue.", "$1.5 billion", "Dravik"),
])
def test_body_repeat_takes_the_headline_firm(analyze, text, needle, firm):
    a = analyze(text)
    assert firm in _names(a)
    fig = _fig(a, needle)
    assert fig.span[0] > text.find("\n")  # the body's statement is the one kept
    assert fig.kind == "valuation" and fig.subject == firm and fig.subject_kind == "organization"


def test_body_repeat_with_its_own_firm_keeps_it(analyze):
    text = ("Pelorin raises $50 million at a $900 million valuation\n\nBerlin-based payments startup Pelorin "
            "said on Tuesday it has closed a Series B round led by Harwick Ventures. Its rival Dastra Labs, "
            "a Munich-based payments startup, was valued at $900 million last year.")
    a = analyze(text)
    assert "Dastra Labs" in _names(a)
    body = [f for f in a.figures if f.text == "$900 million" and f.span[0] > text.find("\n")]
    assert body and body[-1].subject == "Dastra Labs"


def test_body_repeat_of_another_kind_is_not_given_the_headline_firm(analyze):
    text = ("Pelorin raises $50 million\n\nBerlin-based payments startup Pelorin said on Tuesday it has closed a "
            "Series B round led by Harwick Ventures. Across Europe, payments start-ups booked $50 million "
            "in revenue last quarter, a trade body said.")
    a = analyze(text)
    body = [f for f in a.figures if f.text == "$50 million" and f.span[0] > text.find("\n")]
    assert body and body[-1].kind != "funding" and body[-1].subject != "Pelorin"


# --- "up $C to $B": the change and the level it leads to ------------------------------------------

RANKING = ("Orbelle posted the fastest rise in valuation this year, gaining US$80bn to reach third place with "
           "US$100bn. ")


@pytest.mark.parametrize("text,change,level,firm", [
    (RANKING + "Malta-based crypto exchange Brantix, up US$14bn to US$34bn, came next.",
     "US$14bn", "US$34bn", "Brantix"),
    (RANKING + "Dublin-based payments firm Kestova, up US$6bn to US$21bn, was fourth.",
     "US$6bn", "US$21bn", "Kestova"),
    (RANKING + "Texas-based rocket maker Ulvane, down US$3bn to US$12bn, slipped to tenth.",
     "US$3bn", "US$12bn", "Ulvane"),
])
def test_up_change_to_level(analyze, text, change, level, firm):
    a = analyze(text)
    c, lv = _fig(a, change), _fig(a, level)
    assert c.kind == "other" and (c.about or "").startswith("change")
    assert lv.kind == "valuation" and lv.subject == firm
    first = _fig(a, "US$100bn")
    assert first.kind == "valuation" and first.subject == "Orbelle"


def test_up_change_alone_is_a_change_not_a_level(analyze):
    a = analyze("Malta-based crypto exchange Brantix, up US$14bn to US$34bn, came next.")
    c = _fig(a, "US$14bn")
    assert c.kind == "other" and c.about == "change"


@pytest.mark.parametrize("text,needle", [
    ("Corvane Robotics, a Leeds-based startup, plans to raise up to $50 million to build a factory.",
     "$50 million"),
    ("Brantix, a Malta-based crypto exchange, raised $14 million to expand into Asia.", "$14 million"),
])
def test_not_a_change(analyze, text, needle):
    fig = _fig(analyze(text), needle)
    assert not (fig.about or "").startswith("change")


# --- a market's later size stays the market's -------------------------------------------------------

@pytest.mark.parametrize("text,later,market", [
    ("Fennix falls within the next-generation firewall market, which researchers valued at $2,570.49 million "
     "in 2017, and project will reach $6,719.56 million by 2025.", "$6,719.56 million", "firewall market"),
    ("Its product sits within the SaaS security market, which analysts valued at $8.2 billion in 2021, and "
     "estimate will reach $21 billion by 2028.", "$21 billion", "SaaS security market"),
    ("Varro Labs competes in the edge AI market, which researchers sized at $1.1 billion in 2020, and "
     "forecast will hit $4 billion by 2026.", "$4 billion", "edge AI market"),
])
def test_market_later_size(analyze, text, later, market):
    fig = _fig(analyze(text), later)
    assert fig.subject_kind == "market" and market in (fig.subject or "")
    assert fig.kind != "valuation"


def test_firm_named_between_owns_the_later_amount(analyze):
    a = analyze("The chip market was worth $2.6 billion in 2022, and Lumora Systems, a Dutch chip start-up, "
                "hopes to reach $9 billion in sales.")
    fig = _fig(a, "$9 billion")
    assert fig.subject_kind != "market"


def test_firm_valuation_then_target_stays_the_firm(analyze):
    a = analyze("Lumora Systems, a Dutch chip start-up, was valued at $2 billion in 2021 and is expected to "
                "reach $9 billion by 2028.")
    fig = _fig(a, "$9 billion")
    assert fig.subject_kind == "organization" and fig.subject == "Lumora Systems"


# --- a firm's own pricing event beats a firm named elsewhere ---------------------------------------

@pytest.mark.parametrize("text,needle,firm", [
    ("Marvolo priced its offering at $10 a share. Pellick, a Boston-based storage startup, also listed. "
     "Pellick's offering valued the company at $216 million.", "$216 million", "Pellick"),
    ("Marvolo priced its offering at $10 a share. Pellvane, a Boston-based storage startup, listed too. "
     "Pellvane's IPO valued the company at $1.3 billion.", "$1.3 billion", "Pellvane"),
    ("Marvolo priced its offering at $10 a share. Pellvane's offering valued the company at $216 million, "
     "below the $785 million valuation at Pellvane's last round.", "$785 million", "Pellvane"),
])
def test_own_event_names_the_company(analyze, text, needle, firm):
    a = analyze(text)
    assert firm in _names(a)
    fig = _fig(a, needle)
    assert fig.subject == firm


@pytest.mark.parametrize("text,needle,firm", [
    # no possessor: "the company" is the firm the text is about
    ("Veltrix, a Dublin-based data startup, closed a new round on Monday. The round valued the company at "
     "$400 million.", "$400 million", "Veltrix"),
    # the pricing event's possessor is the valued firm itself, named before: nothing else moves
    ("Veltrix, a Dublin-based data startup, closed a new round on Monday. Investors valued the company at "
     "$400 million.", "$400 million", "Veltrix"),
])
def test_without_an_event_possessor_the_company_is_read_as_before(analyze, text, needle, firm):
    fig = _fig(analyze(text), needle)
    assert fig.subject == firm


# --- "pegged the company at a valuation of $X" ---------------------------------------------------

@pytest.mark.parametrize("text,needle,firm", [
    ("Brisko, a cybersecurity startup, filed for an IPO. Brisko had raised around $281 million, including a "
     "$100 million round last year that pegged the company at a valuation of more than $1 billion.",
     "more than $1 billion", "Brisko"),
    ("Talvern, a Madrid-based logistics startup, closed a new round. Its backers valued the company at a "
     "valuation of $600 million, a person close to the deal said.", "$600 million", "Talvern"),
    ("Mossridge, a Leeds-based health startup, raised $30 million, including a round that priced the "
     "business at a post-money valuation of $250 million.", "$250 million", "Mossridge"),
])
def test_firm_at_a_valuation_of(analyze, text, needle, firm):
    a = analyze(text)
    assert firm in _names(a)
    fig = _fig(a, needle)
    assert fig.kind == "valuation" and fig.subject == firm


# --- a relative clause on the amount names its holder ----------------------------------------------

@pytest.mark.parametrize("text,needle,firm", [
    ("Quarno, a London-based security startup, raised $150 million. A Quarno spokesperson said that the "
     "company is now worth more than $1 billion, which is at least double the $500 million it was valued "
     "at back in March.", "$500 million", "Quarno"),
    ("Hexley, a Lisbon-based fintech startup, closed a new round. The new round is double the $40 million "
     "the start-up raised in 2021.", "$40 million", "Hexley"),
    ("Dorvan, a Paris-based robotics startup, hired 40 engineers. The sum dwarfs the $12 million the "
     "company raised two years ago.", "$12 million", "Dorvan"),
])
def test_relative_clause_holder(analyze, text, needle, firm):
    a = analyze(text)
    assert firm in _names(a)
    assert _fig(a, needle).subject == firm


# --- "brings X’ total raised to $Y" ------------------------------------------------------------------

@pytest.mark.parametrize("text,needle,firm", [
    ("Lumetricks, an Israeli photo app maker, raised $135 million. The capital infusion brings Lumetricks’ "
     "total raised to $205 million to date.", "$205 million", "Lumetricks"),
    ("Harrows, a Dublin-based payroll startup, raised $20 million. The round brings Harrows’ total raised "
     "to $55 million.", "$55 million", "Harrows"),
    ("Fennick, a Bristol-based chip startup, raised $18 million. The deal brings Fennick's total raised "
     "to $42 million.", "$42 million", "Fennick"),
])
def test_total_raised_to(analyze, text, needle, firm):
    a = analyze(text)
    assert firm in _names(a)
    assert _fig(a, needle).subject == firm


@pytest.mark.parametrize("text,needle,firm", [
    # the relative clause's subject is a relative pronoun: the clause does not name a holder
    ("Quarno, a London-based security startup, raised $150 million, which values it at $1 billion.",
     "$1 billion", "Quarno"),
    # an investor's commitment in a "which" clause stays with the sentence's firm
    ("Veltrix, a Dublin-based data startup, raised $40 million that Harwick Ventures led.", "$40 million",
     "Veltrix"),
])
def test_relative_clause_without_a_named_holder(analyze, text, needle, firm):
    assert _fig(analyze(text), needle).subject == firm


def test_a_valuation_of_without_a_valuing_verb_is_not_read_as_an_object(analyze):
    a = analyze("Veltrix, a Dublin-based data startup, beat Calloway Systems at a valuation of $300 million.")
    fig = _fig(a, "$300 million")
    assert fig.subject != "Calloway Systems"


# --- "Previous $250m and $400m funding rounds": the story's own firm ------------------------------

STORY = "Varnox, a Berlin data startup, closed a $1 billion round on Monday. "


@pytest.mark.parametrize("text,needle", [
    (STORY + "Previous $250 million and $400 million funding rounds, held in February and October 2019 "
     "respectively, focused on its platform.", "$250 million"),
    (STORY + "Previous $250 million and $400 million funding rounds, held in February and October 2019 "
     "respectively, focused on its platform.", "$400 million"),
    (STORY + "Earlier $60 million funding rounds paid for its first data centres.", "$60 million"),
])
def test_story_round_is_the_story_firms(analyze, text, needle):
    fig = _fig(analyze(text), needle)
    assert fig.kind == "funding" and fig.subject == "Varnox"


@pytest.mark.parametrize("text,needle", [
    # another company named in the sentence: not read as the story's own round
    (STORY + "Previous $250 million funding rounds at Dastra Labs, a Paris rival, went into hiring.",
     "$250 million"),
    # "Analysts": no story word on the round, nothing to take from the sentence before
    (STORY + "Typical $5 million seed rounds in Europe are far smaller, analysts said.", "$5 million"),
])
def test_round_without_the_story_cue_is_not_given_the_story_firm(analyze, text, needle):
    fig = _fig(analyze(text), needle)
    assert fig.subject != "Varnox"


# --- a name inside a source phrase is a source ("according to the X note", "data from X") ----------

@pytest.mark.parametrize("text,needle,source", [
    ("Global software market capitalization reached $9 trillion in June, according to a Marlow Bank report.",
     "$9 trillion", "Marlow Bank"),
    ("Global software market capitalization reached $9 trillion in June, according to Marlow Bank's estimates.",
     "$9 trillion", "Marlow Bank"),
    ("Cloud spending rose to $300 billion, data from Marlow Bank, a Swiss lender, showed.", "$300 billion",
     "Marlow Bank"),
])
def test_source_phrase_is_never_the_owner(analyze, text, needle, source):
    a = analyze(text)
    assert source in _names(a)
    assert _fig(a, needle).subject != source


@pytest.mark.parametrize("text,needle,firm", [
    ("Dealroom's data business raised $12 million from Harwick Ventures, a London fund.", "$12 million",
     "Dealroom"),
    ("Varnox, which sells data to banks, raised $30 million, according to a filing.", "$30 million", "Varnox"),
])
def test_a_firm_that_deals_in_data_still_owns_its_figure(analyze, text, needle, firm):
    assert _fig(analyze(text), needle).subject == firm


# --- a bare measure subject ("sales rose to $X") is its firm's -------------------------------------

@pytest.mark.parametrize("text,needle,firm", [
    ("Halvern, a US media group, reported results on Thursday. Halvern said fourth quarter sales rose 2% to "
     "$11.1bn from $10.9bn.", "$11.1bn", "Halvern"),
    ("Quarterly profits at US media giant Halvern jumped 76% to $1.13bn for the three months to December.",
     "$1.13bn", "Halvern"),
    ("Morrow Telecom, the German phone group, reported its results. Sales rose 2.8% to 14.96bn euros.",
     "14.96bn euros", "Morrow Telecom"),
    # a period is no holder
    ("Keswick Airways, the UK airline, reported results. Turnover for the quarter was up 4.3% to £1.97bn.",
     "£1.97bn", "Keswick Airways"),
    # a bare apostrophe the parser split off
    ("Halvern, a data startup, is growing. Halvern’ annual recurring revenue currently stands at $600 million.",
     "$600 million", "Halvern"),
])
def test_measure_subject_is_its_firms(analyze, text, needle, firm):
    a = analyze(text)
    assert firm in _names(a)
    assert _fig(a, needle).subject == firm


@pytest.mark.parametrize("text,needle,source", [
    ("Keswick Bank, a London lender, said sales of electric cars in Europe rose to $40bn.", "$40bn",
     "Keswick Bank"),
    ("Retail sales in Spain rose to 40bn euros last year, Keswick Bank, a London lender, said.", "40bn euros",
     "Keswick Bank"),
    ("Sales rose 4% to $30bn last year, Keswick Bank, a London lender, said.", "$30bn", "Keswick Bank"),
])
def test_measure_of_a_market_or_said_by_a_source_is_not_the_sources(analyze, text, needle, source):
    a = analyze(text)
    assert source in _names(a)
    assert _fig(a, needle).subject is None
