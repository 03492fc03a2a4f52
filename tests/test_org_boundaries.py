"""Name boundaries and types: job titles next to a name, a firm's name plus a product word, a
person's surname after a title, and 'outlet' readings of a firm that reports its own results.
All names are invented."""

from __future__ import annotations

import pytest


def orgs_of(nlp, text):
    return {o["name"]: o for o in nlp(text)._.organizations}


# ------------------------------------------------------------------ titles around a name

@pytest.mark.parametrize("text, firm, person", [
    ("The finance chief will report directly to CEO Ghelani. Ghelani says the firm has 5,000 clients.",
     None, "Ghelani"),
    ('"We are growing," said Tellwise VP Jorin Tesk. Tellwise makes chips for cars.', "Tellwise", "Jorin Tesk"),
    ("Nerrick raised $30 million. Founder Varnow said Nerrick would hire 40 engineers. "
     "Varnow started the company in 2019.", "Nerrick", "Varnow"),
])
def test_title_keeps_person_out_of_firm(nlp, text, firm, person):
    orgs = orgs_of(nlp, text)
    assert person not in orgs
    assert not any(person in name for name in orgs)      # no "CEO Ghelani", no "Tellwise VP Jorin Tesk"
    if firm:
        assert firm in orgs


@pytest.mark.parametrize("text, name", [
    ("Halvora Capital led the round. CEO Jorin Tesk said Halvora Capital would invest more.", "Halvora Capital"),
    ("Shares of Pellum Robotics rose after Chairman Varnow spoke. Pellum Robotics makes arms.",
     "Pellum Robotics"),
])
def test_title_does_not_remove_a_firm(nlp, text, name):
    assert name in orgs_of(nlp, text)


# ------------------------------------------------------------------ product word after a name

@pytest.mark.parametrize("text, firm, product", [
    ("Quorvane, a data startup, raised $40 million. Banks use Quorvane Runtime to run jobs. "
     "Quorvane said revenue doubled. Quorvane has 300 staff.", "Quorvane", "Quorvane Runtime"),
    ("Oskarra, a software company, said customers of Oskarra Beacon doubled. Oskarra said sales rose. "
     "Oskarra employs 90 people.", "Oskarra", "Oskarra Beacon"),
    ("Dalvex, a data startup, said Dalvex Sync now reaches 400 banks. Dalvex said it has 300 staff. "
     "Dalvex grew by 40%.", "Dalvex", "Dalvex Sync"),
])
def test_product_word_is_cut_off(nlp, text, firm, product):
    orgs = orgs_of(nlp, text)
    assert firm in orgs
    assert product not in orgs
    assert product not in orgs[firm]["aliases"]


@pytest.mark.parametrize("text, name", [
    # a firm head word: the longer name is the firm's
    ("Quorvane Robotics raised $40 million. Quorvane said revenue doubled. Quorvane has 300 staff. "
     "Quorvane Robotics hires.", "Quorvane Robotics"),
    # the longer form as often as the short one: no product reading
    ("Nerrick Halvora, a software firm, raised $40 million. Nerrick Halvora said revenue doubled. Nerrick grew.",
     "Nerrick Halvora"),
])
def test_firm_head_or_frequent_long_form_stays(nlp, text, name):
    assert name in orgs_of(nlp, text)


# ------------------------------------------------------------------ outlet cue on a firm

@pytest.mark.parametrize("text, name", [
    ("Dalvex reported revenue of $40 million in 2023. Dalvex, a startup founded in 2015, makes chips.", "Dalvex"),
    ("Nerrick, a software company, reported that sales doubled. Nerrick has 300 staff.", "Nerrick"),
    ("Tellwise told investors that it would hire. Tellwise, a chip maker, was founded in 2011.", "Tellwise"),
])
def test_firm_that_reports_is_a_company(nlp, text, name):
    o = orgs_of(nlp, text)[name]
    assert o["type"] == "company"
    assert o["is_company"] is True


@pytest.mark.parametrize("text, name", [
    ("The Pellum Gazette reported that the deal was close, the newspaper said.", "Pellum Gazette"),
    ("Halvora News reported that Nerrick would be sold, according to the news website.", "Halvora News"),
])
def test_outlet_stays_media(nlp, text, name):
    assert orgs_of(nlp, text)[name]["type"] == "media"


# ------------------------------------------------------------------ listed/acquired: whose clause

@pytest.mark.parametrize("text, listed, bought", [
    # the parse joins the bought firm to the next clause's subject: "Pellum and Quorvane went public"
    ("Activity picked up in June and saw big spikes as Halvora bought Pellum and Quorvane went public in an IPO.",
     "Quorvane", "Pellum"),
    ("Deals were many: Tellwise acquired Dalvex and Oskarra went public on Nasdaq in March.",
     "Oskarra", "Dalvex"),
])
def test_listing_goes_to_the_clause_subject(nlp, text, listed, bought):
    orgs = orgs_of(nlp, text)
    assert orgs[listed]["listed"] is not None
    assert orgs[bought]["listed"] is None
    assert orgs[bought]["acquired"] is not None
    assert orgs[listed]["acquired"] is None


@pytest.mark.parametrize("text, names", [
    ("Pellum and Quorvane went public on Nasdaq in 2021.", ["Pellum", "Quorvane"]),
    ("Halvora, Dalvex and Oskarra went public in Hong Kong last year.", ["Halvora", "Dalvex", "Oskarra"]),
])
def test_coordinated_subjects_all_listed(nlp, text, names):
    orgs = orgs_of(nlp, text)
    for name in names:
        assert orgs[name]["listed"] is not None


