"""Where batch lines go: the ``--out`` file (checked, locked, repaired for ``--resume``) or standard output.

Every problem with the destination is an :class:`OutputError` with one plain sentence (exit 2, no traceback):
an output that is also an input, a missing folder, no permission, another run writing the same file, a full
disk. The checks that can be made before any work are made then. A line is written with one ``os.write`` per
attempt and the file is cut back to the last whole line if a write fails, so a full disk never leaves half a
line; a crash can, and ``--resume`` drops every record that is not valid (at the end or in the middle)."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import fnmatch
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from analyzer.batch.inputs import _skipped_name, is_document
from analyzer.batch.output import (
    BOM,
    CSV_COLUMNS,
    DELIMITERS,
    Entry,
    Record,
    ResumeError,
    csv_line,
    scan,
    with_fingerprint,
)

_GLOB_CHARS = frozenset("*?[")


class OutputError(Exception):
    """The output cannot be written: one plain sentence for the user."""


def _match(pattern: list[str], parts: list[str]) -> bool:
    """Glob matching by path component as :func:`glob.glob` does it (``**`` spans folders; ``*`` skips names
    starting with a dot unless the pattern's component does too)."""
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_match(rest, parts[i:]) for i in range(len(parts) + 1))
    if not parts or (parts[0].startswith(".") and not head.startswith(".")):
        return False
    return fnmatch.fnmatchcase(parts[0], head) and _match(rest, parts[1:])


def _walk_reaches(folder: Path, target: Path) -> bool:
    """Would walking ``folder`` (see :func:`analyzer.batch.inputs.iter_inputs`) yield ``target``?"""
    try:
        relative = target.relative_to(folder)
    except ValueError:
        return False
    return (
        bool(relative.parts)
        and not any(_skipped_name(part) for part in relative.parts)
        and is_document(target.name)
    )


def input_that_is(out: Path, args: Iterable[Path]) -> str | None:
    """How the output would also be read as an input (a sentence), or None: it is one of the files named, a
    file a folder walk picks up, or a path a glob matches."""
    real = Path(os.path.realpath(out))
    absolute = Path(os.path.abspath(out))
    for arg in args:
        text = str(arg)
        if Path(text).exists() or not _GLOB_CHARS & set(text):
            if Path(text).is_dir():
                if _walk_reaches(Path(os.path.realpath(text)), real):
                    return f"it is inside the input folder '{text}' and would be read as an offer"
            elif os.path.realpath(text) == str(real) or _same_file(Path(text), out):
                return "it is one of the input files"
            continue
        pattern = list(Path(os.path.abspath(text)).parts)
        parts = list(absolute.parts)
        if _match(pattern, parts) and not _skipped_name(absolute.name):
            return f"the input pattern '{text}' matches it"
        for cut in range(1, len(parts)):
            if _match(pattern, parts[:cut]) and _walk_reaches(Path(*parts[:cut]), absolute):
                return f"the input pattern '{text}' matches a folder that holds it"
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _reason(exc: OSError, out: Path) -> str:
    if exc.errno == errno.ENOENT and not out.parent.is_dir():
        return f"the folder '{out.parent}' does not exist"
    return exc.strerror or str(exc)


def check_writable(path: Path, option: str) -> None:
    """Raise :class:`OutputError` (one plain sentence) unless ``path`` can be created or overwritten as a file:
    checked before any work, so a typo in a folder name costs nothing instead of a whole run."""
    folder = path.parent
    if path.is_dir():
        raise OutputError(f"{option}: '{path}' is a folder; give a file name.")
    if not folder.exists():
        raise OutputError(f"{option}: the folder '{folder}' does not exist.")
    if not folder.is_dir():
        raise OutputError(f"{option}: '{folder}' is not a folder.")
    existed = path.exists()
    try:  # open it as the run will (without truncating); a file made only to try is removed again
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o666))
    except OSError as exc:
        raise OutputError(f"{option}: cannot write to '{path}': {_reason(exc, path)}.") from None
    if not existed:
        with contextlib.suppress(OSError):
            os.unlink(path)


