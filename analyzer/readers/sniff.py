"""Decide a file's type from its bytes, never from its name alone."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Literal

Kind = Literal["pdf", "docx", "text", "doc", "empty", "zip", "broken_zip", "image", "html", "unknown"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Byte-order marks of the wide Unicode forms, longest first (UTF-32-LE's begins with UTF-16-LE's).
UNICODE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# What follows a PDF header that junk precedes (readers accept up to 1 KB of it): a version, then the binary
# comment PDF writers put on the next line, or the first object.
_PDF_AFTER_JUNK = re.compile(rb"%PDF-\d\.\d[^\r\n]{0,64}[\r\n]+(?:%[^\r\n]*[\x80-\xff]{4}|\d+\s+\d+\s+obj\b)")


def sniff(path: Path) -> Kind:
    with path.open("rb") as fh:
        head = fh.read(2048)
    if not head.strip():
        return "empty"
    at = head.find(b"%PDF-", 0, 1024)
    if at == 0 or (at > 0 and _pdf_after_junk(path, head, at)):
        return "pdf"
    if _wide_unicode_text(head):
        return "text"
    if head.startswith(_OLE):
        return "doc"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except Exception:  # BadZipFile, struct.error, zlib.error, UnicodeDecodeError … on a damaged archive
            return "broken_zip"
        return "docx" if "word/document.xml" in names else "zip"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "image"
    lowered = head.lstrip()[:256].lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if _looks_like_text(head):
        return "text"
    return "unknown"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # cut in the middle of a multi-byte character
            return True
    printable = sum(32 <= b < 127 or b in (9, 10, 13) or b >= 160 for b in head)
    return printable / len(head) > 0.95


def _pdf_after_junk(path: Path, head: bytes, at: int) -> bool:
    """A ``%PDF-`` header after other bytes starts a real PDF only if a PDF's structure follows it: an e-mail or
    note that quotes "%PDF-1.7" is text. The structure is the binary comment or first object after the header,
    or the cross-reference pointer at the end of the file."""
    if _PDF_AFTER_JUNK.match(head, at):
        return True
    if not re.match(rb"%PDF-\d\.\d", head[at:]):
        return False
    with path.open("rb") as fh:
        fh.seek(0, 2)
        fh.seek(max(0, fh.tell() - 1024))
        tail = fh.read()
    return b"startxref" in tail and b"%%EOF" in tail


def _wide_unicode_text(head: bytes) -> bool:
    """UTF-16 or UTF-32 text with its byte-order mark (Windows Notepad's "Unicode")."""
    for bom, codec in UNICODE_BOMS:
        if head.startswith(bom):
            unit = 4 if codec == "utf-32" else 2
            body = head[: len(head) - len(head) % unit]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as exc:
                if exc.start < len(body) - 4:  # past a pair cut at the end of the sniffed bytes
                    return False
                text = body[: exc.start].decode(codec)
            return sum(c.isprintable() or c in "\t\r\n\f" for c in text) >= 0.95 * max(len(text), 1)
    return False
