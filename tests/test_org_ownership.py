"""The `parent` fact (ownership.py), acquired/listed status in relative and reduced clauses, and
the evidence that finds one-word firms named in them."""

from __future__ import annotations

import pytest


def orgs_of(nlp, text):
    return {o["name"]: o for o in nlp(text)._.organizations}


# --------------------------------------------------------------------------- parent

@pytest.mark.parametrize("text, owned, owner", [
    ("Tarnwell's subsidiary Quessly raised $30 million last week.", "Quessly", "Tarnwell"),
    ("Quessly, a unit of Tarnwell Holdings, raised $30 million.", "Quessly", "Tarnwell Holdings"),
    ("Quessly, a subsidiary of Tarnwell Group, said it would hire 200 staff.", "Quessly", "Tarnwell Group"),
    ("Tarnwell's self-driving car subsidiary Quessly is valued at $30bn.", "Quessly", "Tarnwell"),
    ("Quessly Robotics is a subsidiary of Tarnwell Group.", "Quessly Robotics", "Tarnwell Group"),
    ("Quessly Robotics, which is owned by Tarnwell Group, makes sensors.", "Quessly Robotics", "Tarnwell Group"),
    ("Quessly Robotics, now part of Tarnwell Group, makes sensors.", "Quessly Robotics", "Tarnwell Group"),
    ("Tarnwell Group unit Quessly Robotics raised $30 million.", "Quessly Robotics", "Tarnwell Group"),
    ("Quessly Robotics, the cloud arm of Tarnwell Group, grew 30%.", "Quessly Robotics", "Tarnwell Group"),
    ("Quessly Robotics is wholly owned by Tarnwell Group.", "Quessly Robotics", "Tarnwell Group"),
    ("Quessly Robotics's parent company, Tarnwell Group, reported revenue of $3bn.", "Quessly Robotics",
     "Tarnwell Group"),
    ("Quessly Robotics, an Ardley company, raised $30 million.", "Quessly Robotics", "Ardley"),
    ("Quessly Robotics is a Tarnwell Group business.", "Quessly Robotics", "Tarnwell Group"),
])
def test_parent_is_the_named_owner(nlp, text, owned, owner):
    orgs = orgs_of(nlp, text)
    assert orgs[owned]["parent"] is not None
    assert orgs[owned]["parent"]["name"] == owner
    s, e = orgs[owned]["parent"]["span"]
    assert text[s:e] == orgs[owned]["parent"]["evidence"]
    assert orgs[owner]["parent"] is None      # the relation has a direction


@pytest.mark.parametrize("text, name", [
    # over, or not yet
    ("Quessly Robotics, a former unit of Tarnwell Group, raised $30 million.", "Quessly Robotics"),
    ("Quessly Robotics is no longer part of Tarnwell Group.", "Quessly Robotics"),
    ("Quessly Robotics will become a subsidiary of Tarnwell Group next year.", "Quessly Robotics"),
    # "part of" something that is not an organisation; a unit that is no firm
    ("Quessly Robotics is part of a deal with Tarnwell Group.", "Quessly Robotics"),
    ("Quessly Robotics and Tarnwell Group signed a partnership to build a unit in Texas.", "Quessly Robotics"),
    # a backer's portfolio is no ownership; a home town is no owner
    ("Quessly Robotics, an Ostmark portfolio company, raised $30 million.", "Quessly Robotics"),
    ("Quessly Robotics, a Berlin company, raised $30 million.", "Quessly Robotics"),
])
def test_no_parent_without_a_present_ownership(nlp, text, name):
    orgs = orgs_of(nlp, text)
    assert all(o["parent"] is None for o in orgs.values()), orgs[name]["parent"]


def test_parent_reaches_the_json_output(analyze):
    result = analyze("Quessly, a subsidiary of Tarnwell Group, said it would hire 200 staff.")
    org = next(o for o in result.organizations if o.name == "Quessly")
    assert org.parent is not None and org.parent.name == "Tarnwell Group"
    assert "parent" in result.model_dump(mode="json")["organizations"][0]


