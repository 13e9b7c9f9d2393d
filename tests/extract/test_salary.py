"""Salary: amount, currency, period, and the derived annual amount in NOK.

Phrasings follow what real offers and contracts print: the Arbeidstilsynet standard contract ("Lønn pr.
time/måned"), state/municipal wording ("lønnstrinn", "kr 494.900,- per year"), employer templates
("Avtalt lønn og godtgjørelse", "Lønnen utbetales den 15. i hver måned"), English offer letters
("The annual salary for this position is ...", "per annum"), and nynorsk ("årsløn", "månadsløn",
"timeløn", "timar per veke"). Norwegian numbers come as "650 000", "650.000", "650 000,-", "54 166,67",
with normal, non-breaking (U+00A0) or narrow no-break (U+202F) spaces; English ones as "650,000.00".
"""

from __future__ import annotations

import pytest

from .conftest import evidence_texts

# (text, amount, currency, period, annual_nok)  -- annual_nok None when the pay is not in NOK
ROWS = [
    # --- bokmål, yearly
    pytest.param("Årslønn: kr 650 000,-", 650000, "NOK", "year", 650000, id="nb-arslonn-kr-dash"),
    pytest.param(
        "Lønn: kr. 650.000 pr. år", 650000, "NOK", "year", 650000, id="nb-lonn-dot-thousands-pr-aar"
    ),
    pytest.param("Arslonn: 650000", 650000, "NOK", "year", 650000, id="nb-arslonn-no-aeoeaa"),
    pytest.param("Årslønn: kr 650\u00a0000", 650000, "NOK", "year", 650000, id="nb-nbsp-thousands"),
    pytest.param("Årslønn: kr 650\u202f000,00", 650000, "NOK", "year", 650000, id="nb-narrow-nbsp-thousands"),
    pytest.param(
        "Du tilbys en brutto årslønn på NOK 1 050 000.",
        1050000,
        "NOK",
        "year",
        1050000,
        id="nb-million-two-groups",
    ),
    pytest.param(
        "Avtalt lønn: kr 612.500,00 per år",
        612500,
        "NOK",
        "year",
        612500,
        id="nb-dot-thousands-comma-decimals",
    ),
    pytest.param(
        "Stillingen lønnes som rådgiver (kode 1434), lønnstrinn 60, for tiden kr 543 500 pr. år.",
        543500,
        "NOK",
        "year",
        543500,
        id="nb-state-code-and-step-not-amount",
    ),
    pytest.param(
        "Årslønn:\nkr 650 000,-", 650000, "NOK", "year", 650000, id="nb-label-and-value-on-separate-lines"
    ),
    pytest.param(
        "Avtalt lønn og godtgjørelse: kr 575 000 i årslønn, utbetales med 1/12 hver måned.",
        575000,
        "NOK",
        "year",
        575000,
        id="nb-arslonn-paid-in-twelfths",
    ),
    # --- bokmål, monthly / hourly
    pytest.param(
        "Månedslønn: NOK 54 166,67", 54166.67, "NOK", "month", 650000.04, id="nb-maanedslonn-decimals"
    ),
    pytest.param("Lønn: Kr 52 000,- per måned", 52000, "NOK", "month", 624000, id="nb-kr-dash-per-maaned"),
    pytest.param(
        "Månedslønn: kr 43.350,-", 43350, "NOK", "month", 520200, id="nb-dot-is-thousands-not-decimal"
    ),
    pytest.param(
        "Fast månedslønn kr 50 000. Lønnen utbetales den 20. i hver måned.",
        50000,
        "NOK",
        "month",
        600000,
        id="nb-payday-number-not-amount",
    ),
    pytest.param(
        "Timelønn kr 265,50\nArbeidstid: 37,5 timer per uke",
        265.5,
        "NOK",
        "hour",
        265.5 * 37.5 * 52,
        id="nb-timelonn-with-weekly-hours",
    ),
    pytest.param(
        "Lønn pr. time/måned: 210 kr pr. time\nUkentlig arbeidstid: 40 timer",
        210,
        "NOK",
        "hour",
        210 * 40 * 52,
        id="nb-standard-form-lonn-pr-time",
    ),
    pytest.param(
        "Timelønn: kr 227,80\nDaglig arbeidstid: 7,5 timer",
        227.80,
        "NOK",
        "hour",
        227.80 * 37.5 * 52,
        id="nb-hourly-comma-decimal-daily-hours",
    ),
    # --- nynorsk
    pytest.param("Du får ei årsløn på 650 000 kroner.", 650000, "NOK", "year", 650000, id="nn-arslon-kroner"),
    pytest.param("Månadsløn: 45 000 kr", 45000, "NOK", "month", 540000, id="nn-manadslon"),
    pytest.param(
        "Timeløn: kr 245,00\nArbeidstid: 37,5 timar per veke",
        245,
        "NOK",
        "hour",
        245 * 37.5 * 52,
        id="nn-timelon-timar-per-veke",
    ),
    pytest.param(
        "Løna er 598 400 kr i året før skatt.",
        598400,
        "NOK",
        "year",
        598400,
        id="nn-lona-kr-i-aaret-foer-skatt",
    ),
    # --- English
    pytest.param(
        "The annual gross salary is NOK 650,000.00.", 650000, "NOK", "year", 650000, id="en-annual-gross-nok"
    ),
    pytest.param(
        "Your base salary will be NOK 720 000 per annum, paid monthly.",
        720000,
        "NOK",
        "year",
        720000,
        id="en-per-annum-paid-monthly",
    ),
    pytest.param(
        "You will receive a monthly salary of NOK 48,500 before tax.",
        48500,
        "NOK",
        "month",
        582000,
        id="en-monthly-before-tax",
    ),
    pytest.param(
        "The hourly wage is NOK 230.00. Normal working hours are 37.5 hours per week.",
        230,
        "NOK",
        "hour",
        230 * 37.5 * 52,
        id="en-hourly-with-weekly-hours",
    ),
    pytest.param("Annual salary: 650 000 NOK", 650000, "NOK", "year", 650000, id="en-currency-after-amount"),
    pytest.param(
        "The position is remunerated according to the Norwegian State salary scale, currently NOK 494.900,- per year.",
        494900,
        "NOK",
        "year",
        494900,
        id="en-state-scale-norwegian-number-format",
    ),
    # --- other currencies: no NOK figure can be read from the text
    pytest.param("Salary: EUR 60,000 per year", 60000, "EUR", "year", None, id="en-eur-per-year"),
    pytest.param("The salary is SEK 42 000 per month.", 42000, "SEK", "month", None, id="en-sek-per-month"),
]


