"""analyzer/render/markdown.py: a summary table, a findings table with one row per finding, what to change; text
from the document cannot break a table cell or add markup."""

from __future__ import annotations

import re

import pytest

from analyzer.model import Document, Evidence, Report
from analyzer.render.markdown import md, render_markdown

from .reports import error_report, report

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def section(text: str, heading: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index(f"## {heading}") + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start:end]


def table_rows(lines: list[str]) -> list[list[str]]:
    """The body rows of the table in ``lines`` (header and separator left out), split at unescaped pipes."""
    rows = [line for line in lines if line.startswith("|")]
    return [UNESCAPED_PIPE.split(row)[1:-1] for row in rows[2:]]


def test_hand_built_report() -> None:
    out = render_markdown(report(), "en")
    assert out.startswith("# offercheck report: tilbud/Tilbudsbrev\\_Ærlig\\_Økonomi.pdf\n")
    summary = table_rows(section(out, "Summary"))
    assert summary[0] == [" **Verdict** ", " **NOT COMPLIANT — at least one UDI requirement is not met** "]
    assert summary[2] == [" **Requirements** ", " UDI: 1 met, 1 not met · § 14-6: 1 met, 1 missing "]
    rows = table_rows(section(out, "Findings"))
    assert len(rows) == 5  # one per finding, passes and the clause that does not apply included
    assert [cell.strip() for cell in rows[1][:4]] == [
        "✘ not met",
        "Yearly pay against UDI's salary level",
        "udi.salary\\_floor",
        "not found",
    ]
    assert "Yearly pay NOK 560 000 is below the floor. → Raise the gross yearly salary." in rows[1][5]
    ask = [line for line in section(out, "What to ask the employer to change") if line]
    assert ask[1:3] == ["1. Raise the gross yearly salary.", "2. State the daily and weekly working hours."]


def test_norwegian() -> None:
    out = render_markdown(report(), "nb")
    assert "**OPPFYLLER IKKE KRAVENE — minst ett UDI-krav er ikke oppfylt**" in out
    assert "## Hva arbeidsgiveren bør endre" in out and "1. Øk brutto årslønn." in out


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a | b", "a \\| b"),
        ("`rm -rf`", "\\`rm -rf\\`"),
        ("<script>x</script>", "\\<script\\>x\\</script\\>"),
        ("[click](https://evil.example)", "\\[click\\](https://evil.example)"),
        ("**bold** _it_ ~~s~~", "\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~"),
        ("&lt;", "\\&lt;"),
        ("C:\\temp", "C:\\\\temp"),
        ("two\nlines", "two lines"),
        ("evil\u202egnp.exe", "evil\\\\u202egnp.exe"),
        ("Ærlig Økonomi å 12.5 %", "Ærlig Økonomi å 12.5 %"),
    ],
)
def test_md_escapes(text: str, escaped: str) -> None:
    assert md(text) == escaped


def test_hostile_text_cannot_add_a_cell_or_a_row() -> None:
    r = report(file="x|y`z`.pdf")
    hostile = "Årslønn | kr 1 | `x` |\n| a | b |"
    r.fields.salary.evidence = [Evidence(page=2, text=hostile)]
    r.findings[1].evidence = [Evidence(page=2, text=hostile)]
    out = render_markdown(r, "en")
    rows = table_rows(section(out, "Findings"))
    assert len(rows) == len(r.findings) and all(len(row) == 7 for row in rows)
    assert "p. 2: “Årslønn \\| kr 1 \\| \\`x\\` \\| \\| a \\| b \\|”" in rows[1][4]


@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    ["nb_tilbudsbrev_master.pdf", "nb_under_minstelonn.pdf", "en_missing_salary.pdf", "nn_deltid_60.docx"],
)
def test_sample_markdown_has_a_row_per_finding(
    name: str, analysed: dict[str, tuple[Report, Document | None]]
) -> None:
    r, _document = analysed[name]
    out = render_markdown(r, "nb" if r.language in ("nb", "nn") else "en")
    rows = table_rows(section(out, "Funn" if r.language in ("nb", "nn") else "Findings"))
    assert len(rows) == len(r.findings) and all(len(row) == 7 for row in rows)
    assert [row[2].strip() for row in rows] == [md(f.id) for f in r.findings]


def test_error_report() -> None:
    out = render_markdown(error_report(), "nb")
    assert "**FEIL — filen kunne ikke leses**" in out and "Filen er kryptert. \\[encrypted\\]" in out
    assert "## Funn" not in out
