"""Supervised worker processes with a hard limit per task, used by ``batch`` and by ``check``.

Why not ``ProcessPoolExecutor``: it cannot stop one task. A parser stuck in C code (a PDF whose page tree or
resources refer to themselves) ignores SIGALRM, so the only limit that always holds is to kill the process
running it. Here every worker runs one task at a time; the parent knows which file each worker holds, kills that
worker at the file's deadline (or when its memory passes the limit) and starts a fresh one, and the other workers
go on. A worker that dies costs only its own file, which is retried once in a new process.

Workers are new interpreters started with :mod:`subprocess` (like multiprocessing's ``spawn``, but without its
resource tracker process, which outlived a killed batch), talking pickles over a socket pair. Each worker dies
with its parent on every exit path: ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` on Linux, plus a watchdog thread that
exits when ``os.getppid()`` changes (the parent died before ``prctl`` or the platform has none), plus an explicit
kill of every worker when the pool closes.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait as wait_for
from pathlib import Path
from typing import Any

# After a task's time limit, how long the worker may take to send its own (cooperative) timeout report before it
# is killed. The report then arrives at most this much (plus a few ms) after the limit.
TASK_GRACE_SECONDS = 1.0
# How often the parent reads the resident memory of busy workers.
MEMORY_POLL_SECONDS = 0.2
# A worker dying this many times in a row before it is ready means it cannot start at all (a broken install).
STARTUP_FAILURES = 3
# Set in every worker's environment to the parent's pid: lets `ps e` (and the orphan test) tell workers apart.
WORKER_ENV = "OFFERCHECK_WORKER_OF"

_HEADER = struct.Struct("!Q")
_PR_SET_PDEATHSIG = 1


class PoolError(Exception):
    """The workers cannot run at all (each one died while starting)."""


@dataclass
class Result:
    """What became of one task. ``kind``: ``done`` (``value`` is the task's return value), ``failed`` (the task
    raised; ``value`` is ``"ExceptionName: message"``), ``crashed`` (the worker died on it twice), ``timeout``
    (killed at the deadline), ``memory`` (over the memory limit: killed, or the task hit MemoryError)."""

    path: Path
    kind: str
    value: Any = None
    pid: int = 0
    seconds: float = 0.0


class _Channel:
    """Length-prefixed pickles over a stream socket (blocking)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def fileno(self) -> int:
        return self.sock.fileno()

    def send(self, obj: Any) -> None:
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        self.sock.sendall(_HEADER.pack(len(data)) + data)

    def _exactly(self, size: int) -> bytes:
        buffer = bytearray(size)
        view = memoryview(buffer)
        got = 0
        while got < size:
            n = self.sock.recv_into(view[got:])
            if n == 0:
                raise EOFError("the other end closed the connection")
            got += n
        return bytes(buffer)

    def recv(self) -> Any:
        (size,) = _HEADER.unpack(self._exactly(_HEADER.size))
        return pickle.loads(self._exactly(size))

    def close(self) -> None:
        self.sock.close()


@dataclass(frozen=True)
class _Spec:
    """What a worker needs, sent after ``sys.path`` so that the task's module can be imported."""

    task: Callable[[Path], Any] | str
    initializer: Callable[..., None] | str | None
    initargs: tuple[Any, ...]
    max_memory: int | None


def _resolve(target: Any) -> Any:
    """A callable, or its ``"module:function"`` name: naming it lets the parent start a worker without importing
    the module itself (``check`` imports its renderers while the worker warms up)."""
    if not isinstance(target, str):
        return target
    import importlib

    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


# --------------------------------------------------------------------------- worker side


