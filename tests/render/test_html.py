"""analyzer/render/html.py: one self-contained HTML file per report. Verdict and summary first, every finding with
its evidence linked to a <mark> in the document's text, no external resource, no script, and nothing from a
hostile document or file name that becomes markup."""

from __future__ import annotations

import re

import pytest

from analyzer.model import Document, Evidence, Finding, Line, Localized, Page, Report
from analyzer.render.html import ask_text, render_html

from .htmlcheck import Parsed, parse
from .reports import LONG_LINE, REF, error_report, report

# The lines of the hand-built report's document (tests/render/reports.py): page 1 holds the employer line and the
# long work-location line, page 2 the salary line inside a longer line (so only a fragment is marked).
DOCUMENT = Document(
    name="Tilbudsbrev_Ærlig_Økonomi.pdf",
    kind="pdf",
    pages=[
        Page(
            number=1,
            lines=[
                Line(text="Tilbud om fast stilling", page=1, block="header"),
                Line(text="Arbeidsgiver: Fjordløs Bær & Ål AS", page=1),
                Line(text=LONG_LINE, page=1),
            ],
        ),
        Page(number=2, lines=[Line(text="Lønn. Årslønn: kr 560 000 fra 1. mai.", page=2)]),
    ],
)


def external_references(parsed: Parsed) -> list[str]:
    """Every attribute that would make a browser fetch something, or run something."""
    found = []
    for tag, name, value in parsed.attrs:
        if name in ("src", "srcset", "data", "poster", "action", "formaction") or name.startswith("on"):
            found.append(f"{tag} {name}={value}")
        if name == "href" and tag in ("link", "script", "img", "base", "use"):
            found.append(f"{tag} href={value}")
    return found


def test_hand_built_report_verdict_summary_and_order() -> None:
    page = render_html(report(), DOCUMENT, "en")
    parsed = parse(page)
    assert parsed.problems == []
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert parsed.by_id["verdict"] == "NOT COMPLIANT — at least one UDI requirement is not met"
    # The summary lists the fail and the missing clause (not the passes, not the clause that does not apply),
    # each linking to its finding.
    summary = parsed.by_id["summary"]
    assert "Yearly pay against UDI's salary level: not found" in summary
    assert "Working hours: not found" in summary
    assert "Full-time post" not in summary and "Parties" not in summary
    assert "#f-udi.salary_floor" in parsed.hrefs and "#f-aml.working_hours" in parsed.hrefs
    order = ["verdict", "summary", "ask", "udi", "contract", "fields", "document", "about"]
    assert [i for i in parsed.ids if i in order] == order


def test_every_finding_is_an_article_with_status_value_source_and_fix() -> None:
    parsed = parse(render_html(report(), DOCUMENT, "en"))
    for finding_id in (
        "udi.position",
        "udi.salary_floor",
        "aml.working_hours",
        "aml.parties",
        "aml.temporary",
    ):
        assert f"f-{finding_id}" in parsed.ids
    floor = parsed.by_id["f-udi.salary_floor"]
    assert "not met" in floor and "Yearly pay NOK 560 000 is below the floor." in floor
    assert "What to change" in floor and "Raise the gross yearly salary." in floor
    # The legal source: its title as a link and its address as text (for print).
    assert (
        "UDI 2010-129" in floor
        and "https://udiregelverk.no/en/documents/udi-guidelines/udi-2010-129" in floor
    )
    assert "Never" not in parsed.by_id["f-udi.position"]  # a pass has no "what to change"
    assert "What to change" not in parsed.by_id["f-udi.position"]


def test_evidence_is_marked_in_the_document_and_linked_from_its_finding() -> None:
    parsed = parse(render_html(report(), DOCUMENT, "en"))
    assert len(parsed.marks) == 3  # employer line, long location line, salary fragment (the fields' evidence)
    marked = {parsed.by_id[m] for m in parsed.marks}
    assert marked == {"Arbeidsgiver: Fjordløs Bær & Ål AS", LONG_LINE, "Årslønn: kr 560 000"}
    # Every in-page link lands on an element that exists; each mark is linked from at least one finding.
    targets = [h[1:] for h in parsed.hrefs if h.startswith("#")]
    assert set(targets) <= set(parsed.ids)
    assert set(parsed.marks) <= set(targets)
    # Page headings and the header block line are there too, unmarked.
    assert "Page 1" in parsed.text and "Page 2" in parsed.text and "Tilbud om fast stilling" in parsed.text


def test_evidence_not_in_the_document_is_shown_unlinked() -> None:
    r = report()
    r.fields.employer.evidence = [Evidence(page=1, text="Arbeidsgiver: et annet firma AS")]
    r.findings.append(
        Finding(
            id="udi.employer",
            field="employer",
            status="pass",
            message=Localized(en="Employer identified.", nb="Arbeidsgiver oppgitt."),
            reference=REF,
        )
    )
    parsed = parse(render_html(r, DOCUMENT, "en"))
    assert (
        "page 1: “Arbeidsgiver: et annet firma AS” (not located in the text)"
        in parsed.by_id["f-udi.employer"]
    )


def test_without_a_document_the_text_section_says_so() -> None:
    parsed = parse(render_html(report(), None, "en"))
    assert parsed.marks == []
    assert "The document's text is not part of this report." in parsed.by_id["document"]
    assert "page 1: “Arbeidsgiver: Fjordløs Bær & Ål AS”" in parsed.by_id["fields"]
    assert "not located" not in parsed.text


