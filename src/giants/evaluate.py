"""Score the analyzer against a gold-annotated corpus (eval/devset layout).

    python -m giants.evaluate DIR [DIR ...] [--json] [--errors] [--model NAME] [--only TEXT]

Several DIRs are scored together (micro-averaged over all their files). Each DIR holds articles/NN-slug.txt and gold/NN-slug.json (format: DIR/README.md).
The scoring functions are pure: they take an Analysis as a plain dict
(``Analysis.model_dump()``), the gold dict and the article text, so tests can
feed them tiny hand-made inputs. All corpus metrics are micro-averaged.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Targets from the issues: (metric key, comparison, threshold).
TARGETS: dict[str, tuple[str, float]] = {
    "category_f1": (">=", 0.90),
    "hard_negative_labels": ("==", 0),
    "discussed_f1": (">=", 0.95),
    "org_recall": (">=", 0.90),
    "org_precision": (">=", 0.85),
    "is_company_accuracy": (">=", 0.92),
    "sector_f1": (">=", 0.75),
    "sector_top1": (">=", 0.85),
    "sector_empty_when_none": (">=", 0.90),
    "figure_recall": (">=", 0.92),
    "figure_precision": (">=", 0.75),
    "figure_kind_accuracy": (">=", 0.85),
}


# A surface form made only of these words is too generic for containment matching
# ("Group" must not match "Alibaba Group Holding").
_GENERIC = {
    "the", "a", "an", "of", "and", "&", "group", "holding", "holdings", "company", "co", "corp",
    "corporation", "inc", "ltd", "limited", "llc", "plc", "ag", "gmbh", "sa", "bank", "fund",
    "capital", "technology", "technologies", "tech", "ventures", "partners", "international",
    "global", "china", "chinese", "national", "ministry", "office", "bureau", "association",
}


# --------------------------------------------------------------------------- #
# Organisation matching
# --------------------------------------------------------------------------- #

def surface_forms(org: dict) -> list[str]:
    """Name and aliases of an organisation (gold or predicted), stripped, without duplicates."""
    seen: list[str] = []
    for form in [org.get("name", ""), *(org.get("aliases") or [])]:
        form = (form or "").strip()
        if form and form.casefold() not in {s.casefold() for s in seen}:
            seen.append(form)
    return seen


def _contains_word(longer: str, shorter: str) -> bool:
    words = re.findall(r"\w+|&", shorter.casefold())
    if len(shorter) < 3 or not words or all(w in _GENERIC for w in words):
        return False
    return re.search(r"(?<!\w)" + re.escape(shorter) + r"(?!\w)", longer, re.IGNORECASE) is not None


def org_match_strength(gold_org: dict, pred_org: dict) -> float:
    """2.0 for an equal surface form (case-insensitive); below 1.0 when one form
    contains the other as whole words (longer overlap scores higher); 0.0 otherwise."""
    gold_forms, pred_forms = surface_forms(gold_org), surface_forms(pred_org)
    gold_cf = {g.casefold() for g in gold_forms}
    if any(p.casefold() in gold_cf for p in pred_forms):
        return 2.0
    best = 0.0
    for g in gold_forms:
        for p in pred_forms:
            longer, shorter = (g, p) if len(g) >= len(p) else (p, g)
            if _contains_word(longer, shorter):
                best = max(best, 0.5 * len(shorter) / len(longer) + 0.01)
    return best


def match_orgs(gold_orgs: list[dict], pred_orgs: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, strongest matches first."""
    candidates = []
    for gi, g in enumerate(gold_orgs):
        for pi, p in enumerate(pred_orgs):
            strength = org_match_strength(g, p)
            if strength > 0:
                candidates.append((-strength, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _pred_categories(org: dict) -> list[str]:
    cats = []
    for c in org.get("categories") or []:
        cat = c["category"] if isinstance(c, dict) else str(c)
        if cat not in cats:
            cats.append(cat)
    return cats


# --------------------------------------------------------------------------- #
# Figures
# --------------------------------------------------------------------------- #

def gold_figure_spans(text: str, figure_text: str) -> list[tuple[int, int]]:
    """Every occurrence of a gold figure's text in the article."""
    spans, start = [], 0
    if not figure_text:
        return spans
    while (i := text.find(figure_text, start)) != -1:
        spans.append((i, i + len(figure_text)))
        start = i + 1
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# --------------------------------------------------------------------------- #
# Scoring one file
# --------------------------------------------------------------------------- #

@dataclass
class FileScore:
    """Counts for one article, plus the readable differences behind them."""

    name: str
    hard_negative: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    # Sector rank checks: None when they do not apply to this file.
    sector_top1_hit: bool | None = None
    sector_empty_ok: bool | None = None
    errors: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def err(self, key: str, msg: str) -> None:
        self.errors.setdefault(key, []).append(msg)


def score_file(pred: dict, gold: dict, text: str, *, name: str = "-", hard_negative: bool = False) -> FileScore:
    """Compare one predicted Analysis (as a dict) with its gold annotation."""
    fs = FileScore(name=name, hard_negative=hard_negative)
    gold_orgs = gold.get("organizations") or []
    pred_orgs = pred.get("organizations") or []

    # Organisations and their categories.
    pairs = match_orgs(gold_orgs, pred_orgs)
    g2p = dict(pairs)
    matched_p = {pi for _, pi in pairs}
    fs.add("org_gold", len(gold_orgs))
    fs.add("org_pred", len(pred_orgs))
    fs.add("org_matched", len(pairs))
    for gi, g in enumerate(gold_orgs):
        gold_cats = list(dict.fromkeys(g.get("categories") or []))
        if gi not in g2p:
            fs.err("missed_orgs", g["name"] + (f"  [{', '.join(gold_cats)}]" if gold_cats else ""))
            for cat in gold_cats:
                fs.add("cat_fn")
                fs.add(f"cat_fn:{cat}")
                fs.err("missed_categories", f"{g['name']}: {cat}  (org not found)")
            continue
        p = pred_orgs[g2p[gi]]
        pred_cats = _pred_categories(p)
        fs.add("is_company_pairs")
        if bool(p.get("is_company")) == bool(g.get("is_company")):
            fs.add("is_company_correct")
        else:
            fs.err("is_company", f"{g['name']}: predicted {bool(p.get('is_company'))}, gold {bool(g.get('is_company'))}")
        shown = g["name"] if p["name"] == g["name"] else f"{g['name']} (as {p['name']!r})"
        for cat in gold_cats:
            if cat in pred_cats:
                fs.add("cat_tp")
                fs.add(f"cat_tp:{cat}")
            else:
                fs.add("cat_fn")
                fs.add(f"cat_fn:{cat}")
                got = f"; predicted {', '.join(pred_cats)}" if pred_cats else ""
                fs.err("missed_categories", f"{shown}: {cat}{got}")
        for cat in pred_cats:
            fs.add(f"rule_{'tp' if cat in gold_cats else 'fp'}:{_rule(p, cat)}")
            if cat not in gold_cats:
                fs.add("cat_fp")
                fs.add(f"cat_fp:{cat}")
                fs.err("extra_categories", f"{shown}: {cat}  <- {_evidence(p, cat)}")
    for pi, p in enumerate(pred_orgs):
        cats = _pred_categories(p)
        if hard_negative:
            fs.add("hard_negative_labels", len(cats))
        if pi in matched_p:
            continue
        fs.err("extra_orgs", p["name"] + (f"  [{', '.join(cats)}]" if cats else ""))
        for cat in cats:
            fs.add(f"rule_fp:{_rule(p, cat)}")
            fs.add("cat_fp")
            fs.add(f"cat_fp:{cat}")
            fs.err("extra_categories", f"{p['name']}: {cat}  (org not in gold)  <- {_evidence(p, cat)}")

    # Categories discussed.
    gold_disc = set(gold.get("categories_discussed") or [])
    pred_disc = set(pred.get("categories_discussed") or [])
    fs.add("disc_tp", len(gold_disc & pred_disc))
    fs.add("disc_fp", len(pred_disc - gold_disc))
    fs.add("disc_fn", len(gold_disc - pred_disc))
    for cat in sorted(gold_disc - pred_disc):
        fs.err("missed_discussed", cat)
    for cat in sorted(pred_disc - gold_disc):
        fs.err("extra_discussed", cat)

    # Sectors.
    gold_sec = list(gold.get("sectors") or [])
    pred_sec = [s["id"] if isinstance(s, dict) else str(s) for s in pred.get("sectors") or []]
    fs.add("sec_tp", len(set(gold_sec) & set(pred_sec)))
    fs.add("sec_fp", len(set(pred_sec) - set(gold_sec)))
    fs.add("sec_fn", len(set(gold_sec) - set(pred_sec)))
    if gold_sec:
        fs.sector_top1_hit = bool(pred_sec) and pred_sec[0] in gold_sec
    else:
        fs.sector_empty_ok = not pred_sec
    if set(gold_sec) != set(pred_sec) or (gold_sec and not fs.sector_top1_hit):
        fs.err("sectors", f"gold {gold_sec}  predicted {pred_sec}")

    # Figures.
    _score_figures(fs, pred.get("figures") or [], gold.get("figures") or [], text)
    return fs


def _rule(org: dict, cat: str) -> str:
    """The mechanism a predicted label names (its `rule`), or "unnamed"."""
    for c in org.get("categories") or []:
        if isinstance(c, dict) and c.get("category") == cat:
            return c.get("rule") or "unnamed"
    return "unnamed"


def _evidence(org: dict, cat: str, width: int = 110) -> str:
    for c in org.get("categories") or []:
        if isinstance(c, dict) and c.get("category") == cat:
            ev = " ".join((c.get("evidence") or "").split())
            basis = c.get("basis", "?")
            return f"{basis}: \"{ev[:width]}{'...' if len(ev) > width else ''}\""
    return "?"


def _score_figures(fs: FileScore, pred_figs: list[dict], gold_figs: list[dict], text: str) -> None:
    """A predicted figure matches a gold one when their spans overlap (any occurrence
    of the gold text counts). Kind is judged on each matched gold figure's
    best-overlapping prediction."""
    gold_spans = []
    for g in gold_figs:
        spans = gold_figure_spans(text, g.get("text", ""))
        if not spans:
            fs.err("gold_problems", f"figure text not in article: {g.get('text')!r}")
        gold_spans.append(spans)
    pred_spans = [tuple(p["span"]) for p in pred_figs]
    fs.add("fig_gold", len(gold_figs))
    fs.add("fig_pred", len(pred_figs))
    matched_pred: set[int] = set()
    for gi, g in enumerate(gold_figs):
        best, best_ov = None, 0
        for pi, ps in enumerate(pred_spans):
            ov = max((_overlap(ps, gs) for gs in gold_spans[gi]), default=0)
            if ov > 0:
                matched_pred.add(pi)
                if ov > best_ov:
                    best, best_ov = pi, ov
        if best is None:
            fs.err("missed_figures", f"{g.get('text')!r}  [{g.get('kind')}: {g.get('about')}]")
            continue
        fs.add("fig_gold_matched")
        p = pred_figs[best]
        if p.get("kind") == g.get("kind"):
            fs.add("fig_kind_correct")
        else:
            fs.err("figure_kind", f"{g.get('text')!r}: predicted {p.get('kind')}, gold {g.get('kind')}  ({g.get('about')})")
    fs.add("fig_pred_matched", len(matched_pred))
    for pi, p in enumerate(pred_figs):
        if pi not in matched_pred:
            fs.err("extra_figures", f"{p.get('text')!r}  [{p.get('kind')}: {p.get('about')}]")


# --------------------------------------------------------------------------- #
# Corpus metrics
# --------------------------------------------------------------------------- #

def _div(a: float, b: float) -> float | None:
    return a / b if b else None


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall, F1; None where undefined. Nothing predicted and nothing
    expected counts as perfect (1.0) rather than undefined."""
    if tp == fp == fn == 0:
        return 1.0, 1.0, 1.0
    p, r = _div(tp, tp + fp), _div(tp, tp + fn)
    if p is None:
        p = 1.0 if fn == 0 else None
    f = _div(2 * p * r, p + r) if p is not None and r is not None and (p + r) else (0.0 if p == 0 or r == 0 else None)
    return p, r, f


def aggregate(scores: list[FileScore]) -> dict[str, Any]:
    """Micro-averaged metrics over the corpus."""
    c: dict[str, int] = {}
    for fs in scores:
        for k, v in fs.counts.items():
            c[k] = c.get(k, 0) + v
    g = lambda k: c.get(k, 0)  # noqa: E731
    cat_p, cat_r, cat_f = prf(g("cat_tp"), g("cat_fp"), g("cat_fn"))
    d_p, d_r, d_f = prf(g("disc_tp"), g("disc_fp"), g("disc_fn"))
    s_p, s_r, s_f = prf(g("sec_tp"), g("sec_fp"), g("sec_fn"))
    by_category = {}
    for cat in sorted({k.split(":", 1)[1] for k in c if k.startswith("cat_") and ":" in k}):
        tp, fp, fn = g(f"cat_tp:{cat}"), g(f"cat_fp:{cat}"), g(f"cat_fn:{cat}")
        p_, r_, f_ = prf(tp, fp, fn)
        by_category[cat] = {"tp": tp, "fp": fp, "fn": fn, "precision": p_, "recall": r_, "f1": f_}
    by_rule = {}
    for rule in sorted({k.split(":", 1)[1] for k in c if k.startswith("rule_")}):
        tp, fp = g(f"rule_tp:{rule}"), g(f"rule_fp:{rule}")
        by_rule[rule] = {"tp": tp, "fp": fp, "precision": _div(tp, tp + fp)}
    top1 = [fs.sector_top1_hit for fs in scores if fs.sector_top1_hit is not None]
    empty = [fs.sector_empty_ok for fs in scores if fs.sector_empty_ok is not None]
    return {
        "files": len(scores),
        "category_precision": cat_p,
        "category_recall": cat_r,
        "category_f1": cat_f,
        "hard_negative_labels": g("hard_negative_labels"),
        "hard_negative_files": sum(fs.hard_negative for fs in scores),
        "hard_negative_names": [fs.name for fs in scores if fs.hard_negative],
        "discussed_precision": d_p,
        "discussed_recall": d_r,
        "discussed_f1": d_f,
        "org_precision": _div(g("org_matched"), g("org_pred")),
        "org_recall": _div(g("org_matched"), g("org_gold")),
        "is_company_accuracy": _div(g("is_company_correct"), g("is_company_pairs")),
        "sector_precision": s_p,
        "sector_recall": s_r,
        "sector_f1": s_f,
        "sector_top1": _div(sum(top1), len(top1)),
        "sector_empty_when_none": _div(sum(empty), len(empty)),
        "figure_recall": _div(g("fig_gold_matched"), g("fig_gold")),
        "figure_precision": _div(g("fig_pred_matched"), g("fig_pred")),
        "figure_kind_accuracy": _div(g("fig_kind_correct"), g("fig_gold_matched")),
        "by_category": by_category,
        "by_rule": by_rule,
        "counts": {k: v for k, v in sorted(c.items()) if ":" not in k},
    }


def passes(metric: str, value: float | None) -> bool | None:
    if metric not in TARGETS or value is None:
        return None
    op, target = TARGETS[metric]
    return value == target if op == "==" else value >= target - 1e-9


# --------------------------------------------------------------------------- #
# Corpus loading and running
# --------------------------------------------------------------------------- #

class CorpusError(Exception):
    pass


def hard_negative_stems(readme: str) -> set[str] | None:
    """Stems whose row in the README's file table has group H; None if no table is found."""
    stems, seen_table = set(), False
    for line in readme.splitlines():
        cells = [x.strip() for x in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not re.fullmatch(r"\d+-[\w.-]+", cells[0]):
            continue
        seen_table = True
        if cells[1].split()[0:1] == ["H"]:
            stems.add(cells[0])
    return stems if seen_table else None


def load_corpus(directory: Path) -> list[tuple[str, str, dict]]:
    """(stem, article text, gold dict) for every article with a gold file, sorted by stem."""
    arts, golds = directory / "articles", directory / "gold"
    if not directory.is_dir():
        raise CorpusError(f"{directory} is not a directory")
    if not arts.is_dir() or not golds.is_dir():
        raise CorpusError(f"{directory} needs articles/ and gold/ subdirectories")
    items = []
    for path in sorted(arts.glob("*.txt")):
        gpath = golds / f"{path.stem}.json"
        if not gpath.exists():
            continue
        try:
            gold = json.loads(gpath.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CorpusError(f"{gpath}: not valid JSON ({exc})") from None
        items.append((path.stem, path.read_text(encoding="utf-8"), gold))
    if not items:
        raise CorpusError(f"{directory} has no articles/*.txt with a matching gold/*.json")
    return items


def is_hard_negative(stem: str, gold: dict, groups: set[str] | None) -> bool:
    """Group H in the README's table when the corpus has one. Otherwise (a corpus
    without a README table) a file whose gold assigns no label and discusses no
    category; that rule misses a negative that discusses a category in passing.
    A gold file's own `group` key (devset2's format) decides before either."""
    if "group" in gold:
        return str(gold["group"]).strip().upper() == "H"
    if groups is not None:
        return stem in groups
    no_labels = not any(o.get("categories") for o in gold.get("organizations") or [])
    return no_labels and not gold.get("categories_discussed")


def evaluate_dir(directory: Path, model: str | None = None, only: list[str] | None = None,
                 dates: bool = True) -> tuple[dict[str, Any], list[FileScore]]:
    """Analyse every article (one pipeline, loaded once) and score it. `only` keeps
    the files whose stem contains one of the given strings. With `dates`, a gold file's
    `published` date goes with its text, as a web page's date does, so money converts at
    the article's date even when the text states no year."""
    from giants.api import load_pipeline
    from giants.output.build import to_analysis

    corpus = load_corpus(directory)
    if only:
        corpus = [item for item in corpus if any(o in item[0] for o in only)]
        if not corpus:
            raise CorpusError(f"no file in {directory} matches --only {' '.join(only)}")
    readme = directory / "README.md"
    groups = hard_negative_stems(readme.read_text(encoding="utf-8")) if readme.exists() else None
    nlp = load_pipeline(model)
    scores = []
    docs = nlp.pipe((_dated(nlp, text, gold.get("published") if dates else None) for _, text, gold in corpus),
                    batch_size=8)
    for (stem, text, gold), doc in zip(corpus, docs):
        pred = to_analysis(doc, path=f"articles/{stem}.txt").model_dump()
        scores.append(score_file(pred, gold, text, name=stem, hard_negative=is_hard_negative(stem, gold, groups)))
    return aggregate(scores), scores


def _dated(nlp, text: str, published: str | None):
    """The text as a Doc carrying its publication date (or the bare text when there is none)."""
    if not published:
        return text
    doc = nlp.make_doc(text)
    doc._.published = str(published)[:10]
    return doc


def evaluate_dirs(directories: list[Path], model: str | None = None,
                  only: list[str] | None = None, dates: bool = True) -> tuple[dict[str, Any], list[FileScore]]:
    """Score several corpora together: one list of file scores, aggregated as one corpus.
    With `only`, a corpus with no matching file is skipped (an error if none matches)."""
    scores: list[FileScore] = []
    for directory in directories:
        try:
            _, part = evaluate_dir(directory, model, only, dates)
        except CorpusError as exc:
            if only and "matches --only" in str(exc):
                continue
            raise
        if len(directories) > 1:
            for fs in part:
                fs.name = f"{directory.name}/{fs.name}"
        scores += part
    if not scores:
        raise CorpusError(f"no file in {' '.join(map(str, directories))} matches --only {' '.join(only or [])}")
    return aggregate(scores), scores


# --------------------------------------------------------------------------- #
# Output
# --------------------------------------------------------------------------- #

ROWS = [
    ("category_f1", "category F1 (org, category)"),
    ("category_precision", "  category precision"),
    ("category_recall", "  category recall"),
    ("hard_negative_labels", "hard-negative labels (group H)"),
    ("discussed_f1", "categories_discussed F1"),
    ("discussed_precision", "  discussed precision"),
    ("discussed_recall", "  discussed recall"),
    ("org_recall", "organisation recall"),
    ("org_precision", "organisation precision"),
    ("is_company_accuracy", "is_company accuracy"),
    ("sector_f1", "sector F1"),
    ("sector_precision", "  sector precision"),
    ("sector_recall", "  sector recall"),
    ("sector_top1", "sector top-1 hit rate"),
    ("sector_empty_when_none", "sectors empty when gold empty"),
    ("figure_recall", "figure recall"),
    ("figure_precision", "figure precision"),
    ("figure_kind_accuracy", "figure kind accuracy"),
]

ERROR_SECTIONS = [
    ("missed_categories", "missed category"),
    ("extra_categories", "EXTRA category"),
    ("missed_discussed", "missed discussed"),
    ("extra_discussed", "EXTRA discussed"),
    ("missed_orgs", "missed org"),
    ("extra_orgs", "extra org"),
    ("is_company", "is_company"),
    ("sectors", "sectors"),
    ("missed_figures", "missed figure"),
    ("extra_figures", "extra figure"),
    ("figure_kind", "figure kind"),
    ("gold_problems", "gold problem"),
]


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def print_table(metrics: dict[str, Any], console) -> None:
    from rich.table import Table

    c = metrics["counts"]
    table = Table(title=f"giants evaluation ({metrics['files']} files)")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    table.add_column("", justify="center")
    table.add_column("counts", style="dim")
    detail = {
        "category_f1": f"tp {c.get('cat_tp', 0)} fp {c.get('cat_fp', 0)} fn {c.get('cat_fn', 0)}",
        "hard_negative_labels": f"{metrics['hard_negative_files']} files",
        "discussed_f1": f"tp {c.get('disc_tp', 0)} fp {c.get('disc_fp', 0)} fn {c.get('disc_fn', 0)}",
        "org_recall": f"{c.get('org_matched', 0)}/{c.get('org_gold', 0)} gold",
        "org_precision": f"{c.get('org_matched', 0)}/{c.get('org_pred', 0)} predicted",
        "is_company_accuracy": f"{c.get('is_company_correct', 0)}/{c.get('is_company_pairs', 0)} matched",
        "sector_f1": f"tp {c.get('sec_tp', 0)} fp {c.get('sec_fp', 0)} fn {c.get('sec_fn', 0)}",
        "figure_recall": f"{c.get('fig_gold_matched', 0)}/{c.get('fig_gold', 0)} gold",
        "figure_precision": f"{c.get('fig_pred_matched', 0)}/{c.get('fig_pred', 0)} predicted",
        "figure_kind_accuracy": f"{c.get('fig_kind_correct', 0)}/{c.get('fig_gold_matched', 0)} matched",
    }
    for key, label in ROWS:
        value = metrics.get(key)
        target = TARGETS.get(key)
        ok = passes(key, value)
        mark = "" if ok is None else ("[green]PASS[/]" if ok else "[red]FAIL[/]")
        table.add_row(label, _fmt(value), f"{target[0]} {target[1]:g}" if target else "", mark, detail.get(key, ""))
        if key == "category_recall":
            for cat, row in metrics.get("by_category", {}).items():
                table.add_row(f"  F1 {cat}", _fmt(row["f1"]), "", "",
                              f"tp {row['tp']} fp {row['fp']} fn {row['fn']}")
            for rule, row in metrics.get("by_rule", {}).items():
                table.add_row(f"  P rule {rule}", _fmt(row["precision"]), "", "", f"tp {row['tp']} fp {row['fp']}")
    console.print(table)


def error_listing(scores: list[FileScore]) -> dict[str, dict[str, list[str]]]:
    return {fs.name: fs.errors for fs in scores if fs.errors}


def print_errors(scores: list[FileScore], console) -> None:
    from rich.markup import escape

    for fs in scores:
        if not fs.errors:
            continue
        tag = "  [magenta](hard negative)[/]" if fs.hard_negative else ""
        console.print(f"\n[bold]{fs.name}[/]{tag}")
        for key, label in ERROR_SECTIONS:
            for msg in fs.errors.get(key, []):
                style = "red" if key.startswith("extra_cat") or key.startswith("missed_cat") else ""
                line = f"  {label:<17} {escape(msg)}"
                console.print(f"[{style}]{line}[/]" if style else line, soft_wrap=True, highlight=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m giants.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, nargs="+",
                        help="corpus folder(s) with articles/ and gold/; several are scored together")
    parser.add_argument("--json", action="store_true", help="print the metrics as one JSON object")
    parser.add_argument("--errors", action="store_true", help="list each file's differences from gold")
    parser.add_argument("--model", default=None, help="spaCy pipeline name (default: $GIANTS_MODEL or the small model)")
    parser.add_argument("--no-dates", action="store_true",
                        help="analyse the text alone, without the gold file's `published` date")
    parser.add_argument("--only", action="append", metavar="TEXT",
                        help="score only files whose name contains TEXT (repeatable), e.g. --only 02-")
    args = parser.parse_args(argv)

    from giants.errors import GiantsError

    try:
        metrics, scores = evaluate_dirs(args.directory, args.model, args.only, not args.no_dates)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except GiantsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code

    if args.json:
        out = dict(metrics)
        out["pass"] = {k: passes(k, metrics.get(k)) for k in TARGETS}
        if args.errors:
            out["errors"] = error_listing(scores)
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    from rich.console import Console

    console = Console()
    if args.errors:
        print_errors(scores, console)
        console.print()
    print_table(metrics, console)
    return 0


if __name__ == "__main__":
    sys.exit(main())
