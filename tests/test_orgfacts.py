"""Facts the organisations component states about its organisations: coreferent mentions
("the company", "the Shenzhen-based firm", "it"), listed and acquired status."""

from __future__ import annotations

import pytest


def orgs_of(nlp, text):
    return {o["name"]: o for o in nlp(text)._.organizations}


def corefs(text, org):
    return [text[s:e] for s, e in org["coref_spans"]]


# --------------------------------------------------------------------------- "the company"

@pytest.mark.parametrize("text, name, phrase", [
    ("Quorvel Robotics's chief executive said orders doubled. Last month the company reached a $1.2 billion "
     "valuation after a round backed by Harbourgate Capital, Tamsin Ventures and Pellow Partners. "
     "The company plans to hire 300 engineers.", "Quorvel Robotics", "The company"),
    ("Velmora Foods, a snack maker from Aarhus, raised $40 million from Brightwater Capital. "
     "The Danish firm will open a plant in Poland.", "Velmora Foods", "The Danish firm"),
    ("Drumlin Semiconductor posted record revenue on Monday. Analysts at Kestrel Securities were surprised. "
     "The Shenzhen-based chipmaker said demand for its sensors stayed strong.", "Drumlin Semiconductor",
     "The Shenzhen-based chipmaker"),
    ("Orbly Labs raised $20 million in a Series B round. The start-up, founded in 2019, makes drones.",
     "Orbly Labs", "The start-up"),
])
def test_definite_phrases_resolve_to_the_organisation_the_text_is_about(nlp, text, name, phrase):
    orgs = orgs_of(nlp, text)
    assert phrase in corefs(text, orgs[name])
    for other, org in orgs.items():
        if other != name:
            assert phrase not in corefs(text, org)


def test_investor_named_last_does_not_take_the_company(nlp):
    text = ("Quorvel Robotics's chief executive said orders doubled. Last month the company reached a $1.2 billion "
            "valuation after a round backed by Harbourgate Capital, Tamsin Ventures and Pellow Partners. "
            "The company plans to hire 300 engineers.")
    orgs = orgs_of(nlp, text)
    assert corefs(text, orgs["Quorvel Robotics"]).count("the company") == 1
    assert corefs(text, orgs["Quorvel Robotics"]).count("The company") == 1
    for investor in ("Harbourgate Capital", "Tamsin Ventures", "Pellow Partners"):
        assert orgs[investor]["coref_spans"] == []


@pytest.mark.parametrize("text, phrase", [
    # a different body: the parent, a rival, another company
    ("Orbly Labs raised $20 million. The parent company of the start-up is Tamsin Group.", "The parent company"),
    ("Orbly Labs raised $20 million. Another company, Quixa, also raised money.", "Another company"),
    # the name follows: a naming cue, not a reference back
    ("Tamsin Group invested. The company Orbly Labs raised $20 million.", "The company"),
    # a plural
    ("Orbly Labs raised $20 million. The companies in the sector are growing.", "The companies"),
])
def test_phrases_that_do_not_refer_back(nlp, text, phrase):
    orgs = orgs_of(nlp, text)
    assert all(phrase not in corefs(text, o) for o in orgs.values())


def test_no_organisation_no_coreference(nlp):
    text = "The company said sales rose. It plans to hire more staff."
    doc = nlp(text)
    assert all(o["coref_spans"] == [] for o in doc._.organizations)


def test_investment_firm_refers_to_the_investor(nlp):
    text = ("Orbly Labs raised $20 million from Harbourgate Capital. "
            "The investment firm has backed 40 start-ups.")
    orgs = orgs_of(nlp, text)
    assert "The investment firm" in corefs(text, orgs["Harbourgate Capital"])
    assert "The investment firm" not in corefs(text, orgs["Orbly Labs"])


# --------------------------------------------------------------------------- "it", "its"

