"""giants_figures: one row per phrase, each asserting value, unit, US$ and kind.

Texts are short sentences written for these tests. `usd` is either a number (the
article states it, or the amount is already in US$), RATE (converted at the latest
rate the rate book has, as for any undated text, so the test keeps passing when
the rates are updated; tests/test_rates.py checks the rates themselves) or None
(no currency).
"""

from __future__ import annotations

import pytest

from giants.figures import FigureFinder
from giants.figures.rates import RateBook

RATE = "rate"
BOOK = RateBook()

# (text, the figure's text contains, value, unit, usd, kind)
CASES = [
    # US dollars in every common spelling
    ("Zentrix raised $5.5bn in a Series D round.", "$5.5bn", 5.5e9, "USD", 5.5e9, "funding"),
    ("Lumora was valued at US$1.2 billion after the deal.", "US$1.2 billion", 1.2e9, "USD", 1.2e9, "valuation"),
    ("The start-up secured USD34.6 million in new funding.", "USD34.6 million", 34.6e6, "USD", 34.6e6, "funding"),
    ("Harbin Optics booked revenue of $13 009 million last year.", "$13 009 million", 13.009e9, "USD", 13.009e9,
     "revenue"),
    ("The company raised US$ 2 billion from three funds.", "US$ 2 billion", 2e9, "USD", 2e9, "funding"),
    ("Pine Analytics raised $12.5M from angel investors.", "$12.5M", 12.5e6, "USD", 12.5e6, "funding"),
    ("Brightwave posted sales of $850k in its first year.", "$850k", 850e3, "USD", 850e3, "revenue"),
    ("Kelvin Motors raised 40 million US dollars in a new round.", "40 million US dollars", 40e6, "USD", 40e6,
     "funding"),
    ("Torvane's revenue was $2.4 mn last quarter.", "$2.4 mn", 2.4e6, "USD", 2.4e6, "revenue"),
    ("Ardent Bio raised USD 5MM in a seed round.", "USD 5MM", 5e6, "USD", 5e6, "funding"),
    ("Global chip sales could hit $1.2 trillion by 2030.", "$1.2 trillion", 1.2e12, "USD", 1.2e12, "revenue"),
    ("Bexley Health raised $18.4-million in new funding.", "$18.4-million", 18.4e6, "USD", 18.4e6, "funding"),
    # Chinese yuan, including 亿 and 万
    ("Orvane raised 10 billion yuan from state-backed funds.", "10 billion yuan", 10e9, "CNY", RATE, "funding"),
    ("Qilin Semiconductor's sales reached RMB 3.2 billion in 2023.", "RMB 3.2 billion", 3.2e9, "CNY", RATE,
     "revenue"),
    ("Hanlu Medical's revenue was CNY 800 million last year.", "CNY 800 million", 800e6, "CNY", RATE, "revenue"),
    ("The Wuxi plant was bought for ￥50mn in cash.", "￥50mn", 50e6, "CNY", RATE, "other"),
    ("Shenzhen Minghua raised 5亿元 in its Series A round.", "5亿元", 5e8, "CNY", RATE, "funding"),
    ("Yunding Tech's revenue reached 800万元 in 2022.", "800万元", 8e6, "CNY", RATE, "revenue"),
    ("Beijing-based Quantix is valued at ¥2 billion.", "¥2 billion", 2e9, "CNY", RATE, "valuation"),
    ("The fabless chip maker raised a 6-million yuan seed round.", "6-million yuan", 6e6, "CNY", RATE, "funding"),
    # the article's own US$ equivalent wins
    ("Qianli Robotics raised 3 million yuan (about 473,000 U.S. dollars) from angel investors.",
     "3 million yuan (about 473,000 U.S. dollars)", 3e6, "CNY", 473000, "funding"),
    ("Hubei Gearworks raised more than 2 billion yuan ($281 million) this spring.",
     "more than 2 billion yuan ($281 million)", 2e9, "CNY", 281e6, "funding"),
    ("Delta Grid's market capitalisation passed Rs. 2 lakh crore (US$ 23.9 billion) on Friday.",
     "Rs. 2 lakh crore (US$ 23.9 billion)", 2e12, "INR", 23.9e9, "valuation"),
    # other currencies
    ("Quill Labs raised £20mn in seed funding.", "£20mn", 20e6, "GBP", RATE, "funding"),
    ("Veltra raised €45 million in a Series B round.", "€45 million", 45e6, "EUR", RATE, "funding"),
    ("Aldor Systems was valued at EUR 2 billion.", "EUR 2 billion", 2e9, "EUR", RATE, "valuation"),
    ("Greystone Cycles' turnover was 1.5 billion euros.", "1.5 billion euros", 1.5e9, "EUR", RATE, "revenue"),
    ("Kowloon Data raised HK$3.9 billion in its IPO.", "HK$3.9 billion", 3.9e9, "HKD", RATE, "funding"),
    ("Marina Robotics raised S$120 million from investors.", "S$120 million", 120e6, "SGD", RATE, "funding"),
    ("Pranta Foods raised Rs 500 crore in its latest round.", "Rs 500 crore", 5e9, "INR", RATE, "funding"),
    ("Tikka Pay was valued at ₹8,000 crore in March.", "₹8,000 crore", 8e10, "INR", RATE, "valuation"),
    ("Deccan Soft posted revenue of INR 450 crore.", "INR 450 crore", 4.5e9, "INR", RATE, "revenue"),
    ("Kirana Direct's annual sales rose to Rs 25 lakh.", "Rs 25 lakh", 2.5e6, "INR", RATE, "revenue"),
    ("Pune Grid raised 900 crore rupees in its IPO.",
     "900 crore rupees", 9e9, "INR", RATE, "funding"),
    ("Hanseong Bio raised 50 billion won from local funds.", "50 billion won", 50e9, "KRW", RATE, "funding"),
    ("Tokyo-based Hoshi Devices, a Japanese robot maker, posted sales of ¥200 billion.", "¥200 billion", 200e9,
     "JPY", RATE, "revenue"),
    ("Bergen-based Fjellmat, a Norwegian food maker, posted sales of 310 million kroner.", "310 million kroner",
     310e6, "NOK", RATE, "revenue"),
    ("Aarhus-based Lindtoft, a Danish fintech, raised 75 million kroner.", "75 million kroner", 75e6, "DKK", RATE,
     "funding"),
    ("The Nordic market for oat drinks is worth about 4 billion kroner in Norway.", "4 billion kroner", 4e9,
     "NOK", RATE, "other"),
    ("Kestrel Robotics raised $900 million in a deal that values the firm at $12 billion.", "$12 billion",
     12e9, "USD", 12e9, "valuation"),
    ("Pagora processed payments worth 9 billion euros last year.", "9 billion euros", 9e9, "EUR", RATE, "other"),
    ("Its revenue reached 680 million yuan (6.8亿元, about 94 million U.S. dollars) in 2024.",
     "680 million yuan (6.8亿元, about 94 million U.S. dollars)", 680e6, "CNY", 94e6, "revenue"),
    ("Kyoto Sensors' sales were 12 billion yen.", "12 billion yen", 12e9, "JPY", RATE, "revenue"),
    ("Nordvik Energy raised DKK 40 million in new funding.", "DKK 40 million", 40e6, "DKK", RATE, "funding"),
    ("The minimum is revenue of DKK ½ million.", "DKK ½ million", 0.5e6, "DKK", RATE, "other"),
    ("Malmo Cloud raised SEK 300 million.", "SEK 300 million", 300e6, "SEK", RATE, "funding"),
    ("Maple Freight raised C$25 million in a Series A.", "C$25 million", 25e6, "CAD", RATE, "funding"),
    ("Sao Verde Pagamentos was valued at R$5 billion.", "R$5 billion", 5e9, "BRL", RATE, "valuation"),
    ("Alpen Health's revenue was CHF 90 million.", "CHF 90 million", 90e6, "CHF", RATE, "revenue"),
    ("Solace Group sold the unit for two billion Canadian dollars (1.3 billion euros).",
     "two billion Canadian dollars (1.3 billion euros)", 2e9, "CAD", RATE, "other"),
    # ranges and qualifiers
    ("The round valued Ferro Labs at $1-2 billion.", "$1-2 billion", 1e9, "USD", 1e9, "valuation"),
    ("Tessellate raised more than $100m last year.", "more than $100m", 100e6, "USD", 100e6, "funding"),
    ("Orbis Freight hopes to raise $300-500 million.", "$300-500 million", 300e6, "USD", 300e6, "funding"),
    ("Kestrel Air hopes to raise between $250 and $400 million.", "between $250 and $400 million", 250e6,
     "USD", 250e6, "funding"),
    ("Their valuations range from $150 million to $780 million.", "from $150 million to $780 million", 150e6,
     "USD", 150e6, "valuation"),
    ("Ivory Cloud's last valuation was about $640 million.", "about $640 million", 640e6, "USD", 640e6,
     "valuation"),
    ("Firms qualify when their annual sales are 20-80 million yuan.", "20-80 million yuan", 20e6, "CNY",
     RATE, "other"),
    # other money
    ("Pemberton Foods was acquired for $2.5 billion.", "$2.5 billion", 2.5e9, "USD", 2.5e9, "other"),
    ("A cup of the seasonal drink costs $5.74.", "$5.74", 5.74, "USD", 5.74, "other"),
    ("Orchard Foods' market capitalisation is $40 billion.", "$40 billion", 40e9, "USD", 40e9, "valuation"),
    ("Unicorns are young firms worth over $1bn each.", "over $1bn", 1e9, "USD", 1e9, "other"),
    ("China has 340 drone makers with annual sales above 20 million yuan.", "above 20 million yuan", 20e6, "CNY",
     RATE, "other"),
    ("The low-altitude economy could be worth 1.5 trillion yuan by 2030.", "1.5 trillion yuan", 1.5e12, "CNY", RATE,
     "other"),
    ("Tern Robotics, which was valued at 1.2 to 1.5 billion yuan, plans to list.", "1.2 to 1.5 billion yuan",
     1.2e9, "CNY", RATE, "valuation"),
    ("Grainline spent $30 billion on capital expenditure last quarter.", "$30 billion", 30e9, "USD", 30e9,
     "other"),
    # percentages
    ("Revenue at Kelso Tools grew 35% a year.", "35%", 35, "%", None, "growth_rate"),
    ("Sales rose 22.5 percent year-on-year.", "22.5 percent", 22.5, "%", None, "growth_rate"),
    ("Output fell 7 per cent in 2023.", "7 per cent", 7, "%", None, "growth_rate"),
    ("Exports grew 12 pct in the first half.", "12 pct", 12, "%", None, "growth_rate"),
    ("Output grows by two thirds after the upgrade.", "two thirds", 66.67, "%", None, "growth_rate"),
    ("The fund holds a 29% stake in Verdant Labs.", "29%", 29, "%", None, "other"),
    ("Family firms make up over 90% of all shops.", "over 90%", 90, "%", None, "other"),
    ("Only 2,9% of all winners achieved it.", "2,9%", 2.9, "%", None, "other"),
    ("The central bank cut its policy rate by 25 basis points.", "25 basis points", 0.25, "%", None, "other"),
    ("Funding to the sector fell -12% in 2023.", "-12%", -12, "%", None, "other"),  # funding is not revenue or output: a change, not growth
    ("Operating margins widened by 3 percentage points.", "3 percentage points", 3, "%", None, "other"),
    ("The firms' annual profit must grow by at least 10 percent.", "at least 10 percent", 10, "%", None, "other"),
    # counts
    ("The ministry added 308 manufacturers to its list.", "308", 308, None, None, "count"),
    ("Over 12,000 little giants have been certified so far.", "Over 12,000", 12000, None, None, "count"),
    ("The city now has 857 specialised firms.", "857", 857, None, None, "count"),
    ("Seven Dutch companies lost their unicorn status.", "Seven", 7, None, None, "count"),
    ("The tally of certified firms climbed from 318 to 472.", "from 318 to 472", 318, None, None, "count"),
    ("The app had 3.21 crore monthly active users.", "3.21 crore", 3.21e7, None, None, "other"),
    ("The shop sold 13,000 tickets in two hours.", "13,000", 13000, None, None, "other"),
]


