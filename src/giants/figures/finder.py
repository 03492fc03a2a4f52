"""giants_figures: money, percentages and counts, normalised and tied to what they measure.

Finding and parsing amounts is giants.figures.money's job (plain text in, amounts out).
This component decides which amounts are business figures, what kind each one
is (valuation, funding, revenue, growth_rate, count, other), what it is about
and which organisation it belongs to, and converts money to US dollars: with the
article's own US$ figure when it states one, else with the dated rate table.

Kinds are decided by cue words near the amount (data/figures.toml [kinds]); the
nearest cue wins, a cue just before the amount counting more than one after it.
Clause structure then corrects the cue: the subject of the verb tells a price move
("Shares of X rose 9%") from growth ("its sales rose 9%"), the object of "values X at"
names the firm valued, a generic group ("firms with revenue between ...") makes an
amount a threshold, and what a number counts decides between a count of firms, other
numbers, and animal data or physical quantities, which are not business figures.
Two finders add figures the amount parser cannot see: growth written as a verb
("sales doubled") and shares written in words ("about half of which").

The per-amount kind decisions live in `kinds` (mixed into the component). Whose a figure is
and when it holds are read by the sibling modules: `subjects`
(a market or sector, a deal price's target, a traded market value), `timing`
(current, past, target, rumoured), `clauses` (definition thresholds, what grows) and
`dollars` (which dollar a bare "$" is, from the amount's own context).
"""

from __future__ import annotations

import os
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from giants import extensions  # noqa: F401
from giants.extensions import doc_text, guarded
from giants.data import _merge, builtin, read_toml
from giants.figures.money import Amount, Lexicon, scan
from giants.figures.rates import RateBook, conversion_day, rate_warnings
from giants.figures.dollars import DollarReader
from giants.figures.clauses import back_reference, definition_holder, governing_verb as governing_verb_of
from giants.figures.subjects import SubjectReader
from giants.dates import reference_year
from giants.figures.timing import TimeReader
from giants.figures.counts import CountReader
from giants.figures.owners import OwnerReader
from giants.figures.patterns import _ANAPHOR_NOUNS, _BULLET, _FISCAL, _LEFT_CHARS, _LINKING_VERBS, _PHONE, _RIGHT_CHARS, _RIGHT_WEIGHT, _TIME, _cue_regex, _line_bounds

from giants.figures.kinds import KindReader, _DEBT_HELD, _RANKING_ENTRY, _RESTATED_NEAR


