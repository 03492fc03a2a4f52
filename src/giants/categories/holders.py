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

LIST_SEPARATORS = {",", "and", "&", "or", ";", "as", "well", "plus"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}


@dataclass
class OrgIndex:
    """Organisations as the organisations component gave them, looked up by token."""
    orgs: list[dict]
    at: dict[int, tuple[int, bool]]     # token -> (org index, via coreference)
    start_of: dict[int, int]            # token -> first token of the mention it is in
    end_of: dict[int, int]              # first token of a mention -> one past its last token
    has_coref: bool

    @classmethod
    def build(cls, doc: Doc) -> "OrgIndex":
        orgs = [o for o in (doc._.organizations or []) if isinstance(o, dict)]
        at, start_of, end_of = {}, {}, {}
        has_coref = any("coref_spans" in o for o in orgs)
        for oi, o in enumerate(orgs):
            for key, coref in (("mention_spans", False), ("coref_spans", True)):
                for s, e in o.get(key) or []:
                    sp = doc.char_span(s, e, alignment_mode="expand")
                    if sp is None or len(sp) == 0:
                        continue
                    end_of[sp.start] = sp.end
                    for t in sp:
                        if t.i not in at or not coref:
                            at[t.i] = (oi, coref)
                            start_of[t.i] = sp.start
        return cls(orgs, at, start_of, end_of, has_coref)

    def name_tokens(self) -> set[int]:
        return {i for i, (_, coref) in self.at.items() if not coref}


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
        self.anaphors = cues.get("anaphor_words", set())
        self.relations = cues.get("relation_words", set())
        self.reporting = cues.get("reporting_verbs", set())
        self.list_nouns = cues.get("list_nouns", set())
        self.continuation = cues.get("continuation_verbs", set())
        self._credible: dict[int, bool] = {}
        self.other_party = cues.get("other_party_words", set())
        self.cue_words = sorted((c.split() for c in cues.get("list_cues", set())), key=len, reverse=True)

    # ------------------------------------------------------------ org lookups

    def org_at(self, tok: Token, allow_coref: bool = True) -> tuple[int, bool] | None:
        """The organisation a noun names: itself, or a name in apposition/compound to a firm noun
        ("the Danish company Lumio"), or what the organisations component resolved it to."""
        hit = self.ix.at.get(tok.i)
        if hit is not None and (allow_coref or not hit[1]):
            return hit
        for c in tok.children:
            if c.i in self.ix.at and not self.ix.at[c.i][1] and (c.dep_ == "appos" or (
                    c.dep_ in ("compound", "npadvmod") and (tok.lower_ in self.firm or tok.pos_ == "PROPN"))):
                return self.ix.at[c.i]
        if tok.lower_ in self.firm and tok.dep_ == "appos" and tok.head.i in self.ix.at:
            return self.ix.at[tok.head.i]
        if hit is None and not self.ix.has_coref and allow_coref and self._anaphoric(tok):
            oi = self._antecedent(tok)
            if oi is not None:
                return oi, True
        return None

    def _anaphoric(self, tok: Token) -> bool:
        if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        return tok.lower_ in self.firm and any(c.lower_ == "the" for c in tok.children) and tok.tag_ == "NN"

    def _antecedent(self, tok: Token) -> int | None:
        """Without the organisations component's coreference: the company last named as a
        subject in this sentence or the two before (the subject, never an object or an investor)."""
        sent = tok.sent
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = self.doc[start - 1].sent.start
        best = None
        for t in self.doc[start:tok.i]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.i in self.ix.at and not self.ix.at[t.i][1]:
                oi = self.ix.at[t.i][0]
                o = self.ix.orgs[oi]
                if o.get("is_company") and o.get("type") not in ("investor", "media", "government"):
                    best = oi
        return best

    def _start(self, i: int) -> int:
        return self.ix.start_of.get(i, i)

    # ------------------------------------------------------------ mechanisms

    def find(self, m: Mention) -> list[Holder]:
        for fn in (self.premodifier, self.apposition, self.clause, self.possessive, self.list_after, self.itself,
                   self.headline):
            found = fn(m)
            if found:
                out = []
                for h in found:
                    if h.rule == "coreference" and not self.credible(h.org):
                        # "Unlike X, the manufacturer ...": resolved to another party; the firm the
                        # text was about before is the one meant
                        oi = self._credible_antecedent(h.token)
                        if oi is None or oi in [o.org for o in out]:
                            continue
                        h = Holder(oi, "coreference", h.token)
                    out.append(h)
                return out
        return []

    def _credible_antecedent(self, i: int) -> int | None:
        """The nearest company before token i that is the subject of a clause, by name or by a
        coreference, and is named outside a relation to another firm."""
        for t in reversed(self.doc[:self.doc[i].sent.start]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.i not in self.ix.at:
                continue
            oi = self.ix.at[t.i][0]
            o = self.ix.orgs[oi]
            if o.get("is_company") and o.get("type") in (None, "company") and self.credible(oi):
                return oi
        return None

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
        main = self.main_firm(nl)
        return [] if main is None else [Holder(main[0], "headline", main[1])]

    def _firm_noun(self, tok: Token) -> bool:
        """A firm noun, "start-up" included (three tokens: "start", "-", "up")."""
        return tok.lower_ in self.firm or self.doc[max(tok.i - 2, 0):tok.i + 1].text.lower() in self.firm

    def main_firm(self, after: int) -> tuple[int, int] | None:
        """The company the body is about: the first subject of the body's first sentence that has
        one, when it names a company that is also the company mentioned most."""
        counts: dict[int, int] = {}
        for i, (oi, _) in self.ix.at.items():
            if self.ix.start_of.get(i, i) == i:
                counts[oi] = counts.get(oi, 0) + 1
        for sent in self.doc.sents:
            if sent.start_char <= after:
                continue
            subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ not in ("WDT", "WP")), None)
            if subj is None:
                continue
            hit = self.org_at(subj, allow_coref=False)
            if hit is None:
                return None
            o = self.ix.orgs[hit[0]]
            best = max(counts.values(), default=0)
            if not o.get("is_company") or o.get("type") not in (None, "company") or counts.get(hit[0], 0) < best or \
                    sum(1 for v in counts.values() if v == best) > 1:
                return None
            return hit[0], subj.i
        return None

    def credible(self, oi: int) -> bool:
        """An organisation "the firm" / "it" may stand for: one the text names at least once outside
        a relation to another firm. A name met only as a customer, a rival or a point of comparison
        ("Customers include X", "Unlike X, the manufacturer ...") is not what the text is about, and
        a coreference resolved to it is not trusted for a category."""
        if oi in self._credible:
            return self._credible[oi]
        spans = self.ix.orgs[oi].get("mention_spans") or []
        ok = not spans  # (never named: nothing says it is another party)
        for s, e in spans:
            sp = self.doc.char_span(s, e, alignment_mode="expand")
            if sp is None or len(sp) == 0:
                continue
            root = sp.root
            near = [root.head, root.head.head] + [c for c in root.children if c.dep_ in ("compound", "amod", "nmod")]
            verb = next((t for t in [root] + list(root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                near += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in range(sp.start, sp.end)]
            if not any(t.lower_ in self.other_party for t in near if not (sp.start <= t.i < sp.end)):
                ok = True
                break
        self._credible[oi] = ok
        return ok

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
            if doc[j].lower_ in self.firm or doc[j].is_quote or (doc[j].text == "-" and not self._spaced_dash(j)):
                j += 1
            elif doc[j:j + 3].text.lower() in self.firm:  # "start-up" in three tokens
                j += 3
            else:
                break
        if j < len(doc) and j in self.ix.at and not self.ix.at[j][1] and self._start(j) == j:
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
                hit = self._named_or_phrase(app.head)
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
        hit = self._named_or_phrase(doc[k]) if k >= sent_start else None
        if hit:
            first = doc[i + 1] if i + 1 < m.start else doc[m.start]
            if head.tag_ == "NNS" and first.lower_ in ("all", "both") and not hit[1]:
                return self._with_conj(doc[k], "apposition")
            if first.lower_ in ("a", "an", "the", "now", "also", "one", "another", "among", "itself", "its", "already",
                                "itself", "which") or doc[i].text == "(" or first.i == m.start:
                return [Holder(hit[0], "coreference" if hit[1] else "apposition", k)]
        return []

    def _named_or_phrase(self, tok: Token) -> tuple[int, bool] | None:
        """The organisation a token names, or that a noun phrase ending on it stands for by the
        organisations component's coreference ("the company"; not a pronoun)."""
        hit = self.org_at(tok, allow_coref=False)
        if hit is None and tok.i in self.ix.at and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "poss":
            hit = self.ix.at[tok.i]
        return hit

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
                return self._with_conj(self._antecedent_noun(v.head), "relative_clause")
            if subj is not None:
                return self._with_conj(subj, rule)
            if v.dep_ in ("relcl", "acl"):
                return self._with_conj(self._antecedent_noun(v.head), "relative_clause")
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

    def _antecedent_noun(self, tok: Token) -> Token:
        """"X, a developer of grid batteries, which earned ...": the parser often hangs the
        relative clause on the last noun of the firm's description; when that noun names no
        organisation, climb through "of" to the description's firm noun and on to the name it
        is in apposition to."""
        if self.org_at(tok, allow_coref=False) is not None:
            return tok
        cur = tok
        for _ in range(3):
            if cur.dep_ != "pobj" or cur.head.lower_ != "of":
                return tok
            noun = cur.head.head
            if noun.dep_ == "appos" and noun.lower_ in self.firm and \
                    self.org_at(noun.head, allow_coref=False) is not None:
                return noun.head
            cur = noun
        return tok

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
                cue = self._cue_at(tok.i + 1, tok.i + reach)
                return [] if cue is None else \
                    [Holder(oi, "list", i) for oi, i in self.list_items(cue, self.line_end(tok.sent.end))]
        if hit is None:
            # "248 enterprises including A, B and C were named ...": the subject's own list (of firms:
            # "the round, led by X" names its investors)
            if tok.lower_ not in self.firm and tok.lower_ not in self.list_nouns:
                return []
            cue, end = self._cue_at(tok.i + 1, tok.i + reach), tok.right_edge.i + 1
            if cue is None and tok.dep_ == "nsubjpass" and tok.head.i > tok.i:
                # "12 enterprises of our city were selected, including A and B": the list right after the verb
                cue, end = self._cue_at(tok.head.i + 1, tok.head.i + 3), self.line_end(tok.sent.end)
            if cue is not None:
                return [Holder(oi, "list", i) for oi, i in self.list_items(cue, end)]
            return []
        first = Holder(hit[0], "coreference" if hit[1] else rule, tok.i)
        out = [first]
        # "Two of the 14 have become decacorns: A and B": the name in apposition brings its conjuncts
        named = [c for c in tok.children if c.dep_ == "appos" and c.i in self.ix.at and self.ix.at[c.i][0] == hit[0]]
        # "Topping the list is A, ..., followed by B and C": the ranking goes on after the holder
        after = [g for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in self.continuation
                 for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        for c in list(tok.conjuncts) + [x for a in named for x in a.conjuncts] + [x for g in after for x in [g, *g.conjuncts]]:
            h = self.org_at(c, allow_coref=False)
            if h is not None and h[0] not in [o.org for o in out]:
                out.append(Holder(h[0], "list", c.i))
        # "A, B and C were named ...": names after and before the subject joined by commas and "and"
        j = self.ix.end_of.get(self._start(tok.i), tok.i + 1)
        while j < tok.sent.end:
            k = j
            while k < tok.sent.end and self.doc[k].lower_ in LIST_SEPARATORS:
                k += 1
            if k == j or k not in self.ix.at or self.ix.at[k][1]:
                break
            if self.ix.at[k][0] not in [h.org for h in out]:
                out.append(Holder(self.ix.at[k][0], "list", k))
            j = self.ix.end_of.get(self._start(k), k + 1)
        j = self._start(tok.i) - 1
        sent_start = tok.sent.start
        while j > sent_start and self.doc[j].lower_ in LIST_SEPARATORS:
            k = j - 1
            while k >= sent_start and self.doc[k].lower_ in LIST_SEPARATORS:
                k -= 1
            if k >= sent_start and k in self.ix.at and not self.ix.at[k][1]:
                out.append(Holder(self.ix.at[k][0], "list", k))
                j = self._start(k) - 1
            else:
                break
        return out

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
            items = self.list_items(verb.i + 1, sent.end, first_within=3)
            if not items:
                # "... includes 12 firms from Wuxi, among them A and B": the object's own list
                cue = self._cue_at(verb.i + 1, min(sent.end, verb.i + 9))
                if cue is not None and doc[cue - 1].lemma_.lower() != "be" and \
                        not any(t.lower_ in self.relations for t in doc[verb.i + 1:cue]):
                    items = self.list_items(cue, sent.end, first_within=3)
            return [Holder(oi, "list", i) for oi, i in items]
        j = m.end
        cue_end = None
        while j < sent.end and j < m.end + 10:
            cue_end = self._cue_at(j, j + 1)
            # further than six words only through "N of them": "..., and two of them - A and B - ..."
            if cue_end is not None and (j < m.end + 6 or [t.lower_ for t in doc[j - 2:j]] in
                                        (["of", "them"], ["of", "these"], ["of", "those"])):
                break
            cue_end = None
            if (doc[j].tag_ in FINITE and not self._auxiliary(j)) or j in self.ix.at:
                break
            j += 1
        if cue_end is None and not in_relation:
            cue_end = self._cue_after_apposition(m)
        if cue_end is None:
            return []
        if in_relation and (doc[j].pos_ in ("AUX", "VERB") or doc[j].is_punct):
            return []  # "Among the investors in the new unicorns were A and B": the relation's members
        end = self.line_end(sent.end)
        nxt = cue_end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if doc[cue_end - 1].text.endswith(":") and nxt >= end and nxt < len(doc) and \
                not (doc[nxt].is_punct or doc[nxt].like_num):
            # "... enterprises (12 in total):" and the names on the next line (bulleted lines are read line by line)
            end = self.line_end(nxt + 1)
        return [Holder(oi, "list", i) for oi, i in self.list_items(nxt, end)]

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
                    and not self._auxiliary(k)):
                return None
            cue = self._cue_at(k, k + 1) if doc[k].lemma_.lower() != "be" else None
            if cue is not None:
                return cue if doc[k].text not in ("—", "–", "-") else None
        return None

    def _cue_at(self, start: int, stop: int) -> int | None:
        """End of a list cue ("such as", "including", ":") starting in [start, stop)."""
        doc = self.doc
        for j in range(start, min(stop, len(doc))):
            for cue in self.cue_words:
                if [t.lower_ for t in doc[j:j + len(cue)]] == cue and not self._auxiliary(j + len(cue) - 1):
                    return j + len(cue)
            if doc[j].text in (":", "—", "–", "):") or self._spaced_dash(j):  # ("(12 in total):" is one token)
                return j + 1
        return None

    def _auxiliary(self, j: int) -> bool:
        """"were" in "were backed by ...", "is" in "is expected to ...": a form of "be" that is the
        auxiliary of a participle after it, not the copula that opens a list."""
        doc = self.doc
        if doc[j].lemma_.lower() != "be":
            return False
        k = j + 1
        while k < len(doc) and doc[k].pos_ == "ADV":
            k += 1
        return k < len(doc) and doc[k].tag_ in ("VBN", "VBG") and doc[k].head.i == k and doc[j].head.i == k

    def _spaced_dash(self, j: int) -> bool:
        """A hyphen standing for a dash, with a space on each side ("two of them - A and B -")."""
        doc = self.doc
        return doc[j].text in ("-", "--") and j > 0 and bool(doc[j - 1].whitespace_) and bool(doc[j].whitespace_)

    def line_end(self, end: int) -> int:
        """A sentence the parser cut inside a name ("Build.Hub") goes on to the line's end."""
        j = end
        while j < len(self.doc) and "\n" not in self.doc[j - 1].text_with_ws + self.doc[j].text:
            j += 1
        return j

    def _clause_subject(self, j: int) -> bool:
        """The name starting at token j is the subject of a reporting verb after it ("..., the
        Daily Courier said"): the list's source, not one of its items."""
        end = self.ix.end_of.get(self._start(j), j + 1)
        for t in self.doc[j:end]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i >= end and t.head.pos_ in ("VERB", "AUX") \
                    and t.head.lemma_.lower() in self.reporting:
                return True
        # the parser often makes a trailing source one more conjunct: read the words instead
        nxt = self.doc[end] if end < len(self.doc) else None
        return nxt is not None and nxt.tag_ in FINITE | {"VBN"} and nxt.lemma_.lower() in self.reporting

    def _item_prefix(self, k: int) -> bool:
        """A word that may stand before a list item's name as part of its description: "edtech
        firm X", "Madrid-based X", "Warsaw's X", "the "Y" maker X"."""
        t = self.doc[k]
        if t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or t.is_quote or t.dep_ in ("compound", "amod"):
            return True
        if t.tag_ == "POS" or (t.tag_ == "HYPH" and not t.whitespace_ and k > 0 and not self.doc[k - 1].whitespace_):
            return True  # a possessive "'s" or a hyphen inside a word ("Madrid-based")
        return t.dep_ == "npadvmod" and t.head.dep_ == "amod"

    def _in_description(self, j: int, first: int) -> bool:
        """The name at token j is the object of a preposition inside the list ("a chain of clinics
        in X", "... in Y and X" as a conjunct of a place): part of an item's description, not an
        item. A name the parser hung from a preposition far before it ("A from the U.S. and B from
        China") stays an item: the preposition must stand right before the name."""
        doc = self.doc
        end = self.ix.end_of.get(self._start(j), j + 1)
        top = next((t for t in doc[self._start(j):end] if not (self._start(j) <= t.head.i < end)), doc[j])
        climbed = False
        while top.dep_ == "conj":
            top, climbed = top.head, True
        if top.dep_ != "pobj" or top.head.head.i < first or top.head.lower_ in ("as", "like", "including"):
            return False
        if climbed and top.i not in self.ix.at:
            return True  # "in Gothenburg and X": a place's conjunct
        k = self._start(top.i) - 1
        while k > top.head.i and self._item_prefix(k):
            k -= 1
        return k == top.head.i

    def list_items(self, start: int, end: int, first_within: int | None = None) -> list[tuple[int, int]]:
        """Names in a list from `start`: each item a name after a separator (", ", "and"), with
        descriptions allowed around it; stops at a name after anything else ("backed by Y").
        With `first_within`, the first name's description starts at most that many words in."""
        doc = self.doc
        out: list[tuple[int, int]] = []
        # a list opened by a colon may split its items with semicolons ("are: A, a maker of X; B; and C")
        p = start - 1
        while p > 0 and doc[p].is_space:
            p -= 1
        colon = start > 0 and (doc[p].text.endswith(":") or (start < end and doc[start].text == ":"))
        # ... and then each item ends at a semicolon however long its description ("are: A, which ...; B")
        semi = colon and any(t.text == ";" for t in doc[start:end])
        j, gap = start, 0
        while j < end:
            if j in self.ix.at and not self.ix.at[j][1]:
                if out and self._in_description(j, out[0][1]):
                    # "A, a chain of clinics in X and Y, and B": a place in A's description
                    j = self.ix.end_of.get(self._start(j), j + 1)
                    continue
                k = j - 1
                while k >= start and self._item_prefix(k) and doc[k].lower_ not in LIST_SEPARATORS \
                        and k not in self.ix.at:
                    k -= 1
                followed = k > 0 and doc[k].lower_ == "by" and doc[k - 1].lemma_.lower() in self.continuation
                if out and doc[k].lower_ not in LIST_SEPARATORS and doc[k].text not in ("(", ":") and not followed:
                    break  # ("A, whose sales tripled, followed by B and C": a ranking goes on)
                if not out and k >= start and doc[k].lower_ not in LIST_SEPARATORS and k + 1 > start + 3:
                    break
                if not out and first_within is not None and k + 1 > start + first_within:
                    break  # the first item right after the cue, or no list
                if self._clause_subject(j):
                    break  # "A, B and C, the Daily Courier said": the source of the list, not an item
                oi = self.ix.at[j][0]
                if oi not in [o for o, _ in out]:
                    out.append((oi, j))
                j, gap = self.ix.end_of.get(self._start(j), j + 1), 0
                continue
            if doc[j].text == "(":
                while j < end and doc[j].text != ")":
                    j += 1
            elif doc[j].tag_ in FINITE and doc[j].dep_ not in ("relcl", "acl", "compound", "amod", "appos", "nmod") \
                    or (doc[j].text == ";" and not colon):
                break
            gap = 0 if semi and doc[j].text == ";" else gap + 1
            if gap > (30 if semi else 12):
                break
            j += 1
        return out
