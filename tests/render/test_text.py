"""analyzer/render/text.py: the terminal report. Verdict first, each requirement with its evidence line, the
§ 14-6 section apart, the chosen message language, and nothing from the document that drives a terminal."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from analyzer.model import Evidence, Finding, Localized, Report
from analyzer.render.text import render_text

from .reports import LONG_LINE, REF, error_report, report


def shown(r: Report, lang: str = "en") -> str:
    """The text report as a terminal 250 columns wide shows it (wide enough that no cell wraps)."""
    buffer = io.StringIO()
    render_text(r, Console(file=buffer, width=250, color_system=None), lang)
    return buffer.getvalue()


def test_verdict_comes_first_then_fields_then_udi_then_contract() -> None:
    out = shown(report())
    order = [
        "tilbud/Tilbudsbrev_Ærlig_Økonomi.pdf",
        "NOT COMPLIANT — at least one UDI requirement is not met",
        "language nb · permit skilled · rules udi-skilled-worker as of 2026-06-01 · 2 page(s)",
        "warning: side 2 er skannet",
        "What the offer says",
        "UDI requirements (decide the verdict)",
        "udi.salary_floor",
        "Employment contract, Working Environment Act § 14-6 (does not change the verdict)",
        "aml.working_hours",
        "Clauses found: parties. 1 clause(s) do not apply to this contract.",
        "This is a checking aid, not legal advice.",
    ]
    positions = [out.index(part) for part in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("verdict", "title"),
    [
        ("compliant", "COMPLIANT — the offer meets every UDI requirement checked"),
        ("non_compliant", "NOT COMPLIANT — at least one UDI requirement is not met"),
        ("incomplete", "INCOMPLETE — something is missing or needs a person to review it"),
    ],
)
def test_each_verdict_has_its_title(verdict: str, title: str) -> None:
    assert title in shown(report(verdict=verdict))


def test_evidence_lines_show_page_text_and_how_the_value_was_read() -> None:
    out = shown(report())
    assert "p.1: “Arbeidsgiver: Fjordløs Bær & Ål AS”" in out
    assert "NOK 560 000 per year" in out and "p.2: “Årslønn: kr 560 000” [label Årslønn]" in out
    assert "0.93" in out and "0.90" in out  # confidences, two decimals
    # A long line is cut to 90 characters, the last one an ellipsis.
    assert f"p.1: “{LONG_LINE[:89]}…”" in out and LONG_LINE not in out
    # In the fields table, a field without value shows its note, or "not found".
    assert "ingen dato før tiltredelse" in row(out, "Start date") and "not found" not in row(
        out, "Start date"
    )
    for label in ("Org. number", "Job title", "Position %", "Weekly hours", "Yearly pay (NOK)", "End date"):
        assert "not found" in row(out, label), label
    assert "not found" not in row(out, "Employer") and "Fjordløs Bær & Ål AS" in row(out, "Employer")


def row(out: str, label: str) -> str:
    """The fields-table row whose first cell is ``label``."""
    rows = [line for line in out.splitlines() if line.startswith(f"│ {label} ")]
    assert len(rows) == 1, (label, rows)
    return rows[0]


def test_a_conflict_is_marked() -> None:
    r = report()
    r.fields.employer.conflict = True
    assert "Fjordløs Bær & Ål AS  (conflict)" in shown(r)


def test_messages_in_the_chosen_language_with_fix_and_reference() -> None:
    nb = shown(report(), "nb")
    assert "Årslønn kr 560 000 er for lav." in nb and "→ Øk brutto årslønn." in nb
    assert "→ Oppgi daglig og ukentlig arbeidstid." in nb and "Arbeidsmiljøloven § 14-6 (1) j" in nb
    assert "is below the floor" not in nb
    en = shown(report(), "en")
    assert "Yearly pay NOK 560 000 is below the floor." in en and "→ Raise the gross yearly salary." in en
    assert "UDI 2010-129 — https://udiregelverk.no/en/documents/udi-guidelines/udi-2010-129" in en
    assert shown(report(), "de") == en  # a language without messages falls back to English


def test_a_passed_requirement_shows_no_fix_and_present_clauses_are_only_listed() -> None:
    r = report()
    r.findings[0].fix = Localized(en="Never shown.", nb="Aldri vist.")
    out = shown(r)
    assert "Never shown." not in out
    assert "Both parties are named." not in out  # a present clause is in the "Clauses found" line only
    assert "Permanent post." not in out  # nor is a clause that does not apply
    assert "✔" in out and "✘" in out and "?" in out


def test_contract_section_says_none_when_nothing_was_found() -> None:
    r = report()
    r.findings = [f for f in r.findings if f.id != "aml.parties"]
    assert "Clauses found: none." in shown(r)


def test_error_report_shows_only_the_reason() -> None:
    out = shown(error_report())
    assert "låst.pdf" in out and "ERROR — the file could not be read" in out
    assert "Filen er kryptert. [encrypted]" in out
    assert "What the offer says" not in out and "UDI requirements" not in out


def test_document_text_and_file_name_cannot_drive_the_terminal() -> None:
    r = report(file="evil\n\u202egnp.exe", warnings=["\x9b2J"])
    r.fields.employer.evidence = [Evidence(page=1, text="Arbeidsgiver: \x1b]52;c;aGVsbG8=\x07Ørsta AS")]
    r.findings.append(
        Finding(
            id="udi.note",
            field="employer",
            status="review",
            message=Localized(en="[bold red]Ørsta[/] \x1b[2J", nb="x"),
            reference=REF,
        )
    )
    out = shown(r)
    assert not any(ch in out for ch in "\x1b\x07\x9b\u202e")
    assert "evil␊\\u202egnp.exe" in out  # the file name stays on one line
    assert "warning: \\u009b2J" in out
    assert "“Arbeidsgiver: ␛]52;c;aGVsbG8=␇Ørsta AS”" in out
    assert "[bold red]Ørsta[/] ␛[2J" in out  # markup in a message is shown as written


def test_an_error_message_from_a_document_is_escaped_too() -> None:
    out = shown(error_report(message="Ødelagt \x1b[31m", kind="bad\x07"))
    assert "Ødelagt ␛[31m [bad␇]" in out and "\x1b" not in out