class FigureFinder(KindReader, CountReader, OwnerReader):
    def __init__(self, nlp: Language, name: str, *, rates_path: str = "", vocab_path: str = ""):
        self.name = name
        self._masked = ""  # the current doc's text with organisation names blanked (set per call)
        self._doc_mentions: list[tuple[int, int, str, bool]] = []  # the current doc's organisation mentions
        self._org_types: dict[str, str] = {}  # the current doc's organisation name -> type
        data = builtin("figures")
        if vocab_path:  # a user's file extends the built-in vocabulary
            data = _merge(data, read_toml(vocab_path))
        self.lex = Lexicon(data)
        self.timing = TimeReader(data)
        self.subjects = SubjectReader(data)
        self.book = RateBook(rates_path or None)
        self._day = None  # the current doc's conversion date (set per call)
        kinds = data.get("kinds", {})
        self.cues = {k: _cue_regex(kinds.get(k, [])) for k in
                     ("valuation", "funding", "revenue", "other", "volume", "growth", "decline", "share", "threshold",
                      "listed")}
        self.entity_nouns = {w.lower() for w in kinds.get("entity_nouns", [])}
        self.growth_things = {w.lower() for w in kinds.get("growth_things", [])}
        self.firm_funding = {w.lower() for w in kinds.get("firm_funding", [])}
        self.takeover = _cue_regex(kinds.get("takeover", []))
        self.ranking_floor = _cue_regex(kinds.get("ranking_floor", []))
        self.stock_verbs = {w.lower() for w in kinds.get("stock_verbs", [])}
        self.takeover_not = _cue_regex(kinds.get("takeover_not", []))
        self.raise_phrasal = {tuple(w.lower().split()) for w in kinds.get("raise_phrasal", []) if " " in w}
        self.not_growth_things = {w.lower() for w in kinds.get("not_growth_things", [])}
        self.mass_nouns = {w.lower() for w in kinds.get("plurals_without_s", [])}
        self.headcount_words = {w.lower() for w in kinds.get("headcount_words", [])}
        self.not_nouns = {w.lower() for w in kinds.get("not_figure_nouns", [])}
        self.not_before = {w.lower() for w in kinds.get("not_figure_before", [])}
        self.name_types = {w.lower() for w in kinds.get("name_types", [])}
        self.rank_nouns = {w.lower() for w in kinds.get("rank_nouns", [])}
        self.min_valuation_usd = float(kinds.get("min_valuation_usd", 0))
        self.ranking_words = _cue_regex(kinds.get("ranking_words", []))
        self.value_categories = _cue_regex(kinds.get("value_categories", []))
        self.animal_nouns = {w.lower() for w in kinds.get("animal_nouns", [])}
        self.not_business = {w.lower() for w in kinds.get("not_business_nouns", [])}
        self.price_subjects = {w.lower() for w in kinds.get("price_subjects", [])}
        self.goods_verbs = {w.lower() for w in kinds.get("goods_verbs", [])}
        self.thing_nouns = {w.lower() for w in kinds.get("valued_things", [])}
        self.weight_cues = _cue_regex(kinds.get("weight_cues", []))
        # verbs right before an amount that make it the size of a change ("gaining $80bn")
        self.change_before = re.compile(r"\b(?:" + "|".join(map(re.escape, kinds["change_before"])) + r")\s+"
                                        r"(?:by\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$") \
            if kinds.get("change_before") else None
        self.change_cues = {w.lower() for w in kinds.get("change_cues", [])}
        self.multiples = {k.lower(): float(v) for k, v in data.get("multiples", {}).items()}
        self.fractions = {re.sub(r"[\s-]+", " ", k.lower()): float(v) for k, v in data.get("fractions", {}).items()}
        leads = [q for q in self.lex.qualifiers if q[:1].isalpha()] + kinds.get("share_verbs", [])
        self.fraction_re = re.compile(
            r"(?i)(?<![\w-])(?:(?P<q>" + "|".join(re.escape(w) for w in sorted(leads, key=len, reverse=True))
            + r")\s+)(?P<f>" + "|".join(re.escape(f).replace(r"\ ", r"[\s-]") for f in
                                       sorted(self.fractions, key=len, reverse=True))
            + r")\s+of\b(?!\s+what\b)") if self.fractions else None  # "a tenth of what rivals spend": a ratio
        self.multiple_subjects = {w.lower() for w in kinds.get("multiple_subjects", [])}
        self.change_verbs = {w.lower() for w in kinds.get("growth", []) + kinds.get("decline", []) if " " not in w}
        self.animal_senses = {w.lower() for w in kinds.get("animal_senses", [])}
        self.animal_context = {w.lower() for w in kinds.get("animal_context", [])}
        # "young firms worth over ...": firms in general, as in a definition
        self.generic_firms = re.compile(
            r"(?i)(?<!\d\s)(?<![\d,]\d\s)\b(?:start-?ups|companies|firms|businesses|enterprises|ventures"
            r"|\ban?\s+(?:[\w-]+\s+){0,2}?(?:start-?up|company|firm|business|enterprise)),?\s+"
            r"(?:(?:in|of|from)\s+(?:the\s+)?[\w-]+\s+(?:[\w-]+\s+)?)?"
            r"(?:(?:that\s+are\s+|which\s+are\s+)?(?:valued|worth)|with\s+(?:a\s+)?(?:market\s+)?"
            r"(?:value|valuation)s?\s+of)\b[^.;]{0,20}$")
        nouns = "|".join(re.escape(n) for n in sorted(_ANAPHOR_NOUNS, key=len, reverse=True))
        self.anaphor_start = re.compile(
            rf"(?i)^\W*(?:it|its|they|their|(?:the|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})(?:'s)?)\b")
        owners = data.get("owners", {})
        self.investor_verbs = {w.lower() for w in owners.get("investor_verbs", [])}
        self.raise_to_verbs = {w.lower() for w in owners.get("raise_to_verbs", [])}
        self.relation_nouns = {w.lower() for w in owners.get("relation_nouns", [])}
        self.own_event_nouns = {w.lower() for w in owners.get("own_event_nouns", [])}
        self.source_nouns = {w.lower() for w in owners.get("source_nouns", [])}
        self.measure_owner_nouns = {w.lower() for w in owners.get("measure_owner_nouns", [])}
        self.period_nouns = {w.lower() for w in owners.get("period_nouns", [])}
        self.story_round_words = {w.lower() for w in owners.get("story_round_words", [])}
        self.investor_nouns = {w.lower() for w in owners.get("investor_nouns", [])}
        self.raise_verbs = {w.lower() for w in owners.get("raise_verbs", [])}
        self.investor_from_nouns = {w.lower() for w in owners.get("investor_from_nouns", [])}
        self.dollars = DollarReader(data)
        # ambiguous currency forms: form -> [(code, regex of the words naming its country)]
        self.ambiguous = {
            form.lower(): [(code, re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b"))
                           for code, words in codes.items() if words]
            for form, codes in data.get("ambiguous", {}).items()}

    # --- finding ----------------------------------------------------------------------------------

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._day, dated_by = conversion_day(doc._.published, doc._.as_of)
        overrides, unsure = self._currency_context(text)
        blocked = [m.span() for m in _PHONE.finditer(text)] + [m.span() for m in _TIME.finditer(text)]
        figures: list[dict[str, Any]] = []
        mentions = self._mentions(doc)
        # cue words inside organisation names ("Zarnow Pay", "Value Partners") are not cues; a
        # coreferent phrase ("the most valuable start-up") keeps its words
        masked = list(text)
        for org in doc._.organizations or []:
            for s, e in org.get("mention_spans") or []:
                masked[s:e] = "_" * (e - s)
        self._masked = "".join(masked)
        self._doc_mentions = mentions
        self._org_types = {o.get("name"): o.get("type") for o in doc._.organizations or [] if isinstance(o, dict)}
        doubtful: dict[tuple[str, str], list[str]] = {}  # (place, code) -> '$' figures its context makes doubtful
        dateline = self.dollars.dateline(text)
        has_sents = doc.has_annotation("SENT_START")
        used_unsure: set[str] = set()
        ref_year = reference_year(doc._.published, text)
        for amt in scan(text, self.lex, overrides=overrides):
            if amt.symbol and amt.symbol.lower() in unsure:
                used_unsure.add(amt.symbol)
            if any(s < amt.end and amt.start < e for s, e in blocked):
                continue
            span = doc.char_span(amt.start, amt.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            sent = span.sent if has_sents else doc[:]
            if amt.unit is None:
                fig = self._count(amt, span, sent, text, figures)
            elif amt.unit == "%":
                fig = self._percent(amt, span, sent, text, figures)
            else:
                fig = self._money(amt, span, sent, text)
            if fig is None:
                continue
            fig["_back"] = back_reference(span)
            if fig["kind"] in ("valuation", "funding", "revenue", "growth_rate") or amt.is_money:
                if not fig.pop("_no_subject", False):
                    fig["subject"] = self._subject(amt, span, sent, mentions, text)
            fig.pop("_no_subject", None)
            if amt.is_money and fig["kind"] == "other" and fig["about"] is None and fig["subject"] \
                    and self._tied_to_firm(amt, span, text, mentions):
                self._inherit_kind(fig, sent, figures, text)
                if fig["kind"] == "valuation" and fig["usd"] is not None and fig["usd"] < self.min_valuation_usd:
                    fig["kind"], fig["about"] = "other", "price"  # "its Model S speaker ($90)": a product's price
            self._whose_and_when(fig, amt, span, sent, mentions, text, ref_year)
            if amt.is_money and amt.unit == "USD" and amt.symbol in ("$", "dollars", "dollar") \
                    and fig["usd_source"] != "article":
                lo, hi = _line_bounds(text, amt.start, sent)
                unit, place, code = self.dollars.decide(text, (amt.start, amt.end), text[lo:hi], dateline)
                if code is not None:
                    doubtful.setdefault((place, code), []).append(fig["text"])
                if unit != "USD":
                    fig["unit"] = unit
                    self._convert(fig, amt.value, unit)
            figures.append(fig)
        figures += self._multiples(doc, figures, mentions)
        figures += self._fraction_shares(doc, figures)
        figures.sort(key=lambda f: f["span"][0])
        self._list_counts(figures, text)
        self._levels_after_changes(figures, text)
        self._market_forecasts(figures, text)
        doc._.figures = self._drop_restatements(self._drop_headline_repeats(figures, text))
        for warning in rate_warnings(doc._.figures, self._day, dated_by):
            self._warn(doc, f"figures: {warning}")
        for form in sorted(used_unsure):
            self._warn(doc, f"figures: '{form}' could mean {' or '.join(unsure[form.lower()])} here; "
                            f"read as {self.lex.currency_of(form, None) or self.lex.currency_of(None, form)}")
        for (place, code), texts in sorted(doubtful.items()):
            shown = ", ".join(f"'{t}'" for t in texts[:3]) + (" ..." if len(texts) > 3 else "")
            read = code if any(f["text"] in texts and f["unit"] == code for f in figures) else "US dollars"
            self._warn(doc, f"figures: '$' in {shown} read as {read}, but {place}; "
                            f"it may be {'USD' if read == code else code}")
        self._masked = ""
        self._doc_mentions = []
        return doc

    def _multiples(self, doc: Doc, figures: list[dict[str, Any]],
                   mentions: list[tuple[int, int, str, bool]]) -> list[dict[str, Any]]:
        """Growth written as a verb of multiplication: "its revenue tripled last year",
        "sales had doubled". Only when what multiplied is sales, revenue or output."""
        out: list[dict[str, Any]] = []
        taken = [f["span"] for f in figures]
        has_sents = doc.has_annotation("SENT_START")
        for tok in doc:
            factor = self.multiples.get(tok.lower_)
            if factor is None or tok.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            rx = self.cues["revenue"]
            if subj is None or not (subj.lower_ in self.multiple_subjects or (rx and rx.fullmatch(subj.lower_))):
                continue
            start, end = (subj.idx if subj.i == tok.i - 1 or (subj.i >= tok.i - 2 and doc[tok.i - 1].pos_ == "AUX")
                          else tok.idx), tok.idx + len(tok.text)
            when = re.match(r"(?i)\s+(?:last\s+year|this\s+year|year-on-year|in\s+(?:FY\s?)?'?\d{2,4})\b",
                            doc_text(doc)[end:end + 20])
            if when:
                end += when.end()
            if any(s < end and start < e for s, e in taken):
                continue
            amt = Amount(start, end, doc_text(doc)[start:end], float((factor - 1) * 100), unit="%", words=True)
            span = doc.char_span(start, end, alignment_mode="expand")
            sent = span.sent if has_sents else doc[:]
            fig = self._base(amt)
            fig["kind"], fig["about"] = "growth_rate", f"growth ({tok.lower_}){self._fiscal(sent)}"
            fig["subject"] = self._subject(amt, span, sent, mentions, doc_text(doc))
            self._whose_and_when(fig, amt, span, sent, mentions, doc_text(doc),
                                 reference_year(doc._.published, doc_text(doc)))
            out.append(fig)
        return out

    def _fraction_shares(self, doc: Doc, figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Shares written in words: "about half of which", "more than a third of its
        revenue", "accounts for a quarter of sales". A qualifier or a share verb must come
        first, so "the second half of 2024" is not one."""
        if self.fraction_re is None:
            return []
        out: list[dict[str, Any]] = []
        taken = [f["span"] for f in figures]
        text = doc_text(doc)
        for m in self.fraction_re.finditer(text):
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            of = doc[span.end - 1]
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.i - of.i <= 6:
                end = obj.idx + len(obj.text)
            qual = (m.group("q") or "").lower()
            amt = Amount(start, end, text[start:end], self.fractions[re.sub(r"[\s-]+", " ", m.group("f").lower())],
                         unit="%", qualifier=self.lex.qualifiers.get(qual, "exact"), words=True)
            fig = self._base(amt)
            fig["about"] = "share"
            out.append(fig)
        return out

    @staticmethod
    def _warn(doc: Doc, message: str) -> None:
        if doc._.giants_warnings is None:
            doc._.giants_warnings = []
        doc._.giants_warnings.append(message)

    def _currency_context(self, text: str) -> tuple[dict[str, str], dict[str, list[str]]]:
        """For each ambiguous form ("¥", "kroner"), the code the text's country words
        point to; forms whose words point several ways are returned as unsure."""
        overrides: dict[str, str] = {}
        unsure: dict[str, list[str]] = {}
        for form, candidates in self.ambiguous.items():
            counts = sorted(((len(rx.findall(text)), code) for code, rx in candidates), reverse=True)
            counts = [(n, code) for n, code in counts if n]
            if len(counts) == 1 or (len(counts) > 1 and counts[0][0] >= 3 * counts[1][0]):
                overrides[form] = counts[0][1]  # one country, or one far more often than the others
            elif len(counts) > 1:
                unsure[form] = [code for _, code in counts]
        return overrides, unsure

    def _list_counts(self, figures: list[dict[str, Any]], text: str) -> None:
        """Numbers listed together with a count of firms count firms too: "eight in cyber
        security, 58 eCommerce, 19 FinTech and five video games companies", "538 city-level
        and 70 state-level enterprises" (an item of a number and one label word)."""
        plain = [f for f in figures if f["unit"] is None]
        changed = True
        while changed:
            changed = False
            for a, b in zip(plain, plain[1:]):
                between = text[a["span"][1]:b["span"][0]]
                if len(between) > 40 or not re.fullmatch(r"[^.;:()\n]*?(?:,|\band\b)[^.;:()\n]*", between):
                    continue
                for src, dst in ((a, b), (b, a)):
                    words = dst["text"].split()
                    if src["kind"] == "count" and dst["kind"] == "other" and (dst["about"] or "").startswith("number of") \
                            and len(words) == 2 and words[0][:1].isdigit() and not re.search(r"[a-z]s$", words[1]) \
                            and words[1].lower() not in self.mass_nouns:  # (not "6,400 people")
                        dst["kind"] = "count"
                        changed = True

    @staticmethod
    def _levels_after_changes(figures: list[dict[str, Any]], text: str) -> None:
        """A change whose measure its sentence leaves unnamed takes the measure of the changes
        just before it ("OpenAI posted the fastest rise in valuation, gaining $80bn ... X was the
        second fastest riser, adding $43bn"); and the amount a change leads to ("adding $43bn to
        take it to $180bn", "up $14bn to $34bn") is a level of what changed, owned as the change is."""
        money = [f for f in figures if f["unit"] not in (None, "%")]
        for i, f in enumerate(money):
            if f["about"] == "change":
                earlier = [g for g in money[:i] if (g["about"] or "").startswith("change in ")
                           and 0 <= f["span"][0] - g["span"][1] <= 400]
                if earlier:
                    f["about"] = earlier[-1]["about"]
        for a, b in zip(money, money[1:]):
            measure = (a["about"] or "")[len("change in "):] if (a["about"] or "").startswith("change in ") else ""
            # (a level read as sales because something rose to it is the level of what changed)
            if not measure or b["kind"] not in ("other", "revenue") \
                    or b["about"] not in (None, a["about"], "adding", "added", "revenue"):
                continue
            between = text[a["span"][1]:b["span"][0]]
            if len(between) > 45 or "\n" in between or not re.fullmatch(
                    r"\s*(?:,\s*)?(?:to|(?:taking|bringing|lifting|pushing)\s+(?:it|its\s+[\w-]+|the\s+[\w-]+)\s+to"
                    r"|to\s+(?:take|bring|lift|push)\s+(?:it|its\s+[\w-]+)\s+to|to\s+reach\b[^.;,$]*?\b(?:with|at)"
                    r"|to\s+reach|reaching)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?", between):
                continue
            b["kind"] = "valuation" if measure == "valuation" else "revenue"
            b["about"] = measure
            if b["subject"] is None and a["subject"] is not None:
                b["subject"], b["subject_kind"] = a["subject"], a["subject_kind"]
        # "€3 billion, up from €2 billion", "cut to $640m from $1.6bn": the earlier level of
        # the same measure
        for a, b in zip(money, money[1:]):
            if a["kind"] in ("valuation", "funding", "revenue") and b["kind"] != a["kind"] and re.fullmatch(
                    r",?\s*(?:(?:up|down)\s+)?from\s+", text[a["span"][1]:b["span"][0]]):
                b["kind"], b["about"] = a["kind"], a["about"]
                if b["subject"] is None and a["subject"] is not None:
                    b["subject"], b["subject_kind"] = a["subject"], a["subject_kind"]

    def _market_forecasts(self, figures: list[dict[str, Any]], text: str) -> None:
        """A market's size followed in its sentence by "and (is) projected to reach $Y": $Y is the same
        market's size (later), not a firm's valuation."""
        money = [f for f in figures if f["unit"] not in (None, "%")]
        for a, b in zip(money, money[1:]):
            if a["subject_kind"] != "market" or b["subject_kind"] == "market":
                continue
            between = text[a["span"][1]:b["span"][0]]
            if "\n" in between or not self.subjects.same_market(between) or any(
                    a["span"][1] <= m[0] and m[1] <= b["span"][0] for m in self._doc_mentions):
                continue  # (a firm named in between is the subject of what follows)
            b["subject"], b["subject_kind"] = a["subject"], "market"
            if b["kind"] in ("valuation", "other"):
                b["kind"], b["about"], b["market_value"] = "other", a["about"] or "market size", False
            elif b["kind"] == "revenue" and not (b["about"] or "").endswith("(market)"):
                b["about"] = f"{b['about'] or 'revenue'} (market)"

    @staticmethod
    def _drop_restatements(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A firm's money figure stated again later (same amount, currency, qualifier, kind and
        subject, neither of them negated: "it had $113 million in revenue ... That was $113
        million in revenue") is kept once, where it is first stated."""
        seen: dict[tuple, dict] = {}  # amount key -> {subject: end of its last statement}
        out = []
        for f in figures:
            said_before = [g for g in out if g["unit"] == f["unit"] and g["value"] == f["value"]
                           and f["value"] is not None]
            if f.pop("_back", False) and said_before:
                continue  # "That $1 billion price tag", "the 20% growth threshold": the amount said before
            if (f["about"] or "").startswith("change") and f["unit"] == "%" and any(
                    (g["about"] or "").startswith("change") and 0 <= f["span"][0] - g["span"][1] <= _RESTATED_NEAR
                    for g in said_before):
                continue  # "90 percent more than in 2021 ... an increase of 90 percent over the previous year"
            if (f["about"] or "").startswith("threshold") and any(
                    0 <= f["span"][0] - g["span"][1] <= _RESTATED_NEAR for g in said_before):
                continue  # a criterion said again a sentence or two later ("... whose valuation exceeds $1bn")
            key = (f["unit"], f["value"], f["value_max"], f["qualifier"], f["kind"], f["time"] == "negated")
            said = seen.get(key, {})
            if f["unit"] not in (None, "%") and f["kind"] in ("valuation", "funding", "revenue") and (
                    f["subject"] in said or (f["subject"] is None and any(f["span"][0] - end < 120
                                                                         for end in said.values()))):
                continue  # (or a restatement close after, without a subject: "That was $113 million in revenue")
            seen.setdefault(key, {})[f["subject"]] = f["span"][1]
            out.append(f)
        return out

    @staticmethod
    def _drop_headline_repeats(figures: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
        """A figure in the headline that the body repeats is kept once, from the body. A headline is
        a clause of its own ("X raises $A at a $B valuation"): when the body's repeat leaves the
        firm unnamed ("It values the startup at $B"), it keeps the headline's firm."""
        first = text.find("\n")
        if first < 0:
            return figures
        head = {(f["unit"], f["value"], f["kind"]): f for f in figures
                if f["span"][0] < first and f["subject"] is not None and f["value"] is not None}
        for f in figures:
            said = head.get((f["unit"], f["value"], f["kind"])) if f["span"][0] > first else None
            if said is not None and f["subject"] is None and f["subject_kind"] is None:
                f["subject"], f["subject_kind"] = said["subject"], said["subject_kind"]
        body = {(f["unit"], f["value"]) for f in figures if f["span"][0] > first}
        return [f for f in figures if f["span"][0] > first or (f["unit"], f["value"]) not in body]

    def _base(self, amt: Amount) -> dict[str, Any]:
        return {"text": amt.text, "span": [amt.start, amt.end], "kind": "other", "value": amt.value,
                "value_max": amt.value_max, "qualifier": amt.qualifier, "unit": amt.unit, "usd": None,
                "usd_source": None, "rate_date": None, "rate_source": None, "about": None, "subject": None,
                "subject_kind": None,
                "time": None, "market_value": False}

    def _convert(self, fig: dict[str, Any], value: float | None, unit: str | None) -> None:
        """US$ at the article's date (the one call site of the conversion)."""
        conv = self.book.convert(value, unit, self._day)
        if conv is None:
            fig["usd"], fig["usd_source"], fig["rate_date"], fig["rate_source"] = None, None, None, None
        else:
            fig["usd"], fig["usd_source"] = conv.usd, "rate_table"
            fig["rate_date"], fig["rate_source"] = conv.rate_date, conv.rate_source

    def _tied_to_firm(self, amt: Amount, span: Span, text: str, mentions: list[tuple[int, int, str, bool]]) -> bool:
        """The amount stands right after a firm's name in brackets ("X ($75 billion)"), or its
        own clause's subject is a firm ("X entered the list at 8 billion yuan")."""
        if re.search(r"\(\s*$", text[max(0, amt.start - 3):amt.start]):
            at = text.rfind("(", 0, amt.start)
            return any(0 <= at - e <= 2 for s, e, _, _ in mentions)
        at = re.search(r"\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", text[max(0, amt.start - 20):amt.start])
        if at is not None:  # "In second place is X at $95bn, ahead of Y at $40bn": a ranked firm's amount
            cut = max(0, amt.start - 20) + at.start()
            if any(e == cut for s, e, _, _ in mentions):
                return True
        subj = self._clause_subject(span.root)
        return subj is not None and self._mention_at(subj, mentions) is not None

    def _inherit_kind(self, fig: dict[str, Any], sent: Span, found: list[dict[str, Any]], text: str) -> None:
        """A firm's amount with no cue of its own, in a run of them ("The seven are X ($150
        billion), Y ($75 billion)"; "Z entered the list at 8 billion yuan"): it measures what
        the firms' amounts just before it measured (this or the two previous sentences),
        else what the nearest cue word there names."""
        doc = sent.doc
        lo = sent.start
        for _ in range(2):
            if lo > 0:
                lo = doc[lo - 1].sent.start
        lo_char = doc[lo].idx
        earlier = [f for f in found if lo_char <= f["span"][0] < fig["span"][0] and f["unit"] not in (None, "%")
                   and f["subject"] and f["kind"] in ("valuation", "funding", "revenue")]
        if earlier:
            # the kind most of them measure (a round named on the way, "after a $60m round", does
            # not turn a run of valuations into funding); a tie goes to the nearest
            counts: dict[str, int] = {}
            for f in earlier:
                counts[f["kind"]] = counts.get(f["kind"], 0) + 1
            top = max(counts.values())
            pick = next(f for f in reversed(earlier) if counts[f["kind"]] == top)
            fig["kind"], fig["about"] = pick["kind"], pick["about"]
            return
        masked = self._masked if len(self._masked) == len(text) else text
        kind, _, cue = self._nearest(("valuation", "funding", "revenue"), masked[lo_char:fig["span"][0]].lower(), "")
        if kind is not None:
            fig["kind"], fig["about"] = kind, kind if kind != "revenue" else cue

    # --- whose figure, and when -------------------------------------------------------------------

    def _whose_and_when(self, fig: dict[str, Any], amt: Amount, span: Span, sent: Span,
                        mentions: list[tuple[int, int, str, bool]], text: str, ref_year: int | None) -> None:
        """Set `subject_kind`, `time` and `market_value`, and correct `subject` and `kind`
        where the amount measures a market or a deal price rather than a firm."""
        kind = fig["kind"]
        # "a private start-up valued at $1bn or more", "a company growing 30% a year": firms in general
        if kind in ("valuation", "growth_rate", "revenue") and definition_holder(
                span, amt.value, amt.qualifier, self.entity_nouns, mentions) is not None:
            fig["kind"], fig["about"], fig["subject"] = "other", "threshold (definition)", None
            kind = "other"
        firmish = kind in ("valuation", "funding", "revenue", "growth_rate") or amt.is_money
        threshold = (fig.get("about") or "").startswith("threshold")
        if firmish and not threshold:
            market = self.subjects.market(span)
            lo, _ = _line_bounds(text, amt.start, sent)
            named = None if market is not None else self.subjects.market_before(text[lo:amt.start])
            if market is not None or named:
                fig["subject"], fig["subject_kind"] = named or self.subjects.phrase(market), "market"
                if kind == "valuation":
                    fig["kind"], fig["about"] = "other", "market size"
                elif kind == "revenue":
                    fig["about"] = f"{fig['about']} (market)"
            elif kind in ("other", "valuation") and amt.is_money:
                target = self.subjects.deal_target(span)
                if target is not None:
                    fig["kind"] = "other"
                    fig["about"] = "deal price"
                    name = self._name_of(target, amt, sent, mentions, text)
                    fig["subject"] = name  # the firm bought, never the bidder (None when unnamed)
        if fig["subject"] is not None and fig["subject_kind"] is None:
            fig["subject_kind"] = "organization"
        # "a DKK 90m loan to X": money lent or granted to a named firm is its funding (not a debt
        # it carries: "its long-term debt of more than $32 billion")
        if fig["kind"] == "other" and (fig.get("about") or "") in self.firm_funding \
                and fig["subject_kind"] == "organization" and amt.qualifier != "upper_bound" \
                and not _DEBT_HELD.search(text[max(0, amt.start - 40):amt.start]):
            fig["kind"], fig["about"] = "funding", f"funding ({fig['about']})"
        if fig["kind"] == "valuation":
            lo, hi = _line_bounds(text, amt.start, sent)
            window = text[max(lo, amt.start - 80):min(hi, amt.end + 40)]
            fig["market_value"] = "listed" in (fig.get("about") or "") or self.subjects.traded_value(window) \
                or self.subjects.yardstick(span)
        if (firmish or fig["kind"] == "growth_rate") and not threshold and fig["kind"] != "count":
            fig["time"] = self.timing.read(span, sent, text, ref_year)

    def _name_of(self, tok: Token, amt: Amount, sent: Span, mentions: list[tuple[int, int, str, bool]],
                 text: str) -> str | None:
        """The organisation a noun phrase names (a name, "it", "the company"), if any."""
        lo, hi = _line_bounds(text, amt.start, sent)
        in_sent = [m for m in mentions if lo <= m[0] and m[1] <= hi]
        return self._resolve(tok, sent, in_sent, mentions)

    # --- context helpers --------------------------------------------------------------------------

    def _context(self, amt: Amount, sent: Span, text: str) -> tuple[str, str]:
        """Lower-cased text of the same sentence before and after the amount (bounded)."""
        lo, hi = _line_bounds(text, amt.start, sent)
        if len(self._masked) == len(text):
            text = self._masked  # organisation names blanked out
        left = text[max(lo, amt.start - _LEFT_CHARS):amt.start].lower()
        right = text[amt.end:min(hi, amt.end + _RIGHT_CHARS)]
        # another amount's parenthesis or a semicolon ends the clause on the right
        right = re.split(r"[;:]|\s[–—]\s|\.\s+(?=[A-Z])|,\s+(?:and|but|while|whereas)\b", right)[0].lower()
        # the parser sometimes runs two sentences together ("after its Series C. Its ...")
        left = re.split(r"\.\s+(?=[a-z])", left)[-1] if re.search(r"[a-z]{3}\.\s+[a-z]", left) else left
        return left, right

    def _nearest(self, kinds: tuple[str, ...], left: str, right: str) -> tuple[str | None, float, str]:
        """(kind, distance, cue) of the cue nearest the amount among `kinds`."""
        best: tuple[str | None, float, str] = (None, 1e9, "")
        for kind in kinds:
            rx = self.cues.get(kind)
            if rx is None:
                continue
            for m in rx.finditer(left):
                d = len(left) - m.end() - 0.01 * len(m.group(0))
                if d < best[1]:
                    best = (kind, d, m.group(0))
            m = rx.search(right)
            if m:
                d = m.start() * _RIGHT_WEIGHT + 1 - 0.01 * len(m.group(0))
                if d < best[1]:
                    best = (kind, d, m.group(0))
        return best

    # the verb the amount hangs off (within five steps up the parse): clauses.governing_verb
    _governing_verb = staticmethod(governing_verb_of)

    @classmethod
    def _verb_subject(cls, span: Span) -> Token | None:
        """The grammatical subject of the verb the amount hangs off, if any."""
        tok = cls._governing_verb(span)
        if tok is None:
            return None
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and tok.dep_ in ("xcomp", "advcl", "conj", "ccomp") and tok.head is not tok:
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj

    def _subject_cue(self, span: Span) -> tuple[str | None, str]:
        """Kind cue in the grammatical subject of the verb the amount hangs off:
        "Its last valuation, agreed in May, was near $640 million"."""
        tok = span.root
        for _ in range(5):
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in _LINKING_VERBS:
            return None, ""
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and tok.dep_ in ("xcomp", "advcl", "conj", "ccomp") and tok.head is not tok:
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None, ""
        phrase = " ".join(t.lower_ for t in subj.lefts if t.dep_ in ("compound", "amod")) + " " + subj.lower_
        if subj.lower_ in ("market", "markets", "economy", "industry", "sector"):
            return "other", "market"  # "the market for X is worth $Y": a market size
        for kind in ("valuation", "funding", "revenue"):
            rx = self.cues.get(kind)
            m = rx.search(phrase) if rx else None
            if m:
                return kind, m.group(0)
        return None, ""

    def _ranking_entry(self, amt: Amount, text: str) -> bool:
        """A bulleted entry of a ranking of firms by value, "- Name (place, trade): amount": the
        amount stands right after the entry's colon (the name's own words are no cue), and the
        text before the list calls it a ranking, an index or a list and speaks of valuations or
        of the value categories (a ranking of unicorns). Its bare amount is the firm's valuation."""
        ls = text.rfind("\n", 0, amt.start) + 1
        entry = _RANKING_ENTRY.match(text, ls)
        if entry is None or entry.end() != amt.start:
            return False
        before = text[:ls].lower()
        if self.ranking_words is None or not self.ranking_words.search(before):
            return False
        rx = self.cues["valuation"]
        return bool((rx is not None and rx.search(before)) or (self.value_categories is not None
                                                            and self.value_categories.search(before)))

    def _list_lead(self, text: str, pos: int) -> str:
        """For an amount in a bulleted line, the line that introduces the list
        ("Applicants need to show the following:"); else ""."""
        ls = text.rfind("\n", 0, pos) + 1
        if not _BULLET.match(text[ls:pos]):
            return ""
        while ls > 0:
            prev_start = text.rfind("\n", 0, ls - 1) + 1
            line = text[prev_start:ls - 1]
            ls = prev_start
            if not line.strip():
                continue
            if not _BULLET.match(line):
                return line.lower()
        return ""

    def _fiscal(self, sent: Span) -> str:
        m = _FISCAL.search(sent.text)
        return f", {m.group(0)}" if m else ""


RATES_ENV = "GIANTS_RATES"


@Language.factory("giants_figures", default_config={"rates_path": "", "vocab_path": ""})
def make_figures(nlp: Language, name: str, rates_path: str, vocab_path: str) -> FigureFinder:
    """`rates_path` (or $GIANTS_RATES): a TOML rate file laid out like data/rates.toml
    whose rates replace or add to the built-in ones; `vocab_path`: a TOML file laid
    out like data/figures.toml that extends the built-in vocabulary."""
    return FigureFinder(nlp, name, rates_path=rates_path or os.environ.get(RATES_ENV, ""), vocab_path=vocab_path)
