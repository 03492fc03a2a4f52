"""Batches: order, bad inputs among good ones, encodings, long texts, arbitrary Unicode."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from giants.api import analyze_articles
from giants.inputs.reader import Article, expand_paths, read_article, read_articles
from giants.output.models import Analysis, json_schema

GOOD = [
    "Orbitline Space, a private rocket start-up, became a unicorn after a round that valued it at $1.5 billion. "
    "The company is based in Beijing.",
    "Harbor Sensors, a national little giant enterprise, makes pressure sensors for ships in Ningbo. "
    "Its sales grew 30% last year.",
    "The city zoo said its two gazelles had settled in well. Visitors doubled in March, the keeper said.",
]


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    paths = [tmp_path / "a.txt", tmp_path / "sub" / "b.txt", tmp_path / "sub" / "deeper" / "c.txt"]
    for path, text in zip(paths, GOOD):
        path.write_text(text, encoding="utf-8")
    (tmp_path / "sub" / "notes.json").write_text("{}", encoding="utf-8")  # not an article
    return tmp_path, paths


def test_directory_is_walked_recursively_in_sorted_order(folder):
    root, paths = folder
    assert list(expand_paths([str(root)])) == sorted(str(p) for p in paths)


def test_glob_patterns_expand_sorted(folder):
    root, paths = folder
    assert list(expand_paths([str(root / "**" / "*.txt")])) == sorted(str(p) for p in paths)


def test_bad_files_get_error_records_and_good_results_survive(tmp_path, nlp):
    good = []
    for i, text in enumerate(GOOD):
        path = tmp_path / f"good{i}.txt"
        path.write_text(text, encoding="utf-8")
        good.append(str(path))
    missing = str(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary\x00data")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(("Café Numérique, a unicorn valued at 2 billion euros, opened an office in Zürich. " * 3)
                      .encode("latin-1"))
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"word " * 3000)
    order = [good[0], missing, str(empty), good[1], str(binary), str(latin), str(huge), good[2]]
    results = list(analyze_articles(read_articles(order, max_bytes=10_000), nlp=nlp))

    assert [r.source.path for r in results] == order
    by_path = {r.source.path: r for r in results}
    for path in good:
        assert by_path[path].error is None
        assert by_path[path].source.characters > 0
    assert by_path[missing].error == "file not found"
    assert "empty" in by_path[str(empty)].error
    assert "binary" in by_path[str(binary)].error
    assert "larger than 10,000 bytes" in by_path[str(huge)].error
    latin_result = by_path[str(latin)]
    assert latin_result.error is None
    assert any("decoded as" in w for w in latin_result.warnings)
    assert latin_result.source.characters == len(latin.read_bytes())  # one character per byte, none lost


def test_latin1_text_is_decoded_not_mangled(tmp_path):
    path = tmp_path / "l.txt"
    path.write_bytes("Société Générale said the start-up was valued at 1.2 billion euros in Paris. ".encode("latin-1") * 2)
    article = read_article(str(path))
    assert article.error is None
    assert "Société Générale" in article.text
    assert article.warnings and "decoded as" in article.warnings[0]


def test_long_text_is_analysed_piece_by_piece_with_offsets_into_the_whole(nlp):
    # Rewritten: it used to pin the old helper that joined all pieces into one Doc.
    from giants.api import analyze_long
    from giants.output.build import to_analysis

    sentence = "Lumen Robotics, a national little giant firm, makes robot joints in Suzhou. "
    # each paragraph its own amount: the figures component keeps a restated amount once
    text = "".join(sentence * 8 + f"It raised ${20 + i} million from investors last year.\n\n"
                   for i in range(25))  # about 17,000 characters
    saved = nlp.max_length
    nlp.max_length = 5000
    try:
        [result] = analyze_articles([Article("long.txt", text=text)], nlp=nlp)
    finally:
        nlp.max_length = saved
    assert result.error is None
    assert any("analysed in" in w and "pieces" in w for w in result.warnings)
    assert result.source.characters == len(text)
    # every offset points into the whole text, in every piece, not only the first
    assert result.figures and max(f.span[0] for f in result.figures) > 10_000
    for fig in result.figures:
        assert text[fig.span[0]:fig.span[1]] == fig.text
    for org in result.organizations:
        for label in org.categories:
            assert text[label.span[0]:label.span[1]] == label.evidence
    whole = to_analysis(nlp(text))
    assert [f.span for f in result.figures] == [f.span for f in whole.figures]
    assert {o.name for o in whole.organizations} == {o.name for o in result.organizations}
    lumen = next(o for o in result.organizations if o.name == "Lumen Robotics")
    assert lumen.mentions == next(o for o in whole.organizations if o.name == "Lumen Robotics").mentions
    assert [c.category for c in lumen.categories] == ["little_giant"]
    # the same pieces straight from the library call
    direct = analyze_long(nlp, Article("long.txt", text=text), chunk_chars=5000)
    assert [f.span for f in direct.figures] == [f.span for f in result.figures]


def test_order_is_kept_with_two_workers(tmp_path):
    import giants

    texts = [f"Item {i}. " + GOOD[i % len(GOOD)] for i in range(12)]
    results = list(giants.analyze_texts(texts, workers=2, batch_size=2))
    assert [r.source.characters for r in results] == [len(t) for t in texts]
    assert [r.gist.split(".")[0] if r.gist else None for r in results][:1]  # analysed, not empty
    single = list(giants.analyze_texts(texts, workers=1))
    assert [r.model_dump() for r in results] == [r.model_dump() for r in single]


def test_jsonl_lines_each_validate(tmp_path):
    from typer.testing import CliRunner

    from giants.cli import app

    paths = []
    for i, text in enumerate(GOOD):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(app, ["--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    schema = json_schema()
    for line, path in zip(lines, sorted(paths)):
        record = json.loads(line)
        jsonschema.validate(record, schema)
        assert record["source"]["path"] == path


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=0, max_size=400))
def test_arbitrary_unicode_never_crashes(nlp, text):
    [result] = analyze_articles([Article("-", text=text)], nlp=nlp)
    assert isinstance(result, Analysis)
    Analysis.model_validate_json(result.model_dump_json())
    for org in result.organizations:
        for label in org.categories:
            assert text[label.span[0]:label.span[1]] == label.evidence
    for fig in result.figures:
        assert text[fig.span[0]:fig.span[1]] == fig.text


@pytest.mark.parametrize("text", [
    "Die Bundesregierung hat am Mittwoch ein neues Förderprogramm für kleine und mittlere Unternehmen "
    "beschlossen. Das Programm soll vor allem Firmen in der Industrie helfen, die in neue Technologien "
    "investieren wollen. Nach Angaben des Ministeriums stehen dafür rund zwei Milliarden Euro bereit.",
    "Le gouvernement a adopté mercredi un nouveau programme de soutien aux petites et moyennes entreprises. "
    "Le programme doit surtout aider les entreprises industrielles qui veulent investir dans les nouvelles "
    "technologies. Selon le ministère, environ deux milliards d'euros seront disponibles.",
    "工业和信息化部公布了第一批专精特新小巨人企业名单，共有二百四十八家企业入选。",
])
def test_non_english_is_refused(tmp_path, text):
    path = tmp_path / "foreign.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(str(path))
    assert article.text is None
    assert "does not look like English" in article.error


def test_english_with_chinese_names_is_accepted(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text("Kunlun Precision (昆仑精密), a national little giant, said on Monday that its "
                    "sales of robot reducers rose in the first quarter, as demand from carmakers grew.",
                    encoding="utf-8")
    article = read_article(str(path))
    assert article.error is None and "昆仑精密" in article.text


def test_a_component_error_becomes_a_warning_and_the_batch_goes_on(nlp, monkeypatch):
    finder = nlp.get_pipe("giants_figures")

    def broken(text):
        if "Kaboom" in text:
            raise ValueError("odd input")
        return {}, []

    original = finder._currency_context
    monkeypatch.setattr(finder, "_currency_context", lambda text: broken(text) if "Kaboom" in text else original(text))
    texts = [GOOD[0], "Kaboom Robotics, a unicorn valued at $2 billion, is based in Chengdu. " * 2, GOOD[1]]
    results = list(analyze_articles([Article(f"{i}.txt", text=t) for i, t in enumerate(texts)], nlp=nlp))
    assert [r.source.path for r in results] == ["0.txt", "1.txt", "2.txt"]
    assert results[1].error is None
    assert results[1].figures == []
    assert any(w.startswith("giants_figures: skipped (ValueError: odd input)") for w in results[1].warnings)
    assert results[0].figures and not results[0].warnings
    assert results[2].figures
