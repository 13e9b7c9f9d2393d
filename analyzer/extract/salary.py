"""Base pay: amount, currency and period, from labelled values first and running text second.

Amounts next to bonus, relocation, pension, holiday-pay or overtime wording are demoted, never taken as pay.
The currency is the one the document writes, never assumed: "kr" is decided by the document's language (see
:func:`analyzer.extract.money.document_currency`), a number with no currency mark is NOK only in a Norwegian
document, and otherwise the salary's currency is None (not stated), which the checks turn into a review.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, partial

from analyzer.extract.base import Context, Proposal, Segment, label_windows, resolve
from analyzer.extract.money import (
    DocumentCurrency,
    Money,
    document_currency,
    find_bare_numbers,
    find_money,
    iter_money,
    mark_in,
)
from analyzer.model import ExtractedField, Salary
from analyzer.resources.lexicon import (
    cue_regex,
    label_regex,
    period_before_regex,
    period_regex,
    phrases_regex,
)

_LABEL_PERIOD = {"salary_year": "year", "salary_month": "month", "salary_hour": "hour", "salary": None}


@cache
def _includes_extras() -> re.Pattern[str]:
    """ "kr 600 000 inkl. feriepenger", "including holiday pay": the figure holds more than base pay. The words are
    data: ``phrases.salary_includes`` then, within two words, ``phrases.salary_extras``."""
    includes, extras = phrases_regex("salary_includes").pattern, phrases_regex("salary_extras").pattern
    return re.compile(rf"(?:{includes})\s+(?:\w+\s+){{0,2}}?(?:{extras})", re.IGNORECASE)


_PERIOD_FACTOR = {"year": 1.0, "month": 12.0}
# An amount followed by a second one after a dash or "to": the lower bound of a band or range.
_RANGE_NEXT = re.compile(r"\s*(?:-|–|—|to|til)\s*(?:NOK|kr\.?|kroner)?\s*\d", re.IGNORECASE)
TOTAL_BONUS = 0.06
"""A labelled figure named as the total ("Total CTC", "Samlet årslønn") beats the components beside it."""
COMPONENT_PENALTY = 0.2
"""A component ("Basic Salary", "Grunnlønn") when the document also states a total: the total is the offer."""
# A four-digit number with no mark that reads as a year ("Employees' Compensation Act, 1923") is no pay.
_YEAR_SHAPE = re.compile(r"(?:19|20)\d\d")
_SENTENCE_START = re.compile(r"(?<=[.;!?])\s+(?=[A-ZÆØÅ])")
MAX_CANDIDATES = 100
"""Pay figures weighed at most, labelled first, in document order. An offer states its pay a few times; a text with
thousands of amounts is no single offer, and weighing them all would cost seconds for nothing."""
CAPPED_NOTE = (
    f"more than {MAX_CANDIDATES} pay figures in the document: only the first {MAX_CANDIDATES} were weighed; "
    "check the salary by hand"
)


def extract_salary(ctx: Context, full_time_hours: float | None = None) -> ExtractedField[Salary]:
    """``full_time_hours`` (rule packs in force) lets an hourly and a yearly figure be recognised as the same pay."""
    proposals: list[Proposal[Salary]] = []
    components: list[Proposal[Salary]] = []
    has_total = False
    not_pay = cue_regex("not_base_pay")
    total_rx, component_rx = phrases_regex("salary_total"), phrases_regex("salary_component")
    used: set[tuple[int, float]] = set()
    doc = document_currency(ctx.language, ctx.document.text)
    for concept, label_period in _LABEL_PERIOD.items():
        base = 0.9 if label_period else 0.8
        if len(proposals) >= MAX_CANDIDATES:
            break
        for window in label_windows(ctx, label_regex(concept), span=120):
            if len(proposals) >= MAX_CANDIDATES:
                break
            # A pay label inside a bonus/pension/overtime phrase ("tillegg til lønn") is not the pay itself.
            seg = window.label_segment
            head = seg.text[: seg.text.find(window.label_text)] if window.label_text in seg.text else ""
            # Only the label's own sentence: "Fast tillegg kr 30 000. Samlet årslønn …" is not a supplement.
            head = _SENTENCE_START.split(head)[-1]
            if not_pay.search(head[-40:]) or not_pay.search(window.label_text):
                continue
            money = _first_money(window.text, window.same_segment)
            column = _table_column(ctx, seg, label_period)
            if column is not None:
                # A table with period columns ("Component | Monthly | Annual"): the cell under the column of the
                # label's period, else the first with an amount, and that column's period.
                money, column_period, cell_text = column
                window = replace(window, text=cell_text, same_segment=True, line_indices=[seg.line_index])
            if money is None:
                continue
            gap = window.text[: money.start]
            if not_pay.search(gap):
                continue
            period = (
                (column[1] if column is not None else None)
                or label_period
                or money.period
                or _period_after(window.text, money.end)
                or _period_from_magnitude(money.amount)
            )
            if period is None:
                continue
            score = base
            if _RANGE_NEXT.match(window.text, money.end):
                score -= 0.3  # "NOK 640,000 – 720,000": a salary band's bound, not the pay offered
            if head.count("(") > head.count(")"):
                score -= (
                    0.3  # inside a parenthetical remark: "(tilsvarer årslønn kr 650 000 i 100 % stilling)"
                )
            line_index = window.line_indices[0] if window.same_segment else window.line_indices[-1]
            if money.marked:
                currency = doc.decide(money)
            else:
                # No mark by the number: a table's header may name it ("Annual (Rs.)"), else the document decides
                # (NOK in a Norwegian document only). A bare number is less sure to be the pay: lower score.
                currency = _header_currency(ctx, line_index, doc) or doc.decide(money)
                score -= 0.1
            if phrases_regex("salary_not_pay_doc").search(window.text[money.end : money.end + 60]):
                score -= 0.4  # "Honorar: 1 650 NOK per time ekskl. mva.": an invoiced fee, not a wage
            if label_period and (after := _period_after(window.text, money.end)) and after != label_period:
                score -= 0.3  # "Årslønn: kr 54 000 per måned" contradicts itself
            note = f"after label '{window.label_text}'"
            if _includes_extras().search(window.text[money.end : money.end + 45]):
                # "kr 600 000 inkl. feriepenger": whether UDI counts holiday pay or bonus is not confirmed.
                score = min(score, 0.55)
                note += "; stated as including holiday pay, bonus or overtime: base pay not given separately"
            # What the label calls the figure: its cell, or the words just before the label in running text.
            named = (seg.text if seg.cell is not None else head[-25:]) + " " + window.label_text
            is_total = bool(total_rx.search(named))
            if is_total:
                score += TOTAL_BONUS
                has_total = True
            used.add((line_index, money.amount))
            proposal = Proposal(
                Salary(amount=money.amount, currency=currency, period=period),  # type: ignore[arg-type]
                score,
                [ctx.evidence(line_index, note=note, focus=window.label_text)],
            )
            proposals.append(proposal)
            if not is_total and component_rx.search(named):
                components.append(proposal)
    if has_total:
        for proposal in components:
            proposal.score = round(proposal.score - COMPONENT_PENALTY, 3)
    # Commission-only pay: amounts in running text are sales targets or examples, not a salary.
    commission = phrases_regex("salary_commission_only").search(ctx.document.text)
    if commission is None:
        proposals.extend(_free_text(ctx, used, doc, MAX_CANDIDATES - len(proposals)))
    if not proposals:
        return resolve([], note=_no_amount_note(ctx, commission))
    cap_note = CAPPED_NOTE if len(proposals) >= MAX_CANDIDATES else None
    return resolve(proposals, same=partial(_same_pay, full_time_hours=full_time_hours), note=cap_note)


def _no_amount_note(ctx: Context, commission: re.Match[str] | None) -> str | None:
    """Why no salary was read although the document speaks of pay: commission only, or a pay scale step with no
    amount ("lønnstrinn 62", "stillingskode 1108"), which the reader has to look up in the scale."""
    if commission is not None:
        return f"pay is stated as commission only ('{commission.group(0)}'): no base salary"
    scale = phrases_regex("salary_pay_scale")
    for line in ctx.lines:
        if (m := scale.search(line.text)) and re.match(r"\s*(?:nr\.?|no\.?|:)?\s*\d", line.text[m.end() :]):
            step = re.match(r"\W*\d+", line.text[m.end() :])
            return f"pay given as a pay-scale step ('{m.group(0)}{step.group(0) if step else ''}') with no amount"
    return None


@cache
def _pay_scale_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{phrases_regex('salary_pay_scale').pattern})\W{{0,6}}$", re.IGNORECASE)


def _after_pay_scale(text: str, start: int) -> bool:
    """The number is a pay-scale step or position code ("lønnstrinn 62", "ltr. 55", "salary point 7")."""
    return bool(_pay_scale_before().search(text[max(0, start - 30) : start]))


def _first_money(text: str, same_segment: bool) -> Money | None:
    limit = 60 if same_segment else 40
    for money in iter_money(text):  # one by one: a window may hold many amounts, only the first few count
        if money.start > limit:
            break
        if money.amount >= 20:
            return money
    for money in find_bare_numbers(text[:30]):
        raw = text[money.start : money.end].strip()
        if _YEAR_SHAPE.fullmatch(raw) or _after_pay_scale(text, money.start):
            continue  # "Compensation Act, 1923", "Lønn: stillingskode 1108"
        if money.amount >= 100:
            return money
    return None


# How often pay is paid out is not the period of the amount: "NOK 612,000, paid monthly", "kr 52 000, utbetales
# den 20. hver måned". A period word after one of these says nothing about the amount before it.


def _period_after(text: str, end: int) -> str | None:
    tail = text[end : end + 30]
    payout = phrases_regex("salary_payout").search(tail)
    if payout:
        tail = tail[: payout.start()]
    best: tuple[int, str] | None = None
    for period, rx in period_regex().items():
        m = rx.search(tail)
        if m and m.start() <= 12 and (best is None or m.start() < best[0]):
            best = (m.start(), period)
    return best[1] if best else None


def _period_before(lead_in: str) -> str | None:
    """A pay compound just before the amount that names its period ("Jahresgehalt 65.000 EUR", "Månadslön")."""
    for period, rx in period_before_regex().items():
        if rx.search(lead_in[-30:]):
            return period
    return None


def _table_column(ctx: Context, seg: Segment, label_period: str | None) -> tuple[Money, str, str] | None:
    """The amount in the column of a period table that fits the label's row: (money, column period, cell)."""
    cells = seg.line.cells
    if seg.cell is None or cells is None:
        return None
    columns: list[str | None] | None = None
    for i in range(seg.line_index - 1, max(-1, seg.line_index - 12), -1):
        header = ctx.lines[i].cells
        if header is None or len(header) != len(cells):
            break
        found = [_cell_period(c) for c in header]
        if any(found):
            columns = found
            break
    if columns is None:
        return None
    picks: list[tuple[Money, str, str]] = []
    for k in range(seg.cell + 1, len(cells)):
        period = columns[k]
        money = _first_money(cells[k], True)
        if period is not None and money is not None:
            picks.append((money, period, cells[k]))
    if not picks:
        return None
    wanted = label_period or "year"
    return next((p for p in picks if p[1] == wanted), picks[0])


