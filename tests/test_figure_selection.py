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
