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

Whose a figure is and when it holds are read by the sibling modules: `subjects`
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
from giants.figures.clauses import back_reference, definition_holder, governing_verb as governing_verb_of, growing_thing
from giants.figures.subjects import SubjectReader
from giants.figures.timing import TimeReader, reference_year
from giants.figures.counts import CountReader
from giants.figures.owners import OwnerReader
from giants.figures.patterns import _MONTHS, _ROUND_PRICED, _ANAPHOR_NOUNS, _BULLET, _FISCAL, _GENERIC_WHOSE, _GROUP_FILTER, _LEFT_CHARS, _LINKING_VERBS, _MONEY_LISTED_WORDS, _PHONE, _PRICES_FIRM_AT, _RIGHT_CHARS, _RIGHT_WEIGHT, _TIME, _VALUES_AT, _cue_regex, _line_bounds

# "$12m seed round at a $60m valuation", "took €8m at a €90m valuation": the money raised at a
# valuation (which follows), not the valuation
_AT_A_VALUATION_AFTER = re.compile(r"(?i)\s*(?:(?:pre-)?series\s+[a-h]\+?\s+|seed\s+|round\s+|funding\s+|investment\s+)?"
                                   r"(?:round\s+)?at\s+an?\s+(?:[^\s.;]+\s+){0,4}?(?:post-money\s+|pre-money\s+)?"
                                   r"valuation\b")
_COUNTED_WORTH = re.compile(r"\b(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?:of\s+(?:which|them|these|those)\s+(?:are|were)\s+"
                            r"|(?:[\w'’\"-]+\s+)?[\w'’\"-]+s['’\"]?\s+(?:that\s+are\s+|which\s+are\s+)?)"
                            r"(?:worth|valued(?:\s+at)?)\s+$"
                            r"|\b(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?:of\s+(?:which|them|these|those)\s+)?(?:have|had)\s+"
                            r"(?:each\s+|so\s+far\s+)?(?:raised|secured|received|attracted)\s+$")
# "$500,000 a year", "$2m per annum", "$3m annually": a yearly flow, never what a firm is worth
# ("a year ago", "a year earlier" are times)
_YEARLY = re.compile(r"(?i)\s*(?:(?:a|per|each|every)\s+(?:year|annum)\b(?!\s+(?:ago|earlier|before|later|on))"
                     r"|annually\b|a\s+year\s*$)")
# "is raising at above $2bn", "raised $30m at $900m": the valuation a round is raised at
_RAISING_AT = re.compile(r"(?i)\b(?:rais(?:e|es|ed|ing)|fund-?rais(?:e|es|ed|ing))\s+(?:[^\s.;,]+\s+){0,2}?at\s+[\"“']?"
                         r"(?:(?:north\s+of|about|around|roughly|nearly|over|above|more\s+than|close\s+to|under)\s+)?$")
# "the $70m the firm had raised", "the $25m it has secured": a contact relative clause
# of raising after the amount (the parser often attaches its verb elsewhere)
_RAISED_AFTER = re.compile(r"(?i)\s*(?:that\s+|which\s+)?(?:the\s+(?:[\w-]+\s+)?(?:company|firm|start-?up|startup|"
                           r"group|business)|it|they|its\s+founders)\s+(?:had\s+|has\s+|have\s+)?(?:so\s+far\s+)?"
                           r"(?:raised|secured|collected|received)\b")
# "- Name (city, trade): ", "2. Name (trade, city) - ", "- Name, ": a named entry of a
# bulleted or numbered list, its amount after a colon, a dash or a comma
_RANKING_ENTRY = re.compile(r"[ \t]*(?:[-–—•*·]|\d{1,3}[.)])[ \t]+[A-Z][^:()\n]{1,60}?[ \t]*(?:\([^)\n]{0,80}\))?"
                            r"[ \t]*(?::|,|[ \t][-–—])[ \t]*")


# What "nabbed $X in ..." may say the money came as, for it to be funding ("in funding", "in a seed round").
_MONEY_RAISED_AS = {"funding", "financing", "capital", "seed", "series", "venture", "investment", "investments",
                    "equity", "a", "an", "its", "his", "her", "their", "the"}  # (or a month or a year: "in June")