def _find(figures, needle):
    hits = [f for f in figures if needle in f.text or f.text in needle and len(f.text) >= len(needle) - 12]
    assert hits, f"no figure containing {needle!r}; got {[f.text for f in figures]}"
    return hits[0]


@pytest.mark.parametrize("text,needle,value,unit,usd,kind", CASES, ids=[c[1] for c in CASES])
def test_figure_table(analyze, text, needle, value, unit, usd, kind):
    fig = _find(analyze(text).figures, needle)
    assert fig.value == pytest.approx(value, rel=1e-6)
    assert fig.unit == unit
    assert fig.kind == kind
    if usd == RATE:
        latest = BOOK.convert(value, unit, None)
        assert fig.usd == pytest.approx(latest.usd, rel=1e-6)
        assert fig.usd_source == "rate_table" and fig.rate_date == latest.rate_date
        assert fig.rate_source == latest.rate_source
    elif usd is None:
        assert fig.usd is None
    else:
        assert fig.usd == pytest.approx(usd, rel=1e-6)


def test_table_is_large_enough():
    assert len(CASES) >= 60


@pytest.mark.parametrize("text", [
    "The meeting starts at 2.15pm on Monday.",
    "GPT-4 was released in 2023 and COVID-19 hit in 2020.",
    "Call +86 10 6512 3456 for details.",
    "Founded in 2015, the firm moved to Hangzhou on March 17.",
    "The 36-year-old founder spoke at the five-day forum.",
    "The line peels 500 kilograms of crayfish a day.",
    "It ranked No. 7 in the survey.",
    "Many Fortune 500 companies use the software.",
    "The contract runs for 10 years.",
])
def test_not_figures(analyze, text):
    assert analyze(text).figures == []


