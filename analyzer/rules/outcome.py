"""What a check returns (:class:`CheckResult`), what it declares it fills (:class:`Check`), and how the values
fill a pack's message texts.

A check declares, per message key, the placeholders it gives values for. ``rules test`` compares that with the
pack's texts when the packs are loaded, so a ``{placeholder}`` no check fills is an error naming the pack, rule
and placeholder, not a blank in a report. A value the check cannot know (no floor in force on that date) is
never shown as "?": the check picks a text variant that says so in words.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from analyzer.model import Evidence, Localized, Status

if TYPE_CHECKING:
    from analyzer.rules.context import CheckContext
    from analyzer.rules.loader import Rule

FIX_STATUSES: tuple[Status, ...] = ("fail", "missing", "review")
"""Statuses whose finding carries the rule's fix wording."""

UNKNOWN = Localized(en="(not known)", nb="(ukjent)")
"""Last resort for a placeholder without a value at render time; ``rules test`` makes it unreachable for the
shipped packs."""


@dataclass(frozen=True)
class CheckResult:
    """One check's answer for one document.

    ``values`` fill the message and fix placeholders by name (a bokmål wording has its own name, e.g.
    ``{why_nb}``). ``applied`` names the pack values the finding rests on (default: the rule's ``values``).
    ``key`` chooses a text variant (``text.variants`` and ``fixes`` in the pack) for a case the status texts
    cannot word, e.g. no floor in force on the date.
    """

    status: Status
    values: dict[str, str] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    applied: tuple[str, ...] | None = None
    key: str | None = None

    @property
    def message_key(self) -> str:
        """``status`` or ``status:variant``: the key the check's declaration uses."""
        return f"{self.status}:{self.key}" if self.key else self.status


CheckFn = Callable[["Rule", "CheckContext"], "CheckResult | None"]
"""A check: the rule and what the document gave, to a result; None when the rule does not apply (no finding)."""


@dataclass(frozen=True)
class Check:
    """A check function with the placeholders it fills for each message key it can answer with."""

    run: CheckFn
    fills: Mapping[str, frozenset[str]]
    optional: frozenset[str] = frozenset()
    """Keys only some rules can reach (a clause not yet in force for a rule naming a dated marker value): a
    rule without a text for them is not an error, but a text it has must still be filled."""

    def __call__(self, rule: Rule, c: CheckContext) -> CheckResult | None:
        return self.run(rule, c)


def declare(fills: Mapping[str, str]) -> Callable[[CheckFn], Check]:
    """``@declare({"pass": "quote months max", "review:no_g": "why why_nb"})``: the keys a check may answer with
    (``status`` or ``status:variant``) and, space-separated, the placeholders it fills for each. A key ending in
    ``?`` is optional (see :attr:`Check.optional`)."""
    parsed = {key.rstrip("?"): frozenset(names.split()) for key, names in fills.items()}
    optional = frozenset(key.rstrip("?") for key in fills if key.endswith("?"))
    for key in parsed:
        status = key.split(":", 1)[0]
        if status not in ("pass", "fail", "missing", "review", "info"):
            raise ValueError(f"unknown status in message key {key!r}")

    def wrap(fn: CheckFn) -> Check:
        return Check(run=fn, fills=parsed, optional=optional)

    return wrap


def placeholders(template: str) -> set[str]:
    """The ``{names}`` a template asks for."""
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


class _Values(dict[str, str]):
    """A mapping for ``str.format_map`` that words a value it does not have instead of leaving a blank."""

    def __init__(self, values: Mapping[str, str], unknown: str) -> None:
        super().__init__(values)
        self.unknown = unknown

    def __missing__(self, key: str) -> str:
        return self.unknown


def render(template: Localized, values: Mapping[str, str]) -> Localized:
    """Fill a text in both languages; a missing value reads "(not known)" / "(ukjent)", never "" or "?"."""
    return Localized(
        en=template.en.format_map(_Values(values, UNKNOWN.en)),
        nb=template.nb.format_map(_Values(values, UNKNOWN.nb)),
    )