def _die_with_parent(parent: int) -> None:
    """Never outlive the parent: the kernel kills us when it dies (Linux), and a thread checks as a fallback."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="offercheck-parent-watch", daemon=True).start()


def _limit_address_space(max_memory: int | None) -> None:
    """A backstop for the parent's RSS watch: an allocation of more than the limit beyond what the warm worker
    maps fails with MemoryError (the file gets ``too_large``) instead of reaching the system's OOM killer."""
    if not max_memory:
        return
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource

        size = int(Path("/proc/self/statm").read_text().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = size + max_memory
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def child_main() -> None:
    """Entry point of a worker process: ``python -c '...child_main()' SOCKET_FD PARENT_PID``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the parent decides
    fd, parent = int(sys.argv[1]), int(sys.argv[2])
    _die_with_parent(parent)
    channel = _Channel(socket.socket(fileno=fd))
    sys.path[:] = channel.recv()
    spec: _Spec = channel.recv()
    task = _resolve(spec.task)
    if spec.initializer is not None:
        _resolve(spec.initializer)(*spec.initargs)
    _limit_address_space(spec.max_memory)
    channel.send(("ready", os.getpid()))
    while True:
        try:
            path = channel.recv()
        except EOFError:
            return
        if path is None:
            return
        try:
            reply: tuple[str, Any] = ("done", task(path))
        except MemoryError:
            reply = ("memory", None)
        except Exception as exc:
            reply = ("failed", f"{type(exc).__name__}: {exc}")
        try:
            channel.send(reply)
        except Exception as exc:  # a result that cannot be pickled
            channel.send(("failed", f"{type(exc).__name__}: {exc}"))


# --------------------------------------------------------------------------- parent side


def _rss_bytes(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _stderr_fd() -> int:
    try:
        return sys.__stderr__.fileno() if sys.__stderr__ else subprocess.DEVNULL
    except (OSError, ValueError):
        return subprocess.DEVNULL


class _Worker:
    def __init__(self, spec: _Spec) -> None:
        ours, theirs = socket.socketpair()
        env = {**os.environ, WORKER_ENV: str(os.getpid())}
        code = "from analyzer.batch.pool import child_main; child_main()"
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", code, str(theirs.fileno()), str(os.getpid())],
                pass_fds=(theirs.fileno(),),
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=_stderr_fd(),  # never the parent's stdout: the batch may be writing its lines there
            )
        finally:
            theirs.close()
        self.channel = _Channel(ours)
        self.ready = False
        self.path: Path | None = None
        self.sent = 0.0
        self.deadline: float | None = None
        try:
            self.channel.send(list(sys.path))
            self.channel.send(spec)
        except OSError:
            pass  # it died at once; the pool sees the closed socket

    @property
    def pid(self) -> int:
        return self.process.pid

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        self.channel.close()
        self.remove_temp()

    def remove_temp(self) -> None:
        """A worker killed during OCR cannot remove its private temporary folder (Tesseract's tess_* files)."""
        if self.process.returncode is None:
            return
        from analyzer.readers.ocr import remove_private_temp

        remove_private_temp(self.pid)

    def stop(self) -> None:
        """Ask an idle worker to exit (it finishes nothing more)."""
        with contextlib.suppress(OSError):
            self.channel.send(None)


@dataclass
class WorkerPool:
    """``size`` worker processes running ``task(path)``, one file each at a time, with a hard per-task limit.

    ``run(source)`` pulls files lazily (at most ``size`` ahead) and yields a :class:`Result` per file, in
    completion order. ``timeout`` (seconds, None for none) is the task's limit; the worker is killed
    ``grace`` seconds after it. ``max_memory`` (bytes, None for none) caps each worker's resident memory.
    """

    size: int
    task: Callable[[Path], Any] | str
    initializer: Callable[..., None] | str | None = None
    initargs: tuple[Any, ...] = ()
    timeout: float | None = None
    grace: float = TASK_GRACE_SECONDS
    max_memory: int | None = None
    crash_retries: int = 1
    crashes: int = 0
    _workers: list[_Worker] = field(default_factory=list)
    _waiting: deque[Path] = field(default_factory=deque)
    _crashed: Counter[str] = field(default_factory=Counter)
    _source: Iterator[Path] = field(default_factory=lambda: iter(()))
    _exhausted: bool = False
    _stopping: bool = False
    _failed_starts: int = 0

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(kill=exc[0] is not None)

    @property
    def _spec(self) -> _Spec:
        return _Spec(self.task, self.initializer, self.initargs, self.max_memory)

    def unfinished(self) -> list[Path]:
        """Files taken from the source that have no result yet (being checked, or waiting)."""
        return [w.path for w in self._workers if w.path is not None] + list(self._waiting)

    def _take(self) -> Path | None:
        if self._waiting:
            return self._waiting.popleft()
        if not self._exhausted:
            path = next(self._source, None)
            if path is not None:
                return path
            self._exhausted = True
        return None

    def _start(self) -> None:
        self._workers.append(_Worker(self._spec))

    def _dispatch(self) -> None:
        for worker in self._workers:
            if not worker.ready or worker.path is not None:
                continue
            path = self._take()
            if path is None:
                return
            worker.path, worker.sent = path, time.monotonic()
            worker.deadline = worker.sent + self.timeout + self.grace if self.timeout else None
            with contextlib.suppress(
                OSError
            ):  # died meanwhile: its closed socket is seen below, the file retried
                worker.channel.send(path)

    def _lost(self, worker: _Worker) -> Iterator[Result]:
        """A worker died: drop it, retry (or give up on) its file, start a replacement if there is work."""
        self._workers.remove(worker)
        worker.kill()
        if not worker.ready:
            self._failed_starts += 1
            if self._failed_starts >= STARTUP_FAILURES:
                raise PoolError(
                    f"worker processes exit while starting (exit code {worker.process.returncode})"
                )
        path = worker.path
        if self._stopping:
            return
        if path is not None and worker.ready:
            self.crashes += 1
            self._crashed[str(path)] += 1
            if self._crashed[str(path)] > self.crash_retries:
                yield Result(path, "crashed", pid=worker.pid, seconds=time.monotonic() - worker.sent)
            else:
                self._waiting.appendleft(path)
        elif path is not None:
            self._waiting.appendleft(path)
        if self._waiting or not self._exhausted or any(w.path for w in self._workers):
            self._start()

    def _replace(self, worker: _Worker, kind: str) -> Result:
        """Kill a worker over its limit; its file gets ``kind``; a fresh worker takes its place."""
        assert worker.path is not None
        result = Result(worker.path, kind, pid=worker.pid, seconds=time.monotonic() - worker.sent)
        worker.path = None
        self._workers.remove(worker)
        worker.kill()
        if not self._stopping:
            self._start()
        return result

    def _step(self, until: float | None = None) -> Iterator[Result]:
        now = time.monotonic()
        busy = [w for w in self._workers if w.path is not None]
        waits = [w.deadline - now for w in busy if w.deadline is not None]
        if self.max_memory and busy:
            waits.append(MEMORY_POLL_SECONDS)
        if until is not None:
            waits.append(until - now)
        timeout = max(0.0, min(waits)) if waits else None
        by_socket = {w.channel.sock: w for w in self._workers}
        for sock in wait_for(list(by_socket), timeout):
            worker = by_socket[sock]  # type: ignore[index]
            try:
                kind, value = worker.channel.recv()
            except (EOFError, OSError, pickle.UnpicklingError):
                yield from self._lost(worker)
                continue
            if kind == "ready":
                worker.ready = True
                self._failed_starts = 0
                continue
            path, worker.path = worker.path, None
            if path is not None:
                yield Result(path, kind, value, pid=worker.pid, seconds=time.monotonic() - worker.sent)
        now = time.monotonic()
        for worker in [w for w in self._workers if w.path is not None]:
            if worker.deadline is not None and now >= worker.deadline:
                yield self._replace(worker, "timeout")
            elif self.max_memory and _rss_bytes(worker.pid) > self.max_memory:
                yield self._replace(worker, "memory")

    def warm(self, count: int) -> None:
        """Start up to ``count`` workers now, without waiting for them (their warm-up overlaps the caller's)."""
        for _ in range(min(count, self.size) - len(self._workers)):
            self._start()

    def run(self, source: Iterator[Path]) -> Iterator[Result]:
        """Every file of ``source`` through a worker; results as they finish."""
        self._source = source
        while len(self._waiting) < self.size and (path := next(self._source, None)) is not None:
            self._waiting.append(path)  # a look ahead, to start no more workers than there are files
        for _ in range(min(self.size, len(self._waiting)) - len(self._workers)):
            self._start()
        while True:
            self._dispatch()
            if not self.unfinished() and self._exhausted:
                return
            if not self._workers:
                self._start()
            yield from self._step()

    def drain(self, seconds: float) -> Iterator[Result]:
        """After an interrupt: hand out nothing more, give the files being checked up to ``seconds``."""
        self._waiting.clear()
        self._exhausted = self._stopping = True
        until = time.monotonic() + seconds
        while any(w.path is not None for w in self._workers) and time.monotonic() < until:
            for result in self._step(until):
                if result.kind not in (
                    "crashed",
                    "timeout",
                    "memory",
                ):  # none of these is written when stopping
                    yield result

    def close(self, kill: bool = False) -> None:
        """End every worker: idle ones are asked to exit, busy ones (or all, with ``kill``) are killed."""
        workers, self._workers = self._workers, []
        for worker in workers:
            if kill or worker.path is not None:
                with contextlib.suppress(OSError):
                    worker.process.kill()
            else:
                worker.stop()
        until = time.monotonic() + 2.0
        for worker in workers:
            try:
                worker.process.wait(timeout=max(0.0, until - time.monotonic()))
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait()
            worker.channel.close()
            worker.remove_temp()
