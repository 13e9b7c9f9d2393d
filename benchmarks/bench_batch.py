"""Speed of `offercheck batch` against bare text reading, `--help` start-up time, peak memory per worker, and a
profile of where a worker's time goes. A script, not a test: timings depend on the machine.

Run: .venv/bin/python benchmarks/bench_batch.py [--count 300]
Writes benchmarks/results.md and benchmarks/results.json.

Sets: the project's samples (samples/*.pdf, *.docx) as they are, and a generated set of --count offers made by
copying the samples with their bytes varied (a PDF comment after %%EOF; a DOCX re-zipped with a different archive
comment), so every file has its own sha256 while reading exactly like its original.

Bare reading: one process, pdfplumber `page.extract_text()` for PDFs and python-docx paragraphs + table cells for
DOCX, nothing else: the floor any checker that reads the same files has to pay.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import platform
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
VENV_BIN = Path(sys.executable).parent
OFFERCHECK = VENV_BIN / "offercheck"
AS_OF = "2026-06-01"


# --------------------------------------------------------------------------- sets


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".docx"))


def vary_docx(data: bytes, tag: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.comment = tag.encode()
    return out.getvalue()


def make_sets(tmp: Path, count: int) -> dict[str, Path]:
    samples = tmp / "samples"
    samples.mkdir()
    for path in sample_files():
        shutil.copy(path, samples / path.name)
    generated = tmp / "generated"
    generated.mkdir()
    originals = sample_files()
    for i in range(count):
        src = originals[i % len(originals)]
        data = src.read_bytes()
        tag = f"bench-{i}"
        data = data + f"%{tag}\n".encode() if src.suffix == ".pdf" else vary_docx(data, tag)
        (generated / f"{i:04d}_{src.name}").write_bytes(data)
    return {"samples": samples, "generated": generated}


def code_version() -> str:
    """The commit measured, and whether analyzer/ had uncommitted changes (others edit it concurrently)."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT).stdout.strip()

    head = git("log", "-1", "--format=%h %s")
    dirty = git("status", "--porcelain", "--", "analyzer", "patterns")
    return f"`{head}`" + (" with uncommitted changes in analyzer/ or patterns/" if dirty else "")


# --------------------------------------------------------------------------- bare reading (run as a child process)


def bare_read(folder: Path) -> dict[str, Any]:
    started = time.perf_counter()
    import docx
    import pdfplumber

    imported = time.perf_counter()
    chars = 0
    files = sorted(folder.iterdir())
    for path in files:
        if path.suffix == ".pdf":
            with pdfplumber.open(path) as pdf:
                chars += sum(len(page.extract_text() or "") for page in pdf.pages)
        else:
            document = docx.Document(str(path))
            chars += sum(len(p.text) for p in document.paragraphs)
            for table in document.tables:
                for row in table.rows:
                    chars += sum(len(cell.text) for cell in row.cells)
    done = time.perf_counter()
    return {"docs": len(files), "chars": chars, "import_s": imported - started, "loop_s": done - imported}


# --------------------------------------------------------------------------- measurements


def timed(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "COLUMNS": "100"})
    return time.perf_counter() - started, result


