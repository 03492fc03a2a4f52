"""giants_organisations: organisations (one entry each, with aliases and type), people, places.

The small English model tags organisations poorly (single-word firms often come out
as PERSON or GPE), so every capitalised name in the text is a candidate and is kept
only on evidence: a known body, a legal suffix or head word ("Co., Ltd.", "Robotics",
"Ministry"), a cue noun around it ("battery company X", "X, a UK-based startup",
"CEO of X"), a list it shares with other organisations, or the model's ORG tag.
Surface forms of one body are then merged (acronyms, short forms, Chinese names).
doc.ents is left as the model made it.
"""

from __future__ import annotations

import os
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from giants import extensions  # noqa: F401
from giants.organisations.evidence import ParseEvidence
from giants.organisations.cues import LOCAL_LEVELS, SpanCues
from giants.organisations.facts import OrgFacts
from giants.organisations.lists import mark_roles
from giants.organisations.merge import OrgMerger
from giants.organisations.mention import Mention
from giants.organisations.names import (CONNECTORS, Rules, fold, forget_tokens, has_cjk, load_rules, lowers_of,
                                        org_type, sports_team, texts_of, tokens_of)
from giants.organisations.page import PageLayout
from giants.organisations.spans import FIELD_WORDS, NameSpans
from giants.organisations.verdicts import Verdicts
from giants.annotators.people import find_people, find_places

BODIES_ENV = "GIANTS_BODIES"
NER_LABELS = {"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"}
LOCAL_BODIES = {"government", "department", "bureau", "commission", "committee", "administration"}


