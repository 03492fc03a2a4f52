"""Known bodies with a first-trading year (`listed_since` in bodies.toml): business news values
such companies in passing ("X, worth $300bn") without saying they are listed. In an article from
a later year the organisation gets a `listed` fact, so its market value never makes it a unicorn
or decacorn. An article from the listing year or before, an undated article stating no year for
a firm listed after orgfacts' undated_year, and an invented private firm keep the label."""

import pytest

from giants.errors import DataFileError
from giants.organisations.names import load_rules


def _org(analysis, name):
    return next(o for o in analysis.organizations if o.name == name)


def _cats(org):
    return {getattr(c, "category", c) for c in org.categories}


@pytest.mark.parametrize("text, name, since", [
    ("Toyota, worth $250 billion, reported higher sales of hybrid cars.", "Toyota", 1949),
    ("Published: 2021-06-01\nShopify, valued at $90 billion, reported higher sales from its merchants.", "Shopify", 2015),
    ("Published: 2021-03-04\nSnowflake is now valued at $70 billion, and its data cloud keeps growing.",
     "Snowflake", 2020),
    ("Published: 2019-05-02\nNetflix Inc., worth some $150 billion, added eight million subscribers in the quarter.", "Netflix", 2002),
])
def test_a_long_listed_company_valued_in_passing_is_listed(analyze, text, name, since):
    a = analyze(text)
    org = next(o for o in a.organizations if o.name.startswith(name))
    assert org.listed is not None
    assert f"shares traded since {since}" in org.listed.evidence
    assert text[org.listed.span[0]:org.listed.span[1]].startswith(name)
    assert not _cats(org) & {"unicorn", "decacorn"}


def test_an_invented_private_firm_keeps_its_decacorn_label(analyze):
    a = analyze("Quorvance Robotics, valued at $12 billion after its Series D round, plans to expand into Europe.")
    org = _org(a, "Quorvance Robotics")
    assert org.listed is None
    assert "decacorn" in _cats(org)


@pytest.mark.parametrize("text, name", [
    # published before the first trade
    ("Published: 2018-10-11\nSnowflake, valued at $3.5 billion after its latest funding round, hired 200 engineers.",
     "Snowflake"),
    # published in the listing year: maybe before the first trade
    ("Published: 2020-02-07\nSnowflake was valued at $12.4 billion after its latest funding round.", "Snowflake"),
    # undated, no year stated: a listing after the undated year is not assumed
    ("Shopify, valued at $3 billion by its venture backers, hired 200 engineers.", "Shopify"),
    # no published date: the latest year the text states is the article's
    ("Database maker MongoDB was valued at $1.6 billion in 2016 by its private investors.",
     "MongoDB"),
])
def test_an_article_from_before_the_listing_sets_no_listed_fact(analyze, text, name):
    a = analyze(text)
    org = next(o for o in a.organizations if o.name.startswith(name))
    assert org.listed is None


def test_a_reference_only_body_is_not_searched_for_as_a_word(nlp):
    doc = nlp("Investors said the merger talks would melt like a snowflake in spring, and no snowflake survives a warm market.")
    assert not any("snowflake" in o["name"].lower() for o in doc._.organizations)


def test_listed_since_must_be_a_year(tmp_path):
    extra = tmp_path / "bodies.toml"
    extra.write_text('[[bodies]]\nname = "Zentrow Systems"\ntype = "company"\nlisted_since = "soon"\n')
    with pytest.raises(DataFileError):
        load_rules(str(extra))
