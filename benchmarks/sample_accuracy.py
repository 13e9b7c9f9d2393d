"""Per-field accuracy of `analyze` on samples/ against the hand-written expected reports, and time per document.

Run: .venv/bin/python benchmarks/sample_accuracy.py [FOLDER]   (default samples/; writes benchmarks/<folder>_accuracy.md)
samples/holdout/ is the held-out set: measure on it, never tune on it.
A field counts as correct under the same comparison rules as tests/test_samples_e2e.py.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer.pipeline import AnalyzeOptions, analyze  # noqa: E402


def same(name: str, expected: object, got: object) -> bool:
    if expected is None:
        return got is None
    if got is None:
        return False
    if name == "salary":
        assert isinstance(expected, dict)
        return (
            abs(got.amount - expected["amount"]) < 0.01  # type: ignore[attr-defined]
            and got.currency == expected["currency"]  # type: ignore[attr-defined]
            and got.period == expected["period"]  # type: ignore[attr-defined]
        )
    if isinstance(expected, int | float):
        return abs(float(got) - float(expected)) < 0.01  # type: ignore[arg-type]
    if name == "work_location":
        return str(expected).lower() in str(got).lower()
    if isinstance(got, dt.date):
        return got.isoformat() == expected
    return " ".join(str(got).lower().split()) == " ".join(str(expected).lower().split())


def score(
    report: Any, expected: dict[str, Any], doc: str, totals: dict[str, list[int]], misses: list[str]
) -> None:
    """Count each expected field as right or wrong; note the misses."""
    for name, value in expected["fields"].items():
        got = getattr(report.fields, name).value
        ok = same(name, value, got)
        totals[name][0] += ok
        totals[name][1] += 1
        if not ok:
            misses.append(f"{doc}: {name} expected {value!r} got {got!r}")


def accuracy_table(totals: dict[str, list[int]]) -> list[str]:
    lines = ["| field | correct | total | accuracy |", "|---|---|---|---|"]
    for name, (ok, n) in sorted(totals.items()):
        lines.append(f"| {name} | {ok} | {n} | {ok / n:.0%} |")
    all_ok = sum(v[0] for v in totals.values())
    all_n = sum(v[1] for v in totals.values())
    lines.append(f"| **all fields** | {all_ok} | {all_n} | {all_ok / all_n:.1%} |")
    return lines


def main() -> None:
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "samples"
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    times: list[float] = []
    verdicts = [0, 0]
    misses: list[str] = []
    analyze(next(ROOT.glob("samples/*.pdf")))  # warm-up: spaCy pipeline built once per process
    for exp_path in sorted(folder.glob("*.expected.json")):
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        stem = exp_path.name.removesuffix(".expected.json")
        doc = next(p for p in folder.glob(stem + ".*") if p.suffix in (".pdf", ".docx", ".txt", ".md"))
        started = time.perf_counter()
        report = analyze(doc, AnalyzeOptions(as_of=dt.date.fromisoformat(expected["as_of"])))
        times.append(time.perf_counter() - started)
        if "verdict" in expected:
            verdicts[0] += report.verdict == expected["verdict"]
            verdicts[1] += 1
        score(report, expected, doc.name, totals, misses)
    lines = accuracy_table(totals)
    if verdicts[1]:
        lines.append(f"| **verdict** | {verdicts[0]} | {verdicts[1]} | {verdicts[0] / verdicts[1]:.0%} |")
    timing = (
        f"Time per document (warm process, {len(times)} documents): median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms, total {sum(times):.2f} s."
    )
    name = folder.relative_to(ROOT).as_posix()
    text = "\n".join(
        [f"# Accuracy on {name}/", "", *lines, "", timing, "", *(f"- miss: {m}" for m in misses)]
    )
    print(text)
    out = (
        "sample_accuracy.md"
        if name == "samples"
        else "holdout_accuracy_latest.md"
        if name == "samples/holdout"
        else name.replace("/", "_") + "_accuracy.md"
    )
    (ROOT / "benchmarks" / out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
