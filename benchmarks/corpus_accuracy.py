"""Accuracy of `analyze` on the real-document corpus: hand-written labels in samples/corpus/, documents outside the repo.

Run: .venv/bin/python benchmarks/corpus_accuracy.py [--split dev|test] [--show-test-misses] [--out PATH.md]
     (writes benchmarks/corpus_accuracy.md and benchmarks/corpus_accuracy.json unless --out says otherwise)

Each `samples/corpus/<id>.expected.json` names its document in `file` and its split in `split`: "dev" (the
documents extraction work may be tuned against) or "test" (the blind set: `t-*`, which extraction work must not
look at). The document is looked up in $OFFERCHECK_CORPUS (default /work/corpus/files). Labels whose file is
missing are skipped and counted. Field comparison is `same` from benchmarks/sample_accuracy.py; keys omitted from a
label are not scored. The verdict is compared as a string. A FALSE COMPLIANT is a document whose label is not
"compliant" but which offercheck calls "compliant" -- the one mistake that can mislead a user into applying on a
bad offer.

The report gives figures per split, field, language, kind and country. Misses are listed one by one only for the
dev split: listing the test split's misses would show its labels to whoever reads the report, and the test split
stays blind. `--show-test-misses` lists them too (for the person who owns the measurement, not for tuning).
Measure only: never tune patterns against these documents.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sample_accuracy import same  # noqa: E402

from analyzer.pipeline import AnalyzeOptions, analyze  # noqa: E402

LABELS = ROOT / "samples" / "corpus"
DEFAULT_CORPUS = Path("/work/corpus/files")
DEFAULT_OUT = ROOT / "benchmarks" / "corpus_accuracy.md"
SPLITS = ("dev", "test")
GROUPS = ("split", "language", "kind", "country")


@dataclass
class Tally:
    """Correct/total counts for fields and verdicts of one group of documents."""

    docs: int = 0
    fields_ok: int = 0
    fields_n: int = 0
    verdicts_ok: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "docs": self.docs,
            "fields_correct": self.fields_ok,
            "fields": self.fields_n,
            "verdicts_correct": self.verdicts_ok,
        }


@dataclass
class DocResult:
    """One scored document: which fields were right, the verdict pair, the label's grouping keys."""

    doc_id: str
    split: str
    keys: dict[str, str]
    field_ok: dict[str, bool]
    misses: list[tuple[str, object, object]]
    verdict_expected: str
    verdict_got: str
    seconds: float

    @property
    def verdict_ok(self) -> bool:
        return self.verdict_got == self.verdict_expected


@dataclass
class Run:
    """Everything one run found; rendered as Markdown and JSON."""

    corpus: Path
    split: str | None
    labels: int = 0
    missing: list[str] = field(default_factory=list)
    results: list[DocResult] = field(default_factory=list)


def label_split(label: dict[str, Any]) -> str:
    """A label's split; a label without one is dev (the blind split is always marked)."""
    return str(label.get("split", "dev"))


def score_document(doc_id: str, label: dict[str, Any], doc: Path) -> DocResult:
    """Analyse one document and compare every labelled field and the verdict."""
    started = time.perf_counter()
    report = analyze(doc, AnalyzeOptions(as_of=dt.date.fromisoformat(label["as_of"])))
    seconds = time.perf_counter() - started
    field_ok: dict[str, bool] = {}
    misses: list[tuple[str, object, object]] = []
    for name, expected in label["fields"].items():
        got = getattr(report.fields, name).value
        ok = same(name, expected, got)
        field_ok[name] = ok
        if not ok:
            misses.append((name, expected, got))
    return DocResult(
        doc_id=doc_id,
        split=label_split(label),
        keys={g: str(label.get(g, "dev" if g == "split" else None)) for g in GROUPS},
        field_ok=field_ok,
        misses=misses,
        verdict_expected=str(label["verdict"]),
        verdict_got=str(report.verdict),
        seconds=seconds,
    )


