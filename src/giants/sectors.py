"""giants_sectors: the industries an article discusses, ranked, from the sector taxonomy."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


class SectorRanker:
    def __init__(self, nlp: Language, name: str, *, taxonomy: str = ""):
        self.name = name
        self.taxonomy = taxonomy

    def __call__(self, doc: Doc) -> Doc:
        doc._.sectors = []
        return doc


@Language.factory("giants_sectors", default_config={"taxonomy": ""})
def make_sectors(nlp: Language, name: str, taxonomy: str) -> SectorRanker:
    return SectorRanker(nlp, name, taxonomy=taxonomy)
