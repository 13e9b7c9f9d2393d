"""Seconds to read and to analyse one document holding a 5 MB single line (prose, digits, dense amounts).

Run: .venv/bin/python benchmarks/long_lines.py      (writes benchmarks/long_lines.md)

The readers bound the text (200,000 raw characters, lines of at most 2,000) before any expensive work; this prints
what reading and the whole analysis cost on such input, CPU and wall time, so a regression shows as a figure.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer.pipeline import AnalyzeOptions, analyze  # noqa: E402
from analyzer.readers import read_document  # noqa: E402
from analyzer.readers.bounds import split_long  # noqa: E402

OFFER = "Tilbud om stilling\nArbeidsgiver: Fjordkraft AS (org.nr. 912 345 678)\n"
UNITS = {
    "prose": "Arbeidstakeren skal utføre arbeid etter avtale med nærmeste leder. ",
    "digits": "1 ",
    "amounts": "Lønn 650 000 kr ",
}
SIZE = 5_000_000


def _timed(fn: object) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    options = AnalyzeOptions(as_of=dt.date(2026, 6, 1), ocr=False, timeout=None)
    rows = [
        "| content | split_long s (cpu) | read s (cpu) | analyse s (wall / cpu) | verdict |",
        "|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text(OFFER, encoding="utf-8")
        analyze(warm, options)  # models and packs loaded once, as in a worker
        for name, unit in UNITS.items():
            line = (unit * (SIZE // len(unit) + 1))[:SIZE]
            path = Path(tmp) / f"{name}.txt"
            path.write_text(OFFER + line + "\n", encoding="utf-8")
            _, split_cpu = _timed(lambda line=line: split_long(line))
            _, read_cpu = _timed(lambda path=path: read_document(path))
            reports: list[object] = []
            wall, cpu = _timed(lambda path=path, out=reports: out.append(analyze(path, options)))
            rows.append(
                f"| {name} | {split_cpu:.2f} | {read_cpu:.2f} | {wall:.2f} / {cpu:.2f} | {reports[0].verdict} |"
            )
    text = "# 5 MB single-line documents\n\n" + "\n".join(rows) + "\n"
    print(text)
    (ROOT / "benchmarks" / "long_lines.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
