"""The corpus subcommands through the CLI (CliRunner): analyze --db, companies, timeline, export,
import, in every output format; and an interrupted batch (a process killed with SIGKILL)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from giants.cli import app, giants_app

from conftest import ROOT, SAMPLES

runner = CliRunner()


def giants(*args):
    return runner.invoke(giants_app, [str(a) for a in args], prog_name="giants")


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp):  # nlp: the pipeline is loaded once for the session
    path = tmp_path_factory.mktemp("store") / "news.db"
    result = giants("analyze", "--db", path, SAMPLES)
    assert result.exit_code == 0, result.stderr
    assert "10 saved, 0 unchanged" in result.stderr
    assert result.stdout == ""  # with --db, analyses are printed only when --format is given
    return path


def test_analyze_db_skips_unchanged_and_force_redoes(db, tmp_path):
    again = giants("analyze", "--db", db, SAMPLES)
    assert again.exit_code == 0 and "0 saved, 10 unchanged (skipped)" in again.stderr
    one = SAMPLES / "little-giant-gearbox.txt"
    forced = runner.invoke(app, ["--db", str(db), "--force", "-f", "jsonl", str(one)], prog_name="analyze")
    assert forced.exit_code == 0 and "1 saved, 0 unchanged" in forced.stderr
    assert json.loads(forced.stdout)["source"]["path"] == str(one)  # the short form takes --db too


def test_companies_json_jsonl_csv_table(db):
    as_json = giants("companies", "--db", db, "-f", "json")
    assert as_json.exit_code == 0, as_json.stderr
    rows = json.loads(as_json.stdout)
    by_name = {r["company"]: r for r in rows}
    assert by_name["Voltaris Energy"]["categories"]["unicorn"]["status"] == "held"
    assert by_name["Voltaris Energy"]["valuation_usd"] == pytest.approx(1.1e9)
    assert by_name["Hengyuan Drive Technology"]["categories"]["little_giant"]["source"].endswith("little-giant-gearbox.txt")

    as_jsonl = giants("companies", "--db", db, "-f", "jsonl")
    assert [json.loads(line) for line in as_jsonl.stdout.splitlines()] == rows

    as_csv = giants("companies", "--db", db, "-f", "csv", "--category", "unicorn")
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert {r["company"] for r in table} == {r["company"] for r in rows if "unicorn" in r["categories"]}
    assert all(r["unicorn_status"] == "held" for r in table)

    as_table = giants("companies", "--db", db, "-f", "table", "--name", "voltaris")
    assert as_table.exit_code == 0 and "Voltaris" in as_table.stdout and "Cargonaut" not in as_table.stdout


def test_companies_writes_to_a_file(db, tmp_path):
    out = tmp_path / "c.csv"
    result = giants("companies", "--db", db, "-f", "csv", "-o", out, "--min-articles", "1")
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text().startswith("company,aliases,categories,ended_categories,articles,")


def test_timeline_and_unknown_company(db):
    result = giants("timeline", "Voltaris", "--db", db, "-f", "json")
    assert result.exit_code == 0, result.stderr
    events = json.loads(result.stdout)
    assert {e["kind"] for e in events} >= {"category", "valuation", "funding"}
    assert all(e["source"].endswith("unicorn-solid-state-battery.txt") and e["date"] == "2025-06-03" for e in events)
    table = giants("timeline", "Voltaris", "--db", db, "-f", "table")
    assert "Voltaris" in table.stdout and "unicorn" in table.stdout
    missing = giants("timeline", "Nobody Here", "--db", db)
    assert missing.exit_code == 1 and missing.stderr.startswith("giants: error: no stored company matches")


def test_export_tables(db):
    labels = giants("export", "--db", db, "--table", "labels", "-f", "jsonl")
    rows = [json.loads(line) for line in labels.stdout.splitlines()]
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM labels").fetchone()[0]
    assert len(rows) == stored > 0 and {"category", "basis", "evidence", "organisation", "source"} <= set(rows[0])
    report = giants("export", "--db", db)  # the company report, CSV, by default
    assert report.exit_code == 0 and report.stdout.startswith("company,")


def test_missing_store_is_one_line(tmp_path):
    result = giants("companies", "--db", tmp_path / "none.db")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "no store at" in result.stderr


def test_import_round_trip(db, tmp_path):
    lines = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["-f", "jsonl", str(SAMPLES / "gazelle-hefei-software.txt")], prog_name="analyze")
    lines.write_text(result.stdout + "this is not json\n")
    fresh = tmp_path / "fresh.db"
    imported = giants("import", lines, "--db", fresh)
    assert imported.exit_code == 1 and "1 saved, 0 unchanged (skipped), 1 failed" in imported.stderr
    rows = json.loads(giants("companies", "--db", fresh, "-f", "json").stdout)
    assert any("gazelle" in r["categories"] for r in rows)


def _complete(conn) -> bool:
    """Every stored article has exactly the child rows it says it has."""
    for aid, n_org, n_lab, n_fig, n_end in conn.execute(
            "SELECT id, n_organisations, n_labels, n_figures, n_status_ends FROM articles"):
        counts = [conn.execute(f"SELECT count(*) FROM {t} WHERE article_id = ?", (aid,)).fetchone()[0]
                  for t in ("organisations", "labels", "figures", "status_ends")]
        if counts != [n_org, n_lab, n_fig, n_end]:
            return False
    return True


def test_a_batch_killed_midway_keeps_every_finished_article(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    for i in range(24):
        text = samples[i % len(samples)].read_text()
        (folder / f"{i:03d}.txt").write_text(text + f"\nThe company employs {100 + i} people.\n")
    path = tmp_path / "killed.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    cmd = [sys.executable, "-c", "from giants.cli import giants_main; giants_main()", "analyze", "--db", str(path),
           "-q", str(folder)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 240
        saved = 0
        while time.time() < deadline and proc.poll() is None:
            if path.exists():
                try:
                    saved = sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:
                    saved = 0  # the schema is being created
            if saved >= 3:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the batch finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 3 <= kept < 24
    assert _complete(conn)
    for (analysis,) in conn.execute("SELECT analysis_json FROM articles"):
        assert json.loads(analysis)["source"]["characters"] > 0
    conn.close()
    # the next run finishes the batch and does not redo what was saved
    result = subprocess.run(cmd[:-2] + [str(folder)], env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert f"{24 - kept} saved, {kept} unchanged" in result.stderr
    assert _complete(sqlite3.connect(path))


KILLED_IN_A_TRANSACTION = """
import sys, time
from giants.store import connect, prepare, save

