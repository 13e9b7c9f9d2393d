"""Extractors turn a Document into typed Fields, each with evidence, confidence and runners-up."""

from __future__ import annotations

from analyzer.model import Document, Evidence, ExtractedField, ExtractionSettings, Fields


def extract_fields(
    document: Document, language: str | None = None, settings: ExtractionSettings | None = None
) -> Fields:
    """Every field, with evidence. ``settings`` carry the legal figures extraction needs, from the rule packs in
    force (the pipeline builds them with :func:`analyzer.rules.settings.extraction_settings`); without them a
    value that needs such a figure (a percentage from weekly hours) is not worked out, and its note says so."""
    settings = settings or ExtractionSettings()
    full_time = settings.full_time_hours
    # Imported here so that `offercheck --help` does not pay for spaCy.
    from analyzer.extract.base import Context
    from analyzer.extract.degree import extract_degree
    from analyzer.extract.employment_dates import extract_dates
    from analyzer.extract.language import detect_language
    from analyzer.extract.parties import extract_employer, extract_org_number
    from analyzer.extract.place import extract_work_location
    from analyzer.extract.salary import annual_amount, extract_salary
    from analyzer.extract.title import extract_job_title
    from analyzer.extract.workload import extract_position_percentage, extract_weekly_hours

    ctx = Context.build(document, language or detect_language(document))
    fields = Fields()
    fields.employer = extract_employer(ctx)
    fields.employer_org_number = extract_org_number(ctx, fields.employer)
    fields.job_title = extract_job_title(ctx)
    fields.weekly_hours = extract_weekly_hours(ctx)
    fields.position_percentage = extract_position_percentage(ctx, fields.weekly_hours, full_time)
    fields.salary = extract_salary(ctx, full_time)
    fields.start_date, fields.end_date = extract_dates(ctx)
    fields.work_location = extract_work_location(ctx)
    fields.degree_required = extract_degree(ctx)
    salary = fields.salary.value
    if salary is not None and salary.currency == "NOK":
        hours = fields.weekly_hours.value if salary.period == "hour" else None
        yearly = annual_amount(salary, hours, full_time)
        if yearly is None:
            fields.annual_salary_nok = ExtractedField[float](
                note="hourly pay, but no weekly hours are stated and no rule pack gives full-time hours in force "
                "on that date: the yearly pay is not worked out"
            )
            return fields
        total, arithmetic = yearly
        source = fields.salary.evidence[0] if fields.salary.evidence else None
        confidence = fields.salary.confidence
        if salary.period == "hour" and hours is None:
            confidence *= 0.7
        fields.annual_salary_nok = ExtractedField[float](
            value=round(total, 2),
            confidence=round(confidence, 3),
            evidence=[
                Evidence(
                    page=source.page if source else 1, text=source.text if source else "", note=arithmetic
                )
            ],
            conflict=fields.salary.conflict,
        )
    return fields
