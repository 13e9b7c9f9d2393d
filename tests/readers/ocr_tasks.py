"""Worker tasks for the OCR temporary-file tests (a module of its own, so the pool's worker processes can import
it): each is killed by the pool at its deadline while Tesseract's temporary files exist."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def hold_tess_file(path: Path) -> str:
    """What pytesseract does, stopped in the middle: the image saved as a tess_* file in the (private) temporary
    folder, then a wait that only the pool's kill ends."""
    from analyzer.readers.ocr import private_temp_dir

    with private_temp_dir() as folder:
        with tempfile.NamedTemporaryFile(prefix="tess_", delete=False) as fh:
            fh.write(b"image")
        Path(path).write_text(str(folder), encoding="utf-8")  # tells the test where the folder was
        time.sleep(3600)
    return "not reached"


def ocr_scan(path: Path) -> str:
    """Real OCR of a scanned PDF (no deadline of its own: only the pool's kill stops it)."""
    from analyzer.readers import read_document

    return read_document(Path(path)).text
