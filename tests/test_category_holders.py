"""Holders of category mentions in lists, batches, rankings and peer groups: sentences of our
own each mechanism must handle and sentences it must leave alone, each label checked for the
organisation and the category. The organisation list is fixed by each test (the
organisations component owns it)."""

from __future__ import annotations

import re

import pytest

from giants.organisations.lists import mark_roles


def analyse(nlp, text: str, orgs: list[str], figures: list[dict] | None = None, **org_fields):
    doc = nlp(text)
    doc._.organizations = [
        {"name": n, "aliases": [], "type": org_fields.get(n, {}).get("type", "company"),
         "is_company": org_fields.get(n, {}).get("is_company", True), "mentions": len(spans),
         "mention_spans": spans, "coref_spans": org_fields.get(n, {}).get("coref_spans", []),
         "listed": None, "acquired": None}
        for n in orgs
        for spans in [[[m.start(), m.end()] for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text)]]
    ]
    mark_roles(doc, doc._.organizations)  # (an organisations fact the categories read)
    doc._.figures = figures or []
    return nlp.get_pipe("giants_categories")(doc)


def pairs(nlp, text, orgs, figures=None, **org_fields) -> set[tuple[str, str]]:
    return {(lab["org"], lab["category"]) for lab in analyse(nlp, text, orgs, figures, **org_fields)._.category_labels}


def coref(text: str, phrase: str) -> dict:
    """Coreference as the organisations component states it: every occurrence of `phrase`."""
    return {"coref_spans": [[m.start(), m.end()] for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)]}


# ---------------------------------------------------------------- list items with descriptions

@pytest.mark.parametrize("text, orgs, cat", [
    ("The new unicorns this quarter are Brindle Pay, Lisbon-based Corvato and Oslo's Tindra Labs.",
     ["Brindle Pay", "Corvato", "Tindra Labs"], "unicorn"),
    ("The latest decacorns are Hallow Freight, Seoul-based Mirae Dock and Lagos's Paystem.",
     ["Hallow Freight", "Mirae Dock", "Paystem"], "decacorn"),
    ("Gazelles named this year include Vesterby Foods, Gothenburg's Klarna Dental and Malmo-based Brisk Tiles.",
     ["Vesterby Foods", "Klarna Dental", "Brisk Tiles"], "gazelle"),
])
def test_list_items_with_place_descriptions(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("The investors in the new unicorns are Brackwater Partners, Oslo-based Olden Capital and Harrow's Tindle Fund.",
     ["Brackwater Partners", "Olden Capital", "Tindle Fund"]),
    ("The new unicorns were backed by Brackwater Partners and London-based Olden Capital.",
     ["Brackwater Partners", "Olden Capital"]),
])
def test_list_items_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- a list between dashes

@pytest.mark.parametrize("text, orgs, cat", [
    ("Halden has only six national little giants, but two of them - Hartwell Seals and Ombry Optics - supply carmakers.",
     ["Hartwell Seals", "Ombry Optics"], "little_giant"),
    ("Europe minted nine unicorns in May, and two of them - Kettle Pay and Sorrel AI - are Dutch.",
     ["Kettle Pay", "Sorrel AI"], "unicorn"),
    ("The province counts 40 gazelles - Dunmore Foods, Pell Robotics and Arvo Tiles among them - this year.",
     ["Dunmore Foods", "Pell Robotics", "Arvo Tiles"], "gazelle"),
])
def test_list_between_dashes(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Unicorns - private firms worth $1bn or more - are rarer this year, said Harlow Research.", ["Harlow Research"]),
    ("Investors in unicorns - Brackwater Partners and Olden Capital - lost money.", ["Brackwater Partners", "Olden Capital"]),
])
def test_list_between_dashes_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- a group subject and its verb

@pytest.mark.parametrize("text, orgs, cat", [
    ("The sixth batch of national little giants, published by the ministry on Friday, includes Varno Pumps, "
     "Keldar Motors and Tenly Glass.", ["Varno Pumps", "Keldar Motors", "Tenly Glass"], "little_giant"),
    ("This year's new unicorns, according to figures compiled by the agency over the summer, are Pallas Pay "
     "and Quiller Labs.", ["Pallas Pay", "Quiller Labs"], "unicorn"),
    ("The 2024 gazelle companies of the region, chosen from 900 applicants, comprise Brisk Tiles and Ovo Foods.",
     ["Brisk Tiles", "Ovo Foods"], "gazelle"),
    ("The fifth batch of national little giants includes 12 firms from Wuxi, among them Hengrui Biomedical and "
     "Baoli Semiconductor.", ["Hengrui Biomedical", "Baoli Semiconductor"], "little_giant"),
])
def test_group_subject_lists_its_members(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("The unicorns, according to the fund's own figures, do not include Pallas Pay or Quiller Labs.",
     ["Pallas Pay", "Quiller Labs"]),
    ("Investors in the new unicorns, according to filings, include Brackwater Partners and Olden Capital.",
     ["Brackwater Partners", "Olden Capital"]),
    ("The fifth batch of national little giants includes 12 firms backed by funds such as Olden Capital.",
     ["Olden Capital"]),
])
def test_group_subject_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- the namer of many members

@pytest.mark.parametrize("text, orgs", [
    ("Nationwide the paper named 2,560 Gazelles this year.", ["Haldorf Tidning"]),
    ("Last spring the magazine named 120 unicorns in its annual ranking.", ["Corbel Media"]),
])
def test_namer_of_counted_members_is_no_member(nlp, text, orgs):
    # the organisations component resolved "the paper" / "the magazine" to the publisher
    noun = "the paper" if "paper" in text else "the magazine"
    assert pairs(nlp, text, orgs, **{orgs[0]: {**coref(text, noun), "type": "media"}}) == set()


@pytest.mark.parametrize("text, org, noun, cat", [
    ("The Berlin start-up was crowned a unicorn after its latest round.", "Quenby", "The Berlin start-up", "unicorn"),
    ("The Suzhou-based firm was named a national little giant in 2022.", "Varno Pumps", "The Suzhou-based firm",
     "little_giant"),
    ("The company became one of the region's gazelles in 2021.", "Brisk Tiles", "The company", "gazelle"),
])
def test_coreferent_subject_holds_one_title(nlp, text, org, noun, cat):
    assert pairs(nlp, text, [org], **{org: coref(text, noun)}) == {(org, cat)}


# ---------------------------------------------------------------- peers of a labelled firm

