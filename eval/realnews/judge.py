#!/usr/bin/env python3
"""Score the hand-judged real-news samples written by sample.py, and write a summary.

usage: judge.py DIR [--merge] [--md OUT.md] [--title TEXT]

DIR holds orgs.tsv, figures.tsv and labels-sample.tsv (from sample.py) with their verdict
columns filled in (criteria: criteria.py, repeated at the top of each TSV).

--merge first copies verdicts from DIR/verdicts-orgs.tsv, verdicts-figures.tsv and
verdicts-labels.tsv (columns: id, then the verdict columns in order, then reason; lines
starting with # are comments) into the sample TSVs, so a judge can keep short verdict files
beside the long sample files. Every sample row must get a verdict.

Prints the precisions; --md writes them with the criteria and the per-item verdicts.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys

from criteria import FIGURES, LABELS, ORGS

SETS = {  # file -> (verdict columns, criteria)
    "orgs.tsv": (["verdict_org", "verdict_full"], ORGS, "verdicts-orgs.tsv"),
    "figures.tsv": (["verdict_figure", "verdict_kind", "verdict_subject", "verdict_usd"], FIGURES,
                    "verdicts-figures.tsv"),
    "labels-sample.tsv": (["verdict"], LABELS, "verdicts-labels.tsv"),
}
ALLOWED = {"verdict_org": {"Y", "N", "B"}, "verdict_full": {"Y", "N"}, "verdict_figure": {"Y", "N"},
           "verdict_kind": {"Y", "N", "-"}, "verdict_subject": {"Y", "N", "-"},
           "verdict_usd": {"Y", "N", "-"}, "verdict": {"Y", "N"}}


def read_tsv(path: str) -> tuple[list[str], list[str], list[dict]]:
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    head = [l for l in lines if l.startswith("#")]
    body = [l for l in lines if not l.startswith("#")]
    rows = list(csv.DictReader(body, delimiter="\t"))
    cols = body[0].split("\t") if body else []
    return head, cols, rows


def write_tsv(path: str, head: list[str], cols: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        for l in head:
            f.write(l + "\n")
        w = csv.DictWriter(f, fieldnames=cols, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


def merge(d: str, name: str, vcols: list[str], vfile: str) -> None:
    src = os.path.join(d, vfile)
    if not os.path.exists(src):
        return
    verdicts = {}
    with open(src, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < len(vcols) + 1:
                sys.exit(f"judge.py: {vfile}: short line: {line.strip()}")
            verdicts[parts[0]] = parts[1:len(vcols) + 1] + ["\t".join(parts[len(vcols) + 1:])]
    head, cols, rows = read_tsv(os.path.join(d, name))
    for r in rows:
        v = verdicts.get(r["id"])
        if v is None:
            continue
        for c, x in zip(vcols + ["reason"], v):
            r[c] = x.strip()
    write_tsv(os.path.join(d, name), head, cols, rows)


def check(name: str, vcols: list[str], rows: list[dict]) -> None:
    bad = [(r["id"], c, r.get(c)) for r in rows for c in vcols if (r.get(c) or "").strip() not in ALLOWED[c]]
    if bad:
        sys.exit(f"judge.py: {name}: {len(bad)} missing or unknown verdicts, e.g. {bad[:5]}")


def pct(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "n/a (0/0)"


def score(d: str) -> tuple[list[str], dict]:
    out, data = [], {}
    for name, (vcols, _, _) in SETS.items():
        _, _, rows = read_tsv(os.path.join(d, name))
        check(name, vcols, rows)
        data[name] = rows
    o = data["orgs.tsv"]
    n = len(o)
    y = sum(r["verdict_org"] == "Y" for r in o)
    b = sum(r["verdict_org"] == "B" for r in o)
    full = sum(r["verdict_full"] == "Y" for r in o)
    out.append(f"organisations ({n} judged): correct as organisation {pct(y, n)}; fully correct "
               f"(type, is_company, aliases) {pct(full, n)}; real organisation with a loose boundary "
               f"{pct(y + b, n)}")
    f = data["figures.tsv"]
    n = len(f)
    fy = sum(r["verdict_figure"] == "Y" for r in f)
    ky = sum(r["verdict_kind"] == "Y" for r in f)
    sy = sum(r["verdict_subject"] == "Y" for r in f)
    uy = sum(r["verdict_usd"] == "Y" for r in f)
    out.append(f"figures ({n} judged): correct as business figure {pct(fy, n)}; kind correct {pct(ky, n)} "
               f"[{pct(ky, fy)} of real figures]; subject correct {pct(sy, n)} [{pct(sy, fy)} of real "
               f"figures]; usd right {pct(uy, fy)} of real figures")
    lab = data["labels-sample.tsv"]
    n = len(lab)
    ly = sum(r["verdict"] == "Y" for r in lab)
    by_cat: dict[str, list[int]] = {}
    for r in lab:
        by_cat.setdefault(r["category"], [0, 0])
        by_cat[r["category"]][0] += r["verdict"] == "Y"
        by_cat[r["category"]][1] += 1
    out.append(f"category labels ({n} judged): precision {pct(ly, n)}; "
               + "; ".join(f"{c} {pct(a, t)}" for c, (a, t) in sorted(by_cat.items())))
    return out, data


def md_table(rows: list[dict], cols: list[str]) -> str:
    def cell(x: str) -> str:
        return (x or "").replace("|", "\\|").replace("\n", " ")
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(cell(r.get(c, "")) for c in cols) + " |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--merge", action="store_true")
    ap.add_argument("--md")
    ap.add_argument("--title", default="Real-news samples judged by hand")
    ap.add_argument("--snippet", type=int, default=220, help="cut sentences to this many characters in --md")
    a = ap.parse_args()
    if a.merge:
        for name, (vcols, _, vfile) in SETS.items():
            merge(a.dir, name, vcols, vfile)
        merge(a.dir, "labels.tsv", ["verdict"], "verdicts-labels.tsv")
    lines, data = score(a.dir)
    all_labels = read_tsv(os.path.join(a.dir, "labels.tsv"))[2] if os.path.exists(os.path.join(a.dir, "labels.tsv")) else []
    if all_labels and len(all_labels) > len(data["labels-sample.tsv"]) and all(r.get("verdict") in ("Y", "N") for r in all_labels):
        ly = sum(r["verdict"] == "Y" for r in all_labels)
        by: dict[str, list[int]] = {}
        for r in all_labels:
            by.setdefault(r["category"], [0, 0])
            by[r["category"]][0] += r["verdict"] == "Y"
            by[r["category"]][1] += 1
        lines.append(f"all {len(all_labels)} category labels (every label was judged): precision {pct(ly, len(all_labels))}; "
                     + "; ".join(f"{c} {pct(x, t)}" for c, (x, t) in sorted(by.items())))
    print("\n".join(lines))
    if not a.md:
        return

    def short(r: dict, key: str) -> dict:
        r = dict(r)
        s = r.get(key) or ""
        if len(s) > a.snippet:
            i = s.find("⟦")
            lo = max(0, min(i - a.snippet // 3, len(s) - a.snippet)) if i >= 0 else 0
            r[key] = ("…" if lo else "") + s[lo:lo + a.snippet] + ("…" if lo + a.snippet < len(s) else "")
        return r

    stats = os.path.join(a.dir, "stats.json")
    run = os.path.join(a.dir, "run.txt")
    parts = [f"# {a.title}", ""]
    if os.path.exists(run):
        parts += ["## Run", "", "```", open(run, encoding="utf-8").read().strip(), "```", ""]
    if os.path.exists(stats):
        parts += ["```", open(stats, encoding="utf-8").read().strip(), "```", ""]
    parts += ["## Precision", ""] + [f"- {l}" for l in lines] + [""]
    parts += ["## Criteria", "", "```", ORGS, "```", "", "```", FIGURES, "```", "", "```", LABELS, "```", ""]
    parts += ["## Organisations", "", md_table([short(r, "sentence") for r in data["orgs.tsv"]],
              ["id", "file", "name", "aliases", "type", "is_company", "verdict_org", "verdict_full", "reason",
               "sentence"]), ""]
    parts += ["## Figures", "", md_table([short(r, "sentence") for r in data["figures.tsv"]],
              ["id", "file", "text", "kind", "usd", "about", "subject", "verdict_figure", "verdict_kind",
               "verdict_subject", "verdict_usd", "reason", "sentence"]), ""]
    parts += ["## Category labels", "", md_table([short(r, "evidence") for r in data["labels-sample.tsv"]],
              ["id", "file", "company", "category", "basis", "rule", "figure", "verdict", "reason", "evidence"]), ""]
    sampled = {r["id"] for r in data["labels-sample.tsv"]}
    rest = [r for r in all_labels if r["id"] not in sampled and r.get("verdict") in ("Y", "N")]
    if rest:
        parts += ["## Category labels outside the sample (also judged)", "",
                  md_table(rest, ["id", "file", "company", "category", "basis", "figure", "verdict", "reason"]), ""]
    with open(a.md, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main()
