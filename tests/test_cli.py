"""The `analyze` command, through typer's runner and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from giants.cli import app
from giants.output.models import json_schema

ARTICLE = """Acme Gearworks wins national title

Acme Gearworks, a national "little giant" firm based in Wuhan, makes planetary gear reducers for
industrial robots. The company raised 300 million yuan in a funding round led by Redwood Capital,
its chief executive Zhang Wei said on Monday. Its revenue grew 25 percent last year.
"""

runner = CliRunner()


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "acme.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_version():
    from giants import __version__

    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"giants {__version__}"


def test_schema_is_the_models_schema():
    result = invoke("--schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == json_schema()
    for field in ("schema_version", "source", "gist", "categories_discussed", "organizations", "people",
                  "places", "sectors", "figures", "keyphrases", "warnings"):
        assert field in schema["properties"]


def test_json_output_validates_and_has_every_field(article):
    result = invoke("--format", "json", str(article))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, json_schema())
    assert data["source"]["path"] == str(article)
    assert data["source"]["title"] == "Acme Gearworks wins national title"
    assert data["source"]["characters"] == len(ARTICLE)
    for key in ("organizations", "people", "places", "sectors", "figures", "keyphrases", "warnings"):
        assert isinstance(data[key], list)
    # every figure's text is the input at its span
    for fig in data["figures"]:
        assert ARTICLE[fig["span"][0]:fig["span"][1]] == fig["text"]


def test_stdin(article):
    result = invoke("--format", "json", "-", input=ARTICLE)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["path"] == "-"
    assert data["source"]["characters"] == len(ARTICLE)


def test_table_view_shows_title_and_sections(article):
    result = invoke("--format", "table", str(article))
    assert result.exit_code == 0, result.stderr
    assert "Acme Gearworks wins national title" in result.stdout
    assert "Organisations" in result.stdout


def write(path, data: bytes):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "file not found"),
    (lambda d: write(d / "empty.txt", b""), "empty input"),
    (lambda d: write(d / "blank.txt", b"  \n\n "), "empty input"),
    (lambda d: d, "is a directory with no"),
    (lambda d: write(d / "b.bin", b"\x00\x01\x02binary"), "binary file"),
])
def test_bad_input_is_one_line_and_non_zero(tmp_path, make, message):
    target = make(tmp_path)
    result = invoke("--format", "json", str(target))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("analyze: error: ") and message in lines[0]
    assert "Traceback" not in result.output


def test_non_english_text_is_refused(tmp_path):
    path = tmp_path / "zh.txt"
    path.write_text("工业和信息化部公布第一批专精特新小巨人企业名单。" * 10, encoding="utf-8")
    result = invoke("--format", "json", str(path))
    assert result.exit_code == 1
    assert "does not look like English" in result.stderr


def test_batch_keeps_order_and_reports_bad_files(tmp_path, article):
    second = tmp_path / "b.txt"
    second.write_text("Beta Labs, a unicorn, is based in Shenzhen. " * 3, encoding="utf-8")
    result = invoke("--format", "jsonl", str(article), str(tmp_path / "nope.txt"), str(second))
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [str(article), str(tmp_path / "nope.txt"), str(second)]
    assert records[0]["error"] is None and records[2]["error"] is None
    assert records[1]["error"] == "file not found"
    assert "nope.txt: file not found" in result.stderr


def test_missing_model_says_what_to_install(article):
    result = invoke("--model", "no_such_pipeline_xyz", str(article))
    assert result.exit_code == 3
    assert "no_such_pipeline_xyz" in result.stderr and "pip install" in result.stderr


def test_bad_taxonomy_file_names_the_line(tmp_path, article):
    bad = tmp_path / "tax.toml"
    bad.write_text('[[sectors]]\nid = "x"\nlabel = \n', encoding="utf-8")
    result = invoke("--taxonomy", str(bad), str(article))
    assert result.exit_code == 2
    assert "line 3" in result.stderr and str(bad) in result.stderr


def test_no_arguments_is_a_usage_error():
    result = invoke()
    assert result.exit_code == 2
    assert "no ARTICLES given" in result.stderr


def test_real_subprocess_python_m(article):
    proc = subprocess.run([sys.executable, "-m", "giants", "--format", "json", str(article)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    jsonschema.validate(data, json_schema())
    assert data["source"]["title"] == "Acme Gearworks wins national title"


def test_piped_output_defaults_to_json(article):
    proc = subprocess.run([sys.executable, "-m", "giants", str(article)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"]["path"] == str(article)


def test_from_file_lists_paths_and_urls(tmp_path, article):
    import http.server
    import threading

    page = ("<html><head><title>Orbit start-up valued at $2bn</title>"
            '<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head><body>'
            "<nav>Home | Markets | Most read</nav><article><h1>Orbit start-up valued at $2bn</h1>"
            + "<p>Skyforge Orbital, a private satellite maker based in Xi'an, became a unicorn on Tuesday "
              "after investors valued it at $2 billion in a funding round, its founder said.</p>" * 3
            + "</article><footer>Copyright Example Media</footer></body></html>").encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/story"
        listing = tmp_path / "inputs.txt"
        listing.write_text(f"# my reading list\n{article}\n\n{url}\n{tmp_path / 'gone.txt'}\n", encoding="utf-8")
        result = invoke("--format", "jsonl", "--from-file", str(listing))
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 1  # one input is missing
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [str(article), url, str(tmp_path / "gone.txt")]
    web = records[1]
    assert web["error"] is None
    assert web["source"]["title"] == "Orbit start-up valued at $2bn"
    assert web["source"]["published"] == "2024-05-02"
    assert "Most read" not in json.dumps(web) and "Copyright" not in json.dumps(web)
    assert records[2]["error"] == "file not found"


def test_rates_file_changes_usd(tmp_path):
    text = ("Jadeport Robotics raised 700 million yuan in a Series C round, the Hangzhou start-up said on "
            "Tuesday. The money will fund a new factory for warehouse robots.")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    rates = tmp_path / "rates.toml"
    rates.write_text('as_of = "2030-01-01"\nsource = "test"\n[rates]\nCNY = { usd = 0.5 }\n', encoding="utf-8")
    before = json.loads(invoke("--format", "json", str(path)).stdout)
    after = json.loads(invoke("--format", "json", "--rates", str(rates), str(path)).stdout)
    [fig_before] = [f for f in before["figures"] if f["unit"] == "CNY"]
    [fig_after] = [f for f in after["figures"] if f["unit"] == "CNY"]
    assert fig_after["usd"] == pytest.approx(350e6)
    assert fig_after["rate_date"] == "2030-01-01"
    assert fig_before["usd"] != fig_after["usd"]


def test_bodies_file_types_an_unknown_body(tmp_path):
    text = ("Harrow Bell reported on Monday that 40 local manufacturers had applied for national support "
            "this year. Harrow Bell said the applications would be reviewed in May.")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    bodies = tmp_path / "bodies.toml"
    bodies.write_text('[[bodies]]\nname = "Harrow Bell"\ntype = "ngo"\nis_company = false\n', encoding="utf-8")
    before = {o["name"]: o for o in json.loads(invoke("--format", "json", str(path)).stdout)["organizations"]}
    result = invoke("--format", "json", "--bodies", str(bodies), str(path))
    assert result.exit_code == 0, result.stderr
    after = {o["name"]: o for o in json.loads(result.stdout)["organizations"]}
    assert after["Harrow Bell"]["type"] == "ngo"
    assert after["Harrow Bell"]["mentions"] == 2
    assert before.get("Harrow Bell", {}).get("type") != "ngo"


def test_schema_category_labels_carry_their_rule():
    labels = json_schema()["$defs"]["CategoryLabel"]["properties"]
    assert "rule" in labels
    assert "mechanism" in labels["rule"]["description"]
