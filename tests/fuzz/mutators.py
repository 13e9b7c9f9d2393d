"""Mutators for the fuzzing suite: each class turns the sample files (or a generated offer) into one hostile
input, deterministically from ``(class, seed, index)``, so any failing case can be rebuilt from those three.

Classes: byte-level (bit flips, truncation, chunk duplication/deletion, random insertion) over PDF, DOCX and
text; structural PDF (reference loops through /Resources, /Parent and /Kids, bogus xref offsets, /Length lies,
flate bombs, huge /Count); structural DOCX (broken XML, missing parts, duplicate entries, DOCTYPE/entities,
entries flagged encrypted, huge declared sizes); escape payloads in a text, PDF and DOCX offer's text; very
long lines.
"""

from __future__ import annotations

import functools
import io
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"

# Escape payloads (the classes of tests/render/test_terminal.py).
PAYLOADS = (
    "\x1b]52;c;aGVsbG8=\x07",
    "\x1b[2J\x1b[3J\x1bc",
    "\x1b]0;owned\x07",
    "\x1b]8;;https://evil.example/\x1b\\x\x1b]8;;\x1b\\",
    "\x1bP+q544e\x1b\\",
    "\x9b2J",
    "\x9d0;t\x9c",
    "\u202egnp.exe",
    "\u2066\u2069\u200e\u200f\u061c",
    "a\u2028b\u2029c",
    "\rX\x08\x7f",
    "[bold]x[/] [link=https://evil.example]y[/link]",
    "\U000e0041",
    "\x00",
)

TEXT_OFFERS = (
    "Tilbud om stilling\nArbeidsgiver: Fjordkraft AS (org.nr. 912 345 678)\nStilling: Ingeniør\n"
    "Arbeidssted: Bodø\nLønn: 650 000 kroner per år\nStillingsprosent: 100 %\nTiltredelse: 1. august 2026\n"
    "Krav til utdanning: mastergrad\n",
    "Offer of employment\nEmployer: Northwind Logistics AS\nPosition: Data Engineer\nPlace of work: Oslo\n"
    "Salary: NOK 720,000 per year\nFull-time (100 %)\nStart date: 1 September 2026\nA master's degree is required.\n",
)


@dataclass(frozen=True)
class Case:
    cls: str
    seed: int
    index: int
    suffix: str
    data: bytes

    @property
    def id(self) -> str:
        return f"{self.cls}:{self.seed}:{self.index}"


def _samples(pattern: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted(SAMPLES.glob(pattern))]


_CACHE: dict[str, list[bytes]] = {}


def seeds(kind: str) -> list[bytes]:
    if kind not in _CACHE:
        _CACHE[kind] = (
            _samples("*.pdf")
            if kind == "pdf"
            else _samples("*.docx")
            if kind == "docx"
            else [t.encode("utf-8") for t in TEXT_OFFERS]
        )
    return _CACHE[kind]


# ------------------------------------------------------------------ byte level


def _any_seed(rng: random.Random) -> tuple[str, bytearray]:
    kind = rng.choice(("pdf", "pdf", "docx", "docx", "txt"))
    return "." + kind, bytearray(rng.choice(seeds(kind)))


def byte_flip(rng: random.Random) -> tuple[str, bytes]:
    suffix, data = _any_seed(rng)
    for _ in range(rng.randint(1, 16)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return suffix, bytes(data)


def byte_truncate(rng: random.Random) -> tuple[str, bytes]:
    suffix, data = _any_seed(rng)
    return suffix, bytes(data[: rng.randrange(len(data))])


def byte_dup_chunk(rng: random.Random) -> tuple[str, bytes]:
    suffix, data = _any_seed(rng)
    at = rng.randrange(len(data))
    chunk = data[at : at + rng.randint(1, 4096)]
    where = rng.randrange(len(data))
    data[where:where] = chunk * rng.randint(1, 8)
    return suffix, bytes(data)


def byte_delete_chunk(rng: random.Random) -> tuple[str, bytes]:
    suffix, data = _any_seed(rng)
    at = rng.randrange(len(data))
    del data[at : at + rng.randint(1, 4096)]
    return suffix, bytes(data)


def byte_insert(rng: random.Random) -> tuple[str, bytes]:
    suffix, data = _any_seed(rng)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(data))
        data[at:at] = rng.randbytes(rng.randint(1, 256))
    return suffix, bytes(data)


