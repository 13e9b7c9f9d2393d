"""Pipe tables in plain text and Markdown (HR-system print-outs, offers written in Markdown) read as table rows."""

from __future__ import annotations

from analyzer.extract import extract_fields
from analyzer.readers.text import document_from_text

ASCII = """\
ARBEIDSAVTALE
+------------------+-----------------------------------+
| Arbeidsgivar     | Straumen Kjøkken AS               |
| Organisasjonsnr. | 923 609 016                       |
| Stilling         | Kokk, 100 %                       |
| Arbeidsstad      | Sjøgata 4,                        |
|                  | 6770 Nordfjordeid                 |
| Årsløn           | kr 512 000                        |
+------------------+-----------------------------------+
Underskrift: ____________________
"""

MARKDOWN = """\
# Offer of employment

| Term | Details |
|:-----|--------:|
| Employer | Lysaker Robotics AS |
| Position | Embedded Software Engineer |
| Place of work | Lysaker |
| Annual salary | NOK 702,000 |

Questions? Reply to hr@example.no | phone 22 00 00 00
"""


def test_ascii_table_rows_become_cells_and_rules_are_dropped() -> None:
    lines = document_from_text(ASCII).lines()
    texts = [line.text for line in lines]
    assert texts == [
        "ARBEIDSAVTALE",
        "Arbeidsgivar | Straumen Kjøkken AS",
        "Organisasjonsnr. | 923 609 016",
        "Stilling | Kokk, 100 %",
        "Arbeidsstad | Sjøgata 4, 6770 Nordfjordeid",  # the continuation row joins its row
        "Årsløn | kr 512 000",
        "Underskrift: ____________________",
    ]
    assert lines[4].cells == ("Arbeidsstad", "Sjøgata 4, 6770 Nordfjordeid")
    assert lines[4].block == "table" and lines[0].cells is None and lines[-1].cells is None


def test_markdown_table_and_a_prose_line_with_a_pipe() -> None:
    lines = document_from_text(MARKDOWN).lines()
    rows = [line.cells for line in lines if line.cells]
    assert rows == [
        ("Term", "Details"),
        ("Employer", "Lysaker Robotics AS"),
        ("Position", "Embedded Software Engineer"),
        ("Place of work", "Lysaker"),
        ("Annual salary", "NOK 702,000"),
    ]
    assert lines[-1].cells is None  # a pipe inside prose is not a table


def test_fields_from_an_ascii_table_in_nynorsk() -> None:
    fields = extract_fields(document_from_text(ASCII))
    assert fields.employer.value == "Straumen Kjøkken AS"
    assert fields.employer_org_number.value == "923609016"
    assert fields.position_percentage.value == 100
    assert fields.salary.value is not None and fields.salary.value.amount == 512000
    assert fields.work_location.value is not None and "Nordfjordeid" in fields.work_location.value
