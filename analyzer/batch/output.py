"""Batch output lines (JSONL: the ``check --format jsonl`` report; CSV: one row per document) and reading a
previous output back for ``--resume``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from analyzer.model import Report

CSV_COLUMNS = (
    "file",
    "sha256",
    "verdict",
    "language",
    "employer",
    "job_title",
    "position_percentage",
    "annual_salary_nok",
    "start_date",
    "work_location",
    "failing",
    "missing",
    "review",
    "contract_failing",
    "contract_missing",
    "contract_review",
    "error_kind",
    "error_message",
    "batch_fingerprint",
)
"""The id columns hold finding ids joined with ``;``. ``failing``/``missing``/``review``: scope ``udi`` only (the
permit requirements, minimum wages and notes: the findings the verdict is computed from); ``contract_*``: scope
``contract`` (the Working Environment Act § 14-6 clauses, which never change the verdict). ``batch_fingerprint``:
see :func:`with_fingerprint`."""

FINGERPRINT = "batch_fingerprint"  # JSONL: a field of every line; CSV: the last column
BOM = "\ufeff"
DELIMITERS = {"standard": ",", "excel": ";"}  # excel: what Excel opens as columns in nb/nn (and most) locales

ID_SEPARATOR = ";"
# Cells a spreadsheet would run as a formula. Offers are untrusted input and recruiters open CSVs in Excel.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Record:
    """What the summary needs from one document's report: small, so a batch never holds whole reports.

    ``failing``/``missing``/``review`` are scope ``udi`` finding ids (what decides the verdict);
    ``contract_missing`` the scope ``contract`` (§ 14-6) clauses missing, the only contract ids the summary counts.
    """

    file: str
    sha256: str | None
    verdict: str
    failing: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    review: tuple[str, ...] = ()
    contract_missing: tuple[str, ...] = ()
    error_kind: str | None = None
    error_message: str | None = None
    fingerprint: str | None = None  # the options and rule packs the line was written with (see --resume)

    def __post_init__(self) -> None:
        # A few dozen distinct ids recur in every record; one shared copy of each keeps the --resume map (one
        # record per file already done) at a few hundred bytes per file instead of one string per id per file.
        for name in ("failing", "missing", "review", "contract_missing"):
            object.__setattr__(self, name, tuple(sys.intern(i) for i in getattr(self, name)))
        object.__setattr__(self, "verdict", sys.intern(self.verdict))


@dataclass
class Outcome:
    """A worker's answer for one file: the summary record and the output line, ready to write."""

    record: Record
    line: str
    pid: int = 0
    max_rss_kb: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def finding_ids(report: Report, scope: str, status: str) -> tuple[str, ...]:
    """Ids of the report's findings with this scope (``udi`` or ``contract``) and status, in report order."""
    return tuple(f.id for f in report.findings if f.scope == scope and f.status == status)


def record_from_report(report: Report) -> Record:
    return Record(
        file=report.file,
        sha256=report.sha256,
        verdict=report.verdict,
        failing=finding_ids(report, "udi", "fail"),
        missing=finding_ids(report, "udi", "missing"),
        review=finding_ids(report, "udi", "review"),
        contract_missing=finding_ids(report, "contract", "missing"),
        error_kind=report.error.kind if report.error else None,
        error_message=report.error.message if report.error else None,
    )


def jsonl_line(report: Report) -> str:
    from analyzer.render.json import render_jsonl

    return next(iter(render_jsonl([report])))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.2f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _text_cell(value: Any) -> str:
    from analyzer.render.terminal import escape_cell

    text = escape_cell(_cell(value))  # no control or bidi character raw: `cat results.csv` stays safe
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_row(report: Report) -> list[str]:
    record = record_from_report(report)
    f = report.fields
    return [
        _text_cell(report.file),
        _cell(report.sha256),
        report.verdict,
        _cell(report.language),
        _text_cell(f.employer.value),
        _text_cell(f.job_title.value),
        _cell(f.position_percentage.value),
        _cell(f.annual_salary_nok.value),
        _cell(f.start_date.value),
        _text_cell(f.work_location.value),
        ID_SEPARATOR.join(record.failing),
        ID_SEPARATOR.join(record.missing),
        ID_SEPARATOR.join(record.review),
        ID_SEPARATOR.join(finding_ids(report, "contract", "fail")),
        ID_SEPARATOR.join(record.contract_missing),
        ID_SEPARATOR.join(finding_ids(report, "contract", "review")),
        _cell(record.error_kind),
        _text_cell(record.error_message),
        "",  # batch_fingerprint: the batch's parent fills it in (with_fingerprint)
    ]