def _cell_period(text: str) -> str | None:
    for period, rx in period_regex().items():
        if rx.search(text):
            return period
    return None


def _header_currency(ctx: Context, line_index: int, doc: DocumentCurrency) -> str | None:
    """The currency a table's header row names for its figures ("Monthly (Rs.) | Annual (Rs.)", "Beløp i NOK")."""
    if ctx.lines[line_index].cells is None:
        return None
    for i in range(line_index - 1, max(-1, line_index - 12), -1):
        line = ctx.lines[i]
        mark = mark_in(line.text)
        if mark is not None:
            return doc.decide(mark)
        if line.cells is None:
            break  # the caption right above the table was the last place to look
    return None


def _period_from_magnitude(amount: float) -> str | None:
    if amount >= 150_000:
        return "year"
    if 15_000 <= amount < 150_000:
        return "month"
    if 80 <= amount < 2_000:
        return "hour"
    return None


def _free_text(
    ctx: Context, used: set[tuple[int, float]], doc: DocumentCurrency, limit: int
) -> list[Proposal[Salary]]:
    """Currency amounts in running text, scored by the cue words of their own clause; at most ``limit``."""
    out: list[Proposal[Salary]] = []
    if limit <= 0:
        return out
    not_pay, base_pay = cue_regex("not_base_pay"), cue_regex("base_pay")
    fee_doc = phrases_regex("salary_not_pay_doc")
    for i, line in enumerate(ctx.lines):
        if line.block in ("header", "footer"):
            continue
        if len(out) >= limit:
            break
        for money in find_money(line.text):
            if len(out) >= limit:
                break
            if not money.marked or (i, money.amount) in used:
                continue
            period = _period_after(line.text, money.end) or money.period
            # Small amounts are noise, except an hourly rate that says so ("18,50 € pro Stunde").
            if money.amount < 50 and not (period == "hour" and money.amount >= 10):
                continue
            cues = ctx.cues_near(i, money.start, money.end)
            score = 0.35
            if "base_pay" in cues:
                score += 0.25
            if period:
                score += 0.1
            # The clause may be cut at a colon: "Relocation allowance: NOK 60,000, paid with your first salary".
            # A lead-in naming pay too ("Lønn og godtgjørelse: kr 575 000") is not demoted for it.
            lead_in = line.text[max(0, money.start - 40) : money.start]
            if not lead_in.strip() and i > 0 and len(ctx.lines[i - 1].text.split()) <= 4:
                lead_in = ctx.lines[i - 1].text  # the amount alone under its label: "Honorar" / "1 650 NOK"
            if "not_base_pay" in cues or (not_pay.search(lead_in) and not base_pay.search(lead_in)):
                score -= 0.4
            following = ctx.lines[i + 1].text if i + 1 < len(ctx.lines) else ""
            if fee_doc.search(line.text[money.end :]) or fee_doc.search(following):
                score -= 0.4  # invoiced "eks. mva" / "excluding VAT": a consultancy fee, not a wage
            if _RANGE_NEXT.match(line.text, money.end):
                score -= 0.3
            period = period or _period_before(lead_in)
            if period is None and "base_pay" not in cues:
                continue  # no pay word and no period: a sum in a heading or a grant ("TILSKUDD … KR 100 000")
            period = period or _period_from_magnitude(money.amount)
            if period is None or score < 0.3:
                continue
            out.append(
                Proposal(
                    Salary(amount=money.amount, currency=doc.decide(money), period=period),  # type: ignore[arg-type]
                    round(score, 3),
                    [ctx.evidence(i, note="amount in running text")],
                )
            )
    return out


