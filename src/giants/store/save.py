"""Saving analyses: one transaction per article, as results stream in.

    from giants.store import connect, analyze_into
    conn = connect("news.db")
    for outcome in analyze_into(conn, ["articles/"]):
        print(outcome.status, outcome.source)

A record (`prepare`) is everything the store keeps about one article: the analysis
plus its content hash, model, giants version and the sentence around each figure.
The same record, as one JSON line, is what `giants.run.distributed` writes and
`giants import` reads, so a cluster run and a local run store the same rows.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from itertools import chain

from giants import __version__
from giants.store.names import normalise

RECORD_FORMAT = 1

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=8)
def model_id(model: str | None = None) -> str:
    """The pipeline as the store names it: "name version" (the installed package's version)."""
    from importlib import metadata

    from giants.run.pipeline import resolve_model

    name = resolve_model(model)
    try:
        return f"{name} {metadata.version(name)}"
    except (metadata.PackageNotFoundError, ValueError):
        try:
            return f"{name} {metadata.version(name.replace('_', '-'))}"
        except (metadata.PackageNotFoundError, ValueError):
            return name


def sentence_at(text: str, span) -> str | None:
    """The sentence of `text` that holds the character span [start, end)."""
    try:
        start, end = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return None
    if not (0 <= start <= end <= len(text)):
        return None
    lo = max(0, start - 600)
    begin = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        begin = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 600))
    stop = m.start() + 1 if m and text[m.start()] in ".!?" else (m.start() if m else min(len(text), end + 600))
    return " ".join(text[begin:stop].split()) or None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def prepare(analysis, text: str | None, *, model: str | None = None, source: str | None = None,
            analysed_at: str | None = None) -> dict:
    """The store record of one analysis (a pydantic Analysis or its JSON dict). `model` is the
    pipeline as `model_id` names it (default: the default pipeline)."""
    data = analysis.model_dump(mode="json") if hasattr(analysis, "model_dump") else dict(analysis)
    src = data.get("source") or {}
    digest = content_hash(text) if text is not None else content_hash(json.dumps(data, sort_keys=True))
    path = source or src.get("path") or "-"
    if path == "-":
        path = f"stdin:{digest[:16]}"
    figures = data.get("figures") or []
    return {
        "giants_store": RECORD_FORMAT,
        "source": path,
        "content_hash": digest,
        "model": model or model_id(None),
        "giants_version": __version__,
        "analysed_at": analysed_at or _now(),
        "figure_sentences": [sentence_at(text, f.get("span")) if text else None for f in figures],
        "analysis": data,
    }


def record_from_json(obj: dict) -> dict:
    """A record from one JSON line: a store record as written by giants.run.distributed, or a bare
    analysis as `analyze --format jsonl` prints it (hashed by its JSON; model unknown)."""
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    if obj.get("giants_store"):
        if not isinstance(obj.get("analysis"), dict) or not obj.get("content_hash"):
            raise ValueError("store record without analysis or content_hash")
        return obj
    if isinstance(obj.get("source"), dict) and "organizations" in obj:
        return prepare(obj, None, model=obj.get("model") or "unknown model")
    raise ValueError("neither a giants store record nor an analysis")


# ---------------------------------------------------------------------------- writing


def _span(span) -> tuple[int | None, int | None]:
    try:
        return int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return None, None


def _mark(value) -> tuple[str | None, object] | None:
    """A `listed` / `acquired` value as the organisations component gives it: None, or
    {"evidence": str, "span": [s, e]} (True or a plain string are accepted too)."""
    if not value:
        return None
    if isinstance(value, dict):
        return value.get("evidence"), value.get("span")
    if isinstance(value, str):
        return value, None
    return None, None


def _ends(org: dict) -> list[tuple[str, str | None, str | None, object]]:
    """(reason, category, evidence, span) for every statement that a status of this org is over."""
    out = []
    for reason in ("acquired", "listed"):
        mark = _mark(org.get(reason))
        if mark is not None:
            out.append((reason, None, mark[0], mark[1]))
    for past in org.get("past_categories") or []:
        if isinstance(past, dict) and past.get("category"):
            out.append(("lost", past["category"], past.get("evidence"), past.get("span")))
    return out


def unchanged(conn: sqlite3.Connection, source: str, digest: str, model: str, version: str = __version__) -> bool:
    """True when the store holds this source with the same text, model and giants version."""
    row = conn.execute("SELECT content_hash, model, giants_version FROM articles WHERE source = ?",
                       (source,)).fetchone()
    return row is not None and tuple(row) == (digest, model, version)


