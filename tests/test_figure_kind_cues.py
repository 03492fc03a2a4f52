"""What a money figure measures, read from cue words and phrase shapes (session 5 additions):
local currency forms, levels in a from-to pair, numbered rankings, money raised at a valuation,
takeover prices, price tags, volumes, criteria bands, ranking floors and share-price moves."""

from __future__ import annotations

import pytest

from giants.figures.money import load_rates, scan


def _find(figures, needle):
    hits = [f for f in figures if needle in f.text or f.text in needle]
    assert hits, f"no figure for {needle!r}; got {[f.text for f in figures]}"
    return hits[0]


def _kind_is(analyze, text, needle, kind):
    fig = _find(analyze(text).figures, needle)
    if kind.startswith("!"):
        assert fig.kind != kind[1:], (fig.text, fig.kind, fig.about)
    else:
        assert fig.kind == kind, (fig.text, fig.kind, fig.about)


# --- currencies written the local way ---------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value, unit", [
    ("Its turnover was KSh 275 million last year.", "KSh 275 million", 2.75e8, "KES"),
    ("Sales hit Ksh 3.4bn in 2023.", "Ksh 3.4bn", 3.4e9, "KES"),
    ("The carrier's revenue was ₦7.5 billion.", "₦7.5 billion", 7.5e9, "NGN"),
    ("The Kumasi lender raised GH₵ 18 million.", "GH₵ 18 million", 1.8e7, "GHS"),
    ("A gestora captou R$ 3,4 bilhões.", "R$ 3,4 bilhões", 3.4e9, "BRL"),
    ("The Ibadan maker raised 450 million naira.", "450 million naira", 4.5e8, "NGN"),
])
def test_local_currency_forms(text, phrase, value, unit):
    assert (phrase, value, unit) in [(a.text, a.value, a.unit) for a in scan(text)]


@pytest.mark.parametrize("text", [
    "Grade R 5 million learners were enrolled.",   # one-letter local symbols are left out
    "The team of kr 5 million was ...",            # "kr" names two currencies
    "The K 20 million question.",
])
def test_short_local_symbols_are_not_currencies(text):
    assert [a for a in scan(text) if a.unit not in (None, "%")] == []


def test_a_local_currency_gets_a_rate(analyze):
    fig = _find(analyze("Mvuli Crates increased its sales to KSh 275 million in 2022.").figures, "KSh 275")
    assert fig.unit == "KES" and fig.kind == "revenue"
    assert fig.usd == pytest.approx(2.75e8 * load_rates()["KES"].usd)


# --- kinds ------------------------------------------------------------------------------------

