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


# --- currencies written the local way ---------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value, unit", [
    ("Its sales reached KSh 410 million in 2020.", "KSh 410 million", 4.1e8, "KES"),
    ("Turnover hit Ksh 2.5bn last year.", "Ksh 2.5bn", 2.5e9, "KES"),
    ("The hauler's revenue was ₦19.8 billion.", "₦19.8 billion", 1.98e10, "NGN"),
    ("The Accra lender raised GH₵ 30 million.", "GH₵ 30 million", 3e7, "GHS"),
    ("O fundo fechou em R$ 1,2 bilhão.", "R$ 1,2 bilhão", 1.2e9, "BRL"),
    ("The Abuja firm raised 300 million naira.", "300 million naira", 3e8, "NGN"),
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
    fig = _find(analyze("Tunza Packaging increased its sales to KSh 410 million in 2020.").figures, "KSh 410")
    assert fig.unit == "KES" and fig.kind == "revenue"
    assert fig.usd == pytest.approx(4.1e8 * load_rates()["KES"].usd)


# --- kinds ------------------------------------------------------------------------------------

KINDS = [
    # a from-to pair of levels takes the measure named before it, and is no change
    ("Lagos-based Kobo Haul, whose revenue climbed from ₦1.1 billion to ₦19.8 billion, came second.",
     "₦1.1 billion", "revenue"),
    ("Ziwa Pumps has doubled its revenue every year since 2018, from KSh 12 million to KSh 96 million, helped "
     "by a loan from a state lender.", "KSh 12 million", "revenue"),
    ("Kelpie, founded in 2014, grew from DKK 4.1 million to DKK 67.2 million in sales over the period.",
     "DKK 4.1 million", "revenue"),
    ("Varn Labs said its revenue rose by $2 million to $9 million.", "$2 million", "other"),
    ("Its valuation fell by $2 billion to $6 billion after the round.", "$2 billion", "other"),
    # money raised at a valuation, and money a relative clause says was raised
    ("Paris-based Brisa Labs took €30 million at a €400 million valuation from a local fund.", "€30 million",
     "funding"),
    ("Paris-based Brisa Labs took €30 million at a €400 million valuation from a local fund.", "€400 million",
     "valuation"),
    ("Corlan Bio raised $12 million at a post-money valuation of $90 million.", "$12 million", "funding"),
    ("The sale price is below the $1.1 billion the company had raised from investors.", "$1.1 billion", "funding"),
    ("That is less than the $40 million it raised in 2021.", "$40 million", "funding"),
    ("Analysts put the firm's value well above the $3 billion the company is worth on paper.", "$3 billion",
     "valuation"),
    # getting money with a particle verb
    ("Lisbon-based digital clinic Marel Health picked up €45 million last week.", "€45 million", "funding"),
    ("The Austin start-up Dovel raked in $70 million from growth investors.", "$70 million", "funding"),
    ("The Austin start-up Dovel picked up $3 million in sales at the fair.", "$3 million", "!funding"),
    # a takeover price is no valuation; a stake bought keeps it
    ("Tavish Bank put forward a higher offer for Orlo Bank than its rival, valuing the company at $35bn.",
     "$35bn", "other"),
    ("Hexa Group agreed to acquire Pimlo in a deal valuing it at $4 billion.", "$4 billion", "other"),
    ("The takeover bid, valuing Fenwick Rail at £2 billion, was rejected.", "£2 billion", "other"),
    ("Norvia bought a 20% stake in Kestrel AI, valuing the start-up at $5 billion.", "$5 billion", "valuation"),
    ("The round valued the company at $3 billion, its founder said.", "$3 billion", "valuation"),
    # a price tag of a firm
    ("Kudipath now commands a $1.3bn price tag, according to two people.", "$1.3bn", "valuation"),
    ("The round lifts Voltan's price tag to €11 billion.", "€11 billion", "valuation"),
    ("The headset comes with a $999 price tag.", "$999", "other"),
    # volumes through a platform
    ("The firm says it processes about $9 billion a year in transactions for its merchants.", "$9 billion",
     "other"),
    ("Its gross order value rose to Rs 2,300 crore in FY23, the company said.", "Rs 2,300 crore", "other"),
    ("Its revenue rose to Rs 2,300 crore in FY23, the company said.", "Rs 2,300 crore", "revenue"),
    # a firm put at a value, a round raised at one
    ("Veldtrek closed a €160 million Series D, a deal that puts the company at €1.1 billion.", "€1.1 billion",
     "valuation"),
    ('Harbor Lane is said to be out raising at "north of $1B", two investors said.', "$1B", "valuation"),
    ("Quorra raised $50 million at $1 billion, people familiar said.", "$1 billion", "valuation"),
    ("Quorra is raising at least $5 million from angels.", "$5 million", "funding"),
    # an entry of a list that says what its amount is
    ("Our ranking of the most valuable private firms, with this week's deals:\n\n"
     "- Tessel (dev tools, Austin): $75M Series C, led by Harrow Ventures.\n"
     "- Mossel Bio (Leeds): $48M Series B; we hear the post-money was about $650M.\n", "$75M", "funding"),
    ("Our ranking of the most valuable private firms, with this week's deals:\n\n"
     "- Tessel (dev tools, Austin): $75M Series C, led by Harrow Ventures.\n"
     "- Mossel Bio (Leeds): $48M Series B; we hear the post-money was about $650M.\n", "$48M", "funding"),
]


