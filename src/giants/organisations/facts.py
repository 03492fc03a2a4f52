"""Facts about the organisations already found, for the rest of the pipeline to read:

- coreferent mentions: "the company", "the Shenzhen-based firm", "the start-up", and "it" /
  "its" when they stand for an organisation, resolved to the organisation the text is about
  at that point (a salience score over earlier mentions: subjects and possessors of subjects
  weigh most, investors listed after "backed by" weigh least, nearer sentences more);
- `listed`: the text states the organisation is traded on an exchange ("Shenzhen-listed X",
  "X listed in Hong Kong", "X went public", "X's shares rose", "(NASDAQ: ABC)"), or the
  organisation is a known body whose shares have traded since before the article's year
  (`listed_since` in bodies.toml: "Apple, worth $3tn" is a listed firm's market value);
- `acquired`: the text states another party bought it ("X was acquired by Y", "Y bought X",
  "Y completed its takeover of X");
- `parent`: the organisation that owns it, when the text says so (ownership.py).

Cue words live in data/orgfacts.toml; the rules read the dependency parse. Plans and
possibilities ("plans to list", "could be acquired", "ahead of its IPO") state nothing.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from giants.data import builtin
from giants.extensions import doc_text
from giants.organisations.ownership import Ownership
from giants.dates import reference_year
from giants.organisations.names import Rules, core_words, fold, lowers_of, sentences_of, texts_of, token_ends, token_starts, tokens_of

SUBJECTS = {"nsubj", "nsubjpass"}
PERSON_PRONOUNS = {"he", "she", "they", "we", "i", "you", "him", "her", "them", "us"}


def _set(values) -> set[str]:
    return {fold(v) for v in values or []}


@dataclass
class Anaphor:
    start: int          # token offsets of the phrase
    end: int
    head: int           # token index of its head word
    types: set[str]     # organisation types it may refer to
    pronoun: bool = False
    target: int = -1    # the organisation it is in apposition to ("X, the listed lender"), if any


@dataclass
class Ref:
    """One mention of an organisation (a name or a resolved anaphor) for salience."""
    org: int
    start: int
    end: int
    sent: int
    weight: float = 0.0


@dataclass
class FactsVocab:
    heads: dict[str, set[str]] = field(default_factory=dict)    # head word -> types it may refer to
    named_heads: set[str] = field(default_factory=set)
    contrast_preps: set[str] = field(default_factory=set)
    investor_modifiers: set[str] = field(default_factory=set)
    blocking_modifiers: set[str] = field(default_factory=set)
    blocking_next: set[str] = field(default_factory=set)
    of_heads: set[str] = field(default_factory=set)
    descriptors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    determiners: set[str] = field(default_factory=set)
    idiom_preps: dict[str, set[str]] = field(default_factory=dict)
    investing_verbs: set[str] = field(default_factory=set)
    investment_objects: set[str] = field(default_factory=set)
    subject_pronouns: set[str] = field(default_factory=set)
    possessive_pronouns: set[str] = field(default_factory=set)
    dummy_verbs: set[str] = field(default_factory=set)
    dummy_predicates: set[str] = field(default_factory=set)
    listed_adjectives: set[str] = field(default_factory=set)
    public_words: set[str] = field(default_factory=set)
    public_company_nouns: set[str] = field(default_factory=set)
    listed_verbs: set[str] = field(default_factory=set)
    undated_year: int = 2000
    go_public: set[str] = field(default_factory=set)
    venue_words: set[str] = field(default_factory=set)
    share_moves: set[str] = field(default_factory=set)
    share_pushes: set[str] = field(default_factory=set)
    possessed: list[str] = field(default_factory=list)
    ticker_exchanges: set[str] = field(default_factory=set)
    ticker_suffix_re: re.Pattern | None = None
    unreal_modifiers: set[str] = field(default_factory=set)
    acquire_verbs: set[str] = field(default_factory=set)
    particles: dict[str, str] = field(default_factory=dict)
    sell_verbs: set[str] = field(default_factory=set)
    deal_nouns: set[str] = field(default_factory=set)
    completion_verbs: set[str] = field(default_factory=set)
    after_preps: set[str] = field(default_factory=set)
    modals: set[str] = field(default_factory=set)
    governors: set[str] = field(default_factory=set)
    marks: set[str] = field(default_factory=set)
    negations: set[str] = field(default_factory=set)


def load_vocab(data: dict | None = None) -> FactsVocab:
    data = data if data is not None else builtin("orgfacts")
    c, p, li, ac, un = (data.get(k, {}) for k in ("coref", "pronouns", "listed", "acquired", "unreal"))
    heads: dict[str, set[str]] = {}
    for key, kind in (("company_heads", "company"), ("investor_heads", "investor"),
                      ("government_heads", "government"), ("media_heads", "media"),
                      ("university_heads", "university"), ("exchange_heads", "exchange")):
        for w in _set(c.get(key)):
            heads.setdefault(w, set()).add(kind)
    for w in _set(c.get("shared_heads")):
        heads.setdefault(w, set()).update({"company", "investor", "media"})
    suffix = li.get("ticker_suffix_re")
    return FactsVocab(
        heads=heads,
        named_heads=_set(c.get("named_heads")),
        contrast_preps=_set(c.get("contrast_preps")),
        investor_modifiers=_set(c.get("investor_modifiers")),
        blocking_modifiers=_set(c.get("blocking_modifiers")),
        blocking_next=_set(c.get("blocking_next")),
        of_heads=_set(c.get("of_heads")),
        descriptors={fold(k): tuple(fold(w) for w in ws) for k, ws in (c.get("descriptors") or {}).items()},
        determiners=_set(c.get("determiners")),
        idiom_preps={fold(k): _set(v) for k, v in (c.get("idiom_preps") or {}).items()},
        investing_verbs=_set(c.get("investing_verbs")),
        investment_objects=_set(c.get("investment_objects")),
        subject_pronouns=_set(p.get("subject")),
        possessive_pronouns=_set(p.get("possessive")),
        dummy_verbs=_set(p.get("dummy_verbs")),
        dummy_predicates=_set(p.get("dummy_predicates")),
        listed_adjectives=_set(li.get("adjectives")),
        public_words=_set(li.get("public_words")),
        public_company_nouns=_set(li.get("public_company_nouns")),
        listed_verbs=_set(li.get("verbs")),
        undated_year=int(li.get("undated_year", 2000)),
        go_public=_set(li.get("go_public")),
        venue_words=_set(li.get("venue_words")),
        share_moves=_set(li.get("share_moves")),
        share_pushes=_set(li.get("share_pushes")),
        possessed=[fold(x) for x in li.get("possessed", [])],
        ticker_exchanges=_set(li.get("ticker_exchanges")),
        ticker_suffix_re=re.compile(suffix) if suffix else None,
        unreal_modifiers=_set(li.get("unreal_modifiers")),
        acquire_verbs=_set(ac.get("verbs")),
        particles={fold(k): fold(v) for k, v in (ac.get("particles") or {}).items()},
        sell_verbs=_set(ac.get("sell_verbs")),
        deal_nouns=_set(ac.get("nouns")),
        completion_verbs=_set(ac.get("completion_verbs")),
        after_preps=_set(ac.get("after_preps")),
        modals=_set(un.get("modals")),
        governors=_set(un.get("governors")),
        marks=_set(un.get("marks")),
        negations=_set(un.get("negations")),
    )


class OrgFacts:
    """Coreference and status facts for the organisations of one document. Matchers are
    built once (per pipeline); `annotate` finds and then writes onto the organisation dicts."""

    def __init__(self, nlp: Language, rules: Rules, vocab: FactsVocab | None = None):
        self.rules = rules
        self.v = vocab or load_vocab()
        v = self.v
        # "the (Shenzhen-based | Danish | three-year-old | AI) start-up": a determiner, up to five
        # modifier tokens, a head; the parse then confirms the determiner belongs to the head.
        # Head words are found by a set look-up on the cached lower-case tokens (one token, or
        # three for "start-up"); the determiner is then found in the parse.
        heads = sorted(v.heads)
        self._single_heads = {h for h in heads if "-" not in h}
        self._hyphen_heads = {tuple(h.split("-")) for h in heads if h.count("-") == 1}
        self._mod_pos = {"ADJ", "PROPN", "NOUN", "NUM", "PUNCT", "VERB", "ADV"}
        self._mod_stop = {",", ".", ";", ":", "(", ")", '"', "“", "”"}
        self._dets = set(v.determiners)
        self.ownership = Ownership(self)
        self.possessed_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.possessed_matcher.add("POSSESSED", [nlp.make_doc(p) for p in v.possessed])
        # name forms of known bodies with a first-trading year -> that body
        self._listed_bodies: dict[str, dict] = {}
        for body in rules.bodies:
            if isinstance(body.get("listed_since"), int):
                for form in [body["name"], *body.get("aliases", [])]:
                    for key in self._name_keys(form):
                        self._listed_bodies.setdefault(key, body)

    # ------------------------------------------------------------------ entry point
    def annotate(self, doc: Doc, orgs: list[dict]) -> None:
        """Add coref_spans, listed and acquired to every organisation dict (in place)."""
        for org in orgs:
            org.setdefault("coref_spans", [])
            org.setdefault("listed", None)
            org.setdefault("acquired", None)
            org.setdefault("parent", None)
        if not orgs or not doc.has_annotation("DEP"):
            return
        self._doc = doc
        self._sent_of = self._sentence_index(doc)
        owner = [-1] * len(doc)        # token -> organisation index (names, then resolved anaphors)
        starts, ends = token_starts(doc), token_ends(doc)
        refs: list[Ref] = []
        for k, org in enumerate(orgs):
            for s, e in org.get("mention_spans") or []:
                ts, te = self._token_range(starts, ends, s, e)
                if ts >= te:
                    continue
                for i in range(ts, te):
                    owner[i] = k
                refs.append(Ref(k, ts, te, self._sent_of[ts]))
        self._owner = owner
        self._orgs = orgs
        self._totals = {k: len(org.get("mention_spans") or []) for k, org in enumerate(orgs)}
        text = doc_text(doc)
        first_line = text.split("\n", 1)[0] if "\n" in text.strip() else ""
        self._in_title = {k for k, org in enumerate(orgs)
                          if any(e <= len(first_line) for _, e in org.get("mention_spans") or [])}
        anaphors = self.find_anaphors(doc, owner)
        resolved = self.resolve(doc, orgs, anaphors, refs)
        for a, k in resolved:
            span = doc[a.start:a.end]
            orgs[k]["coref_spans"].append([span.start_char, span.end_char])
            for i in range(a.start, a.end):
                owner[i] = k
        for org in orgs:
            org["coref_spans"].sort()
        for kind, found in (("listed", self.find_listed(doc)), ("acquired", self.find_acquired(doc))):
            for k, tok in found:
                if orgs[k].get(kind) is None:
                    orgs[k][kind] = self._evidence(doc, tok)
        self.known_listed(doc, orgs)
        for owned, owner, tok in self.ownership.find(doc):
            if orgs[owned].get("parent") is None:
                orgs[owned]["parent"] = {"name": orgs[owner]["name"], **self._evidence(doc, tok)}

    # ------------------------------------------------------------------ helpers
    def _name_keys(self, name: str) -> set[str]:
        """A name folded as written and without its legal suffix ("Hollin Inc." -> "hollin")."""
        return {k for k in (fold(name), " ".join(core_words(name, self.rules))) if k}

    def known_listed(self, doc: Doc, orgs: list[dict]) -> None:
        """`listed` for an organisation that is a known body first traded before the article's year
        (the published date, else the latest year the text states, else orgfacts' undated_year)."""
        if not self._listed_bodies:
            return
        published = doc._.published if Doc.has_extension("published") else None
        year = None
        for org in orgs:
            if org.get("listed") is not None or not org.get("mention_spans"):
                continue
            body = next((self._listed_bodies[k] for form in [org["name"], *org.get("aliases", [])]
                         for k in self._name_keys(form) if k in self._listed_bodies), None)
            if body is None:
                continue
            if year is None:
                year = reference_year(published, doc_text(doc)) or self.v.undated_year
            if year > body["listed_since"]:
                s, e = org["mention_spans"][0]
                org["listed"] = {"evidence": f"known listed company (shares traded since {body['listed_since']})",
                                 "span": [s, e]}

    @staticmethod
    def _sentence_index(doc: Doc) -> list[int]:
        return sentences_of(doc)[1]

    @staticmethod
    def _token_range(starts: list[int], ends: list[int], s: int, e: int) -> tuple[int, int]:
        """The tokens with a character inside [s, e): (first, last + 1), or an empty range."""
        ts = bisect_right(ends, s)          # the first token that ends after s
        te = bisect_left(starts, e)         # one past the last token that starts before e
        while ts < te and ends[ts] <= starts[ts]:
            ts += 1                         # an empty token holds no character
        while te > ts and ends[te - 1] <= starts[te - 1]:
            te -= 1
        return (ts, te) if ts < te else (-1, -1)

    @staticmethod
    def _evidence(doc: Doc, tok: Token) -> dict:
        """The sentence of the cue word, kept to its own line (a headline run into the first
        paragraph is two pieces of evidence, not one)."""
        text = doc_text(doc)
        sent = tok.sent
        s, e = sent.start_char, sent.end_char
        s = max(s, text.rfind("\n", 0, tok.idx) + 1)
        nl = text.find("\n", tok.idx)
        e = min(e, nl) if nl >= 0 else e
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return {"evidence": text[s:e], "span": [s, e]}

    def name_of(self, k: int) -> str:
        """The canonical name of organisation k."""
        return self._orgs[k]["name"]

    def org_of(self, tok: Token) -> int:
        """The organisation a token belongs to (a name or a resolved anaphor), else -1."""
        return self._owner[tok.i]

    def org_attached(self, tok: Token, steps: int = 4) -> int:
        """The organisation a describing word is attached to: the noun it modifies, the name that
        noun stands beside ("X, a Nasdaq-listed maker"), or the subject of its verb ("X is a
        listed company")."""
        cur = tok
        for _ in range(steps):
            k = self.org_of(cur)
            if k >= 0:
                return k
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("amod", "acl"):
                for child in cur.children:
                    if child.dep_ in SUBJECTS:
                        return self._subject_org(child)
                return -1
            if cur.head is cur:
                return -1
            if cur.dep_ in ("attr",) and cur.head.pos_ in ("AUX", "VERB"):
                cur = cur.head
                continue
            cur = cur.head
        return -1

    @staticmethod
    def stray_object(subj: Token) -> Token | None:
        """The last conjunct when the parse made "Y and Z" the subject of a later verb although Y
        is the object of the verb right before it ("A bought Y and Z went public": Y was bought,
        Z went public); None when the subject reads as it stands."""
        doc = subj.doc
        if subj.dep_ not in SUBJECTS or subj.i == 0 or subj.head.i <= subj.i:
            return None
        before = doc[subj.i - 1]
        conjs = [c for c in subj.children if c.dep_ == "conj"]
        if not conjs or before.pos_ != "VERB" or before.tag_ not in ("VBD", "VBZ", "VBP", "VBN") \
                or any(c.dep_ in ("dobj", "attr", "xcomp") or c.dep_ == "ccomp" and c.i != subj.head.i
                       and c.i > before.i for c in before.children):
            return None
        last = conjs[-1]
        while any(c.dep_ == "conj" for c in last.children):
            last = [c for c in last.children if c.dep_ == "conj"][-1]
        return last

    def _subject_org(self, subj: Token) -> int:
        """The organisation a subject names: itself, or "shares of X" / "X's shares"."""
        stray = self.stray_object(subj)
        if stray is not None:
            return self.org_of(stray)
        k = self.org_of(subj)
        if k >= 0:
            return k
        for child in subj.children:
            if child.dep_ in ("poss", "compound") and self.org_of(child) >= 0:
                return self.org_of(child)
            if child.dep_ == "appos" and subj.pos_ == "NOUN" and self.org_of(child) >= 0:
                return self.org_of(child)   # "data company X is now a public company"
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and self.org_of(pobj) >= 0:
                        return self.org_of(pobj)
        return -1

    def realis(self, verb: Token) -> bool:
        """Whether a verb states something that happened or holds (not a plan, a possibility,
        a condition or a denial)."""
        v = self.v
        cur = verb
        for depth in range(3):
            for child in cur.children:
                if child.dep_ == "neg" or child.lower_ in v.negations and child.dep_ in ("advmod", "neg", "det"):
                    return False
                if child.dep_ in ("aux", "auxpass") and (child.lower_ in v.modals or child.tag_ == "TO"):
                    return False
                if child.dep_ == "mark" and child.lower_ in v.marks:
                    return False
                if child.dep_ == "aux" and child.lower_ in {"is", "are", "am", "be"} and cur.tag_ == "VBG" \
                        and depth == 0:
                    return False    # "is acquiring": not done yet
            if cur.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in {"did", "do", "does"}
                                            for c in cur.children) and depth == 0 \
                    and cur.dep_ in ("xcomp", "ccomp", "advcl", "ROOT", "conj") and cur.i > 0 \
                    and cur.doc[cur.i - 1].tag_ == "TO":
                return False
            if cur.dep_ in ("xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp", "pobj", "dobj",
                            "nsubj", "nsubjpass", "attr", "appos") and cur.head is not cur:
                if cur.dep_ in ("xcomp",) and cur.head.lemma_.lower() in v.governors:
                    return False
                if cur.head.lemma_.lower() in v.governors and cur.dep_ in ("ccomp", "dobj", "pobj"):
                    return False
                cur = cur.head
                continue
            break
        return True

    # ------------------------------------------------------------------ coreference
    def find_anaphors(self, doc: Doc, owner: list[int]) -> list[Anaphor]:
        v = self.v
        best: dict[int, Anaphor] = {}
        for s, e in self._phrases(doc):
            head = doc[e - 1]
            det = doc[s]
            head_word = fold(doc[s + 1:e].text.split()[-1]) if e - s > 1 else ""
            if "-" in doc[e - 3:e].text and e - s >= 4 and doc[e - 2].text == "-":
                head_word = fold(doc[e - 3:e].text.replace(" ", ""))
            types = set(v.heads.get(head_word, set()))
            if not types:
                continue
            mods = doc[s + 1:e - (3 if doc[e - 2].text == "-" and e - s >= 4 and head_word.count("-") else 1)]
            # the determiner and the modifiers belong to the head (not to a later noun)
            head_tokens = {t.i for t in doc[e - (3 if doc[e - 2].text == "-" and head_word.count("-") else 1):e]}
            if det.head.i not in head_tokens:
                continue
            if any(t.i < s or t.i >= e for t in mods if t.head.i not in head_tokens and t.head.i not in
                   {m.i for m in mods}):
                continue
            if any(fold(t.text) in v.blocking_modifiers for t in mods):
                continue
            if any(owner[i] >= 0 for i in range(s, e)):
                continue    # part of a name ("The Company Store")
            if doc[e - 1].text[:1].isupper() and not doc[e - 1].is_sent_start:
                continue    # "The Little Giant, which fits through a gate": a name, not a description
            nxt = doc[e] if e < len(doc) else None
            if nxt is not None and fold(nxt.text) in v.blocking_next and not self._makes_of(doc, head_word, nxt):
                continue
            if s > 0 and e - s == 2 and doc[s - 1].lower_ in v.idiom_preps.get(head_word, ()):
                continue    # "$150 million in the bank": an idiom, no reference
            if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text[:1].isupper() and nxt.is_alpha
                                    and not nxt.is_sent_start and owner[nxt.i] >= 0):
                continue    # "the company Lumio": the name follows; it is a naming cue
            if nxt is not None and nxt.text == "," and e + 1 < len(doc) and owner[e + 1] >= 0:
                continue    # "the company, Lumio, ...": an apposition
            if head.tag_ in ("NNS", "NNPS") or head.lower_.endswith("ies") and head.lower_ != "enterprises":
                continue
            if any(fold(t.text) in v.investor_modifiers for t in mods):
                types = {"investor"}
            a = Anaphor(s, e, e - 1, types, target=self._apposed_to(doc, s, e, owner))
            if e - 1 not in best or best[e - 1].start > s:
                best[e - 1] = a
        out = list(best.values())
        # pronouns
        for t in tokens_of(doc):
            low = t.lower_
            if low in v.subject_pronouns and t.dep_ in SUBJECTS and not self._dummy(t):
                out.append(Anaphor(t.i, t.i + 1, t.i, {"company", "investor", "media", "government", "ngo",
                                                       "university", "exchange", "other"}, pronoun=True))
            elif low in v.possessive_pronouns and t.dep_ == "poss":
                out.append(Anaphor(t.i, t.i + 1, t.i, {"company", "investor", "media", "government", "ngo",
                                                       "university", "exchange", "other"}, pronoun=True))
        out.sort(key=lambda a: a.start)
        return out

    def _makes_of(self, doc: Doc, head_word: str, of: Token) -> bool:
        """"the maker of mechanical seals": a maker-like head whose "of" phrase is what it makes
        (a common noun), so the phrase still describes a firm named earlier."""
        if head_word not in self.v.of_heads or of.lower_ != "of":
            return False
        objs = [c for c in of.children if c.dep_ == "pobj"]
        return bool(objs) and all(o.pos_ == "NOUN" and o.ent_type_ not in ("PERSON", "DATE") for o in objs)

    def _apposed_to(self, doc: Doc, s: int, e: int, owner: list[int]) -> int:
        """The organisation a phrase stands beside as an apposition ("X, the listed lender with
        ..."): the parse makes the phrase's head an apposition of the name, right after its comma."""
        head = doc[e - 1]
        if head.dep_ != "appos" or s < 2 or doc[s - 1].text != ",":
            return -1
        k = owner[head.head.i]
        return k if k >= 0 and owner[s - 2] == k else -1

    def _head_words(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of every head word, in order: one token ("company") or three ("start-up")."""
        low = lowers_of(doc)
        text = texts_of(doc)
        n = len(low)
        out = []
        for i, w in enumerate(low):
            if w in self._single_heads:
                out.append((i, i + 1))
            if i + 2 < n and text[i + 1] == "-" and (w, low[i + 2]) in self._hyphen_heads:
                out.append((i, i + 3))
        return out

    def _phrases(self, doc: Doc):
        """(start, end) of "the <up to five modifiers> <head word>" for every head word found."""
        for hs, e in self._head_words(doc):
            head_ids = set(range(hs, e))
            for k in range(hs - 1, max(-1, hs - 7), -1):
                t = doc[k]
                if t.lower_ in self._dets and t.head.i in head_ids:
                    yield k, e
                    break
                if t.pos_ not in self._mod_pos or t.text in self._mod_stop or t.is_sent_start:
                    break

    def _dummy(self, it: Token) -> bool:
        """"It is likely that ...", "it seems", "it was reported": a pronoun that refers to nothing."""
        v = self.v
        head = it.head
        if it.dep_ == "expl" or head.lemma_.lower() in v.dummy_verbs or head.lower_ in v.dummy_predicates:
            return True
        for child in head.children:
            if child.dep_ in ("acomp", "attr", "oprd") and child.lower_ in v.dummy_predicates:
                return True
        if head.lemma_ == "be" and any(c.dep_ in ("ccomp", "xcomp") for c in head.children) and not any(
                c.dep_ in ("attr", "acomp") for c in head.children):
            return True
        return False

    def resolve(self, doc: Doc, orgs: list[dict], anaphors: list[Anaphor], refs: list[Ref]) -> list[tuple[Anaphor, int]]:
        out: list[tuple[Anaphor, int]] = []
        # place words said of each organisation: in its appositions ("X, a Lisbon start-up"), then
        # in the phrases resolved to it ("the London lender")
        self._org_places: dict[int, set[str]] = {}
        for r in refs:
            for c in doc[r.start:r.end].root.children:
                if c.dep_ == "appos":
                    self._org_places.setdefault(r.org, set()).update(
                        fold(t.text) for t in c.subtree if t.text[:1].isupper() and t.is_alpha
                        and self._owner[t.i] < 0 and t.pos_ == "PROPN")
        refs = sorted(refs, key=lambda r: r.start)
        for r in refs:
            r.weight = self._role_weight(doc, r.start, r.end)
        self._org_words = self._description_words(doc, orgs, refs)
        for a in anaphors:
            if a.target >= 0:
                k = a.target
            else:
                k = self._resolve_pronoun(doc, a, refs) if a.pronoun else self._resolve_phrase(doc, orgs, a, refs)
            if k is None or k < 0:
                continue
            out.append((a, k))
            if not a.pronoun:
                self._org_places.setdefault(k, set()).update(self._places_of(doc, a))
                self._org_words.setdefault(k, set()).update(fold(t.text) for t in doc[a.start + 1:a.end])
            ref = Ref(k, a.start, a.end, self._sent_of[a.start], self._role_weight(doc, a.start, a.end))
            refs.append(ref)
            refs.sort(key=lambda r: r.start)
            for i in range(a.start, a.end):
                self._owner[i] = k
        return out

    def _root(self, doc: Doc, s: int, e: int) -> Token:
        span = doc[s:e]
        return span.root

    def _role_weight(self, doc: Doc, s: int, e: int) -> float:
        """How prominent one mention is: the subject of its clause (or the possessor of the subject,
        or a name before a subject's title) weighs most; an investor named after "backed by" or in
        a list of backers weighs least."""
        root = self._root(doc, s, e)
        tok = root
        # a conjunct takes the role of the first member of its list
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        dep = tok.dep_
        head = tok.head
        if dep == "nsubj" and self._puts_money_in(head) or dep in ("poss", "compound") \
                and head.dep_ == "nsubj" and self._puts_money_in(head.head):
            return -2.0     # "X led a $50m round in Y", "X's fund invested in Y": X backs the round
        if dep in SUBJECTS:
            return 3.0
        if dep in ("poss", "compound") and head.dep_ in SUBJECTS:
            return 2.5
        if dep == "compound" and head.dep_ == "compound" and head.head.dep_ in SUBJECTS:
            return 2.0
        if dep == "appos" and head.dep_ in SUBJECTS:
            return 2.5
        if dep == "pobj" and head.lower_ in self.v.contrast_preps:
            return -3.0     # "Unlike internet giant X, the manufacturer ...": a foil, named in passing
        if dep == "pobj":
            prep = head
            if prep.lower_ in {"by", "from", "including", "with", "as", "like"} or prep.dep_ == "agent":
                gov = prep.head
                if gov.lemma_.lower() in {"lead", "back", "fund", "join", "co-lead", "include", "raise",
                                          "participate", "invest", "support", "finance", "value", "round"} \
                        or prep.lower_ in {"including", "like", "as"}:
                    return -2.0
                return -0.5
            return 0.0
        if dep in ("dobj", "attr", "appos", "nsubj"):
            return 1.0
        return 0.5

    def _puts_money_in(self, verb: Token) -> bool:
        """Whether a verb's subject backs a round: "invested $5m in", "led a $50m round",
        "participated in the Series B" (not "led the market")."""
        v = self.v
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or lemma not in v.investing_verbs:
            return False
        if lemma in {"invest", "co-invest", "participate"}:
            return True
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in v.investment_objects or c.ent_type_ == "MONEY"
                                                    or any(t.ent_type_ == "MONEY" for t in c.subtree)):
                return True
        return False

    def _bound_out(self, doc: Doc, a: Anaphor) -> set[int]:
        """Organisations a phrase cannot stand for: the subject of its own clause when the phrase is
        that verb's object ("X invested in the company", "X's fund acquired the firm"): an
        organisation that is both would be "itself"."""
        tok = doc[a.head]
        for _ in range(4):
            if tok.dep_ in ("dobj", "dative", "pobj", "prep") and tok.head is not tok:
                tok = tok.head
                if tok.pos_ in ("VERB", "AUX"):
                    break
                continue
            return set()
        else:
            return set()
        if tok.pos_ not in ("VERB", "AUX"):
            return set()
        out: set[int] = set()
        for c in tok.children:
            if c.dep_ == "nsubj":
                k = self._subject_org(c)
                if k >= 0:
                    out.add(k)
        return out

    def _name_words(self, org: dict) -> set[str]:
        return {fold(w) for form in [org.get("name", ""), *org.get("aliases", [])] for w in re.findall(r"[\w'-]+", form)}

    def _places_of(self, doc: Doc, a: Anaphor) -> set[str]:
        """Capitalised words among a phrase's modifiers: "the London-based company" -> {"london"}."""
        return {fold(t.text) for t in doc[a.start + 1:a.head] if t.text[:1].isupper() and t.is_alpha}

    def _description_words(self, doc: Doc, orgs: list[dict], refs: list[Ref]) -> dict[int, set[str]]:
        """What the text says each organisation is, as lower-case words: its name, and the words
        of the appositions and pre-modifiers around its mentions ("payments unicorn X",
        "X, a consumer lender")."""
        out: dict[int, set[str]] = {k: set(self._name_words(org)) for k, org in enumerate(orgs)}
        for r in refs:
            root = doc[r.start:r.end].root
            for c in root.children:
                if c.dep_ in ("appos", "compound", "amod", "nmod") and not r.start <= c.i < r.end:
                    out[r.org].update(fold(t.text) for t in c.subtree if t.is_alpha and self._owner[t.i] < 0)
        return out

    def _agrees(self, head_word: str, k: int) -> bool:
        """A descriptive head ("the lender") fits an organisation the text describes so."""
        stems = self.v.descriptors.get(head_word)
        if not stems:
            return True
        return any(w.startswith(stems) for w in self._org_words.get(k, ()))

    def _resolve_phrase(self, doc: Doc, orgs: list[dict], a: Anaphor, refs: list[Ref]) -> int | None:
        sa = self._sent_of[a.start]
        scores: dict[int, float] = {}
        counts: dict[int, int] = {}
        bound = self._bound_out(doc, a)
        head_word = fold(doc[a.head].text)
        named = head_word in self.v.named_heads     # "the department": only a body named so
        places = self._places_of(doc, a)
        for r in refs:
            if r.start >= a.start:
                break
            counts[r.org] = counts.get(r.org, 0) + 1
            if orgs[r.org].get("type", "company") not in a.types or r.org in bound:
                continue
            if named and head_word not in self._name_words(orgs[r.org]):
                continue
            if not self._agrees(head_word, r.org):
                continue
            d = sa - r.sent
            if d > 3:
                continue
            score = r.weight - 1.5 * d
            if d == 0:
                score += 0.5
            scores[r.org] = max(scores.get(r.org, -99.0), score)
        for k in scores:
            # what the text is about: organisations named often, and in the headline, weigh more
            scores[k] += 0.4 * math.log1p(counts.get(k, 0)) + 0.4 * math.log1p(self._totals.get(k, 0))
            if places & (self._name_words(orgs[k]) | self._org_places.get(k, set())):
                scores[k] += 2.0     # "the London-based company" after "the London lender" 
            if k in self._in_title:
                scores[k] += 0.75
            if orgs[k].get("type") == "investor" and "investor" in a.types and len(a.types) > 1:
                scores[k] -= 1.0     # "the company" prefers a company to an investor named near it
            if orgs[k].get("type") == "media" and "company" in a.types:
                scores[k] -= 2.5     # "Reuters reported that the company ...": the source is not the subject
        if scores:
            best = max(scores, key=lambda k: (scores[k], max(r.start for r in refs if r.org == k and r.start < a.start)))
            return best
        # nothing in the last sentences: the organisation the article is about, if one stands out
        compatible = [k for k, c in counts.items() if orgs[k].get("type", "company") in a.types and k not in bound
                      and not (named and head_word not in self._name_words(orgs[k])) and self._agrees(head_word, k)]
        if not compatible:
            return None
        ranked = sorted(compatible, key=lambda k: -counts[k])
        if len(ranked) == 1 or counts[ranked[0]] >= 2 * counts[ranked[1]]:
            return ranked[0]
        return None

    def _resolve_pronoun(self, doc: Doc, a: Anaphor, refs: list[Ref]) -> int | None:
        """"it"/"its": the subject of the clause that governs the pronoun (when it comes first), else
        the subject of the previous sentences. A thing or a plural in that place blocks the reading."""
        tok = doc[a.start]
        # 1. a subject earlier in the same sentence, governing the pronoun's clause
        cur = tok
        for _ in range(8):
            head = cur.head
            if head is cur:
                break
            for child in head.children:
                if child.dep_ in SUBJECTS and child.i < a.start and child.i != tok.i and not (
                        child.i <= tok.i <= child.right_edge.i):
                    return self._candidate(child)
            cur = head
        # 2. the main subject of the previous two sentences
        n = self._sent_of[a.start]
        bounds = sentences_of(doc)[0]
        for back in (1, 2):
            if n - back < 0:
                break
            prev = doc[bounds[n - back][0]:bounds[n - back][1]]
            subj = next((c for c in prev.root.children if c.dep_ in SUBJECTS), None)
            k = self._candidate(subj) if subj is not None else None
            if k is not None:
                return k
            if back == 1 and subj is None:
                # a sentence with a subject that is a thing ("This year's list is topped by X.
                # It is followed by ...") keeps "It" for that thing; only a sentence with no
                # subject at all (an imperative, "Then there is X") hands it to its one firm
                k = self._sole_topic(doc, a, refs, n - 1)
                if k is not None:
                    return k        # "Contrast that with X, which ... . It passed ..."
            if subj is None:
                continue
            if subj.lower_ in PERSON_PRONOUNS or subj.ent_type_ == "PERSON" or subj.tag_ in ("NNS", "NNPS"):
                continue        # a person or a plural: the pronoun is not about them; read further back
            break
        return self._topic_before(doc, a, refs)

    def _topic_before(self, doc: Doc, a: Anaphor, refs: list[Ref]) -> int | None:
        """"The reset contrasts with X, whose investors ..., so it keeps its place": when the
        sentences before say nothing, a subject "it" stands for the one firm its own sentence
        names before it in a main clause (not as a backer, a foil, or inside an adverbial clause
        such as "after talks with X collapsed")."""
        tok = doc[a.start]
        if tok.dep_ not in SUBJECTS:
            return None
        sent = self._sent_of[a.start]
        before = [r for r in refs if r.sent == sent and r.end <= a.start]
        if len({r.org for r in before}) != 1:
            return None
        k = before[0].org
        if self._orgs[k].get("type", "company") != "company" or any(r.weight <= -1.0 for r in before):
            return None
        for r in before:
            if any(t.dep_ == "advcl" for t in doc[r.start:r.end].root.ancestors):
                return None
        return k

    def _sole_topic(self, doc: Doc, a: Anaphor, refs: list[Ref], sent: int) -> int | None:
        """A sentence-opening "It" after a sentence with no subject (an imperative, "Then there is
        X"): the one firm that sentence names, when it names just one and not as a backer or a foil."""
        tok = doc[a.start]
        first = next((t for t in doc[tok.sent.start:tok.i + 1] if not t.is_punct and not t.is_space), tok)
        if first.i != tok.i or tok.dep_ not in SUBJECTS:
            return None
        named = {r.org for r in refs if r.sent == sent}
        if len(named) != 1:
            return None
        k = named.pop()
        if self._orgs[k].get("type", "company") != "company" or \
                any(r.weight <= -1.0 for r in refs if r.org == k and r.sent == sent):
            return None
        return k

    def _candidate(self, subj: Token) -> int | None:
        """The organisation a subject stands for: itself, or the firm whose officer speaks
        ("Lumio's chief executive said")."""
        k = self.org_of(subj)
        if k >= 0:
            return k
        if subj.lower_ in PERSON_PRONOUNS or subj.ent_type_ == "PERSON" or subj.tag_ in ("NNS", "NNPS"):
            return None
        if fold(subj.text) in self.rules.person_titles or subj.lower_ in {"executive", "founder", "spokesperson",
                                                                          "spokesman", "spokeswoman"}:
            for child in subj.children:
                if child.dep_ in ("poss", "compound") and self.org_of(child) >= 0:
                    return self.org_of(child)
            return None
        return None

    # ------------------------------------------------------------------ listed
    def find_listed(self, doc: Doc) -> list[tuple[int, object]]:
        v = self.v
        found: list[tuple[int, object]] = []
        for t in tokens_of(doc):
            low = t.lower_
            k = -1
            # "Shenzhen-listed X", "X, a Nasdaq-listed maker", "publicly traded X", "a listed company"
            if low in v.listed_adjectives and (t.dep_ in ("amod", "compound") or t.i > 0 and (
                    doc[t.i - 1].text == "-" or doc[t.i - 1].lower_ in v.public_words)):
                if t.i > 0 and doc[t.i - 1].lower_ in {"un", "not", "non"}:
                    continue
                target = t.head if t.dep_ in ("amod", "compound") or t.head.pos_ in ("NOUN", "PROPN") else t
                if self.org_of(t) >= 0 and self.org_of(target) < 0:
                    continue
                if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"among", "as", "in"} and t.dep_ != "amod":
                    continue
                k = self.org_attached(target)
                if k >= 0 and not self._noun_realis(target):
                    k = -1
            # "X listed in Hong Kong", "X debuted on Nasdaq", "X is traded on the STAR Market"
            elif t.lemma_.lower() in v.listed_verbs and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",):
                if self._has_venue(t) and self.realis(t):
                    k = self._verb_subject_org(t)
            # "X is now a public company", "the publicly listed firm X"
            elif low == "public" and t.dep_ == "amod" and fold(t.head.text) in v.public_company_nouns:
                k = self.org_attached(t.head)
                if k >= 0 and not self._noun_realis(t.head):
                    k = -1
            # "X went public"
            elif low == "public" and t.head.lemma_.lower() in v.go_public and t.dep_ in ("acomp", "advmod", "oprd",
                                                                                       "attr", "dobj", "xcomp"):
                if self.realis(t.head):
                    k = self._verb_subject_org(t.head)
            # "(NASDAQ: ABCD)", "(600519.SH)"
            elif low == "(" and t.i > 0:
                k = self._ticker_owner(doc, t)
            if k >= 0:
                found.append((k, t))
                verb = t.head if low == "public" and t.head.lemma_.lower() in v.go_public else t
                for j in self._co_subjects(verb):      # "X and Y went public": both
                    if j != k:
                        found.append((j, t))
        # "X's shares rose", "X's IPO", "the market value of X"
        for _, s, e in self.possessed_matcher(doc):
            span = doc[s:e]
            root = span.root
            if root.dep_ == "compound" and root.head.i >= e and fold(span.text) not in {"ipo", "listing"}:
                continue    # "share price target", "IPO plans": a modifier of something else
            if root.dep_ == "compound" and root.head.i >= e:
                continue
            if any(c.dep_ in ("amod", "compound", "nummod") and fold(c.text) in v.unreal_modifiers
                   for c in root.children):
                continue
            if any(fold(doc[i].text) in v.unreal_modifiers for i in range(max(0, s - 2), s)):
                continue
            owner = -1
            for child in root.children:
                if child.dep_ in ("poss", "compound") and child.i < s and self.org_of(child) >= 0:
                    owner = self.org_of(child)
                if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "in" and root.lower_ in {"shares", "stock"}):
                    # "the market value of X", "shares in X" (also "shares in the logistics group X")
                    for pobj in child.children:
                        if pobj.dep_ != "pobj":
                            continue
                        named = [pobj] + [c for c in pobj.children if c.dep_ in ("appos", "compound")] + \
                            [c for c in root.children if c.dep_ == "appos" and c.i > pobj.i]
                        owner = next((self.org_of(n) for n in named if self.org_of(n) >= 0), owner)
            if owner < 0 and s > 0 and self.org_of(doc[s - 1]) >= 0 and root.lower_ in {"shares", "stock"}:
                owner = self.org_of(doc[s - 1])     # "Lumio shares fell"
            if owner < 0:
                continue
            if fold(span.text) in {"shares", "share", "stock"}:
                verb = root.head if root.dep_ in SUBJECTS else None
                if verb is None and root.dep_ == "dobj" and root.head.lemma_.lower() in v.share_pushes:
                    verb = root.head    # "the news lifted X shares": a price moved by something
                elif verb is not None and verb.lemma_.lower() not in v.share_moves:
                    verb = None
                if verb is None or not self.realis(verb):
                    continue    # a private firm issues shares too; only a traded price shows a listing
            elif not self._noun_realis(root):
                continue
            found.append((owner, span.root))
        found.sort(key=lambda x: x[1].i)
        return found

    def _noun_realis(self, noun: Token) -> bool:
        """A noun phrase inside a plan or a condition ("plans for an IPO", "ahead of its listing")."""
        cur = noun
        for _ in range(4):
            if cur.dep_ == "pobj" and cur.head.lower_ in {"ahead", "before", "for", "toward", "towards", "until"}:
                return False
            if cur.head.lower_ in {"ahead", "before", "until"}:
                return False
            if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
                return self.realis(cur)
            cur = cur.head
        return True

    def _has_venue(self, verb: Token) -> bool:
        """A listing verb with a market after on/in ("on Nasdaq", "in Hong Kong", "on the STAR Market")."""
        v = self.v
        for child in verb.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in {"on", "in", "onto"}:
                for t in child.subtree:
                    if t.lower_ in v.venue_words or self.rules.place_kind(t.text) or t.ent_type_ == "GPE":
                        if t.ent_type_ in ("DATE",):
                            continue
                        return True
                    if self.org_of(t) >= 0 and self._orgs[self.org_of(t)].get("type") == "exchange":
                        return True
        return False

    def _co_subjects(self, verb: Token) -> list[int]:
        """The organisations coordinated with a verb's subject ("X and Y listed"), unless the
        parse joined an earlier verb's object to the subject (see stray_object)."""
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        out = []
        for child in verb.children:
            if child.dep_ in SUBJECTS and self.stray_object(child) is None:
                for c in child.conjuncts:
                    if self.org_of(c) >= 0:
                        out.append(self.org_of(c))
        return out

    def _verb_subject_org(self, verb: Token) -> int:
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                if verb.dep_ == "relcl" and child.tag_ in ("WDT", "WP"):
                    break   # "the maker that floated": the relative pronoun stands for the head
                return self._subject_org(child)
        # "X, which listed in 2019", "X, listed on Nasdaq", "X, the maker that floated in 2021"
        if verb.dep_ in ("relcl", "acl"):
            head = verb.head
            k = self.org_of(head)
            if k < 0 and head.dep_ == "appos":
                k = self.org_of(head.head)
            if k >= 0:
                return k
        if verb.dep_ == "conj":
            return self._verb_subject_org(verb.head) if verb.head is not verb else -1
        # "X dropped out after listing on the STAR Market", "X, since floating in Hong Kong, ...":
        # a done listing inside an adverbial is the governing verb's subject's
        prep = verb.head
        if verb.dep_ == "pcomp" and prep.lower_ in {"after", "since", "upon", "on", "by", "following"} \
                and prep.head.pos_ in ("VERB", "AUX") and prep.head is not prep:
            return self._verb_subject_org(prep.head)
        return -1

    def _ticker_owner(self, doc: Doc, paren: Token) -> int:
        v = self.v
        i = paren.i
        prev = doc[i - 1]
        k = self.org_of(prev)
        if k < 0:
            return -1
        j = i + 1
        if j < len(doc) and doc[j].lower_ in v.ticker_exchanges and j + 1 < len(doc) and doc[j + 1].text == ":":
            return k
        if j < len(doc) and v.ticker_suffix_re is not None and v.ticker_suffix_re.match(doc[j].text):
            return k
        return -1

    # ------------------------------------------------------------------ acquired
    def find_acquired(self, doc: Doc) -> list[tuple[int, object]]:
        v = self.v
        found: list[tuple[int, object]] = []
        for t in tokens_of(doc):
            lemma = t.lemma_.lower()
            if t.pos_ == "VERB" and lemma in v.acquire_verbs:
                need = v.particles.get(lemma)
                if need and not any(c.dep_ == "prt" and c.lower_ == need for c in t.children):
                    continue
                passive = any(c.dep_ == "auxpass" for c in t.children) or any(c.dep_ == "nsubjpass" for c in t.children)
                k = -1
                if passive:
                    for c in t.children:
                        if c.dep_ == "nsubjpass":
                            k = self.org_of(c)
                elif t.dep_ in ("acl", "advcl") and t.tag_ == "VBN" and self.org_of(t.head) >= 0:
                    k = self.org_of(t.head)     # "X, acquired by Y in 2019,"
                elif t.dep_ in ("acl", "advcl") and t.tag_ == "VBN" and t.i >= 2 and doc[t.i - 1].text == "," \
                        and self.org_of(doc[t.i - 2]) >= 0 and any(c.dep_ == "agent" for c in t.children):
                    k = self.org_of(doc[t.i - 2])   # the same, with the name's role missed by the parse
                elif t.dep_ == "advcl" and t.tag_ == "VBN" and t.head.pos_ in ("VERB", "AUX") \
                        and any(c.dep_ == "agent" for c in t.children):
                    k = self._verb_subject_org(t.head)  # "X became a unicorn, acquired by Y in 2020"
                elif t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ == "attr" \
                        and any(c.dep_ == "agent" for c in t.children):
                    k = self.org_attached(t.head)       # the same, the clause read as the noun's
                elif t.tag_ in ("VBD", "VBN", "VBZ"):
                    for c in t.children:
                        if c.dep_ == "dobj":
                            k = self.org_of(c)
                            if k < 0 and c.tag_ in ("WDT", "WP") and t.dep_ == "relcl":
                                k = self.org_of(t.head)     # "X, which Y bought in 2022,"
                    if k < 0 and t.i + 1 < len(doc) and self.stray_object(doc[t.i + 1]) is not None:
                        k = self.org_of(doc[t.i + 1])   # "A bought Y and Z went public": Y was bought
                if k >= 0 and self.realis(t):
                    found.append((k, t))
            elif t.pos_ == "VERB" and lemma in v.sell_verbs and t.tag_ in ("VBD", "VBN", "VBZ"):
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                to = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in t.children)
                if obj is not None and to and self.org_of(obj) >= 0 and self.realis(t):
                    found.append((self.org_of(obj), t))
            elif t.pos_ == "NOUN" and lemma in v.deal_nouns:
                k = -1
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        k = next((self.org_of(p) for p in c.children if p.dep_ == "pobj" and self.org_of(p) >= 0), k)
                    if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                        k = next((self.org_of(p) for p in t.children if p.dep_ == "poss" and self.org_of(p) >= 0), k)
                if k < 0 or any(fold(c.text) in v.unreal_modifiers for c in t.children):
                    continue
                done = False
                if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in v.completion_verbs:
                    done = self.realis(t.head)
                elif t.dep_ == "pobj" and t.head.lower_ in v.after_preps:
                    done = True
                elif t.dep_ in SUBJECTS and any(c.lemma_.lower() in v.completion_verbs for c in [t.head]):
                    done = self.realis(t.head)
                elif t.dep_ in SUBJECTS and t.head.tag_ == "VBD" and self.realis(t.head):
                    done = True     # "X's $3bn acquisition of Y was the region's first exit": a past deal
                if done:
                    found.append((k, t))
        found.sort(key=lambda x: x[1].i)
        return found