@pytest.mark.parametrize("text, name, pronoun", [
    ("Velmora Foods raised $40 million. It will open a plant in Poland.", "Velmora Foods", "It"),
    ("Velmora Foods said its revenue doubled last year.", "Velmora Foods", "its"),
    ("Drumlin Semiconductor posted record revenue, and it expects more growth.", "Drumlin Semiconductor", "it"),
])
def test_pronouns_resolve_to_an_organisation_subject(nlp, text, name, pronoun):
    orgs = orgs_of(nlp, text)
    assert pronoun in corefs(text, orgs[name])


@pytest.mark.parametrize("text", [
    "Velmora Foods raised $40 million. It is likely that prices will rise.",
    "Velmora Foods raised $40 million. The round was small, and it closed in May.",
    "Velmora Foods raised money. The market is huge and it keeps growing.",
])
def test_pronouns_that_are_not_the_organisation(nlp, text):
    orgs = orgs_of(nlp, text)
    assert "it" not in [c.lower() for c in corefs(text, orgs["Velmora Foods"])]


# --------------------------------------------------------------------------- listed

@pytest.mark.parametrize("text, name", [
    ("Shenzhen-listed Drumlin Semiconductor reported higher profit.", "Drumlin Semiconductor"),
    ("Velmora Foods, a Nasdaq-listed snack maker, raised prices.", "Velmora Foods"),
    ("Orbly Labs listed on the Hong Kong Stock Exchange in 2021.", "Orbly Labs"),
    ("Quixa Robotics went public in 2020 and now employs 900 people.", "Quixa Robotics"),
    ("Shares of Tamsin Motors rose 4% on Monday.", "Tamsin Motors"),
    ("Pellow Energy (NASDAQ: PLWE) said revenue rose.", "Pellow Energy"),
    ("Kelvo Optical Film Co. (300567.SZ) won the order.", "Kelvo Optical Film Co."),
    ("Analysts say Brightline Logistics's market capitalisation has reached $4 billion.", "Brightline Logistics"),
])
def test_listed_status_with_its_evidence(nlp, text, name):
    orgs = orgs_of(nlp, text)
    listed = orgs[name]["listed"]
    assert listed is not None
    s, e = listed["span"]
    assert text[s:e] == listed["evidence"] and name in listed["evidence"]


@pytest.mark.parametrize("text, name", [
    ("Orbly Labs plans to list on the Hong Kong Stock Exchange next year.", "Orbly Labs"),
    ("Quixa Robotics could go public in 2026, people familiar said.", "Quixa Robotics"),
    ("Velmora Foods is preparing for its planned IPO.", "Velmora Foods"),
    ("Tamsin Motors was listed among the top 100 unicorns by Hurun.", "Tamsin Motors"),
    ("Pellow Energy issued new shares to Harbourgate Capital in its Series C round.", "Pellow Energy"),
    ("Drumlin Semiconductor has not listed on any exchange.", "Drumlin Semiconductor"),
])
def test_plans_rankings_and_private_shares_are_no_listing(nlp, text, name):
    orgs = orgs_of(nlp, text)
    assert orgs[name]["listed"] is None


# --------------------------------------------------------------------------- acquired

@pytest.mark.parametrize("text, name", [
    ("Orbly Labs was acquired by Tamsin Group in 2019.", "Orbly Labs"),
    ("Tamsin Group bought Quixa Robotics last year for $300 million.", "Quixa Robotics"),
    ("Velmora Foods, acquired by Brightwater Holdings in 2021, makes crisps.", "Velmora Foods"),
    ("Harbourgate Capital sold Pellow Energy to Drumlin Holdings in March.", "Pellow Energy"),
    ("Kestrel Group completed its takeover of Marlowe Labs in June.", "Marlowe Labs"),
])
def test_acquired_status_goes_to_the_firm_bought(nlp, text, name):
    orgs = orgs_of(nlp, text)
    acquired = orgs[name]["acquired"]
    assert acquired is not None
    s, e = acquired["span"]
    assert text[s:e] == acquired["evidence"]
    for other, org in orgs.items():
        if other != name:
            assert org["acquired"] is None