class OrganisationFinder(NameSpans, PageLayout, SpanCues, Verdicts, OrgMerger):
    """Stage by stage: candidates (spans.py, the model's entities, known bodies) -> evidence
    (cues.py, evidence.py) -> verdicts (verdicts.py) -> one entry per body (merge.py) ->
    coreference and status (facts.py)."""

    def __init__(self, nlp: Language, name: str, *, bodies_path: str = ""):
        """bodies_path: a TOML file laid out like data/bodies.toml, merged over it
        (default: $GIANTS_BODIES, so the command line can use one too)."""
        self.name = name
        self.rules: Rules = load_rules(bodies_path or os.environ.get(BODIES_ENV, ""))
        r = self.rules
        self.matcher_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        for i, body in enumerate(r.bodies):
            if not body.get("find", True):
                continue    # reference only: describes a name found otherwise (facts.known_listed)
            for form in [body["name"], *body.get("aliases", [])]:
                exact = (form.isupper() and len(form) <= 6) or has_cjk(form) or len(form) <= 4
                matcher = self.matcher_exact if exact else self.matcher_lower
                matcher.add(f"B{i}", [nlp.make_doc(form)])
        # folded name or alias of a known body -> (its place in the data, the body): the first wins
        self._body_forms: dict[str, tuple[tuple[int, int], dict]] = {}
        for i, body in enumerate(r.bodies):
            if not body.get("find", True):
                continue
            for j, form in enumerate([body["name"], *body.get("aliases", [])]):
                f = fold(form)
                if len(f) >= 3 and f not in self._body_forms:
                    self._body_forms[f] = ((i, j), body)
        self._namey_cache = {}
        self._cue_cache: dict[tuple[int, int, bool], tuple[bool, set[str], set[str], set[str]]] = {}
        self._flat: set[int] = set()
        self.legal = {s.rstrip(".") for s in r.legal_suffixes}
        self.legal_upper = {s.upper() for s in self.legal if len(s) > 1}
        self._body_heads = r.heads["government"] | r.heads["ngo"] | r.heads["university"]
        # words that only describe a body ("Technology Group", "Chinese State"), never name one
        self._generic = r.company_heads | set().union(*r.heads.values()) | {"stock", "state", "central"} \
            | FIELD_WORDS | r.nationalities
        self.titles_multi = sorted((t.split() for t in r.person_titles), key=len, reverse=True)
        # one-word titles that never end or start an organisation's name ("OutSystems CEO")
        self._edge_titles = {t for t in r.person_titles if " " not in t} - {"partner", "owner", "principal", "head",
                                                                            "chair", "official", "secretary"}
        self.facts = OrgFacts(nlp, r)   # coreferent mentions, listed and acquired status
        self.evidence = ParseEvidence(nlp, r)   # what the parse says a name is
        self._pcues: dict[int, set[str]] = {}
        self._headings: set[int] = set()
        self._pagainst: dict[int, set[str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        try:
            tokens_of(doc, fresh=True)
            orgs, people, places = self._find(doc)
        except Exception as exc:  # never let one odd text stop the analysis
            doc._.organizations, doc._.people, doc._.places = [], [], []
            warnings = list(doc._.giants_warnings or [])
            warnings.append(f"organisations: skipped ({type(exc).__name__}: {exc})")
            doc._.giants_warnings = warnings
            return doc
        finally:
            forget_tokens()
            self._alone = None      # per-document counts (verdicts.py): do not keep the doc alive
        doc._.organizations = orgs
        doc._.people = people
        doc._.places = places
        return doc

    def _body_prefix(self, name: str) -> dict | None:
        """A known body whose name or alias opens this name ("CPC National Congress", "People's Bank
        of China Jinan Branch"): its branch or organ, of the same type."""
        key = fold(name)
        n_words = len(key.split())
        best = None
        for p, c in enumerate(key):
            if c == " ":
                found = self._body_forms.get(key[:p])
                if found is not None and n_words - len(key[:p].split()) <= 3 and (best is None or found[0] < best[0]):
                    best = found
        return best[1] if best else None

    def _numbered_names(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of "<firm noun> <number> <Capitalised words>": "firm 500 Startups",
        "esports company 100 Thieves". Not "company 500 Employees" style counts: the words after
        the number must not be lower case, and the number must not be money or a percentage."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        n = len(toks)
        out = []
        for i in range(1, n - 1):
            t = toks[i]
            if not (t.like_num and tok_text[i].isdigit()) or t.ent_type_ in ("MONEY", "PERCENT", "DATE", "TIME") \
                    or not (toks[i - 1].is_lower and tok_low[i - 1] in self.rules.company_cues) \
                    or tok_low[i - 1] in self.rules.person_titles:
                continue
            e = i + 1
            while e < n and tok_text[e][:1].isupper() and toks[e].is_alpha and not toks[e].is_sent_start \
                    and "\n" not in toks[e - 1].whitespace_:
                e += 1
            if e > i + 1 and e - i <= 4:
                out.append((i, e))
        return out

    def _find(self, doc: Doc) -> tuple[list[dict], list[dict], list[dict]]:
        toks = tokens_of(doc)
        r = self.rules
        self._namey_cache = {}      # per document: which word spans look like names
        self._cue_cache = {}        # per document: (start, end, exchange?) -> the evidence around it
        self._lowers = [t.lower_ for t in toks]  # token access is slow; cue checks slice this
        self._flat = self._flat_tokens(doc)
        self._pcues, self._pagainst = self.evidence.find(doc)
        self._headings = self._heading_tokens(doc)
        title_end = self._title_end(doc)
        units = self._units(doc)
        keys = self._candidates(doc, units)
        accepted = self._accept(doc, units, keys, title_end)
        # "Brightpeak, formerly Halden Capital Asia": the two forms are one body
        links = self._alias_links(doc, keys, accepted)
        chosen = self._choose(doc, keys, accepted, title_end)
        orgs = self._merge(doc, chosen, keys, links, accepted)
        orgs = [o for o in orgs if not self._titled_person(doc, o)]
        self._count_mentions(doc, orgs, title_end)
        people = find_people(doc, orgs, r)
        places = find_places(doc, orgs, r)
        out = []
        sports_hits = sum(1 for low in self._lowers if low in r.sports_words)
        for org in orgs:
            kind, is_company = org_type(org["name"], org["cues"], r, org["body"] or self._body_prefix(org["name"]))
            if not org["body"] and kind == "company" and sports_team(org["name"], r, sports_hits):
                kind, is_company = "other", False
            out.append({"name": org["name"], "aliases": org["aliases"], "type": kind, "is_company": is_company,
                        "mentions": len(org["spans"]), "mention_spans": org["spans"]})
        self.facts.annotate(doc, out)
        mark_roles(doc, out)
        return out, people, places

    def _titled_person(self, doc: Doc, org: dict) -> bool:
        """A name written right after a capitalised job title somewhere in the text ("reporting to
        CEO Ghodsi") is a person's, unless it is a known body or carries a firm's head word."""
        if org["body"]:
            return False
        forms = [org["name"]] + list(org["aliases"])
        if any(self.rules.company_word(w) or w.rstrip(".") in self.legal for f in forms for w in f.split()):
            return False
        tok_text = texts_of(doc)
        folded = {tuple(fold(w) for w in f.split()) for f in forms}
        for i in range(len(tok_text) - 1):
            if self._title_word(tok_text[i]) and tok_text[i] != tok_text[i].lower():
                for words in folded:
                    n = len(words)
                    if tuple(fold(t) for t in tok_text[i + 1:i + 1 + n]) == words and (
                            i + 1 + n >= len(tok_text) or not tok_text[i + 1 + n][:1].isupper()):
                        return True
        return False

    def _candidates(self, doc: Doc, units: list[tuple[int, int]]) -> dict[str, list[Mention]]:
        """Every span that might name an organisation, with its evidence, grouped by surface form."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        r = self.rules
        cands: list[Mention] = []

        # 1. known bodies
        for matcher in (self.matcher_exact, self.matcher_lower):
            for match_id, s, e in matcher(doc):
                idx = int(doc.vocab.strings[match_id][1:])
                cands.append(Mention(s, e, {"known"}, body=r.bodies[idx]))
        # 2. legal-suffix names
        for s, e in self._legal_names(doc):
            cands.append(Mention(s, e, {"legal"}))
        # 3. the model's entities, cleaned, split at commas and grown
        ner_spans = [ent for ent in doc.ents if ent.label_ in NER_LABELS]
        for ent in ner_spans:
            pieces = []
            s = ent.start
            enum = self._enumerated_name(doc, ent.start, ent.end)
            for t in ent:
                if t.text == "," and not (t.i + 1 < ent.end and tok_text[t.i + 1].rstrip(".") in self.legal) \
                        and not enum:
                    pieces.append((s, t.i))
                    s = t.i + 1
                if t.lower_ in {"'s", "’s"} and t.i + 1 < ent.end and (tok_text[t.i + 1][:1].isupper()
                                                                        or re.match(r"[a-z]{1,2}[A-Z]", tok_text[t.i + 1])) \
                        and t.i > ent.start and fold(tok_text[t.i - 1]) not in self.rules.possessive_name_words:
                    pieces.append((s, t.i))     # "Corvix's Lumenio": two names
                    s = t.i + 1
                if "\n" in t.text or t.text in {"—", "–"}:
                    pieces.append((s, t.i))
                    s = t.i + 1
                if t.lower_ == "or" and t.i > s and t.i + 1 < ent.end and tok_text[t.i + 1][:1].isupper():
                    pieces.append((s, t.i))     # "Uber or Airbnb": two names
                    s = t.i + 1
            pieces.append((s, ent.end))
            for ps, pe in pieces:
                ps, pe = self._clean(doc, ps, pe)
                if ps >= pe:
                    continue
                ps, pe = self._extend(doc, ps, pe)
                ps, pe = self._clean(doc, ps, pe)
                cands.append(Mention(ps, pe, {"ner"}, ner=[ent.label_]))
        # 4. every run of capitalised words
        for s, e in self._chunks(doc, units):
            if s in self._flat:
                continue    # capitals say nothing in an all-caps or title-case sentence
            s, e = self._clean(doc, s, e)
            if s < e:
                s2, e2 = self._extend(doc, s, e)
                s2, e2 = self._clean(doc, s2, e2)   # "CEO" grown over "Ghodsi": the title goes again
                if s2 < e2 and not (e2 - s2 == 1 and self._title_word(tok_text[s2])):
                    cands.append(Mention(s2, e2, {"chunk"}))
        # 4b. "venture capital firm 500 Startups": a name that opens with a number, right after a
        # firm noun (a number alone never starts a run of capitalised words)
        for s, e in self._numbered_names(doc):
            cands.append(Mention(s, e, {"chunk", "numbered"}))
        # 5. "Qiaoxi's industrial promotion bureau": a named possessor and a government head
        for tok in toks:
            if tok.lower_ in {"'s", "’s"} and tok.i > 0 and tok_text[tok.i - 1][:1].isupper():
                k = tok.i + 1
                while k < len(doc) and k < tok.i + 5 and toks[k].is_lower and toks[k].is_alpha:
                    if fold(tok_text[k]) in {"bureau", "commission", "committee", "department", "administration"}:
                        s = tok.i - 1
                        while s > 0 and tok_text[s - 1][:1].isupper() and not toks[s].is_sent_start:
                            s -= 1
                        cands.append(Mention(s, k + 1, {"head", "possessive"}))
                        break
                    k += 1
        # 6. "the Minhe district government", "the Minhe provincial department of commerce":
        # a named place's government body, written in lower case
        for tok in toks:
            if tok.text in LOCAL_BODIES and tok.i >= 2 and tok_text[tok.i - 1] in LOCAL_LEVELS \
                    and tok_text[tok.i - 2][:1].isupper() and toks[tok.i - 2].is_alpha \
                    and fold(tok_text[tok.i - 2]) not in r.nationalities:
                s = tok.i - 2
                while s > 0 and tok_text[s - 1][:1].isupper() and toks[s - 1].is_alpha and not toks[s].is_sent_start \
                        and tok_low[s - 1] != "the":
                    s -= 1
                e = tok.i + 1
                if tok.text != "government" and e + 1 < len(doc) and tok_text[e] == "of":
                    k = e + 1      # "... department of industry and information technology"
                    while k < len(doc) and k < e + 8 and toks[k].is_lower and toks[k].is_alpha \
                            and toks[k].pos_ in ("NOUN", "ADJ", "CCONJ", "PROPN"):
                        k += 1
                    while k > e + 1 and tok_low[k - 1] in CONNECTORS:
                        k -= 1
                    e = k if k > e + 1 else e
                cands.append(Mention(s, e, {"head", "possessive"}))

        # "Bykoo's raised $20m": a name that ends in a possessive is followed by a verb somewhere;
        # a plain possessive never is. Every "X's" of such a name is then the name itself.
        # A firm called by its bare name too ("Lumio Group", "Lumio said") is not one: "Lumio's grew"
        # is then short for "Lumio's revenue grew".
        lowers = self._lowers
        n = len(toks)
        poss_names = {fold(tok_text[i - 1]) for i in range(1, n - 1)
                      if lowers[i] in {"'s", "’s"} and toks[i].tag_ == "POS"
                      and tok_text[i - 1][:1].isupper() and toks[i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")}
        if poss_names:
            poss_names -= {fold(tok_text[i]) for i in range(n - 1)
                           if lowers[i + 1] not in {"'s", "’s"} and tok_text[i][:1].isupper()}
        if poss_names:
            for m in cands:
                if m.end < len(doc) and tok_low[m.end] in {"'s", "’s"} and fold(tok_text[m.end - 1]) in poss_names:
                    m.end += 1

        laws = [ent for ent in doc.ents if ent.label_ == "LAW"]
        for m in cands:
            self._cues(doc, m)
            if m.body is None and any(ent.start <= m.start and m.end <= ent.end for ent in laws):
                m.blocked = True    # a name inside a document title

        keys: dict[str, list[Mention]] = {}
        for m in cands:
            if m.start < m.end:
                keys.setdefault(m.key(doc), []).append(m)
        return keys

@Language.factory("giants_organisations", default_config={"bodies_path": ""})
def make_organisations(nlp: Language, name: str, bodies_path: str) -> OrganisationFinder:
    return OrganisationFinder(nlp, name, bodies_path=bodies_path)
