"""giants_gist: two or three sentences from the article that carry its main point.

The gist is extractive and traceable: it is a list of character spans of whole
sentences, in article order. It takes

1. the sentence that states a category for an organisation, when the categories
   component found one (the reason most readers run this tool);
2. the best of the rest, by how many of the article's central words it carries
   (words of the headline and words repeated through the text); the lead (first
   body sentence) gets a bonus, because news states its point first.

The headline is never part of a sentence: spaCy sometimes parses the headline and
the first body sentence as one sentence, so sentences are cut at the headline's end
and at blank lines, and short heading-like lines are skipped.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from giants import extensions  # noqa: F401
from giants.extensions import doc_text, guarded

_BLANK = re.compile(r"\n\s*\n|\n(?=\s*[-\u2013\u2022*]\s)")
_ENDS = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
_FULL_STOP = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
# A wire dateline before the first sentence: "TIANJIN, March 3 (Xinhua) -- ", "OSLO (Reuters) - ",
# "Pune: ". It is byline furniture, not part of the sentence.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'\u2019 -]{2,}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"          # place, in capitals or one-two words
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"                # , May 19, 2025
    r"\s*(?:\([A-Za-z .&]+\))?"                                            # (Xinhua)
    r"\s*(?:--|\u2014|\u2013|-|:)\s+(?=[A-Z\"\u201c])")
# Openers that lean on an earlier sentence: out of context they read badly.
_LEANING = {"he", "she", "it", "they", "this", "that", "these", "those", "meanwhile", "however", "but",
            "also", "and", "its", "their", "his", "her", "such", "there"}
LEAD_BONUS = 2.0     # news puts the point first
KEYPHRASE_BONUS = 1.0  # per top keyphrase a sentence holds
LEANING_PENALTY = 0.75
MIN_WORDS = 6        # shorter pieces are headings, captions or list labels
MAX_WORDS = 70       # longer ones are run-on lists that make a poor summary
MAX_CHARS = 600      # a third sentence is added only while the gist stays under this


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Body sentences as character spans: after the headline, split at blank lines, trimmed."""
    text = doc_text(doc)
    head_end = 0
    if doc._.title:
        pos = text.find(doc._.title)
        if pos >= 0:
            head_end = pos + len(doc._.title)
    out = []
    for sent in doc.sents:
        start, end = max(sent.start_char, head_end), sent.end_char
        if start >= end:
            continue
        cut = start
        pieces = []
        for m in _BLANK.finditer(text, start, end):
            pieces.append((cut, m.start()))
            cut = m.end()
        pieces.append((cut, end))
        for s, e in pieces:
            chunk = text[s:e]
            s += len(chunk) - len(chunk.lstrip(" \t\n-\u2013\u2022*"))
            e -= len(chunk) - len(chunk.rstrip())
            if e <= s:
                continue
            # The parser sometimes ends a sentence mid-line; join it to the rest of its line.
            if out and "\n" not in text[out[-1][1]:s] and not _ENDS.search(text[out[-1][0]:out[-1][1]]):
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
    if out:
        date = _DATELINE.match(text, out[0][0], out[0][1])
        if date and date.end() < out[0][1]:
            out[0] = (date.end(), out[0][1])
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]+|\d[\d,.]*", text.lower())


class GistPicker:
    def __init__(self, nlp: Language, name: str, *, sentences: int = 3):
        self.name = name
        self.sentences = max(1, sentences)
        self.stop = nlp.Defaults.stop_words

    def _is_sentence(self, doc: Doc, s: int, e: int) -> bool:
        """A real sentence: long enough, with a verb, not a heading or a bare list item."""
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return False
        words = [t for t in span if t.is_alpha]
        if len(words) < MIN_WORDS or len(words) > MAX_WORDS:
            return False
        return any(t.pos_ in ("VERB", "AUX") for t in span)

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        spans = [sp for sp in sentence_spans(doc) if self._is_sentence(doc, *sp)]
        # Prefer complete sentences; a subtitle or "... were these:" reads badly in a summary.
        full = [sp for sp in spans if _FULL_STOP.search(doc_text(doc)[sp[0]:sp[1]])]
        if len(full) >= min(2, len(spans)):
            spans = full
        if not spans:
            # Nothing sentence-like: fall back to the first pieces of body text.
            doc._.gist_spans = [list(sp) for sp in sentence_spans(doc)[: self.sentences]]
            return doc
        text = doc_text(doc)

        # Central words: content words weighted by frequency, headline words count more.
        freq = Counter(w for w in _words(text) if w not in self.stop and not w[0].isdigit())
        title_words = {w for w in _words(doc._.title or "") if w not in self.stop}

        def score(sp: tuple[int, int]) -> float:
            ws = [w for w in _words(text[sp[0]:sp[1]]) if w not in self.stop and not w[0].isdigit()]
            if not ws:
                return 0.0
            central = sum(min(freq[w], 5) for w in set(ws)) / (len(set(ws)) ** 0.5)
            return central + 2.0 * len(title_words.intersection(ws))

        # the article's top keyphrases: a sentence that holds them is about what the article is about
        keys = [k["text"].lower() for k in (doc._.keyphrases or [])[:5] if len(k["text"]) > 2]

        def rank(sp: tuple[int, int]) -> float:
            r = score(sp)
            sentence = text[sp[0]:sp[1]]
            r += KEYPHRASE_BONUS * sum(k in sentence.lower() for k in keys)
            if sp == spans[0]:
                r *= LEAD_BONUS
            if len(_words(sentence)) < 12:
                r *= 0.7
            first = _words(sentence[:20])[:1]
            if first and first[0] in _LEANING:
                r *= LEANING_PENALTY
            return r

        chosen: list[tuple[int, int]] = []
        category_sent = self._category_sentence(doc, spans)
        if category_sent:
            chosen.append(category_sent)
        rest = sorted((sp for sp in spans if sp not in chosen), key=lambda sp: (-rank(sp), sp[0]))
        for sp in rest:
            if len(chosen) >= self.sentences:
                break
            if len(chosen) >= 2 and sum(e - s for s, e in chosen) + (sp[1] - sp[0]) > MAX_CHARS:
                continue
            chosen.append(sp)
        doc._.gist_spans = [list(sp) for sp in sorted(chosen)]
        return doc

    @staticmethod
    def _category_sentence(doc: Doc, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The sentence holding the start of the most confident category evidence."""
        labels = [lb for lb in doc._.category_labels or [] if lb.get("span")]
        if not labels:
            return None
        basis_rank = {"explicit": 0, "criterion": 1, "implicit": 2}
        labels.sort(key=lambda lb: (basis_rank.get(lb.get("basis"), 3), -float(lb.get("confidence") or 0),
                                    lb["span"][0]))
        for label in labels:  # evidence in the headline maps to no body sentence: try the next
            start, end = label["span"]
            for s, e in spans:
                if s <= start < e or (start <= s < end):
                    return (s, e)
        return None


@Language.factory("giants_gist", default_config={"sentences": 3})
def make_gist(nlp: Language, name: str, sentences: int) -> GistPicker:
    return GistPicker(nlp, name, sentences=sentences)
