"""Salary, work location and language on phrasing classes of real offers (issue 13, H5c).

Each row is a phrasing class seen in public offers and contracts (names and figures invented); the expected value is
what a careful reader takes from the sentence, worked out by hand. A wrong value is worse than none: where the text
states no pay or no place, the expected value is None, with a note saying why where the tool can say it.
"""

from __future__ import annotations

import pytest

from analyzer.extract import extract_fields
from analyzer.extract.language import detect_language_text
from analyzer.extract.money import find_bare_numbers, find_money
from analyzer.model import Fields

from .conftest import document_of


def _fields(lang: str, text: str) -> Fields:
    return extract_fields(document_of(text), language=lang)


def _salary(lang: str, text: str) -> tuple[float, str | None, str] | None:
    value = _fields(lang, text).salary.value
    return None if value is None else (value.amount, value.currency, value.period)


SALARY_ROWS: list[tuple[str, str, str, tuple[float, str | None, str] | None]] = [
    # A percentage is never an amount.
    ("pct-karens", "nb", "Arbeidstakeren har rett til 100 % lønn i karenstiden.", None),
    ("pct-latex", "en", r"Eligible employees are entitled to $100 \%$ remission of tuition and fees.", None),
    ("pct-then-pay", "nb", "Du får 100 % lønn under sykdom. Årslønn: kr 612 000", (612_000, "NOK", "year")),
    # A year after an Act's name is no hourly pay.
    ("year-act", "en", "Compensation as per the Employees' Compensation Act, 1923.", None),
    # Pay-scale steps and position codes are not amounts.
    ("scale-only", "nb", "Lønn: stillingskode 1108 rådgiver, lønnstrinn 62.", None),
    ("scale-ltr-amount", "nb", "Lønn: ltr. 55 (kr 512 100 per år)", (512_100, "NOK", "year")),
    ("scale-nn", "nn", "Løn: lønssteg 48 i hovudtariffavtalen.", None),
    # Hourly pay, bokmål and nynorsk.
    ("hourly-nb", "nb", "Lønn: kr 139,62 per time", (139.62, "NOK", "hour")),
    ("hourly-nn", "nn", "Timeløn: kr 205,50", (205.5, "NOK", "hour")),
    ("month-dash", "nb", "Lønn: kr. 55.000,- pr. mnd.", (55_000, "NOK", "month")),
    # The total beats its components.
    (
        "total-nb",
        "nb",
        "Grunnlønn kr 540 000 per år. Fast tillegg kr 30 000 per år. Samlet årslønn kr 570 000.",
        (570_000, "NOK", "year"),
    ),
    # Invoiced fees and grants are not wages.
    ("fee-mva", "nb", "Honorar: 1 650 NOK per time ekskl. mva.", None),
    ("fee-label-above", "nb", "Honorar\n1 650 NOK\nOppdraget faktureres med timepris (eks. mva)", None),
    # Commission-only pay: no salary, whatever the sales examples say.
    (
        "commission-only",
        "en",
        "This is a commission-only role: you earn 20 % of sales, typically USD 4,000 per month.",
        None,
    ),
    # Stipends are the pay of an internship.
    ("stipend", "en", "You will receive a monthly stipend of INR 15,000.", (15_000, "INR", "month")),
    ("stipendiat-nb", "nb", "Stipendiat, lønnstrinn 54 (kr 532 200 per år)", (532_200, "NOK", "year")),
    # Currencies of the world's offers.
    ("pkr", "en", "Your monthly salary will be PKR 185000.", (185_000, "PKR", "month")),
    ("ngn", "en", "Your gross monthly salary will be ₦350,000.", (350_000, "NGN", "month")),
    ("hkd", "en", "Basic wages of HK$18,000 per month.", (18_000, "HKD", "month")),
    ("usd-not-hkd", "en", "Your salary is $5,000 per month.", (5_000, "USD", "month")),
    # A blank template is no value.
    ("blank-kr", "nb", "Lønn: Kr ______ per år", None),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [r[1:] for r in SALARY_ROWS], ids=[r[0] for r in SALARY_ROWS]
)
def test_salary_phrasing(lang: str, text: str, expected: tuple[float, str | None, str] | None) -> None:
    got = _salary(lang, text)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        assert got[0] == pytest.approx(expected[0]) and got[1:] == expected[1:]


@pytest.mark.parametrize(
    ("lang", "text", "says"),
    [
        ("nb", "Lønn: stillingskode 1108, lønnstrinn 62.", "stillingskode 1108"),
        ("en", "Your appointment at salary point 7 of the scale.", "salary point 7"),
        ("en", "Pay: commission only, 15 % of net sales.", "commission only"),
        ("nb", "Lønnen er provisjonsbasert.", "provisjonsbasert"),
    ],
)
def test_no_amount_says_why(lang: str, text: str, says: str) -> None:
    salary = _fields(lang, text).salary
    assert salary.value is None
    assert salary.note is not None and says in salary.note


def test_total_ctc_row_beats_basic_in_a_table() -> None:
    text = (
        "| Component | Amount (₹) |\n| Base Salary | ₹2,437,789 |\n| Performance Bonus | ₹354,410 |\n"
        "| **Total CTC** | **₹2,869,902** |"
    )
    assert _salary("en", text) == (2_869_902, "INR", "year")


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("100 % lønn", []),
        ("kr 100 %", []),
        ("NOK 650 000", [650_000]),
        ("80 prosent av kr 600 000", [600_000]),
    ],
)
def test_percent_is_never_money(text: str, amounts: list[float]) -> None:
    assert [m.amount for m in find_money(text)] == amounts


def test_percent_is_never_a_bare_number() -> None:
    assert [m.amount for m in find_bare_numbers("Årslønn: 100 % av 650000")] == [650_000]


