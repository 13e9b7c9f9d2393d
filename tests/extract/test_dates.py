"""Start date and end date.

Labels and sentences seen in real contracts and letters: "Ansatt fra" / "Eventuelt til" (Arbeidstilsynet
standard contract), "Arbeidsforholdet tiltres:", "Tiltredelse er [dato], med mindre annet avtales",
"Tiltreding" (nynorsk), "with a start date of", "Your first day of employment", "commence". An offer also
carries a letter date, a reply-by date ("svarfrist"), a signature date, a birth date and tariff periods:
none of those is the start date. Norwegian order is day-month-year.
"""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date

START = [
    pytest.param("Tiltredelse: 1. mars 2026", D(2026, 3, 1), id="nb-tiltredelse-long-month"),
    pytest.param("Tiltredelse: 01.03.2026", D(2026, 3, 1), id="nb-tiltredelse-dotted"),
    pytest.param("Tiltredelse: 1. mars\n2026", D(2026, 3, 1), id="nb-date-broken-over-two-lines"),
    pytest.param("Ansatt fra: 01.03.2026", D(2026, 3, 1), id="nb-ansatt-fra-standard-form"),
    pytest.param("Arbeidsforholdet tiltres: 1. mars 2026", D(2026, 3, 1), id="nb-arbeidsforholdet-tiltres"),
    pytest.param(
        "Tiltredelse er 1. mars 2026, med mindre annet avtales.",
        D(2026, 3, 1),
        id="nb-tiltredelse-er-sentence",
    ),
    pytest.param("Oppstart: 1.3.2026", D(2026, 3, 1), id="nb-oppstart-no-leading-zeros"),
    pytest.param("Oppstart mandag 2. mars 2026.", D(2026, 3, 2), id="nb-oppstart-with-weekday"),
    pytest.param("Tiltredelsesdato: 1. juli 2026", D(2026, 7, 1), id="nb-juli-not-jul"),
    pytest.param("Tiltredelse: 15. okt. 2026", D(2026, 10, 15), id="nb-abbreviated-month"),
    pytest.param("Du starter i stillingen 3. august 2026.", D(2026, 8, 3), id="nb-du-starter-sentence"),
    pytest.param("Tiltreding: 1. mars 2026", D(2026, 3, 1), id="nn-tiltreding"),
    pytest.param("Tilsett frå: 01.03.2026", D(2026, 3, 1), id="nn-tilsett-fra"),
    pytest.param("Du tek til i stillinga 1. september 2026.", D(2026, 9, 1), id="nn-tek-til-i-stillinga"),
    pytest.param("Start date: March 1, 2026", D(2026, 3, 1), id="en-us-month-first"),
    pytest.param(
        "You will commence employment on the 1st of March 2026.", D(2026, 3, 1), id="en-1st-of-march"
    ),
    pytest.param("Start date: 2026-03-01", D(2026, 3, 1), id="en-iso"),
    pytest.param(
        "Your first day of employment will be 1 March 2026.", D(2026, 3, 1), id="en-first-day-of-employment"
    ),
    pytest.param("First day of employment: 15/03/2026", D(2026, 3, 15), id="en-day-first-slashes"),
    pytest.param(
        "We are pleased to offer you the position of Data Engineer with a start date of 1 September 2026.",
        D(2026, 9, 1),
        id="en-with-a-start-date-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), START)
def test_start_date(fields_of, text, expected):
    assert fields_of(text).start_date.value == expected


# The true start date next to the letter date, reply-by date, signature date, birth date, tariff period...
START_TRAPS = [
    pytest.param(
        "Oslo, 12. januar 2026\n\nTilbud om stilling\nVi har gleden av å tilby deg stillingen som rådgiver.\n"
        "Tiltredelse: 1. mars 2026",
        D(2026, 3, 1),
        id="nb-letter-date-at-top",
    ),
    pytest.param(
        "Tiltredelse: 1. mars 2026.\nVi ber om svar innen 1. februar 2026.",
        D(2026, 3, 1),
        id="nb-svar-innen-after",
    ),
    pytest.param(
        "Svarfrist: 1. februar 2026\nTiltredelse: 1. mars 2026", D(2026, 3, 1), id="nb-svarfrist-before"
    ),
    pytest.param(
        "Please reply by 15 January 2026.\nStart date: 1 March 2026", D(2026, 3, 1), id="en-reply-by-before"
    ),
    pytest.param(
        "This offer is valid until 31 January 2026. Your commencement date will be 1 March 2026.",
        D(2026, 3, 1),
        id="en-offer-valid-until",
    ),
    pytest.param(
        "Ansatt fra: 01.03.2026\nEventuelt til:\n\nUnderskrifter\nDato: 20.01.2026\nUnderskrift arbeidsgiver",
        D(2026, 3, 1),
        id="nb-signature-date-at-bottom",
    ),
    pytest.param(
        "Navn: Kari Nordmann\nFødselsdato: 14.05.1990\nAnsatt fra: 01.03.2026",
        D(2026, 3, 1),
        id="nb-birth-date",
    ),
    pytest.param(
        "Tariffavtale: Hovedtariffavtalen i staten 1.5.2024-30.4.2026\nTiltredelse: 1. mars 2026",
        D(2026, 3, 1),
        id="nb-tariff-period",
    ),
    pytest.param(
        "Lønnen utbetales den 20. i hver måned.\nTiltredelse: 1. mars 2026", D(2026, 3, 1), id="nb-payday"
    ),
    pytest.param(
        "Førde, 12. januar 2026\nTilbod om stilling\nTiltreding: 1. mars 2026\nSvarfrist: 26. januar 2026",
        D(2026, 3, 1),
        id="nn-letter-date-and-svarfrist",
    ),
    pytest.param(
        "Bergen, 5 January 2026\n\nDear Ms Hansen,\nWe are pleased to offer you the position of Data Engineer.\n"
        "Start date: 1 March 2026\n\nPlease sign and return this letter by 19 January 2026.\n\n"
        "Signed: ____________  Date: 20.01.2026",
        D(2026, 3, 1),
        id="en-letter-date-reply-and-signature",
    ),
]


@pytest.mark.parametrize(("text", "expected"), START_TRAPS)
def test_start_date_ignores_other_dates(fields_of, text, expected):
    assert fields_of(text).start_date.value == expected


END = [
    pytest.param("Ansatt fra: 01.03.2026\nEventuelt til: 31.08.2026", D(2026, 8, 31), id="nb-eventuelt-til"),
    pytest.param(
        "Midlertidig ansettelse (vikariat) fra 1. mars 2026 til 31. august 2026.",
        D(2026, 8, 31),
        id="nb-vikariat-fra-til",
    ),
    pytest.param(
        "Arbeidsforholdet er midlertidig og opphører uten oppsigelse 31.12.2026.",
        D(2026, 12, 31),
        id="nb-opphorer",
    ),
    pytest.param(
        "Mellombels tilsetjing frå 1. mars 2026 til og med 31. desember 2026.",
        D(2026, 12, 31),
        id="nn-mellombels-til-og-med",
    ),
    pytest.param(
        "This is a fixed-term position from 1 March 2026 to 31 August 2026.",
        D(2026, 8, 31),
        id="en-fixed-term-from-to",
    ),
    pytest.param("The employment ends on 28 February 2027.", D(2027, 2, 28), id="en-employment-ends-on"),
    pytest.param("Last day of employment: 2026-08-31", D(2026, 8, 31), id="en-last-day-iso"),
]


@pytest.mark.parametrize(("text", "expected"), END)
def test_end_date(fields_of, text, expected):
    assert fields_of(text).end_date.value == expected


NO_END = [
    pytest.param("Fast ansettelse fra 1. mars 2026.", id="nb-fast-ansettelse"),
    pytest.param(
        "Ansatt fra: 01.03.2026\nEventuelt til:\nUkentlig arbeidstid: 37,5 timer", id="nb-eventuelt-til-empty"
    ),
    pytest.param("Stillinga er fast tilsetjing frå 1. mars 2026.", id="nn-fast-tilsetjing"),
    pytest.param(
        "Fast stilling. Prøvetiden er 6 måneder, dvs. til 31.08.2026.\nTiltredelse: 1. mars 2026",
        id="nb-probation-end-is-not-end-date",
    ),
    pytest.param(
        "Fast stilling.\nTariffavtale: Hovedtariffavtalen 1.5.2024-30.4.2026\nTiltredelse: 1. mars 2026",
        id="nb-tariff-period-end-is-not-end-date",
    ),
    pytest.param(
        "This is a permanent position starting 1 March 2026.\nPlease reply by 15 January 2026.",
        id="en-permanent",
    ),
]


@pytest.mark.parametrize("text", NO_END)
def test_permanent_has_no_end_date(fields_of, text):
    assert fields_of(text).end_date.value is None


def test_start_and_end_together(fields_of):
    f = fields_of("Ansatt fra: 01.03.2026\nEventuelt til: 31.08.2026\nDato: 20.01.2026")
    assert f.start_date.value == D(2026, 3, 1)
    assert f.end_date.value == D(2026, 8, 31)


def test_start_date_evidence_is_the_label_line(fields_of):
    f = fields_of("Oslo, 12. januar 2026\nTiltredelse: 1. mars 2026\nSvar innen 1. februar 2026.")
    assert any("Tiltredelse" in e.text for e in f.start_date.evidence)
    assert not any("12. januar" in e.text for e in f.start_date.evidence)


# "for a period of N months" gives the end only from a known start (start + period − 1 day, said in the evidence),
# never from a probation or notice period, and never without a start.
DURATION_END = [
    pytest.param(
        "Start date: 1 August 2026\nThis is a temporary contract for a period of 6 months.",
        D(2027, 1, 31),
        id="en-temporary-contract-for-a-period-of-6-months",
    ),
    pytest.param(
        "The internship starts on 15 July 2026 and is for a period of four (4) weeks.",
        D(2026, 8, 11),
        id="en-internship-four-4-weeks",
    ),
    pytest.param(
        "Tiltredelse: 1. mars 2027\nEngasjementet gjelder for en periode på 12 måneder.",
        D(2028, 2, 29),
        id="nb-engasjement-12-maneder-leap-year",
    ),
    pytest.param(
        "Tiltreding: 31. januar 2027\nDu er mellombels tilsett for ein periode på 1 månad.",
        D(2027, 2, 28),
        id="nn-mellombels-1-manad-month-end",
    ),
    pytest.param(
        "Start date: 1 August 2026\nYour employment is subject to a probation for a period of 6 months.",
        None,
        id="en-probation-period-is-no-end",
    ),
    pytest.param(
        "This is a temporary contract for a period of 6 months.", None, id="en-no-start-no-computed-end"
    ),
]


@pytest.mark.parametrize(("text", "expected"), DURATION_END)
def test_end_date_from_duration(fields_of, text, expected):
    end = fields_of(text).end_date
    assert end.value == expected
    if expected is not None:
        assert any("+" in (e.note or "") and expected.isoformat() in (e.note or "") for e in end.evidence)


# A start that depends on an event is no date, and the field says why; a bound stated with it is still the date
# ("Tiltredelse: etter avtale, senest 1. mars 2026", samples/nb_tilbudsbrev_master), with less confidence.
RELATIVE_START = [
    pytest.param("Start date: within 30 days of your acceptance of this offer.", id="en-within"),
    pytest.param("Start Date: As soon as possible", id="en-asap"),
    pytest.param("Tiltredelse: etter nærmere avtale", id="nb-etter-naermere-avtale"),
    pytest.param("Tiltreding: snarast mogleg.", id="nn-snarast-mogleg"),
]


def test_relative_start_with_a_bound_keeps_the_bound(fields_of):
    start = fields_of("Tiltredelse: etter avtale, senest 1. mars 2026.").start_date
    plain = fields_of("Tiltredelse: 1. mars 2026.").start_date
    assert start.value == D(2026, 3, 1)
    assert start.confidence < plain.confidence


@pytest.mark.parametrize("text", RELATIVE_START)
def test_relative_start_is_no_date(fields_of, text):
    start = fields_of(text).start_date
    assert start.value is None
    assert start.note and "relative" in start.note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Date of joining: 25-07-2026", D(2026, 7, 25), id="en-dd-mm-yyyy-hyphens"),
        pytest.param("Joining date: 2026-07-25", D(2026, 7, 25), id="en-iso-still-year-first"),
        pytest.param(
            "Call 22-07-26 to confirm. Start date: 1 August 2026", D(2026, 8, 1), id="en-short-dash-no-date"
        ),
    ],
)
def test_hyphenated_dates(fields_of, text, expected):
    assert fields_of(text).start_date.value == expected