def save(conn: sqlite3.Connection, record: dict) -> int:
    """Write one article record, replacing any earlier analysis of the same source, in one
    transaction: after a crash the article is either all there or not there. Returns its id."""
    a = record["analysis"]
    src = a.get("source") or {}
    orgs = [o for o in a.get("organizations") or [] if isinstance(o, dict) and o.get("name")]
    figures = a.get("figures") or []
    sentences = record.get("figure_sentences") or []
    n_labels = sum(len(o.get("categories") or []) for o in orgs)
    n_ends = sum(len(_ends(o)) for o in orgs)
    cur = conn.cursor()
    cur.execute("BEGIN IMMEDIATE")
    try:
        cur.execute("DELETE FROM articles WHERE source = ?", (record["source"],))
        cur.execute(
            "INSERT INTO articles (source, content_hash, title, published, site, characters, model, giants_version,"
            " analysed_at, categories_discussed, gist, n_organisations, n_labels, n_figures, n_status_ends,"
            " analysis_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (record["source"], record["content_hash"], src.get("title"), src.get("published"), src.get("site"),
             src.get("characters"), record["model"], record.get("giants_version") or __version__,
             record.get("analysed_at") or _now(), json.dumps(a.get("categories_discussed") or []),
             a.get("gist"), len(orgs), n_labels, len(figures), n_ends,
             json.dumps(a, ensure_ascii=False, separators=(",", ":"))))
        article_id = cur.lastrowid
        by_name: dict[str, int] = {}
        by_alias: dict[str, int] = {}
        names, labels, ends = [], [], []
        for pos, org in enumerate(orgs):
            aliases = [x for x in org.get("aliases") or [] if isinstance(x, str) and x.strip()]
            norm = normalise(org["name"])
            cur.execute("INSERT INTO organisations (article_id, position, name, norm_name, aliases, type, is_company,"
                        " mentions) VALUES (?,?,?,?,?,?,?,?)",
                        (article_id, pos, org["name"], norm, json.dumps(aliases, ensure_ascii=False),
                         org.get("type"), int(bool(org.get("is_company"))), org.get("mentions")))
            org_id = cur.lastrowid
            names.append((org_id, article_id, org["name"], norm, 0))
            by_name.setdefault(norm, org_id)
            for alias in aliases:
                names.append((org_id, article_id, alias, normalise(alias), 1))
                by_alias.setdefault(names[-1][3], org_id)
            for lab in org.get("categories") or []:
                s, e = _span(lab.get("span"))
                fig = lab.get("figure") or {}
                labels.append((article_id, org_id, lab.get("category"), lab.get("basis"), lab.get("rule"),
                               lab.get("evidence"), s, e, lab.get("confidence"), lab.get("definition"),
                               fig.get("usd") if isinstance(fig, dict) else None))
            for reason, category, evidence, span in _ends(org):
                s, e = _span(span)
                ends.append((article_id, org_id, reason, category, evidence, s, e))
        for norm, org_id in by_alias.items():
            by_name.setdefault(norm, org_id)
        fig_rows = []
        for pos, f in enumerate(figures):
            s, e = _span(f.get("span"))
            subject = f.get("subject")
            org_id = by_name.get(normalise(subject)) if isinstance(subject, str) and subject else None
            fig_rows.append((article_id, org_id, pos, f.get("kind"), f.get("text"), s, e, f.get("value"),
                             f.get("value_max"), f.get("qualifier"), f.get("unit"), f.get("usd"),
                             f.get("usd_source"), f.get("rate_date"), f.get("rate_source"), f.get("about"),
                             subject, f.get("subject_kind"), f.get("time"),
                             None if f.get("market_value") is None else int(bool(f.get("market_value"))),
                             sentences[pos] if pos < len(sentences) else None))
        cur.executemany("INSERT INTO org_names (organisation_id, article_id, name, norm_name, is_alias)"
                        " VALUES (?,?,?,?,?)", names)
        cur.executemany("INSERT INTO labels (article_id, organisation_id, category, basis, rule, evidence, span_start,"
                        " span_end, confidence, definition, figure_usd) VALUES (?,?,?,?,?,?,?,?,?,?,?)", labels)
        cur.executemany("INSERT INTO status_ends (article_id, organisation_id, reason, category, evidence, span_start,"
                        " span_end) VALUES (?,?,?,?,?,?,?)", ends)
        cur.executemany("INSERT INTO figures (article_id, organisation_id, position, kind, text, span_start, span_end,"
                        " value, value_max, qualifier, unit, usd, usd_source, rate_date, rate_source, about, subject,"
                        " subject_kind, time, market_value, sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", fig_rows)
        cur.execute("COMMIT")
    except BaseException:
        cur.execute("ROLLBACK")
        raise
    return article_id


