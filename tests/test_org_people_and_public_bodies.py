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
    ("Two engineers, Adwoa Mensimah and Kwabena Osei-Tutu, started Quorvane in a rented flat in Accra.",
     "Kwabena Osei-Tutu"),
    ("Lendivo's first office in Pune was opened by Meghna Iyer and Kabir Dhawan, both former bankers.",
     "Kabir Dhawan"),
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
    doc = nlp.make_doc("Varnholt hires fast under Amrit Voskuijlen\n\nAmrit plans two more offices.")
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
    ("Embodied AI will get cheap land and loans next year, officials say.", "Embodied AI"),
    ("Physical AI is the next frontier, said Ardun Robotics.", "Physical AI"),
    ("Its plant in Wuxi makes SiC wafers for carmakers.", "SiC"),
    ("Its rivals are free efforts such as Quillmark and the Pendra Coder project.", "Quillmark"),
    ("Its rivals are free efforts such as Quillmark and the Pendra Coder project.", "Pendra Coder"),
])
def test_fields_materials_and_projects_are_no_organisations(nlp, text, not_org):
    assert not_org not in forms(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("Physical AI is the next frontier, said Ardun Robotics.", "Ardun Robotics"),
    ("The round was led by Varnholt Ventures and rivals such as Quillmark Labs joined.", "Quillmark Labs"),
])
def test_firms_beside_fields_and_products_stay(nlp, text, firm):
    assert firm in forms(nlp, text)


# --------------------------------------------------------------------------- sources: mastheads and datelines

@pytest.mark.parametrize("text, outlet", [
    ("Funding roundup\n\nThe Harbour Weekly - Issue 31\n\nFunding news from the week.", "Harbour Weekly"),
    ("Ports reopen\n\nBy our staff, Eastgate Wire\n\nCargo volumes rose in May.", "Eastgate Wire"),
    ("Battery maker raises funds\n\nHEFEI, March 3 (Lingnan Tech Daily) - Varnholt Energy, a Hefei maker of "
     "sodium batteries, has closed a Series B round, it said on Monday.", "Lingnan Tech Daily"),
    ("Battery maker raises funds\n\nSUZHOU, June 3 (Jiangnan Business Daily) - Varnholt Energy has "
     "closed a Series B round, the firm said on Monday.", "Jiangnan Business Daily"),
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
    orgs = names(nlp, "Shares of Varnholt Robotics - the arm maker - rose 4% on Monday.")
    assert "Varnholt Robotics" in orgs
    assert not any(" - " in n for n in orgs)


# --------------------------------------------------------------------------- possessives and lists

def test_the_owner_of_a_ranking_is_an_organisation(nlp):
    assert "Grantley" in forms(nlp, "The ranking copies the method of Grantley's Technology Fast 50 in Britain.")


def test_a_home_town_before_a_firms_name_is_still_no_organisation(nlp):
    assert "Tartu" not in forms(nlp, "We went to Tartu's Kelder, a bakery chain, to see its ovens.")


def test_a_list_item_cut_from_a_place_name_is_dropped(nlp):
    found = forms(nlp, "Backers were Qingmu Hengda Fund, Linhai Guidance Fund and "
                       "Hong Kong-based Silverdale Capital.")
    assert "Hong" not in found
    assert {"Qingmu Hengda Fund", "Silverdale Capital"} <= found


def test_a_plain_list_of_firms_is_kept(nlp):
    found = forms(nlp, "Backers were Qingmu Hengda Fund, Linhai Guidance Fund and "
                       "Varnholt Capital.")
    assert {"Qingmu Hengda Fund", "Linhai Guidance Fund", "Varnholt Capital"} <= found


@pytest.mark.parametrize("text, firms", [
    ("Buyers of its boxes include Quarrow, Dentley, Hallam and the drinks group Pellor & Vance.",
     {"Quarrow", "Dentley", "Hallam", "Pellor & Vance"}),
    ("Its clients include Brackwell, Tenmouth and the logistics group Ashby & Coyle.",
     {"Brackwell", "Tenmouth", "Ashby & Coyle"}),
])
def test_a_list_ending_in_a_name_with_an_ampersand_shares_its_fate(nlp, text, firms):
    assert firms <= forms(nlp, text)


@pytest.mark.parametrize("text, firms", [
    ("Veltrix, Quorra and similar companies spend billions on chips, she said.", {"Veltrix", "Quorra"}),
    ("Brackwell, Tenmouth and other retailers raised prices in May.", {"Brackwell", "Tenmouth"}),
    ("Orvant, Kesselby or rival firms may bid for the unit.", {"Orvant", "Kesselby"}),
])
def test_a_list_ending_in_other_companies_names_firms(nlp, text, firms):
    assert firms <= forms(nlp, text)


@pytest.mark.parametrize("text, not_orgs", [
    ("The Bureau of Mines and Mineral Resources said so.", {"Mines", "Mineral Resources"}),
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
    ("Lunch was served by the caterer Jane Moreau.", "Jane Moreau"),
    ("The deal was made by the trader Wang Lei last spring.", "Wang Lei"),
])
def test_a_trade_noun_before_a_persons_name_marks_no_firm(nlp, text, person):
    assert person not in forms(nlp, text)




@pytest.mark.parametrize("text, body", [
    ("Shares of Varnholt Holdings rose 9% in their Toronto Stock Exchange debut.", "Toronto Stock Exchange"),
    ("The chipmaker prepared its London Stock Exchange listing for a year.", "London Stock Exchange"),
    ("Investors cheered their TSX debut.", "TSX"),
])
def test_a_known_body_after_its_or_their_is_still_named(nlp, text, body):
    assert body in names(nlp, text)


def test_an_unknown_name_after_its_is_still_no_organisation(nlp):
    assert "Quillmark" not in forms(nlp, "Varnholt Labs said its Quillmark assistant now has a million users.")


@pytest.mark.parametrize("text, unit", [
    ("Varnholt's Hiring Cloud sorts job applicants; recruiters reach its AI-powered Hiring Cloud by phone.",
     "Hiring Cloud"),
    ("Payments run through Quillmark's Harbour Pay, which launched last year.", "Harbour Pay"),
    ("Users reach the service through their Brightline Music accounts, Tolbrook Labs said.", "Brightline Music"),
])
def test_a_unit_or_product_named_after_its_owner_is_no_organisation(nlp, text, unit):
    assert unit not in forms(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("Velorin Cloud and Tamsin Cloud compete for the contract.", "Tamsin Cloud"),
    ("Varnholt's rival Dunhallow Cloud raised $40m on Monday.", "Dunhallow Cloud"),
])
def test_a_unit_named_on_its_own_or_with_a_cue_stays(nlp, text, firm):
    assert firm in forms(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("The firm was started by ex-Oxford researchers in 2015.", "Oxford"),
    ("Sales of non-Varnholt phones rose by 4% in May.", "Varnholt"),
    ("The pro-Tolbrook camp on the board lost the vote.", "Tolbrook"),
])
def test_a_name_after_a_hyphened_prefix_is_a_description(nlp, text, name):
    assert not any(name in f for f in forms(nlp, text))