@pytest.mark.parametrize("text, needle, kind", KINDS, ids=[f"{i}-{k[1]}" for i, k in enumerate(KINDS)])
def test_money_kinds(analyze, text, needle, kind):
    fig = _find(analyze(text).figures, needle)
    if kind.startswith("!"):
        assert fig.kind != kind[1:], (fig.text, fig.kind, fig.about)
    else:
        assert fig.kind == kind, (fig.text, fig.kind, fig.about)


RANKING = ("The Delta Unicorn List 2026 ranks private firms by valuation. Top three of the list:\n\n"
           "1. Xeran Orbital (space, Shanghai) - 95 billion yuan\n"
           "2. Lumo Robotics (robots, Hangzhou) - 22 billion yuan\n"
           "3. Qiro Cloud (software, Suzhou) - 15.5 billion yuan\n")


def test_numbered_ranking_entries_are_valuations(analyze):
    figs = analyze(RANKING).figures
    for needle in ("95 billion yuan", "22 billion yuan", "15.5 billion yuan"):
        fig = _find(figs, needle)
        assert fig.kind == "valuation", (fig.text, fig.kind)


def test_numbered_entries_without_a_ranking_are_not_valuations(analyze):
    text = ("The city paid these contractors last year:\n\n"
            "1. Harlow Build (roads, Leeds) - 95 million pounds\n"
            "2. Mercer Works (bridges, York) - 22 million pounds\n")
    for needle in ("95 million pounds", "22 million pounds"):
        assert _find(analyze(text).figures, needle).kind != "valuation"


# --- criteria ---------------------------------------------------------------------------------

