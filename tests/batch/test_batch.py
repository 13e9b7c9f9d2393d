from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from analyzer.batch.output import CSV_COLUMNS
from analyzer.batch.runner import BatchOptions, run_batch
from analyzer.batch.summary import Summary
from analyzer.pipeline import AnalyzeOptions, analyze

from .conftest import SAMPLES, sample_files


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def jsonl_run(
    corpus: Path, options: AnalyzeOptions, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Summary]:
    out = tmp_path_factory.mktemp("out") / "results.jsonl"
    summary = run_batch(BatchOptions(paths=[corpus], analyze=options, workers=2, out=out, progress=False))
    return out, summary


@pytest.mark.slow
def test_one_line_per_file_including_broken_ones(jsonl_run: tuple[Path, Summary], corpus: Path) -> None:
    out, summary = jsonl_run
    files = Counter(Path(r["file"]).name for r in _lines(out))
    expected = {p.name for p in sample_files()} | {"empty.pdf", "random.docx"}
    assert set(files) == expected
    assert all(n == 1 for n in files.values())
    assert summary.processed == len(expected) and summary.resumed == 0 and not summary.interrupted


@pytest.mark.slow
def test_each_report_equals_analyze(jsonl_run: tuple[Path, Summary], options: AnalyzeOptions) -> None:
    out, _ = jsonl_run
    for data in _lines(out):
        direct = analyze(Path(data["file"]), options).model_dump(mode="json")
        assert data["verdict"] == direct["verdict"], data["file"]
        assert data["sha256"] == direct["sha256"]
        assert data["language"] == direct["language"]
        assert data["error"] == direct["error"]
        assert {k: v["value"] for k, v in data["fields"].items()} == {
            k: v["value"] for k, v in direct["fields"].items()
        }, data["file"]
        assert [(f["id"], f["status"]) for f in data["findings"]] == [
            (f["id"], f["status"]) for f in direct["findings"]
        ]


@pytest.mark.slow
def test_broken_files_get_error_reports(jsonl_run: tuple[Path, Summary]) -> None:
    out, summary = jsonl_run
    by_name = {Path(r["file"]).name: r for r in _lines(out)}
    assert by_name["empty.pdf"]["verdict"] == "error"
    assert by_name["empty.pdf"]["error"]["kind"] == "empty"
    assert by_name["random.docx"]["verdict"] == "error"
    assert by_name["random.docx"]["error"]["message"]
    assert sorted(Path(str(e["file"])).name for e in summary.errors) == ["empty.pdf", "random.docx"]


@pytest.mark.slow
def test_summary_counts_match_the_output(jsonl_run: tuple[Path, Summary]) -> None:
    out, summary = jsonl_run
    reports = _lines(out)
    assert dict(summary.verdicts) == dict(Counter(r["verdict"] for r in reports))
    for scope, status, counter in (
        ("udi", "fail", summary.failing),
        ("udi", "missing", summary.missing),
        ("udi", "review", summary.review),
        ("contract", "missing", summary.contract_missing),
    ):
        assert dict(counter) == dict(
            Counter(
                f["id"]
                for r in reports
                for f in r["findings"]
                if f["scope"] == scope and f["status"] == status
            )
        )
    assert summary.contract_missing and all(rid.startswith("aml.") for rid in summary.contract_missing)
    assert not [
        rid for c in (summary.failing, summary.missing, summary.review) for rid in c if rid.startswith("aml.")
    ]
    data = summary.to_dict()
    assert data["files"] == len(reports) == sum(data["verdicts"].values())
    assert data["verdicts"]["error"] == 2
    assert data["peak_rss_mb_per_worker"] and data["peak_rss_mb_per_worker"] > 0


