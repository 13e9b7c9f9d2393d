"""Option parsing shared by the commands, so every command reads `--as-of` the same way."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import typer


class PermitChoice(StrEnum):
    """The permit profiles `check --permit` offers; doctor checks each has a rule pack."""

    auto = "auto"
    skilled = "skilled"
    seasonal = "seasonal"


def as_of_date(value: str | None) -> dt.date:
    """`--as-of YYYY-MM-DD`, today when absent; a bad date is a usage error (exit 2)."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"'{value}' is not a date in the form YYYY-MM-DD", param_hint="--as-of"
        ) from exc
