"""Does `offercheck batch --resume` finish an interrupted run without losing or redoing a file?

Run: .venv/bin/python benchmarks/batch_resume_check.py [--count 300] [--interrupt-at 100] [--sample 15]
Writes benchmarks/batch_resume_check.md. A check script, not a test: it takes a minute or two on 2 cores.

What it does, once for `--format jsonl` and once for `--format csv`:

1. builds the generated set of bench_batch.py (--count offers, every file its own sha256) plus broken files
   (an empty .pdf, random bytes named .pdf, a PDF cut in half, plain text named .docx, a damaged ZIP named
   .docx) spread through the sorted order, so some are reached before the interrupt and some after;
2. starts `offercheck batch DIR --workers 2 --out FILE --as-of 2026-06-01` in its own session and, once the
   output has --interrupt-at result lines, sends SIGINT: for JSONL to the whole process group (what a terminal's
   Ctrl-C does; the workers ignore SIGINT and the parent stops them), for CSV to the parent process only;
3. waits for the exit (130 expected), keeps a copy of what was written, runs the same command with --resume;
4. checks: exactly one line per input file (distinct sha256 and distinct file names, no duplicates), the lines
   of the first run unchanged and still first, the resumed run adding exactly total - kept lines (and its
   summary saying `resumed` = kept), the broken files' error kinds, and (JSONL) for a random sample of files
   that the batch line equals `offercheck check FILE --format json` for the same file.

Then two edge cases the generated set lacks, in small folders: a file that cannot be opened (a dangling
symlink, whose error report has no sha256) through two --resume runs, and two byte-identical files with the
run stopped between them. Exit code 1 if any check fails.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench_batch import AS_OF, OFFERCHECK, ROOT, code_version, make_sets

RESULTS_MD = ROOT / "benchmarks" / "batch_resume_check.md"
WORKERS = 2

# Keys of a report that may differ between `batch` and `check` for the same file and options.
VOLATILE_KEYS = {"seconds"}

# name -> (bytes, expected error kind). Names sort among the generated "NNNN_<sample>" files.
BROKEN_POSITIONS = (40, 90, 160, 230, 290)


def broken_files(generated: Path) -> dict[str, tuple[bytes, str]]:
    rng = random.Random(20260601)
    pdf = next(p for p in sorted(generated.iterdir()) if p.suffix == ".pdf").read_bytes()
    noise = bytes(rng.randrange(256) for _ in range(4096))
    if noise.lstrip()[:5] == b"%PDF-":  # pragma: no cover - not with this seed
        raise SystemExit("random bytes look like a PDF; change the seed")
    text = b"Arbeidsavtale\nArbeidsgiver: Fjordlys AS\nStilling: Utvikler\n"
    contents = [
        ("broken_empty.pdf", b"", "empty"),
        ("broken_random_bytes.pdf", noise, "unsupported"),
        ("broken_truncated.pdf", pdf[: len(pdf) // 2], "corrupt"),
        ("broken_text_named.docx", text, "wrong_type"),
        ("broken_damaged_zip.docx", b"PK\x03\x04" + noise, "corrupt"),
    ]
    return {
        f"{pos:04d}b_{name}": (data, kind)
        for pos, (name, data, kind) in zip(BROKEN_POSITIONS, contents, strict=True)
    }


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- running batch


def batch_cmd(folder: Path, out: Path, fmt: str, summary: Path, resume: bool) -> list[str]:
    cmd = [
        str(OFFERCHECK),
        "batch",
        str(folder),
        "--workers",
        str(WORKERS),
        "--out",
        str(out),
        "--format",
        fmt,
        "--as-of",
        AS_OF,
        "--summary-json",
        str(summary),
    ]
    return cmd + (["--resume"] if resume else [])


def result_lines(out: Path, fmt: str) -> int:
    """Complete result lines written so far (CSV: minus the header)."""
    try:
        data = out.read_bytes()
    except FileNotFoundError:
        return 0
    lines = data.count(b"\n")
    return max(0, lines - 1) if fmt == "csv" else lines


def interrupted_run(
    folder: Path, out: Path, fmt: str, summary: Path, at: int, to_group: bool
) -> dict[str, Any]:
    cmd = batch_cmd(folder, out, fmt, summary, resume=False)
    stderr = out.with_suffix(".stderr1")
    started = time.perf_counter()
    with stderr.open("w") as err:
        # Own session: the signal sent to "the process group" reaches batch and its workers, not this script.
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        seen = 0
        while proc.poll() is None:
            seen = result_lines(out, fmt)
            if seen >= at:
                break
            time.sleep(0.01)
        if proc.poll() is not None:
            raise SystemExit(
                f"batch finished ({proc.returncode}) before {at} lines were written; use a larger set"
            )
        signalled = time.perf_counter()
        if to_group:
            os.killpg(proc.pid, signal.SIGINT)
        else:
            os.kill(proc.pid, signal.SIGINT)
        try:
            code = proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            code = None
        ended = time.perf_counter()
    data = out.read_bytes()
    return {
        "cmd": " ".join(Path(c).name if c == str(OFFERCHECK) else c for c in cmd),
        "signal_to": "process group" if to_group else "parent process only",
        "lines_at_signal": seen,
        "exit_code": code,
        "seconds_to_signal": round(signalled - started, 2),
        "seconds_signal_to_exit": round(ended - signalled, 2),
        "lines_kept": result_lines(out, fmt),
        "ends_with_newline": data.endswith(b"\n"),
        "summary": json.loads(summary.read_text()) if summary.exists() else None,
        "stderr_tail": stderr.read_text(errors="replace")[-600:],
        "content": data,
    }


def resumed_run(folder: Path, out: Path, fmt: str, summary: Path) -> dict[str, Any]:
    cmd = batch_cmd(folder, out, fmt, summary, resume=True)
    started = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    return {
        "exit_code": result.returncode,
        "seconds": round(wall, 2),
        "summary": json.loads(summary.read_text()) if summary.exists() else None,
        "stderr_tail": result.stderr[-600:],
    }


# --------------------------------------------------------------------------- parsing the outputs


def parse_rows(data: bytes, fmt: str) -> list[dict[str, Any]]:
    text = data.decode("utf-8")
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(text, newline="")))
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def raw_records(data: bytes, fmt: str) -> list[bytes]:
    """The output as a list of raw records (lines; CSV without its header)."""
    lines = data.splitlines(keepends=True)
    return lines[1:] if fmt == "csv" else lines


def error_kind(row: dict[str, Any], fmt: str) -> str | None:
    if fmt == "csv":
        return row.get("error_kind") or None
    return (row.get("error") or {}).get("kind")


def check_output(
    fmt: str,
    inputs: dict[str, str],
    first: dict[str, Any],
    second: dict[str, Any],
    final: bytes,
    broken: dict[str, tuple[bytes, str]],
) -> dict[str, Any]:
    rows = parse_rows(final, fmt)
    total = len(inputs)
    kept = first["lines_kept"]
    first_records = raw_records(first["content"], fmt)
    final_records = raw_records(final, fmt)
    shas = [r.get("sha256") for r in rows]
    names = [Path(r["file"]).name for r in rows]
    sha_by_name = {Path(r["file"]).name: r.get("sha256") for r in rows}
    by_name = {Path(r["file"]).name: r for r in rows}
    broken_seen = {}
    for name, (_data, kind) in broken.items():
        row = by_name.get(name)
        broken_seen[name] = {
            "expected": kind,
            "verdict": row.get("verdict") if row else None,
            "kind": error_kind(row, fmt) if row else None,
            "in_first_run": any(name.encode() in rec for rec in first_records),
        }
    summary2 = second["summary"] or {}
    checks = {
        "first run exit code 130": first["exit_code"] == 130,
        "first run output ends with a newline (no half line)": first["ends_with_newline"],
        "first run wrote no duplicate": len({r.get("sha256") for r in parse_rows(first["content"], fmt)})
        == kept,
        "resumed run exit code 4 (broken files cannot be read)": second["exit_code"] == 4,
        f"one line per input file ({total})": len(rows) == total,
        "distinct sha256 = lines": len(set(shas)) == len(rows),
        "distinct file names = lines": len(set(names)) == len(rows),
        "every input file present": set(names) == set(inputs),
        "every line's sha256 is its file's": all(sha_by_name.get(n) == s for n, s in inputs.items()),
        "first run's lines unchanged and first": final_records[:kept] == first_records[:kept]
        and len(first_records) == kept,
        f"resumed run added total - kept = {total - kept} lines": len(final_records) - kept == total - kept,
        "resumed summary: resumed = kept": summary2.get("resumed") == kept,
        "resumed summary: processed = total - kept": summary2.get("processed") == total - kept,
        "resumed summary: files = total": summary2.get("files") == total,
        "broken files: verdict error, expected kind": all(
            b["verdict"] == "error" and b["kind"] == b["expected"] for b in broken_seen.values()
        ),
    }
    if fmt == "csv":
        header = final.split(b"\n", 1)[0].decode()
        checks["CSV header written once"] = final.count(header.encode() + b"\n") == 1
    return {
        "total": total,
        "kept": kept,
        "added": len(final_records) - kept,
        "final_lines": len(rows),
        "distinct_sha256": len(set(shas)),
        "distinct_names": len(set(names)),
        "broken": broken_seen,
        "checks": checks,
    }


# --------------------------------------------------------------------------- batch line vs `check`


def diff_keys(a: Any, b: Any, prefix: str = "") -> list[str]:
    """Paths (a.b[2].c) where two parsed JSON values differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for key in sorted(set(a) | set(b)):
            where = f"{prefix}.{key}" if prefix else key
            if key not in a or key not in b:
                out.append(where)
            else:
                out += diff_keys(a[key], b[key], where)
        return out
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{prefix}[len]"]
        out = []
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            out += diff_keys(x, y, f"{prefix}[{i}]")
        return out
    return [] if a == b else [prefix]