@pytest.mark.parametrize("text, orgs, fields, expected", [
    ("Corvato became a unicorn after a $200 million round. That puts Corvato among the likes of payments firm "
     "Brindle Pay and Oslo's Tindra Labs.", ["Corvato", "Brindle Pay", "Tindra Labs"], {},
     {("Corvato", "unicorn"), ("Brindle Pay", "unicorn"), ("Tindra Labs", "unicorn")}),
    ("Varno Pumps was named a national little giant in May. The title puts it alongside the likes of Keldar Motors "
     "and Tenly Glass.", ["Varno Pumps", "Keldar Motors", "Tenly Glass"], {"Varno Pumps": "it"},
     {("Varno Pumps", "little_giant"), ("Keldar Motors", "little_giant"), ("Tenly Glass", "little_giant")}),
    ("Brisk Tiles, one of this year's gazelles, joins the likes of Ovo Foods and Pell Robotics.",
     ["Brisk Tiles", "Ovo Foods", "Pell Robotics"], {},
     {("Brisk Tiles", "gazelle"), ("Ovo Foods", "gazelle"), ("Pell Robotics", "gazelle")}),
    ("Corvato became a unicorn in May, joining the likes of Brindle Pay and Tindra Labs in the unicorn club.",
     ["Corvato", "Brindle Pay", "Tindra Labs"], {},
     {("Corvato", "unicorn"), ("Brindle Pay", "unicorn"), ("Tindra Labs", "unicorn")}),
])
def test_peers_share_the_category(nlp, text, orgs, fields, expected):
    assert pairs(nlp, text, orgs, **{o: coref(text, p) for o, p in fields.items()}) == expected


@pytest.mark.parametrize("text, orgs, expected", [
    ("Corvato, now a unicorn, is backed by the likes of Brackwater Partners and Olden Capital.",
     ["Corvato", "Brackwater Partners", "Olden Capital"], {("Corvato", "unicorn")}),
    ("Corvato joins the likes of Brindle Pay and Tindra Labs in opening an office in Lisbon.",
     ["Corvato", "Brindle Pay", "Tindra Labs"], set()),
    ("Corvato became a unicorn in May, joining the likes of Brindle Pay and Tindra Labs as one of the best-funded "
     "firms in Lisbon.", ["Corvato", "Brindle Pay", "Tindra Labs"], {("Corvato", "unicorn")}),
    ("Corvato became a unicorn in 2019. It hired 200 staff. It moved to Lisbon. It opened a lab. It cut prices. "
     "Its app now sits among the likes of Brindle Pay and Tindra Labs in the stores.",
     ["Corvato", "Brindle Pay", "Tindra Labs"], {("Corvato", "unicorn")}),
])
def test_peers_leave_alone(nlp, text, orgs, expected):
    assert pairs(nlp, text, orgs) == expected


# ---------------------------------------------------------------- a ranking named before, then its members

@pytest.mark.parametrize("text, orgs", [
    ("The Weekly Ledger on Monday named 300 firms in the county as 2024 Gazelles. To qualify, a firm must have "
     "doubled its sales in three years. Losses do not count. This year's county list is topped by Vesterby Foods, "
     "a bakery chain. It is followed by Brisk Tiles, a maker of floor tiles in Lund and Malmo, and Ovo Foods.",
     ["Vesterby Foods", "Brisk Tiles", "Ovo Foods"]),
    ("The ministry added 40 firms to its list of national little giants on Friday. The list is topped by Varno "
     "Pumps. It is followed by Keldar Motors and Tenly Glass.", ["Varno Pumps", "Keldar Motors", "Tenly Glass"]),
    ("The agency named eight new unicorns this quarter. The full list is led by Pallas Pay and Quiller Labs.",
     ["Pallas Pay", "Quiller Labs"]),
])
def test_ranking_list_reference_and_continuation(nlp, text, orgs):
    cat = "gazelle" if "Gazelle" in text else "little_giant" if "little giant" in text else "unicorn"
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("The Weekly Ledger named 300 firms as 2024 Gazelles. The Forbes list is topped by Vesterby Foods.",
     ["Weekly Ledger", "Forbes", "Vesterby Foods"]),
    ("The agency named eight new unicorns this quarter. Its list of best employers is led by Pallas Pay. "
     "It is followed by Quiller Labs.", ["Pallas Pay", "Quiller Labs"]),
])
def test_ranking_list_reference_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


def test_place_in_an_item_description_is_no_item(nlp):
    text = ("The new unicorns are Lucerna Dental, a chain of clinics in Dorvik and Uddholm, and Skarv Foods, "
            "which makes ready meals.")
    assert pairs(nlp, text, ["Lucerna Dental", "Dorvik", "Uddholm", "Skarv Foods"]) == \
        {("Lucerna Dental", "unicorn"), ("Skarv Foods", "unicorn")}


# ---------------------------------------------------------------- "One of them" after a definition

@pytest.mark.parametrize("text, org, cat", [
    ("Twelve firms in the zone were recognised as gazelle companies. Gazelles are small firms that grow fast. "
     "One of them, Brisk Tiles, makes floor tiles.", "Brisk Tiles", "gazelle"),
    ("The ministry named 40 new little giants on Friday. Little giants are small firms with niche technology. "
     "Among them is Varno Pumps.", "Varno Pumps", "little_giant"),
    ("Nine start-ups became unicorns in May. Unicorns are private firms worth $1 billion or more. "
     "One of them, Pallas Pay, is Danish.", "Pallas Pay", "unicorn"),
])
def test_group_before_a_definition(nlp, text, org, cat):
    assert pairs(nlp, text, [org]) == {(org, cat)}


@pytest.mark.parametrize("text, orgs", [
    ("Twelve firms in the zone applied for gazelle status. Gazelles are small firms that grow fast. "
     "One of them, Brisk Tiles, makes floor tiles.", ["Brisk Tiles"]),
    ("Most unicorns borrowed from local banks. Unicorns are private firms worth $1 billion or more. "
     "Among them is Harbour Bank.", ["Harbour Bank"]),
])
def test_group_before_a_definition_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- "Y was among those selected"

@pytest.mark.parametrize("text, org, cat", [
    ("The bureau announced its 2023 list of gazelle enterprises, and Brisk Tiles was among those selected.",
     "Brisk Tiles", "gazelle"),
    ("The ministry published the fifth batch of national little giants, and Varno Pumps is among those named.",
     "Varno Pumps", "little_giant"),
    ("Nine start-ups became unicorns this quarter. Pallas Pay was among them.", "Pallas Pay", "unicorn"),
])
def test_among_those_selected(nlp, text, org, cat):
    assert pairs(nlp, text, [org]) == {(org, cat)}


@pytest.mark.parametrize("text, orgs", [
    ("The bureau announced its 2023 list of gazelle enterprises, but Brisk Tiles was not among those selected.",
     ["Brisk Tiles"]),
    ("The city hopes to nurture ten future unicorns, and Pallas Pay is among those it backs.", ["Pallas Pay"]),
])
def test_among_those_selected_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- bulleted and numbered lists under an intro

