"""Find and parse amounts in plain text: money, percentages and bare numbers.

Pure functions over strings (no spaCy), so the parser can be tested on its own.
`scan(text)` returns every amount with its character span, value, unit (ISO 4217
code, "%" or None), qualifier and, when the text states one, the US$ equivalent.
Deciding which bare numbers are business figures, and what each figure measures,
is the figures component's job (giants.figures).

Parsing happens in two steps. A single regular expression finds "atoms": one
number with an optional currency before it, a scale word and a currency or
percent sign after it ("US$ 47.1 billion", "20-80 million yuan", "3,5%").
Then neighbouring atoms are joined: ranges ("$12 million to $30 million",
"between $250 and $400 million"), stated equivalents ("3 million yuan (about
473,000 U.S. dollars)") and a qualifier in front ("more than", "about").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from giants.data import builtin, read_toml

# Numbers written with digits. Indian grouping ("1,69,802") first, then thousands
# with commas, then plain digits; an optional decimal part with "." or ",".
_DIGITS = r"(?:\d{1,3}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:[.,]\d+)?(?:\s?[½¼¾])?|[½¼¾]"
# Thousands separated by spaces ("$13 009 million"): only accepted after a currency.
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)"
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100,
    "a dozen": 12, "dozen": 12, "half a": 0.5,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# "thirty-eight", "Forty two": tens and units written as words
_COMPOUND_WORD = (r"(?:" + "|".join(_TENS) + r")(?:-|\s)(?:" + "|".join(_UNITS) + r")")
# Runs of number words with "hundred" (and "thousand" inside a longer run): "two hundred and
# fifty", "a hundred and twenty-five", "three thousand four hundred". Their value comes from
# text2num; the scale word after them ("million") stays the atom's scale.
_UNDER_20 = [w for w, v in WORD_NUMBERS.items() if isinstance(v, int) and 1 <= v < 20 and w not in ("a", "an")]
_BELOW_100 = (r"(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + "|".join(_UNITS) + r"))?|"
              + "|".join(sorted(_UNDER_20, key=len, reverse=True)) + r")")
_HUNDREDS = rf"(?:(?:a|{'|'.join(_UNITS)})\s+hundred(?:\s+(?:and\s+)?{_BELOW_100}(?![\w-]))?)"
_RUN = rf"(?:{_HUNDREDS}|{_BELOW_100})"
_WORD_RUN = (rf"(?:{_RUN}\s+thousand,?\s+(?:and\s+)?{_RUN}(?![\w-])|{_HUNDREDS})")
_WORD_RUN_RE = re.compile(rf"(?i)^(?:{_WORD_RUN})$")
_COMPOUND_RE = re.compile(rf"(?i)^(?P<t>{'|'.join(_TENS)})(?:-|\s)(?P<u>{'|'.join(_UNITS)})$")
# Words that need a scale or a currency to count as a number ("a", "an", "half a").
_WEAK_WORDS = {"a", "an", "half a"}
_FRACTION_WORDS = {"third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "half": 0.5,
                   "fifth": 0.2, "fifths": 0.2}
# Scale words that are safe without a currency; single letters ("5m", "3k") need one.
_WORD_SCALES = {"thousand", "million", "mn", "mln", "billion", "bn", "trillion", "tn", "trn", "lakh crore",
                "lakh", "lakhs", "crore", "crores", "万", "亿"}
_LIST_GAP = re.compile(r"(?i)^\s*(?:[,;/]|or|,?\s*or)\s*(?:(?:about|around|approximately|roughly|some|or|nearly)\s+)?$")
_PERCENT = r"%|\s?(?:percentage\s+points?|per\s?cent|percent|pct|pc|basis\s+points?|bps)(?![A-Za-z])"


@dataclass
class Amount:
    """One amount found in a text. Offsets are character offsets [start, end)."""

    start: int
    end: int
    text: str
    value: float | None
    value_max: float | None = None
    unit: str | None = None          # ISO 4217 code, "%", or None (a plain number)
    qualifier: str = "exact"         # exact | approx | lower_bound | upper_bound | range
    usd: float | None = None         # stated in the text (usd_source "article")
    usd_max: float | None = None
    symbol: str | None = None        # the currency as written ("$", "yuan"), for ambiguity checks
    scale: float | None = None
    words: bool = False              # number written in words ("two", "one billion")
    parts: list[tuple[int, int]] = field(default_factory=list)  # spans of the atoms joined into it

    @property
    def is_money(self) -> bool:
        return self.unit not in (None, "%")


@lru_cache(maxsize=1)
def cldr_currencies() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """Currencies from CLDR (via babel): (every ISO 4217 code in use today, English symbol ->
    code, English name -> code, singular and plural, e.g. "Saudi riyals" -> SAR)."""
    import babel.numbers as numbers
    from babel import Locale, localedata
    from babel.core import get_global

    codes = frozenset(code for territory, entries in get_global("territory_currencies").items()
                      if territory != "ZZ"  # "unknown region": gold, SDRs, test codes
                      for code, _start, end, _tender in entries if end is None)
    symbols = {sym: code for code, sym in Locale("en").currency_symbols.items()
               if code in codes and sym != code and not sym.isalpha() and "¤" not in sym}
    # A country's own English locale writes its money the local way ("Ksh" in en_KE, "₦" in
    # en_NG, "GH₵" in en_GH). Kept when the form names one currency and is no short word:
    # a sign, or three letters or more ("R", "K", "kr" stay out; they are words or initials).
    local: dict[str, set[str]] = {}
    for loc in localedata.locale_identifiers():
        if not loc.startswith("en_"):
            continue
        locale = Locale.parse(loc)
        for code, _start, end, tender in get_global("territory_currencies").get(locale.territory or "", []):
            sym = locale.currency_symbols.get(code)
            if end is None and tender and code in codes and sym and sym != code and "¤" not in sym \
                    and (not sym.isalpha() or len(sym) >= 3):
                local.setdefault(sym, set()).add(code)
    for sym, found in local.items():
        if len(found) == 1:
            symbols.setdefault(sym, next(iter(found)))
    names: dict[str, str] = {}
    for code in sorted(codes):
        for count in (1, 2):
            name = numbers.get_currency_name(code, count=count, locale="en")
            # "Saudi riyals", "Nigerian nairas": a word naming the country keeps them unambiguous;
            # a lone word ("Gold", "Sucre") is left to the hand-kept list
            if len(name.split()) >= 2 and "(" not in name:
                names.setdefault(name, code)
    return codes, symbols, names


class Lexicon:
    """Currency forms, scales and qualifiers from data/figures.toml, compiled once.

    Every ISO 4217 code, the English CLDR symbols and names come from babel; the forms in
    figures.toml (bare words such as "yuan", "Rs", ambiguous "¥") add to them and win."""

    def __init__(self, data: dict[str, Any]):
        cur = data.get("currency", {})
        self.codes, cldr_symbols, cldr_names = cldr_currencies()
        # a code that is also an English word ("TOP 10", "ALL 5") is money only with a scale word
        self.code_words = {w.upper() for w in cur.get("code_words", [])}
        self.prefix = dict(cur.get("prefix", {}))
        for form, code in cldr_symbols.items():
            self.prefix.setdefault(form, code)
        prefix_codes = sorted(c for c in self.codes if c not in self.prefix)
        self.prefix.update((c, c) for c in prefix_codes)
        self.suffix = {k.lower(): v for k, v in cur.get("suffix", {}).items()}
        cldr_suffix = sorted({n.lower() for n in cldr_names if n.lower() not in self.suffix}, key=len, reverse=True)
        for name, code in cldr_names.items():
            self.suffix.setdefault(name.lower(), code)
        hand_suffix = [f for f in self.suffix if f not in cldr_suffix]
        suffix_codes = sorted(c for c in self.codes if c.lower() not in self.suffix and c not in self.code_words)
        self.scales = {k.lower(): float(v) for k, v in data.get("scales", {}).items()}
        self.qualifiers: dict[str, str] = {}
        for qual, words in data.get("qualifiers", {}).items():
            for w in words:
                self.qualifiers.setdefault(w.lower(), qual)
        self.equivalent_lead = [w.lower() for w in data.get("equivalents", {}).get("lead", [])]

        def alts(forms, *, words_need_boundary=True):
            out = []
            for f in sorted(forms, key=len, reverse=True):
                pat = re.escape(f).replace(r"\ ", r"\s+")
                if words_need_boundary and f[-1:].isalpha():
                    pat += r"(?![A-Za-z])"
                if f[:1].isalpha():
                    pat = r"(?<![A-Za-z])" + pat
                out.append(pat)
            return "|".join(out)

        def block(forms):  # one group of word forms sharing its boundaries: cheaper to compile than alts()
            if not forms:
                return r"(?!)"
            return (r"(?<![A-Za-z])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
                    + r")(?![A-Za-z])")

        hand_prefix = [f for f in self.prefix if f not in prefix_codes]
        words = _WORD_RUN + "|" + _COMPOUND_WORD + "|" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                for w in sorted(WORD_NUMBERS, key=len, reverse=True))
        scales = alts(self.scales)
        self.atom_re = re.compile(
            r"(?<![\w.])(?<!\d,)"
            rf"(?:(?P<pre>{alts(hand_prefix)}|{block(prefix_codes)})\s?(?P<pnum>{_SPACED}|{_DIGITS})"
            rf"|(?P<num>{_DIGITS})"
            rf"|(?i:(?P<word>{words}))(?![\w-]))"
            r"(?:\s?[-–]\s?(?P<num2>" + _DIGITS + r"))?"
            rf"(?:(?:\s|-)?(?i:(?P<scale>{scales})))?"
            rf"(?:(?P<pct>{_PERCENT})|\s?(?i:(?P<suf>{block(cldr_suffix)}|{alts(hand_suffix)}))|\s?(?P<code>{block(suffix_codes)})(?!\s?\d))?"
            r"(?![\w])(?![.,]\d)"
        )
        self.fraction_re = re.compile(
            r"(?i)(?<=\bby\s)(?:(?P<n>one|two|three|four|a)[\s-](?P<f>thirds?|quarters?|fifths?|half))\b")
        quals = "|".join(re.escape(q) for q in sorted(self.qualifiers, key=len, reverse=True))
        self.qualifier_re = re.compile(rf"(?i)(?:^|(?<=[\s(]))(?P<q>{quals})\s*$")
        self.between_re = re.compile(r"(?i)(?:^|(?<=\s))(?P<q>between|from)\s+$")
        leads = "|".join(re.escape(w) for w in sorted(self.equivalent_lead, key=len, reverse=True))
        self.equiv_gap_re = re.compile(rf"(?i)^\s*\(\s*(?:(?:{leads})\s+)?$")

    def currency_of(self, pre: str | None, suf: str | None) -> str | None:
        if suf and suf in self.codes:
            return suf  # an ISO code after the number ("4 billion AED"), matched in capitals
        if pre:
            return self.prefix.get(re.sub(r"\s+", " ", pre))
        if suf:
            return self.suffix.get(re.sub(r"\s+", " ", suf.lower()))
        return None

    def scale_of(self, word: str | None) -> float | None:
        if not word:
            return None
        key = re.sub(r"\s+", " ", word.lower())
        return self.scales.get(key)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon(builtin("figures"))


def parse_number(raw: str) -> float | None:
    """'1,69,802' -> 169802; '2,9' -> 2.9; '13 009' -> 13009; '½' -> 0.5; 'two' -> 2."""
    s = raw.strip()
    low = re.sub(r"\s+", " ", s.lower())
    if low in WORD_NUMBERS:
        return float(WORD_NUMBERS[low])
    compound = _COMPOUND_RE.match(low)
    if compound:
        return float(_TENS[compound.group("t")] + _UNITS[compound.group("u")])
    if _WORD_RUN_RE.match(low):
        return _words_value(low)
    frac = 0.0
    if s and s[-1] in _FRACTIONS:
        frac = _FRACTIONS[s[-1]]
        s = s[:-1].strip()
        if not s:
            return frac
    s = re.sub(r"[ \u00a0\u202f\u2009]", "", s)
    if "," in s:
        groups = s.split(".")[0].split(",")
        # a single comma followed by one or two digits is a decimal comma ("2,9%")
        if len(groups) == 2 and "." not in s and len(groups[1]) in (1, 2) and len(groups[0]) <= 3:
            s = s.replace(",", ".")
        else:
            s = s.replace(",", "")
    try:
        return float(s) + frac
    except ValueError:
        return None


def _words_value(words: str) -> float | None:
    """'two hundred and fifty' -> 250, 'a hundred and five' -> 105 (text2num, with 'a' read as one)."""
    from text_to_num import text2num

    words = re.sub(r"^an?\s", "one ", words.replace(",", " "))
    try:
        return float(text2num(" ".join(words.split()), "en"))
    except ValueError:
        return None


def _clean(x: float | None) -> float | None:
    if x is None or x != x or x in (float("inf"), float("-inf")):
        return None  # a number too large for a float (hundreds of digits) is no amount
    return float(round(x, 6)) if abs(x) < 1e6 else float(round(x))


def _atom(lex: Lexicon, m: re.Match, overrides: dict[str, str]) -> Amount | None:
    pre = m.group("pre")
    raw = m.group("pnum") or m.group("num") or m.group("word")
    word = m.group("word") is not None
    scale_word = m.group("scale")
    suf = m.group("suf") or m.group("code")
    if pre and pre in lex.code_words and not scale_word:
        # "TOP 10", "ALL 3": an English word in capitals before a number, not a currency
        return _atom_number(m.string, m.start("pnum"), m.end("pnum"), raw)
    pct = m.group("pct")
    unit = "%" if pct else lex.currency_of(pre, suf)
    symbol = (pre or suf or "").strip() or None
    if symbol and overrides:
        unit = overrides.get(symbol.lower(), unit) if unit != "%" else unit
    scale = lex.scale_of(scale_word)
    if pct and re.search(r"(?i)basis|bps", pct):
        scale = 0.01  # 25 basis points = 0.25 percentage points
    if scale_word and scale is not None and unit is None and scale_word.lower() not in _WORD_SCALES:
        return None  # "5m" alone may be metres
    if word:
        if re.sub(r"\s+", " ", raw.lower()) in _WEAK_WORDS and not (scale and unit):
            return None
        if m.group("num2"):
            return None
    if suf and suf.lower() == "won" and not scale and "," not in (raw or ""):
        return None  # "won" the verb after a year or a count
    value = parse_number(raw)
    if value is None:
        return None
    value_max = parse_number(m.group("num2")) if m.group("num2") else None
    if value_max is not None and value_max < value:
        return None  # "3-2", "2021-05": a score or a date, not a range
    # "-5%": a minus sign stuck to the number (not a dash between words)
    start = m.start()
    if not pre and start and m.string[start - 1] in "-−" and (start < 2 or m.string[start - 2] in " (\t\n"):
        value, start = -value, start - 1
    if scale:
        value *= scale
        if value_max is not None:
            value_max *= scale
    return Amount(start, m.end(), m.string[start:m.end()], value, value_max, unit,
                  "range" if value_max is not None else "exact", symbol=symbol, scale=scale, words=word,
                  parts=[(start, m.end())])


def _atom_number(text: str, start: int, end: int, raw: str) -> Amount | None:
    value = parse_number(raw)
    if value is None:
        return None
    return Amount(start, end, text[start:end], value, parts=[(start, end)])


def _yearish(a: Amount, text: str) -> bool:
    """A bare four-digit year ("in 2020 to 173 million yuan" is no range)."""
    raw = text[a.start:a.end]
    return a.unit is None and raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100


def _join_range(a: Amount, b: Amount, text: str, lex: Lexicon) -> Amount | None:
    gap = text[a.end:b.start]
    g = gap.strip().lower()
    lead = lex.between_re.search(text[max(0, a.start - 12):a.start])
    if g in ("-", "–", "—"):
        pass
    elif g == "to" and re.search(r"(?i)\b(?:by|up|down|gaining|gained|adding|added|losing|lost)\s+$",
                                 text[max(0, a.start - 8):a.start]):
        return None  # "fell by $2 billion to $6 billion", "up $14bn to $34bn": a change, then the new level
    elif g == "to" and re.search(r"(?i)points?$|bps$", a.text):
        return None  # "rose 0.5 percentage points to 5.1%": a change, then the new level
    elif g == "to" or g == "and":
        if g == "and" and not (lead and lead.group("q").lower() == "between"):
            return None
        # "$1.2 billion to $1.5 billion", "1.2 to 1.5 billion yuan"
        bare_to_money = (a.unit is None and a.scale is None and b.unit is not None and a.value <= (b.value or 0)
                         and not _yearish(a, text))
        if g == "to" and not lead and not (a.unit and a.unit == b.unit) and not bare_to_money:
            return None
    elif g == "or" and a.unit == "%" and b.unit == "%":
        pass
    else:
        return None
    if a.unit and b.unit and a.unit != b.unit:
        return None
    if a.words != b.words:
        return None
    lo, hi = a.value, (b.value_max if b.value_max is not None else b.value)
    if a.scale is None and b.scale is not None:
        lo = lo * b.scale  # "$250 and $400 million", "between 20 and 80 million yuan"
    if lo is None or hi is None or hi < lo:
        return None  # "between 5 and 2": not a range
    start = a.start
    if lead:
        start = a.start - (len(text[max(0, a.start - 12):a.start]) - lead.start())
    return Amount(start, b.end, text[start:b.end], lo, hi, a.unit or b.unit, "range",
                  symbol=a.symbol or b.symbol, scale=b.scale or a.scale, words=a.words, parts=a.parts + b.parts)


def _join_equivalents(atoms: list[Amount], text: str, lex: Lexicon) -> list[Amount]:
    """'3 million yuan (about 473,000 U.S. dollars)', '680 million yuan (6.8亿元, about
    94 million U.S. dollars)': one figure, with the US$ amount as stated."""
    out: list[Amount] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        inner: list[Amount] = []
        j, pos = i + 1, a.end
        if a.is_money:
            while j < len(atoms) and atoms[j].is_money:
                gap = text[pos:atoms[j].start]
                if not (lex.equiv_gap_re.match(gap) if not inner else _LIST_GAP.match(gap)):
                    break
                inner.append(atoms[j])
                pos = atoms[j].end
                j += 1
        close = re.match(r"\s*\)", text[pos:]) if inner else None
        if not close:
            out.append(a)
            i += 1
            continue
        end = pos + close.end()
        joined = Amount(a.start, end, text[a.start:end], a.value, a.value_max, a.unit, a.qualifier, a.usd,
                        a.usd_max, a.symbol, a.scale, a.words, a.parts + [p for b in inner for p in b.parts])
        usd = next((b for b in inner if b.unit == "USD"), None)
        if a.unit == "USD":
            joined.usd, joined.usd_max = a.value, a.value_max
        elif usd is not None:
            joined.usd, joined.usd_max = usd.value, usd.value_max
        out.append(joined)
        i = j
    return out


