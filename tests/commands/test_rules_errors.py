"""A bad --rules file is one plain line naming the file, the line and the key (analyzer/commands/rules_errors.py),
exit 2, before any file is read."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli import app

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "nb_tilbudsbrev_master.pdf"
ENTRY = "{from: 2026-01-01, value: 1, source: 'https://x', authority: user, confirmed: false}"
runner = CliRunner()

# (file text, what the line must say after "<file>"), written by hand from the YAML's own line numbers.
CASES = [
    (
        "values:\n  salary_floor_master:\n    - from: 2026-01-01\n      value: abc\n      source: x\n"
        "      authority: user\n      confirmed: false\n",
        ": line 4: values.salary_floor_master[0].value: Input should be a valid number, unable to parse string "
        "as a number (got 'abc').",
    ),
    (
        f"values:\n  salary_floor_master:\n    - {ENTRY}\n    - {ENTRY[:-1]}, colour: blå}}\n",
        ": line 4: values.salary_floor_master[1].colour: not allowed here.",
    ),
    ("values: [unclosed\n", ", line 2, column 1: not valid YAML: did not find expected ',' or ']'."),
    (
        f"# newer floors\nvalues:\n  salary_floor_master:\n    - {ENTRY}\n  salary_flor_bachelor:\n    - {ENTRY}\n",
        ": line 5: unknown value name 'salary_flor_bachelor', did you mean salary_floor_bachelor? (offercheck "
        "rules list shows every name).",
    ),
    ("valuez: {}\n", ": line 1: values: Field required; line 1: valuez: not allowed here."),
]


@pytest.mark.parametrize("text, message", CASES)
def test_a_bad_rules_file_is_one_line_with_its_line_and_key(tmp_path: Path, text: str, message: str) -> None:
    rules = tmp_path / "regler.yaml"
    rules.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(SAMPLE), "--rules", str(rules), "-f", "json"])
    assert result.exit_code == 2
    assert result.stdout == ""  # nothing was checked
    lines = result.stderr.splitlines()
    assert lines == [f"offercheck: --rules {rules}{message}"]


def test_a_missing_rules_file_keeps_clicks_message(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(SAMPLE), "--rules", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and "does not exist" in result.output
