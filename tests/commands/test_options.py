"""analyzer/commands/options.py: every command reads ``--as-of`` the same way, and a bad date is a usage error
(exit 2, one sentence, no traceback) wherever it is given."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.commands.options import as_of_date

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "nb_tilbudsbrev_master.pdf"
runner = CliRunner()


def test_no_date_is_today() -> None:
    assert as_of_date(None) == dt.date.today()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2026-06-01", dt.date(2026, 6, 1)),
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("1999-12-31", dt.date(1999, 12, 31)),
    ],
)
def test_iso_dates_are_read(text: str, date: dt.date) -> None:
    assert as_of_date(text) == date


# Norwegian and English ways of writing a date that are not the ISO form the option asks for, and non-dates.
@pytest.mark.parametrize(
    "text",
    ["1.6.2026", "01.06.2026", "1. juni 2026", "June 1, 2026", "2026/06/01", "2025-02-29", "i dag", ""],
)
def test_anything_else_is_a_usage_error_naming_the_option(text: str) -> None:
    with pytest.raises(typer.BadParameter) as caught:
        as_of_date(text)
    assert f"'{text}' is not a date in the form YYYY-MM-DD" in str(caught.value)
    assert caught.value.param_hint == "--as-of"


@pytest.mark.parametrize(
    "command",
    [["check", str(SAMPLE)], ["batch", str(SAMPLE)], ["rules", "list"]],
    ids=["check", "batch", "rules-list"],
)
def test_every_command_refuses_a_bad_date_alike(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--as-of", "1.6.2026"])
    assert result.exit_code == 2, result.output
    assert "is not a date in the form YYYY-MM-DD" in " ".join(result.output.split())
    assert "Traceback" not in result.output
