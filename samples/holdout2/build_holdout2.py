"""Build the offercheck second HOLD-OUT evaluation set (samples/holdout2).

EVALUATION ONLY.  The documents and their ground truth were written by hand by
someone who had not read offercheck's extractor code, patterns or tests and who
did not run offercheck.  Never use this set to tune patterns or extractors.

Run from the repository root:

    .venv/bin/python samples/holdout2/build_holdout2.py

Writes 18 documents (6 en, 7 nb, 5 nn; 7 PDF, 7 DOCX, 4 TXT) and next to each
``<name>.expected.json``.  Every expected value is written literally, by hand,
in the ``@sample(...)`` decorator directly above the function holding the text
it comes from.  Output is deterministic (reportlab invariant mode, fixed DOCX
core properties, sorted zip members with fixed timestamps).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from holdout.build_holdout import ORGS as HOLDOUT1_ORGS  # noqa: E402
from kit import blocks  # noqa: E402
from kit.blocks import write_txt  # noqa: E402
from kit.orgnr import spaced as sp  # noqa: E402
from kit.registry import Registry  # noqa: E402
from kit.registry import expected_fields as F  # noqa: E402
from kit.registry import main as kit_main  # noqa: E402

OUT = Path(__file__).resolve().parent
AS_OF = "2026-06-01"
REGISTRY = Registry(AS_OF)
sample = REGISTRY.fields_sample
render_pdf = partial(blocks.render_pdf, layout=blocks.HOLDOUT2)
render_docx = partial(blocks.render_docx, layout=blocks.HOLDOUT2)


# --------------------------------------------------------------------------- #
# Made-up organisation numbers.  Every one is asserted against mod-11 at build
# time.  (Also asserted: none of them is the same as in samples/holdout.)
# --------------------------------------------------------------------------- #
ORGS = {
    "en01": "922818665",
    "en02": "957500404",
    "en03": "993379158",
    "en03_hirer": "968596608",
    "en04": "944205675",
    "en05": "840678849",
    "en06": "837782600",
    "nb07": "841683528",
    "nb08": "948562863",
    "nb09": "939063072",
    "nb10": "831050675",
    "nb11": "837336546",
    "nb12": "816815215",
    "nb13": "913034805",
    "nn14": "992856998",
    "nn15": "866394040",
    "nn16": "989229427",
    "nn17": "843699812",
    "nn18": "940555353",
}


# =========================================================================== #
# ENGLISH
# =========================================================================== #


# Offer letter, drawn letterhead, numbered sections, signature block.
# Salary band NOK 640,000-720,000 and a bonus % are traps; the base salary is
# "NOK 685,000 per annum".  Start "March 2nd, 2026".  Org no. only in footer,
# written "NO 922 818 665 MVA".  Master required.
@sample(
    "en01_offer_letter_salary_band",
    "pdf",
    "en",
    F(
        employer="Fjordkvant Analytics AS",
        org="922818665",
        title="Data Engineer",
        pct=100,
        hours=37.5,
        amount=685000,
        cur="NOK",
        period="year",
        annual=685000,
        start="2026-03-02",
        end=None,
        loc="Trondheim",
        degree="master",
    ),
)
def en01(path: Path) -> None:
    blocks = [
        ("right", "Trondheim, 9 February 2026"),
        ("p", "PRIVATE & CONFIDENTIAL\nMs Amara Okonkwo-Lind\nThorvald Meyers gate 88B\n0552 Oslo"),
        ("sp",),
        ("title", "Offer of employment"),
        ("p", "Dear Amara,"),
        (
            "p",
            "Following your interviews with our platform team, we are delighted to offer you a permanent "
            "position as Data Engineer with Fjordkvant Analytics AS. This letter sets out the main terms. A "
            "written employment contract in line with section 14-6 of the Norwegian Working Environment Act "
            "will be issued when you have accepted.",
        ),
        ("h", "1. Position and start date"),
        (
            "p",
            "Your title will be Data Engineer (level II), reporting to Eirik Haugsvær, Head of Data Platform. "
            "Your first working day will be March 2nd, 2026.",
        ),
        ("h", "2. Place of work"),
        (
            "p",
            "Place of work: our office at Kongens gate 41, Trondheim. Hybrid work of up to two days a week "
            "can be agreed with your manager.",
        ),
        ("h", "3. Working hours"),
        (
            "p",
            "This is a full-time position of 37.5 hours per week, normally between 08:00 and 16:00 Monday to "
            "Friday, including a paid 30-minute lunch break.",
        ),
        ("h", "4. Compensation"),
        (
            "p",
            "The salary band for Data Engineer II at Fjordkvant is NOK 640,000 \u2013 720,000. Your starting "
            "base salary will be NOK 685,000 per annum, paid monthly on the 20th of each month. Salaries are "
            "reviewed every May; your first review will be in May 2027.",
        ),
        (
            "p",
            "You will also take part in our annual performance bonus scheme, with a target of 8 % and a cap of "
            "15 % of base salary. Any bonus is discretionary and does not form part of your base salary.",
        ),
        ("h", "5. Pension and benefits"),
        (
            "p",
            "Occupational pension (OTP) of 5 % of salary from the first krone up to 12 G, group life and "
            "health insurance, a mobile phone, and broadband covered up to NOK 500 per month.",
        ),
        ("h", "6. Qualifications"),
        (
            "p",
            "This offer is made on the basis that you hold a master's degree (MSc) in computer science, "
            "statistics or a related field, which is a requirement for the role. Please bring a copy of your "
            "diploma on your first day.",
        ),
        ("h", "7. Probation and notice"),
        (
            "p",
            "The first six months are a probationary period with 14 days' notice. After that the notice "
            "period is three months for both parties.",
        ),
        (
            "p",
            "Please confirm that you accept this offer by signing and returning a copy no later than "
            "20 February 2026.",
        ),
        ("p", "Kind regards,"),
        (
            "sig",
            [
                (
                    "Fjordkvant Analytics AS\n\n\n______________________________\nSilje Marstrand\nChief Executive Officer",
                    "I accept the offer on the terms above.\n\n\n______________________________\nAmara Okonkwo-Lind\n"
                    "Date:",
                ),
            ],
        ),
    ]
    render_pdf(
        path,
        blocks,
        title="en01",
        header=[
            "FJORDKVANT",
            "Fjordkvant Analytics AS",
            "Kongens gate 41, NO-7011 Trondheim",
            "hello@fjordkvant.example  |  +47 73 00 00 00",
        ],
        footer=[
            f"Fjordkvant Analytics AS  \u00b7  Kongens gate 41, NO-7011 Trondheim  \u00b7  "
            f"Org. no. NO {sp(ORGS['en01'])} MVA  \u00b7  www.fjordkvant.example"
        ],
    )


# E-mail offer.  The brand is "Bryggestuen"; the legal employer appears only in
# the signature.  80 % = 30 hours; NOK 238.50 an hour; evening/weekend
# supplements are traps; ISO date "2026-04-07"; fagbrev required.
@sample(
    "en02_email_cook_hourly",
    "txt",
    "en",
    F(
        employer="Hanseatisk Mat og Vin AS",
        org="957500404",
        title="Cook",
        pct=80,
        hours=30,
        amount=238.5,
        cur="NOK",
        period="hour",
        annual=372060,
        start="2026-04-07",
        end=None,
        loc="Bergen",
        degree="vocational",
    ),
)
def en02(path: Path) -> None:
    write_txt(
        path,
        f"""
From: Henrik Aasgaard <henrik@bryggestuen.example>
To: Luis Ferreira Santos <luis.fsantos@mail.example>
Date: Thu, 5 Mar 2026 14:12:09 +0100
Subject: Your offer - cook at Bryggestuen

