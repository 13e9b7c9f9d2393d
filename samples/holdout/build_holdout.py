"""Build the offercheck HOLD-OUT evaluation set.

EVALUATION ONLY.  These documents and their ground truth were written by hand by
someone who had not read the extractor code, modelled on real Norwegian and
English offer letters / employment contracts (see README.md).  Never use this
set to tune patterns or extractors: once a failure here is "fixed" by looking at
the document, the set stops measuring anything.

Run from the repository root:

    .venv/bin/python samples/holdout/build_holdout.py

Writes 24 documents (8 en, 9 nb, 7 nn; 10 PDF, 9 DOCX, 5 TXT) and next to each
``<name>.expected.json``.  Every expected value below is written literally by
hand; nothing is computed by offercheck.  Output is deterministic (reportlab
invariant mode, fixed DOCX core properties and zip timestamps).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kit import blocks  # noqa: E402
from kit.orgnr import spaced as sp  # noqa: E402
from kit.registry import Registry  # noqa: E402
from kit.registry import expected_fields as F  # noqa: E402
from kit.registry import main as kit_main  # noqa: E402
from reportlab.lib.pagesizes import LETTER  # noqa: E402

OUT = Path(__file__).resolve().parent
AS_OF = "2026-06-01"
REGISTRY = Registry(AS_OF)
sample = REGISTRY.fields_sample
render_pdf = partial(blocks.render_pdf, layout=blocks.HOLDOUT)
render_docx = partial(blocks.render_docx, layout=blocks.HOLDOUT)

# --------------------------------------------------------------------------- #
# Org numbers used in the documents (all checked against mod-11 at build time).
# --------------------------------------------------------------------------- #
ORGS = [
    "926018159",
    "883016610",
    "818609132",
    "899603087",
    "846281940",
    "819935181",
    "890937861",
    "979754329",
    "991186255",
    "876018950",
    "959797110",
    "950752912",
    "903423668",
    "912768422",
    "984656327",
    "822330797",
    "844026854",
    "928907864",
    "966176032",
    "837215900",
    "809281590",
    "813962454",
    "971177772",
    "912154726",
    "838528082",
    "914852536",
    "939336338",
    "950047437",
    "975513130",
]


# ---------------------------------------------------------------- English --- #


@sample(
    "en01_tech_offer_oslo",
    "pdf",
    "en",
    F(
        "Nordlys Data AS",
        "926018159",
        "Senior Backend Engineer",
        100,
        37.5,
        865000,
        "NOK",
        "year",
        865000,
        "2026-03-02",
        None,
        "Oslo",
        "master",
    ),
)
def en01(path: Path) -> None:
    blocks = [
        ("p", "Oslo, 12 January 2026"),
        ("p", "Priya Raghunathan\nFlat 4B, 22 Residency Road\nBengaluru 560025\nIndia"),
        ("title", "Offer of employment \u2013 Senior Backend Engineer"),
        ("p", "Dear Priya,"),
        (
            "p",
            "Thank you for the conversations with the team in December. We are pleased to offer you the "
            "position of Senior Backend Engineer in our Payments team. This letter summarises the main terms; "
            "a full employment contract in accordance with the Norwegian Working Environment Act will follow "
            "once you have accepted.",
        ),
        (
            "kv",
            [
                ("Position", "Senior Backend Engineer"),
                ("Team", "Payments"),
                ("Reporting to", "Lars \u00d8verby, Head of Engineering"),
                ("Type of employment", "Permanent, full-time (100 %)"),
                ("Working hours", "37.5 hours per week. Core hours 09:00\u201315:00."),
                (
                    "Place of work",
                    "Our office at Dronning Eufemias gate 16, Oslo. Up to two days a week from home "
                    "by agreement with your manager.",
                ),
                (
                    "Start date",
                    "2 March 2026, or a later date if your residence permit has not been granted by then",
                ),
                ("Base salary", "NOK 865,000 per year, paid monthly on the 25th"),
                (
                    "Annual bonus",
                    "Target 10 % of base salary, discretionary, paid in March the following year",
                ),
                (
                    "Share options",
                    "4,000 options under the Nordlys Group 2024 option programme, 4-year vesting "
                    "with a 1-year cliff",
                ),
                (
                    "Pension",
                    "Defined contribution: 7 % of salary up to 7.1 G and 18 % between 7.1 G and 12 G",
                ),
                ("Holiday", "Five weeks. Holiday pay 12 % of the previous year's earnings."),
                (
                    "Relocation",
                    "Lump sum of NOK 60,000 (gross) paid with the first salary, plus economy flights "
                    "for you and your immediate family",
                ),
                ("Probation", "Six months, with 14 days' mutual notice"),
                ("Notice period", "Three months after probation"),
            ],
        ),
        ("h", "Qualifications"),
        (
            "p",
            "The position requires a master's degree in computer science or a closely related field. The offer "
            "is made on the basis of the MSc (NTNU, 2017) stated in your application and is conditional on "
            "verification of your diploma.",
        ),
        ("h", "Acceptance"),
        (
            "p",
            "Please sign and return this letter by 23 January 2026. If you have questions, call me on "
            "+47 915 22 310.",
        ),
        ("p", "We are very much looking forward to working with you."),
        (
            "sig",
            [
                ("For Nordlys Data AS", "Accepted"),
                ("Ingrid Haugen, CEO", "Priya Raghunathan"),
                ("", "Date: ____________"),
            ],
        ),
    ]
    render_pdf(
        path,
        blocks,
        title="Offer of employment",
        header=[
            "Nordlys Data AS",
            "Dronning Eufemias gate 16, 0191 Oslo  |  Org. no. 926 018 159 MVA  |  nordlysdata.no",
        ],
        footer=[
            "Nordlys Data AS is part of the Nordlys Group. Group head office: Nordlys Holding AS, "
            "org. no. 883 016 610, Lysaker Torg 5, 1366 Lysaker."
        ],
    )


@sample(
    "en02_university_fixed_term",
    "docx",
    "en",
    F(
        "Fjordland University",
        "818609132",
        "PhD Research Fellow",
        100,
        37.5,
        550800,
        "NOK",
        "year",
        550800,
        "2026-08-17",
        "2030-08-16",
        "Kristiansund",
        "master",
    ),
)
def en02(path: Path) -> None:
    blocks = [
        ("title", "Employment contract \u2013 fixed-term position"),
        ("h", "Parties to the agreement \u2013 employer"),
        (
            "kv",
            [
                ("Name of employer", "Fjordland University"),
                ("Norwegian organisational number", "818 609 132"),
                ("Faculty / department", "Faculty of Science and Technology, Department of Marine Biology"),
                ("Address", "P.O. Box 4100, 6404 Molde, NORWAY"),
            ],
        ),
        ("h", "Parties to the agreement \u2013 employee"),
        (
            "kv",
            [
                ("Name of employee", "Tom\u00e1s Herrera Vidal"),
                ("Date of birth", "14.07.1996"),
                ("Address", "Calle de Alcal\u00e1 210, 28028 Madrid, Spain"),
                ("Bank account for salary payment", "IBAN ES91 2100 0418 4502 0005 1332"),
            ],
        ),
        ("h", "Position and workplace"),
        (
            "kv",
            [
                ("Place of work", "Campus Kristiansund, Fosnagata 12, 6509 Kristiansund"),
                ("Position code", "1017"),
                ("Job title", "PhD Research Fellow"),
                ("Percentage of position", "100 %"),
                ("Start and end date", "17.08.2026 \u2013 16.08.2030"),
                ("Working hours", "37.5 hours per week, including a 30-minute paid lunch break"),
                (
                    "Description of work tasks",
                    "Doctoral research on kelp-forest ecology in the project "
                    "\u201cKELPNOR\u201d, including 25 % required duties (teaching and supervision).",
                ),
            ],
        ),
        ("h", "Basis for fixed-term employment"),
        (
            "p",
            "The appointment is made on a fixed-term basis for the doctoral programme, cf. the Act relating to "
            "universities and university colleges and the Regulations concerning terms and conditions of "
            "employment for the posts of post-doctoral research fellow, research fellow, research assistant "
            "and resident. The employment ends without notice at the end of the period.",
        ),
        ("h", "Qualification requirement"),
        (
            "p",
            "The position requires a completed master's degree (or equivalent) in marine biology. The appointment "
            "is conditional on the final diploma being submitted before the start date.",
        ),
        ("h", "Remuneration"),
        (
            "kv",
            [
                (
                    "General pay conditions",
                    "Annual salary for 100% position is 550 800 Norwegian krone (NOK), salary grade 54.",
                ),
                (
                    "Pension",
                    "A deduction of 2 % is made for membership of the Norwegian Public Service Pension "
                    "Fund (SPK).",
                ),
                ("Payment", "Salary is paid monthly on the 12th."),
            ],
        ),
        (
            "p",
            "The Basic Collective Agreement for the Civil Service regulates general pay conditions. Holiday and "
            "holiday pay follow the Holidays Act and the Basic Agreement; holiday pay is 12 %.",
        ),
        ("h", "Signatures"),
        (
            "sig",
            [
                ("Place and date: Molde, 03.03.2026", "Place and date: ____________"),
                (
                    "For Fjordland University: Kari Nes\u00f8, HR Adviser",
                    "Employee: Tom\u00e1s Herrera Vidal",
                ),
            ],
        ),
    ]
    render_docx(path, blocks, header=["Fjordland University", "HR Division \u2013 our ref. 26/01187"])


@sample(
    "en03_hotel_email_hourly",
    "txt",
    "en",
    F(
        "Bryggen Hotelldrift AS",
        "899603087",
        "Breakfast Chef",
        100,
        37.5,
        228.40,
        "NOK",
        "hour",
        445380,
        "2026-03-16",
        None,
        "Troms\u00f8",
        None,
    ),
)
def en03(path: Path) -> None:
    text = f"""From: Hanne Vik <hanne.vik@hotelbryggen.no>
