"""Build the offercheck sample offers and their hand-written ground truth.

Run from the repository root:

    .venv/bin/python samples/build_samples.py

Every sample is declared below as a function that writes the document (PDF via
reportlab, DOCX via python-docx) and an ``EXPECTED`` dict written by hand from
the values put into that document.  The ground truth is *never* computed by
the analyzer.  Output is deterministic: reportlab runs in invariant mode and
DOCX zip members get a fixed timestamp, so re-running gives identical bytes.

Verdict rules used to hand-derive the expectations (as of 2026-06-01):
master floor NOK 599 200 / year, bachelor floor NOK 522 600 / year; see
samples/README.md.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

import kit.word
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from kit.orgnr import orgnr_valid, spaced
from kit.pdf import build_pdf, kv_table, serif_ttf
from kit.pdf import letter_styles as styles
from kit.pdf import para as P
from kit.registry import Registry
from kit.registry import main as kit_main
from kit.word import kv_table as docx_kv_table
from kit.word import new_docx, para
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Spacer, Table

OUT = Path(__file__).resolve().parent
AS_OF = "2026-06-01"
NBSP = "\u00a0"
REGISTRY = Registry(AS_OF)
sample = REGISTRY.sample
save_docx = partial(kit.word.save_docx, unix_mode=True)

# --------------------------------------------------------------------------- #
# Findings shorthands (hand-set per sample; these are just string constants)
# --------------------------------------------------------------------------- #
ALL_PASS = {
    "udi.employer": "pass",
    "udi.job_title": "pass",
    "udi.position": "pass",
    "udi.salary": "pass",
    "udi.salary_floor": "pass",
    "udi.start_date": "pass",
    "udi.work_location": "pass",
}


# =========================================================================== #
# 01 nb, PDF, prose letter, compliant master
# =========================================================================== #
@sample(
    "nb_tilbudsbrev_master",
    "pdf",
    {
        "as_of": AS_OF,
        "language": "nb",
        "fields": {
            "employer": "Fjordlys Teknologi AS",
            "employer_org_number": "923609016",
            "job_title": "Senior programvareutvikler",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 650000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 650000,
            "start_date": "2026-03-01",
            "end_date": None,
            "work_location": "Bergen",
            "degree_required": "master",
        },
        "verdict": "compliant",
        "findings": dict(ALL_PASS),
    },
)
def s01(path: Path) -> None:
    st = styles("Helvetica", "Helvetica-Bold")
    story = [
        P("Fjordlys Teknologi AS", st["h"]),
        P(f"Strandgaten 15, 5013 Bergen  ·  Org.nr. {spaced('923609016')}  ·  post@fjordlys.no", st["small"]),
        Spacer(1, 14),
        P("Bergen, 12. januar 2026", st["right"]),
        Spacer(1, 8),
        P("Ana Pereira\nRua das Flores 12\n4050-262 Porto\nPortugal", st["p"]),
        Spacer(1, 8),
        P("Tilbud om stilling som senior programvareutvikler", st["h2"]),
        P(
            "Vi viser til intervjuene i desember og har gleden av å tilby deg stillingen som senior "
            "programvareutvikler i Fjordlys Teknologi AS. Stillingen krever mastergrad i informatikk eller "
            "tilsvarende utdanning.",
            st["p"],
        ),
        P(
            "Stillingen er fast og på heltid (100 %), med en ukentlig arbeidstid på 37,5 timer. "
            "Arbeidssted er vårt kontor i Strandgaten 15, 5013 Bergen. Det gis anledning til noe hjemmekontor "
            "etter avtale med nærmeste leder.",
            st["p"],
        ),
        P(
            f"Lønn: kr 650{NBSP}000,- pr. år, som utbetales med 1/12 den 20. hver måned. I tillegg utbetales en "
            f"signeringsbonus på kr 50{NBSP}000,- ved tiltredelse. Feriepenger utgjør 12 % av feriepengegrunnlaget. "
            "Du blir innmeldt i selskapets innskuddspensjon (OTP) med 5 % av lønn. Overtid kompenseres med "
            "overtidstillegg på 40 %.",
            st["p"],
        ),
        P("Tiltredelse: etter avtale, senest 1. mars 2026.", st["p"]),
        P(
            "Det gjelder en prøvetid på seks måneder. Gjensidig oppsigelsesfrist er tre måneder etter "
            "prøvetiden. Nærmere vilkår fremgår av arbeidsavtalen som sendes ved aksept.",
            st["p"],
        ),
        P("Vi ber om skriftlig svar innen 26. januar 2026. Vi ser frem til å ha deg med på laget!", st["p"]),
        Spacer(1, 12),
        P("Med vennlig hilsen\nFjordlys Teknologi AS\n\nKari Nordmann\nHR-sjef", st["p"]),
    ]
    build_pdf(path, story, title="Tilbud om stilling", author="Fjordlys Teknologi AS")


# =========================================================================== #
# 02 nb, DOCX, Standard arbeidsavtale with real Word tables, compliant bachelor
# =========================================================================== #
@sample(
    "nb_standard_arbeidsavtale_bachelor",
    "docx",
    {
        "as_of": AS_OF,
        "language": "nb",
        "fields": {
            "employer": "Nordkapp Kraftnett AS",
            "employer_org_number": "983421172",
            "job_title": "Elkraftingeniør",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 545000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 545000,
            "start_date": "2026-04-01",
            "end_date": None,
            "work_location": "Tromsø",
            "degree_required": "bachelor",
        },
        "verdict": "compliant",
        "findings": dict(ALL_PASS),
    },
)
def s02(path: Path) -> None:
    doc = new_docx("Arial", 10)
    para(doc, "STANDARD ARBEIDSAVTALE", bold=True, size=16)
    para(doc, "Bokmål – for fast eller midlertidig ansettelse. Se veiledning på side 2.", size=9)
    para(doc, "1. Arbeidsgiver/virksomhet", bold=True)
    docx_kv_table(
        doc,
        [
            ("Navn", "Nordkapp Kraftnett AS"),
            ("Org.nr.", spaced("983421172")),
            ("Adresse", "Sjøgata 3, 9008 Tromsø"),
            ("Daglig leder", "Siri Johansen"),
        ],
    )
    para(doc, "2. Arbeidstaker", bold=True)
    docx_kv_table(
        doc,
        [
            ("Navn", "Rahul Mehta"),
            ("Adresse", "14 Baner Road, 411045 Pune, India"),
            ("Fødselsdato", "14.02.1991"),
        ],
    )
    para(doc, "3. Arbeidssted", bold=True)
    docx_kv_table(
        doc,
        [
            ("Arbeidssted (adresse)", "Nettkontoret Breivika, Breivikveien 40, 9019 Tromsø"),
        ],
    )
    para(doc, "4. Stilling", bold=True)
    docx_kv_table(
        doc,
        [
            ("Stillingstittel", "Elkraftingeniør"),
            (
                "Arbeidsoppgaver",
                "Planlegging og prosjektering av distribusjonsnett, feilanalyse og beredskap.",
            ),
            ("Krav til utdanning", "Bachelorgrad i elektroingeniørfag (elkraft)"),
        ],
    )
    para(doc, "5. Ansettelsesforholdets varighet", bold=True)
    docx_kv_table(
        doc,
        [
            ("Ansatt fra", "01.04.2026"),
            ("Fast ansettelse", "Ja"),
            ("Eventuelt til (ved midlertidig ansettelse)", ""),
            ("Prøvetid", "6 måneder"),
            ("Oppsigelsesfrist", "3 måneder (1 måned i prøvetiden)"),
        ],
    )
    para(doc, "6. Arbeidstid", bold=True)
    docx_kv_table(
        doc,
        [
            ("Ukentlig arbeidstid", "37,5 timer"),
            ("Stillingsprosent", "100 %"),
            ("Daglig arbeidstid", "07:30–15:00, mandag–fredag"),
            ("Pauser", "30 minutter, betalt"),
        ],
    )
    para(doc, "7. Lønn", bold=True)
    docx_kv_table(
        doc,
        [
            ("Lønn pr. år", "kr. 545.000"),
            ("Utbetaling", "Den 20. hver måned til oppgitt konto"),
            ("Overtidstillegg", "40 %"),
            ("Feriepenger", "12 % av feriepengegrunnlaget, jf. ferieloven"),
            ("Pensjon", "OTP 2 % av lønn"),
        ],
    )
    para(doc, "8. Tariffavtale", bold=True)
    docx_kv_table(doc, [("Tariffavtale", "Virksomheten er ikke bundet av tariffavtale")])
    para(doc, "9. Underskrifter", bold=True)
    docx_kv_table(
        doc,
        [
            ("Sted og dato", "Tromsø, 02.03.2026"),
            ("Arbeidsgiver", "Siri Johansen"),
            ("Arbeidstaker", "Rahul Mehta"),
        ],
    )
    save_docx(doc, path)


# =========================================================================== #
# 03 en, DOCX, letter; the employer name is only in the page header
# =========================================================================== #
@sample(
    "en_offer_letter_header_employer",
    "docx",
    {
        "as_of": AS_OF,
        "language": "en",
        "fields": {
            "employer": "Nordlys Analytics AS",
            "employer_org_number": "987654120",
            "job_title": "Data Scientist",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 720000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 720000,
            "start_date": "2026-04-01",
            "end_date": None,
            "work_location": "Trondheim",
            "degree_required": "master",
        },
        "verdict": "compliant",
        "findings": dict(ALL_PASS),
    },
)
def s03(path: Path) -> None:
    doc = new_docx("Calibri", 11)
    hdr = doc.sections[0].header
    hp = hdr.paragraphs[0]
    r = hp.add_run("NORDLYS ANALYTICS AS")
    r.bold = True
    r.font.size = Pt(14)
    hp2 = hdr.add_paragraph(
        f"Org. no. {spaced('987654120')}  |  Kongens gate 9, 7011 Trondheim  |  www.nordlys-analytics.no"
    )
    hp2.runs[0].font.size = Pt(8)
    ftr = doc.sections[0].footer
    ftr.paragraphs[0].text = "Confidential – offer of employment"
    para(doc, "Trondheim, 15 January 2026", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Ms. Mei Chen\n88 Jalan Ampang\n50450 Kuala Lumpur\nMalaysia")
    para(doc, "Offer of employment", bold=True, size=13)
    para(doc, "Dear Ms. Chen,")
    para(
        doc,
        "Following our recent conversations, we are pleased to offer you the position of Data Scientist "
        "in our analytics team. The position requires a master's degree in statistics, computer science "
        "or a related field.",
    )
    para(doc, "The main terms of the offer are:")
    for line in [
        "Start date: 1st of April 2026, or earlier by mutual agreement.",
        "Place of work: our office at Kongens gate 9, 7011 Trondheim.",
        "Working hours: full-time, 37.5 hours per week.",
        "Annual base salary: NOK 720,000 gross, paid monthly.",
        "Relocation allowance: NOK 60,000, paid once with your first salary.",
        "Pension: the Company contributes 5 % of salary to the occupational pension scheme.",
        "Holiday pay: 12 % of the holiday pay basis, in accordance with the Holidays Act.",
        "The position is permanent, with a probation period of six months.",
    ]:
        doc.add_paragraph(line, style="List Bullet")
    para(
        doc,
        "This offer is conditional on a residence permit being granted by the Norwegian Directorate of "
        "Immigration (UDI). We will support you throughout the application process.",
    )
    para(doc, "Please reply by 30 January 2026 by signing and returning a copy of this letter.")
    para(doc, "Kind regards,\nfor the Company\n\nErik Hansen\nChief Technology Officer")
    para(doc, "Accepted: ____________________   Date: ______________")
    save_docx(doc, path)


# =========================================================================== #
# 04 en, PDF, two-page contract, letterhead (group head office) on every page,
#    employer is a subsidiary with its own org number, workplace elsewhere
# =========================================================================== #
@sample(
    "en_contract_two_page_letterhead",
    "pdf",
    {
        "as_of": AS_OF,
        "language": "en",
        "fields": {
            "employer": "Polar Subsea Bodø AS",
            "employer_org_number": "931502867",
            "job_title": "Subsea Control Systems Engineer",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 612000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 612000,
            "start_date": "2026-03-01",
            "end_date": None,
            "work_location": "Bodø",
            "degree_required": "master",
        },
        "verdict": "compliant",
        "findings": dict(ALL_PASS),
    },
)
def s04(path: Path) -> None:
    st = styles("Helvetica", "Helvetica-Bold", 10)

    def on_page(c: Any, doc: Any) -> None:
        w, h = A4
        c.saveState()
        c.setFont("Helvetica-Bold", 13)
        c.drawString(2.2 * cm, h - 1.5 * cm, "POLAR SUBSEA GROUP")
        c.setFont("Helvetica", 8)
        c.drawString(
            2.2 * cm,
            h - 1.95 * cm,
            f"Head office: Strandveien 50, 1366 Lysaker, Norway  ·  Org. no. {spaced('974213583')}",
        )
        c.line(2.2 * cm, h - 2.15 * cm, w - 2.2 * cm, h - 2.15 * cm)
        c.line(2.2 * cm, 1.6 * cm, w - 2.2 * cm, 1.6 * cm)
        c.drawString(
            2.2 * cm,
            1.2 * cm,
            "Polar Subsea Group AS  ·  Strandveien 50, 1366 Lysaker  ·  www.polarsubsea.no",
        )
        c.drawRightString(w - 2.2 * cm, 1.2 * cm, f"Page {doc.page} of 2")
        c.restoreState()

    sec = [
        (
            "1. Parties",
            f"Employer: Polar Subsea Bodø AS, org. no. {spaced('931502867')}, Kystveien 8, 8006 Bodø "
            '(the "Employer"), a wholly owned subsidiary of Polar Subsea Group AS.\n'
            'Employee: Tomasz Nowak, ul. Dluga 5, 80-827 Gdansk, Poland (the "Employee").',
        ),
        (
            "2. Position",
            "The Employee is employed as Subsea Control Systems Engineer. The position requires a master's "
            "degree (MSc) in engineering cybernetics, electrical engineering or an equivalent field. The Employee "
            "reports to the Head of Engineering.",
        ),
        (
            "3. Place of work",
            "The Employee's place of work is the Employer's workshop and office at Kystveien 8, 8006 Bodø. "
            "Short assignments at customer sites and offshore installations may occur.",
        ),
        (
            "4. Commencement and duration",
            "The employment commences on March 1, 2026 and is permanent. There is a probation period of six "
            "months, during which the notice period is one month.",
        ),
        (
            "5. Working hours",
            "This is a full-time position of 37.5 hours per week, normally Monday to Friday 08:00–15:45 "
            "including a paid lunch break of 30 minutes.",
        ),
        (
            "6. Remuneration",
            "The annual base salary is NOK 612,000.00, paid monthly in arrears on the 25th of each month. "
            "The Employer pays a one-off relocation allowance of NOK 80,000.00 and covers the return flight "
            "from Gdansk. Overtime is compensated with an overtime supplement of 40 % of the hourly rate. "
            "Holiday pay is 12 % of the holiday pay basis. The Employer contributes 5 % of salary between "
            "1 G and 12 G to the mandatory occupational pension (OTP).",
        ),
        (
            "7. Holidays",
            "The Employee is entitled to five weeks of holiday per year in accordance with the Holidays Act "
            "and the Employer's holiday policy.",
        ),
        (
            "8. Notice",
            "After the probation period the mutual notice period is three months, counted from the first day "
            "of the month following the notice. Notice shall be given in writing.",
        ),
        (
            "9. Confidentiality and intellectual property",
            "The Employee shall keep confidential all information about the Employer's and the group's business "
            "which the Employee obtains through the employment. This duty continues after the employment ends. "
            "All results of the Employee's work belong to the Employer.",
        ),
        (
            "10. Collective agreement",
            "The Employer is not bound by a collective agreement at the time this contract is signed.",
        ),
        (
            "11. Other terms",
            "The Employer's personnel handbook applies as amended from time to time. Training and skills "
            "development are offered in accordance with the annual development plan. The Employer pays "
            "occupational injury insurance and travel insurance for the Employee.",
        ),
    ]
    story = [Spacer(1, 6), P("EMPLOYMENT CONTRACT", st["h"]), P("Lysaker, February 2, 2026", st["p"])]
    for i, (h, body) in enumerate(sec):
        if i == 7:
            story.append(PageBreak())
        story += [P(h, st["h2"]), P(body, st["p"])]
    story += [
        P("12. Signatures", st["h2"]),
        P("This contract is signed in two copies, one for each party.", st["p"]),
        Spacer(1, 8),
        Table(
            [
                [P("Bodø, 20 February 2026", st["cell"]), P("Bodø, 20 February 2026", st["cell"])],
                [
                    P("For the Employer\nIngrid Solberg, General Manager", st["cell"]),
                    P("The Employee\nTomasz Nowak", st["cell"]),
                ],
            ],
            colWidths=[8 * cm, 8 * cm],
        ),
    ]
    build_pdf(
        path,
        story,
        margins=(2.2 * cm, 2.2 * cm, 2.8 * cm, 2.2 * cm),
        on_first=on_page,
        on_later=on_page,
        title="Employment contract",
        author="Polar Subsea Group",
    )


# =========================================================================== #
# 05 nb, PDF (Times), prose letter, master-level salary below floor
# =========================================================================== #
@sample(
    "nb_under_minstelonn",
    "pdf",
    {
        "as_of": AS_OF,
        "language": "nb",
        "fields": {
            "employer": "Havbris Sjømat AS",
            "employer_org_number": "812765434",
            "job_title": "Prosessingeniør",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 560000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 560000,
            "start_date": "2026-05-04",
            "end_date": None,
            "work_location": "Ålesund",
            "degree_required": "master",
        },
        "verdict": "non_compliant",
        "findings": {**ALL_PASS, "udi.salary_floor": "fail"},
    },
)
def s05(path: Path) -> None:
    st = styles("Times-Roman", "Times-Bold", 11.5)
    story = [
        Table(
            [
                [
                    P("HAVBRIS SJØMAT AS", st["h"]),
                    P(f"Havnegata 22\n6002 Ålesund\nOrg.nr. {spaced('812765434')} MVA", st["right"]),
                ]
            ],
            colWidths=[9 * cm, 7.5 * cm],
        ),
        Spacer(1, 16),
        P("Ålesund, 10. mars 2026", st["p"]),
        P("Til: Juan Carlos Ortega, Calle Mayor 3, 15001 A Coruña, Spania", st["p"]),
        Spacer(1, 6),
        P("TILBUD OM ANSETTELSE", st["h2"]),
        P(
            "Vi viser til intervju 2. mars og har gleden av å tilby deg fast stilling som prosessingeniør "
            "ved vårt anlegg. Stillingen krever mastergrad (sivilingeniør) innen kjemi eller prosessteknikk.",
            st["p"],
        ),
        P("Arbeidssted: Havnegata 22, 6002 Ålesund.", st["p"]),
        P("Stillingen er på heltid, 37,5 timer per uke, dagtid.", st["p"]),
        P(
            "Årslønn: kr 560 000. Lønnen utbetales den 12. hver måned. Vi dekker flyttekostnader med inntil "
            "kr 40 000 mot dokumentasjon. Overtidstillegg er 40 %, og feriepenger beregnes med 12 %.",
            st["p"],
        ),
        P("Tiltredelse: 4. mai 2026.", st["p"]),
        P(
            "Stillingen har seks måneders prøvetid. Selskapet har innskuddspensjon med 2 % av lønn i "
            "samsvar med OTP-loven.",
            st["p"],
        ),
        P("Svar innen 24. mars 2026.", st["p"]),
        Spacer(1, 10),
        P("Vennlig hilsen\nHavbris Sjømat AS\nOla Vik, daglig leder", st["p"]),
    ]
    build_pdf(path, story, margins=(2.5 * cm, 2.5 * cm, 2 * cm, 2 * cm), title="Tilbud om ansettelse")


# =========================================================================== #
# 06 nn, PDF (embedded TTF), prose letter, compliant master, "tiltreding"
# =========================================================================== #
@sample(
    "nn_tilbodsbrev_master",
    "pdf",
    {
        "as_of": AS_OF,
        "language": "nn",
        "fields": {
            "employer": "Sunnfjord Kraftlag AS",
            "employer_org_number": "927135647",
            "job_title": "Senioringeniør",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 640000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 640000,
            "start_date": "2026-03-01",
            "end_date": None,
            "work_location": "Førde",
            "degree_required": "master",
        },
        "verdict": "compliant",
        "findings": dict(ALL_PASS),
    },
)
def s06(path: Path) -> None:
    font, bold = serif_ttf()
    st = styles(font, bold, 10.5)
    story = [
        P("Sunnfjord Kraftlag AS", st["h"]),
        P(f"Organisasjonsnummer {spaced('927135647')}", st["small"]),
        Spacer(1, 18),
        P("Førde, 5. januar 2026", st["right"]),
        P("Aisha Bello\nPlot 14, Admiralty Way\nLekki, Lagos\nNigeria", st["p"]),
        Spacer(1, 6),
        P("Tilbod om stilling", st["h2"]),
        P(
            "Vi viser til søknaden din og samtalane i desember, og har gleda av å tilby deg stilling hjå oss. "
            "Du blir tilsett som senioringeniør. Du vil arbeide i avdelinga for nettplanlegging. "
            "Stillinga krev mastergrad i elkraft eller tilsvarande.",
            st["p"],
        ),
        P("Arbeidsstad: Hafstadvegen 10, 6800 Førde.", st["p"]),
        P("Stillinga er på 100 %, med arbeidstid 37,5 timar per veke. Stillinga er fast.", st["p"]),
        P(
            f"Løn: 640{NBSP}000 kroner i året. Løna vert utbetalt den 20. kvar månad. Feriepengar: 12 %. "
            "Overtidstillegg: 40 %. Tenestepensjon: 5 % av løn.",
            st["p"],
        ),
        P("Vi ønskjer tiltreding 1. mars 2026. Det er seks månader prøvetid.", st["p"]),
        P("Gje oss svar innan 19. januar 2026.", st["p"]),
        Spacer(1, 10),
        P("Med helsing\nSunnfjord Kraftlag AS\n\nLiv Hjelmeland\npersonalsjef", st["p"]),
    ]
    build_pdf(path, story, title="Tilbod om stilling")


# =========================================================================== #
# 07 nn, DOCX, prose letter, 60 % part-time (position fail, floor fail)
# =========================================================================== #
@sample(
    "nn_deltid_60",
    "docx",
    {
        "as_of": AS_OF,
        "language": "nn",
        "fields": {
            "employer": "Ørsta Bibliotekteneste AS",
            "employer_org_number": "918432760",
            "job_title": "Bibliotekar",
            "position_percentage": 60,
            "weekly_hours": 22.5,
            "salary": {"amount": 396000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 396000,
            "start_date": "2026-08-01",
            "end_date": None,
            "work_location": "Ørsta",
            "degree_required": "master",
        },
        "verdict": "non_compliant",
        "findings": {**ALL_PASS, "udi.position": "fail", "udi.salary_floor": "fail"},
    },
)
def s07(path: Path) -> None:
    doc = new_docx("Georgia", 11)
    para(doc, "Ørsta Bibliotekteneste AS", bold=True, size=15)
    para(doc, f"Org.nr. {spaced('918432760')}", size=9)
    para(doc, "Ørsta, 18. mai 2026", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Tilbod om deltidsstilling", bold=True, size=12)
    para(doc, "Hei Priya,")
    para(
        doc,
        "Takk for ein god samtale. Vi har gleda av å tilby deg stilling hjå oss. Du blir tilsett som "
        "bibliotekar i 60 % stilling. Stillinga krev mastergrad i bibliotek- og informasjonsvitskap.",
    )
    para(doc, "Arbeidsstad: Ørsta. Arbeidstida er 22,5 timar per veke, fordelt på tre dagar.")
    para(
        doc,
        "Løna er 396 000 kroner i året (tilsvarer 660 000 kroner i heil stilling). Feriepengar vert "
        "utbetalte etter ferielova, 12 %.",
    )
    para(doc, "Tiltreding: 01.08.2026. Stillinga er fast, med seks månader prøvetid.")
    para(doc, "Gje oss svar innan 1. juni 2026.")
    para(doc, "Med venleg helsing\nØrsta Bibliotekteneste AS\nGunnhild Ose, dagleg leiar")
    save_docx(doc, path)


# =========================================================================== #
# 08 nb, PDF, letter, 80 % post: actual pay under floor, FTE above -> review
# =========================================================================== #
@sample(
    "nb_80_prosent_fte",
    "pdf",
    {
        "as_of": AS_OF,
        "language": "nb",
        "fields": {
            "employer": "Lofoten Marin Forskning AS",
            "employer_org_number": "981246756",
            "job_title": "Forsker",
            "position_percentage": 80,
            "weekly_hours": 30,
            "salary": {"amount": 520000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 520000,
            "start_date": "2026-06-01",
            "end_date": None,
            "work_location": "Svolvær",
            "degree_required": "master",
        },
        "verdict": "incomplete",
        "findings": {**ALL_PASS, "udi.salary_floor": "review"},
    },
)
def s08(path: Path) -> None:
    st = styles("Helvetica", "Helvetica-Bold", 10)
    story = [
        P("Lofoten Marin Forskning AS", st["h"]),
        P(f"Fiskergata 4, 8300 Svolvær  |  Org.nr. {spaced('981246756')}", st["small"]),
        Spacer(1, 20),
        P("Vår dato: 20. april 2026", st["p"]),
        P("TILBUD OM STILLING – FORSKER (80 %)", st["h2"]),
        P(
            "Vi har gleden av å tilby deg stilling som forsker ved Lofoten Marin Forskning AS. "
            "Stillingen krever mastergrad i marin biologi eller tilsvarende.",
            st["p"],
        ),
        kv_table(
            [
                ("Stilling", "Forsker"),
                ("Stillingsprosent", "80 %, tilsvarende 30 timer per uke"),
                ("Arbeidssted", "Fiskergata 4, 8300 Svolvær"),
                ("Tiltredelse", "1. juni 2026"),
                ("Ansettelsesform", "Fast ansettelse"),
                ("Lønn", "kr 520 000 pr. år (80 % av årslønn kr 650 000 i 100 % stilling)"),
                ("Feriepenger", "12 %"),
                ("Pensjon", "Innskuddspensjon 5 % av lønn"),
            ],
            st,
            grid=False,
        ),
        Spacer(1, 8),
        P("Vi ber om svar innen 30. april 2026. Arbeidsavtale utstedes ved aksept.", st["p"]),
        Spacer(1, 10),
        P("Med vennlig hilsen\nMarte Eliassen\nforskningsleder", st["p"]),
    ]
    build_pdf(path, story, title="Tilbud om stilling")


# =========================================================================== #
# 09 nb, DOCX, letter whose salary sits in a Word table (monthly salary)
# =========================================================================== #
@sample(
    "nb_maanedslonn_tabell",
    "docx",
    {
        "as_of": AS_OF,
        "language": "nb",
        "fields": {
            "employer": "Ishavskysten Rådgivning AS",
            "employer_org_number": "976341821",
            "job_title": "Miljørådgiver",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 54166.67, "currency": "NOK", "period": "month"},
            "annual_salary_nok": 650000.04,
            "start_date": "2026-03-01",
            "end_date": None,
            "work_location": "Alta",
            "degree_required": "master",
        },
        "verdict": "compliant",
        "findings": dict(ALL_PASS),
    },
)
def s09(path: Path) -> None:
    doc = new_docx("Cambria", 11)
    para(doc, "Ishavskysten Rådgivning AS", bold=True, size=16)
    para(doc, f"Markveien 3, 9510 Alta · org.nr. {spaced('976341821')}", size=9)
    para(doc, "Alta, 28. januar 2026", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Tilbud om fast stilling som miljørådgiver", bold=True, size=12)
    para(doc, "Kjære Olena Kovalenko,")
    para(
        doc,
        "Vi har gleden av å tilby deg fast stilling som miljørådgiver i vårt kontor i Alta. "
        "Stillingen krever mastergrad i miljøfag, naturforvaltning eller tilsvarende.",
    )
    para(
        doc,
        "Stillingen er fast og på heltid. Normal arbeidstid er 7,5 timer per dag, mandag–fredag. "
        "Arbeidssted er Markveien 3, 9510 Alta.",
    )
    para(doc, "Lønn og godtgjørelser:", bold=True)
    docx_kv_table(
        doc,
        [
            ("Månedslønn", f"kr 54{NBSP}166,67"),
            ("Signeringsbonus", f"kr 25{NBSP}000 (engangsbeløp ved tiltredelse)"),
            ("Feriepenger", "12 %"),
            ("Pensjon (OTP)", "2 % av lønn"),
            ("Overtidstillegg", "40 %"),
        ],
        style="Light Grid Accent 1",
    )
    para(doc, "")
    para(doc, "Tiltredelse: 1. mars 2026. Prøvetiden er seks måneder.")
    para(doc, "Vi ber om svar innen 6. februar 2026.")
    para(doc, "Med vennlig hilsen\nIshavskysten Rådgivning AS\nTrond Isaksen\ndaglig leder")
    save_docx(doc, path)


# =========================================================================== #
# 10 en, PDF (LETTER page), hourly wage, ISO dates, bachelor
# =========================================================================== #
@sample(
    "en_hourly_wage",
    "pdf",
    {
        "as_of": AS_OF,
        "language": "en",
        "fields": {
            "employer": "Hardanger Cider Works AS",
            "employer_org_number": "928765431",
            "job_title": "Quality Assurance Engineer",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 320, "currency": "NOK", "period": "hour"},
            "annual_salary_nok": 624000,
            "start_date": "2026-03-01",
            "end_date": None,
            "work_location": "Øystese",
            "degree_required": "bachelor",
        },
        "verdict": "compliant",
        "findings": dict(ALL_PASS),
    },
)
def s10(path: Path) -> None:
    st = styles("Helvetica", "Helvetica-Bold", 10.5)
    story = [
        Table(
            [
                [
                    P("Hardanger Cider Works AS", st["h"]),
                    P("Date: 2026-01-20\nOur ref.: HR-2026-014", st["right"]),
                ]
            ],
            colWidths=[10 * cm, 6.5 * cm],
        ),
        P(f"Fjordvegen 120, 5610 Øystese, Norway · Business reg. no. {spaced('928765431')}", st["small"]),
        Spacer(1, 18),
        P("Mr. Daniel Okafor\n12 Marina Road\nAccra, Ghana", st["p"]),
        Spacer(1, 6),
        P("Job offer – Quality Assurance Engineer", st["h2"]),
        P("Dear Daniel,", st["p"]),
        P(
            "We are happy to offer you a permanent, full-time position as Quality Assurance Engineer at our "
            "production site. The position requires a bachelor's degree in food technology, chemistry or a "
            "similar field.",
            st["p"],
        ),
        P(
            "Your place of work will be our cider house at Fjordvegen 120, 5610 Øystese. Ordinary working "
            "hours are 37.5 hours per week.",
            st["p"],
        ),
        P(
            "Your hourly wage will be NOK 320.00 per hour. Overtime is paid with an overtime supplement of 40 % "
            "of the hourly wage. Holiday pay is 12 % and is paid in June of the following year. Seasonal "
            "harvest work in September–October may be paid at NOK 350.00 per hour when you work weekends.",
            st["p"],
        ),
        P("Start date: 2026-03-01.", st["p"]),
        P("Please reply by 2026-02-03. We look forward to welcoming you to Hardanger!", st["p"]),
        Spacer(1, 10),
        P("Best regards\nHardanger Cider Works AS\nSolveig Aarhus, Operations Manager", st["p"]),
    ]
    build_pdf(path, story, pagesize=LETTER, title="Job offer")


# =========================================================================== #
# 11 nb, DOCX, letter with no start date (only "etter nærmere avtale")
# =========================================================================== #
@sample(
    "nb_mangler_tiltredelse",
    "docx",
    {
        "as_of": AS_OF,
        "language": "nb",
        "fields": {
            "employer": "Trøndelag Bygg og Anlegg AS",
            "employer_org_number": "920184677",
            "job_title": "Prosjektleder",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 680000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 680000,
            "start_date": None,
            "end_date": None,
            "work_location": "Trondheim",
            "degree_required": "bachelor",
        },
        "verdict": "incomplete",
        "findings": {**ALL_PASS, "udi.start_date": "missing"},
    },
)
def s11(path: Path) -> None:
    doc = new_docx("Calibri", 11)
    para(doc, "Trøndelag Bygg og Anlegg AS", bold=True, size=14)
    para(doc, f"Org.nr.: {spaced('920184677')}", size=9)
    para(doc, "Trondheim, 3. februar 2026")
    para(doc, "Tilbud om stilling som prosjektleder", bold=True, size=12)
    para(doc, "Hei Mohammed,")
    para(
        doc,
        "Takk for hyggelige samtaler. Vi har gleden av å tilby deg stillingen som prosjektleder i "
        "avdeling Boligprosjekter. Stillingen krever bachelorgrad i byggingeniørfag eller tilsvarende.",
    )
    para(
        doc,
        "Arbeidssted: Sluppenvegen 17, 7037 Trondheim, med jevnlige besøk på våre byggeplasser i regionen.",
    )
    para(doc, "Stillingen er fast og på heltid, 37,5 timer per uke.")
    para(
        doc,
        "Årslønn: NOK 680 000. Lønnen vurderes første gang 1. januar 2027. Firmabil stilles til "
        "disposisjon. Feriepenger 12 %, overtidstillegg 40 %.",
    )
    para(doc, "Tiltredelse: etter nærmere avtale.")
    para(doc, "Vi ber om svar innen 17. februar 2026.")
    para(doc, "Med vennlig hilsen\nTrøndelag Bygg og Anlegg AS\nHans Petter Lund\nprosjektdirektør")
    save_docx(doc, path)


# =========================================================================== #
# 12 en, PDF, letter with no salary (signing bonus only) -> salary missing
# =========================================================================== #
@sample(
    "en_missing_salary",
    "pdf",
    {
        "as_of": AS_OF,
        "language": "en",
        "fields": {
            "employer": "Aurora Health Systems AS",
            "employer_org_number": "917653208",
            "job_title": "Clinical Software Specialist",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": None,
            "annual_salary_nok": None,
            "start_date": "2026-03-16",
            "end_date": None,
            "work_location": "Tromsø",
            "degree_required": "master",
        },
        "verdict": "incomplete",
        "findings": {**ALL_PASS, "udi.salary": "missing", "udi.salary_floor": "missing"},
    },
)
def s12(path: Path) -> None:
    st = styles("Times-Roman", "Times-Bold", 11)
    story = [
        P("Aurora Health Systems AS", st["h"]),
        P(f"Org. no. {spaced('917653208')}", st["small"]),
        Spacer(1, 14),
        P("Tromsø, 9 February 2026", st["p"]),
        P("Dear Dr. Nguyen,", st["p"]),
        P("Offer of employment", st["h2"]),
        P(
            "We are delighted to offer you the role of Clinical Software Specialist at Aurora Health Systems AS. "
            "The role requires a master's degree in health informatics, computer science or a related discipline.",
            st["p"],
        ),
        P("Place of work: Sykehusvegen 23, 9019 Tromsø.", st["p"]),
        P("This is a permanent full-time position (37.5 hours per week).", st["p"]),
        P(
            "Salary will be set in accordance with our internal pay scale and agreed with you before the start "
            "date. On signing you will receive a signing bonus of NOK 30,000. We contribute 5 % of salary to "
            "your pension, and holiday pay is 12 %.",
            st["p"],
        ),
        P("The start date is 16 March 2026.", st["p"]),
        P("Please reply by 20 February 2026.", st["p"]),
        Spacer(1, 8),
        P("Yours sincerely,\nAurora Health Systems AS\nLinn Mathisen, Head of People", st["p"]),
    ]
    build_pdf(path, story, title="Offer of employment")


# =========================================================================== #
# 13 nn, DOCX, no work location stated at all -> missing
# =========================================================================== #
@sample(
    "nn_manglar_arbeidsstad",
    "docx",
    {
        "as_of": AS_OF,
        "language": "nn",
        "fields": {
            "employer": "Fjordfisk Sogn AS",
            "employer_org_number": "982317649",
            "job_title": "Fiskehelsebiolog",
            "position_percentage": 100,
            "salary": {"amount": 615000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 615000,
            "start_date": "2026-04-01",
            "end_date": None,
            "work_location": None,
            "degree_required": "master",
        },
        "verdict": "incomplete",
        "findings": {**ALL_PASS, "udi.work_location": "missing"},
    },
)
def s13(path: Path) -> None:
    doc = new_docx("Times New Roman", 12)
    para(doc, "FJORDFISK SOGN AS", bold=True, size=14)
    para(doc, f"Org.nr. {spaced('982317649')}", size=9)
    para(doc, "Dato: 2. mars 2026")
    para(doc, "Tilbod om tilsetjing", bold=True, size=13)
    para(
        doc,
        "Vi viser til intervju og referansesjekk, og har gleda av å tilby deg fast stilling. "
        "Du blir tilsett som fiskehelsebiolog. Stillinga krev mastergrad i fiskehelse eller akvamedisin.",
    )
    para(doc, "Stillinga er på 100 %.")
    para(doc, "Løn: 615 000 kroner i året, utbetalt den 15. kvar månad. Feriepengar 12 %.")
    para(doc, "Tiltreding: 1. april 2026.")
    para(doc, "Arbeidsstad vert avtalt nærare før tiltreding.")
    para(doc, "Gje oss svar innan 16. mars 2026.")
    para(doc, "Med helsing\nFjordfisk Sogn AS\nEinar Bøe, dagleg leiar")
    save_docx(doc, path)


# =========================================================================== #
# 14 nb, PDF, no degree requirement stated, salary between floors -> review
# =========================================================================== #
@sample(
    "nb_utdanning_ukjent",
    "pdf",
    {
        "as_of": AS_OF,
        "language": "nb",
        "fields": {
            "employer": "Salten Logistikk AS",
            "employer_org_number": "934275810",
            "job_title": "Logistikkplanlegger",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 560000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 560000,
            "start_date": "2026-03-02",
            "end_date": None,
            "work_location": "Bodø",
            "degree_required": None,
        },
        "verdict": "incomplete",
        "findings": {**ALL_PASS, "udi.salary_floor": "review"},
    },
)
def s14(path: Path) -> None:
    st = styles("Helvetica", "Helvetica-Bold", 10.5)
    story = [
        P("Salten Logistikk AS", st["h"]),
        P(f"Org.nr. {spaced('934275810')}", st["small"]),
        Spacer(1, 12),
        P("Bodø, 2. februar 2026", st["p"]),
        P("Tilbud om stilling", st["h2"]),
        P(
            "Vi har gleden av å tilby deg stillingen som logistikkplanlegger hos Salten Logistikk AS. "
            "Relevant erfaring fra lager og transport er en fordel.",
            st["p"],
        ),
        P("Arbeidssted: Terminalveien 6, 8006 Bodø.", st["p"]),
        P("Stillingen er fast og på heltid med 37,5 timer per uke.", st["p"]),
        P(
            "Lønn: kr 560 000 pr. år. I tillegg kommer feriepenger med 12 % og overtidstillegg på 40 % "
            "ved pålagt overtid.",
            st["p"],
        ),
        P("Oppstart: 2. mars 2026.", st["p"]),
        P("Vi ber om svar innen 9. februar 2026.", st["p"]),
        Spacer(1, 8),
        P("Med vennlig hilsen\nSalten Logistikk AS\nBjørn Olsen", st["p"]),
    ]
    build_pdf(path, story, title="Tilbud om stilling")


# =========================================================================== #
# 15 en, DOCX, salary in EUR -> review
# =========================================================================== #
@sample(
    "en_salary_eur",
    "docx",
    {
        "as_of": AS_OF,
        "language": "en",
        "fields": {
            "employer": "Skagerrak Offshore Services AS",
            "employer_org_number": "912098362",
            "job_title": "Structural Engineer",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 62000, "currency": "EUR", "period": "year"},
            "start_date": "2026-05-04",
            "end_date": None,
            "work_location": "Arendal",
            "degree_required": "master",
        },
        "verdict": "incomplete",
        "findings": {**ALL_PASS, "udi.salary": "review", "udi.salary_floor": "review"},
    },
)
def s15(path: Path) -> None:
    doc = new_docx("Arial", 10.5)
    para(doc, "Skagerrak Offshore Services AS", bold=True, size=15)
    para(doc, f"Langbryggen 5, 4841 Arendal · Organisation number {spaced('912098362')}", size=9)
    para(doc, "April 7, 2026")
    para(doc, "Letter of offer", bold=True, size=13)
    para(doc, "Dear Mr. Fernandes,")
    para(
        doc,
        "We are pleased to confirm our offer for the position of Structural Engineer. The position "
        "requires a master's degree in structural or civil engineering.",
    )
    docx_kv_table(
        doc,
        [
            ("Employer", "Skagerrak Offshore Services AS"),
            ("Position", "Structural Engineer"),
            ("Place of work", "Langbryggen 5, 4841 Arendal"),
            ("Start date", "May 4, 2026"),
            ("Type of employment", "Permanent, full-time (37.5 hours per week)"),
            ("Annual gross salary", "EUR 62,000"),
            ("Relocation package", "EUR 5,000"),
            ("Pension", "OTP 2 % of salary"),
        ],
        style="Light List Accent 1",
    )
    para(doc, "")
    para(doc, "Please reply by April 21, 2026.")
    para(doc, "Kind regards,\nSkagerrak Offshore Services AS\nMarius Tønnessen, HR Manager")
    save_docx(doc, path)


# =========================================================================== #
# 16 nb, PDF drawn with canvas (Courier), written WITHOUT æøå
# =========================================================================== #
@sample(
    "nb_uten_spesialtegn",
    "pdf",
    {
        "as_of": AS_OF,
        "language": "nb",
        "fields": {
            "employer": "Nidaros Datasystemer AS",
            "employer_org_number": "925478318",
            "job_title": "Systemutvikler",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 615000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 615000,
            "start_date": "2026-09-01",
            "end_date": None,
            "work_location": "Stavanger",
            "degree_required": "master",
        },
        "verdict": "compliant",
        "findings": dict(ALL_PASS),
    },
)
def s16(path: Path) -> None:
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Arbeidsavtale")
    c.setAuthor("Nidaros Datasystemer AS")
    w, h = A4
    y = h - 2.5 * cm
    lines = [
        ("Courier-Bold", 14, "ARBEIDSAVTALE"),
        ("Courier", 10, ""),
        ("Courier", 10, "Arbeidsgiver:       Nidaros Datasystemer AS"),
        ("Courier", 10, f"Org.nr:             {'925478318'}"),
        ("Courier", 10, "Arbeidstaker:       Sanjay Patel"),
        ("Courier", 10, ""),
        ("Courier", 10, "Stilling:           Systemutvikler"),
        ("Courier", 10, "Utdanningskrav:     Mastergrad i informatikk"),
        ("Courier", 10, "Arbeidssted:        Kongsgardbakken 2, 4005 Stavanger"),
        ("Courier", 10, "Ansettelsesform:    Fast ansettelse"),
        ("Courier", 10, "Stillingsprosent:   100.0%"),
        ("Courier", 10, "Arbeidstid:         37,5 timer pr uke"),
        ("Courier", 10, "Tiltredelse:        01.09.2026"),
        ("Courier", 10, "Provetid:           6 mnd"),
        ("Courier", 10, ""),
        ("Courier", 10, f"Arslonn:            NOK 615{NBSP}000"),
        ("Courier", 10, "Utbetaling:         den 25. hver maned"),
        ("Courier", 10, "Feriepenger:        12 %"),
        ("Courier", 10, "Overtidstillegg:    40 %"),
        ("Courier", 10, "Pensjon:            5 % av lonn (innskuddspensjon)"),
        ("Courier", 10, ""),
        ("Courier", 10, "Oppsigelsesfrist:   3 maneder etter provetiden"),
        ("Courier", 10, ""),
        ("Courier", 10, "Dato: 15.06.2026"),
        ("Courier", 10, ""),
        ("Courier", 10, "For arbeidsgiver: ____________________   Arbeidstaker: ____________________"),
    ]
    for font, size, text in lines:
        c.setFont(font, size)
        c.drawString(2.5 * cm, y, text)
        y -= size * 1.6
    c.showPage()
    c.save()


# =========================================================================== #
# 17 nb, PDF, staffing agency: two org numbers, start date broken over two lines
# =========================================================================== #
@sample(
    "nb_bemanning_to_orgnr",
    "pdf",
    {
        "as_of": AS_OF,
        "language": "nb",
        "fields": {
            "employer": "Nordic Talent Bemanning AS",
            "employer_org_number": "913762487",
            "job_title": "Driftsingeniør",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 650000, "currency": "NOK", "period": "year"},
            "annual_salary_nok": 650000,
            "start_date": "2026-08-15",
            "end_date": None,
            "work_location": "Mo i Rana",
            "degree_required": "bachelor",
        },
        "verdict": "compliant",
        "findings": dict(ALL_PASS),
    },
)
def s17(path: Path) -> None:
    st = styles("Helvetica", "Helvetica-Bold", 10.5)
    story = [
        P("Arbeidsavtale – fast ansettelse i bemanningsforetak", st["h"]),
        P(
            f"Arbeidsgiver: Nordic Talent Bemanning AS, org.nr. {spaced('913762487')}\n"
            "Postboks 144 Sentrum, 0102 Oslo",
            st["p"],
        ),
        P("Arbeidstaker: Lukas Schneider, Hauptstraße 8, 10115 Berlin, Tyskland", st["p"]),
        P(f"Innleier (kundebedrift): Helgeland Smelteverk AS, org.nr. {spaced('998871263')}", st["p"]),
        Spacer(1, 6),
        P("1. Stilling og arbeidssted", st["h2"]),
        P(
            "Arbeidstakeren ansettes som driftsingeniør og leies ut til innleier. Stillingen krever "
            "bachelorgrad i kjemi eller prosessteknikk.",
            st["p"],
        ),
        P("Arbeidssted: Helgeland Smelteverk AS, Industriveien 1, 8624 Mo i Rana.", st["p"]),
        P("2. Varighet og arbeidstid", st["h2"]),
        P("Tiltredelse: 15. august\n2026.", st["p"]),
        P(
            "Ansettelsen er fast. Stillingen er en 100 % stilling med arbeidstid 37,5 timer per uke, "
            "dagtid med mulighet for skift etter avtale med innleier.",
            st["p"],
        ),
        P("3. Lønn", st["h2"]),
        P(
            "Lønn: 650 000 kroner per år. Skifttillegg og overtidstillegg (40 %) betales etter innleiers "
            "ordning. Feriepenger 12 %. OTP 2 % av lønn.",
            st["p"],
        ),
        P("4. Prøvetid og oppsigelse", st["h2"]),
        P(
            "Prøvetid 6 måneder med 14 dagers oppsigelsesfrist. Deretter 3 måneder gjensidig oppsigelsesfrist.",
            st["p"],
        ),
        P("5. Underskrifter", st["h2"]),
        P("Oslo, 1. juli 2026", st["p"]),
        P("for Nordic Talent Bemanning AS: Mona Hagen          Arbeidstaker: Lukas Schneider", st["p"]),
    ]
    build_pdf(path, story, title="Arbeidsavtale")


# =========================================================================== #
# 18 nn, PDF, Standard arbeidsavtale (nynorsk) with reportlab Tables, temporary
# =========================================================================== #
@sample(
    "nn_standard_arbeidsavtale_mellombels",
    "pdf",
    {
        "as_of": AS_OF,
        "language": "nn",
        "fields": {
            "employer": "Luster Treindustri AS",
            "employer_org_number": "992318457",
            "job_title": "Produksjonsingeniør",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 52000, "currency": "NOK", "period": "month"},
            "annual_salary_nok": 624000,
            "start_date": "2026-03-01",
            "end_date": "2027-02-28",
            "work_location": "Gaupne",
            "degree_required": "bachelor",
        },
        "verdict": "compliant",
        "findings": dict(ALL_PASS),
    },
)
def s18(path: Path) -> None:
    st = styles("Helvetica", "Helvetica-Bold", 9.5)
    story = [
        P("STANDARD ARBEIDSAVTALE", st["h"]),
        P("Nynorsk – for fast eller mellombels tilsetjing", st["small"]),
        Spacer(1, 6),
        P("1. Verksemd", st["h2"]),
        kv_table(
            [
                ("Namn", "Luster Treindustri AS"),
                ("Org.nr.", spaced("992318457")),
                ("Adresse", "Gaupnevegen 5, 6868 Gaupne"),
                ("Dagleg leiar", "Arne Høyheim"),
            ],
            st,
        ),
        P("2. Arbeidstakar", st["h2"]),
        kv_table([("Namn", "Ewa Kowalska"), ("Adresse", "ul. Polna 7, 30-001 Kraków, Polen")], st),
        P("3. Arbeidsstad", st["h2"]),
        kv_table([("Arbeidsstad (adresse)", "Gaupnevegen 5, 6868 Gaupne")], st),
        P("4. Tilsett som", st["h2"]),
        kv_table(
            [
                ("Stillingstittel", "Produksjonsingeniør"),
                ("Arbeidsoppgåver", "Planlegging og oppfølging av produksjon, HMS og kvalitet"),
                ("Utdanningskrav", "Bachelorgrad i ingeniørfag"),
            ],
            st,
        ),
        P("5. Varigheit og arbeidstid", st["h2"]),
        kv_table(
            [
                ("Tilsett frå", "1. mars 2026"),
                ("Eventuelt til", "28.02.2027"),
                ("Grunnlag for mellombels tilsetjing", "Vikariat for tilsett i foreldrepermisjon"),
                ("Vekearbeidstid", "37,5 timar"),
                ("Stillingsprosent", "100 %"),
                ("Oppseiingsfrist", "1 månad"),
            ],
            st,
        ),
        P("6. Prøvetid", st["h2"]),
        kv_table([("Lengd på prøvetid", "6 månader")], st),
        P("7. Løn", st["h2"]),
        kv_table(
            [
                ("Løn per månad", "kr 52 000"),
                ("Utbetaling", "Den 20. kvar månad"),
                ("Overtidstillegg", "40 %"),
                ("Feriepengar", "12 %"),
                ("Pensjon", "OTP 2 % av løn"),
            ],
            st,
        ),
        P("8. Underskrifter", st["h2"]),
        kv_table(
            [
                ("Stad og dato", "Gaupne, 10.02.2026"),
                ("Arbeidsgivar", "Arne Høyheim"),
                ("Arbeidstakar", "Ewa Kowalska"),
            ],
            st,
        ),
    ]
    build_pdf(path, story, margins=(2 * cm, 2 * cm, 1.8 * cm, 1.8 * cm), title="Standard arbeidsavtale")


# =========================================================================== #
# 19 en, DOCX, English standard contract form (Word tables), vocational, hourly
# =========================================================================== #
@sample(
    "en_standard_contract_vocational",
    "docx",
    {
        "as_of": AS_OF,
        "language": "en",
        "fields": {
            "employer": "Vestfold Sveis og Montasje AS",
            "employer_org_number": "884129079",
            "job_title": "Pipe Welder",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 285, "currency": "NOK", "period": "hour"},
            "annual_salary_nok": 555750,
            "start_date": "2026-03-16",
            "end_date": None,
            "work_location": "Tønsberg",
            "degree_required": "vocational",
        },
        "verdict": "incomplete",
        "findings": {**ALL_PASS, "udi.salary_floor": "review"},
    },
)
def s19(path: Path) -> None:
    doc = new_docx("Arial", 10)
    para(doc, "STANDARD CONTRACT OF EMPLOYMENT", bold=True, size=15)
    para(doc, "For permanent or temporary employment. Fill in all fields.", size=8)
    sections = [
        (
            "1. Company",
            [
                ("Name", "Vestfold Sveis og Montasje AS"),
                ("Org. no.", "884129079"),
                ("Address", "Kilen 4, 3117 Tønsberg"),
                ("General manager", "Knut Brekke"),
            ],
        ),
        ("2. Employee", [("Name", "Andrei Popescu"), ("Address", "Strada Unirii 21, Cluj-Napoca, Romania")]),
        ("3. Workplace", [("Address", "Kaldnes brygge 2, 3115 Tønsberg (workshop and quay)")]),
        (
            "4. Employed as",
            [
                ("Job title", "Pipe Welder"),
                (
                    "Qualifications required",
                    "Trade certificate (fagbrev) in welding or equivalent vocational training",
                ),
            ],
        ),
        ("5. Collective agreement", [("Applicable agreement", "None")]),
        (
            "6. Duration and working hours",
            [
                ("Employed from", "16.03.2026"),
                ("Employed until", "Permanent"),
                ("Weekly working hours", "37.5 hours"),
                ("Position percentage", "100 %"),
                ("Notice period", "1 month during probation, 3 months thereafter"),
            ],
        ),
        ("7. Probation", [("Length of probation", "6 months")]),
        (
            "8. Pay",
            [
                ("Hourly wage", "NOK 285.00"),
                ("Payment", "Every other Friday to bank account"),
                ("Overtime supplement", "40 %"),
                ("Work clothes and tools", "Provided by the company"),
                ("Holiday pay", "12 %, in addition to pay, cf. the Holidays Act"),
            ],
        ),
        (
            "9. Signatures",
            [
                ("Place and date", "Tønsberg, 02.03.2026"),
                ("Employer", "Knut Brekke"),
                ("Employee", "Andrei Popescu"),
            ],
        ),
    ]
    for title, rows in sections:
        para(doc, title, bold=True, space_after=2)
        docx_kv_table(doc, rows)
    save_docx(doc, path)


# =========================================================================== #
# 20 nn, DOCX, contract with header/footer and monthly NOK with NBSP
# =========================================================================== #
@sample(
    "nn_arbeidsavtale_maanadsloen",
    "docx",
    {
        "as_of": AS_OF,
        "language": "nn",
        "fields": {
            "employer": "Sunnmøre Simulatorsenter AS",
            "employer_org_number": "814639258",
            "job_title": "Simulatorinstruktør",
            "position_percentage": 100,
            "weekly_hours": 37.5,
            "salary": {"amount": 48500, "currency": "NOK", "period": "month"},
            "annual_salary_nok": 582000,
            "start_date": "2026-04-15",
            "end_date": None,
            "work_location": "Ulsteinvik",
            "degree_required": "bachelor",
        },
        "verdict": "compliant",
        "findings": dict(ALL_PASS),
    },
)
def s20(path: Path) -> None:
    doc = new_docx("Calibri", 11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Arbeidsavtale – Sunnmøre Simulatorsenter AS"
    sec.footer.paragraphs[0].text = "Sunnmøre Simulatorsenter AS · Sjøgata 30, 6065 Ulsteinvik · side 1"
    para(doc, "ARBEIDSAVTALE", bold=True, size=16)
    para(
        doc,
        f"Mellom Sunnmøre Simulatorsenter AS (org.nr. {spaced('814639258')}), heretter kalla "
        "arbeidsgivar, og Rafael Souza, heretter kalla arbeidstakar, er det inngått følgjande avtale:",
    )
    items = [
        (
            "§ 1 Stilling",
            "Arbeidstakar blir tilsett som simulatorinstruktør. Stillinga krev bachelorgrad i "
            "nautikk og gyldig dekksoffisersertifikat.",
        ),
        ("§ 2 Arbeidsstad", "Arbeidsstad: Sjøgata 30, 6065 Ulsteinvik."),
        (
            "§ 3 Tiltreding og varigheit",
            "Tiltreding: 15.04.2026. Tilsetjinga er fast. Prøvetida er seks månader.",
        ),
        ("§ 4 Arbeidstid", "Stillinga er i heiltid, med arbeidstid 37,5 timar per veke."),
        (
            "§ 5 Løn",
            f"Månadsløn: NOK 48{NBSP}500,00. Løna vert utbetalt den 20. kvar månad. "
            f"Kurstillegg: NOK 1{NBSP}500 per gjennomført kurs. Feriepengar 12 %. "
            "Overtidstillegg 40 %. Tenestepensjon (OTP) 2 % av løn.",
        ),
        ("§ 6 Oppseiing", "Oppseiingsfristen er tre månader etter prøvetida."),
        ("§ 7 Underskrift", "Ulsteinvik, 20.03.2026"),
    ]
    for head, body in items:
        para(doc, head, bold=True, space_after=2)
        para(doc, body)
    para(doc, "________________________          ________________________")
    para(doc, "for arbeidsgivar                              arbeidstakar")
    save_docx(doc, path)


# --------------------------------------------------------------------------- #


def main(argv: list[str]) -> int:
    # the second org numbers in the documents (hirer, parent company) are also valid
    for org in ("974213583", "998871263"):
        assert orgnr_valid(org), org
    return kit_main(REGISTRY, OUT, argv, log_each=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
