"""Batch output keeps the two finding scopes apart: ``failing``/``missing``/``review`` and the summary's requirement
tables hold scope ``udi`` only (what the verdict is computed from); the § 14-6 clauses (scope ``contract``) get
their own CSV columns and their own "most often missing" table. Expected values are written by hand from the
finding ids built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from analyzer.batch.output import (
    CSV_COLUMNS,
    Record,
    csv_row,
    read_done,
    record_from_report,
    render_line,
)
from analyzer.batch.summary import Summary
from analyzer.model import Finding, Localized, Reference, Report, Verdict


def _finding(fid: str, status: str, scope: str) -> Finding:
    return Finding.model_validate(
        {
            "id": fid,
            "field": fid.split(".", 1)[1],
            "status": status,
            "scope": scope,
            "message": Localized(en="m", nb="m"),
            "reference": Reference(title="t", url="https://example.org"),
        }
    )


def _report(name: str, verdict: Verdict, findings: list[tuple[str, str, str]]) -> Report:
    return Report(
        file=name,
        as_of=dt.date(2026, 6, 1),
        sha256=name.replace(".", "0") * 4,
        verdict=verdict,
        findings=[_finding(*f) for f in findings],
    )


A = _report(
    "a.pdf",
    "non_compliant",
    [
        ("udi.employer", "pass", "udi"),
        ("udi.salary_floor", "fail", "udi"),
        ("udi.start_date", "missing", "udi"),
        ("note.exchange_rate", "review", "udi"),
        ("aml.salary", "pass", "contract"),
        ("aml.working_hours", "fail", "contract"),
        ("aml.notice", "missing", "contract"),
        ("aml.pension", "missing", "contract"),
        ("aml.probation", "review", "contract"),
    ],
)
B = _report(
    "b.docx",
    "non_compliant",
    [
        ("udi.position", "fail", "udi"),
        ("udi.salary_floor", "fail", "udi"),
        ("udi.work_location", "missing", "udi"),
        ("aml.notice", "missing", "contract"),
        ("aml.holiday", "missing", "contract"),
    ],
)
C = _report(
    "c.pdf", "compliant", [("udi.salary_floor", "pass", "udi"), ("aml.breaks", "missing", "contract")]
)


def test_csv_columns_split_by_scope() -> None:
    assert CSV_COLUMNS[10:16] == (
        "failing",
        "missing",
        "review",
        "contract_failing",
        "contract_missing",
        "contract_review",
    )
    row = dict(zip(CSV_COLUMNS, csv_row(A), strict=True))
    assert row["failing"] == "udi.salary_floor"
    assert row["missing"] == "udi.start_date"
    assert row["review"] == "note.exchange_rate"
    assert row["contract_failing"] == "aml.working_hours"
    assert row["contract_missing"] == "aml.notice;aml.pension"
    assert row["contract_review"] == "aml.probation"
    row_c = dict(zip(CSV_COLUMNS, csv_row(C), strict=True))
    assert (row_c["failing"], row_c["missing"], row_c["review"]) == ("", "", "")
    assert (row_c["contract_failing"], row_c["contract_missing"], row_c["contract_review"]) == (
        "",
        "aml.breaks",
        "",
    )


def test_record_keeps_udi_ids_and_contract_missing_only() -> None:
    assert record_from_report(A) == Record(
        file="a.pdf",
        sha256=A.sha256,
        verdict="non_compliant",
        failing=("udi.salary_floor",),
        missing=("udi.start_date",),
        review=("note.exchange_rate",),
        contract_missing=("aml.notice", "aml.pension"),
    )


def test_summary_lists_udi_requirements_and_contract_clauses_apart() -> None:
    from rich.console import Console

    summary = Summary()
    for report in (A, B, C):
        summary.add(record_from_report(report))
    data = summary.to_dict()
    assert data["failing"] == {"udi.salary_floor": 2, "udi.position": 1}
    assert data["missing"] == {"udi.start_date": 1, "udi.work_location": 1}
    assert data["review"] == {"note.exchange_rate": 1}
    assert data["contract_missing"] == {"aml.notice": 2, "aml.pension": 1, "aml.holiday": 1, "aml.breaks": 1}
    assert data["verdicts"] == {"compliant": 1, "non_compliant": 2, "incomplete": 0, "error": 0}

    console = Console(record=True, width=120)
    summary.render(console)
    text = console.export_text()
    udi_part, contract_part = text.split("Contract clauses (§ 14-6) most often missing")
    assert "UDI requirements most often failing" in udi_part
    assert "UDI requirements most often missing" in udi_part
    assert "udi.salary_floor" in udi_part and "aml." not in udi_part
    assert "aml.notice" in contract_part and "udi." not in contract_part
    # contract clauses that fail or need review are in the CSV only, not in the summary
    assert "aml.working_hours" not in text and "aml.probation" not in text


def test_resume_reads_the_same_records_back(tmp_path: Path) -> None:
    from analyzer.batch.output import csv_line

    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text("".join(render_line(r, "jsonl") + "\n" for r in (A, B)), encoding="utf-8")
    csv_file = tmp_path / "r.csv"
    csv_file.write_text(
        csv_line(CSV_COLUMNS) + "\n" + "".join(render_line(r, "csv") + "\n" for r in (A, B)), encoding="utf-8"
    )
    expected = [record_from_report(A), record_from_report(B)]
    assert list(read_done(jsonl, "jsonl")) == expected
    assert list(read_done(csv_file, "csv")) == expected
    assert expected[1].contract_missing == ("aml.notice", "aml.holiday")
