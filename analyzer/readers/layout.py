"""Format-independent layout passes: running header/footer detection."""

from __future__ import annotations

import re

from analyzer.model import Line, Page

_DIGITS = re.compile(r"\d+")
_EDGE = 0.09  # share of the page height counted as top/bottom margin


def _key(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


def mark_running_lines(pages: list[Page]) -> None:
    """Lines in the top or bottom margin that repeat on at least two pages are running headers/footers.

    Page numbers differ from page to page, so digits are ignored when comparing.
    """
    if len(pages) < 2:
        return
    seen: dict[str, set[int]] = {}
    for page in pages:
        for line in page.lines:
            if _in_margin(line, page) is not None:
                seen.setdefault(_key(line.text), set()).add(page.number)
    repeated = {k for k, nums in seen.items() if len(nums) >= 2}
    for page in pages:
        new: list[Line] = []
        for line in page.lines:
            where = _in_margin(line, page)
            if where and line.block == "body" and _key(line.text) in repeated:
                line = line.model_copy(update={"block": where})
            new.append(line)
        page.lines = new


def _in_margin(line: Line, page: Page) -> str | None:
    if line.bbox is None or not page.height:
        return None
    if line.bbox[3] <= page.height * _EDGE * 1.6:
        return "header"
    if line.bbox[1] >= page.height * (1 - _EDGE):
        return "footer"
    return None
