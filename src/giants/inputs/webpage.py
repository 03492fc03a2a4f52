"""Web pages: detect HTML, extract the article text and metadata, fetch URLs.

Extraction is trafilatura's (main-text detection that leaves out menus, cookie
banners, sidebars and footers); it runs offline. The network is used only by
`fetch_article`, i.e. only when the input is a URL.

The text handed to the analysis has one paragraph per block with a blank line
between them, and starts with the headline, so that offsets, `--show-text`
and the headline detection all see the same string.
"""

from __future__ import annotations

import html as htmlmod
import threading
from bisect import bisect_left
import http.client
import logging
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from urllib.parse import urlsplit

from giants import __version__
from giants.inputs.reader import Article, check_text, decode

_HTML_START = re.compile(r"^\ufeff?\s*(<\?xml[^>]*>\s*)?(<!doctype html|<html|<head|<body|<meta|<!--)", re.I)
_ANY_TAG = re.compile(r"<(?:[a-z][a-z0-9]*(?:\s[^<>]*)?/?|/[a-z][a-z0-9]*\s*)>|<!--", re.I)

# Says who is asking and why; the project has no public home page yet to link to.
USER_AGENT = f"giants/{__version__} (business-news analyzer; Python urllib)"
TIMEOUT = 20.0
MAX_REDIRECTS = 5
HTML_TYPES = {"text/html", "application/xhtml+xml"}
# Fewer words than this after extraction means the page had no article in it
# (a JavaScript-only page, an index page, a consent wall).
MIN_WORDS = 20

# trafilatura and htmldate log through `logging`; without a handler of their own,
# Python's last-resort handler would print their warnings. A NullHandler keeps
# them quiet unless the application configures logging itself.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_WORD = re.compile(r"\w+")
_H1_OPEN = re.compile(r"<h1\b[^<>]{0,2000}>", re.I)
_H1_CLOSE = re.compile(r"</h1\s*>", re.I)
_TAG = re.compile(r"<[^<>]*>")
_TITLE_OPEN = re.compile(r"<title[^<>]{0,2000}>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " : ")
_HOSTLIKE = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)+(:\d+)?$|^localhost(:\d+)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})


def looks_like_html(path: str, text: str) -> bool:
    """HTML by its start, or by the extension when the content has tags (a .html of plain text is text)."""
    if _HTML_START.match(text[:500]):
        return True
    return path.lower().endswith((".html", ".htm", ".xhtml")) and bool(_ANY_TAG.search(text[:100_000]))


# --- extraction -------------------------------------------------------------