Hi Luis,

Thanks again for the trial shift on Saturday - the whole team was impressed
with how you handled the hot line. I'm happy to offer you a job as a cook
(kokk) in our kitchen. This is what we agreed on the phone:

  * Position: Cook, 80 % position (30 hours per week on a four-week rota,
    including every other weekend)
  * Pay: NOK 238.50 per hour. An evening supplement of NOK 26 per hour after
    21:00 and a weekend supplement of NOK 40 per hour come on top.
  * First shift: 2026-04-07 at 10:00
  * Where: Bryggestuen, Bryggen 17, 5003 Bergen - use the staff entrance
    in the alley behind the restaurant.
  * Requirements: a trade certificate (fagbrev) as a cook is required for
    this job. Please bring the original certificate and your ID.
  * Permanent employment with 6 months' probation.
  * Staff meal on every shift; uniform and laundry provided.

You will get the written employment contract through our rota system within
a few days. Just reply to this e-mail to confirm that you accept.

Looking forward to having you with us!

Best regards,
Henrik Aasgaard
Head chef / kjøkkensjef

--
Bryggestuen is run by
Hanseatisk Mat og Vin AS | Org.nr. {sp(ORGS["en02"])}
Bryggen 17, 5003 Bergen | +47 55 00 00 00
""",
    )


# Staffing-agency contract in DOCX tables.  Employer = the agency; the hirer
# (shipyard) has its own org no. (trap).  Guaranteed pay between assignments
# NOK 215.00 is a trap; assignment pay NOK 262.00 an hour.  Trade certificate
# required.  "1 April 2026".
@sample(
    "en03_staffing_agency_welder",
    "docx",
    "en",
    F(
        employer="Nordbemanning Industri AS",
        org="993379158",
        title="Welder",
        pct=100,
        hours=37.5,
        amount=262.0,
        cur="NOK",
        period="hour",
        annual=510900,
        start="2026-04-01",
        end=None,
        loc="Ulsteinvik",
        degree="vocational",
    ),
)
def en03(path: Path) -> None:
    blocks = [
        ("title", "Employment contract \u2013 temporary work agency"),
        (
            "p",
            "Permanent employment with the agency, for hire to client undertakings "
            "(Working Environment Act sections 14-6 and 14-12a).",
        ),
        ("h", "1. The parties"),
        (
            "kv",
            [
                (
                    "Employer (agency)",
                    f"Nordbemanning Industri AS\nOrganisation no.: {sp(ORGS['en03'])}\n"
                    "Storgata 55, 6002 Ålesund\nApproved staffing enterprise (Arbeidstilsynet register)",
                ),
                ("Employee", "Darius Petrauskas\nDate of birth: 14.11.1988\nD-number: on file"),
            ],
        ),
        ("h", "2. First assignment"),
        (
            "kv",
            [
                ("Hirer (client)", f"Vestvik Verft AS, org. no. {ORGS['en03_hirer']}"),
                ("Job title", "Welder"),
                (
                    "Duties",
                    "MIG/MAG and TIG welding of steel and aluminium hull sections; fitting; "
                    "quality control of own welds.",
                ),
                ("Place of work", "Vestvik Verft AS, Verftsvegen 3, 6065 Ulsteinvik"),
                ("Start date", "1 April 2026"),
                ("Expected length of assignment", "approx. 9 months (the employment itself is permanent)"),
            ],
        ),
        ("h", "3. Working hours"),
        (
            "kv",
            [
                ("Position", "100 % (full-time)"),
                ("Weekly hours", "37.5 hours, Monday\u2013Friday, day shift 07:00\u201315:00"),
                ("Overtime", "Only when ordered; supplement of at least 50 %"),
            ],
        ),
        ("h", "4. Pay"),
        (
            "kv",
            [
                (
                    "Hourly wage on this assignment",
                    "NOK 262.00 per hour (equal treatment with the hirer's own skilled welders)",
                ),
                ("Guaranteed pay between assignments", "NOK 215.00 per hour for the agreed hours"),
                (
                    "Allowances",
                    "Travel and lodging covered according to the Engineering Agreement (Verkstedsoverenskomsten)",
                ),
                ("Payment", "Every second Friday to the employee's Norwegian bank account"),
                ("Holiday pay", "12 % of pay earned in the previous year (paid in June)"),
            ],
        ),
        ("h", "5. Qualifications"),
        (
            "p",
            "A trade certificate (fagbrev) as a welder, or a NOKUT-recognised equivalent, is required, together "
            "with valid welder approval to NS-EN ISO 9606-1. The employee must present the original documents "
            "before the first shift.",
        ),
        ("h", "6. Other terms"),
        (
            "ul",
            [
                "Probation: 6 months. Notice: 14 days during probation, then 1 month.",
                "Pension: mandatory occupational pension (OTP), 2 % of salary from 1 G.",
                "The agency will inform the employee in writing of any new hirer before the next assignment starts.",
            ],
        ),
        ("p", "Signed in two copies, one for each party."),
        (
            "sig",
            [
                (
                    "Ålesund, 12 March 2026\n\n__________________________\nFor Nordbemanning Industri AS\n"
                    "Rune Gjerde, branch manager",
                    "Ålesund, 12 March 2026\n\n__________________________\nDarius Petrauskas",
                ),
            ],
        ),
    ]
    render_docx(path, blocks, footer=["Nordbemanning Industri AS \u2013 Storgata 55, 6002 Ålesund"])


# Two label/value pairs per row.  Monthly salary given as the salary, annual
# amount in brackets as a conversion.  Date "04.05.2026".  "Org. nr 944205675".
@sample(
    "en04_two_column_month_and_year",
    "pdf",
    "en",
    F(
        employer="Nordavind Klimalab AS",
        org="944205675",
        title="Research Engineer",
        pct=100,
        hours=37.5,
        amount=52500,
        cur="NOK",
        period="month",
        annual=630000,
        start="2026-05-04",
        end=None,
        loc="Kjeller",
        degree="master",
    ),
)
def en04(path: Path) -> None:
    blocks = [
        ("title", "Terms of Employment \u2013 Summary"),
        ("small", "Ref. HR-2026-031  \u00b7  Issued 23 March 2026  \u00b7  Page 1 of 1"),
        ("p", f"Employer: Nordavind Klimalab AS (Org. nr {ORGS['en04']}), Instituttveien 18, 2007 Kjeller"),
        (
            "kv4",
            [
                ("Employee", "Tomasz Wierzbicki", "Employee no.", "20418"),
                ("Position", "Research Engineer", "Department", "Atmospheric Measurements"),
                ("Employment", "Permanent", "Position %", "100"),
                ("Start date", "04.05.2026", "Probation", "6 months"),
                ("Weekly hours", "37.5", "Flexitime", "Yes, core time 09:00\u201314:30"),
                (
                    "Place of work",
                    "Kjeller, Lillestrøm",
                    "Travel",
                    "Field campaigns, Ny-Ålesund (approx. 4 weeks/yr)",
                ),
                (
                    "Salary",
                    "NOK 52 500 per month\n(NOK 630 000 per year)",
                    "Salary review",
                    "Annually, 1 May",
                ),
                ("Pension", "6 % (defined contribution)", "Notice", "3 months"),
            ],
        ),
        ("h", "Education"),
        (
            "p",
            "Master's degree (MSc) in physics, meteorology or instrument engineering \u2013 required for the "
            "position. Experience with gas analysers is an advantage.",
        ),
        ("h", "Field work"),
        (
            "p",
            "Field days on Svalbard are compensated with a field allowance of NOK 1 150 per day in addition to "
            "salary. Travel and board are covered by the employer.",
        ),
        (
            "p",
            "This summary forms part of your employment contract. Where it differs from the contract, the "
            "contract prevails.",
        ),
        (
            "sig",
            [
                (
                    "For the employer\n\n______________________\nHanne Brodahl, HR Manager",
                    "Employee\n\n______________________\nTomasz Wierzbicki",
                ),
            ],
        ),
    ]
    render_pdf(
        path,
        blocks,
        title="en04",
        footer=["Nordavind Klimalab AS \u00b7 Instituttveien 18, 2007 Kjeller \u00b7 post@nordavind.example"],
    )


# Seasonal, fixed-term agriculture contract in flowing paragraphs.  Piece-rate
# bonus and housing deduction are traps.  Hours derived from the stated 37.5.
# "No formal education ... is required" -> degree null.
@sample(
    "en05_seasonal_berry_fixed_term",
    "docx",
    "en",
    F(
        employer="Solbakken Bær og Frukt AS",
        org="840678849",
        title="Seasonal farm worker",
        pct=100,
        hours=37.5,
        amount=178.0,
        cur="NOK",
        period="hour",
        annual=347100,
        start="2026-06-08",
        end="2026-08-28",
        loc="Lier",
        degree=None,
    ),
)
def en05(path: Path) -> None:
    blocks = [
        ("title", "Seasonal Employment Contract (fixed term)"),
        (
            "p",
            f"This contract is made between Solbakken Bær og Frukt AS, org. no. {sp(ORGS['en05'])}, "
            "Solbakkvegen 120, 3410 Sylling (\u201cthe employer\u201d), and Maria Ionescu, born 3 March 1994, "
            "of Str. Florilor 7, Iași, Romania (\u201cthe employee\u201d).",
        ),
        ("h", "1. Work and period"),
        (
            "p",
            "The employee is engaged as a seasonal farm worker for the strawberry and raspberry harvest: "
            "picking, sorting, packing and simple field work. The employment is temporary because the work is "
            "seasonal (Working Environment Act section 14-9 (2) a). It runs from 8 June 2026 until "
            "28 August 2026, both days included, and ends on that date without notice.",
        ),
        ("h", "2. Where the work is done"),
        (
            "p",
            "On the employer's fields and in the packing hall at Solbakken, Sylling, in Lier municipality.",
        ),
        ("h", "3. Working hours"),
        (
            "p",
            "Full-time. Normal working hours are 37.5 hours per week, 07:00\u201315:00 Monday to Friday "
            "with an unpaid 30-minute break. During peak harvest, overtime may be ordered and is paid with a "
            "supplement of 40 %.",
        ),
        ("h", "4. Pay"),
        (
            "p",
            "Hourly wage: NOK 178.00. In addition a picking bonus of NOK 4.00 per kg is paid for everything "
            "picked above 20 kg per hour. The bonus comes on top of, and never replaces, the hourly wage. Pay "
            "is transferred every two weeks. Holiday pay (10.2 %) is paid out with the final settlement.",
        ),
        ("h", "5. Housing"),
        (
            "p",
            "The employer offers a room in the workers' house on the farm. Rent of NOK 1,500 per month is "
            "deducted from pay, by written agreement.",
        ),
        ("h", "6. Qualifications"),
        (
            "p",
            "No formal education or trade certificate is required. Training in hygiene, safe lifting and "
            "machine use is given on the first day.",
        ),
        ("h", "7. Other"),
        (
            "p",
            "Probation: none. Notice during the period: 14 days. Collective agreement: the Agriculture and "
            "Horticulture Agreement (Jordbruksoverenskomsten) as made generally applicable.",
        ),
        ("sp",),
        (
            "sig",
            [
                (
                    "Sylling, 2 May 2026\n\n________________________\nOla Solbakken\nFor the employer",
                    "Place/date:\n\n________________________\nMaria Ionescu",
                ),
            ],
        ),
    ]
    render_docx(path, blocks, font="Arial", size=10)


# Welcome letter in plain text.  The job title appears only in prose; the place
# of work only in prose; no start date at all (to be agreed) -> null.
# Standby allowance is a trap.  Bachelor required.
@sample(
    "en06_prose_title_no_start",
    "txt",
    "en",
    F(
        employer="Sørvest Automasjon AS",
        org="837782600",
        title="Control Systems Engineer",
        pct=100,
        hours=37.5,
        amount=58000,
        cur="NOK",
        period="month",
        annual=696000,
        start=None,
        end=None,
        loc="Stavanger",
        degree="bachelor",
    ),
)
def en06(path: Path) -> None:
    write_txt(
        path,
        f"""
