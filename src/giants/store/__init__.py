"""The corpus store: analyses kept in SQLite, and the reports read across articles.

    from giants.store import connect, analyze_into, companies, timeline
    conn = connect("news.db")                        # created on first use
    for outcome in analyze_into(conn, ["articles/"]):  # saved one article at a time
        ...
    report = companies(conn, category="unicorn")
    events = timeline(conn, "Voltaris")

Modules: schema (tables, versioned), save (writing, skipping unchanged articles,
importing JSON Lines), names (merging a company's names), report, timeline, output
(table, JSON, JSON Lines, CSV).
"""

from giants.store.names import normalise
from giants.store.report import companies
from giants.store.save import analyze_into, import_lines, prepare, save
from giants.store.schema import SCHEMA_VERSION, StoreError, connect
from giants.store.timeline import UnknownCompany, timeline

__all__ = ["SCHEMA_VERSION", "StoreError", "UnknownCompany", "analyze_into", "companies", "connect",
           "import_lines", "normalise", "prepare", "save", "timeline"]