KINDS = [
    # a from-to pair of levels takes the measure named before it, and is no change
    ("Abuja-based Tulsa Freight, whose revenue went up from ₦2.4 billion to ₦9.1 billion, ranked fifth.",
     "₦2.4 billion", "revenue"),
    ("Mbegu Solar has tripled its revenue every year since 2019, from KSh 8 million to KSh 216 million, helped "
     "by a grant from a county fund.", "KSh 8 million", "revenue"),
    ("Fjellbo, founded in 2015, grew from DKK 3.2 million to DKK 51.8 million in sales over those years.",
     "DKK 3.2 million", "revenue"),
    ("Ostrel Labs said its revenue rose by $3 million to $11 million.", "$3 million", "other"),
    ("Its valuation fell by $4 billion to $7 billion after the round.", "$4 billion", "other"),
    # money raised at a valuation, and money a relative clause says was raised
    ("Lyon-based Cendre Therm took €8 million at a €90 million valuation from a local fund.", "€8 million",
     "funding"),
    ("Lyon-based Cendre Therm took €8 million at a €90 million valuation from a local fund.", "€90 million",
     "valuation"),
    ("Pellan Bio raised $12 million at a post-money valuation of $60 million.", "$12 million", "funding"),
    ("The buyout price is well below the $70 million the company had raised from backers.", "$70 million",
     "funding"),
    ("That is less than the $25 million it raised in 2020.", "$25 million", "funding"),
    ("Analysts put the firm's value well above the $3 billion the company is worth on paper.", "$3 billion",
     "valuation"),
    # getting money with a particle verb
    ("Porto-based sleep clinic Dormira picked up €8 million last week.", "€8 million", "funding"),
    ("The Denver start-up Hollin raked in $20 million from growth investors.", "$20 million", "funding"),
    ("The Denver start-up Hollin picked up $3 million in sales at the fair.", "$3 million", "!funding"),
    # a takeover price is no valuation; a stake bought keeps it
    ("Aldmoor Bank made a rival bid for Pennock Bank on Monday, valuing the lender at $9bn.", "$9bn", "other"),
    ("Hexa Group agreed to acquire Pimlo in a deal valuing it at $4 billion.", "$4 billion", "other"),
    ("The takeover bid, valuing Fenwick Rail at £2 billion, was rejected.", "£2 billion", "other"),
    ("Norvia bought a 20% stake in Corrib AI, valuing the start-up at $5 billion.", "$5 billion", "valuation"),
    ("Investors in the round valued the firm at $3 billion, its founder said.", "$3 billion", "valuation"),
    # a price tag of a firm
    ("Sendry now carries a $2.4bn price tag, two investors said.", "$2.4bn", "valuation"),
    ("The new round raises Voltan's price tag to €6 billion.", "€6 billion", "valuation"),
    ("The headset comes with a $999 price tag.", "$999", "other"),
    # volumes through a platform
    ("The wallet processes around $4 billion in transactions each year.", "$4 billion", "other"),
    ("Its gross order value climbed to Rs 1,150 crore in FY24, the firm said.", "Rs 1,150 crore", "other"),
    ("Its revenue climbed to Rs 1,150 crore in FY24, the firm said.", "Rs 1,150 crore", "revenue"),
    # a firm put at a value, a round raised at one
    ("Arlen Data signed a €90 million Series C. The new money puts the start-up at €850 million, its chair said.",
     "€850 million", "valuation"),
    ("Tamsin Pay is reportedly out raising at above $2B, according to one backer.", "$2B", "valuation"),
    ("Ovrin raised $30 million at $900 million, people familiar said.", "$900 million", "valuation"),
    ("Ovrin is raising at least $5 million from angels.", "$5 million", "funding"),
    # an entry of a list that says what its amount is
    ("Our ranking of the most valuable private firms, with this week's deals:\n\n"
     "- Pindle (payroll, Denver): $30M Series B, led by Kessock Ventures.\n"
     "- Orwen Bio (Cork): $18M seed; the post-money is said to be about $120M.\n", "$30M", "funding"),
    ("Our ranking of the most valuable private firms, with this week's deals:\n\n"
     "- Pindle (payroll, Denver): $30M Series B, led by Kessock Ventures.\n"
     "- Orwen Bio (Cork): $18M seed; the post-money is said to be about $120M.\n", "$18M", "funding"),
]


@pytest.mark.parametrize("text, needle, kind", KINDS, ids=[f"{i}-{k[1]}" for i, k in enumerate(KINDS)])
def test_money_kinds(analyze, text, needle, kind):
    _kind_is(analyze, text, needle, kind)


RANKING = ("The Pearl River Unicorn Index 2025 ranks private firms by valuation. Top three of the list:\n\n"
           "1. Kaiyun Aero (drones, Zhuhai) - 64 billion yuan\n"
           "2. Lumo Robotics (robots, Foshan) - 31 billion yuan\n"
           "3. Qiro Cloud (software, Dongguan) - 12.5 billion yuan\n")


def test_numbered_ranking_entries_are_valuations(analyze):
    figs = analyze(RANKING).figures
    for needle in ("64 billion yuan", "31 billion yuan", "12.5 billion yuan"):
        fig = _find(figs, needle)
        assert fig.kind == "valuation", (fig.text, fig.kind)


def test_numbered_entries_without_a_ranking_are_not_valuations(analyze):
    text = ("The city paid these contractors last year:\n\n"
            "1. Harwick Build (roads, Leeds) - 95 million pounds\n"
            "2. Tansy Works (bridges, York) - 22 million pounds\n")
    for needle in ("95 million pounds", "22 million pounds"):
        assert _find(analyze(text).figures, needle).kind != "valuation"


# --- criteria ---------------------------------------------------------------------------------

