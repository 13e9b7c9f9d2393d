"""Runs fuzz cases through :mod:`child` worker processes and applies the oracle.

The oracle per file: the report's verdict is a normal one, or ``error`` with a known ``error.kind`` (not
``internal``); the answer comes within timeout + grace (else the worker is killed: ``timeout_overrun``); the
worker does not die (``crash``); the input's sha256 is the same after; the worker's peak RSS stays under
1.5 GB (``memory``; a worker past 2.5 GB is killed at once, to protect a shared machine).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import select
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .mutators import Case

CHILD = Path(__file__).with_name("child.py")
ROOT = Path(__file__).resolve().parents[2]
KNOWN_KINDS = frozenset(
    {
        "empty",
        "not_found",
        "not_a_file",
        "wrong_type",
        "legacy_doc",
        "unsupported",
        "encrypted",
        "corrupt",
        "too_large",
        "too_many_pages",
        "unsafe_xml",
        "timeout",
        "no_text",
    }
)
NORMAL = frozenset({"compliant", "non_compliant", "incomplete"})
RSS_LIMIT_KB = int(1.5 * 2**20)
RSS_KILL_KB = int(2.5 * 2**20)
OUTCOMES = (
    "normal",
    "clear_error",
    "internal",
    "timeout_overrun",
    "crash",
    "memory",
    "input_changed",
    "unknown_kind",
)
FAILURES = frozenset(OUTCOMES) - {"normal", "clear_error"}


@dataclass
class Result:
    case_id: str
    cls: str
    outcome: str
    seconds: float
    kind: str | None = None
    message: str | None = None
    detail: str = ""
    rss_mb: float = 0.0


def _rss_kb(pid: int, key: str = "VmRSS") -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Worker:
    def __init__(self) -> None:
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the worker; closed in kill()
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            env=env,
            cwd=ROOT,
        )
        line = self._readline(180.0)
        if line is None or not json.loads(line).get("ready"):
            raise RuntimeError(f"fuzz worker did not start: {self.stderr_tail()}")

    def _readline(self, timeout: float, watch: Callable[[], bool] | None = None) -> bytes | None:
        assert self.proc.stdout is not None
        end = time.monotonic() + timeout
        buffer = b""
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.proc.stdout], [], [], min(left, 0.25))
            if watch is not None and not watch():
                return None
            if ready:
                chunk = os.read(self.proc.stdout.fileno(), 1 << 16)
                if not chunk:
                    return b""
                buffer += chunk
                if buffer.endswith(b"\n"):
                    return buffer

    def stderr_tail(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read().decode("utf-8", "replace")[-3000:]

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.stderr.close()

    def run(
        self, path: Path, timeout: float, grace: float, max_unzipped_bytes: int
    ) -> tuple[str, dict[str, object]]:
        """('answer', data) | ('overrun', {}) | ('crash', {...}) | ('memory', {...})."""
        assert self.proc.stdin is not None
        job = {"path": str(path), "timeout": timeout, "max_unzipped_bytes": max_unzipped_bytes}
        self.proc.stdin.write((json.dumps(job) + "\n").encode())
        self.proc.stdin.flush()
        peak = [0]

        def watch() -> bool:
            peak[0] = max(peak[0], _rss_kb(self.proc.pid))
            return peak[0] < RSS_KILL_KB

        line = self._readline(timeout + grace, watch)
        if line is None and peak[0] >= RSS_KILL_KB:
            return "memory", {"rss_kb": peak[0]}
        if line is None:
            return "overrun", {"rss_kb": peak[0]}
        if line == b"":
            self.proc.wait()
            return "crash", {"returncode": self.proc.returncode, "stderr": self.stderr_tail()}
        return "answer", json.loads(line)


def judge(case: Case, status: str, data: dict[str, object], seconds: float, changed: bool) -> Result:
    rss = int(data.get("rss_kb") or data.get("maxrss_kb") or 0)  # type: ignore[call-overload]
    result = Result(case.id, case.cls, "normal", round(seconds, 3), rss_mb=round(rss / 1024, 1))
    if status == "crash":
        result.outcome, result.detail = "crash", f"exit {data.get('returncode')}: {data.get('stderr')}"
        return result
    if status == "overrun":
        result.outcome = "timeout_overrun"
        return result
    if status == "memory" or rss >= RSS_LIMIT_KB:
        result.outcome = "memory"
        return result
    verdict, kind = data.get("verdict"), data.get("kind")
    result.kind, result.message = (str(kind) if kind else None), (str(data.get("message") or "") or None)
    result.detail = str(data.get("stderr") or "")
    if changed:
        result.outcome = "input_changed"
    elif verdict in NORMAL:
        result.outcome = "normal"
    elif verdict == "error" and kind == "internal":
        result.outcome = "internal"
    elif verdict == "error" and kind in KNOWN_KINDS and data.get("message"):
        result.outcome = "clear_error"
    elif verdict == "exception":
        result.outcome = "internal"
    else:
        result.outcome = "unknown_kind"
    return result


@dataclass
class Run:
    results: list[Result] = field(default_factory=list)

    def table(self) -> dict[str, Counter[str]]:
        by_class: dict[str, Counter[str]] = {}
        for r in self.results:
            by_class.setdefault(r.cls, Counter())[r.outcome] += 1
        return by_class


def run_cases(
    cases: Iterable[Case],
    *,
    jobs: int = 1,
    timeout: float = 10.0,
    grace: float = 5.0,
    max_unzipped_bytes: int = 100 * 2**20,
    deadline: float | None = None,
    on_result: Callable[[Result], None] | None = None,
) -> Run:
    """Every case in a worker (``jobs`` of them, restarted after a kill, a crash or a high peak RSS); stops
    handing out cases once ``deadline`` (a ``time.monotonic()`` value) has passed."""
    source = iter(cases)  # built lazily: a long run's cases are not all held at once
    run = Run()
    lock = threading.Lock()
    workdir = Path(tempfile.mkdtemp(prefix="offercheck-fuzz-"))

    def loop(slot: int) -> None:
        worker: Worker | None = None
        try:
            while deadline is None or time.monotonic() < deadline:
                with lock:
                    case = next(source, None)
                if case is None:
                    return
                if worker is None:
                    worker = Worker()
                path = workdir / f"{slot}-{case.cls}-{case.index}{case.suffix}"
                path.write_bytes(case.data)
                before = hashlib.sha256(case.data).hexdigest()
                started = time.monotonic()
                status, data = worker.run(path, timeout, grace, max_unzipped_bytes)
                seconds = time.monotonic() - started
                changed = hashlib.sha256(path.read_bytes()).hexdigest() != before
                path.unlink()
                result = judge(case, status, data, seconds, changed)
                if status != "answer" or result.outcome == "memory":
                    worker.kill()  # a fresh process: no hang, no high-water mark carried over
                    worker = None
                with lock:
                    run.results.append(result)
                    if on_result is not None:
                        on_result(result)
        finally:
            if worker is not None:
                worker.kill()

    threads = [threading.Thread(target=loop, args=(i,), daemon=True) for i in range(max(1, jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with contextlib.suppress(OSError):
        workdir.rmdir()
    return run
