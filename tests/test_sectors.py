"""Sector taxonomy and ranking: matching rules, ranking order, the empty case, --taxonomy."""

from __future__ import annotations

import re

import pytest

from giants.data import builtin, taxonomy
from giants.errors import DataFileError
from giants.annotators.sectors import SectorRanker

from conftest import DEVSET


def ids(analysis) -> list[str]:
    return [s.id for s in analysis.sectors]


# ---------------------------------------------------------------- the data file

def test_taxonomy_covers_devset_vocabulary():
    readme = (DEVSET / "README.md").read_text(encoding="utf-8")
    section = readme.split("### sectors", 1)[1].split("### figures", 1)[0]
    vocab = set(re.findall(r"`([a-z_]+)`", section))
    assert len(vocab) >= 30
    have = {s["id"] for s in builtin("sectors")["sectors"]}
    assert vocab <= have, sorted(vocab - have)


def test_taxonomy_entries_are_well_formed():
    sectors = builtin("sectors")["sectors"]
    known = {s["id"] for s in sectors}
    assert len(known) == len(sectors), "duplicate sector ids"
    for s in sectors:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", s["id"])
        assert s["label"]
        assert s["parent"] in known | {""}, s["id"]
        assert s["terms"] or s["abbreviations"], s["id"]


@pytest.mark.parametrize("term, sector", [
    ("Made in China 2025", "manufacturing"),
    ("new quality productive forces", "manufacturing"),
    ("embodied AI", "robotics"),
    ("humanoid robot", "robotics"),
    ("commercial space", "aerospace"),
    ("6G", "telecommunications"),
    ("biomanufacturing", "biotechnology"),
    ("low-altitude economy", "low_altitude_economy"),
    ("eVTOL", "low_altitude_economy"),
    ("drone", "low_altitude_economy"),
    ("quantum computing", "quantum"),
    ("new energy vehicle", "electric_vehicles"),
    ("high-end CNC machine tool", None),  # covered via "CNC machine tool" in industrial_automation
])
def test_priority_lists_are_covered(term, sector):
    by_id = {s["id"]: s for s in builtin("sectors")["sectors"]}
    if sector is None:
        assert any("CNC machine tool" in s["terms"] for s in by_id.values())
        return
    s = by_id[sector]
    words = [t.lower() for t in s["terms"] + s.get("weak_terms", [])] + s.get("abbreviations", [])
    assert term.lower() in words or term in words


# ---------------------------------------------------------------- matching rules

def test_abbreviation_matches_only_in_capitals(analyze):
    hit = analyze("Acme builds AI systems for banks. Its AI models read loan files, and AI start-ups copy it.")
    assert "artificial_intelligence" in ids(hit)
    miss = analyze("Acme said it would aid farmers. The ai of the plan was said to help. Aid groups agreed.")
    assert "artificial_intelligence" not in ids(miss)


def test_abbreviation_is_a_whole_word(analyze):
    # "EVs" is an abbreviation; the letters inside "sEVen" or "LEVEL" must not count.
    hit = analyze("Sales of EVs rose again. The EV maker sold more EVs in May than in any month.")
    assert ids(hit)[0] == "electric_vehicles"
    miss = analyze("The seven players reached a new LEVEL of play. Seventeen fans watched the LEVELS rise.")
    assert "electric_vehicles" not in ids(miss)


def test_common_words_map_to_sectors(analyze):
    a = analyze("Chips are in short supply. The firm designs chips for phones and sells chips to carmakers.")
    assert ids(a)[0] == "semiconductors"
    assert "chips" in [t.lower() for t in a.sectors[0].terms]
    b = analyze("Drone makers gather in Shenzhen. The low-altitude economy, from eVTOL air taxis to delivery "
                "drones, is a new priority.")
    assert ids(b)[0] == "low_altitude_economy"


def test_lowercase_it_is_not_information_technology(analyze):
    a = analyze("It was a good year. It grew, and it hired staff. The firm said it would grow again.")
    assert "information_technology" not in ids(a)


