"""giants.figures.money: the amount parser and the rate table, without spaCy."""

from __future__ import annotations

import pytest

from giants.figures.money import Lexicon, load_rates, parse_amount, parse_number, rates_from_data, scan, to_usd
from giants.data import builtin


@pytest.mark.parametrize("raw,value", [
    ("1,000", 1000), ("1,69,802", 169802), ("2,9", 2.9), ("13 009", 13009), ("44,685.37", 44685.37),
    ("½", 0.5), ("1½", 1.5), ("two", 2), ("a hundred", 100), ("0.75", 0.75),
])
def test_parse_number(raw, value):
    assert parse_number(raw) == pytest.approx(value)


@pytest.mark.parametrize("text,value,value_max,unit,qualifier", [
    ("USD34.6 million", 34.6e6, None, "USD", "exact"),
    ("$13 009 million", 13.009e9, None, "USD", "exact"),
    ("£20mn", 20e6, None, "GBP", "exact"),
    ("￥50mn", 50e6, None, "CNY", "exact"),
    ("1.2 trillion won", 1.2e12, None, "KRW", "exact"),
    ("6-million yuan", 6e6, None, "CNY", "exact"),
    ("$4 Bn", 4e9, None, "USD", "exact"),
    ("Rs. 2.13 lakh crore", 2.13e12, None, "INR", "exact"),
    ("₹50 crore", 5e8, None, "INR", "exact"),
    ("10亿元", 1e9, None, "CNY", "exact"),
    ("HK$5bn", 5e9, None, "HKD", "exact"),
    ("half a million dollars", 5e5, None, "USD", "exact"),
    ("more than $100m", 100e6, None, "USD", "lower_bound"),
    ("up to €40 million", 40e6, None, "EUR", "upper_bound"),
    ("roughly 12 billion yen", 12e9, None, "JPY", "approx"),
    ("$1-2 billion", 1e9, 2e9, "USD", "range"),
    ("between $250 and $400 million", 250e6, 400e6, "USD", "range"),
    ("from $12 million to $30 million", 12e6, 30e6, "USD", "range"),
    ("25-30%", 25, 30, "%", "range"),
    ("> 100 per cent", 100, None, "%", "lower_bound"),
    ("5 percentage points", 5, None, "%", "exact"),
    ("12 pct", 12, None, "%", "exact"),
    ("25 basis points", 0.25, None, "%", "exact"),
    ("1.2 to 1.5 billion yuan", 1.2e9, 1.5e9, "CNY", "range"),
    ("Rmb5bn", 5e9, None, "CNY", "exact"),
    ("RM200 million", 200e6, None, "MYR", "exact"),
    ("300 million zloty", 300e6, None, "PLN", "exact"),
])
def test_parse_amount(text, value, value_max, unit, qualifier):
    a = parse_amount(text)
    assert a is not None and a.text == text
    assert a.value == pytest.approx(value)
    assert (a.value_max == pytest.approx(value_max)) if value_max else a.value_max is None
    assert (a.unit, a.qualifier) == (unit, qualifier)


def test_stated_equivalent_is_one_amount():
    [a] = scan("It raised 3 million yuan (about 473,000 U.S. dollars) last year.")
    assert a.text == "3 million yuan (about 473,000 U.S. dollars)"
    assert (a.value, a.unit, a.usd) == (3e6, "CNY", 473000)
    [b] = scan("sales of 20-80 million yuan (roughly $3 million to $11 million)")
    assert (b.value, b.value_max, b.usd, b.usd_max) == (20e6, 80e6, 3e6, 11e6)


def test_signs_scores_and_dates():
    assert parse_amount("a change of -5%").value == -5
    assert [a.text for a in scan("won the vote 3-2 on 2021-05-06") if a.value_max is not None] == []


def test_separate_amounts_stay_separate():
    found = scan("Lending grew from $8.1 billion in May to $9.7 billion in June.")
    assert [a.text for a in found] == ["$8.1 billion", "$9.7 billion"]


@pytest.mark.parametrize("text", ["at 2.15pm", "GPT4o", "the 5G network", "in 2023 won approval", "1mg"])
def test_no_money_or_percent(text):
    assert [a for a in scan(text) if a.unit is not None] == []


def test_ambiguous_forms_follow_the_overrides():
    assert scan("¥3,000", yen="JPY")[0].unit == "JPY"
    assert scan("¥3,000")[0].unit == "CNY"
    assert scan("40 million kroner", overrides={"kroner": "NOK"})[0].unit == "NOK"
    assert scan("40 million kroner")[0].unit == "DKK"


def test_several_equivalents_in_one_bracket():
    [a] = [x for x in scan("It reached 680 million yuan (6.8亿元, about 94 million U.S. dollars) in 2024.") if x.unit]
    assert a.text == "680 million yuan (6.8亿元, about 94 million U.S. dollars)"
    assert (a.value, a.unit, a.usd) == (680e6, "CNY", 94e6)


def test_rate_table_has_dates_and_sources():
    rates = load_rates()
    for code in ("USD", "CNY", "HKD", "SGD", "EUR", "GBP", "JPY", "KRW", "INR", "DKK", "SEK", "CAD", "AUD",
                 "BRL", "CHF"):
        assert rates[code].usd > 0 and rates[code].as_of and rates[code].source
    assert rates["USD"].usd == 1.0


def test_to_usd_uses_the_given_rate():
    rates = rates_from_data({"as_of": "2031-01-01", "source": "t", "rates": {"EUR": {"usd": 2.0}}})
    assert to_usd(5.0, "EUR", rates) == (10.0, "2031-01-01")
    assert to_usd(5.0, "XYZ", rates) == (None, None)
    assert to_usd(5.0, "%", rates) == (None, None)


def test_user_lexicon_adds_a_currency():
    data = builtin("figures")
    extra = {**data, "currency": {"prefix": {**data["currency"]["prefix"], "Kč": "CZK"},
                                  "suffix": data["currency"]["suffix"]}}
    a = parse_amount("Kč 40 million", Lexicon(extra))
    assert (a.value, a.unit) == (40e6, "CZK")


try:
    from hypothesis import given, settings, strategies as st
except ImportError:  # pragma: no cover - hypothesis is in the test extra
    given = None

if given is not None:
    _pieces = st.sampled_from(["$", "US$", "HK$", "Rs.", "₹", "￥", "€", "£", "yuan", "billion", "bn", "m", "crore",
                               "lakh", "%", "per cent", "(", ")", "about", "more than", "between", "and", "to",
                               "from", "-", "–", ",", ".", " ", "\n", "½", "亿", "万", "one", "a", "won",
                               "1", "12", "3,000", "1,69,802", "2,9", "13 009", "0.5", "2021"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.one_of(_pieces, st.text(max_size=3)), max_size=25))
    def test_scan_never_fails_and_spans_are_exact(parts):
        text = " ".join(parts)
        for a in scan(text):
            assert 0 <= a.start < a.end <= len(text)
            assert text[a.start:a.end] == a.text
            assert a.value is None or a.value_max is None or a.value_max >= a.value


def test_a_range_runs_upwards():
    assert all(a.value_max is None for a in scan("between 5 and 2"))


def test_a_change_then_a_level_is_not_a_range():
    assert [a.text for a in scan("Its valuation fell by $2 billion to $6 billion.")] == ["$2 billion", "$6 billion"]
    assert [a.text for a in scan("valued at $2 billion to $3 billion")] == ["$2 billion to $3 billion"]
