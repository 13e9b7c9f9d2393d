"""The education level the post requires: master, bachelor or vocational.

Only a requirement of the post counts: a degree that is "an advantage" ("ønskelig", "preferred") is not one, nor
the candidate's own degree ("based on your master's degree") or a pay policy ("employees with a master's
degree"). Where several levels are required as alternatives, the lowest is what the post requires.
"""

from __future__ import annotations

import re

from analyzer.extract.base import Context, Proposal, resolve
from analyzer.model import Candidate, Degree, ExtractedField
from analyzer.resources.lexicon import degree_regex, phrase_set_regex, phrases_regex

_RANK = {"vocational": 0, "bachelor": 1, "master": 2}
_PREFERRED = re.compile(
    r"ønskelig|ønskjeleg|ynskjeleg|fordel|advantage|preferred|preferably|nice to have|plus|merit|foretrekk|gjerne|"
    r"asset|beneficial|desirable|welcome|is valued|will be considered|vil bli vektlagt|vektlegg|positivt",
    re.IGNORECASE,
)


# "No formal education or trade certificate is required", "Fagbrev er ein fordel, men ikkje eit krav".
_NOT_REQUIRED = re.compile(
    r"not (?:a )?requir\w*|not (?:a )?(?:condition|necessary|needed|mandatory)|no requirement|"
    r"ikke (?:et |noe )?krav|ikkje (?:eit |noko )?krav|ingen krav|inga krav|ikke påkrevd|ikkje påkravd|"
    r"ikke nødvendig|ikkje naudsynt|kreves ikke|krevs ikke|krevst ikkje",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:no|without|ingen|inga|intet|uten|utan)\b(?![^.;:]*\b(?:but|men)\b)", re.IGNORECASE
)


def extract_degree(ctx: Context) -> ExtractedField[Degree]:
    requirement = phrase_set_regex("requirement_cues")
    candidate = phrases_regex("degree_candidate_before")
    policy = phrases_regex("degree_policy_before")
    found: list[Proposal[Degree]] = []
    for i, line in enumerate(ctx.lines):
        if line.block in ("header", "footer"):
            continue
        for level, rx in degree_regex().items():
            for m in rx.finditer(line.text):
                lc = ctx.nlp[i]
                s, e = lc.sentence_of(m.start())
                sentence = line.text[
                    max(0, s - 40) : e
                ]  # keep a "Krav:" / "Utdanning:" key before the sentence
                if line.cells:
                    sentence = line.cells[0] + " " + sentence  # "Krav til utdanning | Bachelorgrad ..."
                if _NOT_REQUIRED.search(sentence) or _NEGATED.search(
                    line.text[max(s, m.start() - 40) : m.start()]
                ):
                    continue
                demanded = re.search(r"krav|require|krev|må ha|must", sentence, re.I)
                if _PREFERRED.search(sentence) and not demanded:
                    continue
                before = line.text[max(s, m.start() - 30) : m.start()]
                if not demanded and (candidate.search(before) or policy.search(before)):
                    continue  # "Based on your master's degree", "Employees who hold a master's degree are paid"
                required = bool(requirement.search(sentence)) or bool(
                    i > 0 and requirement.search(ctx.lines[i - 1].text) and len(line.text) < 80
                )
                score = 0.85 if required else 0.5
                note = ("required: " if required else "mentioned: ") + m.group(0)
                found.append(Proposal(level, score, [ctx.evidence(i, note=note, focus=m.group(0))]))  # type: ignore[arg-type]
    strong = [p for p in found if p.score >= 0.8]
    # "høyere utdanning på masternivå": the generic phrase is qualified by the master one in the same line.
    master_lines = {p.evidence[0].text for p in strong if p.value == "master"}
    strong = [
        p
        for p in strong
        if not (p.value == "bachelor" and p.evidence[0].text in master_lines and _generic(p))
    ]
    if strong:
        lowest = min(strong, key=lambda p: _RANK[p.value])
        # Alternatives ("master's or bachelor's") resolve to the lowest level; keep others as runners-up.
        for p in strong:
            if p.value != lowest.value:
                p.score = 0.5
        lowest.score = 0.85
        return resolve(found)
    # Mentioned but never as a requirement ("we offer you the chance to take a trade certificate"): not a requirement.
    field = resolve(found)
    mentions = [*([] if field.value is None else [field.value])]
    return ExtractedField[Degree](
        note="education mentioned, but not as a requirement of the post" if mentions else None,
        candidates=[
            Candidate[Degree](value=field.value, confidence=field.confidence, evidence=field.evidence)
        ]
        if field.value is not None
        else [],
    )


_GENERIC = re.compile(
    r"høyere utdanning|høgare utdanning|universitetsutdanning|university degree|higher education", re.I
)


def _generic(p: Proposal[Degree]) -> bool:
    return bool(p.evidence[0].note and _GENERIC.search(p.evidence[0].note))
