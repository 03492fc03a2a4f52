"""Organisation mechanisms added for recall and precision: trade nouns in apposition, names that
open with a number after a firm noun, a reduced "X listed" clause, quantities opening a sentence,
a surname after a job title, and places inside a list of firms. Names are invented."""

from __future__ import annotations

import pytest


def names(nlp, text):
    return {o["name"]: o for o in nlp(text)._.organizations}


# --------------------------------------------------------------------------- trade nouns

@pytest.mark.parametrize("text, name", [
    ("Not every firm is growing. Brenholt Metaal, a steel trader founded in 1971, said its sales fell.",
     "Brenholt Metaal"),
    ("Pay is rising. Carrow Search, a Leeds headhunter that fills roles for banks, says fees doubled.",
     "Carrow Search"),
    ("Sunvik Energi, a solar installer that grew 80% last year, was left off the list.", "Sunvik Energi"),
    ("Also ranked was Pellam Freight, a same-day courier, which doubled its turnover.", "Pellam Freight"),
])
def test_a_trade_noun_in_apposition_makes_a_firm(nlp, text, name):
    orgs = names(nlp, text)
    assert name in orgs
    assert orgs[name]["is_company"] is True


@pytest.mark.parametrize("text, person", [
    ("Prices rose again, said Anna Kowalski, a steel trader in Gdansk.", "Anna Kowalski"),
    ("Lindqvist Berg, a former steel trader, said the market was calm.", "Lindqvist Berg"),
    ("Sorsa Halme, a retired courier, said deliveries slowed.", "Sorsa Halme"),
    ("John Miller, a recruiter at a bank, said hiring had slowed.", "John Miller"),
])
def test_a_trade_noun_does_not_make_a_person_a_firm(nlp, text, person):
    assert person not in names(nlp, text)


# --------------------------------------------------------------------------- numbered names

@pytest.mark.parametrize("text, name", [
    ("The report was written with venture capital firm 500 Harbours and the platform Magnoli.", "500 Harbours"),
    ("Esports company 100 Ravens raised $10 million last week.", "100 Ravens"),
    ("The seed round was led by investment firm 21 Pines Capital, the founders said.", "21 Pines Capital"),
])
def test_a_name_opening_with_a_number_after_a_firm_noun(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize("text", [
    "The figures come from the firm 2023 Annual Report published in May.",   # a year, not a name
    "The firm hired 300 engineers in Berlin last year.",         # a count, not a name
])
def test_no_numbered_name_without_a_capitalised_name(nlp, text):
    orgs = names(nlp, text)
    assert not any(name[:1].isdigit() for name in orgs)


# --------------------------------------------------------------------------- "X listed ..."

@pytest.mark.parametrize("text, found", [
    ("Listings\nOrvale and Tessik listed earlier this month, reviving the market.", {"Orvale", "Tessik"}),
    ("Deals\nBramora and Kelvix listed last week after two delays.", {"Bramora", "Kelvix"}),
    ("Markets\nQuellon and Dravik floated in March, the first listings this year.", {"Quellon", "Dravik"}),
])
def test_a_name_with_a_reduced_listed_clause_is_a_firm(nlp, text, found):
    assert found <= set(names(nlp, text))


@pytest.mark.parametrize("text, absent", [
    ("Shares in the ten companies listed by the index rose.", "Shares"),
    ("The items listed below were approved by the board.", "The items"),
])
def test_listed_by_someone_names_no_firm(nlp, text, absent):
    assert absent not in names(nlp, text)


# --------------------------------------------------------------------------- quantities

@pytest.mark.parametrize("text, word", [
    ("The lender grew fast. Revenue reached £86 million last year.", "Revenue"),
    ("The firm sells through dealers. Exports made up 64% of its sales in 2018.", "Exports"),
    ("Orders were strong. Shipments rose 12% in the quarter.", "Shipments"),
])
def test_a_quantity_opening_a_sentence_is_no_organisation(nlp, text, word):
    assert word not in names(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Revenue Labs, a billing start-up, raised $12 million.", "Revenue Labs"),
    ("Investors in Sales Ninja include the start-up fund Korvo Ventures.", "Korvo Ventures"),
])
def test_names_holding_a_quantity_word_are_kept(nlp, text, name):
    assert name in names(nlp, text)


# --------------------------------------------------------------------------- surnames

@pytest.mark.parametrize("text, surname", [
    ("Its co-founder Wanjiru Kamau said on Thursday the company closed a round. Kamau said it would grow.",
     "Kamau"),
    ("Chief executive Tomas Reinholt said sales rose. Reinholt said more stores would open.", "Reinholt"),
    ("Managing director Priya Raman said exports grew. Raman said the plant was full.", "Raman"),
])
def test_the_surname_of_a_titled_person_is_no_organisation(nlp, text, surname):
    orgs = names(nlp, text)
    assert surname not in orgs
    assert not any(surname in name for name in orgs)


def test_a_firm_whose_name_follows_a_title_elsewhere_is_kept(nlp):
    text = ("Halvard Robotics raised $30 million. The chief executive of Halvard Robotics said Halvard "
            "would hire 200 engineers.")
    assert "Halvard Robotics" in names(nlp, text)


# --------------------------------------------------------------------------- places in a list

