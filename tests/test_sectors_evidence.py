"""Sector evidence beyond plain sector words: figures, descriptors of named firms, makers,
firm names in lists, what a firm runs. Each mechanism has texts it must handle and texts
it must leave alone; the assertions are on the ranked sector ids."""

from __future__ import annotations

import pytest


def ids(analysis) -> list[str]:
    return [s.id for s in analysis.sectors]


# An opening paragraph about nothing keeps the sentence under test out of the lead, where
# any mention counts more.
OPEN = "Rain fell on Leeds all week.\n\n"


# ---------------------------------------------------------------- funding figures -> venture capital

@pytest.mark.parametrize("text", [
    OPEN + "Corvell raised $60 million from Stonebeck Partners in March, the Lisbon company said. "
    "It raised $20 million a year earlier.",
    OPEN + "Lumora Health has raised €45 million in new funding led by Ostrava Partners. The company "
    "said the round valued it at €400 million.",
    OPEN + "Pindar raised $35 million from Birchwood Capital last week, and its rival Trellow raised "
    "$28 million from Ferncliff Partners on Monday.",
])
def test_funding_rounds_speak_for_venture_capital(analyze, text):
    assert "venture_capital" in ids(analyze(text))


def test_funding_backs_venture_capital_without_ranking_it_first(analyze):
    text = ("Voltara, a battery maker, raised $80 million from Pinecroft Capital on Tuesday. "
            "Voltara makes batteries for buses and raised $30 million last year.")
    got = ids(analyze(text))
    assert got[0] == "new_energy"
    assert "venture_capital" in got


@pytest.mark.parametrize("text", [
    # listing proceeds are capital markets, not venture capital
    "Tandem Foods sold 20 million shares at $15 each in its initial public offering on the stock "
    "exchange, raising $300 million.",
    # a grant to a charity is no venture round
    "The wildlife trust will get a grant of $2 million over four years from the Osprey "
    "Foundation to count the antelope on the plateau.",
])
def test_other_money_is_not_venture_capital(analyze, text):
    assert "venture_capital" not in ids(analyze(text))


# ---------------------------------------------------------------- a descriptor said of a named firm

@pytest.mark.parametrize("text, sector", [
    (OPEN + "Zennor, a tutoring app popular with secondary schools, plans to open an office in Madrid.", "edtech"),
    (OPEN + "Brantle is a cybersecurity outfit based in Leeds. Brantle said sales rose.", "information_technology"),
    (OPEN + "Quorra, whose software is used by 300 councils, reported higher sales.", "software"),
])
def test_a_descriptor_of_a_named_firm_says_what_it_does(analyze, text, sector):
    assert sector in ids(analyze(text))


@pytest.mark.parametrize("text, sector", [
    # said of a person, not of a firm (the opening paragraph keeps the word out of the lead)
    (OPEN + "Ilse Salo, a software engineer, said the weather had been worse.",
     "software"),
    # a passing word with no firm behind it
    (OPEN + "The report mentioned software once, in a footnote.", "software"),
])
def test_a_descriptor_of_a_person_or_nothing_is_no_sector(analyze, text, sector):
    assert sector not in ids(analyze(text))


# ---------------------------------------------------------------- firms that make things -> manufacturing

@pytest.mark.parametrize("text", [
    OPEN + "Dorrant makes wooden pallets and fences in Hull. Its rival Pellow, a maker of ladders, grew faster.",
    OPEN + "Penrith makes brake discs for lorries, and Corlan produces cast-iron stoves for export.",
    OPEN + "Two local firms did well: the ladder maker Ostby and the stove maker Ketterby both hired staff.",
])
def test_a_firm_that_makes_a_product_is_a_manufacturer(analyze, text):
    assert "manufacturing" in ids(analyze(text))


@pytest.mark.parametrize("text", [
    # what is made belongs to another sector
    "Penwick, a maker of payroll software, and Orlo, which makes mobile games, both grew.",
    # "make" in other senses
    "Brannock made the list again this year and made history as its youngest entrant.",
])
def test_making_software_or_making_the_list_is_not_manufacturing(analyze, text):
    assert "manufacturing" not in ids(analyze(text))