To: Marco Bellini <marco.bellini84@gmail.com>
Date: Tue, 10 Feb 2026 14:32:07 +0100
Subject: Job offer - Breakfast Chef, Hotel Bryggen Troms\u00f8

Hi Marco,

Thank you for the trial shift last Thursday - the kitchen team was very happy with you. We would like to
offer you a permanent position as Breakfast Chef at Hotel Bryggen Troms\u00f8. The main terms are below; you
will get the written employment contract to sign on your first day at the latest.

  Employer:        Bryggen Hotelldrift AS (org.nr {sp("899603087")})
  Position:        Breakfast Chef
  Start:           Monday 16 March 2026
  Hours:           Full-time, 37.5 hours per week, rotating shifts starting 05:30
  Hourly wage:     NOK 228.40
  Supplements:     NOK 58 per hour on Saturdays and Sundays, 50 % overtime supplement
  Holiday pay:     10.2 % (paid in June)
  Meals:           Staff breakfast and lunch, NOK 40 per working day deducted from salary
  Workplace:       Hotel Bryggen, Strandgata 5, 9008 Troms\u00f8
  Agreement:       Riksavtalen (NHO Reiseliv / Fellesforbundet)

A trade certificate (fagbrev) as a chef is an advantage, but it is not a requirement for this job.
Salary is paid every second Friday to a Norwegian bank account; until you have one we can pay to
your Italian account (IBAN IT60 X054 2811 1010 0000 0123 456).

Could you reply by 20 February whether you accept? Call me on 907 11 442 if anything is unclear.

Best regards,
Hanne Vik
Hotel Manager
Bryggen Hotelldrift AS - part of Arktis Hotels
Arktis Hotels AS, org. {sp("846281940")}, Sj\u00f8gata 1, 9008 Troms\u00f8
"""
    path.write_text(text, encoding="utf-8")


@sample(
    "en04_shipping_contract_monthly",
    "pdf",
    "en",
    F(
        "Skagerak Ship Management AS",
        "890937861",
        "Marine Superintendent",
        100,
        37.5,
        61250,
        "NOK",
        "month",
        735000,
        "2026-08-01",
        None,
        "Haugesund",
        "bachelor",
    ),
)
def en04(path: Path) -> None:
    blocks = [
        ("title", "EMPLOYMENT CONTRACT"),
        (
            "p",
            "This contract is made between Skagerak Ship Management AS, org. no. 890 937 861, Smedasundet 97, "
            "5528 Haugesund (the \u201cCompany\u201d), and Oleksandr Petrenko, born 03.11.1988, "
            "Vulytsia Khreshchatyk 14, Kyiv, Ukraine (the \u201cEmployee\u201d).",
        ),
        ("h", "1. Position"),
        (
            "p",
            "The Employee is employed as Marine Superintendent in the Technical Department, reporting to the "
            "Technical Manager. The Company may assign other reasonable tasks within the Employee's field.",
        ),
        ("h", "2. Place of work"),
        (
            "p",
            "The Company's office in Haugesund. The position involves travel to vessels and shipyards in "
            "Norway and abroad, normally 40\u201360 days per year.",
        ),
        ("h", "3. Commencement and duration"),
        (
            "p",
            "The employment commences on 1 August 2026 and is permanent. The first six months are a "
            "probationary period.",
        ),
        ("h", "4. Working hours"),
        (
            "p",
            "This is a full-time position. Normal working hours are 7.5 hours per day, Monday to Friday, "
            "08:00\u201315:30 including a paid 30-minute lunch break.",
        ),
        ("h", "5. Salary and allowances"),
        (
            "p",
            "The Employee's fixed salary is NOK 61,250 per month, paid on the 20th of each month. Salary is "
            "reviewed annually with effect from 1 January. In addition the Company pays:",
        ),
        (
            "ul",
            [
                "a fixed car allowance of NOK 4,000 per month (taxable);",
                "a vessel attendance allowance of NOK 1,500 per day spent on board or at a yard;",
                "overtime compensation of 50 % for pre-approved overtime.",
            ],
        ),
        ("h", "6. Qualifications"),
        (
            "p",
            "The position requires a bachelor's degree in nautical science or marine engineering and a valid "
            "STCW certificate of competency.",
        ),
        ("h", "7. Pension and insurance"),
        (
            "p",
            "The Employee is enrolled in the Company's defined-contribution pension scheme (5 % of salary from "
            "1 G to 12 G) and in group life and travel insurance.",
        ),
        ("h", "8. Holiday"),
        ("p", "Five weeks' holiday per year. Holiday pay is 12 % and is paid in June."),
        ("h", "9. Notice"),
        (
            "p",
            "During probation 14 days; thereafter three months, calculated from the first day of the month "
            "after notice is given.",
        ),
        ("h", "10. Collective agreement"),
        ("p", "The employment is not covered by a collective agreement."),
        ("sp",),
        (
            "sig",
            [
                ("Haugesund, 18 May 2026", "Haugesund, ____________"),
                ("For Skagerak Ship Management AS", "Employee"),
                ("Bj\u00f8rn Tveit, Managing Director", "Oleksandr Petrenko"),
            ],
        ),
    ]
    render_pdf(
        path,
        blocks,
        title="Employment contract",
        header=[
            "SKAGERAK SHIPPING ASA",
            "Group Head Office: Strandveien 50, 1366 Lysaker  |  Org. no. 819 935 181",
        ],
        footer=["Skagerak Ship Management AS is a wholly owned subsidiary of Skagerak Shipping ASA."],
    )


@sample(
    "en05_construction_carpenter_primo",
    "docx",
    "en",
    F(
        "Rogaland Byggteam AS",
        "979754329",
        "Carpenter",
        100,
        37.5,
        276.50,
        "NOK",
        "hour",
        539175,
        None,
        None,
        "Stavanger",
        "vocational",
    ),
)
def en05(path: Path) -> None:
    blocks = [
        ("p", "Stavanger, 28.01.2026"),
        ("p", "Piotr Kowalczyk\nul. Dluga 17/4\n80-827 Gdansk\nPoland"),
        ("title", "Offer of employment as Carpenter"),
        (
            "p",
            "We refer to your application and the interview on Teams on 21 January. Rogaland Byggteam AS is "
            "pleased to offer you a permanent full-time position as Carpenter in our residential projects "
            "team.",
        ),
        (
            "kv",
            [
                ("Job title", "Carpenter"),
                ("Employment", "Permanent, 100 %"),
                (
                    "Start",
                    "Primo May 2026. The exact date will be confirmed when your residence permit has "
                    "been granted.",
                ),
                (
                    "Working hours",
                    "37.5 hours per week, Monday\u2013Friday 07:00\u201315:00 with a 30-minute break",
                ),
                ("Hourly wage", "NOK 276.50"),
                ("Overtime", "50 % supplement on weekdays, 100 % on Sundays and public holidays"),
                (
                    "Travel and subsistence",
                    "Per the Building Industry Agreement (Byggeindustrioverenskomsten); "
                    "currently NOK 1,012 per night away from home",
                ),
                (
                    "Place of work",
                    "Building sites in the Stavanger/Sandnes area. Daily attendance at our base, "
                    "Lagerveien 20, 4033 Stavanger.",
                ),
                ("Holiday pay", "12 %"),
                ("Pension", "Mandatory occupational pension (OTP), 2 % of salary"),
            ],
        ),
        ("h", "Requirements"),
        (
            "p",
            "The position requires a trade certificate (fagbrev / svennebrev) as a carpenter. Foreign "
            "certificates must be recognised by NOKUT before the start date. Valid HSE card (HMS-kort) is "
            "issued by us.",
        ),
        ("p", "Please confirm by e-mail to post@rogbygg.no by 6 February 2026 whether you accept the offer."),
        ("sig", [("Kind regards", ""), ("Rune Sele", ""), ("Project Manager, Rogaland Byggteam AS", "")]),
    ]
    render_docx(
        path,
        blocks,
        header=[
            "ROGALAND BYGGTEAM AS",
            "Lagerveien 20, 4033 Stavanger \u2022 Org.nr. 979 754 329 MVA \u2022 tlf. 51 88 40 00",
        ],
    )


@sample(
    "en06_salary_by_agreement",
    "pdf",
    "en",
    F(
        "Midtnorsk Geoteknikk AS",
        "991186255",
        "Geotechnical Engineer",
        100,
        37.5,
        None,
        None,
        None,
        None,
        None,
        None,
        "Trondheim",
        None,
    ),
)
def en06(path: Path) -> None:
    blocks = [
        ("p", "Trondheim, 2 February 2026\nOur ref.: HR-2026-014"),
        ("p", "Ms. Amara Okafor\n12 Adeola Odeku Street\nVictoria Island, Lagos\nNigeria"),
        ("title", "Offer of position \u2013 Geotechnical Engineer"),
        ("p", "Dear Ms. Okafor,"),
        (
            "p",
            "Following your interviews with us, Midtnorsk Geoteknikk AS (org. no. 991 186 255) is pleased to "
            "offer you the position of Geotechnical Engineer in our foundation engineering group.",
        ),
        ("h", "Main terms"),
        (
            "ul",
            [
                "Employment: permanent, full-time (100 %), 37.5 hours per week with flexitime.",
                "Place of work: our office at Sluppenvegen 11, 7037 Trondheim, with site visits in "
                "Tr\u00f8ndelag.",
                "Start date: as soon as possible, by agreement.",
                "Salary: according to agreement. We will send you a separate salary proposal when we have "
                "received your salary expectations.",
                "Annual bonus: up to NOK 50,000 depending on company results.",
                "Mobile phone and broadband covered up to NOK 600 per month.",
                "Pension: 6 % contribution from the first krone.",
                "Probation: six months.",
            ],
        ),
        ("h", "Qualifications"),
        (
            "p",
            "An MSc in geotechnical engineering is preferred. Experience with PLAXIS and Norwegian standards "
            "(Eurocode 7) will be an advantage.",
        ),
        ("p", "Please let us know by 16 February 2026 whether you wish to accept."),
        ("sig", [("Yours sincerely", ""), ("Siri Aune", ""), ("Head of Geotechnics", "")]),
    ]
    render_pdf(
        path,
        blocks,
        pagesize=LETTER,
        title="Offer of position",
        header=["Midtnorsk Geoteknikk AS", "Sluppenvegen 11, 7037 Trondheim | www.mngeo.no"],
    )


@sample(
    "en07_part_time_80_remote",
    "txt",
    "en",
    F(
        "Polarsoft AS",
        "876018950",
        "Frontend Developer",
        80,
        30,
        452000,
        "NOK",
        "year",
        452000,
        "2026-06-01",
        None,
        "Troms\u00f8",
        "bachelor",
    ),
)
def en07(path: Path) -> None:
    text = f"""POLARSOFT AS