_TRAILING_BOUND = re.compile(r"(?i)^\s+(?:or|and)\s+(?P<w>more|above|over|higher|upwards|less|fewer|below|under)\b")


def _qualify(a: Amount, text: str, lex: Lexicon) -> Amount:
    """A qualifier in front ("more than $5m") or behind ("$1 billion or more") joins the amount."""
    tail = _TRAILING_BOUND.match(text[a.end:a.end + 16])
    if tail and a.qualifier == "exact":
        a.qualifier = "upper_bound" if tail.group("w").lower() in ("less", "fewer", "below", "under") else "lower_bound"
        a.end += tail.end()
        a.text = text[a.start:a.end]
    before = text[max(0, a.start - 24):a.start]
    m = lex.qualifier_re.search(before)
    if not m:
        return a
    if a.qualifier != "range":
        a.qualifier = lex.qualifiers[m.group("q").lower()]
    a.start -= len(before) - m.start("q")
    a.text = text[a.start:a.end]
    return a


def scan(text: str, lex: Lexicon | None = None, *, overrides: dict[str, str] | None = None,
         yen: str | None = None) -> list[Amount]:
    """Every amount in `text`, joined into ranges and stated equivalents, in text order.

    Bare numbers (no currency, no percent) are returned too, with unit None; the
    caller decides which of them are figures. `overrides` maps an ambiguous currency
    form (lower case: "¥", "kroner") to the code it means in this text; `yen` is a
    shorthand for the "¥" entry.
    """
    lex = lex or default_lexicon()
    overrides = {k.lower(): v for k, v in (overrides or {}).items()}
    if yen:
        overrides["¥"] = yen
    atoms = [a for m in lex.atom_re.finditer(text) if (a := _atom(lex, m, overrides))]
    for m in lex.fraction_re.finditer(text):
        n = WORD_NUMBERS.get(m.group("n").lower(), 1)
        val = 100.0 * n * _FRACTION_WORDS[m.group("f").lower()]
        atoms.append(Amount(m.start(), m.end(), m.group(0), round(val, 2), unit="%", words=True,
                            parts=[(m.start(), m.end())]))
    fractions = [(a.start, a.end) for a in atoms if a.words and a.unit == "%"]
    atoms = [a for a in atoms if not any(s <= a.start and a.end <= e and (s, e) != (a.start, a.end)
                                         for s, e in fractions)]
    atoms.sort(key=lambda a: a.start)
    # ranges first, then stated equivalents, then qualifiers
    out: list[Amount] = []
    for a in atoms:
        if out:
            joined = _join_range(out[-1], a, text, lex)
            if joined:
                out[-1] = joined
                continue
        out.append(a)
    atoms = _join_equivalents(out, text, lex)
    for a in atoms:
        if not text[max(0, a.start - 8):a.start].lower().rstrip().endswith(("between", "from")):
            _qualify(a, text, lex)
        a.value, a.value_max = _clean(a.value), _clean(a.value_max)
        a.usd, a.usd_max = _clean(a.usd), _clean(a.usd_max)
    return atoms


