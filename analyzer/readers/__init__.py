"""Readers turn a file into a :class:`~analyzer.model.Document`; nothing after them knows the file format."""

from __future__ import annotations

from pathlib import Path

from analyzer.model import Document
from analyzer.readers.sniff import sniff

TEXT_SUFFIXES = {".txt", ".md", ".text"}


class ReadError(Exception):
    """A file we cannot read, with a kind a program can act on and a message a person can."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


_MESSAGES = {
    "empty": "The file is empty.",
    "doc": "This is a legacy Word .doc file; save it as .docx or PDF and try again.",
    "zip": "This is a ZIP archive but not a Word document (.docx).",
    "image": "This is an image, not a PDF or Word document; save the scan as PDF.",
    "html": "This is a web page (HTML), not a PDF or Word document.",
    "unknown": "The file type is not recognised (expected PDF, DOCX or plain text).",
}


def read_document(path: Path, password: str | None = None, max_pages: int | None = None) -> Document:
    kind = sniff(path)
    if kind == "pdf":
        return _read_pdf(path, password, max_pages)
    if kind == "docx":
        return _read_docx(path)
    if kind == "text":
        if path.suffix.lower() in (".pdf", ".docx"):
            raise ReadError("wrong_type", f"The file is named {path.suffix} but contains plain text.")
        from analyzer.readers.text import read_text

        return read_text(path)
    raise ReadError("unsupported" if kind != "empty" else "empty", _MESSAGES[kind])


def _read_pdf(path: Path, password: str | None, max_pages: int | None) -> Document:
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    from analyzer.readers.pdf import read_pdf

    try:
        return read_pdf(path, password=password, max_pages=max_pages)
    except PDFPasswordIncorrect as exc:
        raise ReadError(
            "encrypted", "The PDF is password-protected; give the password with --password."
        ) from exc
    except PDFSyntaxError as exc:
        raise ReadError("corrupt", "The PDF is damaged or truncated and cannot be read.") from exc
    except Exception as exc:
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name:
            raise ReadError("encrypted", "The PDF is password-protected; give the password with --password.") from exc
        raise ReadError("corrupt", f"The PDF could not be read ({name}).") from exc


def _read_docx(path: Path) -> Document:
    from analyzer.readers.docx import read_docx

    try:
        return read_docx(path)
    except Exception as exc:
        raise ReadError("corrupt", f"The Word document could not be read ({type(exc).__name__}).") from exc
