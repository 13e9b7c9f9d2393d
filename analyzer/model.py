"""Data shapes shared by every stage: the document model, extracted fields, findings and the report.

The report models are the public JSON contract (``offercheck schema`` exports them); change them only with
a ``SCHEMA_VERSION`` bump and a CHANGELOG entry.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points from the page's top-left corner."""

Block = Literal["body", "header", "footer", "table"]
Language = Literal[
    "en", "nb", "nn", "sv", "da", "de", "other"
]  # only en/nb/nn are read; see extract/language.py
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