SØRVEST AUTOMASJON AS
Forusbeen 210, 4033 Stavanger

                                                   Stavanger, 16 March 2026

Mr Kehinde Adeyemi
Lagårdsveien 61
4010 Stavanger


Dear Mr Adeyemi,

Welcome to Sørvest Automasjon!

Following our meetings in February and March, we are very pleased to confirm
that we would like you to join us as our new Control Systems Engineer in the
Offshore Projects department, reporting to department manager Kari Tjelta.

You will be based at our head office in Stavanger, with regular trips to
yards and customer sites along the coast. Offshore trips are compensated
separately under our offshore policy.

The employment is permanent and full-time, with normal working hours of
37.5 hours per week and flexible start between 07:00 and 09:00.

Your monthly salary will be NOK 58,000, paid on the 25th of each month.
When you are on the standby roster you will in addition receive a standby
allowance of NOK 3,500 per month. Overtime is paid with a 50 % supplement
or taken as time off by agreement.

The position requires a bachelor's degree in automation, electrical
engineering or a similar field. We will ask you to send us a copy of your
diploma and transcripts before you begin.

We understand that you have three months' notice with your present
employer. Your first working day will therefore be agreed with you in
writing once your notice period is clarified.

The first six months are a probationary period. You will be a member of
our defined-contribution pension scheme (6 % of salary up to 12 G).

Please sign the enclosed copy and return it to us no later than
27 March 2026.

Yours sincerely,


Kari Tjelta                         Øyvind Lende
Department Manager                  HR Manager


