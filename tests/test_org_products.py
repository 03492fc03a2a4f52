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
    ("Face tracking works with the front-facing DepthSense cameras on newer phones.", "DepthSense"),
    ("The key is for the network to deploy a ClipGuard system, similar to its rival’s, to stop copying.",
     "ClipGuard"),
    ("Gamers loved the NovaQuest game, and sales rose.", "NovaQuest"),
])
def test_name_before_a_product_noun_is_a_product(nlp, text, product):
    assert product not in forms_of(nlp, text)


# an appositive with an owner, "X, its open source framework"; the object of "release of", "built on"
@pytest.mark.parametrize("text, product", [
    ("Dunsop Labs contributed Pyrelane, its open source learning framework, to the project.", "Pyrelane"),
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


# names the parse lists with products of their kind, or sets beside an owned product noun
@pytest.mark.parametrize("text, product", [
    ("A law banned RidePop and other similar services operating in France.", "RidePop"),
    ("Officials said the ban covers CabShare and other services like it.", "CabShare"),
    ("The city banned ScootBee and other similar services last October.", "ScootBee"),
    ("Last week, Brightwave introduced a new and improved HomeWatch, the Brightwave feature that sends alerts.",
     "HomeWatch"),
])
def test_listed_with_products_or_named_as_an_owned_feature(nlp, text, product):
    assert product not in forms_of(nlp, text)


# "X's Name" where the model tags X an organisation and the name never acts
@pytest.mark.parametrize("text, owner, product", [
    ("Clusters run on Quenby Labs’s Wispel and other open tools.", "Quenby Labs", "Wispel"),
    ("Teams moved to Brimlow Group’s Tallybook for payroll.", "Brimlow Group", "Tallybook"),
    ("Shoppers moved to Tesselate Inc’s CartBox over the summer.", "Tesselate Inc", "CartBox"),
])
def test_a_name_held_by_an_organisation_is_its_product(nlp, text, owner, product):
    forms = forms_of(nlp, text)
    assert owner in forms and product not in forms


@pytest.mark.parametrize("text, firm", [
    ("Velto Group’s Skyrail hired 300 engineers last year.", "Skyrail"),
    ("Roadlet raised $20m last year. Regulators banned Roadlet and other similar services in May.", "Roadlet"),
])
def test_an_owned_or_listed_name_that_acts_stays_a_firm(nlp, text, firm):
    assert firm in forms_of(nlp, text)


def test_a_home_town_before_the_product_noun_is_no_owner(nlp):
    text = "The cut contrasts with Pasajo, the Lima travel-booking app, whose investors valued it at $2bn in May."
    assert "Pasajo" in forms_of(nlp, text)


@pytest.mark.parametrize("text, unit", [
    ("Jane Roe, from Yarrowby's Marlpit Laboratories, told reporters the format would win.", "Marlpit Laboratories"),
])
def test_a_named_unit_of_an_owner_stays_an_organisation(nlp, text, unit):
    assert unit in forms_of(nlp, text)



@pytest.mark.parametrize("text, body", [
    ("It was part of what Brimlow’s DeepVane research group used in its game program.", "DeepVane"),
    ("The method came from Brimlow Inc’s Quarrel research team last year.", "Quarrel"),
    ("Greenhouses stand near Wexford Inc’s Brackenholt Research Center in the valley.", "Brackenholt Research Center"),
])
def test_a_named_unit_of_an_owner_is_not_a_product(nlp, text, body):
    assert body in forms_of(nlp, text)


def test_an_owner_of_a_named_thing_stays_a_body(nlp):
    text = ("Later, a Quixel and Dunsop system beat top players. In games, Quixel’s Quixel Five and Dunsop’s own "
            "agents beat 99% of humans.")
    assert "Quixel" in forms_of(nlp, text)


def test_makers_joined_before_a_product_noun_stay_bodies(nlp):
    text = "Subsequently, a Quixel and DeepVane system beat top players, and DeepVane said it would publish the work."
    forms = forms_of(nlp, text)
    assert "Quixel" in forms and "DeepVane" in forms
