from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.batch.inputs import Skipped, is_document, iter_inputs, unmatched
from analyzer.pipeline import file_sha256


def _touch(path: Path, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_folders_are_walked_sorted_with_offer_suffixes_only(tmp_path: Path) -> None:
    _touch(tmp_path / "b.pdf")
    _touch(tmp_path / "a.DOCX")
    _touch(tmp_path / "c.txt")
    _touch(tmp_path / "d.md")
    _touch(tmp_path / "old.doc")
    _touch(tmp_path / "image.png")
    _touch(tmp_path / "data.json")
    _touch(tmp_path / "~$a.docx")
    _touch(tmp_path / ".hidden.pdf")
    _touch(tmp_path / ".git" / "x.pdf")
    _touch(tmp_path / "z" / "deep" / "e.pdf")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])]
    assert names == ["a.DOCX", "b.pdf", "c.txt", "d.md", "old.doc", "z/deep/e.pdf"]


@pytest.mark.parametrize(
    "name, document",
    [
        ("tilbud.pdf", True),
        ("Kontrakt.DOCX", True),
        ("offer.txt", True),
        ("offer.md", True),
        ("gammel.doc", True),  # read to say "save it as .docx"
        ("README.md", False),
        ("readme.txt", False),
        ("LICENSE", False),
        ("LICENSE.txt", False),
        ("CHANGELOG.md", False),
        ("notes.json", False),
        ("results.csv", False),
        ("scan.png", False),
        ("offer", False),
        ("readme_first_offer.pdf", True),  # only the name itself, not a word in it
    ],
)
def test_what_a_folder_walk_takes(name: str, document: bool) -> None:
    assert is_document(name) is document


def test_a_walk_counts_what_it_skips_and_all_files_takes_it(tmp_path: Path) -> None:
    for name in ("a.pdf", "README.md", "notes.json", "LICENSE", "sub/b.txt", "sub/data.csv", ".hidden.txt"):
        _touch(tmp_path / name)
    skipped = Skipped()
    names = [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path], skipped=skipped)]
    assert names == ["a.pdf", "sub/b.txt"]
    assert skipped.count == 4 and skipped.examples == ["LICENSE", "README.md", "notes.json"]
    every = [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path], all_files=True)]
    assert every == ["LICENSE", "README.md", "a.pdf", "notes.json", "sub/b.txt", "sub/data.csv"]
    readme = tmp_path / "README.md"
    assert list(iter_inputs([readme])) == [readme]  # named, it is checked


def test_globs_explicit_files_and_duplicates(tmp_path: Path) -> None:
    a = _touch(tmp_path / "a.pdf")
    _touch(tmp_path / "b.pdf")
    odd = _touch(tmp_path / "offer.rtf")
    missing = tmp_path / "missing.pdf"
    got = list(iter_inputs([tmp_path / "*.pdf", a, odd, missing, tmp_path]))
    # the glob gives a and b; a again and the folder's a/b are not repeated; a named file is kept whatever
    # its suffix; a missing file is passed on so that it gets its own not_found report
    assert got == [tmp_path / "a.pdf", tmp_path / "b.pdf", odd, missing]


def test_unmatched_globs_are_reported(tmp_path: Path) -> None:
    _touch(tmp_path / "a.pdf")
    assert unmatched([tmp_path / "*.pdf", tmp_path / "*.docx"]) == [str(tmp_path / "*.docx")]


def test_sha256_matches_known_digest(tmp_path: Path) -> None:
    path = _touch(tmp_path / "abc.txt", b"abc")
    assert file_sha256(path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_resume_reading_ignores_a_cut_last_line_and_drop_removes_it(tmp_path: Path) -> None:
    from analyzer.batch.output import drop_partial_last_line, read_done

    out = tmp_path / "r.jsonl"
    out.write_text(
        '{"file": "a.pdf", "sha256": "aa", "verdict": "compliant"}\n{"file": "b.pdf", "sha2', "utf-8"
    )
    assert [r.file for r in read_done(out, "jsonl")] == ["a.pdf"]
    drop_partial_last_line(out)
    assert out.read_text("utf-8") == '{"file": "a.pdf", "sha256": "aa", "verdict": "compliant"}\n'
    drop_partial_last_line(out)  # a complete file is left alone
    assert out.read_text("utf-8").count("\n") == 1
    only_cut = tmp_path / "cut.jsonl"
    only_cut.write_text('{"file": "a.p', "utf-8")
    assert list(read_done(only_cut, "jsonl")) == []
    drop_partial_last_line(only_cut)
    assert only_cut.read_bytes() == b""


def test_csv_cells_that_look_like_formulas_are_defused() -> None:
    import datetime as dt

    from analyzer.batch.output import CSV_COLUMNS, csv_row
    from analyzer.model import ExtractedField, Fields, Report

    fields = Fields(
        employer=ExtractedField[str](value='=HYPERLINK("http://x")'),
        job_title=ExtractedField[str](value="Kokk"),
    )
    report = Report(file="a.pdf", as_of=dt.date(2026, 6, 1), verdict="incomplete", fields=fields)
    row = dict(zip(CSV_COLUMNS, csv_row(report), strict=True))
    assert row["employer"] == '\'=HYPERLINK("http://x")'
    assert row["job_title"] == "Kokk"