def collect(corpus: Path, split: str | None) -> Run:
    """Score every label of the chosen split (all splits when None) whose document is present."""
    run = Run(corpus=corpus, split=split)
    for label_path in sorted(LABELS.glob("*.expected.json")):
        label: dict[str, Any] = json.loads(label_path.read_text(encoding="utf-8"))
        if split is not None and label_split(label) != split:
            continue
        run.labels += 1
        doc_id = label_path.name.removesuffix(".expected.json")
        doc = corpus / label["file"]
        if not doc.is_file():
            run.missing.append(doc_id)
            continue
        run.results.append(score_document(doc_id, label, doc))
    return run


def per_field(results: list[DocResult]) -> dict[str, list[int]]:
    """Field name -> [correct, total]."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        for name, ok in r.field_ok.items():
            counts[name][0] += ok
            counts[name][1] += 1
    return dict(sorted(counts.items()))


def per_group(results: list[DocResult], group: str) -> dict[str, Tally]:
    """Group value (e.g. language "nb") -> tally of its documents."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for r in results:
        t = tallies[r.keys[group]]
        t.docs += 1
        t.fields_ok += sum(r.field_ok.values())
        t.fields_n += len(r.field_ok)
        t.verdicts_ok += r.verdict_ok
    return dict(sorted(tallies.items()))


def false_compliant(results: list[DocResult]) -> list[str]:
    """Documents offercheck calls compliant although their label says otherwise."""
    return [r.doc_id for r in results if r.verdict_got == "compliant" and r.verdict_expected != "compliant"]


def pct(ok: int, n: int, digits: int = 0) -> str:
    return f"{ok / n:.{digits}%}" if n else "-"


def cell(value: object) -> str:
    """A value as a Markdown table cell: repr, pipes escaped, newlines flattened."""
    return repr(value).replace("|", "\\|").replace("\n", " ")


def group_table(title: str, tallies: dict[str, Tally]) -> list[str]:
    lines = [
        f"| {title} | docs | fields correct | fields | accuracy | verdict |",
        "|---|---|---|---|---|---|",
    ]
    for key, t in tallies.items():
        lines.append(
            f"| {key} | {t.docs} | {t.fields_ok} | {t.fields_n} | {pct(t.fields_ok, t.fields_n)} "
            f"| {t.verdicts_ok}/{t.docs} |"
        )
    return lines


def field_table(results: list[DocResult]) -> list[str]:
    lines = ["| field | correct | total | accuracy |", "|---|---|---|---|"]
    counts = per_field(results)
    for name, (ok, n) in counts.items():
        lines.append(f"| {name} | {ok} | {n} | {pct(ok, n)} |")
    all_ok = sum(v[0] for v in counts.values())
    all_n = sum(v[1] for v in counts.values())
    if all_n:
        lines.append(f"| **all fields** | {all_ok} | {all_n} | {pct(all_ok, all_n, 1)} |")
    if results:
        v_ok = sum(r.verdict_ok for r in results)
        lines.append(f"| **verdict** | {v_ok} | {len(results)} | {pct(v_ok, len(results))} |")
    return lines


