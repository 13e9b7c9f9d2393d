"""Typed check outcomes (issue 12, item 4): a placeholder without a value source fails `rules test`, naming the
pack, rule and placeholder; and no report text can carry "?" or a blank where a value is absent."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from analyzer import resources
from analyzer.cli import app
from analyzer.model import ClauseScan, Fields, Localized, Salary
from analyzer.rules.checker import check
from analyzer.rules.examples import DEFAULT_AS_OF, coverage_problems, fields_from_example, template_problems
from analyzer.rules.loader import load_all_packs, pack_for
from analyzer.rules.outcome import CheckResult, declare, placeholders, render

PATTERNS = Path(__file__).resolve().parents[2] / "patterns"
runner = CliRunner()

# "?" standing alone, a currency with no amount after it, a placeholder left in, or the render fallback.
_BLANK = re.compile(
    r"(?:^|\s)\?(?:$|[\s.,;:)])"  # "?" standing alone
    r"|[{}]|\(not known\)|\(ukjent\)"  # a placeholder left in, or the render fallback reached
    r"|\S {2,}\S|\s[.,;:]|\b(?:NOK|kr)\s*$"  # the marks of a blank value: "NOK  for a  post", "er  ."
)


def test_placeholders_and_render_word_a_missing_value() -> None:
    assert placeholders("at least NOK {floor} for a {level} post") == {"floor", "level"}
    text = render(Localized(en="NOK {floor}", nb="kr {floor}"), {})
    assert text == Localized(en="NOK (not known)", nb="kr (ukjent)")


def test_declare_rejects_an_unknown_status() -> None:
    with pytest.raises(ValueError, match="unknown status"):
        declare({"passed": "value"})


def test_a_result_names_its_message_key() -> None:
    assert CheckResult("review").message_key == "review"
    assert CheckResult("review", key="no_floor").message_key == "review:no_floor"


def test_shipped_packs_have_no_template_problems() -> None:
    assert coverage_problems(load_all_packs()) == []


def test_a_placeholder_without_a_source_is_named() -> None:
    pack = pack_for("skilled")
    rule = next(r for r in pack.rules if r.id == "udi.salary_floor")
    assert rule.fix is not None
    broken = rule.model_copy(
        update={"fix": Localized(en=rule.fix.en + " {bogus}", nb=rule.fix.nb), "text": rule.text.model_copy()}
    )
    problems = template_problems(pack, broken)
    assert problems, "a fix placeholder no check fills must be reported"
    assert all(
        "udi-skilled-worker/udi.salary_floor: placeholder {bogus} in the fix text" in p for p in problems
    )


def test_rules_test_fails_on_a_placeholder_without_a_source(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = tmp_path / "patterns"
    shutil.copytree(PATTERNS, data, ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    path = data / "rules" / "aml-14-6.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    probation = next(r for r in raw["rules"] if r["id"] == "aml.probation")
    probation["text"]["pass"]["nb"] += " ({grense})"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setenv(resources.ENV_VAR, str(data))
    out = runner.invoke(app, ["rules", "test"])
    assert out.exit_code == 1, out.output
    assert (
        "aml-14-6/aml.probation: placeholder {grense} in the message text for 'pass' has no value source"
        in (out.output)
    )


def test_rules_test_fails_on_a_text_variant_no_check_uses(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = tmp_path / "patterns"
    shutil.copytree(PATTERNS, data, ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    path = data / "rules" / "udi-skilled-worker.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    floor = next(r for r in raw["rules"] if r["id"] == "udi.salary_floor")
    floor["fixes"]["no_flor"] = floor["fixes"].pop("no_floor")
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setenv(resources.ENV_VAR, str(data))
    out = runner.invoke(app, ["rules", "test"])
    assert out.exit_code == 1, out.output
    assert "udi.salary_floor: text variant 'no_flor' is never used by check salary_floor" in out.output


# Dates on which some values are not in force: before the first salary floor (2016), before any G in the pack
# (2022), before the half-of-a-temporary-post probation limit (2024-07-01); and a normal date.
DATES = [dt.date(1990, 1, 1), dt.date(2018, 1, 1), dt.date(2024, 6, 30), DEFAULT_AS_OF]

EXTRA_FIELDS: list[Fields] = [
    Fields(),
    fields_from_example(
        {"salary": {"amount": 240, "currency": "NOK", "period": "hour"}, "job_title": "Renholder"}
    ),
    fields_from_example(
        {"salary": {"amount": 30000, "currency": "NOK", "period": "month"}, "job_title": "Snekker"}
    ),
    fields_from_example({"salary": {"amount": 4000, "currency": "EUR", "period": "month"}}),
    fields_from_example({"salary": {"amount": 500000, "currency": None, "period": "year"}}),
    fields_from_example({"start_date": "2026-05-01"}),
    fields_from_example({"end_date": "2026-09-30"}),
]


def _cases() -> list[tuple[Fields, ClauseScan, str, str | None]]:
    cases: list[tuple[Fields, ClauseScan, str, str | None]] = [
        (f, ClauseScan(), "", None) for f in EXTRA_FIELDS
    ]
    for pack in load_all_packs():
        for rule in pack.rules:
            for ex in rule.examples:
                cases.append(
                    (
                        fields_from_example(ex.fields),
                        ClauseScan.from_example(ex.clauses),
                        ex.text,
                        ex.language,
                    )
                )
    return cases


@pytest.mark.parametrize("as_of", DATES, ids=str)
def test_no_report_text_shows_a_question_mark_or_a_blank(as_of: dt.date) -> None:
    """Every rule over every example's fields and clauses (and a few more), on dates when values are missing:
    where a value is absent, the text says so in words."""
    seen = 0
    for fields, clauses, text, language in _cases():
        for pack in load_all_packs():
            for f in check(fields, pack, as_of, clauses=clauses, text=text, language=language):
                for part in (f.message, f.fix):
                    if part is None:
                        continue
                    for words in (part.en, part.nb):
                        seen += 1
                        assert not _BLANK.search(words), f"{f.id} on {as_of}: {words!r}"
    assert seen > 500


def test_floor_fix_names_the_floor_even_when_no_salary_was_found() -> None:
    """The fix of a missing salary used to read "at least NOK  for a  post"."""
    pack = pack_for("skilled")
    floor = pack.value("salary_floor_master", DEFAULT_AS_OF)
    assert floor is not None
    (finding,) = [f for f in check(Fields(), pack, DEFAULT_AS_OF) if f.id == "udi.salary_floor"]
    assert finding.status == "missing"
    assert finding.fix is not None
    shown = f"{floor.value:,.0f}".replace(",", " ")
    assert f"at least NOK {shown} for a master post" in finding.fix.en
    assert f"minst kr {shown}" in finding.fix.nb


def test_no_floor_in_force_is_said_in_words() -> None:
    pack = pack_for("skilled")
    fields = fields_from_example({"salary": {"amount": 700000, "currency": "NOK", "period": "year"}})
    fields.annual_salary_nok = fields_from_example({"annual_salary_nok": 700000}).annual_salary_nok
    (finding,) = [f for f in check(fields, pack, dt.date(1990, 1, 1)) if f.id == "udi.salary_floor"]
    assert finding.status == "review"
    assert "No salary floor is in force on 1990-01-01" in finding.message.en
    assert finding.fix is not None and "no salary floor in force on that date" in finding.fix.en


def test_subsistence_without_yearly_pay_says_so() -> None:
    pack = pack_for("seasonal")
    (finding,) = [f for f in check(Fields(), pack, DEFAULT_AS_OF) if f.id == "seasonal.subsistence"]
    assert finding.status == "review"
    assert finding.message.en.startswith("Subsistence: no yearly pay in NOK could be worked out")
    assert "NOK ?" not in finding.message.en


def test_salary_model_is_untouched_by_formatting() -> None:
    """fmt of a salary without a currency words it (used in review texts)."""
    from analyzer.rules.context import fmt

    assert (
        fmt(Salary(amount=500000, currency=None, period="year")) == "500 000 per year (currency not stated)"
    )
