"""The one place that wires the stages: file -> reader -> document -> extractors -> checker -> report."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from analyzer.model import Degree, ErrorInfo, Evidence, ExtractedField, Report, RulesUsed

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PAGES = 200


@dataclass(frozen=True)
class AnalyzeOptions:
    as_of: dt.date = dt.date.today()
    degree: str | None = None
    language: str | None = None
    permit: str = "skilled"
    rules_override: Path | None = None
    password: str | None = None
    max_bytes: int = MAX_FILE_BYTES
    max_pages: int = MAX_PAGES


def analyze(path: Path, options: AnalyzeOptions | None = None) -> Report:
    from analyzer.extract import extract_fields
    from analyzer.extract.language import detect_language
    from analyzer.readers import ReadError, read_document
    from analyzer.rules.checker import check
    from analyzer.rules.loader import apply_overrides, pack_for
    from analyzer.rules.verdict import verdict

    options = options or AnalyzeOptions()
    started = time.perf_counter()
    path = Path(path)

    def failed(kind: str, message: str, sha: str | None = None, pages: int = 0) -> Report:
        return Report(
            file=str(path), as_of=options.as_of, permit=options.permit, sha256=sha, pages=pages,
            verdict="error", error=ErrorInfo(kind=kind, message=message),
        )  # fmt: skip

    try:
        size = path.stat().st_size
    except OSError as exc:
        return failed("not_found", f"Cannot open the file: {exc.strerror}.")
    if path.is_dir():
        return failed("not_a_file", "This is a folder, not a file.")
    if size > options.max_bytes:
        return failed("too_large", f"The file is {size / 1e6:.1f} MB, over the {options.max_bytes / 1e6:.0f} MB limit.")
    sha = _sha256(path)
    try:
        document = read_document(path, password=options.password, max_pages=options.max_pages + 1)
    except ReadError as exc:
        return failed(exc.kind, exc.message, sha)
    if len(document.pages) > options.max_pages:
        return failed("too_many_pages", f"The document has more than {options.max_pages} pages.", sha)
    if not any(page.lines for page in document.pages):
        return failed(
            "no_text", "No text could be read: the file looks like a scan or image without a text layer.", sha,
            len(document.pages),
        )  # fmt: skip
    language = options.language or detect_language(document)
    fields = extract_fields(document, language)
    if options.degree:
        fields.degree_required = ExtractedField[Degree](
            value=cast(Degree, options.degree),
            confidence=1.0,
            evidence=[Evidence(page=0, text="--degree given on the command line")],
        )
    pack = pack_for(options.permit)
    if options.rules_override:
        pack = apply_overrides(pack, options.rules_override)
    findings = check(fields, pack, options.as_of)
    return Report(
        file=str(path),
        as_of=options.as_of,
        permit=options.permit,
        sha256=sha,
        language=language,  # type: ignore[arg-type]
        fields=fields,
        findings=findings,
        verdict=verdict(findings),
        rules=RulesUsed(pack=pack.id, version=pack.version, as_of=options.as_of, overrides=pack.overrides),
        pages=len(document.pages),
        warnings=document.warnings,
        seconds=round(time.perf_counter() - started, 3),
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
