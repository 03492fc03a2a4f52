"""Output: the rich terminal view, JSON and JSON Lines. Nothing here analyses."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from giants.output.models import Analysis

CATEGORY_STYLE = {"little_giant": "bold red", "unicorn": "bold magenta", "decacorn": "bold bright_magenta",
                  "gazelle": "bold green"}


def human(value: float | None) -> str:
    """1234567 -> '1.23m'; None -> ''."""
    if value is None:
        return ""
    sign, v = ("-" if value < 0 else ""), abs(value)
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if v >= size:
            return f"{sign}{v / size:.3g}{suffix}"
    return f"{sign}{v:,.4g}"


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _category_text(categories: list[str]) -> Text:
    out = Text()
    for i, cat in enumerate(categories):
        if i:
            out.append(", ")
        out.append(cat, style=CATEGORY_STYLE.get(cat, "bold"))
    return out


def analysis_view(a: Analysis, max_orgs: int = 12) -> Group:
    """The full terminal view of one analysis."""
    parts = []
    head = Text()
    head.append(a.source.title or a.source.path, style="bold")
    meta = [a.source.path]
    if a.source.published:
        meta.append(a.source.published)
    if a.categories_discussed:
        meta.append("discusses " + ", ".join(a.categories_discussed))
    head.append("\n" + " · ".join(meta), style="dim")
    if a.gist:
        head.append("\n\n" + a.gist)
    parts.append(Panel(head, box=box.ROUNDED, padding=(0, 1)))

    if a.organizations:
        table = Table(title="Organisations", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
        table.add_column("Name", ratio=3, overflow="fold")
        table.add_column("Type", min_width=10, no_wrap=True)
        table.add_column("Category", min_width=12)
        table.add_column("Basis · evidence", ratio=5)
        ordered = sorted(a.organizations, key=lambda o: (not o.categories, -o.mentions))
        for org in ordered[:max_orgs]:
            name = Text(org.name)
            if org.aliases:
                shown = org.aliases[:3] + (["…"] if len(org.aliases) > 3 else [])
                name.append(" (" + ", ".join(shown) + ")", style="dim")
            kind = org.type
            if org.categories:
                first = org.categories[0]
                evidence = Text(f"{first.basis}: ", style="italic")
                evidence.append("“" + shorten(first.evidence, 90) + "”", style="dim")
                table.add_row(name, kind, _category_text([c.category for c in org.categories]), evidence)
            else:
                table.add_row(name, kind, Text("—", style="dim"), "")
        parts.append(table)
        if len(ordered) > max_orgs:
            rest = ", ".join(o.name for o in ordered[max_orgs:])
            parts.append(Text(f"  also: {rest}", style="dim"))

    if a.sectors:
        table = Table(title="Sectors", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
        table.add_column("Sector", ratio=2)
        table.add_column("Score", justify="right", ratio=1)
        table.add_column("Matched terms", ratio=4)
        for s in a.sectors:
            table.add_row(s.label, f"{s.score:.2f}", shorten(", ".join(s.terms), 60))
        parts.append(table)

    if a.figures:
        table = Table(title="Figures", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
        table.add_column("Figure", ratio=4)
        table.add_column("Kind", min_width=11, no_wrap=True)
        table.add_column("Value", justify="right", min_width=9, no_wrap=True)
        table.add_column("US$", justify="right", min_width=6, no_wrap=True)
        table.add_column("About", ratio=3)
        for f in a.figures:
            value = human(f.value)
            if f.value_max is not None:
                value += "–" + human(f.value_max)
            if f.unit:
                value += " %" if f.unit == "%" else f" {f.unit}"
            table.add_row(shorten(f.text, 40), f.kind, value, human(f.usd), shorten(f.about or "", 40))
        parts.append(table)

    lines = Text()
    if a.people:
        lines.append("People: ", style="bold")
        lines.append("; ".join(p.name + (f" ({p.role})" if p.role else "") for p in a.people) + "\n")
    if a.places:
        lines.append("Places: ", style="bold")
        lines.append(", ".join(p.name for p in a.places) + "\n")
    if a.keyphrases:
        lines.append("Keyphrases: ", style="bold")
        lines.append(" · ".join(a.keyphrases) + "\n")
    for w in a.warnings:
        lines.append("Warning: ", style="bold yellow")
        lines.append(w + "\n")
    if lines:
        parts.append(lines)
    return Group(*parts)


def summary_row(a: Analysis) -> tuple:
    """One article's row in the batch summary (kept instead of the whole Analysis)."""
    name = a.source.path if a.source.path == "-" or "://" in a.source.path else Path(a.source.path).name
    if a.error:
        return (name, Text("error: " + a.error, style="red"), "", "")
    found = Text()
    for org in a.organizations:
        for c in org.categories:
            if found:
                found.append("; ")
            found.append(f"{org.name}: ")
            found.append(c.category, style=CATEGORY_STYLE.get(c.category, "bold"))
    return (name, shorten(a.source.title or "", 60), found or Text("—", style="dim"),
            a.sectors[0].label if a.sectors else "")


