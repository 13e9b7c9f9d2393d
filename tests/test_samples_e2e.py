"""End-to-end check of the analyzer against the hand-written ground truth in samples/.

Every ``samples/<name>.expected.json`` describes the document ``samples/<name>.pdf``
or ``samples/<name>.docx``.  The expected values come from the sample's
specification in ``samples/build_samples.py``, never from the analyzer.

Conventions of expected.json (see samples/README.md):
- a key omitted from "fields" is not checked;
- ``null`` means the field must be absent (``report.fields.<name>.value is None``);
- ``employer`` / ``job_title``: case-insensitive, whitespace collapsed, equal;
- ``work_location``: expected string contained in the extracted value, case-insensitive;
- numbers: tolerance 0.01; dates: ISO strings compared with ``datetime.date``.
"""

from __future__ import annotations

import json
import re
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"
DOC_EXTS = (".pdf", ".docx")
TOL = 0.01

EXPECTED_FILES = sorted(SAMPLES_DIR.glob("*.expected.json"))

TEXT_EQ_FIELDS = {"employer", "job_title"}
CONTAINS_FIELDS = {"work_location"}
NUMBER_FIELDS = {"position_percentage", "weekly_hours", "annual_salary_nok"}
DATE_FIELDS = {"start_date", "end_date"}
ID_FIELDS = {"employer_org_number"}


def _stem(p: Path) -> str:
    return p.name[: -len(".expected.json")]


def _document_for(expected_path: Path) -> Path | None:
    for ext in DOC_EXTS:
        cand = SAMPLES_DIR / f"{_stem(expected_path)}{ext}"
        if cand.exists():
            return cand
    return None


def _plain(x: Any) -> Any:
    """Enum -> its value; leaves everything else alone."""
    return x.value if isinstance(x, Enum) else x


def _norm_text(x: Any) -> str:
    return re.sub(r"\s+", " ", str(_plain(x)).replace("\u00a0", " ")).strip().casefold()


def _num_eq(expected: float, got: Any) -> bool:
    try:
        return abs(float(got) - float(expected)) <= TOL
    except (TypeError, ValueError):
        return False


def _as_date(x: Any) -> Any:
    if isinstance(x, str):
        try:
            return date.fromisoformat(x)
        except ValueError:
            return x
    return x


def _compare_field(name: str, expected: Any, got: Any) -> str | None:
    """Return a description of the mismatch, or None when the values agree."""
    if expected is None:
        return None if got is None else f"expected absent (None), got {got!r}"
    if got is None:
        return f"expected {expected!r}, got None"

    if name == "salary":
        problems = []
        amount = getattr(got, "amount", None)
        currency = _plain(getattr(got, "currency", None))
        period = _plain(getattr(got, "period", None))
        if not _num_eq(expected["amount"], amount):
            problems.append(f"amount expected {expected['amount']!r}, got {amount!r}")
        if str(currency).upper() != str(expected["currency"]).upper():
            problems.append(f"currency expected {expected['currency']!r}, got {currency!r}")
        if _norm_text(period) != _norm_text(expected["period"]):
            problems.append(f"period expected {expected['period']!r}, got {period!r}")
        return "; ".join(problems) or None
    if name in TEXT_EQ_FIELDS:
        return None if _norm_text(got) == _norm_text(expected) else f"expected {expected!r}, got {got!r}"
    if name in CONTAINS_FIELDS:
        return (
            None
            if _norm_text(expected) in _norm_text(got)
            else f"expected to contain {expected!r}, got {got!r}"
        )
    if name in NUMBER_FIELDS:
        return None if _num_eq(expected, got) else f"expected {expected!r}, got {got!r}"
    if name in DATE_FIELDS:
        exp = date.fromisoformat(expected)
        return None if _as_date(got) == exp else f"expected {exp.isoformat()}, got {got!r}"
    if name in ID_FIELDS:
        return None if re.sub(r"\D", "", str(got)) == expected else f"expected {expected!r}, got {got!r}"
    # anything else (e.g. degree_required): normalized string equality
    return None if _norm_text(got) == _norm_text(expected) else f"expected {expected!r}, got {_plain(got)!r}"