def parse_amount(text: str, lex: Lexicon | None = None) -> Amount | None:
    """Parse a string holding one amount ('more than $100m', '2,9%'); None when there is none."""
    found = [a for a in scan(text, lex) if a.unit is not None or a.value is not None]
    return found[0] if found else None


# --- rates ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rate:
    usd: float
    as_of: str | None
    source: str | None


def rates_from_data(data: dict[str, Any]) -> dict[str, Rate]:
    as_of, source = data.get("as_of"), data.get("source")
    out = {}
    for code, entry in data.get("rates", {}).items():
        if isinstance(entry, dict):
            out[code.upper()] = Rate(float(entry["usd"]), str(entry.get("as_of", as_of)), entry.get("source", source))
        else:
            out[code.upper()] = Rate(float(entry), str(as_of), source)
    return out


def load_rates(path: str | None = None) -> dict[str, Rate]:
    """The rate table: the built-in data/rates.toml, with the rates in the TOML file
    at `path` (same layout) replacing or adding to it, each with its file's date."""
    rates = rates_from_data(builtin("rates"))
    if path:
        rates.update(rates_from_data(read_toml(path)))
    return rates


def to_usd(value: float | None, unit: str | None, rates: dict[str, Rate]) -> tuple[float | None, str | None]:
    """(US$ equivalent, as-of date of the rate) for an amount; (None, None) when unknown."""
    if value is None or not unit or unit == "%":
        return None, None
    rate = rates.get(unit)
    if rate is None:
        return None, None
    return _clean(value * rate.usd), rate.as_of