def test_a_name_without_the_prefix_stays(nlp):
    assert "University of Oxford" in forms(nlp, "The firm was started by researchers from the University of "
                                                "Oxford in 2015.")


@pytest.mark.parametrize("name, kind, is_company", [
    ("Linhai Zhongtian Avionics", "company", True),
    ("Cámara Murcia Regional", "ngo", False),
    ("Tarn Valley Conservation Network", "ngo", False),
])
def test_more_head_words(rules, name, kind, is_company):
    assert org_type(name, set(), rules) == (kind, is_company)


@pytest.mark.parametrize("text, outlet", [
    ("The Harbour Weekly - Issue 88\nNotes for subscribers.\n\nQuillmark raised $20m this week.",
     "Harbour Weekly"),
    ("Can makers expect a busy year\n\nTinplate Asia Report | May 2023\n\nOrders rose in May.",
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
    ("Next came Dubuque payroll agency Haven Staffing, a firm of 40 people.", "Dubuque", "Haven Staffing"),
    ("Malmo AI company Quellify Labs opened an office in Oslo.", "Malmo AI", "Quellify Labs"),
    ("Linkoping crop-survey firm Fieldrow Systems hired ten pilots.", "Linkoping", "Fieldrow Systems"),
])
def test_a_home_town_before_a_firms_kind_is_no_organisation(nlp, text, home, firm):
    found = forms(nlp, text)
    assert firm in found and home not in found


@pytest.mark.parametrize("text, kept", [
    ("Varnholt rival Quellify sold more bikes in May.", "Varnholt"),
    ("Varnholt Ltd staffing agency Haven Staffing was sold in May.", "Varnholt Ltd"),
])
def test_an_owner_or_a_legal_name_before_a_firm_noun_stays(nlp, text, kept):
    assert kept in forms(nlp, text)


@pytest.mark.parametrize("text, name, is_company", [
    ("A grant from the Blue Ridge Fund for West Asia paid for the pumps.", "Blue Ridge Fund for West Asia", False),
    ("The Ministry for Foreign Affairs agreed to the plan.", "Ministry for Foreign Affairs", False),
    ("The Kelvin Trust for Wildlife paid for the survey.", "Kelvin Trust for Wildlife", False),
])
def test_a_name_goes_on_after_for(nlp, text, name, is_company):
    orgs = names(nlp, text)
    assert orgs[name]["is_company"] is is_company


@pytest.mark.parametrize("text, name", [
    ("Varnholt Capital raised a fund for Series B startups.", "Varnholt Capital"),
    ("The Qianwei Fund for the first time backed a chipmaker.", "Qianwei Fund"),
])
def test_for_after_a_name_without_a_capitalised_complement_ends_it(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize("text, ranking", [
    ("Dunmore Tiles came first in this year's Nordwind Growth 300.", "Nordwind Growth"),
    ("Only one bakery made this year's Western Growth 70.", "Western Growth"),
    ("Only three firms from the city made the Baltic Fast 500 this year.", "Baltic Fast"),
])
def test_a_ranking_named_with_its_count_is_no_organisation(nlp, text, ranking):
    assert ranking not in forms(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("Dunmore Robotics 500 staff work in Aarhus.", "Dunmore Robotics"),
    ("Shares of Tolbrook Brands rose 12 percent after Tolbrook Brands 2025 guidance.", "Tolbrook Brands"),
])
def test_a_firm_before_a_number_stays(nlp, text, firm):
    assert firm in forms(nlp, text)


@pytest.mark.parametrize("text, home, firm", [
    ("Qinghe AI unicorn Moxian Intelligence cut its prices by half.", "Qinghe AI", "Moxian Intelligence"),
    ("Accra fintech Kudimo Pay raised $30m on Monday.", "Accra", "Kudimo Pay"),
])
def test_a_home_before_a_category_or_field_noun_is_no_organisation(nlp, text, home, firm):
    found = forms(nlp, text)
    assert firm in found and home not in found


def test_more_countries_are_places(nlp):
    doc = nlp("The new money will fund an expansion into Rwanda and Burundi, Tolbrook Agri said.")
    assert not {"Rwanda", "Burundi"} & forms(nlp, doc.text)


@pytest.mark.parametrize("text, firm", [
    ("Tromso electrical contractor Lysmark Elektro hired 30 staff.", "Lysmark Elektro"),
    ("Third was Tromso marine supplier Kvalvik Utstyr.", "Kvalvik Utstyr"),
    ("Also listed is Bergen seafood exporter Havbris Eksport.", "Havbris Eksport"),
])
def test_a_home_and_a_business_trade_before_a_name_mark_a_firm(nlp, text, firm):
    assert firm in forms(nlp, text)


@pytest.mark.parametrize("text, person", [
    ("Tromso electrical contractor Lars Nilsen retired in May.", "Lars Nilsen"),
    ("The fund was set up by Berlin economist Anna Weber in 2019.", "Anna Weber"),
])
def test_a_home_and_a_trade_before_a_persons_name_mark_no_firm(nlp, text, person):
    assert person not in forms(nlp, text)


@pytest.mark.parametrize("text, person", [
    ("Shares rose on Monday.\n\n(Reporting by Katja Voigtmann; Editing by Paulo Dantas)", "Katja Voigtmann"),
    ("Shares rose on Monday.\n\n(Reporting by Katja Voigtmann; Editing by Paulo Dantas)", "Paulo Dantas"),
    ("Shares rose on Monday.\n\nReporting by Ines Tavora and Bruno Castelo in Lisbon.", "Bruno Castelo"),
])
def test_journalists_credited_for_a_story_are_no_organisations(nlp, text, person):
    assert person not in forms(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("Research by Quellmark showed that sales of the firm Quellmark rose.", "Quellmark"),
    ("The report was written by Tolbrook Research for the ministry.", "Tolbrook Research"),
])
def test_firms_after_by_stay(nlp, text, firm):
    assert firm in forms(nlp, text)


