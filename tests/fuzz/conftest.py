from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "fuzz: the short fuzzing round (tests/fuzz); the long one is benchmarks/fuzz_run.py"
    )
