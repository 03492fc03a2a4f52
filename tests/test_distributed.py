"""giants.run.distributed on a real dask.distributed LocalCluster of two worker processes: the
samples analysed on the cluster give the same store as a single-process run."""

from __future__ import annotations

import json
import sqlite3


from giants.store import analyze_into, connect, import_lines

from conftest import SAMPLES

from dask import distributed  # noqa: E402  (in the [test] extra too)


def _rows(path):
    conn = sqlite3.connect(path)
    articles = sorted(conn.execute("SELECT source, content_hash, model, giants_version, analysis_json FROM articles"))
    figures = sorted(conn.execute("SELECT a.source, f.position, f.kind, f.usd, f.sentence, o.name FROM figures f"
                                  " JOIN articles a ON a.id = f.article_id"
                                  " LEFT JOIN organisations o ON o.id = f.organisation_id"))
    return articles, figures


def test_cluster_run_matches_single_process(nlp, tmp_path):
    from giants.run.distributed import analyze_on_cluster

    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    out = tmp_path / "cluster.jsonl"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            n = analyze_on_cluster(client, paths, str(out), partition_size=3)
            workers = {w for w in client.run(lambda: __import__("os").getpid()).values()}
    assert n == len(paths) == 10 and len(workers) == 2
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"] for r in records] == paths  # input order kept

    single = connect(tmp_path / "single.db")
    assert {o.status for o in analyze_into(single, paths, nlp=nlp)} == {"saved"}
    clustered = connect(tmp_path / "cluster.db")
    assert {o.status for o in import_lines(clustered, out.read_text().splitlines())} == {"saved"}
    assert _rows(tmp_path / "single.db") == _rows(tmp_path / "cluster.db")
    assert _rows(tmp_path / "single.db")[0]  # not two empty stores
