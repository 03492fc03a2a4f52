"""giants_figures: money, percentages and counts, normalised and tied to what they measure.

Finding and parsing amounts is giants.money's job (plain text in, amounts out).
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
"""

from __future__ import annotations

import os
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import extensions  # noqa: F401
from .extensions import doc_text, guarded
from .data import _merge, builtin, read_toml
from .money import Amount, Lexicon, load_rates, scan
from .rates import RateBook, conversion_day, rate_warnings

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec"}
_PHONE = re.compile(r"(?<![\w$])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?!\d)")
_TIME = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.|hrs|h)\b|\b\d{1,2}:\d{2}\b")
_FISCAL = re.compile(r"(?i)\b(?:FY\s?'?\d{2,4}(?:\s?(?:[-–]|to|and)\s?FY\s?'?\d{2,4})?"
                     r"|fiscal(?:\s+year)?(?:\s+\d{4})?|financial year)")
_MONEY_LISTED_WORDS = ("market cap", "market capitalisation", "market capitalization", "m-cap", "mcap",
                       "market value")
_BULLET = re.compile(r"\s*[-–—•*·]\s")
_NUMBER_REF = re.compile(r"(?:\b[Nn]o\.?|\bnumber|#|\bNr\.?)\s*$")
# Verbs whose subject is the quantity itself ("its valuation was ...", "sales reached ...").
_LINKING_VERBS = {"be", "reach", "hit", "stand", "top", "exceed", "total", "come", "remain", "rise", "grow",
                  "climb", "fall", "drop", "swell", "jump", "surge", "increase", "decline", "double", "amount",
                  "soar", "slip", "sink", "touch", "cross", "pass", "near"}
_STOP_PREPS = {"of", "in", "at", "for", "from", "by", "with", "to", "on", "than", "as", "and", "or", "that", "which"}
_GENERIC_COUNT = {"count", "number", "total", "tally", "figure", "it", "they", "this", "that"}
# "the company", "the start-up": a definite description standing for an organisation named before
_ANAPHOR_NOUNS = {"company", "firm", "startup", "start-up", "group", "business", "chain", "maker", "platform",
                  "operator", "retailer", "lender", "developer", "unicorn", "manufacturer", "enterprise", "brand"}
# "drone makers with annual sales above ...", "firms whose revenue is ...", "most of them have
# revenue below ...": an amount that sets a cut-off for a group of firms
_GROUP_FILTER = re.compile(r"(?:\b[a-z-]{3,}s\s+(?:with|whose|having|that\s+have)"
                           r"|\b(?:most|many|all|some|none|half|each|both)\s+of\s+(?:them|(?:these|those|the)(?:\s+[\w-]+)?)\s+"
                           r"(?:have|had|has|with|report|reported|post|posted)"
                           r"|\b(?:most|many|all)\s+[a-z-]{3,}s\s+(?:have|had|with|report|post))"
                           r"\s+(?:[\w-]+\s+){0,3}(?:of\s+|is\s+|are\s+|at\s+|exceeding\s+)?$")
_VALUES_AT = re.compile(r"(?i)\b(?:values?|valued|valuing|revalued)\s+(?P<obj>[^;.()]{1,60}?),?\s+at\s+$")
# "giving it a valuation of $X", "which gives the start-up a post-money valuation of"
_GIVES_VALUATION = re.compile(r"(?i)\b(?:giving|gives|gave|give|handing|hands|handed)\s+(?P<obj>[^,;.()]{1,60}?)\s+"
                              r"an?\s+(?:[\w-]+\s+){0,2}?valuation\s+of\s+(?:about\s+|around\s+|some\s+)?$")
_GENERIC_WHOSE = re.compile(r"(?i)\b(?:companies|firms|enterprises|businesses|start-?ups|smes)\s+whose\b[^.;]*$")
_LEFT_CHARS = 110     # how far back (in characters, same sentence) a cue may be
_RIGHT_CHARS = 30     # how far ahead
_RIGHT_WEIGHT = 1.6   # a cue after the amount counts as this much further away


def _cue_regex(words: list[str]) -> re.Pattern | None:
    if not words:
        return None
    ordered = sorted(set(words), key=len, reverse=True)
    alts = "|".join(re.escape(w.lower()).replace(r"\ ", r"[\s-]+") for w in ordered)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w])")


def _line_bounds(text: str, pos: int, sent: Span) -> tuple[int, int]:
    """The sentence's character bounds, cut at line breaks: the parser often runs
    a heading or list item into the next line."""
    lo = max(sent.start_char, text.rfind("\n", 0, pos) + 1)
    nl = text.find("\n", pos)
    hi = min(sent.end_char, nl if nl >= 0 else len(text))
    return lo, hi


