"""Currency codes, symbols and names from CLDR (babel): every ISO 4217 code in use is read as a
currency; an unknown currency still gives a figure, with usd null."""

from __future__ import annotations

import pytest

from giants.figures.money import cldr_currencies, load_rates, scan


def money(text):
    return [(a.text, a.value, a.unit) for a in scan(text) if a.unit not in (None, "%")]


@pytest.mark.parametrize("text, phrase, value, unit", [
    ("Investors value it at AED 4 billion after the round.", "AED 4 billion", 4e9, "AED"),
    ("The fund committed SAR 1.2bn to the project.", "SAR 1.2bn", 1.2e9, "SAR"),
    ("The ministry plans IDR 53 trillion of spending.", "IDR 53 trillion", 53e12, "IDR"),
    ("The fintech raised BRL 2 billion from local banks.", "BRL 2 billion", 2e9, "BRL"),
    ("It closed a R$ 300 million round in São Paulo.", "R$ 300 million", 3e8, "BRL"),
    ("The app is now worth ₹1,200 crore.", "₹1,200 crore", 1.2e10, "INR"),
    ("The start-up raised ₩250 billion in its Series C.", "₩250 billion", 2.5e11, "KRW"),
    ("Lenders approved NGN 1.5 trillion in credit lines.", "NGN 1.5 trillion", 1.5e12, "NGN"),
    ("The deal is worth 4 billion AED, people familiar said.", "4 billion AED", 4e9, "AED"),
    ("It paid 500 million Saudi riyals for the site.", "500 million Saudi riyals", 5e8, "SAR"),
    ("A round of 3 million Kenyan shillings closed.", "3 million Kenyan shillings", 3e6, "KES"),
    ("Sales reached VND 25 trillion last year.", "VND 25 trillion", 25e12, "VND"),
    ("The lira loan (TRY 5 billion) was repaid.", "TRY 5 billion", 5e9, "TRY"),
])
def test_codes_symbols_and_names(text, phrase, value, unit):
    assert (phrase, value, unit) in money(text)


@pytest.mark.parametrize("text", [
    "TOP 10 START-UPS TO WATCH IN 2025",      # a code that is an English word, no scale
    "ALL 5 FIRMS MADE THE LIST",
    "Hong Kong SAR 2024 budget speech",
    "The CEO 5 years ago said so.",             # three capitals that are no ISO code
    "The XYZ 5 prototype flew.",
])
def test_capital_words_are_not_currencies(text):
    assert money(text) == []


def test_every_code_with_a_rate_parses_as_a_code():
    for code in load_rates():
        assert money(f"It raised {code} 250 million in the round.") == [(f"{code} 250 million", 2.5e8, code)], code


def test_cldr_gives_the_full_iso_list():
    codes, symbols, names = cldr_currencies()
    assert len(codes) > 150
    assert {"AED", "SAR", "NGN", "KES", "EGP", "VND", "XOF"} <= codes
    assert symbols["₹"] == "INR" and symbols["₩"] == "KRW" and symbols["R$"] == "BRL"
    assert names["Saudi riyals"] == "SAR"
    assert "DEM" not in codes  # a past currency (Deutsche Mark) is not a code in use


def test_unknown_currency_still_gives_a_figure_with_null_usd(analyze):
    # (the rate table has no Mongolian tögrög)
    a = analyze("Ulaanbaatar lender Okwu Finance raised MNT 1.5 trillion in new deposits, it said.")
    [fig] = [f for f in a.figures if f.unit == "MNT"]
    assert fig.value == 1.5e12 and fig.usd is None and fig.rate_source is None


def test_a_table_currency_gets_a_usd(analyze):
    a = analyze("Dubai start-up Sahra Logistics is valued at AED 4 billion after its latest round.")
    [fig] = [f for f in a.figures if f.unit == "AED"]
    assert fig.kind == "valuation" and fig.usd == pytest.approx(4e9 * load_rates()["AED"].usd)
    assert fig.rate_source == "rates_toml"
