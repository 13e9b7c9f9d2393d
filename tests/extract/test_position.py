"""Position percentage (stillingsprosent) and weekly working hours.

Phrasings from real contracts and job ads: "Stillingens omfang er 100% stilling", "fast 100 % stilling",
"Helsefagarbeidar 70 %", "heiltidsstilling", "Ukentlig arb.tid" (Arbeidstilsynet form), "den ukentlige
normalarbeidstiden er 40 timer", "35 timar per veke" (udi.no/nn), "7,5 timer per dag", "full-time".
Full time is 37.5 h/week (common collective-agreement norm), so a percentage can be derived from hours.
"""

from __future__ import annotations

import pytest

PERCENT = [
    pytest.param("Stillingsprosent: 80 %", 80, id="nb-stillingsprosent-80"),
    pytest.param("stillingsprosent 100", 100, id="nb-stillingsprosent-no-sign"),
    pytest.param("Stillingsprosent: 100.0%", 100, id="nb-stillingsprosent-decimal-point"),
    pytest.param("Stillingsprosent: 80,0 %", 80, id="nb-stillingsprosent-decimal-comma"),
    pytest.param("Stillingens omfang er 100% stilling.", 100, id="nb-stillingens-omfang"),
    pytest.param("Stillingsstørrelse: 50 %", 50, id="nb-stillingsstorrelse"),
    pytest.param("Stillingsbrøk: 80 %", 80, id="nb-stillingsbrok"),
    pytest.param(
        "Vi har ledig en 75 % fast stilling som helsefagarbeider.", 75, id="nb-75-prosent-fast-stilling"
    ),
    pytest.param("Fast ansettelse i deltidsstilling, 60 %.", 60, id="nb-deltid-60"),
    pytest.param("Fast stilling, heltid.", 100, id="nb-heltid"),
    pytest.param("Stillinga er ei fast heiltidsstilling.", 100, id="nn-heiltidsstilling"),
    pytest.param("Fast stilling som helsefagarbeidar i 70 %.", 70, id="nn-helsefagarbeidar-70"),
    pytest.param("Stillingsprosent: 100 % (heiltid)", 100, id="nn-stillingsprosent-heiltid"),
    pytest.param("This is a full-time position.", 100, id="en-full-time"),
    pytest.param("Part-time position (60%).", 60, id="en-part-time-60"),
    pytest.param("Employment percentage: 80%", 80, id="en-employment-percentage"),
    # derived from hours when no percentage is written (37.5 h/week = 100 %)
    pytest.param("Ukentlig arbeidstid: 30 timer", 80, id="nb-derived-from-30-hours"),
    pytest.param("Arbeidstid: 37,5 timer per uke", 100, id="nb-derived-from-37-5-hours"),
    pytest.param("Daglig arbeidstid: 7,5 timer, mandag til fredag", 100, id="nb-derived-from-daily-hours"),
    pytest.param("Working hours: 22.5 hours per week", 60, id="en-derived-from-22-5-hours"),
    pytest.param("Arbeidstida er 18,75 timar per veke.", 50, id="nn-derived-from-18-75-timar"),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT)
def test_position_percentage(fields_of, text, expected):
    assert fields_of(text).position_percentage.value == pytest.approx(expected)