class FigureFinder:
    def __init__(self, nlp: Language, name: str, *, rates_path: str = "", vocab_path: str = ""):
        self.name = name
        self._masked = ""  # the current doc's text with organisation names blanked (set per call)
        data = builtin("figures")
        if vocab_path:  # a user's file extends the built-in vocabulary
            data = _merge(data, read_toml(vocab_path))
        self.lex = Lexicon(data)
        self.rates = load_rates(rates_path or None)
        self.book = RateBook(rates_path or None)
        self._day = None  # the current doc's conversion date (set per call)
        kinds = data.get("kinds", {})
        self.cues = {k: _cue_regex(kinds.get(k, [])) for k in
                     ("valuation", "funding", "revenue", "other", "growth", "decline", "share", "threshold",
                      "listed")}
        self.entity_nouns = {w.lower() for w in kinds.get("entity_nouns", [])}
        self.not_nouns = {w.lower() for w in kinds.get("not_figure_nouns", [])}
        self.not_before = {w.lower() for w in kinds.get("not_figure_before", [])}
        self.animal_nouns = {w.lower() for w in kinds.get("animal_nouns", [])}
        self.price_subjects = {w.lower() for w in kinds.get("price_subjects", [])}
        self.goods_verbs = {w.lower() for w in kinds.get("goods_verbs", [])}
        self.thing_nouns = {w.lower() for w in kinds.get("valued_things", [])}
        self.weight_cues = _cue_regex(kinds.get("weight_cues", []))
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
            r"|\ban?\s+(?:[\w-]+\s+){0,2}?(?:start-?up|company|firm|business|enterprise))\s+"
            r"(?:(?:in|of|from)\s+(?:the\s+)?[\w-]+\s+(?:[\w-]+\s+)?)?"
            r"(?:(?:that\s+are\s+|which\s+are\s+)?(?:valued|worth)|with\s+(?:a\s+)?(?:market\s+)?"
            r"(?:value|valuation)s?\s+of)\b[^.;]{0,20}$")
        nouns = "|".join(re.escape(n) for n in sorted(_ANAPHOR_NOUNS, key=len, reverse=True))
        self.anaphor_start = re.compile(
            rf"(?i)^\W*(?:it|its|they|their|(?:the|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})(?:'s)?)\b")
        ctx = data.get("dollar_context", {})
        self.dollar_context = re.compile(
            r"\b(?:" + "|".join(re.escape(k) for k in sorted(ctx, key=len, reverse=True)) + r")\b") if ctx else None
        self.dollar_codes = dict(ctx)
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
        # cue words inside organisation names ("Orrin Pay", "Value Partners") are not cues
        masked = list(text)
        for s, e, _, _ in mentions:
            masked[s:e] = "_" * (e - s)
        self._masked = "".join(masked)
        ambiguous_dollar = False
        has_sents = doc.has_annotation("SENT_START")
        used_unsure: set[str] = set()
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
            if fig["kind"] in ("valuation", "funding", "revenue", "growth_rate") or amt.is_money:
                if not fig.pop("_no_subject", False):
                    fig["subject"] = self._subject(amt, span, sent, mentions, text)
            fig.pop("_no_subject", None)
            if amt.is_money and amt.unit == "USD" and amt.symbol in ("$", "dollars", "dollar"):
                ambiguous_dollar = True
            figures.append(fig)
        figures += self._multiples(doc, figures, mentions)
        figures += self._fraction_shares(doc, figures)
        figures.sort(key=lambda f: f["span"][0])
        doc._.figures = self._drop_headline_repeats(figures, text)
        for warning in rate_warnings(doc._.figures, self._day, dated_by):
            self._warn(doc, f"figures: {warning}")
        for form in sorted(used_unsure):
            self._warn(doc, f"figures: '{form}' could mean {' or '.join(unsure[form.lower()])} here; "
                            f"read as {self.lex.currency_of(form, None) or self.lex.currency_of(None, form)}")
        if ambiguous_dollar and self.dollar_context is not None:
            places = sorted({m.group(0) for m in self.dollar_context.finditer(text)})
            if places:
                codes = sorted({self.dollar_codes[p] for p in places})
                warning = (f"figures: '$' amounts read as US dollars, but the text mentions {', '.join(places)}; "
                           f"they may be {' or '.join(codes)}")
                self._warn(doc, warning)
        self._masked = ""
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

    @staticmethod
    def _drop_headline_repeats(figures: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
        """A figure in the headline that the body repeats is kept once, from the body."""
        first = text.find("\n")
        if first < 0:
            return figures
        body = {(f["unit"], f["value"]) for f in figures if f["span"][0] > first}
        return [f for f in figures if f["span"][0] > first or (f["unit"], f["value"]) not in body]

    def _base(self, amt: Amount) -> dict[str, Any]:
        return {"text": amt.text, "span": [amt.start, amt.end], "kind": "other", "value": amt.value,
                "value_max": amt.value_max, "qualifier": amt.qualifier, "unit": amt.unit, "usd": None,
                "usd_source": None, "rate_date": None, "rate_source": None, "about": None, "subject": None}

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

    @staticmethod
    def _governing_verb(span: Span) -> Token | None:
        """The verb the amount hangs off (within five steps up the parse), if any."""
        tok = span.root
        for _ in range(5):
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            tok = tok.head
        return tok if tok.pos_ in ("VERB", "AUX") else None

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
            conv = self.book.convert(amt.value, amt.unit, self._day)
            if conv is not None:
                fig["usd"], fig["usd_source"] = conv.usd, "rate_table"
                fig["rate_date"], fig["rate_source"] = conv.rate_date, conv.rate_source
        left, right = self._context(amt, sent, text)
        kind, dist, cue = self._nearest(("valuation", "funding", "revenue", "other"), left, right)
        sent_low = sent.text.lower()
        lead = self._list_lead(text, amt.start)
        thr = self.cues["threshold"]
        # "firms must have annual sales of 50-300 million yuan", a bulleted list of criteria
        if thr and (thr.search(left[-45:]) or (lead and thr.search(lead))):
            fig["about"] = "threshold (definition)"
            fig["_no_subject"] = True
            return fig
        # "young firms worth over $1bn": a category's threshold
        if amt.qualifier == "lower_bound" and self.generic_firms.search(text[max(sent.start_char, amt.start - 70):amt.start]):
            fig["about"] = "threshold (definition)"
            fig["_no_subject"] = True
            return fig
        # "drone makers with annual sales above 20 million yuan": a cut-off for a group of firms
        if amt.qualifier in ("lower_bound", "upper_bound", "range") and _GROUP_FILTER.search(left[-60:]):
            fig["about"] = "threshold (definition)"
            fig["_no_subject"] = True
            return fig
        if _VALUES_AT.search(left):
            kind, dist, cue = "valuation", 0, "valued"  # "investors valued Orrin Pay at $X"
        if dist > 12 or kind is None or cue == "worth":
            skind, scue = self._subject_cue(span)
            if skind:
                kind, dist, cue = skind, 0, scue
        # "the contract is worth $X", "the stake is valued at $X": the value of a thing, not of a firm
        if kind == "valuation" and cue in ("worth", "valued", "valued at", "value"):
            thing = self._worth_subject(span)
            if thing is not None and thing.pos_ == "NOUN" and thing.lower_ in self.thing_nouns:
                fig["about"] = f"value of {thing.lower_}"
                return fig
        if kind is None and lead:
            kind, dist, cue = self._nearest(("valuation", "funding", "revenue", "other"), lead, "")
        # "up 410% since 2019, reaching $18 million": what grows to an amount is usually sales
        if (kind is None or dist > 40) and self.cues["growth"] and self.cues["growth"].search(left[-45:]) \
                and re.search(r"\b(?:to|reaching|reached|hitting|at)\s+$", left):
            kind, cue = "revenue", "revenue"
        # "the $90 billion chip designer": a company described by its value
        if kind is None or dist > 40:
            after = text[amt.end:amt.end + 40].lower()
            if re.match(r"\s*(?:[\w-]+\s+){0,3}(?:company|maker|firm|group|start-?up|giant|business|retailer|"
                        r"operator|platform|conglomerate)\b", after) and re.search(r"(?:^|\s)(?:the|a|an)\s+$", left):
                kind, cue = "valuation", "worth"
        if kind is None:
            fig["about"] = None
            return fig
        # "its valuation fell by $2 billion": the size of a change, not the valuation or the revenue
        if kind in ("valuation", "revenue") and re.search(
                r"\b(?:rose|rise|rises|fell|fall|falls|grew|grow|grows|shrank|shrink|shrinks|dropped|drop|jumped|"
                r"increased|decreased|declined|climbed|slid|slumped|surged|soared|plunged|up|down|cut|lifted)"
                r"\s+(?:by\s+)?(?:some\s+|about\s+|around\s+)?$", left):
            fig["kind"], fig["about"] = "other", f"change in {'valuation' if kind == 'valuation' else cue}"
            return fig
        aggregate = re.search(r"\b(?:average|mean|median|total|combined|aggregate|overall)\b", left[-50:])
        if aggregate and kind in ("valuation", "funding", "revenue"):
            fig["_no_subject"] = True
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
        if thr and (thr.search(near_left) or thr.search(right) or (lead and thr.search(lead))
                    or ((amt.qualifier in ("lower_bound", "range") or re.match(r"\s*or more", right))
                        and thr.search(sent.text.lower()))):
            fig["about"] = "threshold (definition)"
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
        # "rose 0.5 percentage points", "cut by 25 basis points": a change in a rate, not growth
        if re.search(r"(?i)points?$|bps$", amt.text):
            fig["about"] = "change (percentage points)"
            return fig
        kind, dist, cue = self._nearest(("growth", "decline", "share"), near_left, right)
        comparison = re.match(r"\s*(?:more|higher|greater|larger|bigger|less|lower|fewer|smaller)\s+"
                              r"(?:[a-z-]+\s+){0,2}?than\b", right)
        if comparison:
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
            # a share price, an index or a market value moving is not growth of the business
            move = self._price_move(span, sent, near_left, right)
            if move:
                fig["about"] = f"change ({move})"
                return fig
            fig["kind"] = "growth_rate"
            drop = kind == "decline" or (amt.value is not None and amt.value < 0)
            fig["about"] = ("drop" if drop else "growth") + self._fiscal(sent)
            return fig
        fig["about"] = cue or "percentage"
        return fig

    def _price_move(self, span: Span, sent: Span, near_left: str, right: str) -> str | None:
        """What moved, when a percentage measures a price rather than the business:
        "Shares of X jumped 86%", "the index rose 2.3%", "X added 5% to a market cap
        of ...", "a market cap of $38 billion, down 22%". Decided by the subject of the
        verb when there is one ("its premium volumes grew 70%" is growth)."""
        subj = self._verb_subject(span)
        if subj is not None and subj.head.lemma_.lower() not in self.change_verbs:
            subj = None  # the subject of another verb ("the deal put its value at $X, up 35%")
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
            if subj.pos_ == "NOUN" or self._common_noun(subj):
                return None  # "sales rose 9%", "its premium volumes grew 70%"
        rx = self.cues["share"]
        if rx and (rx.search(near_left) or rx.search(right[:15])):
            return rx.findall(near_left + " " + right[:15])[-1]
        return None

    # --- counts -----------------------------------------------------------------------------------

    def _count(self, amt: Amount, span: Span, sent: Span, text: str,
               found: list[dict[str, Any]]) -> dict[str, Any] | None:
        value = amt.value
        if value is None:
            return None
        start_tok, end_tok = span[0], span[-1]
        doc = span.doc
        raw = text[amt.start:amt.end]
        digits = re.sub(r"\D", "", raw)
        # years and year ranges ("2021-2025", "from 2022 to 2025")
        def yearish(v: float | None) -> bool:
            return v is not None and float(v).is_integer() and 1800 <= v <= 2100 and "," not in raw
        if amt.scale is None and yearish(value) and (amt.value_max is None or yearish(amt.value_max)):
            return None
        # glued to a name: "GPT-4", "COVID-19"; a rank or reference: "No. 3", "#1"
        before = text[max(0, amt.start - 2):amt.start]
        if len(before) == 2 and before[1] in "-–/" and before[0].isalpha():
            return None
        if _NUMBER_REF.search(text[max(0, amt.start - 10):amt.start]):
            return None
        if re.match(r"[/:.-]\d", text[amt.end:amt.end + 2]) or re.search(r"\d[/:-]$", before):
            return None  # "24/7", "12/05/2023", "10:30"
        if amt.words and amt.value == 1:
            return None  # "one of the ..."
        prev = doc[start_tok.i - 1] if start_tok.i > sent.start else None
        # skip a qualifier that scan() folded into the span
        first_num = next((t for t in span if t.like_num or t.text[:1].isdigit()), start_tok)
        if first_num.i > start_tok.i:
            prev = None
        if prev is not None:
            pl = prev.lower_
            if pl in self.not_before or pl in _MONTHS:
                return None
            # "aged 30 and 32", "No. 4 or 5": the second of a pair shares the first one's fate
            if pl in ("and", "or", "to", ",", "-", "–") and prev.i - 2 >= sent.start and doc[prev.i - 1].like_num \
                    and doc[prev.i - 2].lower_ in self.not_before:
                return None
            if not prev.is_sent_start and prev.is_alpha and (
                    (prev.pos_ == "PROPN" and prev.is_title) or (prev.is_upper and len(prev) > 1)):
                return None  # "Inc. 5000", "Fortune 500": part of a name
        nxt = doc[end_tok.i + 1] if end_tok.i + 1 < len(doc) else None
        if nxt is not None:
            nl = nxt.lower_
            if nl in _MONTHS or nl in self.not_nouns:
                return None
            if nl in ("-", "–") and end_tok.i + 2 < len(doc) and doc[end_tok.i + 2].lower_ in self.not_nouns:
                return None  # "five-day", "36-year-old"
        if start_tok.ent_type_ in ("TIME", "ORDINAL") or (
                start_tok.ent_type_ == "DATE" and value < 32 and not amt.words):
            return None  # "on the 5th", "March 17"
        noun = self._head_noun(span, doc)
        nlow = noun.lower_ if noun is not None else ""
        fig = self._base(amt)
        fig["unit"] = None
        if noun is not None and nlow in self.not_nouns:
            return None
        if noun is not None and self._is_animal(noun, sent):
            return None  # "60 oryx", "a herd of 14 gazelles": animal data are not business figures
        is_entity = noun is not None and (nlow in self.entity_nouns or noun.lemma_.lower() in self.entity_nouns
                                          or self._word(noun) in self.entity_nouns
                                          or (noun.i > 0 and f"{doc[noun.i - 1].lower_} {nlow}" in self.entity_nouns))
        if noun is None:
            same = self._elliptical(amt, sent, text, found)
            if same is not None:  # "29 unicorns, down from 36": the number counts what the first one did
                fig["kind"], fig["about"] = same["kind"], same["about"]
                fig["_no_subject"] = True
                return fig
        if amt.words and not is_entity:
            return None
        if noun is not None:
            self._extend_to_noun(fig, amt, span, noun, text)
        if noun is not None and nlow in ("times", "time", "fold", "x"):
            fig["kind"], fig["about"] = "other", "multiple (times)"
            return fig
        if is_entity and self._goods_verb(span):
            is_entity = False  # "the outlet sold 500 Unicorns": drinks or goods, not firms
        if is_entity:
            fig["kind"], fig["about"] = "count", f"number of {self._noun_phrase(noun)}"
            fig["_no_subject"] = True
            return fig
        if noun is not None:
            fig["kind"], fig["about"] = "other", f"number of {self._noun_phrase(noun)}"
            fig["_no_subject"] = True
            return fig
        if len(digits) < 2 and amt.value_max is None:
            return None  # a lone small digit with nothing counted
        subj = self._verb_subject(span)
        # "The company now has 160": a number the firm has, not a number of firms
        singular_firm = subj is not None and subj.tag_ in ("NN", "NNP") and subj.lower_ in self.entity_nouns
        if singular_firm:
            fig["kind"], fig["about"] = "other", "number"
            fig["_no_subject"] = True
            return fig
        if subj is not None and self._common_noun(subj) and subj.lower_ not in _GENERIC_COUNT \
                and subj.lower_ not in self.entity_nouns and subj.lemma_.lower() not in self.entity_nouns:
            fig["kind"], fig["about"] = "other", f"number of {self._noun_phrase(subj)}"  # "deals held steady at 104"
            fig["_no_subject"] = True
            return fig
        fig["kind"] = "count"
        fig["about"] = f"number of {self._noun_phrase(subj)}" if subj is not None and subj.pos_ == "NOUN" \
            and subj.lower_ not in _GENERIC_COUNT else "count"
        fig["_no_subject"] = True
        return fig

    @staticmethod
    def _common_noun(tok: Token) -> bool:
        """A common noun, also when a sentence-initial capital made the tagger call it
        a proper noun ("Headcount rose to 210")."""
        if tok.pos_ == "NOUN":
            return True
        return (tok.pos_ == "PROPN" and tok.is_sent_start and not tok.ent_type_ and tok.is_title
                and not any(c.dep_ in ("compound", "flat") for c in tok.children))

    @staticmethod
    def _worth_subject(span: Span) -> Token | None:
        """The subject of "X is worth $Y" / "X is valued at $Y" (a copula or a passive),
        when the amount hangs directly off that verb; None for active "valued X at"."""
        tok, path = span.root, []
        for _ in range(4):
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            path.append(tok)
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX") or any(p.lower_ == "from" or p.dep_ == "relcl" for p in path):
            return None
        copula = tok.lemma_.lower() == "be" and any(p.lower_ == "worth" for p in path)
        passive = tok.lemma_.lower() == "value" and any(c.dep_ == "auxpass" for c in tok.children)
        if not (copula or passive):
            return None
        return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _goods_verb(self, span: Span) -> bool:
        """The number is the object of a verb of selling or consuming ("sold 500 ...")."""
        tok = span.root
        for _ in range(3):
            if tok.dep_ in ("dobj", "nummod", "quantmod", "compound", "amod", "advmod") and tok.head is not tok:
                tok = tok.head
                if tok.pos_ == "VERB":
                    return tok.lemma_.lower() in self.goods_verbs
            else:
                break
        return False

    def _is_animal(self, noun: Token, sent: Span) -> bool:
        """Animals are not business figures: an animal noun ("oryx", "calves"), or a
        word with an animal sense ("gazelles", "unicorns") in a sentence about animals."""
        low, lemma = noun.lower_, noun.lemma_.lower()
        if low in self.animal_nouns or lemma in self.animal_nouns:
            return True
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and (obj.lower_ in self.animal_nouns or obj.lemma_.lower() in self.animal_nouns):
            return True  # "3,000 head of cattle"
        if (low in self.animal_senses or lemma in self.animal_senses) and self._animal_context(sent):
            return True
        return False

    def _animal_percent(self, span: Span, text: str, amt: Amount) -> bool:
        """In a sentence about animals, whether this percentage measures them: its verb's
        subject is a population or an animal, or an animal word is close before it."""
        subj = self._verb_subject(span)
        if subj is not None and subj.head.lemma_.lower() in self.change_verbs:
            low = subj.lower_
            return low in ("population", "populations", "numbers", "number", "herd", "herds") \
                or low in self.animal_nouns or low in self.animal_senses
        near = set(re.findall(r"[a-z]+", text[max(0, amt.start - 45):amt.start].lower()))
        return bool(near & (self.animal_nouns | self.animal_senses | {"population", "numbers"}))

    def _animal_context(self, sent: Span) -> bool:
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        return bool(words & (self.animal_nouns | self.animal_context))

    def _about_animals(self, sent: Span) -> bool:
        """A sentence about animals and not about business: an animal noun, or a word
        with an animal sense next to animal context, and no money or business cue."""
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        animal = bool(words & self.animal_nouns) or (bool(words & self.animal_senses) and self._animal_context(sent))
        if not animal:
            return False
        low = sent.text.lower()
        return not any(self.cues[k] is not None and self.cues[k].search(low) for k in ("valuation", "funding", "revenue"))

    @staticmethod
    def _elliptical(amt: Amount, sent: Span, text: str, found: list[dict[str, Any]]) -> dict[str, Any] | None:
        """For a bare number after "from"/"against" ("up from 57", "down from 36 at the
        peak", "against 24 in 2021") or "bringing the total to", the earlier count in the
        same sentence it compares with or adds to."""
        if not re.search(r"(?i)(?:\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))"
                         r"|\b(?:bringing|taking|raising|lifting|pushing)\s+(?:the|its|their|the\s+city's|the\s+zone's)"
                         r"\s+(?:total|number|tally|count)\b[^,.;]{0,30}?\s+to)\s+$",
                         text[max(sent.start_char, amt.start - 70):amt.start]):
            return None
        earlier = [f for f in found if f["unit"] is None and sent.start_char <= f["span"][0] < amt.start
                   and f["kind"] in ("count", "other") and (f["about"] or "").startswith("number of")]
        return earlier[-1] if earlier else None

    @staticmethod
    def _extend_to_noun(fig: dict[str, Any], amt: Amount, span: Span, noun: Token, text: str) -> None:
        """Quote a count with what it counts: "308 Zhejiang-based manufacturers",
        "181 of the companies" (only when the words between belong to the phrase)."""
        doc = span.doc
        if noun.i <= span.end - 1 or noun.i - span.end > 10:
            return
        for t in doc[span.end:noun.i]:
            if t.pos_ not in ("ADJ", "NOUN", "PROPN", "DET", "ADP", "PUNCT", "VERB", "ADV", "NUM", "CCONJ") \
                    or t.text in (",", ";", ".", "(", ")", ":", "—", "–") or (t.pos_ == "ADP" and t.lower_ != "of") \
                    or (t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG")) or "\n" in t.whitespace_:
                return
        end = noun.idx + len(noun.text)
        fig["text"], fig["span"] = text[amt.start:end], [amt.start, end]

    def _head_noun(self, span: Span, doc: Doc) -> Token | None:
        """The noun a number counts: its head when it modifies one, the object of
        "of" in "181 of the companies", else the first noun right after it."""
        tok = span[-1]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == "of":
            for t in doc[nxt.i + 1:min(len(doc), nxt.i + 6)]:
                if t.pos_ in ("NOUN", "PROPN"):
                    return t
                if t.pos_ == "PRON":
                    return self._antecedent(tok)  # "Only three of them"
                if t.pos_ not in ("DET", "NUM", "ADJ", "PUNCT"):
                    break
            return None
        # a counted word close behind wins over the parse ("12 further fintech Unicorns")
        found = None
        for t in doc[tok.i + 1:min(len(doc), tok.i + 12)]:
            hyphenated = doc[t.i - 1].text == "-" or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-")
            coordinated = t.pos_ == "CCONJ" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("ADJ", "ADV")
            participle = t.tag_ in ("VBG", "VBN") and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "ADJ") \
                and doc[t.i - 1].pos_ not in ("NOUN", "PROPN")  # "3,800 paying customers", not "five firms including"
            if t.text in (",", ";", ".", "(", ")", ":", "—", "–") or (t.lower_ in _STOP_PREPS and not coordinated) \
                    or t.lower_ in ("times", "fold") or (not hyphenated and not coordinated and not participle and t.pos_ in (
                        "AUX", "SCONJ", "PRON", "NUM", "ADP", "VERB", "CCONJ", "PART")):
                break
            joined = f"{doc[t.i - 2].lower_}-{t.lower_}" if t.i >= 2 and doc[t.i - 1].text == "-" else ""
            pair = f"{doc[t.i - 1].lower_} {t.lower_}"  # "niche leaders"
            if t.lower_ in self.entity_nouns or joined in self.entity_nouns or pair in self.entity_nouns:
                found = t
            elif found is not None and t.pos_ == "NOUN" and t.i - 1 == found.i and not hyphenated \
                    and found.lower_ in self.animal_senses:
                found = t  # "1,200 unicorn cupcakes": a modifier, not what is counted
        if found is not None and found.lower_ in self.animal_senses:
            # "5,000 tiger-shaped buns": the animal word modifies what is counted
            up = found
            while up.head.i > up.i and up.head.i - found.i <= 4 and up.head.pos_ in ("NOUN", "ADJ", "VERB"):
                up = up.head
            if up is not found and up.pos_ == "NOUN":
                found = up
        if found is not None:
            return found
        head = tok.head
        if tok.dep_ in ("nummod", "quantmod", "compound", "amod") and 0 < head.i - tok.i <= 10 \
                and head.pos_ in ("NOUN", "PROPN") and not any(t.like_num for t in doc[tok.i + 1:head.i]):
            return head  # (not "57 three years ago": the years are counted by "three")
        if tok.dep_ in ("conj", "appos") and tok.head.i < tok.i and tok.head.pos_ == "NOUN":
            return tok.head  # "900 firms ... and 120 certified at the city level"
        for t in doc[tok.i + 1:min(len(doc), tok.i + 5)]:
            if t.pos_ in ("NOUN", "PROPN"):
                return t
            if (t.pos_ not in ("ADJ", "PUNCT", "ADV") and t.tag_ not in ("VBG", "VBN")) \
                    or t.text in (",", ";", ".", ")", "("):
                break
        # "bringing its staff to about 900", "raising the number of suppliers to 60"
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.pos_ == "VERB":
            obj = next((c for c in tok.head.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if obj is not None and obj.lower_ in ("number", "total", "tally", "count"):
                obj = next((g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
                           None)
            if obj is not None and obj.pos_ == "NOUN":
                return obj
        return None

    @staticmethod
    def _word(tok: Token) -> str:
        """The lower-cased word, joined across a hyphen the tokenizer split ("start-ups")."""
        doc = tok.doc
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
            return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
        return tok.lower_

    def _antecedent(self, tok: Token) -> Token | None:
        """What "them" stands for in "three of them": a plural subject before it in this
        or the previous sentence, else the last plural noun, when it names firms or entities."""
        doc = tok.doc
        lo = tok.sent.start
        if lo > 0:
            lo = doc[lo - 1].sent.start
        subjects = [t for t in doc[lo:tok.i] if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS")]
        if subjects:
            return subjects[-1] if self._word(subjects[-1]) in self.entity_nouns else None
        for t in reversed(doc[lo:tok.i]):
            money = t.text in self.lex.prefix or t.lower_ in self.lex.suffix or (
                t.i + 1 < len(doc) and doc[t.i + 1].like_num)
            if t.tag_ in ("NNS", "NNPS") and not money:
                return t if self._word(t) in self.entity_nouns else None
        return None

    def _noun_phrase(self, noun: Token, after: int = -1) -> str:
        doc = noun.doc
        first = noun
        while first.i >= 2 and doc[first.i - 1].text == "-" and not doc[first.i - 2].whitespace_:
            first = doc[first.i - 2]  # "start-ups"
        mods = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and t.i >= first.i - 3 and t.i > after
                and t.i < first.i and not t.like_num and t.lower_ not in self.lex.scales]
        words = [t.text for t in mods] + [doc[first.i:noun.i + 1].text]
        return " ".join(words).replace(" - ", "-")

    # --- subject ----------------------------------------------------------------------------------

    def _mentions(self, doc: Doc) -> list[tuple[int, int, str, bool]]:
        """(start, end, name, is_a_company) for every organisation mention; investors,
        governments and the like are marked False so a company is preferred."""
        out = []
        for org in doc._.organizations or []:
            company = org.get("is_company", True) is not False and org.get("type", "company") == "company"
            for s, e in org.get("mention_spans") or []:
                out.append((s, e, org["name"], company))
        out.sort()
        return out

    @staticmethod
    def _clause_subject(tok: Token) -> Token | None:
        """Subject of the clause `tok` is in, climbing through infinitives and
        coordinated verbs ("the chain was planning to raise $X")."""
        for _ in range(6):
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            tok = tok.head
        for _ in range(4):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
            if tok.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl") or tok.head is tok:
                return None
            tok = tok.head  # up to the next verb: "was hoping to raise $X"
            for _ in range(4):
                if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                    break
                tok = tok.head
        return None

    @staticmethod
    def _anaphoric(subj: Token) -> bool:
        if subj.lower_ in ("it", "they"):
            return True
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children):
            return True
        return subj.lower_ in _ANAPHOR_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                     for c in subj.children)

    @staticmethod
    def _mention_at(tok: Token, mentions: list[tuple[int, int, str, bool]]) -> str | None:
        """The organisation named by a noun phrase's head, or by a name next to it
        ("the Korean retailer Hanbit")."""
        heads = [tok] + [c for c in tok.children if c.dep_ in ("appos", "compound", "nmod")]
        for t in heads:
            for s, e, name, _ in mentions:
                if s <= t.idx < e:
                    return name
        return None

    def _previous_subject(self, sent: Span, mentions: list[tuple[int, int, str, bool]]) -> str | None:
        """The organisation the previous sentence is about: an organisation that is the
        subject of one of its clauses, else its first company."""
        for _ in range(2):
            if sent.start == 0:
                return None
            sent = sent.doc[sent.start - 1].sent
            companies = [m for m in mentions if m[3]]
            named = [self._mention_at(t, companies) for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
            named = [n for n in named if n]
            if named:
                return named[-1]  # the last clause's subject is the nearest antecedent
            firsts = [name for s, e, name, company in mentions
                      if sent.start_char <= s and e <= sent.end_char and company]
            if firsts:
                return firsts[0]
        return None

    def _resolve(self, np: Token, sent: Span, in_sent: list[tuple[int, int, str, bool]],
                 mentions: list[tuple[int, int, str, bool]]) -> str | None:
        """The organisation a noun phrase names: a name, or for "it"/"its ..."/"the
        company", the company named before it in the sentence, else the previous
        sentence's subject."""
        name = self._mention_at(np, in_sent)
        if name:
            return name
        if self._anaphoric(np):
            anchor = np.left_edge.idx
            before = [(anchor - e, name) for s, e, name, company in in_sent if e <= anchor and company]
            if before:
                return min(before)[1]
            return self._previous_subject(sent, mentions)
        return None

    @classmethod
    def _valued_object(cls, span: Span) -> Token | None:
        """The firm a valuation or an investment is about when it is the verb's object,
        not its subject: "a deal valuing the firm at $12 billion", "investors
        valued X at ...", "put X's value at ...", "invested $50 million in X"."""
        tok = cls._governing_verb(span)
        if tok is None:
            return None
        # "led a round valuing X at $2bn" parsed with "at" under "led"
        doc = span.doc
        for t in reversed(doc[max(tok.i, span.start - 8):span.start]):
            if t.pos_ == "VERB" and t.lemma_.lower() == "value" and t.i > tok.i:
                tok = t
                break
        lemma = tok.lemma_.lower()
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if lemma in ("value", "revalue") and obj is not None:
            return obj
        if lemma in ("put", "set", "peg", "place") and obj is not None and obj.lower_ in ("value", "valuation"):
            return next((c for c in obj.children if c.dep_ == "poss"), None)
        if lemma in ("invest", "inject", "pour", "plough", "plow", "put"):
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "into")), None)
            return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        return None

    def _subject(self, amt: Amount, span: Span, sent: Span, mentions: list[tuple[int, int, str, bool]],
                 text: str) -> str | None:
        """The organisation an amount is about. In order: the object of "value"/"invest
        in" when that names one ("values the company at $X"); the subject of its clause
        when that names an organisation; for "it"/"its ..."/"the company", the
        organisation named before the pronoun in the sentence, else the previous
        sentence's subject; else the nearest company named before it in the sentence
        (then any organisation, then one named after it)."""
        lo, hi = _line_bounds(text, amt.start, sent)
        in_sent = [m for m in mentions if lo <= m[0] and m[1] <= hi]
        # "Orrin Pay ($7 billion)": the name right before the bracket
        paren = re.search(r"\(\s*$", text[max(lo, amt.start - 3):amt.start])
        if paren:
            at = amt.start - 3 + paren.start() if amt.start >= 3 else paren.start()
            named = [name for s, e, name, _ in in_sent if 0 <= at - e <= 2]
            if named:
                return named[-1]
        # "led Nimbus Health's $50 million round": the possessive name right before the amount
        poss = re.search(r"(?:'s|’s|'|’)\s*$", text[max(lo, amt.start - 4):amt.start])
        if poss:
            at = max(lo, amt.start - 4) + poss.start()
            named = [name for s, e, name, _ in in_sent if e == at]
            if named:
                return named[-1]
        # "values the company at $X", read from the words (the parse often misses it)
        m = _VALUES_AT.search(text[lo:amt.start]) or _GIVES_VALUATION.search(text[lo:amt.start])
        if m:
            os_, oe = lo + m.start("obj"), lo + m.end("obj")
            named = [name for s, e, name, _ in in_sent if s < oe and os_ < e]
            if named:
                return named[0]
            if self.anaphor_start.match(m.group("obj")):
                before = [(os_ - e, name) for s, e, name, company in in_sent if e <= os_ and company]
                if before:
                    return min(before)[1]
                name = self._previous_subject(sent, mentions)
                if name:
                    return name
        target = self._valued_object(span)
        if target is not None and lo <= target.idx < hi:
            name = self._resolve(target, sent, in_sent, mentions)
            if name:
                return name
            if target.pos_ == "PROPN":
                return None  # a name the organisation finder missed: not the investor in the subject
        subj = self._clause_subject(span.root)
        if subj is not None and lo <= subj.idx < hi:
            name = self._resolve(subj, sent, in_sent, mentions)
            if name:
                return name
            if subj.tag_ == "NNS" and not any(c.dep_ == "poss" for c in subj.children):
                return None  # "German start-ups raised 7.1 billion euros": a group, not one firm
        companies_before = [m for m in in_sent if m[3] and m[1] <= amt.start]
        if not companies_before and self.anaphor_start.match(text[lo:amt.start]):
            name = self._previous_subject(sent, mentions)  # "The start-up plans to raise $X" (parse missed)
            if name:
                return name
        for pool in ([m for m in in_sent if m[3]], in_sent):
            before = [(amt.start - e, name) for s, e, name, _ in pool if e <= amt.start]
            if before:
                return min(before)[1]
        after = [(s - amt.end, name) for s, e, name, _ in in_sent if amt.end <= s]
        return min(after)[1] if after else None


RATES_ENV = "GIANTS_RATES"


@Language.factory("giants_figures", default_config={"rates_path": "", "vocab_path": ""})
def make_figures(nlp: Language, name: str, rates_path: str, vocab_path: str) -> FigureFinder:
    """`rates_path` (or $GIANTS_RATES): a TOML rate file laid out like data/rates.toml
    whose rates replace or add to the built-in ones; `vocab_path`: a TOML file laid
    out like data/figures.toml that extends the built-in vocabulary."""
    return FigureFinder(nlp, name, rates_path=rates_path or os.environ.get(RATES_ENV, ""), vocab_path=vocab_path)
