"""``--redact``: mask personal data in a report before it is rendered.

Masks Norwegian national identity numbers (fødselsnummer and D-numbers, checksum-validated with
python-stdnum), Norwegian bank account numbers (mod-11 validated) and e-mail addresses, in every string of
the report: field values, evidence text, candidates, notes, findings, warnings and the file name. Numbers that
fail the checksum (amounts, phone numbers, order numbers) are left alone. Pure: returns a new report.
"""

from __future__ import annotations

import re
from typing import Any

from analyzer.model import Report

ID_MASK = "[ID-NUMBER]"
ACCOUNT_MASK = "[ACCOUNT-NUMBER]"
EMAIL_MASK = "[E-MAIL]"

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 11 digits, optionally written 6+5 (fødselsnummer) with a space, or 4.2.5 (account) with dots or spaces.
_ELEVEN = re.compile(
    r"(?<![0-9])(?:[0-9]{6}[ \u00a0]?[0-9]{5}|[0-9]{4}[. \u00a0][0-9]{2}[. \u00a0][0-9]{5})(?![0-9])"
)
_SKIP_KEYS = {"sha256"}


def redact_text(text: str) -> str:
    """Mask ID numbers, account numbers and e-mail addresses in one string."""
    from stdnum.no import fodselsnummer, kontonr

    def eleven(match: re.Match[str]) -> str:
        digits = re.sub(r"[^0-9]", "", match.group(0))
        if fodselsnummer.is_valid(digits):
            return ID_MASK
        if kontonr.is_valid(digits):
            return ACCOUNT_MASK
        return match.group(0)

    if "@" in text:
        text = _EMAIL.sub(EMAIL_MASK, text)
    return _ELEVEN.sub(eleven, text)


def redact_value(value: Any) -> Any:
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {k: (v if k in _SKIP_KEYS else redact_value(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_value(v) for v in value]
    if isinstance(value, tuple):
        return tuple(redact_value(v) for v in value)
    return value


def redact_report(report: Report) -> Report:
    """A copy of ``report`` with personal numbers and e-mail addresses masked everywhere."""
    return Report.model_validate(redact_value(report.model_dump(mode="python")))
