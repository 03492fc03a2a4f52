"""When a figure holds, in years: every figure gains `year` (the year it is stated for, right
after it: "$2.1 million in 2021"); each growth figure and each change of an amount from one level to
another ("from $1.1m to $19.8m") gains `period_years` (the years the text says
the rate covers: "over three years", "from 2019 to 2023", "since 2020", "for the fourth year in a
row", one year for "in a single year alone") and `per_year` (the rate is stated per year:
"a year", "CAGR"). A figure with no stated period keeps `period_years` None."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from giants.data import builtin
from giants.organisations.standing import cue_before, founded_words

YEAR = re.compile(r"^(19|20)\d{2}$")


def year_of(tok) -> int | None:
    """A year token: "2023", or a fiscal year "FY23" / "FY2023"."""
    t = tok.text
    if YEAR.match(t):
        return int(t)
    if t[:2].upper() == "FY" and t[2:].isdigit() and len(t[2:]) in (2, 4):
        return int(t[2:]) + (2000 if len(t[2:]) == 2 else 0)
    return None


def stated_year(doc: Doc, sp) -> int | None:
    """The year an amount is stated for, right after it: "$2.1 million in 2021", "$5.4 million (2022)",
    also after the noun the amount modifies ("a $50 billion valuation in 2011")."""
    end = sp.end
    if end < len(doc) and doc[end].pos_ == "NOUN" and sp.root.head.i == end:
        end += 1  # the noun the amount modifies
    for t in doc[end:min(len(doc), end + 3)]:
        y = year_of(t)
        if y is not None:
            return y
        if t.lower_ not in ("in", "for", "(", "during", "by"):
            return None
    return None


def is_change(f: dict) -> bool:
    """An amount stated as a change from one level to another ("revenue climbed from $1.1m to
    $19.8m"): the figures component's range whose text opens with "from"."""
    return f.get("qualifier") == "range" and (f.get("text") or "").lower().startswith("from ") \
        and f.get("value") is not None and f.get("value_max") is not None


def article_year(doc: Doc) -> int | None:
    """The article's year: its publication date's, else (an undated text) the latest year it names."""
    published = getattr(doc._, "published", None)
    if isinstance(published, str) and published[:4].isdigit():
        return int(published[:4])
    return max((int(t.text) for t in doc if YEAR.match(t.text)), default=None)


class Periods:
    def __init__(self, nlp: Language, name: str = "giants_periods"):
        data = builtin("periods")
        self.words = {k: {str(w).lower() for w in v} for k, v in data.items() if isinstance(v, list)}
        self.numbers = {k.lower(): int(v) for k, v in data.get("number_words", {}).items()}
        self.ordinals = {k.lower(): int(v) for k, v in data.get("ordinal_words", {}).items()}
        self.founded = founded_words()  # a founding year opens no period (the organisations' cue words)

    def __call__(self, doc: Doc) -> Doc:
        now = article_year(doc)
        for f in doc._.figures or []:
            sp = doc.char_span(*f["span"], alignment_mode="expand") if isinstance(f, dict) and f.get("span") else None
            if sp is None:
                continue
            f["year"] = stated_year(doc, sp)
            if f.get("kind") == "growth_rate" or is_change(f):
                f["period_years"], f["per_year"] = self.period(doc, sp.sent, now)
        return doc

    def _has(self, sent, key: str) -> bool:
        words = " " + " ".join(t.lower_ for t in sent) + " "
        return any(f" {w} " in words for w in self.words.get(key, ()))

    def period(self, doc: Doc, sent, now: int | None) -> tuple[int | None, bool]:
        """(years, per year) of a growth figure in `sent`."""
        per_year = self._has(sent, "yearly_words")
        if self._has(sent, "single_period_words"):
            return 1, per_year
        years = self.years(doc, sent, now)
        return (years if years is not None else self.ranking_period(doc, sent, now)), per_year

    def years(self, doc: Doc, sent, now: int | None) -> int | None:
        """How many years a sentence says a rate runs over: "over three years", "the past four
        financial years", "from 2019 to 2023", "between FY21 and FY24", "every year since 2020"
        (to the article's year), or "over the period" of a sentence before."""
        toks = list(sent)
        for i, t in enumerate(toks):
            if self._in_goal(t):
                continue  # "its goal of five plants in four years": a plan's span, not the rate's
            n = self.numbers.get(t.lower_) or (int(t.text) if t.text.isdigit() and len(t.text) <= 2 else None)
            after = [x.lower_ for x in toks[i + 1:i + 3]]
            if n and after and (after[0] in ("years", "year", "-year", "consecutive", "straight") or after == ["-", "year"] or (
                    after[0] in ("financial", "fiscal", "full", "consecutive") and after[1:2] == ["years"])) \
                    and not (i + 2 < len(toks) and toks[i + 2].lower_ in ("old", "ago", "later")):
                return n
        low = [t.lower_ for t in toks]
        for i, t in enumerate(toks):
            # "for the fourth year in a row", "a fifth consecutive year"
            n = self.ordinals.get(t.lower_)
            if n:
                window = " " + " ".join(low[i + 1:i + 6]) + " "
                if any(f" {w} " in window for w in self.words.get("streak_words", ())) and \
                        ("year" in low[i + 1:i + 4] or "years" in low[i + 1:i + 4]):
                    return n
        years = [y for i, t in enumerate(toks) if (y := year_of(t)) is not None
                 and not cue_before(low, i, self.founded)]  # a founding year is no span
        if len(years) >= 2 and 0 < max(years) - min(years) <= 30:
            return max(years) - min(years)
        if now is not None:
            for i, t in enumerate(toks[:-1]):
                y = year_of(toks[i + 1])
                if t.lower_ == "since" and y is not None and 0 < now - y <= 30:
                    return now - y
        if "period" in {t.lower_ for t in toks} and sent.start > 0:
            return self.years(doc, doc[sent.start - 1].sent, now)  # "over the period" named just before
        return None

    def _in_goal(self, tok) -> bool:
        """The token sits in a phrase a goal or plan noun governs ("on track to meet its goal of
        achieving five nodes in four years", "a plan to double sales within three years")."""
        goals = self.words.get("goal_words", set())
        return any(a.lemma_.lower() in goals or a.lower_ in goals for a in list(tok.ancestors)[:6])

    def ranking_period(self, doc: Doc, sent, now: int | None) -> int | None:
        """The period a ranking measures growth over, stated earlier in the text ("the list ranks
        firms by their revenue growth between 2014 and 2017"): an entrant's growth stated without
        a period of its own is over that one."""
        for prev in doc.sents:
            if prev.start >= sent.start:
                break
            low = {t.lower_ for t in prev} | {t.lemma_.lower() for t in prev}
            if low & self.words.get("ranking_words", set()) and low & self.words.get("growth_nouns", set()):
                years = self.years(doc, prev, now)
                if years is not None:
                    return years
        return None


@Language.factory("giants_periods")
def make_periods(nlp: Language, name: str) -> Periods:
    return Periods(nlp, name)
