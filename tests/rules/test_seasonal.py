"""Seasonal-worker profile (--permit seasonal / auto), generally applicable minimum wages and notes, end to end
on small text offers. Expected statuses are worked out by hand from UDI 2010-131 and the rates in
patterns/rules/minimum-wages.yaml (see the comments)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analyzer.model import Report
from analyzer.pipeline import AnalyzeOptions, analyze

AS_OF = dt.date(2026, 5, 1)

NB_SEASONAL = """Lofthus Frukt og Bær AS
Org.nr. 984 321 765
Lofthusvegen 20, 5781 Lofthus

Tilbud om sesongarbeid

Stillingstittel: Bærplukker
Vi tilbyr deg sesongarbeid i innhøstingen på gården vår.
Arbeidssted: Lofthusvegen 20, 5781 Lofthus.
Tiltredelse: 1. juni 2026.
Ansettelsen er midlertidig til 30. september 2026 (sesongarbeid).
Arbeidstid: 37,5 timer per uke.
Timelønn: kr 185 brutto per time.
"""

EN_TOO_LONG = """Hardanger Orchards AS
Org. no. 928 765 431
Fjordvegen 120, 5610 Øystese

Offer of seasonal work

Job title: Fruit picker
We offer you seasonal work during the apple harvest.
Place of work: Fjordvegen 120, 5610 Øystese.
Start date: 1 April 2026.
End date: 20 December 2026.
Working hours: 37.5 hours per week.
Hourly wage: NOK 190 gross per hour.
"""

EN_PIECEWORK = """Sogn Bær AS
Org. no. 984 321 765
Place of work: Kaupanger, 6854 Kaupanger.

Offer of seasonal work as a berry picker during the strawberry harvest.
Start date: 15 June 2026.
End date: 15 August 2026.
Working hours: 37.5 hours per week.
Pay: piece rate of NOK 12 per kg picked.
"""


def _run(
    tmp_path: Path, text: str, permit: str = "auto", as_of: dt.date = AS_OF, name: str = "offer.txt"
) -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return analyze(path, AnalyzeOptions(as_of=as_of, permit=permit))


def _status(report: Report, rule_id: str) -> str | None:
    return next((f.status for f in report.findings if f.id == rule_id), None)


def test_auto_picks_seasonal_for_a_seasonal_fixed_term_offer(tmp_path: Path):
    report = _run(tmp_path, NB_SEASONAL)
    assert report.permit == "seasonal"
    assert (
        report.permit_reason
        and "sesongarbeid" in report.permit_reason
        and "2026-09-30" in report.permit_reason
    )
    assert report.rules is not None and report.rules.pack == "udi-seasonal"
    # 1 June - 30 September is 4 months (<= 6); 37.5 h; NOK 185 per hour in NOK.
    assert _status(report, "seasonal.period") == "pass"
    assert _status(report, "seasonal.full_time") == "pass"
    assert _status(report, "seasonal.hourly_wage") == "pass"
    assert _status(report, "seasonal.piecework") == "info"
    # Agriculture, harvest help in the first 12 weeks: NOK 144.90 (unconfirmed) <= 185.
    wage = next(f for f in report.findings if f.id == "wage.minimum_wage")
    assert wage.status == "pass" and wage.values["agriculture_seasonal_beginner"]["value"] == 144.9
    assert wage.values["agriculture_seasonal_beginner"]["confirmed"] is False
    # 185 × 37.5 × 52 = 360 750 >= 2.5 G = 2.5 × 136 549 = 341 372.5 (G from 2026-05-01, in force on 2026-05-01)
    assert _status(report, "seasonal.subsistence") == "pass"
    assert report.verdict == "compliant", [(f.id, f.status) for f in report.findings if f.scope == "udi"]


def test_a_period_over_six_months_fails_on_end_date(tmp_path: Path):
    report = _run(tmp_path, EN_TOO_LONG, permit="seasonal")
    finding = next(f for f in report.findings if f.id == "seasonal.period")
    # 1 April + 6 months = 1 October 2026; 20 December is later.
    assert (finding.status, finding.field) == ("fail", "end_date")
    assert "2026-10-01" in finding.message.en and "2026-10-01" in finding.message.nb
    assert report.verdict == "non_compliant"


def test_auto_judges_a_too_long_seasonal_offer_as_seasonal_and_fails_the_period(tmp_path: Path):
    report = _run(tmp_path, EN_TOO_LONG, permit="auto")
    assert report.permit == "seasonal"
    assert report.permit_reason and "2026-12-20" in report.permit_reason
    finding = next(f for f in report.findings if f.id == "seasonal.period")
    assert finding.status == "fail" and finding.evidence  # the dates are the evidence
    assert report.verdict == "non_compliant"


def test_seasonal_is_the_default_for_seasonal_wording(tmp_path: Path):
    """No --permit at all: the document's own wording chooses the profile."""
    path = tmp_path / "offer.txt"
    path.write_text(NB_SEASONAL, encoding="utf-8")
    report = analyze(path, AnalyzeOptions(as_of=AS_OF))
    assert report.permit == "seasonal" and report.rules is not None and report.rules.pack == "udi-seasonal"


