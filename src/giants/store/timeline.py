"""One company's timeline: every dated statement about it, oldest first.

    from giants.store import connect, timeline
    for event in timeline(connect("news.db"), "Voltaris"):
        print(event["date"], event["kind"], event["what"], event["sentence"])

Events are category labels, statements that a status ended, and the valuation and
funding figures whose subject is the company, each with its article (source,
title, date) and the sentence that says it.
"""

from __future__ import annotations

import sqlite3

from giants.store.report import candidates, company_names, load_corpus, reason_text
from giants.store.names import display_name

TIMELINE_FIGURES = ("valuation", "funding")


class UnknownCompany(LookupError):
    """No stored company, or more than one, matches the name asked for."""

    def __init__(self, name: str, matches: list[str]):
        self.name, self.matches = name, matches
        if not matches:
            super().__init__(f"no stored company matches {name!r}")
        else:
            super().__init__(f"{name!r} matches {len(matches)} companies: " + ", ".join(matches[:10]))


def timeline(conn: sqlite3.Connection, name: str, *, since: str | None = None, until: str | None = None) -> list[dict]:
    """Every dated statement about the company `name` names, in date order."""
    corpus = load_corpus(conn, since=since, until=until)
    keys = candidates(corpus, name)
    if len(keys) != 1:
        shown = [display_name(company_names(corpus, k)) for k in keys]
        raise UnknownCompany(name, shown)
    oids = corpus.members[keys[0]]
    company = display_name(company_names(corpus, keys[0]))
    marks = ",".join("?" * len(oids))
    events = []

    def event(aid, kind, what, sentence, detail=None, position=0):
        art = corpus.articles[aid]
        events.append({"date": art["date"], "company": company, "kind": kind, "what": what, "detail": detail,
                       "sentence": sentence, "source": art["source"], "title": art["title"],
                       "_order": (art["date"] or "", aid, position)})

    for aid, cat, basis, rule, evidence, start in conn.execute(
            f"SELECT article_id, category, basis, rule, evidence, span_start FROM labels"
            f" WHERE organisation_id IN ({marks})", oids):
        event(aid, "category", cat, evidence, f"{basis}" + (f", {rule}" if rule else ""), start or 0)
    for aid, reason, cat, evidence, start in conn.execute(
            f"SELECT article_id, reason, category, evidence, span_start FROM status_ends"
            f" WHERE organisation_id IN ({marks})", oids):
        event(aid, "ended", cat or reason, evidence, reason_text(reason), start or 0)
    for aid, kind, text, usd, time, market, sentence, start in conn.execute(
            f"SELECT article_id, kind, text, usd, time, market_value, sentence, span_start FROM figures"
            f" WHERE organisation_id IN ({marks}) AND kind IN ({','.join('?' * len(TIMELINE_FIGURES))})",
            oids + list(TIMELINE_FIGURES)):
        detail = f"US${usd:,.0f}" if usd is not None else None
        notes = ([time] if time and time != "current" else []) + (["market value"] if market else [])
        if notes:
            detail = f"{detail} ({', '.join(notes)})" if detail else ", ".join(notes)
        event(aid, kind, text, sentence or text, detail, start or 0)
    events.sort(key=lambda e: e["_order"])
    for e in events:
        del e["_order"]
    return events
