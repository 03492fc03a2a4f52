"""'small giant' (a machine translation of 小巨人) names the national title only as a kind of
enterprise; as a bare metaphor it is no category at all."""

from __future__ import annotations

import pytest


def labels(result) -> set[tuple[str, str]]:
    return {(o.name, c.category) for o in result.organizations for c in o.categories}


MUST = [
    ("The following enterprises of our district have been identified as the fifth batch of national specialized "
     "special new \"small giant\" enterprises, now publicized as follows:\n\n1. Changle Tianrun Transmission Co., Ltd.\n"
     "2. Wujin Huaneng Cable Co., Ltd.\n",
     {("Changle Tianrun Transmission Co., Ltd.", "little_giant"), ("Wujin Huaneng Cable Co., Ltd.", "little_giant")}),
    ("Taizhou Gaoke Valve Co., Ltd. was recognised by the Ministry of Industry and Information Technology as a "
     "national \"small giant\" enterprise in July.",
     {("Taizhou Gaoke Valve Co., Ltd.", "little_giant")}),
    ("The list of national specialized and new small giant enterprises announced by MIIT includes Hefei Lanzhou "
     "Sensor Co., Ltd. and Anqing Ruiyuan Filter Co., Ltd.",
     {("Hefei Lanzhou Sensor Co., Ltd.", "little_giant"), ("Anqing Ruiyuan Filter Co., Ltd.", "little_giant")}),
]

MUST_NOT = [
    "Mr Chen called the family bakery a small giant of the neighbourhood.",
    "Pepperidge Farm, a small giant of American baking, was sold to a rival for $60m.",
]


@pytest.mark.parametrize("text,expected", MUST)
def test_small_giant_enterprises_are_little_giants(analyze, text, expected):
    result = analyze(text)
    assert labels(result) == expected
    assert "little_giant" in result.categories_discussed


@pytest.mark.parametrize("text", MUST_NOT)
def test_small_giant_as_a_metaphor_is_no_category(analyze, text):
    result = analyze(text)
    assert labels(result) == set()
    assert "little_giant" not in result.categories_discussed