def extract_article(path: str, html: str, *, warnings: list[str] | None = None, url: str | None = None) -> Article:
    """The article in a page: text (headline first, blank line between paragraphs) and meta.

    `url` is where the page came from, when known: it helps the metadata and
    gives a fallback site name.
    """
    article = Article(path, warnings=list(warnings or []))
    html, tamed = _tame(html)
    if tamed:
        article.warnings.append(tamed)
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            # Dates from the page's markup (meta tags, JSON-LD, <time>, the URL),
            # not guessed from any date-like string in the body or footer.
            date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
        )
    except ImportError as exc:  # the environment is broken, not this page: every page would fail
        from giants.errors import missing_dependency

        raise missing_dependency(exc) from None
    except Exception as exc:  # a parser failure must not stop a batch
        article.error = f"cannot parse the HTML page: {exc.__class__.__name__}: {exc}".strip()
        return article

    raw = (doc.text or "") if doc is not None else ""
    paragraphs = [" ".join(line.split()) for line in raw.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    title = _clean(getattr(doc, "title", None)) if doc is not None else None
    article.meta = {
        "title": title,
        "published": _iso_date(getattr(doc, "date", None)) if doc is not None else None,
        "site": _site(html, doc, title, url),
    }
    body_words = sum(len(_WORD.findall(p)) for p in paragraphs if not title or _norm(p) != _norm(title))
    if body_words < MIN_WORDS:
        article.error = (
            "no article text found in the web page"
            + (f" (only {body_words} words outside the headline)" if body_words else "")
            + "; if the page needs JavaScript, save the article's text instead"
        )
        return article
    # When the page's own <h1> opens the text, that is the headline readers see;
    # og:title and JSON-LD headlines are sometimes a different, SEO-written one.
    if title and paragraphs and not _is_headline_of(paragraphs[0], title):
        if any(_norm(paragraphs[0]) == _norm(h1) for h1 in _h1_texts(html)):
            title = article.meta["title"] = paragraphs[0]
    text = "\n\n".join(_headline_first(paragraphs, title))
    article.error = check_text(text)
    if not article.error:
        article.text = text
    return article


# The HTML parser (libxml2) gives up below about 256 levels of nesting and on a text node
# over 10 MB (a huge inline script or comment), and then silently drops the rest of the page.
MAX_DEPTH = 200
MAX_NODE_CHARS = 1_000_000
_TAG_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]{0,2000}?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "p", "li", "option", "td", "th", "tr", "dt", "dd"}
# Tags that only lay out or style text; dropping them keeps every word (a block's tag
# becomes a space, an inline one nothing, so "<b>Acme</b>," stays "Acme,").
_LAYOUT_BLOCK = re.compile(r"</?(?:div|section|center|aside|figure|figcaption)\b[^<>]{0,2000}?>", re.I)
_LAYOUT_INLINE = re.compile(r"</?(?:span|font|b|i|u|em|strong|small|big|a|abbr|cite|label|mark|s|strike|sub|sup|"
                            r"tt|ins|del|q|bdi|bdo)\b[^<>]{0,2000}?>", re.I)
_BLOCK_STARTS = re.compile(r"<script\b|<style\b|<!--", re.I)
_BLOCK_ENDS = {"<script": re.compile(r"</script\s*>", re.I), "<style": re.compile(r"</style\s*>", re.I),
               "<!--": re.compile(r"-->")}


def _depth(html: str) -> int:
    """How deep the elements nest, roughly (tags that need no end tag are not counted)."""
    depth = deepest = 0
    for m in _TAG_TOKEN.finditer(html):
        if m.group(2).lower() in _VOID or m.group(3):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _drop_huge_blocks(html: str) -> tuple[str, int]:
    """The page without scripts, styles and comments longer than MAX_NODE_CHARS."""
    out, pos, dropped = [], 0, 0
    for m in _BLOCK_STARTS.finditer(html):
        if m.start() < pos:
            continue
        end_re = _BLOCK_ENDS[m.group(0).lower()]
        end = end_re.search(html, m.end())
        stop = end.end() if end else len(html)
        if stop - m.start() > MAX_NODE_CHARS:
            out.append(html[pos:m.start()])
            pos = stop
            dropped += 1
        if not end:
            break
    out.append(html[pos:])
    return "".join(out), dropped


def _parser_gives_up(html: str) -> bool:
    """Whether libxml2 stops short on this page (it says so in its error log)."""
    try:
        from lxml import etree

        parser = etree.HTMLParser()
        etree.fromstring(html, parser)
    except Exception:  # noqa: BLE001 - an empty or odd page: trafilatura reports it
        return False
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _tame(html: str) -> tuple[str, str | None]:
    """A page the HTML parser can read whole. Only when the parser would give up part-way
    (and then silently drop the rest of the page): huge scripts and comments are left out,
    and layout tags dropped when the nesting is deeper than the parser goes."""
    if html.count("<") <= MAX_DEPTH and len(html) <= MAX_NODE_CHARS:
        return html, None
    if not _parser_gives_up(html):
        return html, None
    notes = []
    if len(html) > MAX_NODE_CHARS:
        html, dropped = _drop_huge_blocks(html)
        if dropped:
            notes.append(f"left out {dropped} script, style or comment block{'s' if dropped > 1 else ''} "
                         f"over {MAX_NODE_CHARS:,} characters")
    if _depth(html) > MAX_DEPTH:
        html = _LAYOUT_INLINE.sub("", _LAYOUT_BLOCK.sub(" ", html))
        notes.append(f"the page nests its elements more than {MAX_DEPTH} deep; read with its layout tags removed")
    return html, ("; ".join(notes) or "the HTML parser stopped part-way through the page")


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _norm(value: str) -> str:
    value = " ".join(value.translate(_QUOTES).casefold().split())
    return value.rstrip(" .:;!?")


