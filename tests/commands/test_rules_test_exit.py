"""`offercheck rules test` fails when there is nothing to test: a data folder that went missing (the wheel without
patterns/ of issue 10) must not pass as "0/0 examples passed" with exit 0."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from analyzer import resources
from analyzer.cli import app

PATTERNS = Path(__file__).resolve().parents[2] / "patterns"
runner = CliRunner()


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "patterns"
    shutil.copytree(PATTERNS, copy, ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    return copy


def test_empty_data_folder_fails_and_names_the_missing_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    out = runner.invoke(app, ["rules", "test"])
    assert out.exit_code == 1, out.output
    assert f"MISSING {tmp_path / 'lexicon' / 'common.yaml'}" in out.output
    assert f"MISSING {tmp_path / 'clauses.yaml'}" in out.output


def test_no_rule_packs_fails_with_a_plain_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _copy(tmp_path)
    shutil.rmtree(data / "rules")
    (data / "rules").mkdir()
    monkeypatch.setenv(resources.ENV_VAR, str(data))
    out = runner.invoke(app, ["rules", "test"])
    assert out.exit_code == 1, out.output
    assert f"No rule packs found in {data / 'rules'}: nothing to test." in out.output


def test_packs_without_any_example_fail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _copy(tmp_path)
    for path in (data / "rules").glob("*.yaml"):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        for rule in raw.get("rules", []):
            rule.pop("examples", None)
        path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setenv(resources.ENV_VAR, str(data))
    out = runner.invoke(app, ["rules", "test"])
    assert out.exit_code == 1, out.output
    assert f"0/0 examples passed in {len(list((data / 'rules').glob('*.yaml')))} packs" in out.output
    assert f"The rule packs in {data / 'rules'} have no examples: nothing was tested." in out.output


def test_a_complete_copy_elsewhere_passes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The redirect itself is not what fails: the same data in another folder tests clean."""
    data = _copy(tmp_path)
    monkeypatch.setenv(resources.ENV_VAR, str(data))
    out = runner.invoke(app, ["rules", "test"])
    assert out.exit_code == 0, out.output
    packs = len(list((data / "rules").glob("*.yaml")))
    passed = re.search(
        rf"^(\d+)/(\d+) examples passed in {packs} packs; lexicon: (\d+)/(\d+) word examples passed$",
        out.output,
        re.MULTILINE,
    )
    assert passed and passed.group(1) == passed.group(2) and int(passed.group(2)) > 0, out.output
    assert passed.group(3) == passed.group(4) and int(passed.group(4)) > 0, out.output