# --------------------------------------------------------------------------- acquired / listed

@pytest.mark.parametrize("text, name, fact", [
    ("Quessly Robotics, which Tarnwell Group acquired in 2022, makes sensors.", "Quessly Robotics", "acquired"),
    ("Quessly, acquired by Tarnwell last year, raised prices.", "Quessly", "acquired"),
    ("Pellomar went public on Nasdaq in 2021 and now employs 3,000 people.", "Pellomar", "listed"),
    ("Open source data company Pellomar is now, finally, a public company.", "Pellomar", "listed"),
    ("Quessly Robotics became Norway's first robotics unicorn, acquired by Tarnwell Group for $3 billion in 2021.",
     "Quessly Robotics", "acquired"),
])
def test_status_in_relative_and_reduced_clauses(nlp, text, name, fact):
    orgs = orgs_of(nlp, text)
    assert orgs[name][fact] is not None


@pytest.mark.parametrize("text, name, fact", [
    ("Quessly Robotics, which Tarnwell Group plans to acquire, makes sensors.", "Quessly Robotics", "acquired"),
    ("Pellomar Systems plans to go public on Nasdaq next year.", "Pellomar Systems", "listed"),
    ("Pellomar Systems is not yet a public company.", "Pellomar Systems", "listed"),
    ("Quessly Robotics became a unicorn, backed by Tarnwell Group.", "Quessly Robotics", "acquired"),
])
def test_planned_status_is_no_status(nlp, text, name, fact):
    orgs = orgs_of(nlp, text)
    if name in orgs:
        assert orgs[name][fact] is None


# --------------------------------------------------------------------------- recall

@pytest.mark.parametrize("text, name", [
    ("Quessly, acquired by Tarnwell last year, raised prices.", "Quessly"),
    ("Brovane, owned by Tarnwell Group since 2015, opened a plant.", "Brovane"),
    ("Pellomar went public on Nasdaq in 2021 and now employs 3,000 people.", "Pellomar"),
    ("Ostrava, which Tarnwell bought, makes pumps. Ostrava Pumps went public in 2019.", "Ostrava Pumps"),
])
def test_one_word_firms_named_by_what_happened_to_them(nlp, text, name):
    assert name in orgs_of(nlp, text)


def test_lower_case_word_inside_a_translated_legal_name(nlp):
    text = ("The list includes Wuxi Hengfeng Precision Technology Co., Ltd., Suzhou lianke Electronic Co., Ltd. "
            "and Changzhou Minghe New Material Co., Ltd.")
    names = set(orgs_of(nlp, text))
    assert "Suzhou lianke Electronic Co., Ltd." in names
    assert "Electronic Co., Ltd." not in names


@pytest.mark.parametrize("text, bad", [
    # a verb or an article before the legal name stays outside it
    ("Last year Pellow acquired Brightline Components Co., Ltd. for $5m.", "Pellow acquired Brightline Components Co., Ltd."),
    ("He said that the Brightline Components Co., Ltd. grew.", "the Brightline Components Co., Ltd."),
])
def test_lower_case_words_of_the_sentence_stay_out_of_legal_names(nlp, text, bad):
    names = set(orgs_of(nlp, text))
    assert bad not in names
    assert "Brightline Components Co., Ltd." in names


# --------------------------------------------------------------------------- precision

