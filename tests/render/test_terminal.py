"""Nothing from a document or a file name reaches the terminal raw (issue 11, item 4).

A table of escape-sequence payloads goes through every surface a person or a shell sees: the text report of a
text file and of a PDF whose text layer carries the payload, a file name, ``check --format jsonl``, the batch
summary (with its error lines) and the batch JSONL and CSV output files. Each output must hold no C0 control
but newline and tab, no DEL, no C1 control, no bidi control or other invisible format character and no line
separator; the payload must be visible in its escaped form (so the test cannot pass because the text was
dropped), æøå must come out literally, and JSON and CSV must give back the original characters.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.render.terminal import escape_cell, escape_json, safe, unescape_cell

from .pdfmake import pdf_with_lines

# name -> (payload, how the text report must show it; None where a reader may split the line at the payload)
PAYLOADS: dict[str, tuple[str, str | None]] = {
    "osc52_clipboard": ("\x1b]52;c;aGVsbG8=\x07", "␛]52;c;aGVsbG8=␇"),
    "clear_screen": ("\x1b[2J\x1b[3J\x1bc", "␛[2J␛[3J␛c"),
    "window_title": ("\x1b]0;owned\x07", "␛]0;owned␇"),
    "osc8_hyperlink": (
        "\x1b]8;;https://evil.example/\x1b\\here\x1b]8;;\x1b\\",
        "␛]8;;https://evil.example/␛\\here␛]8;;␛\\",
    ),
    "dcs": ("\x1bP+q544e\x1b\\", "␛P+q544e␛\\"),
    "c1_csi": ("\x9b2J\x9b31m", "\\u009b2J\\u009b31m"),
    "c1_osc_st": ("\x9d0;owned\x9c", "\\u009d0;owned\\u009c"),
    "rlo_override": ("\u202egnp.exe", "\\u202egnp.exe"),
    "bidi_embeddings": ("\u202a\u202b\u202c\u202d", "\\u202a\\u202b\\u202c\\u202d"),
    "bidi_isolates": ("\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069"),
    "bidi_marks": ("\u200e\u200f\u061c", "\\u200e\\u200f\\u061c"),
    "tag_characters": ("\U000e0041\U000e0042", "\\U000e0041\\U000e0042"),
    "backspace_del": ("X\x08\x08\x7f", "X␈␈␡"),
    "carriage_return": ("\rOK", None),  # the text reader takes CR for a line end
    "line_separators": ("a\u2028b\u2029c", None),  # str.splitlines() splits there
    "rich_markup": (
        "[bold red]X[/] [link=https://evil.example]y[/link]",
        "[bold red]X[/] [link=https://evil.example]y[/link]",
    ),
}

_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def raw_controls(output: str) -> list[str]:
    """Every character of ``output`` that must never reach a terminal raw."""
    return [
        char
        for char in output
        if (ord(char) < 0x20 and char not in "\n\t")
        or 0x7F <= ord(char) <= 0x9F
        or char in _BIDI
        or char in "\u2028\u2029"
        or unicodedata.category(char) in ("Cf", "Cs")
    ]


def assert_clean(data: bytes, where: str) -> str:
    assert not [b for b in data if b < 0x20 and b not in (0x0A, 0x09, 0x0D) or b == 0x7F], where
    text = data.decode("utf-8")  # strict: a lone surrogate could not even have been written
    # rich ends lines with \n only; a CR from a document would be a raw control
    assert "\r" not in text, where
    assert not raw_controls(text), (where, raw_controls(text)[:5])
    return text


def offer_lines(payload: str) -> list[str]:
    return [
        "Tilbud om stilling",
        f"Arbeidsgiver: Fjordkraft{payload} AS",
        f"Stilling: Ingeniør{payload}",
        f"Arbeidssted: Bodø{payload}",
        "Lønn: 650 000 kroner per år",
        "Stillingsprosent: 100 %",
        "Tiltredelse: 1. august 2026",
        "Krav til utdanning: mastergrad, særlig innen økonomi",
    ]


def check_text(path: Path) -> bytes:
    runner = CliRunner()
    result = runner.invoke(
        app, ["check", str(path), "--as-of", "2026-06-01", "--no-ocr"], env={"COLUMNS": "400"}
    )
    assert result.exit_code in (0, 1, 3), (
        result.output
    )  # a verdict (analyzer/exit_codes.py), never 4: unreadable
    return result.stdout_bytes


# ------------------------------------------------------------------ the escaping itself


@pytest.mark.slow
def test_format_characters_listed_are_unicode_cf() -> None:
    """The module lists category Cf by hand (to import fast): every Cf code point of this Python's Unicode
    is escaped, and anything extra in the list is a Cf of a newer Unicode (unassigned here)."""
    for point in range(0x110000):
        char = chr(point)
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Cs", "Zl", "Zp") and char not in "\n\t":
            assert safe(char) != char or category == "Zl" or category == "Zp", hex(point)
            assert escape_cell(char) != char, hex(point)
        elif safe(char) != char:
            assert category == "Cn", (hex(point), category)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[2J", "␛[2J"),
        ("\x00\x07\x08\x0b\x0c\x0d\x1f", "␀␇␈␋␌␍␟"),
        ("\x7f", "␡"),
        ("\x85\x9b\x9f\x80", "\\u0085\\u009b\\u009f\\u0080"),
        ("evil\u202egnp.exe", "evil\\u202egnp.exe"),
        ("a\u2028b\u2029c", "a b c"),
        ("zero\u200bwidth\ufeff", "zero\\u200bwidth\\ufeff"),
        (os.fsdecode(b"navn\xff\xe6.txt"), "navn\\xff\\xe6.txt"),
        ("\ud800", "\\ud800"),
        (
            "Blåbærsyltetøy ÆØÅ — “sitat” € 100 % \t ok\nneste",
            "Blåbærsyltetøy ÆØÅ — “sitat” € 100 % \t ok\nneste",
        ),
    ],
)
def test_safe_shows_controls_escaped_and_keeps_letters(text: str, shown: str) -> None:
    assert safe(text) == shown


def test_safe_file_name_keeps_one_line() -> None:
    assert safe("a\nb.txt", newlines=False) == "a␊b.txt"


def test_escape_json_keeps_norwegian_letters_and_round_trips() -> None:
    value = {"file": os.fsdecode(b"s\xf8knad.txt"), "text": "Lønn \x9b31m \u202e æøå \x7f \U000e0041 \u2028"}
    dumped = escape_json(json.dumps(value, ensure_ascii=False))
    assert "æøå" in dumped and "\\u00e6" not in dumped
    assert "\\u009b" in dumped and "\\u202e" in dumped and "\\u007f" in dumped and "\\udcf8" in dumped
    assert "\\udb40\\udc41" in dumped  # U+E0041 as a UTF-16 pair, as JSON wants it
    assert not raw_controls(dumped)
    assert json.loads(dumped) == value


@given(st.text())
def test_cell_escaping_round_trips(text: str) -> None:
    cell = escape_cell(text)
    assert not [c for c in raw_controls(cell) if c not in "\r"] and "\r" not in cell
    assert unescape_cell(cell) == text


@pytest.mark.parametrize(
    "text", ["C:\\u1234\\x", "\\u00e6 literal", "\\\\u202e", "\\U000e0041", "end\\", "\\u12", "\\" + "\u202e"]
)
def test_cell_escaping_round_trips_literal_backslash_sequences(text: str) -> None:
    assert unescape_cell(escape_cell(text)) == text


@given(st.text())
def test_safe_never_lets_a_control_through(text: str) -> None:
    assert not raw_controls(safe(text))


# ------------------------------------------------------------------ surfaces


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_text_report_of_a_text_file(tmp_path: Path, name: str) -> None:
    payload, shown = PAYLOADS[name]
    path = tmp_path / "tilbud.txt"
    path.write_text("\n".join(offer_lines(payload)) + "\n", encoding="utf-8")
    out = assert_clean(check_text(path), name)
    assert "Bodø" in out or "Ingeniør" in out  # which fields are read depends on the extractors
    if shown is not None:
        assert shown in out, out


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_text_report_of_a_pdf_text_layer(tmp_path: Path, name: str) -> None:
    payload, shown = PAYLOADS[name]
    if name == "tag_characters":
        payload, shown = "\u202e\u2066", "\\u202e\\u2066"  # a simple font's code holds one UTF-16 unit only
    path = tmp_path / "tilbud.pdf"
    path.write_bytes(pdf_with_lines(offer_lines(payload)))
    out = assert_clean(check_text(path), name)
    assert "Bodø" in out or "Ingeniør" in out  # which fields are read depends on the extractors
    if shown is not None and name not in ("carriage_return", "line_separators"):
        assert shown in out, out


def _name_payload(payload: str) -> str:
    return payload.replace("/", "_")  # the one character a file name cannot hold (NUL is not in any payload)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_file_name_in_text_report_and_jsonl(tmp_path: Path, name: str) -> None:
    payload = _name_payload(PAYLOADS[name][0])
    path = tmp_path / f"tilbud{payload}æøå.txt"
    path.write_text("\n".join(offer_lines("")) + "\n", encoding="utf-8")
    out = assert_clean(check_text(path), name)
    assert safe(f"tilbud{payload}æøå.txt", newlines=False) in out
    result = CliRunner().invoke(app, ["check", str(path), "--as-of", "2026-06-01", "--format", "jsonl"])
    line = assert_clean(result.stdout_bytes, name + " jsonl")
    assert "æøå" in line
    assert json.loads(line)["file"] == str(path)


@pytest.mark.slow
def test_non_utf8_file_name_shows_its_bytes(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/s\xf8knad\xff.txt"
    with open(raw, "wb") as fh:
        fh.write("\n".join(offer_lines("")).encode("utf-8"))
    path = Path(os.fsdecode(raw))
    out = assert_clean(check_text(path), "latin-1 name")
    assert "s\\xf8knad\\xff.txt" in out
    result = CliRunner().invoke(app, ["check", str(path), "--as-of", "2026-06-01", "--format", "jsonl"])
    assert json.loads(assert_clean(result.stdout_bytes, "jsonl"))["file"] == str(path)


@pytest.fixture(scope="module")
def payload_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One offer per payload (payload in its text and its name) and one empty file per payload (an error line in
    the summary), plus a file whose name is not UTF-8."""
    root = tmp_path_factory.mktemp("payloads")
    for index, (payload, _) in enumerate(PAYLOADS.values()):
        text = "\n".join(offer_lines(payload)) + "\n"
        (root / f"{index:02d}tilbud{_name_payload(payload)}æøå.txt").write_text(text, encoding="utf-8")
        (root / f"{index:02d}tom{_name_payload(payload)}.txt").write_bytes(b"")
    with open(os.fsencode(root) + b"/s\xf8knad\x9b.txt", "wb") as fh:
        fh.write(b"")
    return root


