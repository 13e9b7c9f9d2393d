"""Dense text (thousands of amounts or digits on long lines) is no offer: the extractors stay bounded and say so.

The speed itself is printed by benchmarks/long_lines.py (no timed assertions here); these tests check what the
bounds do to the result.
"""

from __future__ import annotations

import pytest

from .conftest import fields_of


def test_many_labelled_amounts_are_capped_with_a_note() -> None:
    from analyzer.extract.salary import MAX_CANDIDATES

    text = "Tilbud om stilling\n" + "\n".join(["Lønn 650 000 kr " * 20] * 30)  # 600 labelled amounts
    salary = fields_of(text, language="nb").salary
    assert salary.value is not None and salary.value.amount == 650000 and salary.value.currency == "NOK"
    assert salary.note is not None and f"first {MAX_CANDIDATES}" in salary.note


def test_an_offer_stating_its_pay_a_few_times_has_no_cap_note() -> None:
    text = "Tilbud om stilling\nÅrslønn: kr 650 000,-\nLønnen utgjør kr 650 000 per år i 100 % stilling."
    salary = fields_of(text, language="nb").salary
    assert salary.value is not None and salary.value.amount == 650000
    assert salary.note is None


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("1 1 1 1 kr 5 000", [1.0]),  # "1 kr": the mark goes to the number before it
        ("Øre 12; NOK 650 000 og 3; ¥ 40 000", [650000.0, 40000.0]),
        ("Årslønn 650 000,- og € 4.500,00", [650000.0, 4500.0]),
        (
            "ekr 100 og skr 200",
            [],
        ),  # a mark inside a word is no mark: the first-character look-ahead keeps that
    ],
)
def test_money_marks_after_the_first_character_prefilter(text: str, amounts: list[float]) -> None:
    from analyzer.extract.money import find_money

    assert [m.amount for m in find_money(text)] == amounts


def test_label_broken_by_a_wrap_before_a_long_dense_line() -> None:
    """The wrap scan stops past the break: a label split over the lines is still found, digits after it ignored."""
    line = "Vi viser til samtalen og bekrefter med glede at vi kan tilby deg stillingen. Din første"
    text = "Tilbud om stilling\n" + line + "\narbeidsdag blir 2. mars 2026. " + "1 " * 900
    fields = fields_of(text, language="nb")
    assert fields.start_date.value is not None and fields.start_date.value.isoformat() == "2026-03-02"
