"""Fuzzing the readers with hypothesis over bytes: mutated real PDFs and DOCX files (bytes flipped, cut,
spliced; DOCX XML parts mutated and re-zipped) must always give a report: a normal one, or verdict "error"
with a kind other than "internal" (an internal error means an unexpected exception, i.e. a bug).

A short run in CI. Longer run before a release (see README, "Errors and limits"):
    OFFERCHECK_FUZZ_EXAMPLES=5000 .venv/bin/pytest tests/property/test_reader_fuzz.py
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.pipeline import AnalyzeOptions, analyze

pytestmark = pytest.mark.slow  # hundreds of mutated documents per test

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PDFS = sorted(SAMPLES.glob("*.pdf"))
DOCXS = sorted(SAMPLES.glob("*.docx"))
EXAMPLES = int(os.environ.get("OFFERCHECK_FUZZ_EXAMPLES", "30"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
OPTIONS = AnalyzeOptions(as_of=dt.date(2026, 6, 1), timeout=30, ocr=False)


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete", "duplicate"]))
        if not out:
            break
        at = draw(st.integers(0, len(out) - 1))
        if op == "flip":
            out[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del out[at:]
        elif op == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            del out[at : at + draw(st.integers(1, 256))]
        else:
            end = min(len(out), at + draw(st.integers(1, 512)))
            out[at:at] = out[at:end]
    return bytes(out)


def _check_bytes(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        _check(path)


def _check(path: Path) -> None:
    report = analyze(path, OPTIONS)
    assert report.verdict in ("compliant", "non_compliant", "incomplete", "error")
    if report.verdict == "error":
        assert report.error is not None and report.error.kind != "internal", report.error
        assert report.error.message


@SETTINGS
@given(st.sampled_from(PDFS).flatmap(lambda p: mutated(p.read_bytes()).map(lambda b: (p.name, b))))
def test_mutated_pdfs_never_crash(case: tuple[str, bytes]) -> None:
    _check_bytes(*case)


def _rezip(original: bytes, part: str, new_xml: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(original))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, new_xml if info.filename == part else src.read(info.filename))
    return buf.getvalue()


@st.composite
def mutated_docx(draw: st.DrawFn) -> tuple[str, bytes]:
    sample = draw(st.sampled_from(DOCXS))
    original = sample.read_bytes()
    if draw(st.booleans()):  # mutate the container itself
        return sample.name, draw(mutated(original))
    parts = [n for n in zipfile.ZipFile(io.BytesIO(original)).namelist() if n.endswith((".xml", ".rels"))]
    part = draw(st.sampled_from(sorted(parts)))
    xml = zipfile.ZipFile(io.BytesIO(original)).read(part)
    return sample.name, _rezip(original, part, draw(mutated(xml)))


@SETTINGS
@given(mutated_docx())
def test_mutated_docx_never_crash(case: tuple[str, bytes]) -> None:
    _check_bytes(*case)
