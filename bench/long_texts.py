"""Peak memory and time of `analyze` on one long text, and `--workers 2 | head -1`.

Run by hand from the repository root (never part of the tests):

    PYTHONPATH=src python bench/long_texts.py                 # 100 KB, 1 MB, 5 MB, 19 MB
    PYTHONPATH=src python bench/long_texts.py --sizes 100k 1m # a quicker run
    PYTHONPATH=src python bench/long_texts.py --head-only     # only the early-exit check

Each text is the samples/ articles repeated (paragraphs kept) up to the size. Each run is
`python -m giants.cli --format json TEXT > /dev/null` in a child process; peak memory is
the child's maximum resident set size (wait4's ru_maxrss). Goals: peak memory of every
size within 1.5x of the 100 KB case's; time roughly linear in the size; the head check
returns within 10 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"100k": 100_000, "1m": 1_000_000, "5m": 5_000_000, "19m": 19_000_000}


def make_text(size: int, path: Path) -> None:
    parts = [p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "samples").glob("*.txt"))]
    blob = "\n\n".join(parts) + "\n\n"
    text = (blob * (size // len(blob.encode("utf-8")) + 2)).encode("utf-8")[:size].decode("utf-8", "ignore")
    path.write_text(text.rsplit(" ", 1)[0] + "\n", encoding="utf-8")


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "giants.cli", *args]


def run_one(path: Path, timeout: float) -> tuple[float, float, int, float]:
    """(seconds, peak MB, exit code, CPU seconds) of analysing one file; a run still going at
    `timeout` is stopped and reported with exit code -9 and its peak so far."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    start = time.monotonic()
    proc = subprocess.Popen(cli("-q", "--format", "json", str(path)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.2)
    seconds = time.monotonic() - start
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime


def head_check(tmp: Path) -> float:
    """Seconds for `analyze --workers 2 --format jsonl DIR | head -1` over 60 copies of a sample."""
    folder = tmp / "d60"
    folder.mkdir(exist_ok=True)
    for i in range(60):
        shutil.copy(ROOT / "samples" / "little-giant-gearbox.txt", folder / f"{i:02}.txt")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    command = " ".join(cli("--workers", "2", "--format", "jsonl", str(folder))) + " | head -1 > /dev/null"
    start = time.monotonic()
    try:
        subprocess.run(["bash", "-c", command], env=env, timeout=60, check=False)
    except subprocess.TimeoutExpired:
        return float("inf")
    return time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    parser.add_argument("--timeout", type=float, default=7200, help="seconds allowed per size")
    parser.add_argument("--head-only", action="store_true")
    parser.add_argument("--no-head", action="store_true", help="skip the early-exit check")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="giants-bench-") as name:
        tmp = Path(name)
        if not args.no_head:
            head = head_check(tmp)
            print(f"--workers 2 --format jsonl (60 files) | head -1: {head:.1f} s (goal < 10 s)", flush=True)
        if args.head_only:
            return
        # CPU seconds are the fairer time on a shared machine: wall time grows with everyone's load
        print("| text | characters | wall s | CPU s | CPU s per MB | peak MB | x first peak | exit |")
        print("|---|---|---|---|---|---|---|---|", flush=True)
        base_peak = None
        for key in args.sizes:
            path = tmp / f"text_{key}.txt"
            make_text(SIZES[key], path)
            chars = len(path.read_text(encoding="utf-8"))
            seconds, peak, code, cpu = run_one(path, args.timeout)
            base_peak = base_peak or peak
            per_mb = cpu / (SIZES[key] / 1e6)
            print(f"| {key} | {chars:,} | {seconds:.1f} | {cpu:.1f} | {per_mb:.0f} | {peak:.0f} | {peak / base_peak:.2f} "
                  f"| {code} |", flush=True)
            path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
