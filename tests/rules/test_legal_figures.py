"""One source for every legal figure (issue 12, item 3): the full-time hours extraction uses come from the rule
packs in force on --as-of, so a --rules file changes extraction and checks alike and the report agrees with
itself; with no pack value in force, the report says so instead of assuming one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analyzer.model import Report
from analyzer.pipeline import AnalyzeOptions, analyze
from analyzer.rules.loader import load_all_packs
from analyzer.rules.settings import extraction_settings, shared_value_problems

AS_OF = dt.date(2026, 6, 1)
OFFER = """Arbeidsavtale
Arbeidsgiver: Fjordlys Teknologi AS
Stilling: Ingeniør
Ukentlig arbeidstid: 30 timer
Timelønn: kr 300
"""


def _report(tmp_path: Path, *, hours: float | None = None, as_of: dt.date = AS_OF) -> Report:
    doc = tmp_path / "tilbud.txt"
    doc.write_text(OFFER, encoding="utf-8")
    override = None
    if hours is not None:
        override = tmp_path / "rules.yaml"
        override.write_text(
            "values:\n  full_time_hours:\n"
            f"    - {{from: 2026-01-01, value: {hours}, source: 'our agreement', authority: user, confirmed: true}}\n",
            encoding="utf-8",
        )
    return analyze(doc, AnalyzeOptions(as_of=as_of, rules_override=override, permit="seasonal", timeout=None))


def _pack_hours(as_of: dt.date) -> float:
    hours = extraction_settings(load_all_packs(), as_of).full_time_hours
    assert hours is not None
    return hours


def test_extraction_uses_the_pack_value(tmp_path: Path) -> None:
    full = _pack_hours(AS_OF)
    report = _report(tmp_path)
    assert report.fields.position_percentage.value == pytest.approx(round(30 / full * 100, 1))


def test_a_rules_file_with_40_hours_gives_a_consistent_report(tmp_path: Path) -> None:
    report = _report(tmp_path, hours=40)
    fields = report.fields
    # extraction: 30 of 40 hours is 75 %, with the arithmetic shown
    assert fields.position_percentage.value == pytest.approx(75.0)
    assert any("÷ 40 h" in (e.note or "") for e in fields.position_percentage.evidence)
    # the checks: the seasonal full-time rule compares with the same 40 hours
    full_time = next(f for f in report.findings if f.id == "seasonal.full_time")
    assert full_time.values["full_time_hours"]["value"] == 40
    assert "40 hours" in full_time.message.en
    # and the hours/percentage note finds nothing to report: both came from the same figure
    assert "note.hours_vs_percentage" not in {f.id for f in report.findings}
    assert any("full_time_hours from" in o for o in report.rules.overrides) if report.rules else False


def test_an_hourly_wage_without_hours_uses_the_pack_value(tmp_path: Path) -> None:
    doc = tmp_path / "timeloenn.txt"
    doc.write_text("Arbeidsgiver: Fjordlys Teknologi AS\nTimelønn: kr 300\n", encoding="utf-8")
    override = tmp_path / "rules.yaml"
    override.write_text(
        "values:\n  full_time_hours:\n"
        "    - {from: 2026-01-01, value: 40, source: 'our agreement', authority: user, confirmed: true}\n",
        encoding="utf-8",
    )
    report = analyze(doc, AnalyzeOptions(as_of=AS_OF, rules_override=override, timeout=None))
    annual = report.fields.annual_salary_nok
    assert annual.value == pytest.approx(300 * 40 * 52)
    assert "40 h/week full-time assumed" in (annual.evidence[0].note or "")


def test_no_pack_value_in_force_is_said_in_the_report(tmp_path: Path) -> None:
    """Before the packs' first full-time value (2010) nothing is assumed: the percentage is not worked out."""
    as_of = dt.date(2009, 6, 1)
    assert extraction_settings(load_all_packs(), as_of).full_time_hours is None
    report = _report(tmp_path, as_of=as_of)
    assert report.fields.weekly_hours.value == pytest.approx(30)
    assert report.fields.position_percentage.value is None
    assert "no rule pack gives full-time hours" in (report.fields.position_percentage.note or "")
    assert any("No rule pack gives full-time hours in force on 2009-06-01" in w for w in report.warnings)


def test_packs_that_disagree_on_a_shared_value_are_reported() -> None:
    packs = load_all_packs()
    assert shared_value_problems(packs) == []
    changed = [p.model_copy(deep=True) for p in packs]
    carrier = [p for p in changed if "full_time_hours" in p.values][-1]
    carrier.values["full_time_hours"].history[-1].value = 40
    problems = shared_value_problems(changed)
    assert len(problems) == 1 and f"{carrier.id}: value 'full_time_hours' (40 from" in problems[0]


def test_a_pack_without_a_confidence_threshold_trusts_no_value_for_a_pass() -> None:
    """No default stands in for a pack value: without min_confidence a found employer is reviewed, not passed."""
    from analyzer.rules.checker import check
    from analyzer.rules.examples import fields_from_example
    from analyzer.rules.loader import pack_for

    pack = pack_for("skilled").model_copy(deep=True)
    fields = fields_from_example({"employer": "Fjordlys Teknologi AS"})
    (with_threshold,) = [f for f in check(fields, pack, AS_OF) if f.id == "udi.employer"]
    del pack.values["min_confidence"]
    (without,) = [f for f in check(fields, pack, AS_OF) if f.id == "udi.employer"]
    assert (with_threshold.status, without.status) == ("pass", "review")
    assert "sets no confidence threshold" in without.message.en