@pytest.mark.parametrize("text, orgs, cat", [
    ("Palsgrave released its 2025 unicorn ranking on Tuesday. The ranking lists 1,200 firms. Selected entries:\n\n"
     "- Pallas Pay (Oslo, payments): $2 billion\n- Quiller Labs (Berlin, AI): $1.5 billion, new entry\n",
     ["Pallas Pay", "Quiller Labs"], "unicorn"),
    ("The new national little giants from the county:\n1. Varno Pumps, a maker of valves\n"
     "2. Keldar Motors, which builds servo motors\n", ["Varno Pumps", "Keldar Motors"], "little_giant"),
    ("This year's gazelles in the region:\n• Brisk Tiles (Lund)\n• Ovo Foods (Malmo)\n",
     ["Brisk Tiles", "Ovo Foods"], "gazelle"),
    ("Jingdata published its annual list of Chinese unicorns on Monday. The five newest are:\n\n1. Pallas Pay, "
     "8 billion yuan\n2. Quiller Labs, 7.5 billion yuan\n", ["Pallas Pay", "Quiller Labs"], "unicorn"),
])
def test_bulleted_list_under_an_intro(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Three start-ups became unicorns in May. Investors in the rounds:\n- Brackwater Partners\n- Olden Capital\n",
     ["Brackwater Partners", "Olden Capital"]),
    ("Palsgrave counted 1,200 unicorns this year. Among the biggest deals of the month were these:\n"
     "- Pallas Pay: $300 million in Series C\n- Quiller Labs: $120 million\n", ["Pallas Pay", "Quiller Labs"]),
    ("The city wants more little giants by 2027. Candidates for next year's list:\n- Varno Pumps\n- Keldar Motors\n",
     ["Varno Pumps", "Keldar Motors"]),
])
def test_bulleted_list_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


def test_bulleted_item_with_a_higher_tier_amount_is_left_to_the_amount(nlp):
    text = ("Selected entries of the 2025 unicorn ranking:\n- Pallas Pay (Oslo): $40 billion\n"
            "- Quiller Labs (Berlin): $1.5 billion\n")
    s = text.index("$40 billion")
    fig = {"text": "$40 billion", "span": [s, s + 11], "kind": "funding", "value": 4e10, "unit": "USD", "usd": 4e10,
           "about": "funding", "subject": "Pallas Pay", "subject_kind": "organization", "time": "current"}
    assert pairs(nlp, text, ["Pallas Pay", "Quiller Labs"], figures=[fig]) == {("Quiller Labs", "unicorn")}


# ---------------------------------------------------------------- "one of the N firms that MIIT added to its list"

@pytest.mark.parametrize("text, org, fields, cat", [
    ("Varno Pumps makes valves. Last year the firm was one of the 3,000-odd companies that the industry ministry "
     "added to its list of national little giants.", "Varno Pumps", {"Varno Pumps": "the firm"}, "little_giant"),
    ("Keldar Motors is one of the 40 firms that the ministry added to the list of national little giants this year.",
     "Keldar Motors", {}, "little_giant"),
    ("Hexbridge, one of 300 companies that the bureau certified as gazelle enterprises, makes seals.",
     "Hexbridge", {}, "gazelle"),
])
def test_one_of_the_firms_that_a_body_added(nlp, text, org, fields, cat):
    assert pairs(nlp, text, [org], **{o: coref(text, p) for o, p in fields.items()}) == {(org, cat)}


@pytest.mark.parametrize("text, orgs", [
    ("Varno Pumps is one of the 40 suppliers that the new little giants rely on.", ["Varno Pumps"]),
    ("Varno Pumps is one of the firms that the ministry removed from its list of little giants.", ["Varno Pumps"]),
])
def test_one_of_the_firms_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- the mention's own phrase resolved to a firm

@pytest.mark.parametrize("text, org, phrase, cat", [
    ("The round values the lender at £1.1 billion, making it the latest British fintech unicorn.", "Quillon",
     "the latest British fintech unicorn", "unicorn"),
    ("The round, led by Olden Capital, made it the largest decacorn in Norway.", "Fjellpay",
     "the largest decacorn in Norway", "decacorn"),
    ("The award makes it the first little giant in the district.", "Varno Pumps", "the first little giant",
     "little_giant"),
])
def test_mention_phrase_resolved_to_a_firm(nlp, text, org, phrase, cat):
    orgs = [org] + (["Olden Capital"] if "Olden" in text else [])
    fields = {org: coref(text, phrase)}
    if "Olden" in text:
        fields["Olden Capital"] = {"type": "investor"}
    assert pairs(nlp, text, orgs, **fields) == {(org, cat)}


@pytest.mark.parametrize("text, org, phrase", [
    ("The Little Giant, which fits through a garden gate, sells well.", "Taiho Machinery", "The Little Giant"),
    ("Those are the unicorns to watch this year.", "Quillon", "the unicorns"),
])
def test_mention_phrase_resolved_leave_alone(nlp, text, org, phrase):
    assert pairs(nlp, text, [org], **{org: coref(text, phrase)}) == set()


# ---------------------------------------------------------------- a coreference to another party is not trusted

@pytest.mark.parametrize("text, org, phrases", [
    ("Customers include Ardelle Appliances and several European brands. Last year the firm was named a national "
     "little giant.", "Ardelle Appliances", ["the firm"]),
    ("Unlike internet giant Yunshan Group, the manufacturer builds its own chips. The Hangzhou-based firm was named "
     "a national little giant in 2022.", "Yunshan Group", ["the manufacturer", "The Hangzhou-based firm"]),
    ("Feiyue Motion makes gimbals. Its rival Skyward Robotics buys some parts abroad. The Shenzhen-based company "
     "was recognised as a national little giant last year.", "Skyward Robotics", ["The Shenzhen-based company"]),
])
def test_coreference_to_another_party_is_not_trusted(nlp, text, org, phrases):
    spans = [s for p in phrases for s in coref(text, p)["coref_spans"]]
    assert pairs(nlp, text, [org], **{org: {"coref_spans": spans}}) == set()


@pytest.mark.parametrize("text, org, phrase", [
    ("Varno Pumps makes valves for hydrogen stations. Last year the firm was named a national little giant.",
     "Varno Pumps", "the firm"),
    ("Zhou founded Lanxi Optics in 2013 to make industrial cameras. The company was named a national little giant "
     "in 2022.", "Lanxi Optics", "The company"),
    ("Quillon, whose customers include Harbor Bank, lends to small firms. The lender became a unicorn in May.",
     "Quillon", "The lender"),
])
def test_coreference_to_the_firm_the_text_is_about(nlp, text, org, phrase):
    orgs = [org] + (["Harbor Bank"] if "Harbor" in text else [])
    assert pairs(nlp, text, orgs, **{org: coref(text, phrase)}) == {(org, "unicorn" if "unicorn" in text else "little_giant")}


# ---------------------------------------------------------------- a notice's lines of names without bullets

NOTICE = ("Notice on the 2023 list of gazelle enterprises in the high-tech zone\n\nAfter enterprise declaration and "
          "expert review, the following enterprises are identified as 2023 gazelle enterprises:\n\n"
          "Hefei Lingxin Technology Co., Ltd.\nAnhui Ruiyuan Biological Co., Ltd.\n\n"
          "The following enterprises are identified as quasi-gazelle enterprises:\n\nHefei Qingmiao Software Co., Ltd.\n")


