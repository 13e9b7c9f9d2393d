"""`batch` takes the same document options as `check` (declared once in analyzer/cli.py) and they reach the
spawned worker processes: each test runs the real command with one worker and reads the line it wrote."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
import typer
from stdnum.no import fodselsnummer
from typer.testing import CliRunner

from analyzer.cli import LangChoice, analyze_options, app
from analyzer.commands.options import PermitChoice
from analyzer.pipeline import AnalyzeOptions, analyze

from .conftest import SAMPLES

runner = CliRunner()

TWO_PAGES = SAMPLES / "en_contract_two_page_letterhead.pdf"
ONE_PAGE = SAMPLES / "nb_tilbudsbrev_master.pdf"  # compliant on 2026-06-01 (samples/*.expected.json)
SHARED = (
    "as_of",
    "degree",
    "lang",
    "rules",
    "permit",
    "password",
    "redact",
    "max_size",
    "max_pages",
    "max_unzipped",
    "timeout",
    "max_memory",
    "ocr",
    "debug",
)
# A valid test fødselsnummer (15 March 1985, individual number 000): checked below with python-stdnum.
FNR = "15038500047"


def _batch(tmp_path: Path, *args: str) -> tuple[Any, dict[str, dict[str, Any]]]:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app,
        ["batch", *args, "--out", str(out), "--workers", "1", "--as-of", "2026-06-01"],
        catch_exceptions=False,
    )
    lines = (
        [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    )
    return result, {Path(r["file"]).name: r for r in lines}


def _declaration(param: Any) -> tuple[Any, ...]:
    return tuple(
        repr(getattr(param, attr, None))
        for attr in ("opts", "secondary_opts", "default", "help", "bare_type", "min", "max", "is_flag")
    )


def _params(command: str) -> dict[str, Any]:
    return {p.name: p for p in typer.main.get_command(app).commands[command].params}  # type: ignore[attr-defined]


def test_shared_options_are_declared_alike_in_check_and_batch() -> None:
    check, batch = _params("check"), _params("batch")
    for name in SHARED:
        assert _declaration(check[name]) == _declaration(batch[name]), name
    assert (batch["max_pages"].opts, batch["max_pages"].default, batch["max_pages"].min) == (
        ["--max-pages"],
        200,
        1,
    )
    assert (batch["timeout"].default, batch["timeout"].min) == (60, 0)
    assert batch["ocr"].secondary_opts == ["--no-ocr"] and batch["ocr"].default is True
    assert batch["password"].help == "Password for an encrypted PDF."


def test_option_defaults_are_the_pipeline_defaults() -> None:
    params = _params("batch")
    built = analyze_options(
        **{name: params[name].default for name in SHARED if name not in ("redact", "max_memory")}
    )
    assert dataclasses.replace(built, as_of=dt.date(2026, 6, 1)) == AnalyzeOptions(as_of=dt.date(2026, 6, 1))
    assert built.max_bytes == 50 * 2**20 and built.timeout == 60 and built.ocr is True
    assert analyze_options(
        as_of="2026-06-01",
        degree=None,
        lang=LangChoice.nb,
        rules=None,
        permit=PermitChoice.seasonal,
        password="x",
        max_size=1.5,
        max_pages=3,
        max_unzipped=2,
        timeout=0,
        ocr=False,
        debug=True,
    ) == AnalyzeOptions(
        as_of=dt.date(2026, 6, 1),
        language="nb",
        permit="seasonal",
        password="x",
        max_bytes=1572864,
        max_pages=3,
        max_unzipped_bytes=2097152,
        timeout=None,
        ocr=False,
        debug=True,
    )


def test_max_memory_default_is_the_batch_default() -> None:
    from analyzer.batch.runner import MAX_MEMORY_MB, BatchOptions

    assert (
        _params("batch")["max_memory"].default
        == _params("check")["max_memory"].default
        == MAX_MEMORY_MB
        == 2048
    )
    assert BatchOptions(paths=[]).max_memory_mb == MAX_MEMORY_MB


@pytest.mark.slow
def test_max_pages_reaches_the_workers(tmp_path: Path) -> None:
    result, by_name = _batch(tmp_path, str(TWO_PAGES), str(ONE_PAGE), "--max-pages", "1")
    assert result.exit_code == 4  # a file could not be checked
    two = by_name[TWO_PAGES.name]
    assert (two["verdict"], two["error"]["kind"]) == ("error", "too_many_pages")
    assert "over the limit of 1" in two["error"]["message"]
    assert (by_name[ONE_PAGE.name]["verdict"], by_name[ONE_PAGE.name]["error"]) == ("compliant", None)


@pytest.mark.slow
def test_timeout_reaches_the_workers(tmp_path: Path) -> None:
    result, by_name = _batch(tmp_path, str(ONE_PAGE), "--timeout", "0.001")
    assert result.exit_code == 4
    report = by_name[ONE_PAGE.name]
    assert (report["verdict"], report["error"]["kind"]) == ("error", "timeout")
    assert "0.001 s time limit" in report["error"]["message"]


@pytest.mark.slow
def test_password_opens_an_encrypted_pdf(tmp_path: Path) -> None:
    from hostile.build_hostile import _encrypted_pdf

    folder = tmp_path / "in"
    folder.mkdir()
    _encrypted_pdf(folder / "encrypted.pdf", "hemmelig")
    assert analyze(folder / "encrypted.pdf").error.kind == "encrypted"  # type: ignore[union-attr]
    result, by_name = _batch(tmp_path, str(folder), "--password", "hemmelig")
    report = by_name["encrypted.pdf"]
    assert report["error"] is None and report["verdict"] == "incomplete"
    assert report["fields"]["employer"]["value"] == "Hemmelig AS"
    assert report["fields"]["salary"]["value"] == {"amount": 650000.0, "currency": "NOK", "period": "year"}
    assert result.exit_code == 3  # incomplete


@pytest.mark.slow
def test_no_ocr_gives_no_text_for_an_image_only_pdf(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    scan = tmp_path / "scan.pdf"
    image = Image.new("L", (850, 1100), 255)
    ImageDraw.Draw(image).rectangle((100, 100, 700, 160), fill=0)
    image.save(scan, "PDF", resolution=100)
    result, by_name = _batch(tmp_path, str(scan), "--no-ocr")
    assert result.exit_code == 4
    report = by_name["scan.pdf"]
    assert (report["verdict"], report["error"]["kind"]) == ("error", "no_text")
    assert report["error"]["message"].endswith(
        "OCR is switched off."
    )  # not "install Tesseract": --no-ocr arrived


@pytest.mark.parametrize(
    "rules_text, message",
    [
        ("values: [unclosed", "--rules"),
        (
            "values:\n  salary_floor_phd:\n"
            "    - {from: 2026-09-01, value: 1, source: 'https://x', authority: user, confirmed: true}\n",
            "salary_floor_phd",
        ),
    ],
)
def test_a_bad_rules_file_is_a_usage_error_before_any_file(
    tmp_path: Path, rules_text: str, message: str
) -> None:
    rules = tmp_path / "bad.yaml"
    rules.write_text(rules_text, encoding="utf-8")
    result, by_name = _batch(tmp_path, str(ONE_PAGE), str(TWO_PAGES), "--rules", str(rules))
    assert result.exit_code == 2
    assert message in result.output
    assert by_name == {} and not (tmp_path / "out.jsonl").exists()
    assert result.stdout == ""


@pytest.mark.slow
def test_redact_masks_a_national_id_number(tmp_path: Path) -> None:
    assert fodselsnummer.is_valid(FNR)
    offer = tmp_path / "offer.txt"
    offer.write_text(
        "Arbeidsavtale\nArbeidsgiver: Fjordlys AS\n"
        f"Arbeidstaker: Ola Nordmann, fødselsnummer {FNR}\n"
        "Stilling: Utvikler, 100 %\nLønn: kr 650 000 per år\nTiltredelse: 1. mars 2026\nArbeidssted: Bergen\n",
        encoding="utf-8",
    )
    plain = analyze(offer, AnalyzeOptions(as_of=dt.date(2026, 6, 1))).model_dump_json()
    assert FNR in plain  # without --redact the number is in the report (the parties clause's evidence)
    _, by_name = _batch(tmp_path, str(offer), "--redact")
    line = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert FNR not in line
    assert "Ola Nordmann, fødselsnummer [ID-NUMBER]" in line
    assert by_name["offer.txt"]["fields"]["employer"]["value"] == "Fjordlys AS"


@pytest.mark.slow
def test_permit_reaches_the_workers(tmp_path: Path) -> None:
    _, by_name = _batch(tmp_path, str(ONE_PAGE), "--permit", "seasonal")
    report = by_name[ONE_PAGE.name]
    assert report["permit"] == "seasonal"
    assert report["rules"]["pack"] == "udi-seasonal"
    assert any(f["id"].startswith("seasonal.") for f in report["findings"])


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.mark.parametrize(
    "out, stdout_tty, stderr_tty, wanted",
    [
        (Path("r.csv"), False, True, True),  # results in a file, a person watching: the bar
        (Path("r.csv"), True, True, True),
        (None, False, True, True),  # results piped on (| gzip), the terminal has only the bar
        (None, True, True, False),  # results on the terminal: never a bar drawn between CSV lines
        (Path("r.csv"), False, False, False),  # stderr to a log file: no bar
        (None, False, False, False),
    ],
)
def test_progress_only_on_a_terminal_that_shows_no_results(
    out: Path | None, stdout_tty: bool, stderr_tty: bool, wanted: bool
) -> None:
    from analyzer.batch.runner import progress_wanted

    assert progress_wanted(out, _Stream(stdout_tty), _Stream(stderr_tty)) is wanted