def csv_line(cells: list[str] | tuple[str, ...], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n", delimiter=delimiter).writerow(cells)
    return buffer.getvalue().rstrip("\n")


def with_fingerprint(line: str, fmt: str, fingerprint: str, delimiter: str = ",") -> str:
    """A worker's output line with the run's fingerprint added (JSONL: a last field; CSV: the last cell, empty
    until now, the row written again with ``delimiter``), so ``--resume`` can tell a file written with other
    options."""
    if fmt == "jsonl":
        assert line.endswith("}")
        return f'{line[:-1]}, "{FINGERPRINT}": "{fingerprint}"}}'
    rows = list(csv.reader(io.StringIO(line)))
    assert len(rows) == 1 and len(rows[0]) == len(CSV_COLUMNS)
    return csv_line([*rows[0][:-1], fingerprint], delimiter)


def render_line(report: Report, fmt: str) -> str:
    """One output line (no newline) for ``fmt`` ``jsonl`` or ``csv``."""
    return jsonl_line(report) if fmt == "jsonl" else csv_line(csv_row(report))


# --------------------------------------------------------------------------- reading back (--resume)


def _split_ids(text: str | None) -> tuple[str, ...]:
    return tuple(part for part in (text or "").split(ID_SEPARATOR) if part)


def _record_from_json(data: dict[str, Any]) -> Record:
    findings = data.get("findings") or []
    error = data.get("error") or {}

    def ids(scope: str, status: str) -> tuple[str, ...]:
        return tuple(
            str(f.get("id"))
            for f in findings
            if isinstance(f, dict) and f.get("scope", "udi") == scope and f.get("status") == status
        )

    fingerprint = data.get(FINGERPRINT)
    return Record(
        fingerprint=fingerprint if isinstance(fingerprint, str) else None,
        file=str(data.get("file", "")),
        sha256=data.get("sha256"),
        verdict=str(data.get("verdict", "error")),
        failing=ids("udi", "fail"),
        missing=ids("udi", "missing"),
        review=ids("udi", "review"),
        contract_missing=ids("contract", "missing"),
        error_kind=error.get("kind") if isinstance(error, dict) else None,
        error_message=error.get("message") if isinstance(error, dict) else None,
    )


def _record_from_csv(row: dict[str, str]) -> Record:
    from analyzer.render.terminal import unescape_cell

    def plain(text: str | None) -> str:
        text = text or ""
        return unescape_cell(
            text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text
        )

    return Record(
        fingerprint=row.get(FINGERPRINT) or None,
        file=plain(row.get("file")),
        sha256=row.get("sha256") or None,
        verdict=row.get("verdict") or "error",
        failing=_split_ids(row.get("failing")),
        missing=_split_ids(row.get("missing")),
        review=_split_ids(row.get("review")),
        contract_missing=_split_ids(row.get("contract_missing")),
        error_kind=row.get("error_kind") or None,
        error_message=plain(row.get("error_message")) or None,
    )


class ResumeError(Exception):
    """The existing output cannot be resumed (wrong format or columns)."""


REPORT_VERDICTS = frozenset({"compliant", "non_compliant", "incomplete", "error"})


@dataclass(frozen=True)
class Entry:
    """One record of a previous output: its byte range and what it says (None: not a valid line, to redo)."""

    start: int
    end: int
    record: Record | None


def _jsonl_record(raw: bytes) -> Record | None:
    try:
        data = json.loads(raw)
    except ValueError:  # JSONDecodeError, or bytes that are not UTF-8
        return None
    if not isinstance(data, dict) or not isinstance(data.get("file"), str):
        return None
    if data.get("verdict") not in REPORT_VERDICTS:
        return None
    return _record_from_json(data)


def _csv_record(text: str, delimiter: str = ",") -> Record | None:
    try:
        rows = list(csv.reader(io.StringIO(text), strict=True, delimiter=delimiter))
    except csv.Error:
        return None
    if len(rows) != 1 or len(rows[0]) != len(CSV_COLUMNS):
        return None
    row = dict(zip(CSV_COLUMNS, rows[0], strict=True))
    if row["verdict"] not in REPORT_VERDICTS:
        return None
    return _record_from_csv(row)


def _physical_lines(fh: IO[bytes]) -> Iterator[tuple[int, int, bytes]]:
    offset = 0
    for raw in fh:
        start, offset = offset, offset + len(raw)
        yield start, offset, raw


def csv_dialect_of(header: str) -> str | None:
    """Which ``--csv-dialect`` wrote this header line (after any byte-order mark), or None: not ours."""
    text = header.removeprefix(BOM).rstrip("\r\n")
    return next((name for name, d in DELIMITERS.items() if text == csv_line(CSV_COLUMNS, d)), None)


def scan(path: Path, fmt: str, csv_dialect: str | None = None) -> Iterator[Entry]:
    """Every record of a previous output, valid or not, in file order; the CSV header is not one.

    A JSONL record is one line holding a report object (``file`` and a known ``verdict``); a CSV record is one
    row of exactly the batch's columns (a quoted cell may span lines). A last line without its newline (a run
    killed or a disk filled mid-write) is never valid. Raises :class:`ResumeError` when the file is not an
    offercheck output at all (its first line is not a report / not the CSV header), so it is never rewritten,
    and when a CSV was written with another ``csv_dialect`` than the one given.
    """
    with path.open("rb") as fh:
        lines = _physical_lines(fh)
        if fmt == "csv":
            first = next(lines, None)
            if first is None or not first[2].endswith(b"\n"):
                if first is not None:
                    yield Entry(
                        first[0], first[1], None
                    )  # a header cut short: the file is redone from the start
                return
            dialect = csv_dialect_of(first[2].decode("utf-8", "replace"))
            if dialect is None:
                raise ResumeError(f"'{path}' does not have the columns of an offercheck batch CSV.")
            if csv_dialect is not None and dialect != csv_dialect:
                raise ResumeError(f"'{path}' was written with --csv-dialect {dialect}; resume with the same.")
            delimiter = DELIMITERS[dialect]
            group: list[bytes] = []
            start = first[1]
            for line_start, end, raw in lines:
                if not group:
                    start = line_start
                group.append(raw)
                text = b"".join(group).decode("utf-8", "replace")
                if text.count('"') % 2 and raw.endswith(b"\n"):
                    continue  # inside a quoted cell that holds a newline: the record goes on
                group = []
                complete = raw.endswith(b"\n")
                yield Entry(start, end, _csv_record(text, delimiter) if complete else None)
            if group:
                yield Entry(start, start + sum(map(len, group)), None)
            return
        seen_report = False
        for start, end, raw in lines:
            record = _jsonl_record(raw) if raw.endswith(b"\n") else None
            if record is None and not seen_report and raw.endswith(b"\n") and raw.strip():
                raise ResumeError(f"'{path}' is not a JSON Lines file of reports.")
            seen_report |= record is not None
            yield Entry(start, end, record)


def read_done(path: Path, fmt: str) -> Iterator[Record]:
    """Records already in a previous output file (lines that are not valid records are ignored and redone)."""
    for entry in scan(path, fmt):
        if entry.record is not None:
            yield entry.record


def drop_partial_last_line(path: Path) -> None:
    """A run killed mid-write can leave half a line at the end: cut the file back to its last newline."""
    with path.open("rb+") as fh:
        size = fh.seek(0, io.SEEK_END)
        if size == 0:
            return
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return
        keep = 0
        position = size
        while position > 0:
            step = min(65536, position)
            position -= step
            fh.seek(position)
            chunk = fh.read(step)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                keep = position + newline + 1
                break
        fh.truncate(keep)
