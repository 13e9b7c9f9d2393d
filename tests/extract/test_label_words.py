"""Labels are whole words of the document's language: no English label inside a Norwegian word or compound
(E-post, Postnummer, Postadresse, Poststed), and no label that is a different, common word in the document's
own language (Norwegian "Post:" is mail). Letterheads in real Norwegian letters carry exactly these lines.
How one phrase matches (whole words, compounds) is tested in tests/resources/test_phrase_matching.py."""

from __future__ import annotations

import pytest

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
