"""`offercheck doctor`: lists the optional parts, what a missing one disables, and how to install it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from analyzer.commands import doctor
from analyzer.readers.ocr import ocr_status


@pytest.fixture(autouse=True)
def _fresh_status() -> Iterator[None]:
    ocr_status.cache_clear()
    yield
    ocr_status.cache_clear()


def _by_name(parts: list[doctor.Part]) -> dict[str, doctor.Part]:
    return {p.name: p for p in parts}


def test_json_output_lists_libraries_and_tesseract() -> None:
    proc = subprocess.run([sys.executable, "-c", "from analyzer.cli import main; main()", "doctor", "--json"],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    names = {p["name"] for p in data["parts"]}
    assert {"pdfplumber", "python-docx", "python-stdnum", "pytesseract", "tesseract"} <= names
    assert all(p["status"] in ("ok", "missing") for p in data["parts"])


def test_missing_tesseract_says_what_it_disables_and_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    part = _by_name(doctor.collect())["tesseract"]
    assert part.status == "missing"
    assert part.disables and "scanned pages" in part.disables
    assert part.install == doctor.APT_OCR and "tesseract-ocr-nor" in part.install


def test_missing_norwegian_language_data(monkeypatch: pytest.MonkeyPatch) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    if not ocr_status().available:
        pytest.skip("tesseract not installed")
    ocr_status.cache_clear()
    monkeypatch.setattr(pytesseract, "get_languages", lambda config="": ["eng", "osd"])
    parts = _by_name(doctor.collect())
    nor = parts["tesseract language 'nor'"]
    assert nor.status == "missing" and nor.install == "sudo apt-get install -y tesseract-ocr-nor"
    assert parts["tesseract language 'eng'"].status == "ok"
    assert doctor.run(as_json=True) == 0  # optional parts never fail the command
