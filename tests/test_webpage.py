"""Web pages and URLs: extraction from saved pages, fetching from a local server.

No test here reaches the internet: URLs point at an HTTP server on 127.0.0.1
that the test module starts and stops itself.
"""

from __future__ import annotations

import gzip
import http.server
import socket
import threading
import time
from pathlib import Path

import pytest

import giants
from giants.inputs import webpage
from giants.inputs.reader import read_article
from giants.inputs.webpage import extract_article, fetch_article, looks_like_html

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NEWS = FIXTURES / "news_article.html"
DATED = FIXTURES / "dated_jsonld.html"

# Names that appear only in the page furniture of the fixtures (cookie banners,
# menus, "most read", related links, ads, comments, footers).
NEWS_FURNITURE = ["Brightwave", "Harbour Premium", "Stellarwind", "Pinecone Robotics", "Lotus Battery",
                  "Orchid Bank", "Jadeport", "Silverline", "Morning Briefing", "cookies", "Privacy policy",
                  "Share on", "Most read", "Photo: HBD"]
DATED_FURNITURE = ["Quillfeather", "Ironleaf", "Copperfield", "Bluefin", "Mossgate", "Kestrel",
                   "Jobs board", "Trending", "Advertise", "cookies", "drone_fan88", "About the author"]


# --- saved pages ------------------------------------------------------------


def test_looks_like_html():
    assert looks_like_html("page.HTML", "<p>plain words</p>")
    assert looks_like_html("-", "\ufeff<!doctype html><p>x</p>")
    assert looks_like_html("-", "  <!DOCTYPE html><html><body>x</body></html>")
    assert looks_like_html("a.txt", "<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>")
    assert looks_like_html("page.htm", "Shares of <b>Acme</b> rose.\n<p>More.</p>")
    assert not looks_like_html("a.txt", "Shares of <b>Acme</b> rose on Monday.")
    # A .html file of plain text is read as text.
    assert not looks_like_html("story.html", "Acme rose 5% as 3 < 4 and profits > costs.")


def test_plain_text_saved_as_html(tmp_path):
    path = tmp_path / "story.html"
    path.write_text("Acme Robotics grows fast\n\nAcme Robotics, a maker of warehouse robots, said revenue rose 60 percent.\n")
    article = read_article(str(path))
    assert article.error is None
    assert article.text.startswith("Acme Robotics grows fast\n\nAcme Robotics, a maker")
    assert article.meta == {}


def test_saved_page_text_and_meta():
    article = read_article(str(NEWS))
    assert article.error is None
    assert article.meta == {
        "title": "Valve maker Qintech joins 'little giant' ranks",
        "published": "2023-07-14",
        "site": "Harbour Business Daily",
    }
    text = article.text
    paragraphs = text.split("\n\n")
    # Headline first, then one paragraph per <p>, blank line between them.
    assert paragraphs[0] == "Valve maker Qintech joins 'little giant' ranks"
    assert paragraphs[1].startswith("Qintech Fluid Control, a maker of precision industrial valves based in Ningbo")
    assert paragraphs[-1].startswith("Ningbo now has more than 280 national little giants")
    assert len(paragraphs) == 6
    assert "\n\n\n" not in text and text == text.strip()
    for furniture in NEWS_FURNITURE:
        assert furniture not in text, furniture


def test_headline_added_and_site_from_title_tag():
    # No og: tags; the date is only in JSON-LD; the headline is only in <title>.
    article = read_article(str(DATED))
    assert article.error is None
    assert article.meta == {
        "title": "Drone start-up Skylark Dynamics hits unicorn status",
        "published": "2021-11-02",  # datePublished, not dateModified or the footer year
        "site": "Eastern Tech Post",
    }
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Drone start-up Skylark Dynamics hits unicorn status"
    assert paragraphs[1].startswith("Skylark Dynamics, a Shenzhen maker of industrial inspection drones")
    assert "Crowded field" in paragraphs
    assert paragraphs[-1] == "Skylark did not say when it might seek a listing."
    for furniture in DATED_FURNITURE:
        assert furniture not in article.text, furniture


def test_headline_not_duplicated_when_body_starts_with_it():
    body = "".join(f"<p>Sentence {i} says that Northgate Foods grew quickly in the past year across China.</p>" for i in range(4))
    page = f"<html><head><title>Northgate Foods grows fast | Daily</title></head><body><article><h1>Northgate Foods grows fast</h1>{body}</article></body></html>"
    article = extract_article("x.html", page)
    assert article.text.startswith("Northgate Foods grows fast\n\nSentence 0 says")
    assert article.text.count("Northgate Foods grows fast") == 1
    assert article.meta["site"] == "Daily"


