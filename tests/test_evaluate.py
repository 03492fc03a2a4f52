"""The evaluator's scoring functions, on tiny hand-made inputs (no spaCy needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from giants.evaluate import (
    aggregate,
    hard_negative_stems,
    is_hard_negative,
    load_corpus,
    main,
    match_orgs,
    passes,
    score_file,
)

TEXT = (
    "Brightfold Robotics, a national little giant, raised 300 million yuan. "
    "Rival Kestrel Labs is now valued at $12 billion. Sales grew 40%."
)


def gold_org(name, cats=(), aliases=(), is_company=True):
    return {"name": name, "aliases": list(aliases), "is_company": is_company,
            "categories": list(cats), "evidence": "x" if cats else None}


def pred_org(name, cats=(), aliases=(), is_company=True):
    return {"name": name, "aliases": list(aliases), "is_company": is_company,
            "categories": [{"category": c, "basis": "explicit", "evidence": "e"} for c in cats]}


def fig(text, kind, source=TEXT):
    start = source.index(text)
    return {"text": text, "span": [start, start + len(text)], "kind": kind}


GOLD = {
    "organizations": [
        gold_org("Brightfold Robotics", ["little_giant"]),
        gold_org("Kestrel Labs", ["decacorn"], aliases=["Kestrel"]),
    ],
    "categories_discussed": ["little_giant", "decacorn"],
    "sectors": ["robotics", "manufacturing"],
    "figures": [
        {"text": "300 million yuan", "kind": "funding", "about": "round"},
        {"text": "$12 billion", "kind": "valuation", "about": "Kestrel"},
        {"text": "40%", "kind": "growth_rate", "about": "sales"},
    ],
}


def perfect_prediction():
    return {
        "organizations": [pred_org("Brightfold Robotics", ["little_giant"]),
                          pred_org("Kestrel Labs", ["decacorn"])],
        "categories_discussed": ["little_giant", "decacorn"],
        "sectors": [{"id": "robotics"}, {"id": "manufacturing"}],
        "figures": [fig("300 million yuan", "funding"), fig("$12 billion", "valuation"),
                    fig("40%", "growth_rate")],
    }


def test_perfect_prediction_scores_one():
    m = aggregate([score_file(perfect_prediction(), GOLD, TEXT)])
    for key in ("category_precision", "category_recall", "category_f1", "discussed_f1",
                "org_precision", "org_recall", "is_company_accuracy", "sector_f1", "sector_top1",
                "figure_recall", "figure_precision", "figure_kind_accuracy"):
        assert m[key] == 1.0, key
    assert m["hard_negative_labels"] == 0
    assert m["sector_empty_when_none"] is None  # no file with empty gold sectors


def test_unicorn_for_gold_decacorn_is_fp_and_fn():
    pred = perfect_prediction()
    pred["organizations"][1] = pred_org("Kestrel Labs", ["unicorn"])
    fs = score_file(pred, GOLD, TEXT)
    assert (fs.counts["cat_tp"], fs.counts.get("cat_fp"), fs.counts.get("cat_fn")) == (1, 1, 1)
    m = aggregate([fs])
    assert m["category_precision"] == pytest.approx(0.5)
    assert m["category_recall"] == pytest.approx(0.5)
    assert any("decacorn" in e for e in fs.errors["missed_categories"])
    assert any("unicorn" in e for e in fs.errors["extra_categories"])


def test_missing_org_loses_its_categories_and_recall():
    pred = perfect_prediction()
    del pred["organizations"][0]
    fs = score_file(pred, GOLD, TEXT)
    m = aggregate([fs])
    assert m["org_recall"] == pytest.approx(0.5)
    assert m["org_precision"] == 1.0
    assert m["category_recall"] == pytest.approx(0.5)
    assert fs.errors["missed_orgs"] == ["Brightfold Robotics  [little_giant]"]


def test_org_matching_by_alias_case_and_whole_word_containment():
    gold = [gold_org("Kestrel Labs", aliases=["Kestrel"]), gold_org("Uiwee Technology")]
    pred = [pred_org("KESTREL"), pred_org("Uiwee")]
    assert match_orgs(gold, pred) == [(0, 0), (1, 1)]
    # Not a whole word: "Uiwee" inside "Uiweex Ltd" does not match.
    assert match_orgs([gold_org("Uiweex Ltd")], [pred_org("Uiwee")]) == []
    # Generic words alone never match by containment.
    assert match_orgs([gold_org("Alibaba Group Holding")], [pred_org("Group")]) == []


def test_each_gold_org_matched_at_most_once():
    gold = [gold_org("Kestrel Labs")]
    pred = [pred_org("Kestrel"), pred_org("Kestrel Labs")]
    pairs = match_orgs(gold, pred)
    assert pairs == [(0, 1)]  # the exact match wins over containment
    m = aggregate([score_file({"organizations": pred}, {"organizations": gold}, "")])
    assert m["org_recall"] == 1.0
    assert m["org_precision"] == pytest.approx(0.5)


def test_is_company_accuracy_over_matched_pairs():
    gold = {"organizations": [gold_org("Ministry of Trade", is_company=False), gold_org("Kestrel Labs")]}
    pred = {"organizations": [pred_org("Ministry of Trade", is_company=True), pred_org("Kestrel Labs")]}
    m = aggregate([score_file(pred, gold, "")])
    assert m["is_company_accuracy"] == pytest.approx(0.5)


def test_hard_negative_labels_counted_only_on_hard_negative_files():
    pred = {"organizations": [pred_org("Zoo Co", ["gazelle", "unicorn"])]}
    gold = {"organizations": []}
    hn = score_file(pred, gold, "", hard_negative=True)
    normal = score_file(pred, gold, "", hard_negative=False)
    assert aggregate([hn])["hard_negative_labels"] == 2
    assert aggregate([normal])["hard_negative_labels"] == 0
    assert aggregate([normal])["category_precision"] == 0.0


def test_categories_discussed_micro():
    pred = {"categories_discussed": ["unicorn", "gazelle"]}
    gold = {"categories_discussed": ["unicorn", "decacorn"]}
    m = aggregate([score_file(pred, gold, "")])
    assert m["discussed_precision"] == pytest.approx(0.5)
    assert m["discussed_recall"] == pytest.approx(0.5)


def test_sector_metrics():
    gold_a = {"sectors": ["robotics", "manufacturing"]}
    pred_a = {"sectors": [{"id": "manufacturing"}, {"id": "fintech"}]}
    gold_b = {"sectors": []}
    pred_b = {"sectors": [{"id": "retail"}]}
    gold_c = {"sectors": []}
    pred_c = {"sectors": []}
    m = aggregate([score_file(pred_a, gold_a, ""), score_file(pred_b, gold_b, ""), score_file(pred_c, gold_c, "")])
    assert m["sector_precision"] == pytest.approx(1 / 3)
    assert m["sector_recall"] == pytest.approx(1 / 2)
    assert m["sector_top1"] == 1.0  # "manufacturing" is in gold
    assert m["sector_empty_when_none"] == pytest.approx(0.5)


def test_figures_overlap_and_kind():
    pred = {"figures": [
        fig("300 million", "valuation"),    # overlaps gold funding figure, wrong kind
        fig("12 billion", "valuation"),     # overlaps, right kind
        fig("Sales", "other"),              # overlaps nothing
    ]}
    m = aggregate([score_file(pred, GOLD, TEXT)])
    assert m["figure_recall"] == pytest.approx(2 / 3)
    assert m["figure_precision"] == pytest.approx(2 / 3)
    assert m["figure_kind_accuracy"] == pytest.approx(1 / 2)


def test_figure_repeated_text_any_occurrence_counts():
    text = "It raised $5 million in May and $5 million in June."
    second = text.rindex("$5 million")
    gold = {"figures": [{"text": "$5 million", "kind": "funding", "about": "x"}]}
    pred = {"figures": [{"text": "$5 million", "span": [second, second + 10], "kind": "funding"}]}
    m = aggregate([score_file(pred, gold, text)])
    assert m["figure_recall"] == 1.0 and m["figure_precision"] == 1.0


def test_targets():
    assert passes("category_f1", 0.9) is True
    assert passes("category_f1", 0.89) is False
    assert passes("hard_negative_labels", 0) is True
    assert passes("hard_negative_labels", 1) is False
    assert passes("category_precision", 0.5) is None


def test_hard_negative_groups_from_readme_table():
    readme = (
        "| file | group | what |\n|---|---|---|\n"
        "| 01-a | LG | x |\n| 02-b | LG (+U) | y |\n| 03-c | H | z |\n"
    )
    assert hard_negative_stems(readme) == {"03-c"}
    assert hard_negative_stems("no table here") is None


def test_devset_readme_marks_six_hard_negatives():
    readme = (Path(__file__).resolve().parent.parent / "eval" / "devset" / "README.md").read_text(encoding="utf-8")
    stems = hard_negative_stems(readme)
    assert stems is not None and len(stems) == 6
    assert all(s[:2] in {"19", "20", "21", "22", "23", "24"} for s in stems)


def test_bad_directory_exits_2(tmp_path, capsys):
    assert main([str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and err.count("\n") == 1
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    assert main([str(tmp_path)]) == 2


def test_load_corpus_pairs_articles_with_gold(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "01-x.txt").write_text("Hello", encoding="utf-8")
    (tmp_path / "articles" / "02-y.txt").write_text("No gold", encoding="utf-8")
    (tmp_path / "gold" / "01-x.json").write_text(json.dumps({"organizations": []}), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [stem for stem, _, _ in corpus] == ["01-x"]


def test_cli_json_end_to_end(tmp_path, capsys, nlp):
    """One tiny corpus through the real pipeline (shared with the session's `nlp`)."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    text = "Harbour test\n\nNorthwind Pumps said sales rose 12% last year to 40 million yuan.\n"
    (tmp_path / "articles" / "01-t.txt").write_text(text, encoding="utf-8")
    gold = {"organizations": [gold_org("Northwind Pumps")], "categories_discussed": [], "sectors": [],
            "figures": [{"text": "40 million yuan", "kind": "revenue", "about": "sales"}]}
    (tmp_path / "gold" / "01-t.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main([str(tmp_path), "--json", "--errors"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["files"] == 1
    # No README table, and the gold has no label and discusses nothing: a hard negative.
    assert out["hard_negative_names"] == ["01-t"]
    assert set(out["pass"]) >= {"category_f1", "figure_recall"}
    assert 0.0 <= out["figure_recall"] <= 1.0


def test_per_category_breakdown():
    pred = perfect_prediction()
    pred["organizations"][1] = pred_org("Kestrel Labs", ["unicorn"])
    by_cat = aggregate([score_file(pred, GOLD, TEXT)])["by_category"]
    assert by_cat["little_giant"]["f1"] == 1.0
    assert (by_cat["decacorn"]["tp"], by_cat["decacorn"]["fn"]) == (0, 1)
    assert (by_cat["unicorn"]["tp"], by_cat["unicorn"]["fp"]) == (0, 1)


def test_hard_negative_fallback_without_readme_table():
    clean = {"organizations": [gold_org("Zoo Co")], "categories_discussed": []}
    discussed = {"organizations": [gold_org("Zoo Co")], "categories_discussed": ["unicorn"]}
    labelled = {"organizations": [gold_org("Kestrel", ["unicorn"])], "categories_discussed": ["unicorn"]}
    assert is_hard_negative("07-x", clean, None) is True
    assert is_hard_negative("07-x", discussed, None) is False
    assert is_hard_negative("07-x", labelled, None) is False
    # A README table decides on its own.
    assert is_hard_negative("07-x", clean, {"08-y"}) is False


def test_precision_per_rule_names_the_over_firing_mechanism():
    pred = perfect_prediction()
    for org in pred["organizations"]:
        for c in org["categories"]:
            c["rule"] = "apposition"
    pred["organizations"].append({"name": "Harbour Capital", "aliases": [], "is_company": True,
                                  "categories": [{"category": "unicorn", "rule": "valuation"}]})
    by_rule = aggregate([score_file(pred, GOLD, TEXT)])["by_rule"]
    assert by_rule["apposition"]["fp"] == 0 and by_rule["apposition"]["precision"] == 1.0
    assert by_rule["valuation"] == {"tp": 0, "fp": 1, "precision": 0.0}


def test_several_directories_are_scored_together(tmp_path, capsys, nlp):
    for name, text in (("a", "Northwind Pumps said sales rose 12% last year.\n"),
                       ("b", "Harbour Robotics opened a plant in Ohio.\n")):
        (tmp_path / name / "articles").mkdir(parents=True)
        (tmp_path / name / "gold").mkdir()
        (tmp_path / name / "articles" / "01-t.txt").write_text(text, encoding="utf-8")
        gold = {"organizations": [], "categories_discussed": [], "sectors": [], "figures": []}
        (tmp_path / name / "gold" / "01-t.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main([str(tmp_path / "a"), str(tmp_path / "b"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["files"] == 2
    assert sorted(out["hard_negative_names"]) == ["a/01-t", "b/01-t"]
    assert main([str(tmp_path / "a"), str(tmp_path / "missing")]) == 2


def _yuan_corpus(tmp_path, published):
    """One article whose yuan valuation is a unicorn at 2024 rates (about 7.2 per US$) and a
    decacorn at a rate under 6.8; the text itself states no year."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    text = ("Lumora Robotics raises new funds\n\nLumora Robotics, a Shanghai maker of warehouse robots, said on "
            "Thursday that a new round values the company at 70 billion yuan. The start-up will spend the money "
            "on a second factory.")
    (tmp_path / "articles" / "a.txt").write_text(text, encoding="utf-8")
    gold = {"published": published, "organizations": [
        {"name": "Lumora Robotics", "aliases": [], "type": "company", "is_company": True,
         "categories": ["unicorn"]}],
        "categories_discussed": ["unicorn"]}
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_gold_published_date_sets_the_conversion_date(tmp_path):
    from giants.evaluate import evaluate_dir

    corpus = _yuan_corpus(tmp_path, "2024-11-21")
    dated, _ = evaluate_dir(corpus, dates=True)
    assert dated["category_f1"] == 1.0  # 70bn yuan at the 2024-11-21 rate is about US$9.7bn


def test_without_dates_an_undated_text_converts_at_the_latest_rate(tmp_path):
    from giants.evaluate import evaluate_dir
    from giants.figures.rates import conversion_day

    corpus = _yuan_corpus(tmp_path, "2024-11-21")
    undated, _ = evaluate_dir(corpus, dates=False)
    dated, _ = evaluate_dir(corpus, dates=True)
    assert conversion_day(None, None)[0] != conversion_day("2024-11-21", None)[0]
    assert undated["category_f1"] < dated["category_f1"]  # decacorn at the latest (stronger-yuan) rate
