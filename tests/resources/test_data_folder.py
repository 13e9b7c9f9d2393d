"""analyzer/resources/__init__.py: every loader asks one place where the data is, and OFFERCHECK_PATTERNS_DIR
moves all of them at once (tests/test_packaging.py checks the same for an installed wheel)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import resources


def test_the_data_that_check_needs_is_there() -> None:
    assert resources.required_files(), "check needs at least the lexicon and the clause cues"
    for path in resources.required_files():
        assert path.is_file(), path
        assert path.read_text(encoding="utf-8").strip(), f"{path} is empty"
    assert sorted(resources.rules_dir().glob("*.yaml")), "no rule pack"


def test_no_override_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(resources.ENV_VAR, raising=False)
    assert not resources.overridden()
    assert resources.patterns_dir().is_absolute()


def test_the_override_moves_every_path_and_is_read_on_each_call(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "mønstre æøå"  # Norwegian letters and a space in the path
    monkeypatch.setenv(resources.ENV_VAR, str(folder))
    assert resources.overridden()
    assert resources.patterns_dir() == folder
    assert resources.lexicon_dir() == folder / "lexicon"
    assert resources.clauses_file() == folder / "clauses.yaml"
    assert resources.rules_dir() == folder / "rules"
    assert resources.required_files() == [folder / "lexicon" / "common.yaml", folder / "clauses.yaml"]
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    assert resources.rules_dir() == tmp_path / "rules"  # not cached


def test_the_override_is_made_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(resources.ENV_VAR, "data")
    assert resources.patterns_dir() == tmp_path.resolve() / "data"
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(resources.ENV_VAR, "~/data")
    assert resources.patterns_dir() == tmp_path.resolve() / "data"


def test_an_empty_override_is_no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(resources.ENV_VAR, raising=False)
    default = resources.patterns_dir()
    monkeypatch.setenv(resources.ENV_VAR, "")
    assert not resources.overridden()
    assert resources.patterns_dir() == default and default.name == "patterns"  # checkout or wheel alike