Storgata 88, 9008 Troms\u00f8 - Org. no.: NO {sp("876018950")} MVA

EMPLOYMENT AGREEMENT

1. PARTIES
Employer:   Polarsoft AS, Storgata 88, 9008 Troms\u00f8
Employee:   Lucia Fern\u00e1ndez, born 22.09.1993, Storgata 140, 9008 Troms\u00f8

2. POSITION AND DUTIES
The Employee is employed as Frontend Developer in the product team. The position requires a bachelor's
degree in computer science or software engineering.

3. START AND TYPE OF EMPLOYMENT
Start date: 01.06.2026
The position is permanent. Probation period: 6 months.

4. SCOPE AND WORKING HOURS
Position percentage: 80 %
Working hours: 30 hours per week, normally Monday-Thursday 08:00-16:00 incl. a 30 minute break.
The Employee has requested a reduced position; a full-time position is 37.5 hours per week.

5. PLACE OF WORK
Polarsoft AS, Storgata 88, 9008 Troms\u00f8. By agreement the Employee may work from home in
Troms\u00f8 up to three days a week.

6. SALARY
Annual salary: NOK 452,000 (80 % of a full-time salary of NOK 565,000).
Paid monthly on the 20th to account no. 1503 27 88412.
Salary is reviewed every year in April.

7. OTHER BENEFITS
Pension: 5 % of salary (defined contribution, Storebrand).
Holiday: 5 weeks, holiday pay 12 %.
Laptop and mobile phone provided.

8. NOTICE
One month during probation; three months thereafter.

9. COLLECTIVE AGREEMENT
None.

Troms\u00f8, 14.04.2026

