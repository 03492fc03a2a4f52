"""Criterion rules of the category engine: listed status, valuations of private firms and
multi-year growth. A mixin of CategoryTagger (giants.categories), which holds the per-doc state
these methods read: text, units, orgs, figures, and the compiled vocabulary."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .category_rules import PERCENT_RE, after_last_comma, growth_years, yearly_rate

if TYPE_CHECKING:
    from .categories import Org

FIGURE_KEYS = {"text", "span", "kind", "value", "value_max", "qualifier", "unit", "usd", "usd_source",
               "rate_date", "rate_source", "about", "subject"}
RELATIVE_VALUED = re.compile(r"^\s*(?:\([^)]{0,40}\))?\s*,?\s*(?:(?:which|that)\s+(?:is|was|has been|had been|"
                             r"are|is now|was last)?\s*|now\s+|recently\s+|last\s+)?$", re.IGNORECASE)
# A date right after an amount: "valued at $2bn in 2021", "as of 2022".
DATED_AFTER = re.compile(r"\s*,?\s*(?:(?:in|as of|back in|during|at the end of)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d{2})\b|"
                         r"(last year|a year ago|(?:two|three|\d) years ago|previously|at the time|back then|earlier))",
                         re.IGNORECASE)
# A firm's age, as news states it.
FOUNDED = re.compile(r"\b(?:founded|established|set up|started|incorporated|launched)\s+(?:in\s+)?((?:18|19|20)\d{2})\b",
                     re.IGNORECASE)
AGE_YEARS = re.compile(r"\b(\d{1,3})-year-old\b|\b(\d{1,3}) years old\b", re.IGNORECASE)
OLD_FIRM = re.compile(r"\b(?:century|centuries|decades)-old\b|\bfamily[- ]owned since\b", re.IGNORECASE)


# "A and B grew sales 150% and 90% respectively": figures matched in order to the firms named before them
RESPECTIVELY = re.compile(r"(?:\d[\d,.]*\s*(?:%|per\s*cent|percent)\s*(?:,\s*(?:and\s+)?|,?\s*and\s+)?){2,}"
                          r"\s*,?\s*respectively\b", re.IGNORECASE)


# Between a ranked firm and its growth figure: "X at 1,245%", "followed by Y with 980%", "Z (760%)".
RANKED_AT = re.compile(r"\s*(?:\w+\s+){0,2}?(?:at|with|on)\s+(?:about\s+|over\s+|nearly\s+)?|\s*\(\s*|\s*[,:–—]\s*",
                       re.IGNORECASE)


# "from <amount> in 2020 to <amount> in 2023"
FROM_TO_MID = re.compile(r"\s*(?:in\s+(?:FY\s?)?((?:19|20)?\d{2})\s*)?,?\s*to\s*", re.IGNORECASE)
TO_FROM_MID = re.compile(r"\s*(?:in\s+(?:FY\s?)?((?:19|20)?\d{2})|(last year|in the last financial year))?\s*,?\s*from\s*",
                         re.IGNORECASE)
FROM_TO_END = re.compile(r"\s*(?:in|by)\s+(?:FY\s?)?((?:19|20)?\d{2})\b", re.IGNORECASE)


def _sign(amount_text: str) -> str:
    """The currency sign or word of an amount's text, for matching other amounts written alike."""
    m = re.match(r"\s*(?:about|around|over|more than|nearly|some|at least|up to)?\s*([^\d\s]+)\s*\d", amount_text, re.I)
    return (m.group(1) if m else amount_text.split()[-1]).lower()


