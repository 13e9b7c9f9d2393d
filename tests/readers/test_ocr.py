"""OCR: the project's own PDFs, rendered to noisy, slightly turned images and saved without a text layer, give
the same key fields as their hand-written expected values; without Tesseract a scan gets a plain error and
text PDFs still work. Skipped where Tesseract or the OCR extra is not installed (CI installs both)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from analyzer.pipeline import AnalyzeOptions, analyze
from analyzer.readers import ocr

from .scans import SAMPLES, make_scan

pytest.importorskip("pytesseract")
pytestmark = pytest.mark.skipif(not ocr.ocr_status().available, reason="tesseract with nor/eng not installed")

SCANNED = {  # sample -> (angle, seed): turned both ways
    "nb_tilbudsbrev_master": (1.2, 1),
    "en_hourly_wage": (-1.5, 2),
    "nn_tilbodsbrev_master": (0.8, 3),
}
OPTIONS = AnalyzeOptions(as_of=dt.date(2026, 6, 1))


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("scans")
    return {
        name: make_scan(SAMPLES / f"{name}.pdf", out / f"{name}.pdf", angle=angle, seed=seed)
        for name, (angle, seed) in SCANNED.items()
    }


@pytest.mark.parametrize("name", sorted(SCANNED))
def test_scan_has_no_text_layer(scans: dict[str, Path], name: str) -> None:
    import pdfplumber

    with pdfplumber.open(scans[name]) as pdf:
        assert all(not page.chars and page.images for page in pdf.pages)


@pytest.mark.parametrize("name", sorted(SCANNED))
def test_scan_gives_the_expected_key_fields(scans: dict[str, Path], name: str) -> None:
    expected = json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))["fields"]
    report = analyze(scans[name], OPTIONS)
    assert report.error is None
    assert report.ocr_pages == [1]
    assert report.ocr_confidence is not None and 0.5 < report.ocr_confidence <= 1.0
    fields = report.fields
    assert fields.employer.value == expected["employer"]
    assert fields.salary.value is not None
    assert fields.salary.value.amount == expected["salary"]["amount"]
    assert fields.salary.value.period == expected["salary"]["period"]
    assert fields.start_date.value == dt.date.fromisoformat(expected["start_date"])


def test_ocr_evidence_points_at_the_same_place_as_the_text_layer(scans: dict[str, Path]) -> None:
    name = "nb_tilbudsbrev_master"
    text = analyze(SAMPLES / f"{name}.pdf", OPTIONS).fields.salary.evidence[0]
    scan = analyze(scans[name], OPTIONS).fields.salary.evidence[0]
    assert scan.page == text.page == 1
    assert text.bbox is not None and scan.bbox is not None
    # The scan is turned 1.2° about the page centre: a line moves a few points, never a line's height (~14 pt).
    assert abs(scan.bbox[1] - text.bbox[1]) < 10
    assert abs(scan.bbox[0] - text.bbox[0]) < 15


def test_ocr_lines_keep_norwegian_letters(scans: dict[str, Path]) -> None:
    from analyzer.readers import read_document

    text = read_document(scans["nb_tilbudsbrev_master"]).text
    assert "Lønn" in text and "på" in text


def test_mixed_document_ocrs_only_the_scanned_page(scans: dict[str, Path], tmp_path: Path) -> None:
    import pdfplumber
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    with pdfplumber.open(scans["nb_tilbudsbrev_master"]) as pdf:
        image = pdf.pages[0].to_image(resolution=200).original
    mixed = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(mixed), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 780, "Vedlegg til tilbudsbrev: dette dokumentet har en tekstside og en skannet side.")
    c.drawString(72, 760, "Den skannede siden er selve tilbudet fra arbeidsgiveren, med lønn og tiltredelse.")
    c.showPage()
    c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    report = analyze(mixed, OPTIONS)
    assert report.ocr_pages == [2]
    assert report.fields.salary.value is not None and report.fields.salary.value.amount == 650000
    assert report.fields.salary.evidence[0].page == 2


def test_without_tesseract_a_scan_is_a_plain_error_and_text_pdfs_still_work(
    scans: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    ocr.ocr_status.cache_clear()
    try:
        report = analyze(scans["nb_tilbudsbrev_master"], OPTIONS)
        assert report.verdict == "error" and report.error is not None
        assert report.error.kind == "no_text"
        assert "tesseract-ocr" in report.error.message
        good = analyze(SAMPLES / "nb_tilbudsbrev_master.pdf", OPTIONS)
        assert good.error is None and good.fields.employer.value == "Fjordlys Teknologi AS"
    finally:
        ocr.ocr_status.cache_clear()


def test_low_word_confidence_lowers_field_confidence() -> None:
    from analyzer.model import Document, Evidence, ExtractedField, Fields, Line, Page
    from analyzer.pipeline import _discount_ocr

    line_ok = Line(text="Lønn: kr 650 000 pr. år", page=1, bbox=(70, 300, 300, 312), ocr_confidence=0.95)
    line_bad = Line(text="Tiltredelse: 02.09.2026", page=1, bbox=(70, 320, 300, 332), ocr_confidence=0.7)
    doc = Document(
        name="x.pdf",
        kind="pdf",
        pages=[Page(number=1, lines=[line_ok, line_bad], ocr=True, ocr_confidence=0.9)],
    )
    fields = Fields()
    fields.employer = ExtractedField[str](
        value="X AS", confidence=0.9, evidence=[Evidence(page=1, text=line_ok.text, bbox=line_ok.bbox)]
    )
    fields.start_date = ExtractedField[dt.date](
        value=dt.date(2026, 9, 2),
        confidence=0.9,
        evidence=[Evidence(page=1, text=line_bad.text, bbox=line_bad.bbox)],
    )
    pages, mean = _discount_ocr(fields, doc)
    assert pages == [1] and mean == 0.9
    assert fields.employer.confidence == 0.9  # 0.95 is trusted
    # 0.7 is half way between untrusted (0.5) and trusted (0.9): confidence halves, below the 0.6 pass floor.
    assert fields.start_date.confidence == pytest.approx(0.45)
    assert fields.start_date.note and "OCR" in fields.start_date.note
