"""PDFs that used to exhaust memory or hang pdfminer: decompression bombs, reference loops, page-tree loops and
bogus xref streams. Each must give its error kind fast, with a plain message; the bombs are measured in a
subprocess (peak memory, seconds), as tests/hostile/test_hostile.py does."""

from __future__ import annotations

import json
import resource
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analyzer.readers import ReadError, read_document
from analyzer.readers.pdf_limits import MAX_REFERENCE_CHAIN, run_length_size

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))
from build_hostile import _FONT, _TEXT, bomb_pdf, pdf_from_objects, pdf_stream  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Count 1 /Kids [5 0 R] >>"


def _page(resources: bytes = b"<< /Font << /F1 3 0 R >> >>", contents: bytes = b"4 0 R") -> bytes:
    return b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %s >>" % (
        resources,
        contents,
    )


def _one_page(page: bytes, *extra: bytes, pages: bytes = PAGES, font: bytes = _FONT) -> bytes:
    return pdf_from_objects([CATALOG, pages, font, pdf_stream(_TEXT), page, *extra])


def _xref_stream_pdf(claimed: int, with_pages: bool) -> bytes:
    """A PDF 1.5 file whose only cross-reference is a stream declaring ``claimed`` objects (it holds 4)."""
    head = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    catalog = CATALOG if with_pages else b"<< /Type /Catalog >>"
    body, offsets = head, []
    for number, obj in enumerate([catalog, b"<< /Type /Pages /Count 0 /Kids [] >>"], start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref_at = len(body)
    rows = b"\x00" + struct.pack(">I", 0) + b"\xff"
    rows += b"".join(b"\x01" + struct.pack(">I", offset) + b"\x00" for offset in [*offsets, xref_at])
    body += b"3 0 obj\n<< /Type /XRef /Size %d /W [1 4 1] /Root 1 0 R /Length %d >>\nstream\n" % (
        claimed,
        len(rows),
    )
    return body + rows + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at


# name: (bytes, error kind, words the message must contain)
LOOPS = {
    "resources_refers_to_itself": (_one_page(_page(b"6 0 R"), b"6 0 R"), "corrupt", "refers to itself"),
    "resources_two_object_loop": (_one_page(_page(b"6 0 R"), b"7 0 R", b"6 0 R"), "corrupt", "6 → 7 → 6"),
    "contents_refers_to_itself": (
        _one_page(_page(contents=b"6 0 R"), b"6 0 R"),
        "corrupt",
        "refers to itself",
    ),
    "font_refers_to_itself": (_one_page(_page(), font=b"3 0 R"), "corrupt", "refers to itself"),
    "page_count_refers_to_itself": (
        _one_page(_page(), b"6 0 R", pages=b"<< /Type /Pages /Count 6 0 R /Kids [5 0 R] >>"),
        "corrupt",
        "loop",
    ),
    "pages_root_loop": (_one_page(_page(), b"2 0 R", pages=b"6 0 R"), "corrupt", "loop"),
    "kids_lead_back_to_the_root": (
        _one_page(
            _page(),
            b"<< /Type /Pages /Parent 2 0 R /Count 1 /Kids [2 0 R 6 0 R] >>",
            pages=b"<< /Type /Pages /Count 1 /Kids [6 0 R 5 0 R] >>",
        ),
        "corrupt",
        "page tree loops",
    ),
    "reference_chain_too_long": (
        _one_page(
            _page(b"6 0 R"), *[b"%d 0 R" % n for n in range(7, 7 + 40)], b"<< /Font << /F1 3 0 R >> >>"
        ),
        "corrupt",
        f"over {MAX_REFERENCE_CHAIN} references",
    ),
    "length_refers_to_its_stream": (
        pdf_from_objects(
            [CATALOG, PAGES, _FONT, b"<< /Length 4 0 R >>\nstream\n" + _TEXT + b"\nendstream", _page()]
        ),
        "corrupt",
        "damaged",
    ),
    "xref_stream_claims_two_billion_objects": (_xref_stream_pdf(2_000_000_000, False), "corrupt", "declares"),
    "xref_stream_claims_too_many_with_pages": (_xref_stream_pdf(2_000_000_000, True), "corrupt", "declares"),
}


@pytest.mark.parametrize("name", sorted(LOOPS))
def test_loops_and_bogus_tables_are_corrupt_fast(tmp_path: Path, name: str) -> None:
    data, kind, words = LOOPS[name]
    assert len(data) < 8192  # a few KB each
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    started = time.perf_counter()
    with pytest.raises(ReadError) as info:
        read_document(path)
    # A liveness guard, not a speed figure: before the loop checks most of these never returned at all.
    assert time.perf_counter() - started < 60
    assert info.value.kind == kind, info.value.message
    assert words in info.value.message and "Traceback" not in info.value.message


def test_the_same_structures_without_the_loop_read_normally(tmp_path: Path) -> None:
    """Controls: the crafted files minus their defect are read (the checks do not refuse valid structure)."""
    cases = {
        "plain": _one_page(_page()),
        "resources_by_reference": _one_page(_page(b"6 0 R"), b"<< /Font << /F1 3 0 R >> >>"),
        "short_chain": _one_page(_page(b"6 0 R"), b"7 0 R", b"<< /Font << /F1 3 0 R >> >>"),
        "two_level_tree": _one_page(
            _page(),
            b"<< /Type /Pages /Parent 2 0 R /Count 1 /Kids [5 0 R] >>",
            pages=b"<< /Type /Pages /Count 1 /Kids [6 0 R] >>",
        ),
    }
    for name, data in cases.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        document = read_document(path)
        assert "Arbeidsgiver: Fjord AS" in document.text, name


def test_an_xref_stream_that_holds_what_it_claims_is_read(tmp_path: Path) -> None:
    path = tmp_path / "xref_ok.pdf"
    path.write_bytes(_xref_stream_pdf(4, True))
    assert read_document(path).pages == []  # an empty page tree, read without complaint


_MEASURE = """
import json, resource, sys, time
from pathlib import Path
from analyzer.pipeline import AnalyzeOptions, analyze
started = time.perf_counter()
report = analyze(Path(sys.argv[1]), AnalyzeOptions(timeout=15))
print(json.dumps({"verdict": report.verdict, "error": report.error.model_dump() if report.error else None,
                  "seconds": time.perf_counter() - started,
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


@pytest.mark.parametrize(
    ("stream_bytes", "pages", "limit"),
    [
        (1 << 30, 1, "A compressed stream"),
        (6 << 30, 1, "A compressed stream"),
        (40 << 20, 4, "streams unpack"),
    ],
    ids=["1gb-one-stream", "6gb-one-stream", "160mb-in-40mb-streams"],
)
def test_flate_bombs_are_too_large_in_bounded_memory_and_time(
    tmp_path: Path, stream_bytes: int, pages: int, limit: str
) -> None:
    path = tmp_path / "bomb.pdf"
    path.write_bytes(bomb_pdf(stream_bytes, pages))
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    result = json.loads(proc.stdout)
    assert result["verdict"] == "error" and result["error"]["kind"] == "too_large", result
    assert limit in result["error"]["message"] and "--max-unzipped" in result["error"]["message"]
    assert result["peak_kb"] < 600 * 1024  # was 6.2 GB for the 6 GB bomb; the bound is 1.5 GB
    assert result["seconds"] < 15  # the --timeout; the 6 GB bomb ran 48 s


def test_the_document_limit_follows_max_unzipped(tmp_path: Path) -> None:
    from analyzer.readers import ReadLimits

    path = tmp_path / "bomb.pdf"
    path.write_bytes(bomb_pdf(3 << 20))  # 3 MB of zeros: under the default limits
    with pytest.raises(ReadError) as info:
        read_document(path, limits=ReadLimits(max_unzipped_bytes=2 << 20))
    assert info.value.kind == "too_large"
    with pytest.raises(ReadError) as info:  # allowed through, it is then refused as one 3 MB "word"
        read_document(path)
    assert info.value.kind == "corrupt" and "instruction over 1 MB" in info.value.message


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.pdf")), ids=lambda p: p.name)
def test_real_pdfs_pass_every_limit(sample: Path) -> None:
    assert read_document(sample).text.strip()


@pytest.mark.parametrize(
    ("encoded", "size"),
    [(b"\x02abc\xfdz\x80", 3 + 4), (b"\x00q", 1), (b"\x81x" * 3, 128 * 3), (b"", 0), (b"\x80\x05abcdef", 0)],
)
def test_run_length_size_matches_the_decoder(encoded: bytes, size: int) -> None:
    from pdfminer.runlength import rldecode

    assert run_length_size(encoded) == size == len(rldecode(encoded))


def test_memory_of_this_process_is_not_what_the_bomb_test_measures() -> None:
    # The bomb tests measure a child process; this guards against reading RUSAGE_SELF of pytest by mistake.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0
