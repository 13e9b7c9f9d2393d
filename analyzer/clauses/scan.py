"""Which contract clauses a document states (Working Environment Act § 14-6), and signals the rule packs use.

Cue phrases are data (``patterns/clauses.yaml``, EN/NB/NN). For each clause the scan answers: is it stated,
where (evidence lines), and for a few clauses the numbers the law limits (probation length in months; weekly
and daily working hours). Signals (seasonal work, piecework, a guaranteed minimum wage, staffing agency, remote
work, temporary or permanent post, exchange rate, skilled worker) use the same matching.

A clause is *stated* when a cue sits in the label cell of a table row that has a value, or in a body line that is
more than a bare heading. A bare heading ("6. Arbeidstid") counts only when body text follows it. This keeps an
empty form ("Eventuelt til: ____") or a heading whose content was deleted from passing as a stated clause.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from analyzer import resources
from analyzer.model import Document, Evidence, ExtractedField, Fields, Line
from analyzer.resources.lexicon import compile_phrases, parse_yaml

Lang = Literal["en", "nb", "nn"]
PerLanguage = dict[Lang, list[str]]

CLAUSES = (
    "parties",
    "work_location",
    "job_title",
    "start_date",
    "duration",
    "probation",
    "holiday",
    "notice",
    "salary",
    "pay_schedule",
    "working_hours",
    "breaks",
    "overtime",
    "collective_agreement",
    "user_undertaking",
    "training",
    "pension",
)
SIGNALS = (
    "temporary",
    "permanent",
    "temporary_basis",
    "seasonal",
    "piecework",
    "guaranteed_minimum",
    "staffing_agency",
    "remote_work",
    "exchange_rate",
    "skilled",
)


class CueSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cues: PerLanguage
    unless: PerLanguage = Field(default_factory=dict)
    needs_number: bool = False
    needs_amount: bool = Field(
        default=False, description="The line must hold an amount (3+ digits), not just any number."
    )
    label_only: PerLanguage = Field(
        default_factory=dict,
        description="Generic cues that count in prose only as 'label: value' (or in a table).",
    )
    match_values: bool = Field(default=False, description="A cue in a table row's value cells counts too.")
    unless_label: PerLanguage = Field(
        default_factory=dict,
        description="A table row whose label names another topic (holiday pay, bonus) is skipped.",
    )

    @model_validator(mode="before")
    @classmethod
    def _bare(cls, raw: Any) -> Any:
        """A clause may be given as just its per-language cue lists."""
        if isinstance(raw, dict) and "cues" not in raw:
            return {"cues": raw}
        return raw

    @model_validator(mode="after")
    def _non_empty(self) -> CueSet:
        if not any(self.cues.values()):
            raise ValueError("no cue phrases")
        return self

    def all_cues(self) -> list[str]:
        return [p for phrases in self.cues.values() for p in phrases]

    def all_label_only(self) -> list[str]:
        return [p for phrases in self.label_only.values() for p in phrases]

    def all_unless(self) -> list[str]:
        return [p for phrases in self.unless.values() for p in phrases]


class ClausePatterns(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["clauses/1"] = Field(alias="schema")
    heading_max_words: int = 4
    generic_row_labels: list[str] = Field(default_factory=list)
    undetermined: PerLanguage = Field(default_factory=dict)
    clauses: dict[str, CueSet]
    signals: dict[str, CueSet]

    @model_validator(mode="after")
    def _known(self) -> ClausePatterns:
        wanted = {c for c in CLAUSES if c != "parties"} | {"parties_employer", "parties_employee"}
        missing = wanted - set(self.clauses)
        unknown = set(self.clauses) - wanted
        if missing or unknown:
            raise ValueError(f"clauses: missing {sorted(missing)}, unknown {sorted(unknown)}")
        if set(self.signals) != set(SIGNALS):
            raise ValueError(f"signals must be exactly {sorted(SIGNALS)}")
        return self


class ClauseHit(BaseModel):
    """Whether a clause (or signal) was found, the lines it was read from, and any numbers read from them."""

    present: bool = False
    evidence: list[Evidence] = Field(default_factory=list)
    values: dict[str, float] = Field(default_factory=dict)
    note: str | None = None


class ClauseScan(BaseModel):
    hits: dict[str, ClauseHit] = Field(default_factory=dict)

    def get(self, name: str) -> ClauseHit:
        return self.hits.get(name) or ClauseHit()

    def has(self, name: str) -> bool:
        return self.get(name).present

    @classmethod
    def from_example(cls, data: dict[str, Any]) -> ClauseScan:
        """``{name: true}`` or ``{name: {values: {...}}}`` (rule examples)."""
        hits = {}
        for name, spec in data.items():
            if isinstance(spec, bool):
                hits[name] = ClauseHit(present=spec)
            elif isinstance(spec, dict):
                hits[name] = ClauseHit(present=spec.get("present", True), values=spec.get("values", {}))
            else:
                raise ValueError(f"clause example '{name}': use true/false or {{values: ...}}")
        return cls(hits=hits)


def load_clause_patterns(path: Path | None = None) -> ClausePatterns:
    raw = parse_yaml((path or resources.clauses_file()).read_text(encoding="utf-8"))
    return ClausePatterns.model_validate(raw)


@cache
def _patterns() -> ClausePatterns:
    return load_clause_patterns()


@cache
def _regex(kind: str, name: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    table = _patterns().clauses if kind == "clause" else _patterns().signals
    cue_set = table[name]
    unless = cue_set.all_unless()
    cues = cue_set.all_cues() + cue_set.all_label_only()
    return compile_phrases(cues), (compile_phrases(unless) if unless else None)


@cache
def _unless_label(name: str) -> re.Pattern[str] | None:
    phrases = [p for ps in _patterns().clauses[name].unless_label.values() for p in ps]
    return compile_phrases(phrases) if phrases else None


@cache
def _label_only(name: str) -> frozenset[str]:
    return frozenset(p.rstrip("*").lower() for p in _patterns().clauses[name].all_label_only())


_AMOUNT = re.compile(r"\d(?:[\d  .,']*\d){2,}(?!\s*%)")


def _numbers_ok(cue_set: CueSet, text: str) -> bool:
    if cue_set.needs_amount:
        return _AMOUNT.search(text) is not None
    return not cue_set.needs_number or re.search(r"\d", text) is not None


_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-zA-Z]\)|§\s*\d+[a-z]?|[IVX]+\.)\s*")
_WORD = re.compile(r"[\wæøåÆØÅ]+")
_EMPTY_VALUES = {"", "-", "–", "—", "_", "__", "___", "...", "…", "n/a"}


@lru_cache(maxsize=4096)
def _is_heading(text: str, max_words: int) -> bool:
    body = _NUMBERING.sub("", text).strip()
    if re.search(r":\s*\S", body) or body.endswith((".", "!", "?")):
        return False
    if any(ch.isdigit() for ch in body):
        return False
    return len(_WORD.findall(body)) <= max_words


def _row_value(line: Line) -> str:
    cells = line.cells or ()
    return " | ".join(c.strip() for c in cells[1:] if c.strip()).strip()


def _has_value(line: Line) -> bool:
    return _row_value(line).strip(" .:_").lower() not in _EMPTY_VALUES


def _evidence(line: Line, note: str) -> Evidence:
    return Evidence(page=line.page, text=line.text, bbox=line.bbox, note=note)


_PARTIES_BODY = re.compile(r"(?:between|mellom)\b", re.IGNORECASE)


@cache
def _undetermined_regex() -> re.Pattern[str] | None:
    phrases = [p for ps in _patterns().undetermined.values() for p in ps]
    return compile_phrases(phrases) if phrases else None


@lru_cache(maxsize=4096)  # asked for every line once per clause and signal
def _undetermined(text: str) -> bool:
    """ "Place of work to be agreed later": names the clause but states nothing (no number either)."""
    rx = _undetermined_regex()
    return rx is not None and rx.search(text) is not None and not re.search(r"\d", text)


def _clause_lines(lines: list[Line], name: str, max_words: int) -> list[tuple[int, str]]:
    """(line index, matched cue) for each line that states the clause."""
    rx, unless = _regex("clause", name)
    cue_set = _patterns().clauses[name]
    match_values = cue_set.match_values
    found: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if name != "parties_employer" and line.block in ("header", "footer"):
            continue
        if line.cells:
            label = line.cells[0]
            other_topic = _unless_label(name)
            if other_topic is not None and other_topic.search(label):
                continue
            m = rx.search(label)
            if m is None and match_values:
                m = rx.search(_row_value(line))
                label = _row_value(line)
            if (
                not m
                or (unless and unless.search(label))
                or not _has_value(line)
                or _undetermined(_row_value(line))
            ):
                continue
            if not _numbers_ok(cue_set, _row_value(line)):
                continue
            found.append((i, m.group(0)))
            continue
        text = line.text
        if _undetermined(text):
            continue
        for m in rx.finditer(text):
            if unless and any(
                u.start() <= m.start() < u.end() or m.start() <= u.start() < m.end()
                for u in unless.finditer(text)
            ):
                continue
            if name.startswith("parties_") and not _is_heading(text, max_words):
                # In prose a party is named as "Employer: …" or in a sentence "between … and …", which may run
                # over the next two lines; a heading ("2. Arbeidstaker") is followed by its "Name | …" row.
                after = text[m.end() :]
                window = " ".join(ln.text for ln in lines[max(0, i - 2) : i + 1])
                if not (re.match(r"\s*(?:\([^)]*\))?\s*:\s*\S", after) or _PARTIES_BODY.search(window)):
                    continue
            if not _numbers_ok(cue_set, text):
                continue
            if (
                m.group(0).lower() in _label_only(name)
                and not _is_heading(text, max_words)
                and not re.match(r"\s*(?:\([^)]*\))?\s*:\s*\S", text[m.end() :])
            ):
                continue  # a generic word ("position", "stilling") in prose does not state the clause
            if _is_heading(text, max_words):
                following = _next_body_line(lines, i, max_words)
                if following is None:
                    continue
                found.append((following, m.group(0)))
                break
            else:
                found.append((i, m.group(0)))
            break
    return found


_SALUTATION = re.compile(
    r"^\s*(?:(?:dear|kjære|kjaere|hei|hi|hello)\s+|(?:til|to)\s*:\s*)(?:(?:mr|mrs|ms|dr)\.?\s+)?[A-ZÆØÅ][\w\-]+",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-ZÆØÅ][a-zæøåéèüöäç\-]+(?:\s+[A-ZÆØÅ][a-zæøåéèüöäç\-]+){1,3}$"
)
_LEGAL_FORM = re.compile(r"\b(?:AS|ASA|ANS|DA|SA|BA|KS|NUF|Ltd|Limited|GmbH|AB|Inc|LLC|plc)\b")


def _addressee(lines: list[Line]) -> list[tuple[int, str]]:
    """The employee named in a letter: a salutation ("Dear Daniel", "Til: …") or the address block at the top
    (a name line followed by a line with a street number or postcode)."""
    for i, line in enumerate(lines):
        if line.cells or line.block != "body":
            continue
        m = _SALUTATION.match(line.text)
        if m:
            return [(i, "salutation")]
        if i < 15 and _NAME_LINE.match(line.text.strip()) and not _LEGAL_FORM.search(line.text):
            nxt = lines[i + 1].text if i + 1 < len(lines) else ""
            if re.search(r"\d", nxt) and not _NUMBERING.match(line.text):
                return [(i, "address block")]
    return []


def _next_body_line(lines: list[Line], i: int, max_words: int) -> int | None:
    """The content under a bare heading: the next body line, or a generic "Address | …" row right after it."""
    j = i + 1
    if j >= len(lines):
        return None
    nxt = lines[j]
    if nxt.cells:
        generic = generic_label_regex()
        if generic is not None and _has_value(nxt) and generic.fullmatch(nxt.cells[0].strip(" :")):
            return j
        return None
    if nxt.block == "body" and not _is_heading(nxt.text, max_words):
        return j
    return None


@cache
def generic_label_regex() -> re.Pattern[str] | None:
    """Keys that say nothing of the topic ("Navn", "Adresse"): under a heading, their row gives its value."""
    labels = _patterns().generic_row_labels
    return compile_phrases(labels) if labels else None


def _signal_lines(lines: list[Line], name: str) -> list[tuple[int, str]]:
    rx, unless = _regex("signal", name)
    found = []
    for i, line in enumerate(lines):
        if line.cells and not _has_value(line):
            continue
        text = line.text
        if _undetermined(text):
            continue
        for m in rx.finditer(text):
            if unless and any(u.start() <= m.start() < u.end() for u in unless.finditer(text)):
                continue
            found.append((i, m.group(0)))
            break
    return found


# --------------------------------------------------------------------------- numbers the law limits

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "en": 1,
    "ett": 1,
    "ein": 1,
    "eitt": 1,
    "éin": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "sju": 7,
    "syv": 7,
    "åtte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
}
_NUM = r"(\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_DURATION = re.compile(
    _NUM + r"\s*(?:\(\s*\d+\s*\)\s*)?"
    r"(måneder|månader|måned|månad|mnd\.?|months?|uker|veker|uke|veke|weeks?|dager|dagar|days?)s?\b",
    re.IGNORECASE,
)
_HALF_YEAR = re.compile(
    r"(?:et|eit|a|one)?\s*(?:halvt år|half a year|half year|6-month|six-month)", re.IGNORECASE
)


def _num(token: str) -> float:
    token = token.lower()
    return float(_NUMBER_WORDS[token]) if token in _NUMBER_WORDS else float(token.replace(",", "."))


def probation_months(text: str) -> float | None:
    """The first duration stated after the probation cue, in months (weeks / 4.345, days / 30.4)."""
    m = _DURATION.search(text)
    if m:
        n, unit = _num(m.group(1)), m.group(2).lower()
        if unit.startswith(("m",)):
            return n
        if unit.startswith(("u", "v", "w")):
            return round(n / 4.345, 2)
        return round(n / 30.4, 2)
    if _HALF_YEAR.search(text):
        return 6.0
    return None


_HOURS = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:timer|timar|hours?|hrs?\.?|t\b|h\b)", re.IGNORECASE)
_WEEK_CUE = re.compile(r"uke|veke|week|ukentlig|vekentleg|weekly|vekearbeidstid|i uka|i veka", re.IGNORECASE)
_DAY_CUE = re.compile(r"daglig|dagleg|daily|per dag|pr\.? dag|a day|per day|om dagen|i døgnet", re.IGNORECASE)
_RANGE = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*(?:-|–|til|to)\s*(\d{1,2})[:.](\d{2})\b")


def working_hours_values(text: str) -> dict[str, float]:
    """weekly / daily hours stated in one line; ``daily_span`` from a clock range (may include breaks)."""
    out: dict[str, float] = {}
    for m in _HOURS.finditer(text):
        hours = float(m.group(1).replace(",", "."))
        context = text[max(0, m.start() - 40) : m.end() + 25]
        if _WEEK_CUE.search(context) and 1 <= hours <= 100 and "weekly" not in out:
            out["weekly"] = hours
        elif _DAY_CUE.search(context) and 1 <= hours <= 24 and "daily" not in out:
            out["daily"] = hours
    r = _RANGE.search(text)
    if r:
        start = int(r.group(1)) + int(r.group(2)) / 60
        end = int(r.group(3)) + int(r.group(4)) / 60
        if end > start:
            out["daily_span"] = round(end - start, 2)
    return out


# --------------------------------------------------------------------------- the scan


def scan_clauses(document: Document, fields: Fields | None = None) -> ClauseScan:
    """Clause and signal hits for a document. ``fields`` (optional) add evidence the extractors already found."""
    lines = document.lines()
    max_words = _patterns().heading_max_words
    hits: dict[str, ClauseHit] = {}

    def hit_from(found: list[tuple[int, str]], what: str) -> ClauseHit:
        if not found:
            return ClauseHit()
        seen: set[int] = set()
        evidence = []
        for i, cue in found:
            if i in seen:
                continue
            seen.add(i)
            evidence.append(_evidence(lines[i], f"{what} cue '{cue}'"))
        return ClauseHit(present=True, evidence=evidence[:3])

    for name in SIGNALS:
        hits[name] = hit_from(_signal_lines(lines, name), "signal")
    raw = {name: _clause_lines(lines, name, max_words) for name in _patterns().clauses}
    for name in CLAUSES:
        if name == "parties":
            employer, employee = raw["parties_employer"], raw["parties_employee"] + _addressee(lines)
            from_field = (
                fields.employer if fields is not None and fields.employer.value and not employer else None
            )
            if (employer or from_field) and employee:
                hit = hit_from(employer + employee, "clause")
                if from_field is not None and from_field.evidence:
                    note = "employer from the employer field"
                    hit.evidence.insert(0, from_field.evidence[0].model_copy(update={"note": note}))
                hits[name] = hit
            else:
                hits[name] = ClauseHit()
            continue
        hits[name] = hit_from(raw[name], "clause")

    _add_field_evidence(hits, fields)
    _read_numbers(hits, lines, raw)
    _temporary(hits, fields)
    return ClauseScan(hits=hits)


def _add_field_evidence(hits: dict[str, ClauseHit], fields: Fields | None) -> None:
    """A value the field extractors found with confidence also proves its clause is stated."""
    if fields is None:
        return
    pairs: dict[str, ExtractedField[Any]] = {
        "work_location": fields.work_location,
        "job_title": fields.job_title,
        "start_date": fields.start_date,
        "salary": fields.salary,
    }
    for clause, field in pairs.items():
        hit = hits[clause]
        if not hit.present and field.value is not None and field.confidence >= 0.6 and field.evidence:
            ev = field.evidence[0]
            hits[clause] = ClauseHit(
                present=True, evidence=[ev.model_copy(update={"note": f"from the {clause} field"})]
            )


def _read_numbers(
    hits: dict[str, ClauseHit], lines: list[Line], raw: dict[str, list[tuple[int, str]]]
) -> None:
    if hits["probation"].present:
        for i, cue in raw["probation"]:
            text = lines[i].text
            pos = text.lower().find(cue.lower())
            # Prose wraps: "… a probation period of six" / "months." — read on into the next line, then back.
            nxt = lines[i + 1].text if i + 1 < len(lines) and not lines[i + 1].cells else ""
            prev = lines[i - 1].text if i > 0 and not lines[i - 1].cells else ""
            months = probation_months(text[pos:] + " " + nxt) if pos >= 0 else None
            if months is None:  # "seks måneders prøvetid": the length comes first
                months = probation_months(text) or probation_months(prev + " " + text)
            if months is not None:
                hits["probation"].values["months"] = months
                break
    if hits["working_hours"].present:
        values: dict[str, float] = {}
        for i, _cue in raw["working_hours"]:
            line = lines[i]
            text = line.text if not line.cells else " ".join(line.cells)
            for key, value in working_hours_values(text).items():
                values.setdefault(key, value)
        # A row labelled "weekly working hours" may give only "37,5 timer".
        for i, _cue in raw["working_hours"]:
            line = lines[i]
            if line.cells and "weekly" not in values and _WEEK_CUE.search(line.cells[0]):
                m = _HOURS.search(_row_value(line)) or re.search(r"(\d{1,2}(?:[.,]\d)?)", _row_value(line))
                if m:
                    values["weekly"] = float(m.group(1).replace(",", "."))
            if line.cells and "daily" not in values and _DAY_CUE.search(line.cells[0]):
                m = _HOURS.search(_row_value(line))
                if m:
                    values["daily"] = float(m.group(1).replace(",", "."))
        hits["working_hours"].values.update(values)


def _temporary(hits: dict[str, ClauseHit], fields: Fields | None) -> None:
    """Temporary when an end date was read, or a temporary cue is stated and no permanent one overrides it."""
    end = fields.end_date.value if fields is not None else None
    temporary = hits["temporary"]
    if end is not None:
        ev = fields.end_date.evidence[:1] if fields is not None else []
        temporary.present = True
        temporary.evidence = temporary.evidence + list(ev)
        temporary.note = f"end date {end.isoformat()}"
        if not hits["duration"].present:
            hits["duration"] = ClauseHit(present=True, evidence=list(ev), note="from the end_date field")
    elif temporary.present and hits["permanent"].present:
        temporary.present = False
        temporary.note = "temporary and permanent cues both found; no end date: treated as permanent"
    start = fields.start_date.value if fields is not None else None
    if start is not None and end is not None:
        days = (end - start).days
        if days > 0:
            temporary.values["months"] = round(days / 30.44, 2)
    if temporary.present and "months" not in temporary.values:
        # The end date or length from the duration clause itself ("til 31. august 2026", "for six months").
        from analyzer.extract.dates import find_dates

        for line_ev in hits["duration"].evidence:
            later = [d.value for d in find_dates(line_ev.text) if start is not None and d.value > start]
            if later:
                temporary.values["months"] = round((max(later) - start).days / 30.44, 2)  # type: ignore[operator]
                temporary.values["end_ordinal"] = max(later).toordinal()
                temporary.evidence.append(line_ev)
                break
            months = probation_months(line_ev.text)
            if months is not None:
                temporary.values["months"] = months
                break


def end_date_from_clauses(scan: ClauseScan) -> tuple[dt.date | None, Evidence | None]:
    """The end of a temporary post read from its duration clause, when the end_date field found none."""
    temporary = scan.get("temporary")
    ordinal = temporary.values.get("end_ordinal")
    if ordinal is None:
        return None, None
    return dt.date.fromordinal(int(ordinal)), (temporary.evidence[-1] if temporary.evidence else None)