@pytest.mark.parametrize("text, not_org", [
    ('On AI: "We already outsource ethically important decisions to algorithms," she said.', "We"),
    ("Next, we need to pick a database. Tarnwell Group sells one.", "Next"),
    ("Mr Graczyk said the service would launch in May. Tarnwell Group will run it.", "Mr Graczyk"),
    ("The attack came from offshoots of the Blastrix bug, which can infect PCs, Tarnwell Group said.", "Blastrix"),
    ("He presents the BBC World Service programme Signal Hour every week.", "Signal Hour"),
    ("Another new feature, Collections, lets you save posts.", "Collections"),
    ("It lets you share files, similar to Tarnwell's Beamly feature.", "Beamly"),
])
def test_words_products_and_people_are_not_organisations(nlp, text, not_org):
    assert not_org not in orgs_of(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("It came after the acquisition of e-commerce firm Souqly for $580m in 2017.", "Souqly"),
    ("Corvessa raised $40m in a Series B round led by Tamsin Ventures.", "Corvessa"),
    ("Tarnwell Group's Beamly unit hired 40 engineers.", "Tarnwell Group"),
])
def test_firms_beside_those_words_are_kept(nlp, text, name):
    assert name in orgs_of(nlp, text)


# --------------------------------------------------------------------------- types and places

SPORT = ("She joined the {team} as a rookie and scored in her first three games. "
         "The team's coach called her the best player in the league.")


@pytest.mark.parametrize("team", ["Denver Harriers", "New York Comets", "Seattle Pilots"])
def test_a_place_and_a_plural_nickname_in_a_sports_text_is_a_team(nlp, team):
    orgs = orgs_of(nlp, SPORT.format(team=team))
    assert orgs[team]["is_company"] is False


@pytest.mark.parametrize("text, name", [
    # no sports context
    ("The Denver Harriers raised $40 million from Tamsin Ventures to build a chain of gyms.", "Denver Harriers"),
    # a company head as the plural word, sports words or not
    ("He played for the company team; Dallas Instruments makes chips and sponsors the league's players.",
     "Dallas Instruments"),
])
def test_plural_names_outside_sport_stay_companies(nlp, text, name):
    orgs = orgs_of(nlp, text)
    assert orgs[name]["is_company"] is True


@pytest.mark.parametrize("text, name", [
    ("The Qiaoxi Industrial Fund invested 50 million yuan in the company.", "Qiaoxi Industrial Fund"),
    ("Banco Central de Tarnova raised its policy rate.", "Banco Central de Tarnova"),
    ("Firms in the Dongtan National Hi-tech District won the most titles.", "Dongtan National Hi-tech District"),
])
def test_public_funds_banks_and_districts_are_no_companies(nlp, text, name):
    orgs = orgs_of(nlp, text)
    assert orgs[name]["is_company"] is False


@pytest.mark.parametrize("text, not_org", [
    ("Hikers were warned about floods in the Ravenmoor reserve this week.", "Ravenmoor"),
    ("Snow closed the road through the Dorvani mountains.", "Dorvani"),
    ("The Brenholt company said its new lab would open in June.", "Brenholt"),
    ("Ambrose Dental Group of Tucson ranked 88th.", "Tucson"),
])
def test_places_beside_firm_words_are_not_organisations(nlp, text, not_org):
    assert not_org not in orgs_of(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Ambrose Dental Group of Tucson ranked 88th.", "Ambrose Dental Group"),
    ("The Brenholt Group company said revenue rose.", "Brenholt Group"),
    ("Tarnwell Group's Lisbon unit hired 40 engineers; the Tarnwell Group company grew.", "Tarnwell Group"),
])
def test_the_firm_beside_a_place_is_kept(nlp, text, name):
    assert name in orgs_of(nlp, text)


# --------------------------------------------------------------------------- recall: trade words, misread tags

@pytest.mark.parametrize("text, name", [
    ("Merrow Tiles opened a second kiln near the harbour in March.", "Merrow Tiles"),
    ("Pindar Toys said Christmas orders from schools had doubled.", "Pindar Toys"),
    ("Weiyang Hydraulics supplies cylinders to three excavator makers.", "Weiyang Hydraulics"),
    ("Mirevo Pay lets tenants split deposits and now serves 40 cities.", "Mirevo Pay"),
    ("Dunmore Apps, a maker of timetable software for ferries, hired 12 people.", "Dunmore Apps"),
    ("Orders went to wafer-inspection specialist Yunke Baixin and two others.", "Yunke Baixin"),
    ("Keling Instruments, founded by two surveyors, sells laser levels.", "Keling Instruments"),
])
def test_trade_words_and_misread_tags_keep_firms(nlp, text, name):
    assert name in orgs_of(nlp, text)


