"""Helpers for the category engine: phrase regexes, sentence units, money and growth parsing.

Kept apart from categories.py so the engine reads as the rules it applies.
"""

from __future__ import annotations

import math
import re

QUOTES = "\"'“”‘’"
_WORD_RE = re.compile(r"[A-Za-z]")


def phrase_pattern(phrase: str) -> str:
    """Regex source for a vocabulary phrase: spaces match hyphens/spaces, quotes may sit between words."""
    words = phrase.split()
    parts = []
    for w in words:
        parts.append(r"[\s\-]*".join(re.escape(p) for p in w.split("-")) if "-" in w and len(w) > 1 else re.escape(w))
    body = rf"(?:[\s\-]+[{QUOTES}]?|[{QUOTES}][\s\-]*)".join(parts)
    if _WORD_RE.search(phrase[:1] or "") or phrase[:1].isdigit():
        body = r"(?<![\w])" + body
    if _WORD_RE.search(phrase[-1:] or "") or phrase[-1:].isdigit():
        body = body + r"(?![\w])"
    return body


def phrases_regex(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern | None:
    """One alternation over phrases, longest first so the fullest form wins."""
    if not phrases:
        return None
    ordered = sorted(set(phrases), key=len, reverse=True)
    # A look-ahead on the possible first characters lets the engine skip most positions quickly.
    firsts = {c for p in ordered for c in (p[:1].lower(), p[:1].upper(), p[:1])}
    head = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    return re.compile(head + "(?:" + "|".join(f"(?:{phrase_pattern(p)})" for p in ordered) + ")", flags)


def any_regex(sources: list[str]) -> re.Pattern | None:
    if not sources:
        return None
    return re.compile("|".join(f"(?:{s})" for s in sources), re.IGNORECASE)


def words_regex(words: list[str]) -> re.Pattern | None:
    """Whole-word (or whole-phrase) matcher for plain cue words."""
    return phrases_regex(words)


# ---------------------------------------------------------------- sentence units

def sentence_units(doc) -> list[tuple[int, int]]:
    """Sentence character spans, further split at line breaks (headlines, list bullets)."""
    text = doc.text
    units = []
    try:
        sents = [(s.start_char, s.end_char) for s in doc.sents]
    except ValueError:  # no sentence boundaries (parser disabled)
        sents = [(0, len(text))]
    for start, end in sents:
        pos = start
        for m in re.finditer(r"\n+", text[start:end]):
            cut = start + m.start()
            if text[pos:cut].strip():
                units.append(_trim(text, pos, cut))
            pos = start + m.end()
        if text[pos:end].strip():
            units.append(_trim(text, pos, end))
    # Merge pieces the parser split inside a quotation or abbreviation (start with lowercase).
    merged: list[tuple[int, int]] = []
    for s, e in units:
        gap = text[merged[-1][1]:s] if merged else "\n"
        if merged and "\n" not in gap and (text[s:s + 1].islower() or gap == "" or _abbrev_end(text, merged[-1][1])):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


_ABBREV = re.compile(r"(?:\b(?:Co|Ltd|Inc|Corp|Bros|St|Mr|Ms|Mrs|Dr|Prof|No|vs|approx|Rs|U\.S|e\.g|i\.e)|\b[A-Z])\.$")


def _abbrev_end(text: str, end: int) -> bool:
    """The unit ends with an abbreviation ("Co.", "Rs.", "U.S."), not a full stop."""
    return bool(_ABBREV.search(text[max(0, end - 6):end]))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_COMMA_RE = re.compile(r",(?!\d{3}\b)")


def after_last_comma(text: str) -> str:
    """The stretch after the last comma that separates words, not digits ("12,000" is one number)."""
    return _COMMA_RE.split(text)[-1]


def is_title_case_line(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.6


# ---------------------------------------------------------------- growth

_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10}
PERCENT_RE = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
_YEARS_RES = [
    re.compile(r"\b(?:over|in|during|across|within|for)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+|first\s+|next\s+)?"
               r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:consecutive\s+|straight\s+|financial\s+|fiscal\s+)?years?\b",
               re.IGNORECASE),
    re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s-]years?\b(?!\s+(?:old|ago|later))",
               re.IGNORECASE),
    re.compile(r"\bthan\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:earlier|before|ago)",
               re.IGNORECASE),
]
_ORDINALS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
             "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10}
# "a fifth straight year", "for the third consecutive year", "the sixth year running"
_ORDINAL_YEAR_RE = re.compile(r"\b(?:for\s+)?(?:the|a)\s+(?P<n>" + "|".join(_ORDINALS) + r")\s+"
                              r"(?:(?:consecutive|straight|successive)\s+year|year\s+(?:in\s+a\s+row|running))\b",
                              re.IGNORECASE)
_RANGE_RES = [
    re.compile(r"\b(?:from|between)\s+(?:FY\s?)?(?P<a>(?:19|20)?\d{2})\s*(?:to|and|-|–|until|till|through)\s*(?:FY\s?)?(?P<b>(?:19|20)?\d{2})\b",
               re.IGNORECASE),
    re.compile(r"\b(?:since)\s+(?P<a>(?:19|20)\d{2})\b.*?\bin\s+(?P<b>(?:19|20)\d{2})\b", re.IGNORECASE),
]


_SINCE_RE = re.compile(r"\b(?:every year|each year|a year|annually|per year)?\s*since\s+(?P<a>(?:19|20)\d{2})\b", re.IGNORECASE)


def growth_years(text: str, year_now: int | None = None) -> int | None:
    """Number of years a growth statement spans ("over five years", "FY18 to FY21", "since 2020"
    given the article's year), if stated."""
    for rx in _YEARS_RES:
        m = rx.search(text)
        if m:
            return _NUMBER_WORDS.get(m.group("n").lower())
    m = _ORDINAL_YEAR_RE.search(text)
    if m:
        return _ORDINALS[m.group("n").lower()]
    for rx in _RANGE_RES:
        m = rx.search(text)
        if m:
            a, b = int(m.group("a")[-2:]), int(m.group("b")[-2:])
            if 0 < b - a <= 30:
                return b - a
    if year_now:
        m = _SINCE_RE.search(text)
        if m and 0 < year_now - int(m.group("a")) <= 30:
            return year_now - int(m.group("a"))
    return None


def yearly_rate(percent: float, years: int, per_year: bool) -> float:
    """Average yearly growth as a fraction: as stated if per year, else the compound mean of a total."""
    if per_year:
        return percent / 100.0
    total = 1.0 + percent / 100.0
    if total <= 0 or years <= 0:
        return 0.0
    return math.pow(total, 1.0 / years) - 1.0
