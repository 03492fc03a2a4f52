"""Organisation mechanisms for text nobody tuned for: people named beside people, a first name
used alone, public and non-profit bodies by the words of their names, field words and products,
mastheads and datelines, a ranking named by its owner, and list items cut from a place name.
Every name here is invented."""

from __future__ import annotations

import pytest

from spacy.tokens import Span

from giants.organisations.names import load_rules, org_type
from giants.organisations.verdicts import _trimmed


def names(nlp, text):
    return {o["name"]: o for o in nlp(text)._.organizations}


def forms(nlp, text):
    out = set()
    for o in nlp(text)._.organizations:
        out |= {o["name"], *o["aliases"]}
    return out


# --------------------------------------------------------------------------- people beside people

@pytest.mark.parametrize("text, person", [
    ("Quorvane was founded in 2016 by Adwoa Mensimah and Kwabena Osei-Tutu, the company says it now "
     "serves 90,000 shops.", "Kwabena Osei-Tutu"),
    ("The Pune-based startup Lendivo, set up in 2020 by former bank executives Meghna Iyer and Kabir Dhawan, "
     "lends to small traders.", "Kabir Dhawan"),
    ("Brisk Ferrum was started by Tobias Lindqvist and Oskar Wahlgren in a garage in Umea.", "Oskar Wahlgren"),
])
def test_a_name_joined_to_a_persons_name_is_a_person(nlp, text, person):
    found = forms(nlp, text)
    assert person not in found
    assert not any(person.split()[-1] in f for f in found)


@pytest.mark.parametrize("text, firm", [
    ("The deal was signed by Adwoa Mensimah and Kelvane Robotics on Monday.", "Kelvane Robotics"),
    ("Meghna Iyer and Brightpeak Labs agreed to share the patent.", "Brightpeak Labs"),
])
def test_a_firm_joined_to_a_person_stays_a_firm(nlp, text, firm):
    assert firm in forms(nlp, text)


def test_a_persons_name_ending_a_line_keeps_its_words_for_the_first_name_alone(nlp):
    # the model takes the line break into the PERSON entity; its words still mark "Amrit" alone as a person
    doc = nlp.make_doc("The growth of Corvane led by Amrit Voskuijlen\n\nAs CEO, Amrit wants more.")
    i = [t.text for t in doc].index("Amrit")
    span = Span(doc, i, i + 3, label="PERSON")
    assert span[-1].is_space
    assert _trimmed(span).text == "Amrit Voskuijlen"
    assert _trimmed(Span(doc, i, i + 2, label="PERSON")).text == "Amrit Voskuijlen"


# --------------------------------------------------------------------------- public and non-profit bodies

@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.mark.parametrize("name, kind", [
    ("Tarnow Policy Institute", "ngo"),
    ("Blue Water Fund for West Africa", "ngo"),
    ("Linhai Torch Innovation Service Center", "other"),
    ("Small Business Support Division", "other"),
    ("Wexford Enterprise Board", "other"),
    ("Instituto Aragonés de Fomento", "other"),
    ("Kerala Coastal Industries Development Corporation", "government"),
])
def test_public_and_non_profit_bodies_are_no_companies(rules, name, kind):
    assert org_type(name, set(), rules) == (kind, False)


@pytest.mark.parametrize("name, cues, kind", [
    ("Brightpeak Research Institute", set(), "company"),     # a research firm keeps its head word's type
    ("Halden Growth Fund", {"investor"}, "investor"),
    ("Carrow Data Center", {"firm"}, "company"),             # the text calls it a firm
])
def test_firms_keep_their_company_type(rules, name, cues, kind):
    assert org_type(name, cues, rules) == (kind, True)


def test_public_bodies_in_text(nlp):
    orgs = names(nlp, "The farm got a loan from the Kerala Coastal Industries Development Corporation and a "
                      "grant from the Linhai Torch Innovation Service Center, said the Tarnow Policy Institute.")
    for name in ("Kerala Coastal Industries Development Corporation", "Linhai Torch Innovation Service Center",
                 "Tarnow Policy Institute"):
        assert orgs[name]["is_company"] is False


# --------------------------------------------------------------------------- fields, materials, products

