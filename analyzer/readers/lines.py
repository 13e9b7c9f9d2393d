"""Words → lines, shared by the PDF text layer (:mod:`pdf`) and OCR (:mod:`ocr`): both give word boxes in page
coordinates and need the same grouping, so it lives in neither."""

from __future__ import annotations

from typing import Any

from analyzer.model import BBox, Line
from analyzer.readers.normalize import normalize_text

# Words whose tops differ by less than this share of their height sit on the same line.
_LINE_TOLERANCE = 0.5


def group_lines(words: list[dict[str, Any]], number: int) -> list[Line]:
    """Words (pdfplumber's or OCR's dicts: ``text``, ``x0``, ``x1``, ``top``, ``bottom``) → visual lines: words
    whose tops are within half a word height share a line; a gap wider than four character heights splits the
    line into cells (a form's label and its value, or two columns)."""
    words = sorted(words, key=lambda w: (round(w["top"], 1), w["x0"]))
    groups: list[list[dict[str, Any]]] = []
    for word in words:
        height = max(word["bottom"] - word["top"], 1.0)
        for group in reversed(groups[-3:]):
            ref = group[0]
            if abs(ref["top"] - word["top"]) <= height * _LINE_TOLERANCE:
                group.append(word)
                break
        else:
            groups.append([word])
    lines: list[Line] = []
    for group in groups:
        group.sort(key=lambda w: w["x0"])
        # A wide horizontal gap separates a form's label from its value, or two columns: keep them as cells.
        segments: list[list[dict[str, Any]]] = [[group[0]]]
        for prev, word in zip(group, group[1:], strict=False):
            gap = word["x0"] - prev["x1"]
            size = max(prev["bottom"] - prev["top"], 1.0)
            if gap > size * 4:
                segments.append([word])
            else:
                segments[-1].append(word)
        texts = [normalize_text(" ".join(w["text"] for w in seg)) for seg in segments]
        keep = [(seg, t) for seg, t in zip(segments, texts, strict=True) if t]
        if not keep:
            continue
        flat = [w for seg, _ in keep for w in seg]
        bbox: BBox = (
            float(min(w["x0"] for w in flat)),
            float(min(w["top"] for w in flat)),
            float(max(w["x1"] for w in flat)),
            float(max(w["bottom"] for w in flat)),
        )
        cells = tuple(t for _, t in keep)
        lines.append(
            Line(text=" | ".join(cells), page=number, bbox=bbox, cells=cells if len(cells) > 1 else None)
        )
    return lines