THRESHOLDS = [
    ("To apply, a company must be based in the park and have yearly revenue between 20 million and 2 billion "
     "yuan.", "between 20 million and 2 billion yuan", True),
    ("To win the award, a company must employ at least 15 people and have turnover above 25 million kronor.",
     "above 25 million kronor", True),
    ('The bureau also listed 90 "gazelle" companies, valued between 2 billion and 5 billion yuan.',
     "between 2 billion and 5 billion yuan", True),
    ("This year the last-placed firm managed a growth rate of 52 per cent, against 47 per cent the year before.",
     "52 per cent", True),
    ("This year the last-placed firm managed a growth rate of 52 per cent, against 47 per cent the year before.",
     "47 per cent", True),
    ("To make the list, firms needed growth of at least 60%, compared with 55% a year earlier.", "55%", True),
    ("A firm needs sales of more than $40 million a year to meet the minimum for the award.",
     "more than $40 million", True),
    ("The company posts revenue of more than $40 million a year, well above the minimum.",
     "more than $40 million", False),
    ("The firm has sales of more than $40 million a year, well above the minimum for the award.",
     "more than $40 million", False),
    # a bound that sorts a counted group of firms
    ("The region has 44 large start-ups worth US$5bn or more, 6 of which are worth US$50bn or more.",
     "US$50bn or more", True),
    ("The index counts 12 start-ups valued at more than $5 billion.", "more than $5 billion", True),
    ("Of the 40 firms, 7 of them were valued at over $2 billion last year.", "over $2 billion", True),
    ("The park's incubators host about 1,800 start-ups, of which 26 have raised more than 200 million yuan.",
     "more than 200 million yuan", True),
    ("Of the 300 firms, 12 had each raised more than $50 million.", "more than $50 million", True),
    ("Of the 50 start-ups, 9 have secured more than $10 million.", "more than $10 million", True),
    ("Kestra, founded by 3 engineers, has raised more than $40 million.", "more than $40 million", False),
    ("Kestra has raised more than $100 million since 2019.", "more than $100 million", False),
    ("Acme, founded in 2019, is now worth more than $5 billion after 3 rounds.", "more than $5 billion", False),
    ("In 2021 the company was worth more than $2 billion.", "more than $2 billion", False),
    # a named firm's own facts
    ("Tarvo Systems grew revenue 120% and took first place in the ranking.", "120%", False),
    ("A company valued at between $1 billion and $2 billion, Mirel plans to list.", "between $1 billion", False),
]


@pytest.mark.parametrize("text, needle, threshold", THRESHOLDS, ids=[t[1] for t in THRESHOLDS])
def test_criteria_and_floors(analyze, text, needle, threshold):
    fig = _find(analyze(text).figures, needle)
    assert ("threshold" in (fig.about or "")) == threshold, (fig.text, fig.kind, fig.about)
    if threshold:
        assert fig.kind == "other"


# --- share-price moves ------------------------------------------------------------------------

@pytest.mark.parametrize("text, needle, kind", [
    ("Tanwick Micro's shares climbed 6% on Tuesday, to a record close. Chipmaker Ostara Devices slid 4%.", "4%",
     "other"),
    ("The stock market cheered the news. Orlo Foods fell 3% and Brant Mills slipped 2%.", "3%", "other"),
    ("Traders bought shares of chipmakers on Monday. Velda Systems climbed 9%.", "9%", "other"),
    ("The company listed on the stock exchange in 2021. Tarvo Systems grew 40% last year, its chief executive said.", "40%",
     "growth_rate"),
    ("Orlen Tech rose 12% in 2024, helped by strong sales of its sensors.", "12%", "growth_rate"),
])
def test_a_named_firm_that_rises_after_a_trading_sentence(analyze, text, needle, kind):
    _kind_is(analyze, text, needle, kind)


# --- a product's price next to a firm's valuation ---------------------------------------------

@pytest.mark.parametrize("text, needle, kind", [
    ("Velmo, valued at $5 billion last year, makes two players. Shoppers can pick the Velmo Ultra ($100) or "
     "the Velmo Lite ($40).", "$100", "other"),
    ("Velmo, valued at $5 billion last year, makes two players. Shoppers can pick the Velmo Ultra ($100) or "
     "the Velmo Lite ($40).", "$40", "other"),
    ("Brightline Toys was valued at $800 million in March. Its hit, the Brightline Kite ($35), sold out.", "$35",
     "other"),
    ("Velmo, valued at $5 billion last year, makes two players. Rival Dorn Labs ($3 billion) makes one.",
     "$3 billion", "valuation"),
    ("Velmo, valued at $5 billion last year, makes two players. Rival Dorn Labs ($3 billion) makes one.",
     "$5 billion", "valuation"),
])
def test_an_inherited_valuation_is_never_a_product_price(analyze, text, needle, kind):
    _kind_is(analyze, text, needle, kind)


# --- entries of a ranking are firms -----------------------------------------------------------

