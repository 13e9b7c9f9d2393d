from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from analyzer.cli import app

from .conftest import SAMPLES

runner = CliRunner()


def test_resume_needs_out() -> None:
    result = runner.invoke(app, ["batch", str(SAMPLES), "--resume"])
    assert result.exit_code == 2


def test_no_files_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("{}")
    result = runner.invoke(app, ["batch", str(tmp_path), str(tmp_path / "*.pdf")])
    assert result.exit_code == 2
    assert "no PDF, DOCX or text files" in result.output


def test_bad_date_is_a_usage_error() -> None:
    assert runner.invoke(app, ["batch", str(SAMPLES), "--as-of", "1.6.2026"]).exit_code == 2


def test_resume_refuses_a_foreign_file(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    out.write_text("a,b\n1,2\n")
    sample = SAMPLES / "nb_tilbudsbrev_master.pdf"
    result = runner.invoke(app, ["batch", str(sample), "--out", str(out), "--format", "csv", "--resume"])
    assert result.exit_code == 2
    assert "cannot resume" in result.output
    assert out.read_text() == "a,b\n1,2\n"


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from analyzer.cli import main; main()", *args]


def test_ctrl_c_keeps_what_was_written_and_resume_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    pdf = (SAMPLES / "nb_tilbudsbrev_master.pdf").read_bytes()
    count = 80
    for i in range(count):
        (folder / f"offer_{i:03d}.pdf").write_bytes(pdf + f"%copy {i}\n".encode())
    out = tmp_path / "r.jsonl"
    args = ["batch", str(folder), "--out", str(out), "--workers", "1", "--as-of", "2026-06-01"]
    process = subprocess.Popen(_cli(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.read_text().count("\n") < 2):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "Interrupted" in err and "--resume" in err
    written = out.read_text(encoding="utf-8").splitlines()
    assert 2 <= len(written) < count
    assert all(json.loads(line)["verdict"] == "compliant" for line in written)

    done = subprocess.run(_cli(*args, "--resume"), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    files = [json.loads(line)["file"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(files) == sorted(str(p) for p in folder.iterdir())
    assert f"{len(written)} already in the output" in done.stderr


def test_csv_to_stdout_with_summary_on_stderr(tmp_path: Path) -> None:
    summary = tmp_path / "s.json"
    files = [str(SAMPLES / "nn_deltid_60.docx"), str(SAMPLES / "nb_tilbudsbrev_master.pdf")]
    env = {**os.environ, "COLUMNS": "120"}
    result = subprocess.run(
        _cli(
            "batch",
            *files,
            "--format",
            "csv",
            "--workers",
            "2",
            "--as-of",
            "2026-06-01",
            "--summary-json",
            str(summary),
        ),
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert result.returncode == 1  # one offer is non-compliant
    lines = result.stdout.splitlines()
    assert lines[0].startswith("file,sha256,verdict,") and len(lines) == 3
    assert "Verdicts" in result.stderr
    data = json.loads(summary.read_text())
    assert data["verdicts"] == {"compliant": 1, "non_compliant": 1, "incomplete": 0, "error": 0}
    assert data["failing"]["udi.position"] == 1
    assert data["contract_missing"] and all(rid.startswith("aml.") for rid in data["contract_missing"])
    assert all(not rid.startswith("aml.") for key in ("failing", "missing", "review") for rid in data[key])
    assert "Contract clauses (§ 14-6) most often missing" in result.stderr