def split_field_table(results: list[DocResult]) -> list[str]:
    """Field accuracy side by side for each split present."""
    splits = [s for s in SPLITS if any(r.split == s for r in results)]
    splits += sorted({r.split for r in results} - set(splits))
    by_split = {s: per_field([r for r in results if r.split == s]) for s in splits}
    names = sorted({n for counts in by_split.values() for n in counts})
    lines = ["| field | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits)]
    for name in names:
        row = [
            f"{by_split[s][name][0]}/{by_split[s][name][1]} ({pct(*by_split[s][name])})"
            if name in by_split[s]
            else "-"
            for s in splits
        ]
        lines.append(f"| {name} | " + " | ".join(row) + " |")
    return lines


def render_markdown(run: Run, show_test_misses: bool) -> str:
    results = run.results
    scope = f"split `{run.split}`" if run.split else "all splits"
    lines = [
        "# Accuracy on the real-document corpus (samples/corpus/)",
        "",
        f"Scope: {scope}. Labels: {run.labels}; documents found in `{run.corpus}`: {len(results)}; "
        f"skipped (file missing): {len(run.missing)}"
        + (f" ({', '.join(run.missing)})" if run.missing else "")
        + ".",
        "",
        "## Per field",
        "",
        *field_table(results),
    ]
    if len({r.split for r in results}) > 1:
        lines += ["", "## Per field and split", "", *split_field_table(results)]
    for g in GROUPS:
        lines += ["", f"## Per {g}", "", *group_table(g, per_group(results, g))]
    confusion: dict[tuple[str, str], int] = defaultdict(int)
    for r in results:
        confusion[(r.verdict_expected, r.verdict_got)] += 1
    lines += ["", "## Verdicts (label -> offercheck)", "", "| label | offercheck | docs |", "|---|---|---|"]
    lines += [f"| {e} | {g} | {n} |" for (e, g), n in sorted(confusion.items())]
    fc = false_compliant(results)
    lines += [
        "",
        f"**FALSE COMPLIANT** (label not compliant, offercheck compliant): {len(fc)}"
        + (f" -- {', '.join(fc)}" if fc else ""),
        "",
    ]
    times = sorted(r.seconds for r in results)
    if times:
        lines += [
            f"Time per document: median {times[len(times) // 2] * 1000:.0f} ms, "
            f"max {times[-1] * 1000:.0f} ms, total {sum(times):.1f} s.",
            "",
        ]
    listed = [r for r in results if r.split != "test" or show_test_misses]
    hidden = [r for r in results if r not in listed]
    lines += ["## Every miss", ""]
    if hidden:
        n_hidden = sum(len(r.misses) + (not r.verdict_ok) for r in hidden)
        lines += [
            f"Not listed: {n_hidden} misses in {len(hidden)} documents of the blind test split "
            "(run with `--show-test-misses` to list them; do not tune on them).",
            "",
        ]
    lines += ["| id | field | expected | got |", "|---|---|---|---|"]
    for r in listed:
        lines += [f"| {r.doc_id} | {name} | {cell(e)} | {cell(g)} |" for name, e, g in r.misses]
        if not r.verdict_ok:
            lines.append(f"| {r.doc_id} | verdict | {r.verdict_expected!r} | {r.verdict_got!r} |")
    return "\n".join(lines)


def render_json(run: Run) -> dict[str, Any]:
    """The figures of a run (no per-document values, so the test split stays blind)."""
    results = run.results
    counts = per_field(results)
    return {
        "scope": run.split or "all",
        "labels": run.labels,
        "scored": len(results),
        "missing": run.missing,
        "per_field": {n: {"correct": ok, "total": t} for n, (ok, t) in counts.items()},
        "all_fields": {
            "correct": sum(v[0] for v in counts.values()),
            "total": sum(v[1] for v in counts.values()),
        },
        "verdict": {"correct": sum(r.verdict_ok for r in results), "total": len(results)},
        "per_split_field": {
            s: {
                n: {"correct": ok, "total": t}
                for n, (ok, t) in per_field([r for r in results if r.split == s]).items()
            }
            for s in sorted({r.split for r in results})
        },
        **{f"per_{g}": {k: t.as_dict() for k, t in per_group(results, g).items()} for g in GROUPS},
        "false_compliant": false_compliant(results),
        "seconds_total": round(sum(r.seconds for r in results), 2),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--split", choices=SPLITS, help="score only this split (default: all, reported per split)"
    )
    parser.add_argument(
        "--show-test-misses", action="store_true", help="also list the blind test split's misses"
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="Markdown report; the JSON goes next to it"
    )
    args = parser.parse_args(argv)
    corpus = Path(os.environ.get("OFFERCHECK_CORPUS", str(DEFAULT_CORPUS)))
    run = collect(corpus, args.split)
    text = render_markdown(run, args.show_test_misses)
    print(text)
    out: Path = args.out
    out.write_text(text + "\n", encoding="utf-8")
    out.with_suffix(".json").write_text(
        json.dumps(render_json(run), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
