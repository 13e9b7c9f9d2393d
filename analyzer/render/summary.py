"""What every report for a person (text, HTML, Markdown) shows first: the verdict and each requirement in plain
words with the value read, so the renderers agree on what a finding is called and what it read.

A UDI finding names an extracted field (``finding.field``): its value and evidence come from ``report.fields``. A
§ 14-6 clause finding carries its own evidence (the clause sentence). The labels are interface text, one short
phrase per requirement; a finding whose id or field is not listed here falls back to its field name, so a new
rule is never left without a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from analyzer.model import Evidence, ExtractedField, Finding, Report, Status

Lang = str
"""Message language of a rendered report: "en" or "nb" (the findings' messages exist in these two)."""

MARKS: dict[Status, str] = {"pass": "✔", "fail": "✘", "missing": "?", "review": "!", "info": "i"}
PROBLEMS: tuple[Status, ...] = ("fail", "missing", "review")
"""Statuses a person has to act on: the summary lists every finding with one of them."""

VERDICTS: dict[str, tuple[str, str]] = {
    "compliant": (
        "COMPLIANT — the offer meets every UDI requirement checked",
        "OPPFYLLER KRAVENE — tilbudet oppfyller alle UDI-kravene som er sjekket",
    ),
    "non_compliant": (
        "NOT COMPLIANT — at least one UDI requirement is not met",
        "OPPFYLLER IKKE KRAVENE — minst ett UDI-krav er ikke oppfylt",
    ),
    "incomplete": (
        "INCOMPLETE — something is missing or needs a person to review it",
        "UFULLSTENDIG — noe mangler eller må vurderes av en person",
    ),
    "error": ("ERROR — the file could not be read", "FEIL — filen kunne ikke leses"),
}
STATUS_WORDS: dict[Status, tuple[str, str]] = {
    "pass": ("met", "oppfylt"),
    "fail": ("not met", "ikke oppfylt"),
    "missing": ("missing", "mangler"),
    "review": ("to review", "må vurderes"),
    "info": ("does not apply", "gjelder ikke"),
}

# Requirement names by field (en, nb); _BY_ID names a rule whose field another rule shares.
_BY_FIELD: dict[str, tuple[str, str]] = {
    "employer": ("Employer", "Arbeidsgiver"),
    "employer_org_number": ("Organisation number", "Organisasjonsnummer"),
    "job_title": ("Job title", "Stillingstittel"),
    "position_percentage": ("Position percentage", "Stillingsprosent"),
    "weekly_hours": ("Weekly hours", "Ukentlig arbeidstid"),
    "salary": ("Salary", "Lønn"),
    "annual_salary_nok": ("Yearly pay (NOK)", "Årslønn (NOK)"),
    "start_date": ("Start date", "Tiltredelse"),
    "end_date": ("End date", "Sluttdato"),
    "work_location": ("Work location", "Arbeidssted"),
    "degree_required": ("Degree required", "Krav til utdanning"),
    "parties": ("Parties to the contract", "Partene i avtalen"),
    "duration": ("Duration of a temporary post", "Varighet for midlertidig stilling"),
    "probation": ("Probation", "Prøvetid"),
    "holiday": ("Holiday and holiday pay", "Ferie og feriepenger"),
    "notice": ("Notice periods", "Oppsigelsesfrister"),
    "pay_schedule": ("Time and method of payment", "Utbetaling av lønn"),
    "working_hours": ("Working hours", "Arbeidstid"),
    "breaks": ("Breaks", "Pauser"),
    "overtime": ("Overtime and changes of hours", "Overtid og endringer i arbeidstid"),
    "collective_agreement": ("Collective agreement", "Tariffavtale"),
    "user_undertaking": ("User undertaking (hired-out staff)", "Innleievirksomhet"),
    "training": ("Skills development", "Kompetanseutvikling"),
    "pension": ("Pension and social security", "Pensjon og trygdeytelser"),
    "document": ("The document as a whole", "Dokumentet som helhet"),
}
_BY_ID: dict[str, tuple[str, str]] = {
    "udi.salary_floor": ("Yearly pay against UDI's salary level", "Årslønn mot UDIs lønnskrav"),
    "udi.position": ("Full-time post", "Heltidsstilling"),
    "aml.job_title": ("Description of the work", "Beskrivelse av arbeidet"),
    "aml.start_date": ("Start date in the contract", "Tiltredelse i avtalen"),
    "aml.work_location": ("Place of work in the contract", "Arbeidssted i avtalen"),
    "aml.salary": ("Pay and supplements", "Lønn og tillegg"),
    "aml.temporary_basis": ("Basis for a temporary post", "Grunnlag for midlertidig ansettelse"),
    "wage.minimum_wage": ("Minimum wage (general application)", "Minstelønn (allmenngjort tariff)"),
    "seasonal.full_time": ("Full-time seasonal work", "Sesongarbeid på heltid"),
    "seasonal.hourly_wage": ("Hourly wage", "Timelønn"),
    "seasonal.period": ("Season period", "Sesongperiode"),
    "seasonal.subsistence": ("Pay to live on", "Lønn å leve av"),
    "seasonal.piecework": ("Piecework pay", "Akkordlønn"),
    "seasonal.staffing_agency": ("Staffing agency", "Bemanningsforetak"),
    "note.staffing_agency": ("Staffing agency", "Bemanningsforetak"),
    "note.remote_work": ("Remote work", "Fjernarbeid"),
    "note.exchange_rate": ("Salary in another currency", "Lønn i annen valuta"),
    "note.dates_order": ("Order of the dates", "Rekkefølgen på datoene"),
    "note.hours_vs_percentage": ("Hours against position percentage", "Timer mot stillingsprosent"),
    "note.monthly_vs_annual": ("Monthly against yearly pay", "Månedslønn mot årslønn"),
    "note.language_unsupported": ("Language of the document", "Dokumentets språk"),
    "note.text_truncated": ("Text cut at the size limit", "Tekst kuttet ved størrelsesgrensen"),
}
_UNITS: dict[str, tuple[str, str]] = {
    "position_percentage": (" %", " %"),
    "weekly_hours": (" h/week", " t/uke"),
    "annual_salary_nok": (" NOK a year", " kr i året"),
}
NOT_FOUND = ("not found", "ikke funnet")


def pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[1] if lang == "nb" else pair[0]


def message_lang(lang: str) -> Lang:
    """The findings carry messages in en and nb; anything else (nn for now) is shown in the closest."""
    return "nb" if lang in ("nb", "nn") else "en"


def label(finding: Finding, lang: Lang) -> str:
    """The requirement in plain words."""
    pair = _BY_ID.get(finding.id) or _BY_FIELD.get(finding.field)
    return pick(pair, lang) if pair else finding.field.replace("_", " ").capitalize()


def field_of(report: Report, finding: Finding) -> ExtractedField[Any] | None:
    """The extracted field a finding is about, if its ``field`` names one."""
    if finding.field in type(report.fields).model_fields:
        field: ExtractedField[Any] = getattr(report.fields, finding.field)
        return field
    return None


def evidence_of(report: Report, finding: Finding) -> list[Evidence]:
    """Where the finding was read: its own evidence (clauses), else its field's (UDI requirements)."""
    if finding.evidence:
        return list(finding.evidence)
    field = field_of(report, finding)
    return list(field.evidence) if field is not None and field.value is not None else []


def value_read(report: Report, finding: Finding, lang: Lang) -> str:
    """The value the finding judged, as the report states it, or "not found"."""
    from analyzer.rules.checker import fmt

    field = field_of(report, finding)
    if field is not None and field.value is not None and finding.scope == "udi":
        unit = _UNITS.get(finding.field)
        return fmt(field.value) + (pick(unit, lang) if unit else "")
    if finding.evidence:
        return finding.evidence[0].text
    if field is not None and field.value is not None:
        return fmt(field.value)
    if finding.status == "info":
        return pick(STATUS_WORDS["info"], lang)
    return pick(NOT_FOUND, lang)


@dataclass(frozen=True)
class Item:
    """One finding as the summary and the details show it."""

    finding: Finding
    label: str
    value: str
    evidence: list[Evidence]
    message: str
    fix: str | None

    @property
    def mark(self) -> str:
        return MARKS[self.finding.status]

    @property
    def problem(self) -> bool:
        return self.finding.status in PROBLEMS


def items(report: Report, lang: Lang) -> list[Item]:
    """Every finding, in the report's order (UDI requirements and notes first, then § 14-6 clauses)."""
    return [
        Item(
            finding=f,
            label=label(f, lang),
            value=value_read(report, f, lang),
            evidence=evidence_of(report, f),
            message=getattr(f.message, lang),
            fix=getattr(f.fix, lang) if f.fix is not None and f.status != "pass" else None,
        )
        for f in report.findings
    ]


def problems(report: Report, lang: Lang) -> list[Item]:
    """The findings to act on: UDI ones first (they decide the verdict), then the contract's."""
    found = [item for item in items(report, lang) if item.problem]
    return sorted(found, key=lambda item: item.finding.scope != "udi")


def counts(report: Report, lang: Lang) -> str:
    """One line of tallies, e.g. ``UDI: 6 met, 1 not met · § 14-6: 11 met, 5 missing``."""
    parts = []
    for scope, name in (("udi", "UDI"), ("contract", pick(("§ 14-6", "§ 14-6"), lang))):
        tally: dict[Status, int] = {}
        for f in report.findings:
            if f.scope == scope and f.status != "info":
                tally[f.status] = tally.get(f.status, 0) + 1
        if tally:
            words = ", ".join(
                f"{n} {pick(STATUS_WORDS[s], lang)}"
                for s in ("pass", "fail", "missing", "review")
                if (n := tally.get(s))
            )
            parts.append(f"{name}: {words}")
    return " · ".join(parts)


def fixes(report: Report, lang: Lang) -> list[str]:
    """What to ask the employer to change: each distinct fix of a finding to act on, UDI ones first."""
    seen: list[str] = []
    for item in problems(report, lang):
        if item.fix and item.fix not in seen:
            seen.append(item.fix)
    return seen


FIELD_LABELS: dict[str, str] = {
    "employer": "Employer",
    "employer_org_number": "Org. number",
    "job_title": "Job title",
    "position_percentage": "Position %",
    "weekly_hours": "Weekly hours",
    "salary": "Salary",
    "annual_salary_nok": "Yearly pay (NOK)",
    "start_date": "Start date",
    "end_date": "End date",
    "work_location": "Work location",
    "degree_required": "Degree required",
}
"""The fields the "What the offer says" table lists, in order."""


def field_rows(report: Report) -> list[tuple[str, str, str, str]]:
    """(label, value or why not, confidence, where it was read) per field, as plain strings."""
    from analyzer.rules.checker import fmt

    rows = []
    for name, field_label in FIELD_LABELS.items():
        field: ExtractedField[Any] = getattr(report.fields, name)
        if field.value is None:
            rows.append((field_label, field.note or "not found", "", ""))
            continue
        value = fmt(field.value) + ("  (conflict)" if field.conflict else "")
        source = ""
        if field.evidence:
            ev = field.evidence[0]
            source = f"p.{ev.page}: “{ev.text}”" + (f" [{ev.note}]" if ev.note else "")
        rows.append((field_label, value, f"{field.confidence:.2f}", source))
    return rows