def test_stated_usd_is_marked_as_from_the_article(analyze):
    fig = _find(analyze("Hubei Gearworks raised 2 billion yuan ($281 million) this spring.").figures, "yuan")
    assert fig.usd == 281e6 and fig.usd_source == "article" and fig.rate_date is None


def test_qualifiers_and_ranges(analyze):
    figs = analyze("Tessellate raised more than $100m. Orbis hopes to raise $1-2 billion, "
                   "about $640 million more than planned. Ideally, up to $40 million.").figures
    by_text = {f.text: f for f in figs}
    assert by_text["more than $100m"].qualifier == "lower_bound"
    rng = by_text["$1-2 billion"]
    assert (rng.qualifier, rng.value, rng.value_max) == ("range", 1e9, 2e9)
    assert by_text["about $640 million"].qualifier == "approx"
    assert by_text["up to $40 million"].qualifier == "upper_bound"


def test_valuation_subject_and_listed_about(analyze):
    a = analyze("Nimbus Robotics, a Shanghai start-up, was valued at $3 billion after its Series C. "
                "Its listed rival Corvid Systems has a market capitalisation of $40 billion in Frankfurt.")
    val = _find(a.figures, "$3 billion")
    assert val.kind == "valuation" and "listed" not in val.about
    listed = _find(a.figures, "$40 billion")
    assert listed.kind == "valuation" and "listed" in listed.about


