from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from analyzer.pipeline import AnalyzeOptions

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
AS_OF = dt.date(2026, 6, 1)


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".docx"))


@pytest.fixture(scope="session")
def options() -> AnalyzeOptions:
    return AnalyzeOptions(as_of=AS_OF)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples plus two broken files, in a nested folder with a lock file and a non-offer that are skipped."""
    root = tmp_path_factory.mktemp("corpus")
    (root / "sub").mkdir()
    for i, path in enumerate(sample_files()):
        shutil.copy(path, (root / "sub" if i % 2 else root) / path.name)
    (root / "empty.pdf").write_bytes(b"")
    (root / "sub" / "random.docx").write_bytes(
        os.urandom(4096).replace(b"PK", b"pk").replace(b"%PDF", b"%pdf")
    )
    (root / "~$lock.docx").write_bytes(b"lock")
    (root / "notes.json").write_text("{}")
    return root
