"""A fuzzing worker: warms the pipeline once, then analyses one file per line of standard input and answers
with one JSON line (verdict, error kind, seconds, peak RSS, any traceback). Run by :mod:`harness`, which
kills it when it overruns; nothing here may be trusted to stop on its own."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import resource
import sys
import time
import traceback
from pathlib import Path


def main() -> None:
    from rich.console import Console

    from analyzer.pipeline import AnalyzeOptions, analyze
    from analyzer.render.json import render_jsonl
    from analyzer.render.text import render_text

    warm = Path(__file__).resolve().parents[2] / "samples" / "nb_tilbudsbrev_master.pdf"
    analyze(warm, AnalyzeOptions(as_of=dt.date(2026, 6, 1), ocr=False))
    out = sys.stdout
    out.write(json.dumps({"ready": True}) + "\n")
    out.flush()
    for line in sys.stdin:
        job = json.loads(line)
        options = AnalyzeOptions(
            as_of=dt.date(2026, 6, 1),
            timeout=job["timeout"],
            ocr=False,
            debug=True,
            max_unzipped_bytes=job.get("max_unzipped_bytes", 100 * 2**20),
        )
        answer: dict[str, object] = {}
        stderr = io.StringIO()
        started = time.monotonic()
        try:
            with contextlib.redirect_stderr(stderr):
                report = analyze(Path(job["path"]), options)
                answer.update(
                    verdict=report.verdict,
                    kind=report.error.kind if report.error else None,
                    message=report.error.message if report.error else None,
                )
                next(iter(render_jsonl([report])))  # the renderers must take any report
                render_text(report, Console(file=io.StringIO(), width=120))
        except BaseException as exc:  # noqa: BLE001 - the point is to report anything at all
            answer.update(verdict="exception", kind=type(exc).__name__, message=str(exc)[:500])
            stderr.write(traceback.format_exc())
        answer["seconds"] = round(time.monotonic() - started, 3)
        answer["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        answer["stderr"] = stderr.getvalue()[-4000:]
        out.write(json.dumps(answer) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
