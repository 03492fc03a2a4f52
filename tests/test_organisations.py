"""giants_organisations: organisations found once, typed, with aliases; people; places."""

from __future__ import annotations

import pytest

from giants.organisations.component import OrganisationFinder


def orgs_of(nlp, text):
    return {o["name"]: o for o in nlp(text)._.organizations}


def all_forms(orgs):
    return {f for o in orgs.values() for f in [o["name"], *o["aliases"]]}


# --------------------------------------------------------------------------- finding

def test_cue_nouns_and_appositions_find_firms_the_model_misses(nlp):
    text = ("French battery company Voltara raised $900 million in September. "
            "Brightline, a UK-based logistics startup, raised $50 million. "
            "The deal was led by the asset manager Harbourgate.")
    orgs = orgs_of(nlp, text)
    assert {"Voltara", "Brightline", "Harbourgate"} <= set(orgs)
    assert orgs["Harbourgate"]["type"] == "investor"


def test_same_name_tagged_org_elsewhere_and_company_suffixes(nlp):
    text = ("Zhejiang Lumeng Precision Machinery Co., Ltd. and Qingdao Haixin Robotics were named. "
            "Lumeng Robotics Inc. also won an award.")
    orgs = orgs_of(nlp, text)
    assert "Zhejiang Lumeng Precision Machinery Co., Ltd." in orgs
    assert "Qingdao Haixin Robotics" in orgs
    assert "Lumeng Robotics Inc." in orgs


def test_lists_share_the_fate_of_their_organisations(nlp):
    text = ("New unicorns this year include Tovana Holdings, Pelliq, Drumo, Quixa and Marlowe Labs. "
            "Analysts expect more.")
    orgs = orgs_of(nlp, text)
    assert {"Tovana Holdings", "Pelliq", "Drumo", "Quixa", "Marlowe Labs"} <= set(orgs)


def test_known_bodies_are_found_and_typed(nlp):
    text = ("The Ministry of Industry and Information Technology published the list. "
            "Shares trade on the Shanghai Stock Exchange and on Nasdaq. The OECD agreed, Xinhua reported.")
    orgs = orgs_of(nlp, text)
    assert orgs["Ministry of Industry and Information Technology"]["type"] == "government"
    assert orgs["Shanghai Stock Exchange"]["type"] == "exchange"
    assert orgs["Nasdaq"]["is_company"] is False
    assert orgs["OECD"]["is_company"] is False
    assert orgs["Xinhua"]["type"] == "media" and orgs["Xinhua"]["is_company"] is False


@pytest.mark.parametrize("text, not_orgs", [
    ("Users flocked to ChatGPT and TikTok, and the company launched a smartphone bank.",
     {"ChatGPT", "TikTok", "smartphone bank"}),
    ("Shares of Corvana fell 3% while the S&P 500 rose; the stock left the SDax.", {"S&P 500", "SDax"}),
    ("Brewbean sold more than 500 Unicorns, its new drink.", {"Unicorns", "Unicorn"}),
    ("The firm moved from Berlin to Silicon Valley after the Zhongguancun Forum.",
     {"Berlin", "Silicon Valley", "Zhongguancun Forum"}),
    ("Its IPO raised $2 billion, and the SME sector cheered AI.", {"IPO", "SME", "AI"}),
])
def test_non_organisations_are_dropped(nlp, text, not_orgs):
    assert not (all_forms(orgs_of(nlp, text)) & not_orgs)


def test_quoted_brands_are_not_organisations(nlp):
    text = ('The bicycle maker Velomar owns the brands "Rapido" and "Stroom". '
            "Velomar bought the manufacturer Kettwig last year.")
    orgs = orgs_of(nlp, text)
    assert "Velomar" in orgs and "Kettwig" in orgs
    assert not ({"Rapido", "Stroom"} & all_forms(orgs))


# --------------------------------------------------------------------------- one entry each

def test_aliases_acronym_chinese_short_form_and_possessive(nlp):
    text = ("Kerun Intelligent Control (科润智控), a Zhejiang-based maker of transformers, listed on the "
            "Beijing Stock Exchange (BSE). Kerun's revenue rose 30%. The company said the BSE listing "
            "raised 200 million yuan.")
    doc = nlp(text)
    orgs = {o["name"]: o for o in doc._.organizations}
    kerun = orgs["Kerun Intelligent Control"]
    assert set(kerun["aliases"]) == {"科润智控", "Kerun"}
    assert kerun["mentions"] == 3
    assert "the company" not in [a.lower() for a in kerun["aliases"]]
    bse = orgs["Beijing Stock Exchange"]
    assert bse["aliases"] == ["BSE"] and bse["mentions"] == 3
    assert bse["type"] == "exchange" and bse["is_company"] is False
    # every mention has offsets into the text
    assert len(kerun["mention_spans"]) == kerun["mentions"]
    for s, e in kerun["mention_spans"] + bse["mention_spans"]:
        assert text[s:e] in {kerun["name"], *kerun["aliases"], bse["name"], *bse["aliases"]}


