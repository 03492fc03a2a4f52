"""Stage 2 of finding organisations: the evidence around each candidate span.

Cue nouns ("battery company X", "X, a UK-based startup"), roles ("CEO of X"), backers ("a round
led by X"), ranking entries, and contexts that rule a span out (a quoted brand, "its X", an
"X-based" place, a dateline). The parse's findings (evidence.py) are read here too.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from giants.extensions import doc_text
from giants.organisations.mention import Mention
from giants.organisations.merge import dateline_credit_at
from giants.organisations.names import fold, head_type, lowers_of, person_shaped, span_text, texts_of, tokens_of
from giants.organisations.spans import QUOTES

APPOSITION_STARTS = {"a", "an", "the", "one", "based", "headquartered", "whose", "formerly", "now", "which"}
STOP_PREPS = {"of", "at", "with", "for", "in", "on", "by", "from", "to", "that", "who", "which"}
DATA_CUES = [("database", "of"), ("data", "from"), ("according", "to"), ("published", "by"), ("report", "by"),
             ("survey", "by"), ("stake", "in"), ("stakes", "in"), ("participation", "in"), ("investment", "in"),
             ("acquisition", "of"), ("shares", "of"), ("shares", "in"), ("listing", "of"), ("bought",), ("acquired",)]
CURRENCY_START = {"$", "US$", "€", "£", "¥", "Rs", "Rs.", "USD", "EUR", "RMB", "CNY", "INR", "US"}
LOCAL_LEVELS = {"district", "county", "city", "municipal", "provincial", "prefectural", "town", "township",
                "village", "state", "regional"}
# passive verbs in "X, which was valued at ..." that only firms undergo
# (not "listed" or "bought": "which was listed in third place", "which was bought for $5")
FIRM_PASSIVES = {"valued", "founded", "acquired", "backed", "funded", "incorporated", "headquartered",
                 "spun", "floated", "capitalised", "capitalized"}
# firm nouns after "the <Place>" that make the capitalised word a home town ("the Brenholt company")
HOME_NOUNS = {"company", "firm", "start-up", "startup", "group", "business", "maker", "manufacturer"}
# firm nouns that relate two named firms ("Westhold parent Corvane"): the first is no modifier
RELATIONAL = {"parent", "owner", "subsidiary", "affiliate", "unit", "rival", "partner", "backer", "investor"}


# Nouns for the kind of a firm that a home town modifies before the firm's name ("Lund staffing
# agency X"); nouns that relate two firms ("supplier", "maker") are left out: "X supplier Y" may
# name X's supplier.
KIND_NOUNS = {"company", "firm", "start-up", "startup", "business", "agency", "outfit", "consultancy", "enterprise",
              "unicorn", "decacorn", "fintech", "insurtech", "edtech", "healthtech", "proptech", "biotech"}
# Trades after a home town that only a business carries on ("Tromso marine contractor X").
BUSINESS_TRADES = {"contractor", "supplier", "manufacturer", "maker", "producer", "distributor", "retailer",
                   "wholesaler", "operator", "developer", "provider", "exporter", "importer", "recycler"}
# Prefixes joined by a hyphen that turn a name into a description ("ex-Oxford", "non-X").
PREFIXES = {"ex", "non", "anti", "pro", "pre", "post", "former", "then", "would-be"}


class SpanCues:
    """Mixed into OrganisationFinder: needs self.rules, self.titles_multi, self._lowers,
    self._pcues / self._pagainst (from evidence.py) and self._cue_cache, set per document."""

    @staticmethod
    def _home_before_kind(doc: Doc, e: int) -> bool:
        """After the name: at most three lower-case words (hyphened ones too) ending in a noun for a
        firm's kind, then a capitalised name ("Lund crop-survey firm X")."""
        toks = tokens_of(doc)
        n = len(doc)
        k = e
        while k < n and k < e + 6 and (toks[k].is_lower and toks[k].is_alpha and not toks[k].is_stop
                                       and toks[k].pos_ in ("NOUN", "ADJ", "VERB") or toks[k].text == "-"):
            if toks[k].lower_ in KIND_NOUNS:
                nxt = toks[k + 1] if k + 1 < n else None
                return nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and not nxt.is_sent_start
            k += 1
        return False

    def _cues(self, doc: Doc, m: Mention) -> None:
        """Evidence around one mention: cue nouns, appositions, roles; or a context that rules it out.
        The evidence depends only on the span (and whether it is a known exchange), and the same span
        often comes from several sources, so it is worked out once per span and document."""
        key = (m.start, m.end, (m.body or {}).get("type") == "exchange")
        found = self._cue_cache.get(key)
        if found is None:
            probe = Mention(m.start, m.end, body=m.body)
            self._span_cues(doc, probe)
            self._parse_cues(doc, probe)
            found = self._cue_cache[key] = (probe.blocked, probe.cues, probe.sources, probe.against)
        blocked, cues, sources, against = found
        if blocked:
            m.blocked = True
        m.cues |= cues
        m.sources |= sources
        m.against |= against

    def _parse_cues(self, doc: Doc, m: Mention) -> None:
        """What the parse says about the word that heads the span (see orgevidence.py)."""
        if m.blocked or m.end <= m.start:
            return
        root = doc[m.start:m.end].root.i
        found = self._pcues.get(root)
        if found:
            m.cues |= found
            m.sources.add("cue")
        against = self._pagainst.get(root)
        if against:
            if "label" in against and not (found or set()) - {"outlet", "data", "party"}:
                m.blocked = True    # "the Business Services category": a ranking label
            m.against |= against

    def _span_cues(self, doc: Doc, m: Mention) -> None:
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        tok_low = lowers_of(doc)
        r = self.rules
        s, e = m.start, m.end
        n = len(doc)
        text = span_text(doc, s, e)
        before = toks[s - 1] if s > 0 else None
        after = toks[e] if e < n else None
        # blocked contexts: quoted brand names, "its X", "X-based", "in X" for a lone ORG tag
        if before is not None and after is not None and before.text in QUOTES and after.text in QUOTES:
            m.blocked = True
            return
        if after is not None and after.lower_ in {"'s", "’s"} and e + 1 < n and (
                fold(tok_text[e + 1]) in r.soft_stop or fold(tok_text[e + 1]) in r.eponym_nouns):
            m.blocked = True    # "Thomson's gazelle": an animal's name
            return
        if text.isupper() and self._hard_break(doc, s) and after is not None and after.text == "," \
                and (e + 1 < n and toks[e + 1].ent_type_ == "DATE" or self._dateline_place(doc, s, e)):
            m.blocked = True    # a dateline: "BERGEN, November 4, 2024 --", "TROMSO, Norway, May 2 --"
            return
        if dateline_credit_at(doc_text(doc), toks[s].idx, toks[e - 1].idx + len(tok_text[e - 1])):
            m.cues.add("outlet")    # "HONG KONG, May 2 (Zarnow News) --": the dateline credits the outlet the
            m.sources.add("cue")    # story comes from (its mention is left out of the spans others read, merge.py)
        if e - s == 1 and tok_low[s] in {"vice", "deputy", "senior", "executive", "acting"} and after is not None \
                and self._title_word(after.text):
            m.blocked = True    # "Vice President Jane Doe": part of a title
            return
        k = e
        while k < n and k < e + 3 and toks[k].is_lower and toks[k].is_alpha:
            k += 1
        numbered_entry = k == e and e - s > 1 and s >= 2 and tok_text[s - 1] in {".", ")"} \
            and tok_text[s - 2].isdigit() and len(tok_text[s - 2]) <= 3 and self._hard_break(doc, s - 2)
        if k < n and tok_text[k] == ":" and not numbered_entry \
                and (s == 0 or self._hard_break(doc, s) or tok_text[s - 1] in {"•", "*", "-", "·"}):
            m.blocked = True    # "• Date joined: 1/18/2017": a field label at the start of a line
            #                     (but "3. Orbly Technologies: $1.2bn" is an entry of a numbered list)
            return
        if after is not None and after.is_lower and fold(after.text) in r.place_after and m.body is None:
            m.blocked = True    # "the Ravenmoor reserve": a place
            return
        if before is not None and before.lower_ == "the" and after is not None and after.is_lower \
                and e - s <= 3 and fold(after.text) in HOME_NOUNS and m.body is None \
                and head_type(text, r) is None and not (e + 1 < n and toks[e + 1].pos_ in ("NOUN", "PROPN")):
            m.blocked = True    # "the Brenholt company said ...": a home town before the firm noun
            return
        if after is not None and after.is_lower and fold(after.text) in r.product_after:
            m.blocked = True    # "the Little Giant brand": a product, not its maker
            return
        if m.body is None and not self._is_legal(toks[e - 1]) and self._home_before_kind(doc, e):
            m.blocked = True    # "Lund staffing agency X", "Oslo AI company X": the home town of X
            return
        if s >= 2 and tok_text[s - 1] == "-" and not toks[s - 2].whitespace_ and tok_low[s - 2] in PREFIXES:
            m.blocked = True    # "ex-Oxford graduates", "non-X phones": a prefix makes it a description
            return
        if before is not None and before.lower_ in {"its", "their", "his", "her"} and m.body is None \
                and head_type(text, r) in (None, "company") and not self._is_legal(toks[e - 1]):
            m.blocked = True
            return
        if after is not None and after.text == "-" and e + 1 < n and tok_low[e + 1] in {
                "style", "like", "type", "sized", "scale"}:
            m.blocked = True    # "a Tamsin-style fund": a comparison, not a mention
            return
        if after is not None and after.text == "-" and e + 1 < n and tok_low[e + 1] in {
                "based", "headquartered", "listed", "born", "made"} and not (
                tok_low[e + 1] == "listed" and (m.body or {}).get("type") == "exchange"):
            m.blocked = True    # "Hangzhou-based": a place ("Nasdaq-listed" names the exchange)
            return
        if before is not None and before.is_lower and fold(before.text) in r.product_cues \
                and not self._valued_after(doc, e):
            m.blocked = True    # "the messaging app Chatterly": a product, not its maker (but "food-delivery
            return              # app Zelvo ($2.4bn)": a value belongs to a firm)
        if e - s == 1 and self._hard_break(doc, s) and after is not None and after.is_lower \
                and fold(after.text) in r.company_cues and e + 1 < n and tok_text[e + 1][:1].isupper() \
                and fold(after.text) not in RELATIONAL:
            m.blocked = True    # "Hotel chain X", "Tech giant X": a modifier of the cue noun
            return
        if after is not None and after.text == "-" and e + 1 < n and tok_low[e + 1] in {"backed", "funded"}:
            m.cues.add("backer")
            m.sources.add("cue")
        # "battery company X", "the Beijing company, X", "daily X"
        j = s - 1
        if j >= 0 and tok_text[j] == "," and after is not None and after.text == ",":
            j -= 1      # "the Nanjing company, Velorin, ..."
        if j >= 0:
            cue, j0, _ = self._hyphen_word(doc, j)     # "start-up" is three tokens
            if toks[j].is_lower and cue in r.company_cues \
                    and not (j0 > 0 and tok_low[j0 - 1] == "little") \
                    and not (j0 > 0 and fold(tok_text[j0 - 1] + " " + cue) in r.person_titles) \
                    and not (cue in r.person_titles and toks[s].ent_type_ == "PERSON"):
                m.cues.add(cue)
                m.sources.add("cue")
                if cue in {"agency", "authority", "body"} and j0 > 0 and tok_low[j0 - 1] in r.public_agency_words:
                    m.cues.add("regulator")     # "the state innovation agency X": a public body
        # "the caterer X", "a Leeds headhunter X": a trade that fits a person too, so only before a
        # name that is not shaped like a person's
        if s >= 2 and toks[s - 1].is_lower and tok_low[s - 1] in r.trade_nouns \
                and (tok_low[s - 2] in {"the", "a", "an"} or toks[s - 2].ent_type_ in ("GPE", "NORP")) \
                and toks[s].ent_type_ != "PERSON" and not person_shaped(text.split(), r):
            m.cues.add("trade")
            m.sources.add("cue")
        # "a kiosk business called X", "a start-up named X"
        if s >= 2 and tok_low[s - 1] in {"called", "named", "dubbed"} and (
                fold(tok_text[s - 2]) in r.company_cues or s >= 3 and fold(tok_text[s - 2]) in {",", "now"}
                and fold(tok_text[s - 3]) in r.company_cues):
            m.cues.add(fold(tok_text[s - 2]) if fold(tok_text[s - 2]) in r.company_cues else "named")
            m.sources.add("cue")
        # "China's Lanqi", "India's Ravipay": a country's own firm (a person is a family name or PERSON)
        if s >= 2 and tok_low[s - 1] in {"'s", "’s"} and r.place_kind(tok_text[s - 2]) == "country" \
                and e - s <= 3 and all(t.ent_type_ not in ("PERSON", "LOC", "NORP") and t.pos_ in ("PROPN", "NOUN")
                                       for t in toks[s:e]) and not r.place_kind(text) \
                and not any(r.place_kind(w) for w in text.split()) \
                and (e - s == 1 or any(t.ent_type_ in ("ORG", "FAC", "PRODUCT") for t in toks[s:e])) \
                and not any(t.lower_ in LOCAL_LEVELS | {"region", "province", "autonomous", "prefecture", "area"}
                            for t in toks[e:e + 3]) \
                and not (after is not None and after.pos_ in ("PROPN", "NOUN")):
            m.cues.add("homed")
            m.sources.add("cue")
        # "Berlin battery recycler X", "Danish fintech X": a home and a trade before the name
        j = s - 1
        while j >= 0 and j >= s - 3 and toks[j].is_lower and toks[j].pos_ in ("NOUN", "ADJ") and toks[j].is_alpha:
            j -= 1
        # (a trade that only a business carries on outweighs the model's PERSON tag: "Tromso
        # marine contractor X"; a person may be a "Berlin investor")
        if s - 1 > j >= 0 and tok_low[s - 1] not in r.person_titles and not self._title_word(tok_text[s - 1]) \
                and fold(tok_text[s - 1]) not in r.product_cues and re.search(r"(?:er|or|ist|ant|ech|up|ancy)$", tok_low[s - 1]) \
                and (r.place_kind(tok_text[j]) or fold(tok_text[j]) in r.nationalities
                     or toks[j].ent_type_ in ("GPE", "NORP", "LOC", "FAC")) \
                and (toks[s].ent_type_ != "PERSON" or tok_low[s - 1] in r.trade_nouns | BUSINESS_TRADES
                     and not person_shaped(text.split(), r)):
            m.cues.add("descriptor")
            m.sources.add("cue")
        # "CEO of X", "chief executive of X"
        if s >= 2 and tok_low[s - 1] in {"of", "at"} and not (after is not None and after.lower_ in {"'s", "’s"}) \
                and not all(fold(w) in r.departments for w in text.split()):
            # (but "Head of Marketing", "VP of Product Engineering": a department, not a body)
            for title in self.titles_multi:
                k = len(title)
                if s - 1 - k >= 0 and self._lowers[s - 1 - k:s - 1] == title:
                    m.cues.add("role")
                    m.sources.add("cue")
                    break
        # "Tamsin's chief executive, Jane Doe": whoever has a chief executive is an organisation
        if after is not None and after.lower_ in {"'s", "’s"} and toks[s].ent_type_ != "PERSON" \
                and not person_shaped(text.split(), r):
            k = e + 1
            while k < n and k < e + 4 and tok_low[k] in {"former", "new", "then", "rotating", "founding",
                                                          "co", "-", "acting", "deputy"}:
                k += 1
            if any([fold(x.text) for x in toks[k:k + len(tt)]] == tt for tt in self.titles_multi) \
                    and not (k < n and tok_low[k] in {"partner", "owner", "head", "chief"} and k + 1 < n
                             and tok_low[k + 1] in {"of", "in"}):
                m.cues.add("role")
                m.sources.add("cue")
        # "Warren Buffett's Berkshire Hathaway": what a person owns is a firm
        if s >= 2 and tok_low[s - 1] in {"'s", "’s"} and toks[s - 2].ent_type_ == "PERSON" \
                and toks[s].ent_type_ != "PERSON" or s >= 2 and tok_low[s - 1] in {"'s", "’s"} \
                and toks[s - 2].ent_type_ == "PERSON" and toks[s].ent_iob_ == "B" and e - s > 1:
            m.cues.add("owned")
            m.sources.add("cue")
        # "raised $5 million from X", "a round led by X", "backed by X"
        if s >= 2 and tok_low[s - 1] == "from" and any(t.ent_type_ == "MONEY" for t in toks[max(0, s - 4):s - 1]):
            m.cues.add("backer")
            m.sources.add("cue")
        if s >= 2 and tok_low[s - 1] == "by" and tok_low[s - 2] in {"led", "backed", "funded", "co-led"}:
            m.cues.add("backer")
            m.sources.add("cue")
        # "investors including X, Y and Z", "backers such as X": the list shares the cue
        lead = self._lowers[max(0, s - 3):s]
        if lead[-2:] in (["investors", "including"], ["backers", "including"], ["investors", "include"],
                         ["backers", "include"]) or lead in (["investors", "such", "as"], ["backers", "such", "as"]):
            m.cues.add("backer")
            m.sources.add("cue")
        # "database of X", "stake in X", "bought X"
        for pattern in DATA_CUES:
            k = len(pattern)
            if s - k >= 0 and self._lowers[s - k:s] == list(pattern):
                if pattern[0] in {"shares", "stake", "stakes", "listing", "acquisition"}:
                    m.cues.add("held")    # only firms have shares and stakes: firm evidence
                m.cues.add("data")
                m.sources.add("cue")
        # apposition: "X, a UK-based startup", "X (No. 41), based in ...", "X, whose founders"
        j = e
        if j < n and tok_text[j] == "(":
            close = next((k for k in range(j, min(n, j + 12)) if tok_text[k] == ")"), None)
            if close is not None:
                inner = doc[j + 1:close]
                if inner and (inner[0].text in CURRENCY_START or any(t.ent_type_ == "MONEY" for t in inner)):
                    m.cues.add("value")
                    m.sources.add("cue")
                j = close + 1
        if j + 1 < n and tok_text[j] == "," and tok_low[j + 1] in APPOSITION_STARTS:
            first = tok_low[j + 1]
            if first in {"based", "headquartered", "whose"}:
                m.cues.add("based")
                m.sources.add("cue")
            for k in range(j + 1, min(n, j + 14)):
                t = toks[k]
                if t.text in {",", ".", ";", ":", "(", ")", "—", "–"} or t.is_sent_start and k > j + 1:
                    break
                if t.lower_ in STOP_PREPS and first not in {"based", "headquartered"}:
                    break
                word, _, k_end = self._hyphen_word(doc, k)
                if t.is_lower and word in r.company_cues:
                    if k > j + 1 and fold(tok_text[k - 1]) in r.person_titles or word in r.person_titles:
                        break       # "X, a partner at ...", "X, the managing director"
                    if k_end < n and tok_low[k_end] in {"'s", "’s"}:
                        continue    # "X, the company's co-founder": the company is not X
                    if k_end < n and toks[k_end].pos_ in ("NOUN", "PROPN") and toks[k_end].is_lower:
                        continue    # "the park's giant pandas": a modifier, not the head
                    if k_end < n and toks[k_end].tag_ in ("VBZ", "VBD", "VBP", "MD"):
                        break       # "..., the firm is": a new clause, not an apposition
                    m.cues.add(word)
                    m.sources.add("cue")
                    break
                if t.is_lower and word in r.trade_nouns and k > j + 2 \
                        and not any(fold(x) in r.trade_blockers for x in tok_low[j + 2:k]) \
                        and not (k_end < n and tok_low[k_end] in {"at", "with", "for", "of"}) \
                        and not (k_end < n and toks[k_end].pos_ in ("NOUN", "PROPN") and toks[k_end].is_lower):
                    m.cues.add("trade")     # "X, a steel trader", "X, a London headhunter that ..."
                    m.sources.add("cue")
                    break
                if fold(t.text) in r.person_titles and t.is_lower:
                    break
                if t.tag_ in ("VBZ", "VBD", "VBP", "MD") and k > j + 1:
                    break       # "Nationwide, the batch covers 3,600 firms": a clause, not an apposition
        # "X co-founder and co-CEO <person>", "X CEO <person>"
        k = e
        while k < n and k < e + 8 and (fold(tok_text[k]) in r.person_titles or tok_low[k] in {
                "and", "-", "co", "former", "chief", "executive", "managing", "&"}):
            k += 1
        if k > e and k < n and toks[k].ent_type_ == "PERSON" and fold(tok_text[k - 1]) in r.person_titles:
            m.cues.add("role")
            m.sources.add("cue")
        # firm evidence that outweighs a given name ("Priya Softworks"): "Kochi-based X",
        # "X, which makes ...", "X was set up in 2019", "X founder <person>", "compiled by X"
        k = s - 1      # "Virginia-based social media X": up to three describing words between
        while k > s - 4 and k >= 0 and toks[k].is_lower and toks[k].is_alpha and tok_low[k] not in {"based", "headquartered"}:
            k -= 1
        if any(self._hard_break(doc, x) for x in range(max(k, 0) + 1, s + 1)) or k >= 2 and (
                toks[k - 2].is_sent_start or self._hard_break(doc, k - 2)) and not r.place_kind(tok_text[k - 2]):
            k = -1      # "Model-based reinforcement learning Fundamentally, ...": a heading run into the text
        if k >= 2 and tok_low[k] in {"based", "headquartered"} and tok_text[k - 1] == "-" \
                and toks[k - 1].whitespace_ == "" and not (k < s - 1 and tok_low[s - 1] in r.person_titles):
            m.cues.add("based-pre")
            m.sources.add("cue")
        j = e
        if j < n and tok_text[j] in {"(", "（"}:
            close = next((k for k in range(j, min(n, j + 12)) if tok_text[k] in {")", "）"}), None)
            j = close + 1 if close is not None else j
        if j < n and tok_text[j] == ",":
            j += 1
        if j + 1 < n and tok_low[j] in {"which", "that"} and fold(tok_text[j + 1]) in r.firm_verbs:
            m.cues.add("does")
            m.sources.add("cue")
        # "X, which was valued at $900m", "X, which has been backed by ...": what only happens to firms
        if j + 2 < n and tok_low[j] == "which" and tok_low[j + 1] in {"was", "is", "has", "had", "were"}:
            k2 = j + 2 + (1 if tok_low[j + 2] == "been" else 0)
            if k2 < n and toks[k2].tag_ == "VBN" and fold(tok_text[k2]) in FIRM_PASSIVES:
                m.cues.add("founded")
                m.sources.add("cue")
        k = e + 1 if e < n and tok_text[e] == "," else e
        if k < n and tok_low[k] in {"was", "is", "were", "has", "had", "been"}:
            k += 1
            if k < n and tok_low[k] == "been":
                k += 1
        if k + 1 < n and (tok_low[k] in {"founded", "established", "incorporated", "registered", "spun"}
                          or tok_low[k] == "set" and tok_low[k + 1] == "up") and k > e:
            m.cues.add("founded")
            m.sources.add("cue")
        if after is not None and after.is_lower and fold(after.text) in {"founder", "co-founder", "cofounder", "ceo"} \
                and e + 1 < n and toks[e + 1].ent_type_ == "PERSON" and tok_text[e + 1][:1].isupper():
            m.cues.add("staff")
            m.sources.add("cue")
        # ranking entries: "second place went to (Oslo's) X", "third to X", "X came second"
        j = s - 1
        if j >= 2 and tok_low[j] in {"'s", "’s"} and tok_text[j - 1][:1].isupper():
            j -= 2
        home = s >= 1 and tok_low[s - 1] in {"of", "in", "from"} and toks[s].ent_type_ in ("GPE", "LOC")
        # (home: "X Group of Tucson ranked 88th": the home of the ranked firm, not the entry)
        if j >= 1 and not home and tok_low[j] == "to" and not (after is not None and after.lower_ in {"'s", "’s"}) and (
                toks[j - 1].ent_type_ == "ORDINAL" or tok_low[j - 1] in {"went", "goes", "go"} and j >= 2
                and tok_low[j - 2] in {"place", "spot", "prize", "award", "title", "position", "slot"}):
            m.cues.add("ranked")
            m.sources.add("cue")
        if e + 1 < n and tok_low[e] in {"came", "finished", "placed", "ranked", "took"} and not home and (
                toks[e + 1].ent_type_ == "ORDINAL" or e + 2 < n and toks[e + 2].ent_type_ == "ORDINAL"):
            m.cues.add("ranked")
            m.sources.add("cue")
        if s >= 2 and tok_low[s - 1] == "by" and tok_low[s - 2] in {"compiled", "collected", "tracked",
                                                                           "published", "conducted", "run"}:
            m.cues.add("data")
            m.sources.add("cue")
        # "X shares rose", "X stock": only firms have shares
        if after is not None and after.lower_ in {"shares", "stock", "stocks"} and after.is_lower:
            m.cues.add("listed")
            m.sources.add("cue")
        if after is not None and after.lower_ in {"led", "co-led"} and e + 2 < n and \
                any(t.lower_ in {"round", "investment", "funding"} for t in toks[e + 1:e + 4]):
            m.cues.add("backer")
            m.sources.add("cue")
        # "KRAV found that ...": an acronym as the subject of a verb
        if e - s == 1 and text.isupper() and text.isalpha() and len(text) >= 3 and toks[s].dep_ == "nsubj":
            m.cues.add("subject")
            m.sources.add("cue")

    @staticmethod
    def _valued_after(doc: Doc, e: int) -> bool:
        """A money amount in brackets right after a span ("Zelvo ($2.4bn)")."""
        toks = tokens_of(doc)
        if e + 1 >= len(doc) or toks[e].text != "(":
            return False
        inner = toks[e + 1:min(len(doc), e + 6)]
        return inner[0].text in CURRENCY_START or any(t.ent_type_ == "MONEY" for t in inner[:2])

    @staticmethod
    def _hyphen_word(doc: Doc, i: int) -> tuple[str, int, int]:
        """The hyphenated word that token i belongs to ("start-up"), folded, with its token range."""
        toks = tokens_of(doc)
        tok_text = texts_of(doc)
        s = e = i
        while s >= 2 and tok_text[s - 1] == "-" and toks[s - 1].whitespace_ == "" and toks[s - 2].whitespace_ == "":
            s -= 2
        while e + 2 < len(doc) and tok_text[e + 1] == "-" and toks[e].whitespace_ == "" \
                and toks[e + 1].whitespace_ == "":
            e += 2
        return fold(span_text(doc, s, e + 1)), s, e + 1
