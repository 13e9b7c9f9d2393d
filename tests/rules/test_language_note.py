"""A document in a language offercheck does not read (issue 10, item 4) is said, and is never "compliant".

The Swedish and Danish offers below are written like real ones (a letterhead with org.nr / CVR, a letter, a
few label rows) and would satisfy the skilled-worker rules if they were read as Norwegian: 34 500 kr a month
times 12 is 414 000, but their "kr" is Swedish or Danish kronor, so a pass there would be false.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analyzer.model import Report
from analyzer.pipeline import AnalyzeOptions, analyze

AS_OF = dt.date(2026, 6, 1)

SWEDISH = """Nordvik Data AB
Storgatan 12, 411 38 Göteborg
Org.nr 556677-8899

Göteborg den 12 januari 2026

Erbjudande om anställning

Vi är glada att kunna erbjuda dig en tillsvidareanställning som systemutvecklare hos Nordvik Data AB från den
1 mars 2026. Tjänsten kräver masterexamen i datavetenskap och är en heltidstjänst på 40 timmar per vecka.
Din lön blir 34 500 kr i månaden och betalas ut den 25:e varje månad. Arbetsplatsen är vårt kontor i Oslo.
Provanställningen är sex månader, och uppsägningstiden är inte längre än en månad under den tiden.

Med vänliga hälsningar
Karin Berg, HR
"""

DANISH = """Nordlys Consulting A/S · Vesterbrogade 14 · 1620 København V · CVR 87654321

Tilbud om ansættelse

Vi er glade for at kunne tilbyde dig en fast stilling som ingeniør fra den 1. marts 2026. Stillingen kræver en
kandidatgrad, og arbejdstiden er 37 timer om ugen. Din løn udgør 52.000 kr. om måneden, og lønnen udbetales
den sidste hverdag i hver måned. Arbejdsstedet er vores kontor i Oslo. Der er ikke prøvetid.

Venlig hilsen
Søren Madsen
"""

NORWEGIAN = """Fjordlys Teknologi AS
Org.nr. 912 345 678

Tilbud om ansettelse

Vi har gleden av å tilby deg fast stilling som utvikler hos Fjordlys Teknologi AS fra 1. mars 2026. Stillingen
krever mastergrad, og arbeidstiden er 37,5 timer per uke (100 %). Årslønnen er kr 650 000, og lønnen utbetales
den 20. hver måned. Arbeidssted er vårt kontor i Oslo.
"""


def _analyze(tmp_path: Path, name: str, text: str) -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return analyze(path, AnalyzeOptions(as_of=AS_OF))


def _language_finding(report: Report):
    return [f for f in report.findings if f.id == "note.language_unsupported"]


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [pytest.param(SWEDISH, "sv", "Swedish", id="swedish"), pytest.param(DANISH, "da", "Danish", id="danish")],
)
def test_unsupported_language_is_said_and_never_compliant(tmp_path, text, code, name):
    report = _analyze(tmp_path, f"offer_{code}.txt", text)
    assert report.language == code
    assert any(
        f"appears to be in {name} ({code})" in w and "Check it by hand" in w for w in report.warnings
    ), report.warnings
    [finding] = _language_finding(report)
    assert (finding.status, finding.scope) == ("review", "udi")
    assert f"{name} ({code})" in finding.message.en
    assert finding.fix is not None
    assert report.verdict != "compliant"


def test_swedish_docx_offer(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for paragraph in SWEDISH.split("\n\n"):
        document.add_paragraph(paragraph.replace("\n", " "))
    path = tmp_path / "erbjudande.docx"
    document.save(str(path))
    report = analyze(path, AnalyzeOptions(as_of=AS_OF))
    assert report.language == "sv"
    assert [f.status for f in _language_finding(report)] == ["review"]
    assert report.verdict in ("incomplete", "non_compliant")


def test_norwegian_offer_has_no_language_note(tmp_path):
    report = _analyze(tmp_path, "tilbud.txt", NORWEGIAN)
    assert report.language == "nb"
    assert not _language_finding(report)
    assert not any("appears to be in" in w for w in report.warnings)


def test_lang_option_overrides_detection(tmp_path):
    """A person who says the document is English is believed: no language note (the warnings may still say
    most of the text looks Swedish)."""
    path = tmp_path / "offer_sv.txt"
    path.write_text(SWEDISH, encoding="utf-8")
    report = analyze(path, AnalyzeOptions(as_of=AS_OF, language="en"))
    assert report.language == "en"
    assert not _language_finding(report)
    assert any("Swedish (sv)" in w and "did not read that part" in w for w in report.warnings)


def test_other_language_warning_names_it():
    from analyzer.extract.language import language_warnings
    from analyzer.readers.text import document_from_text

    spanish = document_from_text(
        "Nos complace ofrecerle el puesto de ingeniero de datos en nuestra oficina de Oslo. Su salario bruto anual "
        "será de 650.000 coronas noruegas y la fecha de incorporación será el 1 de marzo de 2026.",
        name="oferta.txt",
    )
    [warning] = language_warnings(spanish, "other")
    assert "Spanish (es)" in warning


def test_bilingual_document_warns_about_the_part_not_read():
    from analyzer.extract.language import detect_language, language_warnings
    from analyzer.readers.text import document_from_text

    text = (
        "劳动合同 Employment Contract\n"
        "本合同由雇主与雇员双方在平等自愿的基础上签订，雇员同意在挪威奥斯陆的办公室工作，并遵守公司的各项规章制度。\n"
        "The employee will work at our office in Oslo, Norway, with an annual salary of NOK 650,000. The employment "
        "starts on 1 March 2026 and is permanent, with a probation period of six months.\n"
        "雇员的年薪为六十五万挪威克朗，按月支付，试用期为六个月，试用期满后双方均可提前三个月书面通知解除合同。"
    )
    document = document_from_text(text, name="contract.txt")
    assert detect_language(document) == "en"
    warnings = language_warnings(document, "en")
    assert any("Chinese (zh)" in w and "read the document as English" in w for w in warnings), warnings


@pytest.mark.parametrize(
    ("language", "expected"),
    [("sv", ["review"]), ("other", ["review"]), ("nb", []), ("en", []), (None, [])],
)
def test_check_gets_the_language(language, expected):
    from analyzer.model import Fields
    from analyzer.rules.checker import check
    from analyzer.rules.loader import load_all_packs

    [pack] = [p for p in load_all_packs() if p.id == "notes"]
    findings = [
        f for f in check(Fields(), pack, AS_OF, language=language) if f.id == "note.language_unsupported"
    ]
    assert [f.status for f in findings] == expected
