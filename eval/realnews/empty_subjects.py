#!/usr/bin/env python3
"""Count valuation and funding figures with no subject on real funding news.

usage:
  PYTHONPATH=src python eval/realnews/empty_subjects.py [--corpus /work/corpus/vb-funding]
        [--limit 200] [--dump OUT.tsv]

Runs the analyzer over the first N articles of a corpus folder (files sorted), and prints
how many valuation and funding figures it found and how many of them have an empty subject.
--dump writes every valuation/funding figure (file, kind, time, subject, text, sentence) to a
TSV for reading by hand; keep it outside the repository (it quotes the articles).
Which code runs is decided by PYTHONPATH, as for the other scripts here.
"""
from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from collections import Counter


def sentence_around(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    hits = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min(hits) + 1 if hits else len(text)
    return re.sub(r"\s+", " ", text[lo:hi]).strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="/work/corpus/vb-funding")
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--dump", default="")
    args = ap.parse_args()
    import giants
    from giants.api import analyze_articles
    from giants.inputs.reader import Article

    files = sorted(f for f in os.listdir(args.corpus) if f.endswith(".txt"))[:args.limit]
    texts = {}
    for f in files:
        with open(os.path.join(args.corpus, f), encoding="utf-8") as fh:
            texts[f] = fh.read()
    counts: Counter = Counter()
    rows = []
    articles = [Article(f, text=texts[f]) for f in files]
    for f, analysis in zip(files, analyze_articles(articles)):
        for fig in analysis.figures:
            if fig.kind not in ("valuation", "funding"):
                continue
            counts[fig.kind] += 1
            empty = not fig.subject
            counts[f"{fig.kind}_empty"] += empty
            rows.append((f, fig.kind, fig.time or "", fig.subject or "", fig.text,
                         sentence_around(texts[f], *fig.span)))
    print(f"giants from {os.path.dirname(giants.__file__)}; {len(files)} articles of {args.corpus}")
    for kind in ("valuation", "funding"):
        print(f"{kind}: {counts[kind]} figures, {counts[kind + '_empty']} with an empty subject")
    total, empty = counts["valuation"] + counts["funding"], counts["valuation_empty"] + counts["funding_empty"]
    print(f"all: {total} figures, {empty} empty ({empty / max(total, 1):.1%})")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8", newline="") as out:
            w = csv.writer(out, delimiter="\t")
            w.writerow(["file", "kind", "time", "subject", "text", "sentence"])
            w.writerows(rows)


if __name__ == "__main__":
    sys.exit(main())
