"""What runs inside each worker process. The pool's initializer warms the pipeline once per process (imports,
spaCy pipeline, rule pack) so no document pays for it; :func:`process` never raises for a bad document."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import sys
import traceback
from pathlib import Path

from analyzer.batch.output import Outcome, record_from_report, render_line
from analyzer.model import ErrorInfo, Report
from analyzer.pipeline import AnalyzeOptions, file_sha256

_options: AnalyzeOptions | None = None
_format = "jsonl"
_redact = False


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
        file=str(path), as_of=options.as_of, permit=options.permit, sha256=sha256, verdict="error",
        error=ErrorInfo(kind=kind, message=message),
    )  # fmt: skip


def analyze_safely(path: Path, options: AnalyzeOptions) -> Report:
    from analyzer.pipeline import analyze

    try:
        return analyze(path, options)
    except Exception as exc:
        if options.debug or os.environ.get("OFFERCHECK_DEBUG"):
            traceback.print_exc()
        sha = None
        with contextlib.suppress(OSError):
            sha = file_sha256(path)
        return error_report(
            path, options, "internal",
            f"offercheck failed on this file ({type(exc).__name__}); this is a bug, please report it.",
            sha,
        )  # fmt: skip


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
            error_report(path, options, "internal", f"The report could not be written ({type(exc).__name__}).",
                         report.sha256),
            _format,
        )  # fmt: skip
    outcome.pid = os.getpid()
    outcome.max_rss_kb = max_rss_kb()
    return outcome
