"""The corpus subcommands of `giants`: companies, timeline, export, import, and the work
behind `analyze --db`. A thin shell over giants.store: options in, library call, output out.

Every report takes --format table|json|jsonl|csv (table on a terminal, jsonl when
piped) and --output FILE; progress and errors go to stderr.
"""

from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from giants.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, giants_app

DB_HELP = "The store (an SQLite file). [default: $GIANTS_DB, else giants.db]"


class ReportFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Table(str, Enum):
    companies = "companies"
    articles = "articles"
    organisations = "organisations"
    labels = "labels"
    figures = "figures"
    status_ends = "status_ends"


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    typer.echo(f"giants: error: {message}", err=True)
    return typer.Exit(code)


def db_path(db: Optional[Path]) -> str:
    return str(db) if db else os.environ.get("GIANTS_DB") or "giants.db"


def _open(db: Optional[Path], *, create: bool = False):
    from giants.store import StoreError, connect

    try:
        return connect(db_path(db), create=create)
    except StoreError as exc:
        raise _fail(str(exc)) from None


def _emit(rows: list[dict], fmt: Optional[ReportFormat], output: Optional[Path], *, table=None, flat=None) -> None:
    """Write report rows in the chosen format: one function per format in giants.store.output."""
    from giants.store import output as out

    if fmt is None:
        fmt = ReportFormat.table if output is None and sys.stdout.isatty() else ReportFormat.jsonl
    try:
        fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as exc:
        raise _fail(f"--output {output}: {exc.strerror}") from None
    try:
        if fmt is ReportFormat.table:
            from rich.console import Console

            Console(file=fh, soft_wrap=False).print(table(rows) if table else out.rows_table(rows))
        elif fmt is ReportFormat.json:
            out.to_json(rows, fh)
        elif fmt is ReportFormat.jsonl:
            out.to_jsonl(rows, fh)
        else:
            out.to_csv([flat(r) for r in rows] if flat else rows, fh)
    finally:
        if output:
            fh.close()


FORMAT_OPT = typer.Option(None, "--format", "-f", metavar="table|json|jsonl|csv",
                          help="Output format. Default: table on a terminal, jsonl when piped.")
OUTPUT_OPT = typer.Option(None, "--output", "-o", metavar="FILE", help="Write to FILE instead of standard output.")
DB_OPT = typer.Option(None, "--db", metavar="FILE", help=DB_HELP)
SINCE_OPT = typer.Option(None, "--since", metavar="DATE", help="Only articles dated on or after DATE (YYYY[-MM[-DD]]).")
UNTIL_OPT = typer.Option(None, "--until", metavar="DATE", help="Only articles dated on or before DATE (YYYY[-MM[-DD]]).")


@giants_app.command("companies", help="One row per company across the stored articles: its categories with the "
                                      "number of supporting articles and the latest evidence, the latest valuation, "
                                      "first and last seen. A status a later article says is over shows as ended.",
                    epilog="Examples:\n\n\b\n"
                           "  giants companies --db news.db\n"
                           "  giants companies --db news.db --category unicorn --since 2025-01 -f csv -o unicorns.csv\n"
                           "  giants companies --db news.db --name robotics --min-articles 2 -f json")