def summary_table(rows: list[tuple]) -> Table:
    """One row per article: for a batch in the terminal."""
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Article", ratio=3, overflow="fold")
    table.add_column("Title", ratio=4)
    table.add_column("Categories found", ratio=4)
    table.add_column("Top sector", ratio=3)
    for row in rows:
        table.add_row(*row)
    return table


# Above this many figures a record is written in parts (see json_parts).
PARTS_ABOVE = 2000


def json_parts(a: Analysis, indent: int | None = None, above: int = PARTS_ABOVE):
    """The record's JSON, exactly as `a.model_dump_json(indent=indent)` gives it, in parts:
    a long text can have a hundred thousand figures, and its JSON in one string (plus the
    serialiser's own buffer) would double the memory the analysis needed. The figures
    are written one by one into the place the rest of the record leaves for them."""
    if len(a.figures) <= above or not a.figures:
        yield a.model_dump_json(indent=indent)
        return
    rest = a.model_copy(update={"figures": []}).model_dump_json(indent=indent)
    hole = '\n  "figures": []' if indent == 2 else ',"figures":[]'
    at = rest.find(hole)
    if indent not in (None, 2) or at < 0:  # not a layout this knows: the whole record at once
        yield a.model_dump_json(indent=indent)
        return
    yield rest[:at + len(hole) - 1]  # up to and including the "["
    for i, figure in enumerate(a.figures):
        text = figure.model_dump_json(indent=indent)
        if indent == 2:
            yield ("\n" if i == 0 else ",\n") + "    " + text.replace("\n", "\n    ")
        else:
            yield ("" if i == 0 else ",") + text
    yield ("\n  ]" if indent == 2 else "]") + rest[at + len(hole):]


class RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:.1f} art/s" if task.speed else "", style="progress.data.speed")


class Renderer:
    """Writes analyses as they arrive, in one of the output formats."""

    def __init__(self, fmt: str, *, count: int = 1, details: bool = False, progress: bool = False,
                 out: TextIO | None = None):
        self.fmt = fmt
        self.count = count
        self.details = details
        self.out = out or sys.stdout
        self.console = Console(file=self.out, soft_wrap=False)
        self.rows: list[tuple] = []  # batch summary rows
        self.done: list[Analysis] = []  # kept only for --details
        self.written = 0
        self.progress = None
        if progress and count > 1:
            self.progress = Progress(TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                                     TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self.task = self.progress.add_task("analyse", total=count)

    def __enter__(self) -> Renderer:
        if self.progress:
            self.progress.start()
        if self.fmt == "json" and self.count > 1:
            self.out.write("[\n")
        return self

    def add(self, a: Analysis) -> None:
        if a.error and self.count == 1:
            pass  # a lone input's error is the one line on stderr; there is nothing to render
        elif self.fmt == "jsonl":
            for part in json_parts(a):
                self.out.write(part)
            self.out.write("\n")
            self.out.flush()
        elif self.fmt == "json":
            if self.count > 1:
                self.out.write(",\n" if self.written else "")
                for part in json_parts(a, indent=2):
                    self.out.write(part)
            else:
                for part in json_parts(a, indent=2):
                    self.out.write(part)
                self.out.write("\n")
            self.out.flush()
        elif self.count == 1:
            self.console.print(analysis_view(a))
        else:
            self.rows.append(summary_row(a))
            if self.details and not a.error:
                self.done.append(a)
        self.written += 1
        if self.progress:
            self.progress.advance(self.task)

    def __exit__(self, *exc) -> None:
        if self.progress:
            self.progress.stop()
        if self.fmt == "json" and self.count > 1:
            self.out.write("\n]\n")
        elif self.fmt == "table" and self.count > 1:
            self.console.print(summary_table(self.rows))
            for a in self.done:
                self.console.rule(a.source.path)
                self.console.print(analysis_view(a))
        self.out.flush()
