"""giants_source: the article's headline and stated publication date."""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from giants import extensions  # noqa: F401
from giants.extensions import doc_text, guarded

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,\s*(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"),
]
# A wire dateline: "CHANGZHOU, March 12, 2025 --" or "BEIJING, 12 March 2025 (Xinhua) --" at a line start.
DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3},[ \t]*$")
# A date reads as the publication date only in a dateline near the top, or after these words.
PUBLISHED_CUE = re.compile(r"(?i)\b(published|posted|updated|dated?|released)\b[^\n]{0,20}$")


def find_title(text: str) -> str | None:
    """The first line, when it reads as a headline: short, followed by more text, not a full sentence run."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first:
        return None
    words = first.split()
    if len(words) > 30 or len(first) > 220:
        return None
    # A headline rarely ends with a full stop; a lead sentence does.
    if first.endswith(".") and not first.endswith("..."):
        return None
    return first


def _as_date(m: re.Match) -> str | None:
    g = m.groupdict()
    try:
        if "m" in g and g.get("m"):
            return date(int(g["year"]), int(g["m"]), int(g["d"])).isoformat()
        month = MONTHS[g["month"].lower().rstrip(".")]
        return date(int(g["year"]), month, int(g["day"])).isoformat()
    except (ValueError, KeyError):
        return None


def find_published(text: str) -> str | None:
    """A date stated as the article's own: in the first lines, or after 'published'/'posted'."""
    head = text[:400]
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            line_start = text.rfind("\n", 0, m.start()) + 1
            line = text[line_start:text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
            near_top = m.start() < len(head)
            # a line that is the date and little else, or a wire dateline opening a paragraph
            alone = len(line.split()) - len(m.group(0).split()) <= 3
            dateline = near_top and (alone or DATELINE_PLACE.search(text[line_start:m.start()]))
            if dateline or PUBLISHED_CUE.search(before):
                found = _as_date(m)
                if found:
                    return found
    return None


class SourceDetector:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        doc._.title = find_title(doc_text(doc))
        # a date set before the pipeline ran (a web page's metadata) is kept
        doc._.published = doc._.published or find_published(doc_text(doc))
        return doc


@Language.factory("giants_source")
def make_source(nlp: Language, name: str) -> SourceDetector:
    return SourceDetector(nlp, name)
