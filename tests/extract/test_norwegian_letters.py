"""Norwegian letters must survive reading and extraction unchanged (never æ -> ae, ø -> o, å -> a).

Input may arrive decomposed (NFD, e.g. from macOS or some PDF producers) or with typographic ligatures
(U+FB00..U+FB06, common in PDF text); both are normalised (NFC, ligatures expanded) and nothing else changes.
"""

from __future__ import annotations

import unicodedata

import pytest

from .conftest import document_of, evidence_texts, norm

PHRASE = "Blåbærgrøt Ørsta Ålesund"


def test_phrase_survives_document_from_text():
    doc = document_of(f"Arbeidssted: {PHRASE}")
    assert PHRASE in doc.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Arbeidssted: {PHRASE}", id="nb-arbeidssted"),
        pytest.param(f"Arbeidsstad: {PHRASE}", id="nn-arbeidsstad"),
        pytest.param(f"Place of work: {PHRASE}", id="en-place-of-work"),
        pytest.param(unicodedata.normalize("NFD", f"Arbeidssted: {PHRASE}"), id="nb-decomposed-nfd-input"),
    ],
)
def test_phrase_survives_into_location_value_and_evidence(fields_of, text):
    f = fields_of(text)
    assert f.work_location.value is not None
    assert PHRASE in f.work_location.value
    assert any(PHRASE in t for t in evidence_texts(f.work_location))


@pytest.mark.parametrize(
    ("text", "attr", "expected"),
    [
        pytest.param(
            "Arbeidsgiver: Sæbø & Ødegård AS, org.nr. 923 609 016",
            "employer",
            "Sæbø & Ødegård AS",
            id="employer-ae-oe",
        ),
        pytest.param(
            "Stilling: Lærling i økonomi og ærend",
            "job_title",
            "Lærling i økonomi og ærend",
            id="title-ae-oe",
        ),
        pytest.param(
            "Tilsett som: Fagarbeidar på Årdalstangen",
            "job_title",
            "Fagarbeidar på Årdalstangen",
            id="nn-title-aa",
        ),
        pytest.param(
            "Stilling: O\ufb03ce manager", "job_title", "Office manager", id="title-ffi-ligature-expanded"
        ),
    ],
)
def test_letters_kept_in_other_fields(fields_of, text, attr, expected):
    field = getattr(fields_of(text), attr)
    assert norm(field.value) == norm(expected)
    assert field.value is not None
    # the exact letters, not just a case-insensitive match: every word with æ/ø/å appears verbatim
    for word in expected.split():
        if not word.isascii():
            assert word in field.value


def test_salary_evidence_keeps_letters(fields_of):
    f = fields_of("Årslønn: kr 650 000,-")
    assert any("Årslønn" in t for t in evidence_texts(f.salary))
