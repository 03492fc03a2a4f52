"""Which numbers are figures and of what kind: back-references, restated criteria,
proportions written "N in M", what a count counts, and kind cues.

Every sentence is invented for these tests. Each mechanism has sentences it must handle
and sentences it must leave alone.
"""

from __future__ import annotations

import pytest


def _texts(figures):
    return [f.text for f in figures]


def _find(figures, needle):
    hits = [f for f in figures if needle in f.text]
    assert hits, (needle, _texts(figures))
    return hits[0]


# --- an amount a determiner points back to is the one said before ------------------------------

@pytest.mark.parametrize("text,amount", [
    ("Holvane paid $2 billion for Tessory in cash. That $2 billion price tag is a record for the sector.",
     "$2 billion"),
    ("Scalers are firms growing 10% a year. The survey applies the 10% yearly growth requirement to every "
     "firm.", "10%"),
    ("Analysts put Brumley's valuation at $3 billion last year. Few rivals have passed the $3 billion mark.",
     "$3 billion"),
])
def test_a_back_reference_is_not_a_second_figure(analyze, text, amount):
    figures = analyze(text).figures
    assert sum(1 for f in figures if amount in f.text) == 1, _texts(figures)
    assert _find(figures, amount).span[0] < text.index(".")  # the first statement is kept


@pytest.mark.parametrize("text,amount", [
    ("Holvane paid $2 billion for Tessory. Its rival paid $2 billion for Mardle a week later.", "$2 billion"),
    ("The $40 million round was led by Atomico.", "$40 million"),  # nothing said before it
])
def test_an_amount_said_anew_stays(analyze, text, amount):
    figures = analyze(text).figures
    assert sum(1 for f in figures if amount in f.text) == text.count(amount), _texts(figures)


# --- a criterion said again a sentence later is the same threshold --------------------------------

@pytest.mark.parametrize("text,amount", [
    ("A unicorn is a start-up valued at more than $1 billion. Put simply, a unicorn is a private firm whose "
     "valuation exceeds $1 billion.", "$1 billion"),
    ("The cut-off for the top 20 was US$5bn. There are 31 firms worth US$5bn or more.", "US$5bn"),
    ("Gazelles are defined as firms whose sales grow by at least 20% a year. Put another way, a gazelle is a "
     "firm whose sales grow by at least 20% each year.", "20%"),
])
def test_a_restated_threshold_is_kept_once(analyze, text, amount):
    figures = analyze(text).figures
    assert sum(1 for f in figures if amount in f.text) == 1, _texts(figures)


def test_a_threshold_far_apart_is_kept_twice(analyze):
    filler = " ".join(["The sector has grown quickly in the past decade and now employs many engineers."] * 5)
    text = (f"A unicorn is a start-up valued at more than $1 billion. {filler} A soonicorn is a start-up "
            f"expected to be valued at more than $1 billion soon.")
    assert sum(1 for f in analyze(text).figures if "$1 billion" in f.text) == 2


# --- "N in M" is a share ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,needle,value", [
    ("Nearly seven in ten start-ups approached more than five investors.", "seven in ten start-ups", 70.0),
    ("Fewer than one in twenty young firms keep growing for three years.", "one in twenty young firms", 5.0),
    ("Two in 5 founders said hiring engineers was their main problem.", "Two in 5 founders", 40.0),
    ("Fewer than one in a hundred Dutch firms meets the test.", "one in a hundred", 1.0),
])
def test_one_in_n_is_a_share(analyze, text, needle, value):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.unit, fig.value) == ("other", "%", value)
    assert not any(f.kind == "count" for f in analyze(text).figures)


@pytest.mark.parametrize("text,needle,kind", [
    ("The fund backed 12 firms in 2020 and 30 start-ups in 2021.", "30 start-ups", "count"),
    ("He invested in 30 start-ups last year.", "30 start-ups", "count"),
])
def test_in_before_a_year_or_after_a_verb_is_not_a_share(analyze, text, needle, kind):
    figures = analyze(text).figures
    assert _find(figures, needle).kind == kind
    assert not any(f.unit == "%" for f in figures)