@pytest.mark.parametrize("text, name", [
    ("Tamsin Group plans to acquire Quixa Robotics next year.", "Quixa Robotics"),
    ("Orbly Labs could be acquired by a larger rival, analysts said.", "Orbly Labs"),
    ("Tamsin Group bought a 10% stake in Velmora Foods.", "Velmora Foods"),
    ("Kestrel Group is in talks to buy Marlowe Labs.", "Marlowe Labs"),
    ("The proposed acquisition of Marlowe Labs by Kestrel Group was blocked.", "Marlowe Labs"),
])
def test_plans_stakes_and_talks_are_no_acquisition(nlp, text, name):
    orgs = orgs_of(nlp, text)
    assert orgs[name]["acquired"] is None


def test_status_reaches_the_json(analyze):
    a = analyze("Orbly Labs was acquired by Tamsin Group in 2019. Shenzhen-listed Drumlin Semiconductor rose.")
    by_name = {o.name: o for o in a.organizations}
    assert by_name["Orbly Labs"].acquired is not None and by_name["Orbly Labs"].listed is None
    assert by_name["Drumlin Semiconductor"].listed is not None
    assert by_name["Tamsin Group"].acquired is None


def test_money_in_the_bank_is_no_reference(nlp):
    text = "Quorvel Robotics raised $150 million. With $300 million in the bank, the company plans to hire."
    orgs = orgs_of(nlp, text)
    assert corefs(text, orgs["Quorvel Robotics"]) == ["the company"]


def test_evidence_is_kept_to_the_headline_line(nlp):
    text = "Tamsin Group buys Quixa Labs for $30 million\n\nQuixa Labs makes drones for farms and ports."
    orgs = orgs_of(nlp, text)
    acquired = orgs["Quixa Labs"]["acquired"]
    assert acquired["evidence"] == "Tamsin Group buys Quixa Labs for $30 million"
    assert acquired["span"] == [0, len("Tamsin Group buys Quixa Labs for $30 million")]


def test_the_company_prefers_the_headline_firm_over_a_passing_name(nlp):
    text = ("Quorvel Robotics raises $40 million\n\n"
            "Quorvel Robotics makes warehouse robots. Analysts compared it with Tamsin Motors, "
            "whose shares fell. The company will use the money to open a plant in Ohio.")
    orgs = orgs_of(nlp, text)
    assert "The company" in corefs(text, orgs["Quorvel Robotics"])
    assert "The company" not in corefs(text, orgs["Tamsin Motors"])


# --------------------------------------------------------------------------- a clause's own subject, a backer

@pytest.mark.parametrize("text, subject, phrase", [
    ("Brantwell Partners invested $40 million in the company last year.", "Brantwell Partners", "the company"),
    ("Ostrava Holdings' venture arm bought a stake in the start-up in March.", "Ostrava Holdings", "the start-up"),
    ("Kelvane Group acquired the firm for $90 million.", "Kelvane Group", "the firm"),
])
def test_an_object_never_stands_for_its_own_clauses_subject(nlp, text, subject, phrase):
    orgs = orgs_of(nlp, text)
    assert phrase not in corefs(text, orgs[subject])


@pytest.mark.parametrize("text, name, phrase", [
    # the clause's subject is not the phrase's verb's subject: the reference back holds
    ("Brantwell Foods said the company would open a plant in Ohio.", "Brantwell Foods", "the company"),
    ("Kelvane Robotics raised $20 million. Investors valued the company at $300 million.",
     "Kelvane Robotics", "the company"),
])
def test_a_reference_back_outside_its_own_clause_holds(nlp, text, name, phrase):
    assert phrase in corefs(text, orgs_of(nlp, text)[name])


@pytest.mark.parametrize("text, firm, backer, phrase", [
    ("Harbourgate Capital led a $30 million round in Velmora Foods, which valued the company at $200 million.",
     "Velmora Foods", "Harbourgate Capital", "the company"),
    ("Tamsin Ventures invested $12 million in Orbly Labs. The company makes drones.",
     "Orbly Labs", "Tamsin Ventures", "The company"),
    ("Pellow Partners led the Series B of Quixa Robotics. The start-up makes sensors for drones.",
     "Quixa Robotics", "Pellow Partners", "The start-up"),
])
def test_the_backer_of_a_round_does_not_take_the_company(nlp, text, firm, backer, phrase):
    orgs = orgs_of(nlp, text)
    assert phrase in corefs(text, orgs[firm])
    assert phrase not in corefs(text, orgs[backer])


