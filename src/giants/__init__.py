"""giants: find little giants, unicorns, decacorns and gazelles in business news.

The library is the product; the `analyze` command is a thin shell over it::

    import giants
    result = giants.analyze_text(open("article.txt").read())
    for org in result.organizations:
        print(org.name, [c.category for c in org.categories])

spaCy is imported on first use, not on `import giants`, so the CLI starts fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "analyze_text", "analyze_texts", "load_pipeline"]


def __getattr__(name: str):
    # Lazy re-exports: keep `import giants` (and `analyze --help`) free of spaCy.
    if name in ("analyze_text", "analyze_texts", "load_pipeline"):
        from giants import api

        return getattr(api, name)
    raise AttributeError(name)
