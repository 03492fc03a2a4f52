"""The Doc._ attributes our components write, registered in one place.

Values are plain JSON-like data (dicts, lists, strings, numbers) so that docs
survive spaCy's multiprocessing, which serialises user data with msgpack.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> what the component that owns it stores there
DOC_EXTENSIONS = {
    "title": "giants_source: headline (first line) or None",
    "published": "giants_source: ISO date stated in the text, or None (a caller may preset a web page's date)",
    "as_of": "the caller (--as-of): ISO date to convert money at when the text states none, or None",
    "organizations": "giants_organisations: list of dicts: name, aliases, type, is_company, mentions, "
                     "mention_spans [[start, end], ...], coref_spans [[start, end], ...] (\"the company\", \"it\"), "
                     "listed / acquired (None or {evidence, span})",
    "people": "giants_organisations: list of dicts: name, role, organization",
    "places": "giants_organisations: list of dicts: name, kind",
    "figures": "giants_figures: list of dicts shaped like models.Figure (incl. subject, subject_kind, time, "
               "market_value)",
    "category_labels": "giants_categories: list of dicts: org (name) + models.CategoryLabel fields, incl. rule",
    "categories_discussed": "giants_categories: list of category ids",
    "past_categories": "giants_categories: list of dicts: org (name), category, evidence, span - a status "
                       "the text says is past or lost",
    "sectors": "giants_sectors: list of dicts shaped like models.Sector",
    "keyphrases": "giants_keyphrases: list of dicts shaped like models.Keyphrase",
    "gist_spans": "giants_gist: list of [start, end] sentence offsets, in article order",
    "giants_warnings": "any component: list of warning strings",
}


def register() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()


_last_text: tuple[Doc, str] | None = None


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per document.

    spaCy rebuilds Doc.text from the tokens on every access, which made helpers
    called per mention quadratic in the article's length. The text of a Doc never
    changes (retokenizing keeps it), so remembering it for the last Doc is safe.
    """
    global _last_text
    if _last_text is None or _last_text[0] is not doc:
        _last_text = (doc, doc.text)
    return _last_text[1]


def add_warning(doc: Doc, message: str) -> None:
    doc._.giants_warnings = list(doc._.giants_warnings or []) + [message]


def guarded(call):
    """Wrap a component's __call__ so that an unexpected error on one odd text
    becomes a warning on that Doc (its results stay empty) instead of ending a
    whole batch."""
    import functools

    @functools.wraps(call)
    def wrapper(self, doc: Doc) -> Doc:
        try:
            return call(self, doc)
        except ImportError:  # a missing package is the environment's fault: it must reach the user
            raise
        except Exception as exc:  # noqa: BLE001 - reported, not hidden
            add_warning(doc, f"{self.name}: skipped ({type(exc).__name__}: {exc})")
            return doc

    return wrapper
