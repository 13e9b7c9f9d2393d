"""The sample kit (samples/kit): org-number check, expected-fields helper, registry/main guards, text writer,
and that each of the three builders rebuilds its committed files byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))

from kit.blocks import render_txt  # noqa: E402
from kit.orgnr import orgnr_valid, spaced  # noqa: E402
from kit.registry import Registry, expected_fields, main  # noqa: E402

# Check digits worked by hand: weights 3 2 7 6 5 4 3 2, check = 11 - sum % 11 (11 -> 0, 10 -> no number).
ORGNR_CASES = [
    ("923609016", True),  # 9*3+2*2+3*7+6*6+0+9*4+0+1*2 = 126, 126 % 11 = 5, 11 - 5 = 6
    ("974760673", True),  # Brønnøysundregistrene: 173 % 11 = 8, 11 - 8 = 3
    ("500000007", True),  # 15 % 11 = 4 -> 7
    ("000000000", True),  # 0 % 11 = 0 -> 11 -> check digit 0
    ("923609017", False),  # wrong check digit
    ("400000000", False),  # 12 % 11 = 1 -> 10: no valid check digit exists
    ("400000001", False),
    ("92360901", False),  # eight digits
    ("9236090160", False),  # ten digits
    ("923 609 016", False),  # printed form is not the number
    ("92360901x", False),
]


@pytest.mark.parametrize(("number", "valid"), ORGNR_CASES)
def test_orgnr_valid(number: str, valid: bool) -> None:
    assert orgnr_valid(number) is valid


def test_spaced() -> None:
    assert spaced("923609016") == "923 609 016"


def test_expected_fields_order_salary_and_omit() -> None:
    d = expected_fields(
        "Fjordlys AS", None, "Kokk", 100, 37.5, 210, "NOK", "hour", None, "2026-05-01", None, "Bodø", None
    )
    assert list(d) == [
        "employer",
        "employer_org_number",
        "job_title",
        "position_percentage",
        "weekly_hours",
        "salary",
        "annual_salary_nok",
        "start_date",
        "end_date",
        "work_location",
        "degree_required",
    ]
    assert d["salary"] == {"amount": 210, "currency": "NOK", "period": "hour"}
    none = expected_fields("X", None, None, None, None, None, "NOK", "year", None, None, None, None, None)
    assert none["salary"] is None
    cut = expected_fields(
        "X", None, None, None, None, None, None, None, None, None, None, None, None, omit=("end_date",)
    )
    assert "end_date" not in cut and len(cut) == 10


def _registry_with(org: str | None, written: list[Path]) -> Registry:
    reg = Registry("2026-06-01")

    @reg.fields_sample("a", "txt", "nb", {"employer_org_number": org})
    def a(path: Path) -> None:
        written.append(path)
        path.write_text("Lønn\n", encoding="utf-8")

    return reg


def test_main_writes_document_and_expected_json(tmp_path: Path) -> None:
    written: list[Path] = []
    assert main(_registry_with("923609016", written), tmp_path / "x", ["--out", str(tmp_path / "y")]) == 0
    assert written == [tmp_path / "y" / "a.txt"]
    assert (tmp_path / "y" / "a.expected.json").read_text(encoding="utf-8") == (
        '{\n  "as_of": "2026-06-01",\n  "language": "nb",\n  "fields": {\n    "employer_org_number": "923609016"\n  }\n}\n'
    )


@pytest.mark.parametrize(
    ("org", "known"), [("923609017", None), ("923609016", {"974760673"}), ("400000000", None)]
)
def test_main_refuses_bad_or_unlisted_org_before_writing(
    tmp_path: Path, org: str, known: set[str] | None
) -> None:
    written: list[Path] = []
    with pytest.raises(SystemExit):
        main(_registry_with(org, written), tmp_path, [], known_orgs=known)
    assert written == [] and list(tmp_path.iterdir()) == []


def test_main_refuses_duplicate_names(tmp_path: Path) -> None:
    reg = _registry_with(None, [])
    reg.samples.append(reg.samples[0])
    with pytest.raises(SystemExit, match="duplicate"):
        main(reg, tmp_path, [])


def test_render_txt_columns_and_norwegian_letters(tmp_path: Path) -> None:
    # keys padded to the longest key + 1, then one space: values (and continuation lines) start in column 8
    path = tmp_path / "t.txt"
    blocks = [
        ("title", "Tilbud om stilling"),
        ("kv", [("Lønn", "kr 600 000"), ("Sted", "Ålesund\nSentrum")]),
        ("ul", ["Prøvetid", "Særavtale"]),
    ]
    render_txt(path, blocks, footer=["Bjørk AS"])
    assert path.read_text(encoding="utf-8") == (
        "TILBUD OM STILLING\n\nLønn:  kr 600 000\nSted:  Ålesund\n       Sentrum\n\n- Prøvetid\n- Særavtale\n\n--\nBjørk AS\n"
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "builder",
    ["samples/build_samples.py", "samples/holdout/build_holdout.py", "samples/holdout2/build_holdout2.py"],
)
def test_builder_rebuilds_committed_files_byte_for_byte(tmp_path: Path, builder: str) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / builder), "--out", str(tmp_path)], check=True, capture_output=True
    )
    committed = Path(ROOT / builder).parent
    built = sorted(p.name for p in tmp_path.iterdir())
    assert built, builder
    for name in built:
        assert (tmp_path / name).read_bytes() == (committed / name).read_bytes(), name
    kinds = {".pdf", ".docx", ".txt"}
    on_disk = {p.name for p in committed.iterdir() if p.suffix in kinds or p.name.endswith(".expected.json")}
    assert on_disk == set(built)
