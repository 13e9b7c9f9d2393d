"""Checker decisions for the skilled-worker pack, on hand-built fields (no extraction involved).

The floors are read from the pack (patterns/rules/udi-skilled-worker.yaml) as of each test's date, so a new
floor in the pack changes no test here: MASTER and BACHELOR are those in force on AS_OF; min position 80 %.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.model import Evidence, ExtractedField, Fields, Salary
from analyzer.rules.checker import check
from analyzer.rules.loader import DatedValue, pack_for
from analyzer.rules.verdict import verdict

AS_OF = dt.date(2026, 6, 1)
EV = [Evidence(page=1, text="test")]


def floor_in_force(level: str, when: dt.date = AS_OF) -> DatedValue:
    value = pack_for("skilled").value(f"salary_floor_{level}", when)
    assert value is not None, f"no {level} floor in force on {when}"
    return value


MASTER = floor_in_force("master").value
BACHELOR = floor_in_force("bachelor").value
assert BACHELOR < MASTER  # the cases "between the floors" below need this order


def field(value, confidence=0.9, conflict=False):
    return ExtractedField(value=value, confidence=confidence, evidence=EV, conflict=conflict)


def complete(**overrides) -> Fields:
    f = Fields(
        employer=field("Fjordlys Teknologi AS"),
        job_title=field("Utvikler"),
        position_percentage=field(100.0),
        salary=field(Salary(amount=650000, currency="NOK", period="year")),
        annual_salary_nok=field(650000.0),
        start_date=field(dt.date(2026, 3, 1)),
        work_location=field("Bergen"),
        degree_required=field("master"),
    )
    for name, value in overrides.items():
        setattr(f, name, value)
    return f


def statuses(fields: Fields, as_of: dt.date = AS_OF) -> dict[str, str]:
    return {f.id: f.status for f in check(fields, pack_for("skilled"), as_of)}


def test_complete_offer_is_compliant():
    findings = check(complete(), pack_for("skilled"), AS_OF)
    assert {f.status for f in findings} == {"pass"}
    assert verdict(findings) == "compliant"


@pytest.mark.parametrize(
    ("annual", "degree", "expected"),
    [
        (MASTER, "master", "pass"),  # exactly the floor
        (MASTER - 1, "master", "fail"),
        (BACHELOR, "bachelor", "pass"),
        (BACHELOR - 1, "bachelor", "fail"),
        ((BACHELOR + MASTER) / 2, None, "review"),  # between the floors, degree unknown
        # under both: vocational posts follow the tariff, so review not fail
        (BACHELOR - 20_000, None, "review"),
        (MASTER + 800, None, "pass"),  # above both floors
        (MASTER + 100_000, "vocational", "review"),
    ],
)
def test_salary_floor_by_degree(annual, degree, expected):
    f = complete(
        salary=field(Salary(amount=annual, currency="NOK", period="year")),
        annual_salary_nok=field(annual),
        degree_required=field(degree) if degree else ExtractedField(),
    )
    assert statuses(f)["udi.salary_floor"] == expected


def test_as_of_selects_the_floor_in_force():
    # Pay between the master floor in force on AS_OF and the one before it: passes the day before the current
    # one takes effect, fails from that day.
    current = floor_in_force("master")
    before = floor_in_force("master", current.from_ - dt.timedelta(days=1))
    assert before.value < current.value
    annual = (before.value + current.value) / 2
    f = complete(
        salary=field(Salary(amount=annual, currency="NOK", period="year")), annual_salary_nok=field(annual)
    )
    assert statuses(f, current.from_ - dt.timedelta(days=1))["udi.salary_floor"] == "pass"
    assert statuses(f, current.from_)["udi.salary_floor"] == "fail"


def test_before_any_floor_is_review_not_pass():
    assert statuses(complete(), dt.date(2015, 1, 1))["udi.salary_floor"] == "review"


def test_eighty_percent_post_with_fte_above_floor_is_review():
    # 520 000 at 80 % = 650 000 full-time: under the master floor as paid, above it as FTE.
    f = complete(
        position_percentage=field(80.0),
        salary=field(Salary(amount=520000, currency="NOK", period="year")),
        annual_salary_nok=field(520000.0),
    )
    s = statuses(f)
    assert s["udi.position"] == "pass"
    assert s["udi.salary_floor"] == "review"


def test_part_time_fails_position():
    assert statuses(complete(position_percentage=field(60.0)))["udi.position"] == "fail"


def test_low_confidence_pass_becomes_review():
    assert (
        statuses(complete(start_date=field(dt.date(2026, 3, 1), confidence=0.4)))["udi.start_date"]
        == "review"
    )


def test_conflict_becomes_review_even_with_high_confidence():
    f = complete(salary=field(Salary(amount=650000, currency="NOK", period="year"), conflict=True))
    assert statuses(f)["udi.salary"] == "review"
    assert statuses(f)["udi.salary_floor"] == "review"


def test_non_nok_salary_is_review():
    f = complete(
        salary=field(Salary(amount=62000, currency="EUR", period="year")), annual_salary_nok=ExtractedField()
    )
    s = statuses(f)
    assert s["udi.salary"] == "review"
    assert s["udi.salary_floor"] == "review"


@pytest.mark.parametrize(
    "name", ["employer", "job_title", "start_date", "work_location", "position_percentage"]
)
def test_absent_field_is_missing_and_verdict_incomplete(name):
    f = complete(**{name: ExtractedField()})
    findings = check(f, pack_for("skilled"), AS_OF)
    by_field = {x.field: x.status for x in findings}
    assert by_field[name] == "missing"
    assert verdict(findings) == "incomplete"


def test_fail_wins_over_missing_in_verdict():
    f = complete(position_percentage=field(50.0), start_date=ExtractedField())
    assert verdict(check(f, pack_for("skilled"), AS_OF)) == "non_compliant"


def test_findings_carry_source_and_effective_date():
    floor = next(f for f in check(complete(), pack_for("skilled"), AS_OF) if f.id == "udi.salary_floor")
    used = floor.values["salary_floor_master"]
    in_force = floor_in_force("master")
    assert used["value"] == in_force.value and used["from"] == in_force.from_.isoformat()
    assert used["source"].startswith("https://") and used["authority"] == "third_party"
    assert "third-party" in floor.message.en
    assert floor.reference.url.startswith("https://")


def test_failed_finding_has_fix_in_both_languages():
    f = complete(
        salary=field(Salary(amount=400000, currency="NOK", period="year")), annual_salary_nok=field(400000.0)
    )
    floor = next(x for x in check(f, pack_for("skilled"), AS_OF) if x.id == "udi.salary_floor")
    shown = f"{MASTER:,.0f}".replace(",", " ")  # 599 200 as of 2026-06-01: grouped by spaces, no decimals
    assert floor.fix is not None and shown in floor.fix.en and shown in floor.fix.nb


def test_numbers_in_messages_read_naturally():
    from analyzer.rules.checker import fmt

    assert fmt(37.5) == "37.5"
    assert fmt(100.0) == "100"
    assert fmt(650000.0) == "650 000"
    assert fmt(650000.04) == "650 000.04"
    assert fmt(Salary(amount=54166.67, currency="NOK", period="month")) == "NOK 54 166.67 per month"
