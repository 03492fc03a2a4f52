"""The page around the names: datelines, subheadings, the headline and names built as lists
("Ministry of Micro, Small and Medium Enterprises"). Used by every stage."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from giants.extensions import doc_text
from giants.organisations.names import OF_HEADS, fold, has_cjk, lowers_of, texts_of, token_starts, tokens_of


class PageLayout:
    @staticmethod
    def _dateline_place(doc: Doc, s: int, e: int) -> bool:
        """An all-caps place opening a line, then a comma and a short run ending in a dash or an
        agency in parentheses: "TROMSO, Norway, May 2 --"."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        text = doc_text(doc)
        start, end = toks[s].idx, toks[e - 1].idx + len(tok_text[e - 1])
        if text[text.rfind("\n", 0, start) + 1:start].strip():
            return False
        return bool(re.match(r",[^\n]{0,50}?(?:--|—|–| - |\()", text[end:end + 60]))

    @staticmethod
    def _enumerated_name(doc: Doc, s: int, e: int) -> bool:
        """"Ministry of Micro, Small and Medium Enterprises": a head with "of"/"for" whose
        complement is a capitalised list ending in "and"; its commas do not split it."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        while s < e and tok_low[s] == "the":
            s += 1
        if e - s < 5 or fold(tok_text[s]) not in OF_HEADS or tok_low[s + 1] not in {"of", "for"}:
            return False
        commas = [t.i for t in toks[s:e] if t.text == ","]
        if not commas:
            return False
        last = commas[-1]
        return all(tok_text[i + 1][:1].isupper() for i in commas if i + 1 < e) and any(
            t.lower_ in {"and", "&"} for t in toks[last + 1:e])

    @staticmethod
    def _heading_tokens(doc: Doc) -> set[int]:
        """Tokens of subheadings: a short Title-Case line without closing punctuation between
        longer lines ("Venture Capital Insights", "Driving Innovation"). A name seen only there
        is read as part of a headline, not as an organisation the text is about."""
        starts = token_starts(doc)
        text = doc_text(doc)
        lines = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, pos + len(line), line.strip()))
            pos += len(line) + 1
        out: set[int] = set()
        long_lines = [len(l.split()) > 15 for _, _, l in lines]
        for k, (a, b, line) in enumerate(lines):
            words = [w for w in re.findall(r"[^\W\d_][\w'’&.-]*", line)]
            if not 2 <= len(words) <= 10 or line[-1:] in ".!?:;," or re.match(r"[\d•*\-–—#(]", line):
                continue
            if not all(w[:1].isupper() or len(w) <= 3 or has_cjk(w) for w in words):
                continue
            near = [long_lines[j] for j in (k - 1, k + 1, k - 2, k + 2) if 0 <= j < len(lines) and lines[j][2]]
            if not any(near[:2]):
                continue    # a block of short lines: a list of names, not a heading
            out.update(range(bisect_left(starts, a), bisect_left(starts, b)))
        return out

    def _title_end(self, doc: Doc) -> int:
        title = doc._.title
        if title and doc_text(doc).lstrip().startswith(title):
            return doc_text(doc).index(title) + len(title)
        first = doc_text(doc).split("\n", 1)[0]
        if "\n" in doc_text(doc) and len(first) < 200 and not first.rstrip().endswith((".", "?", "!")):
            return len(first)
        return 0
