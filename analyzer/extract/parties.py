"""The employer: its legal name and its organisation number (nine digits, mod-11 checked).

Offers name other companies too (a client, the user undertaking, the pension provider, a bank); the employer
is the one next to an employer label, in the parties clause, or in the letterhead, and its organisation
number is the valid one closest to it.
"""

from __future__ import annotations

import re
from functools import cache

from stdnum.no import orgnr

from analyzer.extract.base import Context, Proposal, label_windows, resolve
from analyzer.model import Candidate, ExtractedField
from analyzer.resources.lexicon import label_regex, lexicon


def _line_indices(ctx: Context, text: str) -> list[int]:
    return [i for i, line in enumerate(ctx.lines) if line.text == text]


_ORG = re.compile(r"(?<![\d+])(?:NO\s?)?(\d{3})[ .]?(\d{3})[ .]?(\d{3})(?:\s?MVA)?(?![\d])", re.IGNORECASE)
_EMPLOYER_ROLE = re.compile(
    r"\(\s*(?:heretter\s+(?:kalt\s+)?|hereinafter\s+(?:referred to as\s+)?|the\s+)?[\"'«“]?"
    r"(?:arbeidsgiver(?:en)?|arbeidsgivar(?:en)?|employer|the company|selskapet)[\"'»”]?\s*\)",
    re.IGNORECASE,
)
_CONNECTORS = {"og", "and", "&", "of", "for", "i", "på", "-"}


@cache
def _legal_name() -> re.Pattern[str]:
    forms = sorted(lexicon().legal_forms, key=len, reverse=True)
    upper = [re.escape(f) for f in forms if not f.islower()]
    lower = [re.escape(f) for f in forms if f.islower()]
    word = r"[A-ZÆØÅ0-9][\wÆØÅæøå&'’.\-]*"
    name = rf"(?:{word})(?:\s+(?:{word}|og|and|&|of|for)){{0,5}}?"
    return re.compile(
        rf"(?<![\wÆØÅæøå])(?P<name>{name}\s+(?:{'|'.join(upper)}|(?i:{'|'.join(lower)})))(?![\wÆØÅæøå])"
    )


@cache
def _public_body() -> re.Pattern[str]:
    bodies = lexicon().public_bodies
    suffix = "|".join(re.escape(x) for x in sorted(bodies["suffixes"], key=len, reverse=True))
    prefix = "|".join(re.escape(x) for x in sorted(bodies["prefixes"], key=len, reverse=True))
    place = r"[A-ZÆØÅ][\wæøåÆØÅ\-]+(?:\s+og\s+[A-ZÆØÅ][\wæøåÆØÅ\-]+)?"
    return re.compile(
        rf"(?<![\wÆØÅæøå])(?P<name>(?:{prefix})(?:\s+{place})?|[A-ZÆØÅ][\wæøå\-]*(?:{suffix})"
        rf"|[A-ZÆØÅ][\wæøå\-]+\s+(?:{suffix}))(?![\wÆØÅæøå])"
    )


def _employer_name(text: str) -> re.Match[str] | None:
    legal = _legal_name().search(text)
    public = _public_body().search(text)
    if legal and public:
        return legal if legal.start() <= public.start() else public
    return legal or public


def _clean(name: str) -> str:
    words = name.split()
    while words and (words[0].lower() in _CONNECTORS or words[0].lower() in ("mellom", "between", "firma")):
        words.pop(0)
    return " ".join(words).strip(" ,.;:")


