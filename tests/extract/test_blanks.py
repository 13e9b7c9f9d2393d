"""Placeholders, blanks and checkboxes (analyzer/extract/blanks.py): tables of what real forms print."""

from __future__ import annotations

import pytest

from analyzer.extract.blanks import (
    blank_unticked,
    checkbox_state,
    checkboxes,
    is_placeholder,
    starts_blank,
)

PLACEHOLDERS = [
    "",
    "   ",
    "______",
    "_ _ _ _ _",
    "..........",
    "…",
    "-----",
    "XXXX",
    "xx.xx.xxxx",
    "Kr ______",
    "kr ________ per år",
    "NOK ____ ,-",
    "____ %",
    "NOK XXX XXX",
    "[Job Title]",
    "[Company Name]",
    "[[TITLE]]",
    "{{title}}",
    "{{ job_title }}",
    "{role}",
    "${jobTitle}",
    "<<title>>",
    "<Employer>",
    "#title#",
    "%JOB_TITLE%",
    "*|COMPANY|*",
    "$JOB_TITLE$",
    "«Stillingstittel_1»",
    "«ArbeidsgiverNavn»",
    "N.N.",
    "NN",
    "TBD",
    "to be confirmed",
    "etter avtale",
    "(fylles ut)",
    "dd.mm.yyyy",
    "DD/MM/YYYY",
    "dd.mm.åååå",
]

VALUES = [
    "Senior Engineer",
    "Rådgiver",
    "Nordlys Programvare AS",
    "Kr 550 000 per år",
    "80 %",
    "Engineer [Grade 5]",
    "Brown University",
    "Helse Bergen HF",
    "01.03.2026",
    "Lønn ........ kr 500 000",
    "XXL Sport og Villmark AS",
    "Nursing Assistant (temporary)",
    "Sjukepleiar",
]


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_placeholder_is_no_value(text: str) -> None:
    assert is_placeholder(text)


@pytest.mark.parametrize("text", VALUES)
def test_value_is_not_placeholder(text: str) -> None:
    assert not is_placeholder(text)


def test_none_is_placeholder() -> None:
    assert is_placeholder(None)


@pytest.mark.parametrize(
    ("text", "blank"),
    [
        ("______ Avdeling: Økonomi", True),
        (": ____________ Arbeidssted: Oslo", True),
        ("[Job Title] and report to the Head of Sales", True),
        ("{{title}}, reporting to", True),
        ("........ Org.nr: ____", True),
        ("Senior Engineer and report to the Head of Sales", False),
        ("Rådgiver Avdeling: Økonomi", False),
        ("XXL Sport AS", False),
    ],
)
def test_starts_blank(text: str, blank: bool) -> None:
    assert starts_blank(text) is blank


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("☐ 100 %", False),
        ("☒ 80 %", True),
        ("☑ Fast ansettelse", True),
        ("[x] Full time", True),
        ("[X] Heltid", True),
        ("[ ] Deltid", False),
        ("[] Deltid", False),
        ("  ☐ Midlertidig", False),
        ("\uf0fe Fast", True),  # Wingdings ticked box from PDF text extraction
        ("\uf06f Midlertidig", False),  # Wingdings empty box
        ("Stillingsprosent ☐ 100 %", None),  # the text does not start with the box
        ("● Salary: NOK 500 000", None),  # a lone bullet, not a radio button
        ("○ sub-item", None),
        ("(x) the employee shall", None),  # a roman list number
        ("100 %", None),
    ],
)
def test_checkbox_state(text: str, state: bool | None) -> None:
    assert checkbox_state(text) is state


def test_option_row_reads_each_caption() -> None:
    boxes = checkboxes("☐ 100 % ☒ 80 % ☐ 50 %")
    assert [(b.ticked, b.caption) for b in boxes] == [(False, "100 %"), (True, "80 %"), (False, "50 %")]


def test_radio_row_with_bullet_glyphs() -> None:
    boxes = checkboxes("● Heltid ○ Deltid")
    assert [(b.ticked, b.caption) for b in boxes] == [(True, "Heltid"), (False, "Deltid")]


def test_caption_stops_at_table_cell() -> None:
    boxes = checkboxes("☐ Fast | Stillingsprosent")
    assert boxes[0].caption == "Fast"


def test_blank_unticked_keeps_offsets() -> None:
    text = "Stilling: ☐ 100 % ☒ 80 %"
    out = blank_unticked(text)
    assert len(out) == len(text)
    assert "100" not in out
    assert out.index("80 %") == text.index("80 %")


def test_blank_unticked_without_boxes_is_identity() -> None:
    text = "Stillingsprosent: 100 %"
    assert blank_unticked(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "\\[***insert Job Title***\\] and to confirm the principal",
        "** [Position Title]",
        "**[Position Title]**",
        "----- Avdeling: Salg",
        ".......... Stillingsprosent",
    ],
)
def test_markdown_and_dash_blanks_start_blank(text: str) -> None:
    assert starts_blank(text)


def test_dash_separator_before_value_is_not_blank() -> None:
    assert not starts_blank(" - Senior Engineer")
