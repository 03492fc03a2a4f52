"""giants_lines: a line break ends a sentence.

News text puts a headline, a dateline or a list item on a line of its own, with no full stop.
The statistical parser then runs a headline into the first sentence and builds one tree over
both. Run before the parser, this component marks the first token after a line break as a
sentence start, which the parser keeps."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("giants_lines")
def mark_line_starts(doc: Doc) -> Doc:
    after_break = False
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            after_break = True
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
        after_break = "\n" in tok.whitespace_
    return doc
