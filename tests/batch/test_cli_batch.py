from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli import app

from .conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[2]

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


# The batch command with its worker task replaced by tests.batch.hang.process, which blocks for an hour on a
# file whose name contains "sleep" and analyses every other file for real (the CLI has no hook for this; the
# check command's OFFERCHECK_TEST_CHECK_TASK is read by check's worker only).
_HELD_CLI = """
import dataclasses
import analyzer.batch.command as command
from tests.batch import hang
run_batch = command.run_batch
command.run_batch = lambda options, stdout=None: run_batch(dataclasses.replace(options, task=hang.process), stdout)
from analyzer.cli import main
main()
"""


@pytest.mark.slow
def test_ctrl_c_keeps_what_was_written_and_resume_finishes(tmp_path: Path) -> None:
    """Deterministic under any load: the third file blocks until the process is stopped, so exactly two lines
    are written before Ctrl-C whenever it comes; the run waits its grace period for the held file, kills the
    worker and exits 130; --resume (the real task) then does the rest."""
    folder = tmp_path / "many"
    folder.mkdir()
    pdf = (SAMPLES / "nb_tilbudsbrev_master.pdf").read_bytes()
    names = ["offer_000.pdf", "offer_001.pdf", "offer_002_sleep.pdf", "offer_003.pdf"]
    for i, name in enumerate(names):
        (folder / name).write_bytes(pdf + f"%copy {i}\n".encode())
    out = tmp_path / "r.jsonl"
    args = ["batch", str(folder), "--out", str(out), "--workers", "1", "--as-of", "2026-06-01"]
    held = [sys.executable, "-c", _HELD_CLI, *args, "--timeout", "0"]  # no time limit: the file stays held
    process = subprocess.Popen(held, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        deadline = time.monotonic() + 300
        while process.poll() is None and time.monotonic() < deadline and _count_lines(out) < 2:
            time.sleep(0.05)
        assert process.poll() is None, process.communicate()[1]
        assert _count_lines(out) == 2, "the two files before the held one were not written in time"
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 130, err
    assert "Interrupted" in err and "--resume" in err
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["file"]).name for r in written] == names[:2]
    # whole reports of the real analysis (what the sample's verdict is, is test_samples_e2e's business)
    assert all(r["verdict"] != "error" and r["findings"] and r["sha256"] for r in written)

    done = subprocess.run(_cli(*args, "--resume"), capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode in (0, 1, 3), done.stderr  # finished (0, 1 or 3 by the verdicts), not 2, 4 or 130
    files = [json.loads(line)["file"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(files) == sorted(str(p) for p in folder.iterdir())
    assert "2 already in the output" in done.stderr


def _count_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


@pytest.mark.slow
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


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_closed_pipe_ends_the_batch_quietly(tmp_path: Path, fmt: str) -> None:
    """`offercheck batch ... | head -1`: exit 141, no summary, no traceback, no "Exception ignored"."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"tilbud_{i}.txt").write_text(
            f"Arbeidsavtale\nArbeidsgiver: Fjordlys AS\nStilling: Sveiser {i}, 100 %\nLønn: kr 520 000 per år\n",
            encoding="utf-8",
        )
    proc = subprocess.Popen(
        _cli("batch", str(folder), "--workers", "1", "--format", fmt, "--as-of", "2026-06-01"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    assert first.startswith(b"file," if fmt == "csv" else b'{"schema_version"')
    proc.stdout.close()
    assert proc.wait(timeout=300) == 141
    assert proc.stderr.read() == b""


def test_a_folder_gives_its_documents_and_says_what_it_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    offer = "Arbeidsavtale\nArbeidsgiver: Fjordlys AS\nStilling: Sveiser, 100 %\nLønn: kr 520 000 per år\n"
    (folder / "tilbud.txt").write_text(offer, encoding="utf-8")
    (folder / "README.md").write_text("# Tilbud fra søkere\n", encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    summary = tmp_path / "s.json"
    args = ["batch", str(folder), "--workers", "1", "--as-of", "2026-06-01", "--summary-json", str(summary)]
    result = runner.invoke(app, args)
    files = [json.loads(line)["file"] for line in result.stdout.splitlines() if line.startswith("{")]
    assert files == [str(folder / "tilbud.txt")]
    assert (
        "skipped 2 files in the folders that are not documents (README.md, notes.json): a file named on the "
        "command line is always checked; --all-files takes every file." in " ".join(result.output.split())
    )
    assert json.loads(summary.read_text(encoding="utf-8"))["skipped_not_documents"] == 2
    every = runner.invoke(app, [*args, "--all-files"])
    files = sorted(json.loads(line)["file"] for line in every.stdout.splitlines() if line.startswith("{"))
    assert files == sorted(str(folder / name) for name in ("tilbud.txt", "README.md", "notes.json"))
    assert "skipped" not in every.output
    assert json.loads(summary.read_text(encoding="utf-8"))["skipped_not_documents"] == 0
