"""The per-document limits hold whatever the parser does, and no worker outlives its batch.

A hanging document is simulated by the tasks in :mod:`tests.batch.hang` (a system call, a C loop that holds the
GIL and ignores signals, a Python busy loop, a memory hog), so the tests do not depend on a PDF that happens to
hang today's pdfminer."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from analyzer.batch.pool import TASK_GRACE_SECONDS, WORKER_ENV, WorkerPool
from analyzer.batch.runner import BatchOptions, run_batch
from analyzer.pipeline import AnalyzeOptions, file_sha256

from . import hang
from .conftest import SAMPLES

pytestmark = pytest.mark.slow  # worker pools and subprocesses that are killed at deadlines

ROOT = Path(__file__).resolve().parents[2]
GOOD = ["nb_tilbudsbrev_master.pdf", "nn_deltid_60.docx", "en_hourly_wage.pdf"]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_pool_kills_a_task_at_its_deadline_and_goes_on() -> None:
    timeout = 1.0
    names = ["a.txt", "b_sleep.txt", "c.txt", "d_cloop.txt", "e_spin.txt", "f.txt", "g.txt"]
    with WorkerPool(size=2, task=hang.quick, timeout=timeout) as pool:
        results = {r.path.name: r for r in pool.run(iter(Path(n) for n in names))}
    assert sorted(results) == sorted(names)
    for name in ("b_sleep.txt", "d_cloop.txt", "e_spin.txt"):
        assert results[name].kind == "timeout", name
        # killed at the limit plus the grace the worker has to answer by itself, and not much later (a stuck
        # task used to run for ever; the margin above is for a parent scheduled late on a loaded machine)
        assert timeout + TASK_GRACE_SECONDS <= results[name].seconds <= timeout + TASK_GRACE_SECONDS + 10, (
            name,
            results[name].seconds,
        )
    for name in ("a.txt", "c.txt", "f.txt", "g.txt"):
        assert (results[name].kind, results[name].value) == ("done", name)


def test_a_hanging_document_gets_a_timeout_line_and_every_other_file_its_report(
    tmp_path: Path, options: AnalyzeOptions
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in GOOD:
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    for name in ("stuck_cloop.txt", "stuck_sleep.txt"):
        (folder / name).write_text("Arbeidsgiver: Ørsta AS\n", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    # The limit holds for the good files too: long enough that a loaded machine (2 cores, 8 test runs) still
    # analyses a sample within it (2 s did not), short enough to keep the test under half a minute.
    limited = AnalyzeOptions(as_of=options.as_of, timeout=15)
    summary = run_batch(
        BatchOptions(paths=[folder], analyze=limited, workers=2, out=out, progress=False, task=hang.process)
    )
    by_name = {Path(r["file"]).name: r for r in _lines(out)}
    assert sorted(by_name) == sorted([*GOOD, "stuck_cloop.txt", "stuck_sleep.txt"])
    for name in ("stuck_cloop.txt", "stuck_sleep.txt"):
        report = by_name[name]
        assert (report["verdict"], report["error"]["kind"]) == ("error", "timeout")
        assert (
            report["error"]["message"] == "Analysis stopped after the 15 s time limit (--timeout raises it)."
        )
        assert report["sha256"] == file_sha256(folder / name)  # so --resume does not redo it
    assert [by_name[n]["verdict"] for n in GOOD] == ["compliant", "non_compliant", "compliant"]
    assert summary.verdicts["error"] == 2 and summary.processed == 5


def test_a_document_over_the_memory_limit_gets_too_large_and_the_rest_go_on(
    tmp_path: Path, options: AnalyzeOptions
) -> None:
    hog = tmp_path / "hog.txt"
    hog.write_text("Arbeidsgiver: Ørsta AS\n", encoding="utf-8")
    good = SAMPLES / "nn_deltid_60.docx"
    out = tmp_path / "r.jsonl"
    started = time.monotonic()
    run_batch(
        BatchOptions(
            paths=[hog, good],
            analyze=options,
            workers=1,
            out=out,
            progress=False,
            task=hang.process,
            max_memory_mb=600,
        )
    )
    by_name = {Path(r["file"]).name: r for r in _lines(out)}
    assert (by_name["hog.txt"]["verdict"], by_name["hog.txt"]["error"]["kind"]) == ("error", "too_large")
    assert "600 MB memory limit" in by_name["hog.txt"]["error"]["message"]
    assert by_name["nn_deltid_60.docx"]["verdict"] == "non_compliant"  # samples/nn_deltid_60.expected.json
    assert time.monotonic() - started < 120


def _workers_of(parent: int) -> list[int]:
    """Processes whose environment marks them as a worker of ``parent`` (set by analyzer.batch.pool)."""
    marker = f"{WORKER_ENV}={parent}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if marker in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _children_of(parent: int) -> list[str]:
    """Command lines of the direct children of ``parent``."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "stat").read_text().rsplit(")", 1)[1].split()[1] == str(
                parent
            ):
                found.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except (OSError, IndexError):
            continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_no_worker_outlives_a_killed_batch(tmp_path: Path, sig: signal.Signals) -> None:
    for name in ("a_sleep.txt", "b_sleep.txt", "c_sleep.txt"):
        (tmp_path / name).write_text("Stilling: Kokk\n", encoding="utf-8")
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from analyzer.batch.runner import BatchOptions, run_batch
        from analyzer.pipeline import AnalyzeOptions
        from tests.batch import hang
        run_batch(BatchOptions(paths=[Path({str(tmp_path)!r})], analyze=AnalyzeOptions(timeout=None), workers=2,
                               out=Path({str(tmp_path / "r.jsonl")!r}), progress=False, task=hang.process))
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while len(_workers_of(parent.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(_workers_of(parent.pid)) == 2
        assert not [c for c in _children_of(parent.pid) if "resource_tracker" in c]
        parent.send_signal(sig)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 30  # PDEATHSIG acts at once; the margin is for a loaded machine
        while _workers_of(parent.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _workers_of(parent.pid) == []
    finally:
        parent.kill()
        for pid in _workers_of(parent.pid):
            os.kill(pid, signal.SIGKILL)
