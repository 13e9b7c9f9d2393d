"""Property tests for the text parsers: money, dates, percentages, organisation numbers.

Two kinds of property: (1) any text at all never raises and every match lies inside the text; (2) a value
written in any of the usual Norwegian/English spellings is read back exactly. The extractor code is only read
here; a crash found in it is reported, not patched from this file.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from stdnum.no import orgnr

from analyzer.extract.dates import find_dates
from analyzer.extract.money import document_currency, find_bare_numbers, find_money, parse_number
from analyzer.extract.workload import PERCENT
from analyzer.readers.normalize import normalize_text

pytestmark = pytest.mark.slow  # hundreds of generated examples per test

EXAMPLES = int(os.environ.get("OFFERCHECK_PROPERTY_EXAMPLES", "200"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any text, biased towards the characters these parsers care about.
_ALPHABET = st.sampled_from(
    list("0123456789 .,-–/:%'’kKrRnNoOæøåÆØÅ\u00a0\n\t") + ["kr", "NOK", ",-", "mars", "prosent"]
)
noisy_text = st.one_of(st.text(max_size=120), st.lists(_ALPHABET, max_size=60).map("".join))
# Text around a value that cannot join onto it (starts and ends with a space).
# Its letters cannot spell a currency, month or percent word.
padding = st.text(alphabet="bgijlmqtvwxyz æøå:;", max_size=15).map(lambda s: f" {s} ")


def group(n: int, sep: str) -> str:
    digits = str(n)
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


# ------------------------------------------------------------------------------------------------- money


@SETTINGS
@given(noisy_text)
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or (isinstance(value, float) and value >= 0)


def test_parse_number_superscript_digit_regression() -> None:
    """Found by hypothesis: str.isdigit() accepts superscript digits, which float() rejects."""
    assert parse_number("²") is None


@SETTINGS
@given(noisy_text)
def test_find_money_never_raises_and_spans_are_inside(text: str) -> None:
    for found in [*find_money(text), *find_bare_numbers(text)]:
        assert 0 <= found.start < found.end <= len(text)
        assert found.amount >= 0


@SETTINGS
@given(st.integers(0, 999_999_999), st.sampled_from([" ", ".", "\u00a0", "\u202f", "'", ","]))
@example(650_000, " ")
@example(1_000, ".")
def test_grouped_integers_read_back(n: int, sep: str) -> None:
    # Extractors see text after the readers' normalisation (no-break and thin spaces become spaces).
    written = normalize_text(group(n, sep))
    assert parse_number(written) == float(n), written


@SETTINGS
@given(st.integers(0, 99_999_999), st.integers(0, 99), st.sampled_from(["nb", "en"]))
@example(54_166, 67, "nb")
def test_amounts_with_decimals_read_back(n: int, cents: int, style: str) -> None:
    written = f"{group(n, ' ')},{cents:02d}" if style == "nb" else f"{group(n, ',')}.{cents:02d}"
    assert parse_number(written) == float(f"{n}.{cents:02d}"), written


@SETTINGS
@given(
    st.integers(1, 99_999_999),
    st.sampled_from(["kr {}", "kr. {}", "NOK {}", "{} kroner", "{} NOK", "{},-", "kr {},-", "{} kr"]),
    st.sampled_from([" ", "."]),
    padding,
    padding,
)
def test_money_in_a_sentence_is_found_in_nok(
    n: int, template: str, sep: str, before: str, after: str
) -> None:
    """In a Norwegian document every spelling is NOK; in a Swedish one only the explicit NOK is."""
    written = template.format(group(n, sep))
    text = f"Lønn{before}{written}{after}"
    found = find_money(text)
    assert [m.amount for m in found] == [float(n)], written
    assert document_currency("nb", text).decide(found[0]) == "NOK", written
    explicit = "NOK" in template
    assert document_currency("sv", text).decide(found[0]) == ("NOK" if explicit else "SEK"), written
    assert document_currency("other", text).decide(found[0]) == ("NOK" if explicit else None), written


# ------------------------------------------------------------------------------------------------- dates

_MONTHS_NB = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]
_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@SETTINGS
@given(noisy_text)
def test_find_dates_never_raises_and_spans_are_inside(text: str) -> None:
    for found in find_dates(text):
        assert 0 <= found.start < found.end <= len(text)
        assert 1900 <= found.value.year <= 2099


@SETTINGS
@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
    st.sampled_from(["numeric", "numeric0", "iso", "nb", "en_us", "en_uk"]),
    padding,
    padding,
)
def test_every_spelling_of_a_date_reads_back(day: dt.date, style: str, before: str, after: str) -> None:
    written = {
        "numeric": f"{day.day}.{day.month}.{day.year}",
        "numeric0": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "iso": day.isoformat(),
        "nb": f"{day.day}. {_MONTHS_NB[day.month - 1]} {day.year}",
        "en_us": f"{_MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
        "en_uk": f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}",
    }[style]
    found = find_dates(f"Tiltredelse{before}{written}{after}")
    assert [f.value for f in found] == [day], written


# ------------------------------------------------------------------------------------------------- percent


@SETTINGS
@given(noisy_text)
def test_percent_regex_never_raises(text: str) -> None:
    for m in PERCENT.finditer(text):
        assert m.group(1)


@SETTINGS
@given(
    st.integers(0, 100),
    st.sampled_from(["", ",5", ".5", ",25"]),
    st.sampled_from(["{} %", "{}%", "{} prosent", "{} percent", "{}\u00a0%"]),
    padding,
    padding,
)
def test_percentages_read_back(whole: int, frac: str, template: str, before: str, after: str) -> None:
    number = f"{whole}{frac}"
    text = normalize_text(f"Stilling{before}{template.format(number)}{after}")
    matches = list(PERCENT.finditer(text))
    assert [m.group(1) for m in matches] == [number]


# ------------------------------------------------------------------------------------------------- org numbers


def _valid_orgnr(base: int) -> str | None:
    for last in range(10):
        candidate = f"{base:08d}{last}"
        if orgnr.is_valid(candidate):
            return candidate
    return None


@settings(max_examples=min(EXAMPLES, 60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(80_000_000, 99_999_999),
    st.sampled_from(["{} {} {}", "{}{}{}", "NO {} {} {} MVA", "{}.{}.{}"]),
)
def test_valid_org_numbers_are_extracted(base: int, template: str) -> None:
    from analyzer.extract import extract_fields
    from analyzer.readers.text import document_from_text

    number = _valid_orgnr(base)
    if number is None:
        return  # no check digit exists for this base (mod-11 remainder 10)
    written = template.format(number[:3], number[3:6], number[6:])
    text = f"Fjordlys Teknologi AS\nOrg.nr. {written}\nLønn: kr 650 000 pr. år"
    fields = extract_fields(document_from_text(text), "nb")
    assert fields.employer_org_number.value == number, written


@SETTINGS
@given(st.integers(80_000_000, 99_999_999))
def test_invalid_org_numbers_are_not_extracted(base: int) -> None:
    from analyzer.extract import extract_fields
    from analyzer.readers.text import document_from_text

    invalid = next(f"{base:08d}{d}" for d in range(10) if not orgnr.is_valid(f"{base:08d}{d}"))
    fields = extract_fields(document_from_text(f"Fjordlys Teknologi AS\nOrg.nr. {invalid}"), "nb")
    assert fields.employer_org_number.value != invalid


# ------------------------------------------------------------------------------------------------- Indian grouping


def indian_group(n: int) -> str:
    """1200000 -> '12,00,000': the last three digits, then pairs (lakh, crore)."""
    digits = str(n)
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


@SETTINGS
@given(
    st.integers(100_000, 99_99_99_99_999),
    st.sampled_from(["Rs. {}", "₹{}", "₹ {}", "INR {}", "{} INR", "Rs {}/-"]),
)
@example(750_002, "Rs. {}")
@example(12_000_000, "Rs. {}")
def test_indian_grouping_reads_back(n: int, template: str) -> None:
    written = indian_group(n)
    assert parse_number(written) == float(n), written
    found = find_money(f"Salary:{template.format(written)} per annum")
    assert [(m.amount, m.currency) for m in found] == [(float(n), "INR")], written


@SETTINGS
@given(st.integers(0, 999), st.integers(0, 99))
def test_short_decimals_are_not_read_as_indian_grouping(whole: int, frac: int) -> None:
    """'12,34' and '1,5' stay decimals: Indian grouping needs pairs followed by three digits."""
    assert parse_number(f"{whole},{frac:02d}") == float(f"{whole}.{frac:02d}")
    assert parse_number(f"{whole},{frac % 10}") == float(f"{whole}.{frac % 10}")


@SETTINGS
@given(st.integers(1, 99), st.integers(0, 99), st.integers(0, 9999).filter(lambda t: t >= 1000 or t < 100))
def test_broken_indian_shapes_are_not_one_number(head: int, pair: int, tail: int) -> None:
    """Pairs must end in exactly three digits: '12,34,5678' or '12,34,56' is not an amount."""
    written = f"{head},{pair:02d},{tail}"
    assert parse_number(written) is None, written