# Verbs of getting money besides the owners' raise verbs: "raked in", "snagged", "scored", "pulled in".
_MORE_RAISE_VERBS = {"rake", "snag", "score", "pull", "haul", "scoop", "net", "grab"}
# Debt a firm carries, not money it raised: "its long-term debt of more than $32 billion", "debt load of".
_DEBT_HELD = re.compile(r"(?i)\b(?:debt|debts|borrowings|liabilities)\s+(?:load\s+|pile\s+)?(?:of|totall?ing|stood\s+at"
                        r"|reached|amounting\s+to)\s+(?:[\w-]+\s+){0,2}?$")
# A price per unit after an amount: "$95/month", "$99 per month", "$22 a share", "$900 each".
_PER_UNIT = re.compile(r"(?i)\)?\s*(?:/\s*(?:mo|month|yr|user|seat)\b|(?:a|per|each)\s+(?:month|user|seat|licen[cs]e|share|"
                       r"unit|head|person|night|ticket|hour|device|kit)\b|each\b|apiece\b)")
# A traded price: "Sprint shares closed Friday at $6.50", "the stock opened at $12".
_CLOSED_AT = re.compile(r"(?i)\b(?:shares?|stock|stocks)\s+(?:[\w'’-]+\s+){0,3}?(?:closed|opened|ended|finished|traded|"
                        r"debuted|listed|priced)\s+(?:[\w-]+\s+){0,3}?at\s+$")
# A percentage measured against a listing price, or on a trading day at a price.
_FROM_LISTING_PRICE = re.compile(r"(?i)\s*(?:\w+\s+){0,2}?(?:from|above|below|over|on)\s+(?:its|the|their)\s+"
                                 r"(?:ipo|offering|issue|listing|debut|opening)\s+price")
_TRADING_DAY = re.compile(r"(?i)\b(?:closed|opened|ended|finished|traded|trading)\b")
_AT_PRICE = re.compile(r"\s*at\s+(?:US\$|[$€£¥₹]|Rs\.?\s?)\s?\d")
# Money said to be part of a round: "$100m of the series E", "$20 million of the new funding".
_PART_OF_ROUND = re.compile(r"(?i)\s*of\s+(?:the|its|this|that|their)\s+(?:new\s+|latest\s+|fresh\s+)?"
                            r"(?:(?:pre-)?series\s+[a-h]\b|seed\s+round|round\b|funding\b|financing\b|raise\b)")
# A percentage per year ("79% a year", "12 percent annually"): a yearly rate.
_PER_YEAR = re.compile(r"(?i)\s*(?:(?:a|per|each|every)\s+(?:year|annum)\b|annually\b|annualised\b|annualized\b)")
# How close (characters) a threshold said again must follow the same amount to be a restatement.
# "... $14bn to $34bn": an amount followed by the level it leads to
_LEVEL_AFTER = re.compile(r"\s*,?\s*to\s+(?:about\s+|around\s+|nearly\s+|some\s+)?(?:[a-z]{0,3}\$|[£€¥]|\d)")
_RESTATED_NEAR = 300


