"""Stage 3 of finding organisations: which surface forms name an organisation.

Each form gets a verdict from its evidence (a known body, a legal suffix, a cue, a head word,
the model's ORG tag) against what says it is a person, a place, a product or a common word.
Lists share the fate of their members, short forms follow their long form ("Tamsin" beside
"Tamsin Group Holding"), "A, formerly B" links two forms, and where accepted spans overlap
the longest wins.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from spacy.tokens import Doc

from giants.extensions import doc_text
from giants.organisations.merge import CJK_TERMS
from giants.organisations.mention import Mention, digit_name
from giants.organisations.names import (CONNECTORS, OF_HEADS, core_words, fold, has_cjk, head_type, is_acronym_of,
                                        lowers_of, person_shaped, span_text, texts_of, token_starts, tokens_of,
                                        STRONG_COMPANY_CUES)
from giants.organisations.spans import NUMERIC_ENTS, odd_case

# context cues that make even a person-shaped name ("Priya Softworks") a firm
FIRM_EVIDENCE = {"based-pre", "does", "founded", "staff", "held", "ranked", "value", "descriptor"}
# parse cues a person never gets: bought, a party to a deal, owner of a valuation, listed, a news source
PERSON_PROOF = {"bought", "party", "biz-possessor", "listed", "value", "outlet"}
# cues read from the parse (evidence.py) that a name is an organisation's
PARSE_EVIDENCE = {"biz-subject", "biz-possessor", "party", "bought", "backer", "outlet", "data"}
# a model code: letters and digits mixed in one short word ("H100", "MI300X", "RX450h", "A7"), not a
# plain number, year or round ("2024", "Series B")
MODEL_CODE_RE = re.compile(r"(?=[^ ]*\d)(?=[^ ]*[A-Za-z])[A-Za-z]{1,4}-?\d{1,5}[A-Za-z]{0,3}")
# tags of words that are never a name on their own: pronouns, determiners, adverbs, conjunctions
FUNCTION_TAGS = {"RB", "RBR", "RBS", "UH", "CC", "MD", "IN", "TO", "VB", "VBP"}
# a word tagged as a base-form verb but parsed in a noun's place ("including Spotify in Sweden",
# "X tops the list") is a name the tagger misread, not a verb
NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "compound", "conj", "appos", "poss", "attr", "npadvmod"}
CLOSED_TAGS = {"PRP", "PRP$", "WP", "WP$", "WDT", "DT", "PDT", "EX"}
ALIAS_LINKS = {"formerly", "previously", "now", "aka", "known", "also"}
# a bullet or numbered line: marker, a name of capitalised words, then a delimiter
BULLET_LINE_RE = re.compile(r"[ \t]*(?:[-•*·–]|\d{1,3}[.)])[ \t]+"
                            r"(?P<name>[A-Z0-9][\w&'’.-]*(?:[ \t]+(?:[A-Z0-9&][\w&'’.-]*|of|and|de))*?)"
                            r"(?P<delim>[ \t]*[(:,]|[ \t]+[-–—][ \t])")



# What follows the dash or bar of a masthead: an issue, or a date.
ISSUE_WORDS = {"issue", "no", "vol", "volume", "edition", "#"}
MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
# Lower-case nouns after "X's Name" that make the name a unit of X, not a product
UNIT_NOUNS = {"group", "team", "lab", "labs", "unit", "division", "arm", "subsidiary", "affiliate", "venture",
              "studio", "studios"}
# Words between "and" and a plural noun for firms that end a list of names ("and other companies").
LIKE_WORDS = {"other", "similar", "fellow", "rival", "competing", "many", "several", "various", "smaller", "bigger",
              "larger", "newer", "younger", "established"}


def toks_lower(doc: Doc, i: int) -> bool:
    """A lower-case word or a hyphenated part ("AI-powered" is "AI", "-", "powered")."""
    t = tokens_of(doc)[i]
    return t.is_lower or (t.is_alpha and i + 1 < len(doc) and tokens_of(doc)[i + 1].text == "-")


def _trimmed(ent):
    """A PERSON entity without the space tokens and the possessive "'s" the model takes in at its ends."""
    while len(ent) and (ent[-1].is_space or ent[-1].lower_ in {"'s", "’s"}):
        ent = ent[:-1]
    while len(ent) and ent[0].is_space:
        ent = ent[1:]
    return ent


def money_shaped(text: str) -> bool:
    """A currency symbol (Unicode category Sc) right before a digit: an amount, whatever the
    letters around it ("R$600m", "HK$3bn", "€40m")."""
    return any(unicodedata.category(a) == "Sc" and b.isdigit() for a, b in zip(text, text[1:]))


class Verdicts:
    """Mixed into OrganisationFinder: needs self.rules, self.legal, self._generic, self._flat,
    self._headings, self._keys, self.titles_multi and the span and cue helpers."""

    def _accept(self, doc: Doc, units, keys: dict[str, list[Mention]], title_end: int) -> dict[str, str]:
        """Surface forms that name organisations -> the reason."""
        r = self.rules
        # parts of people's names ("Wu" after "Wu Gansha") are not organisations
        person_ents = [_trimmed(ent) for ent in doc.ents if ent.label_ == "PERSON"]
        person_ents = [ent for ent in person_ents if 1 < len(ent) <= 3
                       and all(t.is_alpha and t.text[:1].isupper() for t in ent)
                       and not any(r.company_word(t.text) for t in ent)]
        person_last = {fold(ent[-1].text) for ent in person_ents} | {fold(ent[0].text) for ent in person_ents}
        # "PETER LAWRENCE 'YOGI' BERRA (1925)": a name in capitals, quoted nickname and all
        for ent in doc.ents:
            words = [t.text for t in ent if t.is_alpha]
            if ent.label_ == "PERSON" and ent.text.isupper() and 2 <= len(words) <= 4:
                person_last |= {fold(words[0]), fold(words[-1])}
        self._keys = keys           # per document: all surface forms, for the verdicts
        accepted: dict[str, str] = {}   # key -> reason
        # longer names first: a PERSON-tagged organisation ("Kerun Intelligent Control") does not
        # make its first word a person's name
        multi = [(k, ms) for k, ms in keys.items() if len(k.split()) > 1]
        single = [(k, ms) for k, ms in keys.items() if len(k.split()) <= 1]
        titled_people: set[str] = set()
        for key, ms in multi:
            verdict = self._verdict(doc, key, ms, title_end, person_last)
            if verdict:
                accepted[key] = verdict
            elif self._called_a_person(doc, key, ms):
                titled_people |= {key.split()[0], key.split()[-1]}
        person_ents = [ent for ent in person_ents if fold(ent.text) not in accepted]
        person_last = {fold(ent[-1].text) for ent in person_ents} | {fold(ent[0].text) for ent in person_ents}
        # "co-founder Wanjiru Kamau said ... Kamau said": the model may tag the pair ORG, but a name
        # after a job title is a person's, and so are its words on their own
        person_last |= titled_people
        for key, ms in single:
            verdict = self._verdict(doc, key, ms, title_end, person_last)
            if verdict:
                accepted[key] = verdict

        # lists: "Zentra, Build.Hub, Kavio and Orbly" share the fate of their organisations
        self._propagate_lists(doc, units, keys, accepted, person_last)
        # "- Zarnow Pay (London, payments): £7.4bn" beside "- Brisoll Therapeutics (Paris, ...)": one shape
        self._propagate_bullets(doc, keys, accepted, person_last)
        # short forms: "Tamsin" beside "Tamsin Group Holding", "Corda" beside "Corda Global Alliance"
        person_ents = [ent for ent in person_ents if fold(ent.text) not in accepted]
        person_last = {fold(ent[-1].text) for ent in person_ents} | {fold(ent[0].text) for ent in person_ents}
        self._accept_short_forms(doc, keys, accepted, person_last)
        # "the Midtown Brewbean": a word before a firm's name, found only by the model
        for key in [k for k, why in accepted.items() if why == "ner" and " " in k]:
            words = key.split()
            for i in range(1, len(words)):
                tail = " ".join(words[i:])
                if tail in accepted and head_type(" ".join(words[:i]), r) is None \
                        and not any(w in r.company_heads for w in words[:i]):
                    del accepted[key]
                    break
        return accepted

    def _bullet_items(self, doc: Doc) -> list[list[tuple[int, int, str]]]:
        """Blocks of consecutive bullet or numbered lines that open with a name and then the same
        delimiter: "- Zarnow Pay (London, payments): ...", "3. Orbly Labs: ...", "• Tamsin - ...".
        Each item is (start token, end token, delimiter)."""
        toks = tokens_of(doc)
        text = doc_text(doc)
        starts = token_starts(doc)
        blocks: list[list[tuple[int, int, str]]] = []
        block: list[tuple[int, int, str]] = []
        pos = 0
        for line in text.split("\n"):
            mt = BULLET_LINE_RE.match(line)
            if mt:
                a, b = pos + mt.start("name"), pos + mt.end("name")
                ts, te = bisect_left(starts, a), bisect_left(starts, b)
                if ts < te:
                    block.append((ts, te, mt.group("delim").strip()))
            elif line.strip():
                if len(block) >= 3:
                    blocks.append(block)
                block = []
            pos += len(line) + 1
        if len(block) >= 3:
            blocks.append(block)
        return blocks

    def _propagate_bullets(self, doc: Doc, keys, accepted, person_last) -> None:
        """Items of a bullet block share the fate of the organisations among them: at least two
        items and half of them accepted, the rest written the same way (same delimiter), each a
        short capitalised name that is no place, person's surname or stop word."""
        r = self.rules
        for block in self._bullet_items(doc):
            delims = {d for _, _, d in block}
            if len(delims) > 1:
                continue
            items = [(s, e, span_text(doc, s, e)) for s, e, _ in block]
            known = sum(1 for s, e, t in items if fold(t) in accepted)
            if known < 2 or known * 2 < len(items):
                continue
            for s, e, t in items:
                k = fold(t)
                words = t.split()
                if k in accepted or not 1 <= len(words) <= 5 or r.place_kind(t) or k in r.hard_stop \
                        or k in r.soft_stop or k in person_last or person_shaped(words, r):
                    continue
                if not all(w[:1].isupper() or w[:1].isdigit() or fold(w) in CONNECTORS for w in words):
                    continue
                accepted[k] = "list"
                keys.setdefault(k, []).append(Mention(s, e, {"list"}))

    def _called_a_person(self, doc: Doc, key: str, ms: list[Mention]) -> bool:
        """A rejected two- or three-word name written after a job title at every mention
        ("co-founder Wanjiru Kamau", "said chief executive Jane Doe")."""
        live = [m for m in ms if not m.blocked]
        if not live or any(m.body for m in ms):
            return False
        words = span_text(doc, live[0].start, live[0].end).split()
        return self._titled(doc, live, words)

    def _choose(self, doc: Doc, keys, accepted, title_end: int) -> list[Mention]:
        """The mentions kept: the longest accepted candidate wins where they overlap; a name
        seen only in a title-case headline needs support from the body."""
        toks = tokens_of(doc)
        chosen: list[Mention] = []
        taken = [False] * len(doc)
        order = sorted((m for key, ms in keys.items() if key in accepted for m in ms if not m.blocked),
                       key=lambda m: (-(m.end - m.start), m.start))
        for m in order:
            if any(taken[m.start:m.end]):
                continue
            for i in range(m.start, m.end):
                taken[i] = True
            chosen.append(m)
        chosen.sort(key=lambda m: m.start)
        in_body = {m.key(doc) for m in chosen if toks[m.start].idx >= title_end or "legal" in m.sources
                   or accepted.get(m.key(doc)) in ("short", "list", "cue", "known", "masthead")}
        return [m for m in chosen if m.key(doc) in in_body]

    def _verdict(self, doc: Doc, key: str, ms: list[Mention], title_end: int, person_last: set[str]) -> str | None:
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        r = self.rules
        text = span_text(doc, ms[0].start, ms[0].end)
        sources = set().union(*(m.sources for m in ms if not m.blocked)) if any(not m.blocked for m in ms) else set()
        cues = set().union(*(m.cues for m in ms if not m.blocked)) if sources else set()
        if any(m.body for m in ms):
            return "known"
        bare = key[4:] if key.startswith("the ") else key
        words = text.split()
        if not any(c.isupper() or c.isdigit() for c in re.sub(r"^[Tt]he\s+", "", text)) and not has_cjk(text):
            return None     # "jargon", "edtech", "The municipal government": no capital, no name
        if not any(c.isalpha() for c in text) and not has_cjk(text):
            return None
        if money_shaped(text):
            return None     # "R$600m", "S$1.2bn": an amount the tagger took for a name
        numbered = any("numbered" in m.sources and m.cues & r.company_cues for m in ms)   # "firm 500 Startups"
        if toks[ms[0].start].ent_type_ in NUMERIC_ENTS and not digit_name(tok_text[ms[0].start]) and not numbered \
                or re.fullmatch(r"(FY|Q[1-4]|H[12])[\s-]?\d{2,4}", text) or len(text) == 1 \
                or re.fullmatch(r"(pre-)?series [a-z]\d?\+?(-\d)?", key) \
                or re.fullmatch(r"[A-Z]{2,6}-\d{1,4}", text) and not cues:   # "COVID-19": a code
            return None     # "2023", "15 million" (but "01.AI", "1Password" are names)
        if key in r.hard_stop or bare in r.hard_stop or key in r.nationalities:
            return None
        if has_cjk(text) and any(term in text for term in CJK_TERMS):
            return None     # 专精特新"小巨人"企业: the Chinese name of a category, not of a firm
        if any(has_cjk(w) and re.search(r"[A-Za-z]", w) and re.search(r"[(（)）]", w) for w in words):
            return None     # "Ltd.(苏州…": a legal suffix glued to a Chinese name, left unsplit by the tokenizer
        if re.search(r"-(?:style|like|type|sized|scale|based|backed|owned)$", key):
            return None     # "Tamsin-style", "Tamsin-backed": an adjective built on a name
        if re.match(r"(?:non|ex|anti|pro|pre|post|mid|then|former|would-be)-", key):
            return None     # "non-Apple phones", "ex-Ravipay": a prefix makes it no mention of a body
        if any(odd_case(w) for w in words) and not (cues & r.company_cues):
            return None     # "MoNeY": noise (but "gaming platform maHoTo" is a name)
        if r.place_kind(text) and not (sources & {"legal"}):
            return None
        last = fold(words[-1].strip(".,")) if words else ""
        if len(words) > 1 and (last in r.heads["media"] or last in r.masthead_words and len(words) > 2) \
                and "possessive" not in sources and fold(words[0]) not in r.quantity_nouns | self._generic \
                and any(self._masthead(doc, m) for m in ms if not m.blocked):
            return "masthead"   # "The X Weekly - Issue 9", "X Trade Report | May 2021": a publication
        if last in r.non_org_heads and "legal" not in sources and not (cues & PARSE_EVIDENCE) and not numbered \
                and not (len(words) > 1 and cues & STRONG_COMPANY_CUES):    # (but "Dunmore Apps, a maker of")
            return None
        if any(fold(w) in r.soft_stop for w in words) or bare in r.soft_stop:
            # category words ("Unicorn", "Gazelle") name a body only with a cue noun ("the bicycle maker Unicorn")
            institutional = head_type(text, r) in ("ngo", "government", "university", "exchange") and len(words) > 2
            if not institutional and not (cues & r.company_cues) and "legal" not in sources:
                return None
        # multi-word names are capitalised throughout
        if len(words) > 1 and "possessive" not in sources:
            for w in words:
                if w.islower() and fold(w) not in CONNECTORS and not w.startswith("(") and w not in {"plc", "sized"} \
                        and not ("legal" in sources and w is not words[0] and w is not words[-1]):
                    return None     # (a legal name keeps a lower-case word inside: "Suzhou lianke Electronic Co.")
        if head_type(text, r) is None and all(fold(w) in r.person_titles or fold(w) in CONNECTORS for w in words):
            return None
        if all(fold(w.strip(".,")) in self._generic for w in words):
            return None
        if any(w in {"And", "Of", "For", "The"} for w in words[1:]) and not (sources & {"legal"}) \
                and not all(m.start in self._flat for m in ms):
            return None     # "Industry And Information Technology officials": a capitalised fragment
        if re.search(r"\s[-–—|]\s", text) and "legal" not in sources:
            return None     # "X Weekly - Issue 9": a masthead and what follows the dash, not one name
        # "Tamsin and Velorin": two names the model joined
        of_name = len(words) > 2 and fold(words[0]) in OF_HEADS and fold(words[1]) in {"of", "for"}
        for sep in (" and ", " & ", ", "):
            if sep in text and not of_name:
                left, right = text.split(sep, 1)
                if fold(left) in self._keys and fold(right) in self._keys and right.rstrip(".") not in self.legal:
                    return None
        # "Midtown Brewbean", "German Velomark Cycle": a place word before another candidate
        if len(words) > 1 and (r.place_kind(words[0]) or fold(words[0]) in r.nationalities) \
                and fold(" ".join(words[1:])) in self._keys and "legal" not in sources:
            return None
        # "Hotel chain X": a common noun capitalised only at the start of a sentence
        if len(words) == 1 and all(self._hard_break(doc, m.start) or m.start == 0 for m in ms) \
                and re.search(r"(?<![\w-])" + re.escape(text.lower()) + r"(?![\w-])", doc_text(doc)):
            return None
        # "quality management system (QMS)", "Zhongguancun (ZGC) Forum": the acronym of a non-organisation
        if len(words) == 1 and text.isupper():
            for m in ms:
                if m.start >= 2 and tok_text[m.start - 1] == "(" and m.end < len(doc) and tok_text[m.end] == ")":
                    nxt = toks[m.end + 1] if m.end + 1 < len(doc) else None
                    if toks[m.start - 2].is_lower or (nxt is not None and fold(nxt.text) in r.non_org_heads):
                        return None
        if toks[ms[0].start].tag_ == "VBG" and not (len(words) > 1 and head_type(text, r) is not None):
            return None     # "Building ...": a verb (but "Keling Instruments": a name the tagger misread)
        live = [m for m in ms if not m.blocked]
        if not live:
            return None
        if not (sources & {"legal", "known"}) and head_type(text, r) is None and all(self._credited(doc, m) for m in live):
            return None     # "(Reporting by Jane Doe; Editing by John Roe)": the journalists of a story
        if not (sources & {"legal"}) and any(fold(w) in r.honorifics for w in words):
            return None     # "Mr Graczyk", "GDC Mr Allard": a form of address makes it a person
        if len(words) > 1 and not (sources & {"legal"}) and not (cues & r.company_cues) \
                and any(MODEL_CODE_RE.fullmatch(w) for w in words[1:]) and not r.company_word(words[-1]):
            return None     # "Tarnwell X500 Pro", "AMD MI300X": a maker's name and a model code: a product
        if len(words) == 1 and not (sources & {"legal"}) and not (cues & r.company_cues) and all(
                toks[m.start].tag_ in CLOSED_TAGS or toks[m.start].tag_ in FUNCTION_TAGS and not cues
                and not (toks[m.start].tag_ in ("VB", "VBP") and toks[m.start].dep_ in NOUN_DEPS) for m in live):
            return None     # "We already outsource ...", "Next, we need ...": a pronoun or an adverb (an unknown
            #                 name the tagger reads as an adverb keeps what the parse found: "Quessly, acquired by")
        if not (sources & {"legal", "known"}) and head_type(text, r) not in ("company", "investor", "exchange",
                                                                            "government", "university", "ngo"):
            against = [m.against for m in live]
            if not cues and any("product" in a for a in against) and not self._acts(doc, live):
                return None     # "makes Fortnite", "the X service": a product, not its maker (a firm of
                #                 the same name that says, raises or hires stays a firm)
            if not cues and len(words) <= 3 and head_type(text, r) is None and not r.company_word(words[-1]) \
                    and all(self._owned_by_firm(doc, m, words) for m in live) \
                    and not self._acts(doc, live):
                return None     # "Ostrel's Quibbin": a name a firm holds, never an actor, is its product
            if not (cues & (PARSE_EVIDENCE | r.company_cues)) and all("place" in a for a in against):
                return None     # "offices in Minas Gerais": only ever a place
        if len(words) > 1 and not cues and not (sources & {"legal", "known"}) and fold(words[-1]) in r.unit_words \
                and all(self._owned_by_another(doc, m, words) for m in live):
            return None     # "Tamsin's Hiring Cloud", "its AI-powered Hiring Cloud": a unit or product of its owner
        if len(words) == 1 and not (sources & {"legal", "known"}) and not cues and len(live) == len(ms) \
                and all(self._place_possessive(doc, m) for m in live) \
                and sum(1 for t in toks if t.text == text) == len({m.start for m in ms}):
            return None     # "went to Tartu's Kelder": a lone possessor before a firm's name is its home town
        firm_cues = {c for c in cues if (c in r.company_cues or c in FIRM_EVIDENCE) and c not in r.person_titles
                     and c not in {"partner", "partners", "owner", "leader", "player", "players",
                                   "investor", "backer", "specialist", "pioneer"}}
        if cues & {"specialist", "pioneer"} and not person_shaped(words, r) and any(
                m.start >= 3 and tok_low[m.start - 1] in {"specialist", "pioneer"} and toks[m.start - 2].is_lower
                and "-" in tok_text[max(0, m.start - 4):m.start - 1] for m in live):
            firm_cues.add("specialist")     # "wafer-inspection specialist X": a hyphenated trade before the word
        if "trade" in cues and not person_shaped(words, r) and not self._titled(doc, live, words):
            firm_cues.add("trade")      # "X, a steel trader": a firm unless the name is a person's
        if not (sources & {"legal", "known"}) and not firm_cues and (
                person_shaped(words, r) or self._titled(doc, live, words) or self._surnamed(doc, words)
                or self._person_tagged(live, words) and not (cues & PERSON_PROOF or len(cues & PARSE_EVIDENCE) >= 2)):
            return None     # "Tang Meiling", "chief executive Jane Doe": a person unless called a firm

        if len(words) > 1 and not firm_cues and not (sources & {"legal", "known"}) and head_type(text, r) is None \
                and all(self._ranked_number(doc, m) for m in live):
            return None     # "this year's Baltic Growth 300": the name of a ranking, not of a body
        body_mentions = [m for m in live if toks[m.start].idx >= title_end
                         and (m.start not in self._headings or m.cues)]
        # "NINGBO, May 2 (X Business Daily) -": a dateline names its source in brackets
        bracketed = head_type(text, r) is not None and any(
            m.start > 0 and tok_text[m.start - 1] == "(" and m.end < len(doc) and tok_text[m.end] == ")" for m in live)
        if all(m.start in self._flat for m in live) and not bracketed:
            # all-caps or title-case text: only short names with firm evidence
            if not (sources & {"legal", "known"}) and (len(words) > 3 or any(
                    doc.vocab[w.lower()].is_stop for w in words) or not (sources & {"cue", "list"} or "ORG" in [
                    lab for m in live for lab in m.ner])):
                return None
        if len(words) == 1 and key in person_last and not firm_cues and not (sources & {"legal", "known"}):
            return None     # "Musk" after "Elon Musk": a person's surname, whatever it does
        strong = sources & {"legal", "cue", "head", "possessive"}
        if not body_mentions and not (sources & {"legal"}):
            return None
        if len(words) == 1 and key in r.quantity_nouns and not (sources & {"legal", "known"}) and all(
                (m.start == 0 or toks[m.start].is_sent_start or self._hard_break(doc, m.start)) and "ORG" not in m.ner
                for m in live):
            return None     # "Revenue reached £86m", "Exports made up 64%": a quantity opening a sentence
        if len(words) == 1 and not (sources & {"legal", "known"}) and cues <= PARSE_EVIDENCE and all(
                (m.start == 0 or toks[m.start].is_sent_start or self._hard_break(doc, m.start))
                and toks[m.start].tag_ in ("NNS", "NN") and "ORG" not in m.ner
                and fold(toks[m.start].lemma_) in r.company_cues for m in live):
            # "Banks have extended loans", "Lenders raised rates": the plain noun for a kind of
            # organisation, capitalised by its place; the role the parse gives it (subject of a
            # business verb) does not make it a name
            return None
        if strong:
            return "cue"
        if fold(words[-1]) in {"park", "campus", "estate"} and all(
                (m.start > 0 and tok_low[m.start - 1] in {"at", "in", "inside", "near", "on", "of"}
                 and "ORG" not in m.ner) or (m.ner and set(m.ner) <= {"FAC", "LOC", "GPE"}) for m in live):
            return None     # "a tenant of Nanhu Science Park": a site, not the body that runs it
        # head words: "Qiaoxi New Area", "Velorin Robotics", "City Aquarium"
        kind = head_type(text, r)
        if kind is not None and len(words) > 1:
            return "head"
        if len(words) == 1 and all((m.start == 0 or toks[m.start].is_sent_start or self._hard_break(doc, m.start))
                                   and m.end < len(doc) and tok_text[m.end] == "," and toks[m.start].pos_ == "ADV"
                                   for m in live):
            return None     # "Nationwide, the batch covers ...": an opening adverb the model tags ORG
        if len(words) == 1 and all((m.start == 0 or toks[m.start].is_sent_start or self._hard_break(doc, m.start))
                                   and toks[m.start].tag_ not in ("NNP", "NNPS") for m in live):
            return None     # "Median rounds grew": a common word capitalised by its place, tagged so
        ner = [lab for m in body_mentions if m.start not in self._flat for lab in m.ner]
        n_org = ner.count("ORG")
        n_person = ner.count("PERSON")
        if len(words) == 1 and key in person_last:
            return None
        if n_person and len(words) > 1 and fold(words[-1]) in r.countries:
            return "person-with-country"   # "Rentbox Denmark"
        if n_org and len({m.start for m in live}) == 1 and text.isupper() and text.isalpha() and len(text) <= 4 and \
                toks[live[0].end - 1].dep_ in ("compound", "amod", "nmod") and toks[live[0].end - 1].head.is_lower:
            return None     # "NLP models", "DIY kits": a short capitalised term modifying a noun, once
        if len(words) == 1 and not text.isupper() and not any(c.isdigit() for c in text) \
                and all(toks[m.start].tag_ in ("NN", "NNS") for m in live):
            return None     # "Collections, lets you save ...": the tagger reads a common noun; the ORG tag alone
            #                 does not outweigh it
        if n_org and self._beside_person(doc, live, words):
            return None     # "founded by Jane Doe and John Roe": the model tagged only the first a person
        if n_org:   # tagged ORG once is enough: the model mislabels the same firm elsewhere
            if len(words) == 1 and all(m.start > 0 and tok_low[m.start - 1] in {"in", "at", "near"} for m in live):
                return None     # "the plant in Skelleftea": a place the model calls ORG
            return "ner"
        if len(words) == 1 and text.isupper() and len(text) >= 3 and text.isalpha() and ner:
            # acronyms the model tags as anything are organisations, not people ("KRAV")
            if not any(lab in ("GPE", "LOC", "NORP") for lab in ner):
                return "acronym"
        return None

    def _beside_person(self, doc: Doc, ms: list[Mention], words: list[str]) -> bool:
        """A plain name of two or three capitalised words, with no word of a firm, place or title,
        joined by "and" to a name the model calls a person ("Jane Doe and John Roe", either way
        round): a person too. Names of firms carry a head word or a cue and never get here."""
        r = self.rules
        if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
            return False
        if head_type(" ".join(words), r) is not None or any(
                r.company_word(w) or r.place_kind(w) or fold(w) in r.nationalities for w in words):
            return False
        toks = tokens_of(doc)
        people = {}
        for ent in doc.ents:
            ent = _trimmed(ent)
            if ent.label_ == "PERSON" and 2 <= len(ent) <= 3 and all(
                    t.is_alpha and t.text[:1].isupper() and not t.is_upper and not r.company_word(t.text) for t in ent):
                people[ent.start] = people[ent.end - 1] = ent
        for m in ms:
            before = people.get(m.start - 2)
            if m.start >= 2 and toks[m.start - 1].lower_ == "and" and before is not None and before.end == m.start - 1:
                return True
            after = people.get(m.end + 1)
            if m.end + 1 < len(doc) and toks[m.end].lower_ == "and" and after is not None and after.start == m.end + 1:
                return True
        return False

    def _surnamed(self, doc: Doc, words: list[str]) -> bool:
        """Two plain capitalised words whose LAST word recurs alone ("Marta Wolna ... Wolna said")
        and whose first never does: people are shortened to a surname, firms to a first word."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        if len(words) != 2 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
            return False
        if head_type(" ".join(words), self.rules) is not None or any(
                self.rules.company_word(w) or self.rules.place_kind(w) for w in words):
            return False    # "Rentbox Denmark": a country after a name is no surname

        text = doc_text(doc)
        if any(re.match(r",\s*\d{2},", text[toks[m.end - 1].idx + len(tok_text[m.end - 1]):
                                              toks[m.end - 1].idx + len(tok_text[m.end - 1]) + 6])
               for m in self._keys.get(fold(" ".join(words)), [])):
            return True     # "Jane Doe, 41, said": an age
        alone = self._alone_counts(doc)
        return alone.get(words[1], 0) > 0 and alone.get(words[0], 0) == 0

    def _alone_counts(self, doc: Doc) -> dict[str, int]:
        """How often each word stands alone: no capitalised word right after it, nor right before
        it within a sentence. Counted once per document."""
        cached = getattr(self, "_alone", None)
        if cached is not None and cached[0] is doc:
            return cached[1]
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        n = len(toks)
        capital = [w[:1].isupper() and t.is_alpha for w, t in zip(tok_text, toks)]
        counts: dict[str, int] = {}
        for i, w in enumerate(tok_text):
            if (i + 1 < n and capital[i + 1]) or (i > 0 and capital[i - 1] and not toks[i].is_sent_start):
                continue
            counts[w] = counts.get(w, 0) + 1
        self._alone = (doc, counts)
        return counts

    def _person_tagged(self, ms: list[Mention], words: list[str]) -> bool:
        """Two or three plain capitalised words the model calls a person more often than anything
        else, with no company word: a person's name (the parse cues alone do not outweigh it)."""
        if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
            return False
        if head_type(" ".join(words), self.rules) is not None or any(self.rules.company_word(w) for w in words) \
                or self.rules.place_kind(words[-1]):
            return False    # "Rentbox Denmark": a firm's national arm
        labels = [lab for m in ms for lab in m.ner]
        return labels.count("PERSON") > len(labels) / 2

    @staticmethod
    def _ranked_number(doc: Doc, m: Mention) -> bool:
        """A bare count of ranked firms right after the name ("X Growth 100", "the X Fast 50"): a
        whole number of two to four digits that is no year, with no noun of its own after it."""
        toks = tokens_of(doc)
        if m.end >= len(doc):
            return False
        num = toks[m.end]
        if not (num.text.isdigit() and 2 <= len(num.text) <= 4) or 1900 <= int(num.text) <= 2100:
            return False
        nxt = toks[m.end + 1] if m.end + 1 < len(doc) else None
        return nxt is None or not (nxt.is_lower and nxt.pos_ == "NOUN" or nxt.text in {"%", "per"})

    def _credited(self, doc: Doc, m: Mention) -> bool:
        """The name follows "Reporting by", "Editing by" (or another name after one of them, joined
        by "and" or a comma): a journalist credited for the story."""
        toks = tokens_of(doc)
        tok_low = lowers_of(doc)
        j = m.start - 1
        while j >= 1 and m.start - j <= 8:
            if tok_low[j] == "by" and tok_low[j - 1] in self.rules.byline_words:
                return True
            if tok_low[j] in {"and", ",", "&"} or toks[j].text[:1].isupper() and toks[j].is_alpha:
                j -= 1
                continue
            return False
        return False

    def _masthead(self, doc: Doc, m: Mention) -> bool:
        """The name opens a line (after "The" at most) and a spaced dash or bar follows it: a
        publication's masthead ("The X Weekly - Issue 9", "X Report | May 2021")."""
        toks = tokens_of(doc)
        tok_low = lowers_of(doc)
        s = m.start
        if s > 0 and tok_low[s - 1] == "the":
            s -= 1
        if not (s == 0 or self._hard_break(doc, s)) or m.end + 1 >= len(doc):
            return False
        sep, nxt = toks[m.end], toks[m.end + 1]
        return sep.text in {"-", "–", "—", "|"} and bool(toks[m.end - 1].whitespace_) and bool(sep.whitespace_) \
            and (nxt.like_num or nxt.lower_.rstrip(".") in ISSUE_WORDS or nxt.lower_[:3] in MONTHS)

    def _owned_by_another(self, doc: Doc, m: Mention, words: list[str]) -> bool:
        """The mention follows an owner: "X's Name" (with X not the name's own first word) or "its"/
        "their" with at most two describing words between ("its AI-powered Name")."""
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        s = m.start
        if s >= 2 and tok_low[s - 1] in {"'s", "’s"}:
            return tok_text[s - 2][:1].isupper() and fold(tok_text[s - 2]) != fold(words[0])
        j = s - 1
        while j >= 0 and s - j <= 5 and tok_low[j] not in {"its", "their"} and (tok_low[j] == "-" or toks_lower(doc, j)):
            j -= 1
        return j >= 0 and tok_low[j] in {"its", "their"} and s - j <= 5

    def _acts(self, doc: Doc, ms: list[Mention]) -> bool:
        """Some mention is the subject of a verb a firm does ("X said", "X raised", "X was valued"):
        the name acts as an organisation, whatever products share it."""
        toks = tokens_of(doc)
        verbs = self.evidence.v.actor_verbs
        for m in ms:
            root = doc[m.start:m.end].root
            tok = toks[root.i]
            head = tok.head
            if tok.dep_ == "conj":      # "X and Y said"
                while head.dep_ == "conj" and head.head.i != head.i:
                    head = head.head
                tok, head = head, head.head
            if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in verbs:
                return True
            if m.end + 1 < len(doc) and toks[m.end].lower_ in {"'s", "’s"} and toks[m.end + 1].text[:1].isupper() \
                    and toks[m.end + 1].is_alpha:
                return True     # "X's Y": an owner of a named thing is a body, not a product
        return False

    def _owned_by_firm(self, doc: Doc, m: Mention, words: list[str]) -> bool:
        """"X's Name" with X a word the model tags an organisation ("Ostrel Labs's Name", "Ostrel's
        Name", not "Ostrel's Ostrel Pay"): the name is held by that organisation."""
        toks = tokens_of(doc)
        s = m.start
        if not (s >= 2 and toks[s - 1].lower_ in {"'s", "’s"}):
            return False
        owner = toks[s - 2]
        if len(words) > 1:
            return False    # "X's Web Services", "X's Pellow Research Center": a unit of X, named as a body
        nxt = [t.lower_ for t in toks[m.end:m.end + 2]]
        if any(w in UNIT_NOUNS or w in self.rules.company_cues for w in nxt):
            return False    # "X's Name research group": a unit of X, called one
        if fold(f"{owner.text} {words[0]}") in self._keys:
            return False    # "X's Name" beside "X Name": one brand form; the owner's name must not merge into it
        return owner.ent_type_ == "ORG" and owner.text[:1].isupper() and fold(owner.text) != fold(words[0])

    def _place_possessive(self, doc: Doc, m: Mention) -> bool:
        """'X's Y' with Y a capitalised name that is not a title or a body part of X."""
        toks = tokens_of(doc)
        tok_low = lowers_of(doc)
        k = m.end
        if not (k + 1 < len(doc) and tok_low[k] in {"'s", "’s"}):
            return False
        nxt = toks[k + 1]
        j = k + 1
        while j + 1 < len(doc) and (toks[j + 1].text[:1].isupper() or toks[j + 1].like_num) and not toks[j].like_num:
            j += 1
        if toks[j].like_num or fold(toks[j].text) in self.rules.non_org_heads:
            return False    # "X's Technology Fast 50", "X's Index": a ranking or a work its owner names
        return nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper \
            and fold(nxt.text) not in self.rules.person_titles and not nxt.is_sent_start \
            and head_type(nxt.text, self.rules) in (None, "company") \
            and nxt.ent_type_ not in ("GPE", "LOC", "DATE") \
            and not (nxt.ent_type_ == "PERSON" and k + 2 < len(doc) and toks[k + 2].ent_iob_ == "I")

    def _titled(self, doc: Doc, ms: list[Mention], words: list[str]) -> bool:
        """A personal name after a job title at every mention ("Chief executive Jane Doe", "said
        partner Jane Doe"), not "CEO of X" and not a name with a head word."""
        toks = tokens_of(doc)
        if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
            return False
        if head_type(" ".join(words), self.rules) is not None or any(
                self.rules.company_word(w) for w in words):
            return False
        if getattr(self, "_title_set", None) is None:
            self._title_set = {tuple(tt) for tt in self.titles_multi}
            self._title_lengths = sorted({len(tt) for tt in self.titles_multi})
        for m in ms:
            before = [fold(x.text) for x in toks[max(0, m.start - self._title_lengths[-1]):m.start]]
            if not any(len(before) >= k and tuple(before[len(before) - k:]) in self._title_set
                       for k in self._title_lengths):
                return False
        return True

    def _propagate_lists(self, doc, units, keys, accepted, person_last) -> None:
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        r = self.rules
        # spans of accepted names with inner words: "Ministry of Industry and Information Technology"
        inside = [(m.start, m.end) for k, ms in keys.items() if k in accepted and " " in k for m in ms]
        for items in self._list_items(doc, units):
            items = self._whole_names(doc, items, inside)
            if items is None:
                continue    # words of one longer name, not a list
            cleaned = []
            for s, e in items:
                s, e = self._clean(doc, s, e)
                if s < e:
                    cleaned.append((s, e))
            if len(cleaned) < 2:
                continue
            texts = [span_text(doc, s, e) for s, e in cleaned]
            folded = [fold(t) for t in texts]
            places = sum(1 for t in texts if r.place_kind(t))
            orgish = sum(1 for k in folded if k in accepted)
            persons = sum(1 for s, e in cleaned if toks[s].ent_type_ == "PERSON" and e - s > 1
                          and fold(span_text(doc, s, e)) not in accepted and head_type(span_text(doc, s, e), r) is None)
            # "Narvik's Fjordlys, Molde's Kystnett and Tartu's Kelder": names each after a home town
            homed = sum(1 for s, e in cleaned if s >= 2 and tok_low[s - 1] in {"'s", "’s"}
                        and tok_text[s - 2][:1].isupper() and e - s <= 3)
            if homed >= 3 and homed == len(cleaned) and not persons:
                orgish = max(orgish, 1)
            kind_after = self._kind_after(doc, cleaned[-1][1])
            if kind_after == "other":
                # "Anna, Petra and other friends": the list says its names are no firms, which outweighs
                # the model's ORG tag alone
                for k in folded:
                    if accepted.get(k) == "ner":
                        del accepted[k]
                continue
            if kind_after == "firm" and not persons:
                orgish = max(orgish, 1)     # "X, Y and other companies": the list says what its names are
            if not orgish or places * 2 >= len(cleaned) or persons * 2 >= len(cleaned):
                continue
            if len(cleaned) == 2 and orgish < 1:
                continue
            if cleaned[0][0] in self._flat and (orgish * 3 < len(cleaned) or any(e - s > 3 for s, e in cleaned)):
                continue    # all-caps text: only lists that are plainly lists of names
            # investors listed together share the cue ("X and Y led the round")
            shared = set()
            for s, e in cleaned:
                for m in keys.get(fold(span_text(doc, s, e)), []):
                    if m.start == s and m.end == e:
                        shared |= m.cues & r.investor_cues
            for (s, e), t, k in zip(cleaned, texts, folded):
                if shared and k in accepted:
                    keys[k].append(Mention(s, e, {"list"}, cues=set(shared)))
                if k in accepted or r.place_kind(t) or k in r.hard_stop or k in r.nationalities:
                    continue
                if self._home_before_kind(doc, e):
                    continue    # "Lund staffing agency X": the home town of the firm in the list
                if e < len(doc) and tok_text[e][:1].isupper() and r.place_kind(f"{t} {tok_text[e]}"):
                    continue    # "and Hong Kong-based X": the first word of a place the item was cut from
                if self._pagainst.get(doc[s:e].root.i, set()) & {"product", "place"}:
                    continue    # "technologies such as X, Y and Z": products beside a firm's name;
                    #             "clinics in Gothenburg and Uddevalla": places inside a list of firms
                if k in r.soft_stop or (e - s == 1 and k in person_last) or len(t) > 60:
                    continue
                if any(w.islower() and fold(w) not in CONNECTORS for w in t.split()[1:]) or "'" in t or "’" in t:
                    continue
                if any(fold(w) in r.soft_stop or fold(w) in r.nationalities for w in t.split()):
                    continue
                if toks[s].is_sent_start and toks[s].is_stop:
                    continue
                if toks[s].ent_type_ == "PERSON" and e - s > 1 and head_type(t, r) is None and len(cleaned) < 5:
                    continue    # "in Shanghai, Jane Doe, Velorin's co-founder": a person among names
                accepted[k] = "list"
                keys.setdefault(k, []).append(Mention(s, e, {"list"}, cues=set(shared)))

    @staticmethod
    def _whole_names(doc: Doc, items: list[tuple[int, int]],
                     inside: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
        """List items with an accepted longer name that an item opens put back together ("..., Y
        and the consumer goods group X & Z" was cut at the "&"); None when the list runs
        inside one name ("Bureau of Mines and Mineral Resources") or the longer name owns
        the real item ("X's Model-1 and the Y Academy of Sciences' Model-2")."""
        out: list[tuple[int, int]] = []
        for s, e in items:
            whole = next(((s0, e0) for s0, e0 in inside if s0 <= s and e <= e0 and e0 - s0 > e - s), None)
            if whole is not None and (all(whole[0] != s1 for s1, _ in items)
                                      or all(whole[0] <= s1 and e1 <= whole[1] for s1, e1 in items)
                                      or whole[1] < len(doc) and lowers_of(doc)[whole[1]] in {"'s", "’s"}):
                return None     # the list runs inside the name ("School of Business and Economics")
            span = whole or (s, e)
            if span not in out:
                out.append(span)
        return out

    def _kind_after(self, doc: Doc, end: int) -> str | None:
        """What a list says its names are when it ends in "and other X", "or similar X": "firm" for a
        plural noun for firms ("and other companies"), "other" for any other plural ("and other
        towns"), None when no such phrase follows the last name."""
        toks = tokens_of(doc)
        tok_low = lowers_of(doc)
        if end + 2 >= len(doc) or tok_low[end] not in {"and", "or", ","}:
            return None
        k = end + 1
        if tok_low[k] in {"and", "or"}:
            k += 1
        if k + 1 >= len(doc) or tok_low[k] not in LIKE_WORDS:
            return None
        noun = toks[k + 1]
        if not (noun.is_lower and noun.is_alpha and noun.tag_ == "NNS"):
            return None
        cues = self.rules.company_cues
        return "firm" if noun.lower_ in cues or noun.lemma_.lower() in cues else "other"

    def _accept_short_forms(self, doc, keys, accepted, person_last) -> None:
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        r = self.rules
        long_words = {k: self._unplaced(k.split()) for k in accepted}
        for key, ms in keys.items():
            if key in accepted or len(key) < 3 or key in person_last or key in r.hard_stop or key in r.soft_stop:
                continue
            text = span_text(doc, ms[0].start, ms[0].end)
            if r.place_kind(text) or not text[:1].isupper() or all(m.blocked for m in ms):
                continue
            if any(fold(w) in r.nationalities for w in text.split()) or (" and " in key):
                continue
            standalone = [m for m in ms if not (m.end < len(doc) and (
                tok_text[m.end] == "(" and not (m.end + 1 < len(doc) and has_cjk(tok_text[m.end + 1])) or (
                    tok_text[m.end][:1].isupper() and toks[m.end - 1].whitespace_)))]
            if not standalone:
                continue    # "Zhongguancun (ZGC) Forum": a modifier, not a name
            words = key.split()
            owners = [k for k, lw in long_words.items() if len(lw) > len(words) and lw[:len(words)] == words
                      and "'s" not in lw[len(words) - 1] and lw[len(words)] not in CONNECTORS]
            # "Kelvo" beside "Minhe Kelvo Optical Film Co.": a district name before the brand
            owners += [k for k in accepted if k not in owners and len(k.split()) > len(words) + 1
                       and k.split()[1:len(words) + 1] == words and self._place_led(self._text_of(doc, k))]
            # "Qingshan" beside "Qingshan Data" and "Qingshan Data Technology": one body
            def bare(k):
                return [w.strip(".,") for w in k.split()]
            owners = [k for k in owners if not any(o != k and bare(k)[:len(bare(o))] == bare(o) for o in owners)] \
                if len(owners) > 1 else owners
            same_core = [k for k in owners if core_words(k, r) == core_words(key, r)]
            if len(owners) > 1 and len(same_core) == 1:
                owners = same_core    # "Tamsin" is "Tamsin Holdings Ltd.", not "Tamsin Music ..."
            if len(owners) > 1:   # "Tamsin" beside "Tamsin Group Holding" and "Tamsin Vision Fund"
                owners = [k for k in owners if not self._distinct_body(" ".join(k.split()[len(words):]))]
            # "Provincial" is no short form of "Zhejiang provincial government"
            owners = [k for k in owners if all(w[:1].isupper() or not w[:1].isalpha() for w in
                                               self._unplaced(self._text_of(doc, k))[:len(words)])]
            if len(owners) == 1 and head_type(text, r) in (None, "company"):
                accepted[key] = "short"

    def _text_of(self, doc: Doc, key: str) -> list[str]:
        ms = self._keys.get(key)
        return span_text(doc, ms[0].start, ms[0].end).split() if ms else key.split()

    def _unplaced(self, words: list[str]) -> list[str]:
        """Name words without a leading place: "Changzhou Xingyu Automotive" -> "Xingyu Automotive"
        (Chinese firms are called by the part after the city). Names of two words keep theirs."""
        for k in (2, 1):
            if len(words) > k + 1 and self.rules.place_kind(" ".join(words[:k])):
                return words[k:]
        return words

    def _distinct_body(self, rest: str) -> bool:
        """Whether the words that extend a short name make another body ("... Vision Fund")."""
        return head_type(rest, self.rules) in ("investor", "exchange", "university", "ngo", "government", "media")

    def _alias_links(self, doc, keys, accepted) -> dict[str, str]:
        """"A, formerly B" and "A (B)": B names the same body as A. When one of the two is
        an organisation, so is the other ("Brightpeak, formerly Halden Capital Asia")."""
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        r = self.rules
        links: dict[str, str] = {}
        longest_end: dict[int, tuple[int, str]] = {}
        longest_start: dict[int, tuple[int, str]] = {}
        for k, ms in keys.items():
            for m in ms:
                if m.blocked:
                    continue
                if m.end not in longest_end or longest_end[m.end][0] > m.start:
                    longest_end[m.end] = (m.start, k)
                if m.start not in longest_start or longest_start[m.start][0] < m.end:
                    longest_start[m.start] = (m.end, k)

        def usable(k: str) -> bool:
            ms = keys[k]
            text = span_text(doc, ms[0].start, ms[0].end)
            return k not in r.hard_stop and k not in r.soft_stop and not r.place_kind(text) and \
                (text[:1].isupper() or has_cjk(text)) and len(k) > 1

        for e, (s, a) in longest_end.items():
            j = e
            paren = False
            if j + 1 < len(doc) and tok_text[j] == "," and tok_low[j + 1] in ALIAS_LINKS:
                j += 2
                if j + 1 < len(doc) and tok_low[j - 1] in {"known", "also"} :
                    j += 1 if tok_low[j] == "as" else 2
            elif j < len(doc) and tok_text[j] == "(":
                j += 1
                paren = True
            else:
                continue
            if j not in longest_start:
                continue
            b_end, b = longest_start[j]
            if paren and not (b_end < len(doc) and tok_text[b_end] == ")"):
                continue
            if b == a or not (a in accepted or b in accepted) or not (usable(a) and usable(b)):
                continue
            b_text = span_text(doc, j, b_end)
            if paren and not ((b_text.isupper() or "-" in b_text) and " " not in b_text or has_cjk(b_text)
                              or " " not in b_text and is_acronym_of(b_text.upper(), span_text(doc, s, e))):
                continue    # "(Tianjin)" is a place, not another name; only acronyms and Chinese names
            if paren and a not in accepted and head_type(span_text(doc, s, e), r) is None and (
                    accepted.get(b) in ("acronym", "ner") or any(m.against for m in keys[a])
                    or fold(span_text(doc, s, e).split()[-1]) in r.non_org_heads):
                continue    # "Context Association Tests (CAT)": an accepted acronym names no body by itself
            accepted.setdefault(a, "link")
            accepted.setdefault(b, "link")
            links[b] = a
        return links
