"""What runs inside each worker process. The pool's initializer warms the pipeline once per process (imports,
spaCy pipeline, rule pack) so no document pays for it; :func:`process` never raises for a bad document.

``check`` runs its documents in one such process too (:func:`init_check`, :func:`check_report`), so that its time
and memory limits hold whatever a parser does; the reports for files a worker was stopped on are built in the
parent by :func:`stopped_report`."""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import resource
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from analyzer.batch.output import Outcome, record_from_report, render_line
from analyzer.model import Document, ErrorInfo, Report
from analyzer.pipeline import AnalyzeOptions, file_sha256

_options: AnalyzeOptions | None = None
_format = "jsonl"
_redact = False
_check_task: Callable[[Path], Report] | None = None

if TYPE_CHECKING:
    from analyzer.batch.pool import Result

# Test hook, read only by check's worker process: "module:function" replaces the analysis of each file (the
# tests use it to make a document hang in C code or hog memory deterministically). Not a user option.
CHECK_TASK_ENV = "OFFERCHECK_TEST_CHECK_TASK"


def init_worker(options: AnalyzeOptions, fmt: str, redact: bool = False) -> None:
    """Pool initializer: remember the options, leave Ctrl-C to the parent, build the expensive parts once."""
    global _options, _format, _redact
    _options, _format, _redact = options, fmt, redact
    # The terminal sends SIGINT to the whole process group; the parent decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm(options)


_WARM_UP_TEXT = (
    "Arbeidsavtale\nArbeidsgiver: Fjordlys AS\nStilling: Utvikler, 100 %\nLønn: kr 650 000 per år\n"
    "Tiltredelse: 1. mars 2026\nArbeidssted: Bergen\n"
)


def warm(options: AnalyzeOptions) -> None:
    """Build everything the pipeline builds lazily (imports, spaCy pipeline, lexicon, rule packs) by analysing
    a tiny throw-away offer, so the first real document is not slower than the rest."""
    import dataclasses
    import tempfile

    import docx  # noqa: F401  (the readers import these lazily)
    import pdfplumber  # noqa: F401

    import analyzer.readers.docx  # noqa: F401
    import analyzer.readers.pdf  # noqa: F401
    from analyzer.extract.nlp import _pipeline
    from analyzer.pipeline import analyze

    _pipeline()
    # The throw-away offer must run to the end whatever --timeout is, or the rule packs would not be built.
    options = dataclasses.replace(options, timeout=None, debug=False)
    try:
        with tempfile.TemporaryDirectory(prefix="offercheck-warm-") as folder:
            sample = Path(folder) / "warm-up.txt"
            sample.write_text(_WARM_UP_TEXT, encoding="utf-8")
            analyze(sample, options)
    except Exception:  # warming is an optimisation only; real documents report their own problems
        pass


def max_rss_kb() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB on Linux


def error_report(
    path: Path, options: AnalyzeOptions, kind: str, message: str, sha256: str | None = None
) -> Report:
    """The same shape as the pipeline's own error reports (``verdict: error`` with a plain message)."""
    return Report(
        file=str(path),
        as_of=options.as_of,
        permit=options.permit,
        sha256=sha256,
        verdict="error",
        error=ErrorInfo(kind=kind, message=message),
    )


def analyze_safely(path: Path, options: AnalyzeOptions, keep: list[Document] | None = None) -> Report:
    from analyzer.pipeline import analyze

    try:
        return analyze(path, options, keep=keep)
    except Exception as exc:
        if options.debug or os.environ.get("OFFERCHECK_DEBUG"):
            traceback.print_exc()
        sha = None
        with contextlib.suppress(OSError):
            sha = file_sha256(path)
        return error_report(
            path,
            options,
            "internal",
            f"offercheck failed on this file ({type(exc).__name__}); this is a bug, please report it.",
            sha,
        )


def outcome_for(report: Report, fmt: str) -> Outcome:
    return Outcome(record=record_from_report(report), line=render_line(report, fmt))


