"""Shared helpers for the phrasing tables in tests/extract.

Every table row is a snippet as it appears in real offers and contracts (EN / bokmål / nynorsk).
The helpers import the package lazily so that the tables still collect while extractors are being built.
"""

from __future__ import annotations

import pytest


def document_of(text: str, name: str = "inline.txt"):
    from analyzer.readers.text import document_from_text

    return document_from_text(text, name=name)


def fields_of(text: str, language: str | None = None):
    """Run the extractors on an inline text ("\\f" separates pages); language auto-detected when None. The legal
    figures extraction needs (full-time hours) come from the shipped rule packs in force today, as in `check`."""
    import datetime as dt

    from analyzer.extract import extract_fields
    from analyzer.rules.loader import load_all_packs
    from analyzer.rules.settings import extraction_settings

    settings = extraction_settings(load_all_packs(), dt.date.today())
    return extract_fields(document_of(text), language=language, settings=settings)


def evidence_texts(field) -> list[str]:
    return [e.text for e in field.evidence]


def norm(s: str | None) -> str | None:
    """Case- and whitespace-insensitive form for comparing strings a human would call equal."""
    if s is None:
        return None
    return " ".join(s.split()).casefold()


@pytest.fixture(name="fields_of")
def _fields_of_fixture():
    return fields_of