THRESHOLDS = [
    ("To qualify, a company must be registered in the zone and have annual revenue between 10 million and "
     "1 billion yuan.", "between 10 million and 1 billion yuan", True),
    ("To be a Gasell, a company must have at least ten employees and turnover above 10 million kronor.",
     "above 10 million kronor", True),
    ('The institute also named 260 "gazelle" companies, valued between 3.5 billion and 7 billion yuan.',
     "between 3.5 billion and 7 billion yuan", True),
    ("This year the lowest-ranked company achieved a growth rate of 37.7 per cent, against 34.6 per cent "
     "last year.", "37.7 per cent", True),
    ("This year the lowest-ranked company achieved a growth rate of 37.7 per cent, against 34.6 per cent "
     "last year.", "34.6 per cent", True),
    ("To make the list, firms needed growth of at least 41.8%, compared with 36.5% a year earlier.", "36.5%",
     True),
    # a bound that sorts a counted group of firms
    ("There are 59 'super unicorns' worth US$10bn or more, 3 of which are worth US$100bn or more.",
     "US$100bn or more", True),
    ("The index counts 12 start-ups valued at more than $5 billion.", "more than $5 billion", True),
    ("Of the 40 firms, 7 of them were valued at over $2 billion last year.", "over $2 billion", True),
    ("It said the city's incubators host about 2,300 start-ups, of which 41 have raised more than 100 million yuan.",
     "more than 100 million yuan", True),
    ("Of the 300 firms, 12 had each raised more than $50 million.", "more than $50 million", True),
    ("Of the 50 start-ups, 9 have secured more than $10 million.", "more than $10 million", True),
    ("Kestra, founded by 3 engineers, has raised more than $40 million.", "more than $40 million", False),
    ("Kestra has raised more than $100 million since 2019.", "more than $100 million", False),
    ("Acme, founded in 2019, is now worth more than $5 billion after 3 rounds.", "more than $5 billion", False),
    ("In 2021 the company was worth more than $2 billion.", "more than $2 billion", False),
    # a named firm's own facts
    ("A firm needs sales of more than $40 million a year to meet the minimum for the award.",
     "more than $40 million", True),
    ("The company posts revenue of more than $40 million a year, well above the minimum.",
     "more than $40 million", False),
    ("The firm has sales of more than $40 million a year, well above the minimum for the award.",
     "more than $40 million", False),
    ("Tarvo Systems grew revenue 120% and took first place in the ranking.", "120%", False),
    ("A company valued at between $1 billion and $2 billion, Mirel plans to list.", "between $1 billion", False),
]


@pytest.mark.parametrize("text, needle, threshold", THRESHOLDS, ids=[t[1] for t in THRESHOLDS])
def test_criteria_and_floors(analyze, text, needle, threshold):
    fig = _find(analyze(text).figures, needle)
    assert ((fig.about or "").startswith("threshold") or "threshold" in (fig.about or "")) == threshold, \
        (fig.text, fig.kind, fig.about)
    if threshold:
        assert fig.kind == "other"


# --- share-price moves ------------------------------------------------------------------------

@pytest.mark.parametrize("text, needle, kind", [
    ("Shares of Xinhe Semiconductor jumped 11%, giving it a market value of 95 billion yuan. "
     "Server maker Jiaotong Data rose 7%.", "7%", "other"),
    ("The stock market cheered the news. Orlo Foods fell 3% and Brant Mills slipped 2%.", "3%", "other"),
    ("Traders bought shares of chipmakers on Monday. Velda Systems climbed 9%.", "9%", "other"),
    ("The company listed on Nasdaq in 2021. Tarvo Systems grew 40% last year, its chief executive said.", "40%",
     "growth_rate"),
    ("Orlen Tech rose 12% in 2024, helped by strong sales of its sensors.", "12%", "growth_rate"),
])
def test_a_named_firm_that_rises_after_a_trading_sentence(analyze, text, needle, kind):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind, (fig.text, fig.kind, fig.about)


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
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind, (fig.text, fig.kind, fig.about)


# --- entries of a ranking are firms -----------------------------------------------------------

@pytest.mark.parametrize("text, needle, kind", [
    ("Nigeria has the most entries, 39, followed by South Africa with 27 and Kenya with 21.", "39", "count"),
    ("Artificial intelligence accounted for 41 of the year's new entries.", "41", "count"),
    ("Germany has the most entries (224), followed by Italy (197) and the UK (151).", "224", "count"),
    ("The ranking received 1,200 entries from 30 countries.", "30 countries", "other"),
    ("The 500 firms on the list employ 6,400 people.", "6,400 people", "other"),
])
def test_entries_of_a_ranking_are_counted_firms(analyze, text, needle, kind):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind, (fig.text, fig.kind, fig.about)


# --- a bare percentage in a run of ranked entries ---------------------------------------------

