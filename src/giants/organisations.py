"""giants_organisations: organisations (one entry each, with aliases and type), people, places."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


class OrganisationFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        orgs: dict[str, dict] = {}
        people: dict[str, dict] = {}
        places: dict[str, dict] = {}
        for ent in doc.ents:
            text = ent.text.strip()
            if ent.label_ == "ORG":
                org = orgs.setdefault(text, {"name": text, "aliases": [], "type": "company", "is_company": True,
                                             "mentions": 0, "mention_spans": []})
                org["mentions"] += 1
                org["mention_spans"].append([ent.start_char, ent.end_char])
            elif ent.label_ == "PERSON":
                people.setdefault(text, {"name": text, "role": None, "organization": None})
            elif ent.label_ in ("GPE", "LOC"):
                places.setdefault(text, {"name": text, "kind": "other"})
        doc._.organizations = list(orgs.values())
        doc._.people = list(people.values())
        doc._.places = list(places.values())
        return doc


@Language.factory("giants_organisations")
def make_organisations(nlp: Language, name: str) -> OrganisationFinder:
    return OrganisationFinder(nlp, name)