For Polarsoft AS                          Employee
Henrik Bakke, CTO                         Lucia Fern\u00e1ndez
"""
    path.write_text(text, encoding="utf-8")


@sample(
    "en08_salary_in_eur",
    "docx",
    "en",
    F(
        "Nordwind Energietechnik Norge AS",
        "959797110",
        "Wind Turbine Service Technician",
        100,
        40,
        4850,
        "EUR",
        "month",
        None,
        "2026-04-01",
        None,
        "Kristiansand",
        "vocational",
    ),
)
def en08(path: Path) -> None:
    blocks = [
        ("title", "Contract of Employment"),
        (
            "kv",
            [
                (
                    "Employer",
                    "Nordwind Energietechnik Norge AS\nOrg. no. 959 797 110\nAndreas Kjerschows "
                    "gate 7, 4611 Kristiansand",
                ),
                ("Parent company", "Nordwind Energietechnik GmbH, Hamburg (HRB 118204)"),
                ("Employee", "Jonas Weber, born 05.02.1991, Am Sandtorkai 3, 20457 Hamburg, Germany"),
            ],
        ),
        ("h", "1 Position"),
        (
            "p",
            "The Employee is employed as Wind Turbine Service Technician. The position requires completed "
            "vocational training as an electrician or mechatronics technician (German Facharbeiterbrief or "
            "Norwegian fagbrev).",
        ),
        ("h", "2 Commencement"),
        (
            "p",
            "The employment starts on 01.04.2026 and is permanent, with a probationary period of 6 months.",
        ),
        ("h", "3 Place of work"),
        (
            "p",
            "Base: the service centre in Kristiansand. Work is carried out at wind farms in Agder and "
            "Rogaland; travel time is working time.",
        ),
        ("h", "4 Working time"),
        ("p", "Full-time, 40 hours per week (Monday\u2013Friday). Standby duty is compensated separately."),
        ("h", "5 Remuneration"),
        (
            "kv",
            [
                ("Monthly salary", "EUR 4,850 gross"),
                (
                    "Payment",
                    "Paid in EUR on the last working day of the month to IBAN DE89 3704 0044 0532 0130 00",
                ),
                ("Standby allowance", "EUR 35 per day on standby"),
                ("Per diem", "According to Norwegian state rates for overnight stays"),
            ],
        ),
        ("h", "6 Holidays"),
        (
            "p",
            "25 working days per year plus Norwegian public holidays; holiday pay according to the Norwegian "
            "Holidays Act (10.2 %).",
        ),
        ("h", "7 Notice"),
        ("p", "14 days during probation, thereafter one month."),
        (
            "sig",
            [
                ("Kristiansand, 20.02.2026", ""),
                ("Nordwind Energietechnik Norge AS", "Employee"),
                ("Katrin M\u00fcller, Country Manager", "Jonas Weber"),
            ],
        ),
    ]
    render_docx(path, blocks, footer=["Nordwind Energietechnik Norge AS \u2013 a Nordwind Group company"])


# ---------------------------------------------------------------- Bokmål --- #


@sample(
    "nb09_stat_tilsettingsbrev_lonnstrinn",
    "pdf",
    "nb",
    F(
        "Havforvaltningsdirektoratet",
        "950752912",
        "Seniorrådgiver",
        100,
        37.5,
        735900,
        "NOK",
        "year",
        735900,
        "2026-09-01",
        None,
        "Bergen",
        "master",
    ),
)
def nb09(path: Path) -> None:
    blocks = [
        (
            "kv",
            [
                ("Deres ref.", ""),
                ("V\u00e5r ref.", "2025/4412-9"),
                ("V\u00e5r dato", "04.02.2026"),
                ("Saksbehandler", "Mette Lunde, tlf. 55 23 80 14"),
            ],
        ),
        ("p", "Eirik Sol\u00e5s\nNyg\u00e5rdsgaten 41\n5015 Bergen"),
        ("title", "Tilsetting i stilling som seniorr\u00e5dgiver"),
        (
            "p",
            "Vi viser til intervju og tilsettingsr\u00e5dets vedtak av 2. februar 2026, og har gleden av \u00e5 "
            "meddele at du er tilsatt i fast 100 % stilling som seniorr\u00e5dgiver (stillingskode 1364) i "
            "avdeling for kystsoneforvaltning.",
        ),
        ("p", "Tjenestested: Havforvaltningsdirektoratet, Strandkaien 18, 5013 Bergen."),
        (
            "p",
            "Du tilbys l\u00f8nn i l\u00f8nnstrinn 72, for tiden kr 735 900 pr. \u00e5r. L\u00f8nnen utbetales den "
            "12. i hver m\u00e5ned. Det trekkes 2 % pensjonsinnskudd til Statens pensjonskasse. Stillingen "
            "har gruppelivsforsikring etter Hovedtariffavtalen i staten.",
        ),
        (
            "p",
            "Tilsettingen forutsetter at du har fullf\u00f8rt mastergrad, slik utlysningen krever. Kopi av "
            "vitnem\u00e5l m\u00e5 legges fram f\u00f8r tiltredelse.",
        ),
        (
            "p",
            "Arbeidstiden er 37,5 timer per uke inkludert spisepause, med fleksitid etter direktoratets "
            "reglement. Det er seks m\u00e5neders pr\u00f8vetid.",
        ),
        (
            "p",
            "Tiltredelse: 1.9.2026. Dersom du \u00f8nsker en annen dato, ber vi deg ta kontakt med "
            "saksbehandler.",
        ),
        (
            "p",
            "Vi ber om at du bekrefter at du tar imot stillingen innen 18.02.2026. Arbeidsavtale sendes "
            "deg for signering n\u00e5r vi har mottatt svaret ditt.",
        ),
        ("p", "Velkommen til Havforvaltningsdirektoratet!"),
        (
            "sig",
            [
                ("Med hilsen", ""),
                ("Tor Egil Brekke", "Mette Lunde"),
                ("avdelingsdirekt\u00f8r", "seniorr\u00e5dgiver HR"),
            ],
        ),
        ("small", "Dokumentet er elektronisk godkjent og har ingen h\u00e5ndskrevne signaturer."),
    ]
    render_pdf(
        path,
        blocks,
        grid=False,
        key_width=3.2,
        title="Tilsetting",
        header=[
            "Havforvaltningsdirektoratet",
            "Postadresse: Postboks 1200 Sentrum, 5811 Bergen  \u2022  Org.nr.: 950 752 912  "
            "\u2022  postmottak@havdir.no",
        ],
    )


@sample(
    "nb10_kommune_lonn_etter_avtale",
    "docx",
    "nb",
    F(
        "Ringvik kommune",
        "903423668",
        "Rådgiver plan og bygg",
        100,
        37.5,
        None,
        None,
        None,
        None,
        "2026-03-01",
        None,
        "Leknes",
        "bachelor",
    ),
)
def nb10(path: Path) -> None:
    blocks = [
        ("title", "ARBEIDSAVTALE"),
        ("small", "jf. arbeidsmilj\u00f8loven \u00a7 14-6 og Hovedtariffavtalen (KS)"),
        ("h", "1. Arbeidsgiver"),
        (
            "kv",
            [("Navn", "Ringvik kommune"), ("Org.nr.", "903423668"), ("Adresse", "Postboks 104, 8376 Leknes")],
        ),
        ("h", "2. Arbeidstaker"),
        (
            "kv",
            [
                ("Navn", "Aleksandra Nowak"),
                ("F\u00f8dselsdato", "02.05.1990"),
                ("Adresse", "Lillemolla 3, 8370 Leknes"),
                ("Kontonr.", "4530 12 77631"),
            ],
        ),
        ("h", "3. Stilling"),
        (
            "kv",
            [
                ("Stillingsbetegnelse", "R\u00e5dgiver plan og bygg"),
                ("Stillingskode", "7076 R\u00e5dgiver"),
                ("Enhet", "Plan, bygg og eiendom"),
                ("Arbeidssted", "Ringvik r\u00e5dhus, Torget 1, 8370 Leknes"),
                ("Stillingsprosent", "100"),
                ("Type tilsetting", "Fast"),
                ("Tiltredelse", "01.03.26"),
                ("Pr\u00f8vetid", "6 m\u00e5neder"),
            ],
        ),
        (
            "p",
            "Stillingen krever bachelorgrad innen arealplanlegging, bygg eller tilsvarende. Kopi av "
            "vitnem\u00e5l leveres f\u00f8r tiltredelse.",
        ),
        ("h", "4. Arbeidstid"),
        (
            "kv",
            [
                ("Ukentlig arbeidstid", "37,5 timer"),
                ("Daglig arbeidstid", "08.00\u201315.30, fleksitid etter reglement"),
                ("Pauser", "30 minutter, betalt"),
            ],
        ),
        ("h", "5. L\u00f8nn"),
        (
            "kv",
            [
                (
                    "L\u00f8nn",
                    "Etter avtale, jf. HTA kap. 4. L\u00f8nnsfastsettelse etter lokale forhandlinger.",
                ),
                ("Utbetaling", "Den 12. i hver m\u00e5ned til oppgitt konto"),
                ("Tillegg", "Godtgj\u00f8ring for kveldsm\u00f8ter i planutvalget kr 400 per m\u00f8te"),
                ("Pensjon", "KLP. Arbeidstakers andel 2 % trekkes i l\u00f8nn."),
            ],
        ),
        ("h", "6. Ferie og oppsigelse"),
        (
            "p",
            "Ferie etter ferieloven og HTA, 5 uker. Feriepenger 12 %. Oppsigelsesfrist 3 m\u00e5neder, i "
            "pr\u00f8vetiden 14 dager.",
        ),
        ("h", "7. Tariffavtale"),
        (
            "p",
            "Hovedtariffavtalen i KS-omr\u00e5det, mellom KS og LO Kommune, Unio, YS-K og Akademikerne "
            "kommune.",
        ),
        ("h", "8. Underskrifter"),
        (
            "sig",
            [
                ("Leknes, 11.02.2026", "Leknes, ____________"),
                ("for Ringvik kommune", "Arbeidstaker"),
                ("Heidi Str\u00f8m, kommunalsjef", "Aleksandra Nowak"),
            ],
        ),
    ]
    render_docx(
        path,
        blocks,
        header=["Ringvik kommune", "Personal og organisasjon"],
        footer=[
            "Ringvik kommune \u2022 Torget 1, 8370 Leknes \u2022 postmottak@ringvik.kommune.no "
            "\u2022 Org.nr. 903 423 668"
        ],
    )


@sample(
    "nb11_sykehus_hf_primo",
    "pdf",
    "nb",
    F(
        "Helse Vestkyst HF",
        "912768422",
        "Sykepleier",
        100,
        35.5,
        598400,
        "NOK",
        "year",
        598400,
        None,
        None,
        "Haugesund",
        "bachelor",
    ),
)
def nb11(path: Path) -> None:
    blocks = [
        ("p", "Haugesund, 19.01.2026"),
        ("p", "Maria Santos\nKarmsundgata 201\n5531 Haugesund"),
        ("title", "Tilbud om stilling"),
        (
            "p",
            "Vi viser til intervju 12. januar og har gleden av \u00e5 tilby deg stilling som sykepleier ved "
            "medisinsk sengepost, Haugesund sykehus.",
        ),
        (
            "kv",
            [
                ("Stilling", "Sykepleier"),
                ("Avdeling", "Medisinsk klinikk, sengepost M3"),
                ("Stillingsst\u00f8rrelse", "100 % fast"),
                ("Arbeidstid", "35,5 timer per uke i tredelt turnus (dag/kveld/natt), arbeid hver 3. helg"),
                ("Arbeidssted", "Haugesund sykehus, Karmsundgata 120, 5528 Haugesund"),
                ("Tiltredelse", "Primo mars 2026 \u2013 endelig dato avtales med avdelingsleder"),
                (
                    "L\u00f8nn",
                    "kr 598 400 per \u00e5r (ansiennitet 4 \u00e5r) i henhold til overenskomst "
                    "Spekter/NSF, omr\u00e5de 10",
                ),
                ("Tillegg", "Kveldstillegg 25 %, nattillegg 45 %, helgetillegg kr 70 per time"),
                ("Pensjon", "KLP, 2 % egenandel"),
                ("Pr\u00f8vetid", "6 m\u00e5neder"),
            ],
        ),
        (
            "p",
            "Krav til stillingen: bachelor i sykepleie og norsk autorisasjon som sykepleier. Tilbudet gis "
            "med forbehold om godkjent politiattest og fremlagt autorisasjon.",
        ),
        (
            "p",
            "Gi oss svar innen 26.01.2026 ved \u00e5 svare i rekrutteringsportalen. Arbeidsavtale blir "
            "utstedt n\u00e5r tiltredelsesdato er avklart.",
        ),
        ("sig", [("Med vennlig hilsen", ""), ("Lena Kvinge", ""), ("avdelingsleder, sengepost M3", "")]),
    ]
    render_pdf(
        path,
        blocks,
        title="Tilbud om stilling",
        header=[
            "Helse Vestkyst HF",
            "Haugesund sykehus \u2022 Postboks 2170, 5504 Haugesund \u2022 Org.nr. 912 768 422",
        ],
        footer=["Helse Vestkyst HF er et helseforetak i Helse Vest RHF (org.nr. 984 656 327)."],
    )


@sample(
    "nb12_it_konsulent_maanedslonn",
    "txt",
    "nb",
    F(
        "Bitfjord Consulting AS",
        "822330797",
        "Seniorkonsulent",
        100,
        37.5,
        52300,
        "NOK",
        "month",
        627600,
        "2026-03-01",
        None,
        "Oslo",
        None,
    ),
)
def nb12(path: Path) -> None:
    text = f"""Bitfjord Consulting AS