def test_pre_money_and_fiscal_year_kept_in_about(analyze):
    a = analyze("The round gives Arden Pay a pre-money valuation of $600 million. "
                "Revenue for fiscal year 2024 was $90 million.")
    assert "pre-money" in _find(a.figures, "$600 million").about
    assert "fiscal" in _find(a.figures, "$90 million").about.lower()


def test_decline_is_growth_rate_with_drop(analyze):
    fig = _find(analyze("Sales at Corrin Steel fell 18% last year.").figures, "18%")
    assert fig.kind == "growth_rate" and "drop" in fig.about


def test_ambiguous_dollar_warns(analyze):
    a = analyze("Hong Kong fintech Lantau Pay raised $200 million in a Series C round.")
    fig = _find(a.figures, "$200 million")
    assert fig.unit == "USD"
    assert any("Hong Kong" in w and "HKD" in w for w in a.warnings)
    assert not any("HKD" in w for w in analyze("Ohio-based Lakeshore raised $200 million.").warnings)


def test_a_changed_rate_changes_usd(nlp, tmp_path):
    text = "Orvane raised 10 billion yuan from state funds."
    rates = tmp_path / "rates.toml"
    rates.write_text('as_of = "2030-06-30"\nsource = "test"\n[rates]\nCNY = { usd = 0.5 }\n', encoding="utf-8")
    doc = nlp(text)
    before = _figure_dicts(doc)[0]
    assert before["usd"] == pytest.approx(BOOK.convert(10e9, "CNY", None).usd)
    FigureFinder(nlp, "custom", rates_path=str(rates))(doc)
    after = _figure_dicts(doc)[0]
    assert after["usd"] == pytest.approx(5e9)
    assert after["rate_date"] == "2030-06-30" and after["usd_source"] == "rate_table"
    assert after["rate_source"] == "rates_file"