def test_norwegian_messages_and_headings() -> None:
    parsed = parse(render_html(report(), DOCUMENT, "nb"))
    assert parsed.by_id["verdict"] == "OPPFYLLER IKKE KRAVENE — minst ett UDI-krav er ikke oppfylt"
    assert "Årslønn mot UDIs lønnskrav: ikke funnet" in parsed.by_id["summary"]
    assert "Hva arbeidsgiveren bør endre" in parsed.by_id["ask"]
    assert "Øk brutto årslønn." in parsed.by_id["ask"] and "Raise the gross" not in parsed.text


def test_the_changes_to_ask_for_are_plain_text_ready_to_copy() -> None:
    assert ask_text(report(), "en") == (
        "Please change the following in the offer (tilbud/Tilbudsbrev_Ærlig_Økonomi.pdf):\n"
        "1. Raise the gross yearly salary.\n"
        "2. State the daily and weekly working hours."
    )
    passed = report(verdict="compliant")
    passed.findings = [f for f in passed.findings if f.status in ("pass", "info")]
    assert ask_text(passed, "en") == "Nothing: no requirement checked needs a change."
    parsed = parse(render_html(passed, DOCUMENT, "en"))
    assert "Every requirement checked is met." in parsed.by_id["summary"]


def test_no_script_no_external_resource_and_prints() -> None:
    page = render_html(report(), DOCUMENT, "en")
    parsed = parse(page)
    assert "script" not in parsed.tags and "link" not in parsed.tags and "img" not in parsed.tags
    assert external_references(parsed) == []
    style = page[page.index("<style>") : page.index("</style>")]
    assert "url(" not in style and "@import" not in style and "@media print" in style
    # The only absolute addresses are the legal sources, as <a href> a person may follow.
    absolute = [h for h in parsed.hrefs if not h.startswith("#")]
    assert absolute and all(h.startswith("https://") for h in absolute)


HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "</mark></div><iframe src=//evil.example>",
    "evil\u202egnp.exe \u2066x\u2069",
    "&lt;b&gt; already escaped",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_document_text_and_file_name_stay_text(payload: str) -> None:
    line = f"Arbeidsgiver: {payload}"
    r = report(file=f"tilbud {payload}.pdf", warnings=[payload])
    r.fields.employer.value = payload
    r.fields.employer.evidence = [Evidence(page=1, text=line, note=payload)]
    r.findings.append(
        Finding(
            id="udi.employer",
            field="employer",
            status="review",
            message=Localized(en=f"Employer {payload}?", nb=f"Arbeidsgiver {payload}?"),
            fix=Localized(en=f"Name {payload}.", nb=f"Navngi {payload}."),
            reference=REF,
        )
    )
    document = Document(name=payload, kind="pdf", pages=[Page(number=1, lines=[Line(text=line, page=1)])])
    page = render_html(r, document, "en")
    parsed = parse(page)
    assert parsed.problems == []
    assert {"script", "img", "iframe"}.isdisjoint(parsed.tags)
    assert external_references(parsed) == []
    assert not any(ch in page for ch in "\u202e\u2066\u2069")  # bidi controls shown as \\u202e, not applied
    shown = payload.replace("\u202e", "\\u202e").replace("\u2066", "\\u2066").replace("\u2069", "\\u2069")
    assert f"Arbeidsgiver: {shown}" in parsed.by_id[parsed.marks[0]]  # the text reads back as written
    assert f"tilbud {shown}.pdf" in parsed.by_id["about"] or f"tilbud {shown}.pdf" in parsed.text


def test_error_report_shows_the_reason_only() -> None:
    parsed = parse(render_html(error_report(message="Filen er <b>kryptert</b>."), None, "nb"))
    assert parsed.problems == [] and "b" not in parsed.tags
    assert parsed.by_id["verdict"] == "FEIL — filen kunne ikke leses"
    assert "Filen er <b>kryptert</b>." in parsed.text and "summary" not in parsed.ids


# --------------------------------------------------------------------------- samples, end to end


SAMPLE_VERDICT_TITLES = {
    "compliant": "COMPLIANT — the offer meets every UDI requirement checked",
    "non_compliant": "NOT COMPLIANT — at least one UDI requirement is not met",
    "incomplete": "INCOMPLETE — something is missing or needs a person to review it",
}


@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    [
        "nb_tilbudsbrev_master.pdf",  # compliant, bokmål PDF
        "nb_under_minstelonn.pdf",  # non-compliant, bokmål PDF
        "en_missing_salary.pdf",  # incomplete, English PDF
        "en_salary_eur.docx",  # incomplete, English DOCX
        "nn_deltid_60.docx",  # non-compliant, nynorsk DOCX
    ],
)
def test_sample_html_report(name: str, analysed: dict[str, tuple[Report, Document | None]]) -> None:
    report_, document = analysed[name]
    parsed = parse(render_html(report_, document, "en"))
    assert parsed.problems == []
    assert parsed.by_id["verdict"] == SAMPLE_VERDICT_TITLES[report_.verdict]
    for finding in report_.findings:
        assert f"f-{finding.id}" in parsed.ids
    assert external_references(parsed) == [] and "script" not in parsed.tags
    assert [h for h in parsed.hrefs if re.match(r"(?i)\s*(javascript|data):", h)] == []
    # Evidence is marked: every page line a finding cites is a <mark>, each linked from a finding.
    assert document is not None and parsed.marks
    targets = {h[1:] for h in parsed.hrefs if h.startswith("#")}
    assert set(parsed.marks) <= targets <= set(parsed.ids)
    cited = {(ev.page, ev.text) for f in report_.findings for ev in f.evidence if ev.page}
    marked_text = " ".join(parsed.by_id[m] for m in parsed.marks)
    for _page, text in cited:
        assert " ".join(text.split()) in " ".join(marked_text.split())