# --- what a count counts ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,needle,kind,about_has", [
    ("The toolmaker shipped about 41,000 Little Giant folding workbenches last year.", "41,000", "other",
     "workbenches"),
    ("To date, 107 of the Ministry of Industry and Information Technology's specialised \"little giant\" "
     "enterprises are based in the city.", "107", "count", "enterprises"),
    ("So far 12 of the province's listed companies hold the title.", "12", "count", "companies"),
    ("Of the 611 listed little giants that have filed reports, more than 90 percent were profitable.", "611",
     "count", "little giants"),
    ("The report counted 202 独角兽企业 in 2018.", "202", "count", "独角兽企业"),
    ("The findings come from a survey of more than 100 company founders.", "100", "other", "founders"),
    ("Of 1500 business leaders surveyed, most agreed.", "1500", "other", "leaders"),
])
def test_what_a_count_counts(analyze, text, needle, kind, about_has):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind and about_has in (fig.about or ""), (fig.kind, fig.about)


@pytest.mark.parametrize("text,needle,kind", [
    ("The city now has 20 unicorn companies.", "20 unicorn companies", "count"),
    ("About 30 of the company's engineers left last year.", "30", "other"),
    ("Ledgerwise now has 9,000 business customers.", "9,000 business customers", "count"),
    ("The district has 15 national and 20 municipal little giants.", "15 national", "count"),
    ("The province aims to add 50 more national titles by 2025.", "50", "count"),
])
def test_counts_the_new_readings_leave_alone(analyze, text, needle, kind):
    assert _find(analyze(text).figures, needle).kind == kind


@pytest.mark.parametrize("text", [
    "Of the 16 sectors covered, software carries the highest average valuation.",
    "He said the 12 rooms were booked.",
])
def test_a_number_after_the_is_a_figure_only_for_firms(analyze, text):
    assert not [f for f in analyze(text).figures if f.unit is None]


# --- a rise in the number of firms is not growth ----------------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ('Jiading has put 38 new firms on its list of "little giants," 90 percent more than in 2021.', "90 percent"),
    ("The 38 firms that received the label this year represent an increase of 90 percent over the previous "
     "year.", "90 percent"),
    ("The zone now hosts 120 high-tech companies, 40 percent more than in 2020.", "40 percent"),
])
def test_more_firms_is_a_change_not_growth(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "other" and (fig.about or "").startswith("change"), (fig.kind, fig.about)


@pytest.mark.parametrize("text,needle", [
    ("Kaboose and Brelin, two companies that grew 700% in five years, topped the list.", "700%"),
    ("Orvik sold 300 machines, 20 percent more than in 2022.", "20 percent"),
])
def test_growth_beside_a_count_stays_growth(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "growth_rate"


# --- a yearly rate told of growth is growth ---------------------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("Revenue at Marlo rose from €1.2 million in 2017 to €6.9 million in 2020, according to its accounts, an "
     "average of roughly 79% a year.", "79%"),
    ("Tamsworth Foods doubled its sales over the four years to 2024. That is about 19% a year, respectable but "
     "short of the line.", "19%"),
    ("Sales at Tarrow Mills climbed steadily after 2019, by an average of some 33 percent per year, its "
     "accounts show.", "33 percent"),
])
def test_a_yearly_rate_told_of_growth(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "growth_rate"


@pytest.mark.parametrize("text,needle", [
    ("Inflation in the country was 3% a year over the decade.", "3%"),
    ("The bank charges 7% a year on the loan.", "7%"),
])
def test_a_yearly_rate_without_growth_is_not_growth(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "other"


# --- bounds in a sentence of criteria are thresholds -------------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("Vintermoor Studios also made the ranking, which requires at least £1 million in revenue and three years of "
     "trading figures.", "£1 million"),
    ("Certified firms must keep spending on research and post annual revenue of at least 100 million yuan.",
     "100 million yuan"),
    ("The identification conditions are: the enterprise is registered in the zone; its main business income "
     "in 2019 is between 20 million yuan and 1 billion yuan.", "20 million yuan"),
])
def test_bounds_in_criteria_are_thresholds(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "other" and fig.about == "threshold (definition)", (fig.kind, fig.about)


@pytest.mark.parametrize("text,needle,kind", [
    ("Halden raised more than $40 million last year, and it must now hire fast.", "$40 million", "funding"),
    ("Brightwave Logistics, which must file its accounts in May, reported revenue of more than $30 million last "
     "year.", "$30 million", "revenue"),
])
def test_a_firms_own_bounded_figure_is_not_a_threshold(analyze, text, needle, kind):
    assert _find(analyze(text).figures, needle).kind == kind


# --- a bare number after "with" counts what the sentence's earlier count did -----------------------

@pytest.mark.parametrize("text,needle,kind,about_has", [
    ("Across the index fintech led with 185 unicorns, ahead of software with 139 and health with 115.", "139",
     "count", "unicorns"),
    ("Across the index fintech led with 185 unicorns, ahead of software with 139 and health with 115.", "115",
     "count", "unicorns"),
    ("Brill, with 300 employees, is the biggest employer; Orvik comes second with 120.", "120", "other",
     "employees"),
])
def test_a_number_after_with_continues_a_count(analyze, text, needle, kind, about_has):
    fig = next(f for f in analyze(text).figures if f.text == needle)
    assert fig.kind == kind and about_has in (fig.about or "")


@pytest.mark.parametrize("text,needle", [
    ("Fintech led with 185 unicorns, while the software group ended the year with 139 engineers.",
     "139 engineers"),  # its own noun decides
    ("Fintech led with 185 unicorns. The fund closed with $120 million.", "$120 million"),
])
def test_with_and_its_own_noun_or_money_is_not_a_count(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind != "count"


# --- "N of them" counts the group counted before it --------------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("Of the 611 listed little giants that filed half-year reports, most were profitable. Meanwhile, 428 of them "
     "raised their research spending, 17 of them by more than 100 percent.", "17"),
    ("Of the 611 listed little giants that filed half-year reports, most were profitable. Meanwhile, 428 of them "
     "raised their research spending, 17 of them by more than 100 percent.", "428"),
    ("The zone hosts 90 start-ups backed by state funds. Only 12 of them have sales abroad.", "12"),
])
def test_n_of_them_counts_the_counted_group(analyze, text, needle):
    fig = next(f for f in analyze(text).figures if f.text.startswith(needle))
    assert fig.kind == "count", (fig.kind, fig.about)