@pytest.mark.parametrize("text, name, phrase", [
    # leading a market, not a round: the subject keeps its weight
    ("Velmora Foods leads the snack market in Denmark, ahead of Orbly Labs. The company employs 900 people.",
     "Velmora Foods", "The company"),
    ("Kelvane Robotics backed the plan of Quixa Motors. The company said it would hire 50 engineers.",
     "Kelvane Robotics", "The company"),
])
def test_a_subject_that_backs_no_round_keeps_its_weight(nlp, text, name, phrase):
    assert phrase in corefs(text, orgs_of(nlp, text)[name])


@pytest.mark.parametrize("text, name, bought", [
    ("Velt's $3.1 billion acquisition of ride-hailing firm Dashro was the region's first big exit.", "Dashro", True),
    ("Velt's acquisition of Dashro would be the region's first big exit.", "Dashro", False),
])
def test_a_past_deal_as_subject_states_the_purchase(nlp, text, name, bought):
    orgs = orgs_of(nlp, text)
    assert (orgs[name]["acquired"] is not None) is bought
    assert orgs["Velt"]["acquired"] is None


# A listing stated in a relative clause on the firm's description: the pronoun stands for the firm.
@pytest.mark.parametrize("text, name", [
    ("Revolt Energy, the battery maker that floated on the London Stock Exchange in 2021, is now worth £3 billion.",
     "Revolt Energy"),
    ("Kestrel Foods, a snack maker which listed on Nasdaq in 2020, raised prices.", "Kestrel Foods"),
    ("Orvane, the chip designer that debuted on the STAR Market last year, hired 200 engineers.", "Orvane"),
])
def test_listing_in_a_relative_clause_on_the_description(nlp, text, name):
    org = next(o for o in nlp(text)._.organizations if o["name"] == name)
    assert org["listed"] and org["listed"]["evidence"]


@pytest.mark.parametrize("text, name", [
    ("Revolt Energy, the battery maker that plans to float on the London Stock Exchange next year, is now worth "
     "£3 billion.", "Revolt Energy"),
    ("Kestrel Foods, a snack maker that supplies Nasdaq-listed grocers, raised prices.", "Kestrel Foods"),
])
def test_no_listing_from_a_plan_or_a_customer(nlp, text, name):
    org = next(o for o in nlp(text)._.organizations if o["name"] == name)
    assert not org["listed"]


# --------------------------------------------------------------------------- what "the company" may stand for

@pytest.mark.parametrize("text, name, phrase", [
    ("The Qiaonan Provincial Department of Commerce named 40 firms on Tuesday. The Ministry of Commerce "
     "had named 12 of them last year. Most of the firms make machine parts, the department said.",
     "Qiaonan Provincial Department of Commerce", "the department"),
    ("The Velmont Municipal Bureau of Industry published the list. The Ministry of Finance will fund the "
     "winners. Applications closed in May, the bureau said.", "Velmont Municipal Bureau of Industry", "the bureau"),
    ("The Hollin District Government approved the plan. The Ministry of Transport also backed it. "
     "Work starts in June, the government said.", "Hollin District Government", "the government"),
])
def test_a_named_head_stands_for_a_body_named_so(nlp, text, name, phrase):
    orgs = orgs_of(nlp, text)
    assert phrase in corefs(text, orgs[name])
    assert not any(phrase in corefs(text, org) for other, org in orgs.items() if other != name)


@pytest.mark.parametrize("text, phrase", [
    ("The Ministry of Industry and Information Technology named 300 firms. Our bureau sent the files to "
     "the provincial department for checks.", "the provincial department"),
    ("Suzhou Robotics raised $40 million. The government has named humanoid robots a pillar industry.",
     "The government"),
])
def test_a_named_head_without_such_a_body_stays_unresolved(nlp, text, phrase):
    orgs = orgs_of(nlp, text)
    assert not any(phrase in corefs(text, org) for org in orgs.values())


