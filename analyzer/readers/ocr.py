"""OCR for scanned PDF pages: render at 300 dpi, grayscale, deskew, Tesseract (nor+eng) word boxes → Lines.

Words keep their page and their position (scaled back to PDF points, undoing the deskew rotation), so evidence
from a scanned page points at the right place just as it does for a text page. Optional: needs the
``tesseract`` program with the ``nor`` and ``eng`` languages, and the ``ocr`` extra (pytesseract, Pillow).
"""

from __future__ import annotations

import math
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from analyzer.model import Line
from analyzer.readers.errors import NO_DEADLINE, Deadline, TimedOut
from analyzer.readers.lines import group_lines

RESOLUTION = 300
LANGUAGES = ("nor", "eng")
INSTALL_HINT = (
    "install Tesseract (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-nor tesseract-ocr-eng) "
    "and the OCR extra (pip install 'offercheck[ocr]')"
)
# Words Tesseract itself scores below this (0–1) are mostly speckle read as letters; they count in the page's
# confidence but are left out of the text, so a garbled word becomes "not found" rather than a wrong value.
MIN_WORD_CONFIDENCE = 0.3
# Table rulings read as letters: a "word" made only of bars and brackets is a printed line, not text.
_RULE = re.compile(r"[|¦!\[\]{}()_—–-]+")
_MAX_SKEW = 5.0  # degrees searched each way
_SKEW_STEP = 0.25


class OcrUnavailable(Exception):  # noqa: N818
    pass


@dataclass(frozen=True)
class OcrStatus:
    available: bool
    version: str | None = None
    languages: tuple[str, ...] = ()
    missing: tuple[str, ...] = field(default_factory=tuple)
    reason: str | None = None

    @property
    def lang(self) -> str:
        return "+".join(lang for lang in LANGUAGES if lang in self.languages) or "eng"


@lru_cache(maxsize=1)
def ocr_status() -> OcrStatus:
    """What OCR can do on this machine; ``reason`` says in plain words why it cannot."""
    try:
        import PIL  # noqa: F401
        import pytesseract
    except ImportError:
        return OcrStatus(
            False, reason=f"This PDF page has no text layer and OCR is not installed; {INSTALL_HINT}."
        )
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        return OcrStatus(
            False,
            reason=f"This PDF page has no text layer and the tesseract program was not found; {INSTALL_HINT}.",
        )
    try:
        version = str(pytesseract.get_tesseract_version())
        languages = tuple(sorted(pytesseract.get_languages(config="")))
    except Exception as exc:  # a broken tesseract install
        return OcrStatus(False, reason=f"Tesseract is installed but does not run ({type(exc).__name__}).")
    missing = tuple(lang for lang in LANGUAGES if lang not in languages)
    if len(missing) == len(LANGUAGES):
        return OcrStatus(
            False,
            version,
            languages,
            missing,
            reason=f"Tesseract has neither Norwegian nor English language data; {INSTALL_HINT}.",
        )
    return OcrStatus(True, version, languages, missing)


def ocr_page(pdf_page: Any, number: int, deadline: Deadline = NO_DEADLINE) -> tuple[list[Line], float | None]:
    """OCR one pdfplumber page; returns its lines and the mean word confidence (0–1), or None if no words."""
    status = ocr_status()
    if not status.available:
        raise OcrUnavailable(status.reason)
    image = pdf_page.to_image(resolution=RESOLUTION).original
    result = ocr_image(image, status.lang, deadline)
    scale = 72.0 / RESOLUTION
    for w in result.words:
        for key in ("x0", "x1", "top", "bottom"):
            w[key] *= scale
    # Lines are grouped where the text is level (the deskewed image); their boxes are then turned back onto
    # the page as it is (the skewed scan) and shifted to the page's origin, so evidence points at the scan.
    x_off, y_off = float(pdf_page.bbox[0]), float(pdf_page.bbox[1])
    cx, cy = result.center[0] * scale, result.center[1] * scale
    lines = []
    for row in _rows(result.words):
        for line in group_lines(row, number):
            if line.bbox is not None:
                x0, top, x1, bottom = _unrotate(line.bbox, result.angle, cx, cy)
                line = line.model_copy(update={"bbox": (x0 + x_off, top + y_off, x1 + x_off, bottom + y_off)})
            lines.append(line.model_copy(update={"ocr_confidence": _line_confidence(line, row)}))
    return lines, result.confidence


