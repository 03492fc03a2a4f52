"""One entry per organisation: surface forms merged into a name and aliases (acronyms,
short forms, renamed bodies, Chinese names beside English ones), and every mention counted.
A mixin for the giants_organisations component."""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from giants.organisations.names import span_text, texts_of, tokens_of, CJK_RE, CONNECTORS, core_words, fold, has_cjk, head_type, is_acronym_of, person_shaped, OF_HEADS
from giants.extensions import doc_text


if TYPE_CHECKING:
    from giants.organisations.component import Mention


# Chinese category and programme words: a phrase holding one names a class of firms, not a firm
CJK_TERMS = ("专精特新", "小巨人", "独角兽", "瞪羚", "隐形冠军", "单项冠军", "科技型中小企业", "高新技术企业")

# Chinese numerals, units and counters: "5亿元", "三家" are amounts, never a name.
CJK_NUMBER_CHARS = set("零〇一二三四五六七八九十百千万亿两元角分年月日号个家名人位股倍只台件次成%％")


def cjk_name_like(chars: str, before: str) -> bool:
    """Whether a run of Chinese characters can be a name: two or more characters, not all of
    them numerals or units, and not glued to a number ("5亿元")."""
    if len(chars) < 2 or all(c in CJK_NUMBER_CHARS for c in chars) or any(t in chars for t in CJK_TERMS):
        return False
    return not re.search(r"[\d.,]\s*$", before)


def dateline_credit_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the agency of a dateline ("CITY, May 2 (Agency) --"): byline
    furniture, neither a mention nor an actor."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    return bool(re.fullmatch(r"[A-Z][A-Z.'’ -]+,[^()\n]{0,30}\(\s*", head)
                and re.match(r"\s*\)\s*(?:--|-|—|–|:)", text[end:end + 6]))


def variant_forms(a: str, b: str) -> bool:
    """Two spellings of one long name: the same number of words (three or more), the same last
    word, and every other word equal or sharing its first five letters ("Economy"/"Economic")."""
    wa, wb = [fold(w) for w in a.split()], [fold(w) for w in b.split()]
    if len(wa) != len(wb) or len(wa) < 3 or wa == wb or wa[-1] != wb[-1]:
        return False
    differ = 0
    for x, y in zip(wa, wb):
        if x == y:
            continue
        if len(x) < 5 or len(y) < 5 or x[:5] != y[:5]:
            return False
        differ += 1
    return differ <= 2


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def occurrences(text: str, form: str, whole_word: bool = True):
    """(start, end) of every occurrence of `form` in `text`, left to right and not overlapping;
    with whole_word, not inside a longer word ("Lumio" not in "Lumios", "Lumio-X" or ".Lumio").
    A plain string search: compiling a pattern per name cost more than the search."""
    if not form:
        return
    n = len(form)
    i = text.find(form)
    while i >= 0:
        e = i + n
        if whole_word and (i > 0 and (_word_char(text[i - 1]) or text[i - 1] in "-.")
                           or e < len(text) and (_word_char(text[e]) or text[e] == "-")):
            i = text.find(form, i + 1)
            continue
        yield i, e
        i = text.find(form, e)


