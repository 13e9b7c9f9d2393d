"""A worker task for tests: behaves like the real one, except that it kills its own process on files whose
name contains ``crash`` and raises on files whose name contains ``boom`` (must be importable by spawned
workers, hence a module of its own)."""

from __future__ import annotations

import os
from pathlib import Path

from analyzer.batch import worker
from analyzer.batch.output import Outcome


def process(path: Path) -> Outcome:
    if "crash" in Path(path).name:
        os._exit(1)  # like a segfault or the OOM killer: the pool breaks
    if "boom" in Path(path).name:
        raise RuntimeError("task failed")
    return worker.process(path)