Sørvest Automasjon AS | Org. no.: {ORGS["en06"]} | post@sorvestauto.example
""",
    )


# =========================================================================== #
# BOKMÅL
# =========================================================================== #


# Standard-arbeidsavtale form with ruled boxes.  "org.nr. 841 683 528";
# "Ansatt fra: 02.03.2026"; "Eventuelt til" empty; "kr 46 800,-" per month;
# tool and away allowances are traps; fagbrev required.
@sample(
    "nb07_standard_avtale_elektriker",
    "pdf",
    "nb",
    F(
        employer="Kraftlinje Elektro AS",
        org="841683528",
        title="Elektriker",
        pct=100,
        hours=37.5,
        amount=46800,
        cur="NOK",
        period="month",
        annual=561600,
        start="2026-03-02",
        end=None,
        loc="Skedsmokorset",
        degree="vocational",
    ),
)
def nb07(path: Path) -> None:
    blocks = [
        ("title", "STANDARD ARBEIDSAVTALE"),
        ("small", "Avtalen gjelder fast ansettelse. Ett eksemplar til hver av partene."),
        (
            "form",
            [
                (
                    "1. Virksomhet",
                    [
                        ("Navn", f"Kraftlinje Elektro AS, org.nr. {sp(ORGS['nb07'])}"),
                        ("Daglig leder", "Bjørnar Tveten"),
                        ("Adresse", "Industriveien 14, 2020 Skedsmokorset"),
                    ],
                ),
                (
                    "2. Arbeidstaker",
                    [
                        ("Navn", "Mateusz Kowalczyk"),
                        ("Adresse", "Kirkeveien 7 B, 2000 Lillestrøm"),
                        ("Fødselsdato", "22.07.1990"),
                    ],
                ),
                (
                    "3. Arbeidsplass (aml. § 14-6 (1) b)",
                    [
                        (
                            "Adresse",
                            "Oppmøte og verksted: Industriveien 14, 2020 Skedsmokorset. Arbeid utføres på "
                            "byggeplasser på Romerike etter oppdrag.",
                        ),
                    ],
                ),
                (
                    "4. Ansatt som",
                    [
                        ("Stilling/tittel", "Elektriker (montør, gruppe L)"),
                        (
                            "Arbeidsoppgaver",
                            "Installasjon og service av el-anlegg i nybygg og rehabilitering",
                        ),
                    ],
                ),
                (
                    "5. Tariffavtale",
                    [
                        ("Følgende tariffavtale gjelder", "Landsoverenskomsten for elektrofagene (LOK)"),
                        ("Tariffparter", "NHO Elektro / EL og IT Forbundet"),
                    ],
                ),
                (
                    "6. Varighet og arbeidstid",
                    [
                        ("Ansatt fra", "02.03.2026"),
                        ("Eventuelt til", ""),
                        ("Stillingsprosent", "100 % stilling"),
                        ("Ukentlig arbeidstid", "37,5 timer, mandag\u2013fredag kl. 07.00\u201315.00"),
                        ("Pauser", "30 minutter daglig, betalt"),
                        ("Oppsigelsesfrist", "1 måned fra begge parter (3 måneder etter 5 års ansettelse)"),
                        ("Ferie", "Etter ferieloven og tariffavtalen (5 uker)"),
                    ],
                ),
                (
                    "7. Prøvetid",
                    [
                        ("Prøvetidens lengde", "6 måneder"),
                        ("Oppsigelsesfrist i prøvetiden", "14 dager"),
                    ],
                ),
                (
                    "8. Lønn",
                    [
                        ("Lønn pr. måned", "kr 46 800,-"),
                        ("Lønn pr. time", "\u2013"),
                        ("Overtidstillegg", "50 % / 100 % etter LOK"),
                        (
                            "Andre tillegg",
                            "Verktøygodtgjørelse kr 2,00 pr. arbeidet time. Bortetillegg kr 950 pr. "
                            "døgn ved overnatting etter LOK.",
                        ),
                        ("Utbetaling", "Den 20. hver måned til konto"),
                        ("Feriepenger", "Feriepenger kommer i tillegg til lønn, jf. ferieloven"),
                    ],
                ),
                (
                    "9. Andre opplysninger",
                    [
                        ("Krav til kompetanse", "Fagbrev i elektrikerfaget og gyldig registrering hos DSB"),
                        ("Pensjon", "OTP, 2 % av lønn fra 1 G"),
                    ],
                ),
            ],
        ),
        ("p", "10. Underskrifter"),
        (
            "sig",
            [
                (
                    "Dato: 16.02.2026\n\n__________________________\nUnderskrift arbeidsgiver",
                    "Dato: 16.02.2026\n\n__________________________\nUnderskrift arbeidstaker",
                ),
            ],
        ),
    ]
    render_pdf(path, blocks, title="nb07", key_width=5.4, size=9.5)


# Hospital letter in DOCX.  80 %, 30 t/uke; the 100 % salary kr 612 000 is a
# trap, the salary paid is kr 489 600 per år.  "1. mars 2026".
# "Organisasjonsnummer: 948562863" in the footer.  Bachelor required.
@sample(
    "nb08_sykepleier_80_prosent",
    "docx",
    "nb",
    F(
        employer="Helse Glomma HF",
        org="948562863",
        title="Sykepleier",
        pct=80,
        hours=30,
        amount=489600,
        cur="NOK",
        period="year",
        annual=489600,
        start="2026-03-01",
        end=None,
        loc="Sarpsborg",
        degree="bachelor",
    ),
)
def nb08(path: Path) -> None:
    blocks = [
        ("right", "Vår dato: 22.01.2026\nVår ref.: 2026/0412-2\nDeres ref.: søknad 11.12.2025"),
        ("p", "Sunniva Aamodt\nBjørnstadveien 31\n1712 Grålum"),
        ("title", "Tilbud om fast stilling"),
        (
            "p",
            "Vi viser til intervju 14. januar og har gleden av å tilby deg fast stilling som sykepleier ved "
            "Medisinsk sengepost 3, Sykehuset Glomma. Vilkårene for stillingen er:",
        ),
        (
            "kv",
            [
                ("Stilling", "Sykepleier"),
                ("Stillingsstørrelse", "80 %"),
                (
                    "Arbeidstid",
                    "Todelt turnus (dag/kveld) med arbeid hver tredje helg. 37,5 timer per uke "
                    "tilsvarer 100 %; din avtalte arbeidstid er 30 timer per uke i gjennomsnitt.",
                ),
                ("Tiltredelse", "1. mars 2026"),
                ("Arbeidssted", "Sykehuset Glomma, Sarpsborg"),
                (
                    "Lønn",
                    "Årslønn for 100 % stilling er kr 612 000. For din 80 % stilling utgjør lønnen "
                    "kr 489 600 per år.",
                ),
                ("Tillegg", "Kveldstillegg 25 %, helgetillegg kr 60 per time, etter overenskomsten"),
                ("Kvalifikasjonskrav", "Bachelor i sykepleie og norsk autorisasjon som sykepleier"),
                ("Pensjon", "Kommunal Landspensjonskasse (KLP). Trekk 2 % av lønn."),
                ("Prøvetid", "6 måneder"),
            ],
        ),
        (
            "p",
            "Tilsettingen skjer på vilkår av gjeldende lov, avtaleverk og reglement. Du må legge frem "
            "politiattest og vitnemål før tiltredelse.",
        ),
        (
            "p",
            "Vi ber om skriftlig svar innen 6. februar 2026. Skriftlig arbeidsavtale sendes når du har "
            "takket ja.",
        ),
        ("p", "Med vennlig hilsen"),
        (
            "sig",
            [
                ("Tone Berntsen\nAvdelingssjef, Medisinsk klinikk", "Frode Moen\nHR-rådgiver"),
            ],
        ),
    ]
    render_docx(
        path,
        blocks,
        header=["Helse Glomma HF", "Medisinsk klinikk \u2013 Sykehuset Glomma"],
        footer=[
            f"Helse Glomma HF \u00b7 Postboks 300, 1714 Grålum \u00b7 Organisasjonsnummer: {ORGS['nb08']}"
        ],
    )


# Hotel e-mail in bokmål.  "deltid 60 %", 22,5 t, "kr 245,50 per time";
# supplements are traps; "Oppmøtested"; "NO 939 063 072 MVA" in signature;
# no formal education required -> null.
@sample(
    "nb09_epost_hotell_timelonn",
    "txt",
    "nb",
    F(
        employer="Lofotgløtt Hotelldrift AS",
        org="939063072",
        title="Resepsjonist",
        pct=60,
        hours=22.5,
        amount=245.5,
        cur="NOK",
        period="hour",
        annual=287235,
        start="2026-04-14",
        end=None,
        loc="Svolvær",
        degree=None,
    ),
)
def nb09(path: Path) -> None:
    write_txt(
        path,
        f"""
Fra: Marte Solli Hansen <marte.hansen@lofotglott.example>
Sendt: mandag 16. mars 2026 09:41
Til: Ana Petrović <ana.petrovic@post.example>
Kopi: lonn@lofotglott.example
Emne: Tilbud om deltidsstilling i resepsjonen