def _is_headline_of(paragraph: str, title: str) -> bool:
    """The paragraph is the page's headline, exactly or in a close variant."""
    p, t = _norm(paragraph), _norm(title)
    if p == t or p.startswith(t):
        return True
    words_p, words_t = set(_WORD.findall(p)), set(_WORD.findall(t))
    if not words_p or not words_t or len(words_p) > 30 or paragraph.rstrip().endswith("."):
        return False
    return len(words_p & words_t) / len(words_p | words_t) >= 0.6


def _headline_first(paragraphs: list[str], title: str | None) -> list[str]:
    if not title or not paragraphs:
        return paragraphs
    if _is_headline_of(paragraphs[0], title):
        return paragraphs
    # A kicker or section label above the headline: move the headline up.
    for i in (1, 2):
        if i < len(paragraphs) and _norm(paragraphs[i]) == _norm(title):
            return [paragraphs[i]] + paragraphs[:i] + paragraphs[i + 1 :]
    return [title] + paragraphs


def _elements(html: str, opening: re.Pattern, closing: re.Pattern):
    """The inner HTML of each element opened by `opening` and ended by the next `closing`,
    in one pass: an element left open runs to the next closing tag, and once none is left
    the scan stops (a regex with a lazy `.*?` would rescan the rest of the page from every
    unclosed opening tag, which is quadratic)."""
    ends = [(m.start(), m.end()) for m in closing.finditer(html)]
    starts = [e[0] for e in ends]
    pos = 0
    for match in opening.finditer(html):
        if match.start() < pos:
            continue
        i = bisect_left(starts, match.end())
        if i == len(ends):
            return
        yield html[match.end():ends[i][0]]
        pos = ends[i][1]


def _h1_texts(html: str) -> list[str]:
    found = []
    for inner in _elements(html[:500_000], _H1_OPEN, _H1_CLOSE):
        text = _clean(htmlmod.unescape(_TAG.sub(" ", inner)))
        if text:
            found.append(text)
    return found


def _iso_date(value: str | None) -> str | None:
    value = (value or "").strip()[:10]
    return value if _ISO_DATE.match(value) else None


def _site(html: str, doc, title: str | None, url: str | None) -> str | None:
    """og:site_name, else the part of <title> after the headline, else the host name."""
    site = _clean(getattr(doc, "sitename", None)) if doc is not None else None
    host = urlsplit(url).hostname if url else None
    host = host or (_clean(getattr(doc, "hostname", None)) if doc is not None else None)
    # trafilatura falls back to the host name itself; a name in <title> reads better.
    if site and not _HOSTLIKE.match(site):
        return site
    inner = next(_elements(html[:200_000], _TITLE_OPEN, _TITLE_CLOSE), None)
    if inner is not None and title:
        full = _clean(htmlmod.unescape(inner)) or ""
        for sep in _TITLE_SEPARATORS:
            head, found, tail = full.rpartition(sep)
            if found and _norm(head) == _norm(title) and 0 < len(tail) <= 60:
                return tail
    return host or site


# --- fetching ---------------------------------------------------------------


class FetchError(Exception):
    """A URL that could not be fetched; the message is the one-line reason."""