@pytest.mark.parametrize("text, not_org", [
    ("Embodied AI has been named among the industries the city wants to foster.", "Embodied AI"),
    ("Physical AI is the next frontier, said Ardun Robotics.", "Physical AI"),
    ("Haoyu Power (SiC chips, Wuxi) was valued at 7 billion yuan.", "SiC"),
    ("It competes with open source efforts including Quillmark and the Pendra Coder project.", "Quillmark"),
    ("It competes with open source efforts including Quillmark and the Pendra Coder project.", "Pendra Coder"),
])
def test_fields_materials_and_projects_are_no_organisations(nlp, text, not_org):
    assert not_org not in forms(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("Physical AI is the next frontier, said Ardun Robotics.", "Ardun Robotics"),
    ("The round was led by Corvane Ventures and rivals such as Quillmark Labs joined.", "Quillmark Labs"),
])
def test_firms_beside_fields_and_products_stay(nlp, text, firm):
    assert firm in forms(nlp, text)


# --------------------------------------------------------------------------- sources: mastheads and datelines

@pytest.mark.parametrize("text, outlet", [
    ("Funding roundup\n\nThe Harbour Weekly - Issue 88\n\nFunding news from the week.", "Harbour Weekly"),
    ("Risk software draws money\n\nBy staff, Eastgate Wire\n\nInvestors piled into risk software.", "Eastgate Wire"),
    ("Robot maker raises 2 billion yuan\n\nSHENZHEN, Sept 9 (Lingnan Tech Daily) - Corvane Robotics, a Shenzhen "
     "developer of humanoid robots, has completed a Series B round, the company said on Monday.", "Lingnan Tech Daily"),
    ("Robot maker raises 2 billion yuan\n\nSUZHOU, June 3 (Jiangnan Business Daily) - Corvane Robotics has "
     "completed a Series B round, the company said on Monday.", "Jiangnan Business Daily"),
])
def test_news_outlets_in_mastheads_bylines_and_datelines(nlp, text, outlet):
    orgs = names(nlp, text)
    found = {n: o for n, o in orgs.items() if outlet in n}
    assert found, orgs.keys()
    assert not any(" - " in n for n in orgs)
    assert all(o["type"] == "media" for o in found.values())


def test_an_investor_named_vc(nlp):
    orgs = names(nlp, "- Quillmark (note-taking for lawyers): $20M Series A from Ninebar VC. No valuation given.")
    assert orgs["Ninebar VC"]["type"] == "investor"


def test_a_dash_inside_a_sentence_still_joins_nothing(nlp):
    orgs = names(nlp, "Shares of Corvane Robotics - the arm maker - rose 4% on Monday.")
    assert "Corvane Robotics" in orgs
    assert not any(" - " in n for n in orgs)


# --------------------------------------------------------------------------- possessives and lists

def test_the_owner_of_a_ranking_is_an_organisation(nlp):
    assert "Harrowgate" in forms(nlp, "The ranking, modelled on Harrowgate's Technology Fast 50, measures "
                                      "revenue growth over three years.")


def test_a_home_town_before_a_firms_name_is_still_no_organisation(nlp):
    assert "Tartu" not in forms(nlp, "We went to Tartu's Kelder, a bakery chain, to see its ovens.")


def test_a_list_item_cut_from_a_place_name_is_dropped(nlp):
    found = forms(nlp, "The round was led by Qiaonan Hengda Fund, with Linhai Guidance Fund and "
                       "Hong Kong-based Silverdale Capital following.")
    assert "Hong" not in found
    assert {"Qiaonan Hengda Fund", "Silverdale Capital"} <= found


def test_a_plain_list_of_firms_is_kept(nlp):
    found = forms(nlp, "The round was led by Qiaonan Hengda Fund, with Linhai Guidance Fund and "
                       "Corvane Capital following.")
    assert {"Qiaonan Hengda Fund", "Linhai Guidance Fund", "Corvane Capital"} <= found


@pytest.mark.parametrize("text, firms", [
    ("Among its customers are Quarrow, Dentley, Hallam and the consumer goods giant Pellor & Vance.",
     {"Quarrow", "Dentley", "Hallam", "Pellor & Vance"}),
    ("Its clients include Brackwell, Tenmouth and the logistics group Ashby & Coyle.",
     {"Brackwell", "Tenmouth", "Ashby & Coyle"}),
])
def test_a_list_ending_in_a_name_with_an_ampersand_shares_its_fate(nlp, text, firms):
    assert firms <= forms(nlp, text)