class Sink:
    """Writes whole lines to ``out`` (created, truncated, or continued with ``resume``) or to ``stream``.

    Opened in ``__enter__``: the output is locked with ``flock`` (a second run on the same file is refused),
    then truncated, or, with ``resume``, scanned: :attr:`done` holds the valid records, and every invalid record
    is removed (the file cut back when they are all at the end, else rewritten beside it and swapped in).
    """

    def __init__(
        self,
        out: Path | None,
        fmt: str,
        resume: bool,
        stream: IO[str] | None,
        *,
        fingerprint: str | None = None,
        csv_dialect: str = "standard",
        bom: bool | None = None,
    ) -> None:
        """``fingerprint``: added to every line, and what ``resume`` requires of the lines already written.
        ``bom``: a UTF-8 byte-order mark before the CSV header (Excel then reads æøå right); None: only in a
        file, not on standard output."""
        self.out, self.fmt, self.resume, self.stream = out, fmt, resume, stream
        self.fingerprint, self.csv_dialect, self.bom = fingerprint, csv_dialect, bom
        self.done: list[Record] = []
        self._fds: list[int] = []
        self._fd = -1
        self._offset = 0

    # ------------------------------------------------------------------ opening

    def _open_locked(self, path: Path, flags: int) -> int:
        fd = os.open(path, flags | os.O_CLOEXEC, 0o666)
        self._fds.append(fd)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(
                f"cannot write to '{self.out}': another offercheck run is writing it; wait for that run to end "
                "or choose another --out."
            ) from None
        return fd

    def __enter__(self) -> Sink:
        if self.out is None:
            if self.fmt == "csv":
                self._write_line(self._header(bool(self.bom)))
            return self
        out = self.out
        try:
            fd = self._open_locked(out, os.O_RDWR | os.O_CREAT)
            regular = stat.S_ISREG(os.fstat(fd).st_mode)
            if self.resume and regular:
                fd = self._repair(fd)
            elif regular:
                os.ftruncate(fd, 0)
            self._fd = fd
            self._offset = os.lseek(fd, 0, os.SEEK_END) if regular else 0
        except OutputError:
            self.close()
            raise
        except OSError as exc:
            self.close()
            raise OutputError(f"cannot write to '{out}': {_reason(exc, out)}.") from None
        except BaseException:
            self.close()
            raise
        if self.fmt == "csv" and self._offset == 0:
            self._write_line(self._header(self.bom is not False))
        return self

    def _header(self, bom: bool) -> str:
        return (BOM if bom else "") + csv_line(CSV_COLUMNS, DELIMITERS[self.csv_dialect])

    def _repair(self, fd: int) -> int:
        """Read the previous output back; drop every invalid record. Returns the descriptor to append to."""
        assert self.out is not None
        entries: list[Entry] = []
        invalid = False
        for entry in scan(self.out, self.fmt, self.csv_dialect):  # ResumeError leaves the file untouched
            if entry.record is not None:
                self._same_run(entry.record)
                self.done.append(entry.record)
                if invalid:  # a valid record after an invalid one: the file must be rewritten
                    entries.append(entry)
            elif not invalid:
                invalid = True
                entries = []
                cut = entry.start
        if not invalid:
            return fd
        if not entries:
            os.ftruncate(fd, cut)
            return fd
        return self._rewrite(fd, cut, entries)

    def _same_run(self, record: Record) -> None:
        """Refuse to continue a file written with other options or rule packs: its lines and this run's would
        disagree without saying so."""
        if record.fingerprint == self.fingerprint:
            return
        if record.fingerprint is None:
            raise ResumeError(
                f"'{self.out}' has lines without a batch_fingerprint (an older offercheck wrote them), so it is "
                "not known which options they were checked with; write to a new --out."
            )
        raise ResumeError(
            f"'{self.out}' was written with other options or rule packs than this run (fingerprint "
            f"{record.fingerprint}, this run {self.fingerprint}): --as-of, --permit, --degree, --lang, --rules, "
            "--ocr, --max-pages, --redact, or the rules were updated. Run with the same options, or write to a "
            "new --out."
        )

    def _rewrite(self, fd: int, cut: int, entries: list[Entry]) -> int:
        """Copy the valid part to a new file beside the output (locked too), then swap it in."""
        assert self.out is not None
        temp = self.out.with_name(f".{self.out.name}.offercheck-{os.getpid()}.tmp")
        new = self._open_locked(temp, os.O_RDWR | os.O_CREAT | os.O_TRUNC)
        try:
            os.fchmod(new, stat.S_IMODE(os.fstat(fd).st_mode))
            with open(self.out, "rb") as old:
                _copy(old, new, 0, cut)
                for entry in entries:
                    _copy(old, new, entry.start, entry.end)
            os.fsync(new)
            os.replace(temp, self.out)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        return new

    # ------------------------------------------------------------------ writing

    def line(self, text: str) -> None:
        """Write one record line (and its newline) whole, with the fingerprint, or raise :class:`OutputError`
        with the file cut back."""
        if self.fmt == "csv":
            text = with_fingerprint(text, "csv", self.fingerprint or "", DELIMITERS[self.csv_dialect])
        elif self.fingerprint is not None:
            text = with_fingerprint(text, self.fmt, self.fingerprint)
        self._write_line(text)

    def _write_line(self, text: str) -> None:
        if self._fd < 0:
            stream = self.stream
            try:
                assert stream is not None
                stream.write(text + "\n")
                stream.flush()
            except BrokenPipeError:
                raise  # the reader went away (`| head`): the command ends quietly, see TidyGroup
            except OSError as exc:
                raise OutputError(f"cannot write to standard output: {exc.strerror or exc}.") from None
            return
        data = (text + "\n").encode("utf-8", "backslashreplace")
        view = memoryview(data)
        try:
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, self._offset)
            raise OutputError(
                f"cannot write to '{self.out}': {exc.strerror or exc}; the lines written before are kept "
                "(--resume continues)."
            ) from None
        self._offset += len(data)

    def close(self) -> None:
        for fd in self._fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        self._fds = []
        self._fd = -1

    def __exit__(self, *exc: object) -> None:
        self.close()


def _copy(src: IO[bytes], fd: int, start: int, end: int) -> None:
    src.seek(start)
    left = end - start
    while left > 0:
        chunk = src.read(min(left, 1 << 20))
        if not chunk:
            break
        left -= len(chunk)
        view = memoryview(chunk)
        while view:
            view = view[os.write(fd, view) :]
