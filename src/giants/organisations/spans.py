"""Where names are in the text: words as written, runs of capitalised words, names with
a legal suffix, coordinated lists of names, and the clean-up of a span's edges.
A mixin for the giants_organisations component (it reads self.rules and self.legal)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from giants.organisations.names import lowers_of, sentences_of, span_text, texts_of, tokens_of, CJK_RE, CONNECTORS, OF_HEADS, fold, has_cjk, is_acronym_of

# Heads whose name goes on with "for" and a capitalised complement ("X Fund for West Asia",
# "Ministry for Foreign Affairs", "Office for National Statistics").
FOR_HEADS = {"fund", "foundation", "trust", "alliance", "coalition", "partnership", "ministry", "office", "agency",
             "commission", "council", "committee", "centre", "center", "institute", "network", "society"}

NUMERIC_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}
PARTICIPLE_RE = re.compile(r"-[a-z]+ed$")
QUOTES = {'"', "“", "”", "'", "‘", "’"}


CAP_PART_RE = re.compile(r"[A-Z][a-z]*")
CASE_SWITCH_RE = re.compile(r"[a-z][A-Z]")
ORDINAL_ISH_RE = re.compile(r"\d+(st|nd|rd|th|s|m|bn|k)", re.I)


@lru_cache(maxsize=16384)
def odd_case(word: str) -> bool:
    """Capitals scattered through a word ("MoNeY", "GrOw") rather than starting its parts ("ShipFastNow")."""
    if word[:1].islower():
        return False    # "eBay", "iRobot", "xAI": brand names start small and switch case
    parts = CAP_PART_RE.findall(word)
    switches = len(CASE_SWITCH_RE.findall(word))
    return switches >= 2 and sum(len(p) for p in parts) / max(1, len(parts)) < 3


@lru_cache(maxsize=65536)
def namey_text(text: str) -> bool:
    """Whether a word, by its letters alone, looks like (part of) a name."""
    if PARTICIPLE_RE.search(text):
        return False
    if odd_case(text):
        return False    # "MoNeY": shouting or noise, not a name
    first = text[0]
    if first.isupper():
        return True
    if first.isalpha() and len(text) > 2 and any(c.isupper() for c in text[1:3]) and text[1:].isalnum():
        return True     # "iQiyi", "eBay", "xAI"
    if first.isdigit() and any(c.isalpha() for c in text) and not ORDINAL_ISH_RE.fullmatch(text):
        return True
    return False


# Capitalised fields of work that an "and" continues inside one name ("Science and Technology ...").
FIELD_WORDS = {"science", "industry", "economy", "commerce", "technology", "trade", "research", "innovation",
               "education", "culture", "information", "engineering", "investment", "development"}


class NameSpans:
    # ------------------------------------------------------------------ units
    def _units(self, doc: Doc) -> list[tuple[int, int]]:
        """Words as written: tokens glued when there is no space between them
        ("Build.Hub", "2go", "Ten-Star"), except before punctuation and "'s"."""
        toks = tokens_of(doc)
        units: list[tuple[int, int]] = []
        i, n = 0, len(doc)
        while i < n:
            j = i + 1
            while j < n and toks[j - 1].whitespace_ == "" and self._glues(doc, j):
                j += 1
            units.append((i, j))
            i = j
        return units

    @staticmethod
    def _glues(doc: Doc, j: int) -> bool:
        toks = tokens_of(doc)
        tok = toks[j]
        prev = toks[j - 1]
        if prev.is_space or tok.is_space or "\n" in prev.text or "\n" in tok.text:
            return False
        if prev.is_punct and prev.text not in "-.&" or prev.text in QUOTES:
            return False
        if tok.text in {"-", "."}:
            return j + 1 < len(doc) and tok.whitespace_ == "" and (toks[j + 1].is_alpha or toks[j + 1].like_num) \
                and not (tok.text == "." and toks[j + 1].is_title and prev.text[:1].isupper() is False)
        if tok.is_punct or tok.text.lower() in {"'s", "’s", "'", "’"}:
            return False
        return True

    def _namey(self, doc: Doc, start: int, end: int) -> bool:
        cache = self._namey_cache
        if (start, end) not in cache:
            cache[(start, end)] = self._namey_uncached(doc, start, end)
        return cache[(start, end)]

    def _namey_uncached(self, doc: Doc, start: int, end: int) -> bool:
        text = span_text(doc, start, end)
        if not text:
            return False
        if CJK_RE.fullmatch(text):
            return True
        if start in self._flat:
            low = tokens_of(doc)[start].lower_
            if doc.vocab[low].is_stop or low in CONNECTORS:
                return False    # in all-caps or title-case text, small words are not names
        return namey_text(text)

    # ------------------------------------------------------------------ candidates
    def _chunks(self, doc: Doc, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Maximal runs of capitalised words, with '&' inside ("Science & Technology")."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        out = []
        k = 0
        while k < len(units):
            s, e = units[k]
            if not self._namey(doc, s, e):
                k += 1
                continue
            k2 = k + 1
            while k2 < len(units):
                s2, e2 = units[k2]
                if self._namey(doc, s2, e2) and not self._hard_break(doc, s2) \
                        and not self._title_word(tok_text[s2]) and not self._title_word(tok_text[units[k2 - 1][0]]):
                    k2 += 1
                elif tok_text[s2] == "&" and k2 + 1 < len(units) and self._namey(doc, *units[k2 + 1]):
                    k2 += 2
                else:
                    break
            start, end = units[k][0], units[k2 - 1][1]
            # drop a capitalised function word that starts a sentence ("Since Beijing ...")
            while start < end and toks[start].is_stop and (toks[start].is_sent_start or start == 0) \
                    and tok_text[start][:1].isupper():
                nxt = start + 1
                while nxt < end and toks[nxt - 1].whitespace_ == "":
                    nxt += 1
                start = nxt
            if start < end:
                out.append((start, end))
            k = k2
        return out

    @staticmethod
    def _flat_tokens(doc: Doc) -> set[int]:
        """Tokens of sentences written in capitals or title case ("SHARES ROSE ON MONDAY",
        "Shares Rose On Monday"), where a capital letter says nothing about names: most of
        their small words (not the first) are capitalised."""
        toks = tokens_of(doc)
        flat: set[int] = set()
        stops: dict[str, bool] = {}

        def is_stop(t) -> bool:
            low = t.lower_
            if low not in stops:
                stops[low] = doc.vocab[low].is_stop
            return stops[low]
        small = [t for t in toks if t.is_alpha and not t.is_sent_start and is_stop(t)]
        if len(small) >= 5 and sum(1 for t in small if t.text[:1].isupper()) > 0.6 * len(small):
            return set(range(len(doc)))     # the whole text
        for start, end in sentences_of(doc)[0]:
            small = [t for t in toks[start + 1:end] if t.is_alpha and is_stop(t)]
            words = [t for t in toks[start:end] if t.is_alpha]
            if len(small) >= 3 and sum(1 for t in small if t.text[:1].isupper()) > 0.6 * len(small) \
                    or len(words) >= 4 and all(t.text[:1].isupper() for t in words) and small:
                flat.update(range(start, end))
        return flat

    @staticmethod
    def _hard_break(doc: Doc, i: int) -> bool:
        """A sentence start after a full stop or a line break (not one the parser guessed mid-name)."""
        toks = tokens_of(doc)
        if i == 0:
            return True
        prev = toks[i - 1]
        return prev.text in {".", "!", "?", ":", ";", "--", "—", "–"} or "\n" in prev.text \
            or "\n" in prev.whitespace_ or prev.is_space \
            or (prev.text == "-" and prev.whitespace_ != "" and i >= 2 and toks[i - 2].whitespace_ != "")

    def _title_word(self, text: str) -> bool:
        """A job title written with capitals ("CEO", "Founder", "Chairman"): it ends a firm's name
        ("OutSystems CEO") and starts a person's ("CEO Tom Livne"), never belongs to either."""
        return (text[:1].isupper() or text[:1] == "c" and text[1:3] == "o-") and fold(text) in self._edge_titles

    def _opening_cue(self, word: str) -> bool:
        """A cue noun for firms that no name starts with ("Rival", "Startup"; but "Bank", "Group"
        open names and are heads)."""
        r = self.rules
        w = fold(word)
        return w in r.company_cues and w not in r.company_heads and not any(w in h for h in r.heads.values())

    def _clean(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Strip articles, possessives, quotes, trailing connectors and numbers, and job titles
        at either edge ("OutSystems CEO", "CEO Kyle Vogt")."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        while end - start > 1 and (self._title_word(tok_text[start]) or end - start > 2
                                   and fold(tok_text[start]) in {"vice", "deputy", "senior", "executive", "acting"}
                                   and self._title_word(tok_text[start + 1])):
            start += 1      # "CEO Kyle Vogt", "Vice President Jane Doe"
        while end - start > 1 and self._title_word(tok_text[end - 1]) \
                and fold(tok_text[end - 2]) not in {"the", "of", "vice", "deputy"}:
            end -= 1
        # "Tellwise VP Jane Brook": a title inside the span ends the firm's name before a person's
        for i in range(start + 1, end - 1):
            if self._title_word(tok_text[i]) and fold(tok_text[i - 1]) not in {"the", "of", "vice", "deputy"} \
                    and all(tok_text[j][:1].isupper() and tok_text[j].isalpha() for j in range(i + 1, end)) \
                    and end - i - 1 <= 3:
                end = i
                break
        while start < end:
            t = toks[start]
            if t.lower_ == "the" and not (t.text == "The" and not t.is_sent_start and end - start == 2):
                start += 1
            elif t.text in {"A", "An"} and end - start > 1 and (t.is_sent_start or self._hard_break(doc, start)):
                start += 1      # "A Hubei Morning report": the article, not part of the name
            elif end - start > 2 and t.pos_ in ("ADV", "ADP", "SCONJ", "CCONJ", "PRON", "AUX") \
                    and toks[start + 1].lower_ == "the" and toks[start + 1].is_lower:
                start += 2      # "Later the Quanling Bureau": an opening word and the article
            elif t.is_punct or t.text in QUOTES or t.is_space:
                start += 1
            elif end - start > 2 and (t.is_sent_start or self._hard_break(doc, start)) and t.tag_ in ("JJ", "NN") \
                    and self._opening_cue(t.text):
                start += 1      # "Rival X Pay, which ...": a cue noun capitalised by its place
            else:
                break
        # "Securities Board (Sebi": an unclosed parenthesis ends the name
        for i in range(start + 1, end):
            if tok_text[i] == "(" and not any(tok_text[j] == ")" for j in range(i + 1, end)):
                end = i
                break
        # "南京 Tamsin Gearbox": Chinese words at the edge of a Latin name are a separate form
        if any(CJK_RE.search(t.text) for t in toks[start:end]) and any(
                t.text[:1].isascii() and t.is_alpha for t in toks[start:end]):
            while start < end and CJK_RE.search(tok_text[start]):
                start += 1
            while end > start and CJK_RE.search(tok_text[end - 1]):
                end -= 1
        if end - start > 2 and tok_text[end - 1].lower() in {"'s", "’s"} and self.rules.place_kind(tok_text[end - 2]) \
                and not self.rules.place_kind(span_text(doc, start, end - 1)):
            end -= 2    # "Cambricon China's most valuable stock": the country is the possessor
        elif end - start > 1 and end < len(toks) and tok_text[end].lower() in {"'s", "’s"} \
                and self.rules.place_kind(tok_text[end - 1]) and not self.rules.place_kind(span_text(doc, start, end)):
            end -= 1
        while end > start:
            t = toks[end - 1]
            if t.text.lower() in {"'s", "’s", "'", "’"} or (t.is_punct and t.text not in {".", ")"}) \
                    or t.text in QUOTES or t.is_space or t.lower_ in CONNECTORS or t.like_num and end - start > 1:
                end -= 1
            elif t.text == "." and end - 1 > start and not (tok_text[end - 2] in self.legal
                                                            and len(tok_text[end - 2]) <= 4) \
                    and not tok_text[end - 2].isupper():    # "Corporation." ends a sentence; "Co." may not
                end -= 1
            elif t.text == ")" and "(" not in span_text(doc, start, end):
                end -= 1
            elif end - start > 1 and fold(t.text) in self.rules.sentence_adverbs and t.text[:1].isupper():
                end -= 1    # "AI While ...", "U.S. However, ...": a sentence word after the name
            else:
                break
        return start, end

    def _extend(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Grow a span over the capitalised words that follow it, and over 'of the X'
        after a head such as Center or Office ("Torch Center of the Ministry of ...")."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        n = len(doc)
        if start > 0 and tok_text[start - 1] == "The" and not self._hard_break(doc, start - 1) \
                and start not in self._flat:
            start -= 1
        while True:
            if end < n and toks[end - 1].whitespace_ != "" and self._namey(doc, end, end + 1) \
                    and not self._hard_break(doc, end) and toks[end].ent_type_ not in ("PERSON", "DATE", "MONEY") \
                    and tok_text[end] not in QUOTES and not self._title_word(tok_text[end]) \
                    and not (end + 1 < n and tok_low[end + 1] in {"'s", "’s"} and self.rules.place_kind(tok_text[end])) \
                    and not (tok_text[end - 1].endswith(".") and self._is_legal(toks[end - 1])
                             and not self._is_legal(toks[end])):
                end += 1    # (but "... Co." at a sentence end is over: "Co. Revenue rose")
                continue
            if end + 1 < n and tok_low[end] in {"of", "and", "&"} and fold(tok_text[end - 1]) in OF_HEADS | {
                    "science", "industry", "economy", "commerce", "technology"} and \
                    (tok_low[end] == "of" or "of" in [t.lower_ for t in toks[start:end]]) \
                    or end + 1 < n and tok_low[end] == "for" and fold(tok_text[end - 1]) in FOR_HEADS:
                j = end + 1
                if j < n and tok_low[j] == "the" and tok_low[end] == "of":
                    j += 1
                if j < n and self._namey(doc, j, j + 1) and not toks[j].is_sent_start:
                    end = j + 1
                    continue
            # "Ministry of Micro, Small and Medium Enterprises", "Bureau of Small and Medium Enterprises":
            # single describing words after "of", listed up to a plural head
            if end + 1 < n and tok_text[end] in {",", "and"} and end - start >= 3 and tok_low[end - 2] == "of" \
                    and toks[end - 1].tag_ in ("JJ", "NNP"):
                j = end
                while j + 2 < n and tok_text[j] == "," and self._namey(doc, j + 1, j + 2) \
                        and toks[j + 1].tag_ in ("JJ", "NNP") and tok_text[j + 2] in {",", "and"}:
                    j += 2
                if j < n and tok_text[j] == ",":
                    j += 1      # an Oxford comma
                if j + 1 < n and tok_low[j] == "and":
                    k = j + 1
                    while k < n and k < j + 5 and (self._namey(doc, k, k + 1) or tok_low[k] in {"sized", "size"}
                                                   and k > j + 1) and not self._hard_break(doc, k):
                        k += 1      # ("Small and Medium sized Enterprises")
                    if k > j + 1 and toks[k - 1].tag_ in ("NNS", "NNPS"):
                        end = k
                        continue
            # "Academy of Information and Communications Technology (CAICT)": the acronym that
            # follows spells the longer name
            if end + 1 < n and tok_low[end] in {"and", "&"} and "of" in [t.lower_ for t in toks[start:end]]:
                j = end + 1
                while j < n and self._namey(doc, j, j + 1) and not self._hard_break(doc, j):
                    j += 1
                if j + 2 < n and j > end + 1 and tok_text[j] == "(" and tok_text[j + 2] == ")" \
                        and is_acronym_of(tok_text[j + 1], span_text(doc, start, j)):
                    end = j
                    continue
            # "Development and Reform Commission": a second part that ends in a body's head word;
            # "Science and Technology Parks Corporation": a field of work, then a firm's head
            if end + 1 < n and tok_low[end] == "and" and fold(tok_text[end - 1]) not in self._body_heads:
                heads = self._body_heads
                if fold(tok_text[end - 1]) in FIELD_WORDS:
                    heads = heads | {"corporation", "company", "group", "council", "board"}
                j = end + 1
                while j < n and j < end + 5 and self._namey(doc, j, j + 1) and fold(tok_text[j]) not in heads:
                    j += 1
                if j < n and j > end + 1 and fold(tok_text[j]) in heads and tok_text[j][:1].isupper():
                    end = j + 1
                    continue
            break
        return start, end

    def _legal_names(self, doc: Doc) -> list[tuple[int, int]]:
        """Names ending in a legal suffix: walk left from "Co", "Ltd", "Inc" over the name,
        a parenthesised place included ("Hanlu (Tianjin) Biological Pharmaceutical Co., Ltd.")."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        out = []
        for tok in toks:
            if tok.text.rstrip(".") not in self.legal and not (tok.is_upper and tok.text.rstrip(".") in self.legal_upper) \
                    or tok.i == 0:
                continue
            if tok.i >= 2 and tok_text[tok.i - 1] == "," and self._is_legal(toks[tok.i - 2 if tok_text[tok.i - 2] != "."
                                                                              else tok.i - 3]):
                continue    # the "Ltd" of "Co., Ltd." is handled from the "Co"
            end = tok.i + 1
            if end < len(doc) and tok_text[end] == "." and toks[end - 1].whitespace_ == "" and len(tok.text) <= 4:
                end += 1
            # "Co., Ltd."
            if end + 1 < len(doc) and tok_text[end] == "," and self._is_legal(toks[end + 1]):
                end += 2
                if end < len(doc) and tok_text[end] == "." and toks[end - 1].whitespace_ == "":
                    end += 1
            i = tok.i - 1
            start = tok.i
            while i >= 0:
                t = toks[i]
                if i in self._flat and (doc.vocab[t.lower_].is_stop or t.pos_ in ("VERB", "AUX", "ADV")
                                        or t.lower_.endswith("ing") or tok.i - i > 6):
                    break       # all-caps text: stop at small words and verbs
                if t.text == ")" and i >= 2 and tok_text[i - 2] == "(" and tok_text[i - 1][:1].isupper():
                    i -= 3
                    continue
                if (t.text[:1].isupper() or t.text in {"&", "-"} or has_cjk(t.text)) and not self._hard_break(doc, i + 1) \
                        and t.lower_ != "the" and not (t.is_stop and self._hard_break(doc, i)) \
                        and (t.ent_type_ not in ("DATE", "MONEY", "CARDINAL")
                                                   or t.whitespace_ == ""):
                    start = i
                    i -= 1
                    continue
                if t.text[:1].isupper() and t.is_sent_start and t.lower_ != "the" and not t.is_stop:
                    start = i
                    break
                if self._pinyin_inside(doc, i):
                    start = i       # "Suzhou lianke Electronic Co., Ltd.": a translated name left in lower case
                    i -= 1
                    continue
                break
            if start < tok.i and tok_text[start][:1].isupper() or has_cjk(tok_text[start]):
                out.append((start, end))
        return out

    def _pinyin_inside(self, doc: Doc, i: int) -> bool:
        """A lower-case word inside a machine-translated firm name: after a place name and before a
        capitalised word of the same name ("Suzhou lianke Electronic Co., Ltd."), and no word of
        the sentence (a verb, an article, a preposition)."""
        toks = tokens_of(doc)
        t = toks[i]
        if not (t.is_alpha and t.is_lower and i >= 1 and i + 1 < len(toks)) or t.is_stop \
                or t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "ADV"):
            return False
        prev, nxt = toks[i - 1], toks[i + 1]
        return nxt.text[:1].isupper() and prev.text[:1].isupper() and bool(self.rules.place_kind(prev.text)) \
            and t.whitespace_ != "" and prev.whitespace_ != ""

    def _is_legal(self, tok) -> bool:
        text = tok.text.rstrip(".")
        return text in self.legal or (tok.is_upper and text in self.legal_upper)


    def _list_items(self, doc: Doc, units: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """Coordinated lists of names: "A, B, C and D", "A (x), B (y) and the Swiss fintech D".
        A list needs three names or an "and"/"or" before its last one."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        lists: list[list[tuple[int, int]]] = []
        skip = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}

        def name_unit(k: int) -> bool:
            s, e = units[k]
            return self._namey(doc, s, e) and not (toks[s].ent_type_ in skip and e - s == 1) \
                and tok_text[s] not in QUOTES

        def close(items, conj):
            # "Shanghai, Jane Doe, Velorin's co-founder": a possessive ends the run, not a list
            if items and items[-1][1] < len(doc) and tok_low[items[-1][1]] in {"'s", "’s"}:
                items = items[:-1]
            if len(items) >= 3 or (len(items) == 2 and conj):
                lists.append(items)

        items: list[tuple[int, int]] = []
        conj = False
        k = 0
        while k < len(units):
            if not name_unit(k):
                k += 1
                continue
            # one item: a run of name units ("Ten-Star Home Finance Ltd")
            k2 = k + 1
            while k2 < len(units) and name_unit(k2) and "\n" not in toks[units[k2 - 1][1] - 1].whitespace_:
                k2 += 1
            items.append((units[k][0], units[k2 - 1][1]))
            k = k2
            # "Oslo's Fjordlys, Bergen's Kystnett and ...": the possessed name is the item
            if k + 1 < len(units) and tok_low[units[k][0]] in {"'s", "’s"} and name_unit(k + 1):
                items.pop()
                k2 = k + 2
                while k2 < len(units) and name_unit(k2) and "\n" not in toks[units[k2 - 1][1] - 1].whitespace_:
                    k2 += 1
                items.append((units[k + 1][0], units[k2 - 1][1]))
                k = k2
            # a parenthesis after the item: "Rapido (delivery)"
            if k < len(units) and tok_text[units[k][0]] == "(":
                j = k
                while j < len(units) and j < k + 12 and tok_text[units[j][0]] != ")":
                    j += 1
                if j >= len(units) or tok_text[units[j][0]] != ")":
                    close(items, conj)
                    items, conj = [], False
                    continue
                k = j + 1
            # a separator, then lead-in words before the next name ("and the Swiss insurance fintech Cuvra")
            sep = []
            while k < len(units) and tok_low[units[k][0]] in {",", "and", "&", "or"} and len(sep) < 2:
                sep.append(tok_low[units[k][0]])
                k += 1
            if not sep or "\n" in doc[units[k - 1][0]:units[k - 1][1]].text:
                close(items, conj)
                items, conj = [], False
                continue
            if any(x in {"and", "&", "or"} for x in sep):
                conj = True
            j = k
            if j < len(units) and tok_low[units[j][0]] in {"the", "a", "an"}:
                j += 1
                while j < len(units) and j < k + 6 and not name_unit(j) and (
                        toks[units[j][0]].is_lower or toks[units[j][0]].ent_type_ == "NORP"):
                    j += 1
                while j < len(units) and j < k + 6 and toks[units[j][0]].ent_type_ == "NORP" and \
                        j + 1 < len(units) and toks[units[j + 1][0]].is_lower:
                    j += 1
                    while j < len(units) and toks[units[j][0]].is_lower and j < k + 6:
                        j += 1
            if j < len(units) and name_unit(j):
                k = j
                continue
            close(items, conj if len(sep) and sep[-1] != "," else conj)
            items, conj = [], False
        close(items, conj)
        return lists
