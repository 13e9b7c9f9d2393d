"""OCR accuracy: every sample PDF rendered to a noisy, slightly turned image-only PDF (tests/readers/scans.py),
analysed, and compared field by field with its hand-written expected values; plus seconds per OCR'd page.

Run: .venv/bin/python benchmarks/ocr_accuracy.py   (needs Tesseract with nor+eng; writes benchmarks/ocr_accuracy.md)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sample_accuracy import accuracy_table, score  # noqa: E402

from analyzer.pipeline import AnalyzeOptions, analyze  # noqa: E402
from tests.readers.scans import make_scan  # noqa: E402


def main() -> None:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    seconds = 0.0
    pages = 0
    confidences: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, pdf in enumerate(sorted((ROOT / "samples").glob("*.pdf"))):
            expected = json.loads((pdf.parent / (pdf.stem + ".expected.json")).read_text(encoding="utf-8"))
            scan = make_scan(pdf, Path(tmp) / pdf.name, angle=(-1) ** i * (0.6 + 0.2 * (i % 4)), seed=i + 1)
            started = time.perf_counter()
            report = analyze(scan, AnalyzeOptions(as_of=dt.date.fromisoformat(expected["as_of"])))
            seconds += time.perf_counter() - started
            pages += len(report.ocr_pages)
            if report.ocr_confidence is not None:
                confidences.append(report.ocr_confidence)
            score(report, expected, pdf.name, totals, misses)
    lines = accuracy_table(totals)
    mean_conf = sum(confidences) / len(confidences) if confidences else float("nan")
    text = "\n".join(
        [
            "# OCR accuracy on scanned copies of samples/*.pdf",
            "",
            "Each page rendered at 200 dpi, turned 0.6–1.2° either way, salt-and-pepper noise, saved without text.",
            "",
            *lines,
            "",
            f"{pages} pages OCR'd in {seconds:.1f} s: {seconds / max(pages, 1):.2f} s per page (whole analysis included); "
            f"mean Tesseract word confidence {mean_conf:.1f}.",
            "",
            *(f"- miss: {m}" for m in misses),
        ]
    )
    print(text)
    (ROOT / "benchmarks" / "ocr_accuracy.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
