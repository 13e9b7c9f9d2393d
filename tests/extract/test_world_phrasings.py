"""The world phrase table: real phrasings of offers and contracts, each with hand-checked expected values.

Why: the tool was tuned on the phrasing of this project's own generators; these rows (tests/extract/phrasings/*.yaml,
format in that folder's README.md) come from documents of the world, so a pass here means a phrasing *class* is read.
Each expected field is compared like benchmarks/sample_accuracy.py ``same`` (mirrored here so that importing the
benchmark does not build the whole pipeline). Rows marked ``known_miss: true`` are strict xfails: when a fix makes
one pass, the test fails and says to flip ``known_miss``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from analyzer.model import Fields, Salary

from .conftest import document_of

FOLDER = Path(__file__).parent / "phrasings"
LANGS = {"en", "nb", "nn", "sv", "da"}
READ = {"en", "nb", "nn"}
"""Languages offercheck reads: a row in one of these is extracted in its own language (a snippet is too short to
detect reliably); Swedish and Danish rows go through detection, as a real document would."""
FIELDS = set(Fields.model_fields) | {"language"}
"""Expectable keys: every extracted field, plus ``language`` (what detection says for the whole snippet)."""
ROW_KEYS = {"id", "lang", "text", "expect", "seen", "known_miss", "note"}
REQUIRED = {"id", "lang", "text", "expect", "seen"}


def load_rows() -> list[tuple[str, dict[str, Any]]]:
    """Every row of every YAML file, as (file stem, row)."""
    rows: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(FOLDER.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), f"{path.name}: the file must be a YAML list of rows"
        rows.extend((path.stem, row) for row in data)
    return rows


ROWS = load_rows()


def same(name: str, expected: object, got: object) -> bool:
    """The comparison of benchmarks/sample_accuracy.py ``same``: null means not stated, salary by its three parts,
    numbers to 0.01, a location by containment, dates by ISO text, other strings case- and space-insensitive."""
    if expected is None:
        return got is None
    if got is None:
        return False
    if name == "salary":
        assert isinstance(expected, dict) and isinstance(got, Salary)
        return (
            abs(got.amount - float(expected["amount"])) < 0.01
            and got.currency == expected["currency"]
            and got.period == expected["period"]
        )
    if isinstance(expected, int | float):
        return abs(float(got) - float(expected)) < 0.01  # type: ignore[arg-type]
    if name == "work_location":
        return str(expected).lower() in str(got).lower()
    if isinstance(got, dt.date):
        return got.isoformat() == str(expected)
    return " ".join(str(got).lower().split()) == " ".join(str(expected).lower().split())


def got_values(row: dict[str, Any]) -> dict[str, object]:
    """What the tool extracts for each expected field of a row."""
    from analyzer.extract import extract_fields
    from analyzer.extract.language import detect_language

    document = document_of(row["text"])
    language = row["lang"] if row["lang"] in READ else None
    fields = extract_fields(document, language=language)
    out: dict[str, object] = {}
    for name in row["expect"]:
        out[name] = detect_language(document) if name == "language" else getattr(fields, name).value
    return out


def _params() -> list[Any]:
    params = []
    for stem, row in ROWS:
        marks = []
        if row.get("known_miss"):
            marks.append(pytest.mark.xfail(strict=True, reason="known miss: if this passes, flip known_miss"))
        params.append(pytest.param(row, id=f"{stem}:{row.get('id')}", marks=marks))
    return params


def test_schema() -> None:
    """Every row has the required keys, a known language and known fields; ids are unique across files."""
    problems: list[str] = []
    ids: Counter[str] = Counter()
    for stem, row in ROWS:
        where = f"{stem}:{row.get('id')}"
        ids[str(row.get("id"))] += 1
        if missing := REQUIRED - set(row):
            problems.append(f"{where}: missing {sorted(missing)}")
        if unknown := set(row) - ROW_KEYS:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        if row.get("lang") not in LANGS:
            problems.append(f"{where}: lang {row.get('lang')!r}")
        if not isinstance(row.get("text"), str) or not row["text"].strip():
            problems.append(f"{where}: empty text")
        if not isinstance(row.get("seen"), str) or not row["seen"].strip():
            problems.append(f"{where}: no source in 'seen'")
        expect = row.get("expect")
        if not isinstance(expect, dict) or not expect:
            problems.append(f"{where}: expect must be a non-empty mapping")
            continue
        if unknown := set(expect) - FIELDS:
            problems.append(f"{where}: unknown fields {sorted(unknown)}")
        salary = expect.get("salary")
        if salary is not None and (
            not isinstance(salary, dict) or set(salary) != {"amount", "currency", "period"}
        ):
            problems.append(f"{where}: salary must be {{amount, currency, period}}")
        for name in ("start_date", "end_date"):
            if expect.get(name) is not None:
                try:
                    dt.date.fromisoformat(str(expect[name]))
                except ValueError:
                    problems.append(f"{where}: {name} is not an ISO date")
        if not isinstance(row.get("known_miss", False), bool):
            problems.append(f"{where}: known_miss must be true or false")
    problems.extend(f"duplicate id {i!r}" for i, n in ids.items() if n > 1)
    assert not problems, "\n".join(problems)
    assert len(ROWS) >= 400


@pytest.mark.parametrize("row", _params())
def test_phrasing(row: dict[str, Any]) -> None:
    got = got_values(row)
    wrong = {
        name: (value, got[name]) for name, value in row["expect"].items() if not same(name, value, got[name])
    }
    assert not wrong, "\n".join(f"{n}: expected {e!r}, got {g!r}" for n, (e, g) in wrong.items())
