"""OCR for scanned PDF pages: render at 300 dpi, grayscale, deskew, Tesseract (nor+eng) word boxes → Lines.

Words keep their page and their position (scaled back to PDF points, undoing the deskew rotation), so evidence
from a scanned page points at the right place just as it does for a text page. Optional: needs the
``tesseract`` program with the ``nor`` and ``eng`` languages, and the ``ocr`` extra (pytesseract, Pillow).
"""

from __future__ import annotations

import math
import shutil
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from analyzer.model import Line
from analyzer.readers.errors import NO_DEADLINE, Deadline, TimedOut

RESOLUTION = 300
LANGUAGES = ("nor", "eng")
INSTALL_HINT = (
    "install Tesseract (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-nor tesseract-ocr-eng) "
    "and the OCR extra (pip install 'offercheck[ocr]')"
)
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
            False, reason=f"This PDF page has no text layer and the tesseract program was not found; {INSTALL_HINT}."
        )
    try:
        version = str(pytesseract.get_tesseract_version())
        languages = tuple(sorted(pytesseract.get_languages(config="")))
    except Exception as exc:  # a broken tesseract install
        return OcrStatus(False, reason=f"Tesseract is installed but does not run ({type(exc).__name__}).")
    missing = tuple(lang for lang in LANGUAGES if lang not in languages)
    if len(missing) == len(LANGUAGES):
        return OcrStatus(
            False, version, languages, missing,
            reason=f"Tesseract has neither Norwegian nor English language data; {INSTALL_HINT}.",
        )  # fmt: skip
    return OcrStatus(True, version, languages, missing)


def ocr_page(pdf_page: Any, number: int, deadline: Deadline = NO_DEADLINE) -> tuple[list[Line], float | None]:
    """OCR one pdfplumber page; returns its lines and the mean word confidence (0–1), or None if no words."""
    status = ocr_status()
    if not status.available:
        raise OcrUnavailable(status.reason)
    image = pdf_page.to_image(resolution=RESOLUTION).original
    words, confidence = ocr_image(image, status.lang, deadline)
    scale = 72.0 / RESOLUTION
    x_off, y_off = float(pdf_page.bbox[0]), float(pdf_page.bbox[1])
    for w in words:
        w["x0"] = w["x0"] * scale + x_off
        w["x1"] = w["x1"] * scale + x_off
        w["top"] = w["top"] * scale + y_off
        w["bottom"] = w["bottom"] * scale + y_off
    from analyzer.readers.pdf import _group_lines

    return _group_lines(words, number), confidence


def ocr_image(image: Any, lang: str, deadline: Deadline = NO_DEADLINE) -> tuple[list[dict[str, Any]], float | None]:
    """Words (pixel boxes in the original image's frame, with ``conf`` 0–1) and their mean confidence."""
    import pytesseract
    from PIL import Image

    gray = image.convert("L")
    angle = estimate_skew(gray)
    work = gray.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255) if abs(angle) >= 0.2 else gray
    remaining = deadline.remaining
    if remaining is not None and remaining <= 0:
        raise TimedOut()
    try:
        data = pytesseract.image_to_data(
            work, lang=lang, config="--psm 3", output_type=pytesseract.Output.DICT,
            timeout=max(remaining, 1.0) if remaining is not None else 0,
        )  # fmt: skip
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
        left, top, width, height = (data[k][i] for k in ("left", "top", "width", "height"))
        box = _unrotate((left, top, left + width, top + height), angle, cx, cy)
        words.append({"text": text, "x0": box[0], "top": box[1], "x1": box[2], "bottom": box[3], "conf": conf / 100})
    mean = round(sum(w["conf"] for w in words) / len(words), 3) if words else None
    return words, mean


def _unrotate(box: tuple[float, float, float, float], angle: float, cx: float, cy: float) -> tuple[float, ...]:
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
    small.thumbnail((800, 800))
    ink = small.point(lambda v: 255 if v < 160 else 0)
    if not np.asarray(ink).any():
        return 0.0
    best, best_score = 0.0, -1.0
    steps = int(_MAX_SKEW / _SKEW_STEP)
    for k in range(-steps, steps + 1):
        angle = k * _SKEW_STEP
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float64).sum(axis=1)
        score = float(np.sum(np.diff(rows) ** 2))
        if score > best_score:
            best, best_score = angle, score
    return best