class CriterionRules:
    # ------------------------------------------------------------------ listed status

    def _find_listed(self) -> None:
        text = self.text
        for u, (us, ue) in enumerate(self.units):
            mentions = self._mentions_in(us, ue)
            for i, (s, e, o) in enumerate(mentions):
                # read on to the next company: an exchange in between belongs to this org's listing
                stop = next((ms for ms, me, mo in mentions[i + 1:] if mo.is_company and ms >= e), ue)
                after, before = text[e:stop], text[max(us, s - 40):s]
                if self.unlisted is not None and self.unlisted.search(text[max(us, s - 40):stop]):
                    continue
                if (self.listed_after is not None and self.listed_after.search(after)) or \
                        (self.listed_before is not None and self.listed_before.search(before)):
                    self.listed.add(o.index)
            m = self.pronoun_start.match(text[us:ue])
            if m and not mentions:
                ante = self._antecedent(u)
                rest = text[us + m.end():ue]
                if ante and self.listed_after is not None and self.listed_after.search(rest) and \
                        not (self.unlisted is not None and self.unlisted.search(rest)):
                    self.listed.add(ante.index)

    # ------------------------------------------------------------------ criterion: valuations

    def _money(self, s: int, e: int):
        """Money amounts inside [s, e): the figures parser's amounts, scanned once per doc."""
        if self._amounts is None:
            self._amounts = []
            try:
                from .money import scan
                from .rates import usd_on_doc_date
                amounts = [a for a in scan(self.text) if a.is_money and a.value is not None]
                # The figures component resolves ambiguous signs from the text's country ("¥" in a Tokyo
                # story is yen): its reading wins, and carries over to amounts it did not keep (headlines).
                readings: dict[tuple[str, str], str] = {}
                figs = {}
                for a in amounts:
                    fig = next((f for f in self.figures if f["span"][0] < a.end and a.start < f["span"][1]
                                and f.get("unit") and f.get("usd") is not None), None)
                    figs[a.start] = fig
                    if fig is not None and a.unit and fig["unit"] != a.unit:
                        readings[(_sign(a.text), a.unit)] = fig["unit"]
                for a in amounts:
                    usd = a.usd
                    if usd is None:
                        usd = usd_on_doc_date(a.value, a.unit, self.doc)
                    fig = figs[a.start]
                    if fig is not None:  # the figures component owns the US$ (at the article's date)
                        usd = float(fig["usd"])
                    elif fig is None and a.usd is None and (_sign(a.text), a.unit) in readings:
                        usd = usd_on_doc_date(a.value, readings[(_sign(a.text), a.unit)], self.doc)
                    self._amounts.append((a.start, a.end, a, usd))
            except Exception:  # the parser is another component's; never let it break ours
                pass
        return [m for m in self._amounts if m[0] >= s and m[1] <= e]

    def _figure(self, s: int, e: int, amount, usd: float | None, org: Org, about: str) -> dict:
        for f in self.figures:
            fs, fe = f["span"][0], f["span"][1]
            if fs < e and s < fe:
                fig = {k: v for k, v in f.items() if k in FIGURE_KEYS}
                if fig.get("usd") is None and usd is not None:
                    fig["usd"] = usd
                return fig
        return {"text": self.text[s:e], "span": [s, e], "kind": "valuation" if about == "valuation" else "growth_rate",
                "value": amount.value if amount is not None else None, "unit": amount.unit if amount is not None else "%",
                "usd": usd, "about": about, "subject": org.name}

    def _valuations(self) -> None:
        text = self.text
        for u, (us, ue) in enumerate(self.units):
            unit = text[us:ue]
            private_list = (self.valuable_private is not None and self.valuable_private.search(unit)) or \
                self._ranking_article()
            if self.acquisition is not None and self.acquisition.search(unit):
                continue  # acquisition prices are not valuations
            private = self.private_context is not None and self.private_context.search(unit)
            for ms, me, amount, usd in self._money(us, ue):
                if usd is None:
                    continue
                left = text[us:ms]
                is_val = (self.valuation is not None and self.valuation.search(left)) or \
                         (self.valuation_after is not None and self.valuation_after.match(text[me:ue])) or \
                         (private and self.valuation_weak is not None and self.valuation_weak.search(left))
                paren = private_list and re.search(r"\(\s*$", left) and re.match(r"\s*\)", text[me:ue])
                # an entry of a ranking: "X, at 9 billion yuan, ..."
                entry = private_list and not paren and re.search(r",\s*at\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", left) \
                    and re.match(r"\s*(?:[,;)]|$)", text[me:ue])
                entry_org = self._org_before_comma(us, left.rstrip().rfind(",") + us) if entry else None
                line = private_list and not paren and not entry and \
                    re.fullmatch(r"\s*(?:\d{1,4}[.)]\s*|[-*•]\s*)?[^,:;()]{2,80}?\s*(?:,|:|–|—|\s-)\s*", left) and \
                    re.match(r"\s*(?:[,;(]|$)", text[me:ue])
                if line:
                    # a ranking's list line: "1. X, 80 billion yuan"
                    entry_org = self._org_before_comma(us, us + re.search(r"\s*(?:,|:|–|—|\s-)\s*$", left).start())
                    entry = entry_org is not None
                if entry and entry_org is None:
                    entry = False
                if not (is_val or paren or entry):
                    continue
                if re.search(r"\bmarket\s+(cap|capitali[sz]ation|value|valuation)\w*\W+(\w+\W+){0,3}$", left, re.I):
                    continue
                if getattr(amount, "qualifier", None) == "upper_bound":
                    continue  # "worth less than $1bn" says it is below the threshold
                cid = self._threshold_cat(usd)
                if cid is None:
                    continue
                org = None
                after_firm = None if is_val and self.valuation.search(left) else \
                    re.match(r"\s*(?:-\s*)?(?:\w+\s+){0,2}?(?:start-?up|company|firm|unicorn)\s+", text[me:ue])
                if paren:
                    org = self._paren_org(us, ms)
                elif entry:
                    org = entry_org
                elif after_firm is not None:
                    # "the $5 billion fintech start-up Zapgo": the name right after the noun
                    pos = me + after_firm.end()
                    org = next((o for s, e, o in self._mentions_in(pos, ue) if s == pos), None)
                    if org is None:
                        continue
                if org is None and self._superseded(ms, me, ue):
                    continue
                if org is None:
                    cs = self._clause_start(ms, us)
                    clause_left = text[cs:ms]
                    cue = self.valuation.search(text[us:ms]) if self.valuation is not None else None
                    near = after_last_comma(text[max(cs, (us + cue.start() if cue else ms) - 25):ms])
                    if (self.pending is not None and self.pending.search(after_last_comma(clause_left))) or \
                            (self.negation is not None and self.negation.search(after_last_comma(clause_left))) or \
                            (self.past is not None and self.past.search(near)) or re.search(r"\bonce\b", near) or \
                            (self.valuation_past_after is not None and self.valuation_past_after.match(text[me:ue])):
                        continue
                    org = self._valued_org(u, ms)
                if org is None or not org.is_company or self._investor_like(org):
                    continue
                out = self.out_id.get(cid, cid)
                if DATED_AFTER.match(self.text, me, ue) and any(self.negatives.get((org.index, c)) for c in (out, "unicorn", "decacorn")):
                    continue  # "lost its unicorn title ... was valued at $1.5bn in 2021": the old valuation
                fig = self._figure(ms, me, amount, usd, org, "valuation")
                self._label(org, self.out_id.get(cid, cid), "criterion", us, ue, ms, definition_cat=cid, figure=fig)

    def _investor_like(self, org: Org) -> bool:
        """An investor, bank or industry body by its name ("X Capital", "Y Association")."""
        return self.investor_name is not None and bool(self.investor_name.search(org.name))

    def _superseded(self, ms: int, me: int, ue: int) -> bool:
        """A valuation dated to an earlier year ("valued at €1.3bn in 2021") that the same sentence
        follows with a newer valuation ("... raised money at a valuation of €450m") is the firm's past."""
        m = DATED_AFTER.match(self.text, me, ue)
        if not m:
            return False
        now = self._year()  # undated article: a later valuation in the same sentence is the newer one
        if m.group(1) and now is not None and int(m.group(1)) >= now:
            return False
        return any(re.search(r"\b(?:valu\w+|worth)\b[^.;]{0,30}$", self.text[m.end():a_s], re.IGNORECASE)
                   for a_s, _, _, _ in self._money(m.end(), ue))

    def _threshold_cat(self, usd: float) -> str | None:
        for thr, cid in self.thresholds:
            if usd >= thr * 0.995:
                return cid
        return None

    def _ranking_article(self) -> bool:
        """The text presents a ranking or list of unicorns, whose entries carry their valuations."""
        if "_ranking_ctx" not in self.__dict__:
            self._ranking_ctx = bool(self.ranking_context is not None and self.ranking_context.search(self.text))
        return self._ranking_ctx

    def _org_before_comma(self, us: int, comma: int) -> Org | None:
        """The org named right before a comma ("X, at 9 billion yuan,"), at the start of its clause."""
        for s, e, o in reversed(self._mentions_in(us, comma)):
            if re.fullmatch(r"\s*(?:\([^)]{0,60}\))?\s*", self.text[e:comma]) and \
                    re.search(r"(?:^|[,;:(]|\band|\bwhile|\bwhereas|^\s*\d{1,4}[.)])\s*(?:\w+\s+){0,3}$", self.text[us:s]):
                return o
            break
        return None

    def _paren_org(self, us: int, ms: int) -> Org | None:
        """"X ($15 billion)": the org named right before the parenthesis."""
        text = self.text
        open_paren = text.rfind("(", us, ms)
        for s, e, o in self._mentions_in(us, open_paren):
            if re.fullmatch(r"\s*", text[e:open_paren]):
                return o
        nm = re.search(r"([A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s*$", text[us:open_paren])
        if nm:
            return self._add_org(nm.group(1), us + nm.start(1))
        return None

    def _valued_org(self, u: int, ms: int) -> Org | None:
        text = self.text
        us, ue = self.units[u]
        cue_start = ms
        m = (self.valuation.search(text[us:ms]) if self.valuation is not None else None) or \
            (self.valuation_weak.search(text[us:ms]) if self.valuation_weak is not None else None)
        if m:
            cue_start = us + m.start()
        mentions = self._mentions_in(us, cue_start)
        inside = self._mentions_in(cue_start, ms)
        if inside and m and re.match(r"valu\w*\s+\S", text[cue_start:ms], re.I):
            # "a round led by A and B valued X at $2bn": X, never the investors before the cue
            return inside[0][2]
        if m and re.match(r"valu\w*\s+(?:it|the (?:[\w-]+\s+){0,2}?(?:start-?up|company|firm|group|business|maker|"
                          r"developer|platform|app|unicorn|chipmaker|lender|insurer|retailer|operator))\s+at\b",
                          text[cue_start:ms], re.I):
            # "raised money from A and B, which valued the start-up at $4bn": the sentence's subject
            subj = self._unit_subject(u, cue_start)
            if subj is None and not self._mentions_in(us, cue_start):
                subj = self._antecedent(u)
            if subj is None:
                subj = self._named_subject(u, cue_start)
            if subj is not None:
                return subj
        named = re.match(r"valu\w*\s+([A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s+at\b", text[cue_start:ms]) if m else None
        if named and not inside:
            s0 = cue_start + named.start(1)
            if not self._not_a_name(s0, cue_start + named.end(1)):
                org = self._add_org(named.group(1), s0)
                if org is not None:
                    return org
        # "X's value at", "X, which is valued at", "valued X at"
        for s, e, o in reversed(mentions):
            gap = text[e:cue_start]
            if gap.startswith("'s") and re.fullmatch(r"'s\s*(?:\w+\s+){0,2}", gap):
                return o
            if RELATIVE_VALUED.fullmatch(gap):
                return o
            break
        inside = self._mentions_in(cue_start, ms)
        if inside:
            return inside[0][2]
        subj = self._unit_subject(u, cue_start)
        if subj is not None:
            return subj
        if not mentions and re.search(r"\b(its|their|the (start-?up|company|firm)'s)\s+(\w+\s+){0,2}$",
                                      text[max(us, cue_start - 40):cue_start], re.I):
            return self._antecedent(u)
        if not mentions and self.pronoun_start.match(text[us:ue]):
            return self._antecedent(u)
        if not mentions:
            # "... the super app Serbaguna, valued at US$18 billion": a name right before the cue
            nm = re.search(r"(?:^|\s)([A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s*,\s*(?:which is\s+|now\s+)?$",
                           text[us:cue_start])
            firm_noun = bool(nm) and bool(self.firm_before.search(text[us:us + nm.start(1)]))
            if nm and nm.start(1) > 0 and (firm_noun or not self._not_a_name(us + nm.start(1), us + nm.end(1))):
                org = self._add_org(nm.group(1), us + nm.start(1), firm_noun=firm_noun)
                if org is not None:
                    return org
            return self._named_subject(u, cue_start, possessive=True)
        return None

    # ------------------------------------------------------------------ criterion: growth

    def _growth(self) -> None:
        text = self.text
        for u, (us, ue) in enumerate(self.units):
            unit = text[us:ue]
            ranked = False
            if not ((self.growth_words is not None and self.growth_words.search(unit)) or
                    (self.multiplier_rx is not None and self.multiplier_rx.search(unit))) or \
                    (self.growth_measure is not None and not self.growth_measure.search(unit)):
                # "Brisco Health topped it at 1,245%" after a sentence on a growth ranking's span
                if not self._growth_ranking_before(u):
                    continue
                ranked = True
            found = []
            for pm in PERCENT_RE.finditer(unit):
                try:
                    found.append((us + pm.start(), us + pm.end(), float(pm.group("num").replace(",", "")), False))
                except ValueError:
                    continue
            if self.multiplier_rx is not None:
                for mm in self.multiplier_rx.finditer(unit):
                    word = re.sub(r"[\s\-]+", "-", mm.group(0).lower())
                    factor = self.multipliers.get(word) or self.multipliers.get(word.replace("-", ""), 0.0)
                    if factor > 1:
                        found.append((us + mm.start(), us + mm.end(), (factor - 1) * 100, True))
            found.extend(self._from_to(us, ue))
            respective = self._respective(us, ue)
            for ps, pe, pct, multiple in found:
                right = text[pe:ue]
                if not multiple and self.not_growth_after is not None and self.not_growth_after.match(right):
                    continue
                per_year = not multiple and bool((self.yearly is not None and self.yearly.match(right)) or
                                                 (self.yearly_before is not None and self.yearly_before.search(text[us:ps])))
                clause = self._growth_clause(us, ue, ps, pe)
                if self.population is not None and self.population.search(text[us:ps]):
                    continue  # "15% of them grew faster than 25% a year": a statistic about many firms
                if self.single_period is not None and self.single_period.search(clause):
                    continue  # "jumped 160% in 2023 alone": one year's growth
                years = growth_years(clause, self._year())
                if years is None and self.period_ref is not None and self.period_ref.search(clause):
                    years = self._period_before(u)  # "over the period": the span named before
                ranked_org = None
                if ranked:
                    # an entry of the ranking: the firm right before "at 1,245%" / "(1,245%)"
                    ranked_org = next((o for s0, e0, o in reversed(self._mentions_in(us, ps))
                                       if RANKED_AT.fullmatch(text[e0:ps])), None)
                    if ranked_org is None:
                        continue
                    if years is None:
                        years = self._period_before(u)
                from_to = isinstance(multiple, tuple)
                if from_to:  # a from-to pair: its own years when both are dated
                    multiple, years = True, multiple[1] or years
                if years is None or years < self.min_years:
                    continue
                if yearly_rate(pct, years, per_year) < self.min_growth:
                    continue
                if re.search(r"year-on-year|y-o-y|\byoy\b", right[:30], re.I):
                    continue
                org = ranked_org or respective.get(ps) or self._unit_subject(u, ps)
                if org is None and self.pronoun_start.match(unit):
                    org = self._antecedent(u)
                if org is None:
                    # "X, a six-year-old firm whose revenue grew 280% ...": the org the relative clause describes
                    before = self._mentions_in(us, ps)
                    if before and re.search(r"\b(whose|its|their)\b", text[before[-1][1]:ps], re.I) and \
                            not self._mentions_in(before[-1][1], ps):
                        org = before[-1][2]
                if org is None:
                    # "Revenue at X has grown ...", "sales of X rose ..."
                    before = self._mentions_in(us, ps)
                    if len(before) == 1 and self.growth_measure.search(text[us:before[0][0]]) and \
                            re.search(r"\b(?:at|of)\s+(?:the\s+)?$", text[max(us, before[0][0] - 8):before[0][0]]):
                        org = before[0][2]
                if org is None:
                    # "Over the past three years, X's revenue grew 300%": the owner of the measure
                    before = self._mentions_in(us, ps)
                    if before and re.match(r"(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,2}?(?:revenue|revenues|sales|turnover|income|"
                                           r"headcount|workforce|business)\b", text[before[-1][1]:ps]) and \
                            not self._mentions_in(before[-1][1], ps):
                        org = before[-1][2]
                if org is None and self.growth_with is not None:
                    # "Topping it was X, with revenue growth of 1,245% ...": the firm the figure is attached to
                    before = self._mentions_in(us, ps)
                    if before and self.growth_with.fullmatch(text[before[-1][1]:ps]):
                        org = before[-1][2]
                if org is None and not self._mentions_in(us, ps):
                    org = self._named_subject(u, ps)
                if org is None or not org.is_company or self._investor_like(org):
                    continue
                if self.large_firm is not None and self.large_firm.search(unit):
                    continue
                if self._too_old(org):
                    continue
                if from_to:
                    fig = {"text": text[ps:pe], "span": [ps, pe], "kind": "growth_rate", "value": round(pct, 1),
                           "unit": "%", "usd": None, "about": "growth", "subject": org.name}
                else:
                    fig = self._figure(ps, pe, None, None, org, "growth")
                    if fig.get("kind") not in (None, "growth_rate", "other"):
                        continue
                self._label(org, "gazelle", "criterion", us, ue, ps, definition_cat="gazelle", figure=fig)

    def _growth_ranking_before(self, u: int) -> bool:
        """One of the two sentences before presents a growth ranking over a span ("The ranking measured
        revenue growth between 2020 and 2023."): the percentages of its entries are that growth."""
        for v in range(max(0, u - 2), u):
            vs, ve = self.units[v]
            seg = self.text[vs:ve]
            if self.growth_ranking is not None and self.growth_ranking.search(seg) and \
                    self.growth_measure is not None and self.growth_measure.search(seg) and \
                    growth_years(seg, self._year()) is not None:
                return True
        return False

    def _period_before(self, u: int) -> int | None:
        """The years of the nearest span named before unit u ("... revenue growth between 2020 and 2023")."""
        for v in range(u - 1, -1, -1):
            vs, ve = self.units[v]
            seg = re.sub(r"\b[\w]+-years?-old\b|\b\w+ years? (?:old|ago|later)\b", " ", self.text[vs:ve], flags=re.I)
            years = growth_years(seg, self._year())
            if years is not None:
                return years
        return None

    def _growth_clause(self, us: int, ue: int, ps: int, pe: int) -> str:
        """The clause of a growth figure, where its duration must be stated: "doubled in FY24, but sales
        had been flat for three years" gives the doubling no three years. Durations of something else
        ("after two years of decline") are blanked out."""
        text = self.text
        left = text[us:ps]
        cut = None
        if self.growth_clause_cut is not None:
            for m in self.growth_clause_cut.finditer(left):
                cut = m
        if cut is not None:
            left = left[cut.end():]
        right = text[pe:ue]
        m = self.growth_clause_cut.search(right) if self.growth_clause_cut is not None else None
        if m is not None:
            right = right[:m.start()]
        clause = left + text[ps:pe] + right
        if self.other_duration is not None:
            clause = self.other_duration.sub(" ", clause)
        return clause

    def _from_to(self, us: int, ue: int) -> list[tuple[int, int, float, tuple]]:
        """"revenue rose from 10 million yuan in 2020 to 60 million yuan in 2023": the total change,
        as a percent, between two amounts of the same measure, with the years between them if dated."""
        out = []
        amounts = self._money(us, ue)
        now = self._year()
        for (as_, ae, a, ausd), (bs, be, b, busd) in zip(amounts, amounts[1:]):
            # "rose to 1.2 billion yuan last year from 300 million yuan in 2020": newest first
            back = TO_FROM_MID.fullmatch(self.text[ae:bs])
            if back and re.search(r"\bto\s*$", self.text[max(us, as_ - 5):as_]) and a.value and b.value \
                    and a.unit == b.unit and a.value > b.value and self.growth_measure.search(self.text[max(us, as_ - 60):as_]):
                y2 = int(back.group(1)[-2:]) if back.group(1) else ((now - 1) % 100 if back.group(2) and now else None)
                end = FROM_TO_END.match(self.text, be, ue)
                years = None
                if y2 is not None and end:
                    d = y2 - int(end.group(1)[-2:])
                    years = d if 0 < d <= 30 else None
                out.append((as_, be, (a.value / b.value - 1) * 100, ("from-to", years)))
                continue
            if not re.search(r"\bfrom\s*$", self.text[max(us, as_ - 8):as_], re.I):
                continue
            mid = FROM_TO_MID.fullmatch(self.text[ae:bs])
            if not mid or not a.value or not b.value or a.unit != b.unit or b.value <= a.value:
                continue
            if not self.growth_measure.search(self.text[max(us, as_ - 60):as_]):
                continue
            end = FROM_TO_END.match(self.text, be, ue)
            years = None
            if mid.group(1) and end:
                y1, y2 = int(mid.group(1)[-2:]), int(end.group(1)[-2:])
                years = y2 - y1 if 0 < y2 - y1 <= 30 else None
            out.append((as_, be, (b.value / a.value - 1) * 100, ("from-to", years)))
        return out

    def _respective(self, us: int, ue: int) -> dict[int, Org]:
        """Percent start -> firm, for "A and B grew 310% and 295% respectively" (as many firms as figures)."""
        out: dict[int, Org] = {}
        for m in RESPECTIVELY.finditer(self.text, us, ue):
            pcts = [us + p.start() for p in PERCENT_RE.finditer(self.text[us:ue]) if m.start() <= us + p.start() < m.end()]
            firms: list[Org] = []
            for s, e, o in self._mentions_in(us, m.start()):
                if o.is_company and o not in firms:
                    firms.append(o)
            if len(firms) == len(pcts):
                out.update(zip(pcts, firms))
        return out

    def _too_old(self, org: Org) -> bool:
        """The text gives the firm an age beyond a young high-growth firm's (founded over
        `max_age_years` before the article, "century-old", "a 40-year-old maker")."""
        limit = self.max_age
        now = self._year() or max((int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", self.text)), default=None)
        for s, e in org.mentions:
            u = self._unit_of(s)
            if u < 0:
                continue
            us, ue = self.units[u]
            nxt = next((ms for ms, me, mo in self._mentions_in(e, ue) if mo is not org), ue)
            seg = self.text[s:nxt]
            if OLD_FIRM.search(seg):
                return True
            m = AGE_YEARS.search(seg)
            if m and int(m.group(1) or m.group(2)) > limit:
                return True
            m = FOUNDED.search(seg)
            if m and now and now - int(m.group(1)) > limit:
                return True
        return False

    def _year(self) -> int | None:
        published = getattr(self.doc._, "published", None)
        if isinstance(published, str) and re.match(r"\d{4}", published):
            return int(published[:4])
        return None