Org.nr. {sp("822330797")} | Dronning Eufemias gate 8, 0191 Oslo

Oslo, 19. januar 2026

Til: Daniel Hoang
Trondheimsveien 102 B
0565 Oslo

TILBUDSBREV

Hei Daniel!

Takk for gode samtaler. Vi har gleden av å tilby deg stilling som seniorkonsulent i vår avdeling for
skyarkitektur. Nedenfor følger hovedvilkårene. Endelig arbeidsavtale sendes når du har takket ja.

Stilling ............ Seniorkonsulent
Stillingsprosent .... 100 % (heltid), 37,5 t/uke
Oppstart ............ 1.3.2026
Arbeidssted ......... Oslo (kontor i Dronning Eufemias gate 8). Arbeid hos kunder i Oslo-området må påregnes.
Fastlønn ............ kr 52.300,- pr. mnd.
Bonus ............... inntil 2 mnd.lønner pr. år, basert på faktureringsgrad og selskapets resultat
Pensjon ............. 6 % innskudd fra 0 G
Mobil/bredbånd ...... dekkes
Feriepenger ......... 12 %, 5 ukers ferie
Prøvetid ............ 6 mnd.
Oppsigelsestid ...... 3 mnd.

Relevant utdanning på bachelor- eller masternivå er ønskelig, men lang erfaring kan kompensere.

Lønnen vurderes første gang ved lønnsoppgjøret 1. januar 2027. Svarfrist: 26.01.2026.

Vi gleder oss til å ha deg med på laget!

