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
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from giants import extensions  # noqa: F401
from giants.extensions import doc_text
from giants.organisations.evidence import ParseEvidence
from giants.organisations.facts import OrgFacts
from giants.organisations.merge import CJK_TERMS, OrgMerger, dateline_credit_at
from giants.organisations.names import lowers_of, span_text, texts_of, tokens_of, forget_tokens
from giants.organisations.names import (CONNECTORS, OF_HEADS, Rules, core_words, fold, has_cjk, head_type, is_acronym_of, load_rules,
                       org_type, person_shaped)
from giants.organisations.spans import FIELD_WORDS, NUMERIC_ENTS, QUOTES, NameSpans, odd_case
from giants.annotators.people import find_people, find_places

BODIES_ENV = "GIANTS_BODIES"
NER_LABELS = {"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"}
APPOSITION_STARTS = {"a", "an", "the", "one", "based", "headquartered", "whose", "formerly", "now", "which"}
STOP_PREPS = {"of", "at", "with", "for", "in", "on", "by", "from", "to", "that", "who", "which"}
DATA_CUES = [("database", "of"), ("data", "from"), ("according", "to"), ("published", "by"), ("report", "by"),
             ("survey", "by"), ("stake", "in"), ("stakes", "in"), ("participation", "in"), ("investment", "in"),
             ("acquisition", "of"), ("shares", "of"), ("shares", "in"), ("listing", "of"), ("bought",), ("acquired",)]
CURRENCY_START = {"$", "US$", "€", "£", "¥", "Rs", "Rs.", "USD", "EUR", "RMB", "CNY", "INR", "US"}
LOCAL_LEVELS = {"district", "county", "city", "municipal", "provincial", "prefectural", "town", "township",
                "village", "state", "regional"}
LOCAL_BODIES = {"government", "department", "bureau", "commission", "committee", "administration"}
# context cues that make even a person-shaped name ("Priya Softworks") a firm
FIRM_EVIDENCE = {"based-pre", "does", "founded", "staff", "held", "ranked", "value"}
# cues read from the parse (orgevidence.py) that a name is an organisation's
# parse cues a person never gets: bought, a party to a deal, owner of a valuation, listed, a news source
PERSON_PROOF = {"bought", "party", "biz-possessor", "listed", "value", "outlet"}
PARSE_EVIDENCE = {"biz-subject", "biz-possessor", "party", "bought", "backer", "outlet", "data"}
# firm nouns that relate two named firms ("Westhold parent Corvane"): the first is no modifier
RELATIONAL = {"parent", "owner", "subsidiary", "affiliate", "unit", "rival", "partner", "backer", "investor"}
ALIAS_LINKS = {"formerly", "previously", "now", "aka", "known", "also"}


UNIT_SUFFIX_RE = re.compile(r"\d+(?:st|nd|rd|th|s|m|bn|mn|k|pc|x|am|pm|kg|km|mw|gw|kw|gb|tb|mb|g|yr|yrs)", re.I)


def digit_name(word: str) -> bool:
    """A word that mixes digits and letters the way names do ("01.AI", "1Password", "4Paradigm"),
    not an amount with a unit ("5bn", "10th", "2020s")."""
    return bool(re.search(r"\d", word) and re.search(r"[A-Za-z]{2,}", word)
                and not UNIT_SUFFIX_RE.fullmatch(word) and not re.fullmatch(r"(FY|Q[1-4]|H[12])\d{2,4}", word, re.I))


@dataclass
class Mention:
    start: int                  # token offsets
    end: int
    sources: set[str] = field(default_factory=set)
    ner: list[str] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    body: dict | None = None
    blocked: bool = False       # quoted brand, "its X" product, "X-based" place
    against: set[str] = field(default_factory=set)  # parse evidence of a product, a label or a place

    def key(self, doc: Doc) -> str:
        return fold(span_text(doc, self.start, self.end))


