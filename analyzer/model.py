"""Data shapes shared by every stage: the document model, extracted fields, findings and the report.

The report models are the public JSON contract (``offercheck schema`` exports them); change them only with
a ``SCHEMA_VERSION`` bump and a CHANGELOG entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points from the page's top-left corner."""

Block = Literal["body", "header", "footer", "table"]
Language = Literal[
    "en", "nb", "nn", "sv", "da", "de", "other"
]  # only en/nb/nn are read; see extract/language.py
READ_LANGUAGES: tuple[Language, ...] = ("en", "nb", "nn")
"""The languages offercheck reads; a document in any other gets a review note (rules) and a warning."""

# ISO 639-1 codes the detector gives, as "sv", "da", "de" or "other"; the names are for messages.
LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    "en": ("English", "engelsk"),
    "nb": ("Norwegian bokmål", "bokmål"),
    "nn": ("Norwegian nynorsk", "nynorsk"),
    "sv": ("Swedish", "svensk"),
    "da": ("Danish", "dansk"),
    "de": ("German", "tysk"),
    "other": ("a language offercheck does not read", "et språk offercheck ikke leser"),
    "ru": ("Russian", "russisk"),
    "uk": ("Ukrainian", "ukrainsk"),
    "pl": ("Polish", "polsk"),
    "lt": ("Lithuanian", "litauisk"),
    "lv": ("Latvian", "latvisk"),
    "et": ("Estonian", "estisk"),
    "fi": ("Finnish", "finsk"),
    "is": ("Icelandic", "islandsk"),
    "nl": ("Dutch", "nederlandsk"),
    "fr": ("French", "fransk"),
    "es": ("Spanish", "spansk"),
    "pt": ("Portuguese", "portugisisk"),
    "it": ("Italian", "italiensk"),
    "ro": ("Romanian", "rumensk"),
    "cs": ("Czech", "tsjekkisk"),
    "sk": ("Slovak", "slovakisk"),
    "hu": ("Hungarian", "ungarsk"),
    "hr": ("Croatian", "kroatisk"),
    "sr": ("Serbian", "serbisk"),
    "bg": ("Bulgarian", "bulgarsk"),
    "el": ("Greek", "gresk"),
    "tr": ("Turkish", "tyrkisk"),
    "ar": ("Arabic", "arabisk"),
    "fa": ("Persian", "persisk"),
    "zh": ("Chinese", "kinesisk"),
    "ja": ("Japanese", "japansk"),
    "ko": ("Korean", "koreansk"),
    "vi": ("Vietnamese", "vietnamesisk"),
    "th": ("Thai", "thai"),
    "tl": ("Filipino", "filippinsk"),
    "hi": ("Hindi", "hindi"),
    "id": ("Indonesian", "indonesisk"),
}


def language_name(code: str, lang: str = "en") -> str:
    """The language's name in English (``lang="en"``) or bokmål, for messages; the code itself if unknown."""
    names = LANGUAGE_NAMES.get(code)
    return code if names is None else names[0 if lang == "en" else 1]


Status = Literal["pass", "fail", "missing", "review", "info"]
Verdict = Literal["compliant", "non_compliant", "incomplete", "error"]
Scope = Literal["udi", "contract"]


# --------------------------------------------------------------------------- document model (readers)


class Line(BaseModel):
    """One visual line of text, or one table row (then ``cells`` holds the cell texts)."""

    model_config = ConfigDict(frozen=True)

    text: str
    page: int
    bbox: BBox | None = None
    block: Block = "body"
    cells: tuple[str, ...] | None = None
    ocr_confidence: float | None = None


class Page(BaseModel):
    number: int
    width: float | None = None
    height: float | None = None
    lines: list[Line] = Field(default_factory=list)
    ocr: bool = False
    ocr_confidence: float | None = None


class Document(BaseModel):
    """What every reader produces: pages of normalised lines, nothing format-specific."""

    name: str
    kind: Literal["pdf", "docx", "text"]
    pages: list[Page] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines())


# --------------------------------------------------------------------------- extracted fields


class Evidence(BaseModel):
    page: int
    text: str
    bbox: BBox | None = None
    note: str | None = Field(default=None, description="How the value was derived (label, arithmetic).")


T = TypeVar("T")


class Candidate(BaseModel, Generic[T]):
    value: T
    confidence: float
    evidence: list[Evidence] = Field(default_factory=list)


class ExtractedField(BaseModel, Generic[T]):
    """A value with how sure we are and where it came from; ``value`` is None when nothing was found."""

    value: T | None = None
    confidence: float = 0.0
    evidence: list[Evidence] = Field(default_factory=list)
    candidates: list[Candidate[T]] = Field(
        default_factory=list, description="Runners-up, best first, when several candidates competed."
    )
    conflict: bool = Field(default=False, description="Two strong candidates disagree: needs review.")
    note: str | None = None


