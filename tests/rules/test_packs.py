"""Every data file in patterns/ validates; every rule has a known check, fix wording and examples that pass and
that fail; every example gives the status written next to it; `offercheck rules list|show|test` work."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from analyzer.clauses.patterns import load_clause_patterns
from analyzer.cli import app
from analyzer.resources.lexicon import PATTERNS_DIR, load_lexicon
from analyzer.rules.examples import coverage_problems, run_example, run_examples
from analyzer.rules.loader import Example, RulePack, load_all_packs, load_pack, pack_for
from analyzer.rules.validate import pattern_files, validate_file, validate_pattern_files

runner = CliRunner()
PACKS = load_all_packs()


def test_every_yaml_in_patterns_validates():
    files = pattern_files()
    names = {p.name for p in files}
    assert {
        "common.yaml",
        "en.yaml",
        "nb.yaml",
        "nn.yaml",
        "clauses.yaml",
        "udi-skilled-worker.yaml",
        "udi-seasonal.yaml",
        "aml-14-6.yaml",
        "minimum-wages.yaml",
        "notes.yaml",
    } <= names
    assert validate_pattern_files() == []


def test_lexicon_and_clause_cues_load():
    lexicon = load_lexicon()
    assert lexicon.labels and lexicon.months[12]
    clauses = load_clause_patterns()
    assert "working_hours" in clauses.clauses and "seasonal" in clauses.signals


def test_a_key_the_schema_does_not_know_is_rejected(tmp_path: Path):
    raw = yaml.safe_load((PATTERNS_DIR / "rules" / "notes.yaml").read_text(encoding="utf-8"))
    raw["rules"][0]["severty"] = "required"  # misspelt key: must not be ignored silently
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match="severty"):
        validate_file(bad)


def test_a_rule_naming_an_unknown_value_is_rejected(tmp_path: Path):
    raw = yaml.safe_load((PATTERNS_DIR / "rules" / "udi-seasonal.yaml").read_text(encoding="utf-8"))
    raw["rules"][3]["values"] = ["max_period_month"]
    with pytest.raises(ValueError, match="unknown values"):
        RulePack.model_validate(raw)


def test_every_pack_has_dated_sourced_values_and_complete_rules():
    assert {p.id for p in PACKS} == {
        "udi-skilled-worker",
        "udi-seasonal",
        "aml-14-6",
        "minimum-wages",
        "notes",
    }
    for pack in PACKS:
        for name, param in pack.values.items():
            for entry in param.history:
                assert entry.source.startswith("http"), f"{pack.id}/{name}: source must be an address"
        for rule in pack.rules:
            assert rule.reference.url.startswith("http")
            assert rule.description, f"{rule.id}: no description for `rules list`"
    assert coverage_problems(PACKS) == []


@pytest.mark.parametrize("result", run_examples(PACKS), ids=lambda r: f"{r.rule}#{r.index + 1}")
def test_rule_example(result):
    assert result.got == result.expect, f"{result.pack}/{result.rule}: {result.message}"


def test_a_wrong_expectation_is_caught():
    """The example runner really checks: the master floor example flipped to 'fail' must not pass."""
    pack = pack_for("skilled")
    rule = next(r for r in pack.rules if r.id == "udi.salary_floor")
    example = Example(
        fields={
            "salary": {"amount": 650000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 650000,
            "degree_required": "master",
        },
        expect="fail",
    )
    got, _ = run_example(pack, rule, example)
    assert got == "pass" != example.expect


def test_contract_pack_marks_required_and_conditional_clauses():
    pack = load_pack(PATTERNS_DIR / "rules" / "aml-14-6.yaml")
    severity = {r.id: r.severity for r in pack.rules}
    assert all(r.scope == "contract" for r in pack.rules)
    for clause in (
        "parties",
        "work_location",
        "job_title",
        "start_date",
        "holiday",
        "notice",
        "salary",
        "pay_schedule",
        "working_hours",
        "breaks",
    ):
        assert severity[f"aml.{clause}"] == "required"
    for clause in (
        "duration",
        "probation",
        "user_undertaking",
        "collective_agreement",
        "training",
        "pension",
    ):
        assert severity[f"aml.{clause}"] == "conditional"
    fields = {r.field for r in pack.rules}
    assert fields == {
        "parties",
        "work_location",
        "job_title",
        "start_date",
        "duration",
        "probation",
        "holiday",
        "notice",
        "salary",
        "pay_schedule",
        "working_hours",
        "breaks",
        "overtime",
        "collective_agreement",
        "user_undertaking",
        "training",
        "pension",
    }


# --------------------------------------------------------------------------- the `rules` command


def test_rules_test_command_passes():
    out = runner.invoke(app, ["rules", "test"])
    assert out.exit_code == 0, out.output
    assert "examples passed in 5 packs" in out.output


def test_rules_list_shows_values_in_force_with_date_and_source():
    out = runner.invoke(app, ["rules", "list", "--as-of", "2025-06-01", "--pack", "udi-skilled-worker"])
    assert out.exit_code == 0, out.output
    # On 2025-06-01 the floors from 11 Apr 2025 apply (513 100 / 469 366), not those of 1 Sep 2025.
    assert "salary_floor_master = 513100 NOK/year (from 2025-04-11; third_party, unconfirmed)" in out.output
    assert "salary_floor_bachelor = 469366 NOK/year (from 2025-04-11" in out.output
    assert "udi.salary_floor  [udi, required]" in out.output
    assert "source: UDI salary levels" in out.output


def test_rules_list_minimum_wage_rates_by_date():
    later = runner.invoke(app, ["rules", "list", "--as-of", "2025-06-15", "--pack", "minimum-wages"]).output
    earlier = runner.invoke(app, ["rules", "list", "--as-of", "2025-06-14", "--pack", "minimum-wages"]).output
    assert "skilled (construction_skilled) = 264.32 NOK/hour (from 2025-06-15; official)" in later
    assert "skilled (construction_skilled) = 250.3 NOK/hour (from 2024-11-01; official)" in earlier


def test_rules_show_one_rule():
    out = runner.invoke(app, ["rules", "show", "seasonal.period"])
    assert out.exit_code == 0, out.output
    assert (
        "from 2010-01-01: 6 (official, confirmed) https://udiregelverk.no/en/documents/udi-guidelines/udi-2010-131"
        in out.output
    )
    assert "nb:" in out.output and "examples (6)" in out.output


def test_rules_show_unknown_id_is_a_usage_error():
    out = runner.invoke(app, ["rules", "show", "no.such.rule"])
    assert out.exit_code == 2


def test_rules_list_applies_an_override_file(tmp_path: Path):
    override = tmp_path / "newer.yaml"
    override.write_text(
        "values:\n  salary_floor_master:\n"
        "    - {from: 2026-09-01, value: 620000, source: 'https://www.udi.no/x', authority: official, confirmed: true}\n",
        encoding="utf-8",
    )
    out = runner.invoke(
        app,
        ["rules", "list", "--as-of", "2026-10-01", "--pack", "udi-skilled-worker", "--rules", str(override)],
    )
    assert out.exit_code == 0, out.output
    assert "salary_floor_master = 620000 NOK/year (from 2026-09-01; official)" in out.output


def test_rules_test_exits_one_when_an_example_fails(monkeypatch):
    import analyzer.rules.loader as loader

    pack = pack_for("skilled")
    rule = next(r for r in pack.rules if r.id == "udi.position")
    broken_rule = rule.model_copy(
        update={"examples": [*rule.examples, Example(fields={"position_percentage": 60}, expect="pass")]}
    )
    broken = pack.model_copy(update={"rules": [broken_rule if r.id == rule.id else r for r in pack.rules]})
    monkeypatch.setattr(loader, "load_all_packs", lambda: [broken])
    out = runner.invoke(app, ["rules", "test"])
    assert out.exit_code == 1
    assert "FAIL udi-skilled-worker/udi.position example 5: expected pass, got fail" in out.output
