"""The one place that wires the stages: file -> reader -> document -> extractors -> checker -> report."""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from analyzer.model import (
    ClauseHit,
    Degree,
    Document,
    ErrorInfo,
    Evidence,
    ExtractedField,
    Fields,
    Page,
    Report,
    RulesUsed,
)

if TYPE_CHECKING:
    from analyzer.readers.errors import Deadline
    from analyzer.rules.loader import RulePack

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PAGES = 200
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class AnalyzeOptions:
    as_of: dt.date = dt.date.today()
    degree: str | None = None
    language: str | None = None
    permit: str = "auto"
    rules_override: Path | None = None
    password: str | None = None
    max_bytes: int = MAX_FILE_BYTES
    max_pages: int = MAX_PAGES
    max_unzipped_bytes: int = MAX_UNZIPPED_BYTES
    timeout: float | None = TIMEOUT_SECONDS
    ocr: bool = True
    debug: bool = False


def analyze(
    path: Path, options: AnalyzeOptions | None = None, *, keep: list[Document] | None = None
) -> Report:
    """Analyse one file. Never raises for bad input: any failure becomes a report with verdict "error".

    ``keep``: the document read is appended to it (the HTML report shows its pages; the JSON report stays as is)."""
    from analyzer.readers.errors import Deadline, TimedOut

    options = options or AnalyzeOptions()
    path = Path(path)
    deadline = Deadline(options.timeout)
    try:
        with deadline.alarm():
            return _analyze(path, options, deadline, keep)
    except TimedOut:
        return _error_report(
            path,
            options,
            "timeout",
            f"Analysis stopped after the {options.timeout or 0:g} s time limit (--timeout raises it).",
        )
    except MemoryError:
        return _error_report(
            path, options, "too_large", "The file needs more memory than is available to read."
        )
    except Exception as exc:
        if options.debug:
            traceback.print_exception(exc, file=sys.stderr)
        return _error_report(
            path,
            options,
            "internal",
            f"offercheck failed on this file ({type(exc).__name__}); this is a bug, please report it. "
            "Run with --debug to see the details.",
        )


def _error_report(path: Path, options: AnalyzeOptions, kind: str, message: str) -> Report:
    """A report for a file the analysis gave up on; it keeps the content hash when the file can be read, so a
    resumed batch recognises the file as done."""
    try:
        sha: str | None = file_sha256(path)
    except OSError:
        sha = None
    return Report(
        file=str(path),
        as_of=options.as_of,
        permit=options.permit,
        sha256=sha,
        verdict="error",
        error=ErrorInfo(kind=kind, message=message),
    )


