"""Validates every YAML data file under patterns/ against its schema (lexicon, clause cues, rule packs)."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from analyzer import resources
from analyzer.resources.lexicon import parse_yaml


def validate_file(path: Path) -> None:
    """Raises ValueError (with the file name) when the file does not validate."""
    from analyzer.clauses.patterns import load_clause_patterns
    from analyzer.resources.lexicon import load_lexicon
    from analyzer.rules.loader import RulePack

    try:
        raw = parse_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc
    schema = raw.get("schema") if isinstance(raw, dict) else None
    try:
        if path.parent == resources.lexicon_dir():  # the lexicon is validated as a whole (its files merge)
            load_lexicon(path.parent)
        elif schema == "clauses/1":
            load_clause_patterns(path)
        elif schema == "rulepack/1":
            RulePack.model_validate(raw)
        else:
            raise ValueError(f"unknown schema {schema!r} (expected rulepack/1, clauses/1 or the lexicon)")
    except (ValidationError, ValueError) as exc:
        root = resources.patterns_dir()
        raise ValueError(f"{path.relative_to(root) if path.is_relative_to(root) else path}: {exc}") from exc


def pattern_files() -> list[Path]:
    return sorted(p for p in resources.patterns_dir().rglob("*") if p.suffix in (".yaml", ".yml"))


def validate_pattern_files() -> list[str]:
    problems = []
    for path in pattern_files():
        try:
            validate_file(path)
        except ValueError as exc:
            problems.append(str(exc))
    return problems
