"""Readers and the pipeline turn every kind of bad input into an error report, never an exception."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from analyzer.pipeline import AnalyzeOptions, analyze
from analyzer.readers import ReadError, read_document
from analyzer.readers.errors import Deadline, TimedOut
from analyzer.readers.safety import check_docx_zip


def _load_builder():  # type: ignore[no-untyped-def]
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "hostile" / "build_hostile.py"
    spec = importlib.util.spec_from_file_location("build_hostile_for_readers", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_builder = _load_builder()
SECRET, _document_xml, _docx, _many_pages_pdf, build = (
    _builder.SECRET,
    _builder._document_xml,
    _builder._docx,
    _builder._many_pages_pdf,
    _builder.build,
)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
OPTIONS = AnalyzeOptions(as_of=dt.date(2026, 6, 1))


@pytest.mark.parametrize("docx", sorted(SAMPLES.glob("*.docx")), ids=lambda p: p.name)
def test_real_word_documents_pass_the_zip_and_dtd_guard(docx: Path) -> None:
    check_docx_zip(docx)  # raises on failure


def test_dtd_in_utf16_xml_part_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "u16.docx"
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY a "b">]><d>&a;</d>'
    _docx(path, _document_xml("x"))
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("word/footer1.xml", xml.encode("utf-16"))  # with a byte-order mark, as Word could write
    with pytest.raises(ReadError) as info:
        check_docx_zip(path)
    assert info.value.kind == "unsafe_xml"


@pytest.mark.parametrize(
    "xml",
    [
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "b">]><d>&a;</d>',
        '\ufeff<?xml version="1.0"?>\n<!-- a comment -->\n<!DOCTYPE d SYSTEM "file:///etc/passwd"><d/>',
        # a prolog padded past the quick look at the first bytes still has its DOCTYPE found
        '<?xml version="1.0"?>' + "<!-- padding -->" * 400 + '<!DOCTYPE d [<!ENTITY a "b">]><d>&a;</d>',
        '<?xml version="1.0"?><?pi <!DOCTYPE inside a processing instruction ?><!DOCTYPE d []><d/>',
    ],
    ids=["plain", "bom-and-comment", "long-prolog", "after-pi"],
)
def test_dtd_in_the_prolog_is_caught_however_it_is_padded(tmp_path: Path, xml: str) -> None:
    path = tmp_path / "dtd.docx"
    _docx(path, _document_xml("x"))
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("word/header1.xml", xml.encode("utf-8"))
    with pytest.raises(ReadError) as info:
        check_docx_zip(path)
    assert info.value.kind == "unsafe_xml"


def test_parts_that_start_with_their_root_element_pass_the_quick_look(tmp_path: Path) -> None:
    path = tmp_path / "ok.docx"
    _docx(
        path, _document_xml("Lønn: kr 650 000 per år. " * 2000)
    )  # a document.xml far beyond the first bytes
    check_docx_zip(path)


def test_python_docx_parser_itself_does_not_resolve_external_entities(tmp_path: Path) -> None:
    """Belt and braces: even without our guard, python-docx's lxml parser leaves entities unresolved."""
    from docx.oxml.parser import oxml_parser
    from lxml import etree

    build(tmp_path / "files")
    with zipfile.ZipFile(tmp_path / "files" / "external_entity.docx") as zf:
        xml = zf.read("word/document.xml")
    tree = etree.fromstring(xml, oxml_parser)
    assert SECRET not in etree.tostring(tree, encoding="unicode")


def test_page_limit_is_checked_before_reading_pages(tmp_path: Path) -> None:
    path = tmp_path / "many.pdf"
    path.write_bytes(_many_pages_pdf(30))
    report = analyze(path, AnalyzeOptions(as_of=dt.date(2026, 6, 1), max_pages=29))
    assert report.error is not None and report.error.kind == "too_many_pages"
    assert "30 pages" in report.error.message
    ok = analyze(path, AnalyzeOptions(as_of=dt.date(2026, 6, 1), max_pages=30))
    assert ok.error is None and ok.pages == 30


def test_file_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Lønn: kr 650 000\n" * 10_000, encoding="utf-8")
    report = analyze(path, AnalyzeOptions(as_of=dt.date(2026, 6, 1), max_bytes=1000))
    assert report.error is not None and report.error.kind == "too_large"


def test_unzipped_limit_is_an_option(tmp_path: Path) -> None:
    docx = SAMPLES / "nb_maanedslonn_tabell.docx"
    report = analyze(docx, AnalyzeOptions(as_of=dt.date(2026, 6, 1), max_unzipped_bytes=1000))
    assert report.error is not None and report.error.kind == "too_large"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert analyze(tmp_path / "nope.pdf", OPTIONS).error.kind == "not_found"  # type: ignore[union-attr]
    assert analyze(tmp_path, OPTIONS).error.kind == "not_a_file"  # type: ignore[union-attr]


def test_deadline_with_a_fake_clock() -> None:
    now = [100.0]
    deadline = Deadline(5, clock=lambda: now[0])
    deadline.check()
    now[0] = 104.9
    assert not deadline.expired()
    now[0] = 105.0
    with pytest.raises(TimedOut):
        deadline.check()
    assert Deadline(None).remaining is None and Deadline(0).remaining is None


def test_timeout_gives_a_timeout_report() -> None:
    # A budget of a nanosecond has run out by the first check, whatever the machine's speed.
    report = analyze(
        SAMPLES / "nb_tilbudsbrev_master.pdf", AnalyzeOptions(as_of=dt.date(2026, 6, 1), timeout=1e-9)
    )
    assert report.verdict == "error" and report.error is not None and report.error.kind == "timeout"
    assert "--timeout" in report.error.message


def test_unexpected_exception_is_an_internal_error_with_traceback_only_in_debug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import analyzer.extract

    def boom(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("synthetic")

    monkeypatch.setattr(analyzer.extract, "extract_fields", boom)
    sample = SAMPLES / "nb_tilbudsbrev_master.pdf"
    report = analyze(sample, OPTIONS)
    assert report.verdict == "error" and report.error is not None and report.error.kind == "internal"
    assert "ZeroDivisionError" in report.error.message and "--debug" in report.error.message
    assert "Traceback" not in capsys.readouterr().err
    analyze(sample, AnalyzeOptions(as_of=dt.date(2026, 6, 1), debug=True))
    assert "Traceback" in capsys.readouterr().err


def test_read_document_raises_only_read_errors(tmp_path: Path) -> None:
    kinds = {}
    expected = build(tmp_path / "files")
    for name, kind in expected.items():
        if not kind or kind in ("too_many_pages",):
            continue
        with pytest.raises(ReadError) as info:
            read_document(tmp_path / "files" / name)
        kinds[name] = info.value.kind
    assert kinds == {n: k for n, k in expected.items() if k and k != "too_many_pages"}
