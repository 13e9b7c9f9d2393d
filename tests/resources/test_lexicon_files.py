"""The lexicon as per-language files: each validated alone, merged by language, and its examples able to fail."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from analyzer import resources
from analyzer.resources.lexicon import example_problems, load_lexicon

LEXICON = resources.lexicon_dir()


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "lexicon"
    shutil.copytree(LEXICON, folder)
    return folder


def _append_example(folder: Path, language: str, example: dict[str, object]) -> None:
    path = folder / f"{language}.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw.setdefault("examples", []).append(example)
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_words_are_keyed_by_the_file_they_come_from() -> None:
    nb = yaml.safe_load((LEXICON / "nb.yaml").read_text(encoding="utf-8"))
    nn = yaml.safe_load((LEXICON / "nn.yaml").read_text(encoding="utf-8"))
    lex = load_lexicon()
    assert lex.labels["salary_year"]["nb"] == nb["labels"]["salary_year"]
    assert lex.labels["salary_year"]["nn"] == nn["labels"]["salary_year"]
    assert "årsløn*" in lex.labels["salary_year"]["nn"] and "årsløn*" not in lex.labels["salary_year"]["nb"]
    assert "tilsett som" in lex.title_phrases["nn"]
    # sv/da/de words are merged into the language-neutral period table (they are read everywhere)
    assert "per timme" in lex.periods.hour and "pro Monat" in lex.periods.month


def test_every_shipped_example_passes() -> None:
    count, problems = example_problems()
    assert count >= 20 and problems == []


def test_a_wrong_example_is_a_problem_naming_file_and_set(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _append_example(
        folder, "nb", {"set": "labels.salary_year", "text": "Månedslønn: kr 50 000", "match": "Årslønn"}
    )
    _append_example(folder, "nn", {"set": "labels.no_such_concept", "text": "x", "match": None})
    _append_example(folder, "en", {"set": "labels.salary", "text": "Salary: NOK 1", "match": None})
    count, problems = example_problems(load_lexicon(folder))
    assert count > 3
    assert (
        "nb.yaml: labels.salary_year in 'Månedslønn: kr 50 000': expected 'Årslønn', found None" in problems
    )
    assert "nn.yaml: example names no word set 'labels.no_such_concept'" in problems
    assert "en.yaml: labels.salary in 'Salary: NOK 1': expected no match, found 'Salary'" in problems
    assert len(problems) == 3


def test_phrase_sets_merge_across_languages(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    for language, word in (("nb", "hjemmekontor"), ("nn", "heimekontor"), ("en", "home office")):
        path = folder / f"{language}.yaml"
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        raw.setdefault("phrases", {})["remote_work"] = [word]
        path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    lex = load_lexicon(folder)
    assert lex.phrases["remote_work"] == {
        "nb": ["hjemmekontor"],
        "nn": ["heimekontor"],
        "en": ["home office"],
    }


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda raw: raw.update(language="xx"), "nb.yaml"),
        (lambda raw: raw.update(unknown_section=["x"]), "unknown_section"),
        (lambda raw: raw["labels"].update(salary_year="årslønn"), "nb.yaml"),
    ],
    ids=["unknown-language", "unknown-section", "not-a-list"],
)
def test_a_bad_language_file_is_refused_naming_it(tmp_path: Path, edit: object, message: str) -> None:
    folder = _copy(tmp_path)
    path = folder / "nb.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(raw)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_lexicon(folder)
