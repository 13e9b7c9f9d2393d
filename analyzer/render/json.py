"""JSON and JSON Lines output: the report contract, exactly as the pydantic models dump it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from analyzer.model import Report


def report_dict(report: Report) -> dict[str, Any]:
    return report.model_dump(mode="json")


def render_json(reports: list[Report]) -> str:
    data = [report_dict(r) for r in reports]
    return json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2)


def render_jsonl(reports: Iterable[Report]) -> Iterable[str]:
    for report in reports:
        yield json.dumps(report_dict(report), ensure_ascii=False)