# ---------------------------------------------------------------------------- analysing into the store


@dataclass
class Outcome:
    """What happened to one input: "saved", "skipped" (unchanged since it was stored) or "error"."""
    status: str
    source: str
    analysis: object | None = None
    error: str | None = None
    article_id: int | None = None


def analyze_into(conn: sqlite3.Connection, inputs: Iterable[str], *, model: str | None = None,
                 data_files: tuple = (None, None, None), force: bool = False, workers: int = 1,
                 batch_size: int = 16, max_bytes: int = 20_000_000, nlp=None,
                 as_of: str | None = None) -> Iterator[Outcome]:
    """Analyse the inputs (paths, directories, globs, URLs) and save each article as its result
    arrives. Articles whose text, model and giants version are unchanged since they were stored
    are skipped (the pipeline is not even loaded when nothing changed) unless `force`; options
    that change results without changing those (data files, `as_of`) need `force` to apply to
    stored articles. `as_of` is passed on to analyze_articles."""
    from giants.inputs.reader import expand_paths, read_article

    mid = model_id(model)
    pending: deque[Outcome] = deque()
    queued: deque[tuple[object, str]] = deque()
    # Inputs are read on the analysis' read-ahead thread, and a SQLite connection serves only
    # the thread that made it: each thread that checks for unchanged articles gets its own.
    db_file = conn.execute("PRAGMA database_list").fetchone()[2]
    local = threading.local()
    made = threading.get_ident()

    def reader() -> sqlite3.Connection:
        if threading.get_ident() == made or not db_file:
            return conn
        if getattr(local, "conn", None) is None:
            local.conn = sqlite3.connect(db_file)
        return local.conn

    def feed():
        for path in expand_paths(inputs):
            article = read_article(path, max_bytes=max_bytes)
            if article.error or article.text is None:
                pending.append(Outcome("error", path, error=article.error or "no text"))
                continue
            digest = content_hash(article.text)
            source = path if path != "-" else f"stdin:{digest[:16]}"
            if not force and unchanged(reader(), source, digest, mid):
                pending.append(Outcome("skipped", source))
                continue
            queued.append((article, source))
            yield article

    stream = feed()
    first = next(stream, None)
    yield from _drain(pending)
    if first is None:
        return
    if nlp is None:
        from giants.api import load_pipeline

        nlp = load_pipeline(model, *data_files)
    from giants.api import analyze_articles

    for analysis in analyze_articles(chain([first], stream), workers=workers, batch_size=batch_size, nlp=nlp,
                                     as_of=as_of):
        article, source = queued.popleft()
        if analysis.error:
            yield Outcome("error", source, analysis=analysis, error=analysis.error)
        else:
            yield _store(conn, prepare(analysis, article.text, model=mid, source=source), analysis)
        yield from _drain(pending)
    yield from _drain(pending)


def _store(conn: sqlite3.Connection, record: dict, analysis=None) -> Outcome:
    """Save one record; a record the store cannot take is an error outcome, not the end of the batch
    (its transaction is rolled back, so nothing of it is left)."""
    try:
        return Outcome("saved", record["source"], analysis=analysis, article_id=save(conn, record))
    except sqlite3.OperationalError:
        raise  # the store itself is unusable (locked, disk full): stop, with what is saved kept
    except (sqlite3.Error, ValueError, TypeError, KeyError, AttributeError) as exc:
        return Outcome("error", record.get("source", "?"), analysis=analysis,
                       error=f"could not be stored: {type(exc).__name__}: {exc}")


def _drain(pending: deque) -> Iterator[Outcome]:
    while pending:
        yield pending.popleft()


def import_lines(conn: sqlite3.Connection, lines: Iterable[str], *, force: bool = False,
                 name: str = "input") -> Iterator[Outcome]:
    """Load JSON Lines (giants.run.distributed output, or `analyze --format jsonl`) into the store.
    A bad line is reported as an error outcome and the rest still load."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = record_from_json(json.loads(line))
        except (ValueError, json.JSONDecodeError) as exc:
            yield Outcome("error", f"{name}:{n}", error=f"line {n}: {exc}")
            continue
        if record["analysis"].get("error"):
            yield Outcome("error", record["source"], error=record["analysis"]["error"])
            continue
        if not force and unchanged(conn, record["source"], record["content_hash"], record["model"],
                                   record.get("giants_version") or __version__):
            yield Outcome("skipped", record["source"])
            continue
        yield _store(conn, record)
