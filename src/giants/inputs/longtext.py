"""Long texts: cut them into pieces, analyse each piece on its own, merge the results.

Parsing a whole long text at once holds the parser's and our components' working
data for every token together (gigabytes for a few megabytes of text). Analysing
piece by piece keeps the peak at what one piece needs; the merged `Analysis`
describes the whole text, with every offset counted from the start of the whole
text (pieces are exact slices, so `text[span]` still gives the evidence).

What a merge cannot see: a sentence cut by a piece boundary, and a "the company"
whose antecedent sits in the previous piece. Pieces are cut at paragraph breaks
where possible, so both are rare.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from giants.output.build import _category_rank
from giants.annotators.keyphrases import stem
from giants.output.models import Analysis, Figure, Keyphrase, Organization, Person, Place, Sector, Source

# Sectors a merged result keeps (the sectors component reports at most about this many).
MAX_SECTORS = 7
MAX_KEYPHRASES = 8


def split_text(text: str, size: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering `text` exactly, each piece at most `size` characters,
    cut at a paragraph break, else a line break, else a space, where possible. Lazily: only
    the piece being analysed is copied out of the text."""
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n\n", start, start + size)
        if cut <= start:
            cut = text.rfind("\n", start, start + size)
        if cut <= start:
            cut = text.rfind(" ", start, start + size)
        cut = start + size if cut <= start else cut + 1
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _shift(span, offset: int) -> tuple[int, int]:
    return (span[0] + offset, span[1] + offset)


_FIGURE_FIELDS = frozenset(Figure.model_fields)
_REPEATED = ("kind", "qualifier", "unit", "usd_source", "rate_date", "about", "subject")


def _shift_figure(figure: Figure, offset: int) -> Figure:
    """The figure with its span moved by `offset`, kept small: a long text can hold a
    hundred thousand figures. The values were validated when the piece's figure was
    made, so the copy is constructed without validation; it shares one set of field
    names with every other, and its repeated words (kind, unit, about...) are interned."""
    values = dict(figure.__dict__)
    values["span"] = (figure.span[0] + offset, figure.span[1] + offset)
    for key in _REPEATED:
        if isinstance(values.get(key), str):
            values[key] = sys.intern(values[key])
    return Figure.model_construct(_fields_set=_FIGURE_FIELDS, **values)


class Merger:
    """Absorbs the Analysis of each piece, in text order, into one Analysis of the whole."""

    def __init__(self, path: str, characters: int):
        self.path = path
        self.characters = characters
        self.first: Analysis | None = None
        self.orgs: list[Organization] = []
        self._org_by_form: dict[str, Organization] = {}
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.sectors: dict[str, tuple[Sector, float]] = {}   # id -> (sector, summed evidence)
        self.figures: list[Figure] = []
        self.keyphrases: dict[str, list] = {}                # lower-case text -> [Keyphrase, summed score]
        self.discussed: set[str] = set()
        self.warnings: list[str] = []

    def add(self, part: Analysis, offset: int) -> None:
        if self.first is None:
            self.first = part
        self.discussed.update(part.categories_discussed)
        for warning in part.warnings:
            if warning not in self.warnings:
                self.warnings.append(warning)
        for org in part.organizations:
            self._add_org(org, offset)
        for person in part.people:
            known = self.people.get(person.name)
            if known is None:
                self.people[person.name] = person
            else:
                known.role = known.role or person.role
                known.organization = known.organization or person.organization
        for place in part.places:
            self.places.setdefault(place.name, place)
        for sector in part.sectors:
            self._add_sector(sector)
        self.figures.extend(_shift_figure(f, offset) for f in part.figures)
        for kp in part.keyphrase_spans:
            key = kp.text.lower()
            if key in self.keyphrases:
                self.keyphrases[key][1] += kp.score
            else:
                self.keyphrases[key] = [Keyphrase(text=kp.text, span=_shift(kp.span, offset), score=kp.score),
                                        kp.score]

    def _add_org(self, org: Organization, offset: int) -> None:
        labels = [c.model_copy(update={
            "span": _shift(c.span, offset),
            "figure": _shift_figure(c.figure, offset) if c.figure is not None else None,
        }) for c in org.categories]
        forms = [org.name, *org.aliases]
        known = next((self._org_by_form[f.lower()] for f in forms if f.lower() in self._org_by_form), None)
        if known is None:
            known = org.model_copy(update={"categories": [], "aliases": list(org.aliases)})
            self.orgs.append(known)
        else:
            known.mentions += org.mentions
            for form in forms:
                if form != known.name and form not in known.aliases:
                    known.aliases.append(form)
            if known.type == "other" and org.type != "other":
                known.type = org.type
            known.is_company = known.is_company or org.is_company
        for form in forms:
            self._org_by_form.setdefault(form.lower(), known)
        for label in labels:
            same = next((i for i, c in enumerate(known.categories) if c.category == label.category), None)
            if same is None:
                known.categories.append(label)
            elif label.confidence > known.categories[same].confidence:
                known.categories[same] = label
        known.categories.sort(key=lambda c: _category_rank(c.category))

    def _add_sector(self, sector: Sector) -> None:
        import math

        # the component's score is 1 - exp(-evidence / 4); evidence adds up across pieces
        evidence = -4 * math.log(max(1e-9, 1 - min(sector.score, 0.999999)))
        known = self.sectors.get(sector.id)
        if known is None:
            self.sectors[sector.id] = (sector.model_copy(update={"terms": list(sector.terms)}), evidence)
            return
        merged, total = known
        for term in sector.terms:
            if term not in merged.terms:
                merged.terms.append(term)
        self.sectors[sector.id] = (merged, total + evidence)

    def result(self) -> Analysis:
        import math

        first = self.first or Analysis(source=Source(path=self.path))
        sectors = []
        for sector, total in self.sectors.values():
            sectors.append(sector.model_copy(update={"score": round(1 - math.exp(-total / 4), 3)}))
        sectors.sort(key=lambda s: -s.score)
        keyphrases = self._top_keyphrases()
        discussed = self.discussed | {c.category for o in self.orgs for c in o.categories}
        return Analysis(
            source=first.source.model_copy(update={"path": self.path, "characters": self.characters}),
            gist=first.gist,
            gist_spans=list(first.gist_spans),
            categories_discussed=sorted(discussed, key=_category_rank),
            organizations=self.orgs,
            people=list(self.people.values()),
            places=list(self.places.values()),
            sectors=sectors[:MAX_SECTORS],
            figures=self.figures,
            keyphrases=[k.text for k in keyphrases],
            keyphrase_spans=keyphrases,
            warnings=self.warnings,
        )

    def _top_keyphrases(self) -> list[Keyphrase]:
        """The phrases with the most weight over all pieces; a phrase whose word stems are
        those of a chosen one, or part of them, is a near-duplicate and left out."""
        ranked = sorted(self.keyphrases.values(), key=lambda item: (-item[1], item[0].span[0]))
        chosen: list[tuple[Keyphrase, frozenset[str]]] = []
        for kp, total in ranked:
            stems = frozenset(stem(w) for w in kp.text.split())
            if any(stems <= s or s <= stems for _, s in chosen):
                continue
            chosen.append((kp.model_copy(update={"score": round(total, 3)}), stems))
            if len(chosen) >= MAX_KEYPHRASES:
                break
        return [kp for kp, _ in chosen]