@pytest.mark.parametrize("text, needle, kind", [
    ("Ghana has the most entries, 17, followed by Senegal with 12 and Rwanda with 9.", "17", "count"),
    ("Health technology accounted for 37 of the year's new entries.", "37", "count"),
    ("France has the most entries (118), followed by Spain (96) and Poland (80).", "118", "count"),
    ("The ranking received 1,200 entries from 30 countries.", "30 countries", "other"),
    ("The 500 firms on the list employ 6,400 people.", "6,400 people", "other"),
])
def test_entries_of_a_ranking_are_counted_firms(analyze, text, needle, kind):
    _kind_is(analyze, text, needle, kind)


# --- a bare percentage in a run of ranked entries ---------------------------------------------

@pytest.mark.parametrize("text, needle, kind", [
    ("Ranking second is Lisbon's Brasa Verde, maker of solar dryers, with a CAGR of 210%. The Belgian cargo-bike "
     "rental firm Pedalo, founded in 2019, was fourth with 190%.", "190%", "growth_rate"),
    ("Velko Foods grew revenue 140% over three years, followed by Marra Tiles with 120% and Osk Bikes with 95%.",
     "120%", "growth_rate"),
    ("Velko Foods grew revenue 140% over three years, followed by Marra Tiles with 120% and Osk Bikes with 95%.",
     "95%", "growth_rate"),
    ("Shares of Velko Foods rose 5%, with Marra Tiles up 3%. Osk Bikes closed the day with 2%.", "2%", "other"),
    ("The panel was split, with 40% in favour.", "40%", "other"),
])
def test_a_bare_percentage_in_a_run_of_entries(analyze, text, needle, kind):
    _kind_is(analyze, text, needle, kind)


# --- a running total of firms under any possessive --------------------------------------------

@pytest.mark.parametrize("text, needle, kind", [
    ('Longgang district saw six of its companies named national-level "little giant" enterprises in the new '
     "batch, bringing the district's total to 41, officials said.", "41", "count"),
    ("The province named 30 firms in the batch, bringing the county's tally to 12.", "12", "count"),
    ("Huzhou gained 9 firms in the fifth batch, lifting the city's national tally to 64.", "64", "count"),
    ("Orvo raised $5 million, bringing the company's total funding to $20 million.", "$20 million", "funding"),
    ("The museum welcomed 300 visitors, bringing the museum's total to 9,000.", "9,000", "other"),
])
def test_a_running_total_of_firms(analyze, text, needle, kind):
    _kind_is(analyze, text, needle, kind)


# --- a run of firms' amounts: the kind most of them measure -----------------------------------

RUN = ("Top of the tracker again is Bangkok's Sarnai, valued at $8bn. In second place is Hanoi's Lumen Mart, the "
       "grocery app, at exactly $6bn. Cebu ride-hailing app Pasada ($5.2bn) ranks third; it added a "
       "$300m round in April. Penang's digital lender Kredo follows at $2.6bn.")


@pytest.mark.parametrize("text, needle, kind", [
    (RUN, "$2.6bn", "valuation"),
    (RUN, "$5.2bn", "valuation"),
    ("Top of the index is Kuala Lumpur's Pavo, valued at $7bn. In second place is Bangkok's Tamla, the delivery "
     "app, at $5.5bn. Hanoi's Vexa ($4bn) is third, having closed a $250m round in June. Davao's Lorra follows at "
     "$2.1bn.", "$2.1bn", "valuation"),
    (RUN, "$300m", "funding"),
    ("Kolva raised $50 million in March. Its rival Darnet ($30 million) raised in April, and Pelko ($12 million) "
     "in May.", "$12 million", "funding"),
])
def test_a_run_of_amounts_takes_the_kind_most_of_them_measure(analyze, text, needle, kind):
    _kind_is(analyze, text, needle, kind)


# --- a yearly flow or a voucher is no firm's worth --------------------------------------------

@pytest.mark.parametrize("text, needle, kind", [
    ("The club would not say what the shirt deal is worth, but reports estimated it at about $300,000 a year.",
     "$300,000", "other"),
    ("The province has promised cloud vouchers worth 500 million yuan for start-ups that rent servers.",
     "500 million yuan", "other"),
    ("The licence is valued at $4 million per year, the regulator said.", "$4 million", "other"),
    ("Kestra was valued at $2 billion a year ago, its founder said.", "$2 billion", "valuation"),
    ("Kestra, valued at $2 billion a year earlier, is now worth $5 billion.", "$5 billion", "valuation"),
])
def test_a_yearly_flow_or_a_voucher_is_no_valuation(analyze, text, needle, kind):
    _kind_is(analyze, text, needle, kind)
