"""What kind a money or percentage figure is: the parts of giants_figures that read one amount
in its sentence (valuation, funding, revenue, growth_rate, other; a takeover price, a share-price
move, money raised in a relative clause). `FigureFinder` (giants.figures.finder) mixes this in;
the component itself finds the amounts, ties them to firms and converts them.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from giants.figures.money import Amount
from giants.figures.clauses import governing_verb as governing_verb_of, growing_thing
from giants.figures.patterns import (_GENERIC_WHOSE, _GROUP_FILTER, _MONEY_LISTED_WORDS, _MONTHS, _PRICES_FIRM_AT,
                                     _ROUND_PRICED, _VALUES_AT, _line_bounds)

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



class KindReader:
    """Per-amount kind decisions for FigureFinder (reads its cue tables and helpers)."""

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

