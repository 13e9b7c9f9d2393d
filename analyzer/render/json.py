"""JSON and JSON Lines output: the report contract, exactly as the pydantic models dump it.

Dumped with ``ensure_ascii=False`` so æøå stay readable, then :func:`analyzer.render.terminal.escape_json`
writes C1 controls, DEL, bidi and other invisible format characters and lone surrogates as ``\\uXXXX`` escapes,
so ``cat results.jsonl`` cannot drive a terminal; a JSON reader gets the original characters back."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from analyzer.model import Report
from analyzer.render.terminal import escape_json


def report_dict(report: Report) -> dict[str, Any]:
    return report.model_dump(mode="json")


def dumps(data: Any, *, indent: int | None = None) -> str:
    """``json.dumps`` for anything offercheck writes: literal æøå, nothing a terminal would act on."""
    return escape_json(json.dumps(data, ensure_ascii=False, indent=indent))


def render_json(reports: list[Report]) -> str:
    data = [report_dict(r) for r in reports]
    return dumps(data[0] if len(data) == 1 else data, indent=2)


def render_jsonl(reports: Iterable[Report]) -> Iterable[str]:
    for report in reports:
        yield dumps(report_dict(report))