class OrgMerger:
    # ------------------------------------------------------------------ merging
    def _merge(self, doc: Doc, chosen: list[Mention], keys, links, accepted) -> list[dict]:
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        r = self.rules
        forms: dict[str, dict] = {}   # folded form -> {"text", "first", "mentions": [...], "body", "cues"}
        title_end = self._title_end(doc)
        for m in chosen:
            k = m.key(doc)
            text = span_text(doc, m.start, m.end)
            f = forms.setdefault(k, {"text": text, "first": m.start, "body": None, "cues": set(), "texts": {},
                                     "spans": [], "body_first": len(toks)})
            if toks[m.start].idx >= title_end:     # the first mention below the headline
                f["body_first"] = min(f["body_first"], m.start)
            f["spans"].append([toks[m.start].idx, toks[m.end - 1].idx + len(tok_text[m.end - 1])])
            f["texts"][text] = f["texts"].get(text, 0) + 1
            for mm in keys.get(k, []):
                f["cues"] |= mm.cues
                if mm.body:
                    f["body"] = mm.body
        # group forms: parent[k] = representative key
        parent = {k: k for k in forms}

        def root(k):
            while parent[k] != k:
                k = parent[k]
            return k

        def union(a, b):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[rb] = ra

        ordered = sorted(forms, key=lambda k: (-len(forms[k]["text"]), forms[k]["first"]))
        # same known body
        by_body: dict[str, str] = {}
        for k in ordered:
            body = forms[k]["body"]
            if body:
                bk = fold(body["name"])
                if bk in by_body:
                    union(by_body[bk], k)
                else:
                    by_body[bk] = k
        for b, a in links.items():
            if b in forms and a in forms:
                union(a, b)
        for short in ordered:
            st = forms[short]["text"]
            sw = st.split()
            if root(short) != short and parent[short] != short:
                continue
            matches = []
            for long in ordered:
                if long == short or root(long) == root(short):
                    continue
                lt = forms[long]["text"]
                lw = lt.split()
                if len(lt) <= len(st):
                    # same core: "Hollin AG" / "Hollin Group"
                    if len(lw) > 1 and len(sw) > 1 and core_words(lt, r) == core_words(st, r) \
                            and forms[long]["first"] < forms[short]["first"]:
                        matches.append(long)
                    continue
                if is_acronym_of(st, lt):
                    matches.append(long)
                    continue
                if len(sw) < len(lw) and [fold(w) for w in lw[:len(sw)]] != [fold(w) for w in sw]:
                    lw = self._unplaced(lw)     # "Xingyu" for "Changzhou Xingyu Automotive Lighting"
                if len(sw) < len(lw) and [fold(w) for w in lw[:len(sw)]] != [fold(w) for w in sw] \
                        and self._place_led(lw):
                    lw = lw[1:]     # "Kelvo" for "Minhe Kelvo Optical Film Co.": a district name first
                    if [fold(w) for w in lw] == [fold(w) for w in sw]:
                        matches.append(long)
                        continue
                if len(sw) < len(lw) and [fold(w) for w in lw[:len(sw)]] == [fold(w) for w in sw] \
                        and all(w[:1].isupper() or not w[:1].isalpha() for w in lw[:len(sw)]):
                    rest = lw[len(sw):]
                    kind = head_type(" ".join(rest), r)
                    if kind in ("investor", "exchange", "university", "ngo") and head_type(st, r) != kind \
                            and accepted.get(short) != "short" and len(rest) > 1:
                        continue   # "Tamsin" and "Tamsin Vision Fund" are two bodies ("Tamsin Capital" is one)
                    if fold(rest[0]) in r.unit_words and forms[short]["body_first"] < forms[long]["body_first"]:
                        continue   # "Tamsin" and "Tamsin Cloud": a group and its unit, both named (a
                        #            headline's short form before the full name is no group: "Deals: Tamsin")

                    if fold(rest[0]) in CONNECTORS and fold(rest[0]) != "of":
                        continue
                    matches.append(long)
                elif core_words(lt, r) == core_words(st, r) and len(core_words(lt, r)) < len(lw):
                    matches.append(long)
            roots = {root(x) for x in matches}
            if len(roots) > 1:
                same_core = {root(x) for x in matches if core_words(forms[x]["text"], r) == core_words(st, r)}
                if len(same_core) == 1:
                    roots = same_core
            if len(roots) > 1:
                keep = {root(x) for x in matches
                        if not self._distinct_body(" ".join(forms[x]["text"].split()[len(sw):]))}
                roots = keep if len(keep) == 1 else roots
            if len(roots) == 1:
                union(roots.pop(), short)
        # translation variants of one name: "Chengdu Economy and Information Technology Bureau" and
        # "Chengdu Economic and Information Technology Bureau" (words alike up to their endings)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if root(a) != root(b) and variant_forms(forms[a]["text"], forms[b]["text"]):
                    union(root(a), b)
        # Chinese names beside an English name: "Kerun Intelligent Control (科润智控)"
        text = doc_text(doc)
        cjk_alias: dict[str, list[tuple[str, int, int]]] = {}
        for mt in CJK_RE.finditer(text):
            if fold(mt.group()) in forms or not cjk_name_like(mt.group(), text[:mt.start()]):
                continue
            best = None
            for m in chosen:
                ms, me = toks[m.start].idx, toks[m.end - 1].idx + len(tok_text[m.end - 1])
                after_ok = me <= mt.start() and re.fullmatch(
                    r"[ \t]*(?:[(（][ \t]*(?:(?:in )?Chinese(?: name)?[ \t]*[:：,]?[ \t]*)?"
                    r"|,?[ \t]*(?:also )?(?:known as|called|or)[ \t])?[ \t]*", text[me:mt.start()])
                before_ok = mt.end() <= ms and re.fullmatch(r"[ \t]*[(（]?[ \t]*", text[mt.end():ms])
                gap = text[me:mt.start()] if after_ok else text[mt.end():ms]
                if (after_ok or before_ok) and not re.search(r"[(（]|known|called|or", gap) and (
                        len(mt.group()) < 4 or mt.group()[-1] in "市省区县镇村"):
                    continue    # "南京 Tamsin": a place beside the name, not the name in Chinese
                if after_ok or before_ok:
                    best = m.key(doc)
                    break
            if best:
                cjk_alias.setdefault(root(best), []).append((mt.group(), mt.start(), mt.end()))
        groups: dict[str, list[str]] = {}
        for k in ordered:
            groups.setdefault(root(k), []).append(k)
        orgs = []
        for rk, members in groups.items():
            texts = []
            for k in members:
                texts.extend(forms[k]["texts"].items())
            # fullest form: the current name of a renamed body ("A, formerly B"), then most words,
            # then a legal form ("Hollin AG" over "Hollin Group"), then longest, then most frequent
            # (a name plus a product word, "X Runtime" beside a more frequent "X", is never chosen)
            targets = {fold(a) for b, a in links.items() if not has_cjk(b)}   # a Chinese form renames nothing
            products = self._product_forms(texts, doc)
            name = max(((t, c) for t, c in texts if t not in products),
                       key=lambda x: (fold(x[0]) in targets, len(x[0].split()) if not has_cjk(x[0]) else 0,
                                      x[0].split()[-1].rstrip(".") in self.legal, len(x[0]), x[1]))[0]
            aliases = []
            for t, _ in texts:
                if t != name and t not in aliases and t not in products:
                    aliases.append(t)
            for t, _, _ in cjk_alias.get(rk, []):
                if t not in aliases and t != name:
                    aliases.append(t)
            body = next((forms[k]["body"] for k in members if forms[k]["body"]), None)
            cues = set().union(*(forms[k]["cues"] for k in members))
            first = min(forms[k]["first"] for k in members)
            chosen_spans = [sp for k in members for sp in forms[k]["spans"]]
            orgs.append({"name": name, "aliases": aliases, "body": body, "cues": cues, "first": first,
                         "chosen": chosen_spans,
                         "spans": []})
        orgs.sort(key=lambda o: o["first"])
        return orgs

    def _product_forms(self, texts: list[tuple[str, int]], doc: Doc) -> set[str]:
        """Longer forms that are a shorter member's name plus a product or feature word ("Quorvane
        Runtime" beside a more frequent "Quorvane"): the extra words carry no firm, unit, body or
        legal head, and the short form is used at least twice as often."""
        r = self.rules
        counts: dict[str, int] = {}
        for t, c in texts:
            counts[t] = counts.get(t, 0) + c
        out: set[str] = set()
        person_words = {t.text for t in tokens_of(doc) if t.ent_type_ == "PERSON"}
        for long, lc in counts.items():
            lw = long.split()
            for short, sc in counts.items():
                sw = short.split()
                if not (0 < len(sw) < len(lw) and [fold(w) for w in lw[:len(sw)]] == [fold(w) for w in sw]):
                    continue
                rest = lw[len(sw):]
                if sc < 2 * lc or len(rest) > 2 or head_type(" ".join(rest), r) or person_shaped(lw, r) \
                        or any(r.company_word(w) or fold(w) in r.unit_words or w.rstrip(".") in self.legal
                               or fold(w) in OF_HEADS or any(fold(w) in hs for hs in r.heads.values())
                               or not w[:1].isupper() or w in person_words for w in rest):
                    continue
                out.add(long)
        return out

    def _place_led(self, words: list[str]) -> bool:
        """A firm name of three or more words whose first word may be an unlisted town or district:
        a plain capitalised word before the brand, ending in a company head or legal suffix."""
        r = self.rules
        if len(words) < 3 or not (words[0].isalpha() and words[0][:1].isupper() and not words[0].isupper()):
            return False
        first, last = fold(words[0]), fold(words[-1].strip(".,"))
        if first in r.company_heads or any(first in h for h in r.heads.values()) or first in CONNECTORS:
            return False
        return (last in r.company_heads or words[-1].rstrip(".") in self.legal) and fold(words[1]) not in CONNECTORS

    def _count_mentions(self, doc: Doc, orgs: list[dict], title_end: int) -> None:
        """Every occurrence of every name and alias, longest forms first, no overlaps."""
        toks = tokens_of(doc)
        text = doc_text(doc)
        forms = sorted(((f, o) for o in orgs for f in [o["name"], *o["aliases"]]), key=lambda x: -len(x[0]))
        used = [False] * len(text)
        for org in orgs:
            for s, e in org["chosen"]:
                if not any(used[s:e]):
                    used[s:e] = [True] * (e - s)
                    org["spans"].append([s, e])
        sent_starts = {t.idx for t in toks if t.is_sent_start}
        for form, org in forms:
            for s, e in occurrences(text, form, whole_word=not has_cjk(form)):
                if any(used[s:e]):
                    continue
                # a one-word name that is also a common word: skip sentence-initial hits
                if " " not in form and s in sent_starts and doc.vocab[form.lower()].is_stop:
                    continue
                if dateline_credit_at(text, s, e):
                    continue
                for i in range(s, e):
                    used[i] = True
                org["spans"].append([s, e])
        for org in orgs:
            # a dateline credit ("HONG KONG, May 2 (Zarnow News) --") names the source, but it is a
            # mention only when the text names the outlet nowhere else
            rest = [sp for sp in org["spans"] if not dateline_credit_at(text, sp[0], sp[1])]
            if rest:
                org["spans"] = rest
            org["spans"].sort()
