"""Build a benchmark corpus of N articles from the samples and the devset texts.

    python bench/make_corpus.py 1000 bench/corpus/1000

Each article is one of the source texts with a numbered edition line added, so
the files differ while the work per file stays realistic.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sources() -> list[str]:
    files = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "eval" / "devset" / "articles").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def build(count: int, out: Path) -> list[Path]:
    texts = sources()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = out / f"{i:05d}.txt"
        text = texts[i % len(texts)]
        path.write_text(f"{text.rstrip()}\n\nEdition {i}.\n", encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "bench" / "corpus" / str(n)
    print(f"{len(build(n, target))} articles in {target}")
