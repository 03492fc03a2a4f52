"""Web pages: detect HTML, extract the article text and metadata, fetch URLs."""

from __future__ import annotations

import re

from .inputs import Article

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<!--)", re.I)


def looks_like_html(path: str, text: str) -> bool:
    if path.lower().endswith((".html", ".htm")):
        return True
    return bool(_HTML_START.match(text[:500]))


def extract_article(path: str, html: str, *, warnings: list[str] | None = None) -> Article:
    return Article(path, error="HTML input is not supported yet")


def fetch_article(url: str, *, max_bytes: int) -> Article:
    return Article(url, error="URL input is not supported yet")
