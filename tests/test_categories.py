"""The category engine: one short text per wording and per trap.

Most tests fix the organisation list themselves (`orgs=`) so they exercise the
category rules alone, whatever the organisations component finds; a few run the
whole pipeline end to end.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def fact(text: str, amount: str, kind: str, usd: float | None, subject: str, time: str = "current",
         value: float | None = None) -> dict:
    """A figure as the figures component states it (its first occurrence of `amount` in `text`)."""
    s = text.index(amount)
    return {"text": amount, "span": [s, s + len(amount)], "kind": kind, "value": value if value is not None else usd,
            "unit": "%" if kind == "growth_rate" else "USD", "usd": usd, "about": kind, "subject": subject,
            "subject_kind": "organization", "time": time, "qualifier": "exact"}


def run(nlp, text: str, orgs: list[str] | None = None, facts: list[tuple] | None = None,
        coref: dict[str, str] | None = None, org_fields: dict[str, dict] | None = None):
    """Analyse text; with `orgs`, replace the organisation list by these companies first, then run
    the figures and categories again: both read organisations, and figures own whose a value is."""
    doc = nlp(text)
    if orgs is not None:
        owned = {o["name"]: o for o in doc._.organizations or []}
        doc._.organizations = [
            {"name": n, "aliases": [], "type": "company", "is_company": True,
             "mentions": len(spans), "mention_spans": spans}
            for n in orgs
            for spans in [[[m.start(), m.end()] for m in re.finditer(re.escape(n), text)]]
        ]
        for org in doc._.organizations:
            # listed / acquired are the organisations component's facts: kept where it found the name
            org.update({k: owned.get(org["name"], {}).get(k) for k in ("listed", "acquired")})
            phrase = (coref or {}).get(org["name"])
            if phrase:  # the organisations component's coreference: the last whole-word occurrence
                s = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][-1]
                org["coref_spans"] = [[s, s + len(phrase)]]
            org.update((org_fields or {}).get(org["name"], {}))
        if facts is None:
            doc = nlp.get_pipe("giants_figures")(doc)
        else:  # the figures component's facts, as stated by the test
            doc._.figures = [fact(text, *f) for f in facts]
        doc = nlp.get_pipe("giants_periods")(doc)  # the figures component's growth periods
        doc = nlp.get_pipe("giants_org_standing")(doc)  # the organisations component's standing facts
        doc = nlp.get_pipe("giants_categories")(doc)
    return doc


def labels(doc) -> dict[tuple[str, str], dict]:
    return {(lab["org"], lab["category"]): lab for lab in doc._.category_labels}


def check_label(doc, org: str, category: str, basis: str, evidence_part: str) -> dict:
    found = labels(doc)
    assert (org, category) in found, f"missing {(org, category)}; got {sorted(found)}"
    lab = found[(org, category)]
    assert lab["basis"] == basis
    assert evidence_part in lab["evidence"]
    s, e = lab["span"]
    assert doc.text[s:e] == lab["evidence"]
    assert lab["definition"]
    assert 0 < lab["confidence"] <= 1
    return lab


def assert_no_labels(doc):
    assert doc._.category_labels == [], doc._.category_labels


# ---------------------------------------------------------------- explicit statements

def test_apposition_little_giant(nlp):
    doc = run(nlp, 'Orvane Gearworks, a "little giant" firm based in Hubei Province, makes planetary reducers.',
              ["Orvane Gearworks"])
    lab = check_label(doc, "Orvane Gearworks", "little_giant", "explicit", "a \"little giant\" firm")
    assert "MIIT" in lab["definition"]


def test_apposition_with_relative_clause(nlp):
    doc = run(nlp, 'A workshop of Pelham Seals Co, a company that was recently given the title of "little giant", '
                   "is shown.", ["Pelham Seals Co"])
    check_label(doc, "Pelham Seals Co", "little_giant", "explicit", "given the title")


def test_predicate_became_unicorn(nlp):
    doc = run(nlp, "Zentrix Labs became a unicorn last month after closing a new round.", ["Zentrix Labs"])
    lab = check_label(doc, "Zentrix Labs", "unicorn", "explicit", "became a unicorn")
    assert lab["definition"] == "private, valued at US$1bn or more"


def test_predicate_was_named(nlp):
    doc = run(nlp, "Harbin Valvetech was named a national little giant by the ministry in 2021.",
              ["Harbin Valvetech"])
    check_label(doc, "Harbin Valvetech", "little_giant", "explicit", "was named a national little giant")


def test_predicate_joined_the_ranks(nlp):
    doc = run(nlp, "Payloop joined the ranks of the country's unicorns in March.", ["Payloop"])
    check_label(doc, "Payloop", "unicorn", "explicit", "joined the ranks")


def test_debuted_as_unicorn(nlp):
    doc = run(nlp, "Credora, a lender from Chennai, debuted as a unicorn in May.", ["Credora"])
    check_label(doc, "Credora", "unicorn", "explicit", "debuted as")


def test_premodifier_unicorn(nlp):
    doc = run(nlp, "Drone-delivery unicorn Mechabot cut a third of its staff in May.", ["Mechabot"])
    check_label(doc, "Mechabot", "unicorn", "explicit", "unicorn Mechabot")


def test_headline_premodifier(nlp):
    doc = run(nlp, "Drone unicorn Skyvane in talks with lenders\n\nThe company has missed two payments.",
              ["Skyvane"])
    lab = check_label(doc, "Skyvane", "unicorn", "explicit", "Drone unicorn Skyvane")
    assert lab["span"][0] == 0


def test_list_such_as(nlp):
    doc = run(nlp, "Little giants such as Sinobear, Hengrui Gears and Lumotic receive tax breaks.",
              ["Sinobear", "Hengrui Gears", "Lumotic"])
    for org in ("Sinobear", "Hengrui Gears", "Lumotic"):
        check_label(doc, org, "little_giant", "explicit", "such as")


def test_list_like(nlp):
    doc = run(nlp, "The district now hosts unicorns like Zapgo and Fintrail.", ["Zapgo", "Fintrail"])
    check_label(doc, "Zapgo", "unicorn", "explicit", "unicorns like Zapgo")
    check_label(doc, "Fintrail", "unicorn", "explicit", "unicorns like Zapgo")


def test_list_after_a_colon_names_every_member(nlp):
    # was test_list_dash_adds_missed_companies: categories no longer add organisations (the
    # organisations component owns them), so the list is given whole
    text = "Meet this spring's new unicorns: Brightwork, Koyo.Labs, Trellis and Vantor."
    doc = run(nlp, text, ["Brightwork", "Koyo.Labs", "Trellis", "Vantor"])
    for org in ("Brightwork", "Koyo.Labs", "Trellis", "Vantor"):
        check_label(doc, org, "unicorn", "explicit", "unicorns: Brightwork")
    assert [o["name"] for o in doc._.organizations] == ["Brightwork", "Koyo.Labs", "Trellis", "Vantor"]


def test_list_includes(nlp):
    doc = run(nlp, "The fifth batch of little giants includes Sinobear and Hengrui Gears.", ["Sinobear", "Hengrui Gears"])
    check_label(doc, "Sinobear", "little_giant", "explicit", "includes Sinobear")
    check_label(doc, "Hengrui Gears", "little_giant", "explicit", "includes Sinobear")
    # a name the organisations component did not give is not added by categories
    doc = run(nlp, "The fifth batch of little giants includes Sinobear and Hengrui Gears.", ["Sinobear"])
    assert set(labels(doc)) == {("Sinobear", "little_giant")}


def test_list_among_are(nlp):
    doc = run(nlp, "Among the new unicorns are Zapgo and Fintrail.", ["Zapgo", "Fintrail"])
    check_label(doc, "Zapgo", "unicorn", "explicit", "Among the new unicorns")
    check_label(doc, "Fintrail", "unicorn", "explicit", "Among the new unicorns")


def test_possessive_apposition(nlp):
    doc = run(nlp, "Fintrail, India's latest unicorn, raised $250 million.", ["Fintrail"])
    check_label(doc, "Fintrail", "unicorn", "explicit", "India's latest unicorn")


def test_relative_clause_names_the_member(nlp):
    doc = run(nlp, "Zapgo, whose rival Lumotic is a unicorn, raised $50 million.", ["Zapgo", "Lumotic"])
    check_label(doc, "Lumotic", "unicorn", "explicit", "Lumotic is a unicorn")
    assert ("Zapgo", "unicorn") not in labels(doc)


def test_unlike_unicorn_x(nlp):
    doc = run(nlp, "Unlike unicorn Zapgo, Lumotic has struggled to raise money.", ["Zapgo", "Lumotic"])
    check_label(doc, "Zapgo", "unicorn", "explicit", "unicorn Zapgo")
    assert ("Lumotic", "unicorn") not in labels(doc)


def test_coordinated_subjects_identified_as(nlp):
    text = 'Qinhe Pumps Co., Ltd. and Dalu Optics Co., Ltd. were both recognised as national "little giant" firms.'
    doc = run(nlp, text, ["Qinhe Pumps Co., Ltd.", "Dalu Optics Co., Ltd."])
    check_label(doc, "Qinhe Pumps Co., Ltd.", "little_giant", "explicit", "were both recognised as")
    check_label(doc, "Dalu Optics Co., Ltd.", "little_giant", "explicit", "were both recognised as")


def test_national_srdi_wording_is_little_giant(nlp):
    doc = run(nlp, "Delta Valves, a national specialized, refined, distinctive and innovative enterprise, "
                   "exports to Japan.", ["Delta Valves"])
    check_label(doc, "Delta Valves", "little_giant", "explicit", "national specialized, refined")


def test_zhuanjingtexin_national(nlp):
    doc = run(nlp, "Delta Valves is a national zhuanjingtexin enterprise.", ["Delta Valves"])
    check_label(doc, "Delta Valves", "little_giant", "explicit", "national zhuanjingtexin")


def test_chinese_little_giant(nlp):
    doc = run(nlp, "Delta Valves, a 专精特新“小巨人” enterprise, opened a plant.", ["Delta Valves"])
    check_label(doc, "Delta Valves", "little_giant", "explicit", "小巨人")


def test_chinese_unicorn(nlp):
    doc = run(nlp, "Zapgo, a 独角兽 (unicorn) company, hired 200 engineers.", ["Zapgo"])
    check_label(doc, "Zapgo", "unicorn", "explicit", "独角兽")


def test_chinese_gazelle(nlp):
    doc = run(nlp, "Lumotic was certified as a 瞪羚 enterprise by the high-tech zone.", ["Lumotic"])
    check_label(doc, "Lumotic", "gazelle", "explicit", "瞪羚")


def test_gazelle_award(nlp):
    doc = run(nlp, "Fjordlink won a Gazelle award from a business daily for the second year running.", ["Fjordlink"])
    check_label(doc, "Fjordlink", "gazelle", "explicit", "won a Gazelle award")


def test_decacorn_only(nlp):
    doc = run(nlp, "Fintrail became a decacorn after its latest round.", ["Fintrail"])
    check_label(doc, "Fintrail", "decacorn", "explicit", "became a decacorn")
    assert ("Fintrail", "unicorn") not in labels(doc)


def test_hectocorn_maps_to_decacorn(nlp):
    doc = run(nlp, 'Skyloom, the rocket maker, is now a "hectocorn".', ["Skyloom"])
    lab = check_label(doc, "Skyloom", "decacorn", "explicit", "hectocorn")
    assert "100bn" in lab["definition"]
    assert ("Skyloom", "unicorn") not in labels(doc)


def test_super_unicorn(nlp):
    doc = run(nlp, "Skyloom, a super unicorn, plans a new factory.", ["Skyloom"])
    check_label(doc, "Skyloom", "decacorn", "explicit", "super unicorn")


def test_fits_the_category(nlp):
    doc = run(nlp, "Decacorns are rare; in the tracker's data just one firm, Skyloom, qualifies.", ["Skyloom"])
    check_label(doc, "Skyloom", "decacorn", "implicit", "qualifies")


def test_implicit_named_later_in_sentence(nlp):
    # the start-up is named only later ("the company, Skyvane"): tying the two is the organisations
    # component's coreference; given it, the label follows
    text = ("A drone start-up from Xi'an received the little giant title in May, and the honour helped the "
            "company, Skyvane, win bank loans.")
    doc = run(nlp, text, ["Skyvane"], coref={"Skyvane": "A drone start-up"})
    lab = check_label(doc, "Skyvane", "little_giant", "implicit", "received the little giant title")
    assert lab["confidence"] < 0.8 and lab["rule"] == "coreference"


def test_and_n_other_members(nlp):
    doc = run(nlp, "Sinobear and 11 other little giants signed the pledge.", ["Sinobear"])
    check_label(doc, "Sinobear", "little_giant", "explicit", "11 other little giants")


def test_hit_unicorn_status(nlp):
    doc = run(nlp, "Zapgo hit unicorn status after its Series C.", ["Zapgo"])
    check_label(doc, "Zapgo", "unicorn", "explicit", "hit unicorn status")


def test_subsidy_for_members_is_not_membership(nlp):
    doc = run(nlp, "Sinobear won a 5 million yuan subsidy for little giants.", ["Sinobear"])
    assert_no_labels(doc)


def test_and_it_has_become(nlp):
    doc = run(nlp, "Zapgo opened offices in Lima last year, and it is now a unicorn too.", ["Zapgo"],
              coref={"Zapgo": "it"})
    check_label(doc, "Zapgo", "unicorn", "explicit", "it is now a unicorn")


def test_among_them_refers_to_category(nlp):
    doc = run(nlp, "The country now has 212 unicorns. Among them are Zapgo and Fintrail.", ["Zapgo", "Fintrail"])
    lab = check_label(doc, "Zapgo", "unicorn", "implicit", "Among them are Zapgo")
    assert lab["confidence"] < 0.8
    check_label(doc, "Fintrail", "unicorn", "implicit", "Among them are Zapgo")


def test_new_arrivals_list_with_descriptors(nlp):
    text = ("The region produced three new unicorns last year, according to Tenggara Insights. The new arrivals "
            "included Jakarta-based logistics firm Kirimo, Vietnamese payments app Momovi and the lender Pautang.")
    doc = run(nlp, text, ["Tenggara Insights", "Kirimo", "Momovi", "Pautang"])
    for org in ("Kirimo", "Momovi", "Pautang"):
        check_label(doc, org, "unicorn", "implicit", "The new arrivals included")
    assert ("Tenggara Insights", "unicorn") not in labels(doc)


def test_among_them_refers_to_investors(nlp):
    doc = run(nlp, "Most unicorns in the region borrowed from local banks. Among them are Redwood Bank and Harbor "
                   "Bank.", ["Redwood Bank", "Harbor Bank"])
    assert_no_labels(doc)


def test_org_inside_relative_clause_is_not_the_subject(nlp):
    doc = run(nlp, "Zapgo, which was founded by former Google engineers, became a unicorn in May.", ["Zapgo", "Google"])
    check_label(doc, "Zapgo", "unicorn", "explicit", "became a unicorn")
    assert ("Google", "unicorn") not in labels(doc)


def test_negation_in_an_earlier_clause_does_not_count(nlp):
    doc = run(nlp, "Zapgo, which did not disclose terms, became a unicorn in May.", ["Zapgo"])
    check_label(doc, "Zapgo", "unicorn", "explicit", "became a unicorn")


def test_unicorn_investor_is_not_a_unicorn(nlp):
    doc = run(nlp, "Harbor Capital is a unicorn investor based in Lagos.", ["Harbor Capital"])
    assert_no_labels(doc)
    assert doc._.categories_discussed == ["unicorn"]


# ---------------------------------------------------------------- criterion: valuations

def test_valued_at_usd(nlp):
    doc = run(nlp, "Zapgo, valued at $3 billion after its Series C, plans to expand to Brazil.", ["Zapgo"])
    lab = check_label(doc, "Zapgo", "unicorn", "criterion", "valued at $3 billion")
    assert lab["figure"]["usd"] == pytest.approx(3e9)
    assert "$3 billion" in lab["figure"]["text"]


def test_valued_at_decacorn(nlp):
    doc = run(nlp, "Fintrail was valued at US$12 billion in its latest round.", ["Fintrail"])
    lab = check_label(doc, "Fintrail", "decacorn", "criterion", "US$12 billion")
    assert lab["figure"]["usd"] >= 1e10
    assert ("Fintrail", "unicorn") not in labels(doc)


def test_yuan_valuation_converted(nlp):
    doc = run(nlp, "The round put Zapgo's value at 15 billion yuan.", ["Zapgo"])
    lab = check_label(doc, "Zapgo", "unicorn", "criterion", "15 billion yuan")
    assert 2e9 < lab["figure"]["usd"] < 4e9
    assert ("Zapgo", "decacorn") not in labels(doc)


def test_investors_value_x_at(nlp):
    doc = run(nlp, "Investors now value Zapgo at $5 billion.", ["Zapgo"])
    check_label(doc, "Zapgo", "unicorn", "criterion", "value Zapgo at $5 billion")


def test_which_is_valued_at(nlp):
    doc = run(nlp, "Orbix Labs, which is valued at US$2.5 billion, leads the field.", ["Orbix Labs"])
    check_label(doc, "Orbix Labs", "unicorn", "criterion", "valued at US$2.5 billion")


def test_name_before_valued_at_reads_the_figure_fact(nlp):
    # was test_name_before_valued_at_is_added: the organisation comes from the organisations
    # component and the valuation's subject from the figures component
    text = "The region's most valuable start-up remains the super app Serbagun, valued at US$18 billion."
    doc = run(nlp, text, ["Serbagun"], facts=[("US$18 billion", "valuation", 18e9, "Serbagun")])
    check_label(doc, "Serbagun", "decacorn", "criterion", "valued at US$18 billion")


def test_pronoun_valuation_refers_to_previous_subject(nlp):
    doc = run(nlp, "Zapgo opened its first office in 2022. Its valuation climbed to US$2 billion this year.", ["Zapgo"])
    lab = check_label(doc, "Zapgo", "unicorn", "criterion", "Its valuation")
    assert lab["evidence"].startswith("Its valuation")


def test_most_valuable_startups_parenthetical(nlp):
    text = "Fintrail ($15 billion) and Payloop ($2 billion) remain the country's most valuable start-ups."
    doc = run(nlp, text, ["Fintrail", "Payloop"], facts=[("$15 billion", "valuation", 15e9, "Fintrail"),
                                                        ("$2 billion", "valuation", 2e9, "Payloop")])
    check_label(doc, "Fintrail", "decacorn", "criterion", "Fintrail ($15 billion)")
    check_label(doc, "Payloop", "unicorn", "criterion", "Payloop ($2 billion)")


def test_former_decacorn_now_unicorn(nlp):
    doc = run(nlp, "Fintrail, a former decacorn, is now valued at $7.85 billion.", ["Fintrail"])
    check_label(doc, "Fintrail", "unicorn", "criterion", "$7.85 billion")
    assert ("Fintrail", "decacorn") not in labels(doc)


def test_former_decacorn_marked_down(nlp):
    text = "Fintrail, a former decacorn, is now marked at US$7.85 billion by its investors."
    doc = run(nlp, text, ["Fintrail"], facts=[("US$7.85 billion", "valuation", 7.85e9, "Fintrail")])
    lab = check_label(doc, "Fintrail", "unicorn", "criterion", "marked at US$7.85 billion")
    assert lab["figure"]["usd"] == pytest.approx(7.85e9)
    assert ("Fintrail", "decacorn") not in labels(doc)


def test_single_quoted_little_giant(nlp):
    doc = run(nlp, "Hanli Drive Group, a 'little giant' firm from Anhui, makes gears.", ["Hanli Drive Group"])
    check_label(doc, "Hanli Drive Group", "little_giant", "explicit", "'little giant' firm")


def test_firms_like(nlp):
    doc = run(nlp, "The ministry praised little giant firms like Sinobear for their patents.", ["Sinobear"])
    check_label(doc, "Sinobear", "little_giant", "explicit", "firms like Sinobear")


def test_unicorn_with_decacorn_valuation_carries_only_decacorn(nlp):
    doc = run(nlp, "Fintrail, a unicorn valued at $15 billion, hired a new CFO.", ["Fintrail"])
    assert ("Fintrail", "decacorn") in labels(doc)
    assert ("Fintrail", "unicorn") not in labels(doc)


def test_making_it_a_decacorn(nlp):
    text = ("Cargobot said it raised $900 million in a round that values the company at $12 billion, "
            "making it one of the few decacorns in logistics.")
    # the organisations component resolves both "it"s to the firm
    its = [[m.start(), m.end()] for m in re.finditer(r"\bit\b", text)]
    doc = run(nlp, text, ["Cargobot"], org_fields={"Cargobot": {"coref_spans": its}})
    lab = check_label(doc, "Cargobot", "decacorn", "explicit", "making it one of the few decacorns")
    assert lab["figure"] is not None and lab["figure"]["usd"] == pytest.approx(12e9)


def test_money_before_startup_noun(nlp):
    doc = run(nlp, "The $5 billion fintech start-up Payloop hired a new chief executive.", ["Payloop"])
    check_label(doc, "Payloop", "unicorn", "criterion", "$5 billion fintech start-up Payloop")


def test_expected_valuation_is_not_a_valuation(nlp):
    doc = run(nlp, "Investors expect Payloop to be valued at $2 billion in its next round.", ["Payloop"])
    assert_no_labels(doc)


def test_went_public_then_worth(nlp):
    doc = run(nlp, "Payloop went public in 2021 and is now worth $4 billion.", ["Payloop"])
    assert_no_labels(doc)


def test_acquired_firm(nlp):
    doc = run(nlp, "Payloop, a unicorn, was acquired by Hollis Group last year.", ["Payloop", "Hollis Group"])
    assert_no_labels(doc)


def test_previous_valuation(nlp):
    # the figures component dates this valuation (past); categories read its time
    text = 'Its previous valuation was $2 billion, Payloop said.'
    assert_no_labels(run(nlp, text, ['Payloop'], facts=[('$2 billion', "valuation", 2000000000.0, 'Payloop', 'past')]))


def test_previously_built_a_unicorn(nlp):
    doc = run(nlp, "Zapgo's founders previously built the unicorn Fintrail.", ["Zapgo", "Fintrail"])
    check_label(doc, "Fintrail", "unicorn", "explicit", "the unicorn Fintrail")
    assert ("Zapgo", "unicorn") not in labels(doc)


def test_growth_in_each_of_the_past_years(nlp):
    text = "Lumotic grew revenue 25% a year in each of the past four years."
    doc = run(nlp, text, ["Lumotic"], facts=[("25%", "growth_rate", None, "Lumotic", "current", 25.0)])
    check_label(doc, "Lumotic", "gazelle", "criterion", "25% a year in each of the past four years")


def test_valuation_years_ago(nlp):
    # the figures component dates this valuation (past); categories read its time
    text = 'Payloop was valued at $1.5 billion two years ago.'
    assert_no_labels(run(nlp, text, ['Payloop'], facts=[('$1.5 billion', "valuation", 1500000000.0, 'Payloop', 'past')]))


def test_yuan_valuation_reaching_decacorn(nlp):
    doc = run(nlp, "Zhiyuan Robotics, a unicorn valued at 80 billion yuan, plans to expand.", ["Zhiyuan Robotics"])
    lab = check_label(doc, "Zhiyuan Robotics", "decacorn", "criterion", "80 billion yuan")
    assert lab["figure"]["usd"] >= 1e10
    assert ("Zhiyuan Robotics", "unicorn") not in labels(doc)


def test_hectocorn_valuation_of_unlisted_firm(nlp):
    doc = run(nlp, "Skyloom, still not listed on any exchange, was valued at $110 billion in a share sale.", ["Skyloom"])
    lab = check_label(doc, "Skyloom", "decacorn", "criterion", "$110 billion")
    assert "100bn" in lab["definition"]


def test_future_in_an_earlier_clause_does_not_make_it_pending(nlp):
    doc = run(nlp, "Zapgo, which will use the money to expand, was valued at $2 billion.", ["Zapgo"])
    check_label(doc, "Zapgo", "unicorn", "criterion", "valued at $2 billion")


def test_conditional_valuation_is_pending(nlp):
    doc = run(nlp, "If the round closes, Zapgo would be valued at $3 billion.", ["Zapgo"])
    assert_no_labels(doc)


def test_acquisition_price_is_not_a_valuation(nlp):
    # the figures component reads a deal price as kind other ("deal price"), and the organisations
    # component marks the bought firm acquired
    text = "Hollis Group bought Zapgo in a deal that valued it at $2 billion."
    doc = run(nlp, text, ["Hollis Group", "Zapgo"], facts=[("$2 billion", "other", 2e9, "Zapgo")])
    assert_no_labels(doc)
    doc = run(nlp, text, ["Hollis Group", "Zapgo"], facts=[("$2 billion", "valuation", 2e9, "Zapgo")],
              org_fields={"Zapgo": {"acquired": {"evidence": "Hollis Group bought Zapgo", "span": [0, 26]}}})
    assert_no_labels(doc)


def test_worth_needs_a_private_company_cue(nlp):
    doc = run(nlp, "Ferrara Motors is now worth more than $100 billion after a stock rally.", ["Ferrara Motors"])
    assert_no_labels(doc)
    doc = run(nlp, "The start-up Zapgo is now worth $2 billion after its latest round.", ["Zapgo"])
    check_label(doc, "Zapgo", "unicorn", "criterion", "now worth $2 billion")


# ---------------------------------------------------------------- criterion: growth

def test_cumulative_growth_gazelle(nlp):
    doc = run(nlp, "Lumotic grew revenue by 300% over four years.", ["Lumotic"])
    lab = check_label(doc, "Lumotic", "gazelle", "criterion", "300% over four years")
    assert lab["figure"]["text"] == "300%"
    assert "20%" in lab["definition"]


def test_yearly_growth_gazelle(nlp):
    doc = run(nlp, "Lumotic posted sales growth of 35% a year for four years running.", ["Lumotic"])
    check_label(doc, "Lumotic", "gazelle", "criterion", "35% a year")


def test_pronoun_growth_refers_to_previous_subject(nlp):
    doc = run(nlp, "Lumotic of Halifax makes learning apps. Its revenue has risen 900% since 2019, to $30 million "
                   "in 2024.", ["Lumotic"])
    check_label(doc, "Lumotic", "gazelle", "criterion", "900%")


def test_multiple_over_years_gazelle(nlp):
    # a tripling is a 200% rise: the figures component states it as a growth rate
    text = "Lumotic tripled its revenue over three years."
    doc = run(nlp, text, ["Lumotic"], facts=[("tripled", "growth_rate", None, "Lumotic", "current", 200.0)])
    check_label(doc, "Lumotic", "gazelle", "criterion", "tripled")


def test_doubling_over_five_years_is_not_gazelle(nlp):
    doc = run(nlp, "Lumotic doubled its sales over five years.", ["Lumotic"])
    assert ("Lumotic", "gazelle") not in labels(doc)


def test_old_firm_growth_is_not_gazelle(nlp):
    doc = run(nlp, "Harlow Mills, founded in 1950, grew revenue 30% a year over four years to 2024.", ["Harlow Mills"])
    assert ("Harlow Mills", "gazelle") not in labels(doc)
    doc = run(nlp, "Harlow Mills, founded in 2019, grew revenue 30% a year over four years to 2024.", ["Harlow Mills"])
    check_label(doc, "Harlow Mills", "gazelle", "criterion", "30% a year over four years")


def test_one_year_growth_is_not_gazelle(nlp):
    doc = run(nlp, "Lumotic grew revenue 45% year-on-year in 2023.", ["Lumotic"])
    assert ("Lumotic", "gazelle") not in labels(doc)


def test_slow_multi_year_growth_is_not_gazelle(nlp):
    doc = run(nlp, "Lumotic grew sales by 100% over five years.", ["Lumotic"])
    assert ("Lumotic", "gazelle") not in labels(doc)


def test_floated_firm_growth_is_not_gazelle(nlp):
    text = ("Revolt Energy, the battery maker that floated on the London Stock Exchange in 2021, is now worth "
            "£3 billion. Its revenue grew 70 percent a year over the past four years.")
    doc = nlp(text)  # the organisations component owns the listing ("the maker that floated on ...")
    assert_no_labels(doc)


def test_listed_fast_grower_is_not_gazelle(nlp):
    text = "Lumotic, listed in Shanghai since 2019, grew revenue 50% a year over four years."
    # the listing as the organisations component states it (categories read it, never the text)
    listed = {"evidence": text, "span": [0, len(text)]}
    doc = run(nlp, text, ["Lumotic"], org_fields={"Lumotic": {"listed": listed}})
    assert ("Lumotic", "gazelle") not in labels(doc)


# ---------------------------------------------------------------- no label: aspirants, tiers, time, listing

def test_aims_to_become_is_aspirant(nlp):
    doc = run(nlp, "Zapgo aims to turn into a unicorn before 2027.", ["Zapgo"])
    assert_no_labels(doc)
    assert "unicorn" in doc._.categories_discussed


def test_to_be_cultivated_into(nlp):
    doc = run(nlp, "Sinobear is to be cultivated into a little giant over the next three years.", ["Sinobear"])
    assert_no_labels(doc)
    assert "little_giant" in doc._.categories_discussed


def test_potential_unicorns(nlp):
    doc = run(nlp, "Two potential unicorn companies are being nurtured in the zone: Zapgo and Fintrail.",
              ["Zapgo", "Fintrail"])
    assert_no_labels(doc)
    assert "unicorn" in doc._.categories_discussed


def test_soonicorn(nlp):
    doc = run(nlp, "Zapgo is one of the soonicorns on the new list.", ["Zapgo"])
    assert_no_labels(doc)
    assert doc._.categories_discussed == ["unicorn"]


def test_little_giant_pool(nlp):
    doc = run(nlp, "Sinobear entered the little giant pool this year.", ["Sinobear"])
    assert_no_labels(doc)


def test_unsure_whether_they_can_become(nlp):
    doc = run(nlp, "Sinobear's managers are unsure whether it can qualify as a little giant.", ["Sinobear"])
    assert_no_labels(doc)


def test_provincial_little_giant_is_lower_tier(nlp):
    doc = run(nlp, "Sinobear was named a provincial little giant in 2022.", ["Sinobear"])
    assert_no_labels(doc)
    assert "little_giant" in doc._.categories_discussed


def test_city_count_of_national_little_giants_is_not_lower_tier(nlp):
    doc = run(nlp, "Lumotic, one of the city's 211 national little giants, makes sensors.", ["Lumotic"])
    check_label(doc, "Lumotic", "little_giant", "explicit", "national little giants")


def test_municipal_little_giant_is_lower_tier(nlp):
    doc = run(nlp, "Sinobear, a municipal-level little giant, makes bearings.", ["Sinobear"])
    assert_no_labels(doc)


def test_srdi_sme_is_lower_tier(nlp):
    doc = run(nlp, "Sinobear is one of the specialized and sophisticated SMEs in Ningbo.", ["Sinobear"])
    assert_no_labels(doc)


def test_single_champion_is_not_little_giant(nlp):
    doc = run(nlp, "Sinobear is a manufacturing single champion.", ["Sinobear"])
    assert_no_labels(doc)


def test_aspirant_and_member_in_one_sentence(nlp):
    doc = run(nlp, "Zapgo hopes to become a unicorn, while Fintrail already is one.", ["Zapgo", "Fintrail"])
    check_label(doc, "Fintrail", "unicorn", "implicit", "already is one")
    assert ("Zapgo", "unicorn") not in labels(doc)


def test_named_by_provincial_government_is_lower_tier(nlp):
    doc = run(nlp, "Sinobear was named a little giant by the Zhejiang provincial government last year.", ["Sinobear"])
    assert_no_labels(doc)


def test_negation(nlp):
    doc = run(nlp, "Zapgo is not yet a unicorn, its founder admits.", ["Zapgo"])
    assert_no_labels(doc)
    assert "unicorn" in doc._.categories_discussed


def test_past_status(nlp):
    doc = run(nlp, "Zapgo and Fintrail used to be unicorns; both have been marked down since.", ["Zapgo", "Fintrail"])
    assert_no_labels(doc)


def test_no_longer_part_of_herd_vetoes_earlier_valuation(nlp):
    text = ("In 2018 a deal valued Zapgo at more than $1 billion. "
            "Zapgo is no longer counted among the unicorns after a down round.")
    doc = run(nlp, text, ["Zapgo"])
    assert_no_labels(doc)


def test_dropped_from_the_list(nlp):
    doc = run(nlp, "Lianxun, which was certified as a gazelle enterprise in 2021, did not make the list this year.",
              ["Lianxun"])
    assert_no_labels(doc)


def test_quasi_unicorn_is_aspirant(nlp):
    doc = run(nlp, "Lumo Auto, a quasi-unicorn, raised 500 million yuan.", ["Lumo Auto"])
    assert_no_labels(doc)
    assert doc._.categories_discussed == ["unicorn"]


def test_first_unicorn_to_list(nlp):
    doc = run(nlp, "Zapgo became the first unicorn from Kenya to float its shares on the exchange.", ["Zapgo"])
    assert_no_labels(doc)
    assert "unicorn" in doc._.categories_discussed


def test_listed_company_valuation(nlp):
    doc = run(nlp, "Zapgo, listed on Nasdaq since 2020, is valued at $5 billion.", ["Zapgo"])
    assert_no_labels(doc)


def test_shares_rose_market_cap(nlp):
    doc = run(nlp, "Zapgo shares rose 4%, taking its market cap to $40 billion.", ["Zapgo"])
    assert_no_labels(doc)


def test_funding_and_revenue_are_not_valuations(nlp):
    doc = run(nlp, "Zapgo raised $1.5 billion in Series D funding. Its revenue reached $2 billion.", ["Zapgo"])
    assert_no_labels(doc)


def test_pending_valuation(nlp):
    # the figures component dates this valuation (rumoured); categories read its time
    text = 'Zapgo is in talks to raise $400 million at a valuation above $4 billion.'
    assert_no_labels(run(nlp, text, ['Zapgo'], facts=[('$4 billion', "valuation", 4000000000.0, 'Zapgo', 'rumoured')]))


def test_recommended_candidate(nlp):
    doc = run(nlp, "Sinobear was among 300 firms recommended for the little giant title by the province.",
              ["Sinobear"])
    assert_no_labels(doc)


def test_backer_of_unicorns(nlp):
    doc = run(nlp, "Redwood Capital is the largest shareholder of several unicorns.", ["Redwood Capital"])
    assert_no_labels(doc)


def test_investor_is_not_a_unicorn(nlp):
    doc = run(nlp, "Redwood Capital has invested in 40 unicorns since 2012.", ["Redwood Capital"])
    assert_no_labels(doc)


# ---------------------------------------------------------------- traps: metaphors, animals, brands

def test_metaphor(nlp):
    doc = run(nlp, "Finding an engineer with both skills is like finding a unicorn.", [])
    assert_no_labels(doc)
    assert doc._.categories_discussed == []


def test_fossil_unicorn(nlp):
    doc = run(nlp, "Scientists dated the fossil of a Siberian unicorn, a giant rhinoceros, to 39,000 years ago.", [])
    assert doc._.categories_discussed == []


def test_zoo_gazelle(nlp):
    doc = run(nlp, "A gazelle was born at the city zoo on Monday, keepers said.", [])
    assert doc._.categories_discussed == []


def test_ladder_brand(nlp):
    doc = run(nlp, "Little Giant ladders are sold in most hardware stores.", [])
    assert doc._.categories_discussed == []


def test_drink_brand_carries_over(nlp):
    text = ("The cafe chain launched its Unicorn Latte on Monday. One outlet sold more than 300 Unicorns, "
            "and many Unicorns ended up in the bin.")
    doc = run(nlp, text, [])
    assert doc._.categories_discussed == []


def test_capitalised_term_as_a_company_name(nlp):
    doc = run(nlp, "The retailer bought the scooter maker Unicorn in 2019 and kept the brand.", ["Unicorn"])
    assert_no_labels(doc)
    assert doc._.categories_discussed == []


def test_business_words_near_a_term_are_not_traps(nlp):
    doc = run(nlp, "Pedalo, a bike-sharing unicorn and a key player in urban transport, hired 300 staff.", ["Pedalo"])
    check_label(doc, "Pedalo", "unicorn", "explicit", "bike-sharing unicorn")


def test_tier_ladder_metaphor_is_not_a_brand(nlp):
    doc = run(nlp, "Hunan manufacturers climb the little giant ladder.\n\nSinobear, a national Little Giant, "
                   "makes bearings.", ["Sinobear"])
    check_label(doc, "Sinobear", "little_giant", "explicit", "a national Little Giant")


def test_unicorn_cupcakes(nlp):
    doc = run(nlp, "One bakery sold 1,200 unicorn cupcakes in two days.", [])
    assert doc._.categories_discussed == []


def test_tech_giant(nlp):
    doc = run(nlp, "Tech giant Orbitron and internet giant Netvale cut prices.", ["Orbitron", "Netvale"])
    assert_no_labels(doc)
    assert doc._.categories_discussed == []


def test_basketball_nickname(nlp):
    doc = run(nlp, "The player known as the Little Giant scored 30 points in the basketball final.", [])
    assert doc._.categories_discussed == []


def test_rich_list_gazelle_band(nlp):
    doc = run(nlp, "A rich list ranks Zapgo as a gazelle, a start-up valued at between $500 million and $1 billion.",
              ["Zapgo"])
    assert ("Zapgo", "gazelle") not in labels(doc)
    assert "gazelle" not in doc._.categories_discussed


# ---------------------------------------------------------------- categories discussed

def test_discussed_without_members(nlp):
    doc = run(nlp, "There are now more than 9,000 little giants nationwide, the ministry said.", [])
    assert_no_labels(doc)
    assert doc._.categories_discussed == ["little_giant"]


def test_high_growth_firms_with_threshold(nlp):
    doc = run(nlp, "Economists define high-growth firms by sales growth of 20% a year for three years.", [])
    assert doc._.categories_discussed == ["gazelle"]


def test_hundred_times_unicorn(nlp):
    doc = run(nlp, "Hectocorns are rarer still than unicorns.", [])
    assert set(doc._.categories_discussed) == {"decacorn", "unicorn"}


# ---------------------------------------------------------------- end to end and properties

def test_end_to_end_labels_reach_the_output(analyze):
    result = analyze("Quantafy Robotics, a national little giant based in Wuhan, builds reducers for robot arms.")
    orgs = {o.name: o for o in result.organizations}
    assert "little_giant" in result.categories_discussed
    labelled = [o for o in orgs.values() if o.categories]
    assert labelled and labelled[0].categories[0].category == "little_giant"
    assert labelled[0].categories[0].basis == "explicit"


def test_user_taxonomy_extends_terms(nlp, tmp_path):
    from giants.categories import CategoryTagger

    extra = tmp_path / "extra.toml"
    extra.write_text('[categories]\n[[categories.category]]\nid = "unicorn"\nterms = ["yunicorn"]\n', encoding="utf-8")
    tagger = CategoryTagger(nlp, "custom", taxonomy=str(extra))
    text = "Zapgo, a yunicorn, hired staff."
    doc = nlp(text)
    doc._.organizations = [{"name": "Zapgo", "aliases": [], "type": "company", "is_company": True, "mentions": 1,
                            "mention_spans": [[0, 5]]}]
    doc = tagger(doc)
    check_label(doc, "Zapgo", "unicorn", "explicit", "a yunicorn")


def test_vocabulary_is_data(nlp):
    tagger = nlp.get_pipe("giants_categories")
    assert {"little_giant", "unicorn", "decacorn", "gazelle"} <= set(tagger.cats)
    assert tagger.out_id["hectocorn"] == "decacorn"


FRAGMENTS = [
    "Zapgo, a unicorn, hired staff.", "Fintrail became a decacorn.", "Little giants such as Sinobear and Lumotic",
    " grew revenue by 300% over four years.", "Zapgo was valued at $3 billion.", "Unicorn Latte sold out.",
    "“little giant”", "独角兽", "小巨人 ", "\n\n", " ", ", ", "Zapgo", "Sinobear", "is not yet a unicorn",
    "a former decacorn", "valued at 20 billion yuan", "瞪羚", "Gazelle", "(US$ 1.2 billion)", "—", ":",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8))
def test_evidence_is_the_text_at_span(nlp, parts):
    text = "".join(parts)
    doc = run(nlp, text, ["Zapgo", "Fintrail", "Sinobear", "Lumotic"])
    for lab in doc._.category_labels:
        s, e = lab["span"]
        assert lab["evidence"] == text[s:e]
        assert lab["evidence"].strip()
        assert lab["org"] in {o["name"] for o in doc._.organizations}


# ---------------------------------------------------------------- round 2: generalisation

def test_investors_in_a_round_do_not_get_the_valuation(nlp):
    text = "A round led by Harbour Peak Capital and Lindqvist Ventures valued Quorra Robotics at $1.4 billion."
    doc = run(nlp, text, ["Harbour Peak Capital", "Lindqvist Ventures", "Quorra Robotics"])
    lab = check_label(doc, "Quorra Robotics", "unicorn", "criterion", "valued Quorra Robotics")
    assert lab["figure"]["text"] == "$1.4 billion"
    assert set(labels(doc)) == {("Quorra Robotics", "unicorn")}


def test_valued_name_goes_to_the_firm_not_its_investors(nlp):
    # was test_valued_name_at_adds_the_firm_the_orgs_missed: the firm comes from the organisations
    # component and the subject of "valued X at" from the figures component
    text = "Series C investors Tallow Capital and Brightmere Fund valued Zentrix at US$2.1 billion in the deal."
    doc = run(nlp, text, ["Tallow Capital", "Brightmere Fund", "Zentrix"],
              facts=[("US$2.1 billion", "valuation", 2.1e9, "Zentrix")])
    check_label(doc, "Zentrix", "unicorn", "criterion", "valued Zentrix at")
    assert ("Brightmere Fund", "unicorn") not in labels(doc)


def test_a_data_provider_counting_unicorns_is_not_one(nlp):
    text = "According to Scalewatch, a tracker of start-up funding, Portugal is now home to 14 unicorns."
    doc = run(nlp, text, ["Scalewatch"])
    assert_no_labels(doc)
    assert "unicorn" in doc._.categories_discussed


def test_a_number_with_a_thousands_comma_keeps_the_negation(nlp):
    text = "Dunmore Seals, whose title is a provincial one, is not among the 12,500 national little giants."
    assert_no_labels(run(nlp, text, ["Dunmore Seals"]))


def test_past_dated_valuation_followed_by_a_newer_one(nlp):
    # the figures component dates this valuation (past); categories read its time
    text = "Rotavo's valuation was 1.2 billion euros in 2021; a round in March valued it at only 380 million euros."
    assert_no_labels(run(nlp, text, ['Rotavo'], facts=[('1.2 billion euros', "valuation", 1300000000.0, 'Rotavo', 'past')]))


def test_it_is_one_of_several_former_unicorns(nlp):
    text = "Rotavo was valued at 1.2 billion euros in 2021. It now counts among the country's former unicorns."
    assert_no_labels(run(nlp, text, ["Rotavo"], coref={"Rotavo": "It"}))


def test_lost_its_title_vetoes_an_old_valuation(nlp):
    text = "Daxling Foods lost its unicorn title after a down round. Daxling Foods was valued at $1.5 billion in 2021."
    assert_no_labels(run(nlp, text, ["Daxling Foods"], facts=[("$1.5 billion", "valuation", 1.5e9, "Daxling Foods", "past")]))
    # a current valuation stated after the loss is the newer fact
    text = "Daxling Foods lost its unicorn title in 2022. This year a round valued Daxling Foods at $1.5 billion."
    doc = run(nlp, text, ["Daxling Foods"], facts=[("$1.5 billion", "valuation", 1.5e9, "Daxling Foods")])
    assert set(labels(doc)) == {("Daxling Foods", "unicorn")}


@pytest.mark.parametrize("text", [
    "Corvaxa was on the gazelle list in 2021 and 2022 but did not appear this year.",
    "Corvaxa had its gazelle title revoked last year.",
    "Corvaxa, a unicorn until its valuation was slashed, fell off the list in May.",
    "Corvaxa is no longer a unicorn after its latest round.",
])
def test_past_status_wordings(nlp, text):
    doc = run(nlp, text, ["Corvaxa"])
    assert not [lab for lab in doc._.category_labels if lab["org"] == "Corvaxa" and lab["basis"] != "criterion"]


def test_denial_is_scoped_to_its_firm_and_time(nlp):
    doc = run(nlp, "Ovarin is no longer a unicorn, but its rival Setta is one.", ["Ovarin", "Setta"])
    assert set(labels(doc)) == {("Setta", "unicorn")}
    text = "Zapgo was not a unicorn when it launched in 2018. Today Zapgo is a unicorn."
    check_label(run(nlp, text, ["Zapgo"]), "Zapgo", "unicorn", "explicit", "Today Zapgo is a unicorn")


@pytest.mark.parametrize("text", [
    "Ambrel Tech is within reach of unicorn status after a $200 million round.",
    "Ambrel Tech is on track to become a unicorn next year.",
    "Ambrel Tech is expected to be valued at $1.2 billion in its next round.",
    "Ambrel Tech, a soonicorn, is striving to reach a $1 billion valuation.",
    "Ambrel Tech hopes to qualify as a national little giant next year.",
    "Ambrel Tech is a unicorn candidate, the ministry said.",
])
def test_aspirant_wordings(nlp, text):
    assert_no_labels(run(nlp, text, ["Ambrel Tech"]))


def test_the_next_unicorn_like_x(nlp):
    # "the next unicorn" is an aspirant; the firm it is compared with is not labelled from it
    doc = run(nlp, "Investors say Ambrel Tech could become the next unicorn, like Gorvix.", ["Ambrel Tech", "Gorvix"])
    assert ("Ambrel Tech", "unicorn") not in labels(doc)


@pytest.mark.parametrize("text", [
    "Holvane Motors doubled its revenue in FY24 and expects more growth.",
    "Holvane Motors' sales jumped 160% in 2023 alone.",
    "Holvane Motors, the listed power equipment major, grew revenue 25% a year over the past five years.",
    "Holvane Motors, China's largest steel producer, grew revenue 22% a year over four years.",
])
def test_no_gazelle_for_one_year_jumps_or_big_firms(nlp, text):
    assert_no_labels(run(nlp, text, ["Holvane Motors"]))


def test_gazelle_growth_wordings(nlp):
    text = "Stelmar, founded in 2018, said sales climbed 35% a year over five straight years."
    doc = run(nlp, text, ["Stelmar"], facts=[("35%", "growth_rate", None, "Stelmar", "current", 35.0)])
    lab = check_label(doc, "Stelmar", "gazelle", "criterion", "five straight years")
    assert lab["figure"]["text"] == "35%"
    text = "Borlan Tech, a six-year-old start-up, saw revenue rise 200% over the past three years."
    doc = run(nlp, text, ["Borlan Tech"], facts=[("200%", "growth_rate", None, "Borlan Tech", "current", 200.0)])
    check_label(doc, "Borlan Tech", "gazelle", "criterion", "200%")


def test_growth_figures_respectively(nlp):
    text = ("Ravi Looms and Kesar Textiles, which make yarn, expanded turnover by 280% and 9% "
            "respectively over five years.")
    doc = run(nlp, text, ["Ravi Looms", "Kesar Textiles"])
    assert set(labels(doc)) == {("Ravi Looms", "gazelle")}
    assert labels(doc)[("Ravi Looms", "gazelle")]["figure"]["text"] == "280%"


def test_ipo_that_may_happen_is_no_listing(nlp):
    text = ("Stelmar's turnover has climbed 40% a year since four years ago, over four years in all. Brokers think "
            "Stelmar might fetch a valuation of 2 billion zlotys at its planned listing.")
    check_label(run(nlp, text, ["Stelmar"]), "Stelmar", "gazelle", "criterion", "40% a year")


def test_gazelle_enterprise_lists_across_sentences(nlp):
    text = ("The high-tech zone certified 12 gazelle enterprises this year, including Yuvix Photonics and Qarmon Bio. "
            "Delfin Sensors was also on the list.")
    doc = run(nlp, text, ["Yuvix Photonics", "Qarmon Bio", "Delfin Sensors"])
    assert set(labels(doc)) == {("Yuvix Photonics", "gazelle"), ("Qarmon Bio", "gazelle"), ("Delfin Sensors", "gazelle")}
    assert labels(doc)[("Delfin Sensors", "gazelle")]["basis"] == "implicit"


def test_one_of_them_after_a_members_sentence(nlp):
    text = ('Nationally, the park counts 31 "little giant" (小巨人) firms. '
            "One of them, Lanxi Coatings, makes marine paint.")
    check_label(run(nlp, text, ["Lanxi Coatings"]), "Lanxi Coatings", "little_giant", "implicit", "One of them")


@pytest.mark.parametrize("text", [
    "In July the ministry named Yuvix Photonics a national specialized and sophisticated 'little giant'.",
    "Yuvix Photonics was listed among national-level little giant firms last year.",
    "Yuvix Photonics, an SRDI 'little giant', makes lidar chips.",
    "Yuvix Photonics, a Jiangsu-based specialised, refined, distinctive and novel enterprise at the national level, makes seals.",
    "Yuvix Photonics (优维光子科技有限公司) was named a national little giant in 2023.",
])
def test_little_giant_wordings(nlp, text):
    doc = run(nlp, text, ["Yuvix Photonics"])
    assert set(labels(doc)) == {("Yuvix Photonics", "little_giant")}


def test_unicorn_list_with_valuations_in_parentheses(nlp):
    text = "The new unicorns this year: Trendle (US$1.5bn), Gompa (US$1.2bn) and Sarvo (US$1.1bn)."
    doc = run(nlp, text, ["Trendle", "Gompa", "Sarvo"],
              facts=[("US$1.5bn", "valuation", 1.5e9, "Trendle"), ("US$1.2bn", "valuation", 1.2e9, "Gompa"),
                     ("US$1.1bn", "valuation", 1.1e9, "Sarvo")])
    assert set(labels(doc)) == {("Trendle", "unicorn"), ("Gompa", "unicorn"), ("Sarvo", "unicorn")}
    assert labels(doc)[("Gompa", "unicorn")]["figure"]["text"] == "US$1.2bn"


def test_parenthesised_market_values_of_listed_firms_are_not_valuations(nlp):
    text = "Hectocorns now outnumber most listed companies: Marlow Mining (US$40bn) trails them."
    assert_no_labels(run(nlp, text, ["Marlow Mining"]))


def test_yen_in_a_tokyo_story_is_converted_as_yen(nlp):
    text = "Tokyo-based Kaminari AI was valued at ¥180 billion in its latest funding round."
    lab = check_label(run(nlp, text, ["Kaminari AI"]), "Kaminari AI", "unicorn", "criterion", "¥180 billion")
    assert ("Kaminari AI", "decacorn") not in labels(run(nlp, text, ["Kaminari AI"]))
    assert lab["figure"]["usd"] < 1e10


@pytest.mark.parametrize("text", [
    "Our team hired a unicorn engineer who can code and design.",
    "The factory installed a Little Giant press from the machine maker Forvex.",
    "Harlow Tools, whose \"Little Giant\" line of step stools sells well in Texas, raised prices.",
    "Rangers counted 90 sand gazelles near the dunes at dawn.",
    "Medieval bestiaries turned the rhino into the unicorn legend.",
])
def test_metaphors_brands_and_animals_are_not_discussion(nlp, text):
    doc = run(nlp, text)
    assert_no_labels(doc)
    assert doc._.categories_discussed == []


def test_backers_named_in_a_participle_are_not_members(nlp):
    text = "Xiaomo Robotics, backed by Tenlong Capital and Redfield Partners, became a unicorn last week."
    doc = run(nlp, text, ["Xiaomo Robotics", "Tenlong Capital", "Redfield Partners"])
    assert set(labels(doc)) == {("Xiaomo Robotics", "unicorn")}


def test_which_valued_the_start_up_goes_to_the_subject(nlp):
    text = "Pindao Tech raised $500 million from Gantry Capital and Hillmoor, which valued the start-up at $4 billion."
    doc = run(nlp, text, ["Pindao Tech", "Gantry Capital", "Hillmoor"],
              facts=[("$4 billion", "valuation", 4e9, "Pindao Tech")])
    assert set(labels(doc)) == {("Pindao Tech", "unicorn")}


def test_a_fund_valued_at_billions_is_no_unicorn(nlp):
    # the organisations component types the fund an investor
    text = "Pindao Tech's backer, Orion Growth Fund, was itself valued at $3 billion."
    doc = run(nlp, text, ["Pindao Tech", "Orion Growth Fund"], facts=[("$3 billion", "valuation", 3e9, "Orion Growth Fund")],
              org_fields={"Orion Growth Fund": {"type": "investor", "is_company": False}})
    assert_no_labels(doc)


def test_unicorn_before_a_markdown_is_past(nlp):
    assert_no_labels(run(nlp, "Kexin Medical was a unicorn in 2020 before its valuation was cut in half.", ["Kexin Medical"]))


def test_list_with_a_description_between_members(nlp):
    text = "Among the 20 unicorns in Hangzhou are Lanvik, valued at 15 billion yuan, and Ruiqi Bio."
    doc = run(nlp, text, ["Lanvik", "Ruiqi Bio"])
    assert set(labels(doc)) == {("Lanvik", "unicorn"), ("Ruiqi Bio", "unicorn")}


def test_revenue_at_x_has_grown(nlp):
    text = "Revenue at Lanvik has grown at a compound annual rate of 52% over the past four years."
    check_label(run(nlp, text, ["Lanvik"]), "Lanvik", "gazelle", "criterion", "52%")


def test_a_person_called_a_unicorn_is_no_discussion(nlp):
    doc = run(nlp, "She is a unicorn among product managers.")
    assert doc._.categories_discussed == []


def test_headline_list_with_a_participle_and_yen_headline(nlp):
    doc = run(nlp, "Malaysia's newest unicorn: Penang delivery app Hantarlah valued at $1.1 billion", ["Hantarlah"])
    check_label(doc, "Hantarlah", "unicorn", "explicit", "newest unicorn")
    text = ("Osaka robot start-up Kagero hits ¥200bn valuation\n\nKagero, an Osaka-based robot maker, said a round "
            "valued it at ¥200 billion, making it one of Japan's few unicorns.")
    doc = run(nlp, text, ["Kagero"])
    assert set(labels(doc)) == {("Kagero", "unicorn")}


def test_growth_sentence_after_a_sentence_naming_no_one(nlp):
    text = ("Hangzhou Ruiwei Sensors said it had grown fast. The company, founded in 2018, makes gas sensors. "
            "Its revenue grew 500% from 2019 to 2023.")
    doc = run(nlp, text, ["Hangzhou Ruiwei Sensors"],
              facts=[("500%", "growth_rate", None, "Hangzhou Ruiwei Sensors", "current", 500.0)])
    check_label(doc, "Hangzhou Ruiwei Sensors", "gazelle", "criterion", "Its revenue grew")


def test_chinese_name_in_parentheses_is_the_latin_firm(nlp):
    text = "The new little giants include Yuvix Photonics (优维光子科技有限公司) and Qarmon Bio."
    doc = run(nlp, text, ["Yuvix Photonics", "优维光子科技有限公司", "Qarmon Bio"])
    assert set(labels(doc)) == {("Yuvix Photonics", "little_giant"), ("Qarmon Bio", "little_giant")}
    text = "Yuvix Photonics (优维光子科技有限公司) was valued at $1.5 billion in its latest round."
    doc = run(nlp, text, ["Yuvix Photonics", "优维光子科技有限公司"])
    assert set(labels(doc)) == {("Yuvix Photonics", "unicorn")}


def test_kept_its_title_and_among_them(nlp):
    text = ('Feiyu Tech said it had lost its national "little giant" status after an audit, while rival '
            "Lingkong Aero kept its title.")
    doc = run(nlp, text, ["Feiyu Tech", "Lingkong Aero"])
    assert set(labels(doc)) == {("Lingkong Aero", "little_giant")}
    doc = run(nlp, "The little giant firms in the city, Feiyu Tech among them, received subsidies.", ["Feiyu Tech"])
    assert set(labels(doc)) == {("Feiyu Tech", "little_giant")}


@pytest.mark.parametrize("text, fact", [
    ("Feiyu Tech, which was a little giant from 2020 to 2023, did not make this year's list.", None),
    ("Feiyu Tech was valued at $1.5 billion last year but its valuation has since fallen to $800 million.",
     ("$1.5 billion", "valuation", 1.5e9, "Feiyu Tech", "past")),
    ("Feiyu Tech, whose valuation peaked at $3 billion in 2021, is now worth less than $1 billion.",
     ("$3 billion", "valuation", 3e9, "Feiyu Tech", "past")),
])
def test_statuses_that_ended(nlp, text, fact):
    assert_no_labels(run(nlp, text, ["Feiyu Tech"], facts=[fact] if fact else None))


@pytest.mark.parametrize("text", [
    "Gazelle, the Dutch bicycle brand, raised prices by 5% this spring.",
    'The "unicorn" print dresses were a hit with teenagers this summer.',
    "Orla Lindqvist hosts the Unicorn Hunters TV show, which features pitches from founders.",
    "Gazelle Wind Power, an Irish start-up, designs floating turbines for deep water.",
])
def test_brand_and_product_uses_are_not_discussion(nlp, text):
    doc = run(nlp, text)
    assert_no_labels(doc)
    assert doc._.categories_discussed == []


def test_round_led_by_investors_making_the_company_a_decacorn(nlp):
    text = ("Hangzhou-based Mosan Intelligence raised $2 billion in a round led by Brookline Capital and the "
            "Zhejiang State-owned Capital Investment Co., valuing the large-model developer at $12 billion and "
            "making it one of a handful of Chinese decacorns.")
    orgs = ["Mosan Intelligence", "Brookline Capital", "Capital Investment Co."]
    doc = run(nlp, text, orgs, facts=[("$12 billion", "valuation", 12e9, "Mosan Intelligence")],
              coref={"Mosan Intelligence": "it"})
    assert set(labels(doc)) == {("Mosan Intelligence", "decacorn")}


def test_growth_stated_newest_first(nlp):
    text = "Jiahe, founded in 2016, said its revenue rose 300% to 1.2 billion yuan in 2024 from 2020."
    doc = run(nlp, text, ["Jiahe"], facts=[("300%", "growth_rate", None, "Jiahe", "current", 300.0)])
    check_label(doc, "Jiahe", "gazelle", "criterion", "300%")
    text = "Jiahe's sales climbed 12% to 90 million yuan in 2023 from 2020."
    assert_no_labels(run(nlp, text, ["Jiahe"], facts=[("12%", "growth_rate", None, "Jiahe", "current", 12.0)]))


def test_a_ranking_that_places_a_firm_at_a_value(nlp):
    doc = run(nlp, "The Global Unicorn Index ranked Hexa Bio at $3 billion this year.", ["Hexa Bio"],
              facts=[("$3 billion", "valuation", 3e9, "Hexa Bio")])
    check_label(doc, "Hexa Bio", "unicorn", "criterion", "ranked Hexa Bio at $3 billion")


@pytest.mark.parametrize("text", [
    "The zone has 15 potential unicorn enterprises, including Hexa Bio and Qorvo Labs.",
    "The city aims to cultivate 50 unicorns by 2027, including homegrown firms such as Hexa Bio.",
    "Hexa Bio, one of the country's 'future unicorns', raised $50 million.",
])
def test_aspirant_lists(nlp, text):
    assert_no_labels(run(nlp, text, ["Hexa Bio", "Qorvo Labs"]))


@pytest.mark.parametrize("text", [
    "Zapgo, a unicorn-backed start-up, raised $20 million.",
    "Zapgo, a unicorn-style start-up, raised $20 million.",
    "Zapgo is a unicorn-sized bet for the fund.",
])
def test_hyphenated_modifiers_are_not_membership(nlp, text):
    doc = run(nlp, text, ["Zapgo"])
    assert_no_labels(doc)


def test_the_list_also_includes(nlp):
    text = ("The county certified nine gazelle enterprises in May, such as Ordell Optics and Talvo Bio. "
            "The list also includes Pemberly Sensors.")
    doc = run(nlp, text, ["Ordell Optics", "Talvo Bio", "Pemberly Sensors"])
    assert set(labels(doc)) == {("Ordell Optics", "gazelle"), ("Talvo Bio", "gazelle"), ("Pemberly Sensors", "gazelle")}


# ---------------------------------------------------------------- round 3: growth duration tied to the figure

@pytest.mark.parametrize("text", [
    "Torvane Robotics doubled its revenue in FY24 after a big contract, but its sales had been flat for the "
    "three years before that.",
    "Torvane Robotics, whose revenue jumped 160% in 2023 alone after two years of decline, failed to make the "
    "cut because the ranking measures growth over three years.",
])
def test_a_duration_elsewhere_in_the_sentence_is_not_the_growths(nlp, text):
    assert_no_labels(run(nlp, text, ["Torvane Robotics"]))


def test_growth_over_the_period_named_earlier(nlp):
    text = "Ferrin Cloud grew revenue at a compound annual rate of 187% between 2020 and 2023."
    doc = run(nlp, text, ["Ferrin Cloud"], facts=[("187%", "growth_rate", None, "Ferrin Cloud", "current", 187.0)])
    check_label(doc, "Ferrin Cloud", "gazelle", "criterion", "187%")


def test_growth_attached_with_a_with_phrase(nlp):
    text = ("The ranking covers revenue growth between 2020 and 2023. Topping it was Brisco Health, with revenue "
            "growth of 1,245% between 2020 and 2023.")
    check_label(run(nlp, text, ["Brisco Health"]), "Brisco Health", "gazelle", "criterion", "Brisco Health")
    assert labels(run(nlp, text, ["Brisco Health"]))[("Brisco Health", "gazelle")]["figure"]["text"] == "1,245%"


@pytest.mark.parametrize("text,org", [
    ("Industry body Harlow Growth Forum estimates that of the 4,000 start-ups in the region, 15% of them grew "
     "faster than 25% a year over the last three years.", "Harlow Growth Forum"),
    ("Industry body Meridian Group estimates that local start-ups grew 30% a year over the past three years.",
     "Meridian Group"),
    ("Kestrel Insights, a research firm, says the region's young companies grew revenue 35% a year over three "
     "years.", "Kestrel Insights"),
    ("Kestrel Insights says that a quarter of the city's tech firms grew 40% a year over the last three years.",
     "Kestrel Insights"),
])
def test_bodies_stating_statistics_about_firms_get_no_label(nlp, text, org):
    # a growth figure about a population of firms has no organisation subject (figures component)
    assert_no_labels(run(nlp, text, [org], facts=[]))


def test_a_firm_reporting_its_own_growth_still_counts(nlp):
    text = "Merrow Labs said that its revenue grew 45% a year over the past four years."
    check_label(run(nlp, text, ["Merrow Labs"]), "Merrow Labs", "gazelle", "criterion", "45%")


@pytest.mark.parametrize("text", [
    "Pellam Tech, which was on the gazelle list in 2021 and 2022, did not appear this year after its revenue fell.",
    "Pellam Tech was removed from the little giant list in 2023.",
    "Pellam Tech was a little giant until its title expired in 2023.",
    "Pellam Tech fell off the gazelle list.",
    "Pellam Tech was dropped from this year's unicorn ranking.",
    "Pellam Tech, a national little giant since 2021, failed to requalify this year.",
    "Pellam Tech was among the little giants named in 2020 but dropped off the list in 2023.",
])
def test_past_list_membership_in_other_words(nlp, text):
    assert_no_labels(run(nlp, text, ["Pellam Tech"]))


@pytest.mark.parametrize("text", [
    "Ordell Optics is a national little giant. Pellam Tech's little giant title was revoked in 2023.",
    "Ordell Optics and Pellam Tech were named national little giants in 2021; Pellam Tech's title was later revoked.",
    "Ordell Optics is a national little giant, while Pellam Tech had its little giant title revoked.",
])
def test_a_revoked_title_vetoes_only_its_own_firm(nlp, text):
    doc = run(nlp, text, ["Ordell Optics", "Pellam Tech"])
    assert set(labels(doc)) == {("Ordell Optics", "little_giant")}
    assert labels(doc)[("Ordell Optics", "little_giant")]["basis"] == "explicit"


@pytest.mark.parametrize("text", [
    "Among the unicorns, Orvex AI, at 80 billion yuan, leads; Kelsa Bio, at 9 billion yuan, follows.",
    "The 2024 Global Unicorn Index lists 1,400 firms. Orvex AI (80 billion yuan) ranks first, followed by "
    "Kelsa Bio (9 billion yuan).",
])
def test_unicorn_ranking_entries_with_valuations(nlp, text):
    doc = run(nlp, text, ["Orvex AI", "Kelsa Bio"], facts=[("80 billion yuan", "valuation", 11e9, "Orvex AI"),
                                                           ("9 billion yuan", "valuation", 1.24e9, "Kelsa Bio")])
    assert set(labels(doc)) == {("Orvex AI", "decacorn"), ("Kelsa Bio", "unicorn")}
    lab = labels(doc)[("Orvex AI", "decacorn")]
    assert lab["basis"] == "criterion" and "80 billion yuan" in lab["figure"]["text"]


def test_a_ranking_entry_at_an_amount_that_is_not_a_valuation(nlp):
    text = "Among the unicorns, Orvex AI, at 80 billion yuan in revenue, is the largest."
    assert ("Orvex AI", "decacorn") not in labels(run(nlp, text, ["Orvex AI"]))


def test_a_rich_list_gazelle_index_is_not_discussed_as_gazelles(nlp):
    text = ("Hurun Global Gazelle Index 2024: Talvo Bio makes the list at 5 billion yuan.\n"
            "The research institute named 300 gazelles this year. Talvo Bio is one of them.")
    doc = run(nlp, text, ["Talvo Bio"], facts=[("5 billion yuan", "valuation", 6.9e8, "Talvo Bio")])
    assert not [lab for lab in doc._.category_labels if lab["category"] == "gazelle"]


@pytest.mark.parametrize("text", [
    "Recruiters say a unicorn candidate who can code and sell is rare.",
    "Hiring a unicorn engineer is hard; every start-up wants a unicorn hire.",
    "She is what recruiters call a unicorn: a data scientist who also understands sales.",
])
def test_the_job_market_unicorn_is_not_discussed(nlp, text):
    doc = run(nlp, text, [])
    assert_no_labels(doc)
    assert "unicorn" not in doc._.categories_discussed


def test_a_unicorn_that_is_hiring_is_still_a_unicorn(nlp):
    text = "Zapgo, a unicorn valued at $2 billion, is hiring 300 engineers."
    check_label(run(nlp, text, ["Zapgo"]), "Zapgo", "unicorn", "explicit", "a unicorn")


@pytest.mark.parametrize("text", [
    "Dalton Machinery showed the Little Giant mini excavator at the fair.",
    "Dalton Machinery said its Little Giant series sold well.",
    "Dalton Machinery expanded its Little Giant product family.",
])
def test_a_little_giant_product_is_not_discussed(nlp, text):
    doc = run(nlp, text, ["Dalton Machinery"])
    assert_no_labels(doc)
    assert "little_giant" not in doc._.categories_discussed


@pytest.mark.parametrize("text", [
    "Quanlin Precision Co. Ltd. has been listed among the national-level 'little giant' firms.",
    "Quanlin Precision was selected for the national specialized, refined, distinctive and novel 'little giant' list.",
    "Quanlin Precision, one of the province's 120 national-level little giants, makes valves.",
    "Quanlin Precision made the fifth batch of national little giants in 2023.",
])
def test_little_giant_explicit_forms(nlp, text):
    org = "Quanlin Precision Co. Ltd." if "Co. Ltd." in text else "Quanlin Precision"
    check_label(run(nlp, text, [org]), org, "little_giant", "explicit", "little giant")


def test_a_full_company_name_with_its_chinese_name(nlp):
    text = ("Hubei Quanlin Precision Machinery Co., Ltd. (湖北全林精密机械有限公司) has been listed among the "
            "national-level little giant firms.")
    doc = run(nlp, text, ["Hubei Quanlin Precision Machinery Co., Ltd."])
    check_label(doc, "Hubei Quanlin Precision Machinery Co., Ltd.", "little_giant", "explicit", "little giant")


def test_a_title_stripped_after_but_vetoes_only_the_firm_named_there(nlp):
    text = ("Ordell Optics and Talvo Bio were named national little giants in 2021, but Talvo Bio was later "
            "stripped of the title.")
    doc = run(nlp, text, ["Ordell Optics", "Talvo Bio"])
    assert set(labels(doc)) == {("Ordell Optics", "little_giant")}


def test_apposition_after_a_chinese_name_in_parentheses(analyze):
    text = "Quanlin Precision Co., Ltd. (全林精密有限公司), a national-level little giant, makes bearings."
    result = analyze(text)
    found = {(o.name, c.category) for o in result.organizations for c in o.categories}
    assert found == {("Quanlin Precision Co., Ltd.", "little_giant")}


def test_ranking_list_lines_with_valuations(nlp):
    text = "China's top unicorns in the 2024 ranking:\n1. Orvex AI, 80 billion yuan\n2. Kelsa Bio, 12 billion yuan"
    doc = run(nlp, text, ["Orvex AI", "Kelsa Bio"], facts=[("80 billion yuan", "valuation", 11e9, "Orvex AI"),
                                                           ("12 billion yuan", "valuation", 1.65e9, "Kelsa Bio")])
    assert set(labels(doc)) == {("Orvex AI", "decacorn"), ("Kelsa Bio", "unicorn")}


def test_firms_a_list_expects_to_become_unicorns_are_aspirants(nlp):
    text = ("The list also names 400 gazelles, firms it expects to become unicorns within three years, such as "
            "Talvo Bio, at 5 billion yuan.")
    doc = run(nlp, text, ["Talvo Bio"], facts=[("5 billion yuan", "valuation", 6.9e8, "Talvo Bio")])
    assert_no_labels(doc)
    assert "gazelle" not in doc._.categories_discussed


def test_entries_of_a_growth_ranking_over_a_span(nlp):
    text = ("The fastest-growing companies ranking measured revenue growth between 2020 and 2023: Brisco Health "
            "grew 1,245% between 2020 and 2023, Ferrin Cloud grew 980%.")
    doc = run(nlp, text, ["Brisco Health", "Ferrin Cloud"],
              facts=[("1,245%", "growth_rate", None, "Brisco Health", "current", 1245.0),
                     ("980%", "growth_rate", None, "Ferrin Cloud", "current", 980.0)])
    assert set(labels(doc)) == {("Brisco Health", "gazelle"), ("Ferrin Cloud", "gazelle")}
    assert labels(doc)[("Ferrin Cloud", "gazelle")]["figure"]["text"] == "980%"


def test_a_share_after_a_growth_ranking_is_not_growth(nlp):
    text = ("The fastest-growing companies ranking measured revenue growth between 2020 and 2023. Brisco Health, "
            "with 40% market share, did not make it.")
    assert_no_labels(run(nlp, text, ["Brisco Health"]))


@pytest.mark.parametrize("text", [
    "Over the past three years, Vantor Systems' revenue grew 300% because of strong demand.",
    "Vantor Systems grew revenue 80% a year from 2019 until 2023.",
    "Vantor Systems' revenue has quadrupled over the past three years, but profits lag.",
])
def test_durations_in_the_growths_own_clause_still_count(nlp, text):
    check_label(run(nlp, text, ["Vantor Systems"]), "Vantor Systems", "gazelle", "criterion", "Vantor Systems")
