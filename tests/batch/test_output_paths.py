"""``--out`` is checked before any work and written so that ``--resume`` never keeps a broken line: an output
that is also an input is refused, an unwritable or full destination is one plain line (exit 2), a second run on
the same output is refused, invalid lines anywhere in a previous output are dropped and their files redone, and
a file name that is not UTF-8 is written as valid UTF-8 and still recognised by ``--resume``."""

from __future__ import annotations

import csv
import fcntl
import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from analyzer.batch.inputs import iter_inputs
from analyzer.batch.output import CSV_COLUMNS, read_done
from analyzer.batch.runner import BatchOptions, run_batch
from analyzer.batch.sink import input_that_is
from analyzer.cli import app
from analyzer.pipeline import AnalyzeOptions

from .conftest import SAMPLES

runner = CliRunner()
OFFER = "Arbeidsavtale\nArbeidsgiver: Fjordlys AS\nStilling: Sveiser, 100 %\nLønn: kr 520 000 per år\n"


def _batch(*args: str) -> Any:
    return runner.invoke(app, ["batch", *args, "--workers", "1", "--as-of", "2026-06-01"])


def _folder(tmp_path: Path, count: int = 3) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(count):
        (folder / f"offer_{i}.txt").write_text(OFFER + f"Arbeidssted: Bergen {i}\n", encoding="utf-8")
    return folder


def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    offer = tmp_path / "offer.pdf"
    offer.write_bytes((SAMPLES / "nb_tilbudsbrev_master.pdf").read_bytes())
    before = offer.read_bytes()
    result = _batch(str(offer), "--out", str(offer))
    assert result.exit_code == 2
    assert "is one of the input files" in result.output and "Traceback" not in result.output
    assert offer.read_bytes() == before


@pytest.mark.parametrize(
    "args, out, reason",
    [
        (
            ["{in}"],
            "{in}/results.txt",
            "inside the input folder",
        ),  # .txt files in a folder are read as offers
        (["{in}/*"], "{in}/results.jsonl", "matches it"),  # a glob reads whatever it matches
        (["{tmp}/**/*.txt"], "{in}/sub/r.txt", "matches it"),
        (["{tmp}/i*"], "{in}/r.md", "matches a folder that holds it"),
    ],
)
def test_an_output_that_would_be_read_as_an_input_is_refused(
    tmp_path: Path, args: list[str], out: str, reason: str
) -> None:
    folder = _folder(tmp_path)
    fill = {"in": str(folder), "tmp": str(tmp_path)}
    target = Path(out.format(**fill))
    result = _batch(*(a.format(**fill) for a in args), "--out", str(target))
    assert result.exit_code == 2
    assert reason in result.output and "Traceback" not in result.output
    assert not target.exists()


def test_what_is_not_an_input_is_allowed() -> None:
    folder = SAMPLES
    assert input_that_is(folder / "results.jsonl", [folder]) is None  # .jsonl is never walked
    assert input_that_is(folder / ".hidden.txt", [folder]) is None  # hidden files are never walked
    assert input_that_is(Path("/tmp/r.txt"), [folder]) is None
    assert input_that_is(folder / "r.csv", [folder / "*.pdf"]) is None


@pytest.mark.slow
def test_an_output_in_an_input_folder_is_never_read_as_an_input(
    tmp_path: Path, options: AnalyzeOptions
) -> None:
    folder = _folder(tmp_path, 2)
    out = folder / "results.jsonl"
    for _ in range(2):
        summary = run_batch(
            BatchOptions(paths=[folder], analyze=options, workers=1, out=out, resume=True, progress=False)
        )
    assert summary.total == 2 and summary.resumed == 2
    assert sorted(Path(r.file).name for r in read_done(out, "jsonl")) == ["offer_0.txt", "offer_1.txt"]
    # whatever the arguments match, the walk never yields the output itself
    assert out in list(iter_inputs([folder / "*"]))
    assert out not in list(iter_inputs([folder / "*", out], exclude=out))