# ------------------------------------------------------------------ PDF structure


def _objects(pdf: bytes) -> dict[int, tuple[int, int]]:
    """Object number -> (start, end) of each ``N 0 obj … endobj``."""
    found = {}
    for match in re.finditer(rb"(?m)^(\d+) 0 obj\b", pdf):
        end = pdf.find(b"endobj", match.end())
        found[int(match.group(1))] = (match.start(), end + 6 if end >= 0 else len(pdf))
    return found


def _find(pdf: bytes, pattern: bytes) -> int:
    for number, (start, end) in _objects(pdf).items():
        if re.search(pattern, pdf[start:end]):
            return number
    raise LookupError(pattern)


def _replace_in(pdf: bytes, number: int, old: bytes, new: bytes) -> bytes:
    start, end = _objects(pdf)[number]
    body = pdf[start:end]
    changed = re.sub(old, new, body, count=1)
    return pdf[:start] + changed + pdf[end:]


def rebuild_xref(pdf: bytes) -> bytes:
    """A correct xref table and startxref after the objects moved (so the structural change is what is read)."""
    head = pdf[: pdf.rfind(b"xref")] if b"xref" in pdf else pdf
    trailer = re.search(rb"trailer\s*(<<.*?>>)\s*startxref", pdf, re.DOTALL)
    objects = _objects(head)
    size = max(objects) + 1
    out = bytearray(head)
    xref = len(out)
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        out += (
            f"{objects[number][0]:010d} 00000 n \n".encode()
            if number in objects
            else b"0000000000 65535 f \n"
        )
    out += b"trailer\n" + (trailer.group(1) if trailer else f"<< /Size {size} >>".encode())
    out += f"\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _pdf(rng: random.Random) -> bytes:
    return rng.choice(seeds("pdf"))


def pdf_resources_self(rng: random.Random) -> tuple[str, bytes]:
    pdf = _pdf(rng)
    page = _find(pdf, rb"/Type /Page\b")
    if rng.random() < 0.5:  # the page's resources are the page itself
        pdf = _replace_in(pdf, page, rb"/Resources\s*<<", f"/Resources {page} 0 R /Was <<".encode())
    else:  # the font dictionary names itself as a font
        fonts = _find(pdf, rb"/F1 \d+ 0 R")
        pdf = _replace_in(pdf, fonts, rb"/F1 \d+ 0 R", f"/F1 {fonts} 0 R".encode())
    return ".pdf", rebuild_xref(pdf)


def pdf_parent_self(rng: random.Random) -> tuple[str, bytes]:
    pdf = _pdf(rng)
    if rng.random() < 0.5:
        page = _find(pdf, rb"/Type /Page\b")
        pdf = _replace_in(pdf, page, rb"/Parent \d+ 0 R", f"/Parent {page} 0 R".encode())
    else:
        pages = _find(pdf, rb"/Type /Pages")
        pdf = _replace_in(pdf, pages, rb"/Type /Pages", f"/Type /Pages /Parent {pages} 0 R".encode())
    return ".pdf", rebuild_xref(pdf)


def pdf_kids_loop(rng: random.Random) -> tuple[str, bytes]:
    pdf = _pdf(rng)
    pages = _find(pdf, rb"/Type /Pages")
    pdf = _replace_in(pdf, pages, rb"/Kids \[", f"/Kids [ {pages} 0 R ".encode())
    return ".pdf", rebuild_xref(pdf)