Hei Ana!

Takk for en hyggelig prat på telefon fredag. Som lovet kommer tilbudet
vårt her skriftlig:

Stilling:            Resepsjonist
Stillingsstørrelse:  deltid 60 % (22,5 timer per uke i snitt, turnus med
                     hver tredje helg)
Timelønn:            kr 245,50 per time
Tillegg:             kveldstillegg kr 28,- per time etter kl. 18,
                     helgetillegg kr 45,- per time
Oppstart:            14.04.2026 (fast ansettelse, 6 mnd. prøvetid)
Oppmøtested:         Resepsjonen, Lofotgløtt Hotell, Torget 6, 8300 Svolvær,
                     kl. 08.00 første dag. Spør etter meg.

Det er ingen krav om formell utdanning, men du må snakke engelsk og et
skandinavisk språk. Opplæring i bookingsystemet får du de to første ukene.

Arbeidsavtalen sendes deg for e-signering når du har takket ja. Gi meg
gjerne svar innen fredag 20. mars.

Vennlig hilsen

Marte Solli Hansen
Resepsjonssjef
Lofotgløtt Hotell Svolvær

Lofotgløtt Hotelldrift AS · NO {sp(ORGS["nb09"])} MVA
Torget 6, 8300 Svolvær · tlf. 76 00 00 00
""",
    )


# University contract as numbered paragraphs (§ 1-10), no tables.
# "lønnstrinn 63 ... for tiden kr 635 400 brutto per år"; 2 % SPK trap;
# "3. august 2026"; master required.
@sample(
    "nb10_universitet_lonnstrinn",
    "pdf",
    "nb",
    F(
        employer="Nordkyst universitet",
        org="831050675",
        title="Overingeniør",
        pct=100,
        hours=37.5,
        amount=635400,
        cur="NOK",
        period="year",
        annual=635400,
        start="2026-08-03",
        end=None,
        loc="Bodø",
        degree="master",
    ),
)
def nb10(path: Path) -> None:
    blocks = [
        ("title", "ARBEIDSAVTALE"),
        ("small", "Saksnr. 26/01187  \u00b7  Personalseksjonen"),
        ("h", "§ 1  Partene"),
        (
            "p",
            f"Mellom Nordkyst universitet (org.nr. {sp(ORGS['nb10'])}), Universitetsalléen 11, 8026 Bodø, "
            "heretter kalt arbeidsgiver, og Ingrid Vatne Solheim, født 12.04.1991, heretter kalt arbeidstaker, "
            "er det inngått følgende arbeidsavtale.",
        ),
        ("h", "§ 2  Stilling og arbeidssted"),
        (
            "p",
            "Arbeidstaker tilsettes i fast 100 % stilling som overingeniør (stillingskode 1087) ved Fakultet "
            "for biovitenskap og akvakultur, laboratorieseksjonen. Arbeidssted er universitetets campus i "
            "Bodø. Stillingen kan medføre tjenestereiser til forskningsstasjonen på Mørkvedbukta.",
        ),
        ("h", "§ 3  Tiltredelse"),
        ("p", "Tiltredelse skjer 3. august 2026."),
        ("h", "§ 4  Arbeidstid"),
        (
            "p",
            "Ordinær arbeidstid er 37,5 timer per uke, med sommertid etter Hovedtariffavtalen i staten. "
            "Arbeidstaker omfattes av fleksitidsordningen.",
        ),
        ("h", "§ 5  Lønn"),
        (
            "p",
            "Stillingen er plassert i lønnstrinn 63 i statens lønnstabell, for tiden kr 635 400 brutto per år. "
            "Lønnen utbetales den 12. hver måned. Det trekkes 2 % innskudd til Statens pensjonskasse.",
        ),
        ("h", "§ 6  Kvalifikasjonskrav"),
        (
            "p",
            "Tilsettingen forutsetter mastergrad i kjemi, bioteknologi eller tilsvarende, jf. utlysningen. "
            "Kopi av vitnemål skal være levert før tiltredelse.",
        ),
        ("h", "§ 7  Prøvetid"),
        ("p", "Det gjelder en prøvetid på 6 måneder, jf. statsansatteloven § 15."),
        ("h", "§ 8  Oppsigelse"),
        ("p", "Gjensidig oppsigelsesfrist er 3 måneder. I prøvetiden er fristen 1 måned."),
        ("h", "§ 9  Tariffavtale"),
        ("p", "Hovedtariffavtalen i staten gjelder for arbeidsforholdet."),
        ("h", "§ 10  Andre bestemmelser"),
        ("p", "For øvrig gjelder statsansatteloven, arbeidsmiljøloven og universitetets reglementer."),
        ("p", "Avtalen er utferdiget i to eksemplarer, ett til hver av partene."),
        (
            "sig",
            [
                (
                    "Bodø, 4. mai 2026\n\n__________________________\nfor Nordkyst universitet\nElin Johnsen, HR-sjef",
                    "Sted/dato:\n\n__________________________\nIngrid Vatne Solheim",
                ),
            ],
        ),
    ]
    render_pdf(
        path,
        blocks,
        title="nb10",
        header=[
            "NORDKYST UNIVERSITET",
            "Personalseksjonen",
            "Universitetsalléen 11, 8026 Bodø",
            "postmottak@nordkyst.example",
        ],
        header_first_page_only=True,
    )


# Two-column borderless key/value (DOCX).  Salary range and bonus % are traps;
# the fixed salary is "645.000 kroner".  "mandag 17. august 2026".
# "Org.nr 837336546".  Bachelor required.
@sample(
    "nb11_to_kolonner_lonnsramme_bonus",
    "docx",
    "nb",
    F(
        employer="Bølgen Programvare AS",
        org="837336546",
        title="Systemutvikler",
        pct=100,
        hours=37.5,
        amount=645000,
        cur="NOK",
        period="year",
        annual=645000,
        start="2026-08-17",
        end=None,
        loc="Kristiansand",
        degree="bachelor",
    ),
)
def nb11(path: Path) -> None:
    blocks = [
        ("title", "Tilbud om ansettelse \u2013 hovedvilkår"),
        ("p", "Kristiansand, 12. mai 2026"),
        (
            "kv",
            [
                (
                    "Arbeidsgiver",
                    f"Bølgen Programvare AS, Org.nr {ORGS['nb11']}\nMarkens gate 30, 4611 Kristiansand",
                ),
                ("Arbeidstaker", "Jonas Eikrem Bakke"),
                ("Stillingstittel", "Systemutvikler"),
                ("Ansettelsesform", "Fast ansettelse, heltid"),
                ("Arbeidstid", "37,5 timer i uken, fleksitid med kjernetid 09.00\u201314.00"),
                (
                    "Arbeidssted",
                    "Kristiansand. Inntil to dager hjemmekontor per uke etter avtale med nærmeste leder.",
                ),
                ("Tiltredelse", "mandag 17. august 2026"),
                ("Lønnsramme for stillingen", "kr 600 000 \u2013 700 000"),
                ("Fast årslønn", "645.000 kroner"),
                (
                    "Bonus",
                    "Resultatbasert bonus på inntil 15 % av fast årslønn, avhengig av selskapets resultat. "
                    "Bonus er ikke en del av fast lønn.",
                ),
                ("Pensjon", "Innskuddspensjon 7 % av lønn fra 0 til 7,1 G"),
                ("Utdanning", "Bachelorgrad i informatikk eller tilsvarende er et krav for stillingen."),
                ("Prøvetid", "6 måneder"),
                ("Oppsigelsestid", "3 måneder etter prøvetiden"),
                ("Svarfrist", "26. mai 2026"),
            ],
            False,
        ),
        (
            "p",
            "Tilbudet er betinget av at du legger frem vitnemål og referanser. Endelig arbeidsavtale sendes "
            "når du har akseptert tilbudet.",
        ),
        ("p", "Vi gleder oss til å ha deg med på laget!"),
        ("sig", [("Med vennlig hilsen\nLinn Håland\nDaglig leder", "")]),
    ]
    render_docx(path, blocks, font="Cambria", size=11)


# Letter where the employer name appears only in the drawn letterhead, the
# footer and under the signature; the body says "vi"/"oss".  ISO dates.
# Pay per month with the hourly equivalent; night supplement trap; no
# education stated -> null.
@sample(
    "nb12_renhold_brevhode_maaned_time",
    "pdf",
    "nb",
    F(
        employer="Rentbygg Service AS",
        org="816815215",
        title="Renholdsoperatør",
        pct=100,
        hours=37.5,
        amount=39650,
        cur="NOK",
        period="month",
        annual=475800,
        start="2026-03-16",
        end=None,
        loc="Drammen",
        degree=None,
    ),
)
def nb12(path: Path) -> None:
    blocks = [
        (
            "kv",
            [("Dato", "2026-02-20"), ("Vår ref.", "2026/114-3 KAS"), ("Saksbehandler", "Kari-Anne Strøm")],
            False,
        ),
        ("p", "Zeynep Arslan\nKonnerudgata 48\n3045 Drammen"),
        ("sp",),
        ("title", "Bekreftelse på ansettelse"),
        (
            "p",
            "Vi viser til samtale forrige uke og bekrefter med dette at du er ansatt i fast 100 % stilling som "
            "renholdsoperatør i vår avdeling for næringsbygg. Første arbeidsdag er 2026-03-16.",
        ),
        (
            "p",
            "Du møter på avdelingskontoret vårt i Tollbugata 9, 3044 Drammen, kl. 06.00 første dag. "
            "Arbeidet utføres hos våre kunder i Drammen og Lier; fast oppmøtested er avdelingskontoret.",
        ),
        (
            "p",
            "Arbeidstiden er 37,5 timer per uke, normalt kl. 06.00\u201314.00 med 30 minutters ubetalt pause.",
        ),
        (
            "p",
            "Lønnen er kr 39 650 per måned. Dette tilsvarer en timelønn på kr 244,00 ved 162,5 timer per "
            "måned. For arbeid mellom kl. 21 og 06 betales nattillegg med kr 27 per time. Lønn utbetales den "
            "25. hver måned.",
        ),
        (
            "p",
            "Renholdsoverenskomsten gjelder. Prøvetiden er 6 måneder. Arbeidstøy og verneutstyr holdes av oss.",
        ),
        ("p", "Skriftlig arbeidsavtale følger vedlagt. Vennligst signer og returner den før oppstart."),
        ("p", "Velkommen til oss!"),
        ("p", "Med vennlig hilsen\nRentbygg Service AS\n\n\nKari-Anne Strøm\navdelingsleder næringsbygg"),
    ]
    render_pdf(
        path,
        blocks,
        title="nb12",
        header=[
            "Rentbygg Service AS",
            "Tollbugata 9, 3044 Drammen",
            "Telefon 32 00 00 00",
            "post@rentbygg.example",
        ],
        footer=[f"Rentbygg Service AS  |  org.nr. {sp(ORGS['nb12'])}  |  Bankgiro 0000.00.00000"],
    )


# Plain-text HR-system print of a temporary (vikariat) contract in an ASCII
# table.  "Ansatt fra 02.03.2026", "Ansatt til 31.12.2026"; hourly kr 256,00;
# "Organisasjonsnr." spaced; fagbrev required.
@sample(
    "nb13_vikariat_sjafor_tabell",
    "txt",
    "nb",
    F(
        employer="Trondsen Transport AS",
        org="913034805",
        title="Sjåfør",
        pct=100,
        hours=37.5,
        amount=256.0,
        cur="NOK",
        period="hour",
        annual=499200,
        start="2026-03-02",
        end="2026-12-31",
        loc="Oslo",
        degree="vocational",
    ),
)
def nb13(path: Path) -> None:
    rows = [
        ("Arbeidsgiver", "Trondsen Transport AS"),
        ("Organisasjonsnr.", sp(ORGS["nb13"])),
        ("Adresse", "Strømsveien 250, 0668 Oslo"),
        ("Arbeidstaker", "Vegard Nilsen Hauge"),
        ("Stilling", "Sjåfør (klasse CE), distribusjon"),
        ("Ansettelsesform", "Midlertidig - vikariat"),
        ("Grunnlag", "Vikar for fast ansatt i foreldrepermisjon,"),
        ("", "jf. aml. § 14-9 (2) b"),
        ("Ansatt fra", "02.03.2026"),
        ("Ansatt til", "31.12.2026"),
        ("Stillingsprosent", "100"),
        ("Ukentlig arbeidstid", "37,5 timer, skift etter oppsatt plan"),
        ("Arbeidssted", "Terminal Alnabru, Strømsveien 250, Oslo"),
        ("Timelønn", "kr 256,00"),
        ("Overtid", "50 % tillegg"),
        ("Diett", "Etter statens satser ved overnatting"),
        ("Kompetansekrav", "Fagbrev i yrkessjåførfaget og førerkort CE"),
        ("Prøvetid", "Ingen"),
        ("Oppsigelsesfrist", "1 måned"),
    ]
    sep = "+" + "-" * 22 + "+" + "-" * 48 + "+"
    table = [sep] + [f"| {k:<20} | {v:<46} |" for k, v in rows] + [sep]
    body = "\n".join(table)
    write_txt(
        path,
        f"""
