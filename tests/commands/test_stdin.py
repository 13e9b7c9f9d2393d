"""`offercheck check -`: one document from standard input (analyzer/commands/stdin.py), type from its bytes,
named "<stdin>", the size limit applied while reading."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from analyzer.commands.stdin import STDIN_NAME, copy_limited, stdin_files
from analyzer.model import ErrorInfo, Report

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _report(file: str, verdict: str, error: ErrorInfo | None = None) -> Report:
    return Report.model_validate({"file": file, "as_of": "2026-06-01", "verdict": verdict, "error": error})


@pytest.mark.parametrize(
    "size, limit, over, kept",
    [
        (0, 10, False, 0),
        (10, 10, False, 10),  # exactly the limit is allowed
        (11, 10, True, 11),  # one byte more is enough to know; never more than that is kept
        (5_000_000, 10, True, 11),
        (3 * (1 << 20) + 7, 4 << 20, False, 3 * (1 << 20) + 7),  # several chunks
    ],
)
def test_copy_stops_one_byte_past_the_limit(
    tmp_path: Path, size: int, limit: int, over: bool, kept: int
) -> None:
    target = tmp_path / "copy"
    data = bytes(range(256)) * (size // 256 + 1)
    assert copy_limited(io.BytesIO(data[:size]), target, limit) is over
    assert target.read_bytes() == data[:kept]


def test_dash_becomes_a_temporary_copy_named_stdin_and_is_removed(tmp_path: Path) -> None:
    other = tmp_path / "a.txt"
    text = "Arbeidsgiver: Brødrene Ås AS\n".encode()
    with stdin_files([other, Path("-")], 1000, io.BytesIO(text)) as (paths, named):
        assert paths[0] == other and paths[1] != Path("-")
        copy = paths[1]
        assert copy.read_bytes() == text  # æøå byte for byte
        report = _report(str(copy), "incomplete")
        assert named(report).file == STDIN_NAME
        assert named(_report(str(other), "compliant")).file == str(other)
    assert not copy.exists() and not copy.parent.exists()


def test_an_input_over_the_limit_says_so_in_its_own_words(tmp_path: Path) -> None:
    with stdin_files([Path("-")], 2 * 2**20, io.BytesIO(b"x" * (3 * 2**20))) as (paths, named):
        error = ErrorInfo(kind="too_large", message="The file is 2.0 MB, over the 2 MB limit")
        report = named(_report(str(paths[0]), "error", error))
    assert report.file == STDIN_NAME and report.error is not None
    assert report.error.message == "Standard input is over the 2 MB limit (--max-size raises it)."


def test_no_dash_reads_nothing_and_two_are_refused() -> None:
    files = [Path("a.pdf")]
    with stdin_files(files, 10, io.BytesIO(b"never read")) as (paths, _):
        assert paths is files
    with pytest.raises(typer.BadParameter), stdin_files([Path("-"), Path("-")], 10, io.BytesIO(b"")):
        pass


def _check(data: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", "check", "-", "-f", "json", "--as-of", "2026-06-01", *args],
        input=data,
        capture_output=True,
        timeout=300,
    )


@pytest.mark.slow
@pytest.mark.parametrize("sample", ["nb_under_minstelonn.pdf", "nn_deltid_60.docx"])
def test_a_document_piped_in_is_checked_like_the_file(sample: str) -> None:
    path = SAMPLES / sample
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    piped = _check(path.read_bytes())
    report = json.loads(piped.stdout)
    assert report["file"] == "<stdin>"
    assert report["verdict"] == expected["verdict"] == "non_compliant"
    assert piped.returncode == 1, piped.stderr


@pytest.mark.slow
def test_text_piped_in_keeps_its_letters_and_the_limit_holds() -> None:
    text = "Arbeidsavtale\nArbeidsgiver: Brødrene Ås AS\nLønn: kr 520 000 per år\nArbeidssted: Tromsø\n"
    report = json.loads(_check(text.encode()).stdout)
    assert report["file"] == "<stdin>" and report["language"] == "nb"
    assert report["fields"]["employer"]["value"] == "Brødrene Ås AS"
    big = _check("Arbeidsgiver: Brødrene Ås AS\n".encode() * 100, "--max-size", "0.001")
    error = json.loads(big.stdout)["error"]
    assert error["kind"] == "too_large" and error["message"].startswith("Standard input is over the 0.001 MB")
    assert big.returncode == 4
