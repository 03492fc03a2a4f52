"""giants_keyphrases: 5-8 ranked, de-duplicated phrases an editor would tag the article with.

Candidates are organisation and other names, trimmed noun phrases, and the sector
terms the sectors component matched. Each is scored by how often its words recur
(counted on lemmas, so "little giant" and "little giants" are one phrase), whether
it is in the headline or lead, and its shape (multi-word phrases and names beat
lone common nouns). Near-duplicates are then dropped greedily, best first: two
phrases are duplicates when the word stems of one are contained in the other's
("little giants" / "little giant enterprises", "Optimize" / "Optimization").

What an editor would not tag is left out: lone generic nouns ("company", "year"),
pieces of figures, wire datelines and credits, bare surnames, job titles, phrases
wrapped round a name ("battery start-up Zorvo": the name is the tag), and figures
of speech that only the headline uses ("a sight for sore eyes"). Rating words and
possessors are trimmed ("the city's latest unicorn" -> "unicorn"), and a phrase said
once in passing, about nothing the article is about, ranks low. The word lists are
in data/keyphrases.toml.

Every phrase is traceable: text is the exact text at span, its first occurrence in
that form.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from giants import extensions  # noqa: F401
from giants.extensions import doc_text, guarded
from giants.data import builtin

# Entity types that make good tags; numbers, dates and money do not.
NAME_LABELS = {"ORG", "GPE", "LOC", "PERSON", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "FAC", "NORP"}
SKIP_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
# Edge tokens to trim: function words, numbers, symbols, and "'s".
EDGE_POS = {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "SYM", "NUM", "AUX", "ADV", "SPACE", "X"}
_SUFFIXES = ("izations", "ization", "isations", "isation", "ations", "ation", "ments", "ment", "ities", "ity",
             "ings", "ing", "izes", "ize", "ises", "ise", "ers", "er", "ed", "es", "s")


# Parts of a company name that are no tag on their own.
NAME_PARTS = {"ltd", "ltd.", "co", "co.", "inc", "inc.", "corp", "corp.", "group", "holdings", "plc", "llc", "ag"}


def stem(word: str) -> str:
    """A crude stem, enough to see that "optimise", "optimization" and "optimizes" are one word."""
    w = word.lower()
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    if w.endswith("e") and len(w) >= 5:
        return w[:-1]
    return w


def _initials(text: str) -> str:
    """First letters of the words; of the capitalised words only when there are some
    ("Ministry of Industry and Information Technology" -> "miit")."""
    words = re.findall(r"[A-Za-z][A-Za-z-]*", text)
    caps = [w for w in words if w[0].isupper()]
    return "".join(w[0] for w in (caps if len(caps) >= 2 else words)).lower()


class _Tok(NamedTuple):
    """What the trimming rules read of a token, taken from spaCy once per document."""

    text: str
    lower: str
    pos: str
    tag: str
    ent: str
    stop: bool
    is_lower: bool
    alnum: bool
    idx: int
    lemma: str      # lower-case lemma; a proper noun's lower-case form
    skip: bool      # punctuation, stop word or space: left out of lemma sequences
    nl_text: bool   # the token itself holds a line break
    nl_ws: bool     # a line break follows it
    quote: bool


@dataclass
class _Cand:
    text: str
    start: int
    end: int
    lemmas: tuple[str, ...]
    kind: str                      # name | org | phrase | term
    stems: frozenset[str] = field(default_factory=frozenset)
    propn: bool = False
    score: float = 0.0
    common: bool = False           # ordinary words: no proper noun, no named entity
    mentions: int = 0              # for an organisation: its mention count, all forms together
    first: int = -1                # ... and where it is first mentioned, in any form


class _SpanIndex:
    """Character spans sorted by start, so that the spans inside, around or overlapping
    a stretch of text are found by bisection instead of a scan of every span (a scan per
    candidate made the step quadratic in the text's length)."""

    def __init__(self, spans):
        self.spans = sorted({(int(s), int(e)) for s, e in spans})
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def inside(self, start: int, end: int):
        """Spans lying within [start, end)."""
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, end)
        return (sp for sp in self.spans[lo:hi] if sp[1] <= end)

    def around(self, start: int, end: int):
        """Spans holding all of [start, end)."""
        lo, hi = bisect_left(self.starts, start - self.longest), bisect_right(self.starts, start)
        return (sp for sp in self.spans[lo:hi] if sp[1] >= end)

    def touching(self, start: int, end: int):
        """Spans with s <= end and start <= e (sharing or bordering the stretch)."""
        lo, hi = bisect_left(self.starts, start - self.longest), bisect_right(self.starts, end)
        return (sp for sp in self.spans[lo:hi] if sp[1] >= start)


