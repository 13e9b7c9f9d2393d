"""--resume refuses a results file written with other options or rule packs (batch_fingerprint on every line /
in the last CSV column); CSV for Excel: a UTF-8 BOM in a file (not on standard output unless asked) and
--csv-dialect excel (';'), the formula neutralising kept."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from analyzer.batch.output import CSV_COLUMNS, csv_row, read_done, with_fingerprint
from analyzer.batch.runner import run_fingerprint
from analyzer.cli import app
from analyzer.model import ExtractedField, Fields, Report
from analyzer.pipeline import AnalyzeOptions

runner = CliRunner()
OFFER = "Arbeidsavtale\nArbeidsgiver: Brødrene Ås AS\nStilling: Sveiser, 100 %\nLønn: kr 520 000 per år\n"
BOM = b"\xef\xbb\xbf"


def _folder(tmp_path: Path, count: int = 2) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for i in range(count):
        (folder / f"tilbud_{i}.txt").write_text(OFFER + f"Arbeidssted: Tromsø {i}\n", encoding="utf-8")
    return folder


def _batch(*args: str, as_of: str = "2026-06-01") -> Any:
    return runner.invoke(app, ["batch", *args, "--workers", "1", "--as-of", as_of])


BASE = AnalyzeOptions(as_of=dt.date(2026, 6, 1))


@pytest.mark.parametrize(
    "change",
    [
        {"as_of": dt.date(2026, 6, 2)},
        {"permit": "seasonal"},
        {"degree": "master"},
        {"language": "en"},
        {"max_pages": 3},
        {"ocr": False},
    ],
)
def test_every_option_that_changes_a_line_changes_the_fingerprint(change: dict[str, Any]) -> None:
    assert run_fingerprint(dataclasses.replace(BASE, **change), False) != run_fingerprint(BASE, False)


def test_redaction_and_a_rules_file_change_it_and_limits_do_not(tmp_path: Path) -> None:
    base = run_fingerprint(BASE, False)
    assert run_fingerprint(BASE, True) != base
    rules = tmp_path / "r.yaml"
    rules.write_text("values: {}\n", encoding="utf-8")
    with_rules = run_fingerprint(dataclasses.replace(BASE, rules_override=rules), False)
    assert with_rules != base
    rules.write_text("values: {}\n# edited\n", encoding="utf-8")
    assert run_fingerprint(dataclasses.replace(BASE, rules_override=rules), False) != with_rules
    for limit in ({"timeout": 5.0}, {"max_bytes": 10}, {"password": "hemmelig"}):
        assert run_fingerprint(dataclasses.replace(BASE, **limit), False) == base
    assert len(base) == 16 and int(base, 16) >= 0


def test_every_jsonl_line_carries_the_fingerprint_and_resume_refuses_another(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "r.jsonl"
    assert _batch(str(folder), "--out", str(out)).exit_code in (0, 1, 3)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    prints = {line["batch_fingerprint"] for line in lines}
    assert len(lines) == 2 and len(prints) == 1
    assert {r.fingerprint for r in read_done(out, "jsonl")} == prints
    before = out.read_bytes()
    other = _batch(str(folder), "--out", str(out), "--resume", as_of="2026-07-01")
    assert other.exit_code == 2
    assert "cannot resume" in other.output and "other options or rule packs" in other.output
    assert out.read_bytes() == before
    same = _batch(str(folder), "--out", str(out), "--resume")
    assert same.exit_code in (0, 1, 3) and "0 checked now, 2 already in the output" in same.output
    assert out.read_bytes() == before


def test_lines_without_a_fingerprint_are_not_resumed(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 1)
    out = tmp_path / "old.jsonl"
    line = {"file": str(folder / "tilbud_0.txt"), "sha256": "ab", "verdict": "compliant"}
    out.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = _batch(str(folder), "--out", str(out), "--resume")
    assert result.exit_code == 2 and "without a batch_fingerprint" in result.output


def test_a_csv_file_starts_with_a_bom_and_resumes(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "r.csv"
    assert _batch(str(folder), "--out", str(out), "--format", "csv").exit_code in (0, 1, 3)
    data = out.read_bytes()
    assert data.startswith(BOM + b"file,sha256,verdict,") and data.count(BOM) == 1
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == list(CSV_COLUMNS) and rows[0]["employer"] == "Brødrene Ås AS"
    assert rows[0]["batch_fingerprint"] == rows[1]["batch_fingerprint"] != ""
    again = _batch(str(folder), "--out", str(out), "--format", "csv", "--resume")
    assert "0 checked now, 2 already in the output" in again.output and out.read_bytes() == data
    plain = tmp_path / "plain.csv"
    _batch(str(folder), "--out", str(plain), "--format", "csv", "--no-bom")
    assert plain.read_bytes().startswith(b"file,")


def test_csv_on_standard_output_has_no_bom_unless_asked(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 1)
    plain = _batch(str(folder), "--format", "csv")
    assert plain.stdout.startswith("file,sha256,")
    asked = _batch(str(folder), "--format", "csv", "--bom")
    assert asked.stdout.startswith("\ufefffile,sha256,")


def test_excel_dialect_uses_semicolons_and_keeps_formulas_defused(tmp_path: Path) -> None:
    fields = Fields(employer=ExtractedField[str](value='=HYPERLINK("http://x";"Fjordlys")'))
    report = Report(file="a;b.pdf", as_of=dt.date(2026, 6, 1), verdict="incomplete", fields=fields)
    line = with_fingerprint(
        ",".join(['"' + c.replace('"', '""') + '"' for c in csv_row(report)]), "csv", "f1", ";"
    )
    row = dict(zip(CSV_COLUMNS, next(csv.reader([line], delimiter=";")), strict=True))
    assert row["file"] == "a;b.pdf" and row["employer"] == '\'=HYPERLINK("http://x";"Fjordlys")'
    assert row["batch_fingerprint"] == "f1" and line.startswith('"a;b.pdf";')
    folder = _folder(tmp_path, 1)
    out = tmp_path / "excel.csv"
    _batch(str(folder), "--out", str(out), "--format", "csv", "--csv-dialect", "excel")
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("file;sha256;verdict;") and "Brødrene Ås AS" in text
    assert [r.file for r in read_done(out, "csv")] == [str(folder / "tilbud_0.txt")]
    wrong = _batch(str(folder), "--out", str(out), "--format", "csv", "--resume")
    assert wrong.exit_code == 2 and "written with --csv-dialect excel" in wrong.output
