"""Text bounds (analyzer/readers/bounds.py): over-long lines split at sentence ends or white space in linear
time, the 100,000-character cap applied by the readers before normalising, a 5 MB one-line text or DOCX
paragraph read in well under a second and analysed to a normal report, and a cut text never "compliant"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analyzer.pipeline import AnalyzeOptions, analyze
from analyzer.readers import MAX_DOCUMENT_CHARS, MAX_LINE_CHARS, read_document, text_was_cut
from analyzer.readers.bounds import TextBudget, split_long

PROSE = "Arbeidstakeren skal utføre oppgaver som avtalt med arbeidsgiver og følge instrukser. "
OFFER = (
    "Tilbud om stilling\nArbeidsgiver: Fjordkraft AS (org.nr. 912 345 678)\nStilling: Ingeniør\n"
    "Arbeidssted: Bodø\nLønn: 650 000 kroner per år\nStillingsprosent: 100 %\nTiltredelse: 1. august 2026\n"
    "Krav til utdanning: mastergrad\n"
)
AS_OF = dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Første setning. Andre setning er lengre", 20, ["Første setning.", "Andre setning er", "lengre"]),
        ("ord ord ord ord ord ord", 10, ["ord ord", "ord ord", "ord ord"]),
        ("aaaaaaaaaaaaaaaaaaaaaaaaa", 10, ["aaaaaaaaaa", "aaaaaaaaaa", "aaaaa"]),
        ("kort", 10, ["kort"]),
        ("Lønn: 650 000 kr; tiltredelse 1. mai", 20, ["Lønn: 650 000 kr;", "tiltredelse 1. mai"]),
    ],
)
def test_split_long_cuts_at_sentence_ends_then_white_space_then_hard(
    text: str, limit: int, expected: list[str]
) -> None:
    assert split_long(text, limit) == expected


def test_split_long_never_separates_a_letter_from_its_combining_mark() -> None:
    text = "a" * 9 + "\u030a" + "b" * 5  # å written as a + combining ring, at the cut
    pieces = split_long(text, 10)
    assert all(not p.startswith("\u030a") for p in pieces)
    assert "".join(pieces) == text


def test_split_long_keeps_every_character_of_a_5_mb_line() -> None:
    """Its speed (it was quadratic) is measured by benchmarks/long_lines.py, not asserted here."""
    text = ("Lønn 650 000 kr " * 400_000)[:5_000_000]
    pieces = split_long(text)
    assert max(map(len, pieces)) <= MAX_LINE_CHARS
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")


def test_budget_counts_what_it_drops() -> None:
    budget = TextBudget(limit=10)
    assert [budget.take(t) for t in ("abcdef", "ghijkl", "mno")] == ["abcdef", "ghij", ""]
    assert budget.cut and budget.seen == 15
    assert "15 characters" in budget.warnings()[0]


def _one_line_txt(path: Path, unit: str = PROSE, size: int = 5_000_000) -> Path:
    path.write_text(OFFER + (unit * (size // len(unit) + 1))[:size] + "\n", encoding="utf-8")
    return path


def _one_paragraph_docx(path: Path, unit: str = PROSE, size: int = 5_000_000) -> Path:
    import docx

    document = docx.Document()
    for line in OFFER.splitlines():
        document.add_paragraph(line)
    document.add_paragraph((unit * (size // len(unit) + 1))[:size])
    document.save(str(path))
    return path


@pytest.mark.parametrize("make", [_one_line_txt, _one_paragraph_docx], ids=["txt", "docx"])
def test_a_5_mb_line_is_read_within_the_bounds(make: object, tmp_path: Path) -> None:
    path = make(tmp_path / ("big.txt" if make is _one_line_txt else "big.docx"))  # type: ignore[operator]
    document = read_document(path)
    lines = document.lines()
    assert max(len(line.text) for line in lines) <= MAX_LINE_CHARS
    assert sum(len(line.text) for line in lines) <= MAX_DOCUMENT_CHARS
    assert lines[1].text == "Arbeidsgiver: Fjordkraft AS (org.nr. 912 345 678)"
    assert "æ" in document.text or "ø" in document.text
    cut = text_was_cut(document)
    true_size = (
        sum(len(line) for line in OFFER.splitlines()) + 5_000_000
    )  # the offer's lines and the long one
    assert cut is not None and f"holds {true_size:,} characters" in cut  # the true size, not the kept one
    assert len(document.warnings) == 1


@pytest.mark.slow
@pytest.mark.parametrize("make", [_one_line_txt, _one_paragraph_docx], ids=["txt", "docx"])
def test_a_5_mb_line_gives_a_normal_report_with_a_warning(make: object, tmp_path: Path) -> None:
    """The time it takes is printed by benchmarks/long_lines.py (figures, not a timed assertion)."""
    path = make(tmp_path / ("big.txt" if make is _one_line_txt else "big.docx"))  # type: ignore[operator]
    report = analyze(path, AnalyzeOptions(as_of=AS_OF, ocr=False, timeout=None))
    assert report.error is None and report.verdict == "incomplete"
    assert report.fields.employer.value == "Fjordkraft AS"
    assert any("only the first 100,000 were analysed" in w for w in report.warnings)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("padding", "expected"),
    [
        (1_000, "compliant"),  # control: the same offer, whole, is compliant
        (MAX_DOCUMENT_CHARS + 10_000, "incomplete"),  # cut: whatever follows the cap was not checked
    ],
)
def test_a_cut_text_is_never_compliant(tmp_path: Path, padding: int, expected: str) -> None:
    path = tmp_path / "offer.txt"
    filler = "\n".join(["Arbeidet utføres etter instruks fra nærmeste leder i avdelingen."] * (padding // 60))
    path.write_text(OFFER + filler + "\n", encoding="utf-8")
    report = analyze(path, AnalyzeOptions(as_of=AS_OF, ocr=False))
    assert report.verdict == expected
    notes = [f for f in report.findings if f.id == "note.text_truncated"]
    assert [f.status for f in notes] == ([] if expected == "compliant" else ["review"])


def _pdf(path: Path, scanned_page: bool) -> Path:
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(OFFER.splitlines()):
        c.drawString(72, 780 - 18 * i, line)
    c.showPage()
    if scanned_page:  # an image and no text layer: a page only OCR could read
        c.drawImage(ImageReader(Image.new("L", (850, 1200), 200)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return path


@pytest.mark.slow
@pytest.mark.parametrize(("scanned_page", "expected"), [(False, "compliant"), (True, "incomplete")])
def test_scanned_pages_left_unread_make_the_offer_review(
    tmp_path: Path, scanned_page: bool, expected: str
) -> None:
    report = analyze(_pdf(tmp_path / "offer.pdf", scanned_page), AnalyzeOptions(as_of=AS_OF, ocr=False))
    assert report.verdict == expected
    notes = [f.status for f in report.findings if f.id == "note.text_truncated"]
    assert notes == (["review"] if scanned_page else [])