class KeyphraseExtractor:
    def __init__(self, nlp: Language, name: str, *, top_n: int = 8, min_n: int = 5):
        self.name = name
        self.top_n = top_n
        self.min_n = min_n
        self.stop = nlp.Defaults.stop_words
        vocab = builtin("keyphrases")
        self.generic = {w.lower() for w in vocab.get("generic_nouns", [])}
        self.weak_mods = {w.lower() for w in vocab.get("weak_modifiers", [])}
        self.keep = tuple(w.lower() for w in vocab.get("keep_phrases", []))
        self.max_places = int(vocab.get("max_places", 2))
        self.body_heads = {w.lower() for w in vocab.get("body_heads", [])}

    # ------------------------------------------------------------------ candidates

    def _trim(self, span: Span) -> Span | None:
        """Drop function words, numbers and stop words at both edges."""
        s, e = span.start, span.end
        doc = span.doc
        tok = self._tok  # per-document token facts, read from spaCy once

        def edge(i: int) -> bool:
            t = tok[i]
            return t.pos in EDGE_POS or t.stop or not t.alnum

        while s < e and (edge(s) or tok[s].ent in SKIP_LABELS):
            s += 1
        while e > s and (edge(e - 1) or tok[e - 1].ent in SKIP_LABELS):
            e -= 1
        if s >= e:
            return None
        # "the city's latest unicorn" -> "unicorn": the possessor and rating words are no part of the tag
        for i in range(e - 2, s - 1, -1):
            if tok[i].tag == "POS" or tok[i].lower in ("'s", "’s"):
                s = i + 1
                break
        while e - s > 1 and tok[s].lower in self.weak_mods and tok[s].is_lower \
                and not doc[s:e].text.lower().startswith(self.keep):
            s += 1
        while s < e and (edge(s) or (tok[s].tag in ("VBN", "VBD") and e - s > 1 and tok[s].is_lower
                                     and s > span.start and tok[s - 1].pos == "ADV")):
            s += 1  # ... and a participle after an adverb: "held maker" from "privately held maker"
        if e - s > 3 and tok[s + 1].text == "-" and tok[s + 2].lower == "based":
            s += 3  # "Oslo-based developer" -> "developer"
        if s >= e or e - s > 6 or not any(tok[i].pos in ("NOUN", "PROPN") for i in range(s, e)):
            return None
        return doc[s:e]

    def _lemmas(self, span: Span) -> tuple[str, ...]:
        tok = self._tok
        return tuple(tok[i].lemma for i in range(span.start, span.end) if not tok[i].skip)

    def _candidates(self, doc: Doc) -> list[_Cand]:
        cands: list[_Cand] = []
        # Doc.text is rebuilt from the tokens on every access: read it once per document.
        self._text = doc_text(doc)
        self._tok = [_Tok(t.text, t.lower_, t.pos_, t.tag_, t.ent_type_, t.is_stop, t.is_lower,
                          any(c.isalnum() for c in t.text), t.idx,
                          t.lemma_.lower() if t.pos_ != "PROPN" else t.lower_,
                          t.is_punct or t.is_stop or t.is_space, "\n" in t.text, "\n" in t.whitespace_,
                          t.is_quote) for t in doc]
        self._lower_words = {t.text for t in self._tok if t.is_lower}
        known_orgs = {(s, e) for org in doc._.organizations or [] for s, e in org.get("mention_spans", []) or []}
        self._org_spans = _SpanIndex(known_orgs)

        names: list[tuple[int, int]] = []

        def add(span: Span | None, kind: str) -> None:
            if span is None:
                return
            # never across a line break: a headline and the next line are separate texts
            # and never across a quote mark: 'specialized "Little Giant" enterprises' holds three
            tok = self._tok
            b = next((i for i in range(span.start, span.end) if tok[i].nl_text or tok[i].nl_ws or tok[i].quote), None)
            if b is not None:
                cut = b if (tok[b].nl_text or tok[b].quote) else b + 1
                if cut > span.start:
                    add(self._trim(doc[span.start:cut]), kind)
                nxt = b + 1
                if nxt < span.end:
                    add(self._trim(doc[nxt:span.end]), kind)
                return
            lem = self._lemmas(span)
            if not lem or all(len(w) < 2 for w in lem):
                return
            # a job title before a name is no part of it: "Chairman Lou Ming" -> "Lou Ming"
            while len(span) > 1 and span[0].lower_ in self.generic and span[1].pos_ == "PROPN" \
                    and span[1].ent_type_ == "PERSON":
                span = span[1:]
                lem = self._lemmas(span)
            if kind != "org" and all(t.ent_type_ == "PERSON" for t in span):
                kind = "person"
            if self._junk(span, lem, kind, figures):
                return
            if len(span) == 1:
                tok = span[0]
                if tok.lower_ in NAME_PARTS:
                    return
                # a unit next to a number ("1 lakh crore", "Rs. 115") is part of a figure
                near = [doc[i] for i in (tok.i - 1, tok.i + 1, tok.i + 2) if 0 <= i < len(doc)]
                if any(t.like_num for t in near):
                    return
            elif len(span) == 2 and span.start > 0 and doc[span.start - 1].like_num \
                    and not any(t.pos_ == "PROPN" for t in span):
                return
            if kind in ("phrase", "term") and (span.start_char, span.end_char) in known_orgs:
                return  # another mention of an organisation, which has its own candidate
            if kind in ("phrase", "term") and any((s, e) != (span.start_char, span.end_char)
                                                  for s, e in name_index.around(span.start_char, span.end_char)):
                return  # a piece of a name: "Information Technology" in "Ministry of ... Technology"
            cands.append(_Cand(span.text, span.start_char, span.end_char, lem, kind,
                               frozenset(stem(w) for w in lem),
                               propn=any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in span),
                               common=all(t.pos_ != "PROPN" and not t.ent_type_ for t in span)))

        figures = _SpanIndex(tuple(f["span"]) for f in doc._.figures or [] if f.get("span"))
        names += [tuple(s) for org in doc._.organizations or [] for s in org.get("mention_spans", []) or []]
        names += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NAME_LABELS]
        name_index = _SpanIndex(names)
        for org in doc._.organizations or []:
            spans = sorted(tuple(s) for s in org.get("mention_spans", []) or [])
            # the fullest form of the name, where it first occurs ("Acme Robotics", not "Acme")
            full = org.get("name") or ""
            longer = [a for a in org.get("aliases", []) or [] if full and full in a and a in self._text]
            if longer:
                full = max(longer, key=len)
            pos = self._text.find(full) if full else -1
            if pos >= 0:
                spans = [(pos, pos + len(full))]
            if spans:
                sp = doc.char_span(spans[0][0], spans[0][1], alignment_mode="expand")
                n = len(cands)
                add(self._trim(sp) if sp is not None else None, "org")
                every = sorted(tuple(x) for x in org.get("mention_spans", []) or [])
                for c in cands[n:]:
                    c.mentions = len(every)
                    c.first = every[0][0] if every else c.start
        for ent in doc.ents:
            if ent.label_ == "NORP":
                continue  # "Danish", "Chinese": adjectives of origin, not topics
            if ent.label_ in NAME_LABELS:
                # an ORG the organisations component did not accept is only a name
                is_org = ent.label_ == "ORG" and any(True for _ in self._org_spans.touching(ent.start_char, ent.end_char))
                kind = "org" if is_org else "place" if ent.label_ in ("GPE", "LOC") \
                    else "person" if ent.label_ == "PERSON" else "name"
                add(self._trim(ent), kind)
        for chunk in doc.noun_chunks:
            add(self._trim(chunk), "phrase")
            # a long chunk often hides a good short one: "the global pharmaceutical giants"
            root = chunk.root
            mods = [t for t in chunk if t.i < root.i and t.dep_ in ("compound", "amod") and not t.is_stop]
            if mods and len(chunk) > 3:
                add(self._trim(doc[mods[-1].i:root.i + 1]), "phrase")
        low = self._text.lower()
        # the categories the article discusses, as written: "little giants", "unicorn"
        category_terms = [c.replace("_", " ") for c in doc._.categories_discussed or []]
        for sector in [{"terms": category_terms}] + list(doc._.sectors or []):
            for term in sector.get("terms", []):
                # the first occurrence that is not part of a name
                pos = low.find(term.lower())
                while pos >= 0 and any(e > pos for _, e in name_index.around(pos, pos)):
                    pos = low.find(term.lower(), pos + 1)
                if pos >= 0:
                    sp = doc.char_span(pos, pos + len(term), alignment_mode="expand")
                    if sp is not None:
                        add(sp, "term")
        return cands

    def _junk(self, span: Span, lemmas: tuple[str, ...], kind: str, figures: _SpanIndex) -> bool:
        """Candidates that are no tag: lone generic nouns, pieces of figures and hyphenated
        words ("based maker" from "Munich-based maker"), wire datelines ("NINGBO, July 28")."""
        doc = span.doc
        text = self._text
        # where the text before the span ends once trailing spaces are dropped (no copy of it)
        before_end = span.start_char
        while before_end > 0 and text[before_end - 1] == " ":
            before_end -= 1
        para_start = text.rfind("\n", 0, before_end) + 1
        line_start = before_end == 0 or text[before_end - 1] == "\n"
        # a wire credit right after the dateline: "LONDON, May 2 (Reuters) --"
        if self._text[span.start_char - 1:span.start_char] == "(" and self._text[span.end_char:span.end_char + 1] == ")" \
                and span.start_char - para_start < 40 and re.match(r"[A-Z][A-Z'. -]+,", self._text[para_start:]):
            return True
        letters = [ch for ch in span.text if ch.isalpha()]
        if letters and all(ch.isupper() for ch in letters) and len(letters) > 4:
            after = self._text[span.end_char:span.end_char + 3]
            if line_start and after[:1] in (",", "(", "\u2014", "-"):
                return True
        if kind == "org":
            return False
        if any((s, e) != (span.start_char, span.end_char)
               for s, e in self._org_spans.inside(span.start_char, span.end_char)):
            return True  # a description wrapped round a name ("battery start-up Zorvo"): the name is the tag
        if len(span) == 1 and (kind == "person" or span[0].ent_type_ == "PERSON"):
            return True  # a bare surname
        if len(span) == 1 and kind in ("name", "phrase") and span[0].is_title and span[0].lower_ in self._lower_words:
            return True  # a common word capitalised by position or by a tagger's stray name ("Measures")
        if kind == "phrase" and any(t.is_punct and t.text not in ("-", "&", "'", ".", "/") for t in span):
            return True  # broken pieces: "小巨人): companies"
        if len(lemmas) == 1 and (lemmas[0] in self.generic or span.text.lower() in self.generic
                                 or span.text.lower() in self.weak_mods):
            return True
        if kind == "phrase" and " " not in span.text and "-" in span.text and lemmas[-1] in self.generic:
            return True  # one hyphenated modifier: "municipal-level"
        if span.text.endswith("-") or (span[0].tag_ == "VBG" and span[0].is_title and kind != "term"):
            return True  # pieces of a longer title: "Sophisticated Small-", "Promoting the Development"
        if kind == "phrase" and any(t.lower_ in ("a", "an", "the") for t in span[1:-1]):
            return True  # two phrases run together: "start-up a unicorn"
        if kind == "phrase" and all(t.ent_type_ == "NORP" or t.lower_ in self.generic for t in span):
            return True  # "Norwegian maker", "Chinese companies"
        if kind == "phrase" and span[-1].lower_ in self.body_heads and not span[0].is_title:
            return True  # a body written in lower case: "the zone's management committee"
        if len(span[0].text) == 1 and span[0].is_alpha:
            return True  # "B round" from "Series A and B round"
        if any(s < span.end_char and span.start_char < e for s, e in figures.touching(span.start_char, span.end_char)) \
                and any(t.like_num or t.is_currency or t.lower_ in self.generic for t in span):
            return True  # the number or unit of a figure; "more than 500 little giants" keeps "little giants"
        if kind == "phrase" and (any(any(ch.isdigit() for ch in t.text) or t.is_currency for t in span)
                                 or (span.start > 0 and doc[span.start - 1].like_num)):
            return True
        if span.start >= 2 and doc[span.start - 1].text in ("-", "–") and not doc[span.start - 2].whitespace_ \
                and not doc[span.start - 1].whitespace_:
            return True
        if span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_ \
                and kind != "term":
            return True  # the front half of a compound: "heat" in "heat-pump"
        return False

    # ------------------------------------------------------------------ scoring

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        cands = self._candidates(doc)
        if not cands:
            doc._.keyphrases = []
            return doc
        # Lemma stream of the whole text, for counting any phrase's occurrences.
        words = [(t.idx, t.lemma) for t in self._tok if not t.skip]
        stream = _Stream(w for _, w in words)
        title = doc._.title
        head_end = (self._text.find(title) + len(title)) if title and title in self._text else 0
        # the lead: the first body sentence, or more of it when that "sentence" is only a
        # dateline ("TIANJIN, March 3 (Xinhua) --")
        lead_end = head_end
        for sent in doc.sents:
            if sent.end_char > head_end and self._text[max(head_end, sent.start_char):sent.end_char].strip():
                lead_end = sent.end_char
                if len(self._text[max(head_end, sent.start_char):sent.end_char].strip()) > 60:
                    break
        labelled = {lb.get("org") for lb in doc._.category_labels or []}
        category_words = {w for c in doc._.categories_discussed or [] for w in c.split("_")}

        title_case = bool(title) and _is_title_case(title)
        title_at = self._text.find(title or "\0")
        # Merge candidates with the same lemmas: keep the earliest surface form, but not
        # one capitalised only by a Title Case headline when the body writes it too.
        best: dict[tuple[str, ...], _Cand] = {}
        for c in sorted(cands, key=lambda c: c.start):
            prev = best.get(c.lemmas)
            if prev is None:
                best[c.lemmas] = c
                continue
            # capitalised by the headline's case or by standing first in it
            by_case = title_case or prev.start == title_at
            if by_case and prev.start < head_end <= c.start and prev.text != c.text and c.text[:1].islower() \
                    and prev.text[:1].isupper() and c.kind not in ("org", "name"):
                prev.text, prev.start, prev.end = c.text, c.start, c.end
            if c.kind in ("org", "term") and prev.kind == "phrase":
                prev.kind = c.kind
                prev.propn = prev.propn or c.propn
            prev.mentions = max(prev.mentions, c.mentions)
            if c.first >= 0:
                prev.first = c.first if prev.first < 0 else min(prev.first, c.first)
        body_stream = _Stream(w for idx, w in words if idx >= head_end)
        for c in list(best.values()):
            c.score = 0.0
        for c in best.values():
            n = len(c.lemmas)
            count = max(_count(stream, c.lemmas), c.mentions)
            score = min(count, 6) if count else 1
            at = c.first if c.first >= 0 else c.start
            if at < head_end:
                score += 2.0
            elif at < lead_end:
                score += 0.75
            in_head = c.start < head_end
            if in_head and title_case and not _count(body_stream, c.lemmas):
                continue         # a word capitalised only because the headline is in Title Case
            if in_head and c.kind == "phrase" and not c.propn and not _count(body_stream, c.lemmas) \
                    and not set(c.lemmas) & category_words:
                continue         # a headline figure of speech the body never uses ("sore eyes", "latest weapon")
            if c.kind == "person":
                score *= 0.5     # people are the who, rarely the what
            proper = c.kind in ("org", "name", "place", "person") or any(ch.isupper() for ch in c.text[1:]) \
                or (c.propn and not in_head)
            if n == 1 and not proper:
                score *= 0.4     # a lone common noun ("company", "report") is rarely a tag
            elif 2 <= n <= 3:
                score *= 1.3
            elif n >= 5 and c.kind != "org":
                score *= 0.7
            anchored = c.kind == "term" or bool(set(c.lemmas) & category_words) or c.text in labelled
            if anchored:
                score *= 1.3
            elif c.kind == "phrase" and count <= 1 and at >= lead_end and not c.propn:
                score *= 0.6     # said once, in passing, and about nothing the article is about
            c.score = round(score, 3)

        # A phrase that never occurs outside a longer one ("gear reducers" inside
        # "planetary gear reducers") yields to the longer one.
        counts = {c.lemmas: _count(stream, c.lemmas) for c in best.values()}
        # the candidates that hold each lemma sequence as a shorter part, in candidate order
        holders: dict[tuple[str, ...], list[_Cand]] = {}
        for b in best.values():
            n = len(b.lemmas)
            parts = {b.lemmas[i:j] for i in range(n) for j in range(i + 1, n + 1) if j - i < n}
            for part in parts:
                holders.setdefault(part, []).append(b)
        for a in best.values():
            for b in holders.get(a.lemmas, ()):
                # ... and so does one whose longer form recurs and ranks close to it
                # ("SMEs" / "specialized and sophisticated SMEs")
                if len(a.lemmas) < len(b.lemmas) and a.score > 0 and b.score > 0 and a.kind != "org" \
                        and _contains(b.lemmas, a.lemmas) \
                        and (counts[a.lemmas] <= counts[b.lemmas]
                             or (counts[b.lemmas] >= 2 and b.score >= 0.5 * a.score)):
                    a.score = min(a.score, round(b.score - 0.01, 3))
        ranked = sorted((c for c in best.values() if c.score > 0), key=lambda c: (-c.score, c.start))
        chosen: list[_Cand] = []
        for c in ranked:
            if len(chosen) >= self.top_n:
                break
            # a name is not a longer form of a common word it contains ("Valve" / "Harbour Valve Technology")
            if any((c.stems <= k.stems or k.stems <= c.stems) and not _word_in_name(c, k) for k in chosen):
                continue
            if any(_overlap(c, k) for k in chosen):
                continue
            if c.kind == "place" and sum(k.kind == "place" for k in chosen) >= self.max_places:
                continue
            chosen.append(c)
        if len(chosen) < self.min_n:  # a short text: relax the near-duplicate rule, keep the exact one
            for c in ranked:
                if len(chosen) >= self.min_n:
                    break
                if c not in chosen and all(c.stems != k.stems and not _overlap_span(c, k) for k in chosen):
                    chosen.append(c)
            chosen.sort(key=lambda c: (-c.score, c.start))
        doc._.keyphrases = [{"text": c.text, "span": [c.start, c.end], "score": c.score} for c in chosen]
        return doc