@pytest.mark.parametrize("text, orgs, expected", [
    (NOTICE, ["Hefei Lingxin Technology Co., Ltd.", "Anhui Ruiyuan Biological Co., Ltd.", "Hefei Qingmiao Software Co., Ltd."],
     {("Hefei Lingxin Technology Co., Ltd.", "gazelle"), ("Anhui Ruiyuan Biological Co., Ltd.", "gazelle")}),
    ("The city's companies in the fifth batch of national little giants:\nVarno Pumps Co., Ltd.\n"
     "Keldar Motors Co., Ltd. (Xinbei district)\n", ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd."],
     {("Varno Pumps Co., Ltd.", "little_giant"), ("Keldar Motors Co., Ltd.", "little_giant")}),
    ("The new unicorns of the quarter:\n\nPallas Pay\nQuiller Labs\n", ["Pallas Pay", "Quiller Labs"],
     {("Pallas Pay", "unicorn"), ("Quiller Labs", "unicorn")}),
])
def test_lines_of_names_under_an_intro(nlp, text, orgs, expected):
    assert pairs(nlp, text, orgs) == expected


@pytest.mark.parametrize("text, orgs", [
    ("Most of the new unicorns raised money from two funds. Their biggest investors:\nOlden Capital\n"
     "Brackwater Partners\n", ["Olden Capital", "Brackwater Partners"]),
    ("Little giants in the city employ 20,000 people. Contact:\nVarno Pumps Co., Ltd.\n", ["Varno Pumps Co., Ltd."]),
])
def test_lines_of_names_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- "The batch, published by X, includes A, B" after the category

@pytest.mark.parametrize("text, orgs, cat", [
    ("Nineteen local firms were named in the sixth batch of national little giant enterprises, officials said. "
     "The batch, published by the Ministry of Industry and Information Technology (MIIT), includes Hengfa Valves Co, "
     "Baitong Materials Co and Ruimiao Fiber Co.",
     ["Ministry of Industry and Information Technology", "Hengfa Valves Co", "Baitong Materials Co", "Ruimiao Fiber Co"],
     "little_giant"),
    ("The agency certified 12 new gazelle enterprises on Monday. The list, released after a month of public review, "
     "includes Brisk Tiles and Ovo Foods.", ["Brisk Tiles", "Ovo Foods"], "gazelle"),
    ("Eight start-ups became unicorns in the quarter. The list, compiled by a data provider, comprises Pallas Pay "
     "and Quiller Labs.", ["Pallas Pay", "Quiller Labs"], "unicorn"),
])
def test_batch_reference_lists_members(nlp, text, orgs, cat):
    gov = {"Ministry of Industry and Information Technology": {"type": "government", "is_company": False}}
    assert pairs(nlp, text, orgs, **gov) == {(o, cat) for o in orgs if o not in gov}


@pytest.mark.parametrize("text, orgs", [
    ("The agency hopes to certify 12 new gazelle enterprises next year. The list, released on Monday, includes "
     "Brisk Tiles and Ovo Foods.", ["Brisk Tiles", "Ovo Foods"]),
    ("Eight start-ups became unicorns in the quarter. The list of their investors, compiled by a data provider, "
     "includes Olden Capital.", ["Olden Capital"]),
])
def test_batch_reference_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


def test_item_after_another_items_place_is_an_item(nlp):
    text = "The new unicorns are Algolo and Xtapo from the U.S. and Black Pebble Technologies from China."
    orgs = ["Algolo", "Xtapo", "Black Pebble Technologies"]
    assert pairs(nlp, text, orgs) == {(o, "unicorn") for o in orgs}


# ---------------------------------------------------------------- "N enterprises were selected, namely: A, B"

@pytest.mark.parametrize("text, orgs, cat", [
    ('Recently, the ministry announced the fifth batch of specialized, special and new "little giant" enterprises. '
     "A total of 3 enterprises in our district were selected, namely: Suzhou Hengfa Machinery Co., Ltd., "
     "Suzhou Ruimiao Optics Co., Ltd. and Jiangsu Lianfa Materials Co., Ltd.",
     ["Suzhou Hengfa Machinery Co., Ltd.", "Suzhou Ruimiao Optics Co., Ltd.", "Jiangsu Lianfa Materials Co., Ltd."],
     "little_giant"),
    ("The zone published its list of 2023 gazelle enterprises on Monday. Five companies were included, including "
     "Brisk Tiles and Ovo Foods.", ["Brisk Tiles", "Ovo Foods"], "gazelle"),
    ("Eight start-ups became unicorns in the third quarter. Three European firms were named: Pallas Pay, "
     "Quiller Labs and Tindra.", ["Pallas Pay", "Quiller Labs", "Tindra"], "unicorn"),
])
def test_selected_group_lists_members(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("The ministry announced the fifth batch of national little giants. Two enterprises in our district were "
     "removed, namely: Varno Pumps and Keldar Motors.", ["Varno Pumps", "Keldar Motors"]),
    ("The city plans to nurture more little giants. Six enterprises will be selected next year, namely: Varno Pumps "
     "and Keldar Motors.", ["Varno Pumps", "Keldar Motors"]),
    ("The ministry announced the fifth batch of national little giants. Three investors were named as partners, "
     "namely: Olden Capital and Brackwater Partners.", ["Olden Capital", "Brackwater Partners"]),
])
def test_selected_group_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- a headline about an unnamed firm

@pytest.mark.parametrize("text, orgs, expected", [
    ("Berlin repair start-up becomes unicorn after EUR210m round\n\nFlottwerk, a Berlin start-up that repairs ovens, "
     "has raised €210 million in a round led by Northwind Capital. Flottwerk operates in 14 cities.",
     ["Flottwerk", "Northwind Capital"], {("Flottwerk", "unicorn")}),
    ("Chinese bearing maker named national little giant\n\nQinhai Bearing said on Monday it had won a contract "
     "from a jet maker. Qinhai Bearing employs 800 people.", ["Qinhai Bearing"], {("Qinhai Bearing", "little_giant")}),
    ("Swedish tile firm wins Gazelle award\n\nBrisk Tiles doubled its sales in three years. Brisk Tiles now "
     "exports to Norway and supplies Ovo Foods.", ["Brisk Tiles", "Ovo Foods"], {("Brisk Tiles", "gazelle")}),
])
def test_headline_about_the_main_firm(nlp, text, orgs, expected):
    fields = {"Northwind Capital": {"type": "investor"}}
    got = analyse(nlp, text, orgs, **{o: f for o, f in fields.items() if o in orgs})._.category_labels
    assert {(lab["org"], lab["category"]) for lab in got} == expected
    assert all(lab["rule"] == "headline" and lab["basis"] == "implicit" for lab in got)


