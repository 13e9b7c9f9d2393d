"""Terminal report for a person: the verdict first, then each requirement with the sentence it was read from.

Everything printed is a rich ``Text`` (never a markup string, so ``[bold]`` or ``[link=…]`` in a document is shown
as written) and every string that can come from the document or its file name goes through
:func:`analyzer.render.terminal.safe`, so no escape sequence in an offer reaches the terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from analyzer.model import ExtractedField, Finding, Report
from analyzer.render.terminal import safe

_MARK = {
    "pass": ("✔", "green"),
    "fail": ("✘", "red"),
    "missing": ("?", "yellow"),
    "review": ("!", "yellow"),
    "info": ("i", "cyan"),
}
_VERDICT = {
    "compliant": ("COMPLIANT — the offer meets every UDI requirement checked", "bold green"),
    "non_compliant": ("NOT COMPLIANT — at least one UDI requirement is not met", "bold red"),
    "incomplete": ("INCOMPLETE — something is missing or needs a person to review it", "bold yellow"),
    "error": ("ERROR — the file could not be read", "bold red"),
}
_FIELD_LABELS = {
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


def render_text(report: Report, console: Console, lang: str = "en") -> None:
    from analyzer.rules.checker import fmt

    title, style = _VERDICT[report.verdict]
    head = Text.assemble((f"{safe(report.file, newlines=False)}\n", "bold"), (title, style))
    if report.error:
        console.print(
            Panel(
                Group(head, Text(f"\n{safe(report.error.message)} [{safe(report.error.kind)}]")), expand=False
            )
        )
        return
    meta = Text(
        f"language {report.language} · permit {report.permit} · rules {report.rules.pack if report.rules else '?'} "
        f"as of {report.as_of} · {report.pages} page(s)"
        + (f"\n{safe(report.permit_reason)}" if report.permit_reason else ""),
        style="dim",
    )
    for warning in report.warnings:
        meta.append(f"\nwarning: {safe(warning)}", style="yellow")
    fields = Table(title="What the offer says", title_justify="left", show_lines=False, expand=True)
    fields.add_column("Field", style="bold", no_wrap=True)
    fields.add_column("Value")
    fields.add_column("Conf.", justify="right")
    fields.add_column("Read from", style="dim", overflow="fold")
    for name, label in _FIELD_LABELS.items():
        field: ExtractedField[Any] = getattr(report.fields, name)
        if field.value is None:
            fields.add_row(label, Text(safe(field.note or "not found"), style="dim"), "", "")
            continue
        value = Text(safe(fmt(field.value)))
        if field.conflict:
            value.append("  (conflict)", style="yellow")
        source = Text()
        if field.evidence:
            ev = field.evidence[0]
            source = Text(
                f"p.{ev.page}: “{safe(_short(ev.text))}”" + (f" [{safe(ev.note)}]" if ev.note else "")
            )
        fields.add_row(label, value, f"{field.confidence:.2f}", source)
    lang = lang if lang in ("en", "nb") else "en"
    udi = _findings_table(
        "UDI requirements (decide the verdict)", [f for f in report.findings if f.scope == "udi"], lang
    )
    contract = [f for f in report.findings if f.scope == "contract" and f.status != "info"]
    present = [f.field for f in contract if f.status == "pass"]
    absent = [f for f in contract if f.status != "pass"]
    not_applicable = sum(1 for f in report.findings if f.scope == "contract" and f.status == "info")
    notes = Text(
        "Rule values come with their effective date and source; values from third-party sources are marked in the "
        "JSON output (findings[].values). This is a checking aid, not legal advice.",
        style="dim",
    )
    console.print(Panel(Group(head, meta), expand=True))
    console.print(fields)
    console.print(udi)
    if contract:
        title = "Employment contract, Working Environment Act § 14-6 (does not change the verdict)"
        console.print(_findings_table(title, absent, lang) if absent else Text(title, style="bold"))
        summary = f"Clauses found: {safe(', '.join(present)) or 'none'}."
        if not_applicable:
            summary += f" {not_applicable} clause(s) do not apply to this contract."
        console.print(Text(summary, style="green"))
    console.print(notes)


def _findings_table(title: str, findings: list[Finding], lang: str) -> Table:
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("", no_wrap=True)
    table.add_column("Requirement", no_wrap=True)
    table.add_column("Finding", overflow="fold")
    for f in findings:
        mark, colour = _MARK[f.status]
        body = Text(safe(getattr(f.message, lang)))
        if f.fix and f.status != "pass":
            body.append(f"\n→ {safe(getattr(f.fix, lang))}", style="cyan")
        body.append(f"\n{safe(f.reference.title)} — {safe(f.reference.url)}", style="dim")
        table.add_row(Text(mark, style=colour), Text(f"{safe(f.id)}\n{f.status}", style=colour), body)
    return table


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
