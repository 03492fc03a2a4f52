"""A status the text says is over ("lost its unicorn status", "was stripped of the title")
is reported on the organisation as a past category, never as a label; the store reads it so
that a later article's ended status wins over an older label."""

import pytest


def _org(analysis, name):
    return next(o for o in analysis.organizations if o.name == name)


@pytest.mark.parametrize("text, name, category", [
    ("Tallmoor Robotics, a Suzhou maker of gear reducers, lost its national little giant title this year "
     "after failing the three-year review.", "Tallmoor Robotics", "little_giant"),
    ("Plinth Homes, the modular-housing start-up, has lost its unicorn status after raising $120 million "
     "in a down round.", "Plinth Homes", "unicorn"),
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