def extract_employer(ctx: Context) -> ExtractedField[str]:
    proposals: list[Proposal[str]] = []
    legal = _legal_name()
    for window in label_windows(ctx, label_regex("employer", ctx.language), span=90, body_only=False):
        if window.same_segment and not re.match(r"\s*[:\-–]|\s*\(", window.text):
            continue  # "the employer will ..." is prose, not a key/value pair
        m = _employer_name(window.text[:70])
        line_index = window.line_indices[0] if window.same_segment else window.line_indices[-1]
        if m:
            proposals.append(
                Proposal(
                    _clean(m.group("name")), 0.9, [ctx.evidence(line_index, note="after employer label")]
                )
            )
        else:
            value = re.split(r"[,;|(]|\s{2,}| org| Org", window.text.lstrip(" :-–"))[0].strip()
            if 2 < len(value) <= 60 and value[:1].isupper() and not any(ch.isdigit() for ch in value[:3]):
                # No legal form: could be a signatory ("Arbeidsgiver | Siri Johansen"); never enough for a pass.
                proposals.append(
                    Proposal(value, 0.5, [ctx.evidence(line_index, note="after employer label")])
                )
    counts: dict[str, int] = {}
    for i, line in enumerate(ctx.lines):
        for m in [*legal.finditer(line.text), *_public_body().finditer(line.text)]:
            name = _clean(m.group("name"))
            if len(name.split()) < 2 and not _public_body().fullmatch(name):
                continue
            counts[name] = counts.get(name, 0) + 1
            after = line.text[m.end() : m.end() + 40]
            score = 0.45
            if _EMPLOYER_ROLE.match(after.lstrip(" ,")):
                score = 0.92
            elif line.block == "header" or (line.page == 1 and i < 4):
                score += 0.15
            if _ORG.search(after) and re.search(r"org|organi|føretak|foretak", after, re.IGNORECASE):
                score += 0.1
            cues = ctx.cues_near(i, m.start(), m.end())
            if "other_party" in cues or "not_base_pay" in cues:
                score -= 0.3
            proposals.append(Proposal(name, round(score, 3), [ctx.evidence(i)]))
    for p in proposals:
        p.score = min(0.95, p.score + 0.03 * min(counts.get(p.value, 1) - 1, 3))
    return resolve(proposals, same=lambda a, b: a.lower().rstrip(".") == b.lower().rstrip("."))


def extract_org_number(ctx: Context, employer: ExtractedField[str]) -> ExtractedField[str]:
    proposals: list[Proposal[str]] = []
    label = label_regex("org_number")
    employer_lines = {i for i, line in enumerate(ctx.lines) if employer.value and employer.value in line.text}
    for i, line in enumerate(ctx.lines):
        for m in _ORG.finditer(line.text):
            number = "".join(m.groups())
            before = line.text[max(0, m.start() - 40) : m.start()]
            prev = ctx.lines[i - 1].text if i else ""
            labelled = bool(label.search(before)) or (bool(label.search(prev[-30:])) and m.start() < 5)
            mva = "mva" in m.group(0).lower()
            if not (labelled or mva):
                continue
            if not orgnr.is_valid(number):
                continue
            score = 0.75 if labelled else 0.6
            near = [j for j in employer_lines if abs(j - i) <= 2]
            if i in employer_lines:
                score += 0.2
            elif near:
                score += 0.12
            cues = ctx.cues_near(i, m.start(), m.end())
            if "other_party" in cues and i not in employer_lines:
                score -= 0.3
            proposals.append(
                Proposal(number, round(score, 3), [ctx.evidence(i, note="mod-11 check digit valid")])
            )
    field = resolve(proposals)
    # The employer's own number is stated but invalid: do not fall back to another company's valid number.
    invalid_own = [
        i
        for i, line in enumerate(ctx.lines)
        if any(j in employer_lines for j in (i - 1, i, i + 1))
        and any(
            not orgnr.is_valid("".join(mm.groups())) and label.search(line.text[: mm.start()])
            for mm in _ORG.finditer(line.text)
        )
    ]
    if (
        invalid_own
        and field.value is not None
        and not any(j in employer_lines for e in field.evidence for j in _line_indices(ctx, e.text))
    ):
        return ExtractedField[str](
            note="the employer's organisation number has an invalid check digit",
            candidates=[
                Candidate[str](value=field.value, confidence=field.confidence, evidence=field.evidence)
            ],
        )
    if field.value is None and any(
        (mm := _ORG.search(line.text)) and label.search(line.text[: mm.start()]) for line in ctx.lines
    ):
        field.note = "an organisation number is stated but its check digit is invalid"
    return field
