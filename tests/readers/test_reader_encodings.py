"""Encrypted DOCX members, DTDs hidden by encoding or part name, UTF-16/32 text, text that quotes a PDF header,
and texts too long for spaCy: each gives its error kind or a normal read, never an internal error."""

from __future__ import annotations

import datetime as dt
import struct
import sys
import zipfile
from pathlib import Path

import pytest

from analyzer.pipeline import AnalyzeOptions, analyze
from analyzer.readers import ReadError, read_document
from analyzer.readers.safety import check_docx_zip
from analyzer.readers.sniff import sniff

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))
from build_hostile import _document_xml, _docx, pdf_from_objects, pdf_stream  # noqa: E402

OPTIONS = AnalyzeOptions(as_of=dt.date(2026, 6, 1), timeout=60)
NORWEGIAN = "Arbeidsgiver: Fjord AS\nLønn: kr 650 000 per år. Blåbær, ærlig, øl; ÆØÅ.\n"


def _set_encrypted_flag(path: Path) -> None:
    """Set general-purpose bit 0 ("encrypted") on every local and central header."""
    data = bytearray(path.read_bytes())
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = data.find(signature)
        while i != -1:
            (flags,) = struct.unpack_from("<H", data, i + flag_at)
            struct.pack_into("<H", data, i + flag_at, flags | 1)
            i = data.find(signature, i + 4)
    path.write_bytes(bytes(data))


def test_a_docx_with_encrypted_members_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    _docx(path, _document_xml("Lønn"))
    _set_encrypted_flag(path)
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.kind == "encrypted" and "password" in info.value.message
    report = analyze(path, OPTIONS)
    assert report.error is not None and report.error.kind == "encrypted"


_DTD = '<!DOCTYPE d [<!ENTITY a "b">]><d>&a;</d>'

# (part name, bytes, why it must be refused); each variant once slipped past the guard or is a near relative.
HIDDEN = [
    (
        "word/header1.xml",
        ('<?xml version="1.0" encoding="UTF-32"?>' + _DTD).encode("utf-32"),
        "UTF-32 with BOM",
    ),
    ("word/header1.xml", ('<?xml version="1.0" encoding="UTF-32"?>' + _DTD).encode("utf-32-le"), "UTF-32-LE"),
    ("word/header1.xml", ('<?xml version="1.0" encoding="UTF-32"?>' + _DTD).encode("utf-32-be"), "UTF-32-BE"),
    (
        "word/header1.xml",
        b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE d +AFs-+AF0-+AD4-<d/>',
        "UTF-7",
    ),
    ("word/header1.xml", ('<?xml version="1.0" encoding="IBM037"?>' + _DTD).encode("cp037"), "EBCDIC"),
    ("word/header1.xml", b'<?xml version="1.0" encoding="ISO-2022-JP"?><d/>', "stateful"),
    ("word/header1.xml", b'<?xml version="1.0" encoding="x-no-such-code"?><d/>', "unknown encoding"),
    ("word/main.dat", ('<?xml version="1.0"?>' + _DTD).encode(), "renamed part, plain DTD"),
    (
        "customXml/item1.bin",
        ('<?xml version="1.0" encoding="UTF-16"?>' + _DTD).encode("utf-16"),
        "renamed UTF-16",
    ),
    ("word/noext", (" " * 5000 + _DTD).encode(), "no name, long white space first"),
]


@pytest.mark.parametrize(("name", "data", "why"), HIDDEN, ids=[h[2] for h in HIDDEN])
def test_dtds_hidden_by_encoding_or_name_are_unsafe(tmp_path: Path, name: str, data: bytes, why: str) -> None:
    path = tmp_path / "hidden.docx"
    _docx(path, _document_xml("x"), {"[Content_Types]x.xml": "<Types/>"})
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(name, data)
    with pytest.raises(ReadError) as info:
        check_docx_zip(path)
    assert info.value.kind == "unsafe_xml", why
    assert name in info.value.message