@pytest.mark.parametrize("text, firms", [
    ("He said Veltrix, Quorra and similar companies can focus on the models.", {"Veltrix", "Quorra"}),
    ("Brackwell, Tenmouth and other retailers raised prices in May.", {"Brackwell", "Tenmouth"}),
    ("Orvant, Kesselby or rival firms may bid for the unit.", {"Orvant", "Kesselby"}),
])
def test_a_list_ending_in_other_companies_names_firms(nlp, text, firms):
    assert firms <= forms(nlp, text)


@pytest.mark.parametrize("text, not_orgs", [
    ("The Ministry of Industry and Information Technology said so.", {"Industry", "Information Technology"}),
    ("He met Anna, Petra and other friends in May.", {"Anna", "Petra"}),
])
def test_lists_without_firms_stay_out(nlp, text, not_orgs):
    assert not (not_orgs & forms(nlp, text))


def test_a_list_inside_a_longer_name_adds_no_names(nlp):
    found = forms(nlp, "According to a study by Tavora School of Business and Economics, few firms grow.")
    assert "Economics" not in found and "Business" not in found


@pytest.mark.parametrize("text, firm", [
    ("Most orders now come from the caterer Golden Ladle.", "Golden Ladle"),
    ("The beans are sold through the wholesaler Harvest Crate in Leeds.", "Harvest Crate"),
    ("Her biggest client is the caterer Blue Acacia Feasts.", "Blue Acacia Feasts"),
])
def test_a_trade_noun_before_a_name_marks_a_firm(nlp, text, firm):
    assert firm in forms(nlp, text)


@pytest.mark.parametrize("text, person", [
    ("She says the biggest customer is the caterer Jane Moreau.", "Jane Moreau"),
    ("The deal was made by the trader Wang Lei last spring.", "Wang Lei"),
])
def test_a_trade_noun_before_a_persons_name_marks_no_firm(nlp, text, person):
    assert person not in forms(nlp, text)




@pytest.mark.parametrize("text, body", [
    ("Shares of Corvane Holdings jumped 38% in their Nasdaq debut on Thursday.", "Nasdaq"),
    ("The chipmaker prepared its Shanghai Stock Exchange listing for a year.", "Shanghai Stock Exchange"),
    ("Investors cheered their NYSE debut.", "NYSE"),
])
def test_a_known_body_after_its_or_their_is_still_named(nlp, text, body):
    assert body in names(nlp, text)


def test_an_unknown_name_after_its_is_still_no_organisation(nlp):
    assert "Quillmark" not in forms(nlp, "Corvane Labs said its Quillmark assistant now has a million users.")


@pytest.mark.parametrize("text, unit", [
    ("Corvane's Talent Cloud matches engineers to roles. The firm counts two million developers in its "
     "AI-powered Talent Cloud.", "Talent Cloud"),
    ("Payments run through Quillmark's Harbour Pay, which launched last year.", "Harbour Pay"),
    ("Users reach the service through their Brightline Music accounts, Tarrow Labs said.", "Brightline Music"),
])
def test_a_unit_or_product_named_after_its_owner_is_no_organisation(nlp, text, unit):
    assert unit not in forms(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("Alibaba Cloud and Tencent Cloud compete for the contract.", "Tencent Cloud"),
    ("Corvane's rival Brightmoor Cloud raised $40m on Monday.", "Brightmoor Cloud"),
])
def test_a_unit_named_on_its_own_or_with_a_cue_stays(nlp, text, firm):
    assert firm in forms(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Founded in 2018 by ex-Stanford graduates, the firm sells software.", "Stanford"),
    ("Sales of non-Corvane phones rose by 4% in May.", "Corvane"),
    ("The pro-Tarrow camp on the board lost the vote.", "Tarrow"),
])
def test_a_name_after_a_hyphened_prefix_is_a_description(nlp, text, name):
    assert not any(name in f for f in forms(nlp, text))


def test_a_name_without_the_prefix_stays(nlp):
    assert "Stanford University" in forms(nlp, "Founded in 2018 by graduates of Stanford University, the firm "
                                               "sells software.")