def median_run(measure: Callable[[], dict[str, Any]], repeat: int) -> dict[str, Any]:
    """The run with the median wall time of ``repeat`` runs (the machine may be shared), with all wall times."""
    runs = sorted((measure() for _ in range(repeat)), key=lambda r: r["wall_s"])
    chosen = runs[len(runs) // 2]
    chosen["all_wall_s"] = [round(r["wall_s"], 3) for r in runs]
    return chosen


def measure_bare(folder: Path) -> dict[str, Any]:
    wall, result = timed([sys.executable, __file__, "--bare", str(folder)])
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    data = json.loads(result.stdout)
    data["wall_s"] = wall
    data["docs_per_s"] = data["docs"] / wall
    return data


def measure_startup(tmp: Path) -> dict[str, Any]:
    """The fixed cost of a batch: `batch -j2` over a single one-page offer, and what a worker's warm-up spends."""
    one = tmp / "one"
    one.mkdir()
    shutil.copy(sample_files()[0], one / sample_files()[0].name)
    wall = statistics.median(measure_batch(one, 2, tmp)["wall_s"] for _ in range(3))
    code = (
        "import time, datetime as dt\n"
        "t0 = time.perf_counter()\n"
        "import spacy\n"
        "t1 = time.perf_counter()\n"
        "from analyzer.batch import worker\n"
        "from analyzer.pipeline import AnalyzeOptions\n"
        f"worker.warm(AnalyzeOptions(as_of=dt.date.fromisoformat('{AS_OF}')))\n"
        "t2 = time.perf_counter()\n"
        "print(t1 - t0, t2 - t0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    spacy_s, warm_s = map(float, result.stdout.split())
    return {"batch_one_file_wall_s": wall, "spacy_import_s": spacy_s, "worker_warm_s": warm_s}


def measure_batch(folder: Path, workers: int, tmp: Path) -> dict[str, Any]:
    out = tmp / f"out_{folder.name}_{workers}.jsonl"
    summary = tmp / f"summary_{folder.name}_{workers}.json"
    cmd = [
        str(OFFERCHECK),
        "batch",
        str(folder),
        "--workers",
        str(workers),
        "--out",
        str(out),
        "--summary-json",
        str(summary),
        "--as-of",
        AS_OF,
    ]
    wall, result = timed(cmd)
    if result.returncode not in (0, 1, 2):
        raise SystemExit(f"batch failed ({result.returncode}): {result.stderr}")
    docs = len(list(folder.iterdir()))
    lines = out.read_text(encoding="utf-8").splitlines()
    if len(lines) != docs:
        raise SystemExit(f"batch wrote {len(lines)} lines for {docs} files")
    data = json.loads(summary.read_text(encoding="utf-8"))
    per_doc = [json.loads(line).get("seconds") or 0.0 for line in lines]
    return {
        "workers": workers,
        "docs": docs,
        "wall_s": wall,
        "docs_per_s": docs / wall,
        "ms_per_doc_wall": wall / docs * 1000,
        "ms_per_doc_in_worker_median": statistics.median(per_doc) * 1000,
        "peak_rss_mb_per_worker": data["peak_rss_mb_per_worker"],
        "verdicts": data["verdicts"],
    }


def measure_help(runs: int = 5) -> dict[str, Any]:
    times = [timed([str(OFFERCHECK), "--help"])[0] for _ in range(runs)]
    return {"runs": runs, "median_s": statistics.median(times), "all_s": times}


def measure_in_process(folder: Path) -> float:
    """ms per document in one process with the worker warmed (what a worker spends per document)."""
    code = (
        "import sys, time, datetime as dt, functools\n"
        "from pathlib import Path\n"
        "from analyzer.batch import worker\n"
        "from analyzer.pipeline import AnalyzeOptions\n"
        f"worker.init_worker(AnalyzeOptions(as_of=dt.date.fromisoformat('{AS_OF}')), 'jsonl')\n"
        f"files = sorted(Path(r'{folder}').iterdir())\n"
        "t = time.perf_counter()\n"
        "for f in files: worker.process(f)\n"
        "print((time.perf_counter() - t) / len(files) * 1000)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return float(result.stdout.strip().splitlines()[-1])


def profile(folder: Path, top: int = 10) -> dict[str, list[dict[str, Any]]]:
    from analyzer.batch import worker
    from analyzer.pipeline import AnalyzeOptions

    worker.init_worker(AnalyzeOptions(as_of=dt.date.fromisoformat(AS_OF)), "jsonl")
    files = sorted(folder.iterdir())
    profiler = cProfile.Profile()
    profiler.enable()
    for path in files:
        worker.process(path)
    profiler.disable()
    entries = pstats.Stats(profiler).stats  # type: ignore[attr-defined]

    def rows(key: int) -> list[dict[str, Any]]:
        ordered = sorted(entries.items(), key=lambda kv: kv[1][key], reverse=True)[:top]
        out = []
        for (filename, line, name), (_cc, ncalls, tottime, cumtime, _callers) in ordered:
            short = filename.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
            out.append(
                {
                    "function": f"{short}:{line}({name})",
                    "ncalls": ncalls,
                    "tottime_s": round(tottime, 3),
                    "cumtime_s": round(cumtime, 3),
                }
            )
        return out

    return {"cumulative": rows(3), "own": rows(2)}


# --------------------------------------------------------------------------- report


def write_results(data: dict[str, Any]) -> None:
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    lines = [
        "# `offercheck batch` benchmark",
        "",
        f"Generated by `benchmarks/bench_batch.py` on {data['date']} — {data['machine']}.",
        "Wall times include process start-up and, for `batch`, spawning and warming the workers. Each figure is the "
        f"median of {data.get('repeat', 1)} runs. The machine is shared with other work: load average "
        f"{data['load_before']} before, {data['load_after']} after.",
        "",
        "| set | docs | bare read (1 process) docs/s | batch -j1 docs/s | batch -j2 docs/s | -j2 / bare | "
        "-j2 / -j1 | ms/doc in worker (median) | peak RSS per worker |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in data["sets"].items():
        b, w1, w2 = s["bare"], s["batch_1"], s["batch_2"]
        lines.append(
            f"| {name} | {s['docs']} | {b['docs_per_s']:.1f} | {w1['docs_per_s']:.2f} | {w2['docs_per_s']:.2f} | "
            f"{w2['docs_per_s'] / b['docs_per_s']:.2f} | {w2['docs_per_s'] / w1['docs_per_s']:.2f} | "
            f"{w2['ms_per_doc_in_worker_median']:.0f} | {w2['peak_rss_mb_per_worker']} MB |"
        )
    lines += [
        "",
        "Wall seconds: "
        + "; ".join(
            f"{name}: bare {s['bare']['wall_s']:.1f} s (of which reading {s['bare']['loop_s']:.1f} s), "
            f"-j1 {s['batch_1']['wall_s']:.1f} s, -j2 {s['batch_2']['wall_s']:.1f} s"
            for name, s in data["sets"].items()
        )
        + ".",
        "",
        f"`offercheck --help`: median {data['help']['median_s'] * 1000:.0f} ms over {data['help']['runs']} runs "
        "(target: well under 500 ms).",
        "",
        "## Target check",
        "",
    ]
    gen = data["sets"]["generated"]
    for name, s in data["sets"].items():
        lines.append(
            f"- {name}: `batch --workers 2` vs bare single-process reading of the same {s['docs']} files: "
            f"{s['batch_2']['wall_s']:.2f} s vs {s['bare']['wall_s']:.2f} s "
            f"({'met' if s['batch_2']['wall_s'] <= s['bare']['wall_s'] else 'NOT met'})."
        )
    st = data["startup"]
    per_doc_bare = gen["bare"]["loop_s"] / gen["docs"]
    per_doc_j2 = (gen["batch_2"]["wall_s"] - st["batch_one_file_wall_s"]) / gen["docs"]
    fixed = st["batch_one_file_wall_s"] - gen["bare"]["import_s"]
    lines += [
        f"- Fixed start-up of a batch (`-j2` over one file): {st['batch_one_file_wall_s']:.2f} s; a worker's warm-up "
        f"takes {st['worker_warm_s']:.2f} s, of which importing spaCy {st['spacy_import_s']:.2f} s. Past that, each "
        f"further document adds {per_doc_j2 * 1000:.1f} ms of wall time with two workers against "
        f"{per_doc_bare * 1000:.1f} ms for bare reading, so `-j2` is ahead of bare reading from about "
        + (
            f"{fixed / (per_doc_bare - per_doc_j2):.0f} documents on."
            if per_doc_bare > per_doc_j2
            else "never (each document costs more than bare reading)."
        ),
        f"- Peak memory per worker: {gen['batch_2']['peak_rss_mb_per_worker']} MB "
        f"({'met' if (gen['batch_2']['peak_rss_mb_per_worker'] or 0) < 300 else 'NOT met'}, target < 300 MB).",
        f"- `--help`: {data['help']['median_s'] * 1000:.0f} ms "
        f"({'met' if data['help']['median_s'] < 0.5 else 'NOT met'}).",
        "",
        "## Where a worker's time goes",
        "",
        f"In one warmed worker process, per document over the generated set's first {data['in_process_docs']} "
        f"files: **{data['in_process_ms']:.0f} ms**.",
        "",
        f"cProfile of one worker over the samples set ({data['profile_docs']} documents), top 10 by cumulative "
        "time:",
        "",
        "| function | calls | cumulative s |",
        "|---|---:|---:|",
    ]
    lines += [
        f"| `{r['function']}` | {r['ncalls']} | {r['cumtime_s']} |" for r in data["profile"]["cumulative"]
    ]
    lines += [
        "",
        "Top 10 by own time (where the cycles are actually spent):",
        "",
        "| function | calls | own s |",
        "|---|---:|---:|",
    ]
    lines += [f"| `{r['function']}` | {r['ncalls']} | {r['tottime_s']} |" for r in data["profile"]["own"]]
    lines += ["", data.get("notes", ""), ""]
    (ROOT / "benchmarks" / "results.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--notes", default="", help="A paragraph appended to results.md.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per measurement; the median is reported.")
    args = parser.parse_args()
    if args.bare:
        print(json.dumps(bare_read(args.bare)))
        return
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="offercheck-bench-") as name:
        tmp = Path(name)
        sets = make_sets(tmp, args.count)
        data: dict[str, Any] = {
            "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs",
            "sets": {},
            "load_before": " / ".join(f"{x:.2f}" for x in os.getloadavg()),
        }
        for set_name, folder in sets.items():
            docs = len(list(folder.iterdir()))
            print(f"{set_name}: {docs} documents", file=sys.stderr)
            entry: dict[str, Any] = {
                "docs": docs,
                "bare": median_run(partial(measure_bare, folder), args.repeat),
            }
            for workers in (1, 2):
                entry[f"batch_{workers}"] = median_run(
                    partial(measure_batch, folder, workers, tmp), args.repeat
                )
                print(
                    f"  batch -j{workers}: {entry[f'batch_{workers}']['docs_per_s']:.2f} docs/s",
                    file=sys.stderr,
                )
            print(f"  bare: {entry['bare']['docs_per_s']:.1f} docs/s", file=sys.stderr)
            data["sets"][set_name] = entry
        data["help"] = measure_help()
        data["startup"] = measure_startup(tmp)
        data["repeat"] = args.repeat
        subset = tmp / "subset"
        subset.mkdir()
        for path in sorted(sets["generated"].iterdir())[:40]:
            shutil.copy(path, subset / path.name)
        data["in_process_docs"] = 40
        data["in_process_ms"] = measure_in_process(subset)
        data["profile_docs"] = len(list(sets["samples"].iterdir()))
        data["profile"] = profile(sets["samples"])
        data["max_child_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
        data["notes"] = args.notes
        data["load_after"] = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    write_results(data)
    print((ROOT / "benchmarks" / "results.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