ARBEIDSAVTALE - MIDLERTIDIG ANSETTELSE (VIKARIAT)
Utskrift fra HR-portalen 03.02.2026  -  saksnr. 26/0071

{body}

Tariffavtale: Godssjåføroverenskomsten (NHO Logistikk og Transport /
Norsk Transportarbeiderforbund).

Arbeidsforholdet opphører uten oppsigelse ved utløpet av perioden, eller
tidligere dersom den fast ansatte kommer tilbake. Arbeidstaker varsles
skriftlig senest én måned før fratreden.

Feriepenger kommer i tillegg til lønn, jf. ferieloven.

Oslo, 03.02.2026

______________________________      ______________________________
for Trondsen Transport AS           arbeidstaker
Siri Trondsen, daglig leder         Vegard Nilsen Hauge
""",
    )


# =========================================================================== #
# NYNORSK
# =========================================================================== #


# Seasonal fish-processing contract (nynorsk), DOCX tables.  Fixed term
# 2. februar - 30. april 2026; "heiltid", "37,5 timar i veka"; timeløn
# kr 236,40; shift supplement, production bonus and rent are traps;
# "Organisasjonsnummer" box, unspaced; no formal education -> null.
@sample(
    "nn14_fiskeforedling_sesong",
    "docx",
    "nn",
    F(
        employer="Storvik Sjømat AS",
        org="992856998",
        title="Produksjonsmedarbeidar",
        pct=100,
        hours=37.5,
        amount=236.4,
        cur="NOK",
        period="hour",
        annual=460980,
        start="2026-02-02",
        end="2026-04-30",
        loc="Ramberg",
        degree=None,
    ),
)
def nn14(path: Path) -> None:
    blocks = [
        ("title", "Arbeidsavtale \u2013 mellombels tilsetjing (sesong)"),
        (
            "form",
            [
                (
                    "Arbeidsgivar",
                    [
                        ("Namn", "Storvik Sjømat AS"),
                        ("Organisasjonsnummer", ORGS["nn14"]),
                        ("Adresse", "Storvikvegen 2, 8380 Ramberg"),
                    ],
                ),
                (
                    "Arbeidstakar",
                    [
                        ("Namn", "Nguyen Thi Lan"),
                        ("Adresse", "Personalbustaden, Storvikvegen 6, 8380 Ramberg"),
                    ],
                ),
                (
                    "Stilling og arbeidsstad",
                    [
                        ("Tilsett som", "Produksjonsmedarbeidar (filetlina)"),
                        ("Arbeidsstad", "Fabrikken på Storvika, 8380 Ramberg"),
                    ],
                ),
                (
                    "Varigheit",
                    [
                        ("Tilsett frå", "2. februar 2026"),
                        ("Tilsett til", "30. april 2026"),
                        ("Grunnlag", "Sesongarbeid i skreisesongen, arbeidsmiljølova § 14-9 (2) a"),
                    ],
                ),
                (
                    "Arbeidstid",
                    [
                        ("Stillingsprosent", "Heiltid (100 %)"),
                        (
                            "Arbeidstid",
                            "37,5 timar i veka, dagskift 06.00\u201314.00 eller kveldsskift 14.00\u201322.00 "
                            "etter plan",
                        ),
                        ("Pausar", "30 minutt, betalt"),
                    ],
                ),
                (
                    "Løn",
                    [
                        ("Timeløn", "kr 236,40 per time"),
                        ("Skifttillegg kveld", "kr 24,00 per time"),
                        ("Produksjonstillegg", "kr 0,80 per kg over dagsnorma"),
                        ("Trekk", "Husleige for personalbustad kr 2 400 per månad, etter skriftleg avtale"),
                        ("Utbetaling", "Kvar 14. dag"),
                    ],
                ),
                (
                    "Kompetanse",
                    [
                        (
                            "Krav",
                            "Det er ikkje krav om formell utdanning. Opplæring i hygiene og HMS vert gitt den "
                            "første veka.",
                        ),
                    ],
                ),
            ],
        ),
        (
            "p",
            "Tariffavtale: Landsoverenskomsten for fiskeindustrien. Feriepengar kjem i tillegg til løna, jf. "
            "ferielova. Arbeidsforholdet tek slutt ved utløpet av perioden utan oppseiing.",
        ),
        (
            "sig",
            [
                (
                    "Ramberg, 19. januar 2026\n\n______________________\nfor Storvik Sjømat AS\nTerje Storvik",
                    "Ramberg, 19. januar 2026\n\n______________________\nNguyen Thi Lan",
                ),
            ],
        ),
    ]
    render_docx(path, blocks, font="Arial", size=10)


# Nynorsk offer letter (PDF) from an engineering firm, letterhead with
# "org.nr. 866 394 040".  "Årsløn: kr 650 000,-"; bonus "inntil kr 60 000"
# trap; "Tiltreding: 1. juni 2026"; "Arbeidsstad:"; bachelor required.
@sample(
    "nn15_tilbodsbrev_prosjektleiar",
    "pdf",
    "nn",
    F(
        employer="Vossaplan Rådgjevande Ingeniørar AS",
        org="866394040",
        title="Prosjektleiar",
        pct=100,
        hours=37.5,
        amount=650000,
        cur="NOK",
        period="year",
        annual=650000,
        start="2026-06-01",
        end=None,
        loc="Voss",
        degree="bachelor",
    ),
)
def nn15(path: Path) -> None:
    blocks = [
        ("right", "Voss, 18. mars 2026"),
        ("p", "Gunnhild Rekve\nLundarvegen 12\n5705 Voss"),
        ("sp",),
        ("title", "Tilbod om fast tilsetjing som prosjektleiar"),
        ("p", "Hei Gunnhild,"),
        (
            "p",
            "Takk for gode samtalar dei siste vekene. Vi har gleda av å tilby deg fast tilsetjing som "
            "prosjektleiar i avdelinga vår for samferdsle og byggjeteknikk. Nedanfor følgjer hovudvilkåra.",
        ),
        (
            "kv",
            [
                ("Stilling", "Prosjektleiar, samferdsle og byggjeteknikk"),
                ("Tilsetjingsform", "Fast, heiltid"),
                ("Arbeidstid", "37,5 timar i veka, fleksitid"),
                ("Tiltreding", "1. juni 2026"),
                ("Arbeidsstad", "Kontoret vårt i Uttrågata 25, 5700 Voss"),
                ("Årsløn", "kr 650 000,-"),
                (
                    "Bonus",
                    "Inntil kr 60 000 per år etter måloppnåing. Bonusen er ikkje ein del av den faste løna.",
                ),
                ("Pensjon", "Innskotspensjon 6 % frå første krone"),
                ("Utdanning", "Stillinga krev bachelorgrad i byggingeniørfag eller tilsvarande."),
                ("Prøvetid", "6 månader"),
            ],
            False,
        ),
        ("p", "Vi ber om svar innan 1. april 2026. Arbeidsavtale vert send over så snart du har takka ja."),
        ("p", "Vi ser fram til å få deg med i teamet!"),
        (
            "sig",
            [
                (
                    "Venleg helsing\n\n\nArnfinn Lid\ndagleg leiar",
                    "\n\n\nMari Tvinnereim\nfagleiar samferdsle",
                ),
            ],
        ),
    ]
    render_pdf(
        path,
        blocks,
        title="nn15",
        header=[
            "Vossaplan Rådgjevande Ingeniørar AS",
            "Uttrågata 25, 5700 Voss",
            f"org.nr. {sp(ORGS['nn15'])}",
            "post@vossaplan.example",
        ],
    )


# Nynorsk standard-arbeidsavtale form (PDF, ruled boxes) for a municipal
# kindergarten.  "Tilsett frå: 01.08.2026", "Eventuelt til" empty;
# "Månadsløn: kr 46 600"; org no. in an "Org.nr." box, unspaced; bachelor required.
@sample(
    "nn16_standard_avtale_barnehage",
    "pdf",
    "nn",
    F(
        employer="Fjellgard kommune",
        org="989229427",
        title="Pedagogisk leiar",
        pct=100,
        hours=37.5,
        amount=46600,
        cur="NOK",
        period="month",
        annual=559200,
        start="2026-08-01",
        end=None,
        loc="Bjørke",
        degree="bachelor",
    ),
)
def nn16(path: Path) -> None:
    blocks = [
        ("title", "STANDARD ARBEIDSAVTALE"),
        ("small", "Fylt ut i to eksemplar. Nynorsk utgåve."),
        (
            "form",
            [
                (
                    "1. Verksemd",
                    [
                        ("Namn", "Fjellgard kommune"),
                        ("Org.nr.", ORGS["nn16"]),
                        ("Adresse", "Rådhusvegen 1, 6190 Bjørke"),
                        ("Kommunedirektør", "Astrid Bjørkedal"),
                    ],
                ),
                (
                    "2. Arbeidstakar",
                    [
                        ("Namn", "Kristin Hovden Aarflot"),
                        ("Adresse", "Bakkevegen 3, 6190 Bjørke"),
                    ],
                ),
                (
                    "3. Arbeidsstad",
                    [
                        ("Adresse", "Tjørnvika barnehage, Skulevegen 4, 6190 Bjørke"),
                    ],
                ),
                (
                    "4. Tilsett som",
                    [
                        ("Stilling/tittel", "Pedagogisk leiar"),
                        (
                            "Krav til utdanning",
                            "Barnehagelærarutdanning (bachelor) eller anna pedagogisk utdanning på "
                            "bachelornivå med vidareutdanning i barnehagepedagogikk",
                        ),
                    ],
                ),
                (
                    "5. Tariffavtale",
                    [
                        ("Tariffavtale", "Hovudtariffavtalen i KS"),
                    ],
                ),
                (
                    "6. Varigheit og arbeidstid",
                    [
                        ("Tilsett frå", "01.08.2026"),
                        ("Eventuelt til", ""),
                        ("Stillingsprosent", "100 %"),
                        ("Veketleg arbeidstid", "37,5 timar, av dette 4 timar ubunden tid til planlegging"),
                        ("Oppseiingsfrist", "3 månader"),
                    ],
                ),
                (
                    "7. Prøvetid",
                    [
                        ("Lengd", "6 månader"),
                    ],
                ),
                (
                    "8. Løn",
                    [
                        ("Månadsløn", "kr 46 600"),
                        ("Timeløn", "\u2013"),
                        ("Utbetaling", "Den 12. kvar månad"),
                        ("Andre tillegg", "Ingen"),
                        ("Feriepengar", "Feriepengar kjem i tillegg til løna, jf. ferielova"),
                    ],
                ),
                (
                    "9. Andre opplysningar",
                    [
                        ("Pensjon", "KLP"),
                        ("Politiattest", "Skal leggjast fram før tiltreding"),
                    ],
                ),
            ],
        ),
        ("p", "10. Underskrifter"),
        (
            "sig",
            [
                (
                    "Dato: 27.05.2026\n\n______________________\nUnderskrift arbeidsgivar",
                    "Dato:\n\n______________________\nUnderskrift arbeidstakar",
                ),
            ],
        ),
    ]
    render_pdf(path, blocks, title="nn16", key_width=5.2, size=9.5)


# Nynorsk letter in DOCX where the letterhead (name, org no.) sits in the Word
# header; the body also names the employer.  "månadsløn kr 48 900";
# "100 % stilling, 37,5 timar per veke"; "Tiltreding: 1. september 2026";
# master required.
@sample(
    "nn17_iks_topptekst_maanadsloen",
    "docx",
    "nn",
    F(
        employer="Indrefjord Vatn og Avløp IKS",
        org="843699812",
        title="Rådgjevar",
        pct=100,
        hours=37.5,
        amount=48900,
        cur="NOK",
        period="month",
        annual=586800,
        start="2026-09-01",
        end=None,
        loc="Leikanger",
        degree="master",
    ),
)
def nn17(path: Path) -> None:
    blocks = [
        ("right", "Leikanger, 12. mai 2026\nVår ref.: 26/88"),
        ("p", "Håkon Brekke Øvrebø\nSkrivarvegen 5\n6854 Kaupanger"),
        ("title", "Tilsetjing som rådgjevar"),
        (
            "p",
            "Vi viser til søknad og intervju. Styret i Indrefjord Vatn og Avløp IKS har gjort vedtak om å "
            "tilby deg fast stilling som rådgjevar innan vassforsyning. Vilkåra er desse:",
        ),
        (
            "ul",
            [
                "Stilling: Rådgjevar, vassforsyning",
                "Stillingsprosent: 100 % stilling, 37,5 timar per veke (fleksitid)",
                "Løn: månadsløn kr 48 900. Lønsplasseringa vert vurdert ved dei lokale forhandlingane hausten 2026.",
                "Tiltreding: 1. september 2026",
                "Arbeidsstad: Administrasjonsbygget, Sjøvegen 2, 6863 Leikanger",
                "Krav: Stillinga krev mastergrad (sivilingeniør) innan VA-teknikk, bygg eller miljøteknikk.",
                "Pensjon: KLP, 2 % trekk i løn",
                "Prøvetid: 6 månader",
            ],
        ),
        (
            "p",
            "Tilsetjinga skjer på dei vilkår som følgjer av lov, avtaleverk og selskapet sine reglement. "
            "Vi ber om at du stadfestar innan 26. mai 2026 om du tek imot stillinga.",
        ),
        ("p", "Venleg helsing"),
        ("sig", [("Eldrid Hauge\ndagleg leiar", "Per Olav Sandvik\nstyreleiar")]),
    ]
    render_docx(
        path,
        blocks,
        header=[
            "Indrefjord Vatn og Avløp IKS",
            f"Sjøvegen 2, 6863 Leikanger  \u00b7  Org.nr. {sp(ORGS['nn17'])}  \u00b7  "
            "post@indrefjordva.example",
        ],
        font="Calibri",
        size=11,
    )


# Nynorsk two-pairs-per-row table (DOCX) for a bakery shop.  "deltid 60 %",
# "22,5 timar i veka", "timeløn kr 221,80"; Saturday supplement trap; place of
# work only in prose; fagbrev "ein fordel" -> null; "NO 940 555 353 MVA".
@sample(
    "nn18_bakeri_deltid_60",
    "docx",
    "nn",
    F(
        employer="Strynsbakeriet AS",
        org="940555353",
        title="Butikkmedarbeidar",
        pct=60,
        hours=22.5,
        amount=221.8,
        cur="NOK",
        period="hour",
        annual=259506,
        start="2026-05-04",
        end=None,
        loc="Stryn",
        degree=None,
    ),
)
def nn18(path: Path) -> None:
    blocks = [
        ("title", "Tilsetjingsavtale"),
        (
            "kv4",
            [
                ("Arbeidsgivar", "Strynsbakeriet AS", "Arbeidstakar", "Solveig Flo Loen"),
                ("Stilling", "Butikkmedarbeidar", "Tilsetjing", "Fast"),
                (
                    "Stillingsprosent",
                    "deltid 60 %",
                    "Arbeidstid",
                    "22,5 timar i veka, turnus med kvar tredje laurdag",
                ),
                ("Oppstart", "måndag 4. mai 2026", "Prøvetid", "3 månader"),
                ("Timeløn", "kr 221,80", "Laurdagstillegg", "kr 50 per time etter kl. 13"),
                ("Tariff", "Butikkoverenskomsten (Virke/HK)", "Oppseiing", "1 månad"),
            ],
        ),
        (
            "p",
            "Du skal i hovudsak arbeide i utsalet vårt i Stryn sentrum, men kan òg setjast inn på kafeen vår "
            "på Loen i helgar og høgsesong.",
        ),
        (
            "p",
            "Fagbrev som bakar eller konditor er ein fordel, men ikkje eit krav for stillinga. Du får "
            "opplæring i kasse, hygiene og produktkunnskap.",
        ),
        (
            "p",
            "Meirarbeid ut over avtalt tid vert løna med timeløn. Overtid ut over 9 timar per dag eller "
            "40 timar per veke gir 50 % tillegg. Feriepengar kjem i tillegg til løna.",
        ),
        (
            "sig",
            [
                (
                    "Stryn, 14. april 2026\n\n______________________\nfor Strynsbakeriet AS\nEinar Stryn",
                    "Stryn, 14. april 2026\n\n______________________\nSolveig Flo Loen",
                ),
            ],
        ),
    ]
    render_docx(
        path,
        blocks,
        font="Georgia",
        size=10,
        footer=[f"Strynsbakeriet AS \u00b7 Tonningsgata 3, 6781 Stryn \u00b7 NO {sp(ORGS['nn18'])} MVA"],
    )


def main(argv: list[str]) -> int:
    for key, org in ORGS.items():
        assert org not in HOLDOUT1_ORGS, (key, org)
    assert len(set(ORGS.values())) == len(ORGS)
    return kit_main(REGISTRY, OUT, argv, known_orgs=set(ORGS.values()))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
