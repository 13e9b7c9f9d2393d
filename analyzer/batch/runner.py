"""The batch loop: a pool of spawn-style worker processes (:mod:`analyzer.batch.pool`) fed lazily from the
file stream (one file per worker at a time, so memory stays flat), every result written as it arrives. A worker
that dies costs only its file, retried once in a fresh process (then ``crashed``); a file over the time or
memory limit has its worker killed and replaced (``timeout`` / ``too_large``); Ctrl-C stops cleanly with
everything written so far kept; no worker outlives the batch."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from analyzer.batch import worker
from analyzer.batch.inputs import iter_inputs
from analyzer.batch.output import Outcome, Record
from analyzer.batch.pool import Result, WorkerPool
from analyzer.batch.sink import OutputError, Sink, input_that_is
from analyzer.batch.summary import Summary
from analyzer.pipeline import AnalyzeOptions, file_sha256

# After Ctrl-C, how long documents already being analysed may take to finish and still be written.
INTERRUPT_GRACE_SECONDS = 5.0
# Memory (resident) a worker may use before the file it is on gets too_large, in MB; 0: no limit.
MAX_MEMORY_MB = 2048


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class BatchOptions:
    paths: list[Path]
    analyze: AnalyzeOptions = field(default_factory=AnalyzeOptions)
    workers: int = 0  # 0: one per available core
    out: Path | None = None  # None: standard output
    fmt: str = "jsonl"  # jsonl | csv
    resume: bool = False
    redact: bool = False
    progress: bool | None = None  # None: only when standard error is a terminal
    max_memory_mb: float = MAX_MEMORY_MB  # per worker; 0: none
    all_files: bool = False  # folders give every file, not only documents
    csv_dialect: str = "standard"  # standard: ',' | excel: ';'
    bom: bool | None = None  # a UTF-8 BOM before the CSV header; None: in a file, not on standard output
    task: Callable[[Path], Outcome] = worker.process  # what a worker runs per file (replaceable in tests)


class _Progress:
    """A rich progress bar on standard error, or nothing."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self._bar: Any = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            redirect_stdout=False,  # the results on standard output are never drawn through the bar
            redirect_stderr=False,
        )
        self._task = self._bar.add_task("batch", total=total, rate="")
        self._started = time.perf_counter()
        self._done = 0

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def advance(self, checked: bool = True) -> None:
        if self._bar is None:
            return
        self._done += checked
        elapsed = time.perf_counter() - self._started
        rate = f"{self._done / elapsed:.1f} docs/s" if elapsed > 0 and self._done else ""
        self._bar.update(self._task, advance=1, rate=rate)


def progress_wanted(out: Path | None, stdout: IO[str], stderr: IO[str]) -> bool:
    """A progress bar only on a terminal's standard error, and not when the results go to that terminal too
    (the bar would be drawn between the lines; the lines show the progress)."""

    def tty(stream: IO[str]) -> bool:
        try:
            return stream.isatty()
        except (AttributeError, ValueError):  # closed, or not a file
            return False

    return tty(stderr) and not (out is None and tty(stdout))


def run_fingerprint(analyze: AnalyzeOptions, redact: bool) -> str:
    """16 hex digits naming everything that decides what a line says: the options that change the analysis
    and the version of every rule pack (a --rules file by its content). Limits (--timeout, --max-size,
    --max-memory) and --password are left out: changing them only retries files that failed."""
    import hashlib
    import json

    from analyzer.rules.loader import load_all_packs

    override = analyze.rules_override
    what = {
        "as_of": analyze.as_of.isoformat(),
        "permit": analyze.permit,
        "degree": analyze.degree,
        "language": analyze.language,
        "rules_override": hashlib.sha256(override.read_bytes()).hexdigest() if override else None,
        "max_pages": analyze.max_pages,
        "ocr": analyze.ocr,
        "redact": redact,
        "packs": sorted(f"{pack.id}@{pack.version}" for pack in load_all_packs()),
    }
    return hashlib.sha256(json.dumps(what, sort_keys=True).encode()).hexdigest()[:16]