@pytest.mark.parametrize("name, kind, is_company", [
    ("Linhai Skyward Avionics", "company", True),
    ("Cámara Murcia Regional", "ngo", False),
    ("Tarn Valley Conservation Network", "ngo", False),
])
def test_more_head_words(rules, name, kind, is_company):
    assert org_type(name, set(), rules) == (kind, is_company)


@pytest.mark.parametrize("text, outlet", [
    ("The Harbour Weekly - Issue 88\nDeals and drama. Friday edition.\n\nQuillmark raised $20m this week.",
     "Harbour Weekly"),
    ("Lathes court new buyers as orders recover\n\nTinplate Asia Report | May 2023\n\nOrders rose in May.",
     "Tinplate Asia Report"),
    ("Fintech notes\n\nNorthgate Fintech Digest - 4 June\n\nThree rounds closed this week.", "Northgate Fintech Digest"),
])
def test_a_masthead_names_a_publication(nlp, text, outlet):
    assert outlet in forms(nlp, text)


@pytest.mark.parametrize("text, not_org", [
    ("Annual Report - 2023\n\nRevenue rose by 4% in the year.", "Annual Report"),
    ("Results in brief\n\nQuarterly Earnings Report - Q3 2024\n\nSales rose by 4% in the quarter.",
     "Quarterly Earnings Report"),
])
def test_a_document_title_is_no_masthead(nlp, text, not_org):
    assert not_org not in forms(nlp, text)


@pytest.mark.parametrize("text, home, firm", [
    ("The top ten include Dubuque staffing agency Harbor Talent, which doubled its revenue.", "Dubuque", "Harbor Talent"),
    ("The list is led by Malmo AI company Quellify Labs, which grew by 900 per cent.", "Malmo AI", "Quellify Labs"),
    ("Also new is Linkoping drone-inspection firm Skyrow Systems.", "Linkoping", "Skyrow Systems"),
])
def test_a_home_town_before_a_firms_kind_is_no_organisation(nlp, text, home, firm):
    found = forms(nlp, text)
    assert firm in found and home not in found


@pytest.mark.parametrize("text, kept", [
    ("Tesla rival Quellify sold more cars in May.", "Tesla"),
    ("Corvane Ltd staffing agency Harbor Talent was sold in May.", "Corvane Ltd"),
])
def test_an_owner_or_a_legal_name_before_a_firm_noun_stays(nlp, text, kept):
    assert kept in forms(nlp, text)


@pytest.mark.parametrize("text, name, is_company", [
    ("The loan came with a grant from the Green Harvest Fund for East Africa.", "Green Harvest Fund for East Africa", False),
    ("The Ministry for Foreign Affairs agreed to the plan.", "Ministry for Foreign Affairs", False),
    ("The Kelvin Trust for Wildlife paid for the survey.", "Kelvin Trust for Wildlife", False),
])
def test_a_name_goes_on_after_for(nlp, text, name, is_company):
    orgs = names(nlp, text)
    assert orgs[name]["is_company"] is is_company


@pytest.mark.parametrize("text, name", [
    ("Corvane Capital raised a fund for Series B startups.", "Corvane Capital"),
    ("The Qianwei Fund for the first time backed a chipmaker.", "Qianwei Fund"),
])
def test_for_after_a_name_without_a_capitalised_complement_ends_it(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize("text, ranking", [
    ("Kelpie Robotics took first place in this year's Nordwind Growth 100, the fast-growth ranking.", "Nordwind Growth"),
    ("Corvane tops this year's Western Growth 50, the region's ranking of fast-growing firms.", "Western Growth"),
    ("Only three firms from the city made the Baltic Fast 500 this year.", "Baltic Fast"),
])
def test_a_ranking_named_with_its_count_is_no_organisation(nlp, text, ranking):
    assert ranking not in forms(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("Kelpie Robotics 500 staff work in Aarhus.", "Kelpie Robotics"),
    ("Shares of Tarrow Brands rose 12 percent after Tarrow Brands 2025 guidance.", "Tarrow Brands"),
])
def test_a_firm_before_a_number_stays(nlp, text, firm):
    assert firm in forms(nlp, text)