def _line_confidence(line: Line, row: list[dict[str, Any]]) -> float | None:
    """The weakest word's confidence among the row's words that made it into this line: misreads live there."""
    if line.bbox is None:
        return None
    texts = set(line.text.replace(" | ", " ").split())
    confs = [w["conf"] for w in row if w["text"] in texts]
    return round(min(confs), 3) if confs else None


def _rows(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Visual rows from Tesseract's own lines (deskewed frame).

    Tesseract's lines are kept whole (its glyph-tight boxes make "om" shorter than "Lønn", so regrouping by
    box tops splits and interleaves lines). Two Tesseract lines side by side (a form's label and value, in
    different blocks) whose vertical spans mostly overlap form one row. Every word of a row gets the row's
    top and bottom, so the PDF line grouper keeps it as one line and splits cells at wide gaps.
    """
    by_line: dict[tuple[int, int, int], list[dict[str, Any]]] = {}
    for w in words:
        by_line.setdefault(w["line"], []).append(w)
    spans = []
    for group in by_line.values():
        heights = sorted(w["bottom"] - w["top"] for w in group)
        typical = heights[len(heights) // 2]
        core = [w for w in group if w["bottom"] - w["top"] <= typical * 1.8] or group
        spans.append((min(w["top"] for w in core), max(w["bottom"] for w in core), group))
    spans.sort(key=lambda s: (s[0] + s[1]) / 2)
    rows: list[tuple[float, float, list[dict[str, Any]]]] = []
    for top, bottom, group in spans:
        x0, x1 = min(w["x0"] for w in group), max(w["x1"] for w in group)
        for i, (rtop, rbottom, rwords) in enumerate(rows):
            overlap = min(bottom, rbottom) - max(top, rtop)
            apart = all(w["x1"] <= x0 or w["x0"] >= x1 for w in rwords)
            if apart and overlap >= 0.5 * min(bottom - top, rbottom - rtop):
                rows[i] = (min(top, rtop), max(bottom, rbottom), rwords + group)
                break
        else:
            rows.append((top, bottom, list(group)))
    out = []
    for top, bottom, row in rows:
        kept: list[dict[str, Any]] = []
        for w in sorted(row, key=lambda w: w["x0"]):
            if w["conf"] >= MIN_WORD_CONFIDENCE and not _RULE.fullmatch(w["text"]):
                kept.append({**w, "top": top, "bottom": bottom})
            elif kept and w["x0"] - kept[-1]["x1"] < (bottom - top) * 2:
                # The dropped word's space is absorbed by its neighbour so it does not open a cell gap.
                kept[-1]["x1"] = max(kept[-1]["x1"], w["x1"])
        if kept:
            out.append(kept)
    return out


@dataclass
class OcrResult:
    words: list[dict[str, Any]]
    """Word boxes in pixels of the deskewed image, each with ``text`` and ``conf`` (0–1)."""
    confidence: float | None
    angle: float
    center: tuple[float, float]


# pytesseract writes the image and Tesseract's output as tess_* files in the temporary folder and removes them
# only when it returns: a worker killed at its deadline left them behind. Each OCR call therefore runs with its
# own folder, named after the process, removed when the call ends; a killed process cannot remove it, so the
# pool removes the folders of each worker it kills or reaps (remove_private_temp), and every OCR call first
# removes those of processes no longer alive (a crash of the parent too).
PRIVATE_TEMP_PREFIX = "offercheck-ocr-"


def _private_dirs(pid: int | None = None) -> list[Path]:
    base = Path(tempfile.gettempdir())
    try:
        return sorted(base.glob(f"{PRIVATE_TEMP_PREFIX}{pid if pid is not None else '*'}-*"))
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive, and not ours to clean
        return True
    return True


def remove_private_temp(pid: int | None = None) -> None:
    """Remove the private OCR folders of process ``pid`` (one that is dead or killed), or with None those of
    every process that is no longer alive."""
    for folder in _private_dirs(pid):
        owner = folder.name[len(PRIVATE_TEMP_PREFIX) :].split("-", 1)[0]
        if pid is None and (not owner.isdigit() or _alive(int(owner))):
            continue
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def private_temp_dir() -> Iterator[Path]:
    """A fresh folder for this process's temporary files (``tempfile.tempdir`` points there meanwhile, which is
    where pytesseract's NamedTemporaryFile writes), removed on every way out."""
    remove_private_temp()
    folder = Path(tempfile.mkdtemp(prefix=f"{PRIVATE_TEMP_PREFIX}{os.getpid()}-"))
    saved = tempfile.tempdir
    tempfile.tempdir = str(folder)
    try:
        yield folder
    finally:
        tempfile.tempdir = saved
        shutil.rmtree(folder, ignore_errors=True)