def test_figures_are_plain_json(nlp):
    import json

    doc = nlp("Zentrix raised $5.5bn, valuing it at 20 billion yuan. Sales grew 35%.")
    assert json.loads(json.dumps(doc._.figures)) == doc._.figures


def _figure_dicts(doc):
    return doc._.figures


@pytest.mark.parametrize("text,needle,subject", [
    ("Larkmoor Energy raised $80 million last year.", "$80 million", "Larkmoor Energy"),
    ("Quorra Health is the third most valuable start-up after Fennel Bio ($5 billion) and Tamsin AI "
     "($3 billion).", "$3 billion", "Tamsin AI"),
    ("Hotel group Brisa Stays opened 40 hotels in Spain. Its latest valuation, agreed with Alder Partners, "
     "was about $900 million.", "$900 million", "Brisa Stays"),
    ("Corvane Robotics is in talks with Ostrom Capital. The start-up plans to raise $150 million.",
     "$150 million", "Corvane Robotics"),
    ("The average valuation of the country's unicorns is $3.1 billion.", "$3.1 billion", None),
])
def test_subject(analyze, text, needle, subject):
    a = analyze(text)
    names = {o.name for o in a.organizations} | {x for o in a.organizations for x in o.aliases}
    # the subject must be one of the organisations the article yields (not a skip: a missing
    # organisation is a failure of the figure's subject too)
    assert subject is None or subject in names, (subject, names)
    fig = _find(a.figures, needle)
    if subject is None:
        assert fig.subject is None
    else:
        assert fig.subject is not None and subject in (fig.subject, *_aliases(a, fig.subject))


def _aliases(analysis, name):
    return [x for o in analysis.organizations if o.name == name for x in o.aliases]


def test_user_vocabulary_extends_the_builtin_one(nlp, tmp_path):
    vocab = tmp_path / "figures.toml"
    vocab.write_text('[currency.suffix]\n"zloty" = "PLN"\n', encoding="utf-8")
    doc = nlp("Warsaw-based Wisla Soft raised 40 million zloty and $5 million.")
    FigureFinder(nlp, "custom", vocab_path=str(vocab))(doc)
    units = {f["text"]: f["unit"] for f in doc._.figures}
    assert units == {"40 million zloty": "PLN", "$5 million": "USD"}


# --- round 2: general rules, each with its own invented sentence ---------------------------------