def process(path: Path) -> Outcome:
    """One file -> its report line and summary record. Runs in a worker; any exception becomes an error report."""
    options = _options or AnalyzeOptions()
    report = analyze_safely(path, options)
    try:
        if _redact:
            from analyzer.redact import redact_report

            report = redact_report(report)
        outcome = outcome_for(report, _format)
    except Exception as exc:  # rendering must not lose the file either
        outcome = outcome_for(
            error_report(
                path,
                options,
                "internal",
                f"The report could not be written ({type(exc).__name__}).",
                report.sha256,
            ),
            _format,
        )
    outcome.pid = os.getpid()
    outcome.max_rss_kb = max_rss_kb()
    return outcome


def init_check(options: AnalyzeOptions) -> None:
    """Initializer of ``check``'s worker process: remember the options, build the expensive parts once."""
    global _options, _check_task
    _options = options
    hook = os.environ.get(CHECK_TASK_ENV)
    if hook:
        module, _, name = hook.partition(":")
        _check_task = getattr(importlib.import_module(module), name)
    warm(options)


def check_report(path: Path) -> str:
    """``check``'s task: one file's report as JSON, for the parent to render (:func:`report_from_json`). JSON, not a
    pickle: the JSON contract round-trips every report, while pydantic's generic models do not always pickle."""
    report = (
        _check_task(path) if _check_task is not None else analyze_safely(path, _options or AnalyzeOptions())
    )
    return _to_json(report)


def _to_json(model: Report | Document) -> str:
    """ASCII JSON through the standard library: a file name that is not UTF-8 holds lone surrogates (kept exact, see
    README), which pydantic's own JSON writer and reader both refuse; ``\\udcxx`` escapes carry them across."""
    return json.dumps(model.model_dump(mode="json"))


def check_report_with_document(path: Path) -> str:
    """``check --format html``'s task: the report and the document it was read from (its pages, for the HTML
    report's text section), as ``{"report": …, "document": … or null}`` JSON (:func:`report_and_document`)."""
    kept: list[Document] = []
    if _check_task is not None:
        report = _check_task(path)
    else:
        report = analyze_safely(path, _options or AnalyzeOptions(), kept)
    document = _to_json(kept[0]) if kept and report.verdict != "error" else "null"
    return f'{{"report": {_to_json(report)}, "document": {document}}}'


def report_and_document(text: str) -> tuple[Report, Document | None]:
    data = json.loads(text)
    document = Document.model_validate(data["document"]) if data["document"] is not None else None
    return Report.model_validate(data["report"]), document


def report_from_json(text: str) -> Report:
    return Report.model_validate(json.loads(text))  # json.loads: see _to_json


def _sha_or_none(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None


def stopped_report(result: Result, options: AnalyzeOptions, max_memory: int | None) -> Report:
    """The report for a file whose worker did not give one: killed at the time or memory limit, died on it, or
    the task itself failed. Keeps the content hash, so ``--resume`` does not redo the file."""
    sha = _sha_or_none(result.path)
    if result.kind == "timeout":
        kind, message = (
            "timeout",
            f"Analysis stopped after the {options.timeout or 0:g} s time limit (--timeout raises it).",
        )
    elif result.kind == "memory":
        limit = f"the {max_memory / 2**20:g} MB memory limit" if max_memory else "the memory available"
        kind, message = "too_large", f"The file needs more than {limit} to read (--max-memory raises it)."
    elif result.kind == "crashed":
        kind, message = (
            "crashed",
            (
                "The process checking this file stopped abruptly (out of memory or a crash in a parser); "
                "the file could not be checked."
            ),
        )
    else:
        name = str(result.value or "Error").split(":", 1)[0]
        kind, message = (
            "internal",
            f"offercheck failed on this file ({name}); this is a bug, please report it.",
        )
    return error_report(result.path, options, kind, message, sha)
