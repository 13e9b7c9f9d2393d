"""The command line as a user meets it: exit codes, output formats, errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # every test runs offercheck in a subprocess

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
COMPLIANT = SAMPLES / "nb_tilbudsbrev_master.pdf"  # expected compliant as of 2026-06-01
LOW_PAY = SAMPLES / "nb_under_minstelonn.pdf"  # expected non_compliant


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args], capture_output=True, text=True, timeout=300
    )


def test_version():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("offercheck ")


def test_compliant_file_exits_zero_with_json():
    out = run("check", str(COMPLIANT), "--format", "json", "--as-of", "2026-06-01")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["verdict"] == "compliant"
    assert report["schema_version"] and report["sha256"] and report["as_of"] == "2026-06-01"
    assert set(report["fields"]) >= {"employer", "salary", "annual_salary_nok", "start_date", "work_location"}
    assert report["fields"]["salary"]["evidence"][0]["page"] == 1


def test_any_non_compliant_file_exits_one_jsonl_one_line_each():
    out = run("check", str(COMPLIANT), str(LOW_PAY), "--format", "jsonl", "--as-of", "2026-06-01")
    assert out.returncode == 1
    lines = [json.loads(x) for x in out.stdout.splitlines() if x.strip()]
    assert [r["verdict"] for r in lines] == ["compliant", "non_compliant"]


def test_incomplete_file_exits_three_and_the_worst_file_decides(tmp_path: Path):
    missing = SAMPLES / "en_missing_salary.pdf"  # expected incomplete (no salary)
    alone = run("check", str(missing), "--format", "jsonl", "--as-of", "2026-06-01")
    assert alone.returncode == 3, alone.stderr
    assert json.loads(alone.stdout)["verdict"] == "incomplete"
    with_fail = run("check", str(missing), str(LOW_PAY), "--format", "jsonl", "--as-of", "2026-06-01")
    assert with_fail.returncode == 1  # non-compliant beats incomplete
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    unreadable = run("check", str(LOW_PAY), str(empty), "--format", "jsonl", "--as-of", "2026-06-01")
    assert unreadable.returncode == 4  # a file that could not be read beats everything


def test_bad_date_is_usage_error():
    out = run("check", str(COMPLIANT), "--as-of", "1st of May")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr


def test_text_report_names_verdict_and_evidence():
    out = run("check", str(LOW_PAY), "--as-of", "2026-06-01")
    assert out.returncode == 1
    assert "OPPFYLLER IKKE KRAVENE" in out.stdout  # the verdict, in bokmål (--messages auto)
    assert "560 000" in out.stdout  # the salary as read, with the line it came from
    # UDI requirements decide the verdict; the contract clauses are a separate section that does not.
    udi_at = out.stdout.index("UDI requirements")
    contract_at = out.stdout.index("Working Environment Act § 14-6")
    assert udi_at < contract_at


def test_schema_is_json_schema_of_report():
    out = run("schema")
    schema = json.loads(out.stdout)
    assert schema["title"] == "Report" and "fields" in schema["properties"]


def test_rules_override_file_changes_the_floor(tmp_path: Path):
    override = tmp_path / "floors.yaml"
    override.write_text(
        "values:\n  salary_floor_master:\n"
        "    - {from: 2026-01-01, value: 700000, source: 'https://example.invalid/udi', authority: user, confirmed: false}\n",
        encoding="utf-8",
    )
    out = run("check", str(COMPLIANT), "--format", "json", "--as-of", "2026-06-01", "--rules", str(override))
    report = json.loads(out.stdout)
    floor = next(f for f in report["findings"] if f["id"] == "udi.salary_floor")
    assert floor["status"] == "fail" and floor["values"]["salary_floor_master"]["value"] == 700000
    assert report["rules"]["overrides"]


def test_messages_option_picks_report_language():
    norwegian = run("check", str(LOW_PAY), "--as-of", "2026-06-01")
    english = run("check", str(LOW_PAY), "--as-of", "2026-06-01", "--messages", "en")
    assert "Årslønn" in norwegian.stdout  # auto: the document is bokmål
    assert "Yearly pay" in english.stdout and "Årslønn kr" not in english.stdout
    assert run("check", str(LOW_PAY), "--messages", "de").returncode == 2


def test_rules_command_is_registered_once():
    out = run("--help")
    assert out.stdout.count(" rules ") == 1


def test_check_timeout_holds_for_a_document_stuck_in_c_code(tmp_path: Path):
    """The hook OFFERCHECK_TEST_CHECK_TASK (read only by check's worker process, analyzer/batch/worker.py) makes
    the first file spin in a C loop that SIGALRM cannot interrupt; the limit must still hold, and the next file
    must get its report."""
    import os
    import time

    stuck = tmp_path / "stuck_cloop.txt"
    stuck.write_text("Arbeidsgiver: Ørsta AS\n", encoding="utf-8")
    env = {**os.environ, "OFFERCHECK_TEST_CHECK_TASK": "tests.batch.hang:check_report"}
    started = time.monotonic()
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "analyzer",
            "check",
            str(stuck),
            str(COMPLIANT),
            "--format",
            "jsonl",
            "--as-of",
            "2026-06-01",
            "--timeout",
            "15",  # the good file must finish within it on a loaded machine too (2 s did not always)
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=SAMPLES.parent,
    )
    elapsed = time.monotonic() - started
    assert out.returncode == 4, out.stderr  # a file could not be checked
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert (first["verdict"], first["error"]["kind"]) == ("error", "timeout")
    assert first["error"]["message"] == "Analysis stopped after the 15 s time limit (--timeout raises it)."
    assert first["sha256"] and second["verdict"] == "compliant"
    assert elapsed < 150  # before: never returned


def test_check_output_of_a_file_name_that_is_not_utf8_is_valid_utf8(tmp_path: Path):
    import os

    name = tmp_path / os.fsdecode(b"tilbud_\xff.txt")
    name.write_text("Arbeidsavtale\nArbeidsgiver: Fjordlys AS\nStilling: Sveiser\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "analyzer", "check", str(name), "--format", "jsonl"],
        capture_output=True,
        timeout=300,
    )
    text = out.stdout.decode("utf-8")  # raises if not UTF-8
    assert os.fsencode(json.loads(text)["file"]) == os.fsencode(str(name))


def test_a_closed_pipe_ends_check_quietly():
    """`offercheck check a b | head -1`: the reader leaves after the first report; the second one's write must
    end the run with 141 (128 + SIGPIPE), nothing on stderr (no traceback, no "Exception ignored")."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "analyzer",
            "check",
            str(LOW_PAY),
            str(COMPLIANT),
            "-f",
            "jsonl",
            "--as-of",
            "2026-06-01",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert json.loads(proc.stdout.readline())["verdict"] == "non_compliant"
    proc.stdout.close()
    assert proc.wait(timeout=300) == 141
    assert proc.stderr.read() == b""
