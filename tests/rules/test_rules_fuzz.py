"""Whatever text a document holds, the clause scan and every rule pack give findings and never raise."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.clauses.scan import scan_clauses
from analyzer.model import Document, Fields, Line, Page
from analyzer.rules.checker import check
from analyzer.rules.loader import load_all_packs

PACKS = load_all_packs()
WORDS = [
    "Prøvetid",
    "prøvetiden",
    "seks",
    "måneder",
    "Arbeidstid",
    "37,5",
    "timer",
    "per",
    "uke",
    "07:00-18:30",
    "Lønn",
    "kr",
    "650 000",
    "sesongarbeid",
    "akkord",
    "bemanningsforetak",
    "til",
    "30. september 2026",
    "1. mai 2026",
    "between",
    "and",
    "Employer:",
    "Employee",
    "Dear",
    "Ana",
    "Pereira",
    "Probation",
    "months",
    "notice",
    ":",
    "|",
    "Ålesund",
    "æøå",
    "",
    "-",
    "___",
    "12 %",
    "IBAN",
    "avtales nærmere",
    "mellombels",
    "fast",
    "eller",
]
line_text = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=8).map(" ".join)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    lines = []
    for text in draw(st.lists(line_text, max_size=25)):
        if draw(st.booleans()):
            cells = tuple(draw(st.lists(line_text, min_size=1, max_size=3)))
            lines.append(Line(text=" | ".join(cells), page=1, block="table", cells=cells))
        else:
            lines.append(Line(text=text, page=1, block=draw(st.sampled_from(["body", "header", "footer"]))))
    return Document(name="fuzz", kind="docx", pages=[Page(number=1, lines=lines)])


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(documents(), st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_scan_and_every_pack_never_raise(document: Document, as_of: dt.date):
    scan = scan_clauses(document, Fields())
    for pack in PACKS:
        for finding in check(Fields(), pack, as_of, clauses=scan, text=document.text):
            assert finding.status in ("pass", "fail", "missing", "review", "info")
            assert finding.message.en and finding.message.nb


dates = st.none() | st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
salaries = st.none() | st.fixed_dictionaries(
    {
        "amount": st.floats(min_value=0, max_value=5e6, allow_nan=False),
        "currency": st.sampled_from(["NOK", "EUR"]),
        "period": st.sampled_from(["year", "month", "hour"]),
    }
)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    documents(),
    dates,
    dates,
    salaries,
    st.none() | st.floats(min_value=0, max_value=100, allow_nan=False),
    st.none() | st.floats(min_value=0, max_value=200, allow_nan=False),
    st.none() | st.floats(min_value=0, max_value=5e6, allow_nan=False),
    st.none() | st.sampled_from(["Tømrer", "Renholder", "Bærplukker", "Kokk", "Engineer"]),
)
def test_any_field_values_give_findings(document, start, end, salary, pct, hours, annual, title):
    from analyzer.rules.examples import fields_from_example

    raw = {
        "start_date": start,
        "end_date": end,
        "salary": salary,
        "position_percentage": pct,
        "weekly_hours": hours,
        "annual_salary_nok": annual,
        "job_title": title,
    }
    fields = fields_from_example({k: v for k, v in raw.items() if v is not None})
    scan = scan_clauses(document, fields)
    for pack in PACKS:
        for finding in check(fields, pack, dt.date(2026, 6, 1), clauses=scan, text=document.text):
            assert finding.message.en and finding.message.nb and finding.scope in ("udi", "contract")