def test_visible_h1_wins_over_a_different_og_title():
    page = NEWS.read_text().replace(
        'content="Valve maker Qintech joins \'little giant\' ranks"', 'content="Ningbo firm named little giant by ministry"'
    ).replace('"headline": "Valve maker Qintech joins \'little giant\' ranks",', "")
    assert "Ningbo firm named" in page
    article = extract_article("x.html", page)
    # One headline, the one on the page, and the title matches the text's first line.
    assert article.meta["title"] == "Valve maker Qintech joins 'little giant' ranks"
    assert article.text.startswith("Valve maker Qintech joins 'little giant' ranks\n\nQintech Fluid Control")
    assert "Ningbo firm named" not in article.text


def test_page_without_metadata():
    body = "".join(f"<p>Paragraph {i}: the maker of lidar parts said sales doubled last year to 90 million yuan.</p>" for i in range(3))
    article = extract_article("x.html", f"<html><body><div>{body}</div></body></html>")
    assert article.error is None
    assert article.meta == {"title": None, "published": None, "site": None}
    assert article.text.split("\n\n")[0].startswith("Paragraph 0: the maker")


def test_page_with_no_article_is_an_error():
    article = read_article(str(FIXTURES / "no_article.html"))
    assert article.text is None
    assert article.error.startswith("no article text found in the web page")
    assert "\n" not in article.error


def test_non_english_page_is_an_error():
    article = read_article(str(FIXTURES / "chinese_page.html"))
    assert article.text is None
    assert "does not look like English" in article.error


def test_extraction_never_uses_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network used while reading a saved page")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    article = read_article(str(NEWS))
    assert article.error is None and article.meta["published"] == "2023-07-14"


def test_furniture_does_not_reach_the_analysis(analyze):
    for path, furniture in ((NEWS, NEWS_FURNITURE), (DATED, DATED_FURNITURE)):
        article = read_article(str(path))
        result = analyze(article.text, path=str(path))
        dumped = result.model_dump_json()
        for name in furniture:
            assert name not in dumped, (path.name, name)
        # The body itself did reach it.
        assert result.source.characters == len(article.text)
        assert result.organizations


# --- URLs, from a local server ----------------------------------------------

