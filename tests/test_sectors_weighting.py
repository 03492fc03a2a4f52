"""Sector ranking: where a term stands and whose business it describes."""

from __future__ import annotations

import pytest


def ids(analysis) -> list[str]:
    return [s.id for s in analysis.sectors]


NOTICE = ("Notice on the publicity of the list of gazelle enterprises in Dongpo District\n\n"
          "After expert review, the following enterprises are proposed for the list. "
          "Any objection may be reported in writing.\n\n{body}\n\n"
          "Dongpo District Management Committee\nMarch 3, 2025\n")


# ---------------------------------------------------------------- rosters of names, one a line

@pytest.mark.parametrize("body, expected", [
    ("Fenghua Weiqi Solar Energy Co., Ltd.\nMoyuan Zhenxu Pharmaceutical Co., Ltd.\n"
     "Baoshan Kaiyue Precision Bearing Co., Ltd.",
     {"new_energy", "pharmaceuticals", "manufacturing"}),
    ("(1) Fenghua Weiqi Solar Energy Co., Ltd. (Xiqiao Town)\n(2) Moyuan Zhenxu Pharmaceutical "
     "Co., Ltd. (Beiyuan District)\n(3) Wenzhai Dongcheng Lithium Battery Co., Ltd. (Wenzhai City)",
     {"new_energy", "pharmaceuticals"}),
    ("1. Moyuan Zhenxu Pharmaceutical Co., Ltd.\n2. Wenzhai Dongcheng Lithium Battery Co., Ltd.\n"
     "3. Hexi Meiyuan Logistics Co., Ltd.",
     {"new_energy", "pharmaceuticals", "transportation"}),
])
def test_names_in_a_roster_of_lines_say_what_the_firms_do(analyze, body, expected):
    got = set(ids(analyze(NOTICE.format(body=body))))
    assert expected <= got, got


def test_one_name_on_a_line_of_its_own_is_no_roster(analyze):
    text = NOTICE.format(body="The list is published in the attachment.\n\n"
                              "Moyuan Zhenxu Pharmaceutical Co., Ltd.")
    assert "pharmaceuticals" not in ids(analyze(text))


def test_names_on_lines_that_say_more_are_no_roster(analyze):
    body = ("Moyuan Zhenxu Pharmaceutical Co., Ltd. moved its office to the new park last spring.\n"
            "Wenzhai Dongcheng Lithium Battery Co., Ltd. hired a new accountant in the autumn.")
    got = ids(analyze(NOTICE.format(body=body)))
    assert "pharmaceuticals" not in got and "new_energy" not in got, got


# ---------------------------------------------------------------- a person's past employer

@pytest.mark.parametrize("text, passing, topic", [
    ("Pellam raises $20 million\n\nPellam, a payroll software company, raised $20 million on Monday. "
     "Its founder, a former product head at a travel firm, said hiring would double.", "travel_hospitality", "software"),
    ("Corvina grows\n\nCorvina, a cybersecurity start-up, doubled its revenue. Chief executive Ada Brun, "
     "a former analyst at a semiconductor company, said sales rose.", "semiconductors", "information_technology"),
    ("Tillby expands\n\nTillby, a payments firm, opened an office in Leeds. Its chair spent ten years "
     "at a hotel chain before joining.", "travel_hospitality", "fintech"),
])
def test_a_persons_past_employer_is_not_the_business(analyze, text, passing, topic):
    got = ids(analyze(text))
    assert got[:1] == [topic], got
    assert passing not in got, got


def test_a_firm_described_as_what_it_is_still_counts(analyze):
    got = ids(analyze("Mirrow grows\n\nMirrow, a travel firm, added 40 routes. The travel firm now "
                      "sells tours in six countries."))
    assert got[:1] == ["travel_hospitality"], got
    got = ids(analyze("Osmund hires\n\nOsmund, a semiconductor company based in Austin, works at the "
                      "edge of chip design and hired 30 engineers."))
    assert got[:1] == ["semiconductors"], got


@pytest.mark.parametrize("text", [
    "Home-cooked meal subscription platform Dabbo raised $30 million to reach more cities.",
    "Dabbo, which runs central kitchens in four cities, raised $30 million from investors.",
    "Dabbo's catering arm serves offices in four cities, and its meal subscription plans grew 40%.",
])
def test_meal_subscriptions_and_central_kitchens_are_food_delivery(analyze, text):
    got = ids(analyze(text))
    assert got[:1] == ["food_delivery"], got


# ---------------------------------------------------------------- what a service handles

@pytest.mark.parametrize("text, expected, not_expected", [
    ("Ibadan-based Ayomi, a truck-booking platform, tripled its revenue last year.",
     "transportation", "travel_hospitality"),
    ("Fretta, a freight-booking platform for small exporters, tripled its revenue last year.",
     "transportation", "travel_hospitality"),
    ("Velomint, a scooter booking platform, opened in six cities and tripled its revenue.",
     "transportation", "travel_hospitality"),
])
def test_what_a_booking_service_books_says_the_trade(analyze, text, expected, not_expected):
    got = ids(analyze(text))
    assert got[:1] == [expected], got
    assert not_expected not in got, got


@pytest.mark.parametrize("text", [
    "Staymo, a hotel-booking platform, tripled its revenue last year as tourism recovered.",
    "Staymo, a booking platform for holiday rentals, tripled its revenue last year.",
])
def test_a_booking_platform_for_stays_stays_travel(analyze, text):
    got = ids(analyze(text))
    assert got[:1] == ["travel_hospitality"], got


