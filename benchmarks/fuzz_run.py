"""Long fuzzing run: mutated samples (tests/fuzz/mutators.py) through the pipeline in killable worker processes
(tests/fuzz/harness.py), a table per mutation class of tried / normal report / clear error / internal /
timeout overrun / crash / memory / input changed / unknown kind, and every failing case with its seed.

    .venv/bin/python benchmarks/fuzz_run.py --n 2000 --seed 1 --timeout 15 --jobs 2 --budget 1200 --bomb-mb 200

Writes benchmarks/fuzz_results.md and benchmarks/fuzz_results.json (``--out`` changes the stem). A failing case
is rebuilt with ``--replay CLASS:SEED:INDEX DIR`` (writes the file into DIR).

Batch mode: the way a recruiter runs it, and fast enough for ≥ 10,000 files (warm workers, no process per case).
``--batch DIR`` writes ``--n`` fresh cases into ``DIR/cases`` (named ``NNNNN-CLASS-SEED-INDEX.ext``, so the
folder's sorted order interleaves the classes and a cut run still covers all of them) with their sha256 in
``DIR/manifest.json``, runs ``offercheck batch DIR/cases --out DIR/results.jsonl --resume --workers J --timeout T
--max-memory M`` (``--code SNAPSHOT`` runs the analyzer from a ``git archive`` copy, so edits to the working tree
during a long run change nothing), samples ``/proc`` every 0.5 s for each worker's peak RSS (VmHWM) and for the
case files each worker holds open (a file seen open past timeout + grace + 2 s is a ``timeout_overrun``), then
classifies every line: normal / clear_error / internal / timeout_overrun / crash / memory / input_changed /
unknown_kind / missing (no line). ``--classify-only`` re-reads a run's results (also while it is running)::

    nohup nice -n 10 .venv/bin/python benchmarks/fuzz_run.py --batch /work/fuzzrun --n 10080 --seed 7 \
        --jobs 2 --timeout 15 --max-memory 1500 --bomb-mb 200 --code /work/fuzzrun/snap > /work/fuzzrun/log &
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fuzz import mutators  # noqa: E402
from fuzz.harness import FAILURES, KNOWN_KINDS, NORMAL, OUTCOMES, Result, run_cases  # noqa: E402

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


# --------------------------------------------------------------------------- batch mode

BATCH_OUTCOMES = (*OUTCOMES, "missing")
POOL_GRACE = 1.0  # analyzer.batch.pool.TASK_GRACE_SECONDS: the pool kills a worker this long after --timeout
_NAME = re.compile(r"^\d{5}-(?P<cls>[a-z]+\.[a-z_]+)-(?P<seed>\d+)-(?P<index>\d+)\.")
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def generate(folder: Path, seed: int, n: int, classes: list[str] | None) -> dict[str, dict[str, str]]:
    """Write the cases not yet in ``folder`` (a re-run after a cut adds only what is missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest_path = folder.parent / "manifest.json"
    manifest: dict[str, dict[str, str]] = (
        json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    )
    for i, case in enumerate(mutators.cases(seed, n, classes)):
        name = f"{i:05d}-{case.cls}-{case.seed}-{case.index}{case.suffix}"
        if name not in manifest:
            (folder / name).write_bytes(case.data)
            manifest[name] = {"cls": case.cls, "sha256": hashlib.sha256(case.data).hexdigest()}
        if i % 500 == 0:
            print(f"generated {i}", flush=True)
            manifest_path.write_text(json.dumps(manifest, indent=0) + "\n", encoding="utf-8")
    manifest_path.write_text(json.dumps(manifest, indent=0) + "\n", encoding="utf-8")
    return manifest


class Sampler(threading.Thread):
    """Every 0.5 s: each worker's (env ``OFFERCHECK_WORKER_OF=<batch pid>``) peak RSS, and how long each case
    file has been seen open by a worker (the longest analysis, seen from outside the program)."""

    def __init__(self, parent: int, cases: Path) -> None:
        super().__init__(daemon=True)
        self.parent, self.cases = parent, str(cases)
        self.peak_kb: dict[int, int] = {}
        self.first_seen: dict[str, float] = {}
        self.open_for: dict[str, float] = {}
        self.stop = threading.Event()

    def _workers(self) -> list[int]:
        marker = f"OFFERCHECK_WORKER_OF={self.parent}".encode()
        pids = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    if marker in Path(f"/proc/{entry}/environ").read_bytes().split(b"\0"):
                        pids.append(int(entry))
                except OSError:
                    continue
        return pids

    def run(self) -> None:
        while not self.stop.wait(0.5):
            now = time.monotonic()
            for pid in self._workers():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                    hwm = re.search(r"VmHWM:\s+(\d+)", status)
                    if hwm:
                        self.peak_kb[pid] = max(self.peak_kb.get(pid, 0), int(hwm.group(1)))
                    for fd in os.listdir(f"/proc/{pid}/fd"):
                        target = os.readlink(f"/proc/{pid}/fd/{fd}")
                        if target.startswith(self.cases):
                            name = Path(target).name
                            start = self.first_seen.setdefault(f"{pid}:{name}", now)
                            self.open_for[name] = max(self.open_for.get(name, 0.0), now - start)
                except OSError:
                    continue


def classify(
    manifest: dict[str, dict[str, str]],
    results: Path,
    cases: Path,
    open_for: dict[str, float],
    timeout: float,
) -> list[Result]:
    """One :class:`Result` per manifest entry, from its JSONL line (or ``missing``)."""
    lines: dict[str, dict[str, object]] = {}
    if results.exists():
        for raw in results.read_text(encoding="utf-8", errors="surrogateescape").splitlines():
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            lines[Path(str(data.get("file"))).name] = data
    out = []
    for name, entry in manifest.items():
        match = _NAME.match(name)
        case_id = f"{match['cls']}:{match['seed']}:{match['index']}" if match else name
        r = Result(case_id, entry["cls"], "missing", round(open_for.get(name, 0.0), 1))
        data = lines.get(name)
        if data is not None:
            error = data.get("error") or {}
            assert isinstance(error, dict)
            verdict, r.kind, r.message = data.get("verdict"), error.get("kind"), error.get("message")
            message = str(r.message or "")
            try:
                changed = hashlib.sha256((cases / name).read_bytes()).hexdigest() != entry["sha256"]
            except OSError:
                changed = True
            if changed:
                r.outcome = "input_changed"
            elif open_for.get(name, 0.0) > timeout + POOL_GRACE + 2.0:
                r.outcome = "timeout_overrun"
            elif verdict in NORMAL:
                r.outcome = "normal"
            elif r.kind == "crashed":
                r.outcome = "crash"
            elif r.kind == "too_large" and "memory limit" in message:
                r.outcome = "memory"
            elif r.kind == "internal":
                r.outcome = "internal"
            elif verdict == "error" and r.kind in KNOWN_KINDS and message:
                r.outcome = "clear_error"
            else:
                r.outcome = "unknown_kind"
        out.append(r)
    return out


def batch_table(results: list[Result]) -> list[list[str]]:
    by_class: dict[str, Counter[str]] = {}
    for r in results:
        by_class.setdefault(r.cls, Counter())[r.outcome] += 1
    rows, total = [], Counter[str]()
    for cls in mutators.MUTATORS:
        counts = by_class.get(cls, Counter())
        if not counts:
            continue
        total.update(counts)
        rows.append([cls, str(sum(counts.values())), *(str(counts[o]) for o in BATCH_OUTCOMES)])
    rows.append(["**all**", str(sum(total.values())), *(str(total[o]) for o in BATCH_OUTCOMES)])
    return rows


def batch_mode(args: argparse.Namespace, classes: list[str] | None) -> None:
    root: Path = args.batch
    cases, results = root / "cases", root / "results.jsonl"
    started = time.monotonic()
    manifest_path = root / "manifest.json"
    old = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    if args.classify_only or (len(old) == args.n and all((cases / name).exists() for name in old)):
        manifest = old  # a run's own cases, as written (rebuilding 10,000 cases takes minutes)
    else:
        manifest = generate(cases, args.seed, args.n, classes)
    print(f"{len(manifest)} cases in {cases} ({time.monotonic() - started:.0f} s)", flush=True)
    state_path = root / "sampler.json"
    state = json.loads(state_path.read_text()) if state_path.exists() else {"peak_kb": {}, "open_for": {}}
    run_seconds = 0.0
    exit_code = None
    if not args.classify_only:
        env = dict(os.environ)
        if args.code:
            env["PYTHONPATH"] = str(args.code)
            env["OFFERCHECK_PATTERNS_DIR"] = str(args.code / "patterns")  # else the editable install's data
        command = [
            str(ROOT / ".venv" / "bin" / "offercheck"),
            "batch",
            str(cases),
            "--out",
            str(results),
            "--resume",
            "--workers",
            str(args.jobs),
            "--timeout",
            f"{args.timeout:g}",
            "--max-memory",
            f"{args.max_memory:g}",
            "--summary-json",
            str(root / "summary.json"),
        ]
        print(" ".join(command), flush=True)
        run_start = time.monotonic()
        with (root / "batch.stdout").open("ab") as out, (root / "batch.stderr").open("ab") as err:
            process = subprocess.Popen(command, env=env, stdout=out, stderr=err, cwd=root)
            sampler = Sampler(process.pid, cases)
            sampler.start()
            try:
                while process.poll() is None:
                    time.sleep(5)
                    state["peak_kb"].update({str(k): v for k, v in sampler.peak_kb.items()})
                    for name, secs in sampler.open_for.items():
                        state["open_for"][name] = max(state["open_for"].get(name, 0.0), secs)
                    state_path.write_text(json.dumps(state) + "\n")
            finally:
                sampler.stop.set()
        exit_code = process.returncode
        run_seconds = time.monotonic() - run_start
        state["peak_kb"].update({str(k): v for k, v in sampler.peak_kb.items()})
        state_path.write_text(json.dumps(state) + "\n")
    rows = classify(manifest, results, cases, state["open_for"], args.timeout)
    terminal = b""
    for stream in ("batch.stdout", "batch.stderr"):
        with contextlib.suppress(OSError):
            terminal += (root / stream).read_bytes()
    raw = _RAW_CONTROL.findall(terminal.decode("utf-8", "replace"))
    peaks = sorted(state["peak_kb"].values(), reverse=True)
    stamp = args.code / "COMMIT" if args.code else None  # a `git archive` copy has no .git: its commit, noted
    commit = (
        stamp.read_text().strip()
        if stamp and stamp.exists()
        else subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
        ).stdout.strip()
    )
    done = sum(r.outcome != "missing" for r in rows)
    headers = ("class", "tried", *BATCH_OUTCOMES)
    text = [
        "# Fuzzing run, batch mode (benchmarks/fuzz_run.py --batch)",
        "",
        f"code {args.code or ROOT} (commit {commit or '?'}), {platform.python_version()}, seed {args.seed}, "
        f"{len(manifest)} fresh cases, {done} with a result line; `offercheck batch --workers {args.jobs} "
        f"--timeout {args.timeout:g} --max-memory {args.max_memory:g}`, flate bombs {args.bomb_mb} MB"
        + (f", batch ran {run_seconds:.0f} s (exit {exit_code})" if exit_code is not None else "")
        + ".",
        "",
        f"Workers: {len(peaks)} processes seen; peak RSS (VmHWM) max {peaks[0] / 1024 if peaks else 0:.0f} MB, "
        f"{sum(p > 1.5 * 2**20 for p in peaks)} over 1.5 GB. Longest a case file was seen open: "
        f"{max(state['open_for'].values(), default=0.0):.1f} s. Raw control/bidi characters in the batch's "
        f"stdout+stderr: {len(raw)}.",
        "",
        "| " + " | ".join(headers) + " |",
        "|" + "---|" * len(headers),
        *("| " + " | ".join(row) + " |" for row in batch_table(rows)),
    ]
    failing = [r for r in rows if r.outcome in FAILURES]
    text += ["", f"## Failing cases ({len(failing)})", ""]
    text += [f"- `{r.case_id}` {r.outcome} (kind {r.kind}: {r.message})" for r in failing[:200]] or ["none"]
    kinds = Counter(f"{r.outcome}:{r.kind}" for r in rows if r.outcome != "missing")
    text += ["", "## Outcome:kind counts", "", *(f"- {k}: {v}" for k, v in sorted(kinds.items()))]
    markdown_text = "\n".join(text) + "\n"
    args.out.with_suffix(".md").write_text(markdown_text, encoding="utf-8")
    data = {
        "mode": "batch",
        "commit": commit,
        "seed": args.seed,
        "cases": len(manifest),
        "done": done,
        "batch_seconds": round(run_seconds, 1),
        "timeout": args.timeout,
        "jobs": args.jobs,
        "max_memory_mb": args.max_memory,
        "bomb_mb": args.bomb_mb,
        "worker_peak_rss_mb": [round(p / 1024) for p in peaks],
        "raw_terminal_chars": len(raw),
        "table": {
            row[0]: dict(zip(headers[1:], map(int, row[1:]), strict=True)) for row in batch_table(rows)
        },
        "kinds": dict(sorted(kinds.items())),
        "failing": [vars(r) for r in failing],
    }
    args.out.with_suffix(".json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(markdown_text)


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
    parser.add_argument("--batch", type=Path, help="batch mode: the run's folder (see above)")
    parser.add_argument("--max-memory", type=float, default=1500, help="batch mode: --max-memory in MB")
    parser.add_argument("--code", type=Path, help="batch mode: run the analyzer from this source copy")
    parser.add_argument("--classify-only", action="store_true", help="batch mode: tables from a run so far")
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
    if args.batch:
        batch_mode(args, classes)
        return
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