def companies_cmd(
    db: Optional[Path] = DB_OPT,
    category: Optional[str] = typer.Option(None, "--category", "-c", metavar="ID",
                                           help="Only companies that hold this category now (little_giant, unicorn, decacorn, gazelle, "
                                                "or any)."),
    since: Optional[str] = SINCE_OPT,
    until: Optional[str] = UNTIL_OPT,
    min_articles: int = typer.Option(1, "--min-articles", min=1, metavar="N", help="Only companies seen in N articles or more."),
    name: Optional[str] = typer.Option(None, "--name", metavar="TEXT", help="Only companies with TEXT in one of their names."),
    fmt: Optional[ReportFormat] = FORMAT_OPT,
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    from giants.store import companies
    from giants.store.output import companies_table, flat_company

    conn = _open(db)
    rows = companies(conn, category=category, since=since, until=until, min_articles=min_articles, name=name)
    _emit(rows, fmt, output, table=companies_table, flat=flat_company)


@giants_app.command("timeline", help="Every dated statement about one company (categories, status ends, valuations, "
                                     "funding), oldest first, with the article and the sentence.",
                    epilog="Example:\n\n\b\n  giants timeline Voltaris --db news.db")
def timeline_cmd(
    name: str = typer.Argument(..., metavar="NAME", help="The company: a name or alias, or part of one."),
    db: Optional[Path] = DB_OPT,
    since: Optional[str] = SINCE_OPT,
    until: Optional[str] = UNTIL_OPT,
    fmt: Optional[ReportFormat] = FORMAT_OPT,
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    from giants.store import UnknownCompany, timeline
    from giants.store.output import timeline_table

    conn = _open(db)
    try:
        events = timeline(conn, name, since=since, until=until)
    except UnknownCompany as exc:
        raise _fail(str(exc), EXIT_INPUT) from None
    _emit(events, fmt, output, table=timeline_table)


EXPORT_SQL = {
    "articles": "SELECT id, source, content_hash, title, published, site, characters, model, giants_version,"
                " analysed_at, categories_discussed, gist, n_organisations, n_labels, n_figures, n_status_ends"
                " FROM articles ORDER BY id",
    "organisations": "SELECT o.*, a.source FROM organisations o JOIN articles a ON a.id = o.article_id ORDER BY o.id",
    "labels": "SELECT l.*, o.name AS organisation, a.source, a.published FROM labels l"
              " JOIN organisations o ON o.id = l.organisation_id JOIN articles a ON a.id = l.article_id ORDER BY l.id",
    "figures": "SELECT f.*, a.source, a.published FROM figures f JOIN articles a ON a.id = f.article_id ORDER BY f.id",
    "status_ends": "SELECT s.*, o.name AS organisation, a.source, a.published FROM status_ends s"
                   " JOIN organisations o ON o.id = s.organisation_id JOIN articles a ON a.id = s.article_id"
                   " ORDER BY s.id",
}


@giants_app.command("export", help="Export the company report (default) or one stored table as CSV, JSON or "
                                   "JSON Lines.",
                    epilog="Examples:\n\n\b\n"
                           "  giants export --db news.db -o companies.csv\n"
                           "  giants export --db news.db --table labels -f jsonl > labels.jsonl")
def export_cmd(
    db: Optional[Path] = DB_OPT,
    table: Table = typer.Option(Table.companies, "--table", "-t", help="What to export."),
    fmt: ReportFormat = typer.Option(ReportFormat.csv, "--format", "-f", metavar="csv|json|jsonl|table",
                                     help="Output format."),
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    conn = _open(db)
    if table is Table.companies:
        from giants.store import companies
        from giants.store.output import companies_table, flat_company

        _emit(companies(conn), fmt, output, table=companies_table, flat=flat_company)
        return
    rows = [dict(r) for r in conn.execute(EXPORT_SQL[table.value])]
    _emit(rows, fmt, output)


@giants_app.command("import", help="Load JSON Lines into the store: giants.run.distributed output, or "
                                   "`analyze --format jsonl` output. Unchanged articles are skipped.",
                    epilog="Example:\n\n\b\n  giants import results.jsonl --db news.db")
def import_cmd(
    files: list[Path] = typer.Argument(..., metavar="FILE", help="JSON Lines files ('-' for standard input)."),
    db: Optional[Path] = DB_OPT,
    force: bool = typer.Option(False, "--force", help="Replace stored articles even when unchanged."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary and no per-line error messages."),
) -> None:
    from giants.store import import_lines

    conn = _open(db, create=True)
    counts = {"saved": 0, "skipped": 0, "error": 0}
    for path in files:
        try:
            fh = sys.stdin if str(path) == "-" else open(path, encoding="utf-8")
        except OSError as exc:
            counts["error"] += 1
            typer.echo(f"giants: error: {path}: {exc.strerror}", err=True)
            continue
        with fh:
            for outcome in import_lines(conn, fh, force=force, name=str(path)):
                counts[outcome.status] += 1
                if outcome.status == "error" and not quiet:
                    typer.echo(f"giants: error: {outcome.source}: {outcome.error}", err=True)
    if not quiet:
        typer.echo(_summary(counts, db_path(db)), err=True)
    raise typer.Exit(EXIT_INPUT if counts["error"] else EXIT_OK)


def _summary(counts: dict, db: str) -> str:
    return f"giants: {counts['saved']} saved, {counts['skipped']} unchanged (skipped), {counts['error']} failed -> {db}"


def analyze_to_store(args: list[str], db: Path, *, force: bool, fmt, model, data_files: tuple, workers: int,
                     batch_size: int, quiet: bool, max_bytes: int, as_of: str | None = None) -> int:
    """`analyze --db`: save each article as its analysis arrives; print analyses too when --format is given."""
    from giants.inputs.reader import expand_paths
    from giants.output.render import Renderer
    from giants.store import analyze_into

    conn = _open(db, create=True)
    paths = list(expand_paths(args))
    counts = {"saved": 0, "skipped": 0, "error": 0}
    progress = not quiet and sys.stderr.isatty()
    # without --format nothing is printed: the renderer only drives the progress bar
    with open(os.devnull, "w") if fmt is None else nullcontext(None) as sink:
        renderer = Renderer(fmt.value if fmt else "jsonl", count=len(paths), progress=progress, out=sink)
        with renderer:
            for outcome in analyze_into(conn, paths, model=model, data_files=data_files, force=force,
                                        workers=workers, batch_size=batch_size, max_bytes=max_bytes, as_of=as_of):
                counts[outcome.status] += 1
                if outcome.status == "error" and (not quiet or len(paths) == 1):
                    typer.echo(f"analyze: error: {outcome.source}: {outcome.error}", err=True)
                if outcome.analysis is not None and fmt:
                    renderer.add(outcome.analysis)
                elif renderer.progress:
                    renderer.progress.advance(renderer.task)
    if not quiet:
        typer.echo(_summary(counts, str(db)), err=True)
    return EXIT_INPUT if counts["error"] else EXIT_OK