def annual_amount(
    salary: Salary, weekly_hours: float | None, full_time_hours: float | None = None
) -> tuple[float, str] | None:
    """Yearly pay and the arithmetic that gave it, for the evidence. An hourly wage needs the weekly hours, or the
    full-time hours of the rule packs in force; with neither, None (the caller says why)."""
    if salary.period == "year":
        return salary.amount, f"{salary.amount:,.2f} per year".replace(",", " ")
    if salary.period == "month":
        total = salary.amount * 12
        return total, f"{salary.amount:,.2f} × 12 months = {total:,.2f}".replace(",", " ")
    hours = weekly_hours or full_time_hours
    if not hours:
        return None
    total = salary.amount * hours * 52
    assumed = "" if weekly_hours else f" ({hours:g} h/week full-time assumed: no weekly hours stated)"
    return total, f"{salary.amount:,.2f} × {hours:g} h/week × 52 weeks = {total:,.2f}{assumed}".replace(
        ",", " "
    )


def _same_pay(a: Salary, b: Salary, full_time_hours: float | None = None) -> bool:
    if a.currency != b.currency:
        return False
    factors = {**_PERIOD_FACTOR, **({"hour": full_time_hours * 52} if full_time_hours else {})}
    if a.period == b.period:
        ya, yb = a.amount, b.amount
    elif a.period in factors and b.period in factors:
        ya, yb = a.amount * factors[a.period], b.amount * factors[b.period]
    else:  # an hourly and a yearly figure cannot be compared without full-time hours
        return False
    return abs(ya - yb) <= max(ya, yb) * 0.01