def ocr_image(image: Any, lang: str, deadline: Deadline = NO_DEADLINE) -> OcrResult:
    """Denoise, deskew and OCR an image; words keep their boxes in the deskewed frame (see :class:`OcrResult`)."""
    import pytesseract
    from PIL import Image, ImageFilter

    # Tesseract's OpenMP threads fight each other on small machines; one thread is about twice as fast.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # A 3×3 median filter removes scanner speckle (salt-and-pepper noise) without eating thin strokes.
    gray = image.convert("L").filter(ImageFilter.MedianFilter(3))
    angle = estimate_skew(gray)
    work = gray.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255) if abs(angle) >= 0.2 else gray
    remaining = deadline.remaining
    if remaining is not None and remaining <= 0:
        raise TimedOut()
    try:
        with private_temp_dir():
            data = pytesseract.image_to_data(
                work,
                lang=lang,
                config="--psm 3",
                output_type=pytesseract.Output.DICT,
                timeout=max(remaining, 1.0) if remaining is not None else 0,
            )
    except RuntimeError as exc:  # pytesseract raises RuntimeError on its own timeout
        if "timeout" in str(exc).lower():
            raise TimedOut() from exc
        raise
    cx, cy = work.width / 2, work.height / 2
    words: list[dict[str, Any]] = []
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if conf < 0 or not text or not text.strip():
            continue
        left, top, width, height = (float(data[k][i]) for k in ("left", "top", "width", "height"))
        words.append(
            {
                "text": text,
                "x0": left,
                "top": top,
                "x1": left + width,
                "bottom": top + height,
                "conf": conf / 100,
                "line": (data["block_num"][i], data["par_num"][i], data["line_num"][i]),
            }
        )
    mean = round(sum(w["conf"] for w in words) / len(words), 3) if words else None
    return OcrResult(words, mean, angle if abs(angle) >= 0.2 else 0.0, (cx, cy))


def _unrotate(
    box: tuple[float, float, float, float], angle: float, cx: float, cy: float
) -> tuple[float, float, float, float]:
    """Map a box found in the image rotated by ``angle`` (PIL: counter-clockwise) back to the original frame."""
    if abs(angle) < 0.2:
        return box
    rad = math.radians(angle)
    cos, sin = math.cos(rad), math.sin(rad)
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        dx, dy = x - cx, y - cy
        # PIL rotates counter-clockwise on screen (y down); the inverse is a clockwise turn by the same angle.
        xs.append(cx + dx * cos - dy * sin)
        ys.append(cy + dx * sin + dy * cos)
    return (min(xs), min(ys), max(xs), max(ys))


def estimate_skew(gray: Any) -> float:
    """Angle (degrees, PIL's counter-clockwise sense) that makes text lines horizontal: projection profiles."""
    import numpy as np
    from PIL import Image

    small = gray.copy()
    small.thumbnail((1200, 1200))
    ink = small.point(lambda v: 255 if v < 160 else 0)
    if not np.asarray(ink).any():
        return 0.0

    def score(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float64).sum(axis=1)
        return float(np.sum(np.diff(rows) ** 2))

    steps = int(_MAX_SKEW / _SKEW_STEP)
    coarse = [k * _SKEW_STEP for k in range(-steps, steps + 1)]
    best: float = max(coarse, key=score)
    fine = [best + k * 0.05 for k in range(-5, 6)]
    refined: float = max(fine, key=score)
    return round(refined, 2)