def test_mechanical_parts_are_manufacturing_not_automation(analyze):
    got = ids(analyze("Fenlow makes precision bearings and gearboxes for the mining trade. "
                      "Fenlow said orders for its gearboxes rose 20%."))
    assert "manufacturing" in got
    assert "industrial_automation" not in got


# ---------------------------------------------------------------- names of firms in a list

@pytest.mark.parametrize("text, sector", [
    (OPEN + "This year's certified suppliers are Wendmoor Optoelectronics, Tengmar Ceramics and Brisk "
     "Valve Works.", "electronics"),
    (OPEN + "This year's certified suppliers are Wendmoor Optoelectronics, Tengmar Ceramics and Brisk "
     "Valve Works.", "advanced_materials"),
    (OPEN + "Winners this year include Pexford Software, Dunmoor Logistics and Mossgate Dairy.", "software"),
])
def test_a_name_in_a_list_of_firms_counts(analyze, text, sector):
    assert sector in ids(analyze(text))


@pytest.mark.parametrize("text", [
    OPEN + "Tengmar Ceramics sponsored the concert on Saturday, the organisers said.",
    OPEN + "The mayor thanked the volunteers, and Pexford Software paid for the lunch.",
    # one sector word among bare names in a notice that speaks of no industry
    OPEN + "The 120 enterprises include Dalu Technology Co., Ltd., Qinma Road Signs Co., Ltd. "
    "and Henghe Pharmaceutical Co., Ltd., the bureau said in its notice.",
])
def test_one_name_in_passing_gives_no_sector(analyze, text):
    assert ids(analyze(text)) == []


def test_a_firm_the_story_is_about_lends_its_name_where_industry_is_discussed(analyze):
    text = ("Ravelin Robotics will build lithium batteries and battery packs at a new plant. "
            "Ravelin Robotics said the battery plant would open in 2026.")
    got = ids(analyze(text))
    assert got[0] == "new_energy"
    assert "robotics" in got


# ---------------------------------------------------------------- a business a firm runs

@pytest.mark.parametrize("text, sector", [
    (OPEN + "Pellmore operates hotels in five cities.", "travel_hospitality"),
    (OPEN + "Kelvar runs dental clinics in Leeds and York.", "healthcare"),
    (OPEN + "Ostrum, which runs an online marketplace for second-hand bicycles, doubled its sales.", "e_commerce"),
])
def test_what_a_firm_runs_is_its_business(analyze, text, sector):
    assert sector in ids(analyze(text))


@pytest.mark.parametrize("text, sector", [
    (OPEN + "Running hotels is hard, the report said on Monday.",
     "travel_hospitality"),
    # a holding sold is not the seller's trade
    (OPEN + "Pinecroft Capital sold its stake in a bakery last year.", "food_processing"),
    # what the business it runs deals in is not the firm's own trade
    (OPEN + "Gellan runs an auction website for tractors.", "agricultural_machinery"),
    (OPEN + "Renting flats is no different from selling aircraft engines "
     "to defence ministries, the minister joked.", "aerospace"),
])
def test_an_act_without_a_firm_is_no_business(analyze, text, sector):
    assert sector not in ids(analyze(text))


# ---------------------------------------------------------------- a bracketed note after a name

@pytest.mark.parametrize("text, sector", [
    (OPEN + "New entries this quarter:\n- Tarnby (Oslo, payroll software): $1.2 billion\n", "software"),
    (OPEN + "The fund also backed Quenby (biotech) and sold its stake in a bakery.", "biotechnology"),
    (OPEN + "Risers include Velmora (Madrid, solar panels), which doubled its sales.", "new_energy"),
])
def test_a_bracketed_note_after_a_name_describes_the_firm(analyze, text, sector):
    assert sector in ids(analyze(text))


@pytest.mark.parametrize("text, sector", [
    # a bracket that is not a note on a name
    (OPEN + "Costs rose (software licences above all) while sales fell.", "software"),
    # the note does not reach the bracket's end: the term is an aside within it
    (OPEN + "Tarnby (which once tried software before going back to farming) grew fast.", "software"),
])
def test_other_brackets_say_nothing_of_a_firm(analyze, text, sector):
    assert sector not in ids(analyze(text))
