"""Work location: where the work is done, not the letterhead, head office or postal address."""

from __future__ import annotations

import re

from analyzer.extract.base import Context, Proposal, label_windows, resolve
from analyzer.model import ExtractedField
from analyzer.resources.lexicon import label_regex

_KEY_ONLY = re.compile(r"^(?:location|where|sted|stad|lokalisert|stasjonert)$", re.IGNORECASE)
# Prose that names the office: "in our Oslo office", "ved kontoret vårt i Bergen", "at our office in Tromsø".
_WORKPLACE_NOUN = (
    r"office|offices|plant|site|facility|factory|workshop|yard|base|terminal|warehouse|store|shop|hotel|school|"
    r"hospital|kontor|kontoret|kontora|anlegg|anlegget|avdeling|avdelingen|avdelinga|fabrikk|fabrikken|verksted|"
    r"verkstedet|verkstad|verkstaden|butikk|butikken|hotell|hotellet|skole|skolen|skule|skulen|sykehus|sykehuset|"
    r"sjukehus|sjukehuset|lager|lageret|terminalen|basen|verft|verftet|hovudbase|driftsbase|restaurant|"
    r"restauranten|kafe|kafeen|kafé|kaféen|bakeri|bakeriet|utsal|utsalet|utsalg|utsalget|barnehage|barnehagen|"
    r"sykehjem|sykehjemmet|sjukeheim|sjukeheimen|avdelingskontor|avdelingskontoret|hovedkontor|hovedkontoret|"
    r"hovudkontor|hovudkontoret|distriktskontor|distriktskontoret"
)
# "in Lier municipality", "i Stryn kommune": a place named as its municipality.
_MUNICIPALITY = re.compile(r"\b(?:in|i)\s+(?P<m>[A-ZÆØÅ][\wæøå\-]+)\s+(?:municipality|kommune)\b")
# Prose that names the workplace: "in our Oslo office", "at our plant in Kristiansand", "ved anlegget vårt i Måløy".
_OFFICE = re.compile(
    r"\b(?:our|the)\s+(?P<a>[A-ZÆØÅ][\wæøå]+)\s+(?:office|plant|site|facility|factory|workshop|yard|base)\b"
    rf"|\b(?:{_WORKPLACE_NOUN})(?:\s+(?:vårt|vår|våre|vårt|our))?\s+(?:in|i|på)\s+"
    r"(?P<b>[A-ZÆØÅ][\wæøå\-]+(?:\s+(?:i\s+)?[A-ZÆØÅ][\wæøå\-]+)?)"
)
_LEAD = re.compile(
    r"^\s*(?:[:\-–]\s*)?(?:(?:er|is|will be|skal vere|skal være|blir|vil være|i|in|at|ved|på|til)\s+)+", re.I
)
# Street and number (optional), then a Norwegian postcode and place: "Industriveien 1, 8624 Mo i Rana".
_PLACE = r"[A-ZÆØÅ][\wæøåÆØÅ\-]+(?:\s+(?:i|på|og)\s+[A-ZÆØÅ][\wæøå\-]+|\s+[A-ZÆØÅ][\wæøå\-]+)*"
_ADDRESS = re.compile(
    rf"(?:[A-ZÆØÅ][\wæøåÆØÅ.\-]*(?:\s+[\wæøåÆØÅ.\-]+){{0,3}}\s+\d+[A-Za-z]?,?\s+)?\d{{4}}\s+{_PLACE}"
)
_END = re.compile(
    r"\s*(?:;|\||\(|\.\s+(?=[A-ZÆØÅ])|\.$|,\s*(?:men|but|og|and|der|where|hvor|kor)\b|\s{3,}|\bog\s+(?=[a-zæøå])|\band\s+(?=[a-z]))"
)


def extract_work_location(ctx: Context) -> ExtractedField[str]:
    proposals: list[Proposal[str]] = []
    for window in label_windows(ctx, label_regex("work_location", ctx.language), span=110):
        key_only = bool(_KEY_ONLY.match(window.label_text.strip()))
        if window.same_segment and key_only and not re.match(r"\s*[:\-–]", window.text):
            continue
        value = _LEAD.sub("", window.rest if window.same_segment else window.text)
        value = re.sub(r"^\s*(?:\([^)]*\))?\s*[:\-–]?\s*", "", value)
        address = _ADDRESS.search(value)
        if address:
            value = address.group(0)  # "… workshop and office at Kystveien 8, 8006 Bodø" -> the address
        else:
            m = _END.search(value)
            if m and m.start() > 0:
                value = value[: m.start()]
        value = value.strip(" ,.:-–")
        if not value or len(value) < 2 or len(value) > 90 or not value[0].isalnum():
            continue
        if not any(ch.isupper() for ch in value[:40]):
            continue  # a place name starts with a capital letter; "varierer etter behov" is no place
        line_index = window.line_indices[0] if window.same_segment else window.line_indices[-1]
        score = 0.88 if not key_only else 0.75
        cues = ctx.cues_near(line_index, 0, len(ctx.lines[line_index].text))
        if "head_office" in cues:
            score -= 0.4
        proposals.append(
            Proposal(
                value,
                round(score, 3),
                [
                    ctx.evidence(
                        line_index, note=f"after label '{window.label_text}'", focus=window.label_text
                    )
                ],
            )
        )
    for i, line in enumerate(ctx.lines):
        if line.block in ("header", "footer"):
            continue
        for m in _OFFICE.finditer(line.text):
            place = m.group("a") or m.group("b")
            if m.group("b"):
                address = _ADDRESS.match(
                    line.text, m.start("b")
                )  # "kontoret vårt i Tollbugata 9, 3044 Drammen"
                place = address.group(0) if address else place
            cues = ctx.cues_near(i, m.start(), m.end())
            score = 0.3 if "head_office" in cues else 0.62
            proposals.append(
                Proposal(place, score, [ctx.evidence(i, note="office named in the text", focus=m.group(0))])
            )
        for m in _MUNICIPALITY.finditer(line.text):
            cues = ctx.cues_near(i, m.start(), m.end())
            if "head_office" in cues:
                continue
            proposals.append(
                Proposal(
                    m.group("m"),
                    0.5,
                    [ctx.evidence(i, note="municipality named in the text", focus=m.group(0))],
                )
            )
    return resolve(proposals, same=lambda a, b: a.lower() in b.lower() or b.lower() in a.lower())
