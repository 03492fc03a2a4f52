"""When a text discusses a category at all: a capitalised term naming a product ("the Little
Giant fryer"), a ratio idiom ("for every unicorn, ..."), and a text that uses category words only
as figures of speech discuss nothing; the business sense still counts."""

import pytest


@pytest.mark.parametrize("text", [
    "Kettlewick Home said the Little Giant toaster sold out twice last winter, and it will add a larger model.",
    "Pendry Appliances, maker of the Gazelle cordless kettle, said sales rose 12% last year.",
    "Dorrow Outdoor will sell its Little Giant camping stove line to Tarnby Gear for $40 million.",
    "Most new restaurants close within three years. For every unicorn there are hundreds that quietly close.",
    "Stop waiting for a unicorn candidate to apply. The little giants on any sales floor are the steady "
    "people nobody notices, and they deserve a raise.",
])
def test_no_category_is_discussed(analyze, text):
    a = analyze(text)
    assert a.categories_discussed == []
    assert all(not o.categories for o in a.organizations)


@pytest.mark.parametrize("text, category", [
    ("Tavrin Robotics became a unicorn in May after raising $150 million at a $1.2 billion valuation.", "unicorn"),
    ("The ministry named 3,000 new Little Giant enterprises this year, bringing the total above 12,000.",
     "little_giant"),
    ("Orlep Foods, a gazelle company, doubled its revenue in each of the past three years.", "gazelle"),
    ("Analysts expect fewer new unicorns this year as late-stage funding slows.", "unicorn"),
])
def test_business_categories_are_discussed(analyze, text, category):
    assert category in analyze(text).categories_discussed


@pytest.mark.parametrize("text", [
    "The science ministry released its Gazelle Enterprise Report on Monday. The report counts 1,200 gazelle "
    "enterprises in the city's high-tech zones, up from 900 a year earlier.",
    "Officials presented the Gazelle Enterprises Yearbook in Wuhan. Gazelle enterprises grew revenue by 40% "
    "on average last year.",
    "The Gazelle Enterprise Forum opened in Xi'an. More than 300 gazelle companies attended.",
])
def test_a_term_written_with_its_firm_noun_is_discussed(analyze, text):
    assert "gazelle" in analyze(text).categories_discussed


@pytest.mark.parametrize("text", [
    "Tovar Kitchens launched the Gazelle Urban Commuter kettle in Leeds, and the Gazelle Tour Deluxe model "
    "followed in May.",
    "Pendle Outdoor said its Gazelle Trail Runner shoe and the Gazelle Speed Racer shoe sold out in a week.",
])
def test_product_names_alone_are_not_discussed(analyze, text):
    assert "gazelle" not in analyze(text).categories_discussed


@pytest.mark.parametrize("text, category", [
    ("The tracker's gazelles are valued at $500 million or more. This year 40 new unicorns were counted.",
     "unicorn"),
    ("Its gazelles, valued above $500 million, are the unicorns of tomorrow; 120 unicorns made this year's "
     "cut.", "unicorn"),
])
def test_a_valuation_band_is_no_figure_of_speech(analyze, text, category):
    assert category in analyze(text).categories_discussed
