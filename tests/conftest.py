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
