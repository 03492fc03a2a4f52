"""The figures component's growth period: `period_years` and `per_year` on growth figures
(giants/figures/periods.py), which the gazelle test reads."""

import pytest


def _growth(nlp, text, published=None):
    doc = nlp.make_doc(text)
    if published:
        doc._.published = published
    doc = nlp(doc)
    rates = [f for f in doc._.figures if f.get("kind") == "growth_rate"]
    assert rates, [(f["text"], f["kind"]) for f in doc._.figures]
    return rates[0]


@pytest.mark.parametrize("text, published, years", [
    ("Revenue at Korvane Labs grew 310% over three years, the company said.", None, 3),
    ("Pellmora's sales rose 85% a year between 2019 and 2023.", None, 4),
    ("Brisket Robotics has grown revenue by more than 40% every year since 2020.", "2024-05-01", 4),
    ("Fenwold Foods grew its turnover 60% for the fourth year in a row.", None, 4),
])
def test_period_years_stated(nlp, text, published, years):
    assert _growth(nlp, text, published)["period_years"] == years


def test_per_year_is_read_off_the_sentence(nlp):
    assert _growth(nlp, "Pellmora's sales rose 85% a year between 2019 and 2023.")["per_year"] is True
    assert _growth(nlp, "Revenue at Korvane Labs grew 310% over three years.")["per_year"] is False


def test_single_year_growth_is_one_year(nlp):
    f = _growth(nlp, "Orvill Games grew its revenue 900% in a single year, founded in 2015.", "2021-03-01")
    assert f["period_years"] == 1


def test_no_period_stated(nlp):
    assert _growth(nlp, "Mallow Systems said sales grew 45% last quarter.")["period_years"] is None


def test_founding_year_is_no_period_end(nlp):
    """'founded in 2016 ... in 2023': the founding year does not open a growth period."""
    f = _growth(nlp, "Founded in 2016, Quillon Health grew revenue 120% in 2023.")
    assert f["period_years"] is None


def _amounts(nlp, text):
    doc = nlp(text)
    return {f["text"]: f for f in doc._.figures}


def test_year_an_amount_is_stated_for(nlp):
    figs = _amounts(nlp, "Revenue at Korvane Labs rose from $2.1 million in 2021 to $19.6 million (2024).")
    assert figs["$2.1 million"]["year"] == 2021
    assert figs["$19.6 million"]["year"] == 2024
    figs = _amounts(nlp, "Pellmora booked revenue of $8 million for FY2023.")
    assert figs["$8 million"]["year"] == 2023


def test_no_year_when_none_follows(nlp):
    figs = _amounts(nlp, "In 2021 Korvane Labs raised $30 million from investors.")
    assert figs["$30 million"]["year"] is None
    figs = _amounts(nlp, "Korvane Labs raised $30 million and, in 2022, hired 40 staff.")
    assert figs["$30 million"]["year"] is None
