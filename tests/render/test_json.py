"""analyzer/render/json.py: the report as JSON and JSON Lines, with æøå literal and nothing a terminal acts on.

Expected escapes are worked out by hand from the JSON spec (``\\uXXXX``, UTF-16 pairs above U+FFFF), not
copied from the renderer's output."""

from __future__ import annotations

import json
import unicodedata

import pytest

from analyzer.model import Evidence, ExtractedField
from analyzer.render.json import dumps, render_json, render_jsonl, report_dict

from .reports import error_report, report


def with_employer_text(text: str) -> str:
    """The JSON of a report whose employer evidence line is ``text``."""
    r = report()
    r.fields.employer = ExtractedField[str](
        value="X AS", confidence=0.9, evidence=[Evidence(page=1, text=text)]
    )
    return render_json([r])


def test_one_report_is_an_object_several_are_a_list() -> None:
    one = json.loads(render_json([report()]))
    assert isinstance(one, dict) and one["file"] == "tilbud/Tilbudsbrev_Ærlig_Økonomi.pdf"
    several = json.loads(render_json([report(), error_report()]))
    assert [r["verdict"] for r in several] == ["non_compliant", "error"]


def test_report_dict_is_the_json_contract() -> None:
    data = report_dict(report())
    assert data["as_of"] == "2026-06-01" and data["rules"]["as_of"] == "2026-06-01"  # dates as ISO text
    assert data["fields"]["salary"]["value"] == {"amount": 560000.0, "currency": "NOK", "period": "year"}
    assert data["fields"]["salary"]["evidence"] == [
        {"page": 2, "text": "Årslønn: kr 560 000", "bbox": None, "note": "label Årslønn"}
    ]
    assert data["fields"]["start_date"] == {
        "value": None,
        "confidence": 0.0,
        "evidence": [],
        "candidates": [],
        "conflict": False,
        "note": "ingen dato før tiltredelse",
    }
    assert [f["id"] for f in data["findings"]][:2] == ["udi.position", "udi.salary_floor"]
    assert data["findings"][1]["fix"] == {"en": "Raise the gross yearly salary.", "nb": "Øk brutto årslønn."}


def test_norwegian_letters_are_written_literally() -> None:
    text = render_json([report()])
    for word in (
        "Fjordløs Bær & Ål AS",
        "Årslønn: kr 560 000",
        "Øk brutto årslønn.",
        "Tilbudsbrev_Ærlig_Økonomi",
    ):
        assert word in text
    assert "\\u00f8" not in text and "\\u00e5" not in text and "\\u00c6" not in text
    text.encode("utf-8")  # nothing unencodable


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("\x1b]52;c;aGVsbG8=\x07", "\\u001b]52;c;aGVsbG8=\\u0007"),  # C0: json.dumps escapes them itself
        ("X\x7f", "X\\u007f"),  # DEL: json.dumps leaves it raw
        ("\x9b2J", "\\u009b2J"),  # C1 CSI
        ("\u202egnp.exe", "\\u202egnp.exe"),  # right-to-left override
        ("a\u2028b\u2029c", "a\\u2028b\\u2029c"),  # line/paragraph separators (JavaScript line ends)
        ("zero\u200bwidth", "zero\\u200bwidth"),
        ("\U000e0041", "\\udb40\\udc41"),  # a tag character: 0xE0041 as a UTF-16 pair
        ("linje 1\nlinje 2\tø", "linje 1\\nlinje 2\\tø"),
    ],
)
def test_characters_a_terminal_acts_on_are_escaped_and_read_back(raw: str, escaped: str) -> None:
    text = with_employer_text(raw)
    assert f'"text": "{escaped}"' in text
    unsafe = [ch for ch in raw if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch not in "\n\t"]
    assert not any(ch in text for ch in unsafe)  # (newline and tab are in the indented output as layout)
    assert json.loads(text)["fields"]["employer"]["evidence"][0]["text"] == raw


def test_a_non_utf8_file_name_is_escaped_and_the_output_is_valid_utf8() -> None:
    name = b"tilbud_\xff\xe6.pdf".decode("utf-8", "surrogateescape")  # as os.listdir gives it
    text = render_json([report(file=name)])
    assert '"file": "tilbud_\\udcff\\udce6.pdf"' in text
    text.encode("utf-8")  # a lone surrogate would raise here
    assert json.loads(text)["file"] == name


def test_jsonl_is_one_line_per_report() -> None:
    r = report()
    r.fields.employer.evidence = [Evidence(page=1, text="Arbeidsgiver:\nØrsta AS\u2028")]
    lines = list(render_jsonl([r, error_report()]))
    assert len(lines) == 2
    assert all("\n" not in line and "\u2028" not in line for line in lines)
    assert (
        json.loads(lines[0])["fields"]["employer"]["evidence"][0]["text"] == "Arbeidsgiver:\nØrsta AS\u2028"
    )
    assert json.loads(lines[1])["error"] == {"kind": "encrypted", "message": "Filen er kryptert."}


def test_dumps_indents_only_when_asked() -> None:
    assert dumps({"å": [1, "ø"]}) == '{"å": [1, "ø"]}'
    assert dumps({"å": 1}, indent=2) == '{\n  "å": 1\n}'
