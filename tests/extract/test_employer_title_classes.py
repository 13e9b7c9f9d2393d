"""Employer and job-title phrasing classes (issue 13): names without a legal form, signature blocks, blank forms.

Each row is a phrasing class seen in real offers (English, bokmål, nynorsk), with names and figures changed; the
expected value is what a careful reader takes from the sentence.
"""

from __future__ import annotations

import pytest

from .conftest import fields_of, norm

EMPLOYER = [
    (
        "en",
        "This contract of employment is made between Fjellvik Maritime Services AS, org. no. 123 456 785, Havnegata\n"
        "12, 5525 Haugesund (the \u201cCompany\u201d), and Ola Hansen, born 01.02.1990.",
        "Fjellvik Maritime Services AS",
    ),
    (
        "en",
        "Please confirm your acceptance of the internship at Lumen Skills Foundation under the programme.",
        "Lumen Skills Foundation",
    ),
    ("en", "in the AI Vertical department at Northwind Insight Engine.", "Northwind Insight Engine"),
    ("en", 'We confirm the offer to you by Hydatis (the "Company") of an appointment.', "Hydatis"),
    ("en", "the offer to you by Hydatis (the ***Company***) of appointment as a Chef", "Hydatis"),
    (
        "en",
        'Nordlys India Pvt. Ltd. (a wholly owned subsidiary of Nordlys Bank ASA) ("Employer") and the Employee agree.',
        "Nordlys India Pvt. Ltd",
    ),
    (
        "en",
        '(1) Hollowbrook Care Limited (company number 01234567) whose registered office is at 10 High Street, Leeds ("the Employer"); and',
        "Hollowbrook Care Limited",
    ),
    (
        "en",
        "We are pleased to offer you the position of Programme Officer at Kano Digital Skills Hub.",
        "Kano Digital Skills Hub",
    ),
    ("en", "For Argus System\n\nAuthorised Signatory", "Argus System"),
    (
        "en",
        "Yours sincerely,\nFor and on behalf of Kestrel Logistics Pvt. Ltd.\n\nAuthorised Signatory",
        "Kestrel Logistics Pvt. Ltd",
    ),
    (
        "en",
        "This letter confirms your appointment with the University of Bergen as Associate Professor.",
        "University of Bergen",
    ),
    ("en", "APPOINTMENT AS [Designation]", None),
    (
        "en",
        "Saltstraumen Seafood AS is pleased to offer you the position of Quality Controller.",
        "Saltstraumen Seafood AS",
    ),
    ("en", "Executed by [insert] Pty Ltd ACN [insert] in accordance with section 127", None),
    ("en", "Company:\nI agree to the above terms.", None),
    ("en", "Employer: ____________________", None),
    ("nb", "For Oppdragsgiver\n\nDaglig leder", None),
    ("nb", "Vi har gleden av å tilby deg fast stilling som sykepleier ved Medisinsk sengepost 3.", None),
]
"""(language, text, expected employer; None where the text names none). Classes: 'X (the "Company")', the legal
name before an aside (not the parent inside it), the company rather than the town of its address, "the position
of X at Y", signature openers ("For Y", "For and on behalf of Y"), universities, the English word "AS", a blank
name with only its legal form, sentences and blanks after an employer key, role words, "ved <unit>"."""


@pytest.mark.parametrize(("lang", "text", "expected"), EMPLOYER)
def test_employer_class(lang: str, text: str, expected: str | None) -> None:
    got = fields_of(text, language=lang).employer.value
    assert norm(got.rstrip(".") if got else got) == norm(expected)


