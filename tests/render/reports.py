"""Hand-built reports for the renderer tests: every value is written here, so what a renderer shows can be
checked against it by eye (no pipeline, no sample file involved)."""

from __future__ import annotations

import datetime as dt

from analyzer.model import (
    ErrorInfo,
    Evidence,
    ExtractedField,
    Fields,
    Finding,
    Localized,
    Reference,
    Report,
    RulesUsed,
    Salary,
)

AS_OF = dt.date(2026, 6, 1)
REF = Reference(title="UDI 2010-129", url="https://udiregelverk.no/en/documents/udi-guidelines/udi-2010-129")
LONG_LINE = (
    "Arbeidssted: " + "Bryggen " * 15 + "Ålesund"
)  # longer than the 90 characters the text report shows


def report(**overrides: object) -> Report:
    """A Norwegian offer with one UDI pass, one UDI fail (with a fix), one absent and one present § 14-6 clause
    and one clause that does not apply."""
    fields = Fields(
        employer=ExtractedField[str](
            value="Fjordløs Bær & Ål AS",
            confidence=0.93,
            evidence=[Evidence(page=1, text="Arbeidsgiver: Fjordløs Bær & Ål AS")],
        ),
        salary=ExtractedField[Salary](
            value=Salary(amount=560000, currency="NOK", period="year"),
            confidence=0.9,
            evidence=[Evidence(page=2, text="Årslønn: kr 560 000", note="label Årslønn")],
        ),
        work_location=ExtractedField[str](
            value="Ålesund", confidence=0.8, evidence=[Evidence(page=1, text=LONG_LINE)]
        ),
        start_date=ExtractedField[dt.date](note="ingen dato før tiltredelse"),
    )
    findings = [
        Finding(
            id="udi.position",
            field="position_percentage",
            status="pass",
            message=Localized(en="Full-time post (100 %).", nb="Heltidsstilling (100 %)."),
            reference=REF,
        ),
        Finding(
            id="udi.salary_floor",
            field="annual_salary_nok",
            status="fail",
            message=Localized(
                en="Yearly pay NOK 560 000 is below the floor.", nb="Årslønn kr 560 000 er for lav."
            ),
            fix=Localized(en="Raise the gross yearly salary.", nb="Øk brutto årslønn."),
            reference=REF,
        ),
        Finding(
            id="aml.working_hours",
            field="working_hours",
            status="missing",
            scope="contract",
            message=Localized(en="No working hours stated.", nb="Arbeidstid er ikke oppgitt."),
            fix=Localized(
                en="State the daily and weekly working hours.", nb="Oppgi daglig og ukentlig arbeidstid."
            ),
            reference=Reference(
                title="Arbeidsmiljøloven § 14-6 (1) j", url="https://lovdata.no/lov/2005-06-17-62"
            ),
        ),
        Finding(
            id="aml.parties",
            field="parties",
            status="pass",
            scope="contract",
            message=Localized(en="Both parties are named.", nb="Begge parter er navngitt."),
            reference=Reference(
                title="Arbeidsmiljøloven § 14-6 (1) a", url="https://lovdata.no/lov/2005-06-17-62"
            ),
        ),
        Finding(
            id="aml.temporary",
            field="temporary",
            status="info",
            scope="contract",
            message=Localized(en="Permanent post.", nb="Fast stilling."),
            reference=Reference(
                title="Arbeidsmiljøloven § 14-6 (1) e", url="https://lovdata.no/lov/2005-06-17-62"
            ),
        ),
    ]
    data: dict[str, object] = {
        "file": "tilbud/Tilbudsbrev_Ærlig_Økonomi.pdf",
        "sha256": "ab" * 32,
        "language": "nb",
        "as_of": AS_OF,
        "fields": fields,
        "findings": findings,
        "verdict": "non_compliant",
        "rules": RulesUsed(pack="udi-skilled-worker", version="2026.1", as_of=AS_OF),
        "pages": 2,
        "warnings": ["side 2 er skannet"],
    }
    data.update(overrides)
    return Report.model_validate(data)


def error_report(message: str = "Filen er kryptert.", kind: str = "encrypted") -> Report:
    return Report(file="låst.pdf", as_of=AS_OF, verdict="error", error=ErrorInfo(kind=kind, message=message))
