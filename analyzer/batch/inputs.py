"""Turn the command line's PATH arguments into a lazy, de-duplicated stream of files to check."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.readers import TEXT_SUFFIXES

# What a folder walk picks up. ``.doc`` is included on purpose: the reader answers it with a clear
# "save it as .docx" error, which a recruiter wants to see rather than the file silently left out.
FOLDER_SUFFIXES = frozenset({".pdf", ".docx", ".doc"} | TEXT_SUFFIXES)

_GLOB_CHARS = frozenset("*?[")

# Files a folder of offers often holds beside them that are never an offer, by name without suffix (README.md,
# LICENSE.txt, CHANGELOG.md): a folder walk leaves them out; named on the command line they are checked.
NOT_OFFER_STEMS = frozenset(
    {"readme", "license", "licence", "changelog", "changes", "contributing", "notice"}
)
SHOWN_SKIPPED = 3


@dataclass
class Skipped:
    """Files a folder walk left out because they are not documents (counted for the summary, a few named)."""

    count: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, path: Path) -> None:
        self.count += 1
        if len(self.examples) < SHOWN_SKIPPED:
            self.examples.append(path.name)


def is_document(name: str) -> bool:
    """A file a folder walk takes by default: a document type the readers read, and not a README or the like."""
    path = Path(name)
    return path.suffix.lower() in FOLDER_SUFFIXES and path.stem.lower() not in NOT_OFFER_STEMS


def _skipped_name(name: str) -> bool:
    """Hidden files and office lock files (``~$offer.docx``, ``.~lock.offer.docx#``) are never offers."""
    return name.startswith((".", "~$"))


def _walk(folder: Path, all_files: bool, skipped: Skipped | None) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _skipped_name(d))
        for name in sorted(files):
            if _skipped_name(name):
                continue
            if all_files or is_document(name):
                yield Path(root) / name
            elif skipped is not None:
                skipped.add(Path(root) / name)


def _expand(arg: Path, all_files: bool = False, skipped: Skipped | None = None) -> Iterator[Path]:
    if arg.is_dir():
        yield from _walk(arg, all_files, skipped)
        return
    text = str(arg)
    if not arg.exists() and _GLOB_CHARS & set(text):
        for match in sorted(glob.iglob(text, recursive=True)):
            path = Path(match)
            if path.is_dir():
                yield from _walk(path, all_files, skipped)
            elif path.is_file() and not _skipped_name(path.name):
                yield path
        return
    # A file named explicitly is always checked, whatever its suffix; a missing one gets a not_found report.
    yield arg


def iter_inputs(
    args: Iterable[Path],
    exclude: Path | None = None,
    *,
    all_files: bool = False,
    skipped: Skipped | None = None,
) -> Iterator[Path]:
    """Files in command-line order, folders walked in sorted order; each file once even if named twice.

    A folder gives its documents (:func:`is_document`; every file with ``all_files``), the others are counted
    in ``skipped``; hidden files and Office lock files never. ``exclude`` (the batch's own output) is never
    yielded, whatever the arguments match."""
    seen: set[str] = set()
    if exclude is not None:
        seen.add(os.path.realpath(exclude))
    for arg in args:
        for path in _expand(Path(arg), all_files, skipped):
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
