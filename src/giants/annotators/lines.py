"""giants_lines: a line break ends a sentence.

News text puts a headline, a dateline or a list item on a line of its own, with no full stop.
The statistical parser then runs a headline into the first sentence and builds one tree over
both. Run before the parser, this component marks the first token after a line break as a
sentence start, which the parser keeps. A wire dateline opening a line ("SUZHOU, May 6, 2025 -",
"BEIJING (Xinhua) --") is cut off the same way, so the story's first sentence parses alone."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


DASHES = {"-", "--", "—", "–", "―"}
DATELINE_REACH = 12  # tokens from the place name to the dash, at most


def _dateline_end(doc: Doc, i: int) -> int | None:
    """Index of the first token after a dateline starting at token i, else None. A dateline is a
    place in capitals, then commas, dates or an agency in brackets, then a dash."""
    tok = doc[i]
    if not (tok.is_alpha and tok.is_upper and len(tok) > 1):
        return None
    for j in range(i + 1, min(i + DATELINE_REACH, len(doc) - 1)):
        t = doc[j]
        if "\n" in t.text or "\n" in doc[j - 1].whitespace_:
            return None
        if t.text in DASHES:
            return j + 1 if j > i + 1 or doc[i + 1].text in DASHES else None
        if t.is_alpha and t.is_lower:  # running prose: no dateline
            return None
    return None


@Language.component("giants_lines")
def mark_line_starts(doc: Doc) -> Doc:
    after_break = True
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            after_break = True
            continue
        if after_break:
            if tok.i > 0:
                tok.is_sent_start = True
            end = _dateline_end(doc, tok.i)
            if end is not None and end < len(doc):
                doc[end].is_sent_start = True
        after_break = "\n" in tok.whitespace_
    return doc