Vennlig hilsen
Marte Solberg
Daglig leder, Bitfjord Consulting AS
tlf. 922 45 118
"""
    path.write_text(text, encoding="utf-8")


@sample(
    "nb13_bygg_timelonn_tomrer",
    "docx",
    "nb",
    F(
        "Drammen Tre & Bygg AS",
        "844026854",
        "Tømrer",
        100,
        37.5,
        268.50,
        "NOK",
        "hour",
        523575,
        "2026-03-02",
        None,
        "Drammen",
        "vocational",
    ),
)
def nb13(path: Path) -> None:
    blocks = [
        ("title", "Arbeidsavtale"),
        (
            "p",
            "mellom Drammen Tre & Bygg AS (org.nr. 844 026 854), Kobbervikdalen 41, 3036 Drammen, heretter "
            "kalt arbeidsgiver, og Vytautas Kazlauskas, f. 19.06.1987, Konnerudgata 12, 3045 Drammen, "
            "heretter kalt arbeidstaker.",
        ),
        ("h", "\u00a7 1 Stilling og arbeidssted"),
        ("p", "Ansatt som: T\u00f8mrer"),
        (
            "p",
            "Arbeidssted: Byggeplasser i Drammen-regionen. Oppm\u00f8te og verksted: Kobbervikdalen 41, "
            "3036 Drammen.",
        ),
        (
            "p",
            "Stillingen krever fagbrev i t\u00f8mrerfaget (eller NOKUT-godkjent tilsvarende utenlandsk "
            "fagutdanning).",
        ),
        ("h", "\u00a7 2 Varighet"),
        ("p", "Ansatt fra: 02.03.2026. Ansettelsen er fast. Pr\u00f8vetid 6 m\u00e5neder."),
        ("h", "\u00a7 3 Arbeidstid"),
        (
            "p",
            "Heltid. Ukentlig arbeidstid 37,5 timer, mandag\u2013fredag kl. 07.00\u201315.00 med 30 min "
            "spisepause. Overtid kan p\u00e5legges innenfor arbeidsmilj\u00f8lovens grenser.",
        ),
        ("h", "\u00a7 4 L\u00f8nn"),
        (
            "kv",
            [
                ("Timel\u00f8nn", "kr 268,50"),
                ("Overtidstillegg", "50 % hverdager, 100 % s\u00f8n- og helligdager"),
                (
                    "Kost- og nattgodtgj\u00f8relse",
                    "Etter statens satser, for tiden kr 1 012,- pr. d\u00f8gn",
                ),
                ("Verkt\u00f8ygodtgj\u00f8relse", "kr 3,50 pr. time"),
                ("Utbetaling", "Hver 14. dag, til konto 2220 18 44190"),
            ],
        ),
        ("h", "\u00a7 5 Ferie, pensjon, oppsigelse"),
        (
            "p",
            "Ferie og feriepenger etter ferieloven (10,2 %). OTP 2 %. Oppsigelsesfrist etter "
            "arbeidsmilj\u00f8loven \u00a7 15-3, i pr\u00f8vetiden 14 dager.",
        ),
        ("h", "\u00a7 6 Tariffavtale"),
        ("p", "Fellesoverenskomsten for byggfag (BNL/Fellesforbundet). Verneombud: Per Arne Holm."),
        (
            "sig",
            [
                ("Drammen, 20.02.2026", "Drammen, 20.02.2026"),
                ("For arbeidsgiver", "Arbeidstaker"),
                ("Geir Mathisen", "Vytautas Kazlauskas"),
            ],
        ),
    ]
    render_docx(path, blocks)


@sample(
    "nb14_hotell_deltid_sesong",
    "pdf",
    "nb",
    F(
        "Geiranger Fjordhotell AS",
        "928907864",
        "Resepsjonist",
        60,
        22.5,
        212.40,
        "NOK",
        "hour",
        248508,
        "2026-05-01",
        "2026-09-30",
        "Geiranger",
        None,
    ),
)
def nb14(path: Path) -> None:
    blocks = [
        ("title", "Arbeidsavtale \u2013 midlertidig ansettelse (sesong)"),
        (
            "kv",
            [
                (
                    "Arbeidsgiver",
                    "Geiranger Fjordhotell AS, org.nr. 928 907 864\nGeirangervegen 2, 6216 Geiranger",
                ),
                ("Arbeidstaker", "Ana Lima, f. 30.03.2001\nRua Augusta 55, 1100-048 Lisboa, Portugal"),
                ("Arbeidssted", "Resepsjonen, Geiranger Fjordhotell, 6216 Geiranger"),
                ("Stilling", "Resepsjonist"),
                ("Ansatt fra", "01.05.2026"),
                ("Ansatt til", "30.09.2026"),
                ("Grunnlag", "Sesongarbeid, jf. arbeidsmilj\u00f8loven \u00a7 14-9 (2) a"),
                ("Stillingsprosent", "60 %"),
                ("Arbeidstid", "22,5 timer pr. uke etter oppsatt arbeidsplan (dag- og kveldsvakter)"),
                ("Pauser", "30 min ved vakter over 5,5 timer"),
                ("Timel\u00f8nn", "kr 212,40"),
                ("Tillegg", "Kveldstillegg kr 26,- pr. time etter kl. 21.00; helgetillegg kr 40,- pr. time"),
                ("Kost og losji", "Personalbolig kr 2 500,- pr. m\u00e5ned trekkes i l\u00f8nn"),
                ("Utbetaling", "Den 15. i hver m\u00e5ned"),
                ("Feriepenger", "10,2 %, utbetales ved fratredelse"),
                ("Oppsigelse", "14 dager"),
                ("Tariffavtale", "Riksavtalen (NHO Reiseliv \u2013 Fellesforbundet)"),
            ],
        ),
        ("p", "Arbeidstaker har fortrinnsrett til ny sesong etter arbeidsmilj\u00f8loven \u00a7 14-2 (3)."),
        (
            "sig",
            [
                ("Geiranger, 02.03.2026", ""),
                ("_____________________", "_____________________"),
                ("Geiranger Fjordhotell AS v/ Olav Dj\u00f8nne", "Ana Lima"),
            ],
        ),
    ]
    render_pdf(path, blocks, title="Arbeidsavtale", key_width=4.2)


@sample(
    "nb15_rederi_morselskap_topptekst",
    "docx",
    "nb",
    F(
        "Kystrederiet Ship Management AS",
        "837215900",
        "Teknisk inspektør",
        100,
        37.5,
        780000,
        "NOK",
        "year",
        780000,
        "2026-06-01",
        None,
        "Ålesund",
        "bachelor",
    ),
)
def nb15(path: Path) -> None:
    blocks = [
        ("p", "\u00c5lesund, 5. mars 2026"),
        ("p", "Ravi Menon\nFlat 12, Marine Drive Residency\nKochi 682031, India"),
        ("title", "Tilbud om ansettelse \u2013 teknisk inspekt\u00f8r"),
        (
            "p",
            "Vi viser til samtaler i februar og har gleden av \u00e5 tilby deg fast stilling som teknisk "
            "inspekt\u00f8r i Kystrederiet Ship Management AS, org.nr. 837 215 900.",
        ),
        ("h", "Stilling og arbeidssted"),
        (
            "p",
            "Du vil inng\u00e5 i den tekniske avdelingen med ansvar for fire br\u00f8nnb\u00e5ter. "
            "Arbeidssted er selskapets kontor i \u00c5lesund, Keiser Wilhelms gate 22. Reiser til skip og "
            "verft m\u00e5 p\u00e5regnes.",
        ),
        ("p", "Stillingen forutsetter bachelorgrad i maskinfag eller marinteknikk."),
        ("h", "Vilk\u00e5r"),
        (
            "ul",
            [
                "Heltid (100 %), 37,5 timer per uke.",
                "Tiltredelse 1. juni 2026.",
                "\u00c5rsl\u00f8nn NOK 780 000,- som utbetales med 1/12 den 25. hver m\u00e5ned.",
                "Reisedager om bord godtgj\u00f8res med NOK 1 200,- per d\u00f8gn.",
                "Innskuddspensjon 7 % av l\u00f8nn opp til 12 G.",
                "Fri telefon og bredb\u00e5nd.",
                "Pr\u00f8vetid 6 m\u00e5neder, deretter 3 m\u00e5neders gjensidig oppsigelsestid.",
            ],
        ),
        ("p", "Tilbudet gjelder til 19. mars 2026. Vi bist\u00e5r med s\u00f8knad om oppholdstillatelse."),
        (
            "sig",
            [
                ("Med vennlig hilsen", ""),
                ("Kystrederiet Ship Management AS", ""),
                ("Sindre Vike, teknisk sjef", ""),
            ],
        ),
    ]
    render_docx(
        path,
        blocks,
        header=[
            "KYSTREDERIET ASA",
            "Hovedkontor: Keiser Wilhelms gate 22, 6003 \u00c5lesund  "
            "|  Org.nr. 966 176 032  |  www.kystrederiet.no",
        ],
    )


@sample(
    "nb16_standard_arbeidsavtale_butikk",
    "pdf",
    "nb",
    F(
        "Polarkjeden Tromsø AS",
        "809281590",
        "Butikkmedarbeider",
        100,
        37.5,
        38900,
        "NOK",
        "month",
        466800,
        "2026-08-15",
        None,
        "Tromsø",
        None,
    ),
)
def nb16(path: Path) -> None:
    blocks = [
        ("title", "STANDARD ARBEIDSAVTALE"),
        ("small", "Fast ansettelse. Avtalen er utarbeidet etter arbeidsmilj\u00f8loven \u00a7 14-6."),
        ("h", "1. Arbeidsgiver / virksomhet"),
        (
            "kv",
            [
                ("Navn", "Polarkjeden Troms\u00f8 AS"),
                ("Org.nr.", "809 281 590"),
                ("Daglig leder", "Stine Rasmussen"),
                ("Adresse", "Heiloveien 20, 9016 Troms\u00f8"),
            ],
        ),
        ("h", "2. Arbeidstaker"),
        (
            "kv",
            [
                ("Navn", "Fatima Yusuf"),
                ("F\u00f8dselsdato", "11.12.1998"),
                ("Adresse", "Fiolveien 9, 9016 Troms\u00f8"),
            ],
        ),
        ("h", "3. Arbeidsplass"),
        ("kv", [("Adresse", "Polarkjeden Jekta, Jekta Storsenter, Heiloveien 20, 9016 Troms\u00f8")]),
        ("h", "4. Ansatt som"),
        ("kv", [("Stilling / tittel", "Butikkmedarbeider")]),
        ("h", "5. Ansettelsesforholdets varighet og arbeidstid"),
        (
            "kv",
            [
                ("Ansatt fra", "15.08.2026"),
                ("Eventuelt til", ""),
                ("Stillingsprosent", "100"),
                ("Ukentlig arbeidstid", "37,5 t"),
                ("Daglig arbeidstid", "Etter arbeidsplan, mellom 09.00 og 21.00"),
                ("Pauser", "30 min, betalt"),
                ("Oppsigelsesfrist", "1 m\u00e5ned (14 dager i pr\u00f8vetiden)"),
                ("Pr\u00f8vetid", "6 m\u00e5neder"),
            ],
        ),
        ("h", "6. L\u00f8nn"),
        (
            "kv",
            [
                ("L\u00f8nn pr. time/m\u00e5ned", "kr 38 900,- pr. m\u00e5ned"),
                ("Overtidstillegg", "40 %"),
                (
                    "Kvelds-/helgetillegg",
                    "Etter Butikkoverenskomsten, for tiden kr 33,- pr. time etter kl. 18",
                ),
                ("Utbetaling", "Den 20. hver m\u00e5ned, til bankkonto"),
                ("Feriepenger", "Feriepenger kommer i tillegg til l\u00f8nn, jf. ferieloven"),
            ],
        ),
        ("h", "7. Tariffavtale"),
        (
            "kv",
            [
                ("F\u00f8lgende tariffavtale gjelder", "Butikkoverenskomsten (Virke\u2013HK)"),
                ("Tariffparter", "Virke og Handel og Kontor i Norge"),
            ],
        ),
        ("h", "8. Underskrifter"),
        (
            "sig",
            [
                ("Dato: 29.05.2026", "Dato: 29.05.2026"),
                ("Underskrift arbeidsgiver", "Underskrift arbeidstaker"),
            ],
        ),
    ]
    render_pdf(path, blocks, title="Standard arbeidsavtale", size=9.5)


@sample(
    "nb17_snarest_mastergrad",
    "txt",
    "nb",
    F(
        "Stavanger Reservoar Analyse AS",
        "813962454",
        "Reservoaringeniør",
        100,
        37.5,
        695000,
        "NOK",
        "year",
        695000,
        None,
        None,
        "Stavanger",
        "master",
    ),
)
def nb17(path: Path) -> None:
    text = f"""STAVANGER RESERVOAR ANALYSE AS                        Stavanger, 3. februar 2026
Løkkeveien 107, 4007 Stavanger
Org.nr.: {sp("813962454")}

Juan Carlos Moreno
Av. Libertador 1450
Buenos Aires, Argentina


TILBUD OM STILLING SOM RESERVOARINGENIØR

Vi takker for interessen og har gleden av å tilby deg fast stilling som reservoaringeniør i vår
avdeling for feltutvikling.

Stillingen krever mastergrad i petroleumsteknologi eller reservoarfag. Du har opplyst at du har
mastergrad fra Universidad de Buenos Aires (2018); vi ber om kopi av vitnemål med offisiell
oversettelse.

Vilkår:
  * Årslønn: kr 695 000
  * Heltid, 37,5 timer per uke
  * Arbeidssted: Løkkeveien 107, Stavanger
  * Tiltredelse: snarest mulig, etter nærmere avtale
  * Pensjon: 7 % innskudd
  * Prøvetid: 6 måneder
  * Feriepenger: 12 %

Lønnen reguleres neste gang 1. mai 2026. Selskapet dekker flytteutgifter inntil kr 40 000 mot
dokumentasjon.

Vi ber om svar innen 13.02.2026.

Med vennlig hilsen
Stavanger Reservoar Analyse AS