class Salary(BaseModel):
    amount: float
    currency: str | None = Field(
        default=None,
        description="ISO 4217 code as the document writes it; null when the document does not say which currency.",
    )
    period: Literal["year", "month", "hour"]


Degree = Literal["master", "bachelor", "vocational"]


class Fields(BaseModel):
    employer: ExtractedField[str] = Field(default_factory=ExtractedField[str])
    employer_org_number: ExtractedField[str] = Field(default_factory=ExtractedField[str])
    job_title: ExtractedField[str] = Field(default_factory=ExtractedField[str])
    position_percentage: ExtractedField[float] = Field(default_factory=ExtractedField[float])
    weekly_hours: ExtractedField[float] = Field(default_factory=ExtractedField[float])
    salary: ExtractedField[Salary] = Field(default_factory=ExtractedField[Salary])
    annual_salary_nok: ExtractedField[float] = Field(default_factory=ExtractedField[float])
    start_date: ExtractedField[dt.date] = Field(default_factory=ExtractedField[dt.date])
    end_date: ExtractedField[dt.date] = Field(default_factory=ExtractedField[dt.date])
    work_location: ExtractedField[str] = Field(default_factory=ExtractedField[str])
    degree_required: ExtractedField[Degree] = Field(default_factory=ExtractedField[Degree])


# --------------------------------------------------------------------------- extraction settings


@dataclass(frozen=True)
class ExtractionSettings:
    """Legal figures extraction needs, taken from the rule packs in force on ``--as-of`` (never written in code).

    ``full_time_hours`` turns weekly hours into a position percentage and an hourly wage into a yearly one; None
    means no rule pack gives a value in force on that date, and the extractors then say so instead of guessing.
    """

    full_time_hours: float | None = None
    as_of: dt.date | None = None


# --------------------------------------------------------------------------- clause scan (clauses)


class ClauseHit(BaseModel):
    """Whether a clause (or signal) was found, the lines it was read from, and any numbers read from them."""

    present: bool = False
    evidence: list[Evidence] = Field(default_factory=list)
    values: dict[str, float] = Field(default_factory=dict)
    note: str | None = None


class ClauseScan(BaseModel):
    """What the clause stage found: one hit per § 14-6 clause and per signal (see patterns/clauses.yaml)."""

    hits: dict[str, ClauseHit] = Field(default_factory=dict)

    def get(self, name: str) -> ClauseHit:
        return self.hits.get(name) or ClauseHit()

    def has(self, name: str) -> bool:
        return self.get(name).present

    def end_date(self) -> tuple[dt.date | None, Evidence | None]:
        """The end of a temporary post read from its duration clause (for when the end_date field found none)."""
        temporary = self.get("temporary")
        ordinal = temporary.values.get("end_ordinal")
        if ordinal is None:
            return None, None
        return dt.date.fromordinal(int(ordinal)), (temporary.evidence[-1] if temporary.evidence else None)

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


# --------------------------------------------------------------------------- findings and report


class Localized(BaseModel):
    en: str
    nb: str


class Reference(BaseModel):
    title: str
    url: str


class Finding(BaseModel):
    id: str
    field: str
    status: Status
    scope: Scope = "udi"
    message: Localized
    reference: Reference
    fix: Localized | None = None
    values: dict[str, Any] = Field(
        default_factory=dict, description="Rule values applied, each with effective date and source."
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="Where the document states what the finding is about (contract clauses).",
    )


class ErrorInfo(BaseModel):
    kind: str
    message: str


class RulesUsed(BaseModel):
    pack: str
    version: str
    as_of: dt.date
    overrides: list[str] = Field(default_factory=list)
    also: list[str] = Field(
        default_factory=list,
        description="Packs applied to every report as well (id@version): notes, contract...",
    )


class Report(BaseModel):
    schema_version: str = SCHEMA_VERSION
    file: str
    sha256: str | None = None
    language: Language | None = None
    permit: str = "skilled"
    permit_reason: str | None = Field(
        default=None, description="Why this permit profile was chosen (--permit auto)."
    )
    as_of: dt.date
    fields: Fields = Field(default_factory=Fields)
    findings: list[Finding] = Field(default_factory=list)
    verdict: Verdict
    rules: RulesUsed | None = None
    pages: int = 0
    warnings: list[str] = Field(default_factory=list)
    error: ErrorInfo | None = None
    seconds: float | None = None
    ocr_pages: list[int] = Field(
        default_factory=list, description="Pages read by OCR (no usable text layer)."
    )
    ocr_confidence: float | None = Field(
        default=None, description="Mean Tesseract word confidence (0-1) over the OCR'd pages."
    )