class FigureFinder(CountReader, OwnerReader):
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

    # --- money ------------------------------------------------------------------------------------

    def _money(self, amt: Amount, span: Span, sent: Span, text: str) -> dict[str, Any] | None:
        if amt.symbol and amt.symbol.lower() in ("pounds", "pound") and self.weight_cues \
                and self.weight_cues.search(sent.text.lower()):
            return None  # "the robot lifts 500 pounds": a weight, not sterling
        fig = self._base(amt)
        if amt.usd is not None:
            fig["usd"], fig["usd_source"] = amt.usd, "article"
        else:
            self._convert(fig, amt.value, amt.unit)
        left, right = self._context(amt, sent, text)
        kind, dist, cue = self._nearest(("valuation", "funding", "revenue", "other", "volume"), left, right)
        # "sales went from X to Y", "tripled its turnover ... from X to Y, helped by a grant": two
        # levels of the measure named before them (a cue after the pair says what came next)
        levels = amt.qualifier == "range" and amt.text[:5].lower() == "from "
        if levels:
            lkind, ldist, lcue = self._nearest(("valuation", "funding", "revenue", "other", "volume"), left[-80:], "")
            if lkind is not None:
                kind, dist, cue = lkind, ldist, lcue
        if kind == "volume":
            kind = "other"  # "a gross merchandise value of $X": a volume, neither revenue nor a valuation
        sent_low = sent.text.lower()
        lead = self._list_lead(text, amt.start)
        thr = self.cues["threshold"]
        # "firms must have annual sales of 50-300 million yuan", a bulleted list of criteria
        if thr and (thr.search(left[-45:]) or (lead and thr.search(lead))):
            fig["about"] = "threshold (definition)"
            fig["_no_subject"] = True
            return fig
        # "the ranking requires at least £1 million in revenue", "firms must ... post revenue of at
        # least 100 million yuan": a bound in a sentence of criteria (not a named firm's past fact)
        if amt.qualifier in ("lower_bound", "upper_bound", "range") and thr and thr.search(sent_low) \
                and not self._named_fact(span) and not self._said_of_a_name(span):
            fig["about"] = "threshold (definition)"
            fig["_no_subject"] = True
            return fig
        # "young firms worth over $1bn": a category's threshold
        # "five of them are worth $20bn or more", "40 start-ups valued at over $2bn": a bound
        # that sorts a counted group of firms
        if amt.qualifier == "lower_bound" and _COUNTED_WORTH.search(left[-60:]):
            fig["about"] = "threshold (definition)"
            fig["_no_subject"] = True
            return fig
        # "90 firms, valued between 2 billion and 5 billion yuan": the band of a group of firms
        generic = self.generic_firms.search(text[max(sent.start_char, amt.start - 70):amt.start]) \
            if amt.qualifier in ("lower_bound", "range") and not levels else None
        if generic and (amt.qualifier == "lower_bound" or not re.match(r"(?i)an?\s", generic.group(0))):
            fig["about"] = "threshold (definition)"
            fig["_no_subject"] = True
            return fig
        # "drone makers with annual sales above 20 million yuan": a cut-off for a group of firms
        if amt.qualifier in ("lower_bound", "upper_bound", "range") and _GROUP_FILTER.search(left[-60:]):
            fig["about"] = "threshold (definition)"
            fig["_no_subject"] = True
            return fig
        if _PER_UNIT.match(right) or _CLOSED_AT.search(left[-60:]):
            fig["about"] = "price"  # "$95/month", "$499 per report", "shares closed Friday at $6.50"
            return fig
        in_what = re.match(r"\s+in\s+(?:new\s+|fresh\s+)?([\w-]+)", right)
        if self._raised_object(span) and (kind is None or (kind in ("valuation", "other") and dist > 15)) \
                and (in_what is None or in_what.group(1).lower() in _MONEY_RAISED_AS
                     or in_what.group(1).lower() in _MONTHS or in_what.group(1).isdigit()):
            kind, dist, cue = "funding", 0, "raised"  # "while Valtix nabbed $14 million in June"
        if _PART_OF_ROUND.match(right):
            kind, dist, cue = "funding", 0, "round"  # "$100m of the series E": a part of the round
        if _VALUES_AT.search(left) or _ROUND_PRICED.search(left) or _RAISING_AT.search(left):
            kind, dist, cue = "valuation", 0, "valued"  # "investors valued Zarnow Pay at $X", "the round was priced at"
        if kind in ("valuation", None) and _AT_A_VALUATION_AFTER.match(right):
            kind, dist, cue = "funding", 0, "raised"  # "took €8m at a €90m valuation"
        if kind in ("valuation", "other", None) and (self._raised_in_relative(span) or _RAISED_AFTER.match(right)):
            kind, dist, cue = "funding", 0, "raised"  # "the $70m the firm had raised"
        priced = _PRICES_FIRM_AT.search(text[max(sent.start_char, amt.start - 60):amt.start])
        if priced and (self.anaphor_start.match(priced.group("obj")) or any(
                s < amt.start and e > amt.start - 60 + priced.start("obj") for s, e, _, _ in self._doc_mentions
                if s >= amt.start - 60)):
            kind, dist, cue = "valuation", 0, "valued"  # "the round priced the company at $X"
        if dist > 12 or kind is None or cue == "worth":
            skind, scue = self._subject_cue(span)
            if skind:
                kind, dist, cue = skind, 0, scue
        # "the contract is worth $X", "the stake is valued at $X": the value of a thing, not of a firm
        if kind == "valuation" and cue in ("worth", "valued", "valued at", "value"):
            thing = self._worth_subject(span) or self._described_noun(span)  # (or "a contract valued at")
            if thing is not None and thing.pos_ == "NOUN" and thing.lower_ in self.thing_nouns:
                fig["about"] = f"value of {thing.lower_}"
                return fig
        # (an entry that says what its amount is keeps it: "- Name (place): $30M Series B")
        if lead and not (kind in ("funding", "revenue") and dist <= 12) and self._ranking_entry(amt, text):
            kind, dist, cue = "valuation", 0, "valuation"  # "- Quabbin Data (Oslo): €3 billion" in a ranking
        if kind is None and lead:
            kind, dist, cue = self._nearest(("valuation", "funding", "revenue", "other"), lead, "")
        # "up 410% since 2019, reaching $18 million": what grows to an amount is usually sales
        # (not when what grows is named and is no sales word: "imports rose to $4.2 billion")
        if (kind is None or dist > 40) and self.cues["growth"] and self.cues["growth"].search(left[-45:]) \
                and re.search(r"\b(?:to|reaching|reached|hitting|at)\s+$", left) and self._grows_sales(span):
            kind, cue = "revenue", "revenue"
        # "the $90 billion chip designer": a company described by its value
        if kind is None or dist > 40:
            after = text[amt.end:amt.end + 40].lower()
            if re.match(r"\s*(?:[\w-]+\s+){0,3}(?:company|maker|firm|group|start-?up|giant|business|retailer|"
                        r"operator|platform|conglomerate)\b", after) and re.search(r"(?:^|\s)(?:the|a|an)\s+$", left):
                kind, cue = "valuation", "worth"
        if kind is None and not levels and self.change_before is not None and self.change_before.search(left) \
                and _LEVEL_AFTER.match(right):
            # "exchange B, up US$14bn to US$34bn": the change is not the level it leads to; what
            # changed is decided with the run's other changes (_levels_after_changes)
            fig["kind"], fig["about"] = "other", "change"
            return fig
        if kind is None:
            fig["about"] = None
            return fig
        # "its valuation fell by $2 billion", "gaining US$80bn": the size of a change, not the
        # valuation or the revenue; what changed is the cue's measure, else one the sentence names
        # ("the fastest rise in valuation, gaining $X"), else the run's (decided after all are found)
        if not levels and self.change_before is not None and self.change_before.search(left):
            if kind in ("valuation", "revenue"):
                fig["kind"], fig["about"] = "other", f"change in {'valuation' if kind == 'valuation' else cue}"
                return fig
            if kind is None or cue in self.change_cues:
                masked = self._masked if len(self._masked) == len(text) else text
                lo, hi = _line_bounds(text, amt.start, sent)
                whole = masked[lo:hi].lower()
                vk, _, vcue = self._nearest(("valuation", "revenue"), whole, "")
                fig["kind"] = "other"
                fig["about"] = f"change in {'valuation' if vk == 'valuation' else vcue}" if vk else "change"
                return fig
        aggregate = re.search(r"\b(?:average|mean|median|total|combined|aggregate|overall)\b", left[-50:])
        if aggregate and re.search(r"(?:\bits|\btheir|'s|’s)\s+(?:[\w-]+\s+)?$",
                                   left[:len(left) - len(left[-50:]) + aggregate.start()]):
            aggregate = None  # "its total funding": one firm's own total
        if aggregate and self._raised_to_owner(span) is not None:
            aggregate = None  # "takes the total raised by X to $Y": X's own total
        if aggregate and aggregate.group(0) == "total":
            holder = self._clause_subject(span.root)
            if holder is not None and (any(s <= holder.idx < e for s, e, _, _ in self._doc_mentions) or (
                    holder.tag_ in ("NN", "PRP") and self._anaphoric(holder))):
                aggregate = None  # "The company has raised a total of $6.1m", "X, with a total funding of": its own
        if aggregate and kind in ("valuation", "funding", "revenue"):
            fig["_no_subject"] = True
        if kind == "valuation" and cue in ("valued", "valuing", "value", "values", "valued at", "value at") \
                and self._takeover_price(amt, sent, text):
            fig["kind"], fig["about"] = "other", "takeover price"  # "a bid for X valuing it at $Y"
            return fig
        if kind == "valuation" and fig["usd"] is not None and fig["usd"] < self.min_valuation_usd:
            fig["kind"], fig["about"] = "other", "price"  # "normally valued at $3,000": a product's price
            return fig
        if kind == "valuation" and _YEARLY.match(right):
            fig["kind"], fig["about"] = "other", "yearly value"  # "estimated at $300,000 a year": a flow
            return fig
        if kind == "valuation":
            window = left[-80:] + " | " + right
            listed = any(w in window or w in cue for w in _MONEY_LISTED_WORDS) or (
                self.cues["listed"] is not None and bool(self.cues["listed"].search(window))
                and not re.search(r"\b(?:private(?:ly)?|unlisted|not listed)\b", sent_low))
            about = "market value (listed)" if listed else "valuation"
            for w in ("pre-money", "post-money"):
                if w in sent_low:
                    about += f", {w}"
            fig["kind"], fig["about"] = "valuation", (f"{aggregate.group(0)} {about}" if aggregate else about)
        elif kind == "funding":
            rnd = re.search(r"(?i)\b(?:pre-)?series\s+[a-h]\+?|\bseed\b|\bipo\b|\bangel\b", left[-60:] + " " + right)
            fig["kind"], fig["about"] = "funding", "funding" + (f" ({rnd.group(0)})" if rnd else "")
        elif kind == "revenue":
            fig["kind"], fig["about"] = "revenue", f"{cue}{self._fiscal(sent)}"
        else:
            fig["kind"], fig["about"] = "other", ("market size" if cue.startswith("market") else cue)
            if cue.startswith("market"):
                fig["_no_subject"] = True
        return fig

    # --- percentages ------------------------------------------------------------------------------

    def _percent(self, amt: Amount, span: Span, sent: Span, text: str,
                 found: list[dict[str, Any]]) -> dict[str, Any] | None:
        if self._about_animals(sent) and self._animal_percent(span, text, amt):
            return None  # "their numbers fell by 70%": animal data are not business figures
        fig = self._base(amt)
        left, right = self._context(amt, sent, text)
        near_left = left[-45:]
        thr = self.cues["threshold"]
        lead = self._list_lead(text, amt.start)
        # a criterion word after the amount counts unless a named firm's own clause states it
        # ("X grew sales by 12% last year and did not qualify")
        stated = self._named_fact(span)
        if thr and (thr.search(near_left) or (thr.search(right) and not stated) or (lead and thr.search(lead))
                    or ((amt.qualifier in ("lower_bound", "range") or re.match(r"\s*or more", right))
                        and thr.search(sent.text.lower()) and not stated)):
            fig["about"] = "threshold (definition)"
            return fig
        # "the last-placed firm managed 52%": the floor of a ranking, a threshold
        if self.ranking_floor is not None and self.ranking_floor.search(sent.text.lower()) and not stated:
            fig["about"] = "threshold (definition)"
            return fig
        # "up from about 8 percent now", "against 41% the year before": an earlier level of
        # the percentage just before it
        if re.search(r"\b(?:up|down)\s+from\s+$", near_left) or (
                re.search(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+$", near_left)
                and re.match(r"\s*(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|(?:in\s+)?the\s+(?:previous|prior)"
                             r"\s+(?:year|edition|list)|in\s+(?:19|20)\d\d)\b", right)):
            prior = [f for f in found if f["unit"] == "%" and sent.start_char <= f["span"][0] < amt.start]
            if prior:
                fig["kind"], fig["about"] = prior[-1]["kind"], f"earlier level ({prior[-1]['about']})"
                return fig
        # "61% of new hires", "over 90% of all shops": a share
        if re.match(r"\s*of\b", right):
            fig["about"] = "share"
            return fig
        # "firms whose sales grew at least 20%": a cut-off for a group of firms
        if amt.qualifier in ("lower_bound", "upper_bound", "range") and _GROUP_FILTER.search(left[-60:]):
            fig["about"] = "threshold (definition)"
            return fig
        # "firms whose sales ..., whose margins widen by at least 8 percent": a definition
        if amt.qualifier in ("lower_bound", "upper_bound", "range") \
                and _GENERIC_WHOSE.search(text[_line_bounds(text, amt.start, sent)[0]:amt.start]):
            fig["about"] = "threshold (definition)"
            return fig
        # "found that 58% would turn down an offer", "65% say ...": the part of a group that acts
        if span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.pos_ in ("VERB", "AUX") \
                and span.root.head.i > span.root.i:
            fig["about"] = "share"
            return fig
        # "rose 0.5 percentage points", "cut by 25 basis points": a change in a rate, not growth
        if re.search(r"(?i)points?$|bps$", amt.text):
            fig["about"] = "change (percentage points)"
            return fig
        kind, dist, cue = self._nearest(("growth", "decline", "share"), near_left, right)
        if kind is None and _PER_YEAR.match(right) and self._growth_told(sent):
            kind = "growth"  # "revenue rose from X to Y ..., an average of roughly 79% a year"
        comparison = re.match(r"\s*(?:more|higher|greater|larger|bigger|less|lower|fewer|smaller)\s+"
                              r"(?:[a-z-]+\s+){0,2}?than\b", right)
        if comparison:
            before = [f for f in found if sent.start_char <= f["span"][0] and f["span"][1] <= amt.start]
            between = text[before[-1]["span"][1]:amt.start] if before else ""
            counted = before[-1:] if before and before[-1]["unit"] is None and before[-1]["kind"] == "count" \
                and re.fullmatch(r"[^\d;:]*,[\"”’']?\s*", between) else []
            if counted:  # "38 new firms on its list, 90 percent more than in 2021": their number rose
                fig["about"] = f"change ({counted[-1]['about']})"
                return fig
            later = text[amt.end:min(len(text), amt.end + 60)].lower()
            if re.search(r"^[^.;]*?\b(?:earlier|ago|before|previously|last\s+year|the\s+(?:previous|prior)\s+"
                         r"(?:year|quarter)|a\s+year|in\s+(?:19|20)\d\d)\b", later):
                kind = "growth" if comparison.group(0).split()[0] in ("more", "higher", "greater", "larger",
                                                                       "bigger") else "decline"
            else:  # "40 percent more than rival packs": a comparison, not growth
                fig["about"] = "comparison"
                return fig
        # "$38 billion, down 22%": the change of the amount just before, which decides the kind
        before = re.search(r",\s*(?:up|down)\s+(?:by\s+)?$", near_left)
        if before and kind in ("growth", "decline"):
            cut = amt.start - (len(near_left) - before.start())
            prior = [f for f in found if f["unit"] not in (None, "%") and 0 <= cut - f["span"][1] <= 2]
            if prior and prior[-1]["kind"] in ("valuation", "other"):
                fig["about"] = f"change ({prior[-1]['about'] or 'value'})"
                return fig
        if kind in ("growth", "decline"):
            # "rose to 2.75%": a new level, not a rate of growth
            if re.search(r"\bto\s+$", near_left):
                fig["about"] = "level"
                return fig
            # what grows decides: "grew revenue 31%" is growth even beside "listed"; "postings
            # rose 48%", "the number of start-ups grew 200%" are changes, not a firm's growth
            thing = growing_thing(span)
            if thing is not None and thing.lower_ in ("increase", "rise", "jump", "gain", "growth", "drop",
                                                     "fall", "decline", "decrease") and thing.dep_ == "dobj":
                # "the 38 firms ... represent an increase of 90 percent": what the verb's subject is
                thing = next((c for c in thing.head.children if c.dep_ in ("nsubj", "nsubjpass")), thing)
            grows = self._growth_word(thing) if thing is None or span.root not in thing.subtree else None
            if grows is False:
                fig["about"] = f"change ({self._noun_phrase(thing)})"
                return fig
            # a share price, an index or a market value moving is not growth of the business
            move = None if grows else self._price_move(span, sent, near_left, right, dist)
            if move:
                fig["about"] = f"change ({move})"
                return fig
            fig["kind"] = "growth_rate"
            drop = kind == "decline" or (amt.value is not None and amt.value < 0)
            fig["about"] = ("drop" if drop else "growth") + self._fiscal(sent)
            return fig
        # "X ranks second, with growth of 210%. Y is fourth with 190%.": a bare percentage
        # after "with", in a run of entries, measures what the entry before it measured
        if not cue and re.search(r"\bwith\s+$", near_left):
            doc = sent.doc
            lo = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
            prior = [f for f in found if f["unit"] == "%" and lo <= f["span"][0] < amt.start and f["subject"]]
            if prior and prior[-1]["kind"] == "growth_rate":
                fig["kind"], fig["about"] = "growth_rate", prior[-1]["about"]
                return fig
        fig["about"] = cue or "percentage"
        return fig

    def _takeover_price(self, amt: Amount, sent: Span, text: str) -> bool:
        """The sentence up to the amount offers for, bids for or buys a whole firm (no stake, no
        round): "made a rival bid for X, valuing the lender at $9bn"."""
        before = text[sent.start_char:amt.start].lower()
        if self.takeover is None or not self.takeover.search(before):
            return False
        return self.takeover_not is None or not self.takeover_not.search(sent.text.lower())

    @staticmethod
    def _raised_in_relative(span: Span) -> bool:
        """The amount is the head of a relative clause of raising whose object it is: "the $70m
        the firm had raised", "the $25m it raised last year"."""
        tok = span.root
        for c in tok.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in ("raise", "secure", "collect", "receive", "attract") \
                    and not any(g.dep_ == "dobj" for g in c.children):
                return True
        return False

    def _raised_object(self, span: Span) -> bool:
        """The amount is the object of a verb of getting money ("Valtix nabbed $14 million",
        "which raked in $70 million") and no other cue word follows it closely."""
        tok = span.root
        while tok.dep_ in ("compound", "nummod", "quantmod") and tok.head is not tok and tok.head.i - tok.i <= 3:
            tok = tok.head
        verb = tok.head
        if tok.dep_ != "dobj" or verb.pos_ != "VERB":
            return False
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "prt" and (lemma, c.lower_) in self.raise_phrasal for c in verb.children):
            return True  # "picked up €8m", "raked in $20m"
        return lemma in self.raise_verbs or lemma in _MORE_RAISE_VERBS

    def _growth_told(self, sent: Span) -> bool:
        """The sentence, or the one before it ("It doubled its sales. That is about 19% a year."),
        tells of growth: a growth cue or a verb of multiplication."""
        doc = sent.doc
        prev = doc[sent.start - 1].sent if sent.start > 0 else None
        for s in (sent, prev):
            if s is None:
                continue
            low = s.text.lower()
            if (self.cues["growth"] is not None and self.cues["growth"].search(low)) \
                    or any(t.lower_ in self.multiples for t in s):
                return True
        return False

    def _said_of_a_name(self, span: Span) -> bool:
        """The amount's clause has a named organisation as its subject ("Orvik must repay at least
        $5 million"): the firm's own figure, not a criterion."""
        verb = governing_verb_of(span)
        while verb is not None:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                # "a company must have ...", "any firm must ...": a firm in general, as in a criterion
                generic = any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "each")
                              for c in subj.children)
                return subj.pos_ == "PROPN" or any(s <= subj.idx < e for s, e, _, _ in self._doc_mentions) \
                    or subj.lower_ == "it" or (subj.tag_ == "NN" and subj.lower_ in self.entity_nouns and not generic)
            if verb.dep_ not in ("xcomp", "conj", "ccomp") or verb.head is verb:
                return False
            verb = verb.head
        return False

    def _named_fact(self, span: Span) -> bool:
        """The amount's clause is a past statement about a named firm ("Acme grew sales by
        12% last year"): a fact, not a criterion."""
        verb = governing_verb_of(span)
        if verb is None or verb.tag_ != "VBD":
            return False
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ == "ORG" or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children)
            or any(s <= subj.idx < e for s, e, _, _ in self._doc_mentions))

    def _grows_sales(self, span: Span) -> bool:
        """What rises to the amount is a firm, its sales, or unnamed; not another named quantity."""
        thing = growing_thing(span)
        if thing is None or thing.pos_ in ("PRON", "PROPN"):
            return True
        rx = self.cues["revenue"]
        words = {thing.lower_, thing.lemma_.lower()} | {c.lower_ for c in thing.children if c.dep_ == "compound"}
        return bool(rx is not None and any(rx.fullmatch(w) for w in words)) or thing.lower_ in self.entity_nouns

    def _growth_word(self, thing: Token | None) -> bool | None:
        """True when what grows is sales, output or the like; False when it is something
        else a firm has (postings, salaries, funding, a number of things); None when unclear."""
        if thing is None:
            return None
        words = {thing.lower_, thing.lemma_.lower()} | {c.lower_ for c in thing.children if c.dep_ == "compound"}
        rx = self.cues["revenue"]
        if words & self.growth_things or (rx is not None and any(rx.fullmatch(w) for w in words)):
            return True
        if thing.lower_ in self.not_growth_things or thing.lemma_.lower() in self.not_growth_things:
            return False
        if thing.tag_ in ("NNS", "NNPS") and self._word(thing) in self.entity_nouns \
                and any(c.dep_ == "nummod" for c in thing.children):
            return False  # "the 38 firms ... are 90 percent more than in 2021": their number grew
        return None

    def _after_trading(self, sent: Span) -> bool:
        """The sentence before speaks of shares or a listing, and this one of no sales word."""
        doc = sent.doc
        if sent.start == 0 or self.cues["listed"] is None:
            return False
        prev = doc[sent.start - 1].sent
        rev = self.cues["revenue"]
        return bool(self.cues["listed"].search(prev.text.lower())) \
            and not (rev is not None and rev.search(sent.text.lower()))

    def _price_move(self, span: Span, sent: Span, near_left: str, right: str,
                    growth_dist: float = 1e9) -> str | None:
        """What moved, when a percentage measures a price rather than the business:
        "Shares of X jumped 86%", "the index rose 2.3%", "X added 5% to a market cap
        of ...", "a market cap of $38 billion, down 22%". Decided by the subject of the
        verb when there is one ("its premium volumes grew 70%" is growth)."""
        if _FROM_LISTING_PRICE.match(right) or (_TRADING_DAY.search(near_left) and _AT_PRICE.match(right)):
            return "share price"  # "up 5 percent from its offering price", "closed down 6.6 percent at $9.34"
        subj = self._verb_subject(span)
        if subj is not None and subj.head.lemma_.lower() not in self.change_verbs:
            subj = None  # the subject of another verb ("the deal put its value at $X, up 35%")
        thing = growing_thing(span)  # "Nvidia's stock is up 180 per cent"
        if thing is not None and (thing.lower_ in self.price_subjects or thing.lemma_.lower() in self.price_subjects):
            return thing.lower_
        sent_low = sent.text.lower()
        market = self.cues["listed"] is not None and bool(self.cues["listed"].search(sent_low))
        if re.match(r"\s*(?:[\w-]+\s+){0,3}?to\s+(?:an?\s+)?(?:record\s+)?(?:market\s+(?:value|cap\w*)|valuation"
                    r"|share\s+price|close)\b", right):
            return "market value"
        if subj is not None:
            low = subj.lower_
            if low in self.price_subjects or subj.lemma_.lower() in self.price_subjects:
                return low
            if subj.pos_ in ("PROPN", "PRON") and market and not self._common_noun(subj):
                return "shares"  # "Acme gained 4%" in a sentence about trading
            if subj.pos_ == "PROPN" and not self._common_noun(subj) and subj.head.lemma_.lower() in self.stock_verbs \
                    and self._after_trading(sent):
                return "shares"  # "Shares of X climbed 6%. Chipmaker Z slid 4%."
            if subj.pos_ == "NOUN" or self._common_noun(subj):
                return None  # "sales rose 9%", "its premium volumes grew 70%"
        # a share cue nearer than the growth cue ("rate of" inside "growth rate of" is not nearer)
        kind, dist, cue = self._nearest(("share",), near_left, right[:15])
        if kind is not None and dist < growth_dist:
            return cue
        return None


RATES_ENV = "GIANTS_RATES"


@Language.factory("giants_figures", default_config={"rates_path": "", "vocab_path": ""})
def make_figures(nlp: Language, name: str, rates_path: str, vocab_path: str) -> FigureFinder:
    """`rates_path` (or $GIANTS_RATES): a TOML rate file laid out like data/rates.toml
    whose rates replace or add to the built-in ones; `vocab_path`: a TOML file laid
    out like data/figures.toml that extends the built-in vocabulary."""
    return FigureFinder(nlp, name, rates_path=rates_path or os.environ.get(RATES_ENV, ""), vocab_path=vocab_path)