@pytest.mark.parametrize("text, place", [
    ("It is followed by Lucerna Dental Group, a chain of clinics in Gothenburg and Uddevalla, and Ekeby Foods, "
     "which makes meals.", "Uddevalla"),
    ("Next came Brask Logistics, with depots in Tartu and Parnu, and Vellio Foods.", "Parnu"),
    ("The ranking includes Orsa Tools, with plants in Kolding and Vejle, and Nimbra Health.", "Vejle"),
])
def test_a_place_beside_a_place_is_not_listed_as_a_firm(nlp, text, place):
    assert place not in names(nlp, text)


def test_the_firms_of_the_list_stay(nlp):
    text = ("It is followed by Lucerna Dental Group, a chain of clinics in Gothenburg and Uddevalla, "
            "and Ekeby Foods, which makes meals.")
    orgs = names(nlp, text)
    assert {"Lucerna Dental Group", "Ekeby Foods"} <= set(orgs)


# --------------------------------------------------------------------------- a headline's short form

@pytest.mark.parametrize("text, name, short", [
    ("Deals of the week: Corvex, Tamsin and more\nIn China, online pharmacy Tamsin Health closed a Series C, "
     "and people close to the deal said Tamsin's valuation rose to 9 billion yuan.", "Tamsin Health", "Tamsin"),
    ("Weekly roundup: Velmora, Orbly and a quiet week\nThe payments start-up Velmora Pay raised $40 million. "
     "Velmora said it would hire 200 people.", "Velmora Pay", "Velmora"),
    ("Kestry, Lumio lead the week's rounds\nKestry Cloud, a hosting firm, raised $25 million on Monday. "
     "Investors said Kestry had doubled its revenue.", "Kestry Cloud", "Kestry"),
])
def test_a_headline_short_form_joins_the_full_name_below(nlp, text, name, short):
    orgs = names(nlp, text)
    assert name in orgs
    assert short not in orgs
    assert short in orgs[name]["aliases"]


@pytest.mark.parametrize("text, group, unit", [
    ("Tamsin raised $2bn for its cloud arm. Its unit Tamsin Cloud will build data centres, and Tamsin said "
     "profits rose.", "Tamsin", "Tamsin Cloud"),
    ("Corvane posted record sales on Monday. Its payments arm, Corvane Pay, grew fastest, Corvane said.",
     "Corvane", "Corvane Pay"),
])
def test_a_group_named_before_its_unit_in_the_body_stays_apart(nlp, text, group, unit):
    orgs = names(nlp, text)
    assert group in orgs and unit in orgs


# --------------------------------------------------------------------------- bullet blocks

@pytest.mark.parametrize("text, found", [
    ("The ranking lists these entries:\n\n- Qorvane Robotics (Osaka, robots): 180 billion yen\n"
     "- Quorvash Pay (London, payments): £7.4 billion\n- Tessmere Therapeutics (Paris, gene therapy): €1.2 billion\n"
     "- Grouper Freight (Singapore, freight software): S$1.9 billion\n\nThe list is updated each year.",
     {"Quorvash Pay", "Grouper Freight"}),
    ("New entries this quarter:\n1. Orbly Technologies: $1.2 billion\n2. Tapti Ledger: $1.1 billion\n"
     "3. Velmora Holdings Ltd: $1.0 billion\n\nAll three raised money in 2024.", {"Tapti Ledger"}),
    ("Winners by sector:\n• Brightpeak Energy - solar\n• Harbour Loop - logistics\n• Tamsin Foods Co - snacks\n"
     "• Quill Lane - fintech\n", {"Harbour Loop", "Quill Lane"}),
])
def test_items_of_a_bullet_block_with_firms_are_firms(nlp, text, found):
    assert found <= set(names(nlp, text))


@pytest.mark.parametrize("text, absent", [
    ("Where the firms are:\n- Shanghai: 120 firms\n- Shenzhen: 95 firms\n- Hangzhou: 60 firms\n",
     {"Shanghai", "Shenzhen", "Hangzhou"}),
    ("Speakers:\n- Jane Doe (CEO, Orbly Technologies)\n- John Smith (CFO, Velmora Holdings Ltd)\n"
     "- Maria Rossi (partner, Tamsin Capital)\n", {"Jane Doe", "John Smith", "Maria Rossi"}),
    ("Sectors to watch:\n- Fintech: 20 deals\n- Healthcare: 12 deals\n- Robotics: 9 deals\n",
     {"Fintech", "Healthcare", "Robotics"}),
])
def test_bullet_blocks_of_places_people_or_sectors_name_no_firm(nlp, text, absent):
    assert not absent & set(names(nlp, text))


# An amount the tagger takes for a name ("R$600m") is no organisation; names with digits stay.
MONEY_SHAPED = [
    ("The payments start-up said it had raised R$600m from Sardela Capital, at a valuation of R$6bn.",
     {"R$600m", "R$6bn"}, "Sardela Capital"),
    ("Lisbon-based Vantora closed a €40m round led by Northgate Partners.", {"€40m"}, "Vantora"),
    ("Fintech firm Dockvane raised HK$300m from Kowloon Ventures last year.", {"HK$300m"}, "Dockvane"),
]


@pytest.mark.parametrize("text,amounts,firm", MONEY_SHAPED)
def test_amounts_are_no_organisations(analyze, text, amounts, firm):
    names = {o.name for o in analyze(text).organizations}
    assert not names & amounts
    assert firm in names


@pytest.mark.parametrize("name", ["01.AI", "1Password"])
def test_digit_names_are_not_amounts(name):
    from giants.organisations.verdicts import money_shaped

    assert not money_shaped(name)
    assert money_shaped("R$600m") and money_shaped("€4bn")