# The real percentage next to other percentages (pension, holiday pay, overtime) and misleading words.
PERCENT_TRAPS = [
    pytest.param("Pensjon: 5 % av lønn\nStillingsprosent: 100 %", 100, id="nb-pensjon-5"),
    pytest.param("Feriepenger: 12 %\nStillingsprosent: 80 %", 80, id="nb-feriepenger-12"),
    pytest.param(
        "Overtidstillegg 40 %.\nStillingen er en fast heltidsstilling.", 100, id="nb-overtidstillegg-40"
    ),
    pytest.param("Innskuddspensjon 7 % av lønn.\nStillingsprosent: 60", 60, id="nb-innskuddspensjon-7"),
    pytest.param(
        "Overtid godtgjøres med 50 % tillegg.\nDette er en 80 % stilling.", 80, id="nb-overtid-50-tillegg"
    ),
    pytest.param(
        "Kommunen arbeider for en heltidskultur.\nDette er en 50 % stilling.",
        50,
        id="nb-heltidskultur-not-heltid",
    ),
    pytest.param(
        "Stillingsprosent: 80 %\nUkentlig arbeidstid: 30 timer", 80, id="nb-percent-and-hours-agree"
    ),
    pytest.param(
        "Employer pension contribution: 7% of base salary.\nThis is a full-time position.",
        100,
        id="en-pension-7",
    ),
    pytest.param(
        "Holiday pay is 12% of the previous year's salary.\nPart-time position, 40%.",
        40,
        id="en-holiday-pay-12",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT_TRAPS)
def test_position_percentage_ignores_other_percentages(fields_of, text, expected):
    assert fields_of(text).position_percentage.value == pytest.approx(expected)


def test_no_percentage_no_hours_gives_none(fields_of):
    assert fields_of("Pensjon: 2 % av lønn mellom 1 G og 12 G.").position_percentage.value is None


HOURS = [
    pytest.param("37,5 timer per uke", 37.5, id="nb-37-5-timer-per-uke"),
    pytest.param("7,5 timer per dag", 37.5, id="nb-7-5-timer-per-dag"),
    pytest.param("37,5 timar per veke", 37.5, id="nn-37-5-timar-per-veke"),
    pytest.param("Ukentlig arbeidstid: 37,5 timer", 37.5, id="nb-ukentlig-arbeidstid"),
    pytest.param("Ukentlig arb.tid: 37,5 t", 37.5, id="nb-standard-form-abbreviated"),
    pytest.param("Arbeidstid: 35,5 t/uke", 35.5, id="nb-t-per-uke"),
    pytest.param(
        "Den daglige normalarbeidstiden er 8 timer inkl. lunsj og den ukentlige normalarbeidstiden er 40 timer inkl. lunsj.",
        40,
        id="nb-ukentlige-normalarbeidstiden-40",
    ),
    pytest.param(
        "Arbeidstiden er 37,5 timer i uken, mandag–fredag kl. 08.00–15.30.",
        37.5,
        id="nb-clock-times-not-hours",
    ),
    pytest.param("Arbeidstid: 22,5 timer per uke (60 % stilling)", 22.5, id="nb-part-time-hours"),
    pytest.param(
        "Arbeidstid: 37,5 timer per uke. Overtid kan pålegges inntil 10 timer per uke.",
        37.5,
        id="nb-overtime-cap-not-hours",
    ),
    pytest.param(
        "Timelønn: kr 250 per time\nArbeidstid: 30 timer per uke", 30, id="nb-per-time-wage-not-hours"
    ),
    pytest.param("Arbeidstida er 35 timar per veke.", 35, id="nn-35-timar-per-veke"),
    pytest.param("Vekentleg arbeidstid: 37,5 timar", 37.5, id="nn-vekentleg-arbeidstid"),
    pytest.param("Dagleg arbeidstid: 7,5 timar", 37.5, id="nn-dagleg-arbeidstid"),
    pytest.param("Normal working hours are 37.5 hours per week.", 37.5, id="en-37-5-hours-per-week"),
    pytest.param(
        "Ordinary working hours: 40 hours a week, Monday to Friday 08:00-16:00.", 40, id="en-40-hours-a-week"
    ),
    pytest.param("Working hours: 7.5 hours per day, Monday to Friday.", 37.5, id="en-7-5-hours-per-day"),
    pytest.param("Weekly working hours: 37,5", 37.5, id="en-label-comma-decimal"),
]


@pytest.mark.parametrize(("text", "expected"), HOURS)
def test_weekly_hours(fields_of, text, expected):
    assert fields_of(text).weekly_hours.value == pytest.approx(expected)


def test_position_derived_from_hours_says_so(fields_of):
    f = fields_of("Ukentlig arbeidstid: 30 timer")
    assert f.position_percentage.value == pytest.approx(80)
    assert any("30 timer" in e.text for e in f.position_percentage.evidence)


# Tick boxes: an unticked option never counts, a ticked one does (forms of Norwegian employers, UK/US HR forms).
CHECKBOXES = [
    pytest.param("☐ 100 % stilling\n☒ Deltid: 40 %", 40, id="nb-unticked-100-ticked-40"),
    pytest.param("☒ Heltid  ☐ Deltid", 100, id="nb-ticked-heltid-unticked-deltid"),
    pytest.param("☐ Heltid  ☒ Deltid", None, id="nb-ticked-deltid-without-percentage"),
    pytest.param("Employment: [x] Full-time   [ ] Part-time", 100, id="en-bracket-x-full-time"),
    pytest.param("Employment: [ ] Full-time   [x] Part-time", None, id="en-bracket-x-part-time-no-figure"),
    pytest.param("Stillingsprosent: ☐ 100 %  ☒ 80 %", 80, id="nb-label-then-two-boxes"),
    pytest.param("☐ Heil stilling\n☒ Deltid: 50 %", 50, id="nn-unticked-heil-stilling"),
]


@pytest.mark.parametrize(("text", "expected"), CHECKBOXES)
def test_position_checkboxes(fields_of, text, expected):
    got = fields_of(text).position_percentage.value
    assert got == (None if expected is None else pytest.approx(expected))


# Fractions of full time, thresholds and "full time" that sizes nothing.
FRACTIONS_AND_TRAPS = [
    pytest.param("FTE: 0.8", 80, id="en-fte-label-fraction"),
    pytest.param("This is a 0.6 FTE appointment.", 60, id="en-fraction-fte"),
    pytest.param("Stillingen utgjør 0,8 årsverk.", 80, id="nb-arsverk"),
    pytest.param("Stillinga utgjer 0,5 årsverk.", 50, id="nn-arsverk"),
    pytest.param("You are appointed at 50% time for the Fall quarter.", 50, id="en-appointed-at-percent"),
    pytest.param(
        "Graduate student employees appointed at 25% or greater are entitled to full fee remission.",
        None,
        id="en-threshold-or-greater",
    ),
    pytest.param("Ansatte i minst 50 % stilling har rett til pensjon.", None, id="nb-threshold-minst"),
    pytest.param(
        "The Employee shall devote their full time, attention and abilities to the business.",
        None,
        id="en-devote-full-time-is-no-size",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRACTIONS_AND_TRAPS)
def test_position_fractions_and_traps(fields_of, text, expected):
    got = fields_of(text).position_percentage.value
    assert got == (None if expected is None else pytest.approx(expected))


# Ranges are no single figure (review, and the field says why); caps are not the agreed hours; fortnights halve.
HOURS_MORE = [
    pytest.param("Arbeidstiden er 3–5 timer per uke etter behov.", None, id="nb-range-dash"),
    pytest.param("Arbeidstida er 3–5 timar i veka etter behov.", None, id="nn-range-dash"),
    pytest.param("You will work between 10 and 15 hours per week.", None, id="en-range-between-and"),
    pytest.param("Arbeidstiden er 10 til 15 timer per uke.", None, id="nb-range-til"),
    pytest.param("Your ordinary hours are 76 hours per fortnight.", 38, id="en-per-fortnight"),
    pytest.param(
        "Your normal hours of work are 37.5 per week, Monday to Friday.", 37.5, id="en-no-unit-per-week"
    ),
    pytest.param("The standard working week is 35 hours.", 35, id="en-standard-working-week"),
    pytest.param("3.5 Hours of Work 7", None, id="en-section-number-is-no-hours"),
    pytest.param("Arbeidstaker kan arbeide inntil 20 timer per uke.", None, id="nb-inntil-cap"),
    pytest.param("You may work not more than 20 hours per week.", None, id="en-not-more-than-cap"),
    pytest.param("☐ 37,5 timer per uke  ☒ 20 timer per uke", 20, id="nb-unticked-hours"),
]


@pytest.mark.parametrize(("text", "expected"), HOURS_MORE)
def test_weekly_hours_ranges_caps_fortnights(fields_of, text, expected):
    got = fields_of(text).weekly_hours.value
    assert got == (None if expected is None else pytest.approx(expected))


def test_a_range_says_why_it_has_no_value(fields_of):
    hours = fields_of("Arbeidstiden er 3–5 timer per uke etter behov.").weekly_hours
    assert hours.value is None
    assert hours.note and "range" in hours.note