def _resume_key(sha256: str | None, file: str) -> tuple[str | None, str]:
    return sha256, os.path.abspath(file)


def _already_done(done: dict[tuple[str | None, str], Record], path: Path) -> Record | None:
    """The earlier line for this file: same content at the same path. A byte-identical copy under another
    name is not done (every file gets its own line), and a file that could not be opened last time (a line
    without a hash) keeps that line rather than gaining a second one."""
    unreadable = done.get(_resume_key(None, str(path)))
    if unreadable is not None:
        return unreadable
    try:
        sha = file_sha256(path)
    except OSError:
        return None
    return done.get(_resume_key(sha, str(path)))


def run_batch(options: BatchOptions, stdout: IO[str] | None = None) -> Summary:
    """Check every file; write one line per file to ``options.out`` (or ``stdout``); return the summary.

    Raises :class:`~analyzer.batch.sink.OutputError` (before any work, or when a write fails: everything written
    until then is kept) and :class:`~analyzer.batch.output.ResumeError`."""
    workers = options.workers or default_workers()
    summary = Summary(workers=workers)
    started = time.perf_counter()
    if options.out is not None:
        overlap = input_that_is(options.out, options.paths)
        if overlap:
            raise OutputError(
                f"will not write to '{options.out}': {overlap}. Choose an --out outside the inputs."
            )

    out_stream = stdout or sys.stdout
    show_progress = (
        progress_wanted(options.out, out_stream, sys.stderr) if options.progress is None else options.progress
    )
    with ExitStack() as stack:
        sink = stack.enter_context(
            Sink(
                options.out,
                options.fmt,
                options.resume,
                out_stream,
                fingerprint=run_fingerprint(options.analyze, options.redact),
                csv_dialect=options.csv_dialect,
                bom=options.bom,
            )
        )
        done = {_resume_key(r.sha256, r.file): r for r in sink.done}
        sink.done = []
        everything = options.all_files
        total = (
            sum(1 for _ in iter_inputs(options.paths, options.out, all_files=everything))
            if show_progress
            else None
        )
        progress = stack.enter_context(_Progress(show_progress, total))
        paths = iter_inputs(options.paths, options.out, all_files=everything, skipped=summary.skipped)

        def todo() -> Iterator[Path]:
            for path in paths:
                record = _already_done(done, path) if done else None
                if record is not None:
                    summary.add(record, resumed=True)
                    progress.advance(checked=False)
                    continue
                yield path

        def emit(result: Result) -> None:
            if result.kind == "done":
                outcome: Outcome = result.value
            else:
                report = worker.stopped_report(result, options.analyze, max_memory)
                outcome = worker.outcome_for(report, options.fmt)
            sink.line(outcome.line)
            summary.add(outcome.record)
            summary.note_worker(outcome.pid, outcome.max_rss_kb)
            progress.advance()

        max_memory = int(options.max_memory_mb * 2**20) if options.max_memory_mb else None
        pool = WorkerPool(
            size=workers,
            task=options.task,
            initializer=worker.init_worker,
            initargs=(options.analyze, options.fmt, options.redact),
            timeout=options.analyze.timeout,
            max_memory=max_memory,
        )
        stack.callback(pool.close, kill=True)  # whatever happens below, no worker outlives the batch
        try:
            for result in pool.run(todo()):
                emit(result)
            pool.close()
        except KeyboardInterrupt:
            summary.interrupted = True
            try:
                for result in pool.drain(INTERRUPT_GRACE_SECONDS):
                    emit(result)
            except KeyboardInterrupt:
                pass
            summary.not_done = len(pool.unfinished()) + sum(1 for _ in paths)
            pool.close(kill=True)
        finally:
            summary.crashes = pool.crashes
    summary.seconds = time.perf_counter() - started
    return summary
