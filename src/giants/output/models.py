"""The output of `analyze`: the one definition of its JSON.

Field names follow the output contract (docs/output-contract.md). Fields may be
added; renaming or removing one is a breaking change and bumps SCHEMA_VERSION.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

OrgType = Literal["company", "investor", "government", "exchange", "university", "media", "ngo", "other"]
Basis = Literal["explicit", "criterion", "implicit"]
FigureKind = Literal["valuation", "funding", "revenue", "growth_rate", "count", "other"]
PlaceKind = Literal["country", "region", "city", "other"]
FigureTime = Literal["current", "past", "target", "rumoured", "negated"]
Qualifier = Literal["exact", "approx", "lower_bound", "upper_bound", "range"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    path: str = Field(description='Input path, "-" for standard input, or the URL')
    title: str | None = Field(None, description="First line when it reads as a headline, else null")
    published: str | None = Field(None, description="ISO date (YYYY-MM-DD) when the text states one")
    site: str | None = Field(None, description="Site name, for a web page that states one")
    language: str = "en"
    characters: int = Field(0, description="Length of the analysed text in characters")


class Figure(_Model):
    text: str = Field(description="Exact span of the input text")
    span: tuple[int, int] = Field(description="Character offsets [start, end) in the input text")
    kind: FigureKind = "other"
    value: float | None = Field(None, description="The number, scales applied (a range gives its low end)")
    value_max: float | None = Field(None, description="High end of a range, else null")
    qualifier: Qualifier = Field("exact", description="exact, approx, lower_bound ('more than'), upper_bound ('up to'), range")
    unit: str | None = Field(None, description='ISO 4217 code, "%", or null for plain counts')
    usd: float | None = Field(None, description="US$ equivalent where the currency is known")
    usd_source: Literal["article", "rate_table"] | None = Field(
        None, description="Where the US$ figure comes from: stated in the article, or the rate table")
    rate_date: str | None = Field(None, description="Date of the rate used (the ECB day, or the rate file's as-of date)")
    rate_source: Literal["ecb", "rates_toml", "rates_file", "usd"] | None = Field(
        None, description="Which rate gave `usd`: ecb (ECB reference rate of rate_date), rates_toml (built-in "
                          "table), rates_file (--rates), usd (already US$); null when not converted")
    about: str | None = Field(None, description="Short phrase saying what the figure measures")
    subject: str | None = Field(
        None, description="Whose figure it is: the organisation's canonical name (as in `organizations`), or the "
                          "market or sector phrase it measures; null when unclear")
    subject_kind: Literal["organization", "market"] | None = Field(
        None, description="organization: `subject` names an organisation; market: `subject` is a market or sector "
                          "(a market's size or growth is never a company's); null when there is no subject")
    time: FigureTime | None = Field(
        None, description="When the figure holds, for money and growth figures: current, past (an earlier value, "
                          "e.g. before an acquisition), target (a goal or forecast), rumoured (talks, reports, "
                          "unconfirmed terms; a done deal that unnamed sources only tell is current), negated (the text denies it: \"is not raising at a $2bn valuation\"); null for counts, "
                    "shares and thresholds")
    year: int | None = Field(
        None, description="The year the figure is stated for, named right after it ('$2.1 million in 2021', "
                          "'$5.4 million (2022)'); null when none")
    period_years: int | None = Field(
        None, description="For kind growth_rate, and for an amount stated as a change from one level to another "
                          "('from $1.1m to $19.8m'): how many years the text says the rate or change runs over "
                          "('over three years', 'from 2019 to 2023', 'since 2020', 'the fourth year in a row'; 1 for "
                          "'in a single year'); null when no period is stated")
    per_year: bool | None = Field(
        None, description="For kind growth_rate: true when the rate is stated per year ('a year', 'CAGR', 'annual')")
    market_value: bool = Field(
        False, description="For kind valuation: true when it is a traded market value (a listed company's market "
                           "capitalisation, a token's market value, a firm's bracketed value as the yardstick of a "
                           "comparison with listed firms), not a private valuation")


class CategoryLabel(_Model):
    category: str = Field(description="little_giant | unicorn | decacorn | gazelle (more ids may be added)")
    basis: Basis
    evidence: str = Field(description="The sentence(s) supporting the label, verbatim")
    span: tuple[int, int] = Field(description="Character offsets of the evidence in the input text")
    confidence: float = Field(ge=0.0, le=1.0)
    figure: Figure | None = Field(None, description="For basis=criterion: the figure that meets the threshold")
    definition: str | None = Field(None, description='Which definition fired, e.g. "private, valued at US$1bn or more"')
    rule: str | None = Field(None, description="Which mechanism tied the label to the organisation: apposition, copula, "
                             "naming_verb, premodifier, possessive, list, relative_clause, coreference, ellipsis, headline, "
                             "valuation, growth")


class OrgStatus(_Model):
    evidence: str = Field(description="The sentence that states it, verbatim")
    span: tuple[int, int] = Field(description="Character offsets of the evidence in the input text")


class OrgParent(_Model):
    name: str = Field(description="The owning organisation, as its entry in organizations is named")
    evidence: str = Field(description="The sentence that states it, verbatim")
    span: tuple[int, int] = Field(description="Character offsets of the evidence in the input text")


class PastCategory(_Model):
    category: str = Field(description="A category the text says the organisation held and no longer holds")
    evidence: str = Field(description="The sentence saying the status is past or lost, verbatim")
    span: tuple[int, int] = Field(description="Character offsets of the evidence in the input text")


class Organization(_Model):
    name: str = Field(description="Fullest form in the text")
    aliases: list[str] = Field(default_factory=list, description="Other surface forms in the same text")
    type: OrgType = "other"
    is_company: bool = False
    mentions: int = 0
    listed: OrgStatus | None = Field(None, description="Set when the text states the organisation is listed "
                                     "(on an exchange, IPO'd, a ticker, a traded share price)")
    acquired: OrgStatus | None = Field(None, description="Set when the text states another party bought it")
    parent: OrgParent | None = Field(None, description="Set when the text states another named organisation owns "
                                     "it (a subsidiary, unit, arm or division of it, owned by it, part of it)")
    founded: int | None = Field(None, description="The founding year the text states ('founded in 1974'); the "
                                "earliest when it states several")
    mature: OrgStatus | None = Field(None, description="Set when the text describes it as an old or large established "
                                     "firm ('the century-old brewer', 'X, China's largest steel producer')")
    ranking: bool = Field(False, description="True when its name is a ranking's or publication's, followed by the "
                                            "ranking's size ('the Fortune 500', 'this year's Growth 250')")
    categories: list[CategoryLabel] = Field(default_factory=list)
    past_categories: list[PastCategory] = Field(
        default_factory=list, description="Statuses the text says are past or lost ('a former unicorn')")


class Person(_Model):
    name: str
    role: str | None = None
    organization: str | None = None


class Place(_Model):
    name: str
    kind: PlaceKind = "other"


class Sector(_Model):
    id: str
    label: str
    score: float
    terms: list[str] = Field(default_factory=list, description="Terms that matched in the text")


class Keyphrase(_Model):
    text: str
    span: tuple[int, int] = Field(description="First occurrence in the input text")
    score: float


class Analysis(_Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    gist: str = ""
    gist_spans: list[tuple[int, int]] = Field(default_factory=list, description="Offsets of the gist sentences")
    categories_discussed: list[str] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    sectors: list[Sector] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    keyphrases: list[str] = Field(default_factory=list)
    keyphrase_spans: list[Keyphrase] = Field(default_factory=list, description="Keyphrases with offsets and scores")
    warnings: list[str] = Field(default_factory=list, description="Input problems that did not stop the analysis")
    error: str | None = Field(None, description="Set when the input could not be analysed (batch records)")


def json_schema() -> dict:
    return Analysis.model_json_schema()