def test_sector_word_inside_an_organisation_name_does_not_count(analyze):
    text = ("Shanxi Huatai Biological Pharmaceutical Co., Ltd. makes the list\n\n"
            "Shanxi Huatai Biological Pharmaceutical Co., Ltd. was named on the list of 300 firms. "
            "The Ministry of Industry and Information Technology published the list on Monday, and the "
            "Ministry of Industry and Information Technology will review it. Shanxi Huatai Biological "
            "Pharmaceutical Co., Ltd. thanked its staff.")
    assert ids(analyze(text)) == []


def test_term_modifying_another_term_is_not_counted_twice(analyze):
    a = analyze("Firms in the zone make automobile chips and power chips. Their chips sell across Asia.")
    assert ids(a) == ["semiconductors"]


def test_narrower_modifier_names_the_kind(analyze):
    a = analyze("Makers of eVTOL aircraft gather in Hefei. Two eVTOL aircraft makers showed new models, "
                "and a third said its eVTOL aircraft would fly next year.")
    assert ids(a) == ["low_altitude_economy"]


# ---------------------------------------------------------------- ranking and qualification

def test_headline_sector_ranks_first(analyze):
    text = ("Robot makers draw record investment\n\n"
            "Investors put money into humanoid robots and industrial robots this year. "
            "Some of the start-ups also use cloud computing, and one sells cloud services to hospitals. "
            "Robotics remains the main draw, analysts said.")
    a = analyze(text)
    assert ids(a)[0] == "robotics"
    assert "cloud_computing" in ids(a)
    scores = [s.score for s in a.sectors]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1 for s in scores)


def test_company_descriptions_make_a_sector_central(analyze):
    text = ("Acme, a battery maker, raised money. Zeta, a battery company from Ohio, also raised money. "
            "Both plan new plants. Their investors include a bank that once lent to a hotel.")
    a = analyze(text)
    assert ids(a)[0] == "new_energy"
    assert "travel_hospitality" not in ids(a)  # one passing mention


def test_single_passing_mention_does_not_qualify(analyze):
    text = ("The city council approved the new budget on Tuesday after a long debate. "
            "Members argued over road repairs, school funding and parks. "
            "One member noted that a software update had delayed the vote count. "
            "The budget takes effect in July.")
    assert ids(analyze(text)) == []


def test_generic_words_do_not_qualify(analyze):
    text = ("High-tech firms in key industrial sectors are growing fast. "
            "The zone hosts 600 high-tech companies and many innovation platforms in any industry. "
            "Officials expect more high-tech businesses next year.")
    assert ids(analyze(text)) == []


@pytest.mark.parametrize("text", [
    ("City rout Rovers 4-0 to top the table\n\nThe home side scored twice in each half on Saturday. "
     "The striker, bought for a club record fee last summer, scored a hat-trick. "
     "The coach praised the defence and said the title race was far from over. "
     "Tickets for the next home game sold out within an hour."),
    ("Zoo welcomes twin tiger cubs\n\nThe city zoo said two Sumatran tiger cubs were born last week. "
     "Keepers say mother and cubs are healthy and feeding well. The zoo, a charity, "
     "spends about $1 million a year on its big cats. Visitors can see the cubs from next month."),
])
def test_article_about_no_industry_gives_empty_list(analyze, text):
    assert ids(analyze(text)) == []


# ---------------------------------------------------------------- --taxonomy

def test_user_taxonomy_adds_a_sector(nlp, tmp_path):
    text = ("Asteroid mining start-ups raise funds\n\nTwo asteroid mining firms raised money this week. "
            "Asteroid mining is still years from revenue, investors said.")
    builtin_ranker = SectorRanker(nlp, "s", taxonomy="")
    assert "space_resources" not in [s["id"] for s in builtin_ranker(nlp(text))._.sectors]
    user = tmp_path / "extra.toml"
    user.write_text('[[sectors]]\nid = "space_resources"\nlabel = "Space resources"\nparent = "aerospace"\n'
                    'terms = ["asteroid mining", "space mining"]\n', encoding="utf-8")
    ranker = SectorRanker(nlp, "s", taxonomy=str(user))
    sectors = ranker(nlp(text))._.sectors
    assert sectors[0]["id"] == "space_resources"
    assert sectors[0]["label"] == "Space resources"
    assert "asteroid mining" in [t.lower() for t in sectors[0]["terms"]]


