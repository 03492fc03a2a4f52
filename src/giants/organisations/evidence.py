"""Evidence from the dependency parse about what a capitalised name is, for giants_organisations.

The model's entity label is only one vote; the role a name plays in its sentence is another.
Firms raise rounds, post revenue and hire staff; they have valuations, founders and co-CEOs;
they are "the most valuable company"; they are listed "like X and Y" after "firms"; money is
invested in them. News outlets report, are told things and are written for. Products are
made, released and played; labels head a "category" or "sector"; places are where things
happen ("offices in X"). Each finding is a cue word on the token that heads the name.
Cue words live in data/orgfacts.toml ([evidence]).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from giants.data import builtin
from giants.organisations.depmatch import AnchoredDependencyMatcher
from giants.organisations.names import Rules, fold, tokens_of

SUBJECTS = {"nsubj", "nsubjpass"}


def _set(values) -> set[str]:
    return {fold(v) for v in values or []}


@dataclass
class EvidenceVocab:
    subject_verbs: set[str] = field(default_factory=set)
    passive_verbs: set[str] = field(default_factory=set)
    public_verbs: set[str] = field(default_factory=set)
    personal_report_verbs: set[str] = field(default_factory=set)
    reduced_subject_verbs: set[str] = field(default_factory=set)
    buy_verbs: set[str] = field(default_factory=set)
    data_verbs: set[str] = field(default_factory=set)
    rank_nouns: set[str] = field(default_factory=set)
    owned_titles: set[str] = field(default_factory=set)
    relational: set[str] = field(default_factory=set)
    beside_nouns: set[str] = field(default_factory=set)
    backing_verbs: set[str] = field(default_factory=set)
    round_words: set[str] = field(default_factory=set)
    money_verbs: set[str] = field(default_factory=set)
    business_objects: set[str] = field(default_factory=set)
    possessions: list[str] = field(default_factory=list)
    copulas: set[str] = field(default_factory=set)
    example_preps: set[str] = field(default_factory=set)
    example_nouns: set[str] = field(default_factory=set)
    party_nouns: set[str] = field(default_factory=set)
    party_verbs: dict[str, set[str]] = field(default_factory=dict)
    report_verbs: set[str] = field(default_factory=set)
    told_verbs: set[str] = field(default_factory=set)
    writing_for: set[str] = field(default_factory=set)
    interview_nouns: set[str] = field(default_factory=set)
    product_nouns: set[str] = field(default_factory=set)
    product_of_nouns: set[str] = field(default_factory=set)
    product_on_verbs: set[str] = field(default_factory=set)
    actor_verbs: set[str] = field(default_factory=set)
    product_verbs: set[str] = field(default_factory=set)
    label_nouns: set[str] = field(default_factory=set)
    product_lists: set[str] = field(default_factory=set)
    numbered_labels: set[str] = field(default_factory=set)
    locative_preps: set[str] = field(default_factory=set)
    non_locative_heads: set[str] = field(default_factory=set)


def load_evidence_vocab(data: dict | None = None) -> EvidenceVocab:
    ev = (data if data is not None else builtin("orgfacts")).get("evidence", {})
    return EvidenceVocab(
        subject_verbs=_set(ev.get("subject_verbs")),
        passive_verbs=_set(ev.get("passive_verbs")),
        public_verbs=_set(ev.get("public_verbs")),
        personal_report_verbs=_set(ev.get("personal_report_verbs")),
        reduced_subject_verbs=_set(ev.get("reduced_subject_verbs")),
        buy_verbs=_set(ev.get("buy_verbs")),
        data_verbs=_set(ev.get("data_verbs")),
        rank_nouns=_set(ev.get("rank_nouns")),
        owned_titles=_set(ev.get("owned_titles")),
        relational=_set(ev.get("relational")),
        beside_nouns=_set(ev.get("beside_nouns")),
        backing_verbs=_set(ev.get("backing_verbs")),
        round_words=_set(ev.get("round_words")),
        money_verbs=_set(ev.get("money_verbs")),
        business_objects=_set(ev.get("business_objects")),
        possessions=[fold(p) for p in ev.get("possessions", [])],
        copulas=_set(ev.get("copulas")),
        example_preps=_set(ev.get("example_preps")),
        example_nouns=_set(ev.get("example_nouns")),
        party_nouns=_set(ev.get("party_nouns")),
        party_verbs={fold(k): _set(v) for k, v in (ev.get("party_verbs") or {}).items()},
        report_verbs=_set(ev.get("report_verbs")),
        told_verbs=_set(ev.get("told_verbs")),
        writing_for=_set(ev.get("writing_for")),
        interview_nouns=_set(ev.get("interview_nouns")),
        product_nouns=_set(ev.get("product_nouns")),
        product_of_nouns=_set(ev.get("product_of_nouns")),
        product_on_verbs=_set(ev.get("product_on_verbs")),
        actor_verbs=_set(ev.get("actor_verbs")),
        product_verbs=_set(ev.get("product_verbs")),
        label_nouns=_set(ev.get("label_nouns")),
        product_lists=_set(ev.get("product_lists")),
        numbered_labels=_set(ev.get("numbered_labels")),
        locative_preps=_set(ev.get("locative_preps")),
        non_locative_heads=_set(ev.get("non_locative_heads")),
    )


def conjuncts(tok: Token) -> list[Token]:
    """A token and the members of the list it opens ("Uber, Lyft and Grab")."""
    out = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if (c.dep_ == "conj" or c.dep_ == "appos" and c.pos_ == "PROPN" and t.pos_ == "PROPN") and c not in out:
                out.append(c)
                stack.append(c)
    return out


class ParseEvidence:
    """Finds, once per document, cue words on tokens (the heads of names) from the parse."""

    def __init__(self, nlp: Language, rules: Rules, vocab: EvidenceVocab | None = None):
        self.rules = rules
        self.v = vocab or load_evidence_vocab()
        v = self.v
        self.dep_matcher = AnchoredDependencyMatcher(nlp.vocab)
        firmish = sorted(set(rules.company_cues) | set(rules.company_heads))
        beside = sorted(set(firmish) | v.beside_nouns | v.relational)
        # "X raised ...", "X hired ...": a verb and its subject
        self.dep_matcher.add("SUBJECT", [[
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(v.subject_verbs | v.money_verbs | v.passive_verbs
                                                                      | v.data_verbs | v.buy_verbs)},
                                                 "POS": {"IN": ["VERB", "AUX"]}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subj", "RIGHT_ATTRS": {"DEP": {"IN": sorted(SUBJECTS)}}},
        ]])
        # "Ravipay, India's first fintech unicorn", "D2C brand Leafkin": a firm noun beside the name
        self.dep_matcher.add("BESIDE", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"DEP": {"IN": ["appos", "compound", "nmod"]}, "POS": "NOUN",
                                                 "LOWER": {"IN": beside}}},
            {"LEFT_ID": "noun", "REL_OP": "<", "RIGHT_ID": "name", "RIGHT_ATTRS": {"POS": "PROPN"}},
        ]])
        # "ride-hailing service Zoomra" parsed the other way round: the name hangs from the noun
        self.dep_matcher.add("BESIDE_AFTER", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"POS": "NOUN", "LOWER": {"IN": beside}}},
            {"LEFT_ID": "noun", "REL_OP": ".", "RIGHT_ID": "name",
             "RIGHT_ATTRS": {"POS": "PROPN", "DEP": {"IN": ["appos", "compound", "nsubj", "dobj", "pobj"]}}},
        ]])
        # "X is the most valuable company"
        self.dep_matcher.add("COPULA", [[
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(v.copulas)}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subj", "RIGHT_ATTRS": {"DEP": "nsubj"}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "attr",
             "RIGHT_ATTRS": {"DEP": {"IN": ["attr", "acomp"]}, "LOWER": {"IN": firmish}}},
        ]])
        # "X began life as a developer of chips"
        self.dep_matcher.add("AS", [[
            {"RIGHT_ID": "as", "RIGHT_ATTRS": {"LOWER": "as", "DEP": "prep"}},
            {"LEFT_ID": "as", "REL_OP": ">", "RIGHT_ID": "attr", "RIGHT_ATTRS": {"DEP": "pobj", "LOWER": {"IN": firmish}}},
            {"LEFT_ID": "as", "REL_OP": "<", "RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subj", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        ]])
        # "firms like X", "upstarts such as X", "investors including X"
        self.dep_matcher.add("EXAMPLE", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(v.example_nouns | v.product_lists)}}},
            {"LEFT_ID": "noun", "REL_OP": ">>", "RIGHT_ID": "prep",
             "RIGHT_ATTRS": {"LOWER": {"IN": sorted(v.example_preps)}, "DEP": "prep"}},
            {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ]])
        # "Backers include X, Y and Z"
        self.dep_matcher.add("INCLUDE", [[
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "include"}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
             "RIGHT_ATTRS": {"DEP": "nsubj", "LOWER": {"IN": sorted(v.example_nouns | v.product_lists)}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": "dobj"}},
        ]])
        # "invested $5m in X", "sold to X", "a partnership with X"
        self.dep_matcher.add("PARTY", [[
            {"RIGHT_ID": "gov", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(set(v.party_verbs) | v.party_nouns)}}},
            {"LEFT_ID": "gov", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"DEP": {"IN": ["prep", "dative"]}}},
            {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ]])
        # "as X reported", "X reported that ...", "told X", "writing for X", "an interview with X"
        self.dep_matcher.add("REPORT", [[
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(v.report_verbs)}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subj", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        ]])
        self.dep_matcher.add("TOLD", [[
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(v.told_verbs)}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": {"IN": ["dobj", "dative"]}}},
        ]])
        self.dep_matcher.add("WRITING_FOR", [[
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(v.writing_for)}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"LOWER": "for"}},
            {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ]])
        self.dep_matcher.add("INTERVIEW", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(v.interview_nouns)}}},
            {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"LOWER": {"IN": ["with", "from", "by", "for", "to"]}}},
            {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ]])
        # "makes Fortnite", "released X": products
        self.dep_matcher.add("PRODUCT", [[
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(v.product_verbs)}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": "dobj"}},
        ]])
        # "the X service", "its X cameras": a name modifying a product noun
        self.dep_matcher.add("PRODUCT_NOUN", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(v.product_nouns)}, "POS": "NOUN"}},
            {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": {"IN": ["compound", "nmod", "amod"]}}},
        ]])
        # "X, its open source framework" / "its framework, X": an owned product named beside its noun
        self.dep_matcher.add("PRODUCT_APPOS", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(v.product_nouns)}, "DEP": "appos"}},
            {"LEFT_ID": "noun", "REL_OP": "<", "RIGHT_ID": "item", "RIGHT_ATTRS": {}},
        ], [
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(v.product_nouns)}}},
            {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": "appos", "POS": "PROPN"}},
        ]])
        # "X and other similar services": a name listed with products of its kind
        self.dep_matcher.add("PRODUCT_LIKE", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(v.product_nouns)}, "DEP": "conj"}},
            {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "other", "RIGHT_ATTRS": {"DEP": "amod", "LOWER": {"IN": ["other", "similar"]}}},
            {"LEFT_ID": "noun", "REL_OP": "<", "RIGHT_ID": "item", "RIGHT_ATTRS": {"POS": "PROPN"}},
        ]])
        # "the release of X", "users of X"
        self.dep_matcher.add("PRODUCT_OF", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(v.product_of_nouns)}}},
            {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"LOWER": "of"}},
            {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ]])
        # "built on X", "runs on X"
        self.dep_matcher.add("PRODUCT_ON", [[
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(v.product_on_verbs)}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"LOWER": {"IN": ["on", "atop"]}}},
            {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ]])
        self.lone_verbs = sorted(v.money_verbs | v.data_verbs | v.subject_verbs)
        self.possessions = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.possessions.add("POSSESSION", [nlp.make_doc(p) for p in v.possessions])
        self._company_words = {w for w in rules.company_cues} | rules.company_heads

    # ------------------------------------------------------------------ find
    def find(self, doc: Doc) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
        """(cues, against): token index -> cue words that make it an organisation's head, and
        token index -> evidence that it is something else (product, label, place)."""
        cues: dict[int, set[str]] = {}
        against: dict[int, set[str]] = {}
        if not doc.has_annotation("DEP"):
            return cues, against
        v = self.v
        strings = doc.vocab.strings
        toks_all = tokens_of(doc)     # one Token object per position, shared with the other stages

        def add(tok: Token, cue: str, spread: bool = True) -> None:
            for t in (conjuncts(tok) if spread else [tok]):
                cues.setdefault(t.i, set()).add(cue)

        org_words = None
        for match_id, ids in self.dep_matcher(doc, toks_all):
            rule = strings[match_id]
            toks = [toks_all[i] for i in ids]
            if rule in ("BESIDE", "BESIDE_AFTER"):
                noun, name = toks
                if rule == "BESIDE_AFTER" and not noun.is_lower:
                    continue    # only a lower-case noun right before the name
                word = noun.lower_
                phrase = " ".join(t.lower_ for t in doc[noun.left_edge.i:noun.i + 1] if t.is_alpha or t.text == "-")
                titled = any(phrase.endswith(tt) for tt in self.rules.person_titles if " " in tt)
                if (word in self._company_words or word in v.beside_nouns and noun.i < name.i) \
                        and word not in self.rules.person_titles and not titled \
                        and (name.ent_type_ != "PERSON" or noun.i < name.i) \
                        and (noun.dep_ == "appos" or noun.i < name.i) \
                        and not any(c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her"}
                                    for c in noun.children):
                    add(name, word, spread=False)
                if word in v.relational and noun.i < name.i:
                    # "Westhold parent Corvane": the word before the noun names an organisation too
                    for c in noun.children:
                        if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.ent_type_ != "PERSON":
                            add(c, "party", spread=False)
            elif rule == "SUBJECT":
                verb, subj = toks
                lemma = verb.lemma_.lower()
                if subj.dep_ == "nsubjpass" and lemma in v.passive_verbs:
                    add(subj, "biz-subject")    # "X was acquired", "X was valued at"
                elif lemma in v.subject_verbs and lemma not in v.money_verbs:
                    if subj.dep_ == "nsubj":
                        add(subj, "biz-subject")
                elif self._business_object(verb) and subj.dep_ == "nsubj":
                    add(subj, "biz-subject")
                if lemma in v.buy_verbs and subj.dep_ == "nsubj":
                    for c in verb.children:
                        if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.tag_ == "NNP" \
                                and not any(x.dep_ in ("amod", "prt") for x in list(c.children) + list(verb.children)):
                            add(subj, "biz-subject")   # "Brightco bought Pellan": both are firms
                            add(c, "bought")
                if lemma in v.data_verbs and subj.dep_ == "nsubj" and subj.pos_ == "PROPN":
                    add(subj, "data", spread=False)     # "Hurun finds 1453 unicorns"
            elif rule == "COPULA":
                _, subj, attr = toks
                word = attr.lower_
                if word in self._company_words and attr.tag_ in ("NN", "NNP") \
                        and not any(c.dep_ == "poss" for c in attr.children):
                    add(subj, word, spread=False)
            elif rule == "AS":
                _, attr, verb, subj = toks
                if any(c.dep_ in ("dobj", "attr") and c.lower_ not in {"life", "business", "operations"}
                       for c in verb.children):
                    continue    # "described the firm as a pioneer": the object is what is described
                if attr.lower_ in self._company_words and attr.tag_ == "NN":
                    add(subj, attr.lower_, spread=False)
            elif rule in ("EXAMPLE", "INCLUDE"):
                noun, item = (toks[1] if rule == "INCLUDE" else toks[0]), toks[-1]
                if rule == "EXAMPLE" and toks[1].lower_ == "as" and not (
                        toks[1].i > 0 and toks_all[toks[1].i - 1].lower_ == "such"):
                    continue    # "firms as X" is no example list; "firms such as X" is
                if rule == "EXAMPLE" and toks[1].head.i != noun.i and not (
                        toks[1].head.head.i == noun.i or toks[1].head.i == noun.i):
                    continue
                if noun.lower_ in v.product_lists:
                    for t in conjuncts(item):     # "brands include Dove and Lux": products
                        against.setdefault(t.i, set()).add("product")
                    continue
                add(item, noun.lower_)
            elif rule == "PARTY":
                gov, prep, item = toks
                lemma = gov.lemma_.lower()
                preps = v.party_verbs.get(lemma)
                if gov.pos_ == "VERB" and preps and prep.lower_ in preps:
                    add(item, "party")
                elif gov.pos_ == "NOUN" and gov.tag_ == "NN" and lemma in v.party_nouns \
                        and prep.lower_ in {"with", "of", "to", "in"}:
                    add(item, "party")
            elif rule == "REPORT":
                verb, subj = toks
                if subj.ent_type_ == "PERSON" and verb.lemma_.lower() in v.personal_report_verbs:
                    continue    # "Edwards wrote": a writer, not a news outlet
                objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
                if any(c.dep_ == "ccomp" for c in verb.children) or any(
                        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) or (
                        not objects and verb.lemma_.lower() == "report"):
                    add(subj, "outlet", spread=False)
            elif rule == "TOLD":
                verb, item = toks
                if any(t.lower_ in v.interview_nouns for t in doc[item.i + 1:min(len(doc), item.right_edge.i + 2)]):
                    continue    # "told the State of X 2019 report": the report is the source
                if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or any(
                        t.text in {'"', "“", "”"} for t in verb.sent):
                    add(item, "outlet", spread=False)
            elif rule in ("WRITING_FOR", "INTERVIEW"):
                item = toks[-1]
                add(item, "outlet" if rule == "WRITING_FOR" or toks[0].lower_ != "report" else "data",
                    spread=False)
            elif rule == "PRODUCT_NOUN":
                noun, item = toks
                if noun.is_lower and item.pos_ == "PROPN" and item.i < noun.i and not any(
                        t.lower_ in {"'s", "’s"} for t in doc[item.i + 1:noun.i]) \
                        and not any(c.dep_ == "conj" for c in item.children):   # "an X and Y system": its makers
                    against.setdefault(item.i, set()).add("product")
            elif rule == "PRODUCT_APPOS":
                noun, item = toks
                # the parse may hang "X, its framework" from an earlier word: the name is then the
                # word right before the comma that opens the appositive
                left = noun.left_edge.i
                items = [t for t in (item, toks_all[left - 2] if left >= 2 and toks_all[left - 1].text == "," else None)
                         if t is not None and t.pos_ == "PROPN" and t.i < noun.i]
                if org_words is None:   # words the model tags as part of an organisation somewhere in the text
                    org_words = {t.text for t in toks_all if t.ent_type_ == "ORG" and t.pos_ == "PROPN"}
                owned = any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" and c.text in org_words
                            and not self.rules.place_kind(c.text) for c in noun.children)
                if noun.is_lower and owned:     # "its framework", "the X feature": a product with an owner (but
                    #                             "the Lagos travel app": a home town is no owner)
                    for t in items[:1]:
                        against.setdefault(t.i, set()).add("product")
            elif rule == "PRODUCT_LIKE":
                _, _, item = toks
                against.setdefault(item.i, set()).add("product")
            elif rule in ("PRODUCT_OF", "PRODUCT_ON"):
                item = toks[-1]
                if item.pos_ == "PROPN":
                    for t in conjuncts(item):
                        against.setdefault(t.i, set()).add("product")
            elif rule == "PRODUCT":
                _, item = toks
                if not any(c.dep_ == "poss" and c.lower_ not in {"its", "their"} for c in item.children):
                    against.setdefault(item.i, set()).add("product")
        # "SpaceX was the second fastest riser, adding US$43bn": a verb without a subject of its own
        # takes the subject of the clause it hangs from
        for tok in toks_all:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in v.money_verbs or any(
                    c.dep_ in SUBJECTS for c in tok.children) or not self._business_object(tok):
                continue
            cur = tok
            for _ in range(3):
                if cur.dep_ not in ("advcl", "conj", "xcomp") or cur.head is cur:
                    break
                cur = cur.head
                subj = next((c for c in cur.children if c.dep_ in SUBJECTS), None)
                if subj is not None:
                    if subj.pos_ == "PROPN":
                        add(subj, "biz-subject")
                    break
        # "Circle and Chime listed earlier this month" read as a noun with a reduced relative clause:
        # the noun heads a sentence without a verb of its own, so it is the subject of "listed"
        for tok in toks_all:
            if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.lemma_.lower() in v.reduced_subject_verbs:
                head = tok.head
                if head.pos_ == "PROPN" and head.dep_ == "ROOT" and head.i < tok.i and not any(
                        c.dep_ in ("agent", "dobj", "auxpass") for c in tok.children):
                    add(head, "biz-subject")
        # "X, acquired by Y last year,", "X, owned by Y": a name that a passive business verb with
        # its agent describes is what changed hands (the reduced relative clause has no subject)
        for tok in toks_all:
            if tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and tok.lemma_.lower() in v.passive_verbs \
                    and any(c.dep_ == "agent" for c in tok.children):
                if tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
                    add(tok.head, "biz-subject")
                elif tok.i >= 2 and toks_all[tok.i - 1].text == "," and toks_all[tok.i - 2].text[:1].isupper() \
                        and toks_all[tok.i - 2].dep_ not in ("pobj", "dobj", "appos"):
                    add(toks_all[tok.i - 2], "biz-subject")     # the parse missed the name's role
        # "X went public", "X has gone public": only a firm floats
        for tok in toks_all:
            if tok.lemma_.lower() in v.public_verbs and tok.pos_ in ("VERB", "AUX") and any(
                    c.lower_ == "public" and c.dep_ in ("acomp", "advmod", "oprd", "dobj", "xcomp", "attr")
                    for c in tok.children):
                for c in tok.children:
                    if c.dep_ == "nsubj" and c.pos_ == "PROPN":
                        add(c, "biz-subject")
        # "Norcap led, with Halden and 02B also backing it": investors in a round
        for tok in toks_all:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in v.backing_verbs and any(
                    t.lower_ in v.round_words or t.ent_type_ == "MONEY" for t in tok.sent):
                if any(c.dep_ == "dobj" and c.lemma_.lower() not in v.round_words and c.ent_type_ != "MONEY"
                       for c in tok.children):
                    continue    # "are leading a new team": not a round
                for c in tok.children:
                    if c.dep_ == "nsubj" and c.pos_ == "PROPN":
                        add(c, "backer")
        # "Kestry parent Alvorn", "Alvorn, the owner of Kestry": both names are organisations
        for tok in toks_all:
            if tok.lower_ in v.relational and tok.pos_ == "NOUN":
                for c in tok.children:
                    if c.pos_ == "PROPN" and c.ent_type_ != "PERSON" and (
                            c.dep_ in ("compound", "poss") and c.i < tok.i or c.dep_ == "appos"):
                        add(c, "party", spread=False)
        # "dropped to second place", "came third": a ranked entry
        for tok in toks_all:
            if tok.lower_ in v.rank_nouns and tok.dep_ == "pobj" and any(
                    c.ent_type_ == "ORDINAL" for c in tok.children):
                verb = tok.head.head
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ == "PROPN":
                    add(subj, "ranked", spread=False)
        # "X's UK Business Tech Awards": the owner of a named ranking or event
        for tok in toks_all:
            if tok.lower_ in v.owned_titles and tok.text[:1].isupper():
                for c in tok.children:
                    if c.dep_ == "poss" and c.pos_ == "PROPN" and any(x.dep_ == "case" for x in c.children):
                        add(c, "data", spread=False)
        # "X's valuation", "X's co-CEOs"
        for _, s, e in self.possessions(doc):
            root = doc[s:e].root
            for child in root.children:
                if child.dep_ == "poss" and child.i < s and any(c.dep_ == "case" for c in child.children):
                    add(child, "biz-possessor", spread=False)
        # "the Business Services category": a label; "offices in X": a place
        n = len(toks_all)
        lowers = [t.lower_ for t in toks_all]
        for tok in toks_all:
            i = tok.i
            if tok.text[:1].isupper() and i + 1 < n:
                nxt = i + 1
                numbered = toks_all[nxt].like_num and toks_all[nxt].whitespace_ != ""
                if numbered:
                    nxt += 1    # "the Deloitte Fast 50 awards", "the Nordic Growth 100 ranking"
                if nxt < n and (lowers[nxt] in v.label_nouns or numbered and lowers[nxt] in v.numbered_labels) \
                        and toks_all[nxt].is_lower:
                    against.setdefault(i, set()).add("label")
            if tok.dep_ == "pobj" and lowers[tok.head.i] in v.locative_preps and all(
                    lowers[k] == "the" or toks_all[k].pos_ == "PROPN" for k in range(tok.head.i + 1, i)):
                gov = tok.head.head
                if gov.lower_ not in v.non_locative_heads and gov.lemma_.lower() not in v.non_locative_heads:
                    against.setdefault(i, set()).add("place")
                    for c in conjuncts(tok)[1:]:    # "clinics in Gothenburg and Uddevalla"
                        if c.pos_ == "PROPN":
                            against.setdefault(c.i, set()).add("place")
        return cues, against

    def _business_object(self, verb: Token) -> bool:
        """Whether a verb's object (or a phrase it governs) is money or a business noun."""
        v = self.v
        for child in verb.children:
            if child.dep_ not in ("dobj", "attr", "npadvmod", "oprd", "prep", "dative", "advmod", "xcomp", "prt"):
                continue
            sub = list(child.subtree)
            if len(sub) > 14:
                sub = sub[:14]
            for t in sub:
                if t.ent_type_ == "MONEY" or t.tag_ == "$" or t.lemma_.lower() in v.business_objects \
                        or t.lower_ in v.business_objects:
                    return True
        return False
