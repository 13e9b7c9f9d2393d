"""The legal figures extraction needs, taken from the rule packs in force: the one source for every such figure.

Extraction cannot import the rules (it is an earlier stage), so the pipeline asks here and passes the result in
as :class:`analyzer.model.ExtractionSettings`. A ``--rules`` file changes the figure for extraction and for the
checks alike, so the report never contradicts itself.
"""

from __future__ import annotations

import datetime as dt

from analyzer.model import ExtractionSettings
from analyzer.rules.loader import RulePack

FULL_TIME_HOURS = "full_time_hours"
"""The pack value extraction needs: weekly hours to a position percentage, an hourly wage to a yearly one."""


def extraction_settings(packs: list[RulePack], as_of: dt.date) -> ExtractionSettings:
    """The figures in force on ``as_of`` from the first pack (file-name order) that gives each; packs naming the
    same value must agree (``rules test`` checks it), so the order does not change the answer."""
    for pack in packs:
        if FULL_TIME_HOURS in pack.values and (entry := pack.value(FULL_TIME_HOURS, as_of)) is not None:
            return ExtractionSettings(full_time_hours=entry.value, as_of=as_of)
    return ExtractionSettings(full_time_hours=None, as_of=as_of)


def missing_warning(settings: ExtractionSettings) -> str | None:
    """A report warning when no pack gives a figure extraction needed."""
    if settings.full_time_hours is not None:
        return None
    when = settings.as_of.isoformat() if settings.as_of else "the date checked"
    return (
        f"No rule pack gives full-time hours in force on {when}: a position percentage is not worked out from "
        "weekly hours, nor a yearly pay from an hourly wage without stated hours. Give the value with --rules FILE."
    )


def _dated(history: list[tuple[dt.date, float]]) -> str:
    return ", ".join(f"{value:g} from {day.isoformat()}" for day, value in history)


def shared_value_problems(packs: list[RulePack]) -> list[str]:
    """A value several packs carry (full-time hours) must have the same dated history in each: one figure."""
    seen: dict[str, tuple[str, list[tuple[dt.date, float]]]] = {}
    problems = []
    for pack in packs:
        for name, parameter in pack.values.items():
            history = [(entry.from_, entry.value) for entry in parameter.history]
            if name not in seen:
                seen[name] = (pack.id, history)
            elif seen[name][1] != history:
                problems.append(
                    f"{pack.id}: value '{name}' ({_dated(history)}) differs from the one in {seen[name][0]} "
                    f"({_dated(seen[name][1])}): a figure must have one source"
                )
    return problems
