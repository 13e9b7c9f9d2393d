"""Working Environment Act § 14-6 completeness on the project's own contracts with chosen clauses removed.

For each contract the clauses it states were listed by hand (reading the document, not the program), with the
lines that make up each clause. Each clause is removed in turn: the removed clause must be reported missing
(probation, which the law asks for only when agreed, becomes "info: none stated"), and no clause still present
may be reported missing. ``python -m tests.clauses.test_clauses`` prints recall and the false-missing rate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from analyzer.clauses.scan import scan_clauses
from analyzer.clauses.values import probation_months, working_hours_values
from analyzer.extract import extract_fields
from analyzer.extract.language import detect_language
from analyzer.model import ClauseScan, Document, Finding, Line, Page
from analyzer.readers import read_document
from analyzer.rules.checker import check
from analyzer.rules.loader import RULES_DIR, load_pack

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
AS_OF = dt.date(2026, 6, 1)
AML = load_pack(RULES_DIR / "aml-14-6.yaml")


def _text_document(name: str, text: str) -> Document:
    lines = [Line(text=t.strip(), page=1) for t in text.strip().splitlines() if t.strip()]
    return Document(name=name, kind="text", pages=[Page(number=1, lines=lines)])


EN_AGENCY = _text_document(
    "en_agency.txt",
    """
EMPLOYMENT CONTRACT
This contract is made between Nordic Crew Staffing AS, org. no. 913 762 487, Storgata 1, 0155 Oslo (the employer) and Maria Santos, Rua Verde 4, Lisboa (the employee).
Nordic Crew Staffing AS is a staffing agency approved by the Labour Inspection Authority.
The employee is hired out to the user undertaking Bergen Sjømat AS, Sandviksveien 10, 5035 Bergen.
Place of work: Sandviksveien 10, 5035 Bergen.
Job title: Production worker. Duties: packing and quality control.
Start date: 1 April 2026.
The employment is temporary, until 30 September 2026.
Basis for the temporary employment: the work is temporary in nature (seasonal peak).
Probation: 2 months, with 14 days' notice during probation.
Holiday: the employee is entitled to holiday and holiday pay (12 %) under the Holidays Act; holiday dates are set by the employer after consultation.
Notice period: one month for both parties after the probation; notice must be given in writing.
Salary: NOK 245 per hour gross.
Payment: paid to the employee's bank account on the 20th of each month.
Working hours: 37.5 hours per week, 07:00-15:00 Monday to Friday.
Breaks: a 30-minute paid lunch break each day.
Overtime: work beyond the agreed hours is paid with a 40 % supplement.
Collective agreement: none applies.
Training: the employer offers a two-day safety course.
Pension: mandatory occupational pension (OTP), 2 % of pay, with Storebrand.
""",
)

NB_PERMANENT = _text_document(
    "nb_fast.txt",
    """
ARBEIDSAVTALE
Avtalen er inngått mellom Tromsø Bygg AS, org.nr. 923 609 016, Storgata 5, 9008 Tromsø (arbeidsgiver) og Piotr Nowak, ul. Długa 3, Gdańsk (arbeidstaker).
Arbeidssted: Storgata 5, 9008 Tromsø, og byggeplasser i Tromsø kommune.
Stillingstittel: Tømrer. Arbeidsoppgaver: forskaling, reisverk og montering.
Tiltredelse: 1. mai 2026. Stillingen er fast.
Prøvetid: seks måneder.
Ferie: arbeidstakeren har rett til ferie og feriepenger etter ferieloven (12 %). Ferietidspunktet fastsettes etter drøfting med arbeidstakeren.
Oppsigelsesfrist: tre måneder for begge parter. Oppsigelse skal være skriftlig.
Lønn: kr 275 per time.
Lønnen utbetales den 20. hver måned til arbeidstakers konto.
Arbeidstid: 37,5 timer per uke, kl. 07.00–15.00 mandag til fredag.
Pauser: 30 minutters spisepause hver dag.
Overtid: arbeid utover avtalt arbeidstid betales med 50 % tillegg.
Tariffavtale: Byggeoverenskomsten gjelder.
Kompetanseutvikling: arbeidsgiver tilbyr kurs i HMS og stillasbygging.
Pensjon: obligatorisk tjenestepensjon (OTP) på 2 % av lønn hos KLP.
""",
)

NN_SEASONAL = _text_document(
    "nn_sesong.txt",
    """