class OrganisationFinder(NameSpans, OrgMerger):
    def __init__(self, nlp: Language, name: str, *, bodies_path: str = ""):
        """bodies_path: a TOML file laid out like data/bodies.toml, merged over it
        (default: $GIANTS_BODIES, so the command line can use one too)."""
        self.name = name
        self.rules: Rules = load_rules(bodies_path or os.environ.get(BODIES_ENV, ""))
        r = self.rules
        self.matcher_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        for i, body in enumerate(r.bodies):
            for form in [body["name"], *body.get("aliases", [])]:
                exact = (form.isupper() and len(form) <= 6) or has_cjk(form) or len(form) <= 4
                matcher = self.matcher_exact if exact else self.matcher_lower
                matcher.add(f"B{i}", [nlp.make_doc(form)])
        # folded name or alias of a known body -> (its place in the data, the body): the first wins
        self._body_forms: dict[str, tuple[tuple[int, int], dict]] = {}
        for i, body in enumerate(r.bodies):
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

    # ------------------------------------------------------------------ evidence
    def _cues(self, doc: Doc, m: Mention) -> None:
        """Evidence around one mention: cue nouns, appositions, roles; or a context that rules it out.
        The evidence depends only on the span (and whether it is a known exchange), and the same span
        often comes from several sources, so it is worked out once per span and document."""
        key = (m.start, m.end, (m.body or {}).get("type") == "exchange")
        found = self._cue_cache.get(key)
        if found is None:
            probe = Mention(m.start, m.end, body=m.body)
            self._span_cues(doc, probe)
            self._parse_cues(doc, probe)
            found = self._cue_cache[key] = (probe.blocked, probe.cues, probe.sources, probe.against)
        blocked, cues, sources, against = found
        if blocked:
            m.blocked = True
        m.cues |= cues
        m.sources |= sources
        m.against |= against

    def _parse_cues(self, doc: Doc, m: Mention) -> None:
        """What the parse says about the word that heads the span (see orgevidence.py)."""
        if m.blocked or m.end <= m.start:
            return
        root = doc[m.start:m.end].root.i
        found = self._pcues.get(root)
        if found:
            m.cues |= found
            m.sources.add("cue")
        against = self._pagainst.get(root)
        if against:
            if "label" in against and not (found or set()) - {"outlet", "data", "party"}:
                m.blocked = True    # "the Business Services category": a ranking label
            m.against |= against

    def _span_cues(self, doc: Doc, m: Mention) -> None:
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        r = self.rules
        s, e = m.start, m.end
        n = len(doc)
        text = span_text(doc, s, e)
        before = toks[s - 1] if s > 0 else None
        after = toks[e] if e < n else None
        # blocked contexts: quoted brand names, "its X", "X-based", "in X" for a lone ORG tag
        if before is not None and after is not None and before.text in QUOTES and after.text in QUOTES:
            m.blocked = True
            return
        if after is not None and after.lower_ in {"'s", "’s"} and e + 1 < n and (
                fold(tok_text[e + 1]) in r.soft_stop or fold(tok_text[e + 1]) in r.eponym_nouns):
            m.blocked = True    # "Thomson's gazelle": an animal's name
            return
        if text.isupper() and self._hard_break(doc, s) and after is not None and after.text == "," \
                and (e + 1 < n and toks[e + 1].ent_type_ == "DATE" or self._dateline_place(doc, s, e)):
            m.blocked = True    # a dateline: "BERGEN, November 4, 2024 --", "TROMSO, Norway, May 2 --"
            return
        if self._dateline_credit(doc, s, e):
            m.blocked = True    # "HONG KONG, May 2 (Kestrel News) --": byline furniture, not an actor
            return
        if e - s == 1 and tok_low[s] in {"vice", "deputy", "senior", "executive", "acting"} and after is not None \
                and self._title_word(after.text):
            m.blocked = True    # "Vice President Jane Doe": part of a title
            return
        k = e
        while k < n and k < e + 3 and toks[k].is_lower and toks[k].is_alpha:
            k += 1
        if k < n and tok_text[k] == ":" and (s == 0 or self._hard_break(doc, s) or tok_text[s - 1] in {"•", "*", "-", "·"}):
            m.blocked = True    # "• Date joined: 1/18/2017": a field label at the start of a line
            return
        if after is not None and after.lower_ in {"brand", "brands", "product", "products", "model", "app"}:
            m.blocked = True    # "the Little Giant brand": a product, not its maker
            return
        if before is not None and before.lower_ in {"its", "their", "his", "her"} \
                and head_type(text, r) in (None, "company") and not self._is_legal(toks[e - 1]):
            m.blocked = True
            return
        if after is not None and after.text == "-" and e + 1 < n and tok_low[e + 1] in {
                "style", "like", "type", "sized", "scale"}:
            m.blocked = True    # "a Tamsin-style fund": a comparison, not a mention
            return
        if after is not None and after.text == "-" and e + 1 < n and tok_low[e + 1] in {
                "based", "headquartered", "listed", "born", "made"} and not (
                tok_low[e + 1] == "listed" and (m.body or {}).get("type") == "exchange"):
            m.blocked = True    # "Hangzhou-based": a place ("Nasdaq-listed" names the exchange)
            return
        if before is not None and before.is_lower and fold(before.text) in r.product_cues:
            m.blocked = True    # "the messaging app Chatterly": a product, not its maker
            return
        if e - s == 1 and self._hard_break(doc, s) and after is not None and after.is_lower \
                and fold(after.text) in r.company_cues and e + 1 < n and tok_text[e + 1][:1].isupper() \
                and fold(after.text) not in RELATIONAL:
            m.blocked = True    # "Hotel chain X", "Tech giant X": a modifier of the cue noun
            return
        if after is not None and after.text == "-" and e + 1 < n and tok_low[e + 1] in {"backed", "funded"}:
            m.cues.add("backer")
            m.sources.add("cue")
        # "battery company X", "the Beijing company, X", "daily X"
        j = s - 1
        if j >= 0 and tok_text[j] == "," and after is not None and after.text == ",":
            j -= 1      # "the Nanjing company, Velorin, ..."
        if j >= 0:
            cue, j0, _ = self._hyphen_word(doc, j)     # "start-up" is three tokens
            if toks[j].is_lower and cue in r.company_cues \
                    and not (j0 > 0 and tok_low[j0 - 1] == "little") \
                    and not (j0 > 0 and fold(tok_text[j0 - 1] + " " + cue) in r.person_titles) \
                    and not (cue in r.person_titles and toks[s].ent_type_ == "PERSON"):
                m.cues.add(cue)
                m.sources.add("cue")
                if cue in {"agency", "authority", "body"} and j0 > 0 and tok_low[j0 - 1] in r.public_agency_words:
                    m.cues.add("regulator")     # "the state innovation agency X": a public body
        # "a kiosk business called X", "a start-up named X"
        if s >= 2 and tok_low[s - 1] in {"called", "named", "dubbed"} and (
                fold(tok_text[s - 2]) in r.company_cues or s >= 3 and fold(tok_text[s - 2]) in {",", "now"}
                and fold(tok_text[s - 3]) in r.company_cues):
            m.cues.add(fold(tok_text[s - 2]) if fold(tok_text[s - 2]) in r.company_cues else "named")
            m.sources.add("cue")
        # "China's Lanqi", "India's Ravipay": a country's own firm (a person is a family name or PERSON)
        if s >= 2 and tok_low[s - 1] in {"'s", "’s"} and r.place_kind(tok_text[s - 2]) == "country" \
                and e - s <= 3 and all(t.ent_type_ not in ("PERSON", "LOC", "NORP") and t.pos_ in ("PROPN", "NOUN")
                                       for t in toks[s:e]) and not r.place_kind(text) \
                and not any(r.place_kind(w) for w in text.split()) \
                and (e - s == 1 or any(t.ent_type_ in ("ORG", "FAC", "PRODUCT") for t in toks[s:e])) \
                and not any(t.lower_ in LOCAL_LEVELS | {"region", "province", "autonomous", "prefecture", "area"}
                            for t in toks[e:e + 3]) \
                and not (after is not None and after.pos_ in ("PROPN", "NOUN")):
            m.cues.add("homed")
            m.sources.add("cue")
        # "Berlin battery recycler X", "Danish fintech X": a home and a trade before the name
        j = s - 1
        while j >= 0 and j >= s - 3 and toks[j].is_lower and toks[j].pos_ == "NOUN" and toks[j].is_alpha:
            j -= 1
        if s - 1 > j >= 0 and tok_low[s - 1] not in r.person_titles and not self._title_word(tok_text[s - 1]) \
                and fold(tok_text[s - 1]) not in r.product_cues and re.search(r"(?:er|or|ist|ant|ech|up|ancy)$", tok_low[s - 1]) \
                and (r.place_kind(tok_text[j]) or fold(tok_text[j]) in r.nationalities
                     or toks[j].ent_type_ in ("GPE", "NORP")) and toks[s].ent_type_ != "PERSON":
            m.cues.add("descriptor")
            m.sources.add("cue")
        # "CEO of X", "chief executive of X"
        if s >= 2 and tok_low[s - 1] in {"of", "at"} and not (after is not None and after.lower_ in {"'s", "’s"}):
            for title in self.titles_multi:
                k = len(title)
                if s - 1 - k >= 0 and self._lowers[s - 1 - k:s - 1] == title:
                    m.cues.add("role")
                    m.sources.add("cue")
                    break
        # "Tamsin's chief executive, Jane Doe": whoever has a chief executive is an organisation
        if after is not None and after.lower_ in {"'s", "’s"} and toks[s].ent_type_ != "PERSON" \
                and not person_shaped(text.split(), r):
            k = e + 1
            while k < n and k < e + 4 and tok_low[k] in {"former", "new", "then", "rotating", "founding",
                                                          "co", "-", "acting", "deputy"}:
                k += 1
            if any([fold(x.text) for x in toks[k:k + len(tt)]] == tt for tt in self.titles_multi) \
                    and not (k < n and tok_low[k] in {"partner", "owner", "head", "chief"} and k + 1 < n
                             and tok_low[k + 1] in {"of", "in"}):
                m.cues.add("role")
                m.sources.add("cue")
        # "Warren Buffett's Berkshire Hathaway": what a person owns is a firm
        if s >= 2 and tok_low[s - 1] in {"'s", "’s"} and toks[s - 2].ent_type_ == "PERSON" \
                and toks[s].ent_type_ != "PERSON" or s >= 2 and tok_low[s - 1] in {"'s", "’s"} \
                and toks[s - 2].ent_type_ == "PERSON" and toks[s].ent_iob_ == "B" and e - s > 1:
            m.cues.add("owned")
            m.sources.add("cue")
        # "raised $5 million from X", "a round led by X", "backed by X"
        if s >= 2 and tok_low[s - 1] == "from" and any(t.ent_type_ == "MONEY" for t in toks[max(0, s - 4):s - 1]):
            m.cues.add("backer")
            m.sources.add("cue")
        if s >= 2 and tok_low[s - 1] == "by" and tok_low[s - 2] in {"led", "backed", "funded", "co-led"}:
            m.cues.add("backer")
            m.sources.add("cue")
        # "investors including X, Y and Z", "backers such as X": the list shares the cue
        lead = self._lowers[max(0, s - 3):s]
        if lead[-2:] in (["investors", "including"], ["backers", "including"], ["investors", "include"],
                         ["backers", "include"]) or lead in (["investors", "such", "as"], ["backers", "such", "as"]):
            m.cues.add("backer")
            m.sources.add("cue")
        # "database of X", "stake in X", "bought X"
        for pattern in DATA_CUES:
            k = len(pattern)
            if s - k >= 0 and self._lowers[s - k:s] == list(pattern):
                if pattern[0] in {"shares", "stake", "stakes", "listing", "acquisition"}:
                    m.cues.add("held")    # only firms have shares and stakes: firm evidence
                m.cues.add("data")
                m.sources.add("cue")
        # apposition: "X, a UK-based startup", "X (No. 41), based in ...", "X, whose founders"
        j = e
        if j < n and tok_text[j] == "(":
            close = next((k for k in range(j, min(n, j + 12)) if tok_text[k] == ")"), None)
            if close is not None:
                inner = doc[j + 1:close]
                if inner and (inner[0].text in CURRENCY_START or any(t.ent_type_ == "MONEY" for t in inner)):
                    m.cues.add("value")
                    m.sources.add("cue")
                j = close + 1
        if j + 1 < n and tok_text[j] == "," and tok_low[j + 1] in APPOSITION_STARTS:
            first = tok_low[j + 1]
            if first in {"based", "headquartered", "whose"}:
                m.cues.add("based")
                m.sources.add("cue")
            for k in range(j + 1, min(n, j + 14)):
                t = toks[k]
                if t.text in {",", ".", ";", ":", "(", ")", "—", "–"} or t.is_sent_start and k > j + 1:
                    break
                if t.lower_ in STOP_PREPS and first not in {"based", "headquartered"}:
                    break
                word, _, k_end = self._hyphen_word(doc, k)
                if t.is_lower and word in r.company_cues:
                    if k > j + 1 and fold(tok_text[k - 1]) in r.person_titles or word in r.person_titles:
                        break       # "X, a partner at ...", "X, the managing director"
                    if k_end < n and tok_low[k_end] in {"'s", "’s"}:
                        continue    # "X, the company's co-founder": the company is not X
                    if k_end < n and toks[k_end].pos_ in ("NOUN", "PROPN") and toks[k_end].is_lower:
                        continue    # "the park's giant pandas": a modifier, not the head
                    if k_end < n and toks[k_end].tag_ in ("VBZ", "VBD", "VBP", "MD"):
                        break       # "..., the firm is": a new clause, not an apposition
                    m.cues.add(word)
                    m.sources.add("cue")
                    break
                if fold(t.text) in r.person_titles and t.is_lower:
                    break
                if t.tag_ in ("VBZ", "VBD", "VBP", "MD") and k > j + 1:
                    break       # "Nationwide, the batch covers 3,600 firms": a clause, not an apposition
        # "X co-founder and co-CEO <person>", "X CEO <person>"
        k = e
        while k < n and k < e + 8 and (fold(tok_text[k]) in r.person_titles or tok_low[k] in {
                "and", "-", "co", "former", "chief", "executive", "managing", "&"}):
            k += 1
        if k > e and k < n and toks[k].ent_type_ == "PERSON" and fold(tok_text[k - 1]) in r.person_titles:
            m.cues.add("role")
            m.sources.add("cue")
        # firm evidence that outweighs a given name ("Priya Softworks"): "Kochi-based X",
        # "X, which makes ...", "X was set up in 2019", "X founder <person>", "compiled by X"
        k = s - 1      # "Virginia-based social media X": up to three describing words between
        while k > s - 4 and k >= 0 and toks[k].is_lower and toks[k].is_alpha and tok_low[k] not in {"based", "headquartered"}:
            k -= 1
        if k >= 2 and tok_low[k] in {"based", "headquartered"} and tok_text[k - 1] == "-" \
                and toks[k - 1].whitespace_ == "" and not (k < s - 1 and tok_low[s - 1] in r.person_titles):
            m.cues.add("based-pre")
            m.sources.add("cue")
        j = e
        if j < n and tok_text[j] in {"(", "（"}:
            close = next((k for k in range(j, min(n, j + 12)) if tok_text[k] in {")", "）"}), None)
            j = close + 1 if close is not None else j
        if j < n and tok_text[j] == ",":
            j += 1
        if j + 1 < n and tok_low[j] in {"which", "that"} and fold(tok_text[j + 1]) in r.firm_verbs:
            m.cues.add("does")
            m.sources.add("cue")
        k = e + 1 if e < n and tok_text[e] == "," else e
        if k < n and tok_low[k] in {"was", "is", "were", "has", "had", "been"}:
            k += 1
            if k < n and tok_low[k] == "been":
                k += 1
        if k + 1 < n and (tok_low[k] in {"founded", "established", "incorporated", "registered", "spun"}
                          or tok_low[k] == "set" and tok_low[k + 1] == "up") and k > e:
            m.cues.add("founded")
            m.sources.add("cue")
        if after is not None and after.is_lower and fold(after.text) in {"founder", "co-founder", "cofounder", "ceo"} \
                and e + 1 < n and toks[e + 1].ent_type_ == "PERSON" and tok_text[e + 1][:1].isupper():
            m.cues.add("staff")
            m.sources.add("cue")
        # ranking entries: "second place went to (Oslo's) X", "third to X", "X came second"
        j = s - 1
        if j >= 2 and tok_low[j] in {"'s", "’s"} and tok_text[j - 1][:1].isupper():
            j -= 2
        if j >= 1 and tok_low[j] == "to" and not (after is not None and after.lower_ in {"'s", "’s"}) and (
                toks[j - 1].ent_type_ == "ORDINAL" or tok_low[j - 1] in {"went", "goes", "go"} and j >= 2
                and tok_low[j - 2] in {"place", "spot", "prize", "award", "title", "position", "slot"}):
            m.cues.add("ranked")
            m.sources.add("cue")
        if e + 1 < n and tok_low[e] in {"came", "finished", "placed", "ranked", "took"} and (
                toks[e + 1].ent_type_ == "ORDINAL" or e + 2 < n and toks[e + 2].ent_type_ == "ORDINAL"):
            m.cues.add("ranked")
            m.sources.add("cue")
        if s >= 2 and tok_low[s - 1] == "by" and tok_low[s - 2] in {"compiled", "collected", "tracked",
                                                                           "published", "conducted", "run"}:
            m.cues.add("data")
            m.sources.add("cue")
        # "X shares rose", "X stock": only firms have shares
        if after is not None and after.lower_ in {"shares", "stock", "stocks"} and after.is_lower:
            m.cues.add("listed")
            m.sources.add("cue")
        if after is not None and after.lower_ in {"led", "co-led"} and e + 2 < n and \
                any(t.lower_ in {"round", "investment", "funding"} for t in toks[e + 1:e + 4]):
            m.cues.add("backer")
            m.sources.add("cue")
        # "KRAV found that ...": an acronym as the subject of a verb
        if e - s == 1 and text.isupper() and text.isalpha() and len(text) >= 3 and toks[s].dep_ == "nsubj":
            m.cues.add("subject")
            m.sources.add("cue")

    # ------------------------------------------------------------------ main
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
        doc._.organizations = orgs
        doc._.people = people
        doc._.places = places
        return doc

    @staticmethod
    def _hyphen_word(doc: Doc, i: int) -> tuple[str, int, int]:
        """The hyphenated word that token i belongs to ("start-up"), folded, with its token range."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        s = e = i
        while s >= 2 and tok_text[s - 1] == "-" and toks[s - 1].whitespace_ == "" and toks[s - 2].whitespace_ == "":
            s -= 2
        while e + 2 < len(doc) and tok_text[e + 1] == "-" and toks[e].whitespace_ == "" \
                and toks[e + 1].whitespace_ == "":
            e += 2
        return fold(span_text(doc, s, e + 1)), s, e + 1

    def _surnamed(self, doc: Doc, words: list[str]) -> bool:
        """Two plain capitalised words whose LAST word recurs alone ("Marta Wolna ... Wolna said")
        and whose first never does: people are shortened to a surname, firms to a first word."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        if len(words) != 2 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
            return False
        if head_type(" ".join(words), self.rules) is not None or any(
                self.rules.company_word(w) or self.rules.place_kind(w) for w in words):
            return False    # "Rentbox Denmark": a country after a name is no surname

        if any(re.match(r",\s*\d{2},", doc_text(doc)[toks[m.end - 1].idx + len(tok_text[m.end - 1]):][:6])
               for m in self._keys.get(fold(" ".join(words)), [])):
            return True     # "Jane Doe, 41, said": an age
        n = len(toks)

        def alone(word: str) -> int:
            return sum(1 for i, w in enumerate(tok_text) if w == word
                       and not (i + 1 < n and tok_text[i + 1][:1].isupper() and toks[i + 1].is_alpha)
                       and not (i > 0 and tok_text[i - 1][:1].isupper() and toks[i - 1].is_alpha
                                and not toks[i].is_sent_start))
        return alone(words[1]) > 0 and alone(words[0]) == 0

    def _person_tagged(self, ms: list[Mention], words: list[str]) -> bool:
        """Two or three plain capitalised words the model calls a person more often than anything
        else, with no company word: a person's name (the parse cues alone do not outweigh it)."""
        if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
            return False
        if head_type(" ".join(words), self.rules) is not None or any(self.rules.company_word(w) for w in words) \
                or self.rules.place_kind(words[-1]):
            return False    # "Rentbox Denmark": a firm's national arm
        labels = [lab for m in ms for lab in m.ner]
        return labels.count("PERSON") > len(labels) / 2

    def _place_possessive(self, doc: Doc, m: Mention) -> bool:
        """'X's Y' with Y a capitalised name that is not a title or a body part of X."""
        toks = tokens_of(doc)
        tok_low = lowers_of(doc)
        k = m.end
        if not (k + 1 < len(doc) and tok_low[k] in {"'s", "’s"}):
            return False
        nxt = toks[k + 1]
        return nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper \
            and fold(nxt.text) not in self.rules.person_titles and not nxt.is_sent_start \
            and head_type(nxt.text, self.rules) in (None, "company") \
            and nxt.ent_type_ not in ("GPE", "LOC", "DATE") \
            and not (nxt.ent_type_ == "PERSON" and k + 2 < len(doc) and toks[k + 2].ent_iob_ == "I")

    def _titled(self, doc: Doc, ms: list[Mention], words: list[str]) -> bool:
        """A personal name after a job title at every mention ("Chief executive Jane Doe", "said
        partner Jane Doe"), not "CEO of X" and not a name with a head word."""
        toks = tokens_of(doc)
        if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
            return False
        if head_type(" ".join(words), self.rules) is not None or any(
                self.rules.company_word(w) for w in words):
            return False
        for m in ms:
            if not any(m.start - len(tt) >= 0 and [fold(x.text) for x in toks[m.start - len(tt):m.start]] == tt
                       for tt in self.titles_multi):
                return False
        return True

    @staticmethod
    def _dateline_place(doc: Doc, s: int, e: int) -> bool:
        """An all-caps place opening a line, then a comma and a short run ending in a dash or an
        agency in parentheses: "TROMSO, Norway, May 2 --"."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        text = doc_text(doc)
        start, end = toks[s].idx, toks[e - 1].idx + len(tok_text[e - 1])
        if text[text.rfind("\n", 0, start) + 1:start].strip():
            return False
        return bool(re.match(r",[^\n]{0,50}?(?:--|—|–| - |\()", text[end:end + 60]))

    @staticmethod
    def _dateline_credit(doc: Doc, s: int, e: int) -> bool:
        """A news agency credited in a dateline: "CITY, Month Day (Agency) --" at a line start."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        return dateline_credit_at(doc_text(doc), toks[s].idx, toks[e - 1].idx + len(tok_text[e - 1]))

    @staticmethod
    def _enumerated_name(doc: Doc, s: int, e: int) -> bool:
        """"Ministry of Micro, Small and Medium Enterprises": a head with "of"/"for" whose
        complement is a capitalised list ending in "and"; its commas do not split it."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        while s < e and tok_low[s] == "the":
            s += 1
        if e - s < 5 or fold(tok_text[s]) not in OF_HEADS or tok_low[s + 1] not in {"of", "for"}:
            return False
        commas = [t.i for t in toks[s:e] if t.text == ","]
        if not commas:
            return False
        last = commas[-1]
        return all(tok_text[i + 1][:1].isupper() for i in commas if i + 1 < e) and any(
            t.lower_ in {"and", "&"} for t in toks[last + 1:e])

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

    @staticmethod
    def _heading_tokens(doc: Doc) -> set[int]:
        """Tokens of subheadings: a short Title-Case line without closing punctuation between
        longer lines ("Venture Capital Insights", "Driving Innovation"). A name seen only there
        is read as part of a headline, not as an organisation the text is about."""
        toks = tokens_of(doc)
        text = doc_text(doc)
        lines = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, pos + len(line), line.strip()))
            pos += len(line) + 1
        out: set[int] = set()
        long_lines = [len(l.split()) > 15 for _, _, l in lines]
        for k, (a, b, line) in enumerate(lines):
            words = [w for w in re.findall(r"[^\W\d_][\w'’&.-]*", line)]
            if not 2 <= len(words) <= 10 or line[-1:] in ".!?:;," or re.match(r"[\d•*\-–—#(]", line):
                continue
            if not all(w[:1].isupper() or len(w) <= 3 or has_cjk(w) for w in words):
                continue
            near = [long_lines[j] for j in (k - 1, k + 1, k - 2, k + 2) if 0 <= j < len(lines) and lines[j][2]]
            if not any(near[:2]):
                continue    # a block of short lines: a list of names, not a heading
            out.update(i for i, t in enumerate(toks) if a <= t.idx < b)
        return out

    def _title_end(self, doc: Doc) -> int:
        title = doc._.title
        if title and doc_text(doc).lstrip().startswith(title):
            return doc_text(doc).index(title) + len(title)
        first = doc_text(doc).split("\n", 1)[0]
        if "\n" in doc_text(doc) and len(first) < 200 and not first.rstrip().endswith((".", "?", "!")):
            return len(first)
        return 0

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
        self._count_mentions(doc, orgs, title_end)
        people = find_people(doc, orgs, r)
        places = find_places(doc, orgs, r)
        out = []
        for org in orgs:
            kind, is_company = org_type(org["name"], org["cues"], r, org["body"] or self._body_prefix(org["name"]))
            out.append({"name": org["name"], "aliases": org["aliases"], "type": kind, "is_company": is_company,
                        "mentions": len(org["spans"]), "mention_spans": org["spans"]})
        self.facts.annotate(doc, out)
        return out, people, places

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
                if t.lower_ in {"'s", "’s"} and t.i + 1 < ent.end and tok_text[t.i + 1][:1].isupper() \
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
                cands.append(Mention(s2, e2, {"chunk"}))
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

    def _accept(self, doc: Doc, units, keys: dict[str, list[Mention]], title_end: int) -> dict[str, str]:
        """Surface forms that name organisations -> the reason."""
        r = self.rules
        # parts of people's names ("Wu" after "Wu Gansha") are not organisations
        person_ents = [ent[:-1] if ent[-1].lower_ in {"'s", "’s"} else ent for ent in doc.ents if ent.label_ == "PERSON"]
        person_ents = [ent for ent in person_ents if 1 < len(ent) <= 3
                       and all(t.is_alpha and t.text[:1].isupper() for t in ent)
                       and not any(r.company_word(t.text) for t in ent)]
        person_last = {fold(ent[-1].text) for ent in person_ents} | {fold(ent[0].text) for ent in person_ents}
        # "PETER LAWRENCE 'YOGI' BERRA (1925)": a name in capitals, quoted nickname and all
        for ent in doc.ents:
            words = [t.text for t in ent if t.is_alpha]
            if ent.label_ == "PERSON" and ent.text.isupper() and 2 <= len(words) <= 4:
                person_last |= {fold(words[0]), fold(words[-1])}
        self._keys = keys           # per document: all surface forms, for the verdicts
        accepted: dict[str, str] = {}   # key -> reason
        # longer names first: a PERSON-tagged organisation ("Kerun Intelligent Control") does not
        # make its first word a person's name
        multi = [(k, ms) for k, ms in keys.items() if len(k.split()) > 1]
        single = [(k, ms) for k, ms in keys.items() if len(k.split()) <= 1]
        for key, ms in multi:
            verdict = self._verdict(doc, key, ms, title_end, person_last)
            if verdict:
                accepted[key] = verdict
        person_ents = [ent for ent in person_ents if fold(ent.text) not in accepted]
        person_last = {fold(ent[-1].text) for ent in person_ents} | {fold(ent[0].text) for ent in person_ents}
        for key, ms in single:
            verdict = self._verdict(doc, key, ms, title_end, person_last)
            if verdict:
                accepted[key] = verdict

        # lists: "Zentra, Build.Hub, Kavio and Orbly" share the fate of their organisations
        self._propagate_lists(doc, units, keys, accepted, person_last)
        # short forms: "Tamsin" beside "Tamsin Group Holding", "Corda" beside "Corda Global Alliance"
        person_ents = [ent for ent in person_ents if fold(ent.text) not in accepted]
        person_last = {fold(ent[-1].text) for ent in person_ents} | {fold(ent[0].text) for ent in person_ents}
        self._accept_short_forms(doc, keys, accepted, person_last)
        # "the Midtown Brewbean": a word before a firm's name, found only by the model
        for key in [k for k, why in accepted.items() if why == "ner" and " " in k]:
            words = key.split()
            for i in range(1, len(words)):
                tail = " ".join(words[i:])
                if tail in accepted and head_type(" ".join(words[:i]), r) is None \
                        and not any(w in r.company_heads for w in words[:i]):
                    del accepted[key]
                    break
        return accepted

    def _choose(self, doc: Doc, keys, accepted, title_end: int) -> list[Mention]:
        """The mentions kept: the longest accepted candidate wins where they overlap; a name
        seen only in a title-case headline needs support from the body."""
        toks = tokens_of(doc)
        chosen: list[Mention] = []
        taken = [False] * len(doc)
        order = sorted((m for key, ms in keys.items() if key in accepted for m in ms if not m.blocked),
                       key=lambda m: (-(m.end - m.start), m.start))
        for m in order:
            if any(taken[m.start:m.end]):
                continue
            for i in range(m.start, m.end):
                taken[i] = True
            chosen.append(m)
        chosen.sort(key=lambda m: m.start)
        in_body = {m.key(doc) for m in chosen if toks[m.start].idx >= title_end or "legal" in m.sources
                   or accepted.get(m.key(doc)) in ("short", "list", "cue", "known")}
        return [m for m in chosen if m.key(doc) in in_body]

    def _verdict(self, doc: Doc, key: str, ms: list[Mention], title_end: int, person_last: set[str]) -> str | None:
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        r = self.rules
        text = span_text(doc, ms[0].start, ms[0].end)
        sources = set().union(*(m.sources for m in ms if not m.blocked)) if any(not m.blocked for m in ms) else set()
        cues = set().union(*(m.cues for m in ms if not m.blocked)) if sources else set()
        if any(m.body for m in ms):
            return "known"
        bare = key[4:] if key.startswith("the ") else key
        words = text.split()
        if not any(c.isupper() or c.isdigit() for c in text) and not has_cjk(text):
            return None     # "jargon", "edtech": no capital, no name
        if not any(c.isalpha() for c in text) and not has_cjk(text):
            return None
        if toks[ms[0].start].ent_type_ in NUMERIC_ENTS and not digit_name(tok_text[ms[0].start]) \
                or re.fullmatch(r"(FY|Q[1-4]|H[12])[\s-]?\d{2,4}", text) or len(text) == 1 \
                or re.fullmatch(r"(pre-)?series [a-z]\d?\+?(-\d)?", key) \
                or re.fullmatch(r"[A-Z]{2,6}-\d{1,4}", text) and not cues:   # "COVID-19": a code
            return None     # "2023", "15 million" (but "01.AI", "1Password" are names)
        if key in r.hard_stop or bare in r.hard_stop or key in r.nationalities:
            return None
        if has_cjk(text) and any(term in text for term in CJK_TERMS):
            return None     # 专精特新"小巨人"企业: the Chinese name of a category, not of a firm
        if any(has_cjk(w) and re.search(r"[A-Za-z]", w) and re.search(r"[(（)）]", w) for w in words):
            return None     # "Ltd.(苏州…": a legal suffix glued to a Chinese name, left unsplit by the tokenizer
        if re.search(r"-(?:style|like|type|sized|scale|based|backed|owned)$", key):
            return None     # "Tamsin-style", "Tamsin-backed": an adjective built on a name
        if re.match(r"(?:non|ex|anti|pro|pre|post|mid|then|former|would-be)-", key):
            return None     # "non-Apple phones", "ex-Ravipay": a prefix makes it no mention of a body
        if any(odd_case(w) for w in words) and not (cues & r.company_cues):
            return None     # "MoNeY": noise (but "gaming platform maHoTo" is a name)
        if r.place_kind(text) and not (sources & {"legal"}):
            return None
        last = fold(words[-1].strip(".,")) if words else ""
        if last in r.non_org_heads and "legal" not in sources and not (cues & PARSE_EVIDENCE):
            return None
        if any(fold(w) in r.soft_stop for w in words) or bare in r.soft_stop:
            # category words ("Unicorn", "Gazelle") name a body only with a cue noun ("the bicycle maker Unicorn")
            institutional = head_type(text, r) in ("ngo", "government", "university", "exchange") and len(words) > 2
            if not institutional and not (cues & r.company_cues) and "legal" not in sources:
                return None
        # multi-word names are capitalised throughout
        if len(words) > 1 and "possessive" not in sources:
            for w in words:
                if w.islower() and fold(w) not in CONNECTORS and not w.startswith("(") and w not in {"plc", "sized"}:
                    return None
        if head_type(text, r) is None and all(fold(w) in r.person_titles or fold(w) in CONNECTORS for w in words):
            return None
        if all(fold(w.strip(".,")) in self._generic for w in words):
            return None
        if any(w in {"And", "Of", "For", "The"} for w in words[1:]) and not (sources & {"legal"}) \
                and not all(m.start in self._flat for m in ms):
            return None     # "Industry And Information Technology officials": a capitalised fragment
        # "Tamsin and Velorin": two names the model joined
        of_name = len(words) > 2 and fold(words[0]) in OF_HEADS and fold(words[1]) in {"of", "for"}
        for sep in (" and ", " & ", ", "):
            if sep in text and not of_name:
                left, right = text.split(sep, 1)
                if fold(left) in self._keys and fold(right) in self._keys and right.rstrip(".") not in self.legal:
                    return None
        # "Midtown Brewbean", "German Velomark Cycle": a place word before another candidate
        if len(words) > 1 and (r.place_kind(words[0]) or fold(words[0]) in r.nationalities) \
                and fold(" ".join(words[1:])) in self._keys and "legal" not in sources:
            return None
        # "Hotel chain X": a common noun capitalised only at the start of a sentence
        if len(words) == 1 and all(self._hard_break(doc, m.start) or m.start == 0 for m in ms) \
                and re.search(r"(?<![\w-])" + re.escape(text.lower()) + r"(?![\w-])", doc_text(doc)):
            return None
        # "quality management system (QMS)", "Zhongguancun (ZGC) Forum": the acronym of a non-organisation
        if len(words) == 1 and text.isupper():
            for m in ms:
                if m.start >= 2 and tok_text[m.start - 1] == "(" and m.end < len(doc) and tok_text[m.end] == ")":
                    nxt = toks[m.end + 1] if m.end + 1 < len(doc) else None
                    if toks[m.start - 2].is_lower or (nxt is not None and fold(nxt.text) in r.non_org_heads):
                        return None
        if toks[ms[0].start].tag_ == "VBG":
            return None
        live = [m for m in ms if not m.blocked]
        if not live:
            return None
        if not (sources & {"legal", "known"}) and head_type(text, r) not in ("company", "investor", "exchange",
                                                                            "government", "university", "ngo"):
            against = [m.against for m in live]
            if not cues and any("product" in a for a in against):
                return None     # "makes Fortnite": a product, not its maker
            if not (cues & (PARSE_EVIDENCE | r.company_cues)) and all("place" in a for a in against):
                return None     # "offices in Minas Gerais": only ever a place
        if len(words) == 1 and not (sources & {"legal", "known"}) and not cues and len(live) == len(ms) \
                and all(self._place_possessive(doc, m) for m in live) \
                and sum(1 for t in toks if t.text == text) == len({m.start for m in ms}):
            return None     # "went to Tartu's Kelder": a lone possessor before a firm's name is its home town
        firm_cues = {c for c in cues if (c in r.company_cues or c in FIRM_EVIDENCE) and c not in r.person_titles
                     and c not in {"partner", "partners", "owner", "leader", "player", "players",
                                   "investor", "backer", "specialist", "pioneer"}}
        if not (sources & {"legal", "known"}) and not firm_cues and (
                person_shaped(words, r) or self._titled(doc, live, words) or self._surnamed(doc, words)
                or self._person_tagged(live, words) and not (cues & PERSON_PROOF or len(cues & PARSE_EVIDENCE) >= 2)):
            return None     # "Tang Meiling", "chief executive Jane Doe": a person unless called a firm

        body_mentions = [m for m in live if toks[m.start].idx >= title_end
                         and (m.start not in self._headings or m.cues)]
        if all(m.start in self._flat for m in live):
            # all-caps or title-case text: only short names with firm evidence
            if not (sources & {"legal", "known"}) and (len(words) > 3 or any(
                    doc.vocab[w.lower()].is_stop for w in words) or not (sources & {"cue", "list"} or "ORG" in [
                    lab for m in live for lab in m.ner])):
                return None
        if len(words) == 1 and key in person_last and not firm_cues and not (sources & {"legal", "known"}):
            return None     # "Musk" after "Elon Musk": a person's surname, whatever it does
        strong = sources & {"legal", "cue", "head", "possessive"}
        if not body_mentions and not (sources & {"legal"}):
            return None
        if len(words) == 1 and not (sources & {"legal", "known"}) and cues <= PARSE_EVIDENCE and all(
                (m.start == 0 or toks[m.start].is_sent_start or self._hard_break(doc, m.start))
                and toks[m.start].tag_ in ("NNS", "NN") and "ORG" not in m.ner
                and fold(toks[m.start].lemma_) in r.company_cues for m in live):
            # "Banks have extended loans", "Lenders raised rates": the plain noun for a kind of
            # organisation, capitalised by its place; the role the parse gives it (subject of a
            # business verb) does not make it a name
            return None
        if strong:
            return "cue"
        if fold(words[-1]) in {"park", "campus", "estate"} and all(
                (m.start > 0 and tok_low[m.start - 1] in {"at", "in", "inside", "near", "on", "of"}
                 and "ORG" not in m.ner) or (m.ner and set(m.ner) <= {"FAC", "LOC", "GPE"}) for m in live):
            return None     # "a tenant of Nanhu Science Park": a site, not the body that runs it
        # head words: "Qiaoxi New Area", "Velorin Robotics", "City Aquarium"
        kind = head_type(text, r)
        if kind is not None and len(words) > 1:
            return "head"
        if len(words) == 1 and all((m.start == 0 or toks[m.start].is_sent_start or self._hard_break(doc, m.start))
                                   and m.end < len(doc) and tok_text[m.end] == "," and toks[m.start].pos_ == "ADV"
                                   for m in live):
            return None     # "Nationwide, the batch covers ...": an opening adverb the model tags ORG
        if len(words) == 1 and all((m.start == 0 or toks[m.start].is_sent_start or self._hard_break(doc, m.start))
                                   and toks[m.start].tag_ not in ("NNP", "NNPS") for m in live):
            return None     # "Median rounds grew": a common word capitalised by its place, tagged so
        ner = [lab for m in body_mentions if m.start not in self._flat for lab in m.ner]
        n_org = ner.count("ORG")
        n_person = ner.count("PERSON")
        if len(words) == 1 and key in person_last:
            return None
        if n_person and len(words) > 1 and fold(words[-1]) in r.countries:
            return "person-with-country"   # "Rentbox Denmark"
        if n_org and len({m.start for m in live}) == 1 and text.isupper() and text.isalpha() and len(text) <= 4 and \
                toks[live[0].end - 1].dep_ in ("compound", "amod", "nmod") and toks[live[0].end - 1].head.is_lower:
            return None     # "NLP models", "DIY kits": a short capitalised term modifying a noun, once
        if n_org:   # tagged ORG once is enough: the model mislabels the same firm elsewhere
            if len(words) == 1 and all(m.start > 0 and tok_low[m.start - 1] in {"in", "at", "near"} for m in live):
                return None     # "the plant in Skelleftea": a place the model calls ORG
            return "ner"
        if len(words) == 1 and text.isupper() and len(text) >= 3 and text.isalpha() and ner:
            # acronyms the model tags as anything are organisations, not people ("KRAV")
            if not any(lab in ("GPE", "LOC", "NORP") for lab in ner):
                return "acronym"
        return None

    def _propagate_lists(self, doc, units, keys, accepted, person_last) -> None:
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        r = self.rules
        # spans of accepted names with inner words: "Ministry of Industry and Information Technology"
        inside = [(m.start, m.end) for k, ms in keys.items() if k in accepted and " " in k for m in ms]
        for items in self._list_items(doc, units):
            if any(s0 <= s and e <= e0 and (e0 - s0) > (e - s) for s, e in items for s0, e0 in inside):
                continue    # words of one longer name, not a list
            cleaned = []
            for s, e in items:
                s, e = self._clean(doc, s, e)
                if s < e:
                    cleaned.append((s, e))
            if len(cleaned) < 2:
                continue
            texts = [span_text(doc, s, e) for s, e in cleaned]
            folded = [fold(t) for t in texts]
            places = sum(1 for t in texts if r.place_kind(t))
            orgish = sum(1 for k in folded if k in accepted)
            persons = sum(1 for s, e in cleaned if toks[s].ent_type_ == "PERSON" and e - s > 1
                          and fold(span_text(doc, s, e)) not in accepted and head_type(span_text(doc, s, e), r) is None)
            # "Narvik's Fjordlys, Molde's Kystnett and Tartu's Kelder": names each after a home town
            homed = sum(1 for s, e in cleaned if s >= 2 and tok_low[s - 1] in {"'s", "’s"}
                        and tok_text[s - 2][:1].isupper() and e - s <= 3)
            if homed >= 3 and homed == len(cleaned) and not persons:
                orgish = max(orgish, 1)
            if not orgish or places * 2 >= len(cleaned) or persons * 2 >= len(cleaned):
                continue
            if len(cleaned) == 2 and orgish < 1:
                continue
            if cleaned[0][0] in self._flat and (orgish * 3 < len(cleaned) or any(e - s > 3 for s, e in cleaned)):
                continue    # all-caps text: only lists that are plainly lists of names
            # investors listed together share the cue ("X and Y led the round")
            shared = set()
            for s, e in cleaned:
                for m in keys.get(fold(span_text(doc, s, e)), []):
                    if m.start == s and m.end == e:
                        shared |= m.cues & r.investor_cues
            for (s, e), t, k in zip(cleaned, texts, folded):
                if shared and k in accepted:
                    keys[k].append(Mention(s, e, {"list"}, cues=set(shared)))
                if k in accepted or r.place_kind(t) or k in r.hard_stop or k in r.nationalities:
                    continue
                if "product" in self._pagainst.get(doc[s:e].root.i, ()):
                    continue    # "technologies such as X, Y and Z": products beside a firm's name
                if k in r.soft_stop or (e - s == 1 and k in person_last) or len(t) > 60:
                    continue
                if any(w.islower() and fold(w) not in CONNECTORS for w in t.split()[1:]) or "'" in t or "’" in t:
                    continue
                if any(fold(w) in r.soft_stop or fold(w) in r.nationalities for w in t.split()):
                    continue
                if toks[s].is_sent_start and toks[s].is_stop:
                    continue
                if toks[s].ent_type_ == "PERSON" and e - s > 1 and head_type(t, r) is None and len(cleaned) < 5:
                    continue    # "in Shanghai, Jane Doe, Velorin's co-founder": a person among names
                accepted[k] = "list"
                keys.setdefault(k, []).append(Mention(s, e, {"list"}, cues=set(shared)))

    def _accept_short_forms(self, doc, keys, accepted, person_last) -> None:
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        r = self.rules
        long_words = {k: self._unplaced(k.split()) for k in accepted}
        for key, ms in keys.items():
            if key in accepted or len(key) < 3 or key in person_last or key in r.hard_stop or key in r.soft_stop:
                continue
            text = span_text(doc, ms[0].start, ms[0].end)
            if r.place_kind(text) or not text[:1].isupper() or all(m.blocked for m in ms):
                continue
            if any(fold(w) in r.nationalities for w in text.split()) or (" and " in key):
                continue
            standalone = [m for m in ms if not (m.end < len(doc) and (
                tok_text[m.end] == "(" and not (m.end + 1 < len(doc) and has_cjk(tok_text[m.end + 1])) or (
                    tok_text[m.end][:1].isupper() and toks[m.end - 1].whitespace_)))]
            if not standalone:
                continue    # "Zhongguancun (ZGC) Forum": a modifier, not a name
            words = key.split()
            owners = [k for k, lw in long_words.items() if len(lw) > len(words) and lw[:len(words)] == words
                      and "'s" not in lw[len(words) - 1] and lw[len(words)] not in CONNECTORS]
            # "Kelvo" beside "Minhe Kelvo Optical Film Co.": a district name before the brand
            owners += [k for k in accepted if k not in owners and len(k.split()) > len(words) + 1
                       and k.split()[1:len(words) + 1] == words and self._place_led(self._text_of(doc, k))]
            # "Qingshan" beside "Qingshan Data" and "Qingshan Data Technology": one body
            def bare(k):
                return [w.strip(".,") for w in k.split()]
            owners = [k for k in owners if not any(o != k and bare(k)[:len(bare(o))] == bare(o) for o in owners)] \
                if len(owners) > 1 else owners
            same_core = [k for k in owners if core_words(k, r) == core_words(key, r)]
            if len(owners) > 1 and len(same_core) == 1:
                owners = same_core    # "Tamsin" is "Tamsin Holdings Ltd.", not "Tamsin Music ..."
            if len(owners) > 1:   # "Tamsin" beside "Tamsin Group Holding" and "Tamsin Vision Fund"
                owners = [k for k in owners if not self._distinct_body(" ".join(k.split()[len(words):]))]
            # "Provincial" is no short form of "Zhejiang provincial government"
            owners = [k for k in owners if all(w[:1].isupper() or not w[:1].isalpha() for w in
                                               self._unplaced(self._text_of(doc, k))[:len(words)])]
            if len(owners) == 1 and head_type(text, r) in (None, "company"):
                accepted[key] = "short"

    def _text_of(self, doc: Doc, key: str) -> list[str]:
        ms = self._keys.get(key)
        return span_text(doc, ms[0].start, ms[0].end).split() if ms else key.split()

    def _unplaced(self, words: list[str]) -> list[str]:
        """Name words without a leading place: "Changzhou Xingyu Automotive" -> "Xingyu Automotive"
        (Chinese firms are called by the part after the city). Names of two words keep theirs."""
        for k in (2, 1):
            if len(words) > k + 1 and self.rules.place_kind(" ".join(words[:k])):
                return words[k:]
        return words

    def _distinct_body(self, rest: str) -> bool:
        """Whether the words that extend a short name make another body ("... Vision Fund")."""
        return head_type(rest, self.rules) in ("investor", "exchange", "university", "ngo", "government", "media")

    def _alias_links(self, doc, keys, accepted) -> dict[str, str]:
        """"A, formerly B" and "A (B)": B names the same body as A. When one of the two is
        an organisation, so is the other ("Brightpeak, formerly Halden Capital Asia")."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        r = self.rules
        links: dict[str, str] = {}
        longest_end: dict[int, tuple[int, str]] = {}
        longest_start: dict[int, tuple[int, str]] = {}
        for k, ms in keys.items():
            for m in ms:
                if m.blocked:
                    continue
                if m.end not in longest_end or longest_end[m.end][0] > m.start:
                    longest_end[m.end] = (m.start, k)
                if m.start not in longest_start or longest_start[m.start][0] < m.end:
                    longest_start[m.start] = (m.end, k)

        def usable(k: str) -> bool:
            ms = keys[k]
            text = span_text(doc, ms[0].start, ms[0].end)
            return k not in r.hard_stop and k not in r.soft_stop and not r.place_kind(text) and \
                (text[:1].isupper() or has_cjk(text)) and len(k) > 1

        for e, (s, a) in longest_end.items():
            j = e
            paren = False
            if j + 1 < len(doc) and tok_text[j] == "," and tok_low[j + 1] in ALIAS_LINKS:
                j += 2
                if j + 1 < len(doc) and tok_low[j - 1] in {"known", "also"} :
                    j += 1 if tok_low[j] == "as" else 2
            elif j < len(doc) and tok_text[j] == "(":
                j += 1
                paren = True
            else:
                continue
            if j not in longest_start:
                continue
            b_end, b = longest_start[j]
            if paren and not (b_end < len(doc) and tok_text[b_end] == ")"):
                continue
            if b == a or not (a in accepted or b in accepted) or not (usable(a) and usable(b)):
                continue
            b_text = span_text(doc, j, b_end)
            if paren and not ((b_text.isupper() or "-" in b_text) and " " not in b_text or has_cjk(b_text)
                              or " " not in b_text and is_acronym_of(b_text.upper(), span_text(doc, s, e))):
                continue    # "(Tianjin)" is a place, not another name; only acronyms and Chinese names
            if paren and a not in accepted and head_type(span_text(doc, s, e), r) is None and (
                    accepted.get(b) in ("acronym", "ner") or any(m.against for m in keys[a])
                    or fold(span_text(doc, s, e).split()[-1]) in r.non_org_heads):
                continue    # "Context Association Tests (CAT)": an accepted acronym names no body by itself
            accepted.setdefault(a, "link")
            accepted.setdefault(b, "link")
            links[b] = a
        return links

@Language.factory("giants_organisations", default_config={"bodies_path": ""})
def make_organisations(nlp: Language, name: str, bodies_path: str) -> OrganisationFinder:
    return OrganisationFinder(nlp, name, bodies_path=bodies_path)
