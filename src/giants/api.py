"""The library API: analyse one article, or stream many through one loaded pipeline.

    >>> import giants
    >>> result = giants.analyze_text("Acme, a national 'little giant' firm, ...")
    >>> for analysis in giants.analyze_texts(texts, workers=2): ...

The CLI is built on `analyze_articles`, which also carries per-input errors and
warnings through in input order.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from giants.output.build import to_analysis
from giants.inputs.reader import Article
from giants.inputs.longtext import Merger, split_text
from giants.inputs.readahead import ReadAhead
from giants.output.models import Analysis, Source
from giants.run.pipeline import load_pipeline as _load, resolve_model

# Texts longer than this are analysed piece by piece (see giants.inputs.longtext): memory then
# grows with the piece, not with the text. A piece this size parses in about a quarter
# of a GiB; news articles are far shorter and are analysed whole.
CHUNK_CHARS = 50_000
_SURROGATE = re.compile("[\ud800-\udfff]")
# Articles read ahead of the analysis, per text in a batch.
READ_AHEAD = 2

@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, taxonomy: str | None = None, bodies: str | None = None,
                  rates: str | None = None) -> Language:
    """The pipeline for these settings, loaded once per process (see giants.run.pipeline.load_pipeline)."""
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


def _zone(nlp: Language):
    """spaCy's memory zone: strings and lexemes a batch adds to the vocabulary are freed after
    it, so a long run's memory does not grow with every new word it meets. Docs made inside
    must not be used after it; everything we keep is converted to plain data first."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()


def _dates(article: Article) -> tuple[str | None, str | None]:
    """(the page's own publication date, the caller's as-of date) to preset on the Doc."""
    return (article.meta or {}).get("published"), article.as_of


def _with_dates(doc: Doc, dates: tuple[str | None, str | None]) -> Doc:
    doc._.published, doc._.as_of = dates
    return doc


def _doc(nlp: Language, text: str, article: Article) -> str | Doc:
    """The text to analyse, as a Doc carrying the article's dates when it has any (they ride
    on the Doc's user data, so the figures component converts money at that date)."""
    dates = _dates(article)
    return _with_dates(nlp.make_doc(text), dates) if any(dates) else text


def _failed(article: Article, exc: BaseException) -> Analysis:
    article.error = f"analysis failed: {type(exc).__name__}: {exc}".strip()
    return error_record(article)


def _finish(doc: Doc, article: Article) -> Analysis:
    analysis = to_analysis(doc, path=article.path, warnings=article.warnings)
    return _with_meta(analysis, article)


def _with_meta(analysis: Analysis, article: Article) -> Analysis:
    meta = article.meta or {}
    if meta.get("title"):
        analysis.source.title = meta["title"]
    if meta.get("published"):
        analysis.source.published = meta["published"]
    if meta.get("site"):
        analysis.source.site = meta["site"]
    return analysis


def analyze_long(nlp: Language, article: Article, chunk_chars: int = CHUNK_CHARS) -> Analysis:
    """One Analysis of a long text, made piece by piece; each piece is parsed, analysed and
    turned into plain data inside its own memory zone before the next one is read."""
    text = article.text or ""
    merger = Merger(article.path, len(text))
    pieces = 0
    for offset, piece in split_text(text, chunk_chars):
        with _zone(nlp):
            merger.add(to_analysis(nlp(piece), path=article.path), offset)
        pieces += 1
        del piece
    analysis = merger.result()
    analysis.warnings = list(article.warnings) + [
        f"long text ({len(text):,} characters) analysed in {pieces} pieces of up to "
        f"{chunk_chars:,} characters and the results merged"] + analysis.warnings
    return _with_meta(analysis, article)


def chunk_size(nlp: Language) -> int:
    """Texts longer than this are analysed piece by piece, in pieces this long."""
    return max(1000, min(CHUNK_CHARS, nlp.max_length))


def analyze_batch(nlp: Language, batch: list[Article], chunk_chars: int | None = None) -> list[Analysis]:
    """The analyses of a batch of read articles, in order. A failure while analysing one
    article becomes that article's error record; the others are analysed all the same."""
    chunk_chars = chunk_chars or chunk_size(nlp)
    for article in batch:
        if article.text is not None and _SURROGATE.search(article.text):
            # lone surrogates (from a library caller) cannot be encoded: one U+FFFD each keeps offsets
            article.text = _SURROGATE.sub("\ufffd", article.text)
            article.warnings.append("lone surrogate characters replaced with U+FFFD")
    out: list[Analysis | None] = [None] * len(batch)
    short = [(i, a) for i, a in enumerate(batch)
             if a.error is None and a.text is not None and len(a.text) <= chunk_chars]
    if short:
        try:
            with _zone(nlp):
                for (i, article), doc in zip(short, nlp.pipe([_doc(nlp, a.text, a) for _, a in short])):
                    out[i] = _finish(doc, article)
        except BrokenPipeError:  # our output is gone: the run is over, not this batch
            raise
        except Exception:  # noqa: BLE001 - find the one text that fails, one at a time
            for i, article in short:
                if out[i] is None:
                    try:
                        with _zone(nlp):
                            out[i] = _finish(nlp(_doc(nlp, article.text, article)), article)
                    except BrokenPipeError:
                        raise
                    except Exception as exc:  # noqa: BLE001
                        out[i] = _failed(article, exc)
    for i, article in enumerate(batch):
        if out[i] is not None:
            continue
        if article.error is not None or article.text is None:
            out[i] = error_record(article)
            continue
        try:
            out[i] = analyze_long(nlp, article, chunk_chars)
        except BrokenPipeError:
            raise
        except Exception as exc:  # noqa: BLE001
            out[i] = _failed(article, exc)
    return out  # type: ignore[return-value]


def analyze_articles(articles: Iterable[Article], *, model: str | None = None, taxonomy: str | None = None,
                     workers: int = 1, batch_size: int = 16, nlp: Language | None = None,
                     as_of: str | None = None) -> Iterator[Analysis]:
    """One Analysis per article, in input order. Articles with an error give an error record;
    texts longer than CHUNK_CHARS are analysed piece by piece, with a warning.

    Money is converted to US$ at each article's own date: the date its text or page states,
    else `as_of` (YYYY-MM-DD), else the latest shipped rates (with a warning).

    The articles are read (files opened, URLs fetched) on a thread of their own, ahead of
    the analysis, and each batch is made of the articles already read: a slow input never
    holds back the records of the inputs before it.
    """
    nlp = nlp or load_pipeline(model, taxonomy)
    if as_of:
        articles = _dated(articles, as_of)
    if workers > 1:
        from giants.run.parallel import analyze_parallel

        yield from analyze_parallel(nlp, articles, workers=workers, batch_size=batch_size)
        return
    with ReadAhead(articles, ahead=max(4, batch_size * READ_AHEAD)) as reader:
        for size in ramp(batch_size):
            batch = reader.take(size)
            if batch is None:
                return
            yield from analyze_batch(nlp, batch, chunk_size(nlp))


def _dated(articles: Iterable[Article], as_of: str) -> Iterator[Article]:
    for article in articles:
        article.as_of = as_of
        yield article


def ramp(batch_size: int) -> Iterator[int]:
    """Batch sizes 1, 2, 4, ... up to batch_size, then batch_size for ever: the first
    record comes out after one text, not after a whole batch."""
    size = 1
    while True:
        yield min(size, batch_size)
        size *= 2