TITLE = [
    ("en", "You will be employed as Site Engineer and report to the Head of Projects.", "Site Engineer"),
    ("en", "You will be engaged as a Kitchen Hand on a casual basis.", "Kitchen Hand"),
    (
        "en",
        "We are pleased to appoint you in the capacity of Senior Accountant in our Finance department.",
        "Senior Accountant",
    ),
    (
        "en",
        "We are pleased to offer you the position of **Senior Data Analyst** at Brightwater Ltd.",
        "Senior Data Analyst",
    ),
    ("en", "1. POSITION: QA Analyst 2. START DATE: March 2, 2026", "QA Analyst"),
    ("en", "Position: [Job Title]", None),
    ("en", "appointment as a \\[***insert Job Title***\\] and to confirm the principal terms", None),
    ("en", "Your appointment as a <<title name>> includes a gross salary of <<wage rate>>.", None),
    ("en", "Job title: %JOB_TITLE%", None),
    ("en", "Job title: {{title}}", None),
    ("nb", "Stilling: ______ Avdeling: Økonomi", None),
    (
        "nn",
        "Stillingsnemning: ..............................\nTenestestad: ..............................",
        None,
    ),
    ("en", "Such act will be noted as a negative point in your HR file.", None),
    ("en", "I hereby accept the terms and conditions of employment as stated in this letter.", None),
    ("en", 'title: "Employment Agreement template (full time short form)"', None),
    ("en", "Title:\nSigned by the Employee:", None),
    ("en", "1. Position: You are being appointed as \u201cSoftware Developer\u201d.", "Software Developer"),
    ("nb", "Du tilbys stilling som driftstekniker og rapporterer til driftssjef.", "driftstekniker"),
    ("nb", "Arbeidstakeren skal arbeide som tømrer.", "tømrer"),
    (
        "nb",
        "Vi har gleden av å tilby deg stilling som:\nAnleggsmaskinfører\nHovedvilkår",
        "Anleggsmaskinfører",
    ),
    (
        "nb",
        "Vi bekrefter med dette at du er ansatt i fast 100 % stilling som\nrenholdsoperatør i vår avdeling.",
        "renholdsoperatør",
    ),
    ("nn", "Tilsetjinga gjeld stilling som vernepleiar i bufellesskapet.", "vernepleiar"),
    ("nn", "Stillingsnemning: Konsulent", "Konsulent"),
]
"""(language, text, expected title). Classes: report-to and basis tails, "in the capacity of", Markdown emphasis,
two numbered keys on one line, blanks and template slots, prose after "as" that is no post, a document's own name,
a key above another key, bokmål/nynorsk sentence and label forms."""


@pytest.mark.parametrize(("lang", "text", "expected"), TITLE)
def test_title_class(lang: str, text: str, expected: str | None) -> None:
    assert norm(fields_of(text, language=lang).job_title.value) == norm(expected)


def test_unticked_option_is_not_read() -> None:
    """A form's unticked option is blanked for every extractor: only the ticked size is a candidate."""
    from analyzer.extract.base import untick
    from analyzer.model import Line

    line = untick(Line(text="Stillingsprosent: ☐ 100 % ☒ 80 %", page=1))
    assert "100" not in line.text and "80 %" in line.text


def test_unticked_mark_cell_blanks_its_caption_cell() -> None:
    from analyzer.extract.base import untick
    from analyzer.model import Line

    line = untick(Line(text="☐ | Deltid | ☒ | Heltid", page=1, cells=("☐", "Deltid", "☒", "Heltid")))
    assert line.cells is not None
    assert not line.cells[1].strip() and line.cells[3] == "Heltid"


def test_restatement_after_page_two_of_a_long_offer_counts_less() -> None:
    """The offer's own statement (page 1) wins over a differing restatement in an annexure (page 4 of 5)."""
    pages = [
        "We are pleased to offer you the position of Data Engineer at our Oslo office.",
        "Terms of employment apply.",
        "Confidentiality terms.",
        "ANNEXURE A\nIn the role of Platform Engineer, you will follow the policies below.",
        "Signatures.",
    ]
    title = fields_of("\f".join(pages), language="en").job_title
    assert title.value == "Data Engineer"
    runner = title.candidates[0]
    assert runner.value == "Platform Engineer"
    assert runner.confidence == pytest.approx(0.82 - 0.05)  # the same phrase strength, less its place
    assert title.conflict  # a strong disagreeing restatement is still a conflict (review)


def test_statement_weight_is_zero_in_a_short_document() -> None:
    from analyzer.extract.base import Context, statement_weight

    from .conftest import document_of

    ctx = Context.build(document_of("Line one\fLine two\fLine three"), "en")
    assert [statement_weight(ctx, i) for i in range(len(ctx.lines))] == [0.0, 0.0, 0.0]