def test_list_items_put_back_together_or_dropped(nlp):
    from giants.organisations.verdicts import Verdicts
    doc = nlp.make_doc("Models include Varnholt's Teskor and the Linhai Academy of Sciences's Quma.")
    words = [t.text for t in doc]
    tessel, linhai = words.index("Teskor"), words.index("Linhai")
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
    assert "The Marwick Gazette" in forms(nlp, "The Marwick Gazette, a newspaper, reported the deal on Monday.") \
        or "Marwick Gazette" in forms(nlp, "The Marwick Gazette, a newspaper, reported the deal on Monday.")


@pytest.mark.parametrize("name", ["Transport Canada", "Enterprise Ireland", "Innovate UK"])
def test_a_field_and_a_country_name_a_state_agency(rules, name):
    assert org_type(name, set(), rules) == ("government", False)


@pytest.mark.parametrize("name", ["Rentbox Denmark", "Health Tamsin"])
def test_a_firm_with_a_country_or_a_field_stays_a_firm(rules, name):
    assert org_type(name, set(), rules)[1] is True


@pytest.mark.parametrize("text, outlet", [
    ("Freight firm raises money\n\nBERLIN, Sept 9 (Lodestar) - Varnholt Freight said on Tuesday it raised $40m.",
     "Lodestar"),
    ("Chip deal\n\nOSAKA, May 3 (Tidewater) - Quellify said it would buy a plant.", "Tidewater"),
])
def test_a_one_word_dateline_credit_is_a_news_source(nlp, text, outlet):
    assert names(nlp, text)[outlet]["type"] == "media"