def test_short_form_and_group_form_merge_but_a_fund_stays_apart(nlp):
    text = ("Tamsin Group Holding and its Tamsin Vision Fund invested. Tamsin has backed 40 startups, "
            "and Tamsin Vision Fund led the round.")
    orgs = orgs_of(nlp, text)
    assert "Tamsin" in orgs["Tamsin Group Holding"]["aliases"]
    assert "Tamsin Vision Fund" in orgs
    assert orgs["Tamsin Vision Fund"]["type"] == "investor"


def test_renamed_body_keeps_current_name(nlp):
    text = ("Backers included Qiyun Capital, formerly Northgate Capital China, which led 30 rounds, "
            "and other venture capital firms.")
    orgs = orgs_of(nlp, text)
    assert orgs["Qiyun Capital"]["aliases"] == ["Northgate Capital China"]


def test_case_variants_are_one_organisation(nlp):
    text = "Hotel chain Rovio raised $1 billion. Last year ROVIO moved to a franchise model, and Rovio grew."
    orgs = orgs_of(nlp, text)
    assert list(orgs) == ["Rovio"]
    assert orgs["Rovio"]["aliases"] == ["ROVIO"] and orgs["Rovio"]["mentions"] == 3


# --------------------------------------------------------------------------- types

@pytest.mark.parametrize("text, name, kind, is_company", [
    ("Funding came from Blue Harbor Ventures.", "Blue Harbor Ventures", "investor", True),
    ("The loan came from Meridian Bank.", "Meridian Bank", "company", True),
    ("The Hangzhou Municipal Bureau of Economy and Information Technology approved it.",
     "Hangzhou Municipal Bureau of Economy and Information Technology", "government", False),
    ("Researchers at Lakeshore University built it.", "Lakeshore University", "university", False),
    ("The Anhui Provincial Guidance Fund invested 50 million yuan.", "Anhui Provincial Guidance Fund",
     "government", False),
    ("The Coastal Robotics Industry Alliance met in May.", "Coastal Robotics Industry Alliance", "ngo", False),
    ("The Northfield Daily Times reported the deal.", "Northfield Daily Times", "media", True),
    ("The Suzhou Industrial Park hosts 300 firms.", "Suzhou Industrial Park", "government", False),
    ("The Beijing Intellectual Property Court ruled against the firm.", "Beijing Intellectual Property Court",
     "government", False),
    ("The Nordvik Public Pension Fund sold its stake.", "Nordvik Public Pension Fund", "government", False),
    ("The data came from Kestrel Research, a consultancy.", "Kestrel Research", "company", True),
])
def test_types_and_is_company(nlp, text, name, kind, is_company):
    orgs = orgs_of(nlp, text)
    assert name in orgs, orgs
    assert (orgs[name]["type"], orgs[name]["is_company"]) == (kind, is_company)


def test_consulting_firm_cue_beats_an_ngo_head_word(nlp):
    orgs = orgs_of(nlp, "The study came from the consulting firm Halvard Global Alliance.")
    assert orgs["Halvard Global Alliance"]["is_company"] is True


# --------------------------------------------------------------------------- people and places

def test_people_with_roles_and_organisations(nlp):
    text = ("Liu Xiangdong, a researcher with the China Center for International Economic Exchanges, "
            "said the plan works. CEO Sebastian Siemiatkowski said Klarna would grow. "
            "Maria Olsen, chief executive of Brightwater Energy, agreed.")
    doc = nlp(text)
    people = {p["name"]: p for p in doc._.people}
    assert people["Liu Xiangdong"]["role"] == "researcher"
    assert people["Liu Xiangdong"]["organization"] == "China Center for International Economic Exchanges"
    assert people["Sebastian Siemiatkowski"]["role"] == "CEO"
    assert people["Maria Olsen"] == {"name": "Maria Olsen", "role": "chief executive",
                                     "organization": "Brightwater Energy"}
    org_names = all_forms({o["name"]: o for o in doc._.organizations})
    assert not ({"Liu Xiangdong", "Sebastian Siemiatkowski", "Maria Olsen"} & org_names)


def test_title_before_name_with_organisation(nlp):
    doc = nlp("Veltrix co-founder and co-CEO Anna Berg said the startup will hire 200 people.")
    people = {p["name"]: p for p in doc._.people}
    assert people["Anna Berg"]["role"] == "co-founder and co-CEO"
    assert people["Anna Berg"]["organization"] == "Veltrix"


def test_places_have_kinds_and_are_not_organisations(nlp):
    doc = nlp("The firm, based in Wuhan in Hubei Province, sells to Germany and to Minhang District.")
    places = {p["name"]: p["kind"] for p in doc._.places}
    assert places.get("Wuhan") == "city"
    assert places.get("Hubei Province") == "region"
    assert places.get("Germany") == "country"
    assert not (set(places) & all_forms({o["name"]: o for o in doc._.organizations}))


# --------------------------------------------------------------------------- robustness

