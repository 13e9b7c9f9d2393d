"""Build a folder of hostile and broken input files (plus known-good samples) for the no-crash test.

Usage: ``python tests/hostile/build_hostile.py OUT_DIR`` — also imported by ``tests/hostile/test_hostile.py``.
Every file is generated from code (no binary fixtures in the repo); ``EXPECTED`` maps each name to the
``error.kind`` its report must carry.
"""

from __future__ import annotations

import io
import random
import shutil
import struct
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOOD = ["nb_tilbudsbrev_master.pdf", "nb_maanedslonn_tabell.docx"]
SECRET = "OFFERCHECK-SECRET-7f3a9c"  # must never appear in any output (external entity target)

EXPECTED: dict[str, str] = {
    "empty.pdf": "empty",
    "blank_spaces.docx": "empty",
    "random_bytes.pdf": "unsupported",
    "truncated.pdf": "corrupt",
    "encrypted.pdf": "encrypted",
    "png_named.pdf": "wrong_type",
    "html_named.pdf": "wrong_type",
    "text_named.docx": "wrong_type",
    "legacy.doc": "legacy_doc",
    "plain_zip.docx": "wrong_type",
    "broken_xml.docx": "corrupt",
    "zip_bomb.docx": "too_large",
    "many_members.docx": "too_large",
    "billion_laughs.docx": "unsafe_xml",
    "external_entity.docx": "unsafe_xml",
    "pages_3000.pdf": "too_many_pages",
    "flate_bomb_1gb.pdf": "too_large",
    "flate_bomb_spread.pdf": "too_large",
    "resources_self_ref.pdf": "corrupt",
}

_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _document_xml(body: str, prolog: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + prolog
        + f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:body></w:document>'
    )


def _docx(path: Path, document: str, extra: dict[str, str] | None = None) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)


def _png() -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + b"\xff" * 3 * 8 for _ in range(8))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _many_pages_pdf(count: int) -> bytes:
    """A valid PDF with ``count`` pages sharing one small content stream, written by hand (fast, tiny)."""
    objects: list[bytes] = []
    kids = " ".join(f"{5 + i} 0 R" for i in range(count))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Count {count} /Kids [{kids}] >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    stream = b"BT /F1 12 Tf 72 720 Td (Side av et langt dokument) Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    for _ in range(count):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents 4 0 R >>"
        )
    return pdf_from_objects(objects, header=b"%PDF-1.4\n")


def pdf_from_objects(objects: list[bytes], header: bytes = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") -> bytes:
    """A PDF whose objects 1..n are ``objects`` (object 1 the catalog), with a correct xref table."""
    out = io.BytesIO()
    out.write(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def flate_zeros(size: int) -> bytes:
    """A zlib stream that inflates to about ``size`` zero bytes, written directly (compressing 1 GB takes 10 s):
    one fixed-Huffman block of a literal 0 and then "repeat 258 bytes at distance 1"; eight of those 13-bit
    codes fill 13 bytes exactly, so the middle of the stream is one 13-byte pattern repeated."""
    out = bytearray()
    acc = count = 0

    def put(value: int, bits: int, huffman: bool = False) -> None:
        nonlocal acc, count
        if huffman:  # Huffman codes are packed most significant bit first
            value = int(format(value, f"0{bits}b")[::-1], 2)
        acc |= value << count
        count += bits
        while count >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            count -= 8

    put(1, 1)  # last block
    put(1, 2)  # fixed Huffman codes
    put(0b00110000, 8, True)  # literal 0
    for _ in range(16):
        put(0b11000101, 8, True)  # length 258
        put(0, 5, True)  # distance 1
    put(0, 7, True)  # end of block
    if count:
        out.append(acc & 0xFF)
    periods = max(0, (size - 1 - 258 * 16) // (258 * 8))
    body = bytes(out[:2]) + bytes(out[2:15]) * periods + bytes(out[2:])
    inflated = 1 + 258 * (16 + 8 * periods)
    return b"\x78\x01" + body + struct.pack(">I", ((inflated % 65521) << 16) | 1)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 720 Td (Arbeidsgiver: Fjord AS) Tj ET"


def bomb_pdf(stream_bytes: int, pages: int = 1) -> bytes:
    """``pages`` pages, each with a content stream of zeros inflating to ``stream_bytes``."""
    data = flate_zeros(stream_bytes)
    kids = b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids),
        _FONT,
        pdf_stream(_TEXT),
    ]
    for i in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents [4 0 R %d 0 R] >>" % (6 + 2 * i)
        )
        objects.append(pdf_stream(data, b"/Filter /FlateDecode "))
    return pdf_from_objects(objects)