ARBEIDSAVTALE – SESONGARBEID
Avtalen er inngått mellom Lofthus Frukt og Bær AS, org.nr. 984 321 765, Lofthusvegen 20, 5781 Lofthus (arbeidsgivar) og Oksana Melnyk, vul. Shevchenka 5, Lviv (arbeidstakar).
Arbeidsstad: Lofthusvegen 20, 5781 Lofthus.
Tilsett som bærplukkar.
Arbeidsoppgåver: plukking og sortering av kirsebær og eple.
Tiltreding: 1. juni 2026.
Tilsetjinga er mellombels til og med 30. september 2026.
Grunnlaget for den mellombelse tilsetjinga er sesongarbeid i innhaustinga.
Prøvetid: ein månad.
Ferie: arbeidstakaren har rett til ferie og feriepengar etter ferielova, 12 %.
Oppseiingsfrist: 14 dagar for begge partar. Oppseiing skal vere skriftleg.
Løn: 180 kroner per time brutto.
Løna vert utbetalt den 15. kvar månad til konto.
Arbeidstid: 37,5 timar per veke, kl. 07.00–15.00 måndag til fredag.
Pausar: 30 minutt matpause kvar dag.
Overtid: arbeid utover avtalt arbeidstid vert betalt med 40 % tillegg.
Tariffavtale: Overeinskomsten for jordbruk og gartneri gjeld.
Opplæring: arbeidsgivar gir opplæring i plukking og HMS første dag.
Pensjon: obligatorisk tenestepensjon, 2 % av løn, hos Storebrand.
""",
)


@dataclass
class Case:
    name: str
    document: Document
    present: dict[str, list[str]]  # clause -> substrings of the lines that make it up (removed together)
    absent: set[str]  # clauses the full document does not state (hand-checked)


def _sample(name: str) -> Document:
    return read_document(SAMPLES / name)


CASES = [
    Case(
        "nb_standard_arbeidsavtale_bachelor.docx",
        _sample("nb_standard_arbeidsavtale_bachelor.docx"),
        {
            "parties": ["2. Arbeidstaker", "Rahul Mehta", "Pune", "Fødselsdato"],
            "work_location": ["3. Arbeidssted", "Arbeidssted (adresse)"],
            "job_title": ["4. Stilling", "Stillingstittel", "Arbeidsoppgaver"],
            "start_date": ["Ansatt fra"],
            "probation": ["Prøvetid |"],
            "holiday": ["Feriepenger"],
            "notice": ["Oppsigelsesfrist"],
            "salary": ["Lønn pr. år"],
            "pay_schedule": ["Utbetaling"],
            "working_hours": ["Ukentlig arbeidstid", "Daglig arbeidstid"],
            "breaks": ["Pauser"],
            "overtime": ["Overtidstillegg"],
            "collective_agreement": ["Tariffavtale"],
            "pension": ["Pensjon"],
        },
        absent={"training"},
    ),
    Case(
        "en_standard_contract_vocational.docx",
        _sample("en_standard_contract_vocational.docx"),
        {
            "parties": ["2. Employee", "Andrei Popescu", "Strada Unirii"],
            "work_location": ["3. Workplace", "Kaldnes brygge"],
            "job_title": ["4. Employed as", "Job title", "Qualifications required"],
            "start_date": ["Employed from"],
            "probation": ["7. Probation", "Length of probation"],
            "holiday": ["Holiday pay"],
            "notice": ["Notice period"],
            "salary": ["Hourly wage"],
            "pay_schedule": ["Every other Friday"],
            "working_hours": ["Weekly working hours"],
            "overtime": ["Overtime supplement"],
            "collective_agreement": ["5. Collective agreement", "Applicable agreement"],
        },
        absent={"breaks", "training", "pension"},
    ),
    Case(
        "nn_standard_arbeidsavtale_mellombels.pdf",
        _sample("nn_standard_arbeidsavtale_mellombels.pdf"),
        {
            "parties": ["2. Arbeidstakar", "Ewa Kowalska", "Kraków"],
            "work_location": ["3. Arbeidsstad", "Arbeidsstad (adresse)"],
            "job_title": ["4. Tilsett som", "Stillingstittel", "Arbeidsoppgåver"],
            "start_date": ["Tilsett frå"],
            "duration": ["Eventuelt til"],
            "probation": ["6. Prøvetid", "Lengd på prøvetid"],
            "holiday": ["Feriepengar"],
            "notice": ["Oppseiingsfrist"],
            "salary": ["Løn per månad"],
            "pay_schedule": ["Utbetaling"],
            "working_hours": ["Vekearbeidstid"],
            "overtime": ["Overtidstillegg"],
            "pension": ["Pensjon"],
        },
        absent={"breaks", "collective_agreement", "training"},
    ),
    Case(
        "en_agency (text)",
        EN_AGENCY,
        {
            "parties": ["This contract is made between"],
            "user_undertaking": ["hired out to the user undertaking"],
            "work_location": ["Place of work"],
            "job_title": ["Job title"],
            "start_date": ["Start date"],
            "duration": ["until 30 September 2026"],
            "probation": ["Probation:"],
            "holiday": ["Holiday:"],
            "notice": ["Notice period"],
            "salary": ["Salary:"],
            "pay_schedule": ["Payment:"],
            "working_hours": ["Working hours"],
            "breaks": ["Breaks:"],
            "overtime": ["Overtime:"],
            "collective_agreement": ["Collective agreement"],
            "training": ["Training:"],
            "pension": ["Pension:"],
        },
        absent=set(),
    ),
    Case(
        "nb_fast (text)",
        NB_PERMANENT,
        {
            "parties": ["Avtalen er inngått mellom"],
            "work_location": ["Arbeidssted:"],
            "job_title": ["Stillingstittel"],
            "start_date": ["Tiltredelse:"],
            "probation": ["Prøvetid:"],
            "holiday": ["Ferie:"],
            "notice": ["Oppsigelsesfrist"],
            "salary": ["Lønn: kr"],
            "pay_schedule": ["Lønnen utbetales"],
            "working_hours": ["Arbeidstid:"],
            "breaks": ["Pauser:"],
            "overtime": ["Overtid:"],
            "collective_agreement": ["Tariffavtale:"],
            "training": ["Kompetanseutvikling"],
            "pension": ["Pensjon:"],
        },
        absent=set(),
    ),
    Case(
        "nn_sesong (text)",
        NN_SEASONAL,
        {
            "parties": ["Avtalen er inngått mellom"],
            "work_location": ["Arbeidsstad:"],
            "job_title": ["Tilsett som", "Arbeidsoppgåver"],
            "start_date": ["Tiltreding:"],
            "duration": ["til og med 30. september"],
            "probation": ["Prøvetid:"],
            "holiday": ["Ferie:"],
            "notice": ["Oppseiingsfrist"],
            "salary": ["Løn: 180"],
            "pay_schedule": ["Løna vert utbetalt"],
            "working_hours": ["Arbeidstid:"],
            "breaks": ["Pausar:"],
            "overtime": ["Overtid:"],
            "collective_agreement": ["Tariffavtale:"],
            "training": ["Opplæring:"],
            "pension": ["Pensjon:"],
        },
        absent=set(),
    ),
]

# Removing these does not make them "missing": the law asks for them only in a situation the removal ends.
REMOVED_STATUS = {"probation": "info"}


def _without(document: Document, substrings: list[str]) -> Document:
    pages = []
    for page in document.pages:
        kept = [line for line in page.lines if not any(s in line.text for s in substrings)]
        pages.append(page.model_copy(update={"lines": kept}))
    return document.model_copy(update={"pages": pages})


def _contract_findings(document: Document) -> dict[str, Finding]:
    fields = extract_fields(document, detect_language(document))
    scan = scan_clauses(document, fields)
    findings = check(fields, AML, AS_OF, clauses=scan, text=document.text)
    by_field: dict[str, Finding] = {}
    for f in findings:
        if f.id != "aml.temporary_basis":
            by_field[f.field] = f
    return by_field


def measure() -> dict[str, float | int | list[str]]:
    removed = detected = present_checks = false_missing = 0
    problems: list[str] = []
    for case in CASES:
        full = _contract_findings(case.document)
        for clause in case.present:
            present_checks += 1
            if full[clause].status == "missing":
                false_missing += 1
                problems.append(f"{case.name}: {clause} present but reported missing")
        for clause in case.absent:
            if full[clause].status != "missing":
                problems.append(f"{case.name}: {clause} absent but reported {full[clause].status}")
        for clause, substrings in case.present.items():
            variant = _contract_findings(_without(case.document, substrings))
            removed += 1
            want = REMOVED_STATUS.get(clause, "missing")
            if variant[clause].status == want:
                detected += 1
            else:
                problems.append(
                    f"{case.name}: {clause} removed, reported {variant[clause].status} "
                    f"({variant[clause].message.en})"
                )
            for other in case.present:
                if other == clause:
                    continue
                present_checks += 1
                if variant[other].status == "missing":
                    false_missing += 1
                    problems.append(f"{case.name} without {clause}: {other} present but reported missing")
    return {
        "contracts": len(CASES),
        "removals": removed,
        "recall": round(detected / removed, 4),
        "present_checks": present_checks,
        "false_missing": false_missing,
        "false_missing_rate": round(false_missing / present_checks, 4),
        "problems": problems,
    }


@pytest.fixture(scope="module")
def measured() -> dict[str, float | int | list[str]]:
    return measure()


def test_every_removed_clause_is_reported(measured):
    assert not [p for p in measured["problems"] if "removed" in p or "absent" in p]
    assert measured["recall"] == 1.0


def test_no_present_clause_is_reported_missing(measured):
    assert not [p for p in measured["problems"] if "present but" in p]
    assert measured["false_missing"] == 0


def test_present_clauses_carry_their_evidence():
    findings = _contract_findings(CASES[0].document)
    assert findings["breaks"].evidence[0].text == "Pauser | 30 minutter, betalt"
    assert findings["probation"].status == "pass" and "6 måneder" in findings["probation"].evidence[0].text


def test_contract_findings_never_change_the_udi_verdict():
    from analyzer.rules.verdict import verdict

    findings = list(_contract_findings(_without(CASES[0].document, ["Pauser", "Feriepenger"])).values())
    assert {f.status for f in findings} >= {"missing"}
    assert verdict(findings) == "incomplete"  # no UDI findings at all: nothing can be compliant from these
    assert all(f.scope == "contract" for f in findings)


# --------------------------------------------------------------------------- limits the law sets


def _scan(text: str) -> ClauseScan:
    return scan_clauses(_text_document("t.txt", text))


def _status(text: str, clause: str, as_of: dt.date = AS_OF) -> str:
    document = _text_document("t.txt", text)
    fields = extract_fields(document, detect_language(document))
    scan = scan_clauses(document, fields)
    return next(f.status for f in check(fields, AML, as_of, clauses=scan) if f.field == clause)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Prøvetid: seks måneder.", 6),
        ("Stillingen har seks måneders prøvetid.", 6),
        ("Det er seks månader prøvetid.", 6),
        ("Probation: 3 months.", 3),
        ("The probationary period is six (6) months.", 6),
        ("Prøvetid: 8 uker", 1.84),  # 8 / 4.345
        ("Prøvetid: eit halvt år", 6),
    ],
)
def test_probation_length_is_read(text, months):
    hit = _scan(text).get("probation")
    assert hit.present and hit.values["months"] == pytest.approx(months, abs=0.01)


def test_probation_over_six_months_fails():
    assert _status("Prøvetid: ni måneder.", "probation") == "fail"
    assert _status("Prøvetid: seks måneder.", "probation") == "pass"


def test_probation_over_half_a_temporary_post_fails_from_july_2024():
    text = "Tiltredelse: 1. mars 2026.\nMidlertidig ansettelse til 31. august 2026.\nPrøvetid: fire måneder."
    # 1 March - 31 August is about 6 months; 4 months is more than half.
    assert _status(text, "probation") == "fail"
    text_ok = (
        "Tiltredelse: 1. mars 2026.\nMidlertidig ansettelse til 31. august 2026.\nPrøvetid: tre måneder."
    )
    assert _status(text_ok, "probation") == "pass"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Arbeidstid: 37,5 timer per uke, kl. 08.00–15.30", {"weekly": 37.5, "daily_span": 7.5}),
        ("Working hours: 45 hours per week", {"weekly": 45}),
        ("Daily working hours: 10 hours per day", {"daily": 10}),
        ("Arbeidstid: 37,5 timar per veke", {"weekly": 37.5}),
    ],
)
def test_working_hours_numbers(text, values):
    assert working_hours_values(text) == values


def test_working_hours_over_the_limits_fail():
    assert _status("Working hours: 45 hours per week, Monday to Saturday.", "working_hours") == "fail"
    assert (
        _status("Working hours: 37.5 hours per week, 10 hours per day on Mondays.", "working_hours") == "fail"
    )
    assert _status("Working hours: 37.5 hours per week, 08:00-15:30.", "working_hours") == "pass"


def test_duration_only_asked_for_a_temporary_post():
    permanent = "Stillingen er fast.\nTiltredelse: 1. mai 2026."
    assert _status(permanent, "duration") == "info"
    temporary = "Stillingen er et vikariat.\nTiltredelse: 1. mai 2026."
    assert _status(temporary, "duration") == "missing"


def test_form_text_that_offers_both_kinds_is_not_temporary():
    scan = _scan("Standard arbeidsavtale for fast eller midlertidig ansettelse.\nStillingen er fast.")
    assert not scan.has("temporary")


def test_temporary_housing_permits_or_agencies_are_not_a_temporary_post():
    for text in (
        "We offer temporary accommodation for the first month.",
        "Vi skaffer midlertidig bolig.",
        "Nordic Crew is a temporary work agency. The position is permanent.",
        "Du må ha midlertidig oppholdstillatelse før du begynner.",
    ):
        assert not _scan(text).has("temporary"), text
    assert _scan("Stillingen er midlertidig (vikariat).").has("temporary")


def test_user_undertaking_only_for_staffing_agencies():
    assert _status("Vi er et bemanningsforetak.\nArbeidssted: Oslo.", "user_undertaking") == "missing"
    assert _status("Arbeidssted: Oslo.", "user_undertaking") == "info"


def test_added_2024_items_are_not_asked_before_july_2024():
    assert _status("Arbeidssted: Oslo.", "training", dt.date(2024, 6, 30)) == "info"
    assert _status("Arbeidssted: Oslo.", "training", dt.date(2024, 7, 1)) == "missing"


def test_a_heading_alone_or_an_empty_form_field_states_nothing():
    scan = _scan("6. Arbeidstid\n7. Lønn")
    assert not scan.has("working_hours") and not scan.has("salary")
    doc = Document(
        name="f",
        kind="docx",
        pages=[
            Page(
                number=1,
                lines=[
                    Line(text="Prøvetid |", page=1, block="table", cells=("Prøvetid", "")),
                    Line(text="Pauser | ___", page=1, block="table", cells=("Pauser", "___")),
                ],
            )
        ],
    )
    scan = scan_clauses(doc)
    assert not scan.has("probation") and not scan.has("breaks")


def test_to_be_agreed_states_nothing():
    assert not _scan("Arbeidsstad vert avtalt nærare før tiltreding.").has("work_location")
    assert _scan("Arbeidsstad: Hafstadvegen 10, 6800 Førde.").has("work_location")


def test_generic_words_in_prose_state_nothing():
    assert not _scan("The position requires a completed master's degree in marine biology.").has("job_title")
    assert _scan("Position: Marine Superintendent").has("job_title")
    assert not _scan("The agreement regulates general pay conditions; holiday pay is 12 %.").has("salary")
    assert not _scan("Bank account for salary payment: IBAN NO93 8601 1117 947").has("salary")
    assert _scan("Salary: NOK 61,250 per month").has("salary")
    assert not _scan("The diploma must be submitted before the start date.").has("start_date")
    doc = Document(
        name="f",
        kind="docx",
        pages=[
            Page(
                number=1,
                lines=[
                    Line(
                        text="Start | Primo May 2026",
                        page=1,
                        block="table",
                        cells=("Start", "Primo May 2026"),
                    ),
                ],
            )
        ],
    )
    assert scan_clauses(doc).has("start_date")


def test_holiday_pay_row_is_not_the_pay_schedule():
    doc = Document(
        name="f",
        kind="docx",
        pages=[
            Page(
                number=1,
                lines=[
                    Line(
                        text="Feriepenger | 10,2 %, utbetales ved fratredelse",
                        page=1,
                        block="table",
                        cells=("Feriepenger", "10,2 %, utbetales ved fratredelse"),
                    ),
                ],
            )
        ],
    )
    assert not scan_clauses(doc).has("pay_schedule")
    assert _scan("Lønnen utbetales den 20. hver måned.").has("pay_schedule")


def test_probation_length_read_across_a_line_break():
    hit = _scan("There is a probation period of six\nmonths. Notice during probation is 14 days.").get(
        "probation"
    )
    assert hit.values["months"] == 6


def test_norwegian_letters_survive_in_evidence():
    hit = _scan("Arbeidssted: Blåbærgrøt Ørsta Ålesund").get("work_location")
    assert hit.evidence[0].text == "Arbeidssted: Blåbærgrøt Ørsta Ålesund"


def test_probation_months_helper_without_number():
    assert probation_months("Prøvetid etter arbeidsmiljøloven") is None


if __name__ == "__main__":
    import json

    print(json.dumps(measure(), ensure_ascii=False, indent=2))
