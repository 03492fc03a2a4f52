"""When a figure holds: "current", "past", "target", "rumoured", or "negated".

Read from the parse, not from the nearest word. From the amount we climb its heads
up to the sentence's root; the words on that path and their modifiers say when the
figure holds:

- past: a past perfect ("had been valued at"), a past modifier ("previously valued",
  "its peak valuation"), an earlier level ("up from $2bn"), a year two or more years
  before the article's own ("valued at $3.2bn in 2018"), or a later event named after
  it ("... before it was acquired");
- target: a goal or forecast governs it ("aims to reach a $1bn valuation", "its
  target valuation", "sales could hit $X by 2030");
- rumoured: talks or reports govern it ("is in talks to raise at a valuation of",
  "a deal that would value it at", "reportedly", "people familiar with the matter"); a
  done deal that unnamed people only tell ("people close to the deal said its valuation
  rose to $X", with no talks, plan or modal) stays current;
- current: none of these. A round's outcome stays current ("raised $300m to achieve
  a $4.6bn valuation": "achieve" is no goal word).

A negated statement ("was never valued at $1bn", "is not raising at a $2bn valuation after
all") is "negated": it holds at no time, and a reader must not take it as current.
All cue words live in data/figures.toml [time].
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from giants.figures.patterns import phrase_regex

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_FUTURE_MODALS = {"will", "could", "may", "might", "should", "would", "'ll"}
_PROPOSAL_MODALS = {"would", "could", "may", "might"}
_SPEECH = {"say", "tell", "announce", "report", "confirm", "state", "add", "disclose", "reveal", "note", "write"}


class TimeReader:
    """Decides a figure's `time` from its sentence's parse and the cue words in [time]."""

    def __init__(self, data: dict[str, Any]):
        t = data.get("time", {})
        low = lambda key: {w.lower() for w in t.get(key, [])}  # noqa: E731
        self.target_words = low("target_words")
        self.rumour_words = low("rumour_words")
        self.past_words = low("past_words")
        self.proposal_verbs = low("proposal_verbs")
        self.forecast_verbs = low("forecast_verbs")
        self.rumour_phrases = phrase_regex(t.get("rumour_phrases", []), gap=r"\s+")
        self.attribution = phrase_regex(t.get("attribution_phrases", []), gap=r"\s+")
        self.unconfirmed_phrases = phrase_regex(t.get("unconfirmed_phrases", []), gap=r"\s+")
        self.unconfirmed_words = low("unconfirmed_words")
        self.past_phrases = phrase_regex(t.get("past_phrases", []), gap=r"\s+")
        after = t.get("past_after", [])
        self.past_after = re.compile(r"(?i)\b(?:(?:[\w-]+\s+){1,3})(?:" + "|".join(map(re.escape, after)) + r")\b") \
            if after else None
        before = t.get("past_before", [])
        self.past_before = re.compile(
            r"(?i)\b(?:" + "|".join(map(re.escape, before)) + r")\s+(?:[a-z.~]+\s+){0,2}$") if before else None

    # --- the path -------------------------------------------------------------------------------

    def path(self, span: Span) -> list[Token]:
        """The amount's root and its heads, up to the sentence root (at most 12 steps). A
        clause describing a noun ends it ("X, valued at $4bn, plans to ..."), unless that noun
        is itself talk or a goal ("is in talks to raise at ...", "its plan to reach ...")."""
        out, tok = [], span.root
        for _ in range(12):
            out.append(tok)
            if tok.head is tok:
                break
            if tok.dep_ in ("acl", "relcl", "appos") and tok.pos_ in ("VERB", "AUX", "ADJ") and \
                    tok.head.lemma_.lower() not in self.rumour_words | self.target_words:
                break
            tok = tok.head
        return out

    @staticmethod
    def _words(tok: Token) -> set[str]:
        return {tok.lower_, tok.lemma_.lower()}

    def _modifiers(self, tok: Token) -> list[Token]:
        return [c for c in tok.children if c.dep_ in ("amod", "advmod", "compound", "npadvmod", "nmod", "acomp")]

    # --- the decision ---------------------------------------------------------------------------

    def read(self, span: Span, sent: Span, text: str, ref_year: int | None) -> str | None:
        if re.search(r"\(\s*$", text[max(0, span.start_char - 3):span.start_char]):
            # "after Tarlo ($20 billion)": a bracketed figure is its name's own, outside the verb
            return "rumoured" if self._rumoured(span, [span.root], [], sent) else "current"
        path = self.path(span)
        verbs = [t for t in path if t.pos_ in ("VERB", "AUX")]
        # negation on the verb that governs the amount (or the next one up)
        for v in verbs[:2]:
            if any(c.dep_ == "neg" for c in v.children):
                return "negated"
        if self._past(span, path, verbs, sent, text, ref_year):
            return "past"
        if self._target(span, path, verbs, ref_year):
            return "target"
        if self._rumoured(span, path, verbs, sent):
            return "current" if self._told_as_done(span, path, verbs, sent) else "rumoured"
        return "current"

    def _past(self, span: Span, path: list[Token], verbs: list[Token], sent: Span, text: str,
              ref_year: int | None) -> bool:
        # "had been valued at", "had raised" (past perfect on the governing verb), unless it is
        # reported speech shifted back ("said on Tuesday that it had raised $100m")
        for v in verbs[:2]:
            if v.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in v.children):
                if not self._reported(v):
                    return True
        # "previously valued", "its peak valuation", "the then-$5bn company"
        for tok in path[:6]:
            if any(self._words(m) & self.past_words for m in self._modifiers(tok)):
                return True
        for tok in span:
            if tok.lower_ in self.past_words:
                return True
        # "$3.2bn raised in two earlier rounds": a past word in a clause describing the amount
        for c in span.root.children:
            if c.dep_ in ("acl", "relcl") and any(t.lower_ in self.past_words for t in c.subtree):
                return True
        # "Sorvik's previous round priced the company at": a past word on the governing verb's subject
        if verbs:
            subj = next((c for c in verbs[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and any(self._words(m) & self.past_words for m in self._modifiers(subj)):
                return True
        # "up from $2bn", "fell from $5bn to $3bn"
        left = text[max(sent.start_char, span.start_char - 25):span.start_char]
        if self.past_before is not None and self.past_before.search(left):
            return True
        # "... before it was acquired", "at the time"
        right = text[span.end_char:sent.end_char].lower()
        if self.past_phrases is not None and self.past_phrases.search(right[:90]):
            return True
        # "valued at €3bn just fourteen months ago", "$150m a year earlier"
        if self.past_after is not None and self.past_after.search(re.split(r"[,;]", right)[0][:50]):
            return True
        # "was valued at $3.2bn in 2018": a year well before the article's own, on the verb; in a
        # clause describing a firm ("X, which was valued at $1.3bn in 2021, raised ...") any year
        # before the article's own
        end = path[-1]
        described = end.dep_ in ("relcl", "acl") and end.pos_ in ("VERB", "AUX", "ADJ")
        if described and any(self._words(m) & self.past_words for m in self._modifiers(end.head)):
            return True  # "a former unicorn that was valued at $1.6bn"
        if ref_year is not None and verbs:
            v = verbs[0]
            if v.tag_ in ("VBD", "VBN"):
                for prep in v.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "by"):
                        for y in prep.children:
                            if y.dep_ == "pobj" and _YEAR.match(y.text) and (
                                    int(y.text) <= ref_year - 2 or (described and int(y.text) < ref_year)):
                                return True
        return False

    @staticmethod
    def _reported(verb: Token) -> bool:
        """The verb is in a clause reported by a past speech verb ("said ... it had raised")."""
        tok = verb
        for _ in range(3):
            if tok.dep_ not in ("ccomp", "conj", "xcomp") or tok.head is tok:
                return False
            tok = tok.head
            if tok.lemma_.lower() in _SPEECH and tok.tag_ in ("VBD", "VBN"):
                return True
        return False

    def _target(self, span: Span, path: list[Token], verbs: list[Token], ref_year: int | None) -> bool:
        for tok in path:
            if tok.pos_ in ("VERB", "NOUN") and tok.lemma_.lower() in self.target_words and tok not in span:
                # "plans to raise", "aims to reach", "a goal of", but not "raised $X as planned"
                if tok.pos_ == "NOUN" or any(c.dep_ in ("xcomp", "ccomp", "dobj", "attr", "prep") for c in tok.children):
                    return True
            if any(self._words(m) & self.target_words for m in self._modifiers(tok)):
                return True  # "its target valuation", "a potential $2bn deal"
            # "its goal is a $1bn valuation": a goal word as the subject of a copula on the path
            if tok.pos_ in ("AUX", "VERB") and tok.lemma_.lower() == "be":
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.target_words for c in tok.children):
                    return True
        # "sales will hit $X", "could reach a $10bn valuation by 2030"
        for v in verbs[:2]:
            modal = any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in v.children)
            if modal and v.lemma_.lower() in self.forecast_verbs:
                return True
        if ref_year is not None:
            for tok in path[:4]:
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ == "by":
                        for y in prep.children:
                            if y.dep_ == "pobj" and _YEAR.match(y.text) and int(y.text) > ref_year:
                                return True  # "by 2030", after the article's year
        return False

    def _told_as_done(self, span: Span, path: list[Token], verbs: list[Token], sent: Span) -> bool:
        """Unnamed people tell a done deal: the sentence names its sources ("people close to the
        deal said", "according to a person familiar") and nothing else makes it a rumour: no
        rumour word on the path, no talks or modal in the sentence, none on the figure's clause."""
        low = sent.text.lower()
        if self.attribution is None or not self.attribution.search(low):
            return False
        if self.unconfirmed_phrases is not None and self.unconfirmed_phrases.search(low):
            return False
        if self._rumoured(span, path, verbs, sent, phrases=False):
            return False
        clause = path[:next((i + 1 for i, t in enumerate(path) if t.pos_ in ("VERB", "AUX")), len(path))]
        for t in clause:
            if self._words(t) & self.unconfirmed_words or t.tag_ == "MD":
                return False
            if any(c.tag_ == "MD" or c.lower_ in self.unconfirmed_words
                   for c in t.children if c.dep_ in ("aux", "advmod")):
                return False
        return True

    def _rumoured(self, span: Span, path: list[Token], verbs: list[Token], sent: Span, phrases: bool = True) -> bool:
        for tok in path:
            if tok.pos_ in ("VERB", "NOUN") and tok.lemma_.lower() in self.rumour_words and tok not in span:
                return True  # "is in talks to raise", "is considering a sale"
            if any(self._words(m) & self.rumour_words for m in self._modifiers(tok)):
                return True  # "a reported $40m", "reportedly valued"
        for tok in span:
            if tok.lower_ in self.rumour_words:
                return True
        # "a deal that would value the company at $X"
        for v in verbs[:2]:
            if v.lemma_.lower() in self.proposal_verbs and any(
                    c.dep_ == "aux" and c.lower_ in _PROPOSAL_MODALS for c in v.children):
                return True
        end = path[-1] if path else span.root
        if end.dep_ in ("relcl", "acl") and end.pos_ in ("VERB", "AUX", "ADJ") and end.head is not end \
                and end.head.lemma_.lower() not in self.rumour_words | self.target_words:
            return False  # "X, which was last valued at $68bn, is said to ...": the clause is no rumour
        return phrases and self.rumour_phrases is not None and bool(self.rumour_phrases.search(sent.text.lower()))
