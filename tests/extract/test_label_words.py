"""Labels are whole words of the document's language: no English label inside a Norwegian word or compound
(E-post, Postnummer, Postadresse, Poststed), and no label that is a different, common word in the document's
own language (Norwegian "Post:" is mail). Letterheads in real Norwegian letters carry exactly these lines."""

from __future__ import annotations

import pytest

from analyzer.resources.lexicon import compile_phrases

from .conftest import fields_of, norm

LETTERHEAD_NB = (
    "Fjordlys Teknologi AS\nStrandgaten 15, 5013 Bergen\n{line}\nTelefon: 55 12 34 56\n\n"
    "Tilbud om stilling\n\nVi har gleden av å tilby deg stillingen som rådgiver i vår avdeling.\n"
    "Årslønn: kr 650 000\n"
)
LETTERHEAD_NN = (
    "Sunnfjord kommune\nPostboks 338, 6801 Førde\n{line}\n\n"
    "Tilbod om stilling\n\nVi har gleda av å tilby deg stillinga som sakshandsamar.\nÅrsløn: kr 560 000\n"
)


@pytest.mark.parametrize(
    ("template", "line", "language", "title"),
    [
        (LETTERHEAD_NB, "E-post: post@fjordlys.no", "nb", "rådgiver"),
        (LETTERHEAD_NB, "E-post: firmapost@fjordlys.no · Web: fjordlys.no", "nb", "rådgiver"),
        (LETTERHEAD_NB, "Post: Postboks 123 Sentrum, 5804 Bergen", "nb", "rådgiver"),
        (LETTERHEAD_NB, "Postadresse: Postboks 123 Sentrum", "nb", "rådgiver"),
        (LETTERHEAD_NB, "Postnummer: 5013  Poststed: Bergen", "nb", "rådgiver"),
        (LETTERHEAD_NB, "Post-adresse: Postboks 7, 5001 Bergen", "nb", "rådgiver"),
        (LETTERHEAD_NN, "E-post: postmottak@sunnfjord.kommune.no", "nn", "sakshandsamar"),
        (LETTERHEAD_NN, "Post: Postboks 338, 6801 Førde", "nn", "sakshandsamar"),
    ],
)
def test_norwegian_letterhead_lines_are_not_the_job_title(
    template: str, line: str, language: str, title: str
):
    fields = fields_of(template.format(line=line), language=language)
    assert norm(fields.job_title.value) == title
    assert "@" not in (fields.job_title.value or "") and "postboks" not in norm(fields.job_title.value or "")


def test_the_english_label_post_still_works_in_english():
    text = "Hardanger Data AS\nPost: Senior Data Engineer\nStart date: 1 April 2026\n"
    assert norm(fields_of(text, language="en").job_title.value) == "senior data engineer"


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        ("post", "E-post: a@b.no", False),
        ("post", "Post-adresse: Postboks 7", False),
        ("post", "Postnummer 5013", False),
        ("post", "Poststed: Bergen", False),
        ("post", "Post: Senior engineer", True),
        ("post", "the post of engineer", True),
        ("post", "- post: engineer", True),  # a bullet's dash followed by a space is not a compound
        ("salary", "pre-salary review", False),
        ("salary", "salary-sacrifice scheme", False),
        ("salary", "Salary: NOK 650 000", True),
        ("start", "kick-start meeting", False),
        ("lønn", "Lønn: kr 48 000", True),
        ("lønn", "Minstelønn-satsen", False),
        ("firma", "confirmation", False),
        ("årslønn*", "årslønnen er", True),
        ("full-time", "a full-time post", True),
        ("full-time", "full time", True),
    ],
)
def test_a_phrase_is_a_whole_word_not_half_a_compound(phrase: str, text: str, matches: bool):
    assert bool(compile_phrases([phrase]).search(text)) is matches