@pytest.mark.parametrize("text, not_org", [
    # one category word stays a word, even after a firm noun
    ("The report profiles ten start-up Unicorns from Pune.", "Unicorns"),
    # a person after a specialist title, and a bare specialist of a person's field
    ("Heart specialist Jane Doe said the trial went well.", "Jane Doe"),
    # a wallet named after its maker is the maker's product
    ("Shoppers can now top up the Tarnwell Pay wallet at petrol stations, Tarnwell Group said.", "Tarnwell Pay"),
])
def test_trade_words_do_not_make_words_people_or_products_firms(nlp, text, not_org):
    assert not_org not in orgs_of(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("The FBI said it was investigating the breach at Tarnwell Group.", "FBI"),
    ("The FDA approved the drug made by Tarnwell Pharma on Monday.", "FDA"),
    ("The NHS signed a contract with Tarnwell Group.", "NHS"),
])
def test_public_agencies_are_no_companies(nlp, text, name):
    orgs = orgs_of(nlp, text)
    assert orgs[name]["type"] == "government" and orgs[name]["is_company"] is False
    assert orgs["Tarnwell Group" if "Tarnwell Group" in text else "Tarnwell Pharma"]["is_company"] is True


@pytest.mark.parametrize("text, product", [
    ("Tarnwell X500 Pro chips ship next month, Tarnwell Group said.", "Tarnwell X500 Pro"),
    ("Demand for the Vantor MI300X outstripped supply at Vantor Semiconductor.", "Vantor MI300X"),
    ("Buyers of the Lorvane RX450h can claim a rebate, Lorvane Motors said.", "Lorvane RX450h"),
])
def test_a_name_with_a_model_code_is_a_product(nlp, text, product):
    assert product not in orgs_of(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Tarnwell G7 Capital led the round in Pellow.", "Tarnwell G7 Capital"),
    ("Orvix A2 Holdings raised $5m from Tarnwell Capital.", "Orvix A2 Holdings"),
])
def test_codes_inside_firm_names_with_a_head_word_are_kept(nlp, text, name):
    assert name in orgs_of(nlp, text)


@pytest.mark.parametrize("text, not_org", [
    ("Jane Rollins, Head of Marketing at Tarnwell Group, said sign-ups doubled.", "Marketing"),
    ("Tom Reyes, VP of Product and Engineering at Tarnwell Group, left in May.", "Product and Engineering"),
    ("Say hello to a new kind of spreadsheet from Tarnwell Group.", "Say"),
])
def test_departments_and_imperatives_are_not_organisations(nlp, text, not_org):
    orgs = orgs_of(nlp, text)
    assert not_org not in orgs
    assert "Tarnwell Group" in orgs


@pytest.mark.parametrize("text, name", [
    ("Jane Rollins, chief executive of Brisklane Analytics, said sign-ups doubled.", "Brisklane Analytics"),
    ("Tom Reyes, head of Brightpeak, left in May.", "Brightpeak"),
])
def test_firms_after_a_job_title_are_kept(nlp, text, name):
    assert name in orgs_of(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Food-delivery app Zelvo ($2.4bn) is the largest of the three.", "Zelvo"),
    ("Brokers compared it with Pavstrom, which was valued at $300 million in 2022.", "Pavstrom"),
    ("Analysts compared it with Korvane, which has been backed by Tarnwell Capital since 2019.", "Korvane"),
])
def test_values_and_firm_passives_make_firms(nlp, text, name):
    assert name in orgs_of(nlp, text)


