"""Where the shipped data lives: lexicon (one file per language), clause cues and rule packs.

The files sit in the top-level ``patterns/`` folder of the checkout and ship as the package
``analyzer.patterns`` (``pyproject.toml`` maps the folder), so a wheel, an sdist build and an editable
install all find them through :mod:`importlib.resources`. Every reader of pattern files asks here: no path
is worked out from where a source file happens to sit.

``OFFERCHECK_PATTERNS_DIR`` points everything at another folder (to try edited rule packs with an installed
wheel, or in tests); normal use never needs it.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

ENV_VAR = "OFFERCHECK_PATTERNS_DIR"
PACKAGE = "analyzer.patterns"
LEXICON = "lexicon"
CLAUSES = "clauses.yaml"
RULES = "rules"


def patterns_dir() -> Path:
    """The folder holding lexicon/, clauses.yaml and rules/ (looked up on every call, so tests can redirect it)."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser().resolve()
    root = files(PACKAGE)
    if not isinstance(root, Path):  # e.g. run from a zip: the loaders need real files (stat, glob)
        raise RuntimeError(f"offercheck's data ({PACKAGE}) is not installed as plain files: {root}")
    return root


def overridden() -> bool:
    """True when OFFERCHECK_PATTERNS_DIR chooses the data folder (doctor says so)."""
    return bool(os.environ.get(ENV_VAR))


def lexicon_dir() -> Path:
    """The lexicon folder: ``common.yaml`` and one ``<language>.yaml`` per language."""
    return patterns_dir() / LEXICON


def clauses_file() -> Path:
    return patterns_dir() / CLAUSES


def rules_dir() -> Path:
    return patterns_dir() / RULES


def required_files() -> list[Path]:
    """The data files `check` cannot run without (rule packs are counted separately: any number ≥ 1)."""
    return [lexicon_dir() / "common.yaml", clauses_file()]