def check_json(path: str, cwd: Path | None = None) -> tuple[int, dict[str, Any], float]:
    cmd = [str(OFFERCHECK), "check", path, "--format", "json", "--as-of", AS_OF]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
    return proc.returncode, json.loads(proc.stdout), time.perf_counter() - started


def compare_one(row: dict[str, Any], group: str) -> dict[str, Any]:
    code, single, wall = check_json(row["file"])
    differs = diff_keys(row, single)
    return {
        "group": group,
        "file": Path(row["file"]).name,
        "exit_code": code,
        "verdict": row["verdict"],
        "wall": round(wall, 2),
        "differs": differs,
        "differs_beyond_volatile": [d for d in differs if d.split(".")[0].split("[")[0] not in VOLATILE_KEYS],
        "seconds_batch": row.get("seconds"),
        "seconds_check": single.get("seconds"),
    }


def compare_with_check(
    rows: list[dict[str, Any]], sample: int, seed: int, broken: dict[str, tuple[bytes, str]]
) -> dict[str, Any]:
    picked = random.Random(seed).sample(rows, min(sample, len(rows)))
    results = [compare_one(row, "random") for row in picked]
    results += [compare_one(row, "broken") for row in rows if Path(row["file"]).name in broken]
    # `file` is the path as given on the command line: the same file named relative to another folder differs
    # there and nowhere else.
    first = Path(picked[0]["file"])
    _code, relative, _wall = check_json(first.name, cwd=first.parent)
    return {
        "sample": len(picked),
        "random_equal_ignoring_volatile": sum(
            not r["differs_beyond_volatile"] for r in results if r["group"] == "random"
        ),
        "broken": sum(r["group"] == "broken" for r in results),
        "broken_equal_ignoring_volatile": sum(
            not r["differs_beyond_volatile"] for r in results if r["group"] == "broken"
        ),
        "equal_exactly": sum(not r["differs"] for r in results),
        "keys_differing": sorted({d for r in results for d in r["differs"]}),
        "relative_path_file": first.name,
        "relative_path_differs": diff_keys(picked[0], relative),
        "files": results,
    }


