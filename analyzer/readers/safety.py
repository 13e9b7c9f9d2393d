"""Checks a DOCX (a ZIP of XML parts) before any XML parser sees it.

- zip bombs: the declared uncompressed sizes (which :mod:`zipfile` enforces while reading) and the member
  count are checked against limits;
- entity expansion ("billion laughs") and external entities: an Office document never needs a DTD, so any
  part with a ``<!DOCTYPE`` or ``<!ENTITY`` declaration is rejected outright. python-docx's own lxml parser
  is also set not to resolve entities; this guard does not rely on that.
- every member that an XML parser could read is checked, whatever its name ([Content_Types].xml can declare
  any name an XML part), and its encoding is taken from its byte-order mark or declaration first: UTF-8 and
  UTF-16 (whose DTD markers are plain byte strings) are searched; encodings Word never writes and in which the
  markers look different or depend on a shift state (UTF-7, UTF-32, EBCDIC, ISO-2022, unknown names) are
  refused, since a DTD could hide in them from a byte search;
- encrypted members (general-purpose flag bit 0): Word encrypts a whole document differently (as an OLE file),
  so this is reported as ``encrypted``.
"""

from __future__ import annotations

import codecs
import re
import zipfile
import zlib
from pathlib import Path

from analyzer.readers.errors import ReadError

MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 5_000

_MARKERS = tuple(
    token.encode(enc) for token in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be")
)
_OVERLAP = max(len(m) for m in _MARKERS)


def check_docx_zip(
    path: Path, max_unzipped: int = MAX_UNZIPPED_BYTES, max_members: int = MAX_MEMBERS
) -> None:
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
            encrypted = [info.filename for info in infos if info.flag_bits & 0x1]
            if encrypted:
                raise ReadError(
                    "encrypted",
                    f"The Word document's part '{encrypted[0]}' is encrypted (a password-protected ZIP); remove the "
                    "password, save it again as .docx, and try again.",
                )
            for info in infos:
                if not info.is_dir() and _declares_dtd(zf, info):
                    raise ReadError(
                        "unsafe_xml",
                        f"The Word document's part '{info.filename}' declares a DTD or entities, which Word "
                        "never writes; it was not parsed (possible entity-expansion or external-entity attack).",
                    )
    except ReadError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
        RuntimeError,  # zipfile's "password required" and other refusals
    ) as exc:
        raise ReadError(
            "corrupt", f"The Word document's ZIP container is damaged ({type(exc).__name__})."
        ) from exc


# A DTD can only stand in the prolog, before the root element; entities can only be declared inside a DTD.
# A part whose first bytes are an XML declaration, comments, processing instructions and white space, then
# the root element's start tag, therefore declares none. Anything else (UTF-16, a long prolog, a DOCTYPE) is
# scanned whole. Word's parts all take the short road, which spares decompressing every part twice.
_SAFE_PROLOG = re.compile(
    rb"(?:\xef\xbb\xbf)?"  # UTF-8 byte-order mark
    rb"(?:\s|<\?(?:(?!\?>).){0,512}\?>|<!--(?:(?!-->).){0,512}-->)*+"  # declaration, PIs, comments (possessive: no backtracking)
    rb"<[A-Za-z_]",  # the root element
    re.DOTALL,
)
_HEAD_BYTES = 4096


# Byte patterns that start an XML entity in an encoding Word never writes (XML 1.0, appendix F).
_REFUSED_STARTS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\x00<", "UTF-32"),
    (b"<\x00\x00\x00", "UTF-32"),
    (b"\x00\x00<\x00", "UTF-32"),
    (b"\x00<\x00\x00", "UTF-32"),
    (b"+/v", "UTF-7"),
    (b"\x4c\x6f\xa7\x94", "EBCDIC"),
)
_UTF16_STARTS = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")
_DECLARED = re.compile(rb"<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([^\"']{1,40})[\"']")
_PROBE = "<?xml <!DOCTYPE <!ENTITY"


class _Refused(Exception):
    def __init__(self, encoding: str) -> None:
        super().__init__(encoding)
        self.encoding = encoding


def xml_encoding(head: bytes) -> str | None:
    """How a member's first bytes say it is encoded: "8bit" (UTF-8 or another ASCII-compatible code), "utf-16",
    or None when no XML parser would read it (an image, a binary blob). Raises _Refused for encodings Word never
    writes, in which a DTD need not contain the bytes ``<!DOCTYPE``."""
    for start, name in _REFUSED_STARTS:
        if head.startswith(start):
            raise _Refused(name)
    if head.startswith(_UTF16_STARTS):
        return "utf-16"
    text = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    stripped = text.lstrip(b" \t\r\n")
    if stripped and not stripped.startswith(b"<"):
        return None
    declared = _DECLARED.match(stripped)
    if declared:
        label = declared.group(1).decode("ascii", "replace").strip()
        try:
            codec = codecs.lookup(label).name
        except LookupError:
            raise _Refused(label) from None
        if codec.startswith("utf-16"):
            return "8bit"  # mislabelled: the bytes are 8-bit, as libxml2 then reads them
        stateful = codec in ("utf-7", "hz") or "2022" in codec
        if (
            stateful
            or codec.startswith("utf-32")
            or _PROBE.encode(codec, "replace") != _PROBE.encode("ascii")
        ):
            raise _Refused(label)
    return "8bit"


def _declares_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether a member an XML parser could read declares a DTD; raises ReadError for a refused encoding."""
    tail = b""
    with zf.open(info) as member:
        head = member.read(_HEAD_BYTES)
        try:
            if xml_encoding(head) is None:
                return False
        except _Refused as exc:
            raise ReadError(
                "unsafe_xml",
                f"The Word document's part '{info.filename}' is XML in the {exc.encoding} encoding, which Word "
                "never writes; it was not parsed (a DTD or entities could hide in it).",
            ) from None
        if _SAFE_PROLOG.match(head):
            return False
        # UTF-8 and other 8-bit codes spell the markers in ASCII; UTF-16 as the 2-byte forms in _MARKERS.
        chunk: bytes = head
        while chunk:
            window = tail + chunk
            if any(marker in window for marker in _MARKERS):
                return True
            tail = window[-_OVERLAP:]
            chunk = member.read(1 << 16)
    return False