def pdf_xref_bogus(rng: random.Random) -> tuple[str, bytes]:
    pdf = bytearray(_pdf(rng))
    if rng.random() < 0.3:
        at = pdf.rfind(b"startxref") + len(b"startxref\n")
        end = pdf.find(b"\n", at)
        pdf[at:end] = str(rng.randrange(len(pdf) * 2)).encode()
        return ".pdf", bytes(pdf)
    entries = list(re.finditer(rb"(?m)^(\d{10}) 00000 n", pdf))
    for match in rng.sample(entries, rng.randint(1, len(entries))):
        pdf[match.start(1) : match.end(1)] = f"{rng.randrange(len(pdf) * 2):010d}".encode()
    return ".pdf", bytes(pdf)


def pdf_length_lie(rng: random.Random) -> tuple[str, bytes]:
    pdf = _pdf(rng)
    lengths = list(re.finditer(rb"/Length (\d+)", pdf))
    match = rng.choice(lengths)
    real = int(match.group(1))
    lie = rng.choice((0, 1, real // 2, real + 1, real * 10, 2**31 - 1, 10**12))
    return ".pdf", rebuild_xref(pdf[: match.start(1)] + str(lie).encode() + pdf[match.end(1) :])


def pdf_huge_count(rng: random.Random) -> tuple[str, bytes]:
    pdf = _pdf(rng)
    pages = _find(pdf, rb"/Type /Pages")
    count = rng.choice((10**9, 2**31, -1, 10**30, 0))
    return ".pdf", rebuild_xref(_replace_in(pdf, pages, rb"/Count \d+", f"/Count {count}".encode()))


BOMB_MB = 8  # CI: small. benchmarks/fuzz_run.py --bomb-mb 200 for the real thing.


@functools.lru_cache(maxsize=8)
def _bomb(filler: bytes, size: int) -> bytes:
    """``size`` bytes of ``filler``, deflated (cached: a long run builds hundreds of bombs of a few kinds)."""
    compressor = zlib.compressobj(9)
    chunk = (filler * (2**20 // len(filler) + 1))[: 2**20]  # exactly 1 MiB, so the bomb is exactly the size
    return b"".join(compressor.compress(chunk) for _ in range(size // len(chunk))) + compressor.flush()


def pdf_flate_bomb(rng: random.Random, megabytes: int | None = None) -> tuple[str, bytes]:
    """The page's content stream replaced by one that inflates to ``megabytes`` MB (blank space or zeros)."""
    pdf = _pdf(rng)
    size = (megabytes or BOMB_MB) * 2**20
    packed = _bomb(rng.choice((b" ", b"\0", b"0 0 m\n")), size)
    page = _find(pdf, rb"/Type /Page\b")
    contents = int(re.search(rb"/Contents (\d+) 0 R", pdf[slice(*_objects(pdf)[page])]).group(1))  # type: ignore[union-attr]
    start, end = _objects(pdf)[contents]
    body = f"{contents} 0 obj\n<< /Filter /FlateDecode /Length {len(packed)} >>\nstream\n".encode()
    body += packed + b"\nendstream\nendobj"
    return ".pdf", rebuild_xref(pdf[:start] + body + pdf[end:])


def _pdf_text(lines: list[str]) -> bytes:
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from render.pdfmake import pdf_with_lines

    return pdf_with_lines(lines)


def _offer_lines(rng: random.Random, insert: str) -> list[str]:
    lines = rng.choice(TEXT_OFFERS).splitlines()
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(lines))
        at = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:at] + insert + lines[i][at:]
    return lines


def pdf_escape_text(rng: random.Random) -> tuple[str, bytes]:
    return ".pdf", _pdf_text(_offer_lines(rng, rng.choice(PAYLOADS).replace("\U000e0041", "\u202e")))


def pdf_long_line(rng: random.Random) -> tuple[str, bytes]:
    return ".pdf", _pdf_text(_offer_lines(rng, _long(rng, 20_000)))


# ------------------------------------------------------------------ DOCX structure


def _docx_parts(rng: random.Random) -> list[tuple[zipfile.ZipInfo, bytes]]:
    src = zipfile.ZipFile(io.BytesIO(rng.choice(seeds("docx"))))
    return [(info, src.read(info.filename)) for info in src.infolist()]


def _zip(parts: list[tuple[str, bytes]]) -> bytes:
    import warnings

    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        warnings.simplefilter("ignore")  # duplicate names are the point of one class
        for name, data in parts:
            out.writestr(name, data)
    return buffer.getvalue()


def _named(parts: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[str, bytes]]:
    return [(info.filename, data) for info, data in parts]


def docx_broken_xml(rng: random.Random) -> tuple[str, bytes]:
    parts = _named(_docx_parts(rng))
    xml = [i for i, (name, _) in enumerate(parts) if name.endswith((".xml", ".rels"))]
    i = (
        next((j for j in xml if parts[j][0] == "word/document.xml"), xml[0])
        if rng.random() < 0.6
        else rng.choice(xml)
    )
    name, data = parts[i]
    how = rng.randrange(4)
    if how == 0:
        data = data[: rng.randrange(len(data))]
    elif how == 1:
        at = rng.randrange(len(data))
        data = data[:at] + rng.choice((b"<", b"</w:p>", b"&", b"<w:t>", b"\x00", b"]]>")) + data[at:]
    elif how == 2:
        data = data.replace(b"</w:body>", b"") if b"</w:body>" in data else data[:-5]
    else:
        data = data.decode("utf-8", "replace").encode("utf-16-le")  # wrong encoding for the declaration
    parts[i] = (name, data)
    return ".docx", _zip(parts)


def docx_missing_part(rng: random.Random) -> tuple[str, bytes]:
    parts = _named(_docx_parts(rng))
    key = ("word/document.xml", "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels")
    wanted = rng.choice(key) if rng.random() < 0.7 else rng.choice(parts)[0]
    return ".docx", _zip([(n, d) for n, d in parts if n != wanted])


def docx_duplicate_entry(rng: random.Random) -> tuple[str, bytes]:
    parts = _named(_docx_parts(rng))
    name, data = (
        rng.choice(parts) if rng.random() < 0.5 else next(p for p in parts if p[0] == "word/document.xml")
    )
    other = data.replace(b"<w:t>", b"<w:t>DUP ") if rng.random() < 0.5 else b"<broken"
    parts.insert(rng.randrange(len(parts) + 1), (name, other))
    return ".docx", _zip(parts)


def docx_doctype(rng: random.Random) -> tuple[str, bytes]:
    parts = _named(_docx_parts(rng))
    i = (
        rng.randrange(len(parts))
        if rng.random() < 0.3
        else next(j for j, p in enumerate(parts) if p[0] == "word/document.xml")
    )
    name, data = parts[i]
    dtd = rng.choice(
        (
            b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
            b'<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
            b'<!DOCTYPE w SYSTEM "http://evil.example/x.dtd">',
        )
    )
    decl = re.match(rb"<\?xml[^>]*\?>\s*", data)
    at = decl.end() if decl else 0
    data = data[:at] + dtd + data[at:]
    if rng.random() < 0.3:
        data = data.replace(b"UTF-8", b"UTF-16").decode("utf-8", "replace").encode("utf-16")
    parts[i] = (name, data.replace(b"<w:t>", b"<w:t>&x;&d;", 1))
    return ".docx", _zip(parts)


def _central_entries(data: bytes | bytearray) -> list[int]:
    return [m.start() for m in re.finditer(rb"PK\x01\x02", data)]


def docx_encrypted_flag(rng: random.Random) -> tuple[str, bytes]:
    """Bit 0 of the general-purpose flag (encrypted) set on one entry, in its local and central headers."""
    data = bytearray(_zip(_named(_docx_parts(rng))))
    central = rng.choice(_central_entries(data))
    local = struct.unpack_from("<I", data, central + 42)[0]
    for offset in (central + 8, local + 6):
        data[offset] |= 1
    return ".docx", bytes(data)


def docx_huge_size(rng: random.Random) -> tuple[str, bytes]:
    """One entry's declared uncompressed size set huge, tiny or wrong (central directory, sometimes local)."""
    data = bytearray(_zip(_named(_docx_parts(rng))))
    central = rng.choice(_central_entries(data))
    size = rng.choice((0xFFFFFFFE, 0x7FFFFFFF, 200 * 2**20, 0, 1))
    struct.pack_into("<I", data, central + 24, size)
    if rng.random() < 0.5:
        local = struct.unpack_from("<I", data, central + 42)[0]
        struct.pack_into("<I", data, local + 22, size)
    return ".docx", bytes(data)


def _docx_with_text(rng: random.Random, insert: str) -> bytes:
    parts = _named(_docx_parts(rng))
    i = next(j for j, p in enumerate(parts) if p[0] == "word/document.xml")
    name, data = parts[i]
    texts = list(re.finditer(rb"<w:t(?: [^>]*)?>", data))
    for match in sorted(rng.sample(texts, min(3, len(texts))), key=lambda m: -m.end()):
        data = data[: match.end()] + escape(insert).encode("utf-8", "surrogatepass") + data[match.end() :]
    parts[i] = (name, data)
    return _zip(parts)


def docx_escape_text(rng: random.Random) -> tuple[str, bytes]:
    return ".docx", _docx_with_text(rng, rng.choice(PAYLOADS))


def docx_long_line(rng: random.Random) -> tuple[str, bytes]:
    return ".docx", _docx_with_text(rng, _long(rng, 200_000))


# ------------------------------------------------------------------ text


def _long(rng: random.Random, n: int) -> str:
    unit = rng.choice(("a", "Lønn 650 000 kr ", "æøå", "1 ", "x" * 50 + " "))
    return (unit * (n // len(unit) + 1))[:n]


def text_escape(rng: random.Random) -> tuple[str, bytes]:
    lines = _offer_lines(rng, "".join(rng.sample(PAYLOADS, rng.randint(1, 4))))
    return ".txt", "\n".join(lines).encode("utf-8", "surrogatepass")


def text_long_line(rng: random.Random) -> tuple[str, bytes]:
    lines = _offer_lines(rng, _long(rng, rng.choice((10_000, 200_000, 2_000_000))))
    return ".txt", "\n".join(lines).encode("utf-8")


MUTATORS: dict[str, Callable[[random.Random], tuple[str, bytes]]] = {
    "byte.flip": byte_flip,
    "byte.truncate": byte_truncate,
    "byte.dup_chunk": byte_dup_chunk,
    "byte.delete_chunk": byte_delete_chunk,
    "byte.insert": byte_insert,
    "pdf.resources_self": pdf_resources_self,
    "pdf.parent_self": pdf_parent_self,
    "pdf.kids_loop": pdf_kids_loop,
    "pdf.xref_bogus": pdf_xref_bogus,
    "pdf.length_lie": pdf_length_lie,
    "pdf.huge_count": pdf_huge_count,
    "pdf.flate_bomb": pdf_flate_bomb,
    "pdf.escape_text": pdf_escape_text,
    "pdf.long_line": pdf_long_line,
    "docx.broken_xml": docx_broken_xml,
    "docx.missing_part": docx_missing_part,
    "docx.duplicate_entry": docx_duplicate_entry,
    "docx.doctype": docx_doctype,
    "docx.encrypted_flag": docx_encrypted_flag,
    "docx.huge_size": docx_huge_size,
    "docx.escape_text": docx_escape_text,
    "docx.long_line": docx_long_line,
    "text.escape": text_escape,
    "text.long_line": text_long_line,
}


def make_case(cls: str, seed: int, index: int) -> Case:
    """The case ``index`` of class ``cls`` for ``seed``: the same bytes on every run and machine."""
    rng = random.Random(f"{cls}:{seed}:{index}")
    suffix, data = MUTATORS[cls](rng)
    return Case(cls, seed, index, suffix, data)


def cases(seed: int, n: int, classes: list[str] | None = None) -> Iterator[Case]:
    """``n`` cases spread evenly over the classes (round robin), built one at a time."""
    names = classes or list(MUTATORS)
    for i in range(n):
        yield make_case(names[i % len(names)], seed, i // len(names))