PAGES = {
    "/article": NEWS.read_bytes(),
    "/dated": DATED.read_bytes(),
    "/chinese": (FIXTURES / "chinese_page.html").read_bytes(),
    "/nosite": ("<html><head><title>Meridian Sensors doubles sales</title></head><body><article>"
                + "".join(f"<p>Meridian Sensors, a gazelle company in Suzhou, said sales of part {i} doubled last year.</p>"
                          for i in range(3))
                + "</article></body></html>").encode(),
}
SLOW_SECONDS = 3.0


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    seen_agents: list[str] = []
    stop = threading.Event()

    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in headers:
            self.send_header(key, value)
        if not any(k == "Content-Length" for k, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:  # the client gave up first (the timeout tests)
            pass

    def do_GET(self):
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path in PAGES:
            self._send(200, PAGES[path])
        elif path == "/missing":
            self._send(404, b"<html><body>Not here</body></html>")
        elif path == "/broken":
            self._send(500, b"<html><body>Oops</body></html>")
        elif path == "/loop-a":
            self._send(302, headers=[("Location", "/loop-b")])
        elif path == "/loop-b":
            self._send(302, headers=[("Location", "/loop-a")])
        elif path.startswith("/hops/"):
            left = int(path.rsplit("/", 1)[1])
            self._send(301, headers=[("Location", f"/hops/{left - 1}" if left > 1 else "/article")])
        elif path == "/nowhere":
            self._send(302)
        elif path == "/to-ftp":
            self._send(302, headers=[("Location", "ftp://127.0.0.1/file.html")])
        elif path == "/plain":
            self._send(200, b"Just some plain text about companies.", ctype="text/plain; charset=utf-8")
        elif path == "/pdf":
            self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00", ctype="application/pdf")
        elif path == "/octet":
            self._send(200, bytes(range(256)) * 4, ctype=None)
        elif path == "/slow":
            self.stop.wait(SLOW_SECONDS)
            self._send(200, PAGES["/article"])
        elif path == "/big":
            self._send(200, b"<html><body>" + b"<p>word word</p>" * 10_000 + b"</body></html>")
        elif path == "/big-unsized":
            # No Content-Length: the body ends when the connection closes.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"<p>" + b"x" * 1000 + b"</p>")
        elif path == "/gzip":
            body = gzip.compress(PAGES["/article"])
            self._send(200, body, headers=[("Content-Encoding", "gzip")])
        elif path == "/latin1":
            body = PAGES["/dated"].replace(b"Singapore", "Singapore caf\u00e9".encode("utf-8"))
            body = body.decode("utf-8").encode("iso-8859-1")
            self._send(200, body, ctype="text/html; charset=iso-8859-1")
        else:
            self._send(404, b"")


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    _Handler.stop.clear()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        _Handler.stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    # A proxy from the environment must not intercept requests to the local server.
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    monkeypatch.setenv("NO_PROXY", "*")


def fetch(url, **kwargs):
    kwargs.setdefault("max_bytes", 1_000_000)
    kwargs.setdefault("timeout", 5.0)
    return fetch_article(url, **kwargs)


def test_read_article_on_a_url(server):
    url = server + "/article"
    _Handler.seen_agents.clear()
    article = read_article(url)
    assert article.error is None
    assert article.path == url
    assert article.meta == {
        "title": "Valve maker Qintech joins 'little giant' ranks",
        "published": "2023-07-14",
        "site": "Harbour Business Daily",
    }
    assert article.text == read_article(str(NEWS)).text
    assert _Handler.seen_agents == [webpage.USER_AGENT]
    assert webpage.USER_AGENT.startswith(f"giants/{giants.__version__} ")


def test_url_site_falls_back_to_title_then_host(server):
    article = fetch(server + "/dated")
    assert article.error is None
    assert article.meta["site"] == "Eastern Tech Post"
    assert article.meta["published"] == "2021-11-02"
    article = fetch(server + "/nosite")
    assert article.error is None
    assert article.meta == {"title": "Meridian Sensors doubles sales", "published": None, "site": "127.0.0.1"}


def test_redirects_within_the_limit_are_followed(server):
    article = fetch(server + "/hops/3", max_redirects=5)
    assert article.error is None
    assert article.path == server + "/hops/3"
    assert article.meta["title"] == "Valve maker Qintech joins 'little giant' ranks"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/missing", "HTTP 404 Not Found from 127.0.0.1"),
        ("/broken", "HTTP 500 Internal Server Error from 127.0.0.1"),
        ("/loop-a", "too many redirects (more than 5)"),
        ("/hops/7", "too many redirects (more than 5)"),
        ("/nowhere", "HTTP 302 Found from 127.0.0.1"),
        ("/plain", "not a web page: the server sent text/plain (giants reads HTML pages)"),
        ("/pdf", "not a web page: the server sent application/pdf (giants reads HTML pages)"),
    ],
)
def test_fetch_errors(server, path, expected):
    article = fetch(server + path)
    assert article.text is None
    assert article.error == expected


def test_redirect_to_another_scheme_is_refused(server):
    article = fetch(server + "/to-ftp")
    assert article.text is None
    assert article.error == "redirected to a non-web address (ftp://127.0.0.1/file.html)"


def test_binary_without_content_type(server):
    article = fetch(server + "/octet")
    assert article.text is None
    assert article.error.startswith("not a web page")


def test_timeout(server):
    started = time.monotonic()
    article = fetch(server + "/slow", timeout=0.5)
    assert time.monotonic() - started < SLOW_SECONDS - 0.5
    assert article.text is None
    assert article.error.startswith("timed out after 0.5 s")


@pytest.mark.parametrize("path", ["/big", "/big-unsized"])
def test_too_large(server, path):
    article = fetch(server + path, max_bytes=50_000)
    assert article.text is None
    assert article.error == "page larger than 50,000 bytes (raise the limit with --max-bytes)"


def test_gzip_body(server):
    article = fetch(server + "/gzip")
    assert article.error is None
    assert article.text.startswith("Valve maker Qintech joins 'little giant' ranks\n\nQintech Fluid Control")


def test_charset_from_header(server):
    article = fetch(server + "/latin1")
    assert article.error is None
    assert "Singapore caf\u00e9" in article.text


def test_non_english_url(server):
    article = fetch(server + "/chinese")
    assert article.text is None
    assert "does not look like English" in article.error


def test_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    article = fetch(f"http://127.0.0.1:{port}/")
    assert article.text is None
    assert article.error == "connection refused by 127.0.0.1"


def test_dns_failure(monkeypatch):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    article = fetch("https://news.invalid/story")
    assert article.text is None
    assert article.error.startswith("cannot resolve host news.invalid")


@pytest.mark.parametrize("url", ["http://", "https:///path"])
def test_invalid_url(url):
    article = fetch(url)
    assert article.text is None
    assert article.error.startswith("invalid URL")