def row_language(request: pytest.FixtureRequest) -> str:
    """The language a row is written in, from its id ("nb-...", "en-..."): the currency of "kr" and of a bare
    number depends on it, and a one-line snippet is too short for language detection to tell."""
    return str(request.node.callspec.id).split("-")[0]


@pytest.mark.parametrize(("text", "amount", "currency", "period", "annual_nok"), ROWS)
def test_salary(fields_of, request, text, amount, currency, period, annual_nok):
    f = fields_of(text, language=row_language(request))
    salary = f.salary.value
    assert salary is not None, f"no salary found in {text!r}"
    assert salary.amount == pytest.approx(amount, abs=0.005)
    assert salary.currency == currency
    assert salary.period == period
    if annual_nok is None:
        assert f.annual_salary_nok.value is None
    else:
        assert f.annual_salary_nok.value == pytest.approx(annual_nok, abs=0.1)


# Each snippet holds the real salary next to an amount or percentage that must NOT be taken for it.
TRAPS = [
    pytest.param(
        "We offer an annual base salary of NOK 640,000. In addition, you will receive a signing bonus of "
        "NOK 50,000, payable with your first salary.",
        640000,
        "year",
        id="en-signing-bonus-after",
    ),
    pytest.param(
        "You will receive a one-time signing bonus of NOK 80,000 and an annual salary of NOK 700,000.",
        700000,
        "year",
        id="en-signing-bonus-before",
    ),
    pytest.param(
        "Relocation allowance: NOK 30 000 (one-off)\nBase salary: NOK 610 000 per year",
        610000,
        "year",
        id="en-relocation-allowance",
    ),
    pytest.param(
        "Employee share programme: options valued at NOK 1 200 000 vesting over four years.\n"
        "Annual salary: NOK 850 000",
        850000,
        "year",
        id="en-larger-option-value-not-salary",
    ),
    pytest.param(
        "Pensjon: 5 % av lønn fra første krone.\nÅrslønn: kr 580 000",
        580000,
        "year",
        id="nb-pensjon-5-prosent",
    ),
    pytest.param(
        "Feriepenger 12 % utbetales i juni.\nMånedslønn: kr 47 000",
        47000,
        "month",
        id="nb-feriepenger-12-prosent",
    ),
    pytest.param("Overtidstillegg: 40 %\nTimelønn: kr 250", 250, "hour", id="nb-overtidstillegg-40-prosent"),
    pytest.param(
        "Innskuddspensjon: 7 % av lønn mellom 0 og 12 G (1 G = kr 130 160).\nÅrslønn: kr 720 000",
        720000,
        "year",
        id="nb-innskuddspensjon-and-G-amount",
    ),
    pytest.param(
        "Kostgodtgjørelse: kr 1 200 per måned\nMånedslønn: kr 52 000",
        52000,
        "month",
        id="nb-kostgodtgjorelse-same-period",
    ),
    pytest.param(
        "Bonus: inntil 20 % av årslønn, utbetalt i mars.\nÅrslønn: kr 900 000",
        900000,
        "year",
        id="nb-bonus-percent-of-arslonn",
    ),
    pytest.param(
        "Arbeidsgiver: Fjordlys Teknologi AS, org.nr. 923 609 016, Postboks 250, 0103 Oslo\n"
        "Årslønn: kr 650 000",
        650000,
        "year",
        id="nb-org-number-and-postcode-not-amount",
    ),
    pytest.param(
        "Spørsmål om tilbudet? Ring oss på 22 95 80 00.\nÅrslønn: kr 640 000",
        640000,
        "year",
        id="nb-phone-number-not-amount",
    ),
    pytest.param(
        "Løn: 610 000 kr i året. I tillegg kjem feriepengar på 12 %.",
        610000,
        "year",
        id="nn-feriepengar-12-prosent",
    ),
    pytest.param(
        "Flyttegodtgjersle: kr 25 000\nÅrsløn: kr 560 000", 560000, "year", id="nn-flyttegodtgjersle"
    ),
]