def test_a_missing_folder_or_a_folder_as_output_is_one_plain_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 1)
    result = _batch(str(folder), "--out", str(tmp_path / "nowhere" / "r.jsonl"))
    assert result.exit_code == 2
    assert f"the folder '{tmp_path / 'nowhere'}' does not exist" in result.output
    assert "Traceback" not in result.output
    result = _batch(str(folder), "--out", str(tmp_path))
    assert result.exit_code == 2 and "Is a directory" in result.output


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_plain_line(tmp_path: Path) -> None:
    result = _batch(str(_folder(tmp_path, 1)), "--out", "/dev/full")
    assert result.exit_code == 2
    assert "cannot write to '/dev/full': No space left on device" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_a_disk_that_fills_midway_leaves_only_whole_lines_and_resume_finishes(
    tmp_path: Path, options: AnalyzeOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk "fills" after ``room`` bytes: the write that crosses it is short, the next one fails (ENOSPC), as
    the kernel does it. The half line must not stay in the file, and --resume finishes the rest."""
    import errno

    from analyzer.batch import sink

    folder = _folder(tmp_path, 4)
    out = tmp_path / "r.jsonl"
    reference = tmp_path / "reference.jsonl"
    run_batch(BatchOptions(paths=[folder], analyze=options, workers=1, out=reference, progress=False))
    sizes = [len(line) for line in reference.read_bytes().splitlines(keepends=True)]
    room = sizes[0] + sizes[1] + sizes[2] // 2  # the disk fills in the middle of the third line
    real_write = os.write
    used = 0

    def write(fd: int, data: Any) -> int:
        nonlocal used
        if used >= room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        data = bytes(data)[: room - used]
        used += len(data)
        return real_write(fd, data)

    monkeypatch.setattr(sink.os, "write", write)
    with pytest.raises(sink.OutputError, match="No space left on device; the lines written before are kept"):
        run_batch(BatchOptions(paths=[folder], analyze=options, workers=1, out=out, progress=False))
    monkeypatch.setattr(sink.os, "write", real_write)
    data = out.read_bytes()
    # The "seconds" field differs between runs, so line lengths may differ by a byte or two from the reference:
    # what must hold is that the file ends at a line end and holds exactly the two lines that fitted, both whole.
    assert data.endswith(b"\n")
    assert abs(len(data) - (sizes[0] + sizes[1])) < sizes[2] // 4
    assert len([json.loads(line) for line in data.decode("utf-8").splitlines()]) == 2  # every line whole
    done = run_batch(
        BatchOptions(paths=[folder], analyze=options, workers=1, out=out, resume=True, progress=False)
    )
    assert (done.resumed, done.processed) == (2, 2)
    names = sorted(
        Path(json.loads(line)["file"]).name for line in out.read_text(encoding="utf-8").splitlines()
    )
    assert names == [f"offer_{i}.txt" for i in range(4)]


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 1)
    out = tmp_path / "r.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    with out.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a running batch holds it
        for extra in ([], ["--resume"]):
            result = _batch(str(folder), "--out", str(out), *extra)
            assert result.exit_code == 2
            assert "another offercheck run is writing it" in result.output
    assert out.read_text(encoding="utf-8") == "kept\n"  # not truncated by the refused run


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_drops_invalid_lines_in_the_middle_and_redoes_their_files(
    tmp_path: Path, options: AnalyzeOptions, fmt: str
) -> None:
    folder = _folder(tmp_path, 4)
    out = tmp_path / f"r.{fmt}"
    run_batch(BatchOptions(paths=[folder], analyze=options, workers=1, out=out, fmt=fmt, progress=False))
    lines = out.read_text(encoding="utf-8-sig").splitlines(keepends=True)  # written back without the BOM
    header, body = (lines[:1], lines[1:]) if fmt == "csv" else ([], lines)
    assert len(body) == 4
    names_before = [
        Path(next(csv.reader([line]))[0] if fmt == "csv" else json.loads(line)["file"]).name for line in body
    ]
    # the second line cut in half (as by two runs writing at once), a blank line and garbage in the middle
    broken = [
        body[0],
        body[1][: len(body[1]) // 2] + "\n",
        "\n",
        "#garbage, not a record\n",
        body[2],
        body[3],
    ]
    out.write_text("".join(header + broken), encoding="utf-8")
    second = run_batch(
        BatchOptions(
            paths=[folder], analyze=options, workers=1, out=out, fmt=fmt, resume=True, progress=False
        )
    )
    assert (second.resumed, second.processed) == (3, 1)
    text = out.read_text(encoding="utf-8-sig")
    if fmt == "csv":
        rows = list(csv.reader(text.splitlines()))
        assert tuple(rows[0]) == CSV_COLUMNS and all(len(r) == len(CSV_COLUMNS) for r in rows[1:])
        names = [Path(r[0]).name for r in rows[1:]]
    else:
        names = [Path(json.loads(line)["file"]).name for line in text.splitlines()]
    assert sorted(names) == [f"offer_{i}.txt" for i in range(4)]  # each file once, the cut one redone
    # the valid lines kept as they were, in order; the cut one redone at the end
    assert text.startswith("".join(header + [body[0], body[2], body[3]]))
    assert names[-1] == names_before[1]


def test_a_foreign_file_is_never_rewritten_by_resume(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text('not json\n{"file": "a.pdf", "verdict": "compliant"}\n', encoding="utf-8")
    result = _batch(str(_folder(tmp_path, 1)), "--out", str(out), "--resume")
    assert result.exit_code == 2 and "cannot resume" in result.output
    assert out.read_text(encoding="utf-8") == 'not json\n{"file": "a.pdf", "verdict": "compliant"}\n'


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_file_name_that_is_not_utf8_is_written_as_utf8_and_resumed(
    tmp_path: Path, options: AnalyzeOptions, fmt: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    raw = b"tilbud_\xff\xe6.txt"  # Latin-1 bytes: not UTF-8
    name = os.fsdecode(raw)
    (folder / name).write_text(OFFER, encoding="utf-8")
    (folder / "plain_æøå.txt").write_text(OFFER, encoding="utf-8")
    out = tmp_path / f"r.{fmt}"
    first = run_batch(
        BatchOptions(paths=[folder], analyze=options, workers=1, out=out, fmt=fmt, progress=False)
    )
    assert first.processed == 2
    text = out.read_bytes().decode("utf-8")  # valid UTF-8, or this raises
    if fmt == "jsonl":
        files = {json.loads(line)["file"] for line in text.splitlines()}
        assert os.fsencode(str(folder / name)) in {os.fsencode(f) for f in files}  # the exact bytes come back
        assert "\\udcff\\udce6" in text
    assert "plain_æøå.txt" in text
    again = run_batch(
        BatchOptions(
            paths=[folder], analyze=options, workers=1, out=out, fmt=fmt, resume=True, progress=False
        )
    )
    assert (again.processed, again.resumed) == (0, 2)


@pytest.mark.parametrize(
    "where, message",
    [
        ("missing/summary.json", "--summary-json: the folder '{tmp}/missing' does not exist."),
        (".", "--summary-json: '{tmp}' is a folder; give a file name."),
        ("out.jsonl", "--summary-json and --out name the same file."),
        ("in/summary.txt", "it is inside the input folder"),
    ],
)
def test_a_bad_summary_json_is_one_line_before_any_work(tmp_path: Path, where: str, message: str) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    target = tmp_path if where == "." else tmp_path / where
    result = _batch(str(folder), "--out", str(out), "--summary-json", str(target))
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    assert message.format(tmp=tmp_path) in lines[0]
    assert not out.exists()  # nothing was checked
    assert not (folder / "summary.txt").exists()


def test_a_summary_json_that_cannot_be_created_is_refused_and_nothing_left(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 1)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = _batch(str(folder), "--summary-json", str(blocker / "s.json"))
    assert result.exit_code == 2 and "'" + str(tmp_path / "file") + "' is not a folder" in result.output
    assert "Traceback" not in result.output and '"verdict"' not in result.output
    ok = tmp_path / "s.json"
    assert _batch(str(folder), "--summary-json", str(ok)).exit_code in (0, 1, 3)  # a verdict
    assert json.loads(ok.read_text(encoding="utf-8"))["files"] == 1
