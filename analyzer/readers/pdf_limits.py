"""Limits on what a PDF can make pdfminer do: decompression bombs, reference loops, bogus cross-reference streams.

pdfminer inflates a stream in one ``zlib.decompress`` call (a 6 MB file can ask for 6 GB), follows a chain of
references with ``while isinstance(x, PDFObjRef)`` (an object that refers to itself never ends), and walks the
object numbers an xref stream declares (two billion, if it says so). None of that can be limited through its
API, so :func:`guarded` installs, once per process, thin wrappers around the three places (the ``zlib``,
``lzwdecode`` and ``rldecode`` names pdfminer's stream decoder calls, and ``PDFDocument.getobj``); they do
nothing unless a :class:`PdfBudget` is active in the current context, so no other use of pdfminer changes.

Over a limit the wrappers raise :class:`PdfRefused`, a ``BaseException`` like the deadline's ``TimedOut``, because
pdfminer and pdfplumber catch ``Exception`` in places and would otherwise read on with a stream left empty (and
a document read that way could pass as compliant). The budget also remembers the refusal, so the reader reports it
even if a library swallowed it.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from analyzer.readers.errors import ReadError
from analyzer.readers.safety import MAX_UNZIPPED_BYTES

# A chain of objects that are nothing but a reference to the next one: no PDF writer makes one longer than a
# couple of links, and a loop would never end.
MAX_REFERENCE_CHAIN = 32
# Entries an xref stream may claim beyond the ones its data holds (some writers round /Size up).
XREF_SLACK = 1024
# pdfminer's content parser grows a token by concatenating 4 KB reads, so one long "word" (a run of zeros from a
# bomb) costs time quadratic in its length: 10 MB takes minutes. Instructions are short; so is inline image data.
MAX_TOKEN_BYTES = 1 << 20
# What ends a keyword for pdfminer (its END_KEYWORD: these and regex \\s). Content is mapped to " " (delimiter)
# and "x" (anything else), where a long run is then a plain substring search, at memory-copy speed.
_DELIMITERS = frozenset(b"#/%[]()<>{} \t\n\r\x0b\x0c")
_RUNS = bytes(0x20 if i in _DELIMITERS else 0x78 for i in range(256))
_LONG_RUN = b"x" * MAX_TOKEN_BYTES
# Levels of /Kids below the root: real page trees have a handful; pdfminer walks them by recursion.
MAX_TREE_DEPTH = 256

_MB = 2**20


class PdfRefused(BaseException):  # noqa: N818 - a BaseException so library ``except Exception`` cannot swallow it
    """A limit was hit inside pdfminer; carries the :class:`ReadError` to report."""

    def __init__(self, error: ReadError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass
class PdfBudget:
    """Decompressed bytes one document may produce, in all and per stream (half the total by default)."""

    per_document: int = MAX_UNZIPPED_BYTES
    per_stream: int = MAX_UNZIPPED_BYTES // 2
    used: int = 0
    refused: ReadError | None = None

    def allowance(self) -> int:
        """Bytes the next decoding step may produce before a limit is crossed."""
        return max(0, min(self.per_stream, self.per_document - self.used))

    def refuse(self) -> PdfRefused:
        if self.per_document - self.used < self.per_stream:  # the document's total was the tighter bound
            error = ReadError(
                "too_large",
                f"The PDF's compressed streams unpack to over {self.per_document / _MB:.0f} MB, over the limit "
                "(this looks like a decompression bomb; --max-unzipped raises the limit).",
            )
        else:
            error = ReadError(
                "too_large",
                f"A compressed stream in the PDF unpacks to over {self.per_stream / _MB:.0f} MB, over the limit "
                "(this looks like a decompression bomb; --max-unzipped raises the limit).",
            )
        return self.fail(error)

    def fail(self, error: ReadError) -> PdfRefused:
        if self.refused is None:
            self.refused = error
        return PdfRefused(self.refused)


_ACTIVE: ContextVar[PdfBudget | None] = ContextVar("offercheck_pdf_budget", default=None)


@contextmanager
def guarded(per_document: int = MAX_UNZIPPED_BYTES) -> Iterator[PdfBudget]:
    """Apply the limits to pdfminer for the duration of one document's read."""
    _install()
    budget = PdfBudget(per_document=per_document, per_stream=max(per_document // 2, 1))
    token = _ACTIVE.set(budget)
    try:
        yield budget
    finally:
        _ACTIVE.reset(token)


def corrupt(message: str) -> PdfRefused:
    """A structural refusal (loops, bogus tables), recorded on the active budget when there is one."""
    error = ReadError("corrupt", message)
    budget = _ACTIVE.get()
    return budget.fail(error) if budget is not None else PdfRefused(error)


# --- decompression ------------------------------------------------------------------------------------------


class _BoundedInflater:
    """``zlib.decompressobj()`` as pdfminer's fallback for damaged streams uses it, counting its output."""

    def __init__(self, budget: PdfBudget) -> None:
        self._budget = budget
        self._inner = zlib.decompressobj()

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        limit = self._budget.allowance()
        out = self._inner.decompress(data, limit + 1)
        if len(out) > limit:
            raise self._budget.refuse()
        self._budget.used += len(out)
        return out

    def flush(self, length: int = zlib.DEF_BUF_SIZE) -> bytes:
        return self._inner.flush(length)

    @property
    def eof(self) -> bool:
        return self._inner.eof


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``; the real one when no budget is active."""

    error = zlib.error
    MAX_WBITS = zlib.MAX_WBITS
    DEF_BUF_SIZE = zlib.DEF_BUF_SIZE

    @staticmethod
    def decompress(data: bytes, wbits: int = zlib.MAX_WBITS, bufsize: int = zlib.DEF_BUF_SIZE) -> bytes:
        budget = _ACTIVE.get()
        if budget is None:
            return zlib.decompress(data, wbits, bufsize)
        limit = budget.allowance()
        inflater = zlib.decompressobj(wbits)
        out = inflater.decompress(data, limit + 1)
        if len(out) > limit:
            raise budget.refuse()
        budget.used += len(out)
        if not inflater.eof:  # as zlib.decompress: a stream cut short is an error (pdfminer then salvages it)
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    @staticmethod
    def decompressobj(*args: Any, **kwargs: Any) -> Any:
        budget = _ACTIVE.get()
        if budget is None or args or kwargs:
            return zlib.decompressobj(*args, **kwargs)
        return _BoundedInflater(budget)

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def _bounded_lzw(original: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    def lzwdecode(data: bytes) -> bytes:
        budget = _ACTIVE.get()
        if budget is None:
            return original(data)
        from pdfminer.lzw import LZWDecoder

        limit = budget.allowance()
        pieces: list[bytes] = []
        size = 0
        for piece in LZWDecoder(io.BytesIO(data)).run():
            size += len(piece)
            if size > limit:
                raise budget.refuse()
            pieces.append(piece)
        budget.used += size
        return b"".join(pieces)

    return lzwdecode


def run_length_size(data: bytes) -> int:
    """The length RunLengthDecode gives ``data``, computed from the run headers alone."""
    size = i = 0
    n = len(data)
    while i < n:
        length = data[i]
        if length == 128:
            break
        if length < 128:
            size += length + 1
            i += length + 2
        else:
            size += 257 - length
            i += 2
    return size


def _bounded_rl(original: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    def rldecode(data: bytes) -> bytes:
        budget = _ACTIVE.get()
        if budget is None:
            return original(data)
        size = run_length_size(data)  # pdfminer builds the output as a list of ints: 8 bytes a byte
        if size > budget.allowance():
            raise budget.refuse()
        budget.used += size
        return original(data)

    return rldecode


# --- references ---------------------------------------------------------------------------------------------


def _guarded_getobj(original: Callable[[Any, int], object]) -> Callable[[Any, int], object]:
    """``PDFDocument.getobj`` that resolves an object which is only a reference, refusing loops and long chains."""
    from pdfminer.pdftypes import PDFObjRef

    def getobj(self: Any, objid: int) -> object:
        obj = original(self, objid)
        if not isinstance(obj, PDFObjRef) or _ACTIVE.get() is None:
            return obj
        seen = [objid]
        while isinstance(obj, PDFObjRef):
            if obj.objid in seen:
                raise corrupt(
                    f"The PDF is damaged: object {seen[0]} refers to itself through a loop of references "
                    f"({' → '.join(str(n) for n in [*seen, obj.objid])}), so it cannot be read."
                )
            if len(seen) >= MAX_REFERENCE_CHAIN:
                raise corrupt(
                    f"The PDF is damaged: object {seen[0]} is a chain of over {MAX_REFERENCE_CHAIN} references, "
                    "so it cannot be read."
                )
            seen.append(obj.objid)
            obj = original(self, obj.objid)
        return obj

    return getobj


_installed = False


def _install() -> None:
    global _installed
    if _installed:
        return
    import pdfminer.pdftypes as pdftypes
    from pdfminer.pdfdocument import PDFDocument

    # pdftypes imports these names without re-exporting them (attr-defined); the bindings are replaced on purpose
    # by bounded versions of another type (assignment).
    pdftypes.zlib = _BoundedZlib()  # type: ignore[attr-defined,assignment]
    pdftypes.lzwdecode = _bounded_lzw(pdftypes.lzwdecode)  # type: ignore[attr-defined,assignment]
    pdftypes.rldecode = _bounded_rl(pdftypes.rldecode)  # type: ignore[attr-defined,assignment]
    PDFDocument.getobj = _guarded_getobj(PDFDocument.getobj)  # type: ignore[method-assign,assignment]
    _installed = True


# --- structure checks run before any page is read -----------------------------------------------------------


def check_structure(doc: Any) -> None:
    """Refuse, fast and with a plain message, structures pdfminer would loop on: xref streams that claim far
    more objects than they hold, and a page tree whose /Kids lead back to an ancestor."""
    _check_xref_streams(doc)
    _check_page_tree(doc)


def _check_xref_streams(doc: Any) -> None:
    from pdfminer.pdfdocument import PDFXRefStream

    for xref in getattr(doc, "xrefs", []):
        if not isinstance(xref, PDFXRefStream) or xref.data is None:
            continue
        width = xref.entlen or 0
        try:
            declared = sum(int(count) for _, count in xref.ranges)
        except (TypeError, ValueError):
            raise corrupt("The PDF is damaged: its cross-reference stream has a malformed /Index.") from None
        held = len(xref.data) // width if width > 0 else 0
        if width <= 0 or declared < 0 or declared > held + XREF_SLACK:
            raise corrupt(
                f"The PDF is damaged: its cross-reference stream declares {declared} objects but holds "
                f"{held}, so it cannot be read."
            )


def _check_page_tree(doc: Any) -> None:
    from pdfminer.pdftypes import PDFObjRef, resolve1

    catalog = getattr(doc, "catalog", None)
    if not isinstance(catalog, dict) or not isinstance(catalog.get("Pages"), PDFObjRef):
        return  # a missing or inline tree: pdfminer's own fallback handles it
    done: set[int] = set()
    # Depth-first with an explicit stack of (node id, ids of its ancestors): a kid among its own ancestors is a
    # loop; a node reached twice by different paths is read once, as pdfminer does.
    stack: list[tuple[int, frozenset[int]]] = [(catalog["Pages"].objid, frozenset())]
    while stack:
        objid, ancestors = stack.pop()
        if objid in done:
            continue
        done.add(objid)
        node = resolve1(doc.getobj(objid))
        if not isinstance(node, dict):
            continue
        kids = resolve1(node.get("Kids"))
        if not isinstance(kids, list):
            continue
        inner = ancestors | {objid}
        if len(inner) > MAX_TREE_DEPTH:
            raise corrupt(
                f"The PDF is damaged: its page tree is over {MAX_TREE_DEPTH} levels deep, so it cannot be read."
            )
        for kid in kids:
            if not isinstance(kid, PDFObjRef):
                continue
            if kid.objid in inner:
                raise corrupt(
                    f"The PDF is damaged: its page tree loops (object {objid} lists {kid.objid}, one of its own "
                    "ancestors, among its /Kids), so it cannot be read."
                )
            stack.append((kid.objid, inner))


def predecode_pages(pages: list[Any], deadline: Any) -> None:
    """Decode every page's content streams (and the drawings they call) before any page is parsed.

    pdfminer would decode them anyway, one page at a time, and keeps the result; decoding them first means a
    bomb spread over many pages or streams meets the document limit in a second, instead of after the slow
    parsing of every page before it. Content with a "word" longer than :data:`MAX_TOKEN_BYTES` is refused here.
    """
    from pdfminer.pdftypes import PDFStream, resolve1

    seen: set[int] = set()
    decoded: list[tuple[int, bytes]] = []

    def decode(stream: Any, number: int) -> None:
        if id(stream) in seen:
            return
        seen.add(id(stream))
        decoded.append((number, stream.get_data()))
        forms(resolve1(stream.get("Resources")), number)

    def forms(resources: Any, number: int) -> None:
        if not isinstance(resources, dict):
            return
        xobjects = resolve1(resources.get("XObject"))
        if not isinstance(xobjects, dict):
            return
        for value in xobjects.values():
            xobject = resolve1(value)
            if (
                isinstance(xobject, PDFStream)
                and getattr(resolve1(xobject.get("Subtype")), "name", None) == "Form"
            ):
                decode(xobject, number)

    for pdf_page in pages:
        deadline.check()
        page_obj = pdf_page.page_obj
        for stream in page_obj.contents:
            stream = resolve1(stream)
            if isinstance(stream, PDFStream):
                decode(stream, pdf_page.page_number)
        forms(resolve1(page_obj.resources), pdf_page.page_number)
    # Only once everything is decoded, so a bomb is reported as one (too_large) rather than by its first symptom.
    for number, data in decoded:
        if len(data) >= MAX_TOKEN_BYTES and _LONG_RUN in data.translate(_RUNS):
            raise corrupt(
                f"The PDF is damaged: page {number} holds an instruction over {MAX_TOKEN_BYTES // _MB} MB long, "
                "so it cannot be read."
            )
