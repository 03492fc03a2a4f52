"""Reading articles as users have them: paths, directories, globs, stdin.

Nothing here raises for a bad article: each input becomes an `Article` that
carries either text or an `error`, so one bad file never stops a batch.
"""

from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# Files a directory walk picks up.
TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm"}
DEFAULT_MAX_BYTES = 20_000_000

# Small set of very common English function words, for a cheap language check.
_ENGLISH = set("""the of and to in a is that for on with as by at from it was are be this which
or has have its an were said will not but their more than also after been who new about""".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class Article:
    path: str
    text: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Metadata an input format can supply (a web page's title, date, site).
    meta: dict[str, str | None] = field(default_factory=dict)


def is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Each argument as the list of inputs it stands for, lazily.

    A directory stands for its text files, recursively, in sorted order; a glob
    pattern for its matches, sorted; "-" and URLs for themselves. A path that
    does not exist is passed through so that reading it reports the error.
    """
    for arg in paths:
        if arg == "-" or is_url(arg):
            yield arg
        elif os.path.isdir(arg):
            found = sorted(p for p in Path(arg).rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            # An empty directory stays in the list, so that reading it reports the problem.
            yield from (str(p) for p in found) if found else [arg]
        elif not os.path.exists(arg) and glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            yield from (m for m in matches if os.path.isfile(m)) if matches else [arg]
        else:
            yield arg


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 by BOM, else the detected encoding.

    Detection uses charset-normalizer when it is installed (it comes with trafilatura);
    cp1252 is the last resort, since it decodes most Western legacy text.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), ["decoded as UTF-16 (byte-order mark)"]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    encoding = None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        encoding = best.encoding if best is not None else None
    except ImportError:
        pass
    for candidate in filter(None, (encoding, "cp1252", "latin-1")):
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        return text, [f"not valid UTF-8; decoded as {candidate}"]
    raise UnicodeDecodeError("utf-8", data, 0, 1, "undecodable")  # latin-1 never gets here


def check_text(text: str) -> str | None:
    """The reason this text cannot be analysed, or None when it can."""
    if not text.strip():
        return "empty input: no text to analyse"
    words = _WORD.findall(text[:20000])
    letters = sum(len(w) for w in words)
    if letters == 0:
        return "no words found in the input"
    latin = sum(len(w) for w in words if w.isascii())
    if latin / letters < 0.5:
        return "the text does not look like English (mostly non-Latin script); giants analyses English news"
    if len(words) >= 30:
        english = sum(1 for w in words if w.lower() in _ENGLISH)
        # English news runs at 25-35% of these words; German, French or Spanish at under 6%.
        if english / len(words) < 0.12:
            return "the text does not look like English (few common English words); giants analyses English news"
    return None


def read_bytes(path: str, max_bytes: int) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        if os.path.isdir(path):
            raise IsADirectoryError(path)
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    return data


def read_article(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one input into an Article; problems become `error`, never exceptions."""
    if is_url(path):
        from .webpage import fetch_article

        return fetch_article(path, max_bytes=max_bytes)
    try:
        data = read_bytes(path, max_bytes)
    except FileNotFoundError:
        return Article(path, error="file not found")
    except IsADirectoryError:
        return Article(path, error="is a directory with no .txt or .html files in it")
    except PermissionError:
        return Article(path, error="permission denied")
    except OSError as exc:
        return Article(path, error=f"cannot read: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Article(path, error=f"file larger than {max_bytes:,} bytes (raise the limit with --max-bytes)")
    if not data.strip():
        return Article(path, error="empty input: no text to analyse")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Article(path, error="binary file (contains NUL bytes), not text")
    try:
        text, warnings = decode(data)
    except UnicodeDecodeError:
        return Article(path, error="cannot decode the text")
    from .webpage import looks_like_html

    if looks_like_html(path, text):
        from .webpage import extract_article

        return extract_article(path, text, warnings=warnings)
    article = Article(path, text=text, warnings=warnings)
    article.error = check_text(text)
    if article.error:
        article.text = None
    return article


def read_articles(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Every input the arguments stand for, read one at a time (memory stays flat)."""
    for path in expand_paths(paths):
        yield read_article(path, max_bytes=max_bytes)
