"""What a figure is about when it is not simply a firm's own number.

Three readings of the parse, each from the amount up through its heads:

- a market or sector (`subject_kind` "market"): the amount measures a noun such as
  "market", "industry", "demand" ("the risk management market, which researchers
  valued at $31.3 billion"; "a $5bn market"; "61% annual growth for AI demand"), so
  it is never a company's valuation or growth;
- a deal price: the amount is what a buyer pays for a firm ("agreed to buy X for $4bn",
  "X's $4bn acquisition by Y", "X was sold to Y for $4bn"); its subject is the firm
  bought, never the bidder;
- a traded value: a listed company's market capitalisation or a token's market value,
  which is not a private valuation (`market_value` True); so is a firm's value given in
  brackets as the yardstick of a comparison with listed firms ("worth more than any
  listed company, ahead of A ($75bn)").

Cue words live in data/figures.toml [subjects].
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from giants.figures.patterns import phrase_regex


class SubjectReader:
    def __init__(self, data: dict[str, Any]):
        s = data.get("subjects", {})
        low = lambda key: {w.lower() for w in s.get(key, [])}  # noqa: E731
        self.market_nouns = low("market_nouns")
        self.not_market_after = low("not_market_after")
        self.measure_nouns = low("measure_nouns")
        self.traded = phrase_regex(s.get("traded_cues", []))
        self.deal_verbs = {w for w in low("deal_verbs") if " " not in w}
        self.deal_phrasal = {tuple(w.split()) for w in low("deal_verbs") if " " in w}
        self.deal_nouns = low("deal_nouns")
        self.comparison_words = low("comparison_words")
        self.private_classes = low("private_class_nouns")
        # "the API security market , which researchers valued at $X" (a parse often misses it)
        nouns = "|".join(re.escape(n) for n in sorted(self.market_nouns, key=len, reverse=True))
        verbs = "|".join(re.escape(v) for v in s.get("sizing_verbs", []))
        self.market_which = re.compile(
            rf"(?i)\b(?P<m>(?:[\w-]+\s+){{0,4}}?(?:{nouns}))\s*,?\s+(?:which|that)\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:{verbs})\s+(?:it\s+)?at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$") \
            if nouns and verbs else None

        verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in s.get("forecast_verbs", []))
        self.forecast_link = re.compile(
            rf"(?i)\s*(?:[^.;:$€£¥]{{0,60}}?)\b(?:and|to|while|but)\s+(?:[\w-]+\s+){{0,4}}?(?:{verbs})\s+"
            rf"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$") if verbs else None

    def same_market(self, between: str) -> bool:
        """The words between a market's size and a later amount make that amount the same market's
        later size ("..., and project will reach", "... in 2021 and is expected to hit")."""
        return self.forecast_link is not None and bool(self.forecast_link.fullmatch(between))

    # --- markets ---------------------------------------------------------------------------------

    def is_market(self, tok: Token) -> bool:
        """A market noun used as a market: "the chip market", not "its market value"."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in self.market_nouns:
            return False
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in self.not_market_after:
            return False  # "market value", "market share", "market leader"
        if tok.dep_ == "compound" and tok.head.lower_ in self.not_market_after:
            return False
        if any(c.dep_ == "poss" and c.ent_type_ not in ("GPE", "LOC", "NORP") for c in tok.children):
            return False  # "the company's market" is where it sells, a firm's figure stays the firm's
            # (a place's is a market: "China's low-altitude economy was valued at ...")
        return True

    @staticmethod
    def phrase(tok: Token) -> str:
        """The noun with the words that modify it right before it: "risk management market",
        "AI demand" (a leading amount or article dropped)."""
        doc = tok.doc
        start = tok.i
        for c in sorted((c for c in tok.lefts), key=lambda c: -c.i):
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.right_edge.i == start - 1:
                start = c.left_edge.i
            elif c.dep_ == "punct" and c.i == start - 1 and c.text == "-":
                start = c.i
            else:
                break
        toks = [t for t in doc[start:tok.i + 1]
                if not (t.like_num or t.is_currency or t.dep_ in ("det", "poss") or t.ent_type_ == "MONEY")]
        return " ".join(t.text for t in toks).replace(" - ", "-").strip()

    def market(self, span: Span) -> Token | None:
        """The market noun the amount measures, if any (walking up at most six heads)."""
        tok = span.root
        if self._market_of(tok) is not None:
            return self._market_of(tok)
        for _ in range(6):
            head = tok.head
            if head is tok:
                break
            if head.pos_ in ("NOUN", "PROPN"):
                m = self._market_of(head)
                if m is not None:
                    return m
                if head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr") and head.lower_ not in self.measure_nouns:
                    # a noun that is neither a market nor a measure: the amount is about it ("Acme's $5bn valuation")
                    if head.lower_ not in ("valuation", "value", "worth", "figure", "total", "estimate", "forecast"):
                        return None
            elif head.pos_ in ("VERB", "AUX"):
                # "the market is worth $X", "researchers valued the market at $X"
                for c in head.children:
                    if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != tok.i:
                        m = self._market_of(c)
                        if m is not None:
                            if c.dep_ == "dobj" or head.lemma_.lower() != "value" or c.dep_ == "nsubjpass" \
                                    or not any(x.dep_ == "dobj" for x in head.children):
                                return m
                # "the market, which researchers valued at $X": the noun the clause describes
                if head.dep_ in ("relcl", "acl") and self.is_market(head.head):
                    return head.head
                subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and (head.dep_ not in ("xcomp", "ccomp", "advcl", "conj")
                                         or (head.dep_ == "conj" and subj.pos_ != "PRON")):
                    return None  # the clause's subject decides; it is not a market (a conjoined
                    # clause with a named subject of its own is a clause of its own; "and it is
                    # projected to reach $X" goes on to the first clause's subject)
            tok = head
        return None

    def market_before(self, left: str) -> str | None:
        """The market phrase of "<market>, which researchers valued at" right before an amount, from
        the words (for sentences the parser gets wrong); None when there is none."""
        m = self.market_which.search(left) if self.market_which is not None else None
        if m is None:
            return None
        words = [w for w in m.group("m").split() if w.lower() not in ("the", "a", "an", "its", "this", "global")]
        return " ".join(words) or None

    def _market_of(self, tok: Token) -> Token | None:
        if self.is_market(tok):
            return tok
        # "the size of the market", "growth for AI demand", "market size"
        if tok.lower_ in self.measure_nouns:
            for c in tok.children:
                if c.dep_ == "compound" and self.is_market(c):
                    return c
                if c.dep_ == "prep" and c.lower_ in ("of", "for", "in"):
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if obj is not None and self.is_market(obj):
                        return obj
        return None

    # --- deals -----------------------------------------------------------------------------------

    def deal_target(self, span: Span) -> Token | None:
        """For a price paid for a firm, the noun phrase of the firm bought: the object of
        "buy"/"acquire", the subject of a passive ("X was acquired for"), the possessor or
        "of"-object of "acquisition"/"takeover". None when the amount is no deal price."""
        tok = span.root
        for _ in range(6):
            head = tok.head
            if head is tok:
                return None
            lemma = head.lemma_.lower()
            if head.pos_ in ("VERB",) and (lemma in self.deal_verbs or self._phrasal(head)):
                if lemma in ("offer", "pay", "bid") and tok.dep_ == "dobj":
                    # "offered $4bn for X", "paid $1bn for X"
                    prep = next((c for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ == "for"), None)
                    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
                if lemma == "sell":
                    # "sold X to Y for $4bn" / "X was sold for $4bn"
                    obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
                    return obj
                obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
                if obj is None:
                    # "snapping up Pindly for $2bn" with the name misread as an adverb: a proper
                    # name right after the verb and its particle is its object
                    obj = next((c for c in head.children if c.dep_ in ("advmod", "npadvmod", "oprd")
                                and c.i > head.i and c.text[:1].isupper()), None)
                if obj is not None and obj.i != span.root.i and obj not in span:
                    return obj
                return None
            if head.pos_ in ("VERB", "AUX"):
                return None  # another verb governs the amount ("a deal that values X at $Y")
            if head.pos_ in ("NOUN", "PROPN") and lemma in self.deal_nouns:
                # "Y's $4bn acquisition of X": the "of"/"for" object is the firm bought, the
                # possessor the buyer; "X's $4bn sale to Y", "X's acquisition by Y": the possessor
                of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
                obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                if obj is not None:
                    return obj
                poss = next((c for c in head.children if c.dep_ == "poss"), None)
                by = any(c.dep_ == "prep" and c.lower_ in ("by", "to") for c in head.children)
                if poss is not None and (by or lemma == "sale"):
                    return poss
                return head  # a deal whose target is not named in the phrase
            tok = head
        return None

    def _phrasal(self, verb: Token) -> bool:
        parts = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        return any((verb.lemma_.lower(), p) in self.deal_phrasal for p in parts)

    # --- traded values ---------------------------------------------------------------------------

    def traded_value(self, window: str) -> bool:
        """A listed company's or a token's market value, from the words around a valuation."""
        return self.traded is not None and bool(self.traded.search(window.lower()))

    def yardstick(self, span: Span) -> bool:
        """The amount is in brackets after a firm's name, and that name is what another firm is
        compared with ("worth more than any European company, ahead of A ($75bn) and B ($74bn)",
        "bigger than its listed rival C ($5bn)"): a listed firm's value as a yardstick. Not when
        the compared class is private start-ups ("the third most valuable start-up after D ($20bn)")."""
        doc = span.doc
        if span.start < 2 or doc[span.start - 1].text != "(":
            return False
        tok = doc[span.start - 2]
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head  # "ahead of A and B"
        if tok.dep_ != "pobj":
            return False
        cmp_tok = tok.head
        if cmp_tok.lower_ not in self.comparison_words and cmp_tok.head.lower_ in self.comparison_words:
            cmp_tok = cmp_tok.head  # "ahead of", "compared with"
        if cmp_tok.lower_ not in self.comparison_words:
            return False
        # the compared class: the first noun above the comparison, or the object of "than any X"
        classes = []
        cur = cmp_tok
        while cur.head.i != cur.i and not classes and cur.pos_ not in ("VERB", "AUX"):
            cur = cur.head
            if cur.pos_ in ("NOUN", "PROPN"):
                classes.append(cur)
        if not classes and cur.pos_ in ("VERB", "AUX"):
            classes = [c for c in cur.children if c.dep_ in ("attr", "oprd")]  # "X is the top start-up, ahead of A"
        classes += [c for t in span.sent if t.lower_ == "than" for c in t.children if c.dep_ == "pobj"]
        words = {w for c in classes
                 for w in "".join(t.text_with_ws for t in doc[c.left_edge.i:c.i + 1]).lower().replace(" - ", "-").split()}
        return not words & self.private_classes