@pytest.mark.parametrize("text", [
    "",
    "   \n\n  ",
    "ACME ROBOTICS CO., LTD. SAID ON MONDAY IT RAISED 200 MILLION YUAN FROM SHENZHEN CAPITAL GROUP.",
    "acme robotics said it raised money from some bank.",
    "科润智控 和 小巨人 企业",
    "iPhone maker eBay-like xAI (X.AI) said... “Quoted” ‘names’ — and ( unbalanced [brackets",
    "Ünïcödé GmbH & Co. KG, Straße 5, München.",
])
def test_odd_texts_do_not_crash(nlp, text):
    doc = nlp(text)
    assert not any("organisations" in w for w in doc._.giants_warnings or [])
    assert isinstance(doc._.organizations, list)
    assert isinstance(doc._.people, list) and isinstance(doc._.places, list)
    for org in doc._.organizations:
        assert org["name"] and org["mentions"] >= 1
        for s, e in org["mention_spans"]:
            assert 0 <= s < e <= len(text)


def test_all_caps_company_names_keep_their_legal_suffix(nlp):
    orgs = orgs_of(nlp, "ACME ROBOTICS CO., LTD. SAID IT RAISED 200 MILLION YUAN.")
    assert "ACME ROBOTICS CO., LTD." in orgs


def test_doc_ents_are_left_alone(nlp):
    text = "Brightline, a UK-based logistics startup, raised $50 million, up 20%."
    doc = nlp(text)
    labels = {e.label_ for e in doc.ents}
    assert {"MONEY", "PERCENT"} <= labels


# --------------------------------------------------------------------------- user data

def test_known_bodies_file_can_be_extended(nlp, tmp_path):
    text = "Officials from the Zorvia Council said Vantor approved."
    base = OrganisationFinder(nlp, "orgs_base")
    doc = base(nlp(text))
    assert "Vantor" not in {o["name"] for o in doc._.organizations}

    extra = tmp_path / "bodies.toml"
    extra.write_text('[[bodies]]\nname = "Vantor Regulatory Authority"\naliases = ["Vantor"]\n'
                     'type = "government"\nis_company = false\n', encoding="utf-8")
    finder = OrganisationFinder(nlp, "orgs_extra", bodies_path=str(extra))
    doc = finder(nlp(text))
    orgs = {o["name"]: o for o in doc._.organizations}
    assert orgs["Vantor"]["type"] == "government" and orgs["Vantor"]["is_company"] is False


def test_extra_rules_extend_the_built_in_lists(nlp, tmp_path):
    text = "Lumora, a Dutch e-bike atelier, opened in May."
    extra = tmp_path / "rules.toml"
    extra.write_text('[rules]\ncompany_cues = ["atelier"]\n', encoding="utf-8")
    assert "Lumora" not in {o["name"] for o in OrganisationFinder(nlp, "a")(nlp(text))._.organizations}
    finder = OrganisationFinder(nlp, "b", bodies_path=str(extra))
    assert "Lumora" in {o["name"] for o in finder(nlp(text))._.organizations}


# --------------------------------------------------------------------------- more cues

def test_share_prices_funding_rounds_and_known_as(nlp):
    text = ("Korvo shares jumped 8% in Hong Kong. Hangzhou Yuqi Robotics, known as Yuqi, raised $40 million "
            "from Halden Partners and Brisk Ventures. Tarvo Growth and Pellam Capital led the round.")
    orgs = orgs_of(nlp, text)
    assert "Korvo" in orgs
    assert orgs["Hangzhou Yuqi Robotics"]["aliases"] == ["Yuqi"]
    assert orgs["Tarvo Growth"]["type"] == "investor"
    assert "Hong Kong" not in orgs


def test_datelines_people_and_animals_are_not_firms(nlp):
    text = ("ODENSE, May 2, 2024 -- Three Thomson's gazelle calves went on show at Odense Zoo. "
            "Its owner Lars Berg said a partner, Mette Holm, runs the cafe. "
            "Sofie Lund, a partner at Fenrow Capital, visited.")
    orgs = orgs_of(nlp, text)
    assert set(orgs) == {"Odense Zoo", "Fenrow Capital"}
    people = {p["name"]: p for p in nlp(text)._.people}
    assert people["Sofie Lund"]["organization"] == "Fenrow Capital"


def test_names_inside_a_longer_name_are_not_listed_apart(nlp):
    text = ("The Zhejiang Provincial Development and Reform Commission and the Ministry of Industry and "
            "Information Technology backed the plan.")
    orgs = orgs_of(nlp, text)
    assert set(orgs) == {"Zhejiang Provincial Development and Reform Commission",
                         "Ministry of Industry and Information Technology"}


