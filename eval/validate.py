#!/usr/bin/env python3
"""Validate any gold set in the devset format with the devset's own checker.

Usage:  python3 eval/validate.py eval/holdout      (exit status 0 when everything passes)
"""
import importlib.util
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent


def main(folder: str) -> int:
    spec = importlib.util.spec_from_file_location("devset_validate", EVAL / "devset" / "validate.py")
    checker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checker)
    checker.HERE = Path(folder).resolve()
    return checker.main()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip())
    sys.exit(main(sys.argv[1]))
