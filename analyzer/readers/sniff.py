"""Decide a file's type from its bytes, never from its name alone."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Literal

Kind = Literal["pdf", "docx", "text", "doc", "empty", "zip", "broken_zip", "image", "html", "unknown"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(path: Path) -> Kind:
    with path.open("rb") as fh:
        head = fh.read(2048)
    if not head.strip():
        return "empty"
    if b"%PDF-" in head[:1024]:
        return "pdf"
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