def test_a_bad_bodies_file_gives_a_clear_error(nlp, tmp_path):
    from giants.errors import DataFileError

    extra = tmp_path / "bodies.toml"
    extra.write_text('[[bodies]]\nname = "Vantor Bank"\ntype = "bank"\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="E041.*Vantor Bank.*bank"):
        OrganisationFinder(nlp, "bad", bodies_path=str(extra))


@pytest.mark.parametrize("text", [
    "KELVARA OWNS THE EAST HARBOUR MORNING POST. THE PARTICIPANTS ALSO INCLUDE TANWEI CAPITAL CORPORATION, "
    "THE BEIJING AI FUND AND SHENZHEN LUMA GROUP.",
    "Kelvara Owns The East Harbour Morning Post. The Participants Also Include Tanwei Capital Corporation, "
    "The Beijing Ai Fund And Shenzhen Luma Group.",
])
def test_all_caps_and_title_case_give_no_sentence_fragments(nlp, text):
    names = [o["name"] for o in nlp(text)._.organizations]
    assert not [n for n in names if any(w.lower() in {"owns", "participants", "include", "also", "the"}
                                        for w in n.split())], names
    assert any(n.lower() == "tanwei capital corporation" for n in names)


def test_every_mention_of_a_firm_the_model_mislabels_is_counted(nlp):
    text = ("Klarna filed for a listing on Tuesday. Klarna said revenue rose. Analysts said Klarna "
            "would price the shares at $40. Klarna's investors include Sequoia, and the Swedish lender "
            "Klarna has 85 million users.")
    doc = nlp(text)
    orgs = {o["name"]: o for o in doc._.organizations}
    assert orgs["Klarna"]["mentions"] == text.count("Klarna")
    assert [text[s:e] for s, e in orgs["Klarna"]["mention_spans"]] == ["Klarna"] * text.count("Klarna")
    assert "Klarna" not in {p["name"] for p in doc._.people} | {p["name"] for p in doc._.places}


def test_known_bodies_file_from_the_environment(nlp, tmp_path, monkeypatch):
    extra = tmp_path / "bodies.toml"
    extra.write_text('[[bodies]]\nname = "Vantor Regulatory Authority"\naliases = ["Vantor"]\n'
                     'type = "government"\nis_company = false\n', encoding="utf-8")
    monkeypatch.setenv("GIANTS_BODIES", str(extra))
    finder = OrganisationFinder(nlp, "orgs_env")
    doc = finder(nlp("Officials said Vantor approved."))
    assert [o["name"] for o in doc._.organizations] == ["Vantor"]


def test_a_head_with_of_or_for_types_the_name_and_keeps_its_commas(nlp):
    text = ("Officials said they would report to the Bureau of Farming, Fishing and Forestry Enterprises. "
            "The Office for Attracting Strategic Enterprises and the Society for Protection of Wetlands agreed.")
    orgs = orgs_of(nlp, text)
    assert orgs["Bureau of Farming, Fishing and Forestry Enterprises"]["is_company"] is False
    assert orgs["Office for Attracting Strategic Enterprises"]["type"] == "government"
    assert orgs["Society for Protection of Wetlands"]["is_company"] is False
    assert "Bureau of Farming" not in orgs


def test_state_industry_investment_funds_are_not_companies(nlp):
    orgs = orgs_of(nlp, "The round was led by the Qiaoxi Battery Industry Investment Fund and Halden Capital.")
    assert orgs["Qiaoxi Battery Industry Investment Fund"]["is_company"] is False
    assert orgs["Halden Capital"]["is_company"] is True


def test_a_group_and_its_named_unit_stay_apart_but_a_single_head_word_merges(nlp):
    orgs = orgs_of(nlp, "Tamsin said on Monday that Tamsin Cloud would cut prices. Tamsin Cloud has 3,000 staff.")
    assert {"Tamsin", "Tamsin Cloud"} <= set(orgs)
    assert "Tamsin" not in orgs["Tamsin Cloud"]["aliases"]
    orgs = orgs_of(nlp, "The consultancy Vantoro Advisors published the study. Most are manufacturers, "
                        "said Vantoro partner Meena Iyer.")
    assert "Vantoro" in orgs["Vantoro Advisors"]["aliases"] and "Vantoro" not in orgs
    assert orgs["Vantoro Advisors"]["type"] == "company"    # a consultancy, not an investor


def test_a_news_agency_in_a_dateline_is_a_source(nlp):
    orgs = orgs_of(nlp, "OSLO, Jan 3 (Zarnow Wire) - Fjordmill Foods said on Friday it raised $20 million.")
    assert orgs["Zarnow Wire"]["type"] == "media" and "Fjordmill Foods" in orgs
    # quoted as a source in the body too, its dateline credit is not counted as a mention
    orgs = orgs_of(nlp, "HONG KONG, May 2 (Kestrel News) -- Shares of Lumora Group rose 3% on Friday. "
                        "Analysts told Kestrel News the deal was good.")
    assert orgs["Kestrel News"]["mentions"] == 1


@pytest.mark.parametrize("text, person", [
    ("Halden Capital led the round, said partner Chen Rui.", "Chen Rui"),
    ("Tang Meiling, the co-founder, said Voltmere would double sales.", "Tang Meiling"),
    ("Chief executive Marta Kowalczyk said the company had been profitable since 2021.", "Marta Kowalczyk"),
])
def test_people_the_model_or_a_cue_calls_organisations_are_people(nlp, text, person):
    doc = nlp(text)
    assert person not in {o["name"] for o in doc._.organizations}
    assert person in {p["name"] for p in doc._.people}


def test_a_family_name_does_not_stop_a_firm_with_an_industry_word(nlp):
    assert "Long Yuan Technology" in orgs_of(nlp, "Long Yuan Technology raised 50 million yuan.")


def test_a_short_form_after_a_district_name_merges(nlp):
    text = ("Minhe Kelvo Optical Film Co. makes display films. Kelvo has filed 146 patents. "
            "Suppliers such as Taolin Ruiwen New Materials grew fast. Ruiwen New Materials makes carbon fibre.")
    orgs = orgs_of(nlp, text)
    assert "Kelvo" in orgs["Minhe Kelvo Optical Film Co."]["aliases"]
    assert "Ruiwen New Materials" in orgs["Taolin Ruiwen New Materials"]["aliases"]
    assert "Kelvo" not in orgs and "Ruiwen New Materials" not in orgs


def test_products_are_not_organisations_but_an_exchange_before_listed_is(nlp):
    text = ("Qianlu, which runs the messaging app Chatterly, said the Tamsin Watch sold well. "
            "Tamsin shares rose. Numeta Corp., the Nasdaq-listed software maker, fell.")
    orgs = orgs_of(nlp, text)
    assert "Chatterly" not in all_forms(orgs) and "Tamsin Watch" not in all_forms(orgs)
    assert {"Qianlu", "Tamsin", "Nasdaq"} <= set(orgs)


def test_industry_head_words_make_a_name_a_firm(nlp):
    orgs = orgs_of(nlp, "Suppliers include Huaxin Photonics and Nanyue Chips, which grew fast last year.")
    assert {"Huaxin Photonics", "Nanyue Chips"} <= set(orgs)


def test_a_science_park_is_a_site_and_and_joins_a_long_name(nlp):
    text = ("Velorin, a tenant of Nanhu Science Park, was valued at HK$2 billion, according to a statement "
            "from Nanhu Science and Technology Development Corporation.")
    orgs = orgs_of(nlp, text)
    assert "Nanhu Science Park" not in orgs
    assert "Nanhu Science and Technology Development Corporation" in orgs


def test_a_named_local_government_in_lower_case_is_a_government_body(nlp):
    orgs = orgs_of(nlp, "The plant will cost 1.2 billion yuan, according to the Minhe district government. "
                        "The Chinese government agreed, as did the Qiaoxi and Taolin city governments.")
    assert orgs["Minhe district government"]["type"] == "government"
    assert orgs["Minhe district government"]["is_company"] is False
    assert not [n for n in orgs if "governments" in n or n.lower().startswith("chinese")]


def test_an_opening_adverb_with_a_clause_after_it_is_not_a_firm(nlp):
    text = "Velorin said it filed 40 patents.\n\nNationwide, the batch covers more than 3,600 firms, Velorin said."
    assert "Nationwide" not in orgs_of(nlp, text)


def test_a_city_before_a_possessive_firm_is_a_place(nlp):
    doc = nlp("Jaipur's Kavio Agritech, a maker of drip irrigation kits, and Qiaoxi Lasers grew fast.")
    orgs = {o["name"] for o in doc._.organizations}
    assert "Jaipur" not in orgs and "Kavio Agritech" in orgs


def test_a_name_ending_in_a_possessive_keeps_it(nlp):
    text = "The edtech firm Bykoo's raised $20 million. Bykoo's app has 5 million users. Bykoo's said so."
    orgs = orgs_of(nlp, text)
    assert "Bykoo's" in orgs and orgs["Bykoo's"]["mentions"] == 3
    orgs = orgs_of(nlp, "The carmaker Tamsin grew. Tamsin's revenue rose, and Tamsin's founders met investors.")
    assert "Tamsin" in orgs and "Tamsin's" not in all_forms(orgs)


def test_an_all_caps_dateline_is_a_city_not_a_firm(nlp):
    doc = nlp("TROMSO, Norway, March 3 -- Fjordmill Foods raised money.")
    assert "TROMSO" not in {o["name"] for o in doc._.organizations}
    assert {"name": "TROMSO", "kind": "city"} in doc._.places


def test_chinese_amounts_and_places_beside_a_name_are_not_its_chinese_name(nlp):
    text = ("Sales of Hengda Gearbox 3.2亿元 rose; 南京 Hengda Gearbox said. Hengda Gearbox 亿元 grew. "
            "Hengda Gearbox (恒达齿轮) makes gears.")
    doc = nlp(text)
    orgs = {o["name"]: o for o in doc._.organizations}
    assert orgs["Hengda Gearbox"]["aliases"] == ["恒达齿轮"]
    assert "Hengda Gearbox" not in {p["name"] for p in doc._.people}


def test_eponyms_are_not_organisations(nlp):
    orgs = orgs_of(nlp, "Visitors watched Thomson's gazelles and Grant's zebras at the reserve, "
                        "run by the Harbour Wildlife Trust. Moore's law still holds.")
    assert set(orgs) == {"Harbour Wildlife Trust"}


def test_whoever_has_a_chief_executive_is_an_organisation(nlp):
    doc = nlp("Priya Raman, Tamsin's chief executive, said demand rose. Raman added that Tamsin would hire.")
    assert "Tamsin" in {o["name"] for o in doc._.organizations}
    assert {"name": "Priya Raman", "role": "chief executive", "organization": "Tamsin"} in doc._.people
    assert "Tamsin" not in {p["name"] for p in doc._.places}


def test_an_elliptical_possessive_is_not_part_of_the_name(nlp):
    orgs = orgs_of(nlp, "Tamsin's cloud revenue grew 26 percent, while Lumio's grew 19 percent. Lumio Group said so.")
    assert "Lumio" in orgs["Lumio Group"]["aliases"] and "Lumio's" not in all_forms(orgs)


def test_a_lower_case_word_of_a_long_name_is_no_short_form(nlp):
    text = ("Kavio was named by the Zhejiang provincial government. Provincial recognition is a step "
            "below the national title, said the maker of valves Kavio.")
    orgs = orgs_of(nlp, text)
    assert orgs["Zhejiang provincial government"]["aliases"] == []
    assert "Provincial" not in all_forms(orgs)


def test_a_charity_cue_beats_a_guessed_government_head(nlp):
    orgs = orgs_of(nlp, "Marlow Wildlife Park, a charity, sold 52,000 tickets in June.")
    assert orgs["Marlow Wildlife Park"]["type"] == "ngo"


def test_comparisons_boards_and_a_title_before_a_comma(nlp):
    text = ("The round was led by a Qiming-style fund, Lanxi Capital. Its rival plans an IPO on ChiNext. "
            "Paymo's chief executive, Joris Velde, said competition was healthy. "
            "Tianyu Securities rated it a buy. Tianyu analyst Sun Mei said so.")
    doc = nlp(text)
    orgs = {o["name"]: o for o in doc._.organizations}
    assert not [n for n in orgs if "style" in n.lower()]
    assert orgs["ChiNext"]["type"] == "exchange"
    assert "Tianyu" in orgs["Tianyu Securities"]["aliases"]
    assert {"name": "Joris Velde", "role": "chief executive", "organization": "Paymo"} in doc._.people


def test_a_mixed_case_acronym_in_parentheses_is_an_alias(nlp):
    orgs = orgs_of(nlp, "The Qiaoxi Securities and Futures Commission (Qsfc) is reviewing the plan. Qsfc said so.")
    assert orgs["Qiaoxi Securities and Futures Commission"]["aliases"] == ["Qsfc"]
    assert orgs["Qiaoxi Securities and Futures Commission"]["type"] == "government"


def test_capitalised_fragments_and_schools_of_a_university(nlp):
    text = ("Industry And Information Technology officials praised Kavio Automation. Wang Jun, a professor "
            "at Qiaoxi University's School of Management, said Kavio was growing. Its founder met a "
            "Harvard classmate.")
    orgs = orgs_of(nlp, text)
    assert not [n for n in orgs if "And" in n.split()]
    assert orgs["School of Management"]["type"] == "university"
    assert orgs["Harvard"]["is_company"] is False


def test_a_name_shortened_to_its_last_word_is_a_person(nlp):
    doc = nlp("Marta Wolna founded the company in 2019. Wolna said sales doubled at Tamsin Robotics. "
              "Tamsin plans to hire.")
    assert "Marta Wolna" not in {o["name"] for o in doc._.organizations}
    assert "Marta Wolna" in {p["name"] for p in doc._.people}
    assert "Tamsin" in orgs_of(nlp, doc.text)["Tamsin Robotics"]["aliases"]


def test_investors_including_a_list_are_investors(nlp):
    orgs = orgs_of(nlp, "Kelda Energy raised $400 million from investors including Atlas Growth, Fjord Equity "
                        "and Brightwater.")
    assert orgs["Atlas Growth"]["type"] == "investor"
    assert orgs["Brightwater"]["type"] == "investor"


def test_a_firm_cue_keeps_a_brand_that_looks_like_a_name(nlp):
    orgs = orgs_of(nlp, "The drinks startup Yuan Qiao raised $50 million. Yuan Qiao sells sparkling tea.")
    assert "Yuan Qiao" in orgs


@pytest.mark.parametrize("text, person, firm", [
    ("Marta Kowalczyk said the lender Grace Health had been profitable since 2021.", "Marta Kowalczyk",
     "Grace Health"),
    ("Analysts at Kavio Research agree, Priya Natesan said on Monday.", "Priya Natesan", "Kavio Research"),
])
def test_common_given_names_make_people_but_not_of_firms_with_a_head_word(nlp, text, person, firm):
    doc = nlp(text)
    orgs = {o["name"] for o in doc._.organizations}
    assert person not in orgs and firm in orgs
    assert person in {p["name"] for p in doc._.people}


def test_a_name_with_an_age_is_a_person(nlp):
    doc = nlp("Bartek Nowicz, 41, said the company would grow. Tamsin Robotics agreed.")
    assert {o["name"] for o in doc._.organizations} == {"Tamsin Robotics"}
    assert "Bartek Nowicz" in {p["name"] for p in doc._.people}


def test_the_after_a_dateline_dash_is_no_part_of_the_name(nlp):
    orgs = orgs_of(nlp, "QIAOXI, May 19 (Kestrel) -- The Qiaoxi High-tech Industries Development Zone has "
                        "certified 318 firms.")
    assert "Qiaoxi High-tech Industries Development Zone" in orgs


def test_a_products_maker_after_its_city_has_a_short_form(nlp):
    orgs = orgs_of(nlp, "Yongkang Baoxin Metal Products makes ladders. Baoxin exports to the US.")
    assert "Baoxin" in orgs["Yongkang Baoxin Metal Products"]["aliases"]


def test_chinese_names_after_known_as_and_a_headline_short_form(nlp):
    text = ("Little giant Ruiwen Sensor (瑞文传感) eyes listing\n\n"
            "Nanjing Ruiwen Sensor Technology Co., Ltd., known as 瑞文传感 in Chinese, has filed for a listing. "
            "Ruiwen sold 3亿元 of sensors. The Jiangsu provincial department of industry and information "
            "technology said Ruiwen had grown.")
    orgs = orgs_of(nlp, text)
    firm = orgs["Nanjing Ruiwen Sensor Technology Co., Ltd."]
    assert {"Ruiwen", "瑞文传感"} <= set(firm["aliases"]) and "3亿元" not in firm["aliases"]
    body = orgs["Jiangsu provincial department of industry and information technology"]
    assert body["type"] == "government"


def test_a_minister_with_a_portfolio_before_the_name(nlp):
    doc = nlp("Sweden's Minister for Energy Ebba Berg said the government welcomed the plant.")
    assert {"name": "Ebba Berg", "role": "minister for energy", "organization": None} in doc._.people


# ---- firm evidence outweighs a given name at the start of a firm's name
@pytest.mark.parametrize("text, firm", [
    ("Kochi-based Priya Softworks reported higher sales this year.", "Priya Softworks"),
    ("Helena Fabrikk, which makes ferry parts, hired 40 welders.", "Helena Fabrikk"),
    ("Maria Lindqvist was set up in 2019 in Porto and sells backup tools.", "Maria Lindqvist"),
    ("Anna Cloudtech founder Ravi Iyer said orders had doubled.", "Anna Cloudtech"),
])
def test_firm_evidence_beats_a_given_name(nlp, text, firm):
    doc = nlp(text)
    assert firm in orgs_of(nlp, text)
    assert firm not in {p["name"] for p in doc._.people}


def test_a_given_name_alone_is_still_a_person(nlp):
    doc = nlp("Maria Lindqvist, who runs the plant, said orders were up.")
    assert "Maria Lindqvist" not in orgs_of(nlp, "Maria Lindqvist, who runs the plant, said orders were up.")
    assert "Maria Lindqvist" in {p["name"] for p in doc._.people}


# ---- a lone possessor before a firm's name is its home town
def test_possessive_home_town_is_not_an_organisation(nlp):
    text = ("Second place went to Tartu's Kelder, which builds batteries for buses. "
            "Third was Narvik's Havbris Energy.")
    orgs = orgs_of(nlp, text)
    assert {"Kelder", "Havbris Energy"} <= set(orgs)
    assert "Tartu" not in orgs and "Narvik" not in orgs


def test_a_possessor_named_again_stays_an_organisation(nlp):
    text = "Quorvex's Lintra Robotics unit grew fast. Quorvex said it would list Lintra Robotics."
    assert {"Quorvex", "Lintra Robotics"} <= set(orgs_of(nlp, text))


# ---- legal names: "Co." at a sentence end, "Co. Ltd." without a comma, a Chinese full name
def test_co_at_a_sentence_end_ends_the_name(nlp):
    orgs = orgs_of(nlp, "The order went to Wuxi Lanxin Materials Co. Revenue rose 20% last year.")
    assert "Wuxi Lanxin Materials Co." in orgs and len(orgs) == 1


def test_chinese_full_name_after_co_ltd_without_comma_is_an_alias(nlp):
    text = ("The supplier is Ningbo Kaiyu Precision Machinery Co. Ltd. (宁波凯宇精密机械有限公司), "
            "which exports valves. Orders at Kaiyu rose.")
    orgs = orgs_of(nlp, text)
    assert list(orgs) == ["Ningbo Kaiyu Precision Machinery Co. Ltd."]
    assert {"宁波凯宇精密机械有限公司", "Kaiyu"} <= set(orgs["Ningbo Kaiyu Precision Machinery Co. Ltd."]["aliases"])


# ---- ranking entries, media named by their cue, banks lending, person-shaped investors
def test_one_mention_ranking_entries_are_organisations(nlp):
    text = ("First place went to Kestrava, and third to Narvik's Vollan. "
            "Halvista came second in the regional table.")
    orgs = orgs_of(nlp, text)
    assert {"Kestrava", "Vollan", "Halvista"} <= set(orgs)
    assert "Narvik" not in orgs


def test_business_daily_names_a_media_organisation(nlp):
    orgs = orgs_of(nlp, "The business daily Tarnby Financial reported that the deal had closed.")
    assert orgs["Tarnby Financial"]["type"] == "media" and orgs["Tarnby Financial"]["is_company"] is True


def test_figures_compiled_by_a_firm(nlp):
    orgs = orgs_of(nlp, "According to figures compiled by Quillmere, deal counts fell by a third.")
    assert "Quillmere" in orgs


def test_a_bank_lending_in_a_foreign_currency(nlp):
    orgs = orgs_of(nlp, "The plant was financed with a DKK 90m loan from Kattegat Sparbank.")
    assert orgs["Kattegat Sparbank"]["is_company"] is True
    assert "DKK" not in orgs


def test_a_person_described_as_an_investor_stays_a_person(nlp):
    doc = nlp("Tomas Varga, a Budapest-based investor, backed the firm.")
    assert "Tomas Varga" not in {o["name"] for o in doc._.organizations}
    assert "Tomas Varga" in {p["name"] for p in doc._.people}


def test_shares_of_a_given_name_firm(nlp):
    orgs = orgs_of(nlp, "Shares of Elena Varga rose 4% after the glassmaker beat forecasts.")
    assert orgs["Elena Varga"]["type"] == "company"
    orgs = orgs_of(nlp, "Shares of Mark Semicon rose 4% on Monday.")
    assert "Mark Semicon" in orgs


@pytest.mark.parametrize("text", [
    "Suzhou Lanfeng Sensing Technology Co. Ltd (苏州岚峰传感科技股份有限公司) makes sensors.",
    "Suzhou Lanfeng Sensing Technology Co., Ltd. (Chinese: 苏州岚峰传感科技有限公司) makes sensors.",
    "Suzhou Lanfeng Sensing Technology Co., Ltd. （苏州岚峰传感科技有限公司） makes sensors.",
])
def test_a_chinese_full_name_in_parentheses_is_never_a_second_org(nlp, text):
    orgs = orgs_of(nlp, text)
    assert len(orgs) == 1
    (org,) = orgs.values()
    assert org["name"].startswith("Suzhou Lanfeng Sensing Technology Co")
    assert any(a.startswith("苏州岚峰传感科技") for a in org["aliases"])


def test_a_list_of_firms_each_after_its_home_town(nlp):
    orgs = orgs_of(nlp, "Among the winners were Narvik's Fjordlys, Molde's Kystnett and Tartu's Kelder.")
    assert set(orgs) == {"Fjordlys", "Kystnett", "Kelder"}


def test_a_public_agency_named_by_its_cue_is_not_a_company(nlp):
    orgs = orgs_of(nlp, "The plant got a grant from the innovation agency Fremtid and a loan from Vestbank.")
    assert orgs["Fremtid"]["is_company"] is False and orgs["Vestbank"]["is_company"] is True
    assert orgs_of(nlp, "The ad agency Brightwell won the account.")["Brightwell"]["is_company"] is True


@pytest.mark.parametrize("text, name", [
    ("Orders came from Pellow Chips and two other suppliers.", "Pellow Chips"),
    ("Kestrel Chips opened a second fab in Penang.", "Kestrel Chips"),
    ("Analysts expect Drumlin Chips to double its output.", "Drumlin Chips"),
])
def test_a_plural_trade_word_ends_a_makers_name(nlp, text, name):
    assert name in orgs_of(nlp, text)


@pytest.mark.parametrize("text, product", [
    ("Tamsin launched the Tamsin Hydra Chip on Monday.", "Tamsin Hydra Chip"),
    ("Quixa Robotics uses the Velmora Nova Chip in its drones.", "Velmora Nova Chip"),
])
def test_a_singular_product_word_names_a_product(nlp, text, product):
    assert product not in orgs_of(nlp, text)


@pytest.mark.parametrize("text, word", [
    ("Banks have extended more than 20 billion yuan in loans to small firms since 2021.", "Banks"),
    ("Lenders have extended loans worth $2bn.", "Lenders"),
    ("Insurers raised $2bn last year.", "Insurers"),
])
def test_a_common_noun_opening_a_sentence_is_no_name(nlp, text, word):
    assert word not in orgs_of(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Zilvane raised $20 million in a Series A round.", "Zilvane"),
    ("Kestrel, a drone maker, raised $5m.", "Kestrel"),
    # a plural-looking name that is no word for a kind of organisation
    ("Thornvales led the Series B round in the start-up.", "Thornvales"),
])
def test_a_name_opening_a_sentence_stays_a_name(nlp, text, name):
    assert name in orgs_of(nlp, text)
