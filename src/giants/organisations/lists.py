"""Which organisation names a list holds, and which organisations the text names only as
another party.

The organisations component finds the names; this module reads how they stand together:
- `OrgIndex`: Doc._.organizations looked up by token (names and resolved coreferences);
- `NameLists`: the names a list holds from a given token ("A, Lisbon-based B and C", a colon
  list split by semicolons, "A, whose sales tripled, followed by B"), the list cues that open
  one ("such as", "including", ":"), and lines that are one name each (a notice's roster);
- `mark_roles`: the `other_party` fact on each organisation dict (every naming of it sits next
  to a word of a relation to another firm: "Customers include X", "Unlike X, ...") and the
  `main` fact (the company the body is about).

Cue words live in data/namelists.toml. Other components ask these questions; they do not
decide them again."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from giants.data import builtin

SEPARATORS = {",", "and", "&", "or", ";", "as", "well", "plus"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}


@lru_cache(maxsize=1)
def cue_words() -> dict[str, set[str]]:
    data = builtin("namelists").get("lists", {})
    return {k: {str(w).lower() for w in v} for k, v in data.items() if isinstance(v, list)}


@dataclass
class OrgIndex:
    """Organisations as the organisations component gave them, looked up by token."""
    orgs: list[dict]
    at: dict[int, tuple[int, bool]]     # token -> (org index, via coreference)
    start_of: dict[int, int]            # token -> first token of the mention it is in
    end_of: dict[int, int]              # first token of a mention -> one past its last token

    @classmethod
    def build(cls, doc: Doc, orgs: list[dict] | None = None) -> "OrgIndex":
        orgs = [o for o in (doc._.organizations if orgs is None else orgs) or [] if isinstance(o, dict)]
        at, start_of, end_of = {}, {}, {}
        for oi, o in enumerate(orgs):
            for key, coref in (("mention_spans", False), ("coref_spans", True)):
                for s, e in o.get(key) or []:
                    sp = doc.char_span(s, e, alignment_mode="expand")
                    if sp is None or len(sp) == 0:
                        continue
                    end_of[sp.start] = sp.end
                    for t in sp:
                        if t.i not in at or not coref:
                            at[t.i] = (oi, coref)
                            start_of[t.i] = sp.start
        return cls(orgs, at, start_of, end_of)

    def name_tokens(self) -> set[int]:
        return {i for i, (_, coref) in self.at.items() if not coref}

    def start(self, i: int) -> int:
        """The first token of the mention token i is in (i itself outside a mention)."""
        return self.start_of.get(i, i)

    def end(self, i: int) -> int:
        """One past the last token of the mention token i is in."""
        return self.end_of.get(self.start(i), i + 1)

    def name_at(self, i: int) -> int | None:
        """The organisation whose name starts at token i (not a coreference)."""
        hit = self.at.get(i)
        return hit[0] if hit is not None and not hit[1] and self.start(i) == i else None


class NameLists:
    """The names lists hold in one document."""

    def __init__(self, doc: Doc, index: OrgIndex):
        self.doc, self.ix = doc, index
        cues = cue_words()
        self.openers = sorted((c.split() for c in cues.get("cues", set())), key=len, reverse=True)
        self.reporting = cues.get("reporting_verbs", set())
        self.continuation = cues.get("continuation_verbs", set())
        self.firm = cues.get("firm_nouns", set())

    def org_at(self, tok: Token, allow_coref: bool = True) -> tuple[int, bool] | None:
        """The organisation a noun names: itself, or a name in apposition/compound to a firm noun
        ("the Danish company Brenvik"), or what the organisations component resolved it to."""
        at = self.ix.at
        hit = at.get(tok.i)
        if hit is not None and (allow_coref or not hit[1]):
            return hit
        for c in tok.children:
            if c.i in at and not at[c.i][1] and (c.dep_ == "appos" or (
                    c.dep_ in ("compound", "npadvmod") and (tok.lower_ in self.firm or tok.pos_ == "PROPN"))):
                return at[c.i]
        if tok.lower_ in self.firm and tok.dep_ == "appos" and tok.head.i in at:
            return at[tok.head.i]
        return None

    def named_or_phrase(self, tok: Token) -> tuple[int, bool] | None:
        """The organisation a token names, or that a noun phrase ending on it stands for by the
        organisations component's coreference ("the company"; not a pronoun)."""
        hit = self.org_at(tok, allow_coref=False)
        if hit is None and tok.i in self.ix.at and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "poss":
            hit = self.ix.at[tok.i]
        return hit

    def antecedent_noun(self, tok: Token) -> Token:
        """"X, a developer of grid batteries, which earned ...": the parser often hangs the
        relative clause on the last noun of the firm's description; when that noun names no
        organisation, climb through "of" to the description's firm noun and on to the name it
        is in apposition to."""
        if self.org_at(tok, allow_coref=False) is not None:
            return tok
        cur = tok
        for _ in range(3):
            if cur.dep_ != "pobj" or cur.head.lower_ != "of":
                return tok
            noun = cur.head.head
            if noun.dep_ == "appos" and noun.lower_ in self.firm and \
                    self.org_at(noun.head, allow_coref=False) is not None:
                return noun.head
            cur = noun
        return tok

    def subject_before(self, i: int) -> int | None:
        """The nearest company before token i's sentence that is the subject of a clause, by name
        or by a coreference, and is named outside a relation to another firm: what "the firm" /
        "it" stands for when the coreference reached another party ("Unlike X, the manufacturer")."""
        for t in reversed(self.doc[:self.doc[i].sent.start]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.i not in self.ix.at:
                continue
            oi = self.ix.at[t.i][0]
            o = self.ix.orgs[oi]
            if o.get("is_company") and o.get("type") in (None, "company") and not o.get("other_party"):
                return oi
        return None

    def subject_companies(self, verb: Token) -> list[int]:
        """The companies a clause states something of: its verb's subject and the names coordinated
        with it; else the name right before the verb ("..., just one firm, Talvik, qualifies");
        else, for a second verb, the first one's subject ("A and B passed the review and keep
        the title"); none when the verb is negated."""
        if any(c.dep_ == "neg" for c in verb.children):
            return []
        subjects = ("nsubj", "nsubjpass")
        subj = next((c for c in verb.children if c.dep_ in subjects), None)
        if subj is None:
            doc = self.doc
            j = verb.i - 1
            while j > verb.sent.start and doc[j].is_punct:
                j -= 1
            subj = doc[j] if j in self.ix.at else None
        if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in verb.head.children if c.dep_ in subjects), None)
        hit = self.org_at(subj) if subj is not None else None
        if hit is None or not self.ix.orgs[hit[0]].get("is_company"):
            return []
        out = [hit[0]] + [oi for oi, _ in self.coordinated(subj, hit[0]) if not hit[1]]
        return [oi for n, oi in enumerate(out) if oi not in out[:n] and self.ix.orgs[oi].get("is_company")]

    def main_firm(self) -> int | None:
        """The company the body (the text after the first line) is about: the first subject of the
        body's first sentence that has one, when it names a company that is also the company
        mentioned most (by name or coreference), and no other as often."""
        after = self.doc.text.find("\n")
        if after < 0:
            return None
        counts: dict[int, int] = {}
        for i, (oi, _) in self.ix.at.items():
            if self.ix.start(i) == i:
                counts[oi] = counts.get(oi, 0) + 1
        for sent in self.doc.sents:
            if sent.start_char <= after:
                continue
            subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ not in ("WDT", "WP")), None)
            if subj is None:
                continue
            hit = self.org_at(subj, allow_coref=False)
            if hit is None:
                return None
            o = self.ix.orgs[hit[0]]
            best = max(counts.values(), default=0)
            if not o.get("is_company") or o.get("type") not in (None, "company") or counts.get(hit[0], 0) < best or \
                    sum(1 for v in counts.values() if v == best) > 1:
                return None
            return hit[0]
        return None

    # ------------------------------------------------------------ cues

    def cue_at(self, start: int, stop: int) -> int | None:
        """End of a list cue ("such as", "including", ":") starting in [start, stop)."""
        doc = self.doc
        for j in range(start, min(stop, len(doc))):
            for cue in self.openers:
                if [t.lower_ for t in doc[j:j + len(cue)]] == cue and not self.auxiliary(j + len(cue) - 1):
                    return j + len(cue)
            if doc[j].text in (":", "—", "–", "):") or self.spaced_dash(j):  # ("(12 in total):" is one token)
                return j + 1
        return None

    def auxiliary(self, j: int) -> bool:
        """"were" in "were backed by ...", "is" in "is expected to ...": a form of "be" that is the
        auxiliary of a participle after it, not the copula that opens a list."""
        doc = self.doc
        if doc[j].lemma_.lower() != "be":
            return False
        k = j + 1
        while k < len(doc) and doc[k].pos_ == "ADV":
            k += 1
        return k < len(doc) and doc[k].tag_ in ("VBN", "VBG") and doc[k].head.i == k and doc[j].head.i == k

    def spaced_dash(self, j: int) -> bool:
        """A hyphen standing for a dash, with a space on each side ("two of them - A and B -")."""
        doc = self.doc
        return doc[j].text in ("-", "--") and j > 0 and bool(doc[j - 1].whitespace_) and bool(doc[j].whitespace_)

    def line_end(self, end: int) -> int:
        """A sentence the parser cut inside a name ("Build.Hub") goes on to the line's end."""
        j = end
        while j < len(self.doc) and "\n" not in self.doc[j - 1].text_with_ws + self.doc[j].text:
            j += 1
        return j

    # ------------------------------------------------------------ items

    def _clause_subject(self, j: int) -> bool:
        """The name starting at token j is the subject of a reporting verb after it ("..., the
        local paper said"): the list's source, not one of its items."""
        end = self.ix.end(j)
        for t in self.doc[j:end]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i >= end and t.head.pos_ in ("VERB", "AUX") \
                    and t.head.lemma_.lower() in self.reporting:
                return True
        # the parser often makes a trailing source one more conjunct: read the words instead
        nxt = self.doc[end] if end < len(self.doc) else None
        return nxt is not None and nxt.tag_ in FINITE | {"VBN"} and nxt.lemma_.lower() in self.reporting

    def item_prefix(self, k: int) -> bool:
        """A word that may stand before a list item's name as part of its description: "edtech
        firm X", "Madrid-based X", "Warsaw's X", "the "Y" maker X"."""
        t = self.doc[k]
        if t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or t.is_quote or t.dep_ in ("compound", "amod"):
            return True
        if t.tag_ == "POS" or (t.tag_ == "HYPH" and not t.whitespace_ and k > 0 and not self.doc[k - 1].whitespace_):
            return True  # a possessive "'s" or a hyphen inside a word ("Madrid-based")
        return t.dep_ == "npadvmod" and t.head.dep_ == "amod"

    def _in_description(self, j: int, first: int) -> bool:
        """The name at token j is the object of a preposition inside the list ("a chain of clinics
        in X", "... in Y and X" as a conjunct of a place): part of an item's description, not an
        item. A name the parser hung from a preposition far before it ("A from the U.S. and B from
        China") stays an item: the preposition must stand right before the name."""
        doc = self.doc
        s, end = self.ix.start(j), self.ix.end(j)
        top = next((t for t in doc[s:end] if not (s <= t.head.i < end)), doc[j])
        climbed = False
        while top.dep_ == "conj":
            top, climbed = top.head, True
        if top.dep_ != "pobj" or top.head.head.i < first or top.head.lower_ in ("as", "like", "including"):
            return False
        if climbed and top.i not in self.ix.at:
            return True  # "in Gothenburg and X": a place's conjunct
        k = self.ix.start(top.i) - 1
        while k > top.head.i and self.item_prefix(k):
            k -= 1
        return k == top.head.i

    def _next_item(self, j: int, end: int, items: int) -> bool:
        """The semicolon at token j parts two items of a list ("A, a maker of X; B, which ...; and
        C"): a name follows it and ends its own item (a comma, a semicolon, a bracket or the list's
        end after it, and no verb after its description: "; B, a lender, was not"), so no clause
        ("; B raised $5m") starts there; after two such items, "and" + a name is the last one
        whatever follows ("A, a maker of X; B; and C raised money")."""
        doc, k = self.doc, j + 1
        while k < end and doc[k].is_space:
            k += 1
        last = k < end and doc[k].lower_ == "and"
        k += last
        if k >= end or self.ix.name_at(k) is None:
            return False
        after = self.ix.end(k)
        if after >= end or (last and items >= 2):
            return True
        if doc[after].text == ",":
            nxt = next((t.i for t in doc[after + 1:end] if t.text in (",", ";", ".")), end)
            return nxt >= end or doc[nxt].text != "," or nxt + 1 >= end or doc[nxt + 1].tag_ not in FINITE
        return doc[after].text in (";", "(", ".")

    def items(self, start: int, end: int, first_within: int | None = None) -> list[tuple[int, int]]:
        """Names in a list from `start`, as (org index, token): each item a name after a separator
        (", ", "and"), with descriptions allowed around it; stops at a name after anything else
        ("backed by Y"). With `first_within`, the first name's description starts at most that
        many words in."""
        doc, at = self.doc, self.ix.at
        out: list[tuple[int, int]] = []
        # a list opened by a colon may split its items with semicolons ("are: A, a maker of X; B; and C")
        p = start - 1
        while p > 0 and doc[p].is_space:
            p -= 1
        colon = start > 0 and (doc[p].text.endswith(":") or (start < end and doc[start].text == ":"))
        # ... and then each item ends at a semicolon however long its description ("are: A, which ...; B")
        semi = colon and any(t.text == ";" for t in doc[start:end])
        j, gap = start, 0
        while j < end:
            if j in at and not at[j][1]:
                if out and self._in_description(j, out[0][1]):
                    # "A, a chain of clinics in X and Y, and B": a place in A's description
                    j = self.ix.end(j)
                    continue
                k = j - 1
                while k >= start and self.item_prefix(k) and doc[k].lower_ not in SEPARATORS and k not in at:
                    k -= 1
                followed = k > 0 and doc[k].lower_ == "by" and doc[k - 1].lemma_.lower() in self.continuation
                if out and doc[k].lower_ not in SEPARATORS and doc[k].text not in ("(", ":") and not followed:
                    break  # ("A, whose sales tripled, followed by B and C": a ranking goes on)
                if not out and k >= start and doc[k].lower_ not in SEPARATORS and k + 1 > start + 3:
                    break
                if not out and first_within is not None and k + 1 > start + first_within:
                    break  # the first item right after the cue, or no list
                if self._clause_subject(j):
                    break  # "A, B and C, the local paper said": the source of the list, not an item
                oi = at[j][0]
                if oi not in [o for o, _ in out]:
                    out.append((oi, j))
                j, gap = self.ix.end(j), 0
                continue
            if doc[j].text == "(":
                while j < end and doc[j].text != ")":
                    j += 1
            elif doc[j].tag_ in FINITE and doc[j].dep_ not in ("relcl", "acl", "compound", "amod", "appos", "nmod") \
                    or (doc[j].text == ";" and not colon and not (out and self._next_item(j, end, len(out)))):
                break
            gap = 0 if (semi or out) and doc[j].text == ";" else gap + 1
            if gap > (30 if semi else 12):
                break
            j += 1
        return out

    def coordinated(self, tok: Token, oi: int) -> list[tuple[int, int]]:
        """The other names in a list with the name at `tok` (organisation `oi`): its conjuncts (and
        those of a name in apposition to it), a ranking that goes on after it ("..., followed by B
        and C"), and names right before and after it joined by commas and "and"."""
        out = [(oi, tok.i)]
        # "Two of the 14 have become decacorns: A and B": the name in apposition brings its conjuncts
        named = [c for c in tok.children if c.dep_ == "appos" and c.i in self.ix.at and self.ix.at[c.i][0] == oi]
        # "Topping the list is A, ..., followed by B and C": the ranking goes on after the holder
        after = [g for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in self.continuation
                 for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        for c in list(tok.conjuncts) + [x for a in named for x in a.conjuncts] + [x for g in after for x in [g, *g.conjuncts]]:
            h = self.org_at(c, allow_coref=False)
            if h is not None and h[0] not in [o for o, _ in out]:
                out.append((h[0], c.i))
        # "A, B and C were named ...": names after and before the subject joined by commas and "and"
        j = self.ix.end(tok.i)
        while j < tok.sent.end:
            k = j
            while k < tok.sent.end and self.doc[k].lower_ in SEPARATORS:
                k += 1
            if k == j or k not in self.ix.at or self.ix.at[k][1]:
                break
            if self.ix.at[k][0] not in [o for o, _ in out]:
                out.append((self.ix.at[k][0], k))
            j = self.ix.end(k)
        j = self.ix.start(tok.i) - 1
        sent_start = tok.sent.start
        while j > sent_start and self.doc[j].lower_ in SEPARATORS:
            k = j - 1
            while k >= sent_start and self.doc[k].lower_ in SEPARATORS:
                k -= 1
            if k >= sent_start and k in self.ix.at and not self.ix.at[k][1]:
                out.append((self.ix.at[k][0], k))
                j = self.ix.start(k) - 1
            else:
                break
        return out[1:]

    # ------------------------------------------------------------ lines of names

    @staticmethod
    def marker(tok: Token) -> bool:
        """A bullet, a number ("2", "2.", "2)") or a space opening a list line."""
        return tok.is_space or tok.is_punct or tok.like_num or tok.text.rstrip(".)").isdigit()

    @staticmethod
    def bulleted(line: str) -> bool:
        """A line opened by a bullet ("- ", "• ", "* ") or a number ("1. ", "2) ")."""
        t = line.lstrip()
        if t[:2] in ("- ", "• ", "* ", "– ", "— ", "· "):
            return True
        if t[:1] in ("(", "（"):
            t = t[1:]  # "(1) A Co., Ltd."
            t = t[:t.find(")")] + ") " + t[t.find(")") + 1:].lstrip() if ")" in t[:4] else t
        n = 0
        while n < len(t) and t[n].isdigit():
            n += 1
        return 0 < n <= 3 and t[n:n + 2] in (". ", ") ")

    def name_line(self, line: tuple[int, int, str]) -> bool:
        """A line that is one organisation's name and little else ("Hefei X Technology Co., Ltd.",
        "B Co., Ltd. (Shushan district)"): a notice's list without bullets."""
        doc = self.doc
        sp = doc.char_span(line[0], line[1], alignment_mode="expand")
        if sp is None or not len(sp) or len(sp) > 16:
            return False
        j = sp.start
        while j < sp.end and self.marker(doc[j]):
            j += 1
        if self.ix.name_at(j) is None:
            return False
        rest = [t for t in doc[self.ix.end(j):sp.end] if not (t.is_space or t.is_punct)]
        return len(rest) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in rest)

    def line_name(self, line) -> tuple[int | None, int]:
        """The organisation a list line opens with, after its bullet or number and up to five words
        of description ("- Paris-based A: ..."), and the token its name starts at."""
        doc = self.doc
        j = line.start
        while j < line.end and self.marker(doc[j]):
            j += 1  # the bullet or the number
        first = j
        while j < line.end and j not in self.ix.at and self.item_prefix(j) and j - first < 5:
            j += 1
        return self.ix.name_at(j), j

    @staticmethod
    def lines(text: str) -> list[tuple[int, int, str]]:
        """The text's lines as (start, end, text)."""
        out, pos = [], 0
        for raw in text.split("\n"):
            out.append((pos, pos + len(raw), raw))
            pos += len(raw) + 1
        return out

    def entry_lines(self, lines: list, i: int) -> tuple[list, int]:
        """The lines from line i on that are a list's entries (bulleted or numbered, or one name
        each), blank lines and a table's header line before the first entry passed over; and the
        index of the first line after them."""
        entries = []
        while i < len(lines):
            if not lines[i][2].strip():
                pass
            elif self.bulleted(lines[i][2]) or self.name_line(lines[i]):
                entries.append(lines[i])
            elif entries or not self.table_header(lines, i):
                break  # (a table's header line may stand before the first entry)
            i += 1
        return entries, i

    def table_header(self, lines: list, i: int) -> bool:
        """A table's header line ("Serial number Enterprise name District") between a list's intro and
        its first entry: a few words with no number and no name, followed by an entry line."""
        sp = self.doc.char_span(lines[i][0], lines[i][1], alignment_mode="expand")
        words = [t for t in sp if not t.is_space] if sp is not None else []
        nxt = next((ln for ln in lines[i + 1:] if ln[2].strip()), None)
        return 0 < len(words) <= 6 and not any(t.like_num or t.i in self.ix.at or t.pos_ in ("VERB", "AUX")
                                               for t in words) and \
            nxt is not None and (self.bulleted(nxt[2]) or self.name_line(nxt))