@pytest.mark.slow
def test_summary_json_and_table_render(jsonl_run: tuple[Path, Summary], tmp_path: Path) -> None:
    from rich.console import Console

    _, summary = jsonl_run
    summary.write_json(tmp_path / "s.json")
    assert json.loads((tmp_path / "s.json").read_text())["verdicts"] == summary.to_dict()["verdicts"]
    console = Console(record=True, width=120)
    summary.render(console)
    text = console.export_text()
    assert "Verdicts" in text and "empty.pdf" in text and "The file is empty." in text


@pytest.mark.slow
def test_csv_has_header_and_a_row_per_file(tmp_path: Path, options: AnalyzeOptions) -> None:
    files = [SAMPLES / "nn_deltid_60.docx", SAMPLES / "nb_tilbudsbrev_master.pdf"]
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    out = tmp_path / "r.csv"
    run_batch(
        BatchOptions(paths=[*files, empty], analyze=options, workers=1, out=out, fmt="csv", progress=False)
    )
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the file as UTF-8
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 4
    by_name = {Path(r[0]).name: dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]}
    # values from the samples' hand-written expected.json
    deltid = by_name["nn_deltid_60.docx"]
    assert deltid["verdict"] == "non_compliant"
    assert deltid["employer"] == "Ørsta Bibliotekteneste AS"
    assert deltid["position_percentage"] == "60"
    assert deltid["annual_salary_nok"] == "396000"
    assert deltid["start_date"] == "2026-08-01"
    assert deltid["work_location"] == "Ørsta"
    assert set(deltid["failing"].split(";")) == {"udi.position", "udi.salary_floor"}
    master = by_name["nb_tilbudsbrev_master.pdf"]
    assert (master["verdict"], master["language"]) == ("compliant", "nb")
    direct = analyze(SAMPLES / "nb_tilbudsbrev_master.pdf", options).fields
    assert (master["employer"], master["job_title"]) == (direct.employer.value, direct.job_title.value)
    # compliant: no UDI-scope requirement fails or is missing; the § 14-6 clauses are in their own columns
    assert (master["failing"], master["missing"], master["review"]) == ("", "", "")
    report = analyze(SAMPLES / "nb_tilbudsbrev_master.pdf", options)
    for status in ("fail", "missing", "review"):
        expected = [f.id for f in report.findings if f.scope == "contract" and f.status == status]
        assert master[f"contract_{'failing' if status == 'fail' else status}"] == ";".join(expected)
    assert master["error_kind"] == ""
    assert len(master["sha256"]) == 64
    assert (by_name["empty.pdf"]["verdict"], by_name["empty.pdf"]["error_kind"]) == ("error", "empty")


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_processes_only_the_rest(tmp_path: Path, options: AnalyzeOptions, fmt: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = [
        "nb_tilbudsbrev_master.pdf",
        "nn_deltid_60.docx",
        "en_hourly_wage.pdf",
        "nb_maanedslonn_tabell.docx",
    ]
    for name in names:
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    out = tmp_path / f"r.{fmt}"
    first = run_batch(
        BatchOptions(paths=[folder], analyze=options, workers=2, out=out, fmt=fmt, progress=False)
    )
    assert first.processed == 4
    lines = out.read_text(encoding="utf-8-sig").splitlines(keepends=True)  # written back without the BOM
    header, body = (lines[:1], lines[1:]) if fmt == "csv" else ([], lines)
    # the deltid line is lost; the last line is cut in the middle, as by a kill during a write
    kept = [line for line in body if "nn_deltid_60" not in line]
    cut = kept[-1][: len(kept[-1]) // 2]
    cut_name = next(n for n in names if n in kept[-1])
    out.write_text("".join(header + kept[:-1]) + cut, encoding="utf-8")

    second = run_batch(
        BatchOptions(
            paths=[folder], analyze=options, workers=2, out=out, fmt=fmt, resume=True, progress=False
        )
    )
    assert second.processed == 2 and second.resumed == 2
    assert second.total == 4
    text = out.read_text(encoding="utf-8-sig")
    rows = text.splitlines()[1:] if fmt == "csv" else text.splitlines()
    assert len(rows) == 4
    for name in names:
        assert sum(name in row for row in rows) == 1, name
    assert sum("nn_deltid_60" in row for row in rows[-2:]) == 1
    assert sum(cut_name in row for row in rows[-2:]) == 1
    if fmt == "csv":
        assert text.splitlines()[0] == ",".join(CSV_COLUMNS)

    third = run_batch(
        BatchOptions(
            paths=[folder], analyze=options, workers=1, out=out, fmt=fmt, resume=True, progress=False
        )
    )
    assert third.processed == 0 and third.resumed == 4
    assert out.read_text(encoding="utf-8") == text


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_gives_a_copy_its_own_line_and_never_repeats_an_unreadable_file(
    tmp_path: Path, options: AnalyzeOptions, fmt: str
) -> None:
    """Found by benchmarks/batch_resume_check.py: a byte-identical copy reached only by the resumed run got no
    line, and a file without a hash (a dangling link) got one more line on every --resume."""
    folder = tmp_path / "in"
    folder.mkdir()
    offer = "Arbeidsavtale\nArbeidsgiver: Fjordlys AS\nStilling: Sveiser\nLønn: kr 520 000 per år\n"
    (folder / "a_offer.txt").write_text(offer, encoding="utf-8")
    (folder / "b_broken_link.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / f"r.{fmt}"
    first = run_batch(
        BatchOptions(paths=[folder], analyze=options, workers=1, out=out, fmt=fmt, progress=False)
    )
    assert first.processed == 2
    (folder / "c_copy_of_a.txt").write_text(offer, encoding="utf-8")  # same bytes, new name

    for _ in range(2):
        again = run_batch(
            BatchOptions(
                paths=[folder], analyze=options, workers=1, out=out, fmt=fmt, resume=True, progress=False
            )
        )
        rows = out.read_text(encoding="utf-8").splitlines()[(1 if fmt == "csv" else 0) :]
        names = Counter(
            next(n for n in ("a_offer", "b_broken_link", "c_copy_of_a") if n in row) for row in rows
        )
        assert names == {"a_offer": 1, "b_broken_link": 1, "c_copy_of_a": 1}
    assert again.processed == 0 and again.resumed == 3


def test_a_timed_out_file_keeps_its_hash_so_resume_does_not_redo_it(tmp_path: Path) -> None:
    from analyzer.pipeline import file_sha256

    path = tmp_path / "slow.pdf"
    path.write_bytes((SAMPLES / "nb_tilbudsbrev_master.pdf").read_bytes())
    report = analyze(path, AnalyzeOptions(timeout=1e-6))
    assert report.error is not None and report.error.kind == "timeout"
    assert report.sha256 == file_sha256(path)


@pytest.mark.slow
def test_a_crashing_worker_loses_no_file(tmp_path: Path, options: AnalyzeOptions) -> None:
    from . import crashy

    folder = tmp_path / "in"
    folder.mkdir()
    good = ["nb_tilbudsbrev_master.pdf", "nn_deltid_60.docx", "en_hourly_wage.pdf"]
    for name in good:
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    (folder / "crash_me.txt").write_text("Arbeidsgiver: Ørsta AS\n", encoding="utf-8")
    (folder / "boom.txt").write_text("Stilling: Bibliotekar\n", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    summary = run_batch(
        BatchOptions(paths=[folder], analyze=options, workers=2, out=out, progress=False, task=crashy.process)
    )
    by_name = {Path(r["file"]).name: r for r in _lines(out)}
    assert sorted(by_name) == sorted([*good, "crash_me.txt", "boom.txt"])
    assert len(_lines(out)) == 5
    assert by_name["crash_me.txt"]["error"]["kind"] == "crashed"
    assert by_name["crash_me.txt"]["sha256"]
    assert by_name["boom.txt"]["error"]["kind"] == "internal"
    for name in good:
        assert by_name[name]["verdict"] != "error"
        assert by_name[name]["verdict"] == analyze(folder / name, options).verdict
    assert summary.crashes >= 2  # once with the others, once alone