@pytest.mark.parametrize("text,needle,kind,about_has", [
    # the subject of the verb decides whether a percentage is growth or a price move
    ("Shares of Talvor Instruments climbed 64 per cent on their trading debut in Shenzhen.", "64 per cent",
     "other", "share"),
    ("The Nikkei tech index slipped 1.8% on Tuesday.", "1.8%", "other", "index"),
    ("Orlin Freight, a Tokyo-listed logistics group, gained 6% to a market value of $9 billion.", "6%", "other",
     ""),
    ("Corbel Software's market capitalisation stands near $12 billion, down 17% since January.", "17%", "other",
     ""),
    ("Its subscription volumes grew 45% in FY25, the insurer said.", "45%", "growth_rate", "growth"),
    ("The founder said the firm, whose sales rose 31 percent last year, would hire more engineers.",
     "31 percent", "growth_rate", "growth"),
    ("Its turnover compounded at 38% a year over five years.", "38%", "growth_rate", "growth"),
    ("Exports hit $4 million in 2024, a remarkable 2,300% more than in 2019.", "2,300%", "growth_rate", "growth"),
    # thresholds that describe a group of firms, not one firm
    ("Most of these firms report yearly sales under 2 billion yuan.", "under 2 billion yuan", "other",
     "threshold"),
    ("The survey covered 4,000 family firms with revenue between $20 million and $500 million.",
     "between $20 million and $500 million", "other", "threshold"),
    ("Firms whose sales are 5-50 million euros and whose profit grows by at least 8 percent can apply.",
     "at least 8 percent", "other", "threshold"),
    ("The city has a short list of private software companies in the region worth more than $1 billion.",
     "more than $1 billion", "other", "threshold"),
    ("A unicorn is a private start-up valued at US$1 billion or more.", "US$1 billion or more", "other",
     "threshold"),
    # money kinds
    ("The 40 firms plan to invest over HK$20 billion in new plants.", "over HK$20 billion", "other", "invest"),
    ("Varsko Robotics, whose sales jumped 35% last year to 62 million zlotys, plans a listing.",
     "62 million zlotys", "revenue", "sales"),
])
def test_kind_rules(analyze, text, needle, kind, about_has):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind, (fig.text, fig.kind, fig.about)
    assert about_has in (fig.about or "")


@pytest.mark.parametrize("text,needle,kind,about_has", [
    ("Forty-two Danish manufacturers joined the programme this year.", "Forty-two Danish manufacturers", "count",
     "manufacturers"),
    ("Thirty-one firms were added to the list.", "Thirty-one firms", "count", "firms"),
    ("Suzhou now has 96 national specialised and innovative companies, up from 41 two years ago.", "41", "count",
     "companies"),
    ("The region counts 14 unicorns, down from 19 at the peak.", "19", "count", "unicorns"),
    ("Staff numbers have risen to 180 from 25 in 2020.", "180", "other", ""),
])
def test_count_rules(analyze, text, needle, kind, about_has):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind, (fig.text, fig.kind, fig.about)
    assert about_has in (fig.about or "")


def test_word_numbers_join_tens_and_units(analyze):
    fig = _find(analyze("Fifty-six enterprises entered the list.").figures, "Fifty-six")
    assert fig.value == 56 and fig.text == "Fifty-six enterprises"


@pytest.mark.parametrize("text", [
    "The sanctuary released 45 Arabian oryx and 90 mountain gazelles into the wild last week.",
    "Two zebra foals and three gazelle calves were born at the zoo in May.",
    "The herd now numbers 23 gazelles, which share an enclosure with giraffes.",
    "The wild population has grown to more than 3,000 animals.",
    "Mountain gazelles weigh up to 25 kilograms, and their numbers fell by about 70% in two decades.",
])
def test_animal_data_are_not_figures(analyze, text):
    assert analyze(text).figures == []


def test_a_modifier_is_not_what_is_counted(analyze):
    fig = _find(analyze("A bakery sold 900 unicorn cookies in one weekend.").figures, "900")
    assert fig.kind == "other" and "cookies" in fig.about


def test_a_year_is_not_the_start_of_a_range(analyze):
    figs = analyze("Revenue at Teodor Labs rose from 31 million yuan in 2019 to 140 million yuan in 2024.").figures
    assert [f.text for f in figs if f.unit == "CNY"] == ["31 million yuan", "140 million yuan"]


