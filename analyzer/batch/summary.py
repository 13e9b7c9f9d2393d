"""The end-of-batch summary: counts by verdict, the UDI requirements most often failing/missing/needing review,
separately the § 14-6 contract clauses most often missing, the files that could not be checked and why. Built from
small records, never from whole reports."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analyzer.batch.inputs import Skipped
from analyzer.batch.output import Record

VERDICTS = ("compliant", "non_compliant", "incomplete", "error")
TOP = 10
SHOWN_ERRORS = 20


@dataclass
class Summary:
    verdicts: Counter[str] = field(default_factory=Counter)
    failing: Counter[str] = field(default_factory=Counter)
    missing: Counter[str] = field(default_factory=Counter)
    review: Counter[str] = field(default_factory=Counter)
    contract_missing: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, str | None]] = field(default_factory=list)
    processed: int = 0
    resumed: int = 0
    not_done: int = 0
    interrupted: bool = False
    seconds: float = 0.0
    workers: int = 0
    crashes: int = 0
    peak_rss_kb: dict[int, int] = field(default_factory=dict)
    skipped: Skipped = field(default_factory=Skipped)  # files in the input folders that are not documents

    def add(self, record: Record, *, resumed: bool = False) -> None:
        if resumed:
            self.resumed += 1
        else:
            self.processed += 1
        self.verdicts[record.verdict] += 1
        self.failing.update(record.failing)
        self.missing.update(record.missing)
        self.review.update(record.review)
        self.contract_missing.update(record.contract_missing)
        if record.verdict == "error":
            self.errors.append(
                {"file": record.file, "kind": record.error_kind, "message": record.error_message}
            )

    def note_worker(self, pid: int, max_rss_kb: int) -> None:
        if pid:
            self.peak_rss_kb[pid] = max(self.peak_rss_kb.get(pid, 0), max_rss_kb)

    @property
    def total(self) -> int:
        return self.processed + self.resumed

    @property
    def all_compliant(self) -> bool:
        return self.total > 0 and self.verdicts["compliant"] == self.total

    def to_dict(self) -> dict[str, Any]:
        peak = max(self.peak_rss_kb.values(), default=0)
        return {
            "files": self.total,
            "processed": self.processed,
            "resumed": self.resumed,
            "not_done": self.not_done,
            "interrupted": self.interrupted,
            "verdicts": {v: self.verdicts.get(v, 0) for v in VERDICTS},
            "failing": dict(self.failing.most_common()),
            "missing": dict(self.missing.most_common()),
            "review": dict(self.review.most_common()),
            "contract_missing": dict(self.contract_missing.most_common()),
            "errors": self.errors,
            "seconds": round(self.seconds, 3),
            "docs_per_second": round(self.processed / self.seconds, 2) if self.seconds > 0 else None,
            "workers": self.workers,
            "worker_crashes": self.crashes,
            "peak_rss_mb_per_worker": round(peak / 1024, 1) if peak else None,
            "skipped_not_documents": self.skipped.count,
        }

    def skipped_line(self) -> str:
        """'skipped 3 files that are not documents (README.md, notes.json, …): ...' in plain words."""
        from analyzer.render.terminal import safe

        count = self.skipped.count
        names = ", ".join(safe(name, newlines=False) for name in self.skipped.examples)
        more = ", …" if count > len(self.skipped.examples) else ""
        return (
            f"skipped {count} file{'s' if count != 1 else ''} in the folders that {'are' if count != 1 else 'is'} "
            f"not {'documents' if count != 1 else 'a document'} ({names}{more}): a file named on the command line "
            "is always checked; --all-files takes every file."
        )

    def write_json(self, path: Path) -> None:
        from analyzer.render.json import dumps

        path.write_text(dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")

    def render(self, console: Any) -> None:
        from rich.table import Table
        from rich.text import Text

        from analyzer.render.terminal import safe

        data = self.to_dict()
        head = f"{self.total} file(s)"
        if self.resumed:
            head += f" ({self.processed} checked now, {self.resumed} already in the output)"
        if self.processed and self.seconds > 0:
            head += f" in {self.seconds:.1f} s, {data['docs_per_second']} docs/s on {self.workers} worker(s)"
        console.print(head)
        if self.skipped.count:
            console.print(self.skipped_line(), markup=False, highlight=False)
        if self.interrupted:
            console.print(
                f"[bold yellow]Interrupted[/]: {self.not_done} file(s) not checked; run again with --resume."
            )
        table = Table(title="Verdicts", title_justify="left", min_width=40)
        table.add_column("verdict")
        table.add_column("files", justify="right")
        for verdict in VERDICTS:
            table.add_row(verdict, str(self.verdicts.get(verdict, 0)))
        console.print(table)
        for title, column, counter in (
            ("UDI requirements most often failing", "requirement", self.failing),
            ("UDI requirements most often missing", "requirement", self.missing),
            ("UDI requirements most often needing review", "requirement", self.review),
            ("Contract clauses (§ 14-6) most often missing", "clause", self.contract_missing),
        ):
            if not counter:
                continue
            table = Table(title=title, title_justify="left", min_width=50)
            table.add_column(column)
            table.add_column("files", justify="right")
            for rid, count in counter.most_common(TOP):
                table.add_row(Text(safe(rid)), str(count))
            console.print(table)
        if self.errors:
            table = Table(title="Files that could not be checked", title_justify="left")
            table.add_column("file", overflow="fold")
            table.add_column("kind")
            table.add_column("why", overflow="fold")
            for error in self.errors[:SHOWN_ERRORS]:
                table.add_row(  # file names and messages can carry a document's text: never raw, never markup
                    Text(safe(error["file"] or "", newlines=False)),
                    Text(safe(error["kind"] or "")),
                    Text(safe(error["message"] or "")),
                )
            console.print(table)
            if len(self.errors) > SHOWN_ERRORS:
                console.print(
                    f"… and {len(self.errors) - SHOWN_ERRORS} more (see --summary-json or the output)."
                )
