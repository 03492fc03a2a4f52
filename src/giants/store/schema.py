"""The store's SQLite schema: plain tables that sqlite3, DuckDB or pandas read as they are.

Version history (kept in ``PRAGMA user_version``):

1. articles, organisations, org_names, labels, figures, status_ends.

Tables
------
articles       one row per analysed input (keyed by its source path or URL):
               content_hash (SHA-256 of the analysed text), title, published (ISO date
               the text states), site, source, characters, model (spaCy pipeline and its
               version), giants_version, analysed_at (UTC, ISO 8601), categories_discussed
               (JSON list), gist, counts of the rows below (n_organisations, n_labels,
               n_figures, n_status_ends: an article is complete when its child rows match
               them), and analysis_json (the full analysis, as `analyze --format json`
               prints it).
organisations  one row per organisation of an article: name, norm_name (see names.py),
               aliases (JSON list), type, is_company, mentions.
org_names      every form of an organisation's name (its name and each alias) with its
               normalised form: what the company report merges on.
labels         category labels: category, basis, rule, evidence, span_start, span_end,
               confidence, definition, figure_usd (criterion labels), with the
               organisation they belong to.
figures        money and other figures: kind, text, span, value, value_max, qualifier,
               unit, usd, usd_source, rate_date, rate_source, about, subject,
               subject_kind, time, market_value (1: a traded market value such as a listed
               firm's market capitalisation, not a private valuation), sentence (the
               sentence holding it, when the text was at hand), organisation_id (the article's organisation the subject names).
status_ends    statements that a status is over for an organisation: reason is "lost"
               (a past status or lost title, with the category), "acquired" or "listed"
               (no category: they end the private-company categories, see
               data/store.toml), with evidence and span. Read from an organisation's
               `past_categories` ([{category, evidence, span}], from the categories
               component) and `acquired` / `listed` ({evidence, span}, from the
               organisations component) when the analysis has them.

Child rows reference articles(id) with ON DELETE CASCADE: re-analysing an article
replaces it whole, in one transaction.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = 1

TABLES = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT,
    published TEXT,
    site TEXT,
    characters INTEGER,
    model TEXT NOT NULL,
    giants_version TEXT NOT NULL,
    analysed_at TEXT NOT NULL,
    categories_discussed TEXT,
    gist TEXT,
    n_organisations INTEGER NOT NULL,
    n_labels INTEGER NOT NULL,
    n_figures INTEGER NOT NULL,
    n_status_ends INTEGER NOT NULL,
    analysis_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);

CREATE TABLE IF NOT EXISTS organisations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    norm_name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    type TEXT,
    is_company INTEGER NOT NULL,
    mentions INTEGER
);
CREATE INDEX IF NOT EXISTS organisations_article ON organisations(article_id);
CREATE INDEX IF NOT EXISTS organisations_norm ON organisations(norm_name);

CREATE TABLE IF NOT EXISTS org_names (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    norm_name TEXT NOT NULL,
    is_alias INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS org_names_norm ON org_names(norm_name);
CREATE INDEX IF NOT EXISTS org_names_article ON org_names(article_id);

CREATE TABLE IF NOT EXISTS labels (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    basis TEXT,
    rule TEXT,
    evidence TEXT,
    span_start INTEGER,
    span_end INTEGER,
    confidence REAL,
    definition TEXT,
    figure_usd REAL
);
CREATE INDEX IF NOT EXISTS labels_article ON labels(article_id);
CREATE INDEX IF NOT EXISTS labels_category ON labels(category);
CREATE INDEX IF NOT EXISTS labels_organisation ON labels(organisation_id);

CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT,
    text TEXT,
    span_start INTEGER,
    span_end INTEGER,
    value REAL,
    value_max REAL,
    qualifier TEXT,
    unit TEXT,
    usd REAL,
    usd_source TEXT,
    rate_date TEXT,
    rate_source TEXT,
    about TEXT,
    subject TEXT,
    subject_kind TEXT,
    time TEXT,
    market_value INTEGER,
    sentence TEXT
);
CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id);
CREATE INDEX IF NOT EXISTS figures_kind ON figures(kind);
CREATE INDEX IF NOT EXISTS figures_organisation ON figures(organisation_id);

CREATE TABLE IF NOT EXISTS status_ends (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    category TEXT,
    evidence TEXT,
    span_start INTEGER,
    span_end INTEGER
);
CREATE INDEX IF NOT EXISTS status_ends_article ON status_ends(article_id);
"""


class StoreError(Exception):
    """A store that cannot be opened or has a schema this version does not know."""


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and, if needed, create) a store. Returns a connection in autocommit mode:
    every article is saved in its own explicit transaction (see save.py)."""
    path = str(path)
    if not create and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"no store at {path} (create one with: giants analyze --db {path} ARTICLES...)")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a giants store ({exc})") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"{path}: store schema version {version} is newer than this giants "
                         f"(knows {SCHEMA_VERSION}); upgrade giants")
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        if tables and not conn.execute("SELECT 1 FROM sqlite_master WHERE name='articles'").fetchone():
            conn.close()
            raise StoreError(f"{path}: an SQLite database that is not a giants store")
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")  # readers never block the writer
        conn.executescript("BEGIN;" + TABLES + f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
    elif path != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    # WAL with synchronous=NORMAL: a committed article survives the process being killed;
    # only a power cut can lose the last commits, never leave one half-written.
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn
