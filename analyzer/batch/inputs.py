"""Turn the command line's PATH arguments into a lazy, de-duplicated stream of files to check."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from analyzer.readers import TEXT_SUFFIXES

# What a folder walk picks up. ``.doc`` is included on purpose: the reader answers it with a clear
# "save it as .docx" error, which a recruiter wants to see rather than the file silently left out.
FOLDER_SUFFIXES = frozenset({".pdf", ".docx", ".doc"} | TEXT_SUFFIXES)

_GLOB_CHARS = frozenset("*?[")


def _skipped_name(name: str) -> bool:
    """Hidden files and office lock files (``~$offer.docx``, ``.~lock.offer.docx#``) are never offers."""
    return name.startswith((".", "~$"))


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _skipped_name(d))
        for name in sorted(files):
            if not _skipped_name(name) and Path(name).suffix.lower() in FOLDER_SUFFIXES:
                yield Path(root) / name


def _expand(arg: Path) -> Iterator[Path]:
    if arg.is_dir():
        yield from _walk(arg)
        return
    text = str(arg)
    if not arg.exists() and _GLOB_CHARS & set(text):
        for match in sorted(glob.iglob(text, recursive=True)):
            path = Path(match)
            if path.is_dir():
                yield from _walk(path)
            elif path.is_file() and not _skipped_name(path.name):
                yield path
        return
    # A file named explicitly is always checked, whatever its suffix; a missing one gets a not_found report.
    yield arg


def iter_inputs(args: Iterable[Path], exclude: Path | None = None) -> Iterator[Path]:
    """Files in command-line order, folders walked in sorted order; each file once even if named twice.

    ``exclude`` (the batch's own output) is never yielded, whatever the arguments match."""
    seen: set[str] = set()
    if exclude is not None:
        seen.add(os.path.realpath(exclude))
    for arg in args:
        for path in _expand(Path(arg)):
            key = os.path.realpath(path)
            if key in seen:
                continue
            seen.add(key)
            yield path


def unmatched(args: Iterable[Path]) -> list[str]:
    """Glob arguments that match nothing (worth a warning: probably a typo)."""
    out = []
    for arg in args:
        text = str(arg)
        if (
            not Path(text).exists()
            and _GLOB_CHARS & set(text)
            and next(glob.iglob(text, recursive=True), None) is None
        ):
            out.append(text)
    return out
