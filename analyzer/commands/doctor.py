"""``offercheck doctor``: which optional parts are present, what each missing one disables, how to install it."""

from __future__ import annotations

import json
import platform
import shutil
import sys
from dataclasses import asdict, dataclass
from importlib import metadata

from analyzer import __version__

REQUIRED = [
    "pdfplumber", "pdfminer.six", "pypdfium2", "python-docx", "lxml", "spacy", "pydantic", "typer", "rich",
    "PyYAML", "python-stdnum", "defusedxml",
]  # fmt: skip
APT_OCR = "sudo apt-get install -y tesseract-ocr tesseract-ocr-nor tesseract-ocr-eng"
PIP_OCR = "pip install 'offercheck[ocr]'"


@dataclass
class Part:
    name: str
    status: str  # "ok" | "missing"
    version: str | None
    needed_for: str
    disables: str | None = None
    install: str | None = None


def _dist_version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def collect() -> list[Part]:
    parts: list[Part] = [Part("python", "ok", platform.python_version(), "everything")]
    for dist in REQUIRED:
        version = _dist_version(dist)
        parts.append(
            Part(dist, "ok" if version else "missing", version, "core (required)",
                 None if version else "offercheck itself", None if version else "pip install offercheck")
        )  # fmt: skip
    for dist in ("pytesseract", "Pillow"):
        version = _dist_version(dist)
        parts.append(
            Part(dist, "ok" if version else "missing", version, "OCR of scanned PDF pages (optional)",
                 None if version else "OCR: scanned pages are not read", None if version else PIP_OCR)
        )  # fmt: skip
    parts.extend(_tesseract_parts())
    return parts


def _tesseract_parts() -> list[Part]:
    from analyzer.readers.ocr import ocr_status

    ocr_status.cache_clear()
    status = ocr_status()
    found = shutil.which("tesseract")
    if status.version is None:
        why = status.reason or "not found"
        return [Part("tesseract", "missing", None, "OCR of scanned PDF pages (optional)",
                     f"OCR: scanned pages are not read ({why.split(';')[0]})", APT_OCR)]  # fmt: skip
    parts = [Part("tesseract", "ok", status.version, f"OCR engine ({found})")]
    effects = {"nor": "Norwegian OCR: æ, ø and å are misread", "eng": "English OCR is less accurate"}
    for lang, label in (("nor", "Norwegian"), ("eng", "English")):
        have = lang in status.languages
        parts.append(
            Part(f"tesseract language '{lang}'", "ok" if have else "missing", None, f"OCR of {label} text",
                 None if have else effects[lang], None if have else f"sudo apt-get install -y tesseract-ocr-{lang}")
        )  # fmt: skip
    return parts


def run(as_json: bool = False) -> int:
    """Print the report; exit code 1 if a required part is missing, else 0 (optional parts never fail)."""
    parts = collect()
    missing_required = any(p.status == "missing" and "required" in p.needed_for for p in parts)
    if as_json:
        print(json.dumps({"offercheck": __version__, "parts": [asdict(p) for p in parts]}, ensure_ascii=False,
                         indent=2))  # fmt: skip
        return 1 if missing_required else 0
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"offercheck {__version__} on Python {platform.python_version()} ({sys.platform})")
    for column in ("part", "status", "version", "used for", "if missing"):
        table.add_column(column)
    for p in parts:
        mark = "[green]ok[/]" if p.status == "ok" else "[red]missing[/]"
        table.add_row(p.name, mark, p.version or "", p.needed_for, p.disables or "")
    console.print(table)
    installs = sorted({p.install for p in parts if p.install})
    if installs:
        console.print("To install what is missing:")
        for command in installs:
            console.print(f"  {command}", markup=False)
    else:
        console.print("Everything is installed: text PDFs, DOCX, and scanned PDFs (OCR) can be read.")
    return 1 if missing_required else 0
