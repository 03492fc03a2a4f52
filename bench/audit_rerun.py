"""Rerun the cases of the December reliability audit (shared/audits/reliability-2026-12.md).

Run by hand from the repository root; it builds its fixtures in a temporary folder and
starts two local servers on 127.0.0.1 (nothing else is contacted):

    PYTHONPATH=src python bench/audit_rerun.py            # about 100 cases, 20-40 minutes
    PYTHONPATH=src python bench/audit_rerun.py --only 18 20 67
    PYTHONPATH=src python bench/audit_rerun.py --long     # adds the 5 MB and 19 MB texts (an hour)

Each case keeps the audit's number, command and expectation. A case passes when its
expectation holds; it is a crash when `analyze` exits 70, prints "unexpected" or a
traceback, or is still running at its time limit (a hang); good inputs are lost when a
run writes fewer good records than it had good inputs. Totals are printed as the audit
gives them, next to the audit's verdict for the same cases.
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import random
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PARA = "<p>" + "Acme Robotics said on Monday that it had raised money from investors in the city of Suzhou. " * 5 + "</p>"


# --- fixtures -------------------------------------------------------------------------


def build_fixtures(d: Path, long: bool) -> None:
    for p in SAMPLES.glob("*.txt"):
        (d / p.name).write_bytes(p.read_bytes())
    (d / "news_article.html").write_bytes((ROOT / "tests" / "fixtures" / "news_article.html").read_bytes())
    gear = (SAMPLES / "little-giant-gearbox.txt").read_bytes()
    gear_text = gear.decode("utf-8")
    for sub in ("bad", "big", "lang", "html", "names", "names2", "loopdir/sub", "loop1/sub", "emptydir", "d60",
                "sig300", "par"):
        (d / sub).mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    (d / "bad/empty.txt").write_bytes(b"")
    (d / "bad/whitespace.txt").write_bytes(b" \t\r\n\x0b\x0c  \n")
    (d / "bad/unicode_ws.txt").write_text("\u00a0\u2003\u3000\u200b\ufeff\n", encoding="utf-8")
    (d / "bad/binary.bin.txt").write_bytes(bytes(rng.randrange(256) for _ in range(5000)))
    (d / "bad/binary_nonul.txt").write_bytes(bytes(rng.randrange(1, 256) for _ in range(5000)))
    (d / "bad/nul_early.txt").write_bytes(gear[:200] + b"\x00" + gear[200:])
    (d / "bad/nul_after8k.txt").write_bytes(gear * 6 + b"\x00\x00" + gear)
    (d / "enc_utf16le_bom.txt").write_bytes(b"\xff\xfe" + gear_text.encode("utf-16-le"))
    (d / "enc_utf16_odd.txt").write_bytes(b"\xff\xfe" + gear_text.encode("utf-16-le") + b"A")
    (d / "enc_utf8_bom.txt").write_bytes(b"\xef\xbb\xbf" + gear)
    latin = "Zürich office, café, naïve, Müller GmbH. Acme Robotics said on Monday that it had raised money. " * 4
    (d / "enc_latin1.txt").write_bytes(latin.encode("latin-1"))
    (d / "enc_cp1252.txt").write_bytes(("“Acme” said the €5 million round for über-fast robots closed. " * 4).encode("cp1252"))
    (d / "enc_mixed.txt").write_bytes(gear + "Meals at the café were free.\n".encode("latin-1"))
    (d / "enc_invalid_mid.txt").write_bytes(gear[:900] + b"\xff\xfe\x80\x81\xfe\xff" + gear[900:])
    (d / "enc_bom_invalid.txt").write_bytes(b"\xef\xbb\xbf" + gear + b"caf\xe9\n")
    (d / "m.txt").write_bytes(gear + b"caf\xe9\n")
    (d / "lang/chinese.txt").write_text("工业和信息化部公布了第一批专精特新小巨人企业名单，共有二百四十八家企业入选。" * 5,
                                        encoding="utf-8")
    (d / "lang/german.txt").write_text(
        "Die Bundesregierung hat am Mittwoch ein neues Förderprogramm für kleine und mittlere Unternehmen "
        "beschlossen. Das Programm soll vor allem Firmen in der Industrie helfen, die in neue Technologien "
        "investieren wollen. Nach Angaben des Ministeriums stehen dafür rund zwei Milliarden Euro bereit.", encoding="utf-8")
    (d / "lang/long_number.txt").write_text(gear_text + "\nIt is valued at US$" + "9" * 5000 + " billion.\n",
                                            encoding="utf-8")
    (d / "lang/long_token_1m.txt").write_text(gear_text + "\n" + "x" * 1_000_000 + "\n", encoding="utf-8")
    with open(d / "big/text_25mb.txt", "wb") as fh:
        fh.write((gear + b"\n\n") * (25_000_000 // (len(gear) + 2) + 1))
    if long:
        blob = b"\n\n".join(p.read_bytes().strip() for p in sorted(SAMPLES.glob("*.txt"))) + b"\n\n"
        (d / "big/text_19mb.txt").write_bytes((blob * (19_000_000 // len(blob) + 1))[:19_000_000].rsplit(b" ", 1)[0])
        one = (SAMPLES / "unicorn-solid-state-battery.txt").read_text(encoding="utf-8").replace("\n", " ")
        (d / "big/oneline_5mb.txt").write_text((one + " ") * 3100, encoding="utf-8")
    # paths
    (d / "loopdir/sub/a.txt").write_bytes(gear)
    os.symlink("..", d / "loopdir/sub/up")
    os.symlink("../loopdir", d / "loopdir/self")
    (d / "loop1/sub/a.txt").write_bytes(gear)
    os.symlink("..", d / "loop1/sub/up")
    for name in ("a.txt", "with space.txt", "中文 Zürich ✓.txt"):
        (d / "names" / name).write_bytes(gear)
    for raw in (b"names/badname_\xff\xfe.txt", b"names2/b_bad_\xe9.txt"):
        with open(os.path.join(os.fsencode(d), raw), "wb") as fh:
            fh.write(gear)
    (d / "names2/a.txt").write_bytes(gear)
    (d / "names2/c.txt").write_bytes((SAMPLES / "unicorn-solid-state-battery.txt").read_bytes())
    for i in range(60):
        (d / f"d60/{i:02}.txt").write_bytes(gear)
    for i in range(300):
        (d / f"sig300/{i:03}.txt").write_bytes((SAMPLES / "unicorn-solid-state-battery.txt").read_bytes())
    (d / "list_nul.txt").write_bytes(b"little-giant-gearbox.txt\nx\x00y.txt\nunicorn-solid-state-battery.txt\n")
    (d / "list_ok.txt").write_text("# comment\n\nlittle-giant-gearbox.txt\nnope.txt\nunicorn-solid-state-battery.txt\n",
                                   encoding="utf-8")
    # html
    head = "<html><head><title>T</title></head><body>"
    (d / "html/nested_1000.html").write_text(head + "<div>" * 1000 + PARA + "</div>" * 1000 + "</body></html>")
    (d / "html/nested_100000.html").write_text(head + "<div>" * 100000 + PARA + "</div>" * 100000 + "</body></html>")
    (d / "html/nested_unclosed_200k.html").write_text(head + "<b>" * 210000 + PARA + "</body></html>")
    (d / "html/only_tags.html").write_text(head + "<div></div>" * 100000 + "</body></html>")
    (d / "html/huge_script.html").write_text(head + "<script>" + "var x=1;" * 1_900_000 + "</script><article>"
                                             + PARA + "</article></body></html>")
    (d / "html/huge_comment.html").write_text(head + "<!--" + "c" * 15_000_000 + "--><article>" + PARA
                                              + "</article></body></html>")
    seo = ('<html><head><title>Other words</title><meta property="og:title" content="Other words"></head><body>'
           '<article><h1>Acme raises money</h1>' + PARA + "</article>")
    (d / "html/h1_flood.html").write_text('<html><head><title>Acme raises money</title></head><body><article>'
                                          '<h1>Acme raises money</h1>' + PARA + "</article>" + "<h1>x " * 80000 + "</body></html>")
    (d / "html/title_flood.html").write_text("<html><head>" + "<title>x " * 40000 + "</head><body><article>"
                                             + PARA + "</article></body></html>")
    (d / "html/h1_flood_seo.html").write_text(seo + "<h1>x " * 83000 + "</body></html>")
    (d / "h1.html").write_text(seo + "<h1>x " * 30000 + "</body></html>")
    (d / "n.html").write_text(head + "<div>" * 300 + PARA + "</div>" * 300 + "</body></html>")
    (d / "html/billion_laughs.html").write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
        "<html><head><title>T</title></head><body><p>&lol2;</p>" + PARA + "</body></html>")


# --- servers --------------------------------------------------------------------------

OK_PAGE = (ROOT / "tests" / "fixtures" / "news_article.html").read_bytes()
UTF8_PAGE = ("<html><head><title>Qintech valves</title></head><body><article><h1>Qintech valves</h1>"
             + "<p>Qintech (琴泰科技), a valve maker in Zürich and Ningbo, said on Monday that its sales of "
               "industrial valves had grown for the third year, and that it would open a new plant.</p>" * 3
             + "</article></body></html>").encode("utf-8")


def _bomb(size: int) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * (1 << 20)
    out = [z.compress(chunk) for _ in range(size >> 20)]
    return b"".join(out) + z.flush()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    bomb = b""

    def log_message(self, *args):
        pass

    def send(self, body: bytes, ctype="text/html", status=200, headers=(), length=None):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if length is not False:
            self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: C901 - one route per line
        p = self.path
        try:
            if p == "/ok":
                self.send(OK_PAGE)
            elif p == "/404":
                self.send(b"<html>no</html>", status=404)
            elif p == "/loop":
                self.send(b"", status=302, headers=[("Location", "/loop")])
            elif p.startswith("/chain/"):
                n = int(p.rsplit("/", 1)[1])
                self.send(b"", status=302, headers=[("Location", f"/chain/{n - 1}" if n > 1 else "/ok")])
            elif p == "/to-file":
                self.send(b"", status=302, headers=[("Location", "file:///etc/passwd")])
            elif p == "/slowloris":
                time.sleep(40)
            elif p == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(40):
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
                    time.sleep(1)
            elif p == "/bom-invalid":
                self.send(b"\xef\xbb\xbf" + OK_PAGE.replace(b"</p>", b" caf\xe9</p>", 1), ctype="text/html")
            elif p == "/bom-invalid-utf8":
                self.send(b"\xef\xbb\xbf" + OK_PAGE.replace(b"</p>", b" caf\xe9</p>", 1), ctype="text/html; charset=utf-8")
            elif p == "/utf16-odd":
                self.send(b"\xff\xfe" + OK_PAGE.decode("utf-8").encode("utf-16-le") + b"A")
            elif p == "/utf16-ok":
                self.send(b"\xff\xfe" + OK_PAGE.decode("utf-8").encode("utf-16-le"))
            elif p == "/charset-utf16-lie":
                self.send(UTF8_PAGE, ctype="text/html; charset=utf-16")
            elif p == "/charset-latin1-lie":
                self.send(UTF8_PAGE, ctype="text/html; charset=iso-8859-1")
            elif p == "/charset-bogus":
                self.send(UTF8_PAGE, ctype="text/html; charset=x-no-such-codec")
            elif p == "/charset-rot13":
                self.send(UTF8_PAGE, ctype="text/html; charset=rot13")
            elif p == "/meta-lie":
                self.send(UTF8_PAGE.replace(b"<head>", b"<head><meta charset=windows-1251>"))
            elif p == "/gzipbomb":
                self.send(self.bomb, headers=[("Content-Encoding", "gzip")])
            elif p == "/big-nocl":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(30):
                    self.wfile.write(b"<p>" + b"x" * (1 << 20) + b"</p>")
            elif p == "/cl-lie-small":
                self.send(OK_PAGE * 50, length=1000)
            elif p == "/bad-status":
                self.wfile.write(b"HTTP/1.1 abc\r\n\r\n")
            elif p == "/truncated":
                self.send(OK_PAGE, length=len(OK_PAGE) + 5000)
            elif p == "/many-headers":
                self.send_response(200)
                for i in range(200):
                    self.send_header(f"X-{i}", "x")
                self.end_headers()
            elif p == "/png":
                self.send(b"\x89PNG\r\n\x1a\n" + bytes(500), ctype="image/png")
            else:
                self.send(b"", status=404)
        except OSError:
            pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def slow_headers_server() -> int:
    """Port of a server that drips its headers one byte a second for 120 s."""
    sock = socket.create_server(("127.0.0.1", 0))

    def serve():
        while True:
            conn, _ = sock.accept()

            def drip(c=conn):
                try:
                    c.recv(4096)
                    c.sendall(b"HTTP/1.1 200 OK\r\nX: ")
                    for _ in range(120):
                        time.sleep(1)
                        c.sendall(b"a")
                except OSError:
                    pass
                finally:
                    c.close()

            threading.Thread(target=drip, daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    return sock.getsockname()[1]


# --- cases ----------------------------------------------------------------------------


@dataclass
class Case:
    num: int
    group: str
    what: str
    command: str
    expect: str          # ok | error | either | quiet (early stop) | refused
    good: int = 0        # good inputs whose records must appear
    before: str = "PASS"  # the audit's verdict
    timeout: float = 240
    check: object = None  # extra predicate on the result, returns a note or None
    records: int | None = None  # records expected in total (when the run finishes)
    tags: set = field(default_factory=set)


def cases(long: bool) -> list[Case]:
    G, B = "little-giant-gearbox.txt", "unicorn-solid-state-battery.txt"
    no_cp1251 = lambda r: "mojibake" if ("жЃ" in r["stdout"] or "Ã" in r["stdout"] or "Ð" in r["stdout"]) else None
    zurich = lambda r: None if "Zürich" in r["stdout"] else "Zürich not intact"
    qintech = lambda r: None if "琴泰科技" in r["stdout"] and "Zürich" in r["stdout"] else "text not intact"
    out = [
        Case(4, "files", "missing file", "$A --format json nope.txt", "error"),
        Case(5, "files", "empty file", "$A --format json bad/empty.txt", "error"),
        Case(6, "files", "whitespace only", "$A --format json bad/whitespace.txt", "error"),
        Case(7, "files", "Unicode whitespace only", "$A --format json bad/unicode_ws.txt", "error"),
        Case(8, "files", "random binary with NULs", "$A --format json bad/binary.bin.txt", "error"),
        Case(9, "files", "random binary without NULs", "$A --format json bad/binary_nonul.txt", "error",
             before="PASS*", check=lambda r: None if "binary" in r["stderr"] else "message is not 'binary'"),
        Case(10, "files", "NUL at byte 200", "$A --format json bad/nul_early.txt", "error"),
        Case(12, "files", "NULs after byte 8,192", "$A --format json bad/nul_after8k.txt", "either", before="PASS*"),
        Case(13, "encodings", "UTF-16LE with BOM", "$A --format json enc_utf16le_bom.txt", "ok", good=1),
        Case(16, "encodings", "UTF-16 BOM, odd byte count", "$A --format json enc_utf16_odd.txt", "either"),
        Case(17, "encodings", "UTF-8 with BOM", "$A --format json enc_utf8_bom.txt", "ok", good=1),
        Case(18, "encodings", "Latin-1 article", "$A --show-text enc_latin1.txt", "ok", good=1, before="FAIL",
             check=zurich),
        Case(19, "encodings", "cp1252 article", "$A --show-text enc_cp1252.txt", "ok", good=1, before="PASS*",
             check=lambda r: None if "“Acme”" in r["stdout"] or "\\u201cAcme" in r["stdout"] else "quotes lost"),
        Case(20, "encodings", "UTF-8 + one Latin-1 line", "$A --show-text enc_mixed.txt", "ok", good=1,
             before="FAIL", check=lambda r: no_cp1251(r) or (None if "恒远传动" in r["stdout"] else "name lost")),
        Case(21, "encodings", "UTF-8 with 6 invalid bytes", "$A --show-text enc_invalid_mid.txt", "ok", good=1,
             before="FAIL", check=no_cp1251),
        Case(22, "encodings", "UTF-8 BOM + invalid byte", "$A --format json enc_bom_invalid.txt", "either",
             before="PASS*"),
        Case(23, "encodings", "--show-text of UTF-8 + stray byte", "$A --show-text m.txt", "ok", before="FAIL",
             check=lambda r: None if "恒远传动" in r["stdout"] and "warning" in r["stderr"] else "name or warning lost"),
        Case(25, "charset", "UTF-8 page declared utf-16", "$A --show-text $U/charset-utf16-lie", "ok", good=1,
             before="PASS*", check=qintech),
        Case(26, "charset", "UTF-8 page declared iso-8859-1", "$A --show-text $U/charset-latin1-lie", "ok",
             good=1, before="FAIL", check=qintech),
        Case(27, "charset", "charset=x-no-such-codec", "$A --format json $U/charset-bogus", "ok", good=1),
        Case(28, "charset", "charset=rot13", "$A --format json $U/charset-rot13", "ok", good=1),
        Case(29, "charset", "UTF-8 page, meta windows-1251", "$A --show-text $U/meta-lie", "ok", good=1,
             before="FAIL", check=qintech),
        Case(30, "charset", "URL: UTF-8 BOM + invalid byte", "$A --format json $U/bom-invalid", "either",
             before="FAIL"),
        Case(31, "charset", "batch: good, that URL, good", f"$A --format jsonl {G} $U/bom-invalid {B}", "either",
             good=2, records=3, before="FAIL"),
        Case(32, "charset", "same with charset=utf-8", "$A --format json $U/bom-invalid-utf8", "either",
             before="FAIL"),
        Case(33, "charset", "URL: UTF-16 BOM, odd length", "$A --format json $U/utf16-odd", "either",
             before="FAIL"),
        Case(35, "charset", "UTF-16 page with BOM", "$A --format json $U/utf16-ok", "ok", good=1),
        Case(40, "size", "25 MB text", "$A --format json big/text_25mb.txt", "error"),
        Case(52, "paths", "directory with symlink loops", "$A --format jsonl loopdir", "ok", good=1, records=1),
        Case(53, "paths", "glob 'loopdir/**/*.txt'", "$A --format jsonl 'loopdir/**/*.txt'", "ok", good=1,
             records=1, before="FAIL", timeout=120),
        Case(54, "paths", "glob 'loop1/**/*.txt'", "$A --format jsonl 'loop1/**/*.txt'", "ok", good=1, records=1,
             before="FAIL", timeout=120),
        Case(55, "paths", "empty directory", "$A --format json emptydir", "error"),
        Case(56, "paths", "glob with no match", "$A --format json 'nomatch/*.txt'", "error", before="PASS*"),
        Case(63, "names", "path with spaces", "$A --format json 'names/with space.txt'", "ok", good=1),
        Case(65, "names", "path '中文 Zürich ✓.txt'", "$A --format json 'names/中文 Zürich ✓.txt'", "ok", good=1),
        Case(67, "names", "file name with bytes FF FE", "$A --format json names/badname_$'\\xff\\xfe'.txt", "ok",
             good=1, before="FAIL"),
        Case(68, "names", "directory with a non-UTF-8 name, jsonl", "$A --format jsonl names", "ok", good=4,
             records=4, before="FAIL"),
        Case(69, "names", "same, json", "$A --format json names", "ok", good=4, records=4, before="FAIL"),
        Case(70, "names", "same, --workers 2", "$A --format jsonl --workers 2 names2", "ok", good=3, records=3,
             before="FAIL"),
        Case(71, "names", "same, table", "$A --format table names2", "ok", before="PASS*"),
        Case(79, "devices", "/dev/zero", "$A --format json /dev/zero", "error"),
        Case(83, "devices", "/dev/null", "$A --format json /dev/null", "error"),
        Case(84, "stdin", "stdin closed", "$A --format json - <&-", "error", before="FAIL"),
        Case(85, "stdin", "good - good <&-", f"$A --format jsonl {G} - {B} <&-", "error", good=2, records=3,
             before="FAIL"),
        Case(86, "stdin", "- < /dev/null", "$A --format json - < /dev/null", "error"),
        Case(87, "stdin", "cat article | analyze -", f"cat {G} | $A --format json -", "ok", good=1),
        Case(90, "stdin", "--from-file with a NUL in a line", "$A --format jsonl --from-file list_nul.txt", "error",
             good=2, records=3, before="FAIL"),
        Case(91, "stdin", "--from-file with comment, blank, missing", "$A --format jsonl --from-file list_ok.txt",
             "error", good=2, records=3),
        Case(93, "language", "Chinese article", "$A --format json lang/chinese.txt", "error"),
        Case(94, "language", "German article", "$A --format json lang/german.txt", "error"),
        Case(102, "tokens", "article + 5,000-digit amount", "$A --format json lang/long_number.txt", "ok", good=1,
             before="FAIL", check=lambda r: "figures dropped" if '"figures": []' in r["stdout"]
             or "skipped" in r["stderr"] else None),
        Case(106, "tokens", "1 MB single token", "$A --format json lang/long_token_1m.txt", "ok", good=1,
             timeout=900),
        Case(107, "html", "1,000 nested <div>", "$A --format json html/nested_1000.html", "ok", good=1,
             before="FAIL", check=lambda r: None if (records(r["stdout"]) or [{}])[0].get("source", {}).get("characters", 0) > 400
             else "article lost"),
        Case(108, "html", "100,000 nested <div>", "$A --show-text html/nested_100000.html", "ok", before="FAIL",
             check=lambda r: None if r["stdout"].count("Acme Robotics said") == 5 else "article lost"),
        Case(109, "html", "210,000 unclosed inline tags", "$A --show-text html/nested_unclosed_200k.html", "ok",
             before="FAIL", check=lambda r: None if r["stdout"].count("Acme Robotics said") == 5 else "article lost"),
        Case(112, "html", "100,000 empty <div>", "$A --format json html/only_tags.html", "error"),
        Case(113, "html", "article + 15 MB inline <script>", "$A --show-text html/huge_script.html", "ok",
             before="FAIL", check=lambda r: None if r["stdout"].count("Acme Robotics said") == 5 else "article lost"),
        Case(114, "html", "article + 15 MB comment", "$A --show-text html/huge_comment.html", "ok", before="FAIL",
             check=lambda r: None if r["stdout"].count("Acme Robotics said") == 5 else "article lost"),
        Case(115, "html", "80,000 unclosed <h1>", "$A --format json html/h1_flood.html", "ok", good=1),
        # an unclosed <title> runs to the end of the page for any HTML parser, so only the time is judged
        Case(116, "html", "40,000 unclosed <title>", "$A --format json html/title_flood.html", "either",
             check=lambda r: None if r["secs"] < 60 else f"slow: {r['secs']:.0f} s"),
        Case(118, "html", "83,000 unclosed <h1>, og:title differs, --show-text",
             "$A --show-text html/h1_flood_seo.html", "ok", before="FAIL", timeout=120,
             check=lambda r: None if r["secs"] < 30 else f"slow: {r['secs']:.0f} s"),
        Case(120, "html", "billion-laughs DTD", "$A --format json html/billion_laughs.html", "ok", good=1),
        Case(122, "html", "300 nested <div>", "$A --show-text n.html", "ok", before="FAIL",
             check=lambda r: None if r["stdout"].count("Acme Robotics said") == 5 else "article lost"),
        Case(123, "html", "30,000 unclosed <h1>, --show-text", "$A --show-text h1.html", "ok", before="FAIL",
             timeout=120, check=lambda r: None if r["secs"] < 20 else f"slow: {r['secs']:.0f} s"),
        Case(124, "url", "good page", "$A --format json $U/ok", "ok", good=1),
        Case(125, "url", "404", "$A --format json $U/404", "error"),
        Case(127, "url", "redirect to itself", "$A --format json $U/loop", "error"),
        Case(129, "url", "5 redirects", "$A --format json $U/chain/5", "ok", good=1),
        Case(130, "url", "6 redirects", "$A --format json $U/chain/6", "error"),
        Case(132, "url", "redirect to file://", "$A --format json $U/to-file", "error"),
        Case(139, "url", "server never answers", "$A --format json $U/slowloris", "error", timeout=120),
        Case(140, "url", "body dripped 1 byte/s", "$A --format json $U/drip", "error", timeout=120),
        Case(141, "url", "headers dripped 1 byte/s", "$A --format json $S/", "error", before="FAIL", timeout=200,
             check=lambda r: None if r["secs"] < 60 else f"held {r['secs']:.0f} s"),
        Case(143, "url", "gzip bomb", "$A --format json $U/gzipbomb", "error"),
        Case(147, "url", "30 MB without Content-Length", "$A --format json $U/big-nocl", "error"),
        Case(150, "url", "Content-Length 1000, more sent", "$A --format json $U/cl-lie-small", "either",
             before="PASS*"),
        Case(160, "url", "bad status line", "$A --format json $U/bad-status", "error"),
        Case(163, "url", "body shorter than Content-Length", "$A --format json $U/truncated", "either",
             before="PASS*", check=lambda r: None if "cut short" in r["stderr"] or r["rc"] == 1 else "accepted silently"),
        Case(164, "url", "200 response headers", "$A --format json $U/many-headers", "error", before="PASS*",
             check=lambda r: None if "headers" in r["stderr"] else "uninformative"),
        Case(167, "url", "port 9, nothing listening", "$A --format json http://127.0.0.1:9/x", "error"),
        Case(168, "url", "http:///x", "$A --format json http:///x", "error"),
        Case(169, "url", "port 99999", "$A --format json http://127.0.0.1:99999/x", "error", before="PASS*",
             check=lambda r: None if "port" in r["stderr"] else "reported as something else"),
        Case(170, "url", "malformed IPv6 URL", "$A --format json 'http://[::1/x'", "error"),
        Case(171, "url", "HTTP:// in upper case", "$A --format json HTTP://127.0.0.1:$UPORT/ok", "ok", good=1,
             before="FAIL"),
        Case(173, "url", "ftp:// input", "$A --format json ftp://127.0.0.1:$UPORT/ok", "error", before="PASS*"),
        Case(175, "url", "batch: good, slowloris, 404, bomb, ok, to-file, png, good",
             f"$A -q --format jsonl {G} $U/slowloris $U/404 $U/gzipbomb $U/ok $U/to-file $U/png {B}", "error",
             good=3, records=8, timeout=180),
        Case(180, "output", "jsonl | head -1", f"$A --format jsonl sig300 {G} {B} | head -1", "quiet",
             before="FAIL"),
        Case(181, "output", "json | head -c 100", "$A --format json sig300 | head -c 100", "quiet", before="FAIL"),
        Case(182, "output", "--show-text | head -1", "$A --show-text sig300 | head -1", "quiet", before="FAIL"),
        Case(183, "output", "table | head -2", "$A --format table d60 | head -2", "quiet"),
        Case(185, "output", "--schema | head -1", "$A --schema | head -1", "quiet"),
        Case(186, "output", "--workers 2, 300 files | head -1", "$A --format jsonl --workers 2 sig300 | head -1",
             "quiet", before="FAIL", timeout=100),
        Case(187, "output", "--workers 2, 60 files | head -1", "$A --workers 2 --format jsonl d60 | head -1",
             "quiet", before="FAIL", timeout=60),
        Case(191, "output", "19 args, workers 1",
             f"$A -q --format jsonl {G} nope.txt bad/empty.txt bad/binary.bin.txt {B} bad/whitespace.txt "
             "enc_utf16le_bom.txt lang/chinese.txt decacorn-warehouse-robots.txt $U/404 html/nested_1000.html "
             "lang/german.txt gazelle-hefei-software.txt bad/nul_early.txt d60 enc_latin1.txt $U/ok "
             "bad/unicode_ws.txt criterion-unicorn-euro-fintech.txt", "error", good=69, records=78, timeout=900,
             tags={"same-as-192"}),
        Case(192, "output", "same, --workers 2",
             f"$A -q --format jsonl --workers 2 {G} nope.txt bad/empty.txt bad/binary.bin.txt {B} bad/whitespace.txt "
             "enc_utf16le_bom.txt lang/chinese.txt decacorn-warehouse-robots.txt $U/404 html/nested_1000.html "
             "lang/german.txt gazelle-hefei-software.txt bad/nul_early.txt d60 enc_latin1.txt $U/ok "
             "bad/unicode_ws.txt criterion-unicorn-euro-fintech.txt", "error", good=69, records=78, timeout=900,
             tags={"same-as-191"}),
        Case(194, "output", "SIGINT, 300 files, workers 1", "sigint:1:sig300", "sigint"),
        Case(196, "output", "SIGINT, --format json", "sigint:1:sig300:json", "sigint"),
        Case(197, "output", "SIGINT, --workers 2", "sigint:2:sig300", "sigint", before="FAIL"),
        Case(200, "output", "good, slow URL, good: first line before the slow one ends",
             f"stream:$A -q --format jsonl {G} $U/slowloris {B}", "stream", before="FAIL", timeout=120),
        Case(203, "fuzz", "library: text with a lone surrogate", "lib:surrogate", "lib", before="PASS*"),
        Case(204, "fuzz", "library: empty text", "lib:empty", "lib"),
    ]
    if long:
        out += [
            Case(47, "size", "one-line 5 MB text", "$A --format json big/oneline_5mb.txt", "ok", good=1,
                 before="FAIL", timeout=7200),
            Case(50, "size", "good, 19 MB text, good", f"$A --format jsonl {G} big/text_19mb.txt {B}", "ok",
                 good=3, records=3, before="FAIL", timeout=10800),
        ]
    return out


# --- running --------------------------------------------------------------------------


def run_shell(command: str, cwd: Path, env: dict, timeout: float) -> dict:
    started = time.monotonic()
    proc = subprocess.Popen(["bash", "-c", command + '; echo "__rc=${PIPESTATUS[0]}" >&2'], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        hung = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        hung = True
    err = err.decode("utf-8", "replace")
    rc = None
    lines = err.splitlines()
    if lines and lines[-1].startswith("__rc="):
        rc = int(lines[-1][5:])
        err = "\n".join(lines[:-1])
    return {"rc": rc, "stdout": out.decode("utf-8", "replace"), "stderr": err, "hung": hung,
            "secs": time.monotonic() - started}


def records(stdout: str) -> list[dict] | None:
    text = stdout.strip()
    if not text:
        return []
    try:
        if text.startswith("["):
            return json.loads(text)
        if text.startswith("{") and "\n{" not in text:
            return [json.loads(text)]
        return [json.loads(line) for line in text.splitlines()]
    except json.JSONDecodeError:
        return None


def sigint(spec: str, cwd: Path, env: dict) -> dict:
    _, workers, folder, *fmt = spec.split(":")
    fmt = fmt[0] if fmt else "jsonl"
    out = cwd / "sigint.out"
    with open(out, "w") as sink:
        # SIGINT back to its default in the child: a shell without job control starts background
        # commands with SIGINT ignored, and that would be inherited when this script runs with `&`
        proc = subprocess.Popen(env["A_ARGS"].split() + ["--workers", workers, "--format", fmt, folder], cwd=cwd,
                                env=env, stdout=sink, stderr=subprocess.PIPE, start_new_session=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        started = time.monotonic()
        while out.stat().st_size < 2 and time.monotonic() - started < 120 and proc.poll() is None:
            time.sleep(0.2)
        time.sleep(2)
        sent = time.monotonic()
        try:
            os.killpg(proc.pid, signal.SIGINT)
        except ProcessLookupError:  # it had ended already
            pass
        try:
            rc = proc.wait(timeout=30)
            hung = False
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGUSR1)  # a traceback of every thread, when run through --cli-wrapper
            time.sleep(1)
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            rc, hung = None, True
    err = proc.stderr.read().decode("utf-8", "replace")
    return {"rc": rc, "stdout": out.read_text(), "stderr": err, "hung": hung, "secs": time.monotonic() - sent}


def stream(command: str, cwd: Path, env: dict, timeout: float) -> dict:
    started = time.monotonic()
    proc = subprocess.Popen(["bash", "-c", command], cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    first = proc.stdout.readline()
    first_at = time.monotonic() - started
    try:
        rest, err = proc.communicate(timeout=timeout)
        hung = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        rest, err = proc.communicate()
        hung = True
    total = time.monotonic() - started
    return {"rc": proc.returncode, "stdout": (first + rest).decode(), "stderr": err.decode(), "hung": hung,
            "secs": total, "first": first_at}


def library(spec: str) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    import giants

    try:
        text = "Acme Robotics, a unicorn in Suzhou, raised $20 million. caf\udce9" if spec.endswith("surrogate") else ""
        result = giants.analyze_text(text)
        result.model_dump_json()
        return {"rc": 0, "stdout": "", "stderr": "", "hung": False, "secs": 0}
    except Exception as exc:  # noqa: BLE001
        return {"rc": 70, "stdout": "", "stderr": f"unexpected {type(exc).__name__}: {exc}", "hung": False, "secs": 0}


def judge(case: Case, r: dict) -> tuple[str, bool, int, str]:
    """(verdict, crashed, good inputs lost, note)."""
    notes = []
    crashed = r["hung"] or r["rc"] == 70 or "unexpected" in r["stderr"] or "Traceback" in r["stderr"]
    textual = "--show-text" in case.command or "--format table" in case.command
    structured = case.expect not in ("quiet", "sigint", "lib") and not textual
    recs = records(r["stdout"]) if structured else None
    good_found = sum(1 for x in recs or [] if isinstance(x, dict) and not x.get("error"))
    lost = max(0, case.good - good_found) if case.good and structured else 0
    ok = not crashed
    if r["hung"]:
        notes.append(f"hung (killed at {case.timeout:.0f} s)")
    if case.expect == "ok":
        ok = ok and r["rc"] == 0
    elif case.expect == "error":
        first = (r["stderr"].strip().splitlines() or [""])[0]
        quiet = " -q " in f" {case.command} "  # -q: no per-input lines on stderr
        ok = ok and r["rc"] == 1 and (quiet or first.startswith("analyze: error:"))
    elif case.expect == "either":
        ok = ok and r["rc"] in (0, 1)
    elif case.expect == "quiet":
        ok = ok and r["rc"] in (0, 141) and not r["stderr"].strip()
        notes.append(f"exit {r['rc']}, {r['secs']:.1f} s")
    elif case.expect == "sigint":
        lines = r["stdout"].strip()
        valid = records(lines) is not None
        ok = ok and r["rc"] == 130 and valid and r["stderr"].strip().splitlines()[-1:] == ["analyze: error: interrupted"]
        notes.append(f"exit {r['rc']} {r['secs']:.1f} s after SIGINT, output valid: {valid}")
    elif case.expect == "stream":
        ok = ok and r["first"] < r["secs"] - 5
        notes.append(f"first line after {r['first']:.1f} s, all after {r['secs']:.1f} s")
    elif case.expect == "lib":
        ok = ok and r["rc"] == 0
    if structured and recs is None and r["stdout"].strip():
        ok = False
        notes.append("output is not valid JSON")
    if case.records is not None and recs is not None and not r["hung"] and len(recs) != case.records:
        ok = False
        notes.append(f"{len(recs)} records, expected {case.records}")
    if lost:
        ok = False
        notes.append(f"{lost} good inputs lost")
    if case.check and not r["hung"]:
        note = case.check(r)
        if note:
            ok = False
            notes.append(note)
    if r["rc"] is not None and case.expect not in ("sigint",):
        notes.insert(0, f"rc {r['rc']}")
    first = (r["stderr"].strip().splitlines() or [""])[0][:110]
    if first and case.expect not in ("sigint",):
        notes.append(f"“{first}”")
    return ("PASS" if ok else "FAIL"), crashed, lost, " · ".join(notes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", type=int)
    parser.add_argument("--long", action="store_true", help="also the 5 MB and 19 MB texts (slow)")
    parser.add_argument("--cli-wrapper", help="a script run instead of `-m giants.cli` (e.g. one that registers faulthandler)")
    parser.add_argument("--show-stderr", action="store_true", help="print the stderr of failed cases")
    args = parser.parse_args()
    Handler.bomb = _bomb(1 << 30)  # 1 GiB of zeros, about 1 MB compressed
    httpd = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]
    slow_port = slow_headers_server()
    with tempfile.TemporaryDirectory(prefix="giants-audit-") as name:
        d = Path(name)
        build_fixtures(d, args.long)
        a_args = f"{sys.executable} -m giants.cli"
        if args.cli_wrapper:
            a_args = f"{sys.executable} {Path(args.cli_wrapper).resolve()}"
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), A=a_args, A_ARGS=a_args,
                   U=f"http://127.0.0.1:{port}", UPORT=str(port), S=f"http://127.0.0.1:{slow_port}",
                   no_proxy="*", NO_PROXY="*")
        for key in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
            env.pop(key, None)
        todo = [c for c in cases(args.long) if not args.only or c.num in args.only]
        print("| # | group | case | before | now | notes |")
        print("|---|---|---|---|---|---|", flush=True)
        totals = {"cases": 0, "passed": 0, "crashes": 0, "lost_runs": 0, "lost": 0, "hangs": 0, "before_pass": 0}
        outputs = {}
        for case in todo:
            if case.command.startswith("sigint:"):
                r = sigint(case.command, d, env)
            elif case.command.startswith("stream:"):
                r = stream(case.command[len("stream:"):], d, env, case.timeout)
            elif case.command.startswith("lib:"):
                r = library(case.command)
            else:
                r = run_shell(case.command, d, env, case.timeout)
            verdict, crashed, lost, note = judge(case, r)
            if "same-as-191" in case.tags and 191 in outputs and outputs[191] != r["stdout"]:
                verdict, note = "FAIL", note + " · records differ from workers 1"
            outputs[case.num] = r["stdout"]
            totals["cases"] += 1
            totals["passed"] += verdict == "PASS"
            totals["crashes"] += crashed
            totals["hangs"] += r["hung"]
            totals["lost_runs"] += lost > 0
            totals["lost"] += lost
            totals["before_pass"] += case.before.startswith("PASS")
            print(f"| {case.num} | {case.group} | {case.what} | {case.before} | {verdict} | {note} |", flush=True)
            if args.show_stderr and verdict == "FAIL":
                print("    " + r["stderr"][-3000:].replace("\n", "\n    "), flush=True)
        print()
        print(f"cases {totals['cases']} · passed {totals['passed']} (audit: {totals['before_pass']} of these) · "
              f"crashes {totals['crashes']} (hangs {totals['hangs']}) · "
              f"data lost: {totals['lost_runs']} runs, {totals['lost']} good inputs")
    httpd.shutdown()


if __name__ == "__main__":
    main()
