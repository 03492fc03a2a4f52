"""Turn an annotated Doc into the pydantic `Analysis` (the JSON contract)."""

from __future__ import annotations

from spacy.tokens import Doc

from giants.output.models import (Analysis, CategoryLabel, Figure, Keyphrase, Organization, PastCategory, Person, Place, Sector,
                     Source)

CATEGORY_ORDER = ["little_giant", "unicorn", "decacorn", "gazelle"]


def _category_rank(cat: str) -> tuple[int, str]:
    return (CATEGORY_ORDER.index(cat) if cat in CATEGORY_ORDER else len(CATEGORY_ORDER), cat)


def to_analysis(doc: Doc, path: str = "-", warnings: list[str] | None = None) -> Analysis:
    text = doc.text
    labels_by_org: dict[str, list[CategoryLabel]] = {}
    for label in doc._.category_labels or []:
        fields = {k: v for k, v in label.items() if k != "org"}
        labels_by_org.setdefault(label["org"], []).append(CategoryLabel(**fields))
    past_by_org: dict[str, list[PastCategory]] = {}
    for past in doc._.past_categories or []:
        past_by_org.setdefault(past["org"], []).append(PastCategory(**{k: v for k, v in past.items() if k != "org"}))
    orgs = []
    for org in doc._.organizations or []:
        labels = sorted(labels_by_org.get(org["name"], []), key=lambda c: _category_rank(c.category))
        orgs.append(Organization(
            name=org["name"], aliases=org.get("aliases", []), type=org.get("type", "other"),
            is_company=org.get("is_company", False), mentions=org.get("mentions", 0),
            listed=org.get("listed"), acquired=org.get("acquired"),
            parent=org.get("parent"), founded=org.get("founded"), mature=org.get("mature"),
            ranking=bool(org.get("ranking")), categories=labels,
            past_categories=past_by_org.get(org["name"], []),
        ))
    gist_spans = [tuple(s) for s in doc._.gist_spans or []]
    discussed = set(doc._.categories_discussed or [])
    discussed |= {c.category for o in orgs for c in o.categories}
    return Analysis(
        source=Source(path=path, title=doc._.title, published=doc._.published, language=doc.lang_ or "en",
                      characters=len(text)),
        gist=" ".join(text[s:e].strip() for s, e in gist_spans),
        gist_spans=gist_spans,
        categories_discussed=sorted(discussed, key=_category_rank),
        organizations=orgs,
        people=[Person(**p) for p in doc._.people or []],
        places=[Place(**p) for p in doc._.places or []],
        sectors=[Sector(**s) for s in doc._.sectors or []],
        figures=[Figure(**f) for f in doc._.figures or []],
        keyphrases=[k["text"] for k in doc._.keyphrases or []],
        keyphrase_spans=[Keyphrase(**k) for k in doc._.keyphrases or []],
        warnings=list(warnings or []) + list(doc._.giants_warnings or []),
    )
