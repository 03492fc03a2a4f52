"""Which organisation an amount belongs to: the object of "values X at", the firm a round is
for, the subject of its clause, "it"/"the company", never a source by nearness. A mixin of
FigureFinder."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from giants.figures.money import Amount
from giants.figures.patterns import _ANAPHOR_NOUNS, _AT_A_VALUATION, _GIVES_VALUATION, _ROUND_NOUNS, _VALUES_AT, _line_bounds
from giants.figures.roles import RoleReader


class OwnerReader(RoleReader):
    """Owner readings; uses the finder's per-document state (_doc_mentions, _org_types)."""

    def _mentions(self, doc: Doc) -> list[tuple[int, int, str, bool]]:
        """(start, end, name, is_a_company) for every organisation mention; investors,
        governments and the like are marked False so a company is preferred."""
        out = []
        self._coref = set()
        self._investor_orgs: dict[str, bool] = {}  # organisation name -> shown only investing
        for org in doc._.organizations or []:
            company = org.get("is_company", True) is not False and org.get("type", "company") == "company"
            for s, e in org.get("mention_spans") or []:
                out.append((s, e, org["name"], company))
            for s, e in org.get("coref_spans") or []:  # "the company", "it": the organisations helper's
                out.append((s, e, org["name"], company))
                self._coref.add((s, e))
        out.sort()
        return out

    @staticmethod
    def _clause_subject(tok: Token) -> Token | None:
        """Subject of the clause `tok` is in, climbing through infinitives and
        coordinated verbs ("the chain was planning to raise $X")."""
        for _ in range(6):
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            tok = tok.head
        for _ in range(4):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
            if tok.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl") or tok.head is tok:
                return None
            tok = tok.head  # up to the next verb: "was hoping to raise $X"
            for _ in range(4):
                if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                    break
                tok = tok.head
        return None

    def _relation(self, tok: Token) -> bool:
        """A noun for another firm related to its possessor, or a name it premodifies: "its rival",
        "its parent", "its rival Lanvik Labs" (read with "rival" as a compound)."""
        return any(t.lower_ in self.relation_nouns or t.lemma_.lower() in self.relation_nouns
                   for t in [tok] + [c for c in tok.children if c.dep_ == "compound"])

    def _anaphoric(self, subj: Token) -> bool:
        """"it", "the company", "its valuation": a phrase that refers back to a firm (not "its
        rival", which is another firm)."""
        if self._relation(subj):
            return False
        if subj.lower_ in ("it", "they", "its", "their"):
            return True
        if subj.dep_ == "poss" and subj.lower_ in _ANAPHOR_NOUNS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children):
            return True  # "the company's total"
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children):
            return True
        return subj.lower_ in _ANAPHOR_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                     for c in subj.children)

    def _mention_at(self, tok: Token, mentions: list[tuple[int, int, str, bool]]) -> str | None:
        """The organisation named by a noun phrase's head, by a name next to it ("the Korean
        retailer Ostrick"), else by its possessor ("the company's total", "X's valuation"; not
        "its rival", whose possessor is another firm)."""
        heads = [tok] + [c for c in tok.children if c.dep_ in ("appos", "compound", "nmod")]
        if not self._relation(tok):
            heads += [c for c in tok.children if c.dep_ == "poss"]
        elif tok.i + 1 < len(tok.doc):
            heads.append(tok.doc[tok.i + 1])  # "its larger rival B, valued at ...": the name after the noun
        for t in heads:
            for s, e, name, _ in mentions:
                if s <= t.idx < e:
                    return name
        return None

    def _previous_subject(self, sent: Span, mentions: list[tuple[int, int, str, bool]]) -> str | None:
        """The organisation the previous sentence is about: an organisation that is the
        subject of one of its clauses, else its first company."""
        for _ in range(2):
            if sent.start == 0:
                return None
            sent = sent.doc[sent.start - 1].sent
            companies = [m for m in mentions if m[3] and sent.start_char <= m[0] < sent.end_char
                         and not self._investor_role(sent.doc, m)
                         and not ((m[0], m[1]) in self._coref and self._investor_org(sent.doc, m[2]))]
            named = [self._mention_at(t, companies) for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
            named = [n for n in named if n]
            if named:
                return named[-1]  # the last clause's subject is the nearest antecedent
            firsts = [m[2] for m in companies if m[1] <= sent.end_char]
            if firsts:
                return firsts[0]
        return None

    def _resolve(self, np: Token, sent: Span, in_sent: list[tuple[int, int, str, bool]],
                 mentions: list[tuple[int, int, str, bool]]) -> str | None:
        """The organisation a noun phrase names: a name, or for "it"/"its ..."/"the
        company", the company named before it in the sentence, else the previous
        sentence's subject."""
        name = self._mention_at(np, in_sent)
        if name and self._coref_to_investor(np, name, in_sent):
            # "X and Y also contributed, bringing the company's total to ...": not X's
            poss = next((c for c in np.children if c.dep_ == "poss" and self._anaphoric(c)), None)
            return self._anaphor_owner((poss or np).left_edge, sent, in_sent, mentions) \
                if poss is not None or self._anaphoric(np) else None
        if name:
            return name
        if self._anaphoric(np):
            return self._anaphor_owner(np.left_edge, sent, in_sent, mentions)
        return None

    def _anaphor_owner(self, first: Token, sent: Span, in_sent: list[tuple[int, int, str, bool]],
                       mentions: list[tuple[int, int, str, bool]]) -> str | None:
        """For "it"/"the company" starting at `first`: the company named before it in the
        sentence, else the previous sentence's subject, unless an unknown name is the
        subject before it ("Kelvane crossed the line: a round ... values it at $X": "it" is
        that name, not the previous sentence's firm)."""
        anchor = first.idx
        before = [(anchor - e, name) for s, e, name, company in in_sent if e <= anchor and company
                  and not self._investor_role(first.doc, (s, e, name, company))
                  and not ((s, e) in self._coref and self._investor_org(first.doc, name))
                  and not self._source_role(first.doc, (s, e, name, company))]
        if before:
            return min(before)[1]
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.head.lemma_.lower() not in self.investor_verbs
               and not any(s <= t.idx < e for s, e, _, _ in mentions) for t in first.doc[sent.start:first.i]):
            return None
        return self._previous_subject(sent, mentions)

    def _event_possessor(self, obj: Span) -> Token | None:
        """For "the company" as the object of a verb whose subject is a firm's own pricing event
        with a named possessor ("B's offering valued the company at"): that possessor (a name)."""
        verb = obj.root.head
        if obj.root.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not (subj.lower_ in self.own_event_nouns or subj.lemma_.lower() in self.own_event_nouns):
            return None
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)
        if poss is None or not poss.text[:1].isupper() or poss.pos_ not in ("PROPN", "NOUN"):
            return None  # (a name the tagger took for a common noun keeps its capital)
        return poss

    def _measure_subject(self, subj: Token) -> bool:
        """A clause subject that is a firm's measure with no possessor: "sales", "quarterly profits"."""
        return (subj.lower_ in self.measure_owner_nouns or subj.lemma_.lower() in self.measure_owner_nouns) \
            and not any(c.dep_ == "poss" for c in subj.children)

    def _measure_holder(self, subj: Token) -> Token | None:
        """Whose measure a bare measure subject is: a name with a bare apostrophe the parser split
        off ("Acme’ annual revenue"), the object of its "at"/"of"/"for"/"from" ("profits at X"; not
        "for the quarter"), else the subject of the verb that reports the clause ("X said sales rose")."""
        doc = subj.doc
        before = subj.left_edge.i - 1
        if before >= 1 and doc[before].text in ("’", "'") and doc[before - 1].text[:1].isupper():
            return doc[before - 1]
        for c in subj.children:
            if c.i < subj.i and c.i + 1 < len(doc) and doc[c.i + 1].text in ("’", "'") and c.text[:1].isupper():
                return c  # (the name read as a modifier of the measure)
        preps = []
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "of", "for", "from"):
                if self._period_prep(c):
                    continue  # "turnover for the quarter": a period, not a holder
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
            if c.dep_ == "prep":
                preps.append(c)
        if preps:
            return None  # "retail sales in Spain": a measure of a place or a market
        verb = subj.head
        for _ in range(3):
            if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head.i == verb.i:
                return None
            verb = verb.head
            outer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if outer is not None:
                return outer if outer.i < subj.i else None  # (not a source said after: "..., Y said")
        return None

    def _period_prep(self, prep: Token) -> bool:
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        return obj is not None and (obj.lower_ in self.period_nouns or obj.ent_type_ in ("DATE", "TIME"))

    def _relative_holder(self, span: Span) -> Token | None:
        """The subject of a relative clause on the amount whose verb values or raises it ("the $500m
        it was valued at", "the $40m the company raised"), not a relative pronoun."""
        for c in span.root.children:
            if c.dep_ != "relcl" or c.i < span.root.i:
                continue
            lemma = c.lemma_.lower()
            if lemma not in self.raise_verbs and lemma not in ("value", "price", "peg"):
                continue
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ not in ("which", "that", "who"):
                return subj
        return None

    @staticmethod
    def _round_owner(span: Span) -> Token | None:
        """The firm a round or an investment named by the amount's noun is for: the object of
        its "in"/"into"/"for", or its possessor ("Sequoia led a $300m round in X")."""
        tok = span.root
        for _ in range(3):
            head = tok.head
            if head is tok or head.pos_ not in ("NOUN", "PROPN"):
                return None
            if head.lemma_.lower() in _ROUND_NOUNS:
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ in ("in", "into", "for"):
                        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if obj is not None:
                            return obj
                if head.lemma_.lower() != "valuation" or any(c.dep_ == "poss" for c in head.children):
                    return next((c for c in head.children if c.dep_ == "poss"), None)
                # "a $785m valuation at B's last round": the round's possessor
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ in ("at", "in", "from", "during"):
                        rnd = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if rnd is not None and rnd.lemma_.lower() in _ROUND_NOUNS:
                            poss = next((g for g in rnd.children if g.dep_ == "poss"), None)
                            if poss is not None and poss.text[:1].isupper() and poss.pos_ in ("PROPN", "NOUN"):
                                return poss
                return None
            tok = head
        return None

    def _described_noun(self, span: Span) -> Token | None:
        """The noun a describing phrase holding the amount is attached to: "X, worth $Y",
        "X, valued at $Y", "X at $Y" in a ranking ("ahead of X at $40bn"). Climbs from the
        amount through prepositions and the phrase's adjective or participle, at most four
        steps, and stops at a finite verb (that clause has a subject of its own)."""
        tok = span.root
        for _ in range(4):
            head = tok.head
            if head is tok:
                return None
            if tok.dep_ in ("amod", "acl", "appos") and tok.pos_ in ("ADJ", "VERB") \
                    and head.pos_ in ("NOUN", "PROPN") and tok.i > head.i:
                if tok.pos_ == "VERB" and tok.tag_ not in ("VBN", "VBG"):
                    return None
                return head
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "amod", "appos"):
                return None
            tok = head
        return None

    def _valuing_round_owner(self, span: Span, sent: Span, in_sent: list[tuple[int, int, str, bool]],
                             mentions: list[tuple[int, int, str, bool]]) -> str | None:
        """For "Y's round that valued the start-up at $X" / "a round in Y that values the
        company at $X": the round's own firm (not an investor named as the clause's subject)."""
        verb = self._governing_verb(span)
        if verb is None or verb.lemma_.lower() not in ("value", "revalue", "price", "peg") \
                or verb.dep_ not in ("relcl", "acl"):
            return None
        rnd = verb.head
        if rnd.lemma_.lower() not in _ROUND_NOUNS and not any(
                c.dep_ == "compound" and c.lemma_.lower() in _ROUND_NOUNS for c in rnd.children):
            return None
        for c in rnd.children:
            if c.dep_ == "poss":
                return self._resolve(c, sent, in_sent, mentions)
            if c.dep_ == "prep" and c.lower_ in ("in", "into", "for"):
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return self._resolve(obj, sent, in_sent, mentions)
        return None

    def _raised_to_owner(self, span: Span) -> Token | None:
        """For an amount after "to" under a verb of bringing ("brings its valuation to $X",
        "takes the total capital raised by Y to $X", "lifting the company's total to $X"): the
        holder of that total: its possessor, the "by" agent of its participle, or its "of" object."""
        tok = span.root
        for _ in range(2):  # "to a frothy $4bn": the amount modifies the preposition's object
            if tok.dep_ in ("nummod", "quantmod", "compound", "amod") and abs(tok.head.i - tok.i) <= 3:
                tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "to":
            return None
        verb = tok.head.head
        if verb.lower_ == "up" and verb.head is not verb:
            verb = verb.head  # "bring its valuation up to $4bn"
        if verb.lemma_.lower() not in self.raise_to_verbs:
            return None
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if verb.dep_ == "acl" and agent is not None:
            return next((g for g in agent.children if g.dep_ == "pobj"), None)  # "the total raised by X to"
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and not any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children):
            # "brings Lightfoot’ total raised to $X": the total's possessor, or a name with a bare
            # apostrophe the parser split off ("Hollis’ total")
            total = verb.head
            poss = next((c for c in total.children if c.dep_ == "poss"), None)
            if poss is not None:
                return poss
            before = total.left_edge.i - 1
            doc = total.doc
            if before >= 1 and doc[before].text in ("’", "'") and doc[before - 1].text[:1].isupper():
                return doc[before - 1]
            return None
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                    and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i), None)
        if obj is None:  # "the company's total raised to $X" read as a clause of its own
            obj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
        if obj is None:
            return None
        poss = next((c for c in obj.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        for c in obj.children:
            if c.dep_ == "acl":
                agent = next((g for g in c.children if g.dep_ == "agent"), None)
                if agent is not None:
                    return next((g for g in agent.children if g.dep_ == "pobj"), None)
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None

    def _definite_round(self, span: Span) -> bool:
        """The amount sizes a round named with "the"/"this", or with no article and a word that
        places it in the story's own history ("Previous $250m and $400m rounds"), and no firm of its
        own: "the $1 billion funding", "this $44M Series A" (not "a $64m round", "X's round", "the
        round in X")."""
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "$250m and $400m funding rounds"
        for _ in range(3):
            head = tok.head
            if head is tok or head.pos_ not in ("NOUN", "PROPN"):
                return False
            words = [head] + [c for c in head.children if c.dep_ == "compound"]
            if any(w.lemma_.lower() in _ROUND_NOUNS for w in words):
                det = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) or (
                    not any(c.dep_ == "det" for c in head.children)
                    and any(t.dep_ == "amod" and t.lower_ in self.story_round_words
                            for t in head.doc[head.left_edge.i:head.i]))
                named = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("in", "into", "for", "of"))
                            for c in head.children)
                return det and not named
            tok = head
        return False

    @staticmethod
    def _unnamed_round(tok: Token) -> bool:
        """A round with no firm of its own: "a Series D", "the new round" (not "X's round", "a round
        in X")."""
        words = [tok] + [c for c in tok.children if c.dep_ == "compound"]
        if not any(w.lemma_.lower() in _ROUND_NOUNS for w in words):
            return False
        return not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("in", "into", "for", "of")
                       for c in tok.children)

    @classmethod
    def _valued_object(cls, span: Span) -> Token | None:
        """The firm a valuation or an investment is about when it is the verb's object,
        not its subject: "a deal valuing the firm at $12 billion", "investors
        valued X at ...", "put X's value at ...", "invested $50 million in X"."""
        tok = cls._governing_verb(span)
        if tok is None:
            return None
        # "led a round valuing X at $2bn" parsed with "at" under "led"
        doc = span.doc
        for t in reversed(doc[max(tok.i, span.start - 8):span.start]):
            if t.pos_ == "VERB" and t.lemma_.lower() == "value" and t.i > tok.i:
                tok = t
                break
        lemma = tok.lemma_.lower()
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in ("which", "that") and tok.dep_ == "relcl":
            obj = tok.head  # "X, which investors valued at $Y": X
        if lemma in ("value", "revalue") and obj is not None:
            return obj
        if lemma in ("put", "set", "peg", "place") and obj is not None and obj.lower_ in ("value", "valuation"):
            return next((c for c in obj.children if c.dep_ == "poss"), None)
        if lemma in ("invest", "inject", "pour", "plough", "plow", "put"):
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "into")), None)
            return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        return None

    def _subject(self, amt: Amount, span: Span, sent: Span, mentions: list[tuple[int, int, str, bool]],
                 text: str) -> str | None:
        """The organisation an amount is about. In order: the object of "value"/"invest
        in" when that names one ("values the company at $X"); the subject of its clause
        when that names an organisation; for "it"/"its ..."/"the company", the
        organisation named before the pronoun in the sentence, else the previous
        sentence's subject; else the nearest company named before it in the sentence
        (then any organisation, then one named after it)."""
        lo, hi = _line_bounds(text, amt.start, sent)
        in_sent = [m for m in mentions if lo <= m[0] and m[1] <= hi]
        # "Zarnow Pay ($7 billion)": the name right before the bracket
        paren = re.search(r"\(\s*$", text[max(lo, amt.start - 3):amt.start])
        if paren:
            at = amt.start - 3 + paren.start() if amt.start >= 3 else paren.start()
            named = [name for s, e, name, _ in in_sent if 0 <= at - e <= 2]
            if named:
                return named[-1]
        # "led Nimbus Health's $50 million round": the possessive name right before the amount
        poss = re.search(r"(?:'s|’s|'|’)\s*$", text[max(lo, amt.start - 4):amt.start])
        if poss:
            at = max(lo, amt.start - 4) + poss.start()
            named = [name for s, e, name, _ in in_sent if e == at]
            if named:
                return named[-1]
        # "the $500 million it was valued at", "the $40m the start-up raised last year": the subject
        # of a relative clause on the amount
        holder = self._relative_holder(span)
        if holder is not None and lo <= holder.idx < hi:
            name = self._resolve(holder, sent, in_sent, mentions)
            if name:
                return name
        # "values the company at $X", read from the words (the parse often misses it)
        m = _VALUES_AT.search(text[lo:amt.start]) or _GIVES_VALUATION.search(text[lo:amt.start]) \
            or _AT_A_VALUATION.search(text[lo:amt.start])
        if m:
            os_, oe = lo + m.start("obj"), lo + m.end("obj")
            anaphor = bool(self.anaphor_start.match(m.group("obj")))
            if anaphor:
                # "X joined Y's round that valued the start-up at $Z": the round's own firm
                name = self._valuing_round_owner(span, sent, in_sent, mentions)
                if name:
                    return name
            obj = span.doc.char_span(os_, oe, alignment_mode="expand")
            event = self._event_possessor(obj) if anaphor and obj is not None else None
            if event is not None and lo <= event.idx < hi:
                # "B's offering valued the company at $X": B, even when "the company" was read as a
                # firm of another sentence; None when B is a name the organisations missed
                return self._mention_at(event, in_sent)
            named = [name for s, e, name, _ in in_sent if s < oe and os_ < e
                     and not (obj is not None and self._coref_to_investor(obj.root, name, in_sent))]
            if named:
                return named[0]
            if anaphor and obj is not None:
                return self._anaphor_owner(obj[0], sent, in_sent, mentions)
        # "led a $300 million round in X", "X's $50m Series B": the firm the round is for
        owner = self._round_owner(span)
        if owner is not None and lo <= owner.idx < hi:
            name = self._resolve(owner, sent, in_sent, mentions)
            if name:
                return name
            if owner.text[:1].isupper() and owner.dep_ == "poss" and owner.head.lemma_.lower() in _ROUND_NOUNS \
                    and owner.head.head.dep_ == "prep":
                return None  # "a valuation at B's round" with B a name the organisations missed
        # "The $1 billion funding will be used to ...", "The $44M Series A will help us": the round
        # the story is about, when the sentence names no other firm
        if owner is None and self._definite_round(span) and not [
                m for m in in_sent if m[3] and not self._investor_role(span.doc, m) and not self._source_role(span.doc, m)]:
            name = self._previous_subject(sent, [m for m in mentions if not self._source_role(span.doc, m)])
            if name:
                return name
        target = self._valued_object(span)
        if target is not None and lo <= target.idx < hi:
            name = self._resolve(target, sent, in_sent, mentions)
            if name:
                return name
            if self._unnamed_round(target):
                # "X invested $210m in a Series D at a $1bn valuation": the round of the company the
                # text is about (named before it in the sentence, else the previous sentence's
                # subject), never the investor
                before = [(amt.start - e, name) for s, e, name, company in in_sent
                          if company and e <= amt.start and not self._source_role(span.doc, (s, e, name, company))]
                return min(before)[1] if before else self._previous_subject(sent, mentions)
            if target.pos_ == "PROPN" or target.head.lower_ in ("in", "into"):
                # a name the organisation finder missed, or "invested $X in the company" with the
                # company unresolved: never the investor in the subject
                return None
        # "brings its valuation to $X", "takes the total raised by X to $Y": whose total it is
        held = self._raised_to_owner(span)
        if held is not None and lo <= held.idx < hi:
            name = self._resolve(held, sent, in_sent, mentions)
            if name:
                return name
            if held.pos_ == "PROPN" or self._anaphoric(held):
                return None  # the holder is a firm the text names but the finder missed: nobody else's
        # "X, worth $Y, ...", "followed by X, valued at $Y": the firm the phrase describes
        described = self._described_noun(span)
        if described is not None and lo <= described.idx < hi:
            name = self._resolve(self._past_investor(described), sent, in_sent, mentions)
            if name:
                return name
        if described is not None and lo <= described.idx < hi and self._relation(described):
            return None  # "its rival, valued at $X": another firm, unnamed here
        subj = self._clause_subject(span.root)
        described_subject = subj is not None and subj.lower_ in ("which", "that", "who") and subj.head.dep_ == "relcl"
        if described_subject:
            subj = subj.head.head  # "X, which is valued at $Y": the clause is about X
            subj = self._past_investor(subj)  # "X, backed by fund F, which was valued at": X
            if lo <= subj.idx < hi and self._resolve(subj, sent, in_sent, mentions) is None:
                return None  # a name the organisation finder missed or a thing, not the next firm named
        if subj is not None and lo <= subj.idx < hi and self._relation(subj) \
                and self._resolve(subj, sent, in_sent, mentions) is None:
            return None  # "its rival is valued at $X"
        measure = subj is not None and lo <= subj.idx < hi and self._measure_subject(subj)
        if measure and self._resolve(subj, sent, in_sent, mentions) is None:
            # "profits at X jumped to $Y", "X said sales rose to $Y": the measure's firm, else the
            # subject of the clause that reports it
            holder = self._measure_holder(subj)
            name = self._resolve(holder, sent, in_sent, mentions) if holder is not None and lo <= holder.idx < hi else None
            if name and not self._source_role(span.doc, next(
                    (m for m in in_sent if m[2] == name and m[0] <= holder.idx < m[1]), (0, 0, name, True))):
                return name
            if holder is not None and holder.head.dep_ == "prep" and holder.head.head.i == subj.i:
                return None  # "sales of electric cars rose to $X": a market's measure, nobody's by nearness
            if holder is None and not in_sent and not any(
                    c.dep_ == "prep" and not self._period_prep(c) for c in subj.children):
                # "Sales rose 2.8% to 14.96bn euros." in a story about one firm: that firm's
                return self._previous_subject(sent, [m for m in mentions if not self._source_role(span.doc, m)])
            if holder is None:
                return None  # "Retail sales in Spain rose to $X, Y said": not Y's by nearness
        if subj is not None and lo <= subj.idx < hi:
            name = self._resolve(subj, sent, in_sent, mentions)
            if name and (described_subject or not any(self._investor_role(span.doc, m) for m in in_sent
                                                      if m[2] == name and m[0] <= subj.idx < m[1])):
                return name  # (an investor's own clause, "X, which manages $4bn, led ...", is its own)
            if subj.tag_ == "NNS" and not measure and not any(c.dep_ == "poss" for c in subj.children):
                return None  # "German start-ups raised 7.1 billion euros": a group, not one firm
            if subj.pos_ == "PROPN" and subj.dep_ in ("nsubj", "nsubjpass") and not any(
                    s < subj.idx + len(subj.text) and subj.left_edge.idx < e for s, e, _, _ in in_sent):
                return None  # "Brightpath raised $40m from Y" with Brightpath unknown: not Y's money
        # a source ("told a trade site", "according to X", "X reported") or an outlet, exchange
        # or government is never the owner of a firm's number by nearness alone, nor is an
        # investor ("backed by X", "X led the round") the owner of the money it put in
        investors = {m[2] for m in in_sent if self._investor_role(span.doc, m)}
        in_sent = [m for m in in_sent if not self._source_role(span.doc, m) and m[2] not in investors]
        companies_before = [m for m in in_sent if m[3] and m[1] <= amt.start]
        if not companies_before and self.anaphor_start.match(text[lo:amt.start]):
            name = self._previous_subject(sent, mentions)  # "The start-up plans to raise $X" (parse missed)
            if name:
                return name
        for pool in ([m for m in in_sent if m[3]], in_sent):
            before = [(amt.start - e, name) for s, e, name, _ in pool if e <= amt.start]
            if before:
                return min(before)[1]
        after = [(s - amt.end, name) for s, e, name, _ in in_sent if amt.end <= s]
        if after:
            return min(after)[1]
        if subj is not None and subj.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in subj.children) \
                and self.cues["revenue"] is not None and self.cues["revenue"].search(subj.sent.text.lower()):
            # "... told a paper that annual recurring revenue passed $400m": the firm of the story so far
            return self._previous_subject(sent, [m for m in mentions if not self._source_role(span.doc, m)])
        return None
