"""The PDF reader takes characters and rulings straight from pdfminer's layout instead of pdfplumber's
``page.chars``; words and tables must come out exactly as pdfplumber's own ``extract_words``/``find_tables``."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.utils import extract_words

from analyzer.readers.pdf import _page_objects, _RulingView

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PDFS = sorted(SAMPLES.rglob("*.pdf"))
WORDS = {"x_tolerance": 1.5, "y_tolerance": 2, "keep_blank_chars": False, "use_text_flow": False}


def _key(word: dict) -> tuple:  # type: ignore[type-arg]
    return (
        word["text"],
        *(round(word[k], 4) for k in ("x0", "x1", "top", "bottom", "doctop")),
        word["upright"],
    )


@pytest.mark.parametrize("pdf_path", PDFS, ids=lambda p: p.name)
def test_words_and_tables_match_pdfplumber(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            objects = _page_objects(page)
            ours = [_key(w) for w in extract_words(objects.chars, **WORDS)]
            theirs = [_key(w) for w in page.extract_words(**WORDS)]
            assert ours == theirs
            assert objects.has_image == bool(page.images)
            view = _RulingView(page, objects.rulings)
            our_tables = [t.bbox for t in TableFinder(view, TableSettings.resolve(None)).tables]  # type: ignore[arg-type]
            assert our_tables == [t.bbox for t in page.find_tables()]


def test_the_samples_include_ruled_tables_and_more_than_one_page() -> None:
    """Otherwise the comparison above would not cover the table path or page offsets (doctop)."""
    tables = pages = 0
    for pdf_path in PDFS:
        with pdfplumber.open(pdf_path) as pdf:
            pages = max(pages, len(pdf.pages))
            tables += sum(len(page.find_tables()) for page in pdf.pages)
    assert tables >= 3
    assert pages >= 2


def _pdf(content: bytes, mediabox: str, rotate: int) -> bytes:
    """A one-page PDF with Helvetica text, written by hand so MediaBox origin and /Rotate can be anything."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [{mediabox}] /Rotate {rotate} "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".encode(),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_CONTENT = (
    b"BT /F1 11 Tf 120 700 Td (Stilling: Utvikler) Tj 0 -20 Td (L\xf8nn: kr 650 000,- per \xe5r) Tj ET\n"
    b"100 500 m 400 500 l S 100 460 m 400 460 l S 100 420 m 400 420 l S\n"
    b"100 420 m 100 500 l S 250 420 m 250 500 l S 400 420 m 400 500 l S\n"
    b"BT /F1 10 Tf 110 480 Td (Arbeidssted) Tj 150 0 Td (Bergen) Tj ET\n"
)


@pytest.mark.parametrize(
    ("mediabox", "rotate"),
    [
        ("0 0 612 792", 0),
        ("50 100 662 892", 0),
        ("-20 -30 592 762", 0),
        ("0 0 612 792", 90),
        ("30 40 642 832", 270),
    ],
)
def test_shifted_and_rotated_pages_give_pdfplumbers_words(tmp_path: Path, mediabox: str, rotate: int) -> None:
    path = tmp_path / "page.pdf"
    path.write_bytes(_pdf(_CONTENT, mediabox, rotate))
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        objects = _page_objects(page)
        theirs = [_key(w) for w in page.extract_words(**WORDS)]
        assert len(theirs) >= 6 and len(page.find_tables()) == 1  # the hand-made page has its text and table
        assert [_key(w) for w in extract_words(objects.chars, **WORDS)] == theirs
        view = _RulingView(page, objects.rulings)
        assert [t.bbox for t in TableFinder(view, TableSettings.resolve(None)).tables] == [  # type: ignore[arg-type]
            t.bbox for t in page.find_tables()
        ]