# --------------------------------------------------------------------------- #
# Set-level tests (need no analyzer)
# --------------------------------------------------------------------------- #
def test_every_sample_has_expected_json_and_vice_versa():
    docs = sorted(p for p in SAMPLES_DIR.iterdir() if p.suffix.lower() in DOC_EXTS)
    orphans = [p.name for p in docs if not (SAMPLES_DIR / f"{p.stem}.expected.json").exists()]
    assert not orphans, f"sample documents without <name>.expected.json: {orphans}"
    missing = [e.name for e in EXPECTED_FILES if _document_for(e) is None]
    assert not missing, f"expected.json files without a .pdf/.docx document: {missing}"
    stems = [p.stem for p in docs]
    dupes = sorted({s for s in stems if stems.count(s) > 1})
    assert not dupes, f"same stem exists as both .pdf and .docx: {dupes}"


def test_sample_set_coverage():
    langs: dict[str, int] = {}
    exts: dict[str, int] = {}
    for e in EXPECTED_FILES:
        exp = json.loads(e.read_text(encoding="utf-8"))
        langs[exp["language"]] = langs.get(exp["language"], 0) + 1
        doc = _document_for(e)
        if doc is not None:
            exts[doc.suffix] = exts.get(doc.suffix, 0) + 1
    assert len(EXPECTED_FILES) >= 16, f"only {len(EXPECTED_FILES)} samples, need >= 16"
    for lang in ("en", "nb", "nn"):
        assert langs.get(lang, 0) >= 1, f"no sample in language {lang!r}: {langs}"
    for ext in DOC_EXTS:
        assert exts.get(ext, 0) >= 1, f"no {ext} sample: {exts}"


def test_expected_json_shape():
    problems = []
    for e in EXPECTED_FILES:
        exp = json.loads(e.read_text(encoding="utf-8"))
        for key in ("as_of", "language", "fields", "verdict", "findings"):
            if key not in exp:
                problems.append(f"{e.name}: missing key {key!r}")
        if exp.get("verdict") not in ("compliant", "non_compliant", "incomplete"):
            problems.append(f"{e.name}: bad verdict {exp.get('verdict')!r}")
        for fid, status in exp.get("findings", {}).items():
            if status not in ("pass", "fail", "missing", "review"):
                problems.append(f"{e.name}: finding {fid} has bad status {status!r}")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- #
# End-to-end: analyzer vs ground truth, one test per document
# --------------------------------------------------------------------------- #
@pytest.mark.slow
@pytest.mark.parametrize("expected_path", EXPECTED_FILES, ids=[_stem(p) for p in EXPECTED_FILES])
def test_sample_matches_expected(expected_path: Path):
    try:
        from analyzer.pipeline import AnalyzeOptions, analyze
    except ImportError as exc:  # pragma: no cover - until the pipeline exists
        pytest.fail(f"analyzer.pipeline is not importable yet: {exc}")

    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    doc = _document_for(expected_path)
    assert doc is not None, f"{expected_path.name}: no sibling .pdf/.docx"

    report = analyze(doc, AnalyzeOptions(as_of=date.fromisoformat(expected["as_of"])))
    where = doc.name
    mismatches: list[str] = []

    lang = _plain(report.language)
    if lang != expected["language"]:
        mismatches.append(f"{where}: language: expected {expected['language']!r}, got {lang!r}")

    verdict = _plain(report.verdict)
    if verdict != expected["verdict"]:
        mismatches.append(f"{where}: verdict: expected {expected['verdict']!r}, got {verdict!r}")

    for name, exp_value in expected["fields"].items():
        field = getattr(report.fields, name, None)
        if field is None:
            mismatches.append(f"{where}: field {name}: not present on report.fields")
            continue
        problem = _compare_field(name, exp_value, getattr(field, "value", None))
        if problem:
            mismatches.append(f"{where}: field {name}: {problem}")

    got_findings = {f.id: _plain(f.status) for f in report.findings}
    for fid, exp_status in expected["findings"].items():
        got = got_findings.get(fid, "<no such finding>")
        if got != exp_status:
            mismatches.append(f"{where}: finding {fid}: expected {exp_status!r}, got {got!r}")

    assert not mismatches, f"{len(mismatches)} mismatch(es) in {where}:\n  " + "\n  ".join(mismatches)