LOCATION_ROWS: list[tuple[str, str, str, str | None]] = [
    ("posting-label", "en", "Place of posting: Pune", "Pune"),
    ("posting-branch", "en", "Your initial place of posting will be our Chennai branch.", "Chennai"),
    (
        "principal-place",
        "en",
        "The Employee's principal place of work shall be at Harbour House, Stavanger, or such other location as "
        "the Employer may require.",
        "Stavanger",
    ),
    ("premises-in", "en", "You must perform your duties at the Company's premises in Tromsø.", "Tromsø"),
    (
        "based-at",
        "en",
        "Your employment will initially be based at Bangalore, although you may travel.",
        "Bangalore",
    ),
    ("base-station", "en", "Your Work Base station will be Hyderabad.", "Hyderabad"),
    ("stasjonert", "nb", "Du blir stasjonert i Hammerfest.", "Hammerfest"),
    ("oppmotested", "nb", "Oppmøtested: Kaiveien 3, 8006 Bodø", "Bodø"),
    ("arbeidsstad", "nn", "Arbeidsstad: Ørsta. Arbeidstida er 22,5 timar per veke.", "Ørsta"),
    ("tenestestad", "nn", "Tenestestad: Voss sjukehus", "Voss"),
    ("kontoret-vart", "nb", "Du skal arbeide ved kontoret vårt i Drammen.", "Drammen"),
    ("remote-label", "en", "Location: Remote", None),
    ("hjemmekontor", "nb", "Arbeidssted: hjemmekontor", None),
    ("next-label", "nb", "Sted: | Dato:", None),
    ("blank", "nb", "Arbeidssted: ____________", None),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [r[1:] for r in LOCATION_ROWS], ids=[r[0] for r in LOCATION_ROWS]
)
def test_location_phrasing(lang: str, text: str, expected: str | None) -> None:
    got = _fields(lang, text).work_location.value
    if expected is None:
        assert got is None
    else:
        assert got is not None and expected.lower() in got.lower()


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Location: Remote", "Remote"),
        ("nb", "Du kan jobbe fra hjemmekontor hele uken.", "hjemmekontor"),
        ("nn", "Du arbeider frå heimekontor.", "heimekontor"),
    ],
)
def test_remote_work_is_a_note_not_a_place(lang: str, text: str, word: str) -> None:
    location = _fields(lang, text).work_location
    assert location.value is None
    assert location.note is not None and word in location.note


LANGUAGE_ROWS: list[tuple[str, str]] = [
    ("nn", "Stillinga er fast."),
    ("nn", "Arbeidstid: 37,5 timar per veke"),
    ("nb", "Arbeidstid: 37,5 timer per uke"),
    ("nn", "Du vil bli tilsett som lærar ved skulen frå 1. august. Løn etter avtale."),
    ("nb", "Du vil bli ansatt som lærer ved skolen fra 1. august. Lønn etter avtale."),
    ("nn", "Arbeidsgjevar: Voss kommune\nArbeidstakar: Kari Nordmann\nArbeidsstad: Voss\nLøn: lønssteg 48"),
    ("nb", "Arbeidsgiver: Voss kommune\nArbeidstaker: Kari Nordmann\nArbeidssted: Voss\nLønn: lønnstrinn 48"),
    (
        "nb",
        "Stillingen er fast. Du skal arbeide ved vårt kontor i Oslo. The employee will report to the CTO.",
    ),
    ("da", "Arbejdstid: 37 timer om ugen. Løn: 45.000 kr. om måneden."),
    ("da", "Ansættelsen begynder den 1. marts 2026. Medarbejderen ansættes som udvikler."),
    ("sv", "Anställningen börjar den 1 mars 2026. Lön: 34 500 kronor i månaden."),
    ("sv", "Anställningsavtal\nArbetsgivare: Björken AB\nBefattning: Kock\nLön: 34 500 kr/mån"),
]


@pytest.mark.parametrize(("expected", "text"), LANGUAGE_ROWS)
def test_language_of_short_and_mixed_texts(expected: str, text: str) -> None:
    assert detect_language_text(text) == expected


def test_swedish_kr_is_not_nok() -> None:
    document = document_of("Vi erbjuder dig tjänsten som kock. Lön: 34 500 kr per månad.")
    fields = extract_fields(document)
    salary = fields.salary.value
    assert salary is not None and salary.currency == "SEK"
    assert fields.annual_salary_nok.value is None


def test_letterhead_address_only_when_nothing_else_and_below_review() -> None:
    letter = "Restaurang Björken AB\nStorgatan 14, 111 23 Stockholm\nVi erbjuder dig tjänsten som kock."
    location = _fields("sv", letter).work_location
    assert location.value is not None and "Stockholm" in location.value
    assert location.confidence < 0.6  # the packs' min_confidence: a letterhead is never a confident workplace
    stated = letter + "\nArbetsplats: Hamngatan 2, 411 14 Göteborg"
    assert "Göteborg" in (_fields("sv", stated).work_location.value or "")


@pytest.mark.parametrize(
    "text",
    [
        "Forretningsadresse: Postboks 100 Sentrum, 0102 Oslo\nVi tilbyr deg stillingen.",
        "TTT4270 Elektronisk systemdesign, prosjekt\nSamarbeidsavtale for gruppe 1",
    ],
)
def test_no_letterhead_place_from_postal_lines_or_codes(text: str) -> None:
    assert _fields("nb", text).work_location.value is None


def test_a_certificate_year_in_the_letterhead_is_no_town() -> None:
    assert (
        _fields(
            "en", "Argus Systems\nAn ISO 9001:2015 Certified Company\nOffer of appointment"
        ).work_location.value
        is None
    )