def test_skilled_can_still_be_forced(tmp_path: Path):
    report = _run(tmp_path, EN_TOO_LONG, permit="skilled")
    assert report.permit == "skilled" and report.permit_reason == "--permit skilled"


def test_auto_keeps_skilled_without_seasonal_wording(tmp_path: Path):
    text = (
        "Hardanger Data AS\nOrg. no. 928 765 431\nJob title: Software developer\n"
        "Place of work: Fjordvegen 120, 5610 Øystese.\nStart date: 1 April 2026.\nEnd date: 30 June 2026.\n"
    )
    report = _run(tmp_path, text)
    assert report.permit == "skilled" and "no seasonal-work wording" in (report.permit_reason or "")


def test_piecework_without_a_guaranteed_minimum_fails(tmp_path: Path):
    report = _run(tmp_path, EN_PIECEWORK, permit="seasonal")
    assert _status(report, "seasonal.piecework") == "fail"
    guaranteed = (
        EN_PIECEWORK + "You are guaranteed a minimum hourly wage of NOK 180 regardless of the piece rate.\n"
    )
    report = _run(tmp_path, guaranteed, permit="seasonal", name="g.txt")
    assert _status(report, "seasonal.piecework") == "pass"


def test_monthly_pay_in_a_seasonal_offer_needs_review(tmp_path: Path):
    text = NB_SEASONAL.replace("Timelønn: kr 185 brutto per time.", "Månedslønn: kr 30 000.")
    report = _run(tmp_path, text, permit="seasonal")
    assert _status(report, "seasonal.hourly_wage") == "review"


def test_fewer_hours_than_the_unconfirmed_full_time_standard_is_review_not_fail(tmp_path: Path):
    report = _run(tmp_path, NB_SEASONAL.replace("37,5 timer", "30 timer"), permit="seasonal")
    assert _status(report, "seasonal.full_time") == "review"


def test_staffing_agency_as_seasonal_employer_needs_review(tmp_path: Path):
    text = NB_SEASONAL + "Arbeidsgiver er et bemanningsforetak som leier deg ut til gården.\n"
    report = _run(tmp_path, text, permit="seasonal")
    assert _status(report, "seasonal.staffing_agency") == "review"
    assert _status(report, "aml.user_undertaking") == "missing"


# --------------------------------------------------------------------------- minimum wages


CARPENTER = """Tromsø Bygg AS
Org.nr. 923 609 016
Tilbud om stilling
Stillingstittel: Tømrer
Arbeidssted: Storgata 5, 9008 Tromsø.
Tiltredelse: 1. august 2026. Stillingen er fast, 100 %, 37,5 timer per uke.
Timelønn: kr {wage} per time.
"""


@pytest.mark.parametrize(
    ("wage", "extra", "status"),
    [
        ("230", "", "fail"),  # unskilled construction 239.61 from 15.06.2025 (official, confirmed)
        ("245", "", "pass"),  # 245 >= 239.61
        ("255", "Stillingen krever fagbrev som tømrer.\n", "fail"),  # skilled 264.32 > 255
        ("270", "Stillingen krever fagbrev som tømrer.\n", "pass"),
    ],
)
def test_construction_minimum_wage(tmp_path: Path, wage: str, extra: str, status: str):
    report = _run(tmp_path, CARPENTER.format(wage=wage) + extra, as_of=dt.date(2026, 6, 1))
    finding = next(f for f in report.findings if f.id == "wage.minimum_wage")
    assert finding.status == status, finding.message.en
    assert (
        "stillingstittelen 'Tømrer'" in finding.message.nb
    )  # the sector came from the title, said in Norwegian
    if status == "fail":
        assert report.verdict == "non_compliant"


def test_unconfirmed_rate_gives_review_never_fail(tmp_path: Path):
    text = (
        CARPENTER.format(wage="200").replace("Tømrer", "Renholder").replace("Tromsø Bygg", "Tromsø Renhold")
    )
    report = _run(tmp_path, text, as_of=dt.date(2026, 6, 1))
    finding = next(f for f in report.findings if f.id == "wage.minimum_wage")
    # cleaning adult 236.54 rests on a third-party source: 200 < 236.54 -> review
    assert finding.status == "review"
    assert finding.values["cleaning_adult"]["authority"] == "third_party"


def test_no_sector_no_minimum_wage_finding(tmp_path: Path):
    text = (
        CARPENTER.format(wage="400")
        .replace("Tømrer", "Programvareutvikler")
        .replace("Tromsø Bygg", "Tromsø Data")
    )
    report = _run(tmp_path, text, as_of=dt.date(2026, 6, 1))
    assert _status(report, "wage.minimum_wage") is None