def _batch(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "COLUMNS": "400"}
    return subprocess.run(
        [sys.executable, "-m", "analyzer", "batch", *args, "--as-of", "2026-06-01", "-j", "1", "--no-ocr"],
        capture_output=True,
        timeout=300,
        env=env,
    )


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_batch_output_and_summary(payload_folder: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"results.{fmt}"
    run = _batch(str(payload_folder), "--out", str(out), "--format", fmt)
    assert run.returncode == 4, run.stderr  # the empty files
    summary = assert_clean(run.stderr, "summary")
    assert assert_clean(run.stdout, "stdout") == ""
    assert "Traceback" not in summary
    # the error lines name the files, escaped, and keep æøå
    assert safe(f"tom{_name_payload(PAYLOADS['osc52_clipboard'][0])}.txt") in summary
    assert "s\\xf8knad\\x9b.txt" in summary  # raw bytes of a non-UTF-8 name, not code points
    assert "␛]0;owned␇" in summary and "\\u202egnp.exe" in summary
    data = out.read_bytes()
    if (
        fmt == "csv"
    ):  # a CSV file starts with a UTF-8 BOM (for Excel): the one invisible character allowed, first
        assert data.startswith("\ufeff".encode()), data[:10]
        data = data[3:]
    written = assert_clean(data, fmt)
    lines = written.splitlines()
    assert len(lines) == 2 * len(PAYLOADS) + 1 + (fmt == "csv")
    assert "Bodø" in written and "tilbud" in written and "æøå" in written
    again = _batch(str(payload_folder), "--out", str(out), "--format", fmt, "--resume")
    assert again.returncode == 4, again.stderr
    # every escaped name was read back as the file it names: nothing is checked twice
    assert out.read_bytes().decode("utf-8").removeprefix("\ufeff").splitlines() == lines
    assert f"0 checked now, {2 * len(PAYLOADS) + 1} already in the output" in assert_clean(
        again.stderr, "resume"
    )


@pytest.mark.parametrize(
    ("employer", "cell"),
    [
        ("Fjord\x9b31m AS", "Fjord\\u009b31m AS"),
        ("=cmd\u202e|' /C calc'!A0", "'=cmd\\u202e|' /C calc'!A0"),  # still defused as a formula
        ("\x1b]0;x\x07Nordlys", "\\u001b]0;x\\u0007Nordlys"),
        (
            "\rHYPERLINK",
            "\\u000dHYPERLINK",
        ),  # a CR no longer starts the cell: nothing for a spreadsheet to run
        ("Blåbær AS", "Blåbær AS"),
    ],
)
def test_csv_cells_escape_controls_and_read_back(employer: str, cell: str) -> None:
    import datetime as dt

    from analyzer.batch.output import CSV_COLUMNS, _record_from_csv, csv_row
    from analyzer.model import ErrorInfo, ExtractedField, Fields, Report

    report = Report(
        file=f"tilbud{employer}.pdf",
        as_of=dt.date(2026, 6, 1),
        verdict="error",
        fields=Fields(employer=ExtractedField[str](value=employer)),
        error=ErrorInfo(kind="corrupt", message=f"part '{employer}' is damaged"),
    )
    row = dict(zip(CSV_COLUMNS, csv_row(report), strict=True))
    assert row["employer"] == cell
    assert not raw_controls("".join(row.values()))
    record = _record_from_csv(row)
    assert record.file == report.file and record.error_message == f"part '{employer}' is damaged"