@pytest.mark.parametrize("text,needle", [
    ("The plant has 400 machines from three suppliers. About 120 of them are robots.", "120"),
    ("Orvik employs 300 engineers in Pune. Only 40 of them work on the chips.", "40"),
])
def test_n_of_them_after_things_is_not_a_count_of_firms(analyze, text, needle):
    assert all(f.kind != "count" for f in analyze(text).figures if f.text.startswith(needle))


def test_a_plural_subject_wins_over_a_counted_object(analyze):
    text = ("The gazelles together employ about 38,000 people and export a fifth of their output. Only three of "
            "them have taken venture capital.")
    fig = next(f for f in analyze(text).figures if f.text.lower().startswith("only three")
               or f.text.startswith("three"))
    assert fig.kind == "count" and "gazelles" in (fig.about or "")


def test_people_listed_beside_firms_are_not_firms(analyze):
    text = ("The 50 companies on the list employ a combined 6,400 people, the newspaper said, and 31 of the 50 "
            "are based outside the capital.")
    assert _find(analyze(text).figures, "6,400").kind == "other"


# --- money said to be part of a round is funding -------------------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("The company bought a rival for $200m, and it will spend $100m of the series E on growing that business.",
     "$100m"),
    ("Orvik will spend $30m of the new funding on hiring engineers.", "$30m"),
    ("Brellin plans to use $12 million of the round to open offices in Asia.", "$12 million"),
])
def test_part_of_a_round_is_funding(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "funding"


@pytest.mark.parametrize("text,needle", [
    ("Orvik will spend $30m of its cash on a new plant.", "$30m"),
    ("The company bought a rival for $200m, and it will spend $100m of the series E on growing that business.",
     "$200m"),
])
def test_other_spending_is_not_funding(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "other"


# --- money got with a verb of raising is funding ---------------------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("Fernhill raised $340 million at a $3 billion valuation, while Valtix nabbed $14 million in June 2019.",
     "$14 million"),
    ("There is also Bitglass, which raked in $70 million for its cloud platform.", "$70 million"),
    ("Brellin snagged $8 million in seed funding.", "$8 million"),
])
def test_money_got_is_funding(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "funding"


@pytest.mark.parametrize("text,needle,kind", [
    ("Orvik received $5 million in orders last week.", "$5 million", "other"),
    ("Fernhill raised $340 million at a $3 billion valuation last year.", "$3 billion", "valuation"),
    ("The company had $49 million in cash on hand at the end of April.", "$49 million", "other"),
])
def test_money_got_as_orders_or_a_valuation_is_not_funding(analyze, text, needle, kind):
    assert _find(analyze(text).figures, needle).kind == kind


# --- prices: per unit, at the close, and moves against a listing price ----------------------------------

@pytest.mark.parametrize("text,needle", [
    ("A Team Edition is available for $95/month with a limit of five users.", "$95"),
    ("The analyst plan costs $99 per month.", "$99"),
    ("Sprint shares closed Friday at $6.50.", "$6.50"),
])
def test_unit_and_closing_prices(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.about) == ("other", "price")


@pytest.mark.parametrize("text,needle", [
    ("Cloudera is up 5 percent from its offering price.", "5 percent"),
    ("Blue Apron priced its offering at $10 a share and closed Friday down 6.6 percent at $9.34.", "6.6 percent"),
    ("Appian is up 53 percent from its IPO price, its first month of trading.", "53 percent"),
])
def test_moves_against_a_listing_price_are_not_growth(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "other" and "price" in (fig.about or ""), (fig.kind, fig.about)


@pytest.mark.parametrize("text,needle,kind", [
    ("Its revenue rose 33 percent year over year to $30.4 million.", "33 percent", "growth_rate"),
    ("Tintri's revenue grew 45 percent last year to $125 million.", "$125 million", "revenue"),
])
def test_growth_and_sales_stay(analyze, text, needle, kind):
    assert _find(analyze(text).figures, needle).kind == kind


# --- a percentage that is a clause's subject is a share of a group ---------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("A survey of 1,100 technology workers found that 58% would turn down a higher offer.", "58%"),
    ("About 30% came from exports last year.", "30%"),
    ("Of the founders polled, 41 percent said they expect to sell within five years.", "41 percent"),
])
def test_a_percentage_as_subject_is_a_share(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.about) == ("other", "share"), (fig.kind, fig.about)


