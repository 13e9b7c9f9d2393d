"""PDF text layer via pdfplumber: words grouped into lines with positions; ruled tables kept as cells.

Characters are taken from pdfminer's layout of the page (which pdfplumber computes and caches) with only the
keys word grouping needs, instead of through ``page.chars``: that property converts every attribute of every
character (colours, fonts, graphic state), which is more than half the cost of reading a page and none of it is
used here. Words then come from pdfplumber's own word extractor, and ruled tables from its table finder fed with
the page's ruling lines, so positions and words are exactly what ``page.extract_words`` and
``page.find_tables`` give.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analyzer.model import BBox, Document, Line, Page
from analyzer.readers.bounds import scanned_not_read_warning
from analyzer.readers.errors import NO_DEADLINE, Deadline, ReadError
from analyzer.readers.layout import mark_running_lines
from analyzer.readers.lines import group_lines
from analyzer.readers.normalize import normalize_text
from analyzer.readers.pdf_limits import PdfRefused, check_structure, guarded, predecode_pages
from analyzer.readers.safety import MAX_UNZIPPED_BYTES

# A page with fewer visible characters than this, and an image on it, is treated as a scan and OCR'd.
MIN_TEXT_CHARS = 25


def read_pdf(
    path: Path,
    password: str | None = None,
    max_pages: int | None = None,
    deadline: Deadline = NO_DEADLINE,
    ocr: bool = True,
    max_unzipped: int = MAX_UNZIPPED_BYTES,
) -> Document:
    """Read a PDF's text layer (and OCR its scanned pages) within the decompression and structure limits of
    :mod:`analyzer.readers.pdf_limits`; ``max_unzipped`` bounds the bytes its streams may inflate to."""
    import pdfplumber

    with guarded(max_unzipped) as budget:
        try:
            pdf = pdfplumber.open(path, password=password or "")
            try:
                document = _read_open(pdf, path, max_pages, deadline, ocr)
            except BaseException:
                # pdfplumber's close() builds the page list again, repeating whatever stopped the read (a
                # reference loop would hang there past the deadline); only the file is closed on this path.
                _close_file(pdf)
                raise
            pdf.close()
        except PdfRefused as exc:
            raise exc.error from None
        except Exception as exc:
            if (
                budget.refused is not None
            ):  # a library caught the refusal and failed on the empty stream it left
                raise budget.refused from exc
            raise
        if budget.refused is not None:  # refused, swallowed, and read on: the text may be incomplete
            raise budget.refused
    return document


def _close_file(pdf: Any) -> None:
    try:
        if not pdf.stream_is_external:
            pdf.stream.close()
    except Exception:  # closing is best effort on a read that already failed
        pass


def _read_open(pdf: Any, path: Path, max_pages: int | None, deadline: Deadline, ocr: bool) -> Document:
    pages: list[Page] = []
    warnings: list[str] = []
    scanned: list[int] = []
    check_structure(pdf.doc)
    declared = _declared_page_count(pdf)
    if max_pages is not None and declared is not None and declared > max_pages:
        raise ReadError(
            "too_many_pages",
            f"The PDF has {declared} pages, over the limit of {max_pages} (--max-pages raises it).",
        )
    if max_pages is not None and len(pdf.pages) > max_pages:
        raise ReadError(
            "too_many_pages", f"The PDF has more than {max_pages} pages (--max-pages raises the limit)."
        )
    predecode_pages(pdf.pages, deadline)
    for index, pdf_page in enumerate(pdf.pages):
        deadline.check()
        if max_pages is not None and index >= max_pages:
            raise ReadError(
                "too_many_pages", f"The PDF has more than {max_pages} pages (--max-pages raises the limit)."
            )
        objects = _page_objects(pdf_page)
        page = _read_page(pdf_page, index + 1, objects)
        if _needs_ocr(objects):
            scanned.append(index + 1)
            if ocr:
                page = _ocr_or_keep(pdf_page, page, deadline, warnings)
        pages.append(page)
        pdf_page.close()  # frees pdfplumber's per-page caches (chars, objects) on long documents
    if scanned and not any(p.ocr for p in pages):
        numbers = ", ".join(str(n) for n in scanned)
        warnings.append(
            scanned_not_read_warning(numbers, "OCR is switched off." if not ocr else _ocr_missing_reason())
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


@dataclass
class _PageObjects:
    """What the reader uses of a page: characters (pdfplumber's coordinates), ruling lines, whether it has images."""

    chars: list[dict[str, Any]] = field(default_factory=list)
    rulings: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {"line": [], "rect": [], "curve": []}
    )
    has_image: bool = False


