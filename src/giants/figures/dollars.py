"""Which dollar a bare "$" is, decided by the amount's own context.

"$" (and "dollars") is read as US dollars unless the amount's own context points to
another dollar country: a place of [dollar_context] in the amount's sentence (the
firm's location: "Toronto-based X raised $50m", "X, a Singapore fintech, raised $10m"),
or the article's dateline ("TORONTO, May 3 (Reuters) -"). A mention of the country
elsewhere in the article does not count.

When the context points to a country:
- the article writes that country's own form elsewhere ("C$", "S$"): the writer marks
  local dollars, so a bare "$" is the US dollar (no warning);
- the article writes "US$" elsewhere: the writer marks US dollars, so a bare "$" is the
  local dollar (converted as such, with a warning saying so);
- neither: US dollars, with a warning naming the other possible currency.
"""

from __future__ import annotations

import re
from typing import Any

# a dateline: an upper-case place at the start of a line, then a date or an agency, then a dash
_DATELINE = re.compile(r"(?m)^\s*(?P<place>[A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?(?:,\s*\d{4})?)?"
                       r"\s*(?:\([^)]{1,30}\)\s*)?[-–—:]\s")


class DollarReader:
    def __init__(self, data: dict[str, Any]):
        ctx = {k: v for k, v in data.get("dollar_context", {}).items()}
        self.codes = {k.lower(): v for k, v in ctx.items()}
        self.places = re.compile(
            r"\b(?:" + "|".join(re.escape(k) for k in sorted(ctx, key=len, reverse=True)) + r")\b") if ctx else None
        prefix = data.get("currency", {}).get("prefix", {})
        self.local_forms = {}  # code -> its own written forms ("C$", "CA$", "CAD")
        for form, code in prefix.items():
            if code in set(ctx.values()):
                self.local_forms.setdefault(code, []).append(form)
        self.us_forms = [f for f, c in prefix.items() if c == "USD" and f != "$"]

    def dateline(self, text: str) -> tuple[str, str] | None:
        """(place, code) of the article's dateline, when its place is a dollar country's."""
        head = text[:400]
        for m in _DATELINE.finditer(head):
            place = m.group("place").strip().title()
            code = self.codes.get(place.lower())
            if code:
                return place, code
        return None

    def local(self, sentence: str) -> tuple[str, str] | None:
        """(place, code) when the amount's sentence names a place of another dollar."""
        if self.places is None:
            return None
        found = [(m.group(0), self.codes[m.group(0).lower()]) for m in self.places.finditer(sentence)]
        codes = {c for _, c in found}
        if len(codes) == 1:
            return found[0]
        return None  # none, or several countries: no single local reading

    def _writes(self, text: str, forms: list[str], skip: tuple[int, int]) -> bool:
        for form in forms:
            for m in re.finditer(r"(?<![A-Za-z])" + re.escape(form) + r"\s?\d", text):
                if not (skip[0] <= m.start() < skip[1]):
                    return True
        return False

    def decide(self, text: str, span: tuple[int, int], sentence: str,
               dateline: tuple[str, str] | None) -> tuple[str, str | None, str | None]:
        """(unit, where, code): the unit to use, and what made the "$" doubtful ("its sentence
        names Toronto", "the dateline names Toronto"; None, None when nothing does)."""
        hit = self.local(sentence)
        place, code = (f"its sentence names {hit[0]}", hit[1]) if hit else (None, None)
        if code is None and dateline:
            place, code = f"the dateline names {dateline[0]}", dateline[1]
        if code is None:
            return "USD", None, None
        if self._writes(text, self.local_forms.get(code, []), span):
            return "USD", None, None  # "C$" written elsewhere: a bare "$" is US dollars
        if self._writes(text, self.us_forms, span):
            return code, place, code  # "US$" written elsewhere: a bare "$" is the local dollar
        return "USD", place, code