@pytest.mark.parametrize(("text", "amount", "period"), TRAPS)
def test_salary_ignores_bonus_allowance_and_percentages(fields_of, text, amount, period):
    salary = fields_of(text).salary.value
    assert salary is not None
    assert salary.amount == pytest.approx(amount)
    assert salary.period == period


NO_FIGURE = [
    pytest.param("Lønn etter avtale.", id="nb-lonn-etter-avtale"),
    pytest.param("Lønn og annen godtgjørelse i henhold til gjeldende tariffavtale.", id="nb-lonn-iht-tariff"),
    pytest.param("Løn etter hovudtariffavtalen.", id="nn-lon-etter-tariff"),
    pytest.param("Salary: competitive, to be agreed.", id="en-salary-to-be-agreed"),
]


@pytest.mark.parametrize("text", NO_FIGURE)
def test_no_salary_figure_gives_none(fields_of, text):
    f = fields_of(text)
    assert f.salary.value is None
    assert f.annual_salary_nok.value is None


def test_salary_evidence_quotes_the_source_line(fields_of):
    f = fields_of("Tilbud om stilling\nÅrslønn: kr 650 000,-\nFeriepenger kommer i tillegg til lønn.")
    assert f.salary.value is not None
    assert any("650 000" in t for t in evidence_texts(f.salary))
    assert all(e.page == 1 for e in f.salary.evidence)
    assert 0.0 < f.salary.confidence <= 1.0


def test_monthly_salary_annual_shows_arithmetic(fields_of):
    f = fields_of("Månedslønn: kr 50 000", language="nb")
    assert f.annual_salary_nok.value == pytest.approx(600000)
    assert f.annual_salary_nok.evidence, "the annual figure must point back at the monthly line"