@pytest.mark.parametrize("text,needle", [
    ("Revenue at Orvik rose 20% last year.", "20%"),
    ("Sales at Brellin, which grew 40% last year, reached $10 million.", "40%"),
])
def test_a_percentage_as_object_of_growth_stays_growth(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "growth_rate"


def test_bringing_the_global_count_to_counts_firms(analyze):
    text = "The quarter produced 19 new unicorns, bringing the global count to 880."
    assert _find(analyze(text).figures, "880").kind == "count"


# --- a number glued to a word by a hyphen is a modifier, or a headcount ----------------------------------

@pytest.mark.parametrize("text", [
    "The team cut the songs down to 20-note sequences.",
    "The server runs on a 96-core processor.",
])
def test_a_glued_number_is_no_figure(analyze, text):
    assert not analyze(text).figures


@pytest.mark.parametrize("text,needle", [
    ("Last year 3,000-odd companies joined the national list.", "3,000-odd companies"),
    ("The platform supports 100-plus operating systems.", "100-plus operating systems"),
])
def test_a_loosened_number_stays(analyze, text, needle):
    assert _find(analyze(text).figures, needle)


@pytest.mark.parametrize("text,needle", [
    ("Ruida, a 90-person firm, makes chips.", "90"),
    ("Orvik has a 300-strong engineering team in Pune.", "300"),
    ("Brellin, a 45-employee start-up, raised $3 million.", "45"),
])
def test_a_glued_headcount(analyze, text, needle):
    fig = next(f for f in analyze(text).figures if f.text.startswith(needle))
    assert (fig.kind, fig.about) == ("other", "headcount")


# --- debt a firm carries is not funding ------------------------------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("Sprint struggled under the weight of its long-term debt of more than $32 billion.", "$32 billion"),
    ("Dravik's debt load of about $4 billion worries its lenders.", "$4 billion"),
])
def test_debt_held_is_not_funding(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "other"


@pytest.mark.parametrize("text,needle", [
    ("Zorvik is raising $4.3B in equity and looking for $5B in debt.", "$5B"),
    ("Brightwave Logistics received a $40 million loan from Tarrow Bank.", "$40 million"),
])
def test_debt_raised_is_funding(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "funding"


# --- a bare number in a sentence about animals, a percentage change said twice ----------------------------

@pytest.mark.parametrize("text", [
    "The survey recorded 2,793 gazelles, the highest since 2007 and 783 more than last year, the reserve said.",
    "Rangers counted 412 oryx in the reserve, 57 more than in 2022.",
])
def test_a_bare_number_about_animals_is_no_figure(analyze, text):
    assert not analyze(text).figures


def test_a_bare_number_about_firms_stays(analyze):
    text = "The zone counted 412 start-ups in March, 57 more than in 2022."
    assert any(f.text.startswith("57") for f in analyze(text).figures)


@pytest.mark.parametrize("text,needle", [
    ('Jiading has put 38 new firms on its list of "little giants," 90 percent more than in 2021. The label goes '
     'to innovative firms. The 38 firms that received it this year represent an increase of 90 percent over the '
     'previous year.', "90 percent"),
    ("The zone now hosts 120 high-tech companies, 40 percent more than in 2020. The 120 companies represent an "
     "increase of 40 percent on 2020.", "40 percent"),
    ("Kelvo listed 64 new little giants, 25 percent more than in 2022. Its 64 new little giants represent a rise of "
     "25 percent over 2022.", "25 percent"),
])
def test_a_change_said_twice_is_kept_once(analyze, text, needle):
    assert sum(1 for f in analyze(text).figures if f.text == needle) == 1


def test_two_different_changes_stay(analyze):
    text = ("The zone now hosts 120 high-tech companies, 40 percent more than in 2020. Its software firms number 30, "
            "20 percent more than in 2020.")
    assert sum(1 for f in analyze(text).figures if f.unit == "%") == 2


@pytest.mark.parametrize("text,needle", [
    ("The committee on Wednesday released its 2023 list of 1,120 gazelle enterprises, up from 962 a year earlier.",
     "962"),
    ("The world now has 1,488 unicorns, start-ups worth $1 billion or more, 63 more than a year ago, according "
     "to a new ranking.", "63"),
])
def test_a_bare_number_beside_firms_named_like_animals_stays(analyze, text, needle):
    assert any(f.text.startswith(needle) for f in analyze(text).figures)


@pytest.mark.parametrize("text,needle", [
    ("The world now has 1,488 unicorns, 63 more than a year ago, according to a ranking released on Tuesday.",
     "1,488 unicorns"),
    ("The agency released its list of 214 gazelle companies on Monday.", "214 gazelle companies"),
    ("Dunmore released a report counting 57 unicorns in the region.", "57 unicorns"),
])
def test_a_released_ranking_is_not_about_animals(analyze, text, needle):
    assert _find(analyze(text).figures, needle).kind == "count"


@pytest.mark.parametrize("text", [
    "The sanctuary released 45 Arabian oryx and 90 mountain gazelles into the wild last week.",
    "Keepers at the zoo counted 12 gazelles born this spring.",
])
def test_animals_released_or_born_are_still_animals(analyze, text):
    assert not analyze(text).figures


# --- an earlier level said with a time phrase, a group of firms after "one of the" ------------------------

@pytest.mark.parametrize("text,needle,about_has", [
    ("The zone now has 22 national little giants, down from 24 a year ago, and 210 firms on the provincial list.",
     "24", "little giants"),
    ("The committee certified 46 companies that have shown rapid growth, up from 39 last year.", "39", "companies"),
    ("Orvik sold 300 machines, up from 250 last year.", "250", "machines"),
])
def test_an_earlier_level_with_a_time_phrase(analyze, text, needle, about_has):
    fig = next(f for f in analyze(text).figures if f.text.startswith(needle))
    assert about_has in (fig.about or "")


@pytest.mark.parametrize("text", [
    "The deal closed on March 24 a year ago.",
    "He worked 12 hours a day last year.",
])
def test_dates_and_hours_stay_out(analyze, text):
    assert not [f for f in analyze(text).figures if f.unit is None]


def test_one_of_the_n_firms_is_a_count(analyze):
    text = "Last year the firm was one of the 3,000-odd companies that the ministry added to its list."
    assert _find(analyze(text).figures, "3,000-odd companies").kind == "count"


def test_one_of_the_n_firms_said_before_is_a_back_reference(analyze):
    text = "The zone has 50 companies on its list. One of the 50 companies went bust in May."
    assert sum(1 for f in analyze(text).figures if f.value == 50) == 1
