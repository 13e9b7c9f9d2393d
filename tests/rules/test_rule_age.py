"""Dated rules say their age: past a pack's ``trusted_until`` a report warns which values may be out of date,
and a requirement that would pass only on such a value becomes ``review`` (never a false "compliant")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.pipeline import AnalyzeOptions, analyze
from analyzer.rules.loader import load_all_packs, pack_for

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
MASTER = SAMPLES / "nb_tilbudsbrev_master.pdf"  # NOK 650 000 a year, master's degree required, 100 %


def test_every_pack_says_when_it_was_checked_and_until_when_it_is_trusted():
    for pack in load_all_packs():
        assert pack.checked < pack.trusted_until, pack.id
        newest = max(entry.from_ for parameter in pack.values.values() for entry in parameter.history)
        assert newest <= pack.checked, f"{pack.id}: a value takes effect after the pack was checked"


def test_staleness_by_date_authority_and_parameter():
    skilled = pack_for("skilled")
    until = skilled.trusted_until
    assert not skilled.is_stale("salary_floor_master", until)
    assert skilled.is_stale("salary_floor_master", until + dt.timedelta(days=1))
    assert not skilled.is_stale(
        "min_confidence", dt.date(2040, 1, 1)
    )  # a project setting, not a legal figure
    seasonal = pack_for("seasonal")
    # G changes every 1 May: its own limit is earlier than the pack's.
    assert seasonal.trusted_until_for("basic_amount_g") == dt.date(2027, 4, 30) < seasonal.trusted_until
    assert seasonal.is_stale("basic_amount_g", dt.date(2027, 5, 1))
    # Pinned on purpose (a data test of the pack): G is 136 549 from 1 May 2026 and 130 160 the day before, as
    # NAV publishes it (/work/shared/domain/rules-reference.md § 4.1); past values never change.
    assert seasonal.value("basic_amount_g", dt.date(2026, 5, 1)).value == 136549  # type: ignore[union-attr]
    assert seasonal.value("basic_amount_g", dt.date(2026, 4, 30)).value == 130160  # type: ignore[union-attr]


def test_no_warning_while_the_values_are_trusted():
    report = analyze(MASTER, AnalyzeOptions(as_of=dt.date(2026, 6, 1)))
    assert report.verdict == "compliant"
    assert not [w for w in report.warnings if "may be out of date" in w]


def test_far_future_as_of_warns_and_never_passes_on_old_floors():
    report = analyze(MASTER, AnalyzeOptions(as_of=dt.date(2030, 1, 1)))
    warning = next(w for w in report.warnings if w.startswith("Rule pack udi-skilled-worker"))
    skilled = pack_for("skilled")
    newest = skilled.value("salary_floor_master", dt.date(2030, 1, 1))  # the pack's newest floor
    assert newest is not None
    shown = f"{newest.value:,.0f}".replace(",", " ")
    until = skilled.trusted_until_for("salary_floor_master").isoformat()
    assert f"salary_floor_master ({shown} from {newest.from_.isoformat()})" in warning and until in warning
    floor = next(f for f in report.findings if f.id == "udi.salary_floor")
    assert floor.status == "review"
    assert until in floor.message.en and floor.fix is not None and "--rules" in floor.fix.en
    assert report.verdict == "incomplete"


def test_the_users_newer_values_are_not_called_stale(tmp_path: Path):
    rules = tmp_path / "newer.yaml"
    rules.write_text(
        "values:\n"
        + "".join(
            f"  {name}:\n    - {{from: 2029-09-01, value: {value}, source: 'https://example.org/udi-2029', "
            "authority: user, confirmed: true}\n"
            for name, value in (
                ("salary_floor_master", 640000),
                ("salary_floor_bachelor", 560000),
                ("min_position_percentage", 80),
            )
        ),
        encoding="utf-8",
    )
    report = analyze(MASTER, AnalyzeOptions(as_of=dt.date(2030, 1, 1), rules_override=rules))
    floor = next(f for f in report.findings if f.id == "udi.salary_floor")
    assert floor.status == "pass" and floor.values["salary_floor_master"]["value"] == 640000
    # 650 000 < a user floor of 700 000 would fail: the override is really applied, not ignored.
    rules.write_text(rules.read_text(encoding="utf-8").replace("640000", "700000"), encoding="utf-8")
    again = analyze(MASTER, AnalyzeOptions(as_of=dt.date(2030, 1, 1), rules_override=rules))
    assert next(f for f in again.findings if f.id == "udi.salary_floor").status == "fail"


def test_rules_list_marks_values_that_may_be_out_of_date():
    runner = CliRunner()
    old = runner.invoke(app, ["rules", "list", "--pack", "udi-skilled-worker", "--as-of", "2030-01-01"])
    assert old.exit_code == 0 and "MAY BE OUT OF DATE" in old.output and "WARNING" in old.output
    fresh = runner.invoke(app, ["rules", "list", "--pack", "udi-skilled-worker", "--as-of", "2026-12-03"])
    assert fresh.exit_code == 0 and "MAY BE OUT OF DATE" not in fresh.output
    assert "trusted until 2027-08-31" in fresh.output
