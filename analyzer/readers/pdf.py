"""PDF text layer via pdfplumber: words grouped into lines with positions; ruled tables kept as cells."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from analyzer.model import BBox, Document, Line, Page
from analyzer.readers.errors import NO_DEADLINE, Deadline, ReadError
from analyzer.readers.layout import mark_running_lines
from analyzer.readers.normalize import normalize_text

# Words whose tops differ by less than this share of their height sit on the same line.
_LINE_TOLERANCE = 0.5


# A page with fewer visible characters than this, and an image on it, is treated as a scan and OCR'd.
MIN_TEXT_CHARS = 25


def read_pdf(
    path: Path,
    password: str | None = None,
    max_pages: int | None = None,
    deadline: Deadline = NO_DEADLINE,
    ocr: bool = True,
) -> Document:
    import pdfplumber

    pages: list[Page] = []
    warnings: list[str] = []
    scanned: list[int] = []
    with pdfplumber.open(path, password=password or "") as pdf:
        declared = _declared_page_count(pdf)
        if max_pages is not None and declared is not None and declared > max_pages:
            raise ReadError(
                "too_many_pages",
                f"The PDF has {declared} pages, over the limit of {max_pages} (--max-pages raises it).",
            )
        for index, pdf_page in enumerate(pdf.pages):
            deadline.check()
            if max_pages is not None and index >= max_pages:
                raise ReadError(
                    "too_many_pages", f"The PDF has more than {max_pages} pages (--max-pages raises the limit)."
                )
            page = _read_page(pdf_page, index + 1)
            if _needs_ocr(pdf_page):
                scanned.append(index + 1)
                if ocr:
                    page = _ocr_or_keep(pdf_page, page, deadline, warnings)
            pages.append(page)
            pdf_page.close()  # frees pdfplumber's per-page caches (chars, objects) on long documents
    if scanned and not any(p.ocr for p in pages):
        numbers = ", ".join(str(n) for n in scanned)
        warnings.append(
            f"Page(s) {numbers} have no text layer (scanned) and were not read: "
            + ("OCR is switched off." if not ocr else _ocr_missing_reason())
        )
    mark_running_lines(pages)
    return Document(name=path.name, kind="pdf", pages=pages, warnings=warnings)


def _declared_page_count(pdf: Any) -> int | None:
    try:
        from pdfminer.pdftypes import resolve1

        count = resolve1(resolve1(pdf.doc.catalog["Pages"]).get("Count"))
        return int(count) if isinstance(count, int) else None
    except Exception:  # a damaged page tree is reported when the pages are read
        return None


def _needs_ocr(pdf_page: Any) -> bool:
    visible = sum(1 for c in pdf_page.chars if not str(c.get("text", "")).isspace())
    return visible < MIN_TEXT_CHARS and bool(pdf_page.images)


def _ocr_missing_reason() -> str:
    from analyzer.readers.ocr import ocr_status

    return ocr_status().reason or "OCR is not available."


def _ocr_or_keep(pdf_page: Any, page: Page, deadline: Deadline, warnings: list[str]) -> Page:
    from analyzer.readers.ocr import OcrUnavailable, ocr_page

    try:
        ocr_lines, confidence = ocr_page(pdf_page, page.number, deadline)
    except OcrUnavailable:
        return page
    lines = sorted(
        [*page.lines, *ocr_lines],
        key=lambda ln: (ln.bbox[1] if ln.bbox else 0.0, ln.bbox[0] if ln.bbox else 0.0),
    )
    return page.model_copy(update={"lines": lines, "ocr": True, "ocr_confidence": confidence})


def _read_page(pdf_page: Any, number: int) -> Page:
    all_words = pdf_page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, use_text_flow=False)
    tables = _tables(pdf_page, number, all_words)
    table_boxes = [line.bbox for line in tables if line.bbox]
    words = [w for w in all_words if not any(_inside(w, box) for box in table_boxes)]
    lines = _group_lines(words, number) + tables
    lines.sort(key=lambda ln: (ln.bbox[1] if ln.bbox else 0.0, ln.bbox[0] if ln.bbox else 0.0))
    return Page(number=number, width=float(pdf_page.width), height=float(pdf_page.height), lines=lines)


def _tables(pdf_page: Any, number: int, words: list[dict[str, Any]]) -> list[Line]:
    """Ruled tables become one line per row, each with its cells, so a key never merges with its value.

    Cell text is built from the page's words (already extracted) rather than by cropping and re-reading each
    cell, and pages without any ruling (no lines, rectangles or curves) skip table finding altogether.
    """
    rows: list[Line] = []
    objects = pdf_page.objects
    if not (objects.get("line") or objects.get("rect") or objects.get("curve")):
        return rows
    try:
        found = pdf_page.find_tables()
    except Exception:  # pdfplumber raises assorted errors on odd vector graphics; text still reads
        return rows
    for table in found:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                if cell is None:
                    continue
                inside = sorted((w for w in words if _inside(w, cell)), key=lambda w: (round(w["top"]), w["x0"]))
                cells.append(normalize_text(" ".join(w["text"] for w in inside)))
            cells = [c for c in cells if c]
            boxes = [c for c in row.cells if c is not None]
            if not cells or not boxes:
                continue
            bbox: BBox = (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
            rows.append(Line(text=" | ".join(cells), page=number, bbox=bbox, block="table", cells=tuple(cells)))
    return rows


def _inside(word: dict[str, Any], box: BBox) -> bool:
    cx = (word["x0"] + word["x1"]) / 2
    cy = (word["top"] + word["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _group_lines(words: list[dict[str, Any]], number: int) -> list[Line]:
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
