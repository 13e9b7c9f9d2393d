"""The one exception readers raise for input they cannot read, and the time limit they honour."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType


class ReadError(Exception):
    """A file we cannot read, with a kind a program can act on and a message a person can."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class TimedOut(BaseException):  # noqa: N818 - a BaseException so library ``except Exception`` cannot swallow it
    """The per-document time limit ran out."""


class Deadline:
    """A per-document time budget.

    Readers call :meth:`check` between pages (cooperative). :meth:`alarm` additionally arms a SIGALRM timer
    when running in the main thread of a POSIX process, so one pathological page cannot run past the limit;
    no thread is ever killed.
    """

    def __init__(self, seconds: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds if seconds and seconds > 0 else None
        self.clock = clock
        self.started = clock()

    @property
    def remaining(self) -> float | None:
        if self.seconds is None:
            return None
        return self.seconds - (self.clock() - self.started)

    def expired(self) -> bool:
        left = self.remaining
        return left is not None and left <= 0

    def check(self) -> None:
        if self.expired():
            raise TimedOut()

    @contextmanager
    def alarm(self) -> Iterator[None]:
        left = self.remaining
        usable = (
            left is not None
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
        )
        if not usable or left is None:
            yield
            return

        def _fire(signum: int, frame: FrameType | None) -> None:
            raise TimedOut()

        previous = signal.signal(signal.SIGALRM, _fire)
        signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


NO_DEADLINE = Deadline(None)
