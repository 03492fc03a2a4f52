"""Whose a figure is and when it holds: subject, subject_kind, time, market_value, deal
prices, definition thresholds, what grows, and which dollar a bare "$" is.

Every sentence is invented for these tests. Each mechanism has sentences it must handle
and sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from giants.figures.rates import RateBook


def _find(figures, needle):
    hits = [f for f in figures if needle in f.text]
    assert hits, (needle, [f.text for f in figures])
    return hits[0]


# --- time: current, past, target, rumoured ----------------------------------------------------

@pytest.mark.parametrize("text,needle,kind,time", [
    ("Brightpath had been valued at $3.2 billion in 2018 before it was acquired by Telmor.", "$3.2 billion",
     "valuation", "past"),
    ("Quillon's valuation rose to $5 billion in March, up from $2 billion a year earlier.", "$2 billion",
     "valuation", "past"),
    ("Dunmore Foods, which was valued at 20 billion yuan in 2019, raised new money in 2024.", "20 billion yuan",
     "valuation", "past"),
    ("Zorba Mobility aims to reach a $1 billion valuation by 2027.", "$1 billion", "valuation", "target"),
    ("Lunaris Bio is targeting a valuation of $4 billion in its next round.", "$4 billion", "valuation", "target"),
    ("Pellam Robotics plans to raise $100 million next year.", "$100 million", "funding", "target"),
    ("Mintaro is in talks to raise new funding at a valuation of $8 billion, according to people familiar with "
     "the matter.", "$8 billion", "valuation", "rumoured"),
    ("Orsolo Pay is reportedly valued at $3 billion.", "$3 billion", "valuation", "rumoured"),
    ("Harrow Labs is weighing a deal that would value it at $2 billion.", "$2 billion", "valuation", "rumoured"),
])
def test_time_of_a_figure(analyze, text, needle, kind, time):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.time) == (kind, time)


@pytest.mark.parametrize("text,needle,kind", [
    # a round's outcome and a round raised last week are current, whatever the infinitive or the date says
    ("Helix Robotics raised $300 million to achieve a $4.6 billion valuation.", "$4.6 billion", "valuation"),
    ("Quantiva last week raised $200 million at a valuation of $5 billion.", "$5 billion", "valuation"),
    ("Quillon's valuation rose to $5 billion in March, up from $2 billion a year earlier.", "$5 billion",
     "valuation"),
    ("Tarrant Steel said its revenue reached $40 million last year.", "$40 million", "revenue"),
])
def test_current_figures_stay_current(analyze, text, needle, kind):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.time) == (kind, "current")


def test_counts_and_shares_have_no_time(analyze):
    a = analyze("The region counts 14 unicorns, and 61% of them are in software.")
    assert _find(a.figures, "14 unicorns").time is None
    assert _find(a.figures, "61%").time is None


def test_a_clause_about_another_name_keeps_its_time(analyze):
    # "plans" governs the firm, not the valuation in the clause that describes it
    fig = _find(analyze("Brightpath Analytics, valued at $4 billion, plans to list in Oslo.").figures, "$4 billion")
    assert fig.time == "current"


@pytest.mark.parametrize("text,needle", [
    ("Brevik Labs has never been valued at $1 billion.", "$1 billion"),
    ("Zentor Logistics is not raising money at a valuation of $2bn after all, a spokesman said.", "$2bn"),
    ("Ostrel Health did not raise $300 million in March, the company said.", "$300 million"),
])
def test_a_negated_figure_is_negated_and_gives_no_label(analyze, text, needle):
    a = analyze(text)
    fig = _find(a.figures, needle)
    assert fig.time == "negated"
    assert not [c for o in a.organizations for c in o.categories]


@pytest.mark.parametrize("text,needle", [
    ("Brevik Labs, which was not profitable, is valued at $1 billion.", "$1 billion"),
    ("Zentor Logistics is raising money at a valuation of $2bn, not $1bn.", "$2bn"),
])
def test_a_negation_elsewhere_leaves_the_figure_current(analyze, text, needle):
    assert _find(analyze(text).figures, needle).time == "current"


# --- a market's size or growth is never a company's -------------------------------------------

@pytest.mark.parametrize("text,needle,kind,subject_has", [
    ("The risk management market, which researchers valued at $31.3 billion, is growing fast.", "$31.3 billion",
     "other", "risk management market"),
    ("Analysts project 61% compound annual growth for AI chip demand.", "61%", "growth_rate", "demand"),
    ("The global drone industry is worth $40 billion, says Veridia Research.", "$40 billion", "other", "industry"),
    ("Kestrin Sensors competes in a $5 billion market for industrial sensors.", "$5 billion", "other", "market"),
])
def test_market_figures(analyze, text, needle, kind, subject_has):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind
    assert fig.subject_kind == "market" and subject_has in fig.subject
    assert fig.usd is None or fig.usd == fig.value


@pytest.mark.parametrize("text,needle,kind,subject", [
    ("Kestrin Sensors' market value is $3 billion.", "$3 billion", "valuation", "Kestrin Sensors"),
    ("Lunaris Bio, the market leader in enzymes, raised $50 million.", "$50 million", "funding", "Lunaris Bio"),
])
def test_firm_figures_near_market_words(analyze, text, needle, kind, subject):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.subject, fig.subject_kind) == (kind, subject, "organization")


# --- deal prices: the firm bought, never the bidder --------------------------------------------

@pytest.mark.parametrize("text,needle,subject", [
    ("Telmor agreed to buy Brightpath for $4 billion.", "$4 billion", "Brightpath"),
    ("Telmor Group's $4 billion acquisition of Brightpath closed in May.", "$4 billion", "Brightpath"),
    ("Harrow Holdings sold Fenwick Foods to Telmor Group for $900 million.", "$900 million", "Fenwick Foods"),
])
def test_deal_prices(analyze, text, needle, subject):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.about, fig.subject) == ("other", "deal price", subject)
    assert fig.usd == fig.value


@pytest.mark.parametrize("text,needle,kind,subject", [
    ("Brightpath Analytics raised $40 million from Telmor Ventures.", "$40 million", "funding",
     "Brightpath Analytics"),
    ("Brightpath Analytics, valued at $4 billion, plans to list in Oslo.", "$4 billion", "valuation",
     "Brightpath Analytics"),
])
def test_not_deal_prices(analyze, text, needle, kind, subject):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.subject) == (kind, subject)
    assert fig.about != "deal price"


# --- a listed company's or a token's market value is not a private valuation ------------------

@pytest.mark.parametrize("text,needle", [
    ("Vexor Labs, which is listed on Nasdaq, has a market capitalisation of $40 billion.", "$40 billion"),
    ("The Solara token has a fully diluted valuation of $3 billion.", "$3 billion"),
    ("Shares of Brevik Steel rose 4%, giving it a market value of $12 billion.", "$12 billion"),
])
def test_traded_values(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "valuation" and fig.market_value is True


@pytest.mark.parametrize("text,needle,kind", [
    ("Quantiva was valued at $5 billion in a private funding round.", "$5 billion", "valuation"),
    ("Quantiva raised $200 million in a Series C round.", "$200 million", "funding"),
])
def test_private_values_are_not_traded(analyze, text, needle, kind):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind and fig.market_value is False


# --- the valuation goes to the firm valued, not to an investor, outlet or product ---------------

@pytest.mark.parametrize("text,needle,subject", [
    ("Harrow Capital led a $300 million round in Tessmere Robotics, which valued the company at $4 billion.",
     "$300 million", "Tessmere Robotics"),
    ("Harrow Capital led a $300 million round in Tessmere Robotics, which valued the company at $4 billion.",
     "$4 billion", "Tessmere Robotics"),
    ("Orsolo Ventures was part of Kalo Systems' round that valued the start-up at $2.2 billion.", "$2.2 billion",
     "Kalo Systems"),
    ("According to Fenwick News, Ravelin Health raised $80 million at a $900 million valuation.",
     "$900 million", "Ravelin Health"),
    ("Investors led by Dunmore Partners put new money into the Dutch company Veridia, giving it a valuation "
     "of $3.2bn.", "$3.2bn", "Veridia"),
])
def test_valuation_to_the_firm_valued(analyze, text, needle, subject):
    fig = _find(analyze(text).figures, needle)
    assert (fig.subject, fig.subject_kind) == (subject, "organization")


@pytest.mark.parametrize("text,needle,not_subject", [
    ("Orsolo Ventures, which manages $2 billion, invested in Ravelin Health.", "$2 billion", "Ravelin Health"),
    ("Telmor, which is valued at $20 billion, bought Brightpath Analytics last year.", "$20 billion",
     "Brightpath Analytics"),
])
def test_valuation_not_to_the_next_name(analyze, text, needle, not_subject):
    fig = _find(analyze(text).figures, needle)
    assert fig.subject != not_subject


# --- thresholds in definitions ------------------------------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("A unicorn is a privately held startup company valued at $1 billion or more.", "$1 billion"),
    ("There are more than 100 unicorns, or startups each valued at over $1 billion.", "over $1 billion"),
    ("A company growing 30% a year for five years is rare.", "30%"),
    ("Roughly 15% of them grew faster than 25% a year over the last three years.", "25%"),
])
def test_definition_thresholds(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.about, fig.subject, fig.time) == ("other", "threshold (definition)", None, None)


@pytest.mark.parametrize("text,needle,kind,subject", [
    ("Kestrin, a start-up valued at $2 billion, raised $300 million.", "$2 billion", "valuation", "Kestrin"),
    ("Brevik Labs is a company worth $3 billion.", "$3 billion", "valuation", "Brevik Labs"),
])
def test_named_firms_are_not_definitions(analyze, text, needle, kind, subject):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.subject) == (kind, subject)


# --- growth is growth of sales or output --------------------------------------------------------

@pytest.mark.parametrize("text,needle,about_has", [
    ("Postings for engineering roles rose 48% in the first quarter.", "48%", "postings"),
    ("Startup funding climbed 36 per cent in the first half.", "36 per cent", "funding"),
    ("The number of start-ups in the state has grown by 200 per cent since 2016.", "200 per cent", "number"),
    ("The average salary for such roles reached $285,000, up 22% from 2024.", "22%", "salary"),
])
def test_changes_that_are_not_growth(analyze, text, needle, about_has):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "other" and about_has in fig.about.lower()


@pytest.mark.parametrize("text,needle", [
    ("Vexor Labs, a listed chip firm, grew revenue 31% a year between FY21 and FY24.", "31%"),
    ("Tarrant Steel grew revenue at a compound annual rate of 87% over the period.", "87%"),
    ("Brevik Foods reported a compound annual growth rate of 34% in revenue.", "34%"),
])
def test_growth_of_revenue(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "growth_rate" and fig.time == "current"


def test_an_earlier_level_takes_the_kind_of_the_level(analyze):
    a = analyze("Electric models could make up 25 percent of mini-excavator sales by 2027, up from about "
                "8 percent now.")
    assert _find(a.figures, "8 percent").kind == _find(a.figures, "25 percent").kind == "other"


# --- which dollar a bare "$" is -----------------------------------------------------------------

def test_dollar_is_local_when_the_article_marks_us_dollars(analyze):
    a = analyze("Toronto-based Maplewood raised $50 million in a Series B round. Its US rival Kalo raised "
                "US$20 million.")
    fig = _find(a.figures, "$50 million")
    # converted with the rate the rate book gives for the day the figure names (the ECB history)
    expected = RateBook().convert(50e6, "CAD", fig.rate_date)
    assert fig.unit == "CAD" and fig.rate_date and fig.rate_source == expected.rate_source == "ecb"
    assert fig.usd == pytest.approx(expected.usd, abs=0.01)
    assert _find(a.figures, "US$20 million").usd == 20e6
    assert any("Toronto" in w and "CAD" in w for w in a.warnings)


def test_dollar_stays_us_with_a_warning_from_its_own_sentence(analyze):
    a = analyze("Kalo, a Singapore fintech, raised $10 million in a seed round.")
    fig = _find(a.figures, "$10 million")
    assert fig.unit == "USD" and fig.usd == 10e6
    assert any("Singapore" in w and "SGD" in w for w in a.warnings)


def test_dollar_dateline(analyze):
    a = analyze("VANCOUVER, May 3 (Wire) - Fenwick Robotics raised $12 million on Tuesday.")
    assert _find(a.figures, "$12 million").unit == "USD"
    assert any("dateline" in w and "CAD" in w for w in a.warnings)


def test_a_country_elsewhere_in_the_article_does_not_make_dollars_doubtful(analyze):
    a = analyze("Kalo opened an office in Canada last year.\n\nKalo raised $10 million in a seed round.")
    assert _find(a.figures, "$10 million").unit == "USD"
    assert not any("CAD" in w for w in a.warnings)


def test_dollar_is_us_when_the_article_writes_the_local_form(analyze):
    a = analyze("Brightpath, a Toronto start-up, raised C$40 million in May and later $10 million from a US fund.")
    assert _find(a.figures, "C$40 million").unit == "CAD"
    assert _find(a.figures, "$10 million").unit == "USD"
    assert not any("'$10 million'" in w for w in a.warnings)


# --- a run of firms' amounts takes the kind of the run ------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("Seven firms count as super unicorns, companies worth more than $10 billion. The seven include Harrow Labs "
     "($150 billion), Kalo Systems ($75 billion) and Brevik Foods ($60 billion).", "$75 billion"),
    ("Veridia Robotics was valued at 150 billion yuan after its round. Further down, Tarrant Chips entered the "
     "list at 8 billion yuan.", "8 billion yuan"),
    ("Kalo Systems is valued at $7 billion, ahead of Brevik Foods ($5 billion).", "$5 billion"),
])
def test_a_run_of_valuations(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "valuation" and fig.subject_kind == "organization"


@pytest.mark.parametrize("text,needle,kind", [
    ("Sales leaders were Kalo Systems ($75 million in revenue) and Brevik Foods ($60 million).", "$60 million",
     "revenue"),
    ("Kalo Systems opened a plant in Ohio. The plant cost $40 million.", "$40 million", "other"),
])
def test_not_a_run_of_valuations(analyze, text, needle, kind):
    assert _find(analyze(text).figures, needle).kind == kind


# --- counts of firms: lists, targets, "N of the ...'s firms" -------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("Of the 150 firms, 41 were in software, 26 fintech, 19 biotech and 12 robotics companies.", "26 fintech"),
    ("The county is home to 210 city-level and 45 state-level enterprises.", "210"),
    ("The batch includes a total of 2,480 companies, short of the target of 5,000 set by the ministry.",
     "5,000"),
    ("By May 1,900 firms had been certified, beyond the plan's goal of 1,500 by 2025.", "1,500"),
])
def test_counts_of_firms_in_lists_and_targets(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "count"


@pytest.mark.parametrize("text,needle", [
    ("The 40 firms hold 233 technical patents and 12 trademarks.", "233 technical patents"),
    ("The zone set up a 500-million-yuan special fund for 60 companies.", "500-million-yuan"),
])
def test_not_counts_of_firms(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind != "count"


# --- a source is not the owner of a firm's number -----------------------------------------------

@pytest.mark.parametrize("text,needle,subject", [
    ("Kalo Systems raised $50 million on Tuesday. Its chief executive told Fenwick News that annual recurring "
     "revenue has passed $400 million.", "$400 million", "Kalo Systems"),
    ("According to Harrow Research, Tarrant Steel's revenue reached $40 million.", "$40 million", "Tarrant Steel"),
    ("Brevik Foods was valued at $2 billion, the Dunmore Times reported.", "$2 billion", "Brevik Foods"),
])
def test_sources_do_not_own_figures(analyze, text, needle, subject):
    assert _find(analyze(text).figures, needle).subject == subject


@pytest.mark.parametrize("text,needle,subject", [
    ("Kalo Systems told investors its revenue reached $40 million.", "$40 million", "Kalo Systems"),
    ("Tarrant Steel reported revenue of $40 million.", "$40 million", "Tarrant Steel"),
])
def test_a_firm_reporting_its_own_number_owns_it(analyze, text, needle, subject):
    assert _find(analyze(text).figures, needle).subject == subject


def test_it_after_an_unknown_subject_is_not_the_previous_firm(analyze):
    a = analyze("Harrow Labs raised $90 million last week. Zentova Qux crossed the line more quietly: a new round "
                "values it at $1.2 billion.")
    assert _find(a.figures, "$1.2 billion").subject != "Harrow Labs"


def test_it_goes_to_the_previous_firm_when_nothing_else_is_named(analyze):
    a = analyze("Harrow Labs raised $90 million last week. A new round values it at $1.2 billion.")
    assert _find(a.figures, "$1.2 billion").subject == "Harrow Labs"


@pytest.mark.parametrize("text,needle,time", [
    # reported speech shifts the tense back: still the current round
    ("Harrow Labs said on Tuesday that it had raised $100 million at a valuation of $1 billion.", "$1 billion",
     "current"),
    ("Kalo Systems announced that it had raised $40 million.", "$40 million", "current"),
    # a clause describing the firm, with its own earlier year or a "former" status
    ("Rollvik, which was valued at 1.3 billion euros in 2021, raised money in 2022 at a valuation of "
     "450 million euros.", "1.3 billion euros", "past"),
    ("Brevik Pay, a former unicorn that was valued at $1.6 billion, accepted a new investment.", "$1.6 billion",
     "past"),
    ("Rollvik, which was valued at 1.3 billion euros in 2021, raised money in 2022 at a valuation of "
     "450 million euros.", "450 million euros", "current"),
])
def test_time_in_reported_and_described_clauses(analyze, text, needle, time):
    assert _find(analyze(text).figures, needle).time == time


@pytest.mark.parametrize("text,needle,time", [
    ("Kalo Systems was valued at 3 billion euros just fourteen months ago.", "3 billion euros", "past"),
    ("The series C follows $3.2 billion raised in two earlier rounds.", "$3.2 billion", "past"),
    ("Dunmore Labs' previous round priced the company at 60 billion yen.", "60 billion yen", "past"),
    # a bracketed value is the named firm's own, not governed by the sentence's future verb
    ("Quillon will become the fourth most valuable start-up after Kalo Systems ($20 billion).", "$20 billion",
     "current"),
    ("Kalo Systems was valued at 3 billion euros, up 40% from a year earlier.", "3 billion euros", "current"),
])
def test_time_from_ago_earlier_and_brackets(analyze, text, needle, time):
    assert _find(analyze(text).figures, needle).time == time


@pytest.mark.parametrize("text,needle,kind", [
    ("India's imports of precision parts rose 18% to $4.2 billion in the year to March.", "$4.2 billion", "other"),
    ("Spending on cloud services jumped to $90 billion.", "$90 billion", "other"),
    ("Its sales climbed 40% to $18 million.", "$18 million", "revenue"),
    ("Up 410% since 2019, the start-up's business grew, reaching $18 million.", "$18 million", "revenue"),
])
def test_what_rises_to_an_amount(analyze, text, needle, kind):
    assert _find(analyze(text).figures, needle).kind == kind


@pytest.mark.parametrize("text,needle", [
    ("Kalo Systems received a $90 million loan from Harrow Bank.", "$90 million"),
    ("Rollvik Motors is raising $4.3 billion in equity and looking for $5 billion in debt.", "$5 billion"),
    ("Brevik Foods had collected $61.9 million of venture money from four funds.", "$61.9 million"),
])
def test_money_a_firm_receives_is_funding(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "funding"


@pytest.mark.parametrize("text,needle", [
    ("Banks have extended more than 20 billion yuan in loans to small firms since 2021.", "20 billion yuan"),
    ("Certified firms can borrow up to 10 million yuan at a low interest rate.", "10 million yuan"),
])
def test_loan_schemes_are_not_a_firms_funding(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "other"


# --- an earlier level takes the kind of the level it precedes ------------------------------------

@pytest.mark.parametrize("text,needle,kind", [
    ("Exports now make up 40 percent of its sales, up from 25 percent in 2020.", "25 percent", "other"),
    ("Women hold 31% of the board seats, up from 18% five years ago.", "18%", "other"),
    ("Its market share rose to 22%, up from 15% a year earlier.", "15%", "other"),
])
def test_earlier_levels(analyze, text, needle, kind):
    assert _find(analyze(text).figures, needle).kind == kind


@pytest.mark.parametrize("text,needle", [
    ("Sales rose 25 percent last year, up from 12 percent growth in 2023.", "25 percent"),
    ("Revenue grew 30% in 2024.", "30%"),
])
def test_growth_is_not_an_earlier_level(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "growth_rate"


# --- restated amounts, sports and social counts, codes, numbers in names --------------------------

def test_a_restated_amount_is_kept_once(analyze):
    a = analyze("In 2013 Kalo Systems had $113 million in revenue. That was $113 million in revenue only two "
                "years ago.")
    assert len([f for f in a.figures if f.value == 113e6]) == 1


@pytest.mark.parametrize("text,needle", [
    # the same amount in a negated and in an affirmed statement, or as a bound, is two facts
    ("Kalo Systems is not raising money at a valuation of $2 billion; it is raising at a valuation of over "
     "$2 billion.", "over $2 billion"),
    ("Kalo Systems raised $50 million in March and Brevik Foods raised $50 million in May.", "$50 million"),
])
def test_different_facts_with_one_amount_are_kept(analyze, text, needle):
    a = analyze(text)
    assert len([f for f in a.figures if f.value in (2e9, 50e6)]) == 2


@pytest.mark.parametrize("text", [
    "He retired with 358 goals and 688 assists.",
    "The post drew more than 10,000 likes and over 1,300 retweets.",
    "The crawler indexed more than 100,000 Web pages.",
])
def test_sports_and_social_counts_are_not_figures(analyze, text):
    assert not [f for f in analyze(text).figures if f.unit is None and f.value and f.value > 300]


@pytest.mark.parametrize("text,needle", [
    ("Kalo Systems employs 1,200 people.", "1,200"),
    ("The platform lists 4,500 suppliers.", "4,500"),
])
def test_business_counts_stay(analyze, text, needle):
    assert _find(analyze(text).figures, needle)


@pytest.mark.parametrize("text,absent", [
    ("Shares of Qilu Tech (688256) rose on Monday.", "688256"),
    ("The S+P 500 gained 0.3 per cent on Tuesday.", "500"),
])
def test_codes_and_names_are_not_counts(analyze, text, absent):
    assert not [f for f in analyze(text).figures if f.text.startswith(absent)]


# --- the firm a round is for -----------------------------------------------------------------------

@pytest.mark.parametrize("text,needle,subject", [
    ("Harrow Capital led a $300 million round in Tessmere Robotics.", "$300 million", "Tessmere Robotics"),
    ("Dunmore Partners made a $40 million investment in Kalo Systems.", "$40 million", "Kalo Systems"),
    ("Orsolo Ventures joined Brevik Foods' $25 million Series B.", "$25 million", "Brevik Foods"),
])
def test_the_firm_a_round_is_for(analyze, text, needle, subject):
    assert _find(analyze(text).figures, needle).subject == subject


@pytest.mark.parametrize("text,needle,subject", [
    ("Harrow Capital raised a $300 million fund for robotics start-ups.", "$300 million", "Harrow Capital"),
    ("Kalo Systems raised $40 million from Dunmore Partners.", "$40 million", "Kalo Systems"),
])
def test_a_fund_raised_by_an_investor_is_its_own(analyze, text, needle, subject):
    assert _find(analyze(text).figures, needle).subject == subject


@pytest.mark.parametrize("text,needle", [
    ("Most founders said they would build a company with an exit value of $100 million.", "$100 million"),
    ("A soonicorn is a start-up with a valuation of $500 million that could become a unicorn.", "$500 million"),
    ("Investors want to back a start-up with annual revenue of $10 million.", "$10 million"),
])
def test_a_generic_firm_with_a_value(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.about) == ("other", "threshold (definition)")


@pytest.mark.parametrize("text,needle,kind", [
    ("Kalo Systems is a start-up with a valuation of $500 million.", "$500 million", "valuation"),
    ("Its founders built a company with annual revenue of $40 million.", "$40 million", "revenue"),
])
def test_a_named_or_real_firm_with_a_value(analyze, text, needle, kind):
    assert _find(analyze(text).figures, needle).kind == kind


def test_a_definition_in_coordinated_relative_clauses(analyze):
    a = analyze("The index is a search for start-ups that were founded after 2000, that have a valuation of "
                "US$1bn and that are not yet listed.")
    assert _find(a.figures, "US$1bn").kind == "other"


@pytest.mark.parametrize("text,needle,kind,subject,time", [
    ("Zentro Labs has raised $25 million in a series B round, bringing its total funding to $40 million.",
     "$40 million", "funding", "Zentro Labs", "current"),
    ("Harrow Media paid $1.1 billion for Kalo Systems in 2013.", "$1.1 billion", "other", "Kalo Systems",
     "current"),
    # a done deal that an unnamed source only tells is current (talks, plans or modals keep it rumoured)
    ("Brevik Foods is now valued at more than $300 million, according to a source familiar with the deal.",
     "$300 million", "valuation", "Brevik Foods", "current"),
    ("Brevik Foods is in talks to raise money at a $300 million valuation, according to a source familiar "
     "with the deal.", "$300 million", "valuation", "Brevik Foods", "rumoured"),
])
def test_totals_payments_and_sources(analyze, text, needle, kind, subject, time):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.subject, fig.time) == (kind, subject, time)


@pytest.mark.parametrize("text,needle,subject,time", [
    # a sector's total names no firm; a describing clause in a rumoured sentence is itself a fact
    ("The total funding raised by Indian start-ups reached $24 billion.", "$24 billion", None, "current"),
    ("Rollvik Motors, which was last valued at $68 billion, is said to be preparing a share sale.",
     "$68 billion", "Rollvik Motors", "current"),
])
def test_sector_totals_and_described_facts(analyze, text, needle, subject, time):
    fig = _find(analyze(text).figures, needle)
    assert (fig.subject, fig.time) == (subject, time)


@pytest.mark.parametrize("text,needle,not_subject", [
    ("Harrow Capital's growth fund invested $400 million in the company, which is now valued at $3 billion.",
     "$400 million", "Harrow Capital"),
    ("Dunmore Ventures invested $50 million in the start-up last year.", "$50 million", "Dunmore Ventures"),
])
def test_an_investor_does_not_own_the_money_it_puts_in(analyze, text, needle, not_subject):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "funding" and fig.subject != not_subject


@pytest.mark.parametrize("text,needle", [
    ("Kalo Systems went public at a valuation of $86 billion.", "$86 billion"),
    ("Brevik Foods' IPO values the company at $12 billion.", "$12 billion"),
])
def test_listing_values_are_market_values(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "valuation" and fig.market_value is True


# --- money put into a round that names no firm of its own -----------------------------------------

@pytest.mark.parametrize("text, needle, firm", [
    ("Lumio Robotics makes warehouse robots. Dunmore Ventures invested $210m in a Series D at a $1bn valuation.",
     "$1bn", "Lumio Robotics"),
    ("Lumio Robotics makes warehouse robots. Dunmore Ventures invested $210m in a Series D at a $1bn valuation.",
     "$210m", "Lumio Robotics"),
    ("Lumio Robotics said Dunmore Ventures had invested $40 million in the round.", "$40 million",
     "Lumio Robotics"),
])
def test_an_unnamed_round_is_the_round_of_the_firm_the_text_is_about(analyze, text, needle, firm):
    fig = _find(analyze(text).figures, needle)
    assert fig.subject == firm and fig.subject_kind == "organization"


@pytest.mark.parametrize("text, needle, not_subject", [
    # no company to be about: nobody, not the investor
    ("Dunmore Ventures invested $210m in a Series D at a $1bn valuation.", "$1bn", "Dunmore Ventures"),
    # the round names its own firm: not the previous sentence's company
    ("Kelvane Foods opened a plant. Orbly Capital invested $15 million in a new round for Quixa Labs.",
     "$15 million", "Kelvane Foods"),
])
def test_a_round_with_a_firm_of_its_own_or_no_firm_around(analyze, text, needle, not_subject):
    fig = _find(analyze(text).figures, needle)
    assert fig.subject != not_subject


# --- a list entry's or a described firm's valuation is that firm's ------------------------------

@pytest.mark.parametrize("text,needle,subject", [
    ("Marlow Co, worth US$20bn, leads the list, followed by Harnell Robotics, worth US$12bn, and Tovra Labs, "
     "worth US$9bn.", "US$12bn", "Harnell Robotics"),
    ("Marlow Co, worth US$20bn, leads the list, followed by Harnell Robotics, worth US$12bn, and Tovra Labs, "
     "worth US$9bn.", "US$9bn", "Tovra Labs"),
    ("Grelling Auto raised 2 billion yuan last month. Its larger rival Poltek Motors, valued at 75 billion yuan, "
     "has not raised money this year.", "75 billion yuan", "Poltek Motors"),
    ("Hallway Robotics, a start-up backed by the Kerrin Science Fund, which was valued at 8 billion yuan in its "
     "last round, makes welding arms.", "8 billion yuan", "Hallway Robotics"),
    ("In second place is Marbeck Systems at $95bn, ahead of Sorrel Labs at $40bn.", "$40bn", "Sorrel Labs"),
])
def test_a_described_firm_owns_its_value(analyze, text, needle, subject):
    fig = _find(analyze(text).figures, needle)
    assert (fig.subject, fig.subject_kind) == (subject, "organization")


@pytest.mark.parametrize("text,needle,not_subject", [
    # the firm described is no firm the text names: the valuation is nobody's, never the next name's
    ("The start-up, worth $3bn, was backed by Harrow Capital.", "$3bn", "Harrow Capital"),
    # an investor's own description keeps its own figure
    ("Harrow Capital, which manages $4bn, led a round in Tovra Labs.", "$4bn", "Tovra Labs"),
])
def test_a_described_value_does_not_go_to_another_name(analyze, text, needle, not_subject):
    assert _find(analyze(text).figures, needle).subject != not_subject


# --- an investor never owns the valuation of the round it joined ---------------------------------

@pytest.mark.parametrize("text,needle,subject", [
    ("Trovant Data was part of Kessel AI's $270 million series C funding round that valued the start-up at "
     "around $2.2 billion.", "$2.2 billion", "Kessel AI"),
    ("Mirela Health, backed by Hollis Capital, is valued at $4.5 billion.", "$4.5 billion", "Mirela Health"),
    ("Ostel Bio raised $60 million from Hollis Capital at a valuation of $1.2 billion.", "$1.2 billion",
     "Ostel Bio"),
])
def test_an_investor_does_not_take_the_valuation(analyze, text, needle, subject):
    assert _find(analyze(text).figures, needle).subject == subject


@pytest.mark.parametrize("text,needle,subject", [
    # an investor's own fund and its own value stay its own
    ("Hollis Capital raised a $500 million fund and is itself valued at $3 billion.", "$3 billion",
     "Hollis Capital"),
    ("Hollis Capital, valued at $3 billion, backed Ostel Bio.", "$3 billion", "Hollis Capital"),
])
def test_an_investor_keeps_its_own_figures(analyze, text, needle, subject):
    assert _find(analyze(text).figures, needle).subject == subject


# --- "brings its total to $X": the total's holder ------------------------------------------------

@pytest.mark.parametrize("text,needle,subject,kind", [
    ("Corvane Analytics said on Tuesday it had raised $40 million. The funds bring the company's total raised "
     "to $95 million.", "$95 million", "Corvane Analytics", "funding"),
    ("The round takes the total capital raised by Deltrix to $46 million.", "$46 million", "Deltrix", "funding"),
    ("Pellam Software today announced it has raised a $150 million series E round that brings its valuation to "
     "$9.5 billion.", "$9.5 billion", "Pellam Software", "valuation"),
])
def test_the_holder_of_a_total(analyze, text, needle, subject, kind):
    fig = _find(analyze(text).figures, needle)
    assert (fig.subject, fig.kind) == (subject, kind)


@pytest.mark.parametrize("text,needle", [
    # totals of a whole market or of many firms belong to no firm
    ("Venture funding took the total raised by fintech start-ups to $40 billion this year.", "$40 billion"),
    ("Deals brought total investment in the sector to $12 billion, Corvane Analytics said.", "$12 billion"),
])
def test_totals_of_many_firms_have_no_firm(analyze, text, needle):
    assert _find(analyze(text).figures, needle).subject_kind != "organization"


# --- a change and the level it leads to ----------------------------------------------------------

@pytest.mark.parametrize("text,needle,kind,about,subject", [
    ("Lotsa Labs posted the fastest rise in valuation, gaining US$60bn to reach third place with US$90bn. "
     "Denvik Aerospace was the second fastest riser, adding US$43bn to take it to US$180bn and second place.",
     "US$180bn", "valuation", "valuation", "Denvik Aerospace"),
    ("Lotsa Labs posted the fastest rise in valuation, gaining US$60bn to reach third place with US$90bn. "
     "Denvik Aerospace was the second fastest riser, adding US$43bn to take it to US$180bn and second place.",
     "US$43bn", "other", "change in valuation", "Denvik Aerospace"),
    ("Lotsa Labs posted the fastest rise in valuation, gaining US$60bn to reach third place with US$90bn.",
     "US$60bn", "other", "change in valuation", "Lotsa Labs"),
    ("Among the risers in the valuation ranking was Tovra Labs, up US$14bn to US$34bn.", "US$34bn", "valuation",
     "valuation", "Tovra Labs"),
])
def test_a_change_and_its_level(analyze, text, needle, kind, about, subject):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.about, fig.subject) == (kind, about, subject)


@pytest.mark.parametrize("text,needle,kind", [
    # a range with no change word before it stays one figure
    ("Tovra Pay expects revenue of $2bn to $3bn this year.", "$2bn to $3bn", "revenue"),
    # an amount after "to" with no change before it keeps its own reading
    ("Tovra Pay raised $40m to expand to Brazil.", "$40m", "funding"),
])
def test_no_change_no_level(analyze, text, needle, kind):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind


# --- numbers that are labels, names or dates ------------------------------------------------------

@pytest.mark.parametrize("text,absent", [
    ("The survey was carried out with venture firm 500 Founders and ran from Aug 6 to 16.", "500"),
    ("The survey was carried out with venture firm 500 Founders and ran from Aug 6 to 16.", "16"),
    ("Premise 2: the rules apply to every supplier.\n\nPremise 3: suppliers must comply.", "2"),
    ("Only 15.5% of the Q1'23 cohort raised a Series A, against 32.8% for Q1'21.", "21"),
    ("Rizzo Tech won the Fast 50's top award this year.", "50"),
])
def test_labels_names_and_dates_are_not_counts(analyze, text, absent):
    assert not [f for f in analyze(text).figures if f.unit is None and f.text.split()[0] == absent]


@pytest.mark.parametrize("text,needle", [
    ("The fund backed 500 start-ups in 2023, up from 420.", "500 start-ups"),
    ("Step by step, 120 firms joined: the zone now has 35 national little giants.", "35 national"),
])
def test_counts_near_names_and_labels_stay(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "count"


# --- entries of a ranking of firms by value ------------------------------------------------------

_RANKING = ("Harwell Unicorn Index 2025: the most valuable private firms\n\n"
            "The index lists start-ups worth US$1 billion or more. Selected entries:\n\n"
            "- Qarmo Robotics (Osaka, warehouse robots): 180 billion yen, new entry\n"
            "- Velder Pay (London, payments): £2.1 billion\n"
            "- Suntao Intelligence (Beijing, language models): RMB 140 billion, up from RMB 90 billion\n")


@pytest.mark.parametrize("needle,time", [("180 billion yen", "current"), ("£2.1 billion", "current"),
                                         ("RMB 140 billion", "current"), ("RMB 90 billion", "past")])
def test_ranking_entries_are_valuations(analyze, needle, time):
    fig = _find(analyze(_RANKING).figures, needle)
    assert (fig.kind, fig.time) == ("valuation", time)


@pytest.mark.parametrize("text,needle,kind", [
    # a list of rounds is no ranking by value
    ("September's biggest funding rounds:\n\n- Qarmo Robotics (Osaka): $120 million in Series C funding\n"
     "- Velder Labs (London): $80 million\n", "$80 million", "funding"),
    # a ranking's entry that names its own measure keeps it
    ("Top 10 unicorns by revenue growth:\n\n- Qarmo Robotics (Osaka): revenue of $300 million\n",
     "$300 million", "revenue"),
])
def test_not_ranking_valuations(analyze, text, needle, kind):
    assert _find(analyze(text).figures, needle).kind == kind


# --- investors listed in the sentence, and "the company" resolved to one of them ----------------

@pytest.mark.parametrize("text,needle,subject", [
    ("Corvane Analytics raised $1.6 billion in a series H round led by Tarsis Partners. Harwick Capital, Ostel "
     "Management and Bram Partners also contributed, bringing the company's total raised to $3.5 billion at a "
     "$38 billion post-money valuation.", "$38 billion", "Corvane Analytics"),
    ("Velder Labs has raised $310 million to date from Harwick Capital, Samsung, Ostel Ventures and Arlo "
     "cofounder Tom Reyes at a $1.5 billion valuation.", "$1.5 billion", "Velder Labs"),
    ("Velder Labs announced a new round. The other participants in the round are Harwick Capital, Ostel "
     "Ventures and Tarsis Partners, giving Velder Labs a valuation of $4 billion.", "$4 billion", "Velder Labs"),
])
def test_investors_in_a_list_do_not_take_the_value(analyze, text, needle, subject):
    assert _find(analyze(text).figures, needle).subject == subject


@pytest.mark.parametrize("text,needle,subject", [
    # a firm that raised money is no investor of its own round
    ("Velder Labs raised $40 million from Harwick Capital and is now valued at $900 million.", "$900 million",
     "Velder Labs"),
    # an investor that raises its own fund owns that fund
    ("Harwick Capital raised $500 million from pension funds for its third fund.", "$500 million",
     "Harwick Capital"),
])
def test_raisers_are_not_investors(analyze, text, needle, subject):
    assert _find(analyze(text).figures, needle).subject == subject


# --- volumes through a platform are neither revenue nor a valuation -------------------------------

@pytest.mark.parametrize("text,needle", [
    ("Harlo Pay processed a payment volume of $14 billion last year.", "$14 billion"),
    ("Terrafin's gross bookings reached S$2.3 billion last year.", "S$2.3 billion"),
    ("Kamau said the business should reach an annual gross transaction value of $500 million by 2025.",
     "$500 million"),
])
def test_volumes_are_other(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "other"


@pytest.mark.parametrize("text,needle,kind", [
    ("Harlo Pay's revenue reached $140 million last year.", "$140 million", "revenue"),
    ("Terrafin is valued at S$2.3 billion after its latest round.", "S$2.3 billion", "valuation"),
])
def test_revenue_and_value_next_to_volumes_stay(analyze, text, needle, kind):
    assert _find(analyze(text).figures, needle).kind == kind


# --- a place's economy or market is a market, a firm's is not -----------------------------------

@pytest.mark.parametrize("text,needle,subject_has", [
    ("China's low-altitude economy was valued at 505.9 billion yuan in 2023.", "505.9 billion yuan", "economy"),
    ("Germany's drone market is worth $2 billion.", "$2 billion", "market"),
    ("India's fintech sector was valued at $50 billion last year.", "$50 billion", "sector"),
])
def test_a_places_market(analyze, text, needle, subject_has):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "other" and fig.subject_kind == "market" and subject_has in fig.subject


# --- "<market>, which researchers valued at $X" read from the words -------------------------------

@pytest.mark.parametrize("text,needle,subject_has", [
    ("Wib is one of many providers in the global API security market , which researchers valued at $783.9 "
     "million in 2021.", "$783.9 million", "API security market"),
    ("Corvane sells into the bug bounty market, which analysts estimated at $223 million last year.",
     "$223 million", "bug bounty market"),
    ("The firm works in the payroll software industry, which a report put at $9 billion.", "$9 billion",
     "payroll software industry"),
])
def test_a_market_sized_in_a_relative_clause(analyze, text, needle, subject_has):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.subject_kind) == ("other", "market") and subject_has in fig.subject


@pytest.mark.parametrize("text,needle,subject", [
    ("Corvane Labs, which investors valued at $2 billion, sells payroll software.", "$2 billion", "Corvane Labs"),
    ("Corvane Labs leads the payroll market, and investors valued the company at $2 billion.", "$2 billion",
     "Corvane Labs"),
])
def test_a_firm_valued_in_a_relative_clause_is_no_market(analyze, text, needle, subject):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.subject) == ("valuation", subject)


# --- things valued are no firms: prices, stakes, contracts, business value ------------------------

@pytest.mark.parametrize("text,needle,about_has", [
    ("Normally valued at $3,000, this course bundle can be yours for $79.99.", "$3,000", "price"),
    ("He and his wife own stakes worth a total of 440 million pounds after the share debut.", "440 million pounds",
     "stake"),
    ("In a contract valued at over one billion dollars, the union won new terms.", "one billion dollars",
     "contract"),
    ("Gartner says AI will create $3.9 trillion in business value by 2025.", "$3.9 trillion", "business value"),
])
def test_things_valued_are_not_valuations(analyze, text, needle, about_has):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "other" and about_has in (fig.about or "")


@pytest.mark.parametrize("text,needle", [
    ("Seed investors valued Tarsio Labs at $4 million last spring.", "$4 million"),
    ("Velder Bio is now worth $120 million, its founder said.", "$120 million"),
])
def test_small_firm_valuations_stay(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "valuation"


# --- "a total of": a firm's own total when its clause's subject is that firm -----------------------

@pytest.mark.parametrize("text,needle,subject", [
    ("Corvane Analytics was founded in 2019. The company has raised a total of $6.1 million to date.",
     "$6.1 million", "Corvane Analytics"),
    ("Founded in 2012, Clarvo is one of the fastest-growing companies in sales software, with a valuation of "
     "more than $2.6 billion and a total funding of $375 million.", "$375 million", "Clarvo"),
    ("Velder Labs has now raised a total of $90 million.", "$90 million", "Velder Labs"),
])
def test_a_firms_own_total(analyze, text, needle, subject):
    assert _find(analyze(text).figures, needle).subject == subject


@pytest.mark.parametrize("text,needle", [
    ("Velder Labs said German start-ups raised a total of 7 billion euros last year.", "7 billion euros"),
    ("Corvane Analytics reported that fintech firms drew total funding of $40 billion.", "$40 billion"),
])
def test_totals_of_groups_are_not_a_firms(analyze, text, needle):
    assert _find(analyze(text).figures, needle).subject is None


# --- a round's price, money put into firms, an earlier level after "from" --------------------------

@pytest.mark.parametrize("text,needle,kind,subject", [
    ("Halvo Security said its latest funding had been priced at a level above $1 billion.", "above $1 billion",
     "valuation", "Halvo Security"),
    ("Investors put $4.8 billion into Kestrel start-ups in the first quarter.", "$4.8 billion", "funding", None),
    ("The package includes $650 million of equity from a group led by Tarsis Partners.", "$650 million",
     "funding", None),
])
def test_round_prices_and_money_put_in(analyze, text, needle, kind, subject):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind and (subject is None or fig.subject == subject)


def test_an_earlier_level_after_from(analyze):
    fig = _find(analyze("Saylor AI saw its valuation cut to $640 million from $1.6 billion in a round last "
                        "month.").figures, "$1.6 billion")
    assert (fig.kind, fig.time) == ("valuation", "past")


@pytest.mark.parametrize("text,needle,kind", [
    ("Tarsis Foods priced its bonds at 98 cents and sold shares worth $40 million.", "$40 million", "other"),
    ("Velder Labs raised $30 million, up from $12 million in its previous round.", "$12 million", "funding"),
])
def test_prices_and_levels_that_are_not_valuations(analyze, text, needle, kind):
    assert _find(analyze(text).figures, needle).kind == kind


@pytest.mark.parametrize("text,needle,subject_has", [
    ("The machine learning chip segment was valued at $6.6 billion in 2018, according to Allied Research, and "
     "it is projected to reach $91.1 billion by 2025.", "$91.1 billion", "segment"),
    ("In 2020, the chatbot market was valued at $17.17 billion, and it is projected to reach $102.29 billion by "
     "2026, according to Mordor Intelligence.", "$102.29 billion", "chatbot market"),
])
def test_it_after_a_market_is_the_market(analyze, text, needle, subject_has):
    fig = _find(analyze(text).figures, needle)
    assert fig.subject_kind == "market" and subject_has in fig.subject and fig.kind == "other"


@pytest.mark.parametrize("text,absent", [
    ("Shanghai-based gaming platform Mihova jumped 91 places to 12th with a US$23bn valuation.", "91"),
    ("Velder Labs fell three spots in this year's ranking.", "three"),
    ("Corvane rose 12 positions to 40th.", "12"),
])
def test_moves_in_a_ranking_are_not_counts(analyze, text, absent):
    assert not [f for f in analyze(text).figures if f.unit is None and f.text.startswith(absent)]


@pytest.mark.parametrize("text,needle", [
    ("The chain opened 40 places across the city last year.", "40 places"),
    ("The programme has 300 spots for start-ups.", "300 spots"),
])
def test_places_that_are_things_stay(analyze, text, needle):
    assert _find(analyze(text).figures, needle).unit is None


# --- "the $1bn funding": the round of the firm the story is about ---------------------------------

@pytest.mark.parametrize("text,needle,subject", [
    ("Corvane Analytics announced new funding on Monday. The $1 billion funding will be used for acquisitions.",
     "$1 billion", "Corvane Analytics"),
    ("Velder Labs closed a new round. This $25 million investment will pay for hiring.", "$25 million",
     "Velder Labs"),
    ("Tarsio Bio said on Monday that it had closed its round. The $80 million round was led by Harwick Capital.",
     "$80 million", "Tarsio Bio"),
])
def test_a_definite_round_is_the_storys_firms(analyze, text, needle, subject):
    assert _find(analyze(text).figures, needle).subject == subject


@pytest.mark.parametrize("text,needle,subject", [
    ("Corvane Analytics announced new funding. The $30 million round for Velder Labs closed later.",
     "$30 million", "Velder Labs"),
    # an indefinite round is not the story's round
    ("Corvane Analytics grew fast. A $5 million round is typical for seed firms.", "$5 million", None),
])
def test_a_named_or_indefinite_round_is_not_the_storys(analyze, text, needle, subject):
    assert _find(analyze(text).figures, needle).subject == subject


# --- "In second place is X at $95bn": a ranked firm's amount takes the run's measure ---------------

@pytest.mark.parametrize("text,needle,kind,subject", [
    ("The ranking of the most valuable unicorns is led by Quillon, valued at $140bn. In second place is "
     "Marbeck Systems at $95bn, ahead of Sorrel Labs at $40bn.", "$95bn", "valuation", "Marbeck Systems"),
    ("The ranking of the most valuable unicorns is led by Quillon, valued at $140bn. In second place is "
     "Marbeck Systems at $95bn, ahead of Sorrel Labs at $40bn.", "$40bn", "valuation", "Sorrel Labs"),
    ("The ranking of the largest retailers by sales is led by Quillon, with sales of $140bn. In second place "
     "is Marbeck Systems at $95bn.", "$95bn", "revenue", "Marbeck Systems"),
])
def test_a_ranked_firms_amount(analyze, text, needle, kind, subject):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.subject) == (kind, subject)


@pytest.mark.parametrize("text,needle", [
    ("Marbeck Systems opened a plant at Sorrel Park. Its shares closed at $95.", "$95"),
    ("Marbeck Systems sells its sensors at $40 each.", "$40"),
])
def test_a_price_at_is_no_ranked_amount(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "other"


# --- a done deal that unnamed sources tell, a rival's value, a yardstick's value -----------------

@pytest.mark.parametrize("text,needle,subject,time", [
    # the sources only tell a done deal: current
    ("Payments start-up Tillway closed a Series C, and people close to the deal said Tillway's valuation rose "
     "to $1.3 billion.", "$1.3 billion", "Tillway", "current"),
    ("Delivery firm Rovo raised $200 million at a valuation of $2 billion, two people familiar with the matter "
     "said.", "$2 billion", "Rovo", "current"),
    ("Brevik Foods is now valued at $900 million, according to a person familiar with the deal.", "$900 million",
     "Brevik Foods", "current"),
    # talks or a modal keep it a rumour
    ("Delivery firm Rovo is in talks to raise money at a valuation of $4 billion, according to people familiar "
     "with the matter.", "$4 billion", "Rovo", "rumoured"),
    ("People aware of the developments said the terms could value Byline Software at $2 billion.", "$2 billion",
     "Byline Software", "rumoured"),
])
def test_sources_telling_a_done_deal(analyze, text, needle, subject, time):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.subject, fig.time) == ("valuation", subject, time)


@pytest.mark.parametrize("text,needle,subject,market_value", [
    # a firm's bracketed value as the yardstick of a comparison with listed firms
    ("Chipmaker Corvex is now worth more than any European company, ahead of Aldmark Group ($75 billion).",
     "$75 billion", "Aldmark Group", True),
    # among start-ups, or with no comparison, it stays a private valuation
    ("Corvex is now the country's most valuable start-up, ahead of Pellow Labs ($3 billion).", "$3 billion",
     "Pellow Labs", False),
    ("The most valuable start-ups in the region are Pellow ($3 billion) and Arcanet ($2 billion).", "$2 billion",
     "Arcanet", False),
])
def test_a_yardsticks_value(analyze, text, needle, subject, market_value):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.subject, fig.market_value) == ("valuation", subject, market_value)


def test_a_rivals_value_is_not_the_possessors(analyze):
    a = analyze("Moxo Labs released a model on Monday. Its larger rival, valued at $12 billion after a round in "
                "June, cut its prices.")
    fig = _find(a.figures, "$12 billion")
    assert fig.kind == "valuation" and fig.subject is None
    assert not any(o.categories for o in a.organizations)