# ---------------------------------------------------------------- what a product is made from

@pytest.mark.parametrize("text, topic, source", [
    ("Umbra Maps, which builds crop-mapping software from drone and satellite imagery, grew 300%.",
     "software", "low_altitude_economy"),
    ("Quillow Labs develops planning software using robotics data from warehouses and grew 200%.",
     "software", "robotics"),
    ("Pinto builds billing software using semiconductor test data and grew 150% last year.",
     "software", "semiconductors"),
])
def test_what_a_product_is_made_from_does_not_lead(analyze, text, topic, source):
    result = analyze(text)
    got = ids(result)
    assert got[:1] == [topic], got
    scores = {s.id: s.score for s in result.sectors}
    assert scores.get(source, 0) < scores[topic], scores


@pytest.mark.parametrize("text, topic", [
    ("Umbra Air builds drones for farms and grew 300% last year.", "low_altitude_economy"),
    ("Quillow Labs is known for its warehouse robots and grew 200% last year.", "robotics"),
])
def test_what_a_firm_makes_still_describes_it(analyze, text, topic):
    assert ids(analyze(text))[:1] == [topic]


# ---------------------------------------------------------------- household appliances

@pytest.mark.parametrize("text", [
    "Brisk Home sells its air fryer brand to a rival\n\nBrisk Home agreed to sell its air fryer line for $50 million.",
    "Tamsin Pans, a cookware maker from Ohio, agreed to be bought by a Japanese appliance brand.",
    "Ohio-based appliance maker Orland Brands agreed to sell its toaster line for $50 million.",
])
def test_appliance_and_cookware_makers_are_consumer_products(analyze, text):
    assert ids(analyze(text))[:1] == ["consumer_products"]


@pytest.mark.parametrize("text", [
    "The chef bought a new fryer for the restaurant kitchen and hired two cooks last week.",
    "The kitchen of the town hall was repainted and a new oven was fitted last week.",
])
def test_kitchen_words_in_passing_are_no_consumer_products(analyze, text):
    assert "consumer_products" not in ids(analyze(text))


# ---------------------------------------------------------------- takeover battles

@pytest.mark.parametrize("text", [
    "Rival lenders fight over Kessel\n\nHarmon Financial made a takeover offer for Kessel Trust, a "
    "regional lender, topping a rival hostile bid. Kessel shareholders will vote next month.",
    "Orvel launched a tender offer for Brisco Bank on Monday, the latest step in a bank merger that "
    "would create the country's largest banking group.",
    "Talks on a bank merger between Sorbeck and Marrow collapsed after a hostile bid from a third lender.",
])
def test_takeover_battles_are_capital_markets(analyze, text):
    assert ids(analyze(text))[:1] == ["capital_markets"]


@pytest.mark.parametrize("text", [
    "Pellam, a payroll software company, announced a merger of its two sales teams in Leeds.",
    "The council approved the merger of two primary schools and a new banking hall for the town museum.",
])
def test_a_merger_in_passing_is_no_capital_markets(analyze, text):
    assert "capital_markets" not in ids(analyze(text))


def test_what_a_product_is_made_from_is_a_passing_word_even_when_listed(analyze):
    got = ids(analyze("Umbra Maps grows\n\nUmbra Maps, which builds crop-mapping software from drone imagery "
                      "and satellite photos, grew 300% last year and hired 40 software engineers."))
    assert got[:1] == ["software"], got
    assert "low_altitude_economy" not in got and "aerospace" not in got, got


def test_buyers_named_after_from_still_count(analyze):
    got = ids(analyze("Pelloway Axles grows\n\nPelloway Axles, a bearing maker, earned half its revenue "
                      "from aviation customers and wind-turbine makers last year, and plans more sales to "
                      "aviation customers and wind-turbine makers."))
    assert "aerospace" in got and "new_energy" in got, got


def test_a_whole_term_after_from_is_no_qualifier(analyze):
    got = ids(analyze("Pelloway grows\n\nPelloway, a machine-vision firm, now earns most of its revenue from "
                      "robotics and plans to sell more to robotics makers."))
    assert "robotics" in got, got


# ---------------------------------------------------------------- how far a term hangs from the verb

@pytest.mark.parametrize("text, passing", [
    ("Maison Orvelle, a perfume house, made the ranking after a hit fragrance on social media.", "social_media"),
    ("Pelloway Tiles made the list thanks to a viral clip on a video-sharing app.", "social_media"),
    ("Quillow built its brand after a feature in a fintech newsletter and now sells candles.", "fintech"),
])
def test_a_term_two_prepositions_from_the_verb_does_not_describe_the_firm(nlp, text, passing):
    doc = nlp(text)
    notes = [why for m, w, why in nlp.get_pipe("giants_sectors").weigh(doc) if passing in m.sectors]
    assert notes and not any("company" in why for why in notes), notes


@pytest.mark.parametrize("text, sector", [
    ("Osmund specialises in the research and development of AI chips and grew 80% last year.", "semiconductors"),
    ("Osmund is known for its warehouse robots and grew 80% last year.", "robotics"),
])
def test_a_term_one_step_from_the_verb_still_describes_the_firm(analyze, text, sector):
    assert ids(analyze(text))[:1] == [sector]