class _RedirectLimit(urllib.request.HTTPRedirectHandler):
    def __init__(self, limit: int):
        super().__init__()
        self.max_redirections = limit
        self.max_repeats = limit

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            fp.close()
            raise FetchError(f"redirected to a non-web address ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_article(url: str, *, max_bytes: int, timeout: float = TIMEOUT, max_redirects: int = MAX_REDIRECTS) -> Article:
    """Fetch a web page and extract its article; every failure becomes `error`."""
    try:
        data, final_url, charset, warnings = _fetch_within(url, max_bytes=max_bytes, timeout=timeout,
                                                           max_redirects=max_redirects)
        html, decoded = _decode_page(data, charset)
    except FetchError as exc:
        return Article(url, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - never a traceback for a bad URL
        return Article(url, error=f"cannot fetch the page: {exc.__class__.__name__}: {exc}")
    return extract_article(url, html, warnings=warnings + decoded, url=final_url)


def _fetch_within(url: str, *, max_bytes: int, timeout: float, max_redirects: int):
    """_fetch with `timeout` as a deadline for all of it (name lookup, connection, every
    redirect, headers, body), not for each read: a server that drips its headers a byte
    at a time cannot hold a fetch longer. The fetch runs on a helper thread; at the deadline
    its sockets are shut down, which ends any read it is blocked in."""
    sockets = _Sockets()
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = _fetch(url, max_bytes=max_bytes, timeout=timeout, max_redirects=max_redirects,
                                      sockets=sockets)
        except BaseException as exc:  # noqa: BLE001 - raised again by the caller
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="giants-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        sockets.close_all()
        worker.join(1.0)
        host = urlsplit(url).hostname or url
        raise FetchError(f"timed out after {timeout:g} s fetching {host} (the whole fetch, redirects included)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class _Sockets:
    """The sockets a fetch opened, so that they can be shut down from another thread."""

    def __init__(self):
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self.closed = False

    def add(self, sock) -> None:
        with self._lock:
            self._open.append(sock)
            closed = self.closed
        if closed:
            _shutdown(sock)

    def close_all(self) -> None:
        with self._lock:
            self.closed = True
            found = list(self._open)
        for sock in found:
            _shutdown(sock)


def _shutdown(sock) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _tracked(base, sockets: _Sockets):
    """An http.client connection class whose sockets `sockets` records."""

    class Tracked(base):
        def connect(self):
            super().connect()
            sockets.add(self.sock)

    return Tracked


class _TrackedHTTP(urllib.request.HTTPHandler):
    def __init__(self, sockets: _Sockets):
        super().__init__()
        self._cls = _tracked(http.client.HTTPConnection, sockets)

    def http_open(self, req):
        return self.do_open(self._cls, req)


class _TrackedHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, sockets: _Sockets):
        super().__init__()
        self._cls = _tracked(http.client.HTTPSConnection, sockets)

    def https_open(self, req):
        return self.do_open(self._cls, req, context=self._context)


def _fetch(url: str, *, max_bytes: int, timeout: float, max_redirects: int,
           sockets: _Sockets | None = None) -> tuple[bytes, str, str | None, list[str]]:
    parts = urlsplit(url)
    host = parts.hostname
    if not host:
        raise FetchError("invalid URL: no host name")
    try:
        parts.port
    except ValueError:
        raise FetchError("invalid URL: the port must be a number from 0 to 65535") from None
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate",
        },
    )
    handlers = [_RedirectLimit(max_redirects)]
    if sockets is not None:
        handlers += [_TrackedHTTP(sockets), _TrackedHTTPS(sockets)]
    opener = urllib.request.build_opener(*handlers)
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as resp:
            content_type = resp.headers.get("Content-Type")
            mime = content_type.split(";")[0].strip().lower() if content_type else None
            if mime is not None and mime not in HTML_TYPES:
                raise FetchError(f"not a web page: the server sent {mime} (giants reads HTML pages)")
            length = resp.headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise FetchError(_too_large(max_bytes))
            data = _read_limited(resp, max_bytes, deadline, timeout)
            warnings = []
            if length and length.strip().isdigit() and len(data) < int(length):
                warnings.append(f"the page was cut short: {len(data):,} of {int(length):,} bytes received")
            data = _decompress(data, resp.headers.get("Content-Encoding"), max_bytes)
            if mime is None and not looks_like_html("", data[:500].decode("latin-1")):
                raise FetchError("not a web page: the server sent no content type and the body is not HTML")
            return data, resp.geturl(), resp.headers.get_content_charset(), warnings
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        if 300 <= exc.code < 400 and "infinite loop" in str(exc.msg):  # urllib's wording for its limits
            raise FetchError(f"too many redirects (more than {max_redirects})") from None
        raise FetchError(f"HTTP {exc.code} {exc.reason or ''}".strip() + f" from {host}") from None
    except urllib.error.URLError as exc:
        raise FetchError(_network_reason(exc.reason, host, timeout)) from None
    except (TimeoutError, socket.timeout):
        raise FetchError(f"timed out after {timeout:g} s fetching {host}") from None
    except ValueError as exc:
        raise FetchError(f"invalid URL: {exc}") from None
    except http.client.IncompleteRead:
        raise FetchError(f"the connection to {host} closed before the page was complete") from None
    except http.client.HTTPException as exc:
        detail = str(exc) if str(exc) and len(str(exc)) < 100 else exc.__class__.__name__
        raise FetchError(f"bad response from {host}: {detail}") from None
    except OSError as exc:
        raise FetchError(_network_reason(exc, host, timeout)) from None


