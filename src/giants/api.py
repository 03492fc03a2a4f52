"""The library API: analyse text, one article or a stream of them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language

from .build import to_analysis
from .models import Analysis
from .pipeline import load_pipeline as _load, resolve_model


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, taxonomy: str | None = None) -> Language:
    """The pipeline for `model` and `taxonomy`, loaded once per process."""
    return _load(resolve_model(model), taxonomy or None)


def analyze_text(text: str, *, path: str = "-", model: str | None = None, taxonomy: str | None = None) -> Analysis:
    """Analyse one article's text."""
    nlp = load_pipeline(model, taxonomy)
    return to_analysis(nlp(text), path=path)


def analyze_texts(texts: Iterable[str], *, model: str | None = None, taxonomy: str | None = None,
                  workers: int = 1, batch_size: int = 16) -> Iterator[Analysis]:
    """Analyse many texts lazily, in input order; `workers` > 1 uses spaCy's multiprocessing."""
    nlp = load_pipeline(model, taxonomy)
    for doc in nlp.pipe(texts, n_process=workers, batch_size=batch_size):
        yield to_analysis(doc)