@pytest.mark.parametrize("text, not_org", [
    ("Users moved to the messaging app Chatterly last year.", "Chatterly"),
    ("She met Rosalind, which was a surprise.", "Rosalind"),
])
def test_products_and_clauses_without_firm_passives_stay_out(nlp, text, not_org):
    assert not_org not in orgs_of(nlp, text)



@pytest.mark.parametrize("text, name", [
    ("Talvique announced a partnership with Tarnwell Group on Tuesday.", "Talvique"),
    ("Orbesk signed an agreement with two carmakers last week.", "Orbesk"),
    ("Pellavo announced a merger with a Danish rival.", "Pellavo"),
])
def test_the_subject_of_a_deal_is_a_firm(nlp, text, name):
    assert name in orgs_of(nlp, text)


@pytest.mark.parametrize("text, not_org", [
    ("Jane Doe announced a partnership with Tarnwell Group on Tuesday.", "Jane Doe"),
    ("Marta Kowalczyk signed an agreement to join the board.", "Marta Kowalczyk"),
])
def test_people_who_announce_deals_stay_people(nlp, text, not_org):
    assert not_org not in orgs_of(nlp, text)


# --------------------------------------------------------------------------- categories read parent

def labels_of(nlp, text):
    return {(lab["org"], lab["category"]) for lab in nlp(text)._.category_labels}


@pytest.mark.parametrize("text, unit", [
    ("Tarnwell's self-driving car subsidiary Quessly is valued at $30 billion after a new round.", "Quessly"),
    ("Quessly Robotics, a unit of Tarnwell Group, raised $400 million at a valuation of $2.5 billion.",
     "Quessly Robotics"),
    ("Quessly Robotics, which is owned by Tarnwell Group, was valued at $3 billion in its latest round.",
     "Quessly Robotics"),
])
def test_a_unit_of_another_firm_takes_no_valuation_label(nlp, text, unit):
    labels = labels_of(nlp, text)
    assert not {cat for name, cat in labels if name == unit}, labels


@pytest.mark.parametrize("text, firm, cat", [
    # no owner: the valuation labels the firm
    ("Quessly Robotics raised $400 million at a valuation of $2.5 billion.", "Quessly Robotics", "unicorn"),
    # a former owner, or a backer, is no parent
    ("Quessly Robotics, a former unit of Tarnwell Group, was valued at $12 billion in its latest round.",
     "Quessly Robotics", "decacorn"),
    # the text itself names the unit a unicorn: explicit labels stand
    ("Quessly Robotics, a unit of Tarnwell Group, became a unicorn last week.", "Quessly Robotics", "unicorn"),
])
def test_firms_without_a_present_owner_keep_their_labels(nlp, text, firm, cat):
    assert (firm, cat) in labels_of(nlp, text)


@pytest.mark.parametrize("text, firm", [
    # a trade's acronym before "company" is no owner, even when it reads like another firm's short form
    ("Elmwick Labs (EWL) sells data tools. Quabbin, an EWL company, raised $565 million at a $5.6 billion "
     "valuation.", "Quabbin"),
    ("Tarnwell Logic (TL) sells chips. Quabbin, a TL company, raised $300 million at a $2 billion valuation.",
     "Quabbin"),
])
def test_an_acronym_before_company_names_no_owner(nlp, text, firm):
    doc = nlp(text)
    org = next(o for o in doc._.organizations if o["name"] == firm)
    assert org["parent"] is None
    assert (firm, "unicorn") in {(lab["org"], lab["category"]) for lab in doc._.category_labels}


def test_an_owner_named_in_full_before_company_stays_the_parent(nlp):
    orgs = orgs_of(nlp, "Quessly Robotics, a Tarnwell Group company, raised $30 million.")
    assert orgs["Quessly Robotics"]["parent"]["name"] == "Tarnwell Group"
