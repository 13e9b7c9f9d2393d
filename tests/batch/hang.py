"""Worker tasks for the limit tests (importable by the worker processes, hence a module of its own). The file's
name picks the behaviour, so one batch can mix hanging and good files deterministically:

- ``sleep``: blocked in a system call for an hour (no Python code runs);
- ``cloop``: a loop in C that holds the GIL and never lets a signal handler run (like a parser stuck in C code;
  SIGALRM cannot stop it);
- ``spin``: a pure Python busy loop;
- ``hog``: allocates (and touches) memory until stopped;
- anything else: the real analysis.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from analyzer.batch import worker
from analyzer.batch.output import Outcome
from analyzer.model import Report
from analyzer.pipeline import AnalyzeOptions


def misbehave(path: Path) -> None:
    name = Path(path).name
    if "sleep" in name:
        time.sleep(3600)
    if "cloop" in name:
        sum(itertools.repeat(1))  # never returns, never checks for signals
    if "spin" in name:
        while True:
            pass
    if "hog" in name:
        blocks = []
        while True:
            blocks.append(b"x" * (8 << 20))  # bytes are written, so they count in the resident size
            time.sleep(0.002)


def process(path: Path) -> Outcome:
    """The batch task."""
    misbehave(path)
    return worker.process(path)


def check_report(path: Path) -> Report:
    """The check task (selected with the OFFERCHECK_TEST_CHECK_TASK hook)."""
    misbehave(path)
    return worker.analyze_safely(path, worker._options or AnalyzeOptions())


def quick(path: Path) -> str:
    """A task without the pipeline (workers start in a fraction of a second): for timing the pool itself."""
    misbehave(path)
    return Path(path).name
