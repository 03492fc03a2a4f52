"""What part an organisation mention plays in its sentence: an investor in a round ("led by A",
"B also took part", "with participation from C"), or a source ("according to D", "told E").
Neither owns a firm's figure by nearness. A mixin of OwnerReader; cue words live in
data/figures.toml [owners]."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from giants.figures.patterns import _NEVER_OWNERS, _ROUND_NOUNS


class RoleReader:
    """Role readings; uses the finder's per-document state (_doc_mentions, _org_types, _coref)
    and its cue sets (investor_verbs, investor_nouns, investor_from_nouns, raise_verbs)."""

    def _coref_to_investor(self, np: Token, name: str, in_sent: list[tuple[int, int, str, bool]]) -> bool:
        """The phrase is "the company"/"it" resolved to an organisation that is an investor in this
        very sentence, or that the text shows only investing ("A led the round. The round values
        the company at $Y"): the reference is the firm they invest in, so it is resolved here again."""
        doc = np.doc
        toks = [np] + [c for c in np.children if c.dep_ == "poss"]
        coref = [m for t in toks for m in in_sent
                 if m[2] == name and m[0] <= t.idx < m[1] and (m[0], m[1]) in getattr(self, "_coref", ())]
        if not coref:
            return False
        return self._investor_org(doc, name) or any(
            self._invests_in_round(doc, m) for m in in_sent if m[2] == name and (m[0], m[1]) not in self._coref)

    def _invests_in_round(self, doc: Doc, mention: tuple[int, int, str, bool]) -> bool:
        """The mention is an investor in a sentence that speaks of a round, and the verb it is the
        subject of has no object but a round or a sum ("A led the round", "B invested $5m"; not
        "A leads the payroll market", "C joined the ranks of decacorns after a round")."""
        sp = doc.char_span(mention[0], mention[1], alignment_mode="expand")
        if sp is None or not any(t.lemma_.lower() in _ROUND_NOUNS for t in sp.sent):
            return False
        if sp.root.dep_ == "nsubj" and any(
                c.dep_ == "dobj" and c.lemma_.lower() not in _ROUND_NOUNS and not c.like_num and c.ent_type_ != "MONEY"
                and not any(g.lemma_.lower() in _ROUND_NOUNS for g in c.children if g.dep_ == "compound")
                and f"{sp.root.head.lemma_.lower()} {c.lower_}" not in self.investor_verbs  # "took part"
                for c in sp.root.head.children):
            return False
        return self._investor_role(doc, mention)

    def _investor_org(self, doc: Doc, name: str) -> bool:
        """An organisation the text shows only as an investor: every sentence that names it speaks
        of a round and has it invest ("A led the round, and B also took part")."""
        seen = self.__dict__.setdefault("_investor_orgs", {})  # per document: reset by _mentions
        if name not in seen:
            named = [m for m in self._doc_mentions if m[2] == name and (m[0], m[1]) not in self._coref]
            seen[name] = bool(named) and all(self._invests_in_round(doc, m) for m in named)
        return seen[name]

    def _past_investor(self, tok: Token) -> Token:
        """For a noun that is an investor in a phrase describing a firm ("a start-up backed by
        fund F", "Y, led by F"), the firm described; else the noun itself."""
        for _ in range(2):
            prep = tok.head
            if tok.dep_ != "pobj" or prep.lower_ not in ("by", "from"):
                return tok
            verb = prep.head
            if verb.lemma_.lower() not in self.investor_verbs or verb.dep_ not in ("acl", "relcl", "amod"):
                return tok
            tok = verb.head
            while tok.dep_ == "appos" and tok.head is not tok:
                tok = tok.head  # "Hallway, a start-up backed by F": Hallway
        return tok

    def _invests(self, verb: Token) -> bool:
        """A verb of an investor's part in a round: "led", "invested", or a phrase of the verb
        and its object or particle ("took part")."""
        lemma = verb.lemma_.lower()
        return lemma in self.investor_verbs or any(
            f"{lemma} {c.lower_}" in self.investor_verbs for c in verb.children if c.dep_ in ("dobj", "prt"))

    def _investor_role(self, doc: Doc, mention: tuple[int, int, str, bool]) -> bool:
        """An organisation mention that is an investor in its sentence: after "backed by",
        "led by", "raised ... from"; the subject of "led", "invested", "participated", "joined";
        or "X was part of Y's round". Read once per mention and document."""
        return self._role_once("investor", doc, mention, self._read_investor_role)

    def _role_once(self, role: str, doc: Doc, mention: tuple[int, int, str, bool], read) -> bool:
        """A mention's role, read once per document (every amount asks about every mention)."""
        cache = self.__dict__.setdefault("_roles", {})
        if cache.get("doc") is not doc:
            cache.clear()
            cache["doc"] = doc
        key = (role, mention[0], mention[1], mention[2])
        if key not in cache:
            cache[key] = read(doc, mention)
        return cache[key]

    def _read_investor_role(self, doc: Doc, mention: tuple[int, int, str, bool]) -> bool:
        span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        for _ in range(3):  # "DeepMind cofounder Demis Hassabis": the phrase the name modifies
            if head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head
        for _ in range(12):  # "from A, B and C": the first of a list
            if head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN") and head.head is not head:
                head = head.head
            else:
                break
        if head.dep_ in ("attr", "appos") and (head.head.lemma_.lower() in self.investor_nouns or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.investor_nouns for c in head.head.children)):
            return True  # "the other participants in the round are X, Y", "investors X and Y"
        # inside "from A, B, ... and C's cofounder D" or "led by A and B": up through the list to the
        # preposition, without passing a verb
        tok = head
        for _ in range(14):
            if tok.head is tok or tok.pos_ in ("VERB", "AUX"):
                break
            if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from"):
                verb = tok.head.head
                return verb.lemma_.lower() in self.investor_verbs or (tok.head.lower_ == "from" and (
                    verb.lemma_.lower() in self.raise_verbs or verb.lemma_.lower() in self.investor_from_nouns))
            tok = tok.head
        if head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX"):  # (the first of "A, B and C")
            verb = head.head
            if self._invests(verb):
                return True
            if verb.lemma_.lower() == "be" and any(c.dep_ == "attr" and c.lower_ == "part" for c in verb.children):
                return True  # "X was part of Y's round"
        return False

    def _source_role(self, doc: Doc, mention: tuple[int, int, str, bool]) -> bool:
        """An organisation mention that is a source, not an actor: an outlet, exchange or
        government, or a name after "according to", "told", "reported by", "said to" (a firm
        that itself reports, "X reported revenue of", stays the subject of its clause)."""
        return self._role_once("source", doc, mention, self._read_source_role)

    def _read_source_role(self, doc: Doc, mention: tuple[int, int, str, bool]) -> bool:
        if self._org_types.get(mention[2]) in _NEVER_OWNERS:
            return True
        span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        # "according to the X note", "according to X's estimates": the name premodifies the source
        # noun; "data from X", "a report by X": a source noun's "from"/"by" object
        while head.dep_ in ("compound", "poss") and head.head is not head and head.head.i > head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in ("from", "by") \
                and ({head.head.head.lemma_.lower(), head.head.head.lower_} & getattr(self, "source_nouns", set())):
            return True
        if head.dep_ == "dobj" and head.head.lemma_.lower() in ("tell", "inform"):
            return True
        if head.dep_ == "pobj":
            prep = head.head
            if prep.lower_ == "to" and prep.head.lower_ == "according":
                return True
            if prep.lower_ == "by" and prep.head.lemma_.lower() in ("report", "compile", "publish", "estimate"):
                return True
            if prep.lower_ == "to" and prep.head.lemma_.lower() in ("say", "tell", "speak", "talk"):
                return True
        return False