def _read_limited(resp, max_bytes: int, deadline: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {timeout:g} s reading the page")
        chunk = resp.read1(65536)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise FetchError(_too_large(max_bytes))
        chunks.append(chunk)


def _decompress(data: bytes, encoding: str | None, max_bytes: int) -> bytes:
    encoding = (encoding or "").strip().lower()
    if encoding in ("", "identity"):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"unsupported content encoding {encoding!r}")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(wbits)
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        if encoding != "deflate":
            raise FetchError("the page's compressed body is corrupt") from None
        try:  # some servers send raw deflate without the zlib header
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            out = inflater.decompress(data, max_bytes + 1)
        except zlib.error:
            raise FetchError("the page's compressed body is corrupt") from None
    if len(out) > max_bytes:
        raise FetchError(_too_large(max_bytes))
    return out


def _too_large(max_bytes: int) -> str:
    return f"page larger than {max_bytes:,} bytes (raise the limit with --max-bytes)"


def _network_reason(reason, host: str, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve host {host} (DNS lookup failed; no network?)"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s connecting to {host}"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {host}"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection to {host} failed: {getattr(reason, 'reason', None) or reason}"
    if isinstance(reason, FetchError):
        return str(reason)
    text = getattr(reason, "strerror", None) or str(reason)
    return f"cannot fetch the page from {host}: {text}"


def _decode_page(data: bytes, charset: str | None) -> tuple[str, list[str]]:
    """Bytes to text. A byte-order mark decides; then a body that is valid UTF-8 is read as
    UTF-8, whatever the page declares (pages that declare Latin-1 or windows-1251 and send
    UTF-8 are common; real Latin-1 text with accents is almost never valid UTF-8); then the
    HTTP charset, else the page's <meta charset>; else UTF-8 with fallbacks (inputs.decode).
    Never raises."""
    declared = charset
    if not declared:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii", "replace") if match else None
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        norm = (declared or "").lower().replace("_", "-")
        warnings = []
        if declared and norm not in ("utf-8", "utf8", "us-ascii", "ascii") and not text.isascii():
            warnings.append(f"the page says its charset is {declared}, but it is valid UTF-8; read as UTF-8")
        return text, warnings
    wide = (declared or "").lower().replace("_", "-").startswith(("utf-16", "utf-32", "utf16", "utf32"))
    if declared and (not wide or b"\x00" in data[:1000]):
        try:
            import codecs

            if codecs.lookup(declared).name not in ("utf-8",):  # a text codec by name (not rot13 and the like)
                if getattr(codecs.lookup(declared), "_is_text_encoding", True):
                    return data.decode(declared), []
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)
