"""The currency of the pay is read, never assumed (issue 10, item 3).

Each row is a pay phrasing as offers print it, in the document language given (the Context is built with that
language, not detected: a one-line snippet is too short to detect). Expected values were worked out by hand:
"7,50,002" in Indian grouping is 750 002; "6 LPA" is 6 lakh per annum = 600 000 a year; "1.2 crore" is
12 000 000; "kr" is NOK in nb/nn, SEK in sv, DKK in da, and unknown (None) in any other language unless the
document is otherwise clearly Norwegian (names NOK, or a valid Norwegian organisation number); a number with no
currency mark is NOK only in a Norwegian document. None means "the document does not say which currency".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analyzer.extract.money import document_currency, find_money

# (text, language, amount, currency, period)
ROWS = [
    # --- English
    pytest.param("Salary: £42,000 per annum", "en", 42000, "GBP", "year", id="en-gbp-per-annum"),
    pytest.param(
        "We are pleased to offer you £42,000 per annum, paid monthly.",
        "en",
        42000,
        "GBP",
        "year",
        id="en-gbp-running-text",
    ),
    pytest.param(
        "Your base salary will be $85,000 per year.", "en", 85000, "USD", "year", id="en-usd-per-year"
    ),
    pytest.param("Annual salary: EUR 60,000", "en", 60000, "EUR", "year", id="en-eur-label"),
    pytest.param("Monthly salary: 4 500 EUR", "en", 4500, "EUR", "month", id="en-eur-after"),
    pytest.param("Hourly wage: USD 25.50", "en", 25.5, "USD", "hour", id="en-usd-hourly"),
    pytest.param("Gross salary: CHF 8,500 per month", "en", 8500, "CHF", "month", id="en-chf"),
    pytest.param("Salary: PLN 12 000 monthly", "en", 12000, "PLN", "month", id="en-pln"),
    pytest.param("Annual salary: C$95,000", "en", 95000, "CAD", "year", id="en-cad-symbol"),
    pytest.param("Salary: A$110,000 p.a.", "en", 110000, "AUD", "year", id="en-aud-symbol"),
    pytest.param("Salary: S$6,500 per month", "en", 6500, "SGD", "month", id="en-sgd-symbol"),
    pytest.param("Monthly salary: RMB 25,000", "en", 25000, "CNY", "month", id="en-rmb"),
    pytest.param("Monthly salary: ¥25,000", "en", 25000, None, "month", id="en-yen-sign-alone-unknown"),
    pytest.param(
        "Monthly salary: ¥400,000\nAll amounts are in Japanese yen.",
        "en",
        400000,
        "JPY",
        "month",
        id="en-yen-sign-with-yen-named",
    ),
    pytest.param("Monthly salary: 150 000 руб.", "en", 150000, "RUB", "month", id="en-rub"),
    pytest.param("Salary 2650000", "en", 2650000, None, "year", id="en-indian-letter-bare-number"),
    pytest.param("Annual salary: 650 000", "en", 650000, None, "year", id="en-bare-number-unknown"),
    pytest.param(
        "Annual salary: kr 650 000", "en", 650000, None, "year", id="en-kr-without-norwegian-context"
    ),
    pytest.param(
        "Annual salary: kr 650 000\nAll amounts are in NOK before tax.",
        "en",
        650000,
        "NOK",
        "year",
        id="en-kr-document-names-nok",
    ),
    pytest.param(
        "Employer: Fjordlys Teknologi AS, org. no. 923 609 016\nAnnual salary: kr 650 000",
        "en",
        650000,
        "NOK",
        "year",
        id="en-kr-norwegian-org-number",
    ),
    pytest.param(
        "Monthly salary: kr 38 000 (Swedish kronor)",
        "en",
        38000,
        None,
        "month",
        id="en-kr-another-krone-named",
    ),
    pytest.param(
        "The annual gross salary is NOK 650,000.00.", "en", 650000, "NOK", "year", id="en-nok-explicit"
    ),
    # --- Indian English
    pytest.param("Salary: Rs. 7,50,002 p.a.", "en", 750002, "INR", "year", id="in-rs-indian-grouping-pa"),
    pytest.param(
        "Your annual CTC will be ₹ 12,00,000 per annum.",
        "en",
        1200000,
        "INR",
        "year",
        id="in-rupee-sign-per-annum",
    ),
    pytest.param("Compensation: INR 6 LPA", "en", 600000, "INR", "year", id="in-lpa"),
    pytest.param(
        "We are pleased to offer you a salary of 12 lakh per annum.",
        "en",
        1200000,
        "INR",
        "year",
        id="in-lakh-per-annum-no-currency",
    ),
    pytest.param(
        "You will be paid a CTC of Rs 8,40,000 per annum.", "en", 840000, "INR", "year", id="in-ctc-of-rs"
    ),
    pytest.param("Gross salary: Rs 45,000 per month", "en", 45000, "INR", "month", id="in-rs-per-month"),
    pytest.param("Monthly salary: Rs. 25,000/-", "en", 25000, "INR", "month", id="in-rs-slash-dash"),
    pytest.param(
        "Fixed pay: Rs. 1,20,00,000 per annum", "en", 12000000, "INR", "year", id="in-crore-grouping"
    ),
    pytest.param("Your total CTC is 1.2 crore per annum.", "en", 12000000, "INR", "year", id="in-crore-word"),
    pytest.param(
        "Annual salary: Rs. 7,50,002.50", "en", 750002.5, "INR", "year", id="in-indian-grouping-decimals"
    ),
    # --- bokmål / nynorsk: kr and bare numbers are NOK
    pytest.param("Årslønn: kr 650 000,-", "nb", 650000, "NOK", "year", id="nb-kr-dash"),
    pytest.param("Lønn: 650 000 per år", "nb", 650000, "NOK", "year", id="nb-bare-number-is-nok"),
    pytest.param("Timelønn: 250,-", "nb", 250, "NOK", "hour", id="nb-dash-only"),
    pytest.param("Månedslønn: EUR 4 000", "nb", 4000, "EUR", "month", id="nb-eur-stays-eur"),
    pytest.param("Årslønn: SEK 600 000", "nb", 600000, "SEK", "year", id="nb-sek-stays-sek"),
    pytest.param("Løna er 598 400 kr i året.", "nn", 598400, "NOK", "year", id="nn-kr-i-aaret"),
    pytest.param("Månadsløn: 45 000", "nn", 45000, "NOK", "month", id="nn-bare-number-is-nok"),
    # --- Swedish: kr is SEK
    pytest.param("Lön: 34 500 kr i månaden", "sv", 34500, "SEK", "month", id="sv-kr-i-manaden"),
    pytest.param("Månadslön 34 500 kr", "sv", 34500, "SEK", "month", id="sv-manadslon-before"),
    pytest.param("Din årslön blir 480 000 kronor.", "sv", 480000, "SEK", "year", id="sv-kronor-arslon"),
    pytest.param("Lön: NOK 40 000 per månad", "sv", 40000, "NOK", "month", id="sv-explicit-nok"),
    pytest.param("Salary: 34 500 per month", "sv", 34500, None, "month", id="sv-bare-number-unknown"),
    # --- Danish: kr is DKK
    pytest.param("Din løn 38.000 kr. om måneden.", "da", 38000, "DKK", "month", id="da-lon-kr-om-maaneden"),
    pytest.param("Månedsløn 42.500 kr.", "da", 42500, "DKK", "month", id="da-maanedslon-before"),
    pytest.param("Timeløn: 185 kr.", "da", 185, "DKK", "hour", id="da-timelon"),
    pytest.param("Årsløn: 480.000,-", "da", 480000, "DKK", "year", id="da-dash-is-dkk"),
    # --- German and other languages
    pytest.param("Jahresgehalt 65.000 EUR", "de", 65000, "EUR", "year", id="de-jahresgehalt"),
    pytest.param(
        "Das Gehalt beträgt EUR 4.200 brutto pro Monat.", "de", 4200, "EUR", "month", id="de-brutto-pro-monat"
    ),
    pytest.param("Gehalt: 4.200,- € monatlich", "de", 4200, "EUR", "month", id="de-dash-euro-monatlich"),
    pytest.param("Stundenlohn 18,50 € pro Stunde", "de", 18.5, "EUR", "hour", id="de-stundenlohn"),
    pytest.param("Salary: 58.000", "de", 58000, None, "month", id="de-bare-number-unknown"),
    pytest.param("Salary: kr 30 000 per month", "other", 30000, None, "month", id="other-kr-unknown"),
    pytest.param("Salary: 30 000 per month", "other", 30000, None, "month", id="other-bare-number-unknown"),
]


@pytest.mark.parametrize(("text", "language", "amount", "currency", "period"), ROWS)
def test_pay_phrasing(fields_of, text, language, amount, currency, period):
    f = fields_of(text, language=language)
    salary = f.salary.value
    assert salary is not None, f"no salary found in {text!r}"
    assert salary.amount == pytest.approx(amount, abs=0.005)
    assert salary.currency == currency
    assert salary.period == period
    # A yearly figure in NOK is worked out only for pay stated in NOK.
    assert (f.annual_salary_nok.value is not None) == (currency == "NOK")


def test_table_has_at_least_forty_phrasings():
    assert len(ROWS) + len(CTC_TABLES) >= 40


def _table_document(caption: str, rows: list[list[str]]):
    """A document whose rows are table rows with cells, as the DOCX and PDF readers give them."""
    from analyzer.model import Document, Line, Page

    lines = [Line(text=caption, page=1)]
    lines += [Line(text=" | ".join(r), page=1, block="table", cells=tuple(r)) for r in rows]
    return Document(name="ctc.docx", kind="docx", pages=[Page(number=1, lines=lines)])


# Indian offer letters give pay as a CTC ("cost to company") table; the gross annual total is the pay.
CTC_TABLES = [
    pytest.param(
        "Salary structure (all figures in Rs.)",
        [
            ["Component", "Monthly", "Annual"],
            ["Basic salary", "28,000", "3,36,000"],
            ["HRA", "14,000", "1,68,000"],
            ["Special allowance", "28,000", "3,36,000"],
            ["Gross annual CTC", "70,000", "8,40,000"],
        ],
        840000,
        "INR",
        id="ctc-caption-names-rs",
    ),
    pytest.param(
        "Annexure A: Compensation details",
        [
            ["Particulars", "Per month (INR)", "Per annum (INR)"],
            ["Basic", "40,000", "4,80,000"],
            ["House rent allowance", "20,000", "2,40,000"],
            ["Total CTC", "75,000", "9,00,000"],
        ],
        900000,
        "INR",
        id="ctc-header-names-inr",
    ),
    pytest.param(
        "Compensation details",
        [
            ["Particulars", "Per month", "Per annum"],
            ["Basic", "40,000", "4,80,000"],
            ["Total CTC", "75,000", "9,00,000"],
        ],
        900000,
        None,
        id="ctc-no-currency-anywhere",
    ),
]


@pytest.mark.parametrize(("caption", "rows", "amount", "currency"), CTC_TABLES)
def test_ctc_table_gross_annual_total_is_the_pay(caption, rows, amount, currency):
    from analyzer.extract import extract_fields

    f = extract_fields(_table_document(caption, rows), language="en")
    salary = f.salary.value
    assert salary is not None
    assert (salary.amount, salary.currency, salary.period) == (amount, currency, "year")
    assert f.annual_salary_nok.value is None


KRONE_BY_LANGUAGE = [
    pytest.param("nb", "NOK", id="nb"),
    pytest.param("nn", "NOK", id="nn"),
    pytest.param("sv", "SEK", id="sv"),
    pytest.param("da", "DKK", id="da"),
    pytest.param("en", None, id="en"),
    pytest.param("de", None, id="de"),
    pytest.param("other", None, id="other"),
]


@pytest.mark.parametrize(("language", "expected"), KRONE_BY_LANGUAGE)
def test_kr_and_bare_number_by_language(language, expected):
    text = "Lønn: kr 50 000 per måned"
    (money,) = find_money(text)
    doc = document_currency(language, text)
    assert doc.decide(money) == expected
    bare = "NOK" if language in ("nb", "nn") else None
    assert doc.bare == bare


# --------------------------------------------------------------------------------- end to end through analyze

_OFFER = """Offer of employment

