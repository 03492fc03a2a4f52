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

from giants.errors import DependencyError

# Files a directory walk picks up.
TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm"}
# Long texts are analysed piece by piece (giants.inputs.longtext), so memory does not grow with the
# size of a text: the limit bounds reading time and the text held in memory (bench/long_texts.py).
DEFAULT_MAX_BYTES = 20_000_000

# Small set of very common English function words, for a cheap language check.
_ENGLISH = set("""the of and to in a is that for on with as by at from it was are be this which
or has have its an were said will not but their more than also after been who new about""".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Control characters other than line and page breaks and tabs, and the replacement character.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


@dataclass
class Article:
    path: str
    text: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Metadata an input format can supply (a web page's title, date, site).
    meta: dict[str, str | None] = field(default_factory=dict)
    # The date to convert money at when the text states none (`--as-of`).
    as_of: str | None = None


def is_url(path: str) -> bool:
    return path[:8].lower().startswith(("http://", "https://"))


def display_path(path: str) -> str:
    """The path as it can be printed and written to JSON: bytes of a file name that are
    not UTF-8 (kept by Python as lone surrogates) are shown as \\xNN escapes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def _glob(pattern: str) -> list[str]:
    """Matches of a glob pattern, sorted, each file once. A `**` walks real directories
    only: a symbolic link back up the tree would otherwise be followed round and round."""
    if "**" not in pattern:
        matches = glob.glob(pattern)
    else:
        anchor = Path(pattern).anchor
        rest = pattern[len(anchor):] if anchor else pattern
        matches = [str(p) for p in Path(anchor or ".").glob(rest)]
        if not anchor:  # keep the pattern's own spelling of a relative path ("./x" stays "x")
            matches = [os.path.normpath(m) for m in matches]
    seen: set[str] = set()
    unique = []
    for match in sorted(matches):
        real = os.path.realpath(match)
        if real not in seen:
            seen.add(real)
            unique.append(match)
    return unique


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
            matches = _glob(arg)
            yield from (m for m in matches if os.path.isfile(m)) if matches else [arg]
        else:
            yield arg


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 by BOM, else the detected encoding.

    Never raises. A UTF-8 text with a few stray bytes stays UTF-8: each line that is not
    valid UTF-8 is read as cp1252 when its non-ASCII bytes stand alone (accented letters
    in a Western legacy encoding), else with U+FFFD for the bad bytes. Otherwise, text whose
    non-ASCII bytes all stand alone is cp1252 (charset detection guesses wildly on such
    text, e.g. cp775 for Latin-1); the rest goes to charset-normalizer when it is installed
    (it comes with trafilatura), then cp1252, then Latin-1.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ["decoded as UTF-16 (byte-order mark)"]
        except UnicodeDecodeError:
            return data.decode("utf-16", "replace"), [
                "decoded as UTF-16 (byte-order mark); bytes that are not UTF-16 were replaced with U+FFFD"]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _decode_mixed(data)
    if _lone_high_bytes(data):
        return data.decode("cp1252", "replace"), ["not valid UTF-8; decoded as cp1252"]
    encoding = None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        encoding = best.encoding if best is not None else None
    except ImportError:
        pass
    for candidate in filter(None, (encoding, "cp1252")):
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        return text, [f"not valid UTF-8; decoded as {candidate}"]
    return data.decode("latin-1"), ["not valid UTF-8; decoded as latin-1"]


_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")


def _mostly_utf8(data: bytes) -> bool:
    """More well-formed UTF-8 sequences than bytes that are not part of one."""
    sequences = in_sequences = 0
    for match in _UTF8_MULTI.finditer(data):
        sequences += 1
        in_sequences += match.end() - match.start()
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    stray = high - in_sequences
    return sequences > 0 and sequences >= stray


def _lone_high_bytes(data: bytes) -> bool:
    """Every non-ASCII byte stands between ASCII ones (one-byte accented letters)."""
    return _HIGH_RUN.search(data) is None


def _decode_mixed(data: bytes) -> tuple[str, list[str]]:
    lines = data.splitlines(keepends=True)
    out, legacy, replaced = [], 0, 0
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        if not _UTF8_MULTI.search(line) and _lone_high_bytes(line):
            out.append(line.decode("cp1252", "replace"))
            legacy += 1
        else:
            out.append(line.decode("utf-8", "replace"))
            replaced += 1
    parts = []
    if legacy:
        parts.append(f"{legacy} line{'s' if legacy > 1 else ''} read as cp1252")
    if replaced:
        parts.append(f"bad bytes in {replaced} line{'s' if replaced > 1 else ''} replaced with U+FFFD")
    return "".join(out), ["not valid UTF-8 throughout; read as UTF-8, " + " and ".join(parts)]


def check_text(text: str) -> str | None:
    """The reason this text cannot be analysed, or None when it can."""
    if not text or text.isspace():  # (no stripped copy of a long text)
        return "empty input: no text to analyse"
    sample = text[:20000]
    odd = len(_CONTROL.findall(sample))
    if odd > 0.05 * len(sample):
        return "binary data, not text (many control characters or undecodable bytes)"
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


class StdinClosed(OSError):
    """There is no standard input to read (the program was started with it closed)."""


def read_bytes(path: str, max_bytes: int) -> bytes:
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise StdinClosed("standard input is closed")
        data = stream.read(max_bytes + 1)
    else:
        if os.path.isdir(path):
            raise IsADirectoryError(path)
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    return data


def read_article(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one input into an Article; problems become `error`, never exceptions.

    The Article's path is the printable form of `path` (see display_path)."""
    try:
        article = _read_article(path, max_bytes)
    except DependencyError:  # the environment, not this input: every input would fail the same way
        raise
    except Exception as exc:  # noqa: BLE001 - one input's problem, never the batch's
        article = Article(path, error=f"cannot read: {type(exc).__name__}: {exc}")
    article.path = display_path(article.path)
    return article


def _read_article(path: str, max_bytes: int) -> Article:
    if "\x00" in path:
        return Article(path.replace("\x00", "\\0"), error="the name holds a NUL byte; no file can have it")
    if is_url(path):
        from giants.inputs.webpage import fetch_article

        return fetch_article(path, max_bytes=max_bytes)
    try:
        data = read_bytes(path, max_bytes)
    except FileNotFoundError:
        return Article(path, error="file not found")
    except IsADirectoryError:
        return Article(path, error="is a directory with no .txt or .html files in it")
    except PermissionError:
        return Article(path, error="permission denied")
    except StdinClosed:
        return Article(path, error="standard input is closed: nothing to read")
    except OSError as exc:
        return Article(path, error=f"cannot read: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Article(path, error=f"file larger than {max_bytes:,} bytes (raise the limit with --max-bytes)")
    if not data or data.isspace():
        return Article(path, error="empty input: no text to analyse")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Article(path, error="binary file (contains NUL bytes), not text")
    text, warnings = decode(data)
    from giants.inputs.webpage import looks_like_html

    if looks_like_html(path, text):
        from giants.inputs.webpage import extract_article

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
