"""The batch loop: a pool of spawn-started worker processes fed lazily from the file stream (a bounded number of
files in flight, so memory stays flat), every result written and flushed as it arrives, crashed workers
replaced without losing a file, and Ctrl-C stopping cleanly with everything written so far kept."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from analyzer.batch import worker
from analyzer.batch.inputs import iter_inputs
from analyzer.batch.output import CSV_COLUMNS, Outcome, Record, csv_line, drop_partial_last_line, read_done
from analyzer.batch.summary import Summary
from analyzer.pipeline import AnalyzeOptions, file_sha256

# Files in flight per worker: enough to keep every worker busy, few enough that memory does not grow.
IN_FLIGHT_PER_WORKER = 4
# After Ctrl-C, how long documents already being analysed may take to finish and still be written.
INTERRUPT_GRACE_SECONDS = 5.0
# A file that was in flight when the pool broke this many times is retried alone to find the culprit.
CRASHES_BEFORE_ISOLATION = 2


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
    max_in_flight: int | None = None
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


class _Writer:
    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh

    def line(self, text: str) -> None:
        self.fh.write(text + "\n")
        self.fh.flush()


def _pool(workers: int, options: BatchOptions) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=worker.init_worker,
        initargs=(options.analyze, options.fmt, options.redact),
    )


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: cancel what has not started and end its processes (no public API for the latter)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()


def _crash_outcome(path: Path, options: BatchOptions) -> Outcome:
    try:
        sha: str | None = file_sha256(path)
    except OSError:
        sha = None
    report = worker.error_report(
        path, options.analyze, "crashed",
        "The process checking this file stopped abruptly (out of memory or a crash in a parser); "
        "the file could not be checked.",
        sha,
    )  # fmt: skip
    return worker.outcome_for(report, options.fmt)


def _failure_outcome(path: Path, options: BatchOptions, exc: BaseException) -> Outcome:
    report = worker.error_report(
        path, options.analyze, "internal",
        f"offercheck failed on this file ({type(exc).__name__}); this is a bug, please report it.",
    )  # fmt: skip
    return worker.outcome_for(report, options.fmt)


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
    """Check every file; write one line per file to ``options.out`` (or ``stdout``); return the summary."""
    workers = options.workers or default_workers()
    summary = Summary(workers=workers)
    started = time.perf_counter()

    done: dict[tuple[str | None, str], Record] = {}
    if options.resume and options.out is not None and options.out.exists():
        done = {_resume_key(r.sha256, r.file): r for r in read_done(options.out, options.fmt)}
        drop_partial_last_line(options.out)  # only once the file is known to be ours

    show_progress = sys.stderr.isatty() if options.progress is None else options.progress
    total = sum(1 for _ in iter_inputs(options.paths)) if show_progress else None

    with ExitStack() as stack:
        if options.out is not None:
            fh: IO[str] = stack.enter_context(
                options.out.open("a" if options.resume else "w", encoding="utf-8", newline="")
            )
        else:
            fh = stdout or sys.stdout
        out = _Writer(fh)
        if options.fmt == "csv" and (options.out is None or fh.tell() == 0):
            out.line(csv_line(CSV_COLUMNS))
        progress = stack.enter_context(_Progress(show_progress, total))

        paths = iter_inputs(options.paths)

        def todo() -> Iterator[Path]:
            for path in paths:
                record = _already_done(done, path) if done else None
                if record is not None:
                    summary.add(record, resumed=True)
                    progress.advance(checked=False)
                    continue
                yield path

        def emit(outcome: Outcome) -> None:
            out.line(outcome.line)
            summary.add(outcome.record)
            summary.note_worker(outcome.pid, outcome.max_rss_kb)
            progress.advance()

        source = todo()
        limit = options.max_in_flight or workers * IN_FLIGHT_PER_WORKER
        in_flight: dict[Future[Outcome], Path] = {}
        retry: deque[Path] = deque()
        crashes: Counter[str] = Counter()
        pool = _pool(workers, options)
        exhausted = False

        def collect(finished: set[Future[Outcome]]) -> list[Path]:
            """Write finished results; return the files lost to a broken pool."""
            lost = []
            for future in finished:
                path = in_flight.pop(future)
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    lost.append(path)
                    continue
                except Exception as exc:  # e.g. a result that could not be sent back
                    outcome = _failure_outcome(path, options, exc)
                emit(outcome)
            return lost

        def run_alone(path: Path) -> Outcome:
            with _pool(1, options) as single:
                try:
                    return single.submit(options.task, path).result()
                except BrokenProcessPool:
                    return _crash_outcome(path, options)
                except Exception as exc:
                    return _failure_outcome(path, options, exc)

        try:
            while True:
                while len(in_flight) < limit:
                    if retry:
                        path = retry.popleft()
                    elif not exhausted:
                        next_path = next(source, None)
                        if next_path is None:
                            exhausted = True
                            continue
                        path = next_path
                    else:
                        break
                    in_flight[pool.submit(options.task, path)] = path
                if not in_flight:
                    break
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                lost = collect(finished)
                if not lost:
                    continue
                # The pool is broken: every other file in flight fails with it. Keep what did finish.
                summary.crashes += 1
                lost += collect(wait(list(in_flight)).done)
                _kill(pool)
                for path in lost:
                    crashes[str(path)] += 1
                    if crashes[str(path)] >= CRASHES_BEFORE_ISOLATION:
                        emit(run_alone(path))
                    else:
                        retry.append(path)
                pool = _pool(workers, options)
            pool.shutdown(wait=True)
        except KeyboardInterrupt:
            summary.interrupted = True
            for future in in_flight:
                future.cancel()
            running = [f for f in in_flight if not f.cancelled()]
            try:
                finished, _ = wait(running, timeout=INTERRUPT_GRACE_SECONDS)
                collect({f for f in finished if f.exception() is None})
            except KeyboardInterrupt:
                pass
            _kill(pool)
            summary.not_done = len(in_flight) + len(retry) + sum(1 for _ in paths)
    summary.seconds = time.perf_counter() - started
    return summary
