"""tests/conftest.py: every entry of the SLOW list still names a test file and function, and the matching
by file, by test and by exact id does what the list says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SLOW, is_slow  # tests/ is on sys.path (no __init__.py there)

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("entry", SLOW)
def test_every_slow_entry_names_a_test_that_exists(entry: str) -> None:
    path, _, name = entry.partition("::")
    source = ROOT / path
    assert source.is_file(), f"{path} is gone: update SLOW in tests/conftest.py"
    if name:
        function = name.split("[", 1)[0]
        assert re.search(
            rf"^def {re.escape(function)}\(", source.read_text(encoding="utf-8"), re.MULTILINE
        ), f"{path} has no test {function}: update SLOW in tests/conftest.py"


LISTED = frozenset({"tests/a/test_m.py", "tests/b/test_n.py::test_t", "tests/c/test_o.py::test_u[x-1]"})


@pytest.mark.parametrize(
    ("nodeid", "slow"),
    [
        ("tests/a/test_m.py::test_any[param]", True),  # by file
        ("tests/a/test_m.py::TestClass::test_any", True),
        ("tests/a/test_m2.py::test_any", False),  # a file name that only starts like a listed one
        ("tests/b/test_n.py::test_t", True),  # by test
        ("tests/b/test_n.py::test_t[p]", True),  # by test: every parametrization
        ("tests/b/test_n.py::test_t2", False),
        ("tests/c/test_o.py::test_u[x-1]", True),  # exactly
        ("tests/c/test_o.py::test_u[x-2]", False),
        ("tests/c/test_o.py::test_u", False),
    ],
)
def test_matching(nodeid: str, slow: bool) -> None:
    assert is_slow(nodeid, LISTED) is slow


def test_the_shipped_list_marks_what_it_names() -> None:
    assert is_slow("tests/readers/test_ocr.py::test_scan_has_no_text_layer[en_hourly_wage]")
    assert is_slow("tests/rules/test_packs.py::test_rules_test_command_passes")
    assert not is_slow("tests/rules/test_packs.py::test_a_key_the_schema_does_not_know_is_rejected")


def test_the_marker_reaches_the_collected_items(request: pytest.FixtureRequest) -> None:
    """The marker is registered (``--strict-markers`` would refuse it otherwise) and this fast test has none."""
    assert request.node.get_closest_marker("slow") is None
    assert any(line.startswith("slow:") for line in request.config.getini("markers"))