Fjellvik Robotics AS offers you the position of Senior Software Engineer in Oslo.
Start date: 1 March 2026
Position: permanent, full-time (100 %), 37.5 hours per week.
The position requires a master's degree in computer science.
{pay}

Please sign and return this letter by 1 February 2026.
"""


@pytest.mark.parametrize(
    ("pay", "currency"),
    [
        pytest.param("Annual salary: Rs. 7,50,002 p.a.", "INR", id="inr"),
        pytest.param("Annual salary: 2 650 000", None, id="no-currency"),
        pytest.param("Annual salary: kr 900 000", None, id="kr-in-english-without-nok"),
    ],
)
def test_pipeline_reviews_pay_not_stated_in_nok(tmp_path: Path, pay: str, currency: str | None) -> None:
    from analyzer.pipeline import AnalyzeOptions, analyze

    path = tmp_path / "offer.txt"
    path.write_text(_OFFER.format(pay=pay), encoding="utf-8")
    report = analyze(path, AnalyzeOptions(as_of=dt.date(2026, 1, 15), permit="skilled"))
    assert report.error is None
    assert report.fields.salary.value is not None
    assert report.fields.salary.value.currency == currency
    assert report.fields.annual_salary_nok.value is None
    findings = {f.id: f for f in report.findings}
    floor = findings["udi.salary_floor"]
    assert floor.status == "review"
    assert findings["udi.salary"].status == "review"
    assert report.verdict != "compliant"
    for finding in (floor, findings["udi.salary"]):
        for message in (finding.message.en, finding.message.nb, *(finding.fix.en, finding.fix.nb)):
            assert "NOK ?" not in message and "kr ?" not in message and "None" not in message, message
    if currency is None:
        assert "does not say which currency" in floor.message.en
        assert "avtalen sier ikke hvilken valuta lønnen er i" in floor.message.nb.lower()


def test_pipeline_same_offer_in_nok_can_pass(tmp_path: Path) -> None:
    """The control: the same offer with pay in NOK is compared with the floor (so the reviews above come from
    the currency, not from something else in the letter)."""
    from analyzer.pipeline import AnalyzeOptions, analyze

    path = tmp_path / "offer.txt"
    path.write_text(_OFFER.format(pay="Annual salary: NOK 900 000"), encoding="utf-8")
    report = analyze(path, AnalyzeOptions(as_of=dt.date(2026, 1, 15), permit="skilled"))
    findings = {f.id: f for f in report.findings}
    assert report.fields.annual_salary_nok.value == 900000
    assert findings["udi.salary_floor"].status == "pass"
