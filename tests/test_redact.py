"""--redact: national ID numbers (fødselsnummer, D-number), bank account numbers and e-mail addresses are masked
everywhere in the report; numbers failing their checksum (amounts, phone numbers) are left alone.

Test numbers are generated here with the published mod-11 weights (independently of python-stdnum, which the
code uses) and cross-checked against python-stdnum."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.no import fodselsnummer, kontonr

from analyzer.model import Candidate, Evidence, ExtractedField, Fields, Report
from analyzer.redact import ACCOUNT_MASK, EMAIL_MASK, ID_MASK, redact_report, redact_text

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _mod11(digits: str, weights: list[int]) -> int | None:
    rest = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    return 0 if rest == 11 else None if rest == 10 else rest


def make_fnr(day: int, month: int, yy: int, individual: int, d_number: bool = False) -> str | None:
    base = f"{day + (40 if d_number else 0):02d}{month:02d}{yy:02d}{individual:03d}"
    k1 = _mod11(base, [3, 7, 6, 1, 8, 9, 4, 5, 2])
    if k1 is None:
        return None
    k2 = _mod11(base + str(k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    return None if k2 is None else f"{base}{k1}{k2}"


def make_account(first10: str) -> str | None:
    check = _mod11(first10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    return None if check is None else first10 + str(check)


def _valid_fnr(start: int = 0) -> str:
    for individual in range(start, 500):
        number = make_fnr(15, 3, 85, individual)
        if number:
            return number
    raise AssertionError("no valid number")


FNR = _valid_fnr()
DNR = next(n for i in range(500) if (n := make_fnr(15, 3, 85, i, d_number=True)))
ACCOUNT = next(a for i in range(100) if (a := make_account(f"86011117{i:02d}")))


def test_generated_numbers_are_valid_by_stdnum() -> None:
    assert fodselsnummer.is_valid(FNR) and fodselsnummer.is_valid(DNR) and int(DNR[0]) >= 4
    assert kontonr.is_valid(ACCOUNT)


def test_masks_each_kind_in_its_usual_spellings() -> None:
    acc = ACCOUNT
    text = (
        f"Fødselsnummer: {FNR}, også skrevet {FNR[:6]} {FNR[6:]}; D-nummer {DNR}. "
        f"Lønn til konto {acc[:4]}.{acc[4:6]}.{acc[6:]} eller {acc[:4]} {acc[4:6]} {acc[6:]}. "
        "Spørsmål: ola.nordmann+hr@fjord-lys.no."
    )
    out = redact_text(text)
    assert FNR not in out and FNR[6:] not in out and DNR not in out and acc[6:] not in out
    assert "ola.nordmann" not in out and "fjord-lys.no" not in out
    assert out.count(ID_MASK) == 3 and out.count(ACCOUNT_MASK) == 2 and out.count(EMAIL_MASK) == 1
    assert out.startswith("Fødselsnummer: ") and out.endswith(".")  # æøå and the sentence survive


def test_leaves_amounts_org_numbers_dates_and_invalid_numbers_alone() -> None:
    invalid = FNR[:-1] + str((int(FNR[-1]) + 1) % 10)
    assert not fodselsnummer.is_valid(invalid) and not kontonr.is_valid(invalid)
    text = f"Lønn kr 650 000, org.nr. 923 609 016, tlf. +47 55 12 34 56, dato 01.03.2026, ref {invalid}."
    assert redact_text(text) == text


@settings(max_examples=200, deadline=None)
@given(
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    yy=st.integers(0, 99),
    individual=st.integers(0, 499),
    d_number=st.booleans(),
    spaced=st.booleans(),
    before=st.text(alphabet="abc æøå:,.()", max_size=20),
    after=st.text(alphabet="abc æøå:,.()", max_size=20),
)
def test_any_valid_id_number_is_masked(
    day: int, month: int, yy: int, individual: int, d_number: bool, spaced: bool, before: str, after: str
) -> None:
    number = make_fnr(day, month, yy, individual, d_number)
    if number is None or not fodselsnummer.is_valid(number):
        return  # check digit 10, or a future birth date: not a number anyone can hold
    written = f"{number[:6]} {number[6:]}" if spaced else number
    out = redact_text(f"{before} {written} {after}")
    assert number not in out.replace(" ", "") and ID_MASK in out


def test_redact_report_masks_every_string_and_keeps_the_rest() -> None:
    ev = Evidence(
        page=1,
        text=f"Arbeidstaker: Ola Nordmann, f.nr. {FNR}",
        bbox=(1.0, 2.0, 3.0, 4.0),
        note=f"konto {ACCOUNT}",
    )
    fields = Fields()
    fields.employer = ExtractedField[str](
        value="Fjordlys AS (post@fjordlys.no)",
        confidence=0.8,
        evidence=[ev],
        candidates=[Candidate[str](value=f"Ola {DNR}", confidence=0.3, evidence=[ev])],
    )
    report = Report(
        file="offer.pdf",
        sha256="0" * 64,
        as_of=dt.date(2026, 6, 1),
        verdict="incomplete",
        fields=fields,
        warnings=[f"ID {FNR} found"],
    )
    out = redact_report(report)
    dumped = out.model_dump_json()
    for secret in (FNR, DNR, ACCOUNT, "post@fjordlys.no"):
        assert secret not in dumped
    assert out.fields.employer.value == f"Fjordlys AS ({EMAIL_MASK})"
    assert out.fields.employer.evidence[0].bbox == (1.0, 2.0, 3.0, 4.0)
    assert out.sha256 == "0" * 64 and out.verdict == "incomplete"
    assert report.fields.employer.evidence[0].text.endswith(FNR)  # the original is untouched


def test_cli_redact_masks_evidence_in_json_and_text_output() -> None:
    sample = str(SAMPLES / "nb_tilbudsbrev_master.pdf")  # its org-number line carries post@fjordlys.no
    cli = [
        sys.executable,
        "-c",
        "from analyzer.cli import main; main()",
        "check",
        sample,
        "--as-of",
        "2026-06-01",
    ]
    plain = subprocess.run([*cli, "-f", "json"], capture_output=True, text=True, timeout=300)
    assert "post@fjordlys.no" in plain.stdout  # the address is in the evidence without --redact
    for fmt in ("json", "text"):
        masked = subprocess.run([*cli, "-f", fmt, "--redact"], capture_output=True, text=True, timeout=300)
        assert "post@fjordlys.no" not in masked.stdout
        assert EMAIL_MASK in masked.stdout or fmt == "text"
    report = json.loads(
        subprocess.run([*cli, "-f", "json", "--redact"], capture_output=True, text=True).stdout
    )
    assert report["fields"]["salary"]["value"]["amount"] == 650000  # values other than personal data survive