@pytest.mark.parametrize("text,needle", [
    ("Its turnover tripled in 2024 to 80 million euros, the founder said.", "turnover tripled in 2024"),
    ("The drone maker said sales had doubled in 2024.", "sales had doubled in 2024"),
    ("Exports quadrupled year-on-year.", "Exports quadrupled year-on-year"),
])
def test_multiplication_verbs_are_growth(analyze, text, needle):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "growth_rate" and fig.unit == "%"
    verb = next(w for w in needle.split() if w.endswith("ed") and w != "had")
    assert fig.value == {"tripled": 200, "doubled": 100, "quadrupled": 300}[verb]


def test_only_sales_that_double_are_growth(analyze):
    assert analyze("Both the round size and the share price appear to have doubled.").figures == []
    assert analyze("The firm has more than doubled its headcount since 2021.").figures == []


@pytest.mark.parametrize("text,needle,subject", [
    # "values X at": the object is the firm, not the subject of the clause
    ("Kestrel Robotics raised $900 million in a deal that values the firm at $12 billion.", "$12 billion",
     "Kestrel Robotics"),
    ("Brackley Ventures led a round valuing Nimbus Health at $2bn.", "$2bn", "Nimbus Health"),
    ("Voltaris Energy makes solid-state cells. A round led by Alder Capital values the start-up at $1.5 billion.",
     "$1.5 billion", "Voltaris Energy"),
])
def test_valued_object_is_the_subject(analyze, text, needle, subject):
    a = analyze(text)
    names = {o.name for o in a.organizations} | {x for o in a.organizations for x in o.aliases}
    assert subject in names, (subject, names)
    fig = _find(a.figures, needle)
    assert fig.kind == "valuation" and fig.subject in (subject, *_aliases(a, subject))


def test_values_x_at_is_a_valuation_whatever_the_name_says(analyze):
    a = analyze("Alder Capital led a round in Ordell Pay. Investors valued Ordell Pay at 2 billion euros.")
    fig = _find(a.figures, "2 billion euros")
    assert fig.kind == "valuation"


@pytest.mark.parametrize("text,needle,value", [
    ("The bourse lists 180 firms, about half of which are state-backed.", "about half of which", 50),
    ("The supermarket chain makes up roughly a quarter of its sales.", "a quarter of its sales", 25),
    ("More than two-thirds of the exporters are family-owned.", "two-thirds of the exporters", 66.67),
])
def test_shares_in_words(analyze, text, needle, value):
    fig = _find(analyze(text).figures, needle)
    assert (fig.kind, fig.unit, fig.about) == ("other", "%", "share")
    assert fig.value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Sales in the second half of 2024 were flat.",
    "Its capex is under a fifth of what its rivals spend.",
])
def test_not_shares_in_words(analyze, text):
    assert not [f for f in analyze(text).figures if f.about == "share"]


def test_goods_sold_are_not_firms(analyze):
    fig = _find(analyze("On Friday one cafe sold more than 700 Gazelles, a lemon drink.").figures, "700")
    assert fig.kind == "other"
    assert _find(analyze("The fund backed 12 unicorns last year.").figures, "12").kind == "count"


@pytest.mark.parametrize("text,needle,kind,about_has", [
    # the size of a change is not the valuation or the revenue itself
    ("Zentrix Robotics's valuation fell by $2 billion to $6 billion.", "$2 billion", "other", "change"),
    ("Zentrix Robotics's valuation fell by $2 billion to $6 billion.", "$6 billion", "valuation", "valuation"),
    ("Revenue at Halvard Tools rose by $30 million to $210 million.", "$30 million", "other", "change"),
    ("Gross merchandise volume hit Rs 12,000 crore in FY24.", "Rs 12,000 crore", "other", "merchandise"),
    ("The company's sales have grown at a compound annual rate of 32% since 2019.", "32%", "growth_rate", ""),
    ("The fund manages 10 billion yuan of assets.", "10 billion yuan", "other", ""),
])
def test_changes_and_more_cues(analyze, text, needle, kind, about_has):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind and about_has in (fig.about or "")


