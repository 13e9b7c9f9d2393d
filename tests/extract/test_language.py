"""Language detection: English, bokmål (nb) or nynorsk (nn).

Nynorsk markers seen in real texts (Arbeidstilsynet, udi.no/nn, Språkrådet's sample job ad, municipal
pages): ikkje, eg, ein/eit, frå, arbeidsgivar, arbeidstakar, tilsett/tilsetjing, veke/timar, løn/løna,
heiltid, stillinga, søkjaren, vidaregåande, mellombels. Bokmål: ikke, jeg, en/et, fra, arbeidsgiver,
arbeidstaker, ansatt/ansettelse, uke/timer, lønn, heltid, stillingen. English texts about Norway still
contain NOK, place names with æøå and a Norwegian company suffix.
"""

from __future__ import annotations

import pytest

from .conftest import document_of

TEXTS = [
    # bokmål
    pytest.param(
        "Vi har gleden av å tilby deg stillingen som senior rådgiver. Stillingen er en fast heltidsstilling, "
        "og tiltredelse er 1. mars 2026. Årslønn er kr 650 000. Vi ber om svar innen 1. februar.",
        "nb", id="nb-offer-letter",
    ),
    pytest.param(
        "Arbeidsavtale\nArbeidsgiver: Fjordlys Teknologi AS\nArbeidstaker: Kari Nordmann\nAnsatt som: Sykepleier\n"
        "Ansatt fra: 01.03.2026\nUkentlig arbeidstid: 37,5 timer\nLønn pr. måned: kr 48 000\n"
        "Feriepenger kommer i tillegg til lønn, jf. ferieloven.",
        "nb", id="nb-standard-contract-key-value",
    ),
    pytest.param(
        "Arbeidstaker plikter å gjennomføre pålagt arbeid innenfor gjeldende lover. Dersom man ikke har fast "
        "arbeidsplass, skal det opplyses at arbeidstaker arbeider på forskjellige steder.",
        "nb", id="nb-contract-clause",
    ),
    pytest.param(
        "Oppsigelsesfristen er tre måneder for begge parter. I prøvetiden er oppsigelsesfristen 14 dager. "
        "Arbeidstakeren har ikke rett til å ta annet lønnet arbeid uten skriftlig samtykke fra arbeidsgiveren.",
        "nb", id="nb-notice-clause",
    ),
    pytest.param(
        "Polar Analytics AS er et selskap i vekst. Som Data Engineer vil du jobbe med skybaserte løsninger "
        "sammen med et team av utviklere. Du får lønn etter avtale og fleksibel arbeidstid.",
        "nb", id="nb-with-english-loanwords",
    ),
    # nynorsk
    pytest.param(
        "Vi har gleda av å tilby deg stilling som rådgjevar. Stillinga er ei fast heiltidsstilling, og du tek "
        "til 1. mars 2026. Årsløna er 650 000 kroner. Vi ber om svar innan 1. februar.",
        "nn", id="nn-offer-letter",
    ),
    pytest.param(
        "Arbeidsavtale\nArbeidsgivar: Sunnfjord Kraft AS\nArbeidstakar: Kari Nordmann\nTilsett som: lærar\n"
        "Tilsett frå: 01.03.2026\nArbeidstid: 37,5 timar per veke\nLøn per månad: 48 000 kr",
        "nn", id="nn-contract-key-value",
    ),
    pytest.param(
        "Dersom arbeidstakaren ikkje har fast arbeidsstad, skal avtalen seie at arbeidstakaren arbeider på "
        "ulike stader. Arbeidsgivaren har ansvaret for at det blir skrive ein arbeidsavtale.",
        "nn", id="nn-contract-clause",
    ),
    pytest.param(
        "Søkjaren må ha fullført vidaregåande opplæring. Stillinga krev god samarbeidsevne, og vi legg vekt "
        "på personlege eigenskapar. Tilsetjinga skjer på dei vilkåra som følgjer av lov og tariffavtale.",
        "nn", id="nn-job-ad",
    ),
    pytest.param(
        "Du har rett på 25 vyrkedagar ferie, noko som er fire veker og éin dag. Feriepengane blir utbetalte i juni.",
        "nn", id="nn-holiday-clause",
    ),
    pytest.param(
        "Dette er ei mellombels stilling frå 1. mars til 31. august. Eg ser fram til å høyre frå deg.",
        "nn", id="nn-short-mellombels",
    ),
    # English
    pytest.param(
        "We are pleased to offer you the position of Data Engineer at Polar Analytics AS. Your start date will "
        "be 1 March 2026 and your annual salary will be NOK 650,000.",
        "en", id="en-offer-letter",
    ),
    pytest.param(
        "Place of work: Bergen office, Nygårdsgaten 5. Working hours: 37.5 hours per week. The employee is "
        "entitled to holiday and holiday pay in accordance with the Norwegian Holidays Act (ferieloven).",
        "en", id="en-with-norwegian-place-and-law-names",
    ),
    pytest.param(
        "This Employment Agreement is entered into between Sæbø & Sønner AS and Jane Smith. The employee will "
        "work at our office in Ålesund and report to the Head of Operations.",
        "en", id="en-with-norwegian-company",
    ),
    pytest.param(
        "The notice period is three months for both parties. During the probationary period of six months, "
        "the notice period is 14 days.",
        "en", id="en-notice-clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_detect_language(text, expected):
    from analyzer.extract.language import detect_language

    assert detect_language(document_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Årslønn: kr 650 000\nStillingsprosent: 100 %", 650000, id="nb-auto"),
        pytest.param("Årsløna di er 650 000 kroner. Stillinga er heiltid.", 650000, id="nn-auto"),
        pytest.param("Your annual salary will be NOK 650,000.", 650000, id="en-auto"),
    ],
)
def test_extract_fields_auto_detects_language(fields_of, text, expected):
    salary = fields_of(text).salary.value
    assert salary is not None
    assert salary.amount == pytest.approx(expected)
