"""The company report: one row per company across every stored article.

    from giants.store import connect, companies
    for row in companies(connect("news.db"), category="unicorn", min_articles=2):
        print(row["company"], row["categories"]["unicorn"]["evidence"])

Rows of organisations from different articles are one company when names.py says so.
For each category a company holds the report gives the number of supporting
articles and the most recent evidence with its source and date. A later article
saying the status is over (a lost title, an acquisition, a listing) wins over the
labels before it: the category's status becomes "ended", with that statement.
An article's date is the date it states (published), else the day it was analysed.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from giants.store.names import display_name, group_keys, normalise

# Figures that say what a company is worth now (not a past peak, a target or a rumour).
CURRENT_TIMES = (None, "current")


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    from giants.data import builtin

    return builtin("store")


def ended_categories(reason: str, category: str | None) -> set[str]:
    """The categories one status-end statement ends."""
    if reason == "lost":
        # a firm that is no longer a unicorn is no longer a decacorn either
        return {category, "decacorn"} if category == "unicorn" else {category} if category else set()
    return set(_vocabulary().get("ends", {}).get(reason, []))


def reason_text(reason: str) -> str:
    return _vocabulary().get("reason_text", {}).get(reason, reason)


@dataclass
class Corpus:
    """The stored facts the report and the timeline read, with organisations grouped into companies."""
    articles: dict[int, dict]                      # id -> {source, title, date}
    company_of: dict[int, str]                     # organisation id -> company key
    members: dict[str, list[int]] = field(default_factory=dict)   # company key -> organisation ids
    org_name: dict[int, str] = field(default_factory=dict)
    org_article: dict[int, int] = field(default_factory=dict)
    org_aliases: dict[int, list[str]] = field(default_factory=dict)


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if since and (date is None or date < since):
        return False
    if until and (date is None or date[: len(until)] > until):
        return False
    return True


def load_corpus(conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None) -> Corpus:
    """Articles in the date range and their companies (organisations marked as companies, or holding a label)."""
    articles = {}
    for aid, source, title, published, analysed in conn.execute(
            "SELECT id, source, title, published, analysed_at FROM articles"):
        date = published or (analysed or "")[:10] or None
        if _in_range(date, since, until):
            articles[aid] = {"source": source, "title": title, "date": date, "key": (date or "", aid)}
    org_name, org_article, norm = {}, {}, {}
    for oid, aid, name, norm_name in conn.execute(
            "SELECT id, article_id, name, norm_name FROM organisations WHERE is_company = 1"
            " OR id IN (SELECT organisation_id FROM labels)"):
        if aid in articles and norm_name:
            org_name[oid], org_article[oid], norm[oid] = name, aid, norm_name
    # merging works on distinct names: each full name with every alias any article gives it
    org_aliases: dict[int, list[str]] = defaultdict(list)
    aliases_of: dict[str, set[str]] = {full: set() for full in set(norm.values())}
    for oid, name, norm_name in conn.execute("SELECT organisation_id, name, norm_name FROM org_names WHERE is_alias = 1"):
        if oid in norm:
            org_aliases[oid].append(name)
            aliases_of[norm[oid]].add(norm_name)
    key_of = group_keys((full, full, aliases) for full, aliases in aliases_of.items())
    company_of = {oid: key_of[full] for oid, full in norm.items()}
    members: dict[str, list[int]] = defaultdict(list)
    for oid, key in company_of.items():
        members[key].append(oid)
    return Corpus(articles, company_of, dict(members), org_name, org_article, org_aliases)


def _when(corpus: Corpus, aid: int) -> tuple[str, int]:
    """Sort key of an article: its date, then its id (the later stored first on a tie)."""
    return corpus.articles[aid]["key"]


def companies(conn: sqlite3.Connection, *, category: str | None = None, since: str | None = None,
              until: str | None = None, min_articles: int = 1, name: str | None = None) -> list[dict]:
    """The company report (see the module doc), most covered companies first.

    Filters: `category` (companies that hold it now; "any": companies that hold any), `since`/`until` (ISO dates or
    prefixes such as "2025-06": only articles dated in the range count), `min_articles`,
    `name` (a case-insensitive part of any of the company's names)."""
    corpus = load_corpus(conn, since=since, until=until)
    labels = defaultdict(list)
    for oid, aid, cat, basis, rule, evidence, conf in conn.execute(
            "SELECT organisation_id, article_id, category, basis, rule, evidence, confidence FROM labels"):
        if oid in corpus.company_of:
            labels[corpus.company_of[oid]].append((aid, cat, basis, rule, evidence, conf))
    ends = defaultdict(list)
    for oid, aid, reason, cat, evidence in conn.execute(
            "SELECT organisation_id, article_id, reason, category, evidence FROM status_ends"):
        if oid in corpus.company_of:
            ends[corpus.company_of[oid]].append((aid, reason, cat, evidence))
    valuations = defaultdict(list)
    for oid, aid, usd, text, sentence, time, usd_source, unit, pos in conn.execute(
            "SELECT organisation_id, article_id, usd, text, sentence, time, usd_source, unit, position FROM figures"
            " WHERE kind = 'valuation' AND usd IS NOT NULL AND organisation_id IS NOT NULL"
            " AND NOT COALESCE(market_value, 0)"):
        if oid in corpus.company_of and time in CURRENT_TIMES:
            # within one article: a US$ figure the article states before a converted one, then the first
            stated = unit == "USD" or usd_source == "article"
            valuations[corpus.company_of[oid]].append((aid, usd, text, sentence, stated, -pos))

    needle = name.casefold() if name else None
    arts, org_article, org_name, org_aliases = corpus.articles, corpus.org_article, corpus.org_name, corpus.org_aliases
    out = []
    for key, oids in corpus.members.items():
        if category and not any(category in (lab[1], "any") for lab in labels.get(key, ())):
            continue
        article_ids = {org_article[o] for o in oids}
        if len(article_ids) < min_articles:
            continue
        names = [org_name[o] for o in oids]
        every_name = set(names)
        for o in oids:
            if o in org_aliases:
                every_name.update(org_aliases[o])
        if needle and not any(needle in n.casefold() for n in every_name):
            continue
        cats = _categories(corpus, labels[key], ends.get(key, [])) if key in labels else {}
        if category == "any" and not any(c["status"] == "held" for c in cats.values()):
            continue
        if category and category != "any" and cats.get(category, {}).get("status") != "held":
            continue
        dates = [d for d in (arts[a]["date"] for a in article_ids) if d]
        shown = display_name(names)
        row = {
            "company": shown,
            "aliases": sorted(n for n in every_name if n != shown),
            "articles": len(article_ids),
            "first_seen": min(dates) if dates else None,
            "last_seen": max(dates) if dates else None,
            "categories": cats,
            "valuation_usd": None, "valuation_date": None, "valuation_source": None, "valuation_text": None,
        }
        if key in valuations:
            aid, usd, text, sentence, _, _ = max(valuations[key], key=lambda v: (arts[v[0]]["key"], v[4], v[5]))
            row.update(valuation_usd=usd, valuation_date=arts[aid]["date"], valuation_source=arts[aid]["source"],
                       valuation_text=sentence or text)
        out.append(row)
    out.sort(key=lambda r: (-r["articles"], -len(r["categories"]), r["company"].casefold()))
    return out


def _categories(corpus: Corpus, labels: list, ends: list) -> dict[str, dict]:
    by_cat: dict[str, list] = defaultdict(list)
    for lab in labels:
        by_cat[lab[1]].append(lab)
    out = {}
    for cat, labs in by_cat.items():
        aid, _, basis, rule, evidence, conf = max(labs, key=lambda lab: _when(corpus, lab[0]))
        entry = {
            "status": "held",
            "articles": len({lab[0] for lab in labs}),
            "evidence": evidence, "source": corpus.articles[aid]["source"], "date": corpus.articles[aid]["date"],
            "basis": basis, "rule": rule, "confidence": conf,
            "ended": None,
        }
        latest = _when(corpus, aid)
        later = [e for e in ends if cat in ended_categories(e[1], e[2])
                 and e[0] != aid and _when(corpus, e[0])[0] > latest[0]]
        if later:
            eaid, reason, _, evidence_end = max(later, key=lambda e: _when(corpus, e[0]))
            entry["status"] = "ended"
            entry["ended"] = {"reason": reason, "text": reason_text(reason), "evidence": evidence_end,
                              "source": corpus.articles[eaid]["source"], "date": corpus.articles[eaid]["date"]}
        out[cat] = entry
    return dict(sorted(out.items(), key=lambda kv: _rank(kv[0])))


def _rank(cat: str) -> tuple[int, str]:
    order = ["little_giant", "unicorn", "decacorn", "gazelle"]
    return (order.index(cat) if cat in order else len(order), cat)


def find_company(corpus: Corpus, name: str) -> str | None:
    """The company a user means by `name`: the one with that normalised name or alias, else the
    only one whose names contain it. None when there is none (or several: see `candidates`)."""
    found = candidates(corpus, name)
    return found[0] if len(found) == 1 else None


def candidates(corpus: Corpus, name: str) -> list[str]:
    target = normalise(name)
    exact, partial = set(), set()
    needle = name.casefold()
    for oid, key in corpus.company_of.items():
        forms = [corpus.org_name[oid]] + corpus.org_aliases.get(oid, [])
        if any(normalise(f) == target for f in forms):
            exact.add(key)
        elif any(needle in f.casefold() for f in forms):
            partial.add(key)
    return sorted(exact or partial)


def company_names(corpus: Corpus, key: str) -> list[str]:
    return [corpus.org_name[o] for o in corpus.members.get(key, [])]