def test_giving_it_a_valuation(analyze):
    a = analyze("Hillhouse Capital invested $80 million in Qilin Robotics, giving it a valuation of $900 million.")
    names = {o.name for o in a.organizations}
    assert "Qilin Robotics" in names, names
    assert _find(a.figures, "$900 million").subject == "Qilin Robotics"
    assert _find(a.figures, "$80 million").subject == "Qilin Robotics"


@pytest.mark.parametrize("text", [
    "The fab makes 28-nanometre chips for carmakers.",
    "The robot lifts 500 pounds.",
    "The ranch keeps 3,000 head of cattle.",
    "Its drone carries a 12-kilogram payload at 90 km/h.",
])
def test_physical_quantities_are_not_figures(analyze, text):
    assert analyze(text).figures == []


@pytest.mark.parametrize("text,needle,kind,about_has", [
    ("The 12-year contract is worth 80 million euros.", "80 million euros", "other", "contract"),
    ("The takeover is valued at $3.2 billion.", "$3.2 billion", "other", "takeover"),
    ("Corvane Robotics is worth $2 billion.", "$2 billion", "valuation", "valuation"),
    ("The cells store 40 percent more energy than rival packs.", "40 percent", "other", "comparison"),
    ("Sales hit $5 million, 300% more than two years earlier.", "300%", "growth_rate", "growth"),
])
def test_worth_and_comparisons(analyze, text, needle, kind, about_has):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == kind and about_has in (fig.about or "")


def test_second_of_a_pair_after_a_blocking_word(analyze):
    assert analyze("It was founded by two engineers aged 31 and 34.").figures == []


def test_possessive_name_before_the_amount_is_the_subject(analyze):
    a = analyze("Larchmont Partners led Nimbus Health's $50 million Series B round.")
    assert "Nimbus Health" in {o.name for o in a.organizations}
    assert _find(a.figures, "$50 million").subject == "Nimbus Health"


def test_two_word_entity_nouns(analyze):
    fig = _find(analyze("The study compared 120 Swiss niche leaders with Korean rivals.").figures, "120")
    assert fig.kind == "count"


def test_a_plural_group_subject_names_no_firm(analyze):
    a = analyze("According to the data firm Keller Insights, German start-ups raised 7.1 billion euros this year.")
    assert _find(a.figures, "7.1 billion euros").subject is None


def test_sector_output_is_other(analyze):
    fig = _find(analyze("The sector's output is expected to exceed 80 billion yuan this year.").figures, "80 billion")
    assert fig.kind == "other" and fig.about == "output"


def test_a_cue_in_the_next_clause_does_not_count(analyze):
    a = analyze("Its gross written premium grew 60% to Rs 900 crore, and its losses narrowed to Rs 50 crore.")
    assert _find(a.figures, "Rs 900 crore").kind == "revenue"
    assert _find(a.figures, "Rs 50 crore").kind == "other"


@pytest.mark.parametrize("text,needle,about_has", [
    ("The bureau certified 44 new gazelle enterprises, bringing the total to 290.", "290", "gazelle enterprises"),
    ("This year 61 companies made the list, taking the number of certified firms in the zone to 428.", "428",
     "firms"),
])
def test_bringing_the_total_to(analyze, text, needle, about_has):
    fig = _find(analyze(text).figures, needle)
    assert fig.kind == "count" and about_has in fig.about


def test_animal_sentences_keep_their_business_figures(analyze):
    a = analyze("Two tiger cubs made their debut at the safari park, drawing about 40,000 visitors, "
                "up 18 percent from last year.")
    assert _find(a.figures, "18 percent").kind == "growth_rate"
    assert not [f for f in analyze("Fewer than 600 tigers live in the wild, and their population has grown by "
                                   "about 30 percent in a decade.").figures]
    fig = _find(analyze("A bakery sold 5,000 tiger-shaped buns.").figures, "5,000")
    assert fig.kind == "other" and "buns" in fig.text


def test_percentage_points_are_a_change_not_growth(analyze):
    figs = analyze("The jobless rate rose 0.4 percentage points to 5.3% in May.").figures
    assert [f.text for f in figs] == ["0.4 percentage points", "5.3%"]
    assert all(f.kind == "other" for f in figs)
