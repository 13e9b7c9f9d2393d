"""``offercheck check -``: one document read from standard input (``curl ... | offercheck check -``).

The readers work on files (a PDF parser seeks, a DOCX is a ZIP archive), so the bytes go to a private temporary
file first, at most the ``--max-size`` limit of them plus one (a larger input is never held whole), and the report
names the input ``<stdin>``. The type comes from the bytes, as for any file. A file really called ``-`` is
``./-``."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import typer

if TYPE_CHECKING:
    from analyzer.model import Report

STDIN = "-"
STDIN_NAME = "<stdin>"
_CHUNK = 1 << 20


def copy_limited(source: BinaryIO, path: Path, max_bytes: int) -> bool:
    """Copy at most ``max_bytes + 1`` bytes of ``source`` to ``path``; True when the input is over the limit."""
    left = max_bytes + 1
    with path.open("wb") as out:
        while left > 0:
            chunk = source.read(min(_CHUNK, left))
            if not chunk:
                break
            out.write(chunk)
            left -= len(chunk)
    return left <= 0


def _same(report: Report) -> Report:
    return report


@contextmanager
def stdin_files(
    files: list[Path], max_bytes: int, source: BinaryIO | None = None
) -> Iterator[tuple[list[Path], Callable[[Report], Report]]]:
    """``files`` with ``-`` replaced by a temporary copy of standard input (removed afterwards), and the function
    that gives that copy's report the name ``<stdin>``. ``-`` twice is a usage error (there is one input)."""
    count = sum(str(f) == STDIN for f in files)
    if not count:
        yield files, _same
        return
    if count > 1:
        raise typer.BadParameter("'-' (standard input) can be given only once", param_hint="FILE")
    folder = Path(tempfile.mkdtemp(prefix="offercheck-stdin-"))
    copy = folder / "stdin"
    try:
        over = copy_limited(source or sys.stdin.buffer, copy, max_bytes)

        def named(report: Report) -> Report:
            if report.file != str(copy):
                return report
            update: dict[str, object] = {"file": STDIN_NAME}
            if over and report.error is not None and report.error.kind == "too_large":
                message = f"Standard input is over the {round(max_bytes / 2**20, 3):g} MB limit (--max-size raises it)."
                update["error"] = report.error.model_copy(update={"message": message})
            return report.model_copy(update=update)

        yield [copy if str(f) == STDIN else f for f in files], named
    finally:
        shutil.rmtree(folder, ignore_errors=True)
