"""`check --rules FILE`: a user's file of dated values overrides any pack's values, as of the date checked."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.rules.loader import pack_for

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
MASTER = SAMPLES / "nb_tilbudsbrev_master.pdf"  # master's post, NOK 650 000 a year: compliant on 2026-06-01
CONTRACT = SAMPLES / "nb_standard_arbeidsavtale_bachelor.docx"  # 6 months' probation, permanent post
runner = CliRunner()


def _check(path: Path, *args: str) -> tuple[int, dict]:
    out = runner.invoke(app, ["check", str(path), "--format", "json", *args])
    return out.exit_code, json.loads(out.output) if out.output.startswith("{") else {"output": out.output}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "override.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _status(report: dict, rule_id: str) -> str:
    return next(f["status"] for f in report["findings"] if f["id"] == rule_id)


def test_a_newer_floor_applies_from_its_date(tmp_path: Path):
    override = _write(
        tmp_path,
        "values:\n  salary_floor_master:\n"
        "    - {from: 2026-09-01, value: 700000, source: 'https://www.udi.no/new', authority: official, confirmed: true}\n",
    )
    # 650 000 meets the pack's floor in force before the override's date, not the override's 700 000.
    in_force = pack_for("skilled").value("salary_floor_master", dt.date(2026, 8, 31))
    assert in_force is not None and in_force.value <= 650_000 < 700_000
    code, before = _check(MASTER, "--as-of", "2026-08-31", "--rules", str(override))
    assert code == 0 and before["verdict"] == "compliant"
    code, after = _check(MASTER, "--as-of", "2026-09-01", "--rules", str(override))
    assert code == 1 and after["verdict"] == "non_compliant"  # 650 000 < 700 000
    finding = next(f for f in after["findings"] if f["id"] == "udi.salary_floor")
    assert finding["status"] == "fail"
    assert finding["values"]["salary_floor_master"] == {
        "value": 700000.0,
        "from": "2026-09-01",
        "source": "https://www.udi.no/new",
        "authority": "official",
        "confirmed": True,
    }
    assert any("salary_floor_master" in o for o in after["rules"]["overrides"])


def test_an_override_reaches_the_contract_pack_without_changing_the_verdict(tmp_path: Path):
    override = _write(
        tmp_path,
        "values:\n  max_probation_months:\n"
        "    - {from: 2006-01-01, value: 3, source: 'https://example.org/test', authority: user, confirmed: true}\n",
    )
    _, plain = _check(CONTRACT, "--as-of", "2026-06-01")
    _, strict = _check(CONTRACT, "--as-of", "2026-06-01", "--rules", str(override))
    assert _status(plain, "aml.probation") == "pass"  # 6 months <= 6
    assert _status(strict, "aml.probation") == "fail"  # 6 months > 3
    assert strict["verdict"] == plain["verdict"]  # contract scope never changes the UDI verdict


def test_an_unknown_value_name_is_a_usage_error(tmp_path: Path):
    override = _write(
        tmp_path,
        "values:\n  salary_floor_phd:\n"
        "    - {from: 2026-09-01, value: 1, source: 'https://x', authority: user, confirmed: true}\n",
    )
    out = runner.invoke(app, ["check", str(MASTER), "--rules", str(override)])
    assert out.exit_code == 2
    assert "salary_floor_phd" in out.output


def test_a_broken_override_file_is_a_usage_error(tmp_path: Path):
    out = runner.invoke(app, ["check", str(MASTER), "--rules", str(_write(tmp_path, "values: [unclosed"))])
    assert out.exit_code == 2


def test_a_file_with_values_for_another_permit_still_works(tmp_path: Path):
    override = _write(
        tmp_path,
        "values:\n  max_period_months:\n"
        "    - {from: 2026-01-01, value: 5, source: 'https://x.example', authority: user, confirmed: true}\n",
    )
    code, report = _check(MASTER, "--as-of", "2026-06-01", "--rules", str(override))
    assert code == 0 and report["verdict"] == "compliant" and report["permit"] == "skilled"
