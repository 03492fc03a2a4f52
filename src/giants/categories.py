"""giants_categories: which organisations are little giants, unicorns, decacorns or gazelles, and why."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


class CategoryTagger:
    def __init__(self, nlp: Language, name: str, *, taxonomy: str = ""):
        self.name = name
        self.taxonomy = taxonomy

    def __call__(self, doc: Doc) -> Doc:
        doc._.category_labels = []
        doc._.categories_discussed = []
        return doc


@Language.factory("giants_categories", default_config={"taxonomy": ""})
def make_categories(nlp: Language, name: str, taxonomy: str) -> CategoryTagger:
    return CategoryTagger(nlp, name, taxonomy=taxonomy)
