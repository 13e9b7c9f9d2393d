"""Readers produce one document model: order, tables as cells, headers/footers marked, letters intact."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
from docx.oxml import parse_xml

from analyzer.readers import read_document
from analyzer.readers.normalize import normalize_text
from analyzer.readers.text import document_from_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _docx_with_everything(path: Path) -> None:
    d = docx.Document()
    d.sections[0].header.paragraphs[
        0
    ].text = "Fjordlys Teknologi AS · Hovedkontor: Karl Johans gate 1, 0154 Oslo"
    d.sections[0].footer.paragraphs[0].text = "Side 1 av 1"
    d.add_paragraph("Arbeidsavtale")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Stilling", "Sykepleier"
    table.cell(1, 0).text, table.cell(1, 1).text = "Lønn", "kr 650\u00a0000,- pr. år"
    d.add_paragraph("Etter tabellen")
    box = d.add_paragraph()
    box._p.append(
        parse_xml(
            f"<w:r {W} {V}><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Arbeidssted: Ålesund</w:t>"
            "</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
    d.save(str(path))


def test_docx_keeps_order_tables_textboxes_headers(tmp_path: Path):
    path = tmp_path / "avtale.docx"
    _docx_with_everything(path)
    before = path.read_bytes()
    doc = read_document(path)
    lines = doc.lines()
    body = [(line.text, line.block) for line in lines if line.block in ("body", "table")]
    assert body == [
        ("Arbeidsavtale", "body"),
        ("Stilling | Sykepleier", "table"),
        ("Lønn | kr 650 000,- pr. år", "table"),  # non-breaking space normalised
        ("Etter tabellen", "body"),
        ("Arbeidssted: Ålesund", "body"),  # text box content, once
    ]
    table_row = next(line for line in lines if line.text.startswith("Stilling"))
    assert table_row.cells == ("Stilling", "Sykepleier")
    assert [line.block for line in lines if "Hovedkontor" in line.text] == ["header"]
    assert [line.block for line in lines if line.text == "Side 1 av 1"] == ["footer"]
    assert path.read_bytes() == before  # input never modified


def test_two_page_pdf_marks_running_header_and_footer():
    doc = read_document(SAMPLES / "en_contract_two_page_letterhead.pdf")
    assert len(doc.pages) == 2
    for page in doc.pages:
        head = [line for line in page.lines if "Head office" in line.text]
        assert head and all(line.block == "header" for line in head)
        assert all(line.bbox is not None for line in page.lines)
    body_text = " ".join(line.text for line in doc.lines() if line.block == "body")
    assert "Kystveien 8, 8006 Bodø" in body_text


def test_norwegian_letters_survive_pdf_and_docx():
    pdf = read_document(SAMPLES / "nb_under_minstelonn.pdf").text
    docx_text = read_document(SAMPLES / "nn_deltid_60.docx").text
    assert "Ålesund" in pdf and "Sjømat" in pdf
    assert "Ørsta" in docx_text and "ø" in docx_text
    for text in (pdf, docx_text):
        assert unicodedata.is_normalized("NFC", text)


def test_normalize_nfc_ligatures_and_spaces():
    decomposed = unicodedata.normalize("NFD", "Blåbærgrøt Ørsta Ålesund")
    assert normalize_text(decomposed) == "Blåbærgrøt Ørsta Ålesund"
    assert normalize_text("\ufb01nal o\ufb03ce") == "final office"
    assert normalize_text("kr\u00a0650\u202f000,-") == "kr 650 000,-"
    assert normalize_text("lønns\u00adtrinn") == "lønnstrinn"


def test_text_pages_split_on_form_feed():
    doc = document_from_text("Side en\n\fSide to\nlinje")
    assert [p.number for p in doc.pages] == [1, 2]
    assert [line.page for line in doc.lines()] == [1, 2, 2]
