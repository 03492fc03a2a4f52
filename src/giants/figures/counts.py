"""What a plain number counts: firms (kind count), other things, or nothing a business
figure measures (years, ranks, codes, animals, physical quantities). A mixin of FigureFinder."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from giants.figures.money import Amount, _words_value
from giants.figures.patterns import _GENERIC_COUNT, _MONTHS, _NUMBER_REF, _STOP_PREPS


# "seven in ten", "fewer than one in a hundred": the part before "in" (with its qualifier).
_ONE_IN_N = re.compile(r"(?i)(?<![\w-])(?:(?P<q>fewer than|more than|less than|nearly|almost|about|around|roughly"
                       r"|some|over|under|just over|just under)\s+)?(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+in\s+"
                       r"(?:a\s+|every\s+|each\s+)?$")


# Words glued to a number that only loosen it: "100-plus", "3,000-odd", "20-ish".
_APPROXIMATORS = {"plus", "odd", "ish", "something"}


def _number(word: str) -> float | None:
    """A small number written in digits or words ("7", "seven"); None otherwise."""
    if word.isdigit():
        return float(word)
    value = _words_value(word.lower()) if word.isalpha() or "-" in word else None
    return value if value is not None and value < 1000 else None


class CountReader:
    """Counting readings; uses the finder's vocabularies (entity_nouns, not_nouns, ...)."""

    def _count(self, amt: Amount, span: Span, sent: Span, text: str,
               found: list[dict[str, Any]]) -> dict[str, Any] | None:
        value = amt.value
        if value is None:
            return None
        start_tok, end_tok = span[0], span[-1]
        doc = span.doc
        share = self._one_in_n(amt, span, text)
        if share is not None:
            return share
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
        if len(before) == 2 and before[1] in "'’" and before[0].isalnum():
            return None  # "Q1'21", "FY'23": a year written short
        if _NUMBER_REF.search(text[max(0, amt.start - 10):amt.start]):
            return None
        if re.match(r"[/:.-]\d", text[amt.end:amt.end + 2]) or re.search(r"\d[/:-]$", before):
            return None  # "24/7", "12/05/2023", "10:30"
        if amt.words and amt.value == 1:
            return None  # "one of the ..."
        if re.fullmatch(r"\d{5,}", raw) and amt.scale is None:
            return None  # "688256": a stock or product code, not a quantity
        if any(s < amt.end and amt.start < e for s, e, _, _ in self._doc_mentions):
            return None  # "700 Ventures": a number inside an organisation's name
        prev = doc[start_tok.i - 1] if start_tok.i > sent.start else None
        # skip a qualifier that scan() folded into the span
        first_num = next((t for t in span if t.like_num or t.text[:1].isdigit()), start_tok)
        if first_num.i > start_tok.i:
            prev = None
        if prev is not None:
            pl = prev.lower_
            of_the = pl == "the" and prev.i >= 1 and doc[prev.i - 1].lower_ == "of"
            if (pl in self.not_before and not of_the) or pl in _MONTHS:
                return None  # (but "Of the 611 listed little giants ...", "one of the 3,000-odd companies":
                # a group of firms, let through below only when it is one; said before, it is a back-reference)
            # "aged 30 and 32", "No. 4 or 5": the second of a pair shares the first one's fate
            if pl in ("and", "or", "to", ",", "-", "–") and prev.i - 2 >= sent.start and doc[prev.i - 1].like_num \
                    and (doc[prev.i - 2].lower_ in self.not_before or doc[prev.i - 2].lower_ in _MONTHS):
                return None  # (and "from Aug 6 to 16": the second day of a date range)
            if prev.is_title and prev.is_alpha and end_tok.i + 1 < len(doc) and doc[end_tok.i + 1].text == ":" \
                    and (prev.is_sent_start or text[max(0, prev.idx - 1):prev.idx] in ("", "\n")):
                return None  # "Premise 2:", "Step 3:": a heading's label
            if prev.lower_ in self.name_types and end_tok.i + 1 < len(doc) and doc[end_tok.i + 1].is_title \
                    and not doc[end_tok.i + 1].is_sent_start:
                return None  # "venture firm 500 Startups": a name in apposition to its type
            if not prev.is_sent_start and prev.is_alpha and (
                    (prev.pos_ == "PROPN" and prev.is_title) or (prev.is_upper and len(prev) > 1)):
                return None  # "Inc. 5000", "Fortune 500": part of a name
            if not prev.is_sent_start and prev.is_alpha and prev.is_title and end_tok.i + 1 < len(doc) \
                    and doc[end_tok.i + 1].lower_ in ("'s", "’s"):
                return None  # "the Fast 50's award": a name's possessive
        nxt = doc[end_tok.i + 1] if end_tok.i + 1 < len(doc) else None
        if nxt is not None:
            nl = nxt.lower_
            if nl in _MONTHS or nl in self.not_nouns:
                return None
            if nl in ("-", "–") and end_tok.i + 2 < len(doc) and doc[end_tok.i + 2].lower_ in self.not_nouns:
                return None  # "five-day", "36-year-old"
            if nl in ("-", "–") and not end_tok.whitespace_ and not nxt.whitespace_ and end_tok.i + 2 < len(doc) \
                    and doc[end_tok.i + 2].is_alpha and doc[end_tok.i + 2].lower_ not in self.lex.scales \
                    and doc[end_tok.i + 2].lower_ not in self.lex.suffix \
                    and doc[end_tok.i + 2].lower_ not in _APPROXIMATORS:  # (not "a 500-million-yuan fund", "100-plus")
                glued = doc[end_tok.i + 2]
                if glued.lower_ in self.headcount_words:  # "a 90-person firm": its headcount
                    fig = self._base(amt)
                    fig.update(unit=None, kind="other", about="headcount", _no_subject=True)
                    return fig
                if self._word(glued) not in self.entity_nouns:
                    return None  # "20-note sequences", "a 96-core chip": a modifier, not a quantity
        if start_tok.ent_type_ in ("TIME", "ORDINAL") or (
                start_tok.ent_type_ == "DATE" and value < 32 and not amt.words
                and not (re.match(r"\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b", text[amt.end:amt.end + 20])
                         and self._elliptical(amt, sent, text, found))):
            return None  # "on the 5th", "March 17" (not "down from 24 a year ago" after a count)
        noun = self._head_noun(span, doc)
        if noun is not None and noun.i == end_tok.i + 2 and doc[end_tok.i + 1].lower_ in ("last", "previous", "prior") \
                and noun.lower_ in ("year", "quarter", "month"):
            noun = None  # "up from 39 last year": a time phrase, not what is counted
        nlow = noun.lower_ if noun is not None else ""
        fig = self._base(amt)
        fig["unit"] = None
        if noun is not None and nlow in self.not_nouns:
            return None
        if noun is not None and nlow in self.rank_nouns and prev is not None and (
                prev.lemma_.lower() in self.change_verbs or prev.lower_ in ("up", "down")):
            return None  # "jumped 91 places to 12th": a move in a ranking, not a quantity
        if noun is not None and ({nlow, noun.lemma_.lower(), f"{doc[noun.i - 1].lower_} {nlow}"} & self.not_business):
            return None  # "358 goals", "10,000 likes", "100,000 Web pages": not business data
        if noun is not None and self._is_animal(noun, sent):
            return None  # "60 oryx", "a herd of 14 gazelles": animal data are not business figures
        is_entity = noun is not None and (nlow in self.entity_nouns or noun.lemma_.lower() in self.entity_nouns
                                          or self._word(noun) in self.entity_nouns
                                          or (noun.i > 0 and f"{doc[noun.i - 1].lower_} {nlow}" in self.entity_nouns))
        if noun is None and self._about_animals(sent) and self._counts_animals(sent):
            return None  # "recorded 2,793 gazelles ... and 783 more than last year": animal data
        if noun is None:
            same = self._elliptical(amt, sent, text, found)
            if same is not None:  # "29 unicorns, down from 36": the number counts what the first one did
                fig["kind"], fig["about"] = same["kind"], same["about"]
                fig["_no_subject"] = True
                return fig
        if amt.words and not is_entity:
            return None
        if prev is not None and prev.lower_ == "the" and not is_entity:
            return None  # "Of the 16 sectors covered": only a group of firms is let through after "the"
        if noun is not None:
            self._extend_to_noun(fig, amt, span, noun, text)
        if noun is not None and nlow in ("times", "time", "fold", "x"):
            fig["kind"], fig["about"] = "other", "multiple (times)"
            return fig
        if is_entity and (noun.is_title or nlow in self.animal_senses) and self._goods_verb(span):
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

    def _one_in_n(self, amt: Amount, span: Span, text: str) -> dict[str, Any] | None:
        """A proportion written "N in M" ("seven in ten start-ups", "fewer than one in twenty
        young firms"): a share (kind other, value in per cent), not a count of M things."""
        lo = max(0, amt.start - 40)
        m = _ONE_IN_N.search(text[lo:amt.start])
        if m is None or amt.value is None or amt.value <= 0 or amt.value_max is not None:
            return None
        part = _number(m.group("n"))
        if part is None or part >= amt.value or re.fullmatch(r"1[89]\d\d|20\d\d", text[amt.start:amt.end]):
            return None  # (not "20 in 2021": a number and its year)
        start = lo + m.start("q" if m.group("q") else "n")
        end = amt.end
        noun = self._head_noun(span, span.doc)
        if noun is not None and noun.i >= span.end and noun.i - span.end <= 4:
            end = noun.idx + len(noun.text)
        fig = self._base(amt)
        qual = (m.group("q") or "").lower()
        fig.update(text=text[start:end], span=[start, end], kind="other", unit="%",
                   value=round(100.0 * part / amt.value, 2),
                   qualifier=self.lex.qualifiers.get(qual, "exact") if qual else "exact",
                   about=f"share ({m.group('n').lower()} in {text[amt.start:amt.end].lower()})")
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

    def _counts_animals(self, sent: Span) -> bool:
        """The sentence counts animals: a number right before an animal word ("2,793 gazelles")."""
        doc = sent.doc
        for t in sent:
            if not t.like_num or t.i + 1 >= sent.end:
                continue
            word = doc[t.i + 1]
            after = doc[t.i + 2] if t.i + 2 < len(doc) else None
            firm_noun = after is not None and self._word(after) in self.entity_nouns  # "1,120 gazelle enterprises"
            if (word.lower_ in self.animal_nouns or word.lower_ in self.animal_senses) and not firm_noun:
                return True
        return False

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
        peak", "against 24 in 2021"), after "with" ("fintech led with 185 unicorns, ahead of
        SaaS with 139") or "bringing the total to", the earlier count in the same sentence it
        compares with or adds to."""
        if not re.search(r"(?i)(?:\b(?:from|against|versus|vs\.?|with|compared\s+(?:with|to)|(?:target|goal|aim)\s+of)"
                         r"|\b(?:bringing|taking|raising|lifting|pushing)\s+(?:the|its|their|the\s+[\w-]+['’]s)"
                         r"\s+(?:[\w-]+\s+)?(?:total|number|tally|count)\b[^,.;]{0,30}?\s+to)\s+$",
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
            # "107 of the ministry's specialised enterprises": the object of "of", past a possessor
            obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and obj.i - nxt.i <= 14 and any(
                    c.dep_ == "poss" for c in obj.children):
                return obj
            owned = self._after_possessor(nxt)
            if owned is not None:
                return owned
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
        if found is not None and (found.lower_ in self.animal_senses or (
                found.dep_ in ("compound", "nmod") and ((found.is_title and not found.is_sent_start)
                                                        or found.tag_ == "NN"))
                or (found.dep_ == "amod" and found.pos_ == "ADJ" and found.head.i > found.i
                    and any(t.pos_ == "CCONJ" for t in doc[found.i + 1:found.head.i]))):
            # "5,000 tiger-shaped buns", "41,000 Little Giant folding workbenches", "100 company founders",
            # "five national and group standards": the firm or animal word modifies what is counted
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

    def _after_possessor(self, of: Token) -> Token | None:
        """In "107 of the Ministry of Industry's specialised "little giant" enterprises" (a long
        possessor the parse may split), the firm noun after the possessive "'s"."""
        doc = of.doc
        poss = None
        for t in doc[of.i + 1:min(len(doc), of.i + 16)]:
            if t.tag_ == "POS":
                poss = t
                break
            if t.text in (",", ";", ".", ":", "(", ")") or (t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG")):
                return None
        if poss is None:
            return None
        for t in doc[poss.i + 1:min(len(doc), poss.i + 9)]:
            if t.text in (",", ";", ".", ":", "(", ")") or t.pos_ in ("AUX", "ADP", "PRON"):
                return None
            if self._word(t) in self.entity_nouns and t.pos_ in ("NOUN", "PROPN"):
                while t.dep_ in ("compound", "nmod") and t.head.i > t.i and t.head.i - t.i <= 4 \
                        and t.head.pos_ == "NOUN":
                    t = t.head  # ("little giant" enterprises)
                return t
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
        counted = [t for t in doc[lo:tok.i] if t.tag_ in ("NNS", "NNPS") and not t.like_num
                   and any(c.dep_ == "nummod" and c.i < t.i for c in t.children)]
        if counted:  # "Of the 611 listed little giants ..., 428 of them ..., 17 of them": the group counted
            return counted[-1]  # (firms or not: "Orvik employs 300 engineers ... 40 of them")
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
