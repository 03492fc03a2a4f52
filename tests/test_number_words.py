"""Spelled-out numbers: runs with "hundred" / "thousand" are valued by text2num, the scale word
after them still applies, and a word run never swallows words that are not numbers."""

from __future__ import annotations

import pytest

from giants.figures.money import parse_number, scan


@pytest.mark.parametrize("text, phrase, value, unit", [
    ("The firm has been valued at two hundred and fifty million dollars.",
     "two hundred and fifty million dollars", 250e6, "USD"),
    ("It raised Nine Hundred Million Euros from pension funds.", "Nine Hundred Million Euros", 900e6, "EUR"),
    ("A hundred and fifty firms applied for the title.", "A hundred and fifty", 150, None),
    ("The plant employs one hundred and twenty-five engineers.", "one hundred and twenty-five", 125, None),
    ("About three thousand four hundred workers joined.", "About three thousand four hundred", 3400, None),
    ("Sales were two hundred fifty million yuan.", "two hundred fifty million yuan", 250e6, "CNY"),
])
def test_spelled_out_amounts_and_counts(text, phrase, value, unit):
    found = {a.text: a for a in scan(text)}
    assert phrase in found, list(found)
    assert found[phrase].value == pytest.approx(value) and found[phrase].unit == unit
    assert found[phrase].words


@pytest.mark.parametrize("text, unwanted", [
    ("The twenty-first century belongs to robots.", "twenty"),        # an ordinal, not a number
    ("Five thousand-year-old pottery was found.", None),               # no run into a compound adjective
])
def test_runs_stop_where_numbers_stop(text, unwanted):
    for a in scan(text):
        assert "century" not in a.text and "year" not in a.text
        if unwanted:
            assert not a.text.lower().startswith(unwanted)


def test_between_two_and_five_is_still_a_range():
    [a] = scan("Analysts expect between two and five billion dollars.")
    assert (a.value, a.value_max, a.qualifier, a.unit) == (2e9, 5e9, "range", "USD")


def test_hand_kept_words_still_work():
    assert parse_number("a dozen") == 12
    assert parse_number("thirty-eight") == 38
    assert [(a.text, a.value) for a in scan("It raised half a million dollars.")] == [("half a million dollars", 5e5)]


def test_valuation_in_words_end_to_end(analyze):
    a = analyze("Corvane Systems, a private drone maker, has been valued at two hundred and fifty million dollars.")
    [fig] = [f for f in a.figures if f.unit == "USD"]
    assert fig.text == "two hundred and fifty million dollars"
    assert fig.usd == 250e6 and fig.kind == "valuation"
    assert not any(f.text in ("two", "hundred") for f in a.figures)