# --------------------------------------------------------------------------- edge cases around --resume

_EDGE_OFFER = "Arbeidsavtale\nArbeidsgiver: Fjordlys AS\nStilling: Utvikler {n}\nLønn: kr 650 000 per år\n"


def _lines(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _batch(folder: Path, out: Path, *extra: str) -> int:
    cmd = [
        str(OFFERCHECK),
        "batch",
        str(folder),
        "--workers",
        "1",
        "--out",
        str(out),
        "--as-of",
        AS_OF,
        *extra,
    ]
    return subprocess.run(cmd, capture_output=True, text=True).returncode


def edge_cases(tmp: Path) -> list[dict[str, Any]]:
    """Two inputs the generated set does not have: a file that cannot be opened (its error report carries no
    sha256) and two byte-identical files. Each must still end with exactly one line after --resume."""
    cases = []

    folder = tmp / "edge_unopenable"
    folder.mkdir()
    (folder / "a.txt").write_text(_EDGE_OFFER.format(n=1), encoding="utf-8")
    (folder / "b_dangling_link.txt").symlink_to(tmp / "does-not-exist")
    out = tmp / "edge_unopenable.jsonl"
    codes = [_batch(folder, out), _batch(folder, out, "--resume"), _batch(folder, out, "--resume")]
    rows = _lines(out)
    cases.append(
        {
            "name": "file that cannot be opened (dangling symlink: error not_found, sha256 null), full run then "
            "--resume twice",
            "files": 2,
            "exit_codes": codes,
            "lines": len(rows),
            "lines_per_file": dict(sorted(Counter(Path(r["file"]).name for r in rows).items())),
            "ok": len(rows) == 2,
            "why": "`runner.run_batch` builds the resume map only from lines with a sha256 "
            "(`{r.sha256: r for r in read_done(...) if r.sha256}`) and `todo()` skips a file only if its "
            "sha256 can be computed and is in the map. A report made before the file could be hashed "
            "(`not_found`; also the pipeline's `timeout` and `internal` reports, which carry no sha256) is "
            "therefore redone and appended again on every --resume: a second, third... line for one file.",
        }
    )

    folder = tmp / "edge_identical"
    folder.mkdir()
    for n in (1, 2, 3):
        (folder / f"offer{n}.txt").write_text(_EDGE_OFFER.format(n=n), encoding="utf-8")
    shutil.copy(folder / "offer1.txt", folder / "offer1_copy.txt")
    full = tmp / "edge_identical_full.jsonl"
    full_code = _batch(folder, full)
    out = tmp / "edge_identical.jsonl"
    # What an interrupted run leaves when it stopped after offer1.txt: that one line.
    out.write_text(
        next(
            line
            for line in full.read_text(encoding="utf-8").splitlines(keepends=True)
            if Path(json.loads(line)["file"]).name == "offer1.txt"
        ),
        encoding="utf-8",
    )
    summary = tmp / "edge_identical_summary.json"
    code = _batch(folder, out, "--resume", "--summary-json", str(summary))
    rows = _lines(out)
    s = json.loads(summary.read_text())
    cases.append(
        {
            "name": "two byte-identical files (offer1.txt, offer1_copy.txt): uninterrupted run vs a run stopped after "
            "offer1.txt then --resume",
            "files": 4,
            "exit_codes": [full_code, code],
            "lines_uninterrupted": len(_lines(full)),
            "lines": len(rows),
            "lines_per_file": {
                p.name: sum(Path(r["file"]).name == p.name for r in rows) for p in sorted(folder.iterdir())
            },
            "summary": {k: s[k] for k in ("files", "processed", "resumed")},
            "ok": len(rows) == 4,
            "why": "--resume is keyed by content only: `todo()` skips offer1_copy.txt because its sha256 is in the map "
            "(from offer1.txt's line) and counts it as resumed, but no line names it. An uninterrupted run "
            "writes both, so the final output depends on where the interruption fell, and a file is left "
            "without its line (README: every file gets exactly one line).",
        }
    )
    return cases


# --------------------------------------------------------------------------- report


def write_md(data: dict[str, Any]) -> None:
    lines = [
        "# `offercheck batch`: interrupt with SIGINT, then `--resume`",
        "",
        f"Generated by `benchmarks/batch_resume_check.py` on {data['date']} — {data['machine']}; "
        f"load average {data['load_before']} before, {data['load_after']} after. Code: {data['code']}.",
        "",
        f"Input: {data['inputs']} files — the generated set of `bench_batch.make_sets` ({data['count']} offers "
        f"copied from `samples/` with varied bytes) plus {len(data['broken'])} broken files. Every run: "
        f"`offercheck batch DIR --workers {WORKERS} --out FILE --format F --as-of {AS_OF} --summary-json S`; "
        f"SIGINT once the output had {data['interrupt_at']} result lines; then the same command with `--resume`.",
        "",
        "| format | SIGINT sent to | lines when signalled | exit code | signal → exit | lines kept | "
        "resumed run: exit code, wall | lines added | final lines | distinct sha256 / names | all checks |",
        "|---|---|---:|---:|---:|---:|---|---:|---:|---|---|",
    ]
    for fmt, run in data["runs"].items():
        first, second, res = run["first"], run["second"], run["result"]
        ok = all(res["checks"].values())
        lines.append(
            f"| {fmt} | {first['signal_to']} | {first['lines_at_signal']} | {first['exit_code']} | "
            f"{first['seconds_signal_to_exit']} s | {res['kept']} | {second['exit_code']}, {second['seconds']} s | "
            f"{res['added']} | {res['final_lines']} / {res['total']} | {res['distinct_sha256']} / "
            f"{res['distinct_names']} | {'pass' if ok else 'FAIL'} |"
        )
    for fmt, run in data["runs"].items():
        first, second, res = run["first"], run["second"], run["result"]
        s1, s2 = first["summary"] or {}, second["summary"] or {}
        lines += [
            "",
            f"## {fmt}",
            "",
            f"First run: SIGINT after {first['seconds_to_signal']} s with {first['lines_at_signal']} lines written; "
            f"exit {first['exit_code']} {first['seconds_signal_to_exit']} s later with {res['kept']} lines kept "
            f"(summary: processed {s1.get('processed')}, not_done {s1.get('not_done')}, "
            f"interrupted {s1.get('interrupted')}). Resumed run: {second['seconds']} s wall, exit "
            f"{second['exit_code']}, summary processed {s2.get('processed')}, resumed {s2.get('resumed')}, "
            f"files {s2.get('files')}, verdicts {s2.get('verdicts')}, {s2.get('docs_per_second')} docs/s.",
            "",
            "| check | result |",
            "|---|---|",
        ]
        lines += [f"| {name} | {'pass' if ok else '**FAIL**'} |" for name, ok in res["checks"].items()]
        lines += [
            "",
            "| broken file | expected kind | verdict | kind | written by |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| `{name}` | {b['expected']} | {b['verdict']} | {b['kind']} | "
            f"{'first run' if b['in_first_run'] else 'resumed run'} |"
            for name, b in res["broken"].items()
        ]
    cmp = data["compare"]

    def span(key: str) -> str:
        values = [r[key] for r in cmp["files"] if r[key] is not None]
        return f"{min(values):.2f}–{max(values):.2f}" if values else "n/a"

    lines += [
        "",
        "## Batch line vs `offercheck check FILE --format json`",
        "",
        f"{cmp['sample']} files drawn at random (seed {data['seed']}) from the final JSONL, plus the "
        f"{cmp['broken']} broken files; for each, `offercheck check <same path> --format json --as-of {AS_OF}` "
        "(one process per file) parsed and compared key by key, recursively, with the parsed batch line.",
        "",
        f"- Equal apart from `seconds`: **{cmp['random_equal_ignoring_volatile']} / {cmp['sample']}** random files, "
        f"**{cmp['broken_equal_ignoring_volatile']} / {cmp['broken']}** broken files; exactly equal: "
        f"{cmp['equal_exactly']} / {len(cmp['files'])}. Keys that differed anywhere: "
        f"{', '.join(f'`{k}`' for k in cmp['keys_differing']) or 'none'}.",
        "- `seconds` differs legitimately: it is the analysis time measured inside the pipeline. A batch worker was "
        "warmed before its first file (spaCy pipeline, lexicon, rule packs built by `worker.warm`), while a "
        "one-file `check` builds them lazily during that file's analysis, so its `seconds` is "
        f"{span('seconds_check')} s against {span('seconds_batch')} s in batch. Error reports (the broken files) carry no `seconds` (null in both), so they are "
        "exactly equal.",
        "- `file` is the path as given on the command line (batch: the folder argument joined with the walked name). "
        "Both runs here name the same absolute path, so it is equal. Checked once with a relative name "
        f"(`cd <folder>; offercheck check {cmp['relative_path_file']}`): keys differing "
        f"{', '.join(f'`{k}`' for k in cmp['relative_path_differs']) or 'none'} — the path only, as expected "
        "(`sha256` identifies the content).",
        "",
        "| file | verdict | check exit code | differing keys | seconds (batch / check) |",
        "|---|---|---:|---|---|",
    ]
    lines += [
        f"| `{r['file']}` | {r['verdict']} | {r['exit_code']} | {', '.join(r['differs']) or '—'} | "
        f"{r['seconds_batch']} / {r['seconds_check']} |"
        for r in cmp["files"]
    ]
    lines += [
        "",
        "## Edge cases around `--resume` (not in the generated set)",
        "",
        "Small folders of text offers, `--workers 1`. Each must end with exactly one line per file.",
        "",
    ]
    for case in data["edge_cases"]:
        extra = (
            f"; uninterrupted run: {case['lines_uninterrupted']} lines; resumed run's summary {case['summary']}"
            if "summary" in case
            else ""
        )
        lines.append(
            f"- {'pass' if case['ok'] else '**FAIL**'}: {case['name']}. {case['files']} files, exit codes "
            f"{case['exit_codes']}, final lines {case['lines']} ({case['lines_per_file']}){extra}."
        )
        if not case["ok"]:
            lines.append(f"  Why: {case['why']}")
    lines += ["", data.get("notes", ""), ""]
    RESULTS_MD.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=300, help="generated offers (bench_batch.make_sets)")
    parser.add_argument("--interrupt-at", type=int, default=100, help="result lines before SIGINT")
    parser.add_argument("--sample", type=int, default=15, help="files compared with `offercheck check`")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="copy the outputs into this folder")
    parser.add_argument("--notes", default="", help="a paragraph appended to the .md")
    args = parser.parse_args()

    data: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs",
        "code": code_version(),
        "load_before": " / ".join(f"{x:.2f}" for x in os.getloadavg()),
        "count": args.count,
        "interrupt_at": args.interrupt_at,
        "seed": args.seed,
        "runs": {},
        "notes": args.notes,
    }
    with tempfile.TemporaryDirectory(prefix="offercheck-resume-") as name:
        tmp = Path(name)
        generated = make_sets(tmp, args.count)["generated"]
        broken = broken_files(generated)
        for file_name, (content, _kind) in broken.items():
            (generated / file_name).write_bytes(content)
        inputs = {p.name: sha256(p) for p in sorted(generated.iterdir())}
        data["inputs"] = len(inputs)
        data["broken"] = {n: k for n, (_d, k) in broken.items()}
        print(f"{len(inputs)} input files ({len(broken)} broken) in {generated}", file=sys.stderr)
        final_jsonl: list[dict[str, Any]] = []
        for fmt, to_group in (("jsonl", True), ("csv", False)):
            out = tmp / f"out.{fmt}"
            first = interrupted_run(
                generated, out, fmt, tmp / f"summary1_{fmt}.json", args.interrupt_at, to_group
            )
            print(
                f"[{fmt}] SIGINT to {first['signal_to']} at {first['lines_at_signal']} lines: exit "
                f"{first['exit_code']} after {first['seconds_signal_to_exit']} s, {first['lines_kept']} lines kept",
                file=sys.stderr,
            )
            second = resumed_run(generated, out, fmt, tmp / f"summary2_{fmt}.json")
            final = out.read_bytes()
            result = check_output(fmt, inputs, first, second, final, broken)
            print(
                f"[{fmt}] --resume: exit {second['exit_code']} in {second['seconds']} s, added {result['added']}, "
                f"final {result['final_lines']} lines for {result['total']} files",
                file=sys.stderr,
            )
            for check, ok in result["checks"].items():
                print(f"    {'ok  ' if ok else 'FAIL'} {check}", file=sys.stderr)
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / f"first.{fmt}").write_bytes(first["content"])
                (args.keep / f"final.{fmt}").write_bytes(final)
            del first["content"]
            if fmt == "jsonl":
                final_jsonl = parse_rows(final, fmt)
            data["runs"][fmt] = {"first": first, "second": second, "result": result}
        print(
            f"comparing {args.sample} batch lines + the broken files with `offercheck check`...",
            file=sys.stderr,
        )
        data["compare"] = cmp = compare_with_check(final_jsonl, args.sample, args.seed, broken)
        print(
            f"batch vs check: random {cmp['random_equal_ignoring_volatile']}/{cmp['sample']}, broken "
            f"{cmp['broken_equal_ignoring_volatile']}/{cmp['broken']} equal apart from {sorted(VOLATILE_KEYS)}; "
            f"keys differing: {cmp['keys_differing']}; relative path differs in {cmp['relative_path_differs']}",
            file=sys.stderr,
        )
        data["edge_cases"] = edge_cases(tmp)
        for case in data["edge_cases"]:
            print(
                f"    {'ok  ' if case['ok'] else 'FAIL'} edge case: {case['name']}: exit codes {case['exit_codes']}, "
                f"lines per file {case['lines_per_file']}",
                file=sys.stderr,
            )
    data["load_after"] = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    write_md(data)
    print(RESULTS_MD.read_text(encoding="utf-8"))
    failed = [c for run in data["runs"].values() for c, ok in run["result"]["checks"].items() if not ok]
    failed += [c["name"] for c in data["edge_cases"] if not c["ok"]]
    equal = cmp["random_equal_ignoring_volatile"] + cmp["broken_equal_ignoring_volatile"]
    return 1 if failed or equal != len(cmp["files"]) else 0


if __name__ == "__main__":
    sys.exit(main())
