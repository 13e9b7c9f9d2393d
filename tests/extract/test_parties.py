"""Employer (legal name with AS/ASA/SA/ANS/...) and its organisation number.

Shapes from real contracts: "Det er inngått følgende avtale mellom <X> AS, et selskap med
organisasjonsnummer 998 732 867 med adresse ... (heretter Arbeidsgiver)", the Arbeidstilsynet form
("1. Firma: Navn / Daglig leder / Adresse"), the UDI offer form ("Organisasjonsnummer"), "Org.nr. ... MVA",
"Foretaksregisteret NO ... MVA", English agreements "entered into between <X> AS, reg. no. ...".

Organisation numbers are checked with mod 11 (weights 3,2,7,6,5,4,3,2; check = 11 - sum % 11, 11 -> 0,
10 -> no valid number). Every valid number below was computed that way; the company names are invented.
A staffing contract or a pension clause names a second company with its own number: the employer's
number is the one next to the employer label.
"""

from __future__ import annotations

import pytest

from .conftest import norm

PARTIES = [
    pytest.param(
        "Arbeidsgiver: Fjordlys Teknologi AS, org.nr. 923 609 016",
        "Fjordlys Teknologi AS",
        "923609016",
        id="nb-arbeidsgiver-orgnr-spaced",
    ),
    pytest.param(
        "Det er inngått følgende avtale mellom Nordlys Programvare AS, et selskap med organisasjonsnummer "
        "914 833 310 med adresse Myntgata 2, 0151 Oslo (heretter «Arbeidsgiver») og Kari Nordmann "
        "(heretter «Arbeidstaker»).",
        "Nordlys Programvare AS",
        "914833310",
        id="nb-avtale-mellom-selskap-med-organisasjonsnummer",
    ),
    pytest.param(
        "1. Firma\nNavn: Havbris Sjømat AS\nOrg.nr.: 812689703\nDaglig leder: Ola Nordmann\n"
        "Adresse: Kaigata 4, 6002 Ålesund\n2. Ansatt\nNavn: Kari Nordmann",
        "Havbris Sjømat AS",
        "812689703",
        id="nb-standard-form-firma-navn",
    ),
    pytest.param(
        "Arbeidsgiver: Fjordlys Teknologi AS\nOrganisasjonsnummer: 923609016",
        "Fjordlys Teknologi AS",
        "923609016",
        id="nb-orgnr-on-own-line-unspaced",
    ),
    pytest.param(
        "Arbeidsgiver: Vestland Meieri SA\nOrg. nr. 884 510 740 MVA",
        "Vestland Meieri SA",
        "884510740",
        id="nb-sa-orgnr-mva",
    ),
    pytest.param(
        "Arbeidsgiver: Helgeland Regnskap ANS (Foretaksregisteret NO 930 125 482 MVA)",
        "Helgeland Regnskap ANS",
        "930125482",
        id="nb-ans-foretaksregisteret-no-mva",
    ),
    pytest.param(
        "Arbeidsgiver: Sæbø & Sønner AS, org.nr. 977 113 741",
        "Sæbø & Sønner AS",
        "977113741",
        id="nb-ampersand-and-norwegian-letters",
    ),
    pytest.param(
        "Arbeidsgiver: Stiftelsen Kystkultur, org.nr. 962 505 961",
        "Stiftelsen Kystkultur",
        "962505961",
        id="nb-stiftelse",
    ),
    pytest.param(
        "Arbeidsgivar: Sunnfjord Kraft AS, organisasjonsnummer 991 871 543",
        "Sunnfjord Kraft AS",
        "991871543",
        id="nn-arbeidsgivar",
    ),
    pytest.param(
        "Arbeidsgivar: Fjellbygd kommune, org.nr. 915 338 402\nTilsett som: lærar",
        "Fjellbygd kommune",
        "915338402",
        id="nn-kommune",
    ),
    pytest.param(
        "Employer: Nordic Grid Solutions ASA (organisation number 974 624 044)",
        "Nordic Grid Solutions ASA",
        "974624044",
        id="en-employer-asa",
    ),
    pytest.param(
        "This Employment Agreement is entered into between Polar Analytics AS, reg. no. 920 556 663 "
        "(the \u201cCompany\u201d), and Jane Smith (the \u201cEmployee\u201d).",
        "Polar Analytics AS",
        "920556663",
        id="en-agreement-entered-into-between",
    ),
    pytest.param(
        "Nordkapp Fiskeri AS\nOrg. no. 985410968\nStorgata 10, 9750 Honningsvåg\n\nDear Mr Smith,\n"
        "We are pleased to offer you the position of Quality Manager.",
        "Nordkapp Fiskeri AS",
        "985410968",
        id="en-letterhead-only",
    ),
    pytest.param(
        "Company: Fjordlys Teknologi AS\nOrganisation no.: 923 609 016\nEmployee: John Smith",
        "Fjordlys Teknologi AS",
        "923609016",
        id="en-company-label",
    ),
]


