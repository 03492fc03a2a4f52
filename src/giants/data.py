"""Load the vocabularies kept as data under giants/data/.

Every list a user may want to extend (sector terms, category cue words, known
bodies, currency rates) is a TOML file here. `--taxonomy FILE` merges a user's
file over the built-in sectors and category vocabulary.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from giants.errors import DataFileError


def read_toml(path: str | Path) -> dict[str, Any]:
    """Parse a TOML file, turning any problem into one clear line naming the file and line."""
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise DataFileError("E020", f"data file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError("E021", f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise DataFileError("E022", f"{path}: cannot read: {exc.strerror}") from None


@lru_cache(maxsize=None)
def builtin(name: str) -> dict[str, Any]:
    """A built-in data file by name, e.g. builtin("rates")."""
    return read_toml(str(files("giants") / "data" / f"{name}.toml"))


def _merge(base: Any, extra: Any) -> Any:
    """Deep-merge: tables merge key by key, lists of tables with an `id` merge by id,
    other lists are extended (without repeats), scalars are replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        if all(isinstance(x, dict) and "id" in x for x in base + extra):
            by_id = {x["id"]: x for x in base}
            for x in extra:
                by_id[x["id"]] = _merge(by_id[x["id"]], x) if x["id"] in by_id else x
            return list(by_id.values())
        return base + [x for x in extra if x not in base]
    return extra


@lru_cache(maxsize=None)
def taxonomy(extra_path: str = "") -> dict[str, Any]:
    """Sectors and category vocabulary: the built-in files, with `extra_path` merged over them.

    Returns {"sectors": [...], "categories": {...}}.
    """
    tax = {"sectors": builtin("sectors").get("sectors", []), "categories": builtin("categories")}
    if extra_path:
        user = read_toml(extra_path)
        unknown = set(user) - {"sectors", "categories"}
        if unknown:
            raise DataFileError("E023", f"{extra_path}: unknown top-level keys {sorted(unknown)}; "
                                "expected [[sectors]] entries and/or a [categories] table")
        for i, sector in enumerate(user.get("sectors", [])):
            if not isinstance(sector, dict) or "id" not in sector:
                raise DataFileError("E024", f"{extra_path}: sector entry {i + 1} has no id")
        tax = _merge(tax, user)
    return tax
