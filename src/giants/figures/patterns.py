"""Patterns and word sets the figures component's readers share (cue regexes, generic nouns,
the bounds of an amount's sentence)."""

from __future__ import annotations

import re

from spacy.tokens import Span

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec"}
_PHONE = re.compile(r"(?<![\w$])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?!\d)")
_TIME = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.|hrs|h)\b|\b\d{1,2}:\d{2}\b")
_FISCAL = re.compile(r"(?i)\b(?:FY\s?'?\d{2,4}(?:\s?(?:[-–]|to|and)\s?FY\s?'?\d{2,4})?"
                     r"|fiscal(?:\s+year)?(?:\s+\d{4})?|financial year)")
_MONEY_LISTED_WORDS = ("market cap", "market capitalisation", "market capitalization", "m-cap", "mcap",
                       "market value")
# a list item: a bullet sign, or a number with a full stop or a bracket ("2. ", "3) ")
_BULLET = re.compile(r"\s*(?:[-–—•*·]|\d{1,3}[.)])\s")
_NUMBER_REF = re.compile(r"(?:\b[Nn]o\.?|\bnumber|#|\bNr\.?)\s*$")
# Verbs whose subject is the quantity itself ("its valuation was ...", "sales reached ...").
_LINKING_VERBS = {"be", "reach", "hit", "stand", "top", "exceed", "total", "come", "remain", "rise", "grow",
                  "climb", "fall", "drop", "swell", "jump", "surge", "increase", "decline", "double", "amount",
                  "soar", "slip", "sink", "touch", "cross", "pass", "near"}
_STOP_PREPS = {"of", "in", "at", "for", "from", "by", "with", "to", "on", "than", "as", "and", "or", "that", "which"}
_GENERIC_COUNT = {"count", "number", "total", "tally", "figure", "it", "they", "this", "that"}
# "the company", "the start-up": a definite description standing for an organisation named before
_ANAPHOR_NOUNS = {"company", "firm", "startup", "start-up", "group", "business", "chain", "maker", "platform",
                  "operator", "retailer", "lender", "developer", "unicorn", "manufacturer", "enterprise", "brand"}
# "drone makers with annual sales above ...", "firms whose revenue is ...", "most of them have
# revenue below ...": an amount that sets a cut-off for a group of firms
_GROUP_FILTER = re.compile(r"(?:\b[a-z-]{3,}s\s+(?:with|whose|having|that\s+have)"
                           r"|\b(?:most|many|all|some|none|half|each|both)\s+of\s+(?:them|(?:these|those|the)(?:\s+[\w-]+)?)\s+"
                           r"(?:have|had|has|with|report|reported|post|posted)"
                           r"|\b(?:most|many|all)\s+[a-z-]{3,}s\s+(?:have|had|with|report|post))"
                           r"\s+(?:[\w-]+\s+){0,3}(?:of\s+|is\s+|are\s+|at\s+|exceeding\s+)?$")
_VALUES_AT = re.compile(r"(?i)\b(?:values?|valued|valuing|revalued)\s+(?P<obj>[^;.()]{1,60}?),?\s+at\s+$")
# "pegged the company at a valuation of more than $X", "valued it at a post-money valuation of $X"
_AT_A_VALUATION = re.compile(r"(?i)\b(?:values?|valued|valuing|priced|prices|pricing|pegged|pegs|pegging)\s+"
                             r"(?P<obj>[^;.()$]{1,40}?),?\s+at\s+an?\s+(?:[\w-]+\s+){0,2}?valuation\s+of\s+$")
# "priced the company at $X", "pegged the start-up at $X": a valuation when the object is a firm
_PRICES_FIRM_AT = re.compile(r"(?i)\b(?:priced|prices|pricing|pegged|pegs|pegging|puts|put|putting|places|placed|placing)\s+(?P<obj>[^;.()]{1,40}?),?\s+at\s+"
                             r"(?:about\s+|around\s+|some\s+|roughly\s+)?$")
# "its latest funding had been priced at a level above $X": a round's price is the firm's valuation
_ROUND_PRICED = re.compile(r"(?i)\b(?:round|funding|financing|raise|fundraise)\b[^.;$]{0,30}?\bpriced\s+at\s+"
                           r"(?:a\s+level\s+|a\s+valuation\s+)?(?:of\s+)?(?:above\s+|about\s+|around\s+|over\s+|"
                           r"more\s+than\s+|nearly\s+|some\s+)?$")
# "giving it a valuation of $X", "which gives the start-up a post-money valuation of"
_GIVES_VALUATION = re.compile(r"(?i)\b(?:giving|gives|gave|give|handing|hands|handed)\s+(?P<obj>[^,;.()]{1,60}?)\s+"
                              r"an?\s+(?:[\w-]+\s+){0,2}?valuation\s+of\s+(?:about\s+|around\s+|some\s+)?$")
_GENERIC_WHOSE = re.compile(r"(?i)\b(?:companies|firms|enterprises|businesses|start-?ups|smes)\s+whose\b[^.;]*$")
# nouns for a round of money whose "in X"/"for X" or possessor names the firm that got it
_ROUND_NOUNS = {"round", "funding", "investment", "financing", "raise", "injection", "series", "tranche",
                "fundraise", "fundraising", "valuation"}
# organisation types that never own a firm's figure by nearness alone
_NEVER_OWNERS = {"media", "exchange", "government"}
_LEFT_CHARS = 110     # how far back (in characters, same sentence) a cue may be
_RIGHT_CHARS = 30     # how far ahead
_RIGHT_WEIGHT = 1.6   # a cue after the amount counts as this much further away


def phrase_regex(words: list[str], gap: str = r"[\s-]+", end: str = r"(?![\w-])") -> re.Pattern | None:
    """One pattern for a list of cue phrases, longest first, whole words only; `gap` is what
    may stand between the words of a phrase."""
    if not words:
        return None
    ordered = sorted(set(words), key=len, reverse=True)
    alts = "|".join(re.escape(w.lower()).replace(r"\ ", gap) for w in ordered)
    return re.compile(rf"(?<![\w-])(?:{alts}){end}")


def _cue_regex(words: list[str]) -> re.Pattern | None:
    return phrase_regex(words, end=r"(?![\w])")


def _line_bounds(text: str, pos: int, sent: Span) -> tuple[int, int]:
    """The sentence's character bounds, cut at line breaks: the parser often runs
    a heading or list item into the next line."""
    lo = max(sent.start_char, text.rfind("\n", 0, pos) + 1)
    nl = text.find("\n", pos)
    hi = min(sent.end_char, nl if nl >= 0 else len(text))
    return lo, hi
