"""Output of the store's reports: a rich table, JSON, JSON Lines or CSV, one function each.

JSON and JSON Lines keep a report's rows as they are (nested where the row is);
CSV flattens them (`flat_company`), one column per field, so spreadsheets and
pandas read it directly.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from rich import box
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "json", "jsonl", "csv")


def to_json(rows: list[dict], out: TextIO) -> None:
    json.dump(rows, out, ensure_ascii=False, indent=2)
    out.write("\n")


def to_jsonl(rows: Iterable[dict], out: TextIO) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def to_csv(rows: list[dict], out: TextIO) -> None:
    """Flat rows to CSV: the union of their keys in first-seen order; lists joined by "; "."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})


def _cell(value):
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def flat_company(row: dict) -> dict:
    """A company report row with its categories spread over columns: `<category>_status`,
    `_articles`, `_evidence`, `_source`, `_date`, and `_ended` (reason, source and date)."""
    cats = row.get("categories") or {}
    flat = {"company": row.get("company"), "aliases": row.get("aliases"),
            "categories": [c for c, e in cats.items() if e["status"] == "held"],
            "ended_categories": [c for c, e in cats.items() if e["status"] == "ended"]}
    flat.update((k, v) for k, v in row.items() if k not in flat and k != "categories")
    for cat, e in cats.items():
        flat[f"{cat}_status"] = e["status"]
        flat[f"{cat}_articles"] = e["articles"]
        flat[f"{cat}_evidence"] = e["evidence"]
        flat[f"{cat}_source"] = e["source"]
        flat[f"{cat}_date"] = e["date"]
        ended = e.get("ended")
        flat[f"{cat}_ended"] = (f"{ended['text']} ({ended['date'] or 'undated'}, {ended['source']}): "
                                f"{ended['evidence'] or ''}".strip() if ended else None)
    return flat


def _short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _usd(value: float | None) -> str:
    if value is None:
        return ""
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"US${value / size:.3g}{suffix}"
    return f"US${value:,.0f}"


CATEGORY_STYLE = {"little_giant": "bold red", "unicorn": "bold magenta", "decacorn": "bold bright_magenta",
                  "gazelle": "bold green"}


def companies_table(rows: list[dict], *, evidence_width: int = 70) -> Table:
    table = Table(box=box.SIMPLE_HEAD, title=f"{len(rows)} compan{'y' if len(rows) == 1 else 'ies'}", title_justify="left")
    for col, kw in (("Company", {}), ("Arts", {"justify": "right"}), ("Seen", {}), ("Categories", {}),
                    ("Latest evidence", {"ratio": 1}), ("Valuation", {"justify": "right"})):
        table.add_column(col, **kw)
    for row in rows:
        cats, evidence = Text(), Text()
        for i, (cat, e) in enumerate(row["categories"].items()):
            if i:
                cats.append("\n")
                evidence.append("\n")
            if e["status"] == "ended":
                ended = e["ended"]
                cats.append(f"{cat} ", style="strike dim")
                cats.append(f"ended: {ended['text']}", style="yellow")
                evidence.append(f"{ended['date'] or '?'} {_short(ended['evidence'], evidence_width)}", style="yellow")
            else:
                cats.append(cat, style=CATEGORY_STYLE.get(cat, "bold"))
                cats.append(f" ×{e['articles']}", style="dim")
                evidence.append(f"{e['date'] or '?'} {_short(e['evidence'], evidence_width)}")
        seen = row["first_seen"] or ""
        if row["last_seen"] and row["last_seen"] != row["first_seen"]:
            seen += f"\n{row['last_seen']}"
        value = _usd(row["valuation_usd"])
        if value and row["valuation_date"]:
            value += f"\n{row['valuation_date']}"
        name = Text(row["company"], style="bold")
        if row["aliases"]:
            name.append("\n" + ", ".join(row["aliases"][:3]), style="dim")
        table.add_row(name, str(row["articles"]), seen, cats, evidence, value)
    return table


def timeline_table(events: list[dict], *, width: int = 90) -> Table:
    company = events[0]["company"] if events else ""
    table = Table(box=box.SIMPLE_HEAD, title=f"{company}: {len(events)} statements", title_justify="left")
    for col in ("Date", "Kind", "What", "Sentence", "Source"):
        table.add_column(col, ratio=1 if col == "Sentence" else None)
    for e in events:
        what = e["what"] or ""
        if e.get("detail"):
            what += f"\n{e['detail']}"
        style = "yellow" if e["kind"] == "ended" else CATEGORY_STYLE.get(e["what"], "") if e["kind"] == "category" else ""
        table.add_row(e["date"] or "?", e["kind"], Text(what, style=style), _short(e["sentence"], width),
                      e["source"])
    return table


def rows_table(rows: list[dict], *, title: str | None = None, width: int = 60) -> Table:
    """Any flat rows as a table (export of a raw table to the terminal)."""
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left")
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*(_short(str(_cell(row.get(c))), width) for c in columns))
    return table
