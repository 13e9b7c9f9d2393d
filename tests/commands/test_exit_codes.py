"""Exit codes of check and batch (analyzer/exit_codes.py): one per outcome, the worst over several files."""

from __future__ import annotations

import pytest

from analyzer import exit_codes

# Hand-written: the order is error (4) > non_compliant (1) > incomplete (3) > compliant (0).
CASES = [
    (["compliant"], 0),
    (["compliant", "compliant"], 0),
    (["non_compliant"], 1),
    (["incomplete"], 3),
    (["error"], 4),
    (["compliant", "incomplete"], 3),
    (["incomplete", "non_compliant"], 1),
    (["non_compliant", "incomplete", "compliant"], 1),
    (["compliant", "error", "non_compliant"], 4),
    (["incomplete", "error"], 4),
    (["something_new"], 4),  # a verdict this version does not know is never read as a pass
    ([], 2),  # nothing was checked
]


@pytest.mark.parametrize("verdicts, code", CASES)
def test_the_worst_verdict_decides(verdicts: list[str], code: int) -> None:
    assert exit_codes.exit_code(verdicts) == code


def test_every_outcome_has_its_own_code() -> None:
    codes = [
        exit_codes.COMPLIANT,
        exit_codes.NON_COMPLIANT,
        exit_codes.USAGE,
        exit_codes.INCOMPLETE,
        exit_codes.UNREADABLE,
        exit_codes.INTERRUPTED,
    ]
    assert codes == [0, 1, 2, 3, 4, 130]
    assert set(exit_codes.BY_VERDICT) == set(exit_codes.WORST_FIRST)


def test_the_help_text_names_every_code_and_the_order() -> None:
    for code in ("0 all compliant", "1 any not compliant", "3 any incomplete", "4 any file", "2 usage"):
        assert code in exit_codes.HELP
    assert "4 > 1 > 3 > 0" in exit_codes.HELP
