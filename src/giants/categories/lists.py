"""List membership: a category named once for several firms ("The batch includes A and B",
"Among them are ...", bulleted or numbered lines under an intro, "this year's list is topped by
...", peers "among the likes of"), read by the category component through this mixin."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from giants.categories.criteria import is_listed
from giants.categories.holders import HolderFinder
from giants.categories.mentions import Mention, terms_in
from giants.categories.sense import np_head, stance_of, subject_of
from giants.extensions import doc_text


class ListMembers:
    """Methods of CategoryTagger that find the members of lists; they use its `vocab` and `_label`."""

    def _anaphoric_lists(self, doc: Doc, mentions: list[Mention], finder: HolderFinder) -> list[dict]:
        """"... named 30 new little giants. Among them are A and B.": a sentence that opens on a
        list cue names members of the category of the sentence before."""
        out = []
        openers = sorted(self.vocab.cues.get("anaphoric_openers", set()), key=len, reverse=True)
        mentions = sorted(mentions + self._joined_clubs(doc, mentions, finder), key=lambda m: m.start)
        sents = list(doc.sents)
        for k in range(1, len(sents)):
            sent, prev = sents[k], sents[k - 1]
            if k >= 2 and self._defines(prev, mentions, finder):
                prev = sents[k - 2]  # "... were named gazelles. Gazelles are firms that ... One of them, A, ..."
            lead = [t.lower_ for t in sent[:6]]
            cue = next((o for o in openers if lead[:len(o.split())] == o.split()), None)
            named = None if cue else self._named_group(sent)
            start = sent.start + len(cue.split()) if cue else named or self._pronoun_list(sent, finder)
            if start is None:
                continue
            while start < sent.end and doc[start].lemma_.lower() in ("be", "include", ",", ":"):
                start += 1  # "Among them are A and B"
            # "Among the newly certified enterprises are ...": the group a naming verb made, named
            # up to two sentences back (a definition may sit between)
            if not named and k >= 2 and not any(prev.start <= m.start < prev.end for m in mentions) and \
                    (not any(t.tag_ in ("NNS", "NNPS") and t.i not in finder.ix.at for t in prev)
                     or self._group_subject(prev)):
                # "... added five unicorns. The largest newcomer is A. The others are B and C.": a
                # sentence about one member, with no new group, sits between
                prev = sents[k - 2]
            floor = sents[max(k - 3, 0)].start if named else prev.start
            before = terms_in(mentions, floor, prev.end)
            if named:
                before = [m for m in before if m.stance == "member" and m.sense == "business"]
            if not before or before[-1].stance != "member" or before[-1].sense != "business":
                continue
            m = before[-1]
            if not named and not self._last_group_is(prev, m, finder):
                continue  # "Most unicorns borrowed from local banks. Among them ...": the banks
            out += self._members(doc, finder, [oi for oi, _ in finder.names.items(start, sent.end)], m, sent.end - 1)
        return out

    def _members(self, doc: Doc, finder: HolderFinder, orgs: list[int], m: Mention, last: int) -> list[dict]:
        """List labels for the companies among `orgs`, members of the category of mention m; the
        evidence runs from m's sentence to token `last`'s."""
        return [self._label(doc, oi, m.cat, "implicit", "list", m.start, last) for oi in orgs
                if finder.ix.orgs[oi].get("is_company")]

    def _last_group_is(self, sent: Span, m: Mention, finder: HolderFinder, ends: set[int] = frozenset()) -> bool:
        """The last group of the sentence (its last plural noun, `ends` taken as plurals too) is the
        mention's: the mention itself, or the subject of the verb it is the complement of ("Twelve
        start-ups joined the unicorn club"). A plural that only describes another noun ("3,000 firms
        from 31 provinces") or sits in a relation to other parties ("backed by funds") is no group."""
        doc = sent.doc
        relations = self.vocab.cues.get("relation_words", set())
        plurals = [t for t in sent if (t.tag_ in ("NNS", "NNPS") or t.i in ends) and t.i not in finder.ix.at
                   and (m.start <= t.i < m.end + 2 or not self._aside(t, relations))]
        if not plurals or m.start <= plurals[-1].i < m.end + 2:
            return True
        g = plurals[-1]
        got = finder.governing_verb(np_head(doc, m, self.vocab))
        return got is not None and g.dep_ in ("nsubj", "nsubjpass") and g.head.i == got[0].i

    @staticmethod
    def _aside(tok, relations: set[str]) -> bool:
        """A plural inside a relation phrase ("backed by funds") or in a prepositional phrase that
        describes another noun ("firms from 31 provinces and cities")."""
        cur = tok
        while cur.dep_ == "conj":
            cur = cur.head
        if cur.dep_ == "pobj" and cur.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
            return True
        for a in tok.ancestors:  # up to the clause's verb ("backed by funds")
            if a.lower_ in relations:
                return True
            if a.pos_ in ("VERB", "AUX"):
                return False
        return False

    def _joined_clubs(self, doc: Doc, mentions: list[Mention], finder: HolderFinder) -> list[Mention]:
        """"Twelve start-ups joined the unicorn club": a discussed membership phrase that a clause
        joins names a group of members, as a category term would."""
        out = []
        for m in mentions:
            if m.kind == "discuss" and m.sense == "business" and \
                    doc[m.end - 1].lower_ in self.vocab.cues.get("membership_heads", set()):
                club = Mention(m.start, m.end, "term", m.cat, m.out)
                club.stance = stance_of(doc, club, self.vocab)
                if club.stance == "member" and finder.joined(club):
                    out.append(club)
        return out

    def _group_subject(self, sent: Span) -> bool:
        """"The new additions, announced by ..., are concentrated in ...": a sentence whose subject
        is a definite plural group noun (an entry or firm noun) goes on about the group named before."""
        cues = self.vocab.cues
        group = cues.get("entry_nouns", set()) | cues.get("firm_nouns", set())
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and tok.tag_ in ("NNS", "NNPS") \
                    and tok.lower_ in group \
                    and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
                return True
        return False

    def _list_references(self, doc: Doc, mentions: list[Mention], finder: HolderFinder) -> list[dict]:
        """"... certified 12 gazelle enterprises, including A and B. C was also on the list.": in a
        sentence naming no category, "the list" / "the batch" / "this year's county list" refers
        to the members named in the sentence before (or the one before that, when the sentence
        between names no category: a definition, a rule); its holders are found as for a mention.
        A ranking goes on in the next sentence: "It is followed by D and E"."""
        out = []
        cues = self.vocab.cues
        nouns = cues.get("list_nouns", set())
        same = cues.get("same_list_modifiers", set())
        times = cues.get("time_nouns", set())
        sents = list(doc.sents)
        chained, last = -1, None
        ranked, ranking = -9, None  # the last sentence that named or went on with a ranking, and its mention
        for k in range(len(sents)):
            sent = sents[k]
            own = terms_in(mentions, sent.start, sent.end, member=True)
            if own and (any(t.lower_ in nouns for t in sent) or (ranking and own[-1].cat == ranking.cat)):
                # "A tops the Gazelle list": a ranking named with its category (a later mention of
                # the same category keeps it in view)
                ranked, ranking = k, own[-1] if any(t.lower_ in nouns for t in sent) else ranking
            if k == 0 or any(sent.start <= m.start < sent.end for m in mentions):
                continue
            heads = self._ranked_places(sent, finder, follows=ranked == k - 1) if k - ranked <= 3 else []
            if heads:
                # "In second place came A, followed by B", "C is third", "D follows at $3bn"
                for h in heads:
                    if finder.org_at(h, allow_coref=False) is None:
                        continue
                    out += self._members(doc, finder, [x.org for x in finder._with_conj(h, "list")], ranking, sent.end - 1)
                ranked = k
                continue
            if chained == k - 1 and chained >= 0 and self._continued(sent, finder):
                # "It is followed by D, a ..., and E": the ranking of the sentence before goes on
                items = finder.names.items(self._continued(sent, finder), sent.end)
                out += self._members(doc, finder, [oi for oi, _ in items], last, sent.end - 1)
                continue
            j = k - 1
            while j > max(k - 3, 0) and not any(sents[j].start <= m.start < sents[j].end for m in mentions):
                j -= 1  # back over sentences that name no category (a rule, a definition), three at most
            floor = sents[j].start
            before = terms_in(mentions, floor, sent.start, member=True)
            if not before:
                continue
            m = before[-1]
            found = False
            for tok in sent:
                if tok.lower_ not in nouns:
                    continue
                # "the list", "the list of the ministry" (its maker), "this year's county list";
                # not "the list of best employers" nor "the Forbes list" (another list)
                own = [c for c in tok.children if c.dep_ in ("prep", "amod", "compound")
                       and not any(g.i in finder.ix.at for g in c.subtree) and c.lower_ not in same
                       and finder.names.cue_at(c.i - 1, c.i + 1) is None]  # (", such as A": its members)
                named = [c for c in tok.children if c.dep_ in ("compound", "amod") and any(g.i in finder.ix.at for g in c.subtree)]
                definite = any(c.lower_ in ("the", "this", "that") for c in tok.children) or any(
                    c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.lower_ in times) for c in tok.children)
                if not definite or own or named:
                    continue
                ref = Mention(tok.i, tok.i + 1, "term", m.cat, m.out)
                if stance_of(doc, ref, self.vocab) != "member":
                    continue
                ranked, ranking = k, m
                for h in finder.find(ref):
                    if finder.ix.orgs[h.org].get("is_company"):
                        out.append(self._label(doc, h.org, m.cat, "implicit", "list", m.start, sent.end - 1))
                        found = True
            if found:
                chained, last = k, m  # the mention whose ranking the next sentence may go on with
        return out

    def _ranked_places(self, sent, finder: HolderFinder, follows: bool) -> list:
        """The nouns a sentence puts at a numbered place of a ranking: "In second place came A",
        "Second place went to B", "C is third", "D ranked fourth"; with `follows` (the sentence
        before was about the ranking) also "E follows at $3bn"."""
        cues = self.vocab.cues
        places, verbs = cues.get("place_nouns", set()), cues.get("place_verbs", set())
        heads = []
        for t in sent:
            if t.lower_ in self.vocab.ordinal_words and t.dep_ == "amod" and t.head.lower_ in places:
                place = t.head  # "in second place", "second place went to"
                verb = place.head.head if place.dep_ == "pobj" else place.head
                if verb.pos_ not in ("VERB", "AUX"):
                    continue
                heads += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "attr") and c.i != place.i]
                heads += [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                          for g in c.children if g.dep_ == "pobj"]
            elif t.lower_ in self.vocab.ordinal_words and t.dep_ in ("attr", "advmod", "acomp", "npadvmod", "oprd") \
                    and t.head.lemma_.lower() in verbs:
                heads += [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "C is third"
            elif follows and t.dep_ == "ROOT" and t.lemma_.lower() in cues.get("continuation_verbs", set()) and \
                    not any(c.dep_ in ("auxpass", "dobj", "neg") for c in t.children):
                heads += [c for c in t.children if c.dep_ == "nsubj"]  # "D follows at $3.2bn"
        return [h for h in heads if not any(c.dep_ == "neg" for c in h.head.children) and not self._left(h.head)]

    def _left(self, verb) -> bool:
        """"D, ranked third last year, dropped out": a place held in a past edition ("last year",
        "previously") or given up in the same breath (an ending verb joined to the ranking verb)."""
        cues = self.vocab.cues
        past, ending = cues.get("past_words", set()), cues.get("ending_verbs", set())
        return any(c.lower_ in past or (c.dep_ == "npadvmod" and any(g.lower_ in ("last", "previous") for g in c.children))
                   or (c.dep_ == "conj" and c.lemma_.lower() in ending) for c in verb.children)

    def _among_group(self, tok, mentions: list[Mention], finder: HolderFinder) -> Mention | None:
        """"among those selected / named" (a conferring participle), or "among them" whose group is
        the last plural of the sentence before and a category mention: the category's mention."""
        doc = tok.doc
        if tok.lower_ not in ("among", "amongst") or tok.dep_ != "prep" or tok.head.lemma_.lower() != "be" \
                or tok.i < tok.head.i:
            return None  # ("Among them are A and B" opens a list: see _anaphoric_lists)
        group = next((c for c in tok.children if c.dep_ == "pobj" and c.lower_ in ("those", "them", "these")), None)
        if group is None:
            return None
        conferring = self.vocab.cues.get("conferring_verbs", set())
        sent = tok.sent
        prev = doc[sent.start - 1].sent if sent.start > 0 else None
        if group.lower_ == "those":
            if not any(g.dep_ in ("acl", "relcl") and g.lemma_.lower() in conferring for g in group.children):
                return None
            floor = prev.start if prev is not None else sent.start
            before = [m for m in mentions if floor <= m.start < tok.i]
        else:
            if prev is None or any(m.start < tok.i for m in mentions if sent.start <= m.start):
                return None
            before = [m for m in mentions if prev.start <= m.start < prev.end]
            ends = {m.end - 1 for m in before if doc[m.end - 1].lower_.endswith("s")}  # a plural the tagger missed
            if not before or not self._last_group_is(prev, before[-1], finder, ends):
                return None
        before = [m for m in before if m.kind == "term" and m.sense == "business"]
        if not before or before[-1].stance != "member":
            return None
        return before[-1]

    @staticmethod
    def _defines(sent, mentions: list[Mention], finder: HolderFinder) -> bool:
        """"Gazelles are small firms that ...": a sentence naming no organisation whose subject is a
        bare category noun (no determiner) and whose verb is "be": a definition, no group of firms."""
        if any(t.i in finder.ix.at for t in sent):
            return False
        root = sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.lemma_.lower() != "be" or subj is None or any(c.dep_ in ("det", "poss", "nummod") for c in subj.children):
            return False
        return any(m.start <= subj.i < m.end + 1 and m.kind == "term" for m in mentions)

    def _passive_groups(self, doc: Doc, mentions: list[Mention], finder: HolderFinder) -> list[dict]:
        """"The ministry announced the fifth batch of little giants. A total of 6 enterprises in our
        district were selected, namely: A, B and C.": a sentence naming no category whose verb is a
        conferring participle with a group of firms as its subject, and a list cue after the verb;
        its items are members of the category named up to two sentences before."""
        out = []
        conferring = self.vocab.cues.get("conferring_verbs", set())
        firm = self.vocab.cues.get("firm_nouns", set())
        sents = list(doc.sents)
        for k in range(1, len(sents)):
            sent = sents[k]
            if any(sent.start <= m.start < sent.end for m in mentions):
                continue
            root = sent.root
            if root.lemma_.lower() not in conferring or not any(c.dep_ == "auxpass" for c in root.children) or \
                    any(c.dep_ == "neg" or c.tag_ == "MD" for c in root.children):
                continue
            subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
            while subj is not None and subj.lower_ not in firm:
                subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj"), None)  # "a total of 6 enterprises"
            if subj is None or any(t.i in finder.ix.at for t in subj.subtree):
                continue
            cue = finder.names.cue_at(root.i + 1, root.i + 4)
            if cue is None or self._wishful(doc[sent.start:cue]):
                continue  # ("... were selected as candidates, namely:")
            floor = sents[max(k - 2, 0)].start
            before = terms_in(mentions, floor, sent.start, business=True)
            if not before or before[-1].stance != "member":
                continue
            m = before[-1]
            items = finder.names.items(cue, finder.names.line_end(sent.end))
            out += self._members(doc, finder, [oi for oi, _ in items], m, sent.end - 1)
        return out

    def _selected_names(self, doc: Doc, mentions: list[Mention], finder: HolderFinder) -> list[dict]:
        """"The ministry published the fifth batch of little giants. After review, A, B and C of our
        county were selected.": a selection verb in the passive whose subject is a company's name
        (and the names listed with it), with no complement of its own ("as ...", "for ...", a
        category or tier named after the verb), makes the names members of the category last
        named before the verb, in its sentence or the two before, when that mention is a member's."""
        out = []
        verbs = self.vocab.cues.get("selection_verbs", set())
        sents = list(doc.sents)
        starts = [st.start for st in sents]
        for verb in doc:
            if verb.lemma_.lower() not in verbs or verb.tag_ != "VBN" or \
                    not any(c.dep_ == "auxpass" for c in verb.children) or \
                    any(c.dep_ in ("neg", "oprd", "xcomp", "ccomp", "dobj") or c.tag_ == "MD" or
                        (c.dep_ == "prep" and c.lower_ in ("as", "for")) for c in verb.children):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is None or finder.org_at(subj, allow_coref=False) is None:
                continue
            if any(m.start > verb.i and verb.left_edge.i <= m.start <= verb.right_edge.i and
                   not subj.left_edge.i <= m.start <= subj.right_edge.i for m in mentions):
                continue  # "A was included in the municipal little giant cultivation library"
            k = max(n for n, st in enumerate(starts) if st <= verb.i)
            before = terms_in(mentions, starts[max(k - 2, 0)], verb.i, business=True)
            if not before or before[-1].stance != "member" or self._wishful(doc[sents[k].start:verb.i]):
                continue
            m = before[-1]
            out += self._members(doc, finder, [h.org for h in finder._with_conj(subj, "list")], m, verb.i)
        return out

    def _bullet_lists(self, doc: Doc, mentions: list[Mention], finder: HolderFinder) -> list[dict]:
        """A line ending in a colon, then lines opened by a bullet or a number ("- A (Paris): ...",
        "2. B, ..."): when the intro names a category ("The new unicorns:") or is an entry noun
        ("Selected entries:", "The list:") following a category named up to three sentences
        before, each line whose first words name a company is a member."""
        out = []
        text = doc_text(doc)
        cues = self.vocab.cues
        entries = cues.get("entry_nouns", set())
        relations = cues.get("relation_words", set())
        lines = finder.names.lines(text)
        sents = list(doc.sents)
        i = 0
        while i < len(lines):
            s, e, raw = lines[i]
            i += 1
            intro = doc.char_span(s, e, alignment_mode="expand") if raw.strip() else None
            if intro is None:
                continue
            words = [t for t in intro if not t.is_space]
            # the intro ends in a colon, or is a heading that names a list ("List of the fifth batch of
            # ...") or the category of its members ("I. 2024 gazelle enterprises (excerpt)")
            heading = bool(words) and len(words) <= 25 and raw.rstrip()[-1] not in ".!?:;,\"'”" and (
                any(t.lower_ in cues.get("list_nouns", set()) for t in words) or
                (len(words) <= 12 and bool(terms_in(mentions, words[0].i, words[-1].i + 1, member=True))))
            colon = words[-1] if heading else next((t for t in reversed(intro) if t.text.endswith(":")), None) \
                if raw.rstrip().endswith(":") else None
            if colon is None or any(t.lower_ in relations and not self._attribution(t) for t in colon.sent if t.i <= colon.i):
                continue  # "Investors in the round:": a list of another relation
            stop = colon.i + 1 if heading else colon.i
            bullets, i = finder.names.entry_lines(lines, i)
            if not bullets:
                continue
            intro = colon.sent  # the sentence the colon ends
            own = terms_in(mentions, intro.start, stop)
            if own:
                m = own[-1]  # (its stance says whether the intro is a wish)
            elif self._wishful(doc[intro.start:stop]):
                continue  # "Candidates for next year's list:"
            elif any(t.lower_ in entries or self._conferred_group(t) for t in intro if t.i < stop) \
                    or self._elliptic_subject(intro):
                k = next((n for n, st in enumerate(sents) if st.start <= intro.start < st.end), 0)
                j = k - 1
                while j > max(k - 5, 0) and not terms_in(mentions, sents[j].start, sents[j].end):
                    j -= 1  # back over sentences naming no category (a rule, a definition), four at most
                before = terms_in(mentions, sents[max(j, 0)].start, intro.start)
                if not before:
                    continue
                m = before[-1]
            else:
                continue
            if m.stance != "member" or m.sense != "business":
                continue
            for bs, be, raw in bullets:
                line = doc.char_span(bs, be, alignment_mode="expand")
                if line is None:
                    continue
                oi, j = finder.names.line_name(line)
                if oi is None or not finder.ix.orgs[oi].get("is_company"):
                    continue
                if self._higher_tier_on_line(doc, line, finder.ix.orgs[oi]["name"], m.cat):
                    continue  # "A: RMB 140 billion" in a unicorn ranking: the amount, not the ranking, says which
                out.append(self._label(doc, oi, m.cat, "implicit", "list", j, line.end - 1))
        return out

    @staticmethod
    def _attribution(tok) -> bool:
        """The word is in an "according to ..." phrase: the source of a notice, not what it lists."""
        return any(t.lower_ == "according" for t in [tok, *tok.ancestors])

    def _conferred_group(self, tok) -> bool:
        """"selected enterprises", "the newly certified firms": a plural firm noun modified by a
        conferring participle names the group a naming verb made."""
        cues = self.vocab.cues
        return tok.lower_ in cues.get("firm_nouns", set()) and tok.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in cues.get("conferring_verbs", set())
            for c in tok.children)

    def _wishful(self, span) -> bool:
        """Words of a wish, a candidacy, a denial or a past status in a list's intro."""
        cues = self.vocab.cues
        words = cues.get("aspirant_words", set()) | cues.get("aspirant_heads", set()) | \
            cues.get("negation_words", set()) | cues.get("past_words", set())
        return any(t.lower_ in words for t in span)

    @staticmethod
    def _elliptic_subject(sent) -> bool:
        """"The ten most valuable are:", "They are:": the intro's subject names no noun of its own,
        so it stands for the group named before."""
        root = sent.root
        if root.lemma_.lower() not in ("be", "include"):
            return False
        subj = subject_of(root)
        if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
               for c in root.children):
            return False  # "Among the biggest deals were these:": the group is named right there
        return subj is not None and (subj.pos_ in ("ADJ", "NUM") or subj.lower_ in ("they", "these", "those"))

    def _higher_tier_on_line(self, doc: Doc, line, org: str, cat: str) -> bool:
        """The line states an amount for the org at or above a higher category's threshold."""
        floor = float(self.cats.get(cat, {}).get("threshold_usd") or 0)
        if not floor:
            return False
        for f in doc._.figures or []:
            if isinstance(f, dict) and f.get("usd") and f.get("span") and f.get("subject") == org and \
                    line.start_char <= f["span"][0] < line.end_char:
                higher = self.vocab.category_for_usd(float(f["usd"]))
                if higher and float(self.cats[higher]["threshold_usd"]) > floor:
                    return True
        return False

    def _continued(self, sent, finder: HolderFinder) -> int | None:
        """"It is followed by D and E": a pronoun subject (no organisation) of a passive
        continuation verb; returns the token after its agent's "by"."""
        root = sent.root
        subj = subject_of(root)
        agent = next((c for c in root.children if c.dep_ == "agent"), None)
        if root.lemma_.lower() in self.vocab.cues.get("continuation_verbs", set()) and agent is not None and \
                subj is not None and subj.pos_ == "PRON" and subj.i not in finder.ix.at:
            return agent.i + 1
        return None

    def _peer_lists(self, doc: Doc, labels: list[dict], finder: HolderFinder, mentions: list[Mention],
                    vetoes: dict | None = None) -> list[dict]:
        """"That puts X among the likes of A, B and C", "X joins the likes of A and B": a firm the
        text has just given a category (in this sentence or the three before) is put in a group
        of peers; the peers listed after the cue hold the same category."""
        out = []
        cues = sorted((c.split() for c in self.vocab.cues.get("peer_cues", set())), key=len, reverse=True)
        openers = self.vocab.cues.get("peer_openers", set())
        sents = list(doc.sents)
        for k, sent in enumerate(sents):
            for tok in sent:
                cue = next((c for c in cues if [t.lower_ for t in doc[tok.i:tok.i + len(c)]] == c), None)
                if cue is None or tok.i == 0:
                    continue
                before = doc[tok.i - 1]
                if before.lower_ not in openers and before.lemma_.lower() not in openers:
                    continue  # "backed by the likes of A and B": investors, no peer group
                verb = before if before.pos_ in ("VERB", "AUX") else before.head
                anchor = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None) if verb.lemma_.lower() != "join" else None
                for _ in range(2):
                    anchor = anchor or subject_of(verb)
                    if anchor is not None or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
                        break
                    verb = verb.head  # "X became a unicorn in May, joining the likes of A and B"
                hit = finder.org_at(anchor) if anchor is not None else None
                if hit is None:
                    continue
                floor = sents[max(k - 3, 0)].start_char
                cats = {lab["category"] for lab in labels if lab["_org"] == hit[0] and floor <= lab["span"][0] <= sent.end_char
                        and not (vetoes or {}).get((hit[0], lab["category"]))}
                if is_listed(finder.ix.orgs[hit[0]]):
                    cats -= {"unicorn", "decacorn"}  # a listed firm's peers are no start-ups for being its peers
                items = [(oi, i) for oi, i in finder.names.items(tok.i + len(cue), sent.end)
                         if oi != hit[0] and finder.ix.orgs[oi].get("is_company")]
                if items:
                    # "... joining the ranks of A and B as one of the best-funded companies": the group
                    # is what follows, and it is not the category unless a mention says so
                    j = finder.ix.end(items[-1][1])
                    while j < sent.end and doc[j].is_punct:
                        j += 1
                    if j < sent.end and doc[j].lower_ in ("as", "in", "for", "on", "with") and \
                            not any(j <= m.start < sent.end for m in mentions):
                        continue
                for cat in sorted(cats):
                    for oi, i in items:
                        out.append(self._label(doc, oi, cat, "implicit", "list", tok.i, sent.end - 1))
        return out

    def _named_group(self, sent) -> int | None:
        """"Among the newly certified enterprises are A and B", "Among the newcomers are ...": a
        sentence opening on "among" + a definite conferred group or entry noun; returns the token
        after the group's noun."""
        first = sent[0]
        group = next((c for c in first.children if c.dep_ == "pobj"), None)
        entries = self.vocab.cues.get("entry_nouns", set())
        if first.lower_ not in ("among", "amongst") or group is None or \
                not (self._conferred_group(group) or group.lower_ in entries) or \
                not any(c.lower_ in ("the", "these") for c in group.children) or group.i + 1 >= sent.end:
            return None
        return group.i + 1

    def _pronoun_list(self, sent, finder: HolderFinder) -> int | None:
        """"The seven are A, B and C", "They include A and B": a sentence whose subject is a
        pronoun, a number or a bare noun phrase and whose verb is "be" or "include"."""
        root = sent.root
        if root.lemma_.lower() not in ("be", "include"):
            return None
        subj = subject_of(root)
        if subj is None or any(t.i in finder.ix.at for t in subj.subtree):
            return None
        if any(t.lower_ in self.vocab.cues.get("relation_words", set()) for t in subj.subtree):
            return None  # "The list of their investors includes X": another group
        if subj.pos_ not in ("PRON", "NUM") and not any(c.lower_ in ("the", "these", "those") for c in subj.children) \
                and not (subj.lower_ in self.vocab.cues.get("entry_nouns", set())
                         and any(c.dep_ == "poss" for c in subj.children)):
            return None  # ("The district's entries are A and B": a possessive entry noun is the list too)
        if any(c.dep_ == "prep" and c.lower_ in ("among", "amongst") and
               any(g.dep_ == "pobj" and g.pos_ != "PRON" for g in c.children) for c in root.children):
            return None  # "Among the biggest deals of the month were these: ...": a group of its own
        return root.i + 1
