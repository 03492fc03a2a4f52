"""People (with role and organisation) and places (with a kind), for giants_organisations.

People come from the model's PERSON entities that are not organisations; their role
and organisation from a title before the name ("CEO Jane Doe", "Acme co-founder Jane
Doe") or an apposition after it ("Jane Doe, a researcher with Acme").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from giants.organisations.names import texts_of, tokens_of, Rules, fold, head_type, person_shaped
from giants.extensions import doc_text

QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _org_at(char: int, orgs: list[dict]) -> dict | None:
    for org in orgs:
        for s, e in org["spans"]:
            if s <= char < e:
                return org
    return None


def _covered(start: int, end: int, orgs: list[dict]) -> bool:
    return any(s < end and start < e for org in orgs for s, e in org["spans"])


def find_people(doc: Doc, orgs: list[dict], rules: Rules) -> list[dict]:
    tok_text = texts_of(doc)
    titles = rules.person_titles
    people: dict[str, dict] = {}
    full_names: dict[str, str] = {}
    ents = [ent for ent in doc.ents if ent.label_ == "PERSON" or (
        ent.label_ in ("ORG", "GPE", "NORP", "FAC") and _person_like(doc, ent, rules))]
    for ent in ents:
        span = ent
        while len(span) and (span[-1].text in {"'s", "’s", "'", "’"} or span[-1].is_punct):
            span = span[:-1]
        while len(span) and (span[0].is_punct or fold(span[0].text) in titles):
            span = span[1:]
        if not len(span) or _covered(span.start_char, span.end_char, orgs):
            continue
        name = span.text.strip()
        if "\n" in name or not any(c.isalpha() for c in name) or name.isupper() or any(c.isdigit() for c in name):
            continue
        if rules.place_kind(name) or fold(name) in rules.hard_stop or fold(name) in rules.soft_stop:
            continue
        if head_type(name, rules) is not None or rules.company_word(name.split()[-1]):
            continue    # "Tamsin Gearbox": a firm's name, not a person's
        if span[0].tag_ == "VBG":
            continue    # "Promoting Specialized ...": a document title
        if re.match(r"[IVX]+\.\s", name):
            continue    # a numbered heading ("I. Background")
        if span.start > 0 and tok_text[span.start - 1] in QUOTES:
            continue    # a quoted brand or product
        if len(span) > 1:
            for tok in (span[0], span[-1]):
                full_names.setdefault(fold(tok.text), name)
        role, org = _role(doc, span, orgs, rules)
        if len(span) == 1 and not role and fold(name) not in full_names:
            continue    # a lone word the model calls a person, with nothing to back it
        key = fold(name)
        key = fold(full_names.get(key, name)) if len(span) == 1 else key
        entry = people.setdefault(key, {"name": full_names.get(fold(name), name) if len(span) == 1 else name,
                                        "role": None, "organization": None})
        if role and not entry["role"]:
            entry["role"] = role
        if org and not entry["organization"]:
            entry["organization"] = org
    return list(people.values())


def _person_like(doc: Doc, ent, rules: Rules) -> bool:
    """A name the model tagged otherwise that reads as a person's: a family name first
    ("Tang Meiling"), or a job title right before it ("Chief executive Jane Doe")."""
    words = ent.text.split()
    if person_shaped(words, rules):
        return True
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return False
    if head_type(ent.text, rules) is not None or any(rules.company_word(w) for w in words):
        return False
    if re.match(r",\s*\d{2},", doc_text(doc)[ent.end_char:ent.end_char + 6]):
        return True     # "Jane Doe, 41, said": an age
    before = doc_text(doc)[max(0, ent.start_char - 40):ent.start_char]
    return any(re.fullmatch(r"\s*", before[mt.end():]) for mt in _title_pattern(rules).finditer(before))


_TITLE_RE_CACHE: dict[int, re.Pattern] = {}


def _title_pattern(rules: Rules) -> re.Pattern:
    """One title, or several joined by "and" ("co-founder and co-CEO"), with modifiers."""
    pat = _TITLE_RE_CACHE.get(id(rules))
    if pat is None:
        titles = sorted(rules.person_titles, key=len, reverse=True)
        one = r"(?:(?:former|founding|deputy|acting|senior|executive|then|current|co-?)\s*)*(?:%s)" % "|".join(
            re.escape(t) for t in titles)
        # "Minister for Energy", "Secretary of Commerce": a portfolio after the title
        portfolio = r"(?:minister|secretary|commissioner)\s+(?:for|of)\s+(?-i:[A-Z][\w&-]*)" \
                    r"(?:\s+(?:and\s+)?(?-i:[A-Z][\w&-]*))*"
        one = r"(?:%s|%s)" % (portfolio, one)
        pat = re.compile(r"(?i)(?<![\w-])(%s(?:\s*(?:and|&|,)\s*%s)*)" % (one, one))
        _TITLE_RE_CACHE[id(rules)] = pat
    return pat


def _role(doc: Doc, span, orgs: list[dict], rules: Rules) -> tuple[str | None, str | None]:
    toks = tokens_of(doc)
    text = doc_text(doc)
    pat = _title_pattern(rules)
    role, org = None, None
    # a title right before the name: "President Xi Jinping", "Acme co-founder and co-CEO Jane Doe"
    window_start = max(0, span.start_char - 80)
    before = text[window_start:span.start_char]
    best = None
    for mt in pat.finditer(before):
        if re.fullmatch(r"\s*,?\s*", before[mt.end():]):
            best = mt       # "CEO Jane Doe", "Tamsin's chief executive, Jane Doe"
    if best is not None and "\n" not in best.group(1):
        role = best.group(1).strip()
        lead = before[:best.start()].rstrip()
        # "Huawei's rotating chairman": up to two describing words after the possessive
        lead = re.sub(r"(['’]s)(\s+[a-z][\w-]*){1,2}$", r"\1", lead)
        if lead.endswith(("'s", "’s")):
            lead = lead[:-2]
        if lead:
            owner = _org_at(window_start + len(lead) - 1, orgs)
            if owner:
                org = owner["name"]
    # "Professor Jane Doe of Acme"
    if role and not org:
        mt = re.match(r"\s+(?:of|at|from|with)\s+(?:the\s+)?", text[span.end_char:span.end_char + 20])
        if mt:
            owner = _org_at(span.end_char + mt.end(), orgs)
            if owner:
                org = owner["name"]
    # an apposition after the name: "Jane Doe, a researcher with Acme", "Jane Doe, chief executive of Acme"
    after = text[span.end_char:span.end_char + 160]
    m = re.match(r",\s*(?:(?:a|an|the)\s+)?([^,.;()\n]{1,80}?)\s+(of|at|with|for|from|in)\s+([^.;\n]{1,100})", after)
    m2 = re.match(r",\s*(?:(?:a|an|the)\s+)?([^,.;()\n]{1,60}?)\s*[,.;]", after)
    for mt in (m, m2):
        if mt is None or role and org:
            continue
        phrase = mt.group(1).strip()
        if not pat.search(phrase) or len(phrase.split()) > 10:
            continue
        poss = re.match(r"(.+?)['’]s\s+(.+)$", phrase)
        if poss and not role:
            # "Hengyuan's chairwoman and founder": the possessor is the organisation
            owner = _org_at(span.end_char + mt.start(1), orgs)
            if owner is None and poss.group(1).lower() not in {"the company", "the firm", "the group"}:
                owner = next((o for o in orgs if poss.group(1) in [o["name"], *o["aliases"]]), None)
            if owner:
                org = owner["name"]
            phrase = poss.group(2)
        role = role or phrase
        if mt is m:
            rest_start = span.end_char + mt.start(3)
            for t in doc.char_span(rest_start, min(len(text), rest_start + len(mt.group(3))),
                                   alignment_mode="expand") or []:
                owner = _org_at(t.idx, orgs)
                if owner:
                    org = org or owner["name"]
                    break
        break
    # "Acme, founded by Jane Doe"
    if not role:
        mt = re.search(r"(?:co-)?founded(?:\s+in\s+\d{4})?\s+by\s+$", before)
        if mt:
            role = "founder"
            lead = before[:mt.start()].rstrip(" ,")
            owner = _org_at(window_start + len(lead) - 1, orgs) if lead else None
            if owner:
                org = owner["name"]
    # "Jane Doe, who founded Acme in 2012", "Jane Doe founded Acme"
    if not role:
        mt = re.match(r",\s+who\s+(?:co-)?founded\s+", after)
        if mt:
            role = "founder"
            owner = _org_at(span.end_char + mt.end(), orgs)
            if owner:
                org = owner["name"]
    if not role:
        for t in toks[span.end:min(len(doc), span.end + 2)]:
            if t.lower_ in {"founded", "co-founded", "cofounded", "established"}:
                role = "founder"
                nxt = t.i + 1
                if nxt < len(doc):
                    owner = _org_at(toks[nxt].idx, orgs)
                    if owner:
                        org = owner["name"]
                break
    if role:
        # "Chief Executive" -> "chief executive"; acronyms stay ("CEO")
        role = " ".join(w if w.isupper() or not w[:1].isupper() else w.lower() for w in role.split())
    return role, org


def _dateline(doc: Doc, span) -> bool:
    """An all-caps place that opens a line before a comma: a news dateline names a city."""
    text = doc_text(doc)
    return span.text.isupper() and not text[text.rfind("\n", 0, span.start_char) + 1:span.start_char].strip() \
        and text[span.end_char:span.end_char + 1] == ","


def find_places(doc: Doc, orgs: list[dict], rules: Rules) -> list[dict]:
    places: dict[str, dict] = {}
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        span = ent
        while len(span) and (span[-1].text in {"'s", "’s", "'", "’"} or span[-1].is_punct):
            span = span[:-1]
        while len(span) and span[0].lower_ == "the":
            span = span[1:]
        if not len(span) or _covered(span.start_char, span.end_char, orgs):
            continue
        name = span.text.strip()
        if "\n" in name or not any(c.isalpha() for c in name) or fold(name) in rules.hard_stop - {
                "us", "uk", "usa", "eu", "uae", "nyc", "hk", "prc"}:
            continue
        if not name[:1].isupper() or fold(name) in rules.soft_stop or re.fullmatch(r"(FY|Q[1-4])\s?\d+", name):
            continue
        if re.match(r"-(?:style|like|type)\b", doc_text(doc)[span.end_char:span.end_char + 7]):
            continue    # "a Tamsin-style rival": a comparison, not a place
        kind = rules.place_kind(name) or rules.place_kind(name.title()) or (
            "city" if _dateline(doc, span) else "other")
        places.setdefault(fold(name), {"name": name, "kind": kind})
    # known places the model missed or mislabelled ("Amersfoort" as ORG)
    for ent in doc.ents:
        if ent.label_ in ("ORG", "PERSON", "FAC", "NORP") and rules.place_kind(ent.text) \
                and not _covered(ent.start_char, ent.end_char, orgs):
            name = ent.text.strip()
            places.setdefault(fold(name), {"name": name, "kind": rules.place_kind(name)})
    return list(places.values())