Kjetil Ramsland
fagsjef reservoar
"""
    path.write_text(text, encoding="utf-8")


# --------------------------------------------------------------- Nynorsk --- #


@sample(
    "nn18_kommune_laerar_arsramme",
    "pdf",
    "nn",
    F(
        "Fjellheim kommune",
        "971177772",
        "Lærar",
        100,
        None,
        641200,
        "NOK",
        "year",
        641200,
        "2026-08-01",
        None,
        "Sogndal",
        "master",
    ),
)
def nn18(path: Path) -> None:
    blocks = [
        ("kv", [("Dykkar ref.", ""), ("Vår ref.", "26/311-4"), ("Dato", "16.03.2026")]),
        ("p", "Ingrid Myklebust\nStedjevegen 22\n6856 Sogndal"),
        ("title", "Tilsetjing som lærar ved Fjellheim skule"),
        (
            "p",
            "Vi viser til intervju og tilsetjingsutvalet si handsaming. Du er tilsett i 100 % fast stilling "
            "som lærar ved Fjellheim skule med tiltreding 1. august 2026.",
        ),
        ("h", "Vilkår"),
        (
            "kv",
            [
                ("Stilling", "Lærar"),
                ("Stillingskode", "7956 Lektor"),
                ("Arbeidsstad", "Fjellheim skule, Skulevegen 4, 6856 Sogndal"),
                ("Løn", "Etter Hovudtariffavtalen kap. 4 C, 6 års ansiennitet, for tida kr 641 200 per år"),
                ("Arbeidstid", "Arbeidstida følgjer SFS 2213 med årsrammer for undervisning"),
                ("Pensjon", "Statens pensjonskasse, 2 % trekk i løn"),
                ("Prøvetid", "6 månader"),
            ],
        ),
        (
            "p",
            "Det er krav om mastergrad (grunnskulelærarutdanning for trinn 5\u201310 eller tilsvarande). "
            "Tilsetjinga er gjort med atterhald om godkjend politiattest.",
        ),
        (
            "p",
            "Vi ber om at du stadfestar at du tek imot stillinga innan 1.4.2026. Arbeidsavtale vert "
            "send ut før skulestart.",
        ),
        ("p", "Velkomen til Fjellheim kommune!"),
        (
            "sig",
            [("Med helsing", ""), ("Gunnar Hovland", "Solveig Tenfjord"), ("rektor", "rådgjevar personal")],
        ),
    ]
    render_pdf(
        path,
        blocks,
        grid=False,
        key_width=3.2,
        title="Tilsetjing",
        header=["Fjellheim kommune", "Oppvekst \u2022 Postboks 153, 6851 Sogndal \u2022 Org.nr. 971 177 772"],
    )


@sample(
    "nn19_helsefagarbeidar_80_maanadsloen",
    "docx",
    "nn",
    F(
        "Storøy kommune",
        "912154726",
        "Helsefagarbeidar",
        80,
        28.4,
        39250,
        "NOK",
        "month",
        471000,
        "2026-03-01",
        None,
        "Fosnavåg",
        "vocational",
    ),
)
def nn19(path: Path) -> None:
    blocks = [
        ("title", "Arbeidsavtale"),
        ("h", "1. Partane"),
        (
            "kv",
            [
                ("Arbeidsgivar", "Storøy kommune, org.nr. 912154726, Rådhusgata 1, 6090 Fosnavåg"),
                ("Arbeidstakar", "Joy Mbeki, fødd 07.08.1994, Vågsplassen 3, 6090 Fosnavåg"),
            ],
        ),
        ("h", "2. Stilling og arbeidsstad"),
        (
            "kv",
            [
                ("Tilsett som", "Helsefagarbeidar"),
                ("Eining", "Storøy omsorgssenter, avdeling 2"),
                ("Arbeidsstad", "Storøy omsorgssenter, Sentrumsvegen 10, 6090 Fosnavåg"),
                ("Krav", "Fagbrev som helsefagarbeidar"),
            ],
        ),
        ("h", "3. Varigheit og arbeidstid"),
        (
            "kv",
            [
                ("Tilsett frå", "01.03.26"),
                ("Eventuelt til", "\u2013"),
                ("Stillingsprosent", "80 %"),
                ("Arbeidstid", "28,4 timar per veke (gjennomsnitt i turnus, 35,5 t = 100 %)"),
                ("Turnus", "Todelt turnus, arbeid kvar 3. helg"),
                ("Prøvetid", "6 månader"),
            ],
        ),
        ("h", "4. Løn"),
        (
            "kv",
            [
                ("Månadsløn", "kr 39 250 (80 %)"),
                ("Tillegg", "Kvelds- og nattillegg 25 %, helgetillegg kr 65 per time, jf. HTA"),
                ("Utbetaling", "Den 12. kvar månad"),
                ("Pensjon", "KLP, 2 % trekk"),
            ],
        ),
        ("h", "5. Ferie og oppseiing"),
        (
            "p",
            "Ferie etter ferielova og HTA, feriepengar 12 %. Oppseiingsfrist 1 månad, i prøvetida 14 dagar.",
        ),
        ("h", "6. Tariffavtale"),
        ("p", "Hovudtariffavtalen i KS-området."),
        (
            "sig",
            [
                ("Fosnavåg, 20.02.2026", "Fosnavåg, ____________"),
                ("for Storøy kommune", "Arbeidstakar"),
                ("Oddny Sævik, einingsleiar", "Joy Mbeki"),
            ],
        ),
    ]
    render_docx(path, blocks, header=["Storøy kommune", "Helse og omsorg"])


@sample(
    "nn20_fiskeforedling_timeloen",
    "txt",
    "nn",
    F(
        "Måløy Sjømat AS",
        "838528082",
        "Produksjonsmedarbeidar",
        100,
        37.5,
        231.20,
        "NOK",
        "hour",
        450840,
        "2026-03-09",
        None,
        "Måløy",
        None,
    ),
)
def nn20(path: Path) -> None:
    text = f"""MÅLØY SJØMAT AS - ARBEIDSAVTALE

Arbeidsgjevar:  Måløy Sjømat AS, Gate 1 nr. 40, 6700 Måløy
                Org.nr. {sp("838528082")}
Arbeidstakar:   Tomasz Wójcik, fødd 12.01.1985
                Tunvegen 6, 6700 Måløy

1  STILLING
   Arbeidstakaren vert tilsett som produksjonsmedarbeidar i filetavdelinga.

2  ARBEIDSSTAD
   Anlegget på Trollebø, 6700 Måløy.

3  TILTREDING OG VARIGHEIT
   Tiltreding: 9. mars 2026. Fast tilsetjing, prøvetid 6 månader.

4  ARBEIDSTID
   Heiltid, 37,5 timar per veke i toskift (06.00-14.00 / 14.00-22.00), 30 min betalt pause.
   Permitteringsreglane i Hovudavtalen gjeld ved råstoffmangel.

5  LØN
   Timeløn: kr 231,20
   Skifttillegg: kr 22,50 per time for kveldsskift
   Overtid: 50 % tillegg (100 % etter kl. 21 og i helg)
   Løna vert utbetalt kvar 14. dag.

6  FERIE
   Ferie etter ferielova, feriepengar 10,2 %.

7  OPPSEIING
   14 dagar i prøvetida, elles 1 månad.

8  TARIFFAVTALE
   Fiskeindustrioverenskomsten (Sjømat Norge / NNN).

Utdanning: ingen formelle krav. Truckførarbevis er ein fordel.

Måløy, 23.02.2026

