"""giants_sectors: the industries an article discusses, ranked, from the sector taxonomy.

Each sector term found in the text is one mention. A mention's weight depends on
where it stands and what it does:

- in the headline or the lead it counts more, because that is what the story is about;
- listed next to another sector ("robotics, quantum computing and chips") or
  describing a company ("a battery company", "robotics unicorn") it counts more,
  because the article is then saying what a business does;
- inside a company's name ("Acme Medical Devices") it counts a little, once per
  company, so that a list of such firms adds up but one bare name does not; inside
  any other body's name ("Ministry of Industry and Information Technology") it
  counts nothing;
- a company name in a list of firms, or of a firm the article names twice, counts more
  where the article also speaks of an industry in its own words (or, for a list, where
  other names in it carry sector words too);
- company names that each fill a line of their own, one under another (a roster in a
  notice, perhaps numbered), are a list of firms too;
- a term naming where a person worked ("a former product head at a travel firm") or only
  what a product is made from ("software built from drone imagery") is a passing word:
  it counts half and never as a company description or a listed term;
- a term before a word for a handling service ("truck-booking platform") says what is
  handled, and its sector stands for the whole phrase;
- a weak term (a word that often means something else) counts half;
- a sector's own `weight` in the taxonomy scales all its mentions (share and
  listing talk, common to most company news, counts less).

Some evidence holds no sector word: a funding round or private valuation the figures
component found counts toward venture capital (capped, and it never orders that sector
before one the article names in words), and a firm said to make a physical product ("a
bearing maker", "makes garden sheds") counts toward manufacturing.

A phrase describes a company when it is said of a named firm: "battery company", "Ossory,
a tutoring app", "Brantle is a cybersecurity outfit", "whose software ...", "runs clinics".

A sector is reported when its total reaches a threshold (one plain passing
mention does not) and is not negligible next to the top sector. Equal totals are
ordered by which sector the article brings up first.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from giants import extensions  # noqa: F401
from giants.extensions import doc_text, guarded
from giants.data import builtin, taxonomy as load_taxonomy
from giants.errors import DataFileError

# Characters allowed between two sector terms for them to read as one list.
_LIST_GAP = re.compile(r"^[\s,;/&()\-]*(?:(?:and|or|as well as|plus|such as|including|e\.g\.)\s*)?[\s,;/&()\-]*$", re.I)
_VOWEL_Y = re.compile(r"[^aeiou]y$")


def _plural(word: str) -> str:
    if _VOWEL_Y.search(word):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _variants(term: str) -> set[str]:
    """The term, its simple plural, and hyphen/space spellings."""
    out = {term}
    words = term.split(" ")
    if words[-1][-1:].isalpha() and not words[-1].endswith("s"):
        out.add(" ".join(words[:-1] + [_plural(words[-1])]))
    for t in list(out):
        if "-" in t:
            out.add(t.replace("-", " "))
            out.add(t.replace("-", ""))
        elif " " in t and len(words) == 2:
            out.add(t.replace(" ", "-"))
    return out


@dataclass
class _Mention:
    start: int          # token offsets
    end: int
    sectors: list[str]
    weak: bool


class SectorRanker:
    def __init__(self, nlp: Language, name: str, *, taxonomy: str = ""):
        self.name = name
        tax = load_taxonomy(taxonomy or "")
        builtin_file = builtin("sectors")
        rank = builtin_file.get("ranking", {})
        self.w_headline = float(rank.get("headline", 2.0))
        self.w_lead = float(rank.get("lead", 1.5))
        self.w_listed = float(rank.get("listed", 1.5))
        self.w_company = float(rank.get("company", 1.5))
        self.w_weak = float(rank.get("weak", 0.5))
        self.w_name = float(rank.get("company_name", 0.0))
        self.w_discussed = float(rank.get("discussed_company", 1.0))
        self.qualify = float(rank.get("qualify", 1.5))
        self.relative = float(rank.get("relative", 0.1))
        self.max_sectors = int(rank.get("max_sectors", 7))
        self.company_nouns = {w.lower() for w in rank.get("company_nouns", [])}
        self.name_suffixes = set(rank.get("name_suffixes", []))
        self.name_heads = set(rank.get("name_heads", []))
        self.activity_verbs = set(rank.get("activity_verbs", []))
        self.facilities = {w.lower() for w in rank.get("facilities", [])}
        self.means_verbs = set(rank.get("means_verbs", []))
        self.operate_verbs = set(rank.get("operate_verbs", []))
        self.person_nouns = {w.lower() for w in rank.get("person_nouns", [])}
        self.holdings = {w.lower() for w in rank.get("holdings", [])}
        self.w_biography = float(rank.get("biography", 0.5))
        self.source_preps = {w.lower() for w in rank.get("source_preps", [])}
        self.made_from_preps = {w.lower() for w in rank.get("made_from_preps", [])}
        self.customer_nouns = {w.lower() for w in rank.get("customer_nouns", [])}
        self.handling_words = {w.lower() for w in rank.get("handling_words", [])}
        self.career_verbs = set(rank.get("career_verbs", []))
        # Firms said to make things (a component maker, "makes brake pads") are manufacturers.
        makers = builtin_file.get("makers", {}) or {}
        self.maker_sector = str(makers.get("sector", ""))
        self.maker_weight = float(makers.get("weight", 0.75))
        self.maker_nouns = {w.lower() for w in makers.get("nouns", [])}
        self.maker_verbs = set(makers.get("verbs", []))
        self.not_products = {w.lower() for w in makers.get("not_products", [])}
        # Figures that are evidence of a sector: a funding round is venture capital talk.
        self.figure_evidence: list[dict] = []
        for rule in builtin_file.get("figure_evidence", []) or []:
            self.figure_evidence.append({
                "kind": str(rule.get("kind", "")),
                "sector": str(rule.get("sector", "")),
                "weight": float(rule.get("weight", 0.5)),
                "private_only": bool(rule.get("private_only", False)),
                "skip_about": [w.lower() for w in rule.get("skip_about", [])],
                "skip_sectors": set(rule.get("skip_sectors", [])),
                "cap": float(rule.get("cap", float(rank.get("figure_cap", 2.0)))),
            })

        self.labels: dict[str, str] = {}
        self.parents: dict[str, str] = {}
        self.sector_weight: dict[str, float] = {}
        # match key -> (sector ids, weak?)
        self.keys: dict[str, tuple[list[str], bool]] = {}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.patterns = Matcher(nlp.vocab)
        owners: dict[tuple[str, str, bool], list[str]] = {}  # (mode, phrase, weak) -> sector ids
        for sector in tax.get("sectors", []):
            sid = sector["id"]
            self.labels[sid] = sector.get("label") or sid.replace("_", " ").capitalize()
            self.parents[sid] = sector.get("parent") or ""
            try:
                self.sector_weight[sid] = float(sector.get("weight", 1.0))
            except (TypeError, ValueError):
                raise DataFileError("E025", f"sector {sid!r}: weight must be a number, "
                                    f"not {sector.get('weight')!r}") from None
            for field, mode, weak in (("terms", "lower", False), ("weak_terms", "lower", True),
                                      ("abbreviations", "exact", False)):
                for term in sector.get(field, []) or []:
                    term = str(term).strip()
                    if not term:
                        continue
                    # A term written with capitals inside (eVTOL, SaaS) or all caps is matched as written.
                    use = "exact" if mode == "exact" or _is_abbreviation(term) else "lower"
                    phrases = {term} if use == "exact" else _variants(term.lower())
                    if use == "exact" and term[-1].isupper() and not term.endswith("S"):
                        phrases.add(term + "s")
                    for phrase in phrases:
                        owners.setdefault((use, phrase, weak), [])
                        if sid not in owners[(use, phrase, weak)]:
                            owners[(use, phrase, weak)].append(sid)
            for i, pattern in enumerate(sector.get("patterns", []) or []):
                key = f"pattern|{sid}|{i}"
                self.keys[key] = ([sid], False)
                try:
                    self.patterns.add(key, [pattern])
                except Exception as exc:  # spaCy raises several types for a malformed pattern
                    raise DataFileError("E025", f"sector {sid!r}: pattern {i + 1} is not a valid "
                                        f"spaCy Matcher pattern: {exc}") from None
        make = nlp.make_doc
        for (use, phrase, weak), sids in owners.items():
            key = f"{use}|{'w' if weak else 's'}|{phrase}"
            self.keys[key] = (sids, weak)
            (self.exact if use == "exact" else self.lower).add(key, [make(phrase)])
        for phrase in builtin_file.get("ignore", {}).get("phrases", []):
            key = f"lower|x|{phrase.lower()}"
            self.keys[key] = ([], True)
            self.lower.add(key, [make(p) for p in _variants(phrase.lower())])

    # ------------------------------------------------------------------ finding

    def _mentions(self, doc: Doc) -> list[_Mention]:
        vocab = doc.vocab.strings
        found: dict[tuple[int, int], _Mention] = {}
        for matcher in (self.lower, self.exact, self.patterns):
            for match_id, start, end in matcher(doc):
                sids, weak = self.keys[vocab[match_id]]
                m = found.setdefault((start, end), _Mention(start, end, [], True))
                m.sectors += [s for s in sids if s not in m.sectors]
                m.weak = m.weak and (weak or not sids)
        # Longest match wins; an ignore phrase (no sectors) blocks what it covers.
        chosen: list[_Mention] = []
        taken: set[int] = set()
        for m in sorted(found.values(), key=lambda m: (-(m.end - m.start), m.start)):
            if taken.intersection(range(m.start, m.end)):
                continue
            taken.update(range(m.start, m.end))
            if m.sectors:
                chosen.append(m)
        chosen.sort(key=lambda m: m.start)
        # Neighbouring terms of the same sector are one mention: "venture capital funding".
        merged: list[_Mention] = []
        for m in chosen:
            prev = merged[-1] if merged else None
            if prev and set(prev.sectors) == set(m.sectors) and (
                    m.start == prev.end or (m.start == prev.end + 1 and doc[prev.end].text == "-")):
                merged[-1] = _Mention(prev.start, m.end, prev.sectors, prev.weak and m.weak)
            else:
                merged.append(m)
        chosen = merged
        kept: list[_Mention] = []
        skip = set()
        for i, m in enumerate(chosen):
            if i in skip:
                continue
            # A one-word term used as a verb ("it stores data", "shares the view") is no mention.
            if m.end - m.start == 1 and doc[m.start].pos_ in ("VERB", "AUX"):
                continue
            # A term that only modifies the next one names what that one is for, not a sector:
            # "automobile chips" are chips, "AI chips" are chips. But a modifier from a narrower
            # sector says which kind: "eVTOL aircraft" are low-altitude aircraft.
            nxt = chosen[i + 1] if i + 1 < len(chosen) else None
            # A term before a gerund that opens another term is what that activity handles:
            # a "truck-booking platform" books trucks, so it is transport, not travel.
            joined = nxt is not None and (nxt.start == m.end or (
                nxt.start == m.end + 1 and doc[m.end].text == "-"))
            if joined and set(nxt.sectors) != set(m.sectors) and self._gerund(doc[nxt.start]):
                kept.append(_Mention(m.start, nxt.end, m.sectors, m.weak and nxt.weak))
                skip.add(i + 1)
                continue
            if nxt and nxt.start == m.end and set(nxt.sectors) != set(m.sectors):
                # ... and so does a specific modifier before a vague head: "antibody drugs"
                if self._narrower(m.sectors, nxt.sectors) or (nxt.weak and not m.weak):
                    kept.append(_Mention(m.start, nxt.end, m.sectors, m.weak))
                    skip.add(i + 1)
                    continue
                root = doc[m.start:m.end].root
                if root.dep_ in ("compound", "nmod") and root.pos_ in ("NOUN", "PROPN") \
                        and nxt.start <= root.head.i < nxt.end:
                    continue
            kept.append(m)
        return kept

    def _gerund(self, tok) -> bool:
        """A word for a service that handles things of any kind ("booking", "ordering"):
        what it handles, named before it, says the trade."""
        return tok.lower_ in self.handling_words

    def _narrower(self, these: list[str], those: list[str]) -> bool:
        """True when one of `these` sectors has one of `those` as an ancestor."""
        for sid in these:
            seen = set()
            parent = self.parents.get(sid, "")
            while parent and parent not in seen:
                if parent in those:
                    return True
                seen.add(parent)
                parent = self.parents.get(parent, "")
        return False

    @staticmethod
    def _looks_like_name(span: Span) -> bool:
        return any(t.is_alpha for t in span) and all(
            t.is_title or t.is_upper or not t.is_alpha or t.lower_ in ("of", "and", "for", "the", "de")
            for t in span)

    def _name_spans(self, doc: Doc) -> list[tuple[int, int]]:
        """Character spans of organisation names: from the organisations component and the NER.

        Only spans written like names count (title case), so that a tagger's stray
        ORG over ordinary words ("sensing & autonomy") does not hide the sector words inside it."""
        spans = []
        for org in doc._.organizations or []:
            for s, e in org.get("mention_spans", []) or []:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span) > 1 and self._looks_like_name(span):
                    spans.append((s, e))
        spans += [(e.start_char, e.end_char) for e in doc.ents
                  if e.label_ in ("ORG", "FAC") and len(e) > 1 and self._looks_like_name(e)]
        return spans

    def _in_name(self, doc: Doc, m: _Mention, names: list[tuple[int, int]]) -> bool:
        span = doc[m.start:m.end]
        s, e = span.start_char, span.end_char
        for ns, ne in names:
            if ns <= s and e <= ne and (ns, ne) != (s, e):
                return True
        if not all(t.is_title or t.is_upper or not t.is_alpha for t in span):
            return False
        # Title-case run continuing into a corporate suffix: "... Pharmaceutical Co., Ltd."
        for t in doc[m.end:min(len(doc), m.end + 5)]:
            if t.text in self.name_suffixes:
                return True
            if not (t.is_title or t.is_upper or t.text in ("&", "(", ")", "-", "and", "of")):
                break
        # "Ministry of Industry and Information Technology"
        for t in reversed(doc[max(0, m.start - 7):m.start]):
            if t.text in self.name_heads:
                return True
            if not (t.is_title or t.is_upper or t.text in ("&", ",", "and", "of", "the", "for")):
                break
        return False

    def _describes_company(self, doc: Doc, m: _Mention) -> bool:
        """The term says what a company does: "battery company", "robotics start-up",
        "Acme (biotech)", "an online retailer", "known for its humanoid robots"."""
        if m.end - m.start > 1 and doc[m.end - 1].lower_ in self.company_nouns:
            return True  # "battery company", "venture firm" (a bare "manufacturer" is not enough)
        toks = list(doc[m.end:min(len(doc), m.end + 6)])
        seen = 0
        for j, t in enumerate(toks):
            word = t.lower_
            if word == "start" and j + 2 < len(toks) and toks[j + 1].text == "-":
                word = "start-" + toks[j + 2].lower_
            if word in self.company_nouns:
                return True
            # a participle naming the trade goes on: "a van leasing company"
            trade = t.tag_ == "VBG" and t.dep_ in ("amod", "compound") and t.head.i > t.i
            if (t.is_punct and t.text not in ("-", "&")) or (t.pos_ in ("VERB", "AUX", "ADP", "DET") and not trade):
                break
            if t.text not in ("-", "&"):
                seen += 1
                if seen >= 4:
                    break
        # "Name (biopharmaceuticals)", "Name (Lisbon, freight software)": a short note in
        # brackets after a name
        if self._bracket_note(doc, m):
            return True
        # "a maker of servo drives", "supplier of carbon fibre composites"
        tok = doc[m.start:m.end].root
        for _ in range(4):
            if tok.dep_ in ("compound", "amod", "nmod", "conj") and tok.head is not tok:
                tok = tok.head
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in self.company_nouns:
                return True
            break
        # the phrase describes a named firm: "Ossory, a tutoring app", "Brantle is a cybersecurity
        # outfit", "Ossory, whose software plans rotas"
        if self._descriptor_of_name(tok):
            return True
        # object of a verb saying what a firm does ("makes servo drives"), but not a place
        # where it works ("will build a second factory")
        if doc[m.start:m.end].text.lower() in self.facilities:
            return False
        tok = doc[m.start:m.end].root
        direct = True  # no preposition passed yet: the term is the object itself
        preps = 0      # prepositions passed ("of" aside): at two, the term hangs off some other noun
        for _ in range(7):
            if tok.head is tok or tok.dep_ in ("ccomp", "advcl", "relcl", "conj", "ROOT"):
                break
            via = tok.dep_
            direct = direct and via not in ("pobj", "prep")
            preps += via == "prep" and tok.lower_ != "of"  # "in the development of chips" is one step
            if preps >= 2:
                return False  # "made the ranking after a hit fragrance on social media"
            tok = tok.head
            # "builds mapping software from drone imagery", "works with hospitals": what a
            # product is made from or a firm works with is not its trade
            if via == "pobj" and tok.dep_ == "prep" and tok.lower_ in self.source_preps:
                return False
            # "sold its stake in a bakery": the firm trades a holding, not bread
            if tok.lower_ in self.holdings or (via == "prep" and any(
                    c.dep_ == "dobj" and c.lower_ in self.holdings for c in tok.children)):
                return False
            # "Marrsby runs a marketplace", "which operates clinics"; not what the business
            # deals in ("runs an auction website for tractors")
            if tok.pos_ == "VERB" and tok.lemma_ in self.operate_verbs and via == "dobj" and direct \
                    and any(c.dep_ == "nsubj" for c in tok.children):
                return True
            if tok.pos_ == "VERB" and tok.lemma_ in self.means_verbs and tok.dep_ not in ("amod", "compound"):
                return False  # "tools based on AI" use AI; they are not AI products
            if tok.pos_ == "VERB" and tok.lemma_ in self.activity_verbs and via in ("dobj", "pobj", "prep", "acl"):
                # a bare gerund compared or weighed ("no different from selling engines") is
                # about an act, not what some firm does
                if tok.dep_ in ("pcomp", "csubj") and tok.head.head.pos_ not in ("VERB", "AUX") \
                        and not any(c.dep_ == "nsubj" for c in tok.children):
                    return False
                return True
        # a term right before a company's name: "the Swiss insurance fintech Zorro"
        if m.end < len(doc) and doc[m.end].pos_ == "PROPN" and doc[m.end].is_title \
                and doc[m.end - 1].lower_ not in self.company_nouns:
            start = doc[m.end].idx
            if any(s == start for _, s, _ in self._company_spans(doc)):
                return True
        return False

    def _from_source(self, doc: Doc, m: _Mention) -> bool:
        """True when the term only qualifies what something is made from or works with:
        "software built from drone and satellite imagery", "with robotics data"."""
        tok = doc[m.start:m.end].root
        for _ in range(4):
            if tok.dep_ in ("compound", "amod", "nmod", "conj") and tok.head is not tok:
                tok = tok.head
                continue
            break
        if m.start <= tok.i < m.end:
            return False  # the term is the whole thing named ("revenue from robotics"), not a qualifier
        # "revenue from aviation customers and wind-turbine makers": buyers, not material
        if tok.lower_ in self.company_nouns or tok.lemma_.lower() in self.customer_nouns:
            return False
        return tok.dep_ == "pobj" and tok.head.lower_ in self.made_from_preps

    def _in_biography(self, doc: Doc, m: _Mention) -> bool:
        """True when the term names a place someone worked: "a former product head at a
        travel firm", "she spent a decade at a bank", "who worked for an airline"."""
        tok = doc[m.start:m.end].root
        for _ in range(3):
            if tok.dep_ in ("compound", "amod", "nmod") and tok.head is not tok:
                tok = tok.head
                continue
            break
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "for", "with", "in"):
            return False
        head = tok.head.head
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in self.person_nouns:
            return True
        return head.pos_ == "VERB" and head.lemma_ in self.career_verbs

    @staticmethod
    def _bracket_note(doc: Doc, m: _Mention) -> bool:
        """True when the term stands in a short bracketed note right after a proper name,
        reaching to the closing bracket: "Name (biopharmaceuticals)", "Name (Oslo, payments)"."""
        if m.end >= len(doc) or not doc[m.end].text.startswith(")"):
            return False
        for i in range(m.start - 1, max(-1, m.start - 5), -1):
            if doc[i].text == ")":
                return False
            if doc[i].text == "(":
                return i >= 1 and doc[i - 1].pos_ == "PROPN"
        return False

    @staticmethod
    def _discussed(doc: Doc, k: int) -> bool:
        """True when the article names company `k` again: a firm the story is about, not one
        it names in passing."""
        orgs = doc._.organizations or []
        if k >= len(orgs):
            return False
        org = orgs[k]
        return len(org.get("mention_spans") or []) >= 2

    @staticmethod
    def _listed_name(doc: Doc, span: Span, companies: list[tuple[int, int, int]]) -> bool:
        """True when the company name holding `span` is one of a list of company names in
        one sentence: joined by commas, semicolons or "and", perhaps with a short
        description between them ("A, a maker of gears; B; and C")."""
        own = next(((k, s, e) for k, s, e in companies if s <= span.start_char and span.end_char <= e), None)
        if own is None:
            return False
        sent = span.sent
        for k, s, e in companies:
            if k == own[0] or not (sent.start_char <= s < sent.end_char):
                continue
            a, b = (own[2], s) if s >= own[2] else (e, own[1])
            if a > b:
                continue
            gap = doc.char_span(a, b, alignment_mode="expand")
            text = doc_text(doc)[a:b]
            if not re.search(r"[,;]|\band\b", text) or (gap is not None and len(gap) > 12):
                continue
            if gap is not None and any(t.pos_ in ("VERB", "AUX") for t in gap):
                continue
            return True
        return False

    @staticmethod
    def _roster_line(doc: Doc, sent: Span, companies: list[tuple[int, int, int]]) -> int | None:
        """The company whose name fills line `sent` on its own, give or take a number
        before it and a note in brackets after it ("(2) Acme Bearing Co., Ltd. (North
        District)"); None when the line says anything else."""
        owner = None
        for k, s, e in companies:
            if sent.start_char <= s and e <= sent.end_char:
                owner = k
                break
        if owner is None:
            return None
        depth = 0
        for t in sent:
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            if depth or t.is_punct or t.is_space or t.like_num or t.text in (")", "-", "•", "*"):
                continue
            if not any(s <= t.idx < e for k, s, e in companies if k == owner):
                return None
        return owner

    def _roster(self, doc: Doc, span: Span, companies: list[tuple[int, int, int]]) -> int | None:
        """When the name holding `span` fills a line of a roster (lines each holding one
        company name and nothing else, one under another), the roster's first token;
        else None. A line that follows or precedes another such line is in a roster."""
        # a bare number or bullet split off as a line of its own ("1.") is skipped
        sents = [s for s in doc.sents
                 if not all(t.is_punct or t.is_space or t.like_num for t in s) or s.start <= span.start < s.end]
        here = next((i for i, s in enumerate(sents) if s.start <= span.start < s.end), None)
        if here is None or self._roster_line(doc, sents[here], companies) is None:
            return None
        first = here
        while first > 0 and self._roster_line(doc, sents[first - 1], companies) is not None:
            first -= 1
        last = here
        while last + 1 < len(sents) and self._roster_line(doc, sents[last + 1], companies) is not None:
            last += 1
        return sents[first].start if last > first else None

    def _is_firm(self, tok) -> bool:
        """True when `tok` stands inside the name of a company (from the organisations
        component). A name that component missed counts unless it is a person found with
        a role or an employer, or the tagger calls it a place."""
        for org in tok.doc._.organizations or []:
            if any(s <= tok.idx < e for s, e in org.get("mention_spans") or []):
                return bool(org.get("is_company") or org.get("type") == "company")
        # a name the organisations component missed: not a person it found with a role or
        # a firm, and not a place
        for person in tok.doc._.people or []:
            if (person.get("role") or person.get("organization")) and person.get("name") \
                    and tok.text in person["name"].split():
                return False
        return tok.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW")

    def _descriptor_of_name(self, noun) -> bool:
        """True when `noun` (the head of a sector phrase) is said of a named firm: an
        apposition to its name ("Ossory, a tutoring app"), the complement of "<Name>
        is/was/remains ...", or a noun the firm owns through "whose". Said of a person
        ("Ilse Salo, a software engineer") it describes no firm."""
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in self.person_nouns:
            return False  # "Ilse Salo, a software engineer" describes a person
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and self._is_firm(noun.head):
            return True
        if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "remain", "become"):
            subj = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].pos_ == "PROPN" and self._is_firm(subj[0]):
                return True
        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ == "whose" and noun.head.dep_ == "relcl" \
                    and noun.head.head.pos_ == "PROPN" and self._is_firm(noun.head.head):
                return True
        return False

    # ------------------------------------------------------------------ ranking

    def weigh(self, doc: Doc) -> list[tuple[_Mention, float, str]]:
        """Every counted mention with its weight and a short note of why (for debugging)."""
        mentions = self._mentions(doc)
        if not mentions and not doc._.figures and not self.maker_sector:
            return []
        title = doc._.title
        head_end = -1
        if title:
            pos = doc_text(doc).find(title)
            head_end = pos + len(title) if pos >= 0 else -1
        lead = self._lead(doc, head_end)
        names = self._name_spans(doc)
        companies = self._company_spans(doc)

        listed = [False] * len(mentions)
        for i in range(len(mentions) - 1):
            a, b = mentions[i], mentions[i + 1]
            if set(a.sectors) == set(b.sectors):
                continue
            if doc[a.start].sent.start != doc[b.start].sent.start:
                continue
            if b.start == a.end:
                continue  # "antibody drugs" is one phrase, not a list
            gap = doc[a.end:b.start].text
            # allow one plain word in a list item: "Zolt (delivery), Brindle (scooter rental)"
            gap_words = [t for t in doc[a.end:b.start] if t.is_alpha and not t.is_stop]
            if _LIST_GAP.match(gap) or (len(gap_words) <= 1 and "," in gap and len(doc[a.end:b.start]) <= 5):
                listed[i] = listed[i + 1] = True

        out: list[tuple[_Mention, float, str]] = []
        named: set[tuple[int, str]] = set()  # (company, sector) pairs already counted from a name
        for i, m in enumerate(mentions):
            span: Span = doc[m.start:m.end]
            if self._in_name(doc, m, names):
                # A company's name says what it does ("Acme Medical Devices"): that counts a
                # little, once per company, so that a list of such firms adds up but one
                # bare name does not. Other bodies' names ("... Stock Exchange") count nothing.
                owner = next((k for k, s, e in companies
                              if s <= span.start_char and span.end_char <= e), None)
                if owner is None or self.w_name <= 0:
                    continue
                fresh = [sid for sid in m.sectors if (owner, sid) not in named]
                if not fresh:
                    continue
                named.update((owner, sid) for sid in fresh)
                w = self.w_name * (self.w_weak if m.weak else 1.0)
                # a name in a list of firms ("A, B and C were named") stands for what the
                # text says about each: often nothing but the name itself
                roster = self._roster(doc, span, companies)
                if roster is not None:
                    out.append((_Mention(m.start, m.end, fresh, m.weak), w, f"name,listed:{owner}:{roster}"))
                elif self._listed_name(doc, span, companies):
                    group = span.sent.start
                    out.append((_Mention(m.start, m.end, fresh, m.weak), w, f"name,listed:{owner}:{group}"))
                elif self._discussed(doc, owner):
                    out.append((_Mention(m.start, m.end, fresh, m.weak), w, "name,discussed"))
                else:
                    out.append((_Mention(m.start, m.end, fresh, m.weak), w, "name"))
                continue
            w = self.w_weak if m.weak else 1.0
            why = ["weak"] if m.weak else []
            if span.start_char < head_end:
                w *= self.w_headline
                why.append("headline")
            elif lead and lead[0] <= span.start_char < lead[1]:
                w *= self.w_lead
                why.append("lead")
            source = self._from_source(doc, m)
            if source:
                # "software built from drone and satellite imagery": what a product is made
                # from is a passing word, listed or not
                w *= self.w_weak
                why.append("source")
            elif listed[i]:
                w *= self.w_listed
                why.append("listed")
            if source:
                pass
            elif self._in_biography(doc, m):
                # "a former product head at a travel firm": a person's past employer, not
                # the business the article is about
                w *= self.w_biography
                why.append("biography")
            elif self._describes_company(doc, m):
                w *= self.w_company
                why.append("company")
            out.append((m, w, ",".join(why)))
        out += self._figure_mentions(doc, mentions, head_end, lead)
        out += self._maker_mentions(doc, mentions)
        # The name of a firm the story keeps coming back to counts more, but only in an
        # article that speaks of some industry in its own words: a bare name repeated
        # ("Huatai Pharmaceutical Co. was named ... Huatai Pharmaceutical thanked ...")
        # still gives no sector.
        worded: dict[str, float] = {}
        for m, w, why in out:
            if not why.startswith(("name", "figure")):
                for sid in m.sectors:
                    worded[sid] = worded.get(sid, 0.0) + w * self.sector_weight.get(sid, 1.0)
        speaks = any(total >= self.qualify for total in worded.values())
        # A name in a list of firms counts more too, there or where other names in the list
        # say what their firms do (the list then spans industries). One sector word among
        # bare names in a notice ("A Technology, B Pharmaceutical and C Facilities were
        # named") stays a passing word.
        by_group: dict[str, set[str]] = {}
        for m, w, why in out:
            if why.startswith("name,listed:"):
                _, owner, group = why.split(":")
                by_group.setdefault(group, set()).add(owner)
        weighed = []
        for m, w, why in out:
            if why == "name,discussed" and speaks:
                w *= self.w_discussed
            elif why.startswith("name,listed:") and (speaks or len(by_group[why.split(":")[2]]) >= 2):
                w *= self.w_listed
            weighed.append((m, w, why.split(":", 1)[0]))
        return weighed

    def _within(self, sid: str, root: str) -> bool:
        return sid == root or self._narrower([sid], [root])

    def _maker_mentions(self, doc: Doc, mentions: list[_Mention]) -> list[tuple[_Mention, float, str]]:
        """A firm said to make a physical product is a manufacturer, even where the word
        "manufacturing" never stands: "a bearing maker", "a maker of garden sheds", "Tolvey
        makes smoke alarms", "a start-up making pasta sauces". What it makes must
        not belong to a sector outside manufacturing ("a maker of payroll software", "an
        electric-car maker"), nor be a list, a use or a difference ("made the list")."""
        sector = self.maker_sector
        if not sector or sector not in self.labels:
            return []
        sectors_at: dict[int, list[str]] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                sectors_at[i] = m.sectors
        out = []
        for tok in doc:
            product = None   # the head noun of what is made
            words = None     # the whole phrase naming it
            if tok.lower_ in self.maker_nouns and tok.pos_ in ("NOUN", "PROPN"):
                ofs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
                if ofs:
                    product, words = ofs[0], doc[ofs[0].left_edge.i:ofs[0].i + 1]
                else:
                    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                            and c.pos_ in ("NOUN", "PROPN")]
                    if mods:
                        product, words = mods[-1], doc[mods[0].left_edge.i:tok.i]
            elif tok.pos_ == "VERB" and tok.lemma_ in self.maker_verbs:
                objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
                subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
                firm = (subj and (subj[0].pos_ == "PROPN" or subj[0].lower_ in ("it", "which", "that", "who"))) \
                    or (tok.dep_ == "acl" and tok.head.lower_ in self.company_nouns | {"up", "ups"})
                # a product is named bare or with a modifier, not "the list" or "its mark"
                if objs and firm and not any(c.dep_ in ("det", "poss") for c in objs[0].children):
                    product, words = objs[0], doc[objs[0].left_edge.i:objs[0].i + 1]
            if product is None or sector in sectors_at.get(tok.i, []):
                continue  # (a maker word that is itself a term has counted already)
            if product.lemma_.lower() in self.not_products or product.lower_ in self.not_products \
                    or product.like_num or product.lower_ in self.company_nouns:
                continue
            others = {sid for t in words for sid in sectors_at.get(t.i, [])}
            if any(not self._within(sid, sector) for sid in others):
                continue
            out.append((_Mention(tok.i, tok.i + 1, [sector], False), self.maker_weight, "maker"))
        return out

    def _figure_mentions(self, doc: Doc, mentions: list[_Mention], head_end: int,
                         lead: tuple[int, int] | None) -> list[tuple[_Mention, float, str]]:
        """Figures the figures component found that speak for a sector: a funding round
        ("raised $120 million in a Series B") is venture capital talk even where no
        sector word stands. A figure in a sentence that already names a sector the rule
        excludes (an IPO's proceeds are capital markets, not venture capital) is skipped."""
        out: list[tuple[_Mention, float, str]] = []
        if not self.figure_evidence:
            return out
        used: dict[str, float] = {}  # figure weight given to each sector so far
        by_sent: dict[int, set[str]] = {}
        for m in mentions:
            by_sent.setdefault(doc[m.start].sent.start, set()).update(m.sectors)
        for fig in doc._.figures or []:
            span = fig.get("span") or []
            if len(span) != 2:
                continue
            tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
            if tokens is None or len(tokens) == 0:
                continue
            about = str(fig.get("about") or "").lower()
            for rule in self.figure_evidence:
                if fig.get("kind") != rule["kind"] or rule["sector"] not in self.labels:
                    continue
                if rule["private_only"] and fig.get("market_value"):
                    continue
                if fig.get("time") in ("target", "rumoured") or fig.get("subject_kind") == "market":
                    continue
                if any(w in about for w in rule["skip_about"]):
                    continue
                if rule["skip_sectors"] & by_sent.get(tokens.sent.start, set()):
                    continue
                w = rule["weight"]
                why = ["figure"]
                if tokens.start_char < head_end:
                    w *= self.w_headline
                    why.append("headline")
                elif lead and lead[0] <= tokens.start_char < lead[1]:
                    w *= self.w_lead
                    why.append("lead")
                # Figures back a sector up; many of them do not make it the article's topic.
                room = rule["cap"] - used.get(rule["sector"], 0.0)
                w = min(w, room)
                if w <= 0:
                    continue
                used[rule["sector"]] = used.get(rule["sector"], 0.0) + w
                out.append((_Mention(tokens.start, tokens.end, [rule["sector"]], False), w, ",".join(why)))
        return out

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        totals: dict[str, float] = {}
        order: dict[str, float] = {}
        terms: dict[str, list[str]] = {}
        first: dict[str, int] = {}
        from_names: dict[str, list[str]] = {}
        for m, w, why in self.weigh(doc):
            for sid in m.sectors:
                first.setdefault(sid, m.start)
                totals[sid] = totals.get(sid, 0.0) + w * self.sector_weight.get(sid, 1.0)
                # figures help a sector qualify but do not order it before the sectors
                # the article names in words
                if not why.startswith("figure"):
                    order[sid] = order.get(sid, 0.0) + w * self.sector_weight.get(sid, 1.0)
                if why.startswith(("figure", "maker")):
                    continue  # an amount or a "makes" is evidence, not a term of the sector
                surface = doc[m.start:m.end].text
                # words inside company names are listed only when nothing else matched
                bucket = from_names if why.startswith("name") else terms
                if surface.lower() not in (t.lower() for t in bucket.setdefault(sid, [])):
                    bucket[sid].append(surface)
        if not totals:
            doc._.sectors = []
            return doc
        top = max(totals.values())
        # equal totals: the sector the article brings up first leads
        ranked = sorted(totals.items(), key=lambda kv: (-round(order.get(kv[0], 0.0), 6), first[kv[0]],
                                                        -round(kv[1], 6), kv[0]))
        out = []
        last = None
        for sid, total in ranked:
            if total < self.qualify or total < self.relative * top:
                continue
            # past the cap, only a sector tied with the last one kept still gets in
            if len(out) >= self.max_sectors and round(total, 6) != last:
                break
            last = round(total, 6)
            out.append({"id": sid, "label": self.labels.get(sid, sid), "score": round(1 - math.exp(-total / 4), 3),
                        "terms": terms.get(sid) or from_names.get(sid, [])})
        doc._.sectors = out
        return doc

    @staticmethod
    def _company_spans(doc: Doc) -> list[tuple[int, int, int]]:
        """(company number, start, end) for each mention of an organisation that is a company."""
        spans = []
        for k, org in enumerate(doc._.organizations or []):
            if org.get("type") != "company":
                continue
            spans += [(k, s, e) for s, e in org.get("mention_spans", []) or []]
        return spans

    @staticmethod
    def _lead(doc: Doc, head_end: int) -> tuple[int, int] | None:
        """Character span of the lead: the first body paragraph, at most two sentences."""
        start = None
        end = None
        count = 0
        for sent in doc.sents:
            if sent.end_char <= head_end or not sent.text.strip():
                continue
            s0 = max(sent.start_char, head_end)
            if start is None:
                start = s0 + (len(doc_text(doc)[s0:sent.end_char]) - len(doc_text(doc)[s0:sent.end_char].lstrip()))
            elif "\n\n" in doc_text(doc)[end:sent.start_char + 1] or "\n\n" in doc_text(doc)[start:sent.start_char]:
                break
            end = sent.end_char
            count += 1
            if count == 2:
                break
        if start is None:
            return None
        para = doc_text(doc).find("\n\n", start)
        if 0 <= para < end:
            end = para
        return (start, end)


def _is_abbreviation(term: str) -> bool:
    """True for terms matched case-sensitively: any capital after the first letter (AI, eVTOL, SaaS, 5G)."""
    letters = [c for c in term if c.isalpha()]
    if not letters:
        return False
    return any(c.isupper() for c in term[1:]) and " " not in term or term.isupper()


@Language.factory("giants_sectors", default_config={"taxonomy": ""})
def make_sectors(nlp: Language, name: str, taxonomy: str) -> SectorRanker:
    return SectorRanker(nlp, name, taxonomy=taxonomy)
