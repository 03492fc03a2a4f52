"""giants_keyphrases: 5-8 ranked, de-duplicated phrases an editor would tag the article with."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


class KeyphraseExtractor:
    def __init__(self, nlp: Language, name: str, *, top_n: int = 8):
        self.name = name
        self.top_n = top_n

    def __call__(self, doc: Doc) -> Doc:
        counts: Counter[str] = Counter()
        first: dict[str, tuple[int, int]] = {}
        for chunk in doc.noun_chunks:
            words = [t for t in chunk if not t.is_stop and not t.is_punct]
            if not words:
                continue
            phrase = doc.text[words[0].idx:words[-1].idx + len(words[-1])]
            key = phrase.lower()
            counts[key] += 1
            first.setdefault(key, (words[0].idx, words[-1].idx + len(words[-1])))
        doc._.keyphrases = [{"text": doc.text[slice(*first[k])], "span": list(first[k]), "score": float(c)}
                            for k, c in counts.most_common(self.top_n)]
        return doc


@Language.factory("giants_keyphrases", default_config={"top_n": 8})
def make_keyphrases(nlp: Language, name: str, top_n: int) -> KeyphraseExtractor:
    return KeyphraseExtractor(nlp, name, top_n=top_n)