def record(name):
    analysis = {"source": {"path": name + ".txt", "published": "2025-01-01", "characters": 10},
                "organizations": [{"name": name, "aliases": [], "is_company": True, "categories": [
                    {"category": "unicorn", "basis": "explicit", "evidence": name + " is a unicorn.",
                     "span": [0, 20], "confidence": 0.9}]}],
                "figures": [{"text": "$2bn", "span": [0, 4], "kind": "valuation", "usd": 2e9, "subject": name}]}
    return prepare(analysis, name, model="m 1")

class Stalling:
    # a connection whose cursor stops for good before writing the figures
    def __init__(self, conn):
        self.conn = conn
    def cursor(self):
        cur = self.conn.cursor()
        class Cur:
            lastrowid = property(lambda _: cur.lastrowid)
            def execute(_, *a):
                return cur.execute(*a)
            def executemany(_, sql, rows):
                if "INSERT INTO figures" in sql:
                    print("inside", flush=True)
                    time.sleep(600)
                return cur.executemany(sql, rows)
        return Cur()

conn = connect(sys.argv[1])
save(conn, record("Brightline"))
save(Stalling(conn), record("Cobalt"))
"""


def test_a_process_killed_inside_a_transaction_leaves_no_half_article(tmp_path):
    path = tmp_path / "s.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-c", KILLED_IN_A_TRANSACTION, str(path)], env=env,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "inside"  # organisations and labels of article 2 are written
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT source FROM articles")] == ["Brightline.txt"]
    assert [r[0] for r in conn.execute("SELECT name FROM organisations")] == ["Brightline"]
    assert conn.execute("SELECT count(*) FROM labels").fetchone()[0] == 1
    assert _complete(conn)
