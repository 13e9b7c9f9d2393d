"""The clause stage's parts, one by one: line grammar (lines.py), numbers the law limits (values.py), temporary or
permanent (temporary.py) and the cue data (patterns.py). Rows are phrasings from real contracts (EN/NB/NN); the
whole-document behaviour is in tests/clauses/test_clauses.py."""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.clauses.lines import has_value, is_heading, next_body_line, undetermined
from analyzer.clauses.patterns import CLAUSES, SIGNALS, cue_regex, patterns
from analyzer.clauses.scan import scan_clauses
from analyzer.clauses.temporary import decide_temporary
from analyzer.clauses.values import probation_months, working_hours_values
from analyzer.model import ClauseHit, ClauseScan, Document, Evidence, ExtractedField, Fields, Line, Page


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("6. Arbeidstid", True),
        ("§ 3 Prøvetid", True),
        ("Lønn og godtgjørelse", True),
        ("Arbeidstid: 37,5 timer per uke", False),  # a value after the colon
        ("The probation period is six months.", False),  # a sentence
        ("Oppsigelsesfrist 3 måneder", False),  # a number
    ],
)
def test_is_heading(text: str, heading: bool) -> None:
    assert is_heading(text, patterns().heading_max_words) is heading


@pytest.mark.parametrize(
    ("cells", "value"),
    [
        (("Eventuelt til", "____"), False),
        (("Prøvetid", "n/a"), False),
        (("Prøvetid", "–"), False),
        (("Prøvetid", "6 måneder"), True),
        (("Arbeidsstad", "Førde"), True),
    ],
)
def test_a_table_row_has_a_value(cells: tuple[str, ...], value: bool) -> None:
    assert has_value(Line(text=" | ".join(cells), page=1, cells=cells)) is value


@pytest.mark.parametrize(
    ("text", "states_nothing"),
    [
        ("Arbeidssted: avtales nærmere", True),
        ("Place of work: to be agreed", True),
        ("Arbeidsstad: vert avtalt seinare", True),
        ("Arbeidstid avtales nærmere, 37,5 timer per uke", False),  # a number is stated
        ("Arbeidssted: Bodø", False),
    ],
)
def test_undetermined(text: str, states_nothing: bool) -> None:
    assert undetermined(text) is states_nothing


def test_a_heading_takes_a_generic_row_under_it() -> None:
    lines = [
        Line(text="2. Arbeidstaker", page=1),
        Line(text="Navn | Åse Ødegård", page=1, cells=("Navn", "Åse Ødegård")),
        Line(text="3. Stilling", page=1),
        Line(
            text="Tilsett som | Produksjonsmedarbeidar",
            page=1,
            cells=("Tilsett som", "Produksjonsmedarbeidar"),
        ),
    ]
    assert (
        next_body_line(lines, 0, 4) == 1
    )  # "Navn" says nothing of the topic: its value belongs to the heading
    assert next_body_line(lines, 2, 4) is None  # "Tilsett som" answers another question


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Prøvetiden er seks måneder.", 6),
        ("A probation period of 3 months applies.", 3),
        ("Det gjeld ei prøvetid på tre månader.", 3),
        ("prøvetid på 12 uker", round(12 / 4.345, 2)),
        ("probation: 90 days", round(90 / 30.4, 2)),
        ("et halvt år prøvetid", 6),
        ("Prøvetid: ingen", None),
    ],
)
def test_probation_months(text: str, months: float | None) -> None:
    assert probation_months(text) == months


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Arbeidstiden er 37,5 timer per uke.", {"weekly": 37.5}),
        ("Working hours: 8 hours per day, 08:00-16:00", {"daily": 8.0, "daily_span": 8.0}),
        ("Vekearbeidstid 35,5 timar", {"weekly": 35.5}),
        ("kl. 07.00 til 15.30 mandag-fredag", {"daily_span": 8.5}),
    ],
)
def test_working_hours_values(text: str, values: dict[str, float]) -> None:
    assert working_hours_values(text) == values


def _hits(**present: bool) -> dict[str, ClauseHit]:
    return {name: ClauseHit(present=present.get(name, False)) for name in (*CLAUSES, *SIGNALS)}


def test_an_end_date_makes_the_post_temporary_with_its_length() -> None:
    hits = _hits(permanent=True)
    ev = Evidence(page=1, text="Ansatt til 31.10.2026")
    fields = Fields(
        start_date=ExtractedField[dt.date](value=dt.date(2026, 5, 1), confidence=0.9),
        end_date=ExtractedField[dt.date](value=dt.date(2026, 10, 31), confidence=0.9, evidence=[ev]),
    )
    decide_temporary(hits, fields)
    assert hits["temporary"].present and hits["duration"].present
    assert hits["temporary"].values["months"] == round(183 / 30.44, 2)


def test_temporary_and_permanent_cues_without_an_end_date_count_as_permanent() -> None:
    hits = _hits(temporary=True, permanent=True)
    decide_temporary(hits, None)
    assert not hits["temporary"].present
    assert "treated as permanent" in (hits["temporary"].note or "")


def test_the_end_read_from_the_duration_clause_reaches_the_scan_type() -> None:
    doc = Document(
        name="kontrakt.txt",
        kind="text",
        pages=[
            Page(
                number=1,
                lines=[
                    Line(text="Tiltredelse: 1. mai 2026", page=1),
                    Line(
                        text="Ansettelsens varighet: midlertidig, fra 1. mai 2026 til 30. september 2026.",
                        page=1,
                    ),
                ],
            )
        ],
    )
    fields = Fields(start_date=ExtractedField[dt.date](value=dt.date(2026, 5, 1), confidence=0.9))
    scan = scan_clauses(doc, fields)
    end, evidence = scan.end_date()
    assert end == dt.date(2026, 9, 30)
    assert evidence is not None and "30. september" in evidence.text


def test_every_clause_and_signal_has_cues() -> None:
    for name in SIGNALS:
        rx, _unless = cue_regex("signal", name)
        assert rx.pattern
    assert ClauseScan().get("probation") == ClauseHit()
