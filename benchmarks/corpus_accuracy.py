"""Accuracy of `analyze` on the real-document corpus: hand-written labels in samples/corpus/, documents outside the repo.

Run: .venv/bin/python benchmarks/corpus_accuracy.py      (writes benchmarks/corpus_accuracy.md)

Each `samples/corpus/<id>.expected.json` names its document in `file`; the document is looked up in
$OFFERCHECK_CORPUS (default /work/corpus/files). Labels whose file is missing are skipped and counted.
Field comparison is `same` from benchmarks/sample_accuracy.py; keys omitted from a label are not scored.
The verdict is compared as a string. A FALSE COMPLIANT is a document whose label is not "compliant" but which
offercheck calls "compliant" -- the one mistake that can mislead a user into applying on a bad offer.
Measure only: never tune patterns against these documents.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sample_accuracy import same  # noqa: E402

from analyzer.pipeline import AnalyzeOptions, analyze  # noqa: E402

LABELS = ROOT / "samples" / "corpus"
DEFAULT_CORPUS = Path("/work/corpus/files")


def same_verdict(expected: str, got: object) -> bool:
    return str(got) == expected


def cell(value: object) -> str:
    """A value as a Markdown table cell: repr, pipes escaped, newlines flattened."""
    return repr(value).replace("|", "\\|").replace("\n", " ")


def table(
    title: str, groups: dict[str, list[int]], verdicts: dict[str, list[int]] | None = None
) -> list[str]:
    head = f"| {title} | docs | fields correct | fields | accuracy |" + (" verdict |" if verdicts else "")
    lines = [head, "|---|---|---|---|---|" + ("---|" if verdicts else "")]
    for key in sorted(groups):
        ok, n, docs = groups[key]
        row = f"| {key} | {docs} | {ok} | {n} | {ok / n:.0%} |" if n else f"| {key} | {docs} | 0 | 0 | - |"
        if verdicts:
            vok, vn = verdicts[key]
            row += f" {vok}/{vn} |"
        lines.append(row)
    return lines


def main() -> None:
    corpus = Path(os.environ.get("OFFERCHECK_CORPUS", str(DEFAULT_CORPUS)))
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    groups: dict[str, dict[str, list[int]]] = {
        g: defaultdict(lambda: [0, 0, 0]) for g in ("language", "kind", "country")
    }
    group_verdicts: dict[str, dict[str, list[int]]] = {g: defaultdict(lambda: [0, 0]) for g in groups}
    verdict_ok = verdict_n = 0
    confusion: dict[tuple[str, str], int] = defaultdict(int)
    false_compliant: list[str] = []
    misses: list[str] = []
    missing: list[str] = []
    times: list[float] = []
    labels = sorted(LABELS.glob("*.expected.json"))
    for label_path in labels:
        label: dict[str, Any] = json.loads(label_path.read_text(encoding="utf-8"))
        doc_id = label_path.name.removesuffix(".expected.json")
        doc = corpus / label["file"]
        if not doc.is_file():
            missing.append(doc_id)
            continue
        started = time.perf_counter()
        report = analyze(doc, AnalyzeOptions(as_of=dt.date.fromisoformat(label["as_of"])))
        times.append(time.perf_counter() - started)
        doc_ok = doc_n = 0
        for name, expected in label["fields"].items():
            got = getattr(report.fields, name).value
            ok = same(name, expected, got)
            per_field[name][0] += ok
            per_field[name][1] += 1
            doc_ok += ok
            doc_n += 1
            if not ok:
                misses.append(f"| {doc_id} | {name} | {cell(expected)} | {cell(got)} |")
        v_ok = same_verdict(label["verdict"], report.verdict)
        verdict_ok += v_ok
        verdict_n += 1
        confusion[(label["verdict"], str(report.verdict))] += 1
        if not v_ok:
            misses.append(f"| {doc_id} | verdict | {label['verdict']!r} | {str(report.verdict)!r} |")
        if label["verdict"] != "compliant" and str(report.verdict) == "compliant":
            false_compliant.append(doc_id)
        for g in groups:
            key = str(label.get(g))
            groups[g][key][0] += doc_ok
            groups[g][key][1] += doc_n
            groups[g][key][2] += 1
            group_verdicts[g][key][0] += v_ok
            group_verdicts[g][key][1] += 1

    scored = verdict_n
    lines = [
        "# Accuracy on the real-document corpus (samples/corpus/)",
        "",
        f"Labels: {len(labels)}; documents found in `{corpus}`: {scored}; skipped (file missing): {len(missing)}"
        + (f" ({', '.join(missing)})" if missing else "")
        + ".",
        "",
        "## Per field",
        "",
        "| field | correct | total | accuracy |",
        "|---|---|---|---|",
    ]
    for name, (ok, n) in sorted(per_field.items()):
        lines.append(f"| {name} | {ok} | {n} | {ok / n:.0%} |")
    all_ok = sum(v[0] for v in per_field.values())
    all_n = sum(v[1] for v in per_field.values())
    if all_n:
        lines.append(f"| **all fields** | {all_ok} | {all_n} | {all_ok / all_n:.1%} |")
    if verdict_n:
        lines.append(f"| **verdict** | {verdict_ok} | {verdict_n} | {verdict_ok / verdict_n:.0%} |")
    for g in groups:
        lines += ["", f"## Per {g}", "", *table(g, groups[g], group_verdicts[g])]
    lines += ["", "## Verdicts (label -> offercheck)", "", "| label | offercheck | docs |", "|---|---|---|"]
    lines += [f"| {e} | {g} | {n} |" for (e, g), n in sorted(confusion.items())]
    lines += [
        "",
        f"**FALSE COMPLIANT** (label not compliant, offercheck compliant): {len(false_compliant)}"
        + (f" -- {', '.join(false_compliant)}" if false_compliant else ""),
        "",
    ]
    if times:
        lines += [
            f"Time per document: median {sorted(times)[len(times) // 2] * 1000:.0f} ms, "
            f"max {max(times) * 1000:.0f} ms, total {sum(times):.1f} s.",
            "",
        ]
    lines += ["## Every miss", "", "| id | field | expected | got |", "|---|---|---|---|", *misses]
    text = "\n".join(lines)
    print(text)
    (ROOT / "benchmarks" / "corpus_accuracy.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