def test_user_taxonomy_extends_an_existing_sector(nlp, tmp_path):
    text = ("Pet food brands grow\n\nKibble makers reported strong sales. Kibble prices rose and "
            "kibble exports doubled.")
    user = tmp_path / "extra.toml"
    user.write_text('[[sectors]]\nid = "food_processing"\nterms = ["kibble"]\n', encoding="utf-8")
    ranker = SectorRanker(nlp, "s", taxonomy=str(user))
    sectors = ranker(nlp(text))._.sectors
    assert sectors and sectors[0]["id"] == "food_processing"
    assert sectors[0]["label"] == "Food and beverage processing"  # the built-in label is kept


def test_bad_taxonomy_file_names_the_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[sectors]]\nid = "x"\nterms = ["a", "b"\nlabel = "X"\n', encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        taxonomy(str(bad))
    assert "line" in str(err.value) and "bad.toml" in str(err.value)


def test_bad_pattern_is_a_data_error(nlp, tmp_path):
    bad = tmp_path / "bad_pattern.toml"
    bad.write_text('[[sectors]]\nid = "x"\nlabel = "X"\nterms = ["x"]\npatterns = [[{NOPE = "y"}]]\n',
                   encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        SectorRanker(nlp, "s", taxonomy=str(bad))
    assert "pattern" in str(err.value)


def test_taxonomy_option_reaches_the_pipeline(tmp_path):
    """load_pipeline(taxonomy=...) is what `--taxonomy FILE` calls."""
    from giants.output.build import to_analysis
    from giants.run.pipeline import load_pipeline

    user = tmp_path / "extra.toml"
    user.write_text('[[sectors]]\nid = "space_resources"\nlabel = "Space resources"\nparent = "aerospace"\n'
                    'terms = ["asteroid mining"]\n', encoding="utf-8")
    nlp = load_pipeline(taxonomy=str(user))
    text = ("Asteroid mining firms raise funds\n\nTwo asteroid mining firms raised money this week. "
            "Asteroid mining is still years from revenue, investors said.")
    assert [s.id for s in to_analysis(nlp(text)).sectors][:1] == ["space_resources"]


# ---------------------------------------------------------------- round 2: general rules

def test_company_names_add_up_but_one_name_does_not(analyze):
    one = analyze("Harlow Medical Devices hired a new chief executive on Monday. The board thanked "
                  "the outgoing chief, who led the firm for ten years.")
    assert "healthcare" not in ids(one)
    many = analyze("Three firms joined the city's list: Harlow Medical Devices, Tenby Medical Imaging "
                   "and Corran Precision Optics. Each will receive a grant next year.")
    assert "healthcare" in ids(many)


def test_building_a_factory_is_not_a_manufacturing_business(analyze):
    a = analyze("Pelican raises money\n\nPelican, a payments company, raised money on Monday. "
                "Its investors were pleased.\n\nPelican will build a new factory "
                "for its card terminals, its founder said.")
    assert "manufacturing" not in ids(a)


def test_a_technology_a_product_is_based_on_is_not_the_sector(analyze):
    a = analyze("Quillsure grows\n\nQuillsure sells home policies through agents. It has 300 staff."
                "\n\nIt will build claims tools based on machine learning, its chief executive said.")
    assert "artificial_intelligence" not in ids(a)


def test_lower_case_industry_bureau_is_not_information_technology(analyze):
    a = analyze("The figures were released by the city's industry and information technology bureau "
                "on Monday. The city's economy and information technology department agreed.")
    assert "information_technology" not in ids(a)


def test_neighbouring_terms_of_one_sector_count_once(analyze):
    # "venture capital funding" is one mention, not two
    a = analyze("Firms grow fast\n\nForty firms grew fast last year, a study found. Most are family-owned."
                "\n\nOnly two of the firms have taken venture capital funding. Most rely on bank loans.")
    assert "venture_capital" not in ids(a)


def test_term_before_a_company_name_describes_it(analyze):
    a = analyze("Investors also backed the Danish insurtech Solvika. Solvika sells pet policies online "
                "and plans to open an office in Oslo.")
    assert "fintech" in ids(a)


@pytest.mark.parametrize("text, sector", [
    ("Brannock, a maker of five-axis machining centres, doubled its exports. "
     "Its grinding machines sell well.", "industrial_automation"),
    ("Tallow, a payroll and bookkeeping start-up, raised money. Its expense-management tool is popular.",
     "fintech"),
    ("Corvane makes radio-frequency modules and antennas for base stations. Its microwave parts sell well.",
     "telecommunications"),
    ("Nettleby develops antibody drugs and cell and gene therapy products. Its antibodies target cancer.",
     "biotechnology"),
    ("Ostrava Thermal, a maker of industrial heat pumps, said its inverters sold well. "
     "Heat pumps made up most of its sales.", "new_energy"),
    ("Quell raised money in a Series E round. Its Series F will follow, and the financing round "
     "was led by two funds.", "venture_capital"),
    ("Skarn Aero makes aeronautical parts and airframe panels for helicopter makers.", "aerospace"),
    ("Celdon supplies cathode and anode materials to battery cell makers in Ningde.", "new_energy"),
])
def test_industry_vocabulary_for_products_and_activities(analyze, text, sector):
    assert sector in ids(analyze(text))


def test_share_talk_in_passing_is_background(analyze):
    text = ("Dunmore robots clean airports\n\nDunmore, a robotics start-up, sells cleaning robots to airports. "
            "It has 200 staff.\n\nIts investors hold shares in several firms, and the founder once "
            "considered a stock market listing. Its robots now work in 14 countries.")
    a = analyze(text)
    assert ids(a) == ["robotics"]


def test_equal_totals_rank_the_first_mentioned_sector_first(analyze):
    text = ("Officials discussed chips and solar power on Monday. "
            "Chips and solar power were the main topics of the meeting.")
    a = analyze(text)
    assert ids(a)[:2] == ["semiconductors", "new_energy"]


def test_specific_modifier_names_a_vague_head(analyze):
    # "antibody drugs" are biotechnology, and two adjacent terms are not a list
    text = ("Fenwick Bio raises money\n\nFenwick Bio raised money on Monday. It has 40 staff.\n\n"
            "Fenwick Bio develops antibody drugs for liver disease, its founder said.")
    a = analyze(text)
    assert "biotechnology" in ids(a)
    assert "pharmaceuticals" not in ids(a)


def test_one_weak_word_in_another_sense_does_not_qualify(analyze):
    text = ("Diners return\n\nThe restaurant hired a new server and doubled its payroll last year. "
            "Its owner said the valve on the old coffee machine had finally been fixed.")
    assert ids(analyze(text)) == []


def test_maker_of_a_product_describes_the_company(analyze):
    text = ("Lindqvist expands\n\nLindqvist hired 40 engineers this spring. Its staff grew by a third.\n\n"
            "Lindqvist, a maker of industrial heat pumps, opened an office in Oslo.")
    assert "new_energy" in ids(analyze(text))


def test_user_taxonomy_can_weight_a_sector(nlp, tmp_path):
    text = "Officials discussed chips on Monday. Chips were the main topic of the meeting."
    assert [s["id"] for s in nlp(text)._.sectors] == ["semiconductors"]
    quiet = tmp_path / "quiet.toml"
    quiet.write_text('[[sectors]]\nid = "semiconductors"\nweight = 0.2\n', encoding="utf-8")
    ranker = SectorRanker(nlp, "s", taxonomy=str(quiet))
    assert ranker(nlp(text))._.sectors == []
    bad = tmp_path / "bad_weight.toml"
    bad.write_text('[[sectors]]\nid = "semiconductors"\nweight = "heavy"\n', encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        SectorRanker(nlp, "s", taxonomy=str(bad))
    assert "weight" in str(err.value)