def _analyze(
    path: Path, options: AnalyzeOptions, deadline: Deadline, keep: list[Document] | None = None
) -> Report:
    from analyzer.extract import extract_fields
    from analyzer.extract.language import detect_language, language_warnings
    from analyzer.readers import ReadError, ReadLimits, read_document, text_was_cut
    from analyzer.rules.checker import check
    from analyzer.rules.loader import pack_for
    from analyzer.rules.verdict import verdict

    started = time.perf_counter()

    def failed(kind: str, message: str, sha: str | None = None, pages: int = 0) -> Report:
        return Report(
            file=str(path),
            as_of=options.as_of,
            permit=options.permit,
            sha256=sha,
            pages=pages,
            verdict="error",
            error=ErrorInfo(kind=kind, message=message),
        )

    try:
        size = path.stat().st_size
    except OSError as exc:
        return failed("not_found", f"Cannot open the file: {exc.strerror}.")
    if path.is_dir():
        return failed("not_a_file", "This is a folder, not a file.")
    if not path.is_file():
        return failed("not_a_file", "This is not a regular file (a device, pipe or socket).")
    if size > options.max_bytes:
        return failed(
            "too_large",
            f"The file is {size / 2**20:.1f} MB, over the {options.max_bytes / 2**20:g} MB limit (--max-size raises it).",
        )
    try:
        sha = file_sha256(path)
    except OSError as exc:
        return failed("not_found", f"Cannot read the file: {exc.strerror or exc}.")
    limits = ReadLimits(
        max_pages=options.max_pages, max_unzipped_bytes=options.max_unzipped_bytes, ocr=options.ocr
    )
    try:
        document = read_document(path, password=options.password, limits=limits, deadline=deadline)
    except ReadError as exc:
        if options.debug:
            traceback.print_exception(exc, file=sys.stderr)
        return failed(exc.kind, exc.message, sha)
    if keep is not None:
        keep.append(document)
    if len(document.pages) > options.max_pages:
        return failed("too_many_pages", f"The document has more than {options.max_pages} pages.", sha)
    if not any(page.lines for page in document.pages):
        scan_warning = next((w for w in document.warnings if "no text layer" in w), None)
        return failed(
            "no_text",
            scan_warning
            or "No text could be read: the file looks like a scan or image without a text layer.",
            sha,
            len(document.pages),
        )
    deadline.check()
    from analyzer.rules.loader import apply_overrides_all, load_all_packs
    from analyzer.rules.settings import extraction_settings, missing_warning

    # Every pack, with --rules applied, before extraction: the legal figures extraction needs (full-time hours)
    # come from the same packs as the checks' (one source; a --rules file changes both).
    packs = load_all_packs()
    if options.rules_override:
        packs = apply_overrides_all(packs, options.rules_override)
    settings = extraction_settings(packs, options.as_of)
    language = options.language or detect_language(document)
    fields = extract_fields(document, language, settings)
    ocr_pages, ocr_confidence = _discount_ocr(fields, document)
    if options.degree:
        fields.degree_required = ExtractedField[Degree](
            value=cast(Degree, options.degree),
            confidence=1.0,
            evidence=[Evidence(page=0, text="--degree given on the command line")],
        )
    from analyzer.clauses.scan import scan_clauses
    from analyzer.rules.permits import choose_permit

    clauses = scan_clauses(document, fields)
    if cut := text_was_cut(
        document
    ):  # note.text_truncated: what was dropped may hold a requirement's evidence
        clauses.hits["text_truncated"] = ClauseHit(present=True, evidence=[Evidence(page=0, text=cut)])
    permit, permit_reason = choose_permit(options.permit, fields, clauses)
    pack = pack_for(permit, packs)
    others = [p for p in packs if p.permit == "any"]  # notes, minimum wages, contract completeness
    text = document.text
    findings = check(fields, pack, options.as_of, clauses=clauses, text=text, language=language)
    # Notes, minimum wages (scope udi) and contract completeness (scope contract) come after the permit's findings.
    extra = [
        f
        for other in others
        for f in check(fields, other, options.as_of, clauses=clauses, text=text, language=language)
    ]
    findings += sorted(extra, key=lambda f: f.scope != "udi")
    return Report(
        file=str(path),
        as_of=options.as_of,
        permit=permit,
        permit_reason=permit_reason,
        sha256=sha,
        language=language,  # type: ignore[arg-type]
        fields=fields,
        findings=findings,
        verdict=verdict(findings),
        rules=RulesUsed(
            pack=pack.id,
            version=pack.version,
            as_of=options.as_of,
            overrides=pack.overrides + [o for other in others for o in other.overrides],
            also=[f"{other.id}@{other.version}" for other in others],
        ),
        pages=len(document.pages),
        warnings=[
            *document.warnings,
            *language_warnings(document, language),
            *_rule_age_warnings([pack, *others], options.as_of),
            *([w] if (w := missing_warning(settings)) else []),
        ],
        seconds=round(time.perf_counter() - started, 3),
        ocr_pages=ocr_pages,
        ocr_confidence=ocr_confidence,
    )


def _rule_age_warnings(packs: list[RulePack], as_of: dt.date) -> list[str]:
    """One warning per pack whose values may be out of date on ``as_of`` (past the date they are trusted)."""
    return [w for pack in packs if (w := pack.age_warning(as_of))]


# OCR word confidence (0–1) at or above which a value is trusted as much as a text layer's, and at or below
# which it is not trusted at all; in between, the field's confidence is scaled down linearly.
OCR_TRUSTED = 0.9
OCR_UNTRUSTED = 0.5


def _discount_ocr(fields: Fields, document: Document) -> tuple[list[int], float | None]:
    """Lower the confidence of values read by OCR from words Tesseract was unsure of.

    Each piece of evidence on an OCR'd page is matched to its line; the line's weakest word confidence (or
    the page's mean if the line is not found) scales the field's confidence, which turns a pass into
    "review" in the checker when it drops below the rule pack's minimum. Returns the OCR'd page numbers
    and their mean word confidence.
    """
    ocr_pages = {p.number: p for p in document.pages if p.ocr}
    if not ocr_pages:
        return [], None
    known = [p.ocr_confidence for p in ocr_pages.values() if p.ocr_confidence is not None]
    mean = round(sum(known) / len(known), 3) if known else None
    for name in type(fields).model_fields:
        field = getattr(fields, name)
        confs = [
            _evidence_ocr_confidence(ev, ocr_pages[ev.page]) for ev in field.evidence if ev.page in ocr_pages
        ]
        if field.value is None or not confs:
            continue
        worst = min(confs)
        factor = min(1.0, max(0.0, (worst - OCR_UNTRUSTED) / (OCR_TRUSTED - OCR_UNTRUSTED)))
        if factor < 1.0:
            field.confidence = round(field.confidence * factor, 3)
            note = f"read by OCR, weakest word confidence {worst:.2f}; check against the document"
            field.note = f"{field.note}; {note}" if field.note else note
    return sorted(ocr_pages), mean


def _evidence_ocr_confidence(evidence: Evidence, page: Page) -> float:
    for line in page.lines:
        same = evidence.bbox is not None and evidence.bbox == line.bbox
        if (same or (evidence.text and evidence.text in line.text)) and line.ocr_confidence is not None:
            return line.ocr_confidence
    return page.ocr_confidence if page.ocr_confidence is not None else 0.0


def file_sha256(path: Path) -> str:
    """The content hash every report carries, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
