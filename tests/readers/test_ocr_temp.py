"""OCR leaves nothing in the temporary folder on any path: pytesseract's tess_* files live in a private folder
per call (removed when the call ends), and the pool removes the folder of a worker it killed mid-OCR."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from analyzer.batch.pool import WorkerPool
from analyzer.readers import ocr

from . import ocr_tasks


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own, for this process (tempfile.tempdir) and the workers (TMPDIR)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def test_private_folder_holds_the_temporary_files_and_goes_on_every_way_out(private_tmp: Path) -> None:
    with pytest.raises(RuntimeError), ocr.private_temp_dir() as folder:
        assert folder.parent == private_tmp and folder.name.startswith(f"offercheck-ocr-{os.getpid()}-")
        with tempfile.NamedTemporaryFile(prefix="tess_", delete=False) as fh:
            assert Path(fh.name).parent == folder
        raise RuntimeError("Tesseract process timeout")
    assert list(private_tmp.iterdir()) == []
    assert tempfile.gettempdir() == str(private_tmp)


def test_folders_of_dead_processes_are_removed_and_live_ones_kept(private_tmp: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = private_tmp / f"offercheck-ocr-{int(dead.stdout)}-abc"
    live = private_tmp / f"offercheck-ocr-{os.getpid()}-def"
    other = private_tmp / "tess_someone_elses"
    for folder in (stale, live):
        folder.mkdir()
        (folder / "tess_x.tsv").write_text("x")
    other.write_text("x")
    ocr.remove_private_temp()
    assert sorted(p.name for p in private_tmp.iterdir()) == sorted([live.name, other.name])
    ocr.remove_private_temp(os.getpid())
    assert [p.name for p in private_tmp.iterdir()] == [other.name]


@pytest.mark.slow
def test_a_worker_killed_during_ocr_leaves_no_temporary_files(private_tmp: Path, tmp_path: Path) -> None:
    note = tmp_path / "where.txt"
    with WorkerPool(size=1, task=ocr_tasks.hold_tess_file, timeout=0.5) as pool:
        results = list(pool.run(iter([note])))
    assert [r.kind for r in results] == ["timeout"]
    folder = Path(note.read_text(encoding="utf-8"))
    assert folder.parent == private_tmp  # the task did make its folder and tess_ file before the kill
    assert list(private_tmp.iterdir()) == []


@pytest.mark.slow
@pytest.mark.skipif(not ocr.ocr_status().available, reason="tesseract with nor/eng not installed")
def test_real_ocr_killed_at_the_deadline_leaves_no_tess_files(private_tmp: Path, tmp_path: Path) -> None:
    from .scans import SAMPLES, make_scan

    scan = make_scan(SAMPLES / "nb_tilbudsbrev_master.pdf", tmp_path / "scan.pdf")
    seen: list[str] = []
    with WorkerPool(size=1, task=ocr_tasks.ocr_scan, timeout=2.0) as pool:
        for result in pool.run(iter([scan])):
            seen.append(result.kind)
    assert seen == ["timeout"]  # a 300 dpi page takes Tesseract well over 2 s
    assert [p.name for p in private_tmp.iterdir()] == []
