"""Checks a DOCX (a ZIP of XML parts) before any XML parser sees it.

- zip bombs: the declared uncompressed sizes (which :mod:`zipfile` enforces while reading) and the member
  count are checked against limits;
- entity expansion ("billion laughs") and external entities: an Office document never needs a DTD, so any
  part with a ``<!DOCTYPE`` or ``<!ENTITY`` declaration is rejected outright. python-docx's own lxml parser
  is also set not to resolve entities; this guard does not rely on that.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from analyzer.readers.errors import ReadError

MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 5_000

_MARKERS = tuple(
    token.encode(enc)
    for token in ("<!DOCTYPE", "<!ENTITY")
    for enc in ("utf-8", "utf-16-le", "utf-16-be")
)
_OVERLAP = max(len(m) for m in _MARKERS)
_XML_SUFFIXES = (".xml", ".rels", ".vml")


def check_docx_zip(path: Path, max_unzipped: int = MAX_UNZIPPED_BYTES, max_members: int = MAX_MEMBERS) -> None:
    """Raise :class:`ReadError` if the archive is too big unpacked or an XML part declares a DTD."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > max_members:
                raise ReadError(
                    "too_large",
                    f"The Word document holds {len(infos)} parts, over the limit of {max_members} "
                    "(this looks like a zip bomb).",
                )
            total = sum(info.file_size for info in infos)
            if total > max_unzipped:
                raise ReadError(
                    "too_large",
                    f"The Word document unpacks to {total / 2**20:.0f} MB, over the {max_unzipped / 2**20:.0f} MB "
                    "limit (this looks like a zip bomb; --max-unzipped raises the limit).",
                )
            for info in infos:
                if info.filename.lower().endswith(_XML_SUFFIXES) and _declares_dtd(zf, info):
                    raise ReadError(
                        "unsafe_xml",
                        f"The Word document's part '{info.filename}' declares a DTD or entities, which Word "
                        "never writes; it was not parsed (possible entity-expansion or external-entity attack).",
                    )
    except ReadError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise ReadError("corrupt", f"The Word document's ZIP container is damaged ({type(exc).__name__}).") from exc


# A DTD can only stand in the prolog, before the root element; entities can only be declared inside a DTD.
# A part whose first bytes are an XML declaration, comments, processing instructions and white space, then
# the root element's start tag, therefore declares none. Anything else (UTF-16, a long prolog, a DOCTYPE) is
# scanned whole. Word's parts all take the short road, which spares decompressing every part twice.
_SAFE_PROLOG = re.compile(
    rb"(?:\xef\xbb\xbf)?"  # UTF-8 byte-order mark
    rb"(?:\s+|<\?(?:(?!\?>).){0,512}\?>|<!--(?:(?!-->).){0,512}-->)*"  # declaration, PIs, comments
    rb"<[A-Za-z_]",  # the root element
    re.DOTALL,
)
_HEAD_BYTES = 4096


def _declares_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    tail = b""
    with zf.open(info) as member:
        head = member.read(_HEAD_BYTES)
        if _SAFE_PROLOG.match(head):
            return False
        chunk: bytes = head
        while chunk:
            window = tail + chunk
            if any(marker in window for marker in _MARKERS):
                return True
            tail = window[-_OVERLAP:]
            chunk = member.read(1 << 16)
    return False
