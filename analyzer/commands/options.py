"""Option parsing shared by the commands, so every command reads `--as-of` the same way, and the command classes
that keep their help clean."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import typer
from typer._click import core as click_core
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from analyzer import exit_codes


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


def _no_type(ctx: click_core.Context) -> str | None:
    """No type column in the help: a flag's ``<bool>`` and a file list's ``<list[Path]>`` say nothing."""
    return None


def _tidy(params: list[click_core.Parameter]) -> list[click_core.Parameter]:
    for param in params:
        if (isinstance(param, TyperOption) and param.is_bool_flag) or (
            isinstance(param, TyperArgument) and param.nargs != 1
        ):
            param.display_type_rich = _no_type  # type: ignore[method-assign]  # this parameter's help only
    return params


class TidyCommand(TyperCommand):
    """A command whose help shows no ``<bool>`` beside its flags."""

    def get_params(self, ctx: click_core.Context) -> list[click_core.Parameter]:
        return _tidy(super().get_params(ctx))


class TidyGroup(TyperGroup):
    """The root command: a tidy help, and a reader that closed the pipe (``offercheck ... | head -1``) ends the
    run quietly (exit 141, like a process killed by SIGPIPE) instead of click's exit 1, which means "not
    compliant" here."""

    def get_params(self, ctx: click_core.Context) -> list[click_core.Parameter]:
        return _tidy(super().get_params(ctx))

    def invoke(self, ctx: click_core.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            exit_codes.broken_pipe_exit()
        except SystemExit as exc:  # rich's Console.on_broken_pipe: stdout already on /dev/null, then exit 1
            if exc.code == 1 and _stdout_is_devnull():
                exit_codes.broken_pipe_exit()
            raise


def _stdout_is_devnull() -> bool:
    import os
    import sys

    try:
        return os.path.samestat(os.fstat(sys.stdout.fileno()), os.stat(os.devnull))
    except (OSError, ValueError, AttributeError):
        return False