@pytest.mark.parametrize(
    "data",
    [
        '<?xml version="1.0" encoding="UTF-16"?><w:hdr xmlns:w="x"/>'.encode("utf-16"),
        b'<?xml version="1.0" encoding="windows-1252"?><w:hdr xmlns:w="x"><w:t>\xe6\xf8\xe5</w:t></w:hdr>',
        b'<?xml version="1.0" encoding="UTF-16"?><mislabelled/>',
        b"\x89PNG\r\n\x1a\n" + bytes(5000),  # media: no XML parser reads it
    ],
    ids=["utf-16", "windows-1252", "utf-16-label-on-8-bit", "png"],
)
def test_parts_in_encodings_word_may_use_pass(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "ok.docx"
    _docx(path, _document_xml("x"), {"word/header9.xml": data})
    check_docx_zip(path)


@pytest.mark.parametrize(
    "codec", ["utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "utf-8-sig", "cp1252"]
)
def test_text_in_every_unicode_form_reads_with_norwegian_letters(tmp_path: Path, codec: str) -> None:
    boms = {"utf-16-le-bom": (b"\xff\xfe", "utf-16-le"), "utf-16-be-bom": (b"\xfe\xff", "utf-16-be")}
    bom, name = boms.get(codec, (b"", codec))
    path = tmp_path / "offer.txt"
    path.write_bytes(bom + NORWEGIAN.encode(name))
    assert sniff(path) == "text"
    document = read_document(path)
    assert [line.text for line in document.pages[0].lines] == NORWEGIAN.strip().split("\n")


def test_a_text_quoting_a_pdf_header_is_text_and_a_pdf_after_junk_is_a_pdf(tmp_path: Path) -> None:
    mail = tmp_path / "mail.txt"
    mail.write_text(
        "Hei,\nvedlagt fila starta med %PDF-1.7 men kom ikkje fram.\n> %PDF-1.4 header\nLønn: kr 650 000\n",
        encoding="utf-8",
    )
    assert sniff(mail) == "text"
    assert "Lønn: kr 650 000" in read_document(mail).text
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    pdf = pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Count 1 /Kids [5 0 R] >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            pdf_stream(b"BT /F1 12 Tf 72 720 Td (Arbeidsgiver: Fjord AS) Tj ET"),
            page,
        ]
    )
    for junk, header in [(b"", b""), (b"From: hr@fjord.no\r\n\r\n", b""), (b"junk\n", b"%PDF-1.3\n")]:
        path = tmp_path / "offer.pdf"
        body = pdf if not header else header + pdf.split(b"\n", 2)[2]  # without the binary comment line
        path.write_bytes(junk + body)
        assert sniff(path) == "pdf", junk
        if not junk:  # after junk the xref offsets are off, which pdfminer may or may not repair
            assert "Arbeidsgiver: Fjord AS" in read_document(path).text


def test_a_paragraph_over_a_million_characters_gives_a_normal_report(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Arbeidsavtale\nLønn: kr 650 000 per år\n" + "ord " * 300_000 + "\n", encoding="utf-8")
    report = analyze(path, OPTIONS)
    assert report.error is None, report.error
    assert report.fields.salary.value is not None and report.fields.salary.value.amount == 650000
    assert any("characters" in w and "only the first" in w for w in report.warnings)


def test_spacy_gets_pieces_under_its_limit() -> None:
    from analyzer.extract.nlp import MAX_PIECE_CHARS, _pieces, analyse_lines
    from analyzer.model import Line

    text = ("Lønn er kr 650 000 per år. " * 60_000).strip()
    pieces = _pieces(text)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= MAX_PIECE_CHARS and text[o : o + len(p)] == p for o, p in pieces)
    (context,) = analyse_lines([Line(text=text, page=1)])
    assert context.sentences[-1][1] == len(text)
