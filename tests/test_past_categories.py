"""A status the text says is over ("lost its unicorn status", "was stripped of the title")
is reported on the organisation as a past category, never as a label; the store reads it so
that a later article's ended status wins over an older label."""

import pytest


def _org(analysis, name):
    return next(o for o in analysis.organizations if o.name == name)


@pytest.mark.parametrize("text, name, category", [
    ("Tallmoor Robotics, a Suzhou maker of gear reducers, lost its national little giant title this year "
     "after failing the three-year review.", "Tallmoor Robotics", "little_giant"),
    ("Plintar Homes, the modular-housing start-up, has lost its unicorn status after raising $120 million "
     "in a down round.", "Plintar Homes", "unicorn"),
    ("Orrisford Kitchen Equipment was stripped of its national little giant title in June after a safety "
     "inspection.", "Orrisford Kitchen Equipment", "little_giant"),
])
def test_an_ended_status_is_past_not_a_label(analyze, text, name, category):
    org = _org(analyze(text), name)
    assert category not in [c.category for c in org.categories]
    past = [p for p in org.past_categories if p.category == category]
    assert past, org.past_categories
    s, e = past[0].span
    assert text[s:e].strip() == past[0].evidence


@pytest.mark.parametrize("text, name, category", [
    ("Merrow Labs became a unicorn in March after a $200 million round that valued it at $1.3 billion.",
     "Merrow Labs", "unicorn"),
    ("Tallmoor Robotics was named a national little giant by the Ministry of Industry and Information "
     "Technology in July.", "Tallmoor Robotics", "little_giant"),
])
def test_a_held_status_is_not_past(analyze, text, name, category):
    org = _org(analyze(text), name)
    assert category in [c.category for c in org.categories]
    assert org.past_categories == []


# "every year since 2020" spans from that year to the article's own year (its dateline)
@pytest.mark.parametrize("text, name", [
    ("OSLO, June 2, 2025 -- Brakvik, a maker of heat pumps founded in 2019, said its sales had grown by more "
     "than 40 percent every year since 2021.", "Brakvik"),
    ("TURIN, March 3, 2024 -- Velloro, a meal-kit start-up founded in 2018, has increased its revenue by "
     "50 percent a year since 2020.", "Velloro"),
    ("PUNE, 12 August 2023 -- Shrenik Foods, set up in 2017, said its revenue has grown 35 percent a year "
     "since 2019.", "Shrenik Foods"),
])
def test_growth_since_a_year_runs_to_the_articles_year(analyze, text, name):
    org = _org(analyze(text), name)
    assert [(c.category, c.basis) for c in org.categories] == [("gazelle", "criterion")]


@pytest.mark.parametrize("text, name", [
    # one year to the article's date: too short a run
    ("OSLO, June 2, 2025 -- Brakvik, a maker of heat pumps founded in 2019, said its sales had grown by more "
     "than 40 percent since 2024.", "Brakvik"),
    # an old firm: growth alone makes no gazelle
    ("TURIN, March 3, 2024 -- Velloro, founded in 1952, has increased its revenue by 50 percent a year "
     "since 2020.", "Velloro"),
])
def test_growth_since_a_year_needs_a_long_run_and_a_young_firm(analyze, text, name):
    org = _org(analyze(text), name)
    assert "gazelle" not in [c.category for c in org.categories]