def mark_roles(doc: Doc, orgs: list[dict]) -> None:
    """Set two facts on each organisation dict:
    `other_party`: the text names it only in a relation to another firm (a customer, a rival, a
    point of comparison, an investor), so it is not what the text is about, and "the firm" / "it"
    should not be read as standing for it;
    `main`: it is the company the body is about (see NameLists.main_firm)."""
    words = cue_words().get("other_party_words", set())
    for org in orgs:
        org["other_party"] = bool(org.get("mention_spans")) and not any(
            _named_apart(doc, sp, words) for s, e in org.get("mention_spans") or []
            for sp in [doc.char_span(s, e, alignment_mode="expand")] if sp is not None and len(sp))
        org["main"] = False
    if orgs and doc.has_annotation("DEP"):
        main = NameLists(doc, OrgIndex.build(doc, orgs)).main_firm()
        if main is not None:
            orgs[main]["main"] = True


def _named_apart(doc: Doc, sp, words: set[str]) -> bool:
    """No relation word among the name's head, its head's head, its modifiers and the other
    subjects of its verb."""
    root = sp.root
    near = [root.head, root.head.head] + [c for c in root.children if c.dep_ in ("compound", "amod", "nmod")]
    verb = next((t for t in [root] + list(root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        near += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in range(sp.start, sp.end)]
    return not any(t.lower_ in words for t in near if not (sp.start <= t.i < sp.end))