@pytest.mark.parametrize("text, needle, kind", [
    ("In second place is Warsaw's Polana Energia, installer of heat pumps, with a CAGR of 305%. The Dutch "
     "e-bike business Trapwerk, founded in 2020, came third with 288%.", "288%", "growth_rate"),
    ("Velko Foods grew revenue 140% over three years, followed by Marra Tiles with 120% and Osk Bikes with 95%.",
     "120%", "growth_rate"),
    ("Velko Foods grew revenue 140% over three years, followed by Marra Tiles with 120% and Osk Bikes with 95%.",
     "95%", "growth_rate"),
    ("Shares of Velko Foods rose 5%, with Marra Tiles up 3%. Osk Bikes closed the day with 2%.", "2%", "other"),
    ("The panel was split, with 40% in favour.", "40%", "other"),
])
def test_a_bare_percentage_in_a_run_of_entries(analyze, text, needle, kind):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind, (fig.text, fig.kind, fig.about)


# --- a running total of firms under any possessive --------------------------------------------

@pytest.mark.parametrize("text, needle, kind", [
    ('Wujiang district saw nine of its companies recognized as national-level "little giant" enterprises in the '
     "latest batch, bringing the district's total to 57, officials said.", "57", "count"),
    ("The province named 30 firms in the batch, bringing the county's tally to 12.", "12", "count"),
    ("Jiaxing saw 12 firms named in the sixth batch, bringing the city's total at the national level to 87.", "87",
     "count"),
    ("Orvo raised $5 million, bringing the company's total funding to $20 million.", "$20 million", "funding"),
    ("The museum welcomed 300 visitors, bringing the museum's total to 9,000.", "9,000", "other"),
])
def test_a_running_total_of_firms(analyze, text, needle, kind):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind, (fig.text, fig.kind, fig.about)


# --- a run of firms' amounts: the kind most of them measure -----------------------------------

RUN = ("Top of the tracker again is Singapore's Gravo, valued at $12bn. In second place is Jakarta's Rumahku, the "
       "property marketplace, at exactly $10bn. Vietnamese ride-hailing app Xeloop ($9.6bn) is third, having "
       "narrowed the gap after a $400m round in May. Manila's digital lender Bayanbank follows at $3.2bn.")


@pytest.mark.parametrize("text, needle, kind", [
    (RUN, "$3.2bn", "valuation"),
    (RUN, "$9.6bn", "valuation"),
    ("Top of the index is Kuala Lumpur's Pavo, valued at $7bn. In second place is Bangkok's Tamla, the grocery "
     "app, at $5.5bn. Hanoi's Vexa ($4bn) is third, having closed a $250m round in June. Cebu's Lorra follows at "
     "$2.1bn.", "$2.1bn", "valuation"),
    (RUN, "$400m", "funding"),
    ("Kolva raised $50 million in March. Its rival Darnet ($30 million) raised in April, and Pelko ($12 million) "
     "in May.", "$12 million", "funding"),
])
def test_a_run_of_amounts_takes_the_kind_most_of_them_measure(analyze, text, needle, kind):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind, (fig.text, fig.kind, fig.about)


# --- a yearly flow or a voucher is no firm's worth --------------------------------------------

@pytest.mark.parametrize("text, needle, kind", [
    ("The company did not disclose the value of the sponsorship, but local media put it at around $500,000 a year.",
     "$500,000", "other"),
    ("The city has promised computing vouchers worth 1 billion yuan this year to help start-ups pay for chips.",
     "1 billion yuan", "other"),
    ("The licence is valued at $4 million per year, the regulator said.", "$4 million", "other"),
    ("Kestra was valued at $2 billion a year ago, its founder said.", "$2 billion", "valuation"),
    ("Kestra, valued at $2 billion a year earlier, is now worth $5 billion.", "$5 billion", "valuation"),
])
def test_a_yearly_flow_or_a_voucher_is_no_valuation(analyze, text, needle, kind):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind, (fig.text, fig.kind, fig.about)