___________________________          ___________________________
for Måløy Sjømat AS                  Tomasz Wójcik
Jan Helge Bakke, produksjonssjef
"""
    path.write_text(text, encoding="utf-8")


@sample(
    "nn21_hf_lis1_mellombels",
    "pdf",
    "nn",
    F(
        "Helse Sunnfjord HF",
        "914852536",
        "Lege i spesialisering (LIS1)",
        100,
        38,
        702300,
        "NOK",
        "year",
        702300,
        "2026-09-01",
        "2028-02-29",
        "Førde",
        None,
        omit=("job_title", "degree_required"),
    ),
)
def nn21(path: Path) -> None:
    blocks = [
        ("title", "Arbeidsavtale \u2013 mellombels tilsetjing"),
        (
            "kv",
            [
                ("Arbeidsgjevar", "Helse Sunnfjord HF\nOrg.nr. 914 852 536\nSvanehaugvegen 2, 6812 Førde"),
                ("Arbeidstakar", "Dr. Lukas Schneider, fødd 21.10.1997\nVieveien 3, 6800 Førde"),
                ("Stilling", "Lege i spesialisering, del 1 (LIS1)"),
                (
                    "Arbeidsstad",
                    "Førde sentralsjukehus, Svanehaugvegen 2, 6812 Førde (12 månader), "
                    "deretter Florø kommune (6 månader)",
                ),
                ("Stillingsprosent", "100 %"),
                ("Tilsett frå", "1.9.2026"),
                ("Tilsett til", "29.2.2028"),
                ("Grunnlag", "Spesialistforskrifta \u00a7 6, mellombels tilsetjing i LIS1-stilling"),
                ("Arbeidstid", "38 timar per veke, gjennomsnittsberekna i arbeidsplan med vakter"),
                ("Årsløn", "kr 702 300 (grunnløn)"),
                (
                    "Tillegg",
                    "Vaktlønn etter Spekter/Legeforeningen A2 \u00a7 5; heimevakt kr 250 per time (1/3)",
                ),
                ("Pensjon", "KLP, 2 % eigendel"),
                ("Oppseiing", "3 månader"),
            ],
        ),
        (
            "p",
            "Tilsetjinga føreset norsk autorisasjon som lege. Ved overgang til kommunehelsetenesta "
            "gjeld Florø kommune som arbeidsgjevar i den perioden, med eiga avtale.",
        ),
        (
            "sig",
            [
                ("Førde, 15.05.2026", ""),
                ("for Helse Sunnfjord HF", "Arbeidstakar"),
                ("Marit Hauge, klinikkdirektør", "Lukas Schneider"),
            ],
        ),
    ]
    render_pdf(
        path,
        blocks,
        title="Arbeidsavtale",
        key_width=3.8,
        footer=["Helse Sunnfjord HF \u2013 eit føretak i Helse Vest"],
    )


@sample(
    "nn22_hogskule_stipendiat_berre_lonstrinn",
    "docx",
    "nn",
    F(
        "Høgskulen i Nordfjord",
        "939336338",
        "Stipendiat",
        100,
        37.5,
        None,
        None,
        None,
        None,
        "2026-10-01",
        "2030-09-30",
        "Sandane",
        "master",
    ),
)
def nn22(path: Path) -> None:
    blocks = [
        ("title", "Arbeidsavtale for stipendiat"),
        (
            "p",
            "Mellom Høgskulen i Nordfjord (org.nr. 939 336 338), heretter kalla arbeidsgjevar, og "
            "Mei Lin Chen, fødd 03.04.1997, heretter kalla arbeidstakar, er det inngått slik avtale:",
        ),
        (
            "kv",
            [
                ("Stilling", "Stipendiat"),
                ("Stillingskode", "1017"),
                ("Fagmiljø", "Institutt for berekraftig havbruk"),
                ("Arbeidsstad", "Campus Sandane, Fjordvegen 30, 6823 Sandane"),
                ("Stillingsprosent", "100"),
                ("Periode", "1.10.2026\u201330.9.2030, herav 25 % pliktarbeid"),
                ("Arbeidstid", "37,5 timar per veke"),
                ("Løn", "Lønstrinn 54 i Statens lønsregulativ"),
                ("Pensjon", "Statens pensjonskasse, 2 % trekk"),
                ("Utbetaling", "Den 12. kvar månad"),
            ],
        ),
        (
            "p",
            "Det er krav om mastergrad innan akvakultur, marinbiologi eller tilsvarande. Tilsetjinga "
            "føreset opptak til doktorgradsprogrammet innan tre månader.",
        ),
        (
            "p",
            "Ferie og feriepengar etter ferielova og Hovudtariffavtalen i staten. Stillinga er mellombels "
            "etter universitets- og høgskulelova; arbeidsforholdet tek slutt utan oppseiing ved utløp.",
        ),
        (
            "sig",
            [
                ("Sandane, 11.05.2026", "Stad/dato: ____________"),
                ("for Høgskulen i Nordfjord", "Arbeidstakar"),
                ("Ola Reed, instituttleiar", "Mei Lin Chen"),
            ],
        ),
    ]
    render_docx(
        path,
        blocks,
        header=["Høgskulen i Nordfjord"],
        footer=["Postboks 45, 6821 Sandane \u2022 post@hinf.no \u2022 Org.nr. 939 336 338"],
    )


@sample(
    "nn23_it_tilbodsbrev_tabell",
    "pdf",
    "nn",
    F(
        "Vestlandskode AS",
        "950047437",
        "Systemutviklar",
        100,
        37.5,
        720000,
        "NOK",
        "year",
        720000,
        "2026-04-01",
        None,
        "Bergen",
        None,
    ),
)
def nn23(path: Path) -> None:
    blocks = [
        ("p", "Bergen, 9. februar 2026"),
        ("p", "Kwame Mensah\nKalfarveien 57\n5018 Bergen"),
        ("title", "Tilbod om stilling som systemutviklar"),
        (
            "p",
            "Takk for gode samtalar! Vi har gleda av å tilby deg fast stilling som systemutviklar i "
            "Vestlandskode AS. Her er vilkåra:",
        ),
        (
            "kv",
            [
                ("Stilling", "Systemutviklar"),
                ("Stillingsprosent", "100 % (heiltid)"),
                ("Arbeidstid", "37,5 timar per veke, fleksibel"),
                ("Arbeidsstad", "Kontoret vårt i Bergen, Solheimsgaten 15"),
                ("Oppstart", "1.4.2026"),
                ("Årsløn", "NOK 720 000"),
                ("Signeringsbonus", "NOK 50 000, utbetalt med første løn"),
                ("Pensjon", "7 % av løn frå første krone"),
                ("Feriepengar", "12 %"),
                ("Prøvetid", "6 månader"),
            ],
        ),
        ("p", "Utdanning på bachelor- eller masternivå er ein fordel, men ikkje eit krav."),
        ("p", "Gje oss svar innan 16.2.2026. Arbeidsavtalen sender vi når du har takka ja."),
        ("sig", [("Venleg helsing", ""), ("Astrid Lie", ""), ("dagleg leiar", "")]),
    ]
    render_pdf(
        path,
        blocks,
        title="Tilbod om stilling",
        key_width=4.0,
        header=[
            "Vestlandskode AS",
            "Solheimsgaten 15, 5058 Bergen  |  Avdelingskontor: "
            "Kongens gate 12, 6002 Ålesund  |  Org.nr. 950 047 437",
        ],
    )


@sample(
    "nn24_elektrikar_oppstart_etter_avtale",
    "docx",
    "nn",
    F(
        "Romsdal Elektro AS",
        "975513130",
        "Elektrikar",
        100,
        37.5,
        288.00,
        "NOK",
        "hour",
        561600,
        None,
        None,
        "Molde",
        "vocational",
    ),
)
def nn24(path: Path) -> None:
    blocks = [
        ("p", "Molde, 12.03.2026"),
        ("p", "Til: Andrius Petrauskas\nLaisvės al. 60, 44304 Kaunas, Litauen"),
        ("title", "Tilbod om stilling som elektrikar"),
        (
            "p",
            "Vi viser til søknaden din og samtalen 5. mars. Romsdal Elektro AS, org.nr. 975 513 130, har "
            "gleda av å tilby deg fast stilling som elektrikar i installasjonsavdelinga vår.",
        ),
        (
            "kv",
            [
                ("Stilling", "Elektrikar"),
                ("Krav", "Fagbrev som elektrikar (eller godkjend utanlandsk utdanning, DSB)"),
                ("Stillingsprosent", "100 %"),
                ("Arbeidstid", "37,5 timar/veke, måndag\u2013fredag 07.00\u201315.00"),
                ("Arbeidsstad", "Molde, Fannestrandvegen 48, med oppdrag i Romsdal"),
                ("Timeløn", "kr 288,00"),
                ("Tillegg", "Smusstillegg kr 12 per time; overtid 50 %/100 %"),
                ("Oppstart", "Etter avtale, når opphaldsløyve er gitt"),
                ("Pensjon", "OTP 2 %"),
                ("Tariffavtale", "Landsoverenskomsten for elektrofaga"),
            ],
        ),
        ("p", "Vi hjelper deg med bustad det første halvåret (husleige kr 6 500 per månad trekt i løn)."),
        ("p", "Svar gjerne innan 26.03.2026."),
        ("sig", [("Med venleg helsing", ""), ("Romsdal Elektro AS", ""), ("Knut Eidem, avdelingsleiar", "")]),
    ]
    render_docx(
        path, blocks, header=["ROMSDAL ELEKTRO AS", "Fannestrandvegen 48, 6416 Molde \u2022 tlf. 71 20 40 00"]
    )


def main(argv: list[str]) -> int:
    return kit_main(REGISTRY, OUT, argv, known_orgs=ORGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
