"""Readers turn a file into a :class:`~analyzer.model.Document`; nothing after them knows the file format.

Every problem with the input becomes a :class:`ReadError` with a ``kind`` (for programs) and a plain-language
``message`` (for people); no library exception escapes :func:`read_document`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from analyzer.model import Document
from analyzer.readers.bounds import (
    MAX_DOCUMENT_CHARS,
    MAX_LINE_CHARS,
    split_long,
    text_was_cut,
    truncation_warning,
)
from analyzer.readers.errors import NO_DEADLINE, Deadline, ReadError, TimedOut
from analyzer.readers.safety import MAX_MEMBERS, MAX_UNZIPPED_BYTES
from analyzer.readers.sniff import sniff

__all__ = [
    "MAX_DOCUMENT_CHARS",
    "MAX_LINE_CHARS",
    "Deadline",
    "ReadError",
    "ReadLimits",
    "TimedOut",
    "read_document",
    "text_was_cut",
]

TEXT_SUFFIXES = {".txt", ".md", ".text"}

_DESCRIBED = {
    "doc": "a legacy Word .doc file",
    "zip": "a ZIP archive",
    "image": "an image",
    "html": "a web page (HTML)",
}

_MESSAGES = {
    "empty": "The file is empty.",
    "doc": "This is a legacy Word .doc file; save it as .docx or PDF and try again.",
    "zip": "This is a ZIP archive but not a Word document (.docx).",
    "image": "This is an image, not a PDF or Word document; save the scan as PDF.",
    "html": "This is a web page (HTML), not a PDF or Word document.",
    "unknown": "The file type is not recognised (expected PDF, DOCX or plain text).",
}


@dataclass(frozen=True)
class ReadLimits:
    max_pages: int | None = None
    max_unzipped_bytes: int = MAX_UNZIPPED_BYTES
    max_members: int = MAX_MEMBERS
    ocr: bool = True


def read_document(
    path: Path,
    password: str | None = None,
    max_pages: int | None = None,
    *,
    limits: ReadLimits | None = None,
    deadline: Deadline = NO_DEADLINE,
) -> Document:
    document = _read_document(path, password, max_pages, limits, deadline)
    return cap_text(document)


def cap_text(document: Document) -> Document:
    """Bound the text the extractors see (see :mod:`analyzer.readers.bounds`): lines over MAX_LINE_CHARS split,
    the document cut after MAX_DOCUMENT_CHARS, with a warning unless the reader already cut it and said so."""
    total = sum(len(line.text) for page in document.pages for line in page.lines)
    longest = max((len(line.text) for page in document.pages for line in page.lines), default=0)
    if total <= MAX_DOCUMENT_CHARS and longest <= MAX_LINE_CHARS:
        return document
    budget = MAX_DOCUMENT_CHARS
    pages = []
    for page in document.pages:
        lines = []
        for line in page.lines:
            if budget <= 0:
                break
            for piece in split_long(line.text) if len(line.text) > MAX_LINE_CHARS else [line.text]:
                if budget <= 0:
                    break
                piece = piece[:budget]
                budget -= len(piece)
                lines.append(
                    line if piece == line.text else line.model_copy(update={"text": piece, "cells": None})
                )
        pages.append(page.model_copy(update={"lines": lines}))
    warnings = list(document.warnings)
    if total > MAX_DOCUMENT_CHARS and not text_was_cut(document):
        warnings.append(truncation_warning(total))
    return document.model_copy(update={"pages": pages, "warnings": warnings})


def _read_document(
    path: Path, password: str | None, max_pages: int | None, limits: ReadLimits | None, deadline: Deadline
) -> Document:
    limits = limits or ReadLimits(max_pages=max_pages)
    if max_pages is not None and limits.max_pages is None:
        limits = ReadLimits(max_pages, limits.max_unzipped_bytes, limits.max_members, limits.ocr)
    try:
        kind = sniff(path)
    except OSError as exc:
        raise ReadError("not_found", f"Cannot open the file: {exc.strerror or exc}.") from exc
    suffix = path.suffix.lower()
    if kind == "pdf":
        return _read_pdf(path, password, limits, deadline)
    if kind == "docx":
        return _read_docx(path, limits)
    if kind == "text":
        if suffix in (".pdf", ".docx", ".doc"):
            raise ReadError("wrong_type", f"The file is named {path.suffix} but contains plain text.")
        from analyzer.readers.text import read_text

        return read_text(path)
    if kind == "empty":
        raise ReadError("empty", _MESSAGES["empty"])
    if kind == "doc":
        raise ReadError("legacy_doc", _MESSAGES["doc"])
    if kind == "broken_zip":
        raise ReadError("corrupt", "The file is a damaged ZIP archive (a .docx is one) and cannot be read.")
    if kind in _DESCRIBED and suffix in (".pdf", ".docx"):
        hint = " Save the scan as PDF." if kind == "image" else ""
        raise ReadError(
            "wrong_type",
            f"The file is named {path.suffix} but is {_DESCRIBED[kind]}, not a PDF or Word document.{hint}",
        )
    raise ReadError("unsupported", _MESSAGES.get(kind, _MESSAGES["unknown"]))


def _read_pdf(path: Path, password: str | None, limits: ReadLimits, deadline: Deadline) -> Document:
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    from analyzer.readers.pdf import read_pdf

    try:
        return read_pdf(
            path,
            password=password,
            max_pages=limits.max_pages,
            deadline=deadline,
            ocr=limits.ocr,
            max_unzipped=limits.max_unzipped_bytes,
        )
    except (ReadError, TimedOut, MemoryError, KeyboardInterrupt):
        raise
    except Exception as exc:
        inner = _unwrap(exc)
        name = type(inner).__name__
        if isinstance(inner, PDFPasswordIncorrect) or "Password" in name or "Encrypt" in name:
            if password:
                raise ReadError(
                    "encrypted", "The password given with --password does not open this PDF."
                ) from exc
            raise ReadError(
                "encrypted", "The PDF is password-protected; give the password with --password."
            ) from exc
        if isinstance(inner, RecursionError):
            raise ReadError(
                "corrupt",
                "The PDF is damaged: its objects nest or refer to each other too deeply to be read.",
            ) from exc
        if isinstance(inner, PDFSyntaxError) or name in ("PSEOF", "PDFNoValidXRef", "PSSyntaxError"):
            raise ReadError("corrupt", "The PDF is damaged or truncated and cannot be read.") from exc
        raise ReadError("corrupt", f"The PDF is damaged and could not be read ({name}).") from exc


def _unwrap(exc: BaseException) -> BaseException:
    """pdfplumber wraps pdfminer's errors in PdfminerException(original)."""
    seen = 0
    while seen < 5:
        seen += 1
        if type(exc).__name__ == "PdfminerException" and exc.args and isinstance(exc.args[0], BaseException):
            exc = exc.args[0]
        elif exc.__cause__ is not None and type(exc).__name__ == "PdfminerException":
            exc = exc.__cause__
        else:
            break
    return exc


def _read_docx(path: Path, limits: ReadLimits) -> Document:
    from analyzer.readers.docx import read_docx
    from analyzer.readers.safety import check_docx_zip

    check_docx_zip(path, limits.max_unzipped_bytes, limits.max_members)
    try:
        return read_docx(path)
    except (ReadError, MemoryError, KeyboardInterrupt):
        raise
    except Exception as exc:
        name = type(exc).__name__
        if name == "XMLSyntaxError":
            raise ReadError("corrupt", "The Word document is damaged: its XML is not well-formed.") from exc
        if name in ("KeyError", "PackageNotFoundError"):
            raise ReadError("corrupt", "The Word document is damaged: a required part is missing.") from exc
        raise ReadError("corrupt", f"The Word document could not be read ({name}).") from exc
