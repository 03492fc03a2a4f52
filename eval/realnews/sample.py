#!/usr/bin/env python3
"""Run the analyzer over the real-news corpus and draw samples for judging by hand.

usage:
  sample.py --corpus /work/corpus --out OUT_DIR [--sets vb-funding,vb-random,bbc-business]
            [--limit N] [--workers 2] [--seed 20261206] [--n-orgs 100] [--n-figures 100]
            [--cmd "analyze --format jsonl --quiet"] [--reuse]

Steps (all output goes to OUT_DIR, which must lie outside the repository: the texts and
everything quoting them stay out of git):
  1. files.txt       the article paths analysed (sets in the order given, files sorted;
                     --limit keeps the first N)
  2. analysis.jsonl  `analyze --format jsonl --quiet --from-file files.txt` (one record per
                     article, input order); run.txt records the command, wall time and counts.
                     --reuse skips this step when analysis.jsonl already has every record.
  3. orgs.tsv        a seeded random sample of organisations (uniform over all organisation
                     records of the run) with name, aliases, type, is_company and the sentence
                     of the first mention (mention_spans when the output has them, else the
                     first whole-word occurrence of the name or an alias)
  4. figures.tsv     a seeded random sample of figures with text, kind, value, usd, about,
                     subject, subject_kind/time when present, and the sentence around its span
  5. labels.tsv      every category label of the run (company, category, basis, rule,
                     confidence, definition, evidence); labels-sample.tsv holds all of them
                     when there are at most 200, else a seeded random 150
  The TSVs carry empty `verdict` and `reason` columns for the judge (see judge.py).

Which code runs is decided by the environment: export PYTHONPATH=/path/to/worktree/src so
that the `analyze` script imports that tree (run.txt records which giants was imported).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shlex
import subprocess
import sys
import time

from criteria import FIGURES, LABELS, ORGS

DEFAULT_SETS = "vb-funding,vb-random,bbc-business"
ORG_COLS = ["id", "file", "name", "aliases", "type", "is_company", "mentions", "categories",
            "sentence", "verdict_org", "verdict_full", "reason"]
FIG_COLS = ["id", "file", "text", "kind", "value", "unit", "usd", "qualifier", "about", "subject",
            "subject_kind", "time", "sentence", "verdict_figure", "verdict_kind", "verdict_subject",
            "verdict_usd", "reason"]
LABEL_COLS = ["id", "file", "company", "aliases", "category", "basis", "rule", "confidence",
              "definition", "figure", "evidence", "verdict", "reason"]


def repo_root(path: str) -> str | None:
    out = subprocess.run(["git", "-C", path, "rev-parse", "--show-toplevel"], capture_output=True, text=True)
    return out.stdout.strip() or None if out.returncode == 0 else None


def list_files(corpus: str, sets: list[str], limit: int | None) -> list[str]:
    files = []
    for s in sets:
        d = os.path.join(corpus, s)
        if not os.path.isdir(d):
            sys.exit(f"sample.py: no set {s!r} under {corpus}")
        files += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".txt")]
    return files[:limit] if limit else files


def count_lines(path: str) -> int:
    if not os.path.exists(path):
        return 0
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def run_analyzer(cmd: str, workers: int, listfile: str, out: str, log: str, n: int) -> None:
    argv = shlex.split(cmd) + ["--from-file", listfile]
    if workers > 1:
        argv += ["--workers", str(workers)]
    probe = subprocess.run([sys.executable, "-c", "import giants; print(giants.__file__)"],
                           capture_output=True, text=True)
    t0 = time.time()
    with open(out, "w", encoding="utf-8") as fo, open(out + ".stderr", "w", encoding="utf-8") as fe:
        code = subprocess.run(argv, stdout=fo, stderr=fe).returncode
    wall = time.time() - t0
    got = count_lines(out)
    with open(log, "w", encoding="utf-8") as f:
        f.write(f"command\t{' '.join(shlex.quote(a) for a in argv)}\n")
        f.write(f"PYTHONPATH\t{os.environ.get('PYTHONPATH', '')}\n")
        f.write(f"giants imported from\t{probe.stdout.strip() or probe.stderr.strip()[-200:]}\n")
        f.write(f"exit code\t{code}\n")
        f.write(f"articles\t{n}\nrecords\t{got}\n")
        f.write(f"wall seconds\t{wall:.1f}\nseconds per article\t{wall / max(n, 1):.3f}\n")
        f.write(f"finished\t{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n")
    if got != n:
        sys.exit(f"sample.py: {got} records for {n} articles (exit {code}); see {out}.stderr")


# --- sentences ---------------------------------------------------------------------------

_END = re.compile(r'(?<=[.!?])["”’)]?\s+(?=["“‘(]?[A-Z0-9$£€])|\n+')


def sentence_at(text: str, start: int, end: int, cap: int = 600) -> str:
    """The sentence (rough split: ., ! or ? before a capital, or a line break) holding [start, end)."""
    lo, hi = 0, len(text)
    for m in _END.finditer(text):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    s = text[lo:hi]
    if len(s) > cap:  # keep the window around the span
        a = max(lo, start - cap // 2)
        s = ("…" if a > lo else "") + text[a:min(hi, a + cap)] + ("…" if a + cap < hi else "")
    return " ".join(s.split())


def marked(text: str, start: int, end: int) -> str:
    """The sentence with the span wrapped in [[ ]] so the judge sees exactly what was taken."""
    t = text[:start] + "⟦" + text[start:end] + "⟧" + text[end:]
    return sentence_at(t, start, end + 2)


def first_mention(text: str, org: dict) -> tuple[int, int] | None:
    spans = org.get("mention_spans") or []
    if spans:
        s, e = min(tuple(x) for x in spans)
        return s, e
    for name in [org.get("name") or ""] + list(org.get("aliases") or []):
        if not name:
            continue
        m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
        if m:
            return m.start(), m.end()
    for name in [org.get("name") or ""] + list(org.get("aliases") or []):
        i = text.find(name) if name else -1
        if i >= 0:
            return i, i + len(name)
    return None


# --- sampling ----------------------------------------------------------------------------

def load(jsonl: str) -> list[dict]:
    with open(jsonl, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def rel(path: str, corpus: str) -> str:
    return os.path.relpath(path, corpus)


def write_tsv(path: str, cols: list[str], rows: list[dict], header: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        for line in header.strip().splitlines():
            f.write("# " + line + "\n")
        w = csv.DictWriter(f, fieldnames=cols, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else str(r.get(k)).replace("\t", " ").replace("\n", " "))
                        for k in cols})


def fmt_num(x) -> str:
    if x is None:
        return ""
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:g}"


def draw(records: list[dict], corpus: str, out: str, seed: int, n_orgs: int, n_figs: int) -> dict:
    texts: dict[str, str] = {}

    def text_of(path: str) -> str:
        if path not in texts:
            with open(path, encoding="utf-8") as f:
                texts[path] = f.read()
        return texts[path]

    orgs, figs, labels = [], [], []
    for r in records:
        path = (r.get("source") or {}).get("path") or ""
        for o in r.get("organizations") or []:
            orgs.append((path, o))
            for c in o.get("categories") or []:
                labels.append((path, o, c))
        for fg in r.get("figures") or []:
            figs.append((path, fg))

    rnd = random.Random(seed)
    org_rows = []
    for k, (path, o) in enumerate(sorted(rnd.sample(orgs, min(n_orgs, len(orgs))),
                                         key=lambda x: (x[0], x[1].get("name") or "")), 1):
        span = first_mention(text_of(path), o)
        org_rows.append({
            "id": f"O{k:03d}", "file": rel(path, corpus), "name": o.get("name"),
            "aliases": " | ".join(o.get("aliases") or []), "type": o.get("type"),
            "is_company": o.get("is_company"), "mentions": o.get("mentions"),
            "categories": ",".join(c.get("category", "") for c in o.get("categories") or []),
            "sentence": marked(text_of(path), *span) if span else "(name not found in text)"})

    rnd = random.Random(seed + 1)
    fig_rows = []
    for k, (path, fg) in enumerate(sorted(rnd.sample(figs, min(n_figs, len(figs))),
                                          key=lambda x: (x[0], tuple(x[1].get("span") or (0, 0)))), 1):
        s, e = fg.get("span") or (0, 0)
        fig_rows.append({
            "id": f"F{k:03d}", "file": rel(path, corpus), "text": fg.get("text"), "kind": fg.get("kind"),
            "value": fmt_num(fg.get("value")), "unit": fg.get("unit"), "usd": fmt_num(fg.get("usd")),
            "qualifier": fg.get("qualifier"), "about": fg.get("about"), "subject": fg.get("subject"),
            "subject_kind": fg.get("subject_kind"), "time": fg.get("time"),
            "sentence": marked(text_of(path), s, e)})

    label_rows = []
    for k, (path, o, c) in enumerate(labels, 1):
        fg = c.get("figure") or {}
        label_rows.append({
            "id": f"L{k:03d}", "file": rel(path, corpus), "company": o.get("name"),
            "aliases": " | ".join(o.get("aliases") or []), "category": c.get("category"),
            "basis": c.get("basis"), "rule": c.get("rule"), "confidence": c.get("confidence"),
            "definition": c.get("definition"),
            "figure": f"{fg.get('text')} ({fg.get('kind')}, usd {fmt_num(fg.get('usd'))})" if fg else "",
            "evidence": " ".join((c.get("evidence") or "").split())})
    rnd = random.Random(seed + 2)
    label_sample = label_rows if len(label_rows) <= 200 else sorted(
        rnd.sample(label_rows, 150), key=lambda r: r["id"])

    head = f"seed {seed}; drawn from {len(records)} articles; judge.py scores the verdict columns"
    write_tsv(os.path.join(out, "orgs.tsv"), ORG_COLS, org_rows, f"organisations: {len(org_rows)} of {len(orgs)}; {head}\n{ORGS}")
    write_tsv(os.path.join(out, "figures.tsv"), FIG_COLS, fig_rows, f"figures: {len(fig_rows)} of {len(figs)}; {head}\n{FIGURES}")
    write_tsv(os.path.join(out, "labels.tsv"), LABEL_COLS, label_rows, f"all {len(label_rows)} category labels; {head}")
    write_tsv(os.path.join(out, "labels-sample.tsv"), LABEL_COLS, label_sample,
              f"labels to judge: {len(label_sample)} of {len(label_rows)}; {head}\n{LABELS}")
    cats: dict[str, int] = {}
    for row in label_rows:
        cats[row["category"]] = cats.get(row["category"], 0) + 1
    stats = {"articles": len(records), "errors": sum(1 for r in records if r.get("error")),
             "organizations": len(orgs), "figures": len(figs), "labels": len(label_rows),
             "labels_by_category": cats,
             "articles_with_labels": len({p for p, _, _ in labels})}
    with open(os.path.join(out, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=2)
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="/work/corpus")
    ap.add_argument("--out", required=True)
    ap.add_argument("--sets", default=DEFAULT_SETS)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--subset", type=int, help="a seeded random N of the listed files (same pool, less time)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--n-orgs", type=int, default=100)
    ap.add_argument("--n-figures", type=int, default=100)
    ap.add_argument("--cmd", default="analyze --format jsonl --quiet")
    ap.add_argument("--reuse", action="store_true", help="keep analysis.jsonl when it is complete")
    a = ap.parse_args()

    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    root = repo_root(out)
    if root and os.path.exists(os.path.join(root, "src", "giants")):
        sys.exit(f"sample.py: {out} lies inside the repository {root}; write article text elsewhere")
    files = list_files(a.corpus, [s for s in a.sets.split(",") if s], a.limit)
    if a.subset and a.subset < len(files):
        files = sorted(random.Random(a.seed).sample(files, a.subset))
    listfile = os.path.join(out, "files.txt")
    with open(listfile, "w", encoding="utf-8") as f:
        f.write("\n".join(files) + "\n")
    jsonl = os.path.join(out, "analysis.jsonl")
    if not (a.reuse and count_lines(jsonl) == len(files)):
        run_analyzer(a.cmd, a.workers, listfile, jsonl, os.path.join(out, "run.txt"), len(files))
    stats = draw(load(jsonl), os.path.abspath(a.corpus), out, a.seed, a.n_orgs, a.n_figures)
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
