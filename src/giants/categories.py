"""giants_categories: which organisations are little giants, unicorns, decacorns or gazelles, and why.

Works sentence by sentence. A category term ("little giant", "unicorn", 独角兽 ...)
is first screened for traps (brands, animals, metaphors), then classified
(member statement, aspirant, negated, past, lower tier), then tied to the
organisation it describes by one of a few wordings: apposition ("X, a unicorn"),
a member verb ("X became a unicorn"), a pre-modifier ("unicorn X"), a list after
the term ("unicorns such as X, Y"), or "X fitted the category". Criterion labels
come from valuations of private firms and multi-year growth rates. Negated or past
statements about an org veto its labels; listed firms never get unicorn/decacorn/gazelle.
All vocabulary comes from data/categories.toml.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401
from .extensions import guarded
from .category_criteria import CriterionRules
from .category_rules import after_last_comma, any_regex, is_title_case_line, phrases_regex, sentence_units, words_regex
from .data import taxonomy as load_taxonomy

CONFIDENCE = {"explicit": 0.9, "criterion": 0.8, "implicit": 0.6}
BASIS_RANK = {"explicit": 3, "criterion": 2, "implicit": 1}
PREPOSITIONS = {"from", "by", "with", "to", "at", "in", "for", "of", "after", "than", "about", "on", "into",
                "over", "under", "against", "between", "via", "behind", "toward", "towards", "through", "unlike",
                "besides", "beside", "beyond", "versus", "vs", "vs.", "ahead"}
CLAUSE_BOUNDARY = re.compile(r";|:|—|–|\s-\s|,\s+(?:and|but|while|whereas|although|though|because|so)\b"
                             r"|\b(?:while|whereas|but)\b", re.IGNORECASE)
ANAPHORIC_LIST = re.compile(r"^\s*(?:among|of)\s+(?:them|these|those)\s*,?\s*(?:are|were|is|was|include|included)?\s*|"
                            r"^\s*(?:one|two|three|four|five|several|some|many|most|the (?:first|largest|biggest|best-known))"
                            r"\s+of\s+(?:them|these|those)(?:\s+(?:firms|companies|enterprises|start-?ups))?\s*"
                            r"(?:,\s*|\s+(?:is|was|are|were|include|included)\s+)|"
                            r"^\s*(?:they|these|those|such (?:firms|companies|start-?ups|enterprises))\s+"
                            r"(?:include|included|includes)\s+|"
                            r"^\s*(?:the|these|this year's|last year's)\s+(?:new\s+|latest\s+)?(?:arrivals|entrants|additions|"
                            r"members|newcomers|ones|names|winners)\s+(?:include|included|includes|are|were)\s+",
                            re.IGNORECASE)
# A sentence that states the present after an earlier denial or past status.
PRESENT_NOW = re.compile(r"\b(?:now|today|currently|has since|since then|again|regained|finally|this year|"
                         r"this month|this week|recently)\b", re.IGNORECASE)
NEXT_LIKE = re.compile(r"[\"'”’]?\s*,?\s*(?:like|such as|in the mould of|following|after)\s+", re.IGNORECASE)
ALSO_LISTED = re.compile(r"^\s*(?:the|this|that|its)\s+(?:\w+\s+)?(?:list|batch|ranking|roster|cohort|line-up)\s+"
                         r"(?:also\s+)?(?:includes|included|features|featured|names|named|covers|covered)\s+|"
                         r"\b(?:was|were|is|are)\s+also\s+(?:on|in|among|part of|included in)\s+(?:the|that|this)\s+"
                         r"(?:list|batch|ranking|roster|group|cohort|line-up)\b|\balso\s+(?:made|joined|entered)\s+"
                         r"(?:the|that|this)\s+(?:list|batch|ranking|roster|cohort)\b", re.IGNORECASE)
NAMING_VERB = re.compile(r"\b(?:named|names|name|designated|designates|recognised|recognized|certified|certifies|"
                         r"rated|rates|dubbed|crowned|declared|declares|made|makes|listed)\s+$", re.IGNORECASE)
CJK = re.compile(r"[\u4e00-\u9fff]")
AND_SEP = re.compile(r"\b(?:and|or)\b|&")
LIST_SEP = re.compile(r"^\s*(?:\([^)]{0,40}\))?\s*(?:,|,?\s+and|,?\s+or|&)?\s*[\"'“”‘’]?\s*$")
APPOSITION = re.compile(r"^[)）]?\s*(?:\([^)]{0,60}\))?\s*,\s*(?:now\s+|also\s+|itself\s+)?(?:(?:a|an|the|one of|another|"
                        r"among|its|their)\b|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s)", re.IGNORECASE)
LIST_ITEM_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*")
# The last run of capitalised words in a list item, with an optional parenthesis after it.
NAME_RUN = re.compile(r"(?:^|\s|[\"'“‘])([A-Z0-9][\w.&'’\-]*(?:\s+(?:[A-Z0-9&][\w.&'’\-]*|of|de|für|du))*)"
                      r"\s*(?:\([^)]{0,60}\))?$")
NOT_COMPANY_ENTS = {"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "EVENT", "WORK_OF_ART", "LAW",
                    "LANGUAGE", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}
NOT_NAMES = {"the", "this", "that", "these", "those", "it", "they", "among", "also", "in", "and", "others", "more"}


_NORM_RE = re.compile(r"[\s\-\"'“”‘’]+")


def _norm(phrase: str) -> str:
    return _NORM_RE.sub(" ", phrase.lower()).strip()


@dataclass
class Org:
    index: int
    name: str
    is_company: bool
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Term:
    start: int
    end: int
    cat: str          # id in the vocabulary (hectocorn stays hectocorn here)
    out: str          # id written to the output
    unit: int
    status: str = "ok"  # ok | aspirant | negated | past | lower_tier
    in_name: bool = False


class CategoryTagger(CriterionRules):
    def __init__(self, nlp: Language, name: str, *, taxonomy: str = ""):
        self.name = name
        self.taxonomy = taxonomy
        vocab = load_taxonomy(taxonomy or "")["categories"]
        self.cats = {c["id"]: c for c in vocab.get("category", [])}
        self.out_id = {cid: c.get("maps_to", cid) for cid, c in self.cats.items()}
        term_phrases = [(p, cid) for cid, c in self.cats.items() for p in c.get("terms", [])]
        self.term_key = {_norm(p): cid for p, cid in term_phrases}
        self.term_rx = phrases_regex([p for p, _ in term_phrases])
        self.term_rx_by_cat = {cid: phrases_regex(c.get("terms", [])) for cid, c in self.cats.items()}
        self.discuss_rx = {cid: phrases_regex(c.get("discuss", [])) for cid, c in self.cats.items()}
        self.discuss_thr_rx = {cid: phrases_regex(c.get("discuss_if_threshold", [])) for cid, c in self.cats.items()}
        self.threshold_rx = {cid: any_regex(c.get("discuss_threshold_re", [])) for cid, c in self.cats.items()}
        lg = self.cats.get("little_giant", {})
        self.national_rx = phrases_regex(lg.get("terms_if_national", []))
        self.national_before = any_regex(lg.get("national_before_re", []))
        self.national_after = any_regex(lg.get("national_after_re", []))
        self.tier_rx = phrases_regex([p for t in vocab.get("tier", []) for p in t.get("terms", [])])
        cues, traps = vocab.get("cues", {}), vocab.get("traps", {})
        self.firm_nouns = {w.lower() for w in cues.get("firm_nouns", [])}
        firm = "|".join(re.escape(w).replace(r"\-", r"[\s-]?") for w in sorted(self.firm_nouns, key=len, reverse=True))
        # "Its sales ...", "The company's valuation ...": a sentence that opens on a reference to a firm
        self.pronoun_start = re.compile(rf"^\s*(?:[A-Z][\w\s,]{{0,30}},\s+)?(?:it|its|it's|the (?:{firm})(?:'s)?)\b",
                                        re.IGNORECASE)
        self.pronoun_clause = re.compile(rf"^\s*(?:it|they|the (?:{firm}))\b", re.IGNORECASE)
        self.firm_before = re.compile(rf"\b(?:{firm})\s*,?\s*$", re.IGNORECASE)
        self.firm_after = re.compile(rf"[\"'”’]?\s*(?:(?:{firm})\s+)?", re.IGNORECASE)
        self.lower_level = any_regex(cues.get("lower_level_re", []))
        self.lower_level_after = any_regex(cues.get("lower_level_after_re", []))
        self.member_cue = words_regex(cues.get("member_cues", []))
        self.member_list = any_regex(cues.get("member_list_re", []))
        self.list_cue = any_regex(cues.get("list_cues_re", []))
        self.anaphor = any_regex([p.pattern for p in [words_regex(cues.get("anaphor_cues", []))] if p is not None]
                                 + cues.get("anaphor_re", []))
        self.relation = words_regex(cues.get("relation_cues", []))
        self.non_subject_after = any_regex(cues.get("non_subject_after_re", []))
        self.source_before = any_regex(cues.get("source_before_re", []))
        self.investor_name = any_regex(cues.get("investor_name_re", []))
        self.aspirant = any_regex(cues.get("aspirant_re", []))
        self.aspirant_after = any_regex(cues.get("aspirant_after_re", []))
        self.negation = any_regex(cues.get("negation_re", []))
        self.past = any_regex(cues.get("past_re", []))
        self.past_after = any_regex(cues.get("past_after_re", []))
        self.valuation = any_regex(cues.get("valuation_re", []))
        self.valuation_after = any_regex(cues.get("valuation_after_re", []))
        self.valuation_weak = any_regex(cues.get("valuation_weak_re", []))
        self.private_context = any_regex(cues.get("private_context_re", []))
        self.acquisition = any_regex(cues.get("acquisition_re", []))
        self.valuation_past_after = any_regex(cues.get("valuation_past_after_re", []))
        self.valuable_private = any_regex(cues.get("valuable_private_re", []))
        self.listed_before = any_regex(cues.get("listed_before_re", []))
        self.listed_after = any_regex(cues.get("listed_after_re", []))
        self.unlisted = any_regex(cues.get("unlisted_re", []))
        self.pending = any_regex(cues.get("pending_re", []))
        self.growth_words = any_regex(cues.get("growth_words_re", []))
        self.growth_measure = any_regex(cues.get("growth_measure_re", []))
        self.yearly = any_regex(cues.get("yearly_re", []))
        self.yearly_before = any_regex(cues.get("yearly_before_re", []))
        self.large_firm = any_regex(cues.get("large_firm_re", []))
        self.not_growth_after = any_regex(cues.get("not_growth_after_re", []))
        self.growth_clause_cut = any_regex(cues.get("growth_clause_cut_re", []))
        self.other_duration = any_regex(cues.get("other_duration_re", []))
        self.single_period = any_regex(cues.get("single_period_re", []))
        self.population = any_regex(cues.get("population_re", []))
        self.growth_with = any_regex(cues.get("growth_with_re", []))
        self.title_lost_after = any_regex(cues.get("title_lost_after_re", []))
        self.growth_ranking = any_regex(cues.get("growth_ranking_re", []))
        self.period_ref = any_regex(cues.get("period_ref_re", []))
        self.multipliers = {k.lower(): float(v) for k, v in (cues.get("growth_multipliers") or {}).items()}
        self.multiplier_rx = phrases_regex(list(self.multipliers))
        self.brand_after = {w.lower() for w in traps.get("brand_after", [])}
        self.object_after = {w.lower() for w in traps.get("object_after", [])}
        self.non_member_heads = {w.lower() for w in traps.get("non_member_heads", [])}
        self.category_heads = {w.lower() for w in traps.get("category_heads", [])}
        self.modifier_suffix = any_regex(traps.get("modifier_suffix_re", []))
        self.context_words = words_regex(traps.get("context_words", []))
        self.name_context_words = words_regex(traps.get("name_context_words", []))
        self.animal_before = any_regex([rf"\b{re.escape(w)}\s*$" for w in traps.get("animal_before", [])])
        self.metaphor = any_regex(traps.get("metaphor_re", []))
        self.job_context = any_regex(traps.get("job_context_re", []))
        self.valuation_gazelle = any_regex(traps.get("valuation_gazelle_re", []))
        self.valuation_gazelle_doc = any_regex(traps.get("valuation_gazelle_doc_re", []))
        self.ranking_context = any_regex(cues.get("ranking_context_re", []))
        gz = self.cats.get("gazelle", {})
        self.min_growth = float(gz.get("min_yearly_growth", 0.2))
        self.min_years = int(gz.get("min_years", 3))
        self.max_age = int(gz.get("max_age_years", 10))
        self.thresholds = sorted(((float(c["threshold_usd"]), cid) for cid, c in self.cats.items()
                                  if "threshold_usd" in c), reverse=True)
        try:
            from .money import load_rates
            self.rates = load_rates()
        except Exception:  # rate table missing or malformed: stated US$ values still work
            self.rates = {}

    # ------------------------------------------------------------------ entry point

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        """Label the doc. Working state lives on the instance only for the length of this call
        (spaCy runs a component on one doc at a time in each process)."""
        try:
            return self._run(doc)
        finally:
            for attr in ("doc", "text", "units", "orgs", "figures", "labels", "negatives", "listed", "_amounts",
                         "_index", "_starts", "_val_gazelles", "_ranking_ctx"):
                self.__dict__.pop(attr, None)

    def _run(self, doc: Doc) -> Doc:
        self.doc = doc
        self.text = doc.text
        self.units = sentence_units(doc)
        self._index = None
        self.orgs = self._orgs(doc)
        self.figures = [f for f in (doc._.figures or []) if isinstance(f, dict) and f.get("span")]
        self.labels: list[dict] = []
        self._amounts = None
        self.negatives: dict[tuple[int, str], list[int]] = {}
        self.listed: set[int] = set()
        discussed: list[str] = []

        terms = self._terms()
        self._drop_org_mentions_in_terms(terms)
        for t in terms:
            if t.out not in discussed:
                discussed.append(t.out)
        for cid, rx in self.discuss_rx.items():
            if rx is not None and rx.search(self.text) and self.out_id[cid] not in discussed:
                discussed.append(self.out_id[cid])
        for cid, rx in self.discuss_thr_rx.items():
            thr = self.threshold_rx.get(cid)
            if rx is not None and thr is not None and rx.search(self.text) and thr.search(self.text) \
                    and self.out_id[cid] not in discussed:
                discussed.append(self.out_id[cid])

        self._find_listed()
        for t in terms:
            self._bind(t)
        self._anaphoric_lists(terms)
        self._lost_titles(terms)
        self._also_listed(terms)
        self._valuations()
        self._growth()
        self._find_listed()  # again: companies appended above need their listing checked too
        labels = self._resolve()
        for lab in labels:
            if lab["category"] not in discussed:
                discussed.append(lab["category"])
        doc._.category_labels = labels
        doc._.categories_discussed = discussed
        return doc

    # ------------------------------------------------------------------ organisations

    def _orgs(self, doc: Doc) -> list[Org]:
        """The organisations with all their mentions: the given spans plus every other occurrence
        of their name or aliases (found with one regex over the text)."""
        entries = [(i, o) for i, o in enumerate(doc._.organizations or []) if isinstance(o, dict) and o.get("name")]
        owners: dict[str, list[int]] = {}
        for i, o in entries:
            for form in [o["name"], *(o.get("aliases") or [])]:
                if isinstance(form, str) and len(form) >= 2:
                    owners.setdefault(form, []).append(i)
        found: dict[int, set[tuple[int, int]]] = {i: set() for i, _ in entries}
        if owners:
            rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in sorted(owners, key=len, reverse=True))
                            + r")(?![\w])")
            for m in rx.finditer(self.text):
                for i in owners.get(m.group(0), []):
                    found[i].add((m.start(), m.end()))
        orgs = []
        for i, o in entries:
            spans = found[i] | {tuple(s) for s in o.get("mention_spans") or [] if len(s) == 2}
            # keep the longest of overlapping spans
            kept: list[tuple[int, int]] = []
            for sp in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
                if kept and sp[0] < kept[-1][1]:
                    continue
                kept.append(sp)
            orgs.append(Org(i, o["name"], bool(o.get("is_company", True)), kept))
        return orgs

    def _add_org(self, name: str, start: int, firm_noun: bool = False) -> Org | None:
        """Append a company the orgs component missed, named in a category or valuation statement."""
        name = name.strip(" \"'“”‘’")
        if name.endswith(".") and not re.search(r"\b(?:Inc|Co|Ltd|Corp|Bhd|Plc|S\.A|N\.V|B\.V|L\.P)\.$", name):
            name = name[:-1]
        if not name or name.lower() in NOT_NAMES or len(name) < 2:
            return None
        for p in self.doc._.places or []:
            # a name the text introduces with a firm noun ("the super app X") is a company all the same
            if isinstance(p, dict) and p.get("name", "").lower() == name.lower() and not firm_noun:
                return None
        for o in self.orgs:
            if o.name == name:
                return o
        spans = [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", self.text)]
        if not spans:
            return None
        entry = {"name": name, "aliases": [], "type": "company", "is_company": True, "mentions": len(spans),
                 "mention_spans": [list(s) for s in spans]}
        orgs_list = self.doc._.organizations
        if orgs_list is None:
            orgs_list = []
            self.doc._.organizations = orgs_list
        orgs_list.append(entry)
        org = Org(len(orgs_list) - 1, name, True, spans)
        self.orgs.append(org)
        self._index = None
        return org

    def _mentions_in(self, start: int, end: int) -> list[tuple[int, int, Org]]:
        """Org mentions lying inside [start, end), in text order (index rebuilt when orgs change)."""
        if self._index is None:
            self._index = sorted(((s, e, o) for o in self.orgs for s, e in o.mentions), key=lambda x: x[0])
            self._starts = [m[0] for m in self._index]
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self._index) and self._index[i][0] < end:
            if self._index[i][1] <= end:
                out.append(self._index[i])
            i += 1
        return out

    def _drop_org_mentions_in_terms(self, terms: list[Term]) -> None:
        """A term inside a longer org name ("Unicorn Growth Fund") is part of the
        name: it is discussion, not a statement. Org spans that cut through a term are dropped."""
        for t in terms:
            t.in_name = any(s <= t.start and t.end <= e and (e - s) > (t.end - t.start)
                            for o in self.orgs for s, e in o.mentions)
        for o in self.orgs:
            self._index = None
            o.mentions = [(s, e) for s, e in o.mentions
                          if not any(s < t.end and t.start < e and not (s <= t.start and t.end <= e
                                                                         and (e - s) > (t.end - t.start))
                                     for t in terms)]

    def _is_source(self, s: int) -> bool:
        """The org is cited as the source of a count or estimate ("according to the data provider X",
        "a study by X"), not the firm the sentence describes."""
        if self.source_before is None:
            return False
        us = next((a for a, b in (self.units or []) if a <= s < b), 0)
        return bool(self.source_before.search(self.text[max(us, s - 80):s]))

    def _apposition(self, e: int, start: int) -> bool:
        """", a unicorn" / ", the country's first decacorn": a noun phrase, with no finite verb of its
        own before the term (", the region now counts 14 unicorns" is a new clause)."""
        between = self.text[e:start]
        if not APPOSITION.match(between):
            return False
        span = self.doc.char_span(e, start, alignment_mode="contract")
        if span is None:
            return True
        for tok in span:
            if tok.tag_ in ("VBZ", "VBP", "VBD", "MD") and tok.dep_ in ("ROOT", "ccomp", "conj", "parataxis") \
                    and not (self.member_cue is not None and self.member_cue.fullmatch(tok.text)):
                return False
        return True

    def _subject_like(self, s: int, e: int, possessive_ok: bool = False, depth: int = 0) -> bool:
        if self._is_source(s):
            return False
        before = self.text[max(0, s - 25):s]
        word = re.search(r"([\w'.]+)[\s\"'“‘]*$", before)
        if word and word.group(1).lower() in PREPOSITIONS:
            return False
        before = self.text[max(0, s - 60):s]
        if re.search(r"(?:,|\band|\bor|&)\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}$", before) and depth < 4:
            # "backed by A and B", "led by A and the state-owned B": B stands where A stands
            prev = [(ms, me) for ms, me, _ in self._mentions_in(max(0, s - 160), s)
                    if re.fullmatch(r"\s*(?:,\s*(?:and|or)?|and|or|&)\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}",
                                    self.text[me:s])]
            if prev and not self._subject_like(*prev[-1], depth=depth + 1):
                return False
        after = self.text[e:e + 20]
        if self.non_subject_after is not None and self.non_subject_after.search(after):
            if possessive_ok and after.startswith("'s"):
                return True
            return False
        return True

    def _not_modifier(self, s: int, e: int) -> bool:
        """The org is not a modifier or object inside another phrase ("former Google engineers"),
        unless it is listed after "including"/"such as" (then it stands for the subject)."""
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return True
        if span.root.dep_ not in ("compound", "amod", "poss", "pobj", "dobj", "npadvmod", "nmod"):
            return True
        return bool(re.search(r"\b(?:including|such as|like|namely|among them)\s*$", self.text[max(0, s - 20):s], re.I))

    def _dep_subject(self, s: int, e: int) -> bool:
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        for _ in range(3):
            if tok.dep_ in ("nsubj", "nsubjpass"):
                return True
            if tok.dep_ in ("appos", "conj", "compound") and tok.head is not tok:
                tok = tok.head
                continue
            break
        return False

    def _unit_subject(self, u: int, before: int | None = None) -> Org | None:
        """The company that is the grammatical subject of unit u (before offset `before`)."""
        us, ue = self.units[u]
        mentions = self._mentions_in(us, before if before is not None else ue)
        for s, e, o in mentions:
            if o.is_company and self._dep_subject(s, e) and self._subject_like(s, e):
                return o
        # the parser missed it: a company opening the sentence
        for s, e, o in mentions[:1]:
            if o.is_company and re.fullmatch(r"[\s\"'“‘]*", self.text[us:s]):
                return o
        return None

    def _named_subject(self, u: int, before: int, possessive: bool = False) -> Org | None:
        """A proper-noun subject the orgs component missed ("Zapgo becomes a unicorn"): appended as a
        company. With `possessive`, also the owner of the subject ("Zapgo's valuation rose ...")."""
        us, ue = self.units[u]
        span = self.doc.char_span(us, ue, alignment_mode="expand")
        if span is None:
            return None
        for tok in span:
            if tok.idx >= before:
                break
            subj = tok.dep_ in ("nsubj", "nsubjpass") or \
                (possessive and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"))
            if not subj or tok.pos_ != "PROPN":
                continue
            # the run of capitalised words ending at the subject ("Berlin scale-up Quellwerk" -> "Quellwerk")
            i = tok.i
            while i - 1 >= span.start and (self.doc[i - 1].text[:1].isupper() or self.doc[i - 1].text == "&") \
                    and self.doc[i - 1].dep_ == "compound":
                i -= 1
            toks = list(self.doc[i:tok.i + 1])
            while toks and toks[0].ent_type_ in ("GPE", "NORP", "LOC") and len(toks) > 1:
                toks = toks[1:]
            # A place or a date is not a company. The small model often tags unknown company
            # names as PERSON, so a PERSON is only refused when the text lists it as a person.
            if all(t.ent_type_ in NOT_COMPANY_ENTS - {"PERSON"} for t in toks if t.text[:1].isalnum()):
                continue
            name = self.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
            people = {p.get("name", "") for p in self.doc._.people or [] if isinstance(p, dict)}
            if name in people or any(name in p or p in name for p in people if p):
                continue
            return self._add_org(name, toks[0].idx)
        return None

    def _antecedent(self, u: int) -> Org | None:
        """The company a sentence-initial "it"/"the company" most likely refers to: the previous
        sentence's subject, unless that sentence presents it as an investor or buyer."""
        for back in range(1, 4):
            if u - back < 0:
                return None
            ps, pe = self.units[u - back]
            prev = self.text[ps:pe]
            if re.search(r"\b(stake|invest\w*|bought|acquir\w*|backed|backs|owns)\b", prev, re.IGNORECASE):
                return None
            subj = self._unit_subject(u - back)
            if subj is not None or self._mentions_in(ps, pe) or not self.pronoun_start.match(prev):
                return subj
            # "The company, founded in 2017, makes chips." names no one: read further back
        return None

    # ------------------------------------------------------------------ terms and traps

    def _unit_of(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.units):
            if s <= pos < e:
                return i
        return -1

    def _terms(self) -> list[Term]:
        text = self.text
        found: list[Term] = []
        if self.term_rx is None:
            return found
        tiers = [(m.start(), m.end()) for m in self.tier_rx.finditer(text)] if self.tier_rx else []
        brands: set[str] = set()
        raw = []
        for m in self.term_rx.finditer(text):
            cid = self._cat_of(m.group(0))
            if cid is None:
                continue
            if any(s <= m.start() and m.end() <= e and (e - s) > (m.end() - m.start()) for s, e in tiers):
                continue  # part of a lower-tier phrase
            u = self._unit_of(m.start())
            if u < 0:
                continue
            trap = self._trap(m.start(), m.end(), u, brands)
            raw.append((m, cid, u, trap))
        if self.national_rx is not None and "little_giant" in self.cats:
            for m in self.national_rx.finditer(text):
                if any(rs < m.end() and m.start() < re_ for r, _, _, _ in raw for rs, re_ in [r.span()]):
                    continue  # a full term is already there
                if any(s <= m.start() and m.end() <= e and (e - s) > (m.end() - m.start()) for s, e in tiers):
                    continue
                u = self._unit_of(m.start())
                if u < 0:
                    continue
                us, ue = self.units[u]
                if (self.national_before is not None and self.national_before.search(text[max(us, m.start() - 40):m.start()])) \
                        or (self.national_after is not None and self.national_after.match(text[m.end():ue])):
                    raw.append((m, "little_giant", u, False))
            raw.sort(key=lambda r: r[0].start())
        for m, cid, u, trap in raw:
            surface = m.group(0)
            if trap or (surface[:1].isupper() and surface.lower().rstrip("s") in brands):
                continue
            t = Term(m.start(), m.end(), cid, self.out_id.get(cid, cid), u)
            t.status = self._status(t)
            found.append(t)
        return found

    def _cat_of(self, surface: str) -> str | None:
        cid = self.term_key.get(_norm(surface))
        if cid is not None:
            return cid
        for cid, rx in self.term_rx_by_cat.items():
            if rx is not None and rx.fullmatch(surface):
                return cid
        return None

    def _trap(self, s: int, e: int, u: int, brands: set[str]) -> bool:
        text = self.text
        us, ue = self.units[u]
        unit = text[us:ue]
        surface = text[s:e]
        window = text[max(us, s - 60):min(ue, e + 60)]
        nxt = re.match(r"[\"'”’]?\s+([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?", text[e:ue])
        capital = surface[:1].isupper() and not surface.isupper()
        if nxt:
            words = [w.lower() for w in nxt.groups() if w]
            if capital and any(w in self.brand_after or w in self.object_after for w in words):
                brands.add(surface.lower().rstrip("s"))  # a product name: its later capitalised uses too
                return True
            if any(w in self.object_after for w in words):
                return True
        if self.animal_before is not None and self.animal_before.search(text[max(us, s - 25):s]) \
                and self._cat_of(surface) in ("gazelle", "unicorn"):
            return True
        if self.metaphor is not None and self.metaphor.search(window):
            return True
        if self.context_words is not None and self.context_words.search(unit):
            return True
        if self.job_context is not None and self._cat_of(surface) == "unicorn" and self.job_context.search(unit) \
                and not self._mentions_in(us, ue) and not re.search(r"\b(?:start-?ups?|compan(?:y|ies)|firms?|valu\w+|"
                                                                    r"worth|billion|bn)\b", unit, re.I):
            return True  # "recruiters call her a unicorn": a rare hire, not a firm
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        mid = s != us and not re.match(r"^[\"'“‘]?$", text[us:s].strip())
        if capital and not is_title_case_line(line):
            if nxt and text[e:e + 1] == " ":
                # "Unicorn Capital Partners", "Gazelle Wind Power": the first word of a name (at the
                # start of a sentence too, where only a second capitalised word tells)
                w = nxt.group(1)
                starts_org = any(ms == e + 1 for o in self.orgs for ms, _ in o.mentions)
                if w[:1].isupper() and w.lower() not in self.category_heads and not starts_org:
                    brands.add(surface.lower().rstrip("s"))
                    return True
            if mid and not surface.lower().endswith("s") and self.name_context_words is not None \
                    and self.name_context_words.search(unit):
                return True
            if not mid and not surface.lower().endswith("s") and self.name_context_words is not None \
                    and re.match(r"[\"'”’]?\s*,", text[e:ue]) and self.name_context_words.search(text[e:min(ue, e + 60)]):
                brands.add(surface.lower())
                return True  # "Gazelle, the Dutch bicycle brand, ..."
        cid = self._cat_of(surface)
        if cid == "gazelle" and self.valuation_gazelle is not None and self.valuation_gazelle.search(unit):
            return True
        if cid == "gazelle" and self._valuation_gazelles():
            return True  # the article's gazelles are a rich list's valuation band, wherever it says so
        return False

    def _valuation_gazelles(self) -> bool:
        """The text uses "gazelle" for a rich list's valuation band: a sentence with a gazelle term and
        valuation wording, or a gazelle index named as such."""
        if "_val_gazelles" not in self.__dict__:
            found = bool(self.valuation_gazelle_doc is not None and self.valuation_gazelle_doc.search(self.text))
            rx = self.term_rx_by_cat.get("gazelle")
            if not found and rx is not None and self.valuation_gazelle is not None:
                for us, ue in self.units:
                    unit = self.text[us:ue]
                    if rx.search(unit) and self.valuation_gazelle.search(unit) and \
                            not (self.context_words is not None and self.context_words.search(unit)):
                        found = True
                        break
            self._val_gazelles = found
        return self._val_gazelles

    def _new_subject_in(self, s: int, e: int, ue: int) -> bool:
        """"X and Y were named little giants in 2021, but Y was later stripped of the title": the past
        status belongs to the org after the conjunction, not to the term's own subjects."""
        for m in re.finditer(r"\b(?:but|while|whereas|although|though)\s+(?:the\s+)?", self.text[s:min(e, ue)]):
            pos = s + m.end()
            if any(ms == pos for ms, _, _ in self._mentions_in(pos, ue)):
                return True
        return False

    def _clause_start(self, pos: int, floor: int) -> int:
        start = floor
        for m in CLAUSE_BOUNDARY.finditer(self.text, floor, pos):
            start = m.end()
        return start

    def _status(self, t: Term) -> str:
        text = self.text
        us, ue = self.units[t.unit]
        cs = self._clause_start(t.start, us)
        # only the stretch after the last comma: "X, which did not disclose terms, became a unicorn"
        left = after_last_comma(text[max(cs, t.start - 100):t.start])
        near = after_last_comma(text[max(cs, t.start - 45):t.start])
        right = text[t.end:min(ue, t.end + 60)]
        if self.past is not None and self.past.search(near):
            return "past"
        pm = self.past_after.search(right) if self.past_after is not None else None
        if pm and not self._new_subject_in(t.end + pm.start(), t.end + pm.end() + 40, ue):
            return "past"
        if self.negation is not None and self.negation.search(near):
            return "negated"
        if self.aspirant is not None and self.aspirant.search(left):
            return "aspirant"
        if self.aspirant_after is not None and self.aspirant_after.search(right):
            return "aspirant"
        if t.out == "little_giant":
            if self.lower_level is not None and self.lower_level.search(text[max(us, t.start - 45):t.start]):
                return "lower_tier"
            if self.lower_level_after is not None and self.lower_level_after.search(right):
                return "lower_tier"
        return "ok"

    # ------------------------------------------------------------------ binding statements to orgs

    def _latin_owner(self, org: Org) -> Org | None:
        """An org named only in Chinese characters that the text gives in parentheses after a Latin
        name ("Yuvix Photonics (优维光子科技有限公司)") is that name's alias: the Latin-named org."""
        if re.search(r"[A-Za-z]", org.name) or not CJK.search(org.name):
            return org
        for s, e in org.mentions:
            if not re.search(r"\(\s*$", self.text[max(0, s - 3):s]):
                continue
            paren = self.text.rfind("(", 0, s)
            owner = next((o for ms, me, o in self._mentions_in(max(0, paren - 120), paren)
                          if o is not org and re.fullmatch(r"\s*", self.text[me:paren])), None)
            if owner is not None:
                return owner
        return org

    def _record(self, org: Org, t: Term, basis: str, conf: float | None = None) -> None:
        org = self._latin_owner(org)
        if not org.is_company:
            return
        if t.status in ("negated", "past"):
            self.negatives.setdefault((org.index, t.out), []).append(t.start)
            return
        if t.status != "ok":
            return
        us, ue = self.units[t.unit]
        self._label(org, t.out, basis, us, ue, t.start, definition_cat=t.cat, conf=conf)

    def _label(self, org: Org, out: str, basis: str, s: int, e: int, pos: int, *, definition_cat: str,
               conf: float | None = None, figure: dict | None = None) -> None:
        org = self._latin_owner(org)
        cat = self.cats.get(definition_cat, {})
        definition = (cat.get("definition") or {}).get(basis) or (cat.get("definition") or {}).get("explicit")
        self.labels.append({"org": org.name, "_org": org.index, "_pos": pos, "category": out, "basis": basis,
                            "evidence": self.text[s:e], "span": [s, e],
                            "confidence": conf if conf is not None else CONFIDENCE[basis],
                            "figure": figure, "definition": definition})

    def _bind(self, t: Term) -> None:
        """Tie one term mention to the organisation(s) it describes, trying in turn: (1) "unicorn X",
        (2) an org before the term with an apposition or member verb ("X, a unicorn", "X became a
        unicorn"), (3) a list after the term ("unicorns such as X and Y"), (4) "... X fitted the
        category", (5) a sentence about an unnamed firm that names exactly one company later.
        Negated and past statements are recorded as vetoes; aspirants and lower tiers bind nothing."""
        if t.in_name:
            return
        text = self.text
        us, ue = self.units[t.unit]
        if t.status in ("aspirant", "lower_tier"):
            # "X hopes to become a unicorn, while Y already is one": Y's own clause decides
            ok = Term(t.start, t.end, t.cat, t.out, t.unit)
            self._bind_anaphor(ok, require_boundary=True)
            like = NEXT_LIKE.match(text, t.end, ue)
            if t.status == "aspirant" and like and re.search(r"\bthe next\s*[\"'“‘]?$", text[max(us, t.start - 20):t.start], re.I):
                # "could become the next unicorn, like X": X is the member the aspirant is compared to
                start = like.end()
                for org in self._list_members(start, self._list_end(start, ue)):
                    self._record(org, ok, "implicit", conf=0.6)
            return
        head = re.match(r"[\"'”’]?\s+([A-Za-z][\w-]*)", text[t.end:ue])
        if head and head.group(1).lower() in self.non_member_heads:
            return  # "a unicorn investor", "little giant incubator": about members, not one
        if self.modifier_suffix is not None and self.modifier_suffix.match(text[t.end:t.end + 20]):
            return  # "a unicorn-backed start-up"
        bound = False
        # 1. pre-modifier: "robotics unicorn X", "little giant company X"
        m = self.firm_after.match(text[t.end:ue])
        after = t.end + (m.end() if m else 0)
        for s, e, o in self._mentions_in(after, ue):
            if s == after:
                for org in self._group_from(s, ue):
                    self._record(org, t, "explicit")
                bound = True
            break
        # 2. org before the term: apposition or member verb, within the clause
        cs = self._clause_start(t.start, us)
        seg_mentions = self._mentions_in(cs, t.start)
        chosen = None
        for s, e, o in reversed(seg_mentions):
            if self._is_source(s):
                continue
            if self._apposition(e, t.start) or (self._subject_like(s, e) and self._not_modifier(s, e)):
                chosen = (s, e, o)
                break
        if chosen is None:
            # "the ministry named X a little giant": the object of a naming verb, then the term
            for s, e, o in reversed(seg_mentions):
                if NAMING_VERB.search(text[max(cs, s - 30):s]) and \
                        re.match(r"\s*(?:as\s+)?(?:a|an|one of(?: the)?|among(?: the)?)\s", text[e:t.start]) and \
                        len(text[e:t.start]) < 80 and not self._other_term_between(e, t.start):
                    self._record(o, t, "explicit")
                    bound = True
                break
        if chosen is None and seg_mentions == [] and self.pronoun_clause.match(text[cs:t.start]) and cs > us:
            # "..., and it is now a unicorn too": the sentence's subject
            subj = self._unit_subject(t.unit, cs)
            between = text[cs:t.start]
            if subj and self._member_between(between, apposition=False):
                self._record(subj, t, "explicit")
                bound = True
        if chosen is None and not bound and cs == us and not self._mentions_in(us, t.start) \
                and re.match(r"\s*(?:it|the (?:company|firm|start-?up|group))\s", text[us:t.start], re.I) \
                and self._member_between(text[us:t.start], apposition=False):
            # "It now counts among the former unicorns.": the company the previous sentence is about
            ante = self._antecedent(t.unit)
            if ante is not None:
                self._record(ante, t, "explicit", conf=0.8)
                bound = True
        if chosen is None and not any(self._subject_like(s, e) and self._not_modifier(s, e)
                                      for s, e, o in self._mentions_in(us, t.start)):
            left = text[cs:t.start]
            if self._member_between(left, apposition=False) and not self._other_term_between(cs, t.start):
                named = self._named_subject(t.unit, t.start)
                if named is not None:
                    seg_mentions = self._mentions_in(cs, t.start)
                    chosen = next(((s, e, o) for s, e, o in seg_mentions if o is named), None)
        made = re.search(r"\b(?:making|made|makes|turning|turned|which made|that made)\s+(?:it|them)\b", text[cs:t.start])
        if chosen is not None and made and cs + made.start() > chosen[1]:
            chosen = None  # "A raised money from B, valuing it at $12bn and making it a decacorn": A, above
        if chosen is None and made:
            # "... values the company at $12bn, making it one of the few decacorns"
            subj = self._unit_subject(t.unit, cs + made.start()) or self._named_subject(t.unit, cs + made.start())
            if subj is not None and not self._other_term_between(cs + made.end(), t.start):
                self._record(subj, t, "explicit")
                bound = True
        if chosen is not None:
            s, e, o = chosen
            between = text[e:t.start]
            last_skipped = max([me for ms, me, mo in seg_mentions if ms > s] or [e])
            lost = t.status == "past" and len(between) < 60 and self.past is not None and \
                self.past.search(between) and not (self.relation is not None and self.relation.search(between))
            if (lost or self._member_between(between, apposition=self._apposition(e, t.start),
                                             rest=text[last_skipped:t.start])) \
                    and not self._other_term_between(e, t.start):
                for org in self._group_to(s, cs):
                    self._record(org, t, "explicit")
                bound = True
        # 3. list after the term: "unicorns such as X, Y and Z", "the new unicorns: A, B and C"
        lm = self.list_cue.match(text[t.end:ue]) if self.list_cue is not None else None
        if lm:
            start = t.end + lm.end()
            end = self._list_end(start, ue)
            for org in self._list_members(start, end):
                self._record(org, t, "explicit", conf=0.85)
                bound = True
        # 4. "... only the company X fitted the category": org after the term, then an anaphoric cue
        if t.status in ("negated", "past"):
            # "X is no longer a unicorn, but its rival Y is one": Y's own clause is a positive statement
            bound = self._bind_anaphor(Term(t.start, t.end, t.cat, t.out, t.unit), require_boundary=True) or bound
        else:
            bound = self._bind_anaphor(t) or bound
        # 5. "<a start-up> received the little giant title ..., and it helped the company, X, ...": one named firm
        if not bound and not self._mentions_in(us, t.start):
            left = text[cs:t.start]
            if self.member_cue is not None and self.member_cue.search(left) and \
                    (self.relation is None or not self.relation.search(self._strip_cues(left))):
                cands = [(s, e, o) for s, e, o in self._mentions_in(t.end, ue)
                         if o.is_company and self.firm_before.search(text[max(us, s - 40):s]) and self._subject_like(s, e)]
                if len({o.index for _, _, o in cands}) == 1:
                    self._record(cands[0][2], t, "implicit")

    def _bind_anaphor(self, t: Term, require_boundary: bool = False) -> bool:
        text = self.text
        us, ue = self.units[t.unit]
        if self.anaphor is None:
            return False
        for am in self.anaphor.finditer(text, t.end, ue):
            cands = [(s, e, o) for s, e, o in self._mentions_in(t.end, am.start()) if self._subject_like(s, e)]
            if not cands:
                return False
            s, e, o = cands[0]
            if require_boundary and not CLAUSE_BOUNDARY.search(text, t.end, s):
                return False
            gap = text[e:am.start()]
            if self.negation is not None and self.negation.search(gap[-25:]):
                return False
            self._record(o, t, "implicit", conf=0.7)
            return True
        return False

    def _lost_titles(self, terms: list[Term]) -> None:
        """"Y's title was later revoked", "Y dropped off the list", "Y failed to requalify": a veto for
        that org alone, on the category named in the statement or the last one named just before."""
        if self.title_lost_after is None:
            return
        text = self.text
        for o in self.orgs:
            for s, e in o.mentions:
                u = self._unit_of(s)
                if u < 0:
                    continue
                us, ue = self.units[u]
                m = self.title_lost_after.match(text, e, ue)
                if not m:
                    continue
                inside = [t for t in terms if e <= t.start < m.end()]
                before = [t for t in terms if u - 2 <= t.unit <= u and t.start < s and not t.in_name]
                term = inside[0] if inside else (before[-1] if before else None)
                if term is not None:
                    self.negatives.setdefault((o.index, term.out), []).append(max(s, term.start))

    def _also_listed(self, terms: list[Term]) -> None:
        """"... named 30 gazelle enterprises. Among them are A and B. C was also on the list.": a firm
        said to be on the same list as the members just named (the last category term in the two
        sentences before) is a member too."""
        for u in range(1, len(self.units)):
            us, ue = self.units[u]
            m = ALSO_LISTED.search(self.text[us:ue])
            if not m:
                continue
            m_start, m_end = us + m.start(), us + m.end()
            term = next((t for t in reversed(terms) if u - 2 <= t.unit < u and not t.in_name), None)
            if term is None or term.status != "ok":
                continue
            if not any(lab["category"] == term.out and us - 600 < lab["_pos"] < us for lab in self.labels):
                continue  # the earlier sentences name members: this one adds to them
            if m.group(0).strip().lower().startswith(("the", "this", "that", "its")):
                # "The list also includes C and D."
                members = self._list_members(m_end, self._list_end(m_end, ue))
            else:
                members = [o for s, e, o in self._mentions_in(us, m_start) if self._subject_like(s, e)]
            for o in members:
                self._record(o, Term(term.start, term.end, term.cat, term.out, u), "implicit", conf=0.6)

    def _anaphoric_lists(self, terms: list[Term]) -> None:
        """"The country has 212 unicorns. Among them are X and Y.": the list names members of the category
        that is the last plural noun of the sentence before (not of any plural noun)."""
        for u in range(1, len(self.units)):
            us, ue = self.units[u]
            m = ANAPHORIC_LIST.match(self.text[us:ue])
            if not m:
                continue
            ps, pe = self.units[u - 1]
            span = self.doc.char_span(ps, pe, alignment_mode="expand")
            if span is None:
                continue
            in_org = {i for ms, me, o in self._mentions_in(ps, pe) for i in range(ms, me)}
            plurals = [tok for tok in span if tok.ent_type_ not in ("MONEY", "PERCENT") and tok.idx not in in_org
                       and (tok.tag_ == "NNS" or (tok.tag_ == "NNPS" and self._cat_of(tok.text)))]
            if not plurals:
                continue
            last = plurals[-1]
            term = next((t for t in terms if t.unit == u - 1 and (
                t.start <= last.idx < t.end or  # "... 212 unicorns."
                (last.lower_ in self.firm_nouns and re.fullmatch(r"[\s\"'”’)(]*(?:\([^)]{0,30}\)[\s\"'”’]*)?", self.text[t.end:last.idx])))), None)
            if term is None or term.status != "ok" or term.in_name:
                continue
            start = us + m.end()
            for org in self._list_members(start, self._list_end(start, ue)):
                self._record(org, Term(term.start, term.end, term.cat, term.out, u), "implicit", conf=0.6)

    def _strip_cues(self, between: str) -> str:
        if self.member_list is not None:
            between = self.member_list.sub(" ", between)
        return self.member_cue.sub(" ", between) if self.member_cue is not None else between

    def _member_between(self, between: str, apposition: bool, rest: str | None = None) -> bool:
        """Text between an org and a term states membership: a member cue (or an apposition), and
        no relation word in `rest` (the part after any org skipped as a non-subject)."""
        if len(between) > 160:
            return False
        has_cue = apposition or (self.member_cue is not None and self.member_cue.search(between) is not None) \
            or (self.member_list is not None and self.member_list.search(between) is not None)
        if not has_cue:
            return False
        rest = self._strip_cues(between if rest is None else rest)
        if self.relation is not None and self.relation.search(rest):
            return False
        return True

    def _other_term_between(self, s: int, e: int) -> bool:
        return bool(self.term_rx and self.term_rx.search(self.text[s:e]))

    def _group_to(self, s: int, floor: int) -> list[Org]:
        """The org at s plus the orgs coordinated with it to its left ("A, B and C were named ...").
        A bare comma next to the org is not coordination ("Unlike X, Y became ...")."""
        group = [o for ms, me, o in self._mentions_in(s, len(self.text)) if ms == s][:1]
        mentions = self._mentions_in(floor, s)
        cur, first = s, True
        for ms, me, mo in reversed(mentions):
            sep = self.text[me:cur]
            if me <= cur and LIST_SEP.match(sep) and (not first or AND_SEP.search(sep)):
                group.append(mo)
                cur, first = ms, False
            elif me <= cur:
                break
        return [o for o in reversed(group)]

    def _group_from(self, s: int, ceil: int) -> list[Org]:
        """The org at s plus the orgs coordinated with it to its right, when the list closes with "and"."""
        group, seps = [], []
        cur = None
        for ms, me, mo in self._mentions_in(s, ceil):
            if cur is None:
                group.append(mo)
                cur = me
            elif LIST_SEP.match(self.text[cur:ms]):
                group.append(mo)
                seps.append(self.text[cur:ms])
                cur = me
            else:
                break
        while seps and not AND_SEP.search(seps[-1]):
            seps.pop()
            group.pop()
        return group

    def _list_end(self, start: int, ue: int) -> int:
        # a unit is one sentence, so a full stop inside it belongs to an abbreviation ("Co., Ltd.")
        # a verb ends the list; after a comma, "valued"/"worth" open a description of the item before
        m = re.compile(r";|\s(?:is|are|was|were|have|has|had|will|which|who|that)\s|(?<!,)\s(?:valued|worth|raises|"
                       r"raised|joins|joined|becomes|became|hits|hit|said|says|secures|secured|gets|got|lands|landed|"
                       r"closes|closed)\s").search(self.text, start, ue)
        return m.start() if m else ue

    def _list_members(self, start: int, end: int) -> list[Org]:
        """Names in a list ("A, the Hanoi lender B and C"): per item, the last org mention in it, or
        else its last capitalised run (a company the orgs component missed). Stops at the first item
        that names nothing."""
        text = self.text
        inside = [(s, e) for s, e, _ in self._mentions_in(start, end)]
        cuts = [m for m in LIST_ITEM_SEP.finditer(text, start, end)
                if not any(s <= m.start() < e for s, e in inside)]
        bounds, pos = [], start
        for m in cuts:
            bounds.append((pos, m.start()))
            pos = m.end()
        bounds.append((pos, end))
        members: list[Org] = []
        for s, e in bounds:
            found = self._mentions_in(s, e)
            if found:
                members.append(found[-1][2])
                continue
            item = text[s:e].rstrip(" .\"'”’")
            nm = NAME_RUN.search(item)
            if not nm and members and re.match(r"\s*(?:valued|worth|with|which|based|founded|a|an|the)\b", item):
                continue  # a description of the member before: "A, valued at $2bn, and B"
            if not nm:
                break
            firm_noun = bool(self.firm_before.search(item[:nm.start(1)]))
            if not firm_noun and self._not_a_name(s + nm.start(1), s + nm.end(1)):
                break
            org = self._add_org(nm.group(1), s + nm.start(1), firm_noun=firm_noun)
            if org is None:
                break
            members.append(org)
        return members

    def _not_a_name(self, s: int, e: int) -> bool:
        """A capitalised run that is a place, a nationality or a person, not a company."""
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return True
        ents = {t.ent_type_ for t in span if t.text[:1].isalnum()}
        return bool(ents) and ents <= {"GPE", "NORP", "LOC", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}

    # ------------------------------------------------------------------ resolution

    def _outlives(self, lab: dict, negs: list[int]) -> bool:
        """A label survives the denials and past statuses recorded for its org when every one of them
        comes before it and it is the newer fact: a valuation stated after the denial ("a former
        decacorn, now valued at $7.85bn" is a unicorn), or a later sentence in the present
        ("... was not a unicorn in 2018. Today it is one")."""
        pos = lab["_pos"]
        if max(negs) > pos:
            return False
        if lab["basis"] == "criterion":
            return True
        u = self._unit_of(pos)
        if any(self._unit_of(n) == u for n in negs) or u < 0:
            return False
        us, ue = self.units[u]
        return bool(PRESENT_NOW.search(self.text, us, ue))

    def _resolve(self) -> list[dict]:
        best: dict[tuple[int, str], dict] = {}
        for lab in self.labels:
            key = (lab["_org"], lab["category"])
            # listed firms: no unicorn/decacorn, and no criterion gazelle
            if lab["_org"] in self.listed and (lab["category"] in ("unicorn", "decacorn") or
                                               (lab["category"] == "gazelle" and lab["basis"] == "criterion")):
                continue
            # a denied or past status vetoes statements of it; a valuation stated after the
            # denial still counts ("a former decacorn, now valued at $7.85bn" is a unicorn)
            negs = self.negatives.get(key, [])
            if lab["category"] == "decacorn":
                negs = negs + self.negatives.get((lab["_org"], "unicorn"), [])
            if negs and not self._outlives(lab, negs):
                continue
            cur = best.get(key)
            if cur is None or BASIS_RANK[lab["basis"]] > BASIS_RANK[cur["basis"]]:
                if cur is not None and cur.get("figure") and not lab.get("figure"):
                    lab = {**lab, "figure": cur["figure"]}
                best[key] = lab
            elif lab.get("figure") and not cur.get("figure"):
                cur["figure"] = lab["figure"]
        orgs_with_deca = {k[0] for k in best if k[1] == "decacorn"}
        out = []
        for (oi, cat), lab in sorted(best.items(), key=lambda kv: kv[1]["_pos"]):
            if cat == "unicorn" and oi in orgs_with_deca:
                continue
            out.append({k: v for k, v in lab.items() if not k.startswith("_")})
        return out


@Language.factory("giants_categories", default_config={"taxonomy": ""})
def make_categories(nlp: Language, name: str, taxonomy: str) -> CategoryTagger:
    return CategoryTagger(nlp, name, taxonomy=taxonomy)
