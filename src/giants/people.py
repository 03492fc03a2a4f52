"""People (with role and organisation) and places (with a kind), for giants_organisations.

People come from the model's PERSON entities that are not organisations; their role
and organisation from a title before the name ("CEO Jane Doe", "Acme co-founder Jane
Doe") or an apposition after it ("Jane Doe, a researcher with Acme").
"""

from __future__ import annotations

from spacy.tokens import Doc

from .orgnames import Rules, fold

APPOSITION_PREPS = {"of", "at", "with", "for", "in"}


def _org_at(char: int, orgs: list[dict]) -> dict | None:
    for org in orgs:
        for s, e in org["spans"]:
            if s <= char < e:
                return org
    return None


def _covered(start: int, end: int, orgs: list[dict]) -> bool:
    return any(s < end and start < e for org in orgs for s, e in org["spans"])


def find_people(doc: Doc, orgs: list[dict], rules: Rules) -> list[dict]:
    titles = rules.person_titles
    people: dict[str, dict] = {}
    full_names: dict[str, str] = {}
    ents = [ent for ent in doc.ents if ent.label_ == "PERSON"]
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
        if len(span) > 1:
            for tok in (span[0], span[-1]):
                full_names.setdefault(fold(tok.text), name)
        role, org = _role(doc, span, orgs, rules)
        key = fold(name)
        key = fold(full_names.get(key, name)) if len(span) == 1 else key
        entry = people.setdefault(key, {"name": full_names.get(fold(name), name) if len(span) == 1 else name,
                                        "role": None, "organization": None})
        if role and not entry["role"]:
            entry["role"] = role
        if org and not entry["organization"]:
            entry["organization"] = org
    return list(people.values())


def _title_before(doc: Doc, start: int, rules: Rules) -> tuple[str | None, int]:
    """The title right before a name: "CEO", "co-founder and co-CEO", "President"."""
    k = start
    while k > 0 and k > start - 7:
        t = doc[k - 1]
        if fold(t.text) in rules.person_titles or (t.lower_ in {"and", "former", "chief", "executive", "senior",
                                                                  "deputy", "vice", "managing", "general"}
                                                     and k - 1 > 0):
            k -= 1
            continue
        break
    while k < start and doc[k].lower_ in {"and", "former"}:
        k += 1
    if k < start and any(fold(t.text) in rules.person_titles for t in doc[k:start]):
        return doc[k:start].text, k
    return None, start


def _role(doc: Doc, span, orgs: list[dict], rules: Rules) -> tuple[str | None, str | None]:
    role, org = None, None
    title, k = _title_before(doc, span.start, rules)
    if title:
        role = title
        if k > 0:
            prev = doc[k - 1]
            owner = _org_at(prev.idx, orgs)
            if owner is None and prev.text in {"'s", "’s"} and k > 1:
                owner = _org_at(doc[k - 2].idx, orgs)
            if owner:
                org = owner["name"]
    # "Name, a researcher with Org", "Name, chief executive of Org"
    j = span.end
    if j < len(doc) and doc[j].text == ",":
        j += 1
        if j < len(doc) and doc[j].lower_ in {"a", "an", "the"}:
            j += 1
        start = j
        stop = None
        while j < len(doc) and j < start + 10:
            t = doc[j]
            if t.lower_ in APPOSITION_PREPS or t.text in {",", ".", ";", "(", ")"} or t.text == "\n":
                stop = j
                break
            j += 1
        if stop is not None and stop > start:
            words = doc[start:stop]
            if any(fold(t.text) in rules.person_titles for t in words) and not role:
                role = words.text
            if doc[stop].lower_ in APPOSITION_PREPS and role:
                # first organisation mentioned in the rest of the clause
                for t in doc[stop + 1:min(len(doc), stop + 16)]:
                    if t.text in {".", ";"} or t.is_sent_start:
                        break
                    owner = _org_at(t.idx, orgs)
                    if owner:
                        org = org or owner["name"]
                        break
        # "Name, Managing Partner ... at Org": an organisation anywhere in the apposition
        if role and not org:
            for t in doc[start:min(len(doc), start + 16)]:
                if t.text in {".", ";"}:
                    break
                owner = _org_at(t.idx, orgs)
                if owner:
                    org = owner["name"]
                    break
    # "Name founded Org"
    if not role:
        for t in doc[span.end:min(len(doc), span.end + 2)]:
            if t.lemma_ in {"found", "co-found", "cofound"} and t.tag_ in ("VBD", "VBN", "VBZ"):
                role = "founder"
                nxt = t.i + 1
                if nxt < len(doc):
                    owner = _org_at(doc[nxt].idx, orgs)
                    if owner:
                        org = owner["name"]
                break
    if role:
        role = role.strip(" ,")
        if role[:1].isupper() and not role.isupper() and role.split()[0].lower() in rules.person_titles | {
                "chief", "founder", "president", "director"}:
            role = role[0].lower() + role[1:] if not role.split()[0].isupper() else role
    return role, org


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
        if not name[:1].isupper():
            continue
        kind = rules.place_kind(name) or "other"
        places.setdefault(fold(name), {"name": name, "kind": kind})
    # known places the model missed or mislabelled ("Amersfoort" as ORG)
    for ent in doc.ents:
        if ent.label_ in ("ORG", "PERSON", "FAC", "NORP") and rules.place_kind(ent.text) \
                and not _covered(ent.start_char, ent.end_char, orgs):
            name = ent.text.strip()
            places.setdefault(fold(name), {"name": name, "kind": rules.place_kind(name)})
    return list(places.values())