# --------------------------------------------------------------------------- notes


def test_notes_staffing_remote_and_dates(tmp_path: Path):
    text = (
        "Nordic Talent Bemanning AS\nOrg.nr. 913 762 487\n"
        "Vi er et bemanningsforetak.\nStillingstittel: Driftsingeniør\n"
        "Arbeidssted: Mo i Rana. Noe hjemmekontor etter avtale.\n"
        "Tiltredelse: 1. september 2026.\n"
    )
    report = _run(tmp_path, text, permit="skilled", as_of=dt.date(2026, 6, 1))
    assert _status(report, "note.staffing_agency") == "info"
    assert _status(report, "note.remote_work") == "info"


def test_notes_do_not_appear_when_they_do_not_apply(tmp_path: Path):
    report = _run(tmp_path, CARPENTER.format(wage="300"), as_of=dt.date(2026, 6, 1))
    ids = {f.id for f in report.findings}
    assert not ids & {"note.staffing_agency", "note.remote_work", "note.exchange_rate", "note.dates_order"}


def test_permit_option_on_the_command_line(tmp_path: Path):
    import json

    from typer.testing import CliRunner

    from analyzer.cli import app

    path = tmp_path / "sesong.txt"
    path.write_text(NB_SEASONAL, encoding="utf-8")
    out = CliRunner().invoke(
        app, ["check", str(path), "--permit", "auto", "--format", "json", "--as-of", "2026-05-01"]
    )
    report = json.loads(out.output)
    assert report["permit"] == "seasonal" and report["rules"]["pack"] == "udi-seasonal"
    assert "sesongarbeid" in report["permit_reason"]
    bad = CliRunner().invoke(app, ["check", str(path), "--permit", "student"])
    assert bad.exit_code == 2


def _offer(lead: str, end: str) -> str:
    return (
        "Voss Gard AS\nOrg. no. 928 765 431\nVossevangen 1, 5700 Voss\n\n"
        f"{lead}\n"
        "Job title: Farm hand\nPlace of work: Vossevangen 1, 5700 Voss.\n"
        f"Start date: 1 May 2026.\nEnd date: {end}.\n"
        "Working hours: 37.5 hours per week.\nHourly wage: NOK 190 gross per hour.\n"
    )


# 1 May + 6 months = 1 November 2026 (UDI 2010-131: a seasonal permit is for up to six months).
PROFILE_TABLE = [
    # (lead sentence, end date, expected permit, expected seasonal.period status or None if not seasonal)
    ("We offer you seasonal work on our farm.", "31 July 2026", "seasonal", "pass"),  # 3 months
    ("We offer you seasonal work on our farm.", "1 November 2026", "seasonal", "pass"),  # 6 months to the day
    ("We offer you seasonal work on our farm.", "31 December 2026", "seasonal", "fail"),  # 8 months
    ("You will help with the apple harvest.", "31 July 2026", "seasonal", "pass"),  # no word "seasonal"
    ("You will help with the apple harvest.", "1 November 2026", "seasonal", "pass"),
    ("You will help with the apple harvest.", "31 December 2026", "seasonal", "fail"),
    (
        "We offer you a temporary position on our farm.",
        "31 July 2026",
        "skilled",
        None,
    ),  # fixed term, not seasonal
    ("We offer you a temporary position on our farm.", "31 December 2026", "skilled", None),
]


@pytest.mark.parametrize(("lead", "end", "permit", "period"), PROFILE_TABLE)
def test_profile_choice_by_wording_not_by_length(
    tmp_path: Path, lead: str, end: str, permit: str, period: str | None
):
    path = tmp_path / "offer.txt"
    path.write_text(_offer(lead, end), encoding="utf-8")
    report = analyze(path, AnalyzeOptions(as_of=AS_OF))  # no --permit: the default is auto
    assert report.permit == permit, report.permit_reason
    assert report.permit_reason
    if period is not None:
        assert _status(report, "seasonal.period") == period
        if period == "fail":
            assert report.verdict == "non_compliant"


def test_a_permanent_post_that_mentions_seasonal_work_stays_skilled(tmp_path: Path):
    text = (
        "Hardanger Cider Works AS\nFjordvegen 120, 5610 Øystese\n\n"
        "We are happy to offer you a permanent, full-time position as Quality Assurance Engineer.\n"
        "Your hourly wage will be NOK 320.00 per hour. Seasonal harvest work in September–October may be paid "
        "at NOK 350.00 per hour.\nStart date: 2026-03-01.\n"
    )
    path = tmp_path / "offer.txt"
    path.write_text(text, encoding="utf-8")
    report = analyze(path, AnalyzeOptions(as_of=AS_OF))
    assert report.permit == "skilled"
    assert report.permit_reason and "permanent" in report.permit_reason
