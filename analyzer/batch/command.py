"""Body of ``offercheck batch`` (cli.py only declares the options and calls :func:`batch_main`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from analyzer import exit_codes
from analyzer.batch.inputs import Skipped, iter_inputs, unmatched
from analyzer.batch.output import ResumeError
from analyzer.batch.runner import BatchOptions, run_batch
from analyzer.batch.sink import OutputError, check_writable, input_that_is
from analyzer.pipeline import AnalyzeOptions

EXIT_USAGE = exit_codes.USAGE
EXIT_INTERRUPTED = exit_codes.INTERRUPTED


def batch_main(
    paths: list[Path],
    analyze: AnalyzeOptions,
    *,
    workers: int,
    out: Path | None,
    fmt: str,
    resume: bool,
    redact: bool,
    summary_json: Path | None,
    max_memory_mb: float = 0,
    all_files: bool = False,
    csv_dialect: str = "standard",
    bom: bool | None = None,
) -> int:
    """Run a batch, print the summary on standard error, return the exit code."""
    from rich.console import Console

    console = Console(stderr=True)
    try:  # every output problem before any work: one line, exit 2
        if summary_json is not None:
            check_writable(summary_json, "--summary-json")
            if out is not None and os.path.realpath(out) == os.path.realpath(summary_json):
                raise OutputError("--summary-json and --out name the same file.")
            overlap = input_that_is(summary_json, paths)
            if overlap:
                raise OutputError(f"--summary-json: will not write to '{summary_json}': {overlap}.")
    except OutputError as exc:
        console.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        return EXIT_USAGE
    for pattern in unmatched(paths):
        console.print(f"warning: no file matches {pattern!r}", markup=False, highlight=False)
    skipped = Skipped()
    if next(iter_inputs(paths, all_files=all_files, skipped=skipped), None) is None:
        console.print("error: no PDF, DOCX or text files found in the given paths.", highlight=False)
        if skipped.count:
            console.print(f"({skipped.count} other file(s); --all-files takes every file.)", highlight=False)
        return EXIT_USAGE
    options = BatchOptions(
        paths=paths,
        analyze=analyze,
        workers=workers,
        out=out,
        fmt=fmt,
        resume=resume,
        redact=redact,
        max_memory_mb=max_memory_mb,
        all_files=all_files,
        csv_dialect=csv_dialect,
        bom=bom,
    )
    try:
        summary = run_batch(options, stdout=sys.stdout)
    except ResumeError as exc:
        console.print(f"error: cannot resume: {exc}", markup=False, highlight=False)
        return EXIT_USAGE
    except OutputError as exc:
        console.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        return EXIT_USAGE
    summary.render(console)
    if summary_json is not None:
        try:
            summary.write_json(summary_json)
        except OSError as exc:
            console.print(
                f"error: cannot write to '{summary_json}': {exc.strerror or exc}.",
                markup=False,
                highlight=False,
            )
            return EXIT_USAGE
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return exit_codes.exit_code(v for v, count in summary.verdicts.items() if count)
