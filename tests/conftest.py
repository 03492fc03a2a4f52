"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import os

import pytest
from hypothesis import settings

# In CI the property tests run a fixed set of examples, so a run is repeatable;
# locally they explore new examples each time.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DEVSET = ROOT / "eval" / "devset"


@pytest.fixture(scope="session")
def nlp():
    from giants.api import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyze(nlp):
    """analyze(text) -> giants.output.models.Analysis, with the session's pipeline."""
    from giants.output.build import to_analysis

    def run(text: str, path: str = "-"):
        return to_analysis(nlp(text), path=path)

    return run


class CategoryRun:
    """The category engine on a text whose organisations a test fixes (the organisations
    component owns them): each name's whole-word places become its mention spans, with any
    extra fields (`type`, `coref_spans`, `listed`, ...) given per name. The figures come from
    the real figures component unless a test gives them (only where it is about how categories
    read a figure fact, never to contradict the text)."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, text: str, orgs: list[str], figures: list[dict] | None = None, **org_fields):
        import re

        doc = self.nlp(text)
        doc._.organizations = [
            {"name": n, "aliases": [], "type": "company", "is_company": True, "mentions": len(spans),
             "mention_spans": spans, "coref_spans": [], "listed": None, "acquired": None, **org_fields.get(n, {})}
            for n in orgs
            for spans in [[[m.start(), m.end()] for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text)]]
        ]
        if figures is None:
            doc = self.nlp.get_pipe("giants_figures")(doc)
        else:
            doc._.figures = figures
        doc = self.nlp.get_pipe("giants_periods")(doc)  # the figures component's growth periods
        doc = self.nlp.get_pipe("giants_org_standing")(doc)  # the organisations component's standing facts
        return self.nlp.get_pipe("giants_categories")(doc)

    @staticmethod
    def labels(doc) -> set[tuple[str, str]]:
        return {(lab["org"], lab["category"]) for lab in doc._.category_labels}

    @staticmethod
    def rules(doc) -> dict[tuple[str, str], str]:
        return {(lab["org"], lab["category"]): lab["rule"] for lab in doc._.category_labels}

    @staticmethod
    def figure(doc, text: str) -> dict:
        """The figure the figures component found whose text is `text`."""
        found = [f for f in doc._.figures if f["text"] == text]
        assert found, f"no figure {text!r} in {[f['text'] for f in doc._.figures]}"
        return found[0]

    @staticmethod
    def fig(text: str, whole: str, kind: str, usd: float | None, subject: str | None, value: float | None = None,
            time: str | None = "current", **extra) -> dict:
        """A figure fact as the figures component states it (`text` at its first place in `whole`)."""
        s = whole.index(text)
        return {"text": text, "span": [s, s + len(text)], "kind": kind, "value": value if value is not None else usd,
                "unit": "USD" if usd is not None else "%", "usd": usd, "about": kind, "subject": subject,
                "subject_kind": "organization", "time": time, "qualifier": "exact", **extra}

    @staticmethod
    def coref(text: str, org: str, phrase: str) -> dict:
        """`phrase` (its last occurrence) resolved to `org`, as the organisations component states it."""
        import re

        s = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][-1]
        return {org: {"coref_spans": [[s, s + len(phrase)]]}}


@pytest.fixture(scope="session")
def cats(nlp):
    """cats(text, orgs, figures=None, **org_fields) -> Doc; cats.labels, cats.rules, cats.figure,
    cats.fig, cats.coref: see CategoryRun."""
    return CategoryRun(nlp)
