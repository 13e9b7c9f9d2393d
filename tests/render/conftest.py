"""Samples analysed once for the render tests (the report and the document it was read from)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analyzer.model import Document, Report

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
AS_OF = dt.date(2026, 6, 1)  # the date the samples' expected results hold for


@pytest.fixture(scope="session")
def analysed() -> dict[str, tuple[Report, Document | None]]:
    """name -> (report, document) for every sample a render test asks for, analysed on first use."""
    from analyzer.pipeline import AnalyzeOptions, analyze

    class Lazy(dict[str, tuple[Report, Document | None]]):
        def __missing__(self, name: str) -> tuple[Report, Document | None]:
            kept: list[Document] = []
            report = analyze(SAMPLES / name, AnalyzeOptions(as_of=AS_OF, timeout=None), keep=kept)
            self[name] = (report, kept[0] if kept else None)
            return self[name]

    return Lazy()
