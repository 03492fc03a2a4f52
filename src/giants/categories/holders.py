"""Who holds a category mention: the organisation the parse ties it to.

Mechanisms, tried in order (each names itself in the label's `rule`):
  premodifier      "robotics unicorn X", "the little giant firm X"
  apposition       "X, a unicorn, ...", "X (a national little giant)"
  copula           "X is / became / remains a unicorn", "X is one of the unicorns"
  naming_verb      "X was named a little giant", "X joined the ranks of unicorns", "MIIT recognised X as ..."
  relative_clause  "X, which became a unicorn in May, ..."
  possessive       "X's unicorn status"
  list             "unicorns such as A, B and C", "the new unicorns are A and B", "A, B and C are unicorns"
  coreference      "the company reached unicorn status": the organisation the organisations
                   component resolved "the company" / "it" to
An investor is never a holder for being near: every mechanism reads a syntactic relation."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from giants.categories.mentions import Mention
from giants.categories.sense import np_head, subject_of
from giants.categories.vocab import Vocab
from giants.organisations.lists import FINITE, NameLists, OrgIndex


@dataclass
class Holder:
    org: int
    rule: str
    token: int          # where the holder is named


class HolderFinder:
    def __init__(self, doc: Doc, vocab: Vocab, index: OrgIndex):
        self.doc, self.vocab, self.ix = doc, vocab, index
        cues = vocab.cues
        self.firm = cues.get("firm_nouns", set())
        self.links = cues.get("link_nouns", set())
        self.preps = cues.get("link_preps", set())
        self.verbs = cues.get("copula_verbs", set()) | cues.get("naming_verbs", set())
        self.copulas = cues.get("copula_verbs", set())
        self.conferring = cues.get("conferring_verbs", set())
        self.relations = cues.get("relation_words", set())
        self.list_nouns = cues.get("list_nouns", set())
        self.names = NameLists(doc, index)  # which names a list holds: an organisations fact
        self.org_at = self.names.org_at

    # ------------------------------------------------------------ org lookups

    # ------------------------------------------------------------ mechanisms

    def find(self, m: Mention) -> list[Holder]:
        for fn in (self.premodifier, self.apposition, self.clause, self.possessive, self.list_after, self.itself,
                   self.headline):
            found = fn(m)
            if found:
                out = []
                for h in found:
                    if h.rule == "coreference" and self.ix.orgs[h.org].get("other_party"):
                        # "Unlike X, the manufacturer ...": resolved to another party; the firm the
                        # text was about before is the one meant
                        oi = self.names.subject_before(h.token)
                        if oi is None or oi in [o.org for o in out]:
                            continue
                        h = Holder(oi, "coreference", h.token)
                    out.append(h)
                return out
        return []

    def headline(self, m: Mention) -> list[Holder]:
        """"Berlin repair start-up becomes unicorn after EUR210m round": in the headline, a clause
        whose subject is an unnamed firm ("start-up", "maker") is about the article's main firm:
        the company that is the subject of the first sentence of the body and is named (or
        referred to) more often than any other company."""
        doc = self.doc
        text = doc.text
        nl = text.find("\n")
        if nl < 0 or doc[m.start].idx >= nl or not text[nl:].strip():
            return []
        got = self.governing_verb(np_head(doc, m, self.vocab))
        if got is None or got[0].lemma_.lower() not in self.verbs:
            return []
        verb = got[0]
        subj = subject_of(verb)
        if subj is None and verb.dep_ == "acl":
            subj = verb.head  # "Chinese bearing maker named national little giant"
        if subj is None or not self._firm_noun(subj) or subj.tag_ not in ("NN", "NNP") or \
                any(t.i in self.ix.at for t in subj.subtree):
            return []
        main = next((oi for oi, o in enumerate(self.ix.orgs) if o.get("main")), None)
        return [] if main is None else [Holder(main, "headline", m.start)]

    def _firm_noun(self, tok: Token) -> bool:
        """A firm noun, "start-up" included (three tokens: "start", "-", "up")."""
        return tok.lower_ in self.firm or self.doc[max(tok.i - 2, 0):tok.i + 1].text.lower() in self.firm

    def itself(self, m: Mention) -> list[Holder]:
        """"..., making it the latest British fintech unicorn": the organisations component resolved
        the mention's own noun phrase to a firm (a singular phrase with a determiner, the complement
        of a clause whose other nouns it could not resolve)."""
        head = np_head(self.doc, m, self.vocab)
        hit = self.ix.at.get(head.i)
        if hit is None or not hit[1] or head.tag_ not in ("NN", "NNP") or head.dep_ not in ("attr", "oprd", "ccomp") or \
                not self.doc[m.start].is_lower or not any(c.dep_ in ("det", "poss") for c in head.children):
            return []
        return [Holder(hit[0], "coreference", head.i)]

    def premodifier(self, m: Mention) -> list[Holder]:
        doc = self.doc
        j = m.end
        while j < len(doc) and j < m.end + 4:
            if doc[j].lower_ in self.firm or doc[j].is_quote or (doc[j].text == "-" and not self.names.spaced_dash(j)):
                j += 1
            elif doc[j:j + 3].text.lower() in self.firm:  # "start-up" in three tokens
                j += 3
            else:
                break
        if j < len(doc) and j in self.ix.at and not self.ix.at[j][1] and self.ix.start(j) == j:
            return [Holder(self.ix.at[j][0], "premodifier", j)]
        return []

    def apposition(self, m: Mention) -> list[Holder]:
        doc = self.doc
        head = np_head(doc, m, self.vocab)
        # "X and 11 other little giants": the mention coordinated with a name
        if head.dep_ == "conj" and any(c.lower_ == "other" for c in head.children):
            hit = self.org_at(head.head, allow_coref=False)
            if hit:
                return [Holder(hit[0], "list", head.head.i)]
        # "X, one of the province's 120 little giants": through "one of" to the apposition
        top = head
        while top.dep_ == "pobj" and top.head.lower_ in ("of", "among") and \
                (top.head.head.lower_ in self.links or top.head.head.lemma_.lower() in self.links):
            top = top.head.head
        # parse: the mention's noun (or its "one of") is in apposition to a name, or a name to it; or to a
        # noun phrase the organisations component resolved ("The company, a little giant since 2021, ...")
        for app in (top, head):
            if app.dep_ == "appos":
                hit = self.names.named_or_phrase(app.head)
                if hit and head.tag_ == "NNS" and top is head and not hit[1]:
                    return self._with_conj(app.head, "apposition")  # "A, B and C, all unicorns, ...": each
                if hit:
                    return [Holder(hit[0], "coreference" if hit[1] else "apposition", app.head.i)]
        # tokens: "X, a ... unicorn", "X (a ... little giant)", "X, now a decacorn,"; not "X, a supplier
        # to little giants" (the mention describes another noun of the aside)
        owner = head.head.head if head.dep_ == "pobj" else None
        if owner is not None and owner.pos_ in ("NOUN", "PROPN") and owner.i not in self.ix.at and \
                owner.lower_ not in self.links and owner.lemma_.lower() not in self.links:
            return []
        i = m.start - 1
        sent_start = doc[m.start].sent.start
        steps = 0
        while i >= sent_start and steps < 7 and doc[i].text not in (",", "(", "—", "–"):
            if doc[i].lower_ in self.relations or i in self.ix.at or doc[i].tag_ in FINITE:
                return []
            i, steps = i - 1, steps + 1
        if i < sent_start or doc[i].text not in (",", "(", "—", "–"):
            return []
        k = i - 1
        while k >= sent_start and doc[k].text in (")", '"', "'", "”", "’"):
            k -= 1
            if doc[k + 1].text == ")":
                while k >= sent_start and doc[k].text != "(":
                    k -= 1
                k -= 1
        hit = self.names.named_or_phrase(doc[k]) if k >= sent_start else None
        if hit:
            first = doc[i + 1] if i + 1 < m.start else doc[m.start]
            if head.tag_ == "NNS" and first.lower_ in ("all", "both") and not hit[1]:
                return self._with_conj(doc[k], "apposition")
            if first.lower_ in ("a", "an", "the", "now", "also", "one", "another", "among", "itself", "its", "already",
                                "itself", "which") or doc[i].text == "(" or first.i == m.start:
                return [Holder(hit[0], "coreference" if hit[1] else "apposition", k)]
        return []

    def governing_verb(self, head: Token) -> tuple[Token, Token] | None:
        """Climb from the mention's noun to the verb it is the complement of: through "one of",
        "the ranks of", "among", "as", "status"; returns (verb, the link it hangs from)."""
        cur = head
        for _ in range(6):
            dep = cur.dep_
            if dep == "conj":
                cur = cur.head
                continue
            if dep == "pobj":
                prep = cur.head
                if prep.lower_ not in self.preps:
                    return None
                h = prep.head
                if h.pos_ in ("VERB", "AUX"):
                    return h, prep
                if h.lower_ in self.links or h.lemma_.lower() in self.links:
                    cur = h
                    continue
                return None
            if dep in ("compound", "amod", "nmod") and (cur.head.lower_ in self.links or cur.head.lower_ in self.firm):
                cur = cur.head
                continue
            if dep in ("attr", "oprd", "dobj", "acomp", "xcomp", "npadvmod", "ccomp", "advcl"):
                h = cur.head
                if h.pos_ in ("VERB", "AUX"):
                    return h, cur
                return None
            return None
        return None

    def clause(self, m: Mention) -> list[Holder]:
        head = np_head(self.doc, m, self.vocab)
        got = self.governing_verb(head)
        if got is None:
            return []
        verb, link = got
        if verb.lemma_.lower() not in self.verbs:
            return []
        rule = "copula" if verb.lemma_.lower() in self.copulas else "naming_verb"
        if rule == "copula" and link.dep_ == "dobj":
            return []  # "X counts 112 unicorns": a tally, not membership
        if link.i == head.i and verb.lemma_.lower() in self.conferring and \
                any(c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1") for c in head.children):
            return []  # "the paper named 2,560 Gazelles": many members, so their namer, not one of them
        # a headline drops the passive's auxiliary: "X awarded the Gazelle award" (no one it is given to)
        headline_passive = (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)) or (
            link.lower_ in ("award", "title", "prize", "status", "badge", "honour", "honor", "label") and
            not any(c.dep_ == "dative" or c.lower_ == "to" for c in verb.children))
        if link.dep_ == "dobj" and verb.lemma_.lower() in self.conferring and not headline_passive and \
                not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return []  # "the zone certified 318 gazelle enterprises": the certifier is no member
        # "MIIT named X a little giant", "the ministry recognised X as ...": the object
        if link.dep_ in ("oprd", "xcomp", "prep", "advcl") or (link.dep_ == "attr" and rule == "naming_verb"):
            for c in verb.children:
                if c.dep_ == "dobj" and c.i != link.i:
                    if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                        return self._member_of_group(verb.head)
                    return self._with_conj(c, rule)
        v = verb
        for _ in range(3):
            subj = subject_of(v)
            if subj is not None and v.dep_ == "relcl" and \
                    any(t.lower_ in ("which", "that", "who", "whom") for t in subj.subtree):
                return self._with_conj(self.names.antecedent_noun(v.head), "relative_clause")
            if subj is not None:
                return self._with_conj(subj, rule)
            if v.dep_ in ("relcl", "acl"):
                return self._with_conj(self.names.antecedent_noun(v.head), "relative_clause")
            if v.dep_ in ("conj", "xcomp", "advcl") and v.head.pos_ in ("VERB", "AUX"):
                v = v.head
                continue
            break
        return []

    def _member_of_group(self, group: Token) -> list[Holder]:
        """"X was one of the 3,000 companies that the ministry added to its list of little giants":
        the relative clause's object is the group; the holder is the name the group is said of,
        through "one of" and a copula ("X is one of the firms ..."), or the group itself when it is
        a name ("..., A and B, which the ministry certified as ...")."""
        if self.org_at(group, allow_coref=False) is not None:
            return self._with_conj(group, "relative_clause")
        top = group
        while top.dep_ == "pobj" and top.head.lower_ in ("of", "among", "amongst") and \
                (top.head.head.lower_ in self.links or top.head.head.pos_ == "NUM"):
            top = top.head.head
        if top is group:
            return []
        if top.dep_ == "appos":
            hit = self.org_at(top.head)
            return [Holder(hit[0], "coreference" if hit[1] else "apposition", top.head.i)] if hit else []
        if top.dep_ == "attr" and top.head.lemma_.lower() in self.copulas:
            subj = subject_of(top.head)
            return self._with_conj(subj, "copula") if subj is not None else []
        return []

    def _with_conj(self, tok: Token, rule: str) -> list[Holder]:
        hit = self.org_at(tok)
        reach = 3
        if hit is None and tok.dep_ == "pobj" and tok.head.lower_ in ("among", "amongst") and \
                tok.head.head.lemma_.lower() == "be":
            # "Among the companies named little giants were two firms from X: A and B": the
            # inverted clause's other noun (and its own list) are the members
            other = next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "attr") and c.i != tok.head.i), None)
            if other is None:
                return []
            tok, reach = other, other.right_edge.i - other.i + 2
            hit = self.org_at(tok)
            if hit is None:
                cue = self.names.cue_at(tok.i + 1, tok.i + reach)
                return [] if cue is None else \
                    [Holder(oi, "list", i) for oi, i in self.names.items(cue, self.names.line_end(tok.sent.end))]
        if hit is None:
            # "248 enterprises including A, B and C were named ...": the subject's own list (of firms:
            # "the round, led by X" names its investors)
            if tok.lower_ not in self.firm and tok.lower_ not in self.list_nouns:
                return []
            cue, end = self.names.cue_at(tok.i + 1, tok.i + reach), tok.right_edge.i + 1
            if cue is None and tok.dep_ == "nsubjpass" and tok.head.i > tok.i:
                # "12 enterprises of our city were selected, including A and B": the list right after the verb
                cue, end = self.names.cue_at(tok.head.i + 1, tok.head.i + 3), self.names.line_end(tok.sent.end)
            if cue is not None:
                return [Holder(oi, "list", i) for oi, i in self.names.items(cue, end)]
            return []
        first = Holder(hit[0], "coreference" if hit[1] else rule, tok.i)
        out = [first]
        return out + [Holder(oi, "list", i) for oi, i in self.names.coordinated(tok, hit[0])]

    def joined(self, m: Mention) -> bool:
        """The mention is the complement of a copula or naming verb ("joined the unicorn club",
        "are now in the club") with no negation."""
        got = self.governing_verb(np_head(self.doc, m, self.vocab))
        return got is not None and got[0].lemma_.lower() in self.verbs and \
            not any(c.dep_ == "neg" for c in got[0].children)

    def possessive(self, m: Mention) -> list[Holder]:
        """"X's unicorn status"; "its little giant title" only on a title noun (the firm's own status;
        "X names its 2025 gazelles" are the namer's list, not its status)."""
        head = np_head(self.doc, m, self.vocab)
        titled = head.lower_ in self.vocab.cues.get("title_nouns", set())
        for c in head.children:
            if c.dep_ == "poss":
                hit = self.org_at(c, allow_coref=c.lower_ not in ("its", "their") or (c.lower_ == "its" and titled))
                if hit:
                    return [Holder(hit[0], "coreference" if hit[1] else "possessive", c.i)]
        return []

    def owner_of_ended(self, m: Mention) -> list[Holder]:
        """"X has lost its unicorn status", "X was stripped of its title": for a mention whose
        status is denied or past, the owner a possessive pronoun stands for: what the
        organisations component resolved it to, else the subject of the verb it hangs from.
        Used only to veto, never to label."""
        head = np_head(self.doc, m, self.vocab)
        poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if poss is None:
            return []
        hit = self.ix.at.get(poss.i)
        if hit is not None:
            return [Holder(hit[0], "coreference", poss.i)]
        cur = head
        for _ in range(3):
            if cur.dep_ in ("dobj", "pobj", "attr") and cur.head.pos_ in ("VERB", "AUX", "ADP"):
                cur = cur.head
                if cur.pos_ in ("VERB", "AUX"):
                    subj = subject_of(cur)
                    got = self.org_at(subj) if subj is not None else None
                    return [Holder(got[0], "coreference", subj.i)] if got else []
            else:
                break
        return []

    def list_after(self, m: Mention) -> list[Holder]:
        """"unicorns such as A, B and C", "the new unicorns are A and B", "unicorns: A, B, C"."""
        doc = self.doc
        head = np_head(doc, m, self.vocab)
        in_relation = head.dep_ == "pobj" and head.head.head.lower_ in self.relations or \
            (m.start >= 2 and doc[m.start - 1].lower_ in ("in", "of") and doc[m.start - 2].lower_ in self.relations)
        sent = doc[m.start].sent
        group = head
        while group.dep_ == "pobj" and group.head.lower_ == "of" and \
                (group.head.head.lower_ in self.links or group.head.head.lower_ in self.list_nouns):
            group = group.head.head  # "the sixth batch of little giants", "the list of unicorns"
        verb = group.head
        if group.dep_ in ("nsubj", "nsubjpass") and verb.i > group.i and not in_relation and \
                verb.lemma_.lower() in self.vocab.cues.get("list_verbs", set()) and \
                not any(c.dep_ == "neg" for c in verb.children):
            # "The batch, published by the ministry on Monday, includes A, B and C": the subject's
            # verb opens the list however long the subject's own description is
            items = self.names.items(verb.i + 1, sent.end, first_within=3)
            if not items:
                # "... includes 12 firms from Wuxi, among them A and B": the object's own list
                cue = self.names.cue_at(verb.i + 1, min(sent.end, verb.i + 9))
                if cue is not None and doc[cue - 1].lemma_.lower() != "be" and \
                        not any(t.lower_ in self.relations for t in doc[verb.i + 1:cue]):
                    items = self.names.items(cue, sent.end, first_within=3)
            return [Holder(oi, "list", i) for oi, i in items]
        j = m.end
        cue_end = None
        while j < sent.end and j < m.end + 10:
            cue_end = self.names.cue_at(j, j + 1)
            # further than six words only through "N of them": "..., and two of them - A and B - ..."
            if cue_end is not None and (j < m.end + 6 or [t.lower_ for t in doc[j - 2:j]] in
                                        (["of", "them"], ["of", "these"], ["of", "those"])):
                break
            cue_end = None
            if (doc[j].tag_ in FINITE and not self.names.auxiliary(j)) or j in self.ix.at:
                break
            if doc[j].dep_ == "cc" and any(t.tag_ in ("NNS", "NNPS") for t in doc[j + 1:min(j + 4, sent.end)]):
                break  # "gazelles, and 8 enterprises such as A": another group's list
            j += 1
        if cue_end is None and not in_relation:
            cue_end = self._cue_after_apposition(m)
        if cue_end is None:
            return []
        if in_relation and (doc[j].pos_ in ("AUX", "VERB") or doc[j].is_punct):
            return []  # "Among the investors in the new unicorns were A and B": the relation's members
        end = self.names.line_end(sent.end)
        nxt = cue_end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if doc[cue_end - 1].text.endswith(":") and nxt >= end and nxt < len(doc) and \
                not (doc[nxt].is_punct or doc[nxt].like_num):
            # "... enterprises (12 in total):" and the names on the next line (bulleted lines are read line by line)
            end = self.names.line_end(nxt + 1)
        return [Holder(oi, "list", i) for oi, i in self.names.items(nxt, end)]

    def _cue_after_apposition(self, m: Mention) -> int | None:
        """"588 little giants, firms certified by the ministry for ..., including A and B": a plural
        firm noun in apposition right after the mention describes the group, and a list cue after
        that description (no clause of its own, no relation to other parties on the way) opens the
        group's members."""
        doc = self.doc
        sent = doc[m.start].sent
        j = m.end
        while j < sent.end and doc[j].is_quote:
            j += 1
        if j >= sent.end or doc[j].text != ",":
            return None
        j += 1
        while j < sent.end and doc[j].pos_ in ("DET", "ADJ") and j < m.end + 4:
            j += 1
        if j >= sent.end or doc[j].lower_ not in self.firm or doc[j].tag_ != "NNS":
            return None
        for k in range(j + 1, sent.end):
            if doc[k].lower_ in self.relations or doc[k].text in (";", ":") or (
                    doc[k].tag_ in FINITE and doc[k].dep_ not in ("relcl", "acl", "aux", "auxpass")
                    and not self.names.auxiliary(k)):
                return None
            cue = self.names.cue_at(k, k + 1) if doc[k].lemma_.lower() != "be" else None
            if cue is not None:
                return cue if doc[k].text not in ("—", "–", "-") else None
        return None
