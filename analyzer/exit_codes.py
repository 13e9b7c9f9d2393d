"""The exit codes of ``check`` and ``batch``: one place, so the commands, the README and ``--help`` agree.

A pipeline branches on them (``case $? in 0) ... 1) ... 3) ... esac``), so every outcome has its own code. Over
several files the worst wins, in the order of :data:`WORST_FIRST`: a file that could not be read makes the whole
answer unknown (like ``grep``, an error beats a match), a definite failure beats a possible one, and a review
beats a pass. Usage errors (2) are click's and happen before any file is read."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import NoReturn

COMPLIANT = 0
NON_COMPLIANT = 1
USAGE = 2  # click's own code for a bad option; also every output-path problem, before any work
INCOMPLETE = 3  # something needs review or is missing: never a pass
UNREADABLE = 4  # a file could not be checked (its report has verdict "error")
INTERRUPTED = 130  # Ctrl-C (128 + SIGINT); batch: run again with --resume
BROKEN_PIPE = 141  # the reader closed standard output (`| head -1`): 128 + SIGPIPE, what a shell shows

BY_VERDICT = {
    "compliant": COMPLIANT,
    "non_compliant": NON_COMPLIANT,
    "incomplete": INCOMPLETE,
    "error": UNREADABLE,
}
WORST_FIRST = ("error", "non_compliant", "incomplete", "compliant")

HELP = (
    "Exit codes: 0 all compliant; 1 any not compliant; 3 any incomplete (needs review), none worse; "
    "4 any file could not be read; 2 usage error or an output that cannot be written (nothing checked). "
    "Several files: the worst, in the order 4 > 1 > 3 > 0."
)
HELP_BATCH = HELP + " 130: interrupted (run again with --resume to finish)."


def worst_verdict(verdicts: Iterable[str]) -> str | None:
    """The verdict that decides the exit code of several files, or None when there are none."""
    seen = set(verdicts)
    return next((v for v in WORST_FIRST if v in seen), None)


def exit_code(verdicts: Iterable[str]) -> int:
    """The exit code for these report verdicts (an unknown verdict counts as unreadable; no file at all as
    usage: there was nothing to check)."""
    seen = {v if v in BY_VERDICT else "error" for v in verdicts}
    worst = worst_verdict(seen)
    return USAGE if worst is None else BY_VERDICT[worst]


def broken_pipe_exit() -> NoReturn:
    """End quietly because the reader of standard output went away: no message (nobody reads it, and the
    reader's own exit already said enough), and standard output pointed at /dev/null first so Python's final
    flush does not print "Exception ignored ... BrokenPipeError"."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real descriptor (a test runner's stream)
        pass
    raise SystemExit(BROKEN_PIPE)