@pytest.mark.parametrize("text, orgs", [
    # the body's first subject is an investor, not the firm
    ("Berlin start-up becomes unicorn\n\nNorthwind Capital led a €210 million round in Flottwerk. Northwind Capital "
     "also backs Fixoo.", ["Northwind Capital", "Flottwerk", "Fixoo"]),
    # two firms named as often: no main firm
    ("Payments start-up becomes unicorn\n\nPallas Pay raised $200 million. Quiller Labs raised $50 million.",
     ["Pallas Pay", "Quiller Labs"]),
    # the headline's subject is plural: many firms, not the main one
    ("Three Swedish firms win Gazelle awards\n\nBrisk Tiles doubled its sales in three years.", ["Brisk Tiles"]),
])
def test_headline_leave_alone(nlp, text, orgs):
    fields = {"Northwind Capital": {"type": "investor"}}
    assert pairs(nlp, text, orgs, **{o: f for o, f in fields.items() if o in orgs}) == set()


@pytest.mark.parametrize("text, orgs, other, phrases, expected", [
    ("Lanxi Optics makes industrial cameras. Unlike internet giant Yunshan Group, the manufacturer builds its own "
     "chips. The Hangzhou-based firm was named a national little giant in 2022.", ["Lanxi Optics", "Yunshan Group"],
     "Yunshan Group", ["the manufacturer", "The Hangzhou-based firm"], {("Lanxi Optics", "little_giant")}),
    ("Baoxin Micromotor winds motors for robot vacuums. Customers include Ardelle Appliances. Last year the firm was "
     "named a national little giant.", ["Baoxin Micromotor", "Ardelle Appliances"], "Ardelle Appliances",
     ["the firm"], {("Baoxin Micromotor", "little_giant")}),
    ("Olden Capital led the round. Quillon lends to small firms. Its rivals include Harbor Pay. The lender became "
     "a unicorn in May.", ["Olden Capital", "Quillon", "Harbor Pay"], "Harbor Pay", ["The lender"],
     {("Quillon", "unicorn")}),
])
def test_coreference_to_another_party_falls_back_to_the_firm_before(nlp, text, orgs, other, phrases, expected):
    spans = [s for p in phrases for s in coref(text, p)["coref_spans"]]
    fields = {other: {"coref_spans": spans}}
    if "Olden Capital" in orgs:
        fields["Olden Capital"] = {"type": "investor"}
    assert pairs(nlp, text, orgs, **fields) == expected


# ---------------------------------------------------------------- a ranking goes on ("followed by", "The others are")

@pytest.mark.parametrize("text, orgs, cat", [
    ("The county has named its 2024 gazelle enterprises. Topping the list is Brisk Tiles, whose sales tripled in "
     "three years, followed by Ovo Foods and Pell Robotics.", ["Brisk Tiles", "Ovo Foods", "Pell Robotics"], "gazelle"),
    ("Shenzhen added five unicorns in 2023, according to a report. The largest newcomer is Xinghe Robotics. "
     "The others are Lanting AI, Pengcheng Bio and Nanshan Chips.",
     ["Xinghe Robotics", "Lanting AI", "Pengcheng Bio", "Nanshan Chips"], "unicorn"),
    ("The ministry named 30 national little giants in the province. The biggest is Varno Pumps. "
     "The others include Keldar Motors and Tenly Glass.", ["Varno Pumps", "Keldar Motors", "Tenly Glass"],
     "little_giant"),
])
def test_ranking_goes_on(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Shenzhen added five unicorns in 2023. Their investors are mostly local funds. The others are Olden Capital "
     "and Brackwater Partners.", ["Olden Capital", "Brackwater Partners"]),
    ("The county has named its 2024 gazelle enterprises. Brisk Tiles, a tile maker, was backed by Olden Capital, "
     "followed by Brackwater Partners.", ["Olden Capital", "Brackwater Partners"]),
])
def test_ranking_goes_on_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- "joined the unicorn club: A and B"

@pytest.mark.parametrize("text, orgs", [
    ("Two firms joined the unicorn club this month: Pallas Pay and Quiller Labs.", ["Pallas Pay", "Quiller Labs"]),
    ("Three start-ups entered the unicorn club in May - Tindra, Brindle Pay and Corvato - after big rounds.",
     ["Tindra", "Brindle Pay", "Corvato"]),
    ("Two Oslo firms are now in the unicorn club: Fjellpay and Skarv Labs.", ["Fjellpay", "Skarv Labs"]),
])
def test_club_joined_by_a_listed_group(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == {(o, "unicorn") for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Two firms failed to join the unicorn club this month: Pallas Pay and Quiller Labs.", ["Pallas Pay", "Quiller Labs"]),
    ("Investors in the unicorn club: Olden Capital and Brackwater Partners.", ["Olden Capital", "Brackwater Partners"]),
])
def test_club_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


