"""Terminal report for a person, summary first: the verdict and every failing, missing or review item (mark,
requirement in plain words, value read) in the first 15 lines; then the details, each requirement with the
sentence it was read from, its legal source and what to change (``--short`` stops after the summary).

Everything printed is a rich ``Text`` (never a markup string, so ``[bold]`` or ``[link=…]`` in a document is shown
as written) and every string that can come from the document or its file name goes through
:func:`analyzer.render.terminal.safe`, so no escape sequence in an offer reaches the terminal."""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from analyzer.model import ExtractedField, Report
from analyzer.render.summary import VERDICTS, Item, counts, items, message_lang, pick, problems
from analyzer.render.terminal import safe

WIDTH = 80
"""Columns the summary is cut to (and a file report is laid out in): a standard terminal."""
SUMMARY_LINES = 15
"""The summary fits in this many lines, so a person sees the verdict and every problem without scrolling."""

_MARK = {
    "pass": ("✔", "green"),
    "fail": ("✘", "red"),
    "missing": ("?", "yellow"),
    "review": ("!", "yellow"),
    "info": ("i", "cyan"),
}
_VERDICT_STYLE = {
    "compliant": "bold green",
    "non_compliant": "bold red",
    "incomplete": "bold yellow",
    "error": "bold red",
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


def render_text(report: Report, console: Console, lang: str = "en", *, short: bool = False) -> None:
    """The summary (at most 15 lines for a report with up to a dozen problems), then, unless ``short``, the
    details: what the offer says, each requirement with its evidence, the § 14-6 clauses."""
    from analyzer.rules.checker import fmt

    lang = message_lang(lang) if lang in ("en", "nb", "nn") else "en"
    for line in summary_lines(report, lang, min(console.width, WIDTH)):
        console.print(line, overflow="fold", soft_wrap=False)
    if short or report.error:
        return
    console.print()
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
    for name, field_label in _FIELD_LABELS.items():
        field: ExtractedField[Any] = getattr(report.fields, name)
        if field.value is None:
            fields.add_row(field_label, Text(safe(field.note or "not found"), style="dim"), "", "")
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
        fields.add_row(field_label, value, f"{field.confidence:.2f}", source)
    every = {item.finding.id: item for item in items(report, lang)}
    udi = _findings_table(
        "UDI requirements (decide the verdict)",
        [every[f.id] for f in report.findings if f.scope == "udi"],
    )
    contract = [f for f in report.findings if f.scope == "contract" and f.status != "info"]
    present = [f.field for f in contract if f.status == "pass"]
    absent = [every[f.id] for f in contract if f.status != "pass"]
    not_applicable = sum(1 for f in report.findings if f.scope == "contract" and f.status == "info")
    notes = Text(
        "Rule values come with their effective date and source; values from third-party sources are marked in the "
        "JSON output (findings[].values). This is a checking aid, not legal advice.",
        style="dim",
    )
    console.print(Panel(meta, title="Details", title_align="left", expand=True))
    console.print(fields)
    console.print(udi)
    if contract:
        title = "Employment contract, Working Environment Act § 14-6 (does not change the verdict)"
        console.print(_findings_table(title, absent) if absent else Text(title, style="bold"))
        summary = f"Clauses found: {safe(', '.join(present)) or 'none'}."
        if not_applicable:
            summary += f" {not_applicable} clause(s) do not apply to this contract."
        console.print(Text(summary, style="green"))
    console.print(notes)


def summary_lines(report: Report, lang: str, width: int = WIDTH) -> list[Text]:
    """File, verdict, tallies, then one line per finding to act on (mark, requirement, value read), each cut to
    ``width`` cells at the value (the details show it whole). When one line each would pass :data:`SUMMARY_LINES`,
    the § 14-6 clauses not found are listed together, wrapped at whole names, so every problem stays in view."""
    head = [
        Text(safe(report.file, newlines=False), style="bold"),
        Text(pick(VERDICTS[report.verdict], lang), style=_VERDICT_STYLE[report.verdict]),
    ]
    if report.error:
        return [*head, Text(f"{safe(report.error.message)} [{safe(report.error.kind)}]")]
    tally = counts(report, lang)
    parts = [tally] if cell_len(tally) <= width else tally.split(" · ")
    head += [Text(part, style="dim") for part in parts]
    todo = problems(report, lang)
    if not todo:
        done = pick(("Every requirement checked is met.", "Alle kravene som er sjekket, er oppfylt."), lang)
        return [*head, Text(f"✔ {done}", style="green")]
    lines = [_item_line(item, width) for item in todo]
    if len(head) + len(lines) > SUMMARY_LINES:
        single = [
            item
            for item in todo
            if not (item.finding.scope == "contract" and item.finding.status == "missing")
        ]
        grouped = [item.label for item in todo if item not in single]
        lead = "? Ikke i kontrakten: " if lang == "nb" else "? Not in the contract: "
        lines = [_item_line(item, width) for item in single] + [
            Text(part, style=_MARK["missing"][1]) for part in _wrap_names(lead, grouped, width)
        ]
    return [*head, *lines]


def _item_line(item: Item, width: int) -> Text:
    mark, colour = _MARK[item.finding.status]
    start = f"{mark} {safe(item.label, newlines=False)}: "
    value = safe(item.value, newlines=False)
    room = width - cell_len(start)
    if cell_len(value) > room:
        value = set_cell_size(value, max(room - 1, 1)) + "…"
    return Text.assemble((start, colour), value)


def _wrap_names(lead: str, names: list[str], width: int) -> list[str]:
    """``lead`` then the names, comma-separated, broken only between names (later lines indented)."""
    lines = [lead.rstrip()]
    for index, name in enumerate(names):
        piece = safe(name, newlines=False) + ("," if index < len(names) - 1 else "")
        if lines[-1] != lead.rstrip() and cell_len(lines[-1]) + 1 + cell_len(piece) > width:
            lines.append(" ")
        lines[-1] += " " + piece
    return lines


def _findings_table(title: str, found: list[Item]) -> Table:
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("", no_wrap=True)
    table.add_column("Requirement", no_wrap=True)
    table.add_column("Finding", overflow="fold")
    for item in found:
        f = item.finding
        mark, colour = _MARK[f.status]
        body = Text(safe(item.message))
        for ev in item.evidence[:1]:
            where = f"p.{ev.page}" if ev.page else "given"
            body.append(f"\n{where}: “{safe(_short(ev.text))}”", style="dim")
        if item.fix:
            body.append(f"\n→ {safe(item.fix)}", style="cyan")
        body.append(f"\n{safe(f.reference.title)} — {safe(f.reference.url)}", style="dim")
        table.add_row(Text(mark, style=colour), Text(f"{safe(f.id)}\n{f.status}", style=colour), body)
    return table


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
