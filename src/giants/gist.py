"""giants_gist: two or three sentences from the article that carry its main point."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


class GistPicker:
    def __init__(self, nlp: Language, name: str, *, sentences: int = 3):
        self.name = name
        self.sentences = sentences

    def __call__(self, doc: Doc) -> Doc:
        title_end = len(doc._.title) if doc._.title else 0
        spans = [[s.start_char, s.end_char] for s in doc.sents if s.start_char >= title_end and s.text.strip()]
        doc._.gist_spans = spans[: self.sentences]
        return doc


@Language.factory("giants_gist", default_config={"sentences": 3})
def make_gist(nlp: Language, name: str, sentences: int) -> GistPicker:
    return GistPicker(nlp, name, sentences=sentences)
