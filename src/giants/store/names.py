"""Company names across articles: normalising them and deciding which rows are one company.

Two organisation rows (from the same or different articles) are one company when

* their names are the same after normalising (case, punctuation, a leading "the",
  trailing legal suffixes such as "Co., Ltd." or "Inc."), or
* one row's name is the other row's alias as the article gave it ("X Robotics",
  called "X" later in that article, is the company another article calls "X").

Sharing a word is never enough: "Northwind Capital" and "Northwind Robotics" stay
two companies. An alias that several different full names claim ("Northwind" as
the short form of both) is ambiguous and links nothing.

The legal suffixes are the organisation finder's own list (data/bodies.toml).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

_PUNCT = re.compile(r"[.,;:!?\"“”‘’'`()\[\]]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def legal_suffixes() -> frozenset[str]:
    from giants.data import builtin

    words = builtin("bodies").get("rules", {}).get("legal_suffixes", [])
    return frozenset(_PUNCT.sub("", w).casefold() for w in words if w.strip())


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """The comparison key of a company name: "The Hanlu Technology Co., Ltd." -> "hanlu technology"."""
    text = name.replace("&", " and ").replace("-", " ").replace("/", " ")
    words = _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip().casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    suffixes = legal_suffixes()
    while len(words) > 1 and words[-1] in suffixes:
        words.pop()
    return " ".join(words)


class _Union:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def group_names(rows: Iterable[tuple[object, str, Iterable[str]]]) -> dict[object, str]:
    """Group organisation rows into companies.

    `rows` are (row id, name, aliases). Returns row id -> company key, where the key
    is the normalised name the company is known by (the same for every row of it).
    """
    return group_keys((row_id, normalise(name), [normalise(a) for a in aliases or ()]) for row_id, name, aliases in rows)


def group_keys(rows: Iterable[tuple[object, str, Iterable[str]]]) -> dict[object, str]:
    """`group_names` for rows whose name and aliases are already normalised (as the store keeps them)."""
    names: dict[object, str] = {}
    alias_of: dict[str, set[str]] = defaultdict(set)   # normalised alias -> normalised full names claiming it
    for row_id, full, aliases in rows:
        if not full:
            continue
        names[row_id] = full
        for key in aliases or ():
            if key and key != full:
                alias_of[key].add(full)
    union = _Union()
    fulls = set(names.values())
    for alias, claimers in alias_of.items():
        # "X" is the alias of exactly one full name: rows called plain "X" (and that full name) are one firm
        if len(claimers) == 1:
            (full,) = claimers
            if alias in fulls:
                union.union(full, alias)
        # Two full names sharing the alias stay apart; rows called by the bare alias stay on their own.
    return {row_id: union.find(full) for row_id, full in names.items()}


def display_name(names: Iterable[str]) -> str:
    """The name to show for a company: its most frequent full name, the longest on a tie."""
    counts = Counter(names)
    counts.pop("", None)
    if not counts:
        return ""
    if len(counts) == 1:
        return next(iter(counts))
    return max(counts, key=lambda n: (counts[n], len(n), n))