@pytest.mark.parametrize("text, orgs", [
    ("The city named 30 national little giants last year. Candidates for next year's list:\n- Varno Pumps\n"
     "- Keldar Motors\n", ["Varno Pumps", "Keldar Motors"]),
    ("The ministry announced the fifth batch of national little giants. Six enterprises in our district were "
     "selected as candidates for the sixth batch, namely: Varno Pumps and Keldar Motors.", ["Varno Pumps", "Keldar Motors"]),
    ("Eight start-ups became unicorns in May. Firms that no longer qualify:\n- Pallas Pay\n- Quiller Labs\n",
     ["Pallas Pay", "Quiller Labs"]),
])
def test_list_intro_of_candidates_or_losses_gives_nothing(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


def test_peers_of_a_listed_firm_get_nothing(nlp):
    text = ("Corvato became a unicorn in 2019 and listed on Nasdaq last year. That puts Corvato among the likes of "
            "Brindle Pay and Tindra Labs.")
    listed = {"listed": {"evidence": "Corvato ... listed on Nasdaq last year.", "span": [0, 70]}}
    doc = nlp(text)
    doc._.organizations = [
        {"name": n, "aliases": [], "type": "company", "is_company": True, "mentions": 1,
         "mention_spans": [[m.start(), m.end()] for m in re.finditer(re.escape(n), text)], "coref_spans": [],
         "listed": listed["listed"] if n == "Corvato" else None, "acquired": None}
        for n in ["Corvato", "Brindle Pay", "Tindra Labs"]]
    doc._.figures = []
    doc = nlp.get_pipe("giants_categories")(doc)
    assert {(lab["org"], lab["category"]) for lab in doc._.category_labels} == set()


# A definite plural group as the subject of the sentence between the category and the list
# ("The new additions ... They include: A; B") goes on about the group named before.
GROUP_SUBJECT_MUST = [
    ("Forty firms in Anhui were recognised this week as national little giants, the provincial bureau said.\n\n"
     "The new additions, announced by the ministry, work mainly in chips and batteries. They include: Hefei Torvane "
     "Semiconductor Co., Ltd.; Wuhu Lantern Battery Co., Ltd.; and Bengbu Qiyu Glass Co., Ltd.",
     ["Hefei Torvane Semiconductor Co., Ltd.", "Wuhu Lantern Battery Co., Ltd.", "Bengbu Qiyu Glass Co., Ltd."],
     "little_giant"),
    ("Regulators in Shenzhen certified 14 companies as gazelle enterprises on Monday. The companies, all under ten "
     "years old, doubled their sales since 2021. They include Pengxin Drone Co. and Futian Nanoseal Co.",
     ["Pengxin Drone Co.", "Futian Nanoseal Co."], "gazelle"),
    ("The ministry named 31 national little giants in Ningbo last week. The firms must now file yearly reports. "
     "They include Ningbo Hexun Gear Co. and Cixi Lumen Optics Co.",
     ["Ningbo Hexun Gear Co.", "Cixi Lumen Optics Co."], "little_giant"),
]

GROUP_SUBJECT_MUST_NOT = [
    ("Forty firms in Anhui were recognised this week as national little giants, the provincial bureau said.\n\n"
     "The banks that lend to them, mostly state lenders, have cut rates. They include Hefei Torvane Bank and "
     "Anhui Lantern Bank.", ["Hefei Torvane Bank", "Anhui Lantern Bank"]),
    ("The ministry named 31 national little giants in Ningbo last week. Rivals in Zhejiang mostly sell abroad. "
     "They include Ningbo Hexun Gear Co. and Cixi Lumen Optics Co.", ["Ningbo Hexun Gear Co.", "Cixi Lumen Optics Co."]),
]


@pytest.mark.parametrize("text,orgs,cat", GROUP_SUBJECT_MUST)
def test_group_subject_sentence_carries_the_list_on(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text,orgs", GROUP_SUBJECT_MUST_NOT)
def test_other_plural_subject_breaks_the_list(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- a colon list whose items are split by semicolons

@pytest.mark.parametrize("text, orgs, cat", [
    ("The ministry named 40 new national little giants on Friday. They include: Varno Pumps Co., Ltd., which makes "
     "sealed pumps for the heating pipes of district networks; Keldar Motors Co., Ltd., a supplier of servo motors "
     "for packaging lines; and Ostrel Glass Co., Ltd.", ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd.",
                                                        "Ostrel Glass Co., Ltd."], "little_giant"),
    ("Five start-ups became unicorns in May. They are: Pallas Pay, which sells payment terminals to the small "
     "grocers and bakeries of three provinces; Quiller Labs, a maker of robot arms; and Tindra Labs.",
     ["Pallas Pay", "Quiller Labs", "Tindra Labs"], "unicorn"),
    ("The county named six gazelle enterprises. The new gazelles are: Brisk Tiles, whose sales grew from 4 million "
     "to 31 million crowns in the four years to 2024; Ovo Foods; and Lund Kitchens.",
     ["Brisk Tiles", "Ovo Foods", "Lund Kitchens"], "gazelle"),
])
def test_colon_list_items_split_by_semicolons(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs, expected", [
    # without a colon a semicolon ends the list: the clause after it is another statement
    ("Five start-ups became unicorns in May, including Pallas Pay, which sells payment terminals to the small "
     "grocers and bakeries of three provinces; Quiller Labs, a maker of robot arms, raised $5m.",
     ["Pallas Pay", "Quiller Labs"], {("Pallas Pay", "unicorn")}),
    ("The county hopes to name six gazelle enterprises next year. Candidates are: Brisk Tiles, whose sales grew "
     "from 4 million to 31 million crowns in the four years to 2024; and Ovo Foods.",
     ["Brisk Tiles", "Ovo Foods"], set()),
])
def test_colon_list_items_split_by_semicolons_leave_alone(nlp, text, orgs, expected):
    assert pairs(nlp, text, orgs) == expected


# ---------------------------------------------------------------- a notice's list attributed "according to" a source

@pytest.mark.parametrize("text, orgs, cat", [
    ("According to the notice of the ministry, the following enterprises of our district have been identified as "
     "national \"small giant\" enterprises, now publicized as follows:\n\n1. Varno Pumps Co., Ltd.\n"
     "2. Keldar Motors Co., Ltd.\n", ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd."], "little_giant"),
    ("According to the city's data, these firms joined the national little giant list this year:\n- Ostrel Glass\n"
     "- Varno Pumps\n", ["Ostrel Glass", "Varno Pumps"], "little_giant"),
    ("The following enterprises passed the review and continue to keep the \"small giant\" qualification:\n\n"
     "1. Varno Pumps Co., Ltd.\n2. Keldar Motors Co., Ltd.\n", ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd."],
     "little_giant"),
])
def test_notice_list_with_a_source(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("According to the notice, investors in the national little giant fund include:\n- Olden Capital\n"
     "- Brackwater Partners\n", ["Olden Capital", "Brackwater Partners"]),
    ("According to the notice, the following enterprises failed the review and lose the \"small giant\" "
     "qualification:\n\n1. Varno Pumps Co., Ltd.\n2. Keldar Motors Co., Ltd.\n",
     ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd."]),
    ("Mr Chen called the bakery a small giant of the neighbourhood. According to him, its best customers are:\n"
     "- Varno Pumps\n- Keldar Motors\n", ["Varno Pumps", "Keldar Motors"]),
])
def test_notice_list_with_a_source_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- a group described in apposition, then "including"

@pytest.mark.parametrize("text, orgs, cat", [
    ("The city now has 300 national little giants, firms certified by the ministry for mastering a niche "
     "technology, including valve maker Varno Pumps and motor developer Keldar Motors.",
     ["Varno Pumps", "Keldar Motors"], "little_giant"),
    ("The region counts twelve unicorns, companies worth $1bn or more on paper, such as "
     "Pallas Pay and Quiller Labs.", ["Pallas Pay", "Quiller Labs"], "unicorn"),
    ("The county named 31 gazelles, firms whose sales have doubled in four years, including Brisk Tiles, "
     "Ovo Foods and Lund Kitchens.", ["Brisk Tiles", "Ovo Foods", "Lund Kitchens"], "gazelle"),
])
def test_list_after_an_apposition(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("The city now has 300 national little giants, firms backed by state funds including Olden Capital and "
     "Brackwater Partners.", ["Olden Capital", "Brackwater Partners"]),
    ("The region counts twelve unicorns, companies that lean on banks; lenders such as Varno Bank and "
     "Keldar Credit have gained.", ["Varno Bank", "Keldar Credit"]),
])
def test_list_after_an_apposition_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- "They include" after a group that joined a category

@pytest.mark.parametrize("text, orgs, cat", [
    ("Twelve start-ups joined the unicorn club in the quarter. The newcomers raised a combined $4 billion from "
     "investors in the US and Europe. They include Pallas Pay and Quiller Labs.", ["Pallas Pay", "Quiller Labs"],
     "unicorn"),
    ("Twelve start-ups became unicorns in the quarter, most of them backed by funds in the US. They include "
     "Pallas Pay and Quiller Labs.", ["Pallas Pay", "Quiller Labs"], "unicorn"),
    ("Fourteen firms were named national little giants in the fifth batch of 3,000 companies from 31 provinces. "
     "They include Varno Pumps and Keldar Motors.", ["Varno Pumps", "Keldar Motors"], "little_giant"),
    ("The fifth batch of national little giants was published on Monday. The district's entries are Varno Pumps "
     "and Keldar Motors.", ["Varno Pumps", "Keldar Motors"], "little_giant"),
])
def test_they_include_after_a_group(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Twelve start-ups hope to join the unicorn club this year. They include Pallas Pay and Quiller Labs.",
     ["Pallas Pay", "Quiller Labs"]),
    ("Twelve start-ups joined the unicorn club in the quarter, raising money from banks. They include Varno Bank "
     "and Keldar Credit.", ["Varno Bank", "Keldar Credit"]),
    ("Twelve start-ups did not join the unicorn club this year. They include Pallas Pay and Quiller Labs.",
     ["Pallas Pay", "Quiller Labs"]),
    # a later plural outside any relation phrase is the group "They" may mean
    ("Europe minted 12 unicorns in the quarter as investors returned to later rounds. They include Pallas Pay and "
     "Quiller Labs.", ["Pallas Pay", "Quiller Labs"]),
    ("The fifth batch of national little giants was published on Monday. Its rivals' names are Varno Pumps and "
     "Keldar Motors.", ["Varno Pumps", "Keldar Motors"]),
])
def test_they_include_after_a_group_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- numbered places of a ranking named just before