@pytest.mark.parametrize("text", [
    "Drumlin Tools said sales of its Little Giant series rose 40%. The Little Giant, which folds flat, sold "
    "18,000 units.",
    "Orvale Machinery said its Gazelle Lift sold well. Buyers say the Gazelle Lift is light.",
])
def test_a_capitalised_head_is_a_name_not_a_description(nlp, text):
    orgs = orgs_of(nlp, text)
    spans = [p for org in orgs.values() for p in corefs(text, org)]
    assert not any(p[-1:].isalpha() and p.split()[-1][:1].isupper() for p in spans if p.lower() not in
                   {"it", "its"}), spans


def test_a_sentence_opening_the_company_still_resolves(nlp):
    text = "Orbly Labs raised $20 million in a Series B round. The company makes delivery drones."
    assert "The company" in corefs(text, orgs_of(nlp, text)["Orbly Labs"])


@pytest.mark.parametrize("text, name, phrase", [
    ("Quillmoor, the London lender, raised £90 million. Its rivals have struggled. Northgate Bank, which also "
     "lends to Quillmoor's rivals, said demand had doubled. The round values the London-based company at "
     "£1.1 billion.", "Quillmoor", "the London-based company"),
    ("Tessmere Pay, a Lisbon start-up, doubled its users. Brightwater Capital, which invests across Europe, "
     "said returns were strong. Analysts say the Lisbon-based company could list in 2026.",
     "Tessmere Pay", "the Lisbon-based company"),
])
def test_a_place_in_the_phrase_agrees_with_what_was_said_of_the_firm(nlp, text, name, phrase):
    orgs = orgs_of(nlp, text)
    assert phrase in corefs(text, orgs[name])


@pytest.mark.parametrize("text, name, phrase", [
    ("Orbly Labs raised $20 million last week. Reuters reported that the company would hire 300 staff.",
     "Orbly Labs", "the company"),
    ("Kelvix Robotics opened a plant in Ohio. The Financial Times reported on Monday that the company plans "
     "a second one.", "Kelvix Robotics", "the company"),
])
def test_a_news_source_does_not_take_the_company(nlp, text, name, phrase):
    orgs = orgs_of(nlp, text)
    assert phrase in corefs(text, orgs[name])
    assert not any(phrase in corefs(text, org) for other, org in orgs.items() if other != name)


@pytest.mark.parametrize("text, name, phrase", [
    ("Zhou founded Perlan Optics in 2013. Export rules later forced the firm to redesign its cameras. Unlike "
     "internet giant Corvane Group, whose cloud unit buys its hardware abroad, the manufacturer has built its "
     "own supply chain.",
     "Perlan Optics", "the manufacturer"),
    ("Lina Berg started Velmora Foods in 2015. Its sales have doubled since. Unlike the food group Tamsin "
     "Holdings, the company has no debt.", "Velmora Foods", "the company"),
    ("Investors backed Orbly Labs in 2021. Its drones now fly in six countries. Orbly Labs grew faster "
     "last year than rival Kestry Robotics, and the company now plans to list.", "Orbly Labs", "the company"),
])
def test_a_foil_after_unlike_or_than_does_not_take_the_phrase(nlp, text, name, phrase):
    orgs = orgs_of(nlp, text)
    assert phrase in corefs(text, orgs[name])
    assert not any(phrase in corefs(text, org) for other, org in orgs.items() if other != name)


@pytest.mark.parametrize("text, name, phrase", [
    ("Corvane Group posted record sales. Like its rivals, the company cut prices.", "Corvane Group", "the company"),
    ("Tamsin Holdings bought a plant in Ohio. The company said the deal closed on Monday.", "Tamsin Holdings",
     "The company"),
])
def test_without_a_foil_the_subject_keeps_the_phrase(nlp, text, name, phrase):
    assert phrase in corefs(text, orgs_of(nlp, text)[name])
