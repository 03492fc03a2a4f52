"""giants_figures: money, percentages and counts, normalised and tied to what they measure."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


class FigureFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        figures = []
        for ent in doc.ents:
            if ent.label_ in ("MONEY", "PERCENT"):
                figures.append({"text": ent.text, "span": [ent.start_char, ent.end_char], "kind": "other",
                                "unit": "%" if ent.label_ == "PERCENT" else None})
        doc._.figures = figures
        return doc


@Language.factory("giants_figures")
def make_figures(nlp: Language, name: str) -> FigureFinder:
    return FigureFinder(nlp, name)