@pytest.mark.parametrize("text, home, firm", [
    ("Qinghe AI unicorn Moxian Intelligence on Thursday released a reasoning model.", "Qinghe AI", "Moxian Intelligence"),
    ("Accra fintech Kudimo Pay raised $30m on Monday.", "Accra", "Kudimo Pay"),
])
def test_a_home_before_a_category_or_field_noun_is_no_organisation(nlp, text, home, firm):
    found = forms(nlp, text)
    assert firm in found and home not in found


def test_more_countries_are_places(nlp):
    doc = nlp("The new money will fund an expansion into Rwanda and Burundi, Tarrow Agri said.")
    assert not {"Rwanda", "Burundi"} & forms(nlp, doc.text)


@pytest.mark.parametrize("text, firm", [
    ("Second came Haugesund electrical contractor Lysmark Elektro, which doubled its sales.", "Lysmark Elektro"),
    ("Third was Tromso marine supplier Kvalvik Utstyr.", "Kvalvik Utstyr"),
    ("Also listed is Bergen seafood exporter Havbris Eksport.", "Havbris Eksport"),
])
def test_a_home_and_a_business_trade_before_a_name_mark_a_firm(nlp, text, firm):
    assert firm in forms(nlp, text)


@pytest.mark.parametrize("text, person", [
    ("Second came Haugesund electrical contractor Lars Nilsen, who founded the firm.", "Lars Nilsen"),
    ("The fund was set up by Berlin economist Anna Weber in 2019.", "Anna Weber"),
])
def test_a_home_and_a_trade_before_a_persons_name_mark_no_firm(nlp, text, person):
    assert person not in forms(nlp, text)


@pytest.mark.parametrize("text, person", [
    ("Shares rose on Monday.\n\n(Reporting by Katja Voigtmann; Editing by Paulo Harlan)", "Katja Voigtmann"),
    ("Shares rose on Monday.\n\n(Reporting by Katja Voigtmann; Editing by Paulo Harlan)", "Paulo Harlan"),
    ("Shares rose on Monday.\n\nReporting by Ines Tavora and Bruno Castelo in Lisbon.", "Bruno Castelo"),
])
def test_journalists_credited_for_a_story_are_no_organisations(nlp, text, person):
    assert person not in forms(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("Research by Quellmark showed that sales of the firm Quellmark rose.", "Quellmark"),
    ("The report was written by Tarrow Research for the ministry.", "Tarrow Research"),
])
def test_firms_after_by_stay(nlp, text, firm):
    assert firm in forms(nlp, text)


def test_list_items_put_back_together_or_dropped(nlp):
    from giants.organisations.verdicts import Verdicts
    doc = nlp.make_doc("Models include Corvane's Tessel and the Linhai Academy of Sciences's Quma.")
    words = [t.text for t in doc]
    tessel, linhai = words.index("Tessel"), words.index("Linhai")
    academy = (linhai, linhai + 4)     # "Linhai Academy of Sciences", accepted, owns "Quma"
    assert Verdicts._whole_names(doc, [(tessel, tessel + 1), (linhai, linhai + 1)], [academy]) is None
    doc = nlp.make_doc("Clients include Quarrow, Dentley and the goods giant Pellor & Vance.")
    words = [t.text for t in doc]
    q, d, p = words.index("Quarrow"), words.index("Dentley"), words.index("Pellor")
    items = Verdicts._whole_names(doc, [(q, q + 1), (d, d + 1), (p, p + 1), (p + 2, p + 3)], [(p, p + 3)])
    assert items == [(q, q + 1), (d, d + 1), (p, p + 3)]


@pytest.mark.parametrize("text, not_org", [
    ("The municipal government has promised computing vouchers worth 1 billion yuan.", "The municipal government"),
    ("The provincial bureau said the list would be published in May.", "The provincial bureau"),
])
def test_a_capital_the_alone_makes_no_name(nlp, text, not_org):
    assert not any(f.lower() == not_org.lower() for f in forms(nlp, text))


def test_a_name_with_the_and_capitals_stays(nlp):
    assert "The Marlow Courier" in forms(nlp, "The Marlow Courier, a newspaper, reported the deal on Monday.") \
        or "Marlow Courier" in forms(nlp, "The Marlow Courier, a newspaper, reported the deal on Monday.")