@pytest.mark.parametrize("text, name", [
    ("Halvora and Pellum plan to go public on Nasdaq in 2026.", "Pellum"),
    ("Halvora bought Pellum and Quorvane last year.", "Quorvane"),
])
def test_no_listing_without_a_stated_one(nlp, text, name):
    orgs = orgs_of(nlp, text)
    assert name not in orgs or orgs[name]["listed"] is None


# ------------------------------------------------------------------ known non-organisations (data)

@pytest.mark.parametrize("text, gone", [
    ("Owners of an Xbox can ask Alexa or Claude for help, Quorvane, a data startup, said.",
     ["Xbox", "Alexa", "Claude"]),
    ("Buyers in APAC and EMEA pay more for HDR screens, said Dalvex, a chip firm.", ["APAC", "EMEA", "HDR"]),
    ("Quorvane, a data startup, sells HTML tools over USB to buyers in LATAM.", ["HTML", "USB", "LATAM"]),
])
def test_terms_and_devices_are_no_organisations(nlp, text, gone):
    orgs = orgs_of(nlp, text)
    for name in gone:
        assert name not in orgs
    assert any(n in orgs for n in ("Quorvane", "Dalvex"))


@pytest.mark.parametrize("text, name", [
    ("Pellum Linux Systems, a software company, raised $5 million from investors.", "Pellum Linux Systems"),
    ("Halvora PC Labs, a hardware startup, raised $5 million from investors.", "Halvora PC Labs"),
])
def test_firm_names_containing_terms_stay(nlp, text, name):
    assert name in orgs_of(nlp, text)


# ------------------------------------------------------------------ listing stated on an anaphor

@pytest.mark.parametrize("text, name, cue", [
    ("Quorvane, a robotics startup, raised $40 million in 2019. The company went public on Nasdaq in 2021.",
     "Quorvane", "The company went public"),
    ("Dalvex, a Shenzhen chip maker, grew fast. The Shenzhen-based firm listed on the STAR Market last year.",
     "Dalvex", "The Shenzhen-based firm listed"),
    ("Oskarra, a data startup, was founded in 2012. The startup floated in Hong Kong in 2020, and its shares rose.",
     "Oskarra", "The startup floated"),
])
def test_listing_on_an_anaphor_reaches_the_antecedent(nlp, text, name, cue):
    listed = orgs_of(nlp, text)[name]["listed"]
    assert listed is not None
    assert cue in listed["evidence"]
    s, e = listed["span"]
    assert text[s:e] == listed["evidence"]


@pytest.mark.parametrize("text, name", [
    ("Quorvane, a robotics startup, raised $40 million in 2019. The company plans to go public on Nasdaq in 2026.",
     "Quorvane"),
    ("Halvora, a chip maker, was founded in 1999 and went public in 2005. Quorvane, a robotics startup, "
     "raised $40 million. The company has 300 staff.", "Quorvane"),
])
def test_no_listing_from_a_plan_or_another_firm(nlp, text, name):
    assert orgs_of(nlp, text)[name]["listed"] is None


# ------------------------------------------------------------------ possessive products, trailing sentence words

@pytest.mark.parametrize("text, firm, gone", [
    ("Quorvane, a data startup, said Halvora’s iPhones sold well. Halvora, a phone maker, grew.",
     "Halvora", "Halvora’s iPhones"),
    ("Dalvex, a chip firm, said Oskarra's iPads sold well. Oskarra, a device maker, grew.", "Oskarra", "Oskarra's iPads"),
    ("Quorvane, a data startup, said sales rose in the U.S. However, Halvora, a phone maker, lost share.",
     "Halvora", "U.S. However"),
    ("Lastly, Halvora, a phone maker, lost share to Dalvex, a chip firm.", "Halvora", "Lastly"),
])
def test_possessed_product_and_sentence_word_cut_off(nlp, text, firm, gone):
    orgs = orgs_of(nlp, text)
    assert firm in orgs
    assert gone not in orgs
    assert not any(gone in o["aliases"] for o in orgs.values())


@pytest.mark.parametrize("text, name", [
    ("Quorvane Together, a social app maker, raised $5 million. Quorvane Together has 20 staff.",
     "Quorvane Together"),
    ("Pellum Robotics, a hardware startup, said Pellum Robotics' arms sold well.", "Pellum Robotics"),
])
def test_firm_name_kept_whole(nlp, text, name):
    assert name in orgs_of(nlp, text)


# --------------------------------------------------------------------------- names tagged as verbs

@pytest.mark.parametrize("text, name", [
    ("Indeed, Tallify tops all European start-ups with an $8.84 billion valuation.", "Tallify"),
    ("Indeed, Brandify tops all European start-ups with an $8.84 billion valuation.", "Brandify"),
    ("Rivals such as Vexify cut prices last year, and Vexify now sells in Spain.", "Vexify"),
    ("Rivals such as Plumify cut prices last year, and Plumify now sells in Spain.", "Plumify"),
])
def test_a_name_the_tagger_reads_as_a_verb_in_a_nouns_place_is_kept(nlp, text, name):
    assert name in {o["name"] for o in nlp(text)._.organizations}


@pytest.mark.parametrize("text, word", [
    ("Say hello to the new phone from Tarnwell.", "Say"),
    ("Stream your music anywhere, the advert said.", "Stream"),
    ("Plumify your inbox in a day, the advert said.", "Plumify"),
])
def test_a_verb_opening_an_imperative_is_no_name(nlp, text, word):
    assert word not in {o["name"] for o in nlp(text)._.organizations}