@pytest.mark.parametrize(("text", "employer", "org"), PARTIES)
def test_employer_and_org_number(fields_of, text, employer, org):
    f = fields_of(text)
    assert norm(f.employer.value) == norm(employer)
    assert f.employer_org_number.value == org


# Two companies with numbers in one document, or other long digit runs: the employer's number wins.
TWO_NUMBERS = [
    pytest.param(
        "Arbeidsgiver: Nord Bemanning AS, org.nr. 815 500 598\n"
        "Innleier (kunde): Fjordlys Teknologi AS, org.nr. 923 609 016",
        "Nord Bemanning AS",
        "815500598",
        id="nb-staffing-employer-first",
    ),
    pytest.param(
        "Oppdragsgiver: Fjordlys Teknologi AS, org.nr. 923 609 016\n\nArbeidsavtale\n"
        "Arbeidsgiver: Nordlys Programvare AS, org.nr. 914 833 310\nArbeidstaker: Kari Nordmann",
        "Nordlys Programvare AS",
        "914833310",
        id="nb-client-first-employer-second",
    ),
    pytest.param(
        "Arbeidsgiver: Havbris Sjømat AS, org.nr. 812 689 703\n"
        "Tjenestepensjon: innskuddspensjon hos Fjordpensjon Livsforsikring AS, org.nr. 971 600 144",
        "Havbris Sjømat AS",
        "812689703",
        id="nb-pension-provider-number",
    ),
    pytest.param(
        "Arbeidsgiver: Polar Analytics AS, org.nr. 920 556 663\n"
        "Arbeidstaker: Kari Nordmann, fødselsnummer 01019012345\nKontonummer: 1503.12.34567",
        "Polar Analytics AS",
        "920556663",
        id="nb-fodselsnummer-and-account-number",
    ),
    pytest.param(
        "User undertaking (client): Fjordlys Teknologi AS, org. no. 923 609 016\n"
        "Employer: Nord Bemanning AS, org. no. 815 500 598",
        "Nord Bemanning AS",
        "815500598",
        id="en-user-undertaking-first",
    ),
]


@pytest.mark.parametrize(("text", "employer", "org"), TWO_NUMBERS)
def test_employer_number_wins_over_other_numbers(fields_of, text, employer, org):
    f = fields_of(text)
    assert norm(f.employer.value) == norm(employer)
    assert f.employer_org_number.value == org


INVALID = [
    pytest.param("Arbeidsgiver: Fjordlys Teknologi AS, org.nr. 914 833 311", id="nb-wrong-check-digit"),
    pytest.param("Arbeidsgiver: Fjordlys Teknologi AS, org.nr. 913 414 080", id="nb-remainder-gives-10"),
    pytest.param("Arbeidsgiver: Fjordlys Teknologi AS, org.nr. 92360901", id="nb-eight-digits"),
    pytest.param("Employer: Fjordlys Teknologi AS, organisation number 923 609 017", id="en-off-by-one"),
]


@pytest.mark.parametrize("text", INVALID)
def test_invalid_org_number_is_rejected(fields_of, text):
    f = fields_of(text)
    assert f.employer_org_number.value is None
    assert norm(f.employer.value) == norm("Fjordlys Teknologi AS")


def test_invalid_employer_number_is_not_replaced_by_clients(fields_of):
    f = fields_of(
        "Arbeidsgiver: Nord Bemanning AS, org.nr. 914 833 311\n"
        "Innleier: Fjordlys Teknologi AS, org.nr. 923 609 016"
    )
    assert norm(f.employer.value) == norm("Nord Bemanning AS")
    assert f.employer_org_number.value is None  # the valid number belongs to the client


def test_employee_is_not_the_employer(fields_of):
    f = fields_of(
        "Arbeidstaker: Kari Nordmann\nAdresse: Fjellveien 3, 5003 Bergen\nArbeidsgiver: Polar Analytics AS"
    )
    assert norm(f.employer.value) == norm("Polar Analytics AS")
