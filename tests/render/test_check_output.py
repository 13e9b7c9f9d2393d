"""``check -o PATH`` and ``--short`` end to end: every format written atomically to a file, a bad ``-o`` refused
in one plain line with exit 2 before any file is read, several HTML reports only into a folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .htmlcheck import parse

pytestmark = pytest.mark.slow  # subprocesses

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
IN_PROCESS = ("--timeout", "0", "--max-memory", "0", "--as-of", "2026-06-01")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", "check", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def offer(tmp_path: Path) -> Path:
    path = tmp_path / "tilbud Ærlig.pdf"
    shutil.copy(SAMPLES / "nb_under_minstelonn.pdf", path)
    return path


def refused(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr  # one plain line, no traceback
    assert words in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "html", "markdown"])
def test_output_equal_to_the_input_is_refused(offer: Path, fmt: str) -> None:
    before = offer.read_bytes()
    other_spelling = offer.parent / ".." / offer.parent.name / offer.name
    for target in (offer, other_spelling):
        refused(run(offer, "-f", fmt, "-o", target, *IN_PROCESS), "refusing to overwrite an input")
    assert offer.read_bytes() == before


def test_a_missing_folder_is_refused_before_any_file_is_read(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "r.html"
    # The input does not exist either: the answer is about -o (checked first), not an error report.
    refused(run(tmp_path / "absent.pdf", "-f", "html", "-o", missing), "does not exist")
    refused(run(tmp_path / "absent.pdf", "-o", tmp_path / "nope" / "r.txt"), "does not exist")
    refused(run(tmp_path / "absent.pdf", "-f", "json", "-o", tmp_path), "this is a folder")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in any folder")
def test_an_unwritable_folder_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    refused(run(tmp_path / "absent.pdf", "-o", locked / "r.txt"), "permission denied")


def test_short_is_for_text_only(offer: Path) -> None:
    refused(run(offer, "-f", "json", "--short"), "--short is for the text report")


def test_several_html_reports_need_a_folder(offer: Path, tmp_path: Path) -> None:
    second = tmp_path / "second.pdf"
    shutil.copy(SAMPLES / "nb_tilbudsbrev_master.pdf", second)
    refused(run(offer, second, "-f", "html"), "need a folder")
    refused(run(offer, second, "-f", "html", "-o", tmp_path / "r.html"), "give a folder")
    out = tmp_path / "reports"
    out.mkdir()
    result = run(offer, second, "-f", "html", "-o", f"{out}/", *IN_PROCESS)
    assert result.returncode == 1, result.stderr  # one non-compliant offer
    assert sorted(p.name for p in out.iterdir()) == ["second.html", "tilbud Ærlig.html"]
    low_pay = parse((out / "tilbud Ærlig.html").read_text(encoding="utf-8"))
    assert low_pay.by_id["verdict"].startswith("OPPFYLLER IKKE KRAVENE")  # bokmål offers, bokmål report
    compliant = parse((out / "second.html").read_text(encoding="utf-8"))
    assert compliant.by_id["verdict"].startswith("OPPFYLLER KRAVENE")


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "html", "markdown"])
def test_each_format_is_written_to_the_file_atomically(offer: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out" / f"rapport.{fmt}"
    out.parent.mkdir()
    out.write_text("old", encoding="utf-8")
    result = run(offer, "-f", fmt, "-o", out, *IN_PROCESS)
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert os.listdir(out.parent) == [out.name]  # the temporary file was renamed, nothing left beside it
    text = out.read_text(encoding="utf-8")
    assert "old" not in text[:3] and "\x1b" not in text
    if fmt == "json":
        assert json.loads(text)["verdict"] == "non_compliant"
    elif fmt == "jsonl":
        assert [json.loads(line)["verdict"] for line in text.splitlines()] == ["non_compliant"]
    elif fmt == "html":
        parsed = parse(text)
        assert parsed.problems == [] and parsed.by_id["verdict"].startswith("OPPFYLLER IKKE") and parsed.marks
    elif fmt == "markdown":
        assert "**OPPFYLLER IKKE KRAVENE" in text  # a bokmål offer gets bokmål messages
    else:
        lines = text.splitlines()
        assert lines[1].startswith("OPPFYLLER IKKE KRAVENE") and all(len(line) <= 80 for line in lines)
        assert any("What the offer says" in line for line in lines)


def test_html_through_the_worker_process_and_short_text(offer: Path, tmp_path: Path) -> None:
    """The default limits run the analysis in a worker process: the document comes back with the report."""
    out = tmp_path / "r.html"
    result = run(offer, "-f", "html", "-o", out, "--as-of", "2026-06-01")
    assert result.returncode == 1, result.stderr
    parsed = parse(out.read_text(encoding="utf-8"))
    assert parsed.marks and "Årslønn: kr 560 000" in parsed.by_id["document"]
    short = run(offer, "--short", *IN_PROCESS)
    assert short.returncode == 1
    lines = short.stdout.splitlines()
    assert lines[0] == str(offer) and lines[1].startswith("OPPFYLLER IKKE KRAVENE")
    assert len(lines) <= 15 and "What the offer says" not in short.stdout
    assert any(line.startswith("✘ Årslønn mot UDIs lønnskrav: 560 000") for line in lines)


def test_redact_masks_the_document_text_in_html_too(tmp_path: Path) -> None:
    offer = tmp_path / "tilbud.txt"
    offer.write_text(
        "Arbeidsavtale\nArbeidsgiver: Fjordlys AS\nArbeidstaker: Kari Nordmann, e-post kari@example.no\n"
        "Stilling: Utvikler, 100 %\nLønn: kr 650 000 per år\nTiltredelse: 1. mars 2026\nArbeidssted: Bergen\n",
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    result = run(offer, "-f", "html", "-o", out, "--redact", *IN_PROCESS)
    assert result.returncode in (0, 1, 3), result.stderr  # compliant, not, incomplete
    text = out.read_text(encoding="utf-8")
    assert "kari@example.no" not in text and "Fjordlys AS" in text