def _encrypted_pdf(path: Path, password: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, encrypt=password)
    c.drawString(72, 760, "Arbeidsgiver: Hemmelig AS")
    c.drawString(72, 740, "Lønn: kr 650 000 per år")
    c.save()


def build(out: Path) -> dict[str, str]:
    """Write every hostile file and the good samples into ``out``; return {name: expected error kind or ""}."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(4)
    sample_pdf = (ROOT / "samples" / GOOD[0]).read_bytes()
    secret = out.parent / f"{out.name}_outside_secret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")

    (out / "empty.pdf").write_bytes(b"")
    (out / "blank_spaces.docx").write_bytes(b" \n\t \n")
    (out / "random_bytes.pdf").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (out / "truncated.pdf").write_bytes(sample_pdf[: len(sample_pdf) // 3])
    _encrypted_pdf(out / "encrypted.pdf", "hemmelig")
    (out / "png_named.pdf").write_bytes(_png())
    (out / "html_named.pdf").write_text(
        "<!DOCTYPE html><html><body><h1>Tilbud</h1><p>Lønn 650 000</p></body></html>", encoding="utf-8"
    )
    (out / "text_named.docx").write_text(
        "Arbeidsgiver: Fjord AS\nLønn: kr 650 000 per år\n", encoding="utf-8"
    )
    (out / "legacy.doc").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.randrange(256) for _ in range(2040))
    )
    with zipfile.ZipFile(out / "plain_zip.docx", "w") as zf:
        zf.writestr("readme.txt", "not a word document")
    _docx(out / "broken_xml.docx", "<w:document><w:body><w:p>unclosed")
    # Zip bomb: 300 MB of zeros in one member compress to ~300 KB.
    with zipfile.ZipFile(out / "zip_bomb.docx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/document.xml", _document_xml("bomb"))
        with zf.open("word/media/padding.bin", "w", force_zip64=True) as member:
            block = b"\x00" * (1 << 20)
            for _ in range(300):
                member.write(block)
    _docx(
        out / "many_members.docx", _document_xml("many"), {f"word/part{i}.xml": "<a/>" for i in range(20_000)}
    )
    laughs = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
        )
        + "]>"
    )
    _docx(out / "billion_laughs.docx", _document_xml("&lol9;", laughs))
    xxe = f'<!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{secret.resolve()}">]>'
    _docx(out / "external_entity.docx", _document_xml("Arbeidsgiver: &xxe;", xxe))
    (out / "pages_3000.pdf").write_bytes(_many_pages_pdf(3000))
    (out / "flate_bomb_1gb.pdf").write_bytes(bomb_pdf(1 << 30))  # 6.5 MB file, one 1 GB content stream
    (out / "flate_bomb_spread.pdf").write_bytes(bomb_pdf(40 << 20, pages=4))  # each stream under the cap
    (out / "resources_self_ref.pdf").write_bytes(
        pdf_from_objects(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Count 1 /Kids [5 0 R] >>",
                _FONT,
                pdf_stream(_TEXT),
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 6 0 R /Contents 4 0 R >>",
                b"6 0 R",
            ]
        )
    )

    expected = dict(EXPECTED)
    for name in GOOD:
        shutil.copy2(ROOT / "samples" / name, out / name)
        expected[name] = ""
    return expected


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-files")
    for name, kind in sorted(build(target).items()):
        print(f"{name:28} {kind or 'good'}")
