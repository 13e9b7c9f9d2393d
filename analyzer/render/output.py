"""Where ``check -o PATH`` writes, checked before any analysis, and how: atomically (a temporary file in the same
folder, then a rename), so a reader never sees half a report and an interrupted run leaves the old file whole.

One report file per input (HTML, Markdown) needs a folder when there are several inputs: ``-o DIR/`` (an existing
folder, or a path ending in ``/``) writes ``DIR/<input name>.html`` for each; ``-o FILE`` with several inputs is
refused, since one HTML file holds one report. Text, JSON and JSON Lines hold every report in one file. Every
problem is an :class:`OutputProblem` with one plain sentence (the command exits 2 before reading any offer)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.batch.sink import input_that_is

PER_INPUT_SUFFIX = {"html": ".html", "markdown": ".md"}
"""Formats that write one file per input document, and their file name suffix."""


class OutputProblem(Exception):
    """``-o`` cannot be used as given: one plain sentence for the user."""


@dataclass(frozen=True)
class OutputPlan:
    """``single``: the one file every report goes to; or ``per_input``: input path -> its own report file."""

    single: Path | None = None
    per_input: dict[Path, Path] = field(default_factory=dict)


def plan_output(files: list[Path], fmt: str, output: Path) -> OutputPlan:
    """Check ``-o`` against the inputs and the file system, and say where each report goes."""
    raw = str(output)
    folder_given = raw.endswith(("/", os.sep)) or output.is_dir()
    if fmt in PER_INPUT_SUFFIX and (folder_given or len(files) > 1):
        if not folder_given:
            raise OutputProblem(
                f"-o {raw}: {len(files)} input files give {len(files)} {fmt} reports; give a folder "
                f"(-o {raw.rstrip('/')}/) to write one file per input, or check one file at a time."
            )
        _writable_folder(output, raw)
        targets = _names(files, output, PER_INPUT_SUFFIX[fmt])
        for source, target in targets.items():
            if why := input_that_is(target, files):
                raise OutputProblem(f"-o {raw}: refusing to write '{target}' for '{source}': {why}.")
        return OutputPlan(per_input=targets)
    if folder_given:
        raise OutputProblem(f"-o {raw}: this is a folder; give a file name for the {fmt} output.")
    if why := input_that_is(output, files):
        raise OutputProblem(f"-o {raw}: refusing to overwrite an input: {why}.")
    _writable_folder(output.parent, str(output.parent))
    if output.exists() and not os.access(output, os.W_OK):
        raise OutputProblem(f"-o {raw}: the file exists and cannot be written (permission denied).")
    return OutputPlan(single=output)


def _writable_folder(folder: Path, shown: str) -> None:
    if not folder.exists():
        raise OutputProblem(f"-o: the folder '{shown}' does not exist.")
    if not folder.is_dir():
        raise OutputProblem(f"-o: '{shown}' is not a folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputProblem(f"-o: cannot write in the folder '{shown}' (permission denied).")


def _names(files: list[Path], folder: Path, suffix: str) -> dict[Path, Path]:
    """``<stem><suffix>`` per input, with ``-2``, ``-3``… when two inputs share a name (``a/x.pdf``, ``b/x.pdf``)."""
    taken: set[str] = set()
    targets: dict[Path, Path] = {}
    for source in files:
        stem = "stdin" if str(source) == "-" else source.stem or "report"
        name, number = f"{stem}{suffix}", 1
        while name.casefold() in taken:
            number += 1
            name = f"{stem}-{number}{suffix}"
        taken.add(name.casefold())
        targets[source] = folder / name
    return targets


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` by a temporary file in the same folder and a rename, with the mode a
    plain ``open`` would give (mkstemp's 0600 would hide a shared report from its group)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