@pytest.mark.parametrize("text, orgs, expected", [
    ("Brisk Tiles tops this year's Gazelle list for the county. The firm makes floor tiles in Lund. In second "
     "place came Ovo Foods, followed by Lund Kitchens.", ["Brisk Tiles", "Ovo Foods", "Lund Kitchens"],
     {"Ovo Foods", "Lund Kitchens"}),
    ("Palsgrave published its unicorn ranking for the region on Monday. Pallas Pay leads the ranking for a third "
     "year. Quiller Labs is second. Tindra Labs follows at $2bn.", ["Pallas Pay", "Quiller Labs", "Tindra Labs"],
     {"Quiller Labs", "Tindra Labs"}),
    ("The ministry's new list of national little giants in the province is topped by Varno Pumps. Second place "
     "went to Keldar Motors.", ["Varno Pumps", "Keldar Motors"], {"Keldar Motors"}),
])
def test_ranked_places(nlp, text, orgs, expected):
    cat = "gazelle" if "Gazelle" in text else "unicorn" if "unicorn" in text else "little_giant"
    assert pairs(nlp, text, orgs) >= {(o, cat) for o in expected}


@pytest.mark.parametrize("text, orgs", [
    ("Pallas Pay became a unicorn in May. Quiller Labs came second in the city's hackathon.",
     ["Pallas Pay", "Quiller Labs"]),
    ("The agency hopes to publish a list of ten gazelles next year. In second place came Ovo Foods.",
     ["Ovo Foods"]),
    ("Palsgrave published its unicorn ranking for the region on Monday. Quiller Labs is not second.",
     ["Quiller Labs"]),
])
def test_ranked_places_leave_alone(nlp, text, orgs):
    assert {o for o, _ in pairs(nlp, text, orgs)} & set(orgs[-1:]) == set()


# ---------------------------------------------------------------- a passive group of firms, then its list after the verb

@pytest.mark.parametrize("text, orgs, cat", [
    ("In the fifth batch of national little giants, 12 enterprises of our city were selected, including Varno "
     "Pumps and Keldar Motors.", ["Varno Pumps", "Keldar Motors"], "little_giant"),
    ("Of this year's national little giants, 40 firms in Wuxi were certified, including Varno Pumps and Keldar "
     "Motors.", ["Varno Pumps", "Keldar Motors"], "little_giant"),
    ("Among this year's gazelle enterprises, nine companies in Lund were recognised, including Brisk Tiles and "
     "Ovo Foods.", ["Brisk Tiles", "Ovo Foods"], "gazelle"),
])
def test_passive_group_then_its_list(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Forty firms in the province were selected as candidates for national little giants, including Varno Pumps "
     "and Keldar Motors.", ["Varno Pumps", "Keldar Motors"]),
    ("Forty firms in Anhui were named national little giants on Friday, and banks lending to them were praised, "
     "including Varno Bank and Keldar Credit.", ["Varno Bank", "Keldar Credit"]),
])
def test_passive_group_then_its_list_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- a notice's group of conferred firms, "(1)" entries

@pytest.mark.parametrize("text, orgs, cat", [
    ("Recently, the ministry announced the fifth batch of national little giant enterprises.\n\nOur county's "
     "certified enterprises:\n(1) Varno Pumps Co., Ltd.\n(2) Keldar Motors Co., Ltd.\n",
     ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd."], "little_giant"),
    ("The agency named this year's gazelle enterprises on Monday. The selected companies:\n- Brisk Tiles\n"
     "- Ovo Foods\n", ["Brisk Tiles", "Ovo Foods"], "gazelle"),
    ("The fifth batch of national little giants was published. Newly recognised firms in Wuxi:\n(1) Varno Pumps\n"
     "(2) Keldar Motors\n", ["Varno Pumps", "Keldar Motors"], "little_giant"),
    ("MIIT announced the fifth batch of national little giants on Friday. Twelve companies from Wuxi made the "
     "list, such as Varno Pumps and Keldar Motors.", ["Varno Pumps", "Keldar Motors"], "little_giant"),
])
def test_conferred_group_entries(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Recently, the ministry announced the fifth batch of national little giant enterprises.\n\nOur county's "
     "recommended enterprises:\n(1) Varno Pumps Co., Ltd.\n(2) Keldar Motors Co., Ltd.\n",
     ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd."]),
    ("MIIT announced the fifth batch of national little giants on Friday. The list of its advisers, such as Varno "
     "Pumps and Keldar Motors, was not published.", ["Varno Pumps", "Keldar Motors"]),
    ("The agency named this year's gazelle enterprises on Monday. The rejected companies:\n- Brisk Tiles\n"
     "- Ovo Foods\n", ["Brisk Tiles", "Ovo Foods"]),
])
def test_conferred_group_entries_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- an aside on a noun phrase the organisations component resolved

@pytest.mark.parametrize("text, org, phrase, cat", [
    ("Varno Pumps makes valves. The company, a national little giant since 2021, employs 300 people.",
     "Varno Pumps", "The company", "little_giant"),
    ("Pallas Pay raised $300m on Monday. The start-up, now a unicorn, plans to hire 200 engineers.",
     "Pallas Pay", "The start-up", "unicorn"),
    ("Brisk Tiles makes tiles in Lund. The firm, one of this year's gazelles, exports to Norway.",
     "Brisk Tiles", "The firm", "gazelle"),
])
def test_apposition_on_a_resolved_phrase(nlp, text, org, phrase, cat):
    assert pairs(nlp, text, [org], **{org: coref(text, phrase)}) == {(org, cat)}


@pytest.mark.parametrize("text, org, phrase", [
    ("Varno Pumps makes valves. The company, a supplier to national little giants, employs 300 people.",
     "Varno Pumps", "The company"),
    ("Varno Pumps, a supplier to national little giants, employs 300 people.", "Varno Pumps", "Varno Pumps"),
    ("Pallas Pay raised $300m on Monday. The company, a former unicorn, plans to hire 200 engineers.",
     "Pallas Pay", "The company"),
])
def test_apposition_on_a_resolved_phrase_leave_alone(nlp, text, org, phrase):
    assert pairs(nlp, text, [org], **{org: coref(text, phrase) if phrase != org else {}}) == set()


