"""The article's own year, read from its date or its text; shared by the organisations and
figures stages (a known listing year, the time of a valuation)."""

from __future__ import annotations

import re

_YEAR = re.compile(r"^(?:19|20)\d\d$")


def reference_year(published: str | None, text: str) -> int | None:
    """The article's year: its stated date, else the latest plausible year it mentions."""
    if published and _YEAR.match(published[:4]):
        return int(published[:4])
    # a year after "by"/"until" is a horizon, not the article's time
    years = [int(m.group(1)) for m in re.finditer(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
             if not re.search(r"(?i)\b(?:by|until|till|through|to|before)\s+(?:the\s+end\s+of\s+)?$",
                              text[max(0, m.start() - 20):m.start()])]
    years = [y for y in years if 1990 <= y <= 2035]
    return max(years) if years else None
