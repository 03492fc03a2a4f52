"""One candidate span of an organisation's name, with the evidence gathered about it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from giants.organisations.names import fold, span_text

UNIT_SUFFIX_RE = re.compile(r"\d+(?:st|nd|rd|th|s|m|bn|mn|k|pc|x|am|pm|kg|km|mw|gw|kw|gb|tb|mb|g|yr|yrs)", re.I)


def digit_name(word: str) -> bool:
    """A word that mixes digits and letters the way names do ("01.AI", "1Password", "4Paradigm"),
    not an amount with a unit ("5bn", "10th", "2020s")."""
    return bool(re.search(r"\d", word) and re.search(r"[A-Za-z]{2,}", word)
                and not UNIT_SUFFIX_RE.fullmatch(word) and not re.fullmatch(r"(FY|Q[1-4]|H[12])\d{2,4}", word, re.I))


@dataclass
class Mention:
    start: int                  # token offsets
    end: int
    sources: set[str] = field(default_factory=set)
    ner: list[str] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    body: dict | None = None
    blocked: bool = False       # quoted brand, "its X" product, "X-based" place
    against: set[str] = field(default_factory=set)  # parse evidence of a product, a label or a place

    def key(self, doc: Doc) -> str:
        return fold(span_text(doc, self.start, self.end))