# ---------------------------------------------------------------- a plural aside on a list of names

@pytest.mark.parametrize("text, orgs, cat", [
    ("Pallas Pay, Quiller Labs and Tindra Labs, all unicorns, raised money this year.",
     ["Pallas Pay", "Quiller Labs", "Tindra Labs"], "unicorn"),
    ("Varno Pumps and Keldar Motors, both national little giants, opened plants in Wuxi.",
     ["Varno Pumps", "Keldar Motors"], "little_giant"),
    ("Its rivals include Brisk Tiles and Ovo Foods, two gazelles from Lund.", ["Brisk Tiles", "Ovo Foods"], "gazelle"),
])
def test_plural_apposition_on_a_list(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs, expected", [
    ("Olden Capital backed Pallas Pay and Quiller Labs, both unicorns.", ["Olden Capital", "Pallas Pay", "Quiller Labs"],
     {("Pallas Pay", "unicorn"), ("Quiller Labs", "unicorn")}),
    ("Pallas Pay and Quiller Labs, both investors in unicorns, raised money this year.", ["Pallas Pay", "Quiller Labs"],
     set()),
    ("Pallas Pay, Quiller Labs and Tindra Labs, a unicorn, raised money this year.",
     ["Pallas Pay", "Quiller Labs", "Tindra Labs"], {("Tindra Labs", "unicorn")}),
])
def test_plural_apposition_on_a_list_leave_alone(nlp, text, orgs, expected):
    assert pairs(nlp, text, orgs) == expected


# ---------------------------------------------------------------- a notice's list under a heading or a table header

@pytest.mark.parametrize("text, orgs", [
    ("Attachment: List of the fifth batch of national specialized and sophisticated \"little giant\" enterprises\n\n"
     "1. Varno Pumps Co., Ltd.\n2. Keldar Motors Co., Ltd.\n", ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd."]),
    ("List of the fifth batch of national \"little giant\" enterprises\n\nVarno Pumps Co., Ltd.\nKeldar Motors Co., Ltd.\n",
     ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd."]),
    ("The list of the fifth batch of national \"little giant\" enterprises in our district is as follows:\n"
     "Serial number Enterprise name District\n1 Varno Pumps Co., Ltd. Wujin\n2 Keldar Motors Co., Ltd. Xinbei\n",
     ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd."]),
])
def test_notice_heading_and_table(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == {(o, "little_giant") for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("List of candidates recommended for the national little giant title\n\n1. Varno Pumps Co., Ltd.\n"
     "2. Keldar Motors Co., Ltd.\n", ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd."]),
    ("List of investors in the national little giant fund\n\n1. Olden Capital\n2. Brackwater Partners\n",
     ["Olden Capital", "Brackwater Partners"]),
    ("Enterprises that failed the review of the national little giant list are as follows:\n"
     "Serial number Enterprise name\n1 Varno Pumps Co., Ltd.\n2 Keldar Motors Co., Ltd.\n",
     ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd."]),
])
def test_notice_heading_and_table_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


# ---------------------------------------------------------------- "its ... title": a pronoun's own status

@pytest.mark.parametrize("text, org, cat", [
    ("Varno Pumps makes valves in Wuxi. Its national little giant title was renewed in July.", "Varno Pumps",
     "little_giant"),
    ("Pallas Pay raised $300m in May. Its unicorn status makes hiring easier, the chief executive said.",
     "Pallas Pay", "unicorn"),
    ("Brisk Tiles doubled its sales in three years. Its gazelle designation was confirmed by the county in June.",
     "Brisk Tiles", "gazelle"),
])
def test_its_title(nlp, text, org, cat):
    assert pairs(nlp, text, [org], **{org: coref(text, "Its")}) == {(org, cat)}


@pytest.mark.parametrize("text, org", [
    ("The Daily Ledger publishes a ranking each spring. The paper names its 2025 gazelles today.", "The Daily Ledger"),
    ("Pallas Pay raised $300m in 2021. Its unicorn status was revoked in May.", "Pallas Pay"),
    ("Varno Pumps makes valves in Wuxi. Its supplier's national little giant title was renewed in July.",
     "Varno Pumps"),
])
def test_its_title_leave_alone(nlp, text, org):
    assert pairs(nlp, text, [org], **{org: coref(text, "its") if "its" in text else coref(text, "Its")}) == set()


# ---------------------------------------------------------------- a colon at a line's end: the names on the next line

@pytest.mark.parametrize("text, orgs, cat", [
    ("The fifth batch of national little giant enterprises (12 in total):\nVarno Pumps Co., Ltd., Keldar Motors Co., "
     "Ltd., Ostrel Glass Co., Ltd.\n", ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd.", "Ostrel Glass Co., Ltd."],
     "little_giant"),
    ("This year's new unicorns in the region:\nPallas Pay, Quiller Labs and Tindra Labs.\n\nThe city hopes for more.",
     ["Pallas Pay", "Quiller Labs", "Tindra Labs"], "unicorn"),
    ("The county's new gazelles:\n\nBrisk Tiles, a maker of floor tiles; Ovo Foods, which bakes rye bread for the "
     "schools and hospitals of three towns; and Lund Kitchens.\n", ["Brisk Tiles", "Ovo Foods", "Lund Kitchens"],
     "gazelle"),
])
def test_colon_then_names_on_the_next_line(nlp, text, orgs, cat):
    assert pairs(nlp, text, orgs) == {(o, cat) for o in orgs}


@pytest.mark.parametrize("text, orgs", [
    ("Investors in this year's new unicorns:\nOlden Capital, Brackwater Partners\n", ["Olden Capital", "Brackwater Partners"]),
    ("Candidates for the national little giant list:\nVarno Pumps, Keldar Motors\n", ["Varno Pumps", "Keldar Motors"]),
    ("The new unicorns in the region:\n\nThe city hopes for more. Pallas Pay and Quiller Labs raised money.",
     ["Pallas Pay", "Quiller Labs"]),
])
def test_colon_then_names_on_the_next_line_leave_alone(nlp, text, orgs):
    assert pairs(nlp, text, orgs) == set()


def test_bulleted_list_ends_before_the_next_paragraph(nlp):
    text = ("The following enterprises keep the national \"small giant\" qualification:\n\n1. Varno Pumps Co., Ltd.\n"
            "2. Keldar Motors Co., Ltd.\n\nOstrel Glass Co., Ltd. did not pass the review and its qualification is "
            "cancelled.\n")
    orgs = ["Varno Pumps Co., Ltd.", "Keldar Motors Co., Ltd.", "Ostrel Glass Co., Ltd."]
    assert pairs(nlp, text, orgs) == {(o, "little_giant") for o in orgs[:2]}