class _Stream(list):
    """A lemma stream that remembers where each word occurs, so that counting a
    phrase looks only at the places its first word stands, and each phrase is
    counted once."""

    def __init__(self, words):
        super().__init__(words)
        self.at: dict[str, list[int]] = {}
        self.counted: dict[tuple[str, ...], int] = {}
        for i, w in enumerate(self):
            self.at.setdefault(w, []).append(i)


def _count(stream: _Stream, key: tuple[str, ...]) -> int:
    """How often the lemma sequence `key` occurs in `stream`."""
    n = len(key)
    if n == 0:
        return 0
    found = stream.counted.get(key)
    if found is None:
        found = stream.counted[key] = sum(1 for i in stream.at.get(key[0], ()) if tuple(stream[i:i + n]) == key)
    return found


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _word_in_name(a: _Cand, b: _Cand) -> bool:
    """One is an organisation's name and the other a common word inside it."""
    for name, word in ((a, b), (b, a)):
        if name.kind == "org" and word.kind in ("term", "phrase") and word.common \
                and len(word.stems) == 1 and len(name.stems) > 1:
            return True
    return False


def _overlap_span(a: _Cand, b: _Cand) -> bool:
    return a.start < b.end and b.start < a.end


def _is_title_case(title: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", title) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _overlap(a: _Cand, b: _Cand) -> bool:
    """Two phrases that are the same stretch of text, an abbreviation of each other
    ("AI" / "artificial intelligence"), or share most of their words."""
    if a.start < b.end and b.start < a.end:
        return True
    for x, y in ((a, b), (b, a)):
        if len(x.lemmas) == 1 and x.text.isupper() and len(x.text) >= 2 and len(y.lemmas) >= 2 \
                and _initials(y.text) == x.text.lower().rstrip("s"):
            return True
    common = len(a.stems & b.stems)
    # one shared word is not enough between a short phrase and a long name
    # ("industrial valves" / "Harbour Valve Technology")
    return common >= 1 and common >= min(len(a.stems), len(b.stems)) - 1 \
        and 2 * common >= max(len(a.stems), len(b.stems))


@Language.factory("giants_keyphrases", default_config={"top_n": 8, "min_n": 5})
def make_keyphrases(nlp: Language, name: str, top_n: int, min_n: int) -> KeyphraseExtractor:
    return KeyphraseExtractor(nlp, name, top_n=top_n, min_n=min_n)
