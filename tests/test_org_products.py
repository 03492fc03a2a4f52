"""Names the text uses as products, services or features are not organisations; a firm of the
same name that acts (says, raises, hires) stays one."""

from __future__ import annotations

import pytest


def names_of(nlp, text):
    return {o["name"] for o in nlp(text)._.organizations}


def forms_of(nlp, text):
    out = set()
    for o in nlp(text)._.organizations:
        out |= {o["name"], *o.get("aliases", [])}
    return out


# a name modifying a product noun: "the X service", "its X cameras", "a X system"
@pytest.mark.parametrize("text, product", [
    ("Subscribers pay for the Quillora service every month, and prices rose in March.", "Quillora"),
    ("The phone ships with front-facing Vendrix cameras and a larger battery.", "Vendrix"),
    ("The key is for the network to deploy a Tessmark system to catch copied clips.", "Tessmark"),
])
def test_name_before_a_product_noun_is_a_product(nlp, text, product):
    assert product not in forms_of(nlp, text)


# an appositive with an owner, "X, its open source framework"; the object of "release of", "built on"
@pytest.mark.parametrize("text, product", [
    ("Hollins Labs contributed Pyrelane, its open source learning framework, to the project.", "Pyrelane"),
    ("This follows the release of the Orbix Compute Stick with similar power.", "Orbix Compute Stick"),
    ("Many of the shops are built on Cartwell and sell through social networks.", "Cartwell"),
])
def test_owned_appositive_and_product_objects(nlp, text, product):
    assert product not in forms_of(nlp, text)


# must not: a firm that shares its product's name and acts as a firm stays one; a place's firm too
@pytest.mark.parametrize("text, firm", [
    ("Quillora raised $40m in a Series B round. Users of the Quillora app grew fast.", "Quillora"),
    ("Vendrix said it hired 200 engineers. The Vendrix platform now has ten million users.", "Vendrix"),
    ("Kenya's Zamtel Pay raised $12m from investors, the startup said.", "Zamtel Pay"),
])
def test_a_firm_that_acts_stays_a_firm(nlp, text, firm):
    assert firm in forms_of(nlp, text)
