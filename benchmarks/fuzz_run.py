"""Long fuzzing run: mutated samples (tests/fuzz/mutators.py) through the pipeline in killable worker processes
(tests/fuzz/harness.py), a table per mutation class of tried / normal report / clear error / internal /
timeout overrun / crash / memory / input changed / unknown kind, and every failing case with its seed.

    .venv/bin/python benchmarks/fuzz_run.py --n 2000 --seed 1 --timeout 15 --jobs 2 --budget 1200 --bomb-mb 200

Writes benchmarks/fuzz_results.md and benchmarks/fuzz_results.json (``--out`` changes the stem). A failing case
is rebuilt with ``--replay CLASS:SEED:INDEX DIR`` (writes the file into DIR).
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fuzz import mutators  # noqa: E402
from fuzz.harness import FAILURES, OUTCOMES, Result, run_cases  # noqa: E402

HEADERS = ("class", "tried", *OUTCOMES)


def table(results: list[Result]) -> list[list[str]]:
    by_class: dict[str, Counter[str]] = {}
    for r in results:
        by_class.setdefault(r.cls, Counter())[r.outcome] += 1
    rows = []
    total: Counter[str] = Counter()
    for cls in mutators.MUTATORS:
        counts = by_class.get(cls, Counter())
        total.update(counts)
        rows.append([cls, str(sum(counts.values())), *(str(counts[o]) for o in OUTCOMES)])
    rows.append(["**all**", str(sum(total.values())), *(str(total[o]) for o in OUTCOMES)])
    return rows


def _last_lines(text: str, n: int = 6) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return "\n".join(lines[-n:])


def markdown(results: list[Result], args: argparse.Namespace, seconds: float, commit: str) -> str:
    out = [
        "# Fuzzing run (benchmarks/fuzz_run.py)",
        "",
        f"commit {commit}, {platform.python_version()}, seed {args.seed}, {len(results)} cases in {seconds:.0f} s, "
        f"timeout {args.timeout:g} s + grace {args.grace:g} s, {args.jobs} worker(s), flate bombs {args.bomb_mb} MB.",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "---|" * len(HEADERS),
    ]
    out += ["| " + " | ".join(row) + " |" for row in table(results)]
    failing = [r for r in results if r.outcome in FAILURES]
    out += ["", f"## Failing cases ({len(failing)})", ""]
    if not failing:
        out.append("none")
    seen: set[tuple[str, str, str]] = set()
    for r in failing:
        signature = (r.cls, r.outcome, _last_lines(r.detail, 1))
        first = signature not in seen
        seen.add(signature)
        out.append(f"- `{r.case_id}` {r.outcome} (kind {r.kind}, {r.seconds:.1f} s, {r.rss_mb:.0f} MB)")
        if first and r.detail.strip():
            out += [
                "",
                "  ```",
                *("  " + line for line in _last_lines(r.detail, 12).splitlines()),
                "  ```",
                "",
            ]
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=500, help="cases, spread evenly over the classes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=15.0, help="AnalyzeOptions(timeout=…) per case")
    parser.add_argument("--grace", type=float, default=5.0, help="hard kill after timeout + grace")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--budget", type=float, default=None, help="stop handing out cases after this many s")
    parser.add_argument("--bomb-mb", type=int, default=200, help="inflated size of a PDF flate bomb")
    parser.add_argument("--classes", default="", help="comma-separated classes (default: all)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "fuzz_results")
    parser.add_argument(
        "--replay", nargs=2, metavar=("CLASS:SEED:INDEX", "DIR"), help="write one case and exit"
    )
    args = parser.parse_args()
    mutators.BOMB_MB = args.bomb_mb
    if args.replay:
        cls, seed, index = args.replay[0].rsplit(":", 2)
        case = mutators.make_case(cls, int(seed), int(index))
        path = Path(args.replay[1]) / f"{cls}-{seed}-{index}{case.suffix}"
        path.write_bytes(case.data)
        print(path)
        return
    classes = [c for c in args.classes.split(",") if c] or None
    started = time.monotonic()
    done = [0]

    def progress(result: Result) -> None:
        done[0] += 1
        if result.outcome in FAILURES:
            print(f"[{done[0]}] {result.case_id}: {result.outcome} {result.kind or ''}", flush=True)
        elif done[0] % 50 == 0:
            print(f"[{done[0]}] {time.monotonic() - started:.0f} s", flush=True)

    run = run_cases(
        mutators.cases(args.seed, args.n, classes),
        jobs=args.jobs,
        timeout=args.timeout,
        grace=args.grace,
        deadline=started + args.budget if args.budget else None,
        on_result=progress,
    )
    seconds = time.monotonic() - started
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout.strip()
    text = markdown(run.results, args, seconds, commit)
    args.out.with_suffix(".md").write_text(text, encoding="utf-8")
    data = {
        "commit": commit,
        "seed": args.seed,
        "seconds": round(seconds, 1),
        "timeout": args.timeout,
        "grace": args.grace,
        "jobs": args.jobs,
        "bomb_mb": args.bomb_mb,
        "table": {
            row[0]: dict(zip(HEADERS[1:], map(int, row[1:]), strict=True)) for row in table(run.results)
        },
        "failing": [vars(r) for r in run.results if r.outcome in FAILURES],
    }
    args.out.with_suffix(".json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(text)


if __name__ == "__main__":
    main()
