"""The hostile folder in ONE `offercheck check --format jsonl` call: every bad file an error report, every good
file its normal report, no traceback, bounded memory, inputs untouched, nothing written next to them, and no
byte of a file outside the documents (the external entity's target) in any output."""

from __future__ import annotations

import hashlib
import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from .build_hostile import EXPECTED, GOOD, SECRET, build

CLI = [sys.executable, "-c", "from analyzer.cli import main; main()"]


def _snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("hostile")
    files = root / "files"
    expected = build(files)
    cwd = root / "cwd"
    cwd.mkdir()
    before = _snapshot(root)
    names = sorted(expected)
    proc = subprocess.run(
        [*CLI, "check", "--format", "jsonl", *[str(files / n) for n in names]],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
    )
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "root": root,
        "names": names,
        "expected": expected,
        "proc": proc,
        "before": before,
        "after": _snapshot(root),
        "peak_kb": peak_kb,
    }


def test_one_json_line_per_file_in_order(hostile_run: dict) -> None:
    proc = hostile_run["proc"]
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    assert len(lines) == len(hostile_run["names"])
    reports = [json.loads(ln) for ln in lines]
    assert [Path(r["file"]).name for r in reports] == hostile_run["names"]


def test_bad_files_get_error_reports_with_kind_and_plain_message(hostile_run: dict) -> None:
    reports = {Path(r["file"]).name: r for r in map(json.loads, hostile_run["proc"].stdout.splitlines())}
    for name, kind in EXPECTED.items():
        report = reports[name]
        assert report["verdict"] == "error", name
        assert report["error"]["kind"] == kind, (name, report["error"])
        message = report["error"]["message"]
        assert message.endswith((".", ")")) and len(message) > 15, (name, message)
        assert "Traceback" not in message and "Exception" not in message, (name, message)


def test_good_files_get_normal_reports(hostile_run: dict) -> None:
    reports = {Path(r["file"]).name: r for r in map(json.loads, hostile_run["proc"].stdout.splitlines())}
    for name in GOOD:
        report = reports[name]
        assert report["verdict"] in ("compliant", "non_compliant", "incomplete"), report["error"]
        assert report["error"] is None
        assert report["fields"]["employer"]["value"], name


def test_no_traceback_and_exit_code_4(hostile_run: dict) -> None:
    proc = hostile_run["proc"]
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    assert proc.returncode == 4  # documented: 4 when any file could not be read


def test_nothing_outside_the_documents_leaks(hostile_run: dict) -> None:
    proc = hostile_run["proc"]
    assert SECRET not in proc.stdout and SECRET not in proc.stderr


def test_inputs_unmodified_and_nothing_written(hostile_run: dict) -> None:
    assert hostile_run["after"] == hostile_run["before"]


def test_memory_stays_under_1_5_gb(hostile_run: dict) -> None:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS, where this bound is then looser still).
    assert hostile_run["peak_kb"] < 1.5 * 1024 * 1024


def test_password_opens_the_encrypted_pdf(tmp_path: Path) -> None:
    build(tmp_path / "files")
    target = tmp_path / "files" / "encrypted.pdf"
    good = subprocess.run(
        [*CLI, "check", "-f", "json", "--password", "hemmelig", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(good.stdout)
    assert report["error"] is None
    assert report["fields"]["salary"]["value"]["amount"] == 650000
    wrong = subprocess.run(
        [*CLI, "check", "-f", "json", "--password", "feil", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    error = json.loads(wrong.stdout)["error"]
    assert error["kind"] == "encrypted" and "--password" in error["message"]
    assert wrong.returncode == 4
