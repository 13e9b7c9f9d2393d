"""The education level the post requires: master, bachelor or vocational.

Only a requirement counts: a degree that is "an advantage" ("ønskelig", "preferred") is not one. Where several
levels are required as alternatives, the lowest is what the post requires.
"""

from __future__ import annotations

import re

from analyzer.extract.base import Context, Proposal, resolve
from analyzer.extract.lexicon import degree_regex, phrase_set_regex
from analyzer.model import Degree, ExtractedField

_RANK = {"vocational": 0, "bachelor": 1, "master": 2}
_PREFERRED = re.compile(
    r"ønskelig|ynskjeleg|fordel|advantage|preferred|preferably|nice to have|plus|merit|foretrekk|gjerne|"
    r"will be considered|vil bli vektlagt|vektlegg", re.IGNORECASE
)


def extract_degree(ctx: Context) -> ExtractedField[Degree]:
    requirement = phrase_set_regex("requirement_cues")
    found: list[Proposal[Degree]] = []
    for i, line in enumerate(ctx.lines):
        if line.block in ("header", "footer"):
            continue
        for level, rx in degree_regex().items():
            for m in rx.finditer(line.text):
                lc = ctx.nlp[i]
                s, e = lc.sentence_of(m.start())
                sentence = line.text[s:e]
                if line.cells:
                    sentence = line.cells[0] + " " + sentence  # "Krav til utdanning | Bachelorgrad ..."
                if _PREFERRED.search(sentence) and not re.search(r"krav|require|krev|må ha|must", sentence, re.I):
                    continue
                required = bool(requirement.search(sentence)) or bool(
                    i > 0 and requirement.search(ctx.lines[i - 1].text) and len(line.text) < 80
                )
                score = 0.85 if required else 0.5
                found.append(Proposal(level, score, [ctx.evidence(i, note="required" if required else "mentioned")]))  # type: ignore[arg-type]
    strong = [p for p in found if p.score >= 0.8]
    if strong:
        lowest = min(strong, key=lambda p: _RANK[p.value])
        # Alternatives ("master's or bachelor's") resolve to the lowest level; keep others as runners-up.
        for p in strong:
            if p.value != lowest.value:
                p.score = 0.5
        lowest.score = 0.85
        return resolve(found)
    field = resolve(found)
    if field.value is not None:
        field.confidence = min(field.confidence, 0.5)
    return field
