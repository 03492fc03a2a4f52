"""The library API: analyse one article, or stream many through one loaded pipeline.

    >>> import giants
    >>> result = giants.analyze_text("Acme, a national 'little giant' firm, ...")
    >>> for analysis in giants.analyze_texts(texts, workers=2): ...

The CLI is built on `analyze_articles`, which also carries per-input errors and
warnings through in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .build import to_analysis
from .inputs import Article
from .models import Analysis, Source
from .pipeline import COMPONENTS, load_pipeline as _load, resolve_model

# Texts longer than the pipeline's max_length are parsed in pieces of about this size.
CHUNK_CHARS = 100_000


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, taxonomy: str | None = None, bodies: str | None = None,
                  rates: str | None = None) -> Language:
    """The pipeline for these settings, loaded once per process (see giants.pipeline.load_pipeline)."""
    return _load(resolve_model(model), taxonomy or None, bodies or None, rates or None)


def analyze_text(text: str, *, path: str = "-", model: str | None = None, taxonomy: str | None = None,
                 as_of: str | None = None) -> Analysis:
    """Analyse one article's text. `as_of` (YYYY-MM-DD): the date to convert money at when
    the text states no publication date of its own."""
    return next(analyze_articles([Article(path, text=text)], model=model, taxonomy=taxonomy, as_of=as_of))


def analyze_texts(texts: Iterable[str], *, model: str | None = None, taxonomy: str | None = None,
                  workers: int = 1, batch_size: int = 16, as_of: str | None = None) -> Iterator[Analysis]:
    """Analyse many texts lazily, in input order; `workers` > 1 uses spaCy's multiprocessing."""
    articles = (Article("-", text=t) for t in texts)
    return analyze_articles(articles, model=model, taxonomy=taxonomy, workers=workers, batch_size=batch_size,
                            as_of=as_of)


def error_record(article: Article) -> Analysis:
    return Analysis(source=Source(path=article.path, characters=0), warnings=list(article.warnings),
                    error=article.error)


def _split(text: str, size: int) -> list[str]:
    """Cut text into pieces of at most `size` characters, at paragraph or line breaks where possible."""
    pieces, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n\n", start, start + size)
        if cut <= start:
            cut = text.rfind("\n", start, start + size)
        if cut <= start:
            cut = text.rfind(" ", start, start + size)
        cut = start + size if cut <= start else cut + 1
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _dates(article: Article, as_of: str | None) -> tuple[str | None, str | None]:
    """(the page's own publication date, the caller's as-of date) to preset on the Doc."""
    return (article.meta or {}).get("published"), as_of


def _with_dates(doc: Doc, dates: tuple[str | None, str | None]) -> Doc:
    doc._.published, doc._.as_of = dates
    return doc


def _parse_long(nlp: Language, text: str, dates: tuple[str | None, str | None] = (None, None)) -> Doc:
    """Run the trained components on pieces, join them into one Doc, then run ours on the whole."""
    ours = [name for name in COMPONENTS if name in nlp.pipe_names]
    with nlp.select_pipes(disable=ours):
        parts = list(nlp.pipe(_split(text, min(CHUNK_CHARS, nlp.max_length))))
    doc = _with_dates(Doc.from_docs(parts, ensure_whitespace=False), dates)
    for name in ours:
        doc = nlp.get_pipe(name)(doc)
    return doc


def _finish(doc: Doc, article: Article) -> Analysis:
    analysis = to_analysis(doc, path=article.path, warnings=article.warnings)
    meta = article.meta or {}
    if meta.get("title"):
        analysis.source.title = meta["title"]
    if meta.get("published"):
        analysis.source.published = meta["published"]
    if meta.get("site"):
        analysis.source.site = meta["site"]
    return analysis


def analyze_articles(articles: Iterable[Article], *, model: str | None = None, taxonomy: str | None = None,
                     workers: int = 1, batch_size: int = 16, nlp: Language | None = None,
                     as_of: str | None = None) -> Iterator[Analysis]:
    """One Analysis per article, in input order. Articles with an error give an error record;
    texts longer than the model's max_length are analysed in chunks, with a warning.

    Money is converted to US$ at each article's own date: the date its text or page states,
    else `as_of` (YYYY-MM-DD), else the latest shipped rates (with a warning)."""
    nlp = nlp or load_pipeline(model, taxonomy)

    def feed() -> Iterator[tuple[str | Doc, Article]]:
        for article in articles:
            if article.error is None and article.text is not None and len(article.text) > nlp.max_length:
                # Parsed on its own below; an empty placeholder keeps its place in the stream.
                article.warnings.append(
                    f"text of {len(article.text):,} characters exceeds the model's max_length "
                    f"({nlp.max_length:,}); analysed in chunks")
                yield "", article
            elif article.error is not None or article.text is None:
                yield "", article
            else:
                dates = _dates(article, as_of)
                # dates ride on the Doc (its user data survives spaCy's worker processes)
                yield (_with_dates(nlp.make_doc(article.text), dates) if any(dates) else article.text), article

    stream = nlp.pipe(feed(), as_tuples=True, n_process=max(1, workers), batch_size=batch_size)
    for doc, article in stream:
        if article.error is not None or article.text is None:
            yield error_record(article)
        elif len(article.text) > nlp.max_length:
            yield _finish(_parse_long(nlp, article.text, _dates(article, as_of)), article)
        else:
            yield _finish(doc, article)
