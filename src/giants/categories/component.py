"""The giants_categories component: find mentions, read their sense and stance, tie each to
its holder, add criterion labels from the figures' facts, and resolve what the text says
about each (organisation, category) pair. It reads Doc._.organizations and Doc._.figures and
writes Doc._.category_labels and Doc._.categories_discussed."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from giants import extensions  # noqa: F401
from giants.extensions import doc_text, guarded
from giants.categories.criteria import change_growth_labels, cutoff_labels, growth_labels, is_listed, series_growth_labels, \
    valuation_labels
from giants.categories.holders import HolderFinder, OrgIndex
from giants.categories.lists import ListMembers
from giants.categories.mentions import Mention, find_mentions, terms_in
from giants.categories.sense import holder_clause_ends_it, sense_of, stance_of, subject_of, until_later
from giants.categories.vocab import Vocab

CONFIDENCE = {"explicit": 0.9, "criterion": 0.8, "implicit": 0.65}
BASIS_RANK = {"explicit": 3, "criterion": 2, "implicit": 1}
FIGURE_KEYS = {"text", "span", "kind", "value", "value_max", "qualifier", "unit", "usd", "usd_source",
               "rate_date", "about", "subject"}
VETO = ("negated", "past")


class CategoryTagger(ListMembers):
    def __init__(self, nlp: Language, name: str, *, taxonomy: str = ""):
        self.name = name
        self.vocab = Vocab(nlp, taxonomy)
        self.cats = self.vocab.cats
        self.out_id = self.vocab.out_id

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        mentions, labels, vetoes, ended = self.find(doc)
        self.set_annotations(doc, mentions, labels, vetoes, ended)
        return doc

    # ------------------------------------------------------------ find

    def find(self, doc: Doc):
        index = OrgIndex.build(doc)
        mentions = find_mentions(doc, self.vocab, index.name_tokens())
        finder = HolderFinder(doc, self.vocab, index)
        labels: list[dict] = []
        vetoes: dict[tuple[int, str], list[int]] = {}
        ended: dict[tuple[int, str], int] = {}  # statuses the text says are past or lost: where it says so
        evidence: set[str] = set()
        clubs = self.vocab.cues.get("membership_heads", set())
        for m in mentions:
            sent = doc[m.start].sent
            has_org = any(i in index.at for i in range(sent.start, sent.end))
            club = Mention(m.start, m.end, "term", m.cat, m.out)
            if m.kind == "discuss" and doc[m.end - 1].lower_ in clubs and \
                    (finder.clause(club) or (finder.joined(club) and finder.list_after(club))):
                # "A, B and C joined the unicorn club", "Two firms joined the unicorn club: A and B":
                # membership, read by the clause or the list after it
                m.kind = "term"
            m.sense = sense_of(doc, m, self.vocab, has_org)
            if m.sense != "business":
                continue
            inner = stance_of(doc, m, self.vocab, np_only=True)
            m.stance = stance_of(doc, m, self.vocab)
            if m.kind == "term" and self._firm_word_near(doc, m):
                evidence.add(m.out)
            if m.kind != "term" or (m.stance not in ("member",) + VETO and inner not in ("member",) + VETO):
                continue
            holders = finder.find(m)
            if not holders and (m.stance in VETO or inner in VETO):
                holders = finder.owner_of_ended(m)  # "X has lost its unicorn status": a veto only
            for h in holders:
                stance = inner if h.rule in ("premodifier", "apposition") else m.stance
                if stance not in ("member",) + VETO:
                    continue
                evidence.add(m.out)
                org = index.orgs[h.org]
                ends_it = h.rule in ("apposition", "relative_clause") and \
                    holder_clause_ends_it(doc[h.token], self.vocab)
                if stance in VETO or ends_it:
                    vetoes.setdefault((h.org, m.out), []).append(doc[m.start].idx)
                    if stance == "past" or ends_it:
                        ended.setdefault((h.org, m.out), doc[m.start].idx)
                    continue
                if not org.get("is_company"):
                    continue
                # through a noun phrase the organisations component resolved ("the start-up"): implicit
                basis = "implicit" if (h.rule == "coreference" and doc[h.token].pos_ != "PRON") or h.rule == "headline" \
                    else "explicit"
                labels.append(self._label(doc, h.org, m.cat, basis, h.rule, min(h.token, m.start), m.end - 1))
        labels += self._ellipses(doc, mentions, finder)
        for oi, out, pos in self._lost_titles(doc, mentions, finder):
            vetoes.setdefault((oi, out), []).append(pos)
            ended.setdefault((oi, out), pos)
        # One text, one sense: where a category word is an animal or a brand somewhere and nothing
        # ties it to business anywhere, its other mentions are read the same way.
        context = self.vocab.traps.get("context_words", set())
        off_topic = sum(t.lower_ in context for t in doc) >= 3
        figurative = {m.out for m in mentions if m.sense not in ("business", "name")}
        # A text that uses one category word figuratively and ties none of them to a firm (no label,
        # no firm noun beside any) uses the others the same way ("the little giants of your team")
        speech = {m.out for m in mentions if m.sense in ("hire", "animal", "animal_or_sport", "metaphor", "object")}
        loose = bool(speech) and not evidence and not labels
        trapped = (figurative | ({m.out for m in mentions} if off_topic or loose else set())) - evidence
        for m in mentions:
            if m.out in trapped and m.sense == "business":
                m.sense = "same_as_text"
        # a rich list's "gazelle" band anywhere makes every gazelle mention of the text that band
        bands = {m.out for m in mentions if m.sense == "valuation_band"}
        for m in mentions:
            if m.out in bands:
                m.sense = "valuation_band"
        labels += self._anaphoric_lists(doc, mentions, finder)
        labels += self._list_references(doc, mentions, finder)
        labels += self._bullet_lists(doc, mentions, finder)
        labels += self._passive_groups(doc, mentions, finder)
        labels += self._selected_names(doc, mentions, finder)
        for crit in valuation_labels(doc, self.vocab, index.orgs) + growth_labels(doc, self.vocab, index.orgs) \
                + series_growth_labels(doc, self.vocab, index.orgs) + change_growth_labels(doc, self.vocab, index.orgs) \
                + cutoff_labels(doc, self.vocab, index.orgs):
            sp = doc.char_span(crit["figure"]["span"][0], crit["figure"]["span"][1], alignment_mode="expand")
            if sp is None or self._past_worth(doc, mentions, sp):
                continue
            labels.append(self._criterion(doc, crit["org"], crit["cat"], crit["figure"], sp))
        labels += self._generic_valuations(doc, finder, mentions)
        labels += self._peer_lists(doc, labels, finder, mentions, vetoes)
        bands = {m.out for m in mentions if m.sense == "valuation_band"}
        labels = [lab for lab in labels if lab["category"] not in bands or lab["basis"] == "criterion"]
        resolved = self._resolve(doc, index, labels, vetoes)
        return mentions, resolved, vetoes, self._past(doc, index, resolved, ended)

    @staticmethod
    def _past_worth(doc: Doc, mentions: list[Mention], sp) -> bool:
        """"X, once a unicorn worth $1.3 billion, ...", "a former decacorn valued at $12bn": the
        figure right after a mention of a past or denied status is that status's value, gone too."""
        for m in mentions:
            if m.kind != "term" or m.stance not in VETO or not (0 <= sp.start - m.end <= 3):
                continue
            if doc[m.start].sent.start == sp.sent.start and not any(t.is_punct for t in doc[m.end:sp.start]):
                return True
        return False

    @staticmethod
    def _past(doc: Doc, index: OrgIndex, labels: list[dict], ended: dict[tuple[int, str], int]) -> list[dict]:
        """A status the text says the firm held and no longer holds ("a former unicorn", "lost
        its little giant title"), unless a label for it stands (a newer fact outlived the end)."""
        held = {(lab["org"], lab["category"]) for lab in labels}
        out = []
        for (oi, cat), pos in sorted(ended.items(), key=lambda kv: kv[1]):
            name = index.orgs[oi]["name"]
            if (name, cat) in held or not cat:
                continue
            sent = doc.char_span(pos, pos + 1, alignment_mode="expand")
            if sent is None:
                continue
            sent = sent.sent
            out.append({"org": name, "category": cat, "evidence": sent.text.strip(),
                        "span": [sent.start_char, sent.end_char]})
        return out

    def _generic_valuations(self, doc: Doc, finder: HolderFinder, mentions: list[Mention]) -> list[dict]:
        """A valuation over a threshold whose subject is no organisation but plural firms ("Some
        quantum startups have amassed valuations of over $1 billion") states the category's test:
        the category is discussed; the names listed right after it ("Three startups reached $2
        billion in valuation: A, B and C") meet it."""
        out = []
        firm = self.vocab.cues.get("firm_nouns", set())
        names = {o["name"].lower() for o in finder.ix.orgs}
        for f in doc._.figures or []:
            if not isinstance(f, dict) or f.get("usd") is None or f.get("market_value"):
                continue
            threshold = f.get("kind") == "other" and "threshold" in (f.get("about") or "")
            if f.get("kind") != "valuation" and not threshold:
                continue
            if (f.get("time") or "current") != "current" or f.get("subject_kind") == "market" \
                    or (f.get("subject") or "").lower() in names:
                continue
            cid = self.vocab.category_for_usd(float(f["usd"]))
            sp = doc.char_span(f["span"][0], f["span"][1], alignment_mode="expand")
            if cid is None or sp is None or (f.get("qualifier") == "upper_bound" and not threshold):
                continue
            sent = sp.sent
            if not any(t.lower_ in firm and t.tag_ in ("NNS", "NNPS") for t in doc[sent.start:sp.start]):
                continue
            m = Mention(sp.start, sp.end, "criterion", cid, self.vocab.out_id.get(cid, cid))
            mentions.append(m)  # discussed: the text states the test
            for h in ([] if threshold else finder.list_after(m)):
                if finder.ix.orgs[h.org].get("is_company"):
                    out.append(self._criterion(doc, h.org, cid, f, sp))
        return out

    def _lost_titles(self, doc: Doc, mentions: list[Mention], finder: HolderFinder) -> list[tuple[int, str, int]]:
        """"..., but Y was later stripped of the title", "Y dropped off the list": a clause with an
        ending verb and a title or list noun ends the status of its subject, for the category last
        named before it."""
        out = []
        ending = self.vocab.cues.get("ending_verbs", set()) | self.vocab.cues.get("removal_verbs", set())
        titles = self.vocab.cues.get("title_nouns", set())
        keeping = self.vocab.cues.get("keeping_verbs", set())
        for tok in doc:
            if tok.lemma_.lower() in keeping and self._kept_until_past(tok):
                objs = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in titles]
            elif tok.lemma_.lower() in ending:
                objs = [c for c in tok.subtree if c.lower_ in titles or (c.tag_ == "NNS" and c.lemma_.lower() in titles)]
            else:
                continue
            if not objs or any(m.kind == "term" and objs[0].i - 3 <= m.start <= objs[0].i for m in mentions):
                continue  # a mention next to the title noun is read on its own
            subj = next((c for c in objs[0].children if c.dep_ == "poss"), None) or subject_of(tok) or \
                (subject_of(tok.head) if tok.dep_ == "conj" else None)  # "was named ... and kept the title until"
            if subj is not None and subj.tag_ == "WP$":
                subj = self._whose_owner(tok, finder)  # "X, whose title was revoked"; "X was among those whose ..."
            hit = finder.org_at(subj) if subj is not None else None
            floor = doc[max(tok.sent.start - 1, 0)].sent.start
            before = terms_in(mentions, floor, tok.i, business=True)
            if hit is not None and before:
                out.append((hit[0], before[-1].out, tok.idx))
        return out

    @staticmethod
    def _whose_owner(verb, finder: HolderFinder):
        """The firm a "whose" clause is said of: its antecedent when that names an organisation,
        else the subject of the clause that puts the antecedent's group around it ("Y was among
        those whose titles were revoked", "Y is one of the firms whose status lapsed" give Y)."""
        rel = next((t for t in [verb, *verb.ancestors] if t.dep_ == "relcl"), None)
        if rel is None:
            return None
        ante = cur = rel.head
        if finder.org_at(ante) is not None:
            return ante
        for _ in range(4):
            if cur.dep_ not in ("pobj", "prep", "attr") or cur.head.i == cur.i:
                return ante
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                return subject_of(cur) or ante
        return ante

    @staticmethod
    def _kept_until_past(verb) -> bool:
        """"it kept the title until it expired this year", "held the status until 2021": a title
        kept until a past event or year, so no longer held."""
        for c in verb.children:
            if c.dep_ == "advcl" and c.tag_ == "VBD" and any(g.dep_ == "mark" and g.lower_ == "until" for g in c.children):
                return True
            if c.dep_ == "prep" and c.lower_ == "until" and not until_later(c) and \
                    any(g.like_num and len(g.text) == 4 for g in c.subtree):
                return True
        return False

    def _ellipses(self, doc: Doc, mentions: list[Mention], finder: HolderFinder) -> list[dict]:
        """"Zapgo hopes to become a unicorn, while Fintrail already is one", "just one firm, Skyloom,
        qualifies": a clause whose verb is "be one" or "qualify" makes its subject a member of the
        category last named before it in the sentence or the one before."""
        out = []
        verbs = self.vocab.cues.get("ellipsis_verbs", set())
        for tok in doc:
            kept = False
            if tok.lower_ == "one" and tok.dep_ == "attr" and not any(c.dep_ in ("prep", "det", "relcl", "amod")
                                                                      for c in tok.children):
                verb = tok.head
            elif tok.lemma_.lower() in self.vocab.cues.get("keeping_verbs", set()) and any(
                    c.dep_ == "dobj" and c.lower_ in ("title", "status", "place", "badge", "designation")
                    and not any(g.dep_ == "prep" for g in c.children) for c in tok.children) and \
                    not any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
                # (not "kept its title as the largest maker": a title of its own)
                verb = tok
                kept = True
            elif tok.lower_ == "among" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("them", "these") \
                    and tok.i > 0 and tok.i - 1 in finder.ix.at:
                # "The little giant firms in the city, Feiyu Tech among them, received subsidies."
                hit = finder.ix.at[tok.i - 1]
                before = terms_in(mentions, tok.sent.start, tok.i, member=True)
                if before and finder.ix.orgs[hit[0]].get("is_company"):
                    out.append(self._label(doc, hit[0], before[-1].cat, "implicit", "ellipsis", before[-1].start, tok.i))
                continue
            elif (group := self._among_group(tok, mentions, finder)) is not None:
                # "..., and Y was among those selected", "Y was among them": the group named just before
                for oi in finder.names.subject_companies(tok.head):
                    out.append(self._label(doc, oi, group.cat, "implicit", "ellipsis", group.start, tok.i))
                continue
            elif tok.lower_ in verbs and not any(c.dep_ in ("xcomp", "dobj") or c.lower_ in ("as", "for")
                                                         for c in tok.children):
                # ("Y counts 27 unicorns" is a tally with its own object, no ellipsis)
                verb = tok
            else:
                continue
            floor = doc[max(tok.sent.start - 1, 0)].sent.start
            before = [m for m in mentions if m.start < tok.i and m.kind == "term" and m.sense == "business"
                      and m.stance not in ("lower_tier", "relation")]
            if kept and len({m.cat for m in before}) == 1:
                floor = 0  # "... keep the designation": the one category the text has named, however far back
            before = [m for m in before if m.start >= floor]
            for oi in finder.names.subject_companies(verb) if before else []:
                out.append(self._label(doc, oi, before[-1].cat, "implicit", "ellipsis", before[-1].start, tok.i))
        return out

    def _firm_word_near(self, doc: Doc, m: Mention) -> bool:
        """A firm noun next to the mention or inside it ("unicorn start-ups", "gazelle enterprises",
        a term written with its noun: "the 'Gazelle Enterprises' report")."""
        words = self.vocab.cues.get("firm_nouns", set())
        near = doc[max(doc[m.start].sent.start, m.start - 2):min(len(doc), m.end + 2)]
        return any(t.lower_ in words for t in near)

    def _criterion(self, doc: Doc, org: int, cat: str, figure: dict, sp) -> dict:
        """A criterion label: the figure's sentence as evidence, the figure's facts attached."""
        lab = self._label(doc, org, cat, "criterion", "growth" if cat == "gazelle" else "valuation", sp.start, sp.end - 1)
        lab["figure"] = {k: v for k, v in figure.items() if k in FIGURE_KEYS}
        return lab

    def _label(self, doc: Doc, org: int, cat: str, basis: str, rule: str, first: int, last: int) -> dict:
        s = doc[first].sent.start_char
        e = doc[last].sent.end_char
        text = doc_text(doc)
        while e > s and text[e - 1].isspace():
            e -= 1
        return {"_org": org, "_pos": doc[first].idx, "category": self.out_id.get(cat, cat), "basis": basis,
                "rule": rule, "evidence": text[s:e], "span": [s, e], "confidence": CONFIDENCE[basis],
                "figure": None, "definition": self.vocab.definition(cat, basis)}

    # ------------------------------------------------------------ resolve

    def _resolve(self, doc: Doc, index: OrgIndex, labels: list[dict], vetoes) -> list[dict]:
        present = self.vocab.cues.get("present_words", set())
        best: dict[tuple[int, str], dict] = {}
        listed: dict[int, bool] = {}
        for lab in labels:
            oi, cat = lab["_org"], lab["category"]
            if cat in ("unicorn", "decacorn") or (cat == "gazelle" and lab["basis"] == "criterion"):
                if oi not in listed:
                    listed[oi] = is_listed(index.orgs[oi])
                if listed[oi]:
                    continue
                # a unit of another organisation ("Y's subsidiary X") is no independent start-up,
                # so a valuation alone does not make it one; the text naming it one still does
                if lab["basis"] == "criterion" and index.orgs[oi].get("parent"):
                    continue
            negs = vetoes.get((oi, cat), []) + (vetoes.get((oi, "unicorn"), []) if cat == "decacorn" else [])
            if negs and not self._outlives(doc, lab, negs, present):
                continue
            cur = best.get((oi, cat))
            if cur is None or BASIS_RANK[lab["basis"]] > BASIS_RANK[cur["basis"]]:
                if cur is not None and cur.get("figure") and not lab.get("figure"):
                    lab = {**lab, "figure": cur["figure"]}
                best[(oi, cat)] = lab
            elif lab.get("figure") and not cur.get("figure"):
                cur["figure"] = lab["figure"]
        deca = {oi for oi, cat in best if cat == "decacorn"}
        out = []
        for (oi, cat), lab in sorted(best.items(), key=lambda kv: kv[1]["_pos"]):
            if cat == "unicorn" and oi in deca:
                continue
            out.append({"org": index.orgs[oi]["name"], **{k: v for k, v in lab.items() if not k.startswith("_")}})
        return out

    @staticmethod
    def _outlives(doc: Doc, lab: dict, negs: list[int], present: set[str]) -> bool:
        """A label outlives a denial or past status when it comes later and is the newer fact:
        a valuation after it, or a later sentence in the present ("Today it is one")."""
        pos = lab["_pos"]
        if max(negs) >= doc[doc.char_span(pos, pos + 1, alignment_mode="expand").start].sent.start_char:
            return False
        if lab["basis"] == "criterion":
            return True
        s, e = lab["span"]
        span = doc.char_span(s, e, alignment_mode="expand") or []
        # ("had been a little giant since 2021": a past perfect's "since" tells of a time before the end)
        perfect = any(t.lower_ == "had" and t.tag_ == "VBD" and t.dep_ == "aux" for t in span)
        return any(t.lower_ in present and not (perfect and t.lower_ == "since") for t in span)

    # ------------------------------------------------------------ set annotations

    def set_annotations(self, doc: Doc, mentions: list[Mention], labels: list[dict], vetoes,
                        ended: list[dict] | None = None) -> None:
        discussed: list[str] = []
        for m in mentions:
            if m.sense == "business" and m.out and m.out not in discussed:
                discussed.append(m.out)
        for lab in labels:
            if lab["category"] not in discussed:
                discussed.append(lab["category"])
        doc._.category_labels = labels
        doc._.categories_discussed = discussed
        doc._.past_categories = list(ended or [])


@Language.factory("giants_categories", default_config={"taxonomy": ""})
def make_categories(nlp: Language, name: str, taxonomy: str) -> CategoryTagger:
    return CategoryTagger(nlp, name, taxonomy=taxonomy)
