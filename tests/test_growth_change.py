"""A young firm's revenue stated as a change over a period ("from X to Y over three years") is
the gazelle test's growth, as is a rate stated "in each of the past four years"; short periods,
slow growth and old firms are not."""

import pytest


def _cats(analysis, name):
    return [c.category for c in next(o for o in analysis.organizations if o.name == name).categories]


@pytest.mark.parametrize("text, name", [
    ("Founded in 2019, Bexley Freightworks has grown its revenue from $2 million to $19 million over the "
     "past three years, the company said in 2024.", "Bexley Freightworks"),
    ("Solar installer Marrick Power, set up in 2017, has lifted its revenue since 2020 from $3 million "
     "to $24 million, it said in its 2023 report.", "Marrick Power"),
    ("The ranking lists firms by revenue growth between 2020 and 2023. Tolvane Health came fourth after "
     "its sales rose from $1.5 million to $12 million.", "Tolvane Health"),
    ("Kerrin Packaging, founded in 2016, has grown its turnover more than 30% in each of the last four "
     "years, it said in 2021.", "Kerrin Packaging"),
])
def test_growth_over_a_period_is_a_gazelle(analyze, text, name):
    assert "gazelle" in _cats(analyze(text), name)


@pytest.mark.parametrize("text, name", [
    # one year is no multi-year growth
    ("Bexley Freightworks, founded in 2019, grew its revenue from $2 million to $19 million between 2023 "
     "and 2024.", "Bexley Freightworks"),
    # slow: under the yearly rate
    ("Founded in 2019, Marrick Power has grown its revenue from $20 million to $24 million over the past "
     "three years, it said in 2024.", "Marrick Power"),
    # an old firm
    ("Tolvane Steel, founded in 1952, lifted its revenue from $2 million to $19 million over the past "
     "three years, it said in 2024.", "Tolvane Steel"),
    # no period
    ("Kerrin Packaging, founded in 2019, says its revenue rose from $2 million to $19 million, it said in 2024.",
     "Kerrin Packaging"),
])
def test_short_slow_old_or_unbounded_change_is_no_gazelle(analyze, text, name):
    assert "gazelle" not in _cats(analyze(text), name)


@pytest.mark.parametrize("text, name", [
    # a plan's span is not the rate's period
    ("Founded in 2021, Ravel Chips reported revenue of $40 million, up 250%, and said it remains on track to "
     "meet its goal of opening five plants in four years.", "Ravel Chips"),
    # a forecast is no growth achieved
    ("Founded in 2020, Brask Analytics expects its revenue to grow 60% a year over the next three years, "
     "it said in 2024.", "Brask Analytics"),
    # an established firm by a title before its name
    ("Logistics giant Harnett Freight grew its revenue 45% a year over the past three years, it said in 2024.",
     "Harnett Freight"),
])
def test_plans_forecasts_and_giants_are_no_gazelles(analyze, text, name):
    assert "gazelle" not in _cats(analyze(text), name)


def test_a_period_outside_a_goal_still_counts(analyze):
    text = ("Founded in 2020, Ravel Chips grew revenue 250% over the past three years and set itself a goal "
            "of opening five plants, it said in 2024.")
    assert "gazelle" in _cats(analyze(text), "Ravel Chips")