def _page_objects(pdf_page: Any) -> _PageObjects:
    """Characters and rulings from the page's pdfminer layout, in the order and coordinates pdfplumber uses
    (origin top left, shifted by the MediaBox origin; see ``pdfplumber.page.Page.process_object``)."""
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTRect

    found = _PageObjects()
    height = float(pdf_page.height)
    mb_x0, mb_top = float(pdf_page.mediabox[0]), float(pdf_page.mediabox[1])
    doctop = float(pdf_page.initial_doctop)

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, LTChar):
                top = height - item.y1 + mb_top
                found.chars.append(
                    {
                        "text": item.get_text(),
                        "x0": item.x0 + mb_x0,
                        "x1": item.x1 + mb_x0,
                        "top": top,
                        "bottom": height - item.y0 + mb_top,
                        "doctop": doctop + top,
                        "upright": item.upright,
                        "size": item.size,
                    }
                )
            elif isinstance(item, LTContainer):
                walk(item._objs)
            elif isinstance(item, LTCurve):  # LTLine and LTRect are curves too
                kind = "line" if isinstance(item, LTLine) else "rect" if isinstance(item, LTRect) else "curve"
                found.rulings[kind].append(pdf_page.process_object(item))
            elif isinstance(item, LTImage):
                found.has_image = True

    walk(pdf_page.layout._objs)
    return found


class _RulingView:
    """The part of a pdfplumber page its table finder reads with the "lines" strategy: the page box and the
    edges of its ruling lines (built as ``pdfplumber.container.Container.edges`` builds them)."""

    def __init__(self, pdf_page: Any, rulings: dict[str, list[dict[str, Any]]]) -> None:
        from pdfplumber.utils.geometry import curve_to_edges, line_to_edge, rect_to_edges

        self.bbox = pdf_page.bbox
        self.edges = (
            [line_to_edge(line) for line in rulings["line"]]
            + [edge for rect in rulings["rect"] for edge in rect_to_edges(rect)]
            + [edge for curve in rulings["curve"] for edge in curve_to_edges(curve)]
        )


def _needs_ocr(objects: _PageObjects) -> bool:
    visible = sum(1 for c in objects.chars if not c["text"].isspace())
    return visible < MIN_TEXT_CHARS and objects.has_image


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


def _read_page(pdf_page: Any, number: int, objects: _PageObjects) -> Page:
    from pdfplumber.utils.text import extract_words

    all_words = extract_words(
        objects.chars, x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, use_text_flow=False
    )
    tables = _tables(pdf_page, number, all_words, objects.rulings)
    table_boxes = [line.bbox for line in tables if line.bbox]
    words = [w for w in all_words if not any(_inside(w, box) for box in table_boxes)]
    lines = group_lines(words, number) + tables
    lines.sort(key=lambda ln: (ln.bbox[1] if ln.bbox else 0.0, ln.bbox[0] if ln.bbox else 0.0))
    return Page(number=number, width=float(pdf_page.width), height=float(pdf_page.height), lines=lines)


def _tables(
    pdf_page: Any, number: int, words: list[dict[str, Any]], rulings: dict[str, list[dict[str, Any]]]
) -> list[Line]:
    """Ruled tables become one line per row, each with its cells, so a key never merges with its value.

    Cell text is built from the page's words (already extracted) rather than by cropping and re-reading each
    cell, and pages without any ruling (no lines, rectangles or curves) skip table finding altogether.
    """
    from pdfplumber.table import TableFinder, TableSettings

    rows: list[Line] = []
    if not any(rulings.values()):
        return rows
    view = _RulingView(pdf_page, rulings)
    try:
        found = TableFinder(view, TableSettings.resolve(None)).tables  # type: ignore[arg-type]
    except (
        AttributeError
    ):  # the view lacks what a newer pdfplumber's table finder reads: a bug to see, not hide
        raise
    except Exception:  # pdfplumber raises assorted errors on odd vector graphics; text still reads
        return rows
    for table in found:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                if cell is None:
                    continue
                inside = sorted(
                    (w for w in words if _inside(w, cell)), key=lambda w: (round(w["top"]), w["x0"])
                )
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
            rows.append(
                Line(text=" | ".join(cells), page=number, bbox=bbox, block="table", cells=tuple(cells))
            )
    return rows


def _inside(word: dict[str, Any], box: BBox) -> bool:
    cx = (float(word["x0"]) + float(word["x1"])) / 2
    cy = (float(word["top"]) + float(word["bottom"])) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]
