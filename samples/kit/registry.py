"""The ``@sample`` registry, the expected-fields helper and the one ``main()`` every builder runs.

Expected values are written by hand in each builder; this module only stores them next to the function that
writes the document, checks the organisation numbers, and writes ``<name>.expected.json`` beside it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .orgnr import orgnr_valid

BuildFn = Callable[[Path], None]


def expected_fields(
    employer: str | None,
    org: str | None,
    title: str | None,
    pct: float | None,
    hours: float | None,
    amount: float | None,
    cur: str | None,
    period: str | None,
    annual: float | None,
    start: str | None,
    end: str | None,
    loc: str | None,
    degree: str | None,
    omit: Sequence[str] = (),
) -> dict[str, Any]:
    """The ``fields`` object of an expected JSON, in the analyzer's key order; ``omit`` drops keys whose
    value the document leaves open on purpose (the test then does not look at them)."""
    d: dict[str, Any] = {
        "employer": employer,
        "employer_org_number": org,
        "job_title": title,
        "position_percentage": pct,
        "weekly_hours": hours,
        "salary": None if amount is None else {"amount": amount, "currency": cur, "period": period},
        "annual_salary_nok": annual,
        "start_date": start,
        "end_date": end,
        "work_location": loc,
        "degree_required": degree,
    }
    for k in omit:
        d.pop(k)
    return d


@dataclass(frozen=True)
class Sample:
    """One document: file name stem, extension, the hand-written expected JSON and its writer."""

    name: str
    ext: str
    expected: dict[str, Any]
    build: BuildFn


@dataclass
class Registry:
    """Samples in declaration order (the order of the build log and of nothing else)."""

    as_of: str
    samples: list[Sample] = field(default_factory=list)

    def sample(self, name: str, ext: str, expected: dict[str, Any]) -> Callable[[BuildFn], BuildFn]:
        """Register a writer with a complete expected JSON (verdict and findings included)."""

        def deco(fn: BuildFn) -> BuildFn:
            self.samples.append(Sample(name, ext, expected, fn))
            return fn

        return deco

    def fields_sample(
        self, name: str, ext: str, lang: str, fields: dict[str, Any]
    ) -> Callable[[BuildFn], BuildFn]:
        """Register a writer whose expected JSON holds language and fields only (the hold-out sets)."""
        return self.sample(name, ext, {"as_of": self.as_of, "language": lang, "fields": fields})


def main(
    registry: Registry,
    out: Path,
    argv: Sequence[str],
    *,
    known_orgs: Collection[str] | None = None,
    log_each: bool = False,
) -> int:
    """Write every document and its expected JSON into ``out`` (``--out DIR`` writes elsewhere, e.g. to
    compare a rebuild with the committed files).  Fails before writing on a duplicate name or an org number
    that fails mod-11 or, when ``known_orgs`` is given, is not in that list."""
    ap = argparse.ArgumentParser(description="Build the sample documents and their expected JSON.")
    ap.add_argument("--out", type=Path, default=out, help="output folder (default: next to the builder)")
    args = ap.parse_args(list(argv))
    names = [s.name for s in registry.samples]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise SystemExit(f"duplicate sample names: {dupes}")
    for org in known_orgs or ():
        if not orgnr_valid(org):
            raise SystemExit(f"invalid org number in the list: {org}")
    for s in registry.samples:
        org = s.expected["fields"].get("employer_org_number")
        if org is not None and (not orgnr_valid(org) or (known_orgs is not None and org not in known_orgs)):
            raise SystemExit(f"{s.name}: invalid or unlisted org number {org}")
    dest: Path = args.out
    dest.mkdir(parents=True, exist_ok=True)
    counts: dict[str, dict[str, int]] = {"lang": {}, "ext": {}}
    for s in registry.samples:
        path = dest / f"{s.name}.{s.ext}"
        s.build(path)
        (dest / f"{s.name}.expected.json").write_text(
            json.dumps(s.expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        lang = str(s.expected.get("language"))
        counts["lang"][lang] = counts["lang"].get(lang, 0) + 1
        counts["ext"][s.ext] = counts["ext"].get(s.ext, 0) + 1
        if log_each:
            print(f"wrote {path.name}")
    print(f"wrote {len(registry.samples)} documents: {counts}")
    return 0
