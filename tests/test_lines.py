"""giants_lines: line breaks and wire datelines end a sentence before the parser runs."""

import pytest


@pytest.mark.parametrize("text, first", [
    ("SUZHOU, May 6, 2025 - Tallmoor Robotics lost its national little giant title this year.",
     "Tallmoor Robotics lost"),
    ("NINGBO, July 28 (Xinhua) -- Four firms in the city were named national little giants.",
     "Four firms in"),
    ("Quillfin raises funds\n\nLONDON, January 10, 2024 -- Quillfin, a payments start-up, became a unicorn.",
     "Quillfin, a payments"),
])
def test_a_dateline_is_cut_off_the_first_sentence(nlp, text, first):
    starts = [s.text for s in nlp(text).sents]
    assert any(s.startswith(first) for s in starts), starts


@pytest.mark.parametrize("text", [
    "The US and UK said on Monday - in a joint note - that rates would rise.",
    "NASA and the ESA said on Monday that the launch - planned for May - would slip.",
])
def test_a_dash_in_prose_is_no_dateline(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_the_story_after_a_dateline_keeps_its_organisation_and_label(analyze):
    a = analyze("LONDON, January 10, 2024 -- Quillfin, a payments start-up, became a unicorn after a "
                "$150 million round.")
    org = next(o for o in a.organizations if o.name == "Quillfin")
    assert [c.category for c in org.categories] == ["unicorn"]
