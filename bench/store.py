"""Benchmarks of the corpus store (giants.store). Run by hand from the repository root:

    PYTHONPATH=src python bench/store.py overhead 1000   # cost of storing vs analysing 1,000 articles
    PYTHONPATH=src python bench/store.py report 10000    # companies report over 10,000 stored articles

overhead: the same corpus (bench/make_corpus.py: samples and devset texts, numbered) is
analysed twice with one loaded pipeline: (A) analysis only, results consumed and
dropped; (B) `analyze_into` a fresh store. A and B alternate over chunks of 50 articles,
so a change in the machine's load falls on both. The store's own cost is also timed
inside B (hashing, the unchanged check, building the record, the SQLite transaction),
which depends far less on what else the machine is doing. Goal: storing adds < 5%.

report: 10,000 synthetic articles (5 companies each, drawn from 3,000 names, with
labels, status ends and valuations) are saved, then `companies()` is timed with no
filter and with each filter (best of 3). Goal: < 1 s.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def overhead(n: int, chunk: int = 50) -> None:
    import importlib

    from make_corpus import build

    from giants.api import analyze_articles, load_pipeline
    from giants.inputs.reader import read_article
    from giants.store import connect

    store_save = importlib.import_module("giants.store.save")  # the module (giants.store.save is also a function)
    tmp = Path(tempfile.mkdtemp(prefix="giants-bench-"))
    paths = [str(p) for p in build(n, tmp / "corpus")]
    nlp = load_pipeline()
    list(analyze_articles((read_article(p) for p in paths[:20]), nlp=nlp))  # warm up

    spent = {"content_hash": 0.0, "unchanged": 0.0, "prepare": 0.0, "save": 0.0}
    for name in spent:
        original = getattr(store_save, name)

        def timed(*args, _f=original, _n=name, **kw):
            s = time.perf_counter()
            try:
                return _f(*args, **kw)
            finally:
                spent[_n] += time.perf_counter() - s

        setattr(store_save, name, timed)
    conn = connect(tmp / "bench.db")
    # A and B alternate over chunks of the corpus, so that a change in the machine's load
    # during the run falls on both alike.
    analysis_only = with_store = 0.0
    statuses = []
    for i in range(0, n, chunk):
        part = paths[i:i + chunk]
        t0 = time.perf_counter()
        for _ in analyze_articles((read_article(p) for p in part), nlp=nlp):
            pass
        analysis_only += time.perf_counter() - t0
        t0 = time.perf_counter()
        statuses += [o.status for o in store_save.analyze_into(conn, part, nlp=nlp)]
        with_store += time.perf_counter() - t0
    store_cost = sum(spent.values())
    size = (tmp / "bench.db").stat().st_size + sum(f.stat().st_size for f in tmp.glob("bench.db-*"))
    print(f"articles: {n} ({statuses.count('saved')} saved, {statuses.count('error')} errors), chunks of {chunk}")
    print(f"A analysis only:        {analysis_only:8.2f} s")
    print(f"B analysis + store:     {with_store:8.2f} s  (end to end: {100 * (with_store / analysis_only - 1):+.1f}%)")
    print(f"store work inside B:    {store_cost:8.3f} s  = {100 * store_cost / (with_store - store_cost):.2f}% of the"
          f" analysis time  ({', '.join(f'{k} {v:.3f}' for k, v in spent.items())})")
    print(f"per article:            {1000 * store_cost / n:8.3f} ms; store size {size / 1e6:.1f} MB")


def _synthetic(i: int, rng: random.Random, names: list[str]) -> dict:
    from giants.store import prepare

    year = 2020 + i % 6
    date = f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    orgs, figures = [], []
    for name in rng.sample(names, 5):
        labels = []
        roll = rng.random()
        if roll < 0.3:
            cat = rng.choice(["little_giant", "unicorn", "decacorn", "gazelle"])
            ev = f"{name} is a {cat.replace('_', ' ')}, the report said."
            labels.append({"category": cat, "basis": "explicit", "evidence": ev, "span": [0, len(ev)],
                           "confidence": 0.9, "rule": "apposition"})
        org = {"name": name, "aliases": [name.split()[0]] if rng.random() < 0.2 else [], "type": "company",
               "is_company": True, "mentions": 3, "categories": labels}
        if 0.3 <= roll < 0.33:
            org["past_categories"] = [{"category": "little_giant", "evidence": f"{name} lost its title.", "span": [0, 9]}]
        if 0.33 <= roll < 0.35:
            org["acquired"] = {"evidence": f"{name} was acquired.", "span": [0, 9]}
        if rng.random() < 0.2:
            usd = rng.uniform(1e8, 2e10)
            figures.append({"text": f"${usd / 1e9:.1f} billion", "span": [10, 22], "kind": "valuation", "value": usd,
                            "unit": "USD", "usd": usd, "subject": name, "time": "current"})
        orgs.append(org)
    analysis = {"schema_version": "1", "source": {"path": f"synthetic/{i:05d}.txt", "title": f"Story {i}",
                                                  "published": date, "characters": 3000},
                "gist": "", "categories_discussed": [], "organizations": orgs, "figures": figures}
    return prepare(analysis, f"synthetic text {i}", model="synthetic 1")


def report(n: int) -> None:
    from giants.store import companies, connect, save

    rng = random.Random(15)
    stems = ["Hollin", "Tarrow", "Quill", "Brisk", "Morrow", "Vantor", "Kestrel", "Lumen", "Ostra", "Pellam",
             "Rudd", "Sable", "Tiver", "Ulden", "Verrow", "Wexley", "Yarrow", "Zephrin", "Aldane", "Corvid"]
    heads = ["Robotics", "Capital", "Energy", "Semiconductor", "Labs", "Motors", "Foods", "Biotech", "Systems",
             "Materials", "Logistics", "Software", "Networks", "Pharma", "Drive"]
    names = list(dict.fromkeys(f"{a}{b.lower()} {h}" for a in stems for b in stems for h in heads))
    rng.shuffle(names)
    names = names[:3000]
    tmp = Path(tempfile.mkdtemp(prefix="giants-bench-")) / "report.db"
    conn = connect(tmp)
    t0 = time.perf_counter()
    for i in range(n):
        save(conn, _synthetic(i, rng, names))
    saving = time.perf_counter() - t0
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "organisations", "labels", "figures", "status_ends")}
    print(f"stored: {counts}; saving took {saving:.2f} s ({1000 * saving / n:.2f} ms per article)")
    for label, kw in [("all companies", {}), ("--category unicorn", {"category": "unicorn"}),
                      ("--since 2024-01 --until 2024-12", {"since": "2024-01", "until": "2024-12"}),
                      ("--min-articles 20", {"min_articles": 20}), ("--name robotics", {"name": "robotics"})]:
        times, cpu = [], []
        for _ in range(3):
            t0, c0 = time.perf_counter(), time.process_time()
            rows = companies(conn, **kw)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        print(f"companies {label:34s} {min(times):6.3f} s best of 3 (median {statistics.median(times):.3f}; "
              f"CPU {min(cpu):.3f} s); {len(rows)} rows")


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "report"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else (1000 if what == "overhead" else 10000)
    {"overhead": overhead, "report": report}[what](count)
