"""Work location: where the work is done, not the letterhead, head office or postal address."""

from __future__ import annotations

import re
from functools import cache

from analyzer.extract.base import Context, Proposal, label_windows, resolve
from analyzer.extract.blanks import is_placeholder, starts_blank
from analyzer.model import ExtractedField
from analyzer.resources.lexicon import label_regex, phrases_regex

_KEY_ONLY = re.compile(r"^(?:location|where|sted|stad|lokalisert|stasjonert)$", re.IGNORECASE)
# "in Lier municipality", "i Stryn kommune": a place named as its municipality.
_MUNICIPALITY = re.compile(r"\b(?:in|i)\s+(?P<m>[A-ZÆØÅ][\wæøå\-]+)\s+(?:municipality|kommune)\b")


@cache
def _office() -> re.Pattern[str]:
    """Prose that names the workplace: "in our Oslo office", "at our plant in Kristiansand", "ved anlegget vårt i
    Måløy", "the Company's premises in Tromsø", "our engineering team in Bodø". The nouns are data
    (``phrases.location_workplace_noun``; ``location_unit_noun`` only before "in <Place>"), matched in lower case so
    "the Annual Base Salary" names no base."""
    nouns = phrases_regex("location_workplace_noun").pattern
    units = phrases_regex("location_unit_noun").pattern
    return re.compile(
        rf"\b(?:our|the)\s+(?P<a>[A-ZÆØÅ][\wæøå]+)\s+(?:{nouns})"
        rf"|(?:{nouns}|{units})(?:\s+(?:vårt|vår|våre|our))?\s+(?:in|i|på)\s+"
        r"(?P<b>[A-ZÆØÅ][\wæøå\-]+(?:\s+(?:i\s+)?[A-ZÆØÅ][\wæøå\-]+)?)"
    )


@cache
def _named_workplace() -> re.Pattern[str]:
    """A label's value that is a place and a workplace noun: "our Chennai branch" -> "Chennai"."""
    nouns = phrases_regex("location_workplace_noun").pattern
    return re.compile(rf"^(?:(?i:our|the|vårt|vår)\s+)?(?P<p>[A-ZÆØÅ][\wæøå\-]+)\s+(?i:{nouns})$")


_LEAD = re.compile(
    r"^\s*(?:[:\-–]\s*)?(?:(?:er|is|will be|shall be|will initially be|initially|skal vere|skal være|blir|vil være|"
    r"vert|i|in|at|ved|på|til)\s+)+",
    re.I,
)
# Street and number (optional), then a Norwegian postcode and place: "Industriveien 1, 8624 Mo i Rana".
_PLACE = r"[A-ZÆØÅ][\wæøåÆØÅ\-]+(?:\s+(?:i|på|og)\s+[A-ZÆØÅ][\wæøå\-]+|\s+[A-ZÆØÅ][\wæøå\-]+)*"
_ADDRESS = re.compile(
    rf"(?:[A-ZÆØÅ][\wæøåÆØÅ.\-]*(?:\s+[\wæøåÆØÅ.\-]+){{0,3}}\s+\d+[A-Za-z]?,?\s+)?(?<!\w)(?:\d{{4}}|\d{{3}} \d{{2}})\s+{_PLACE}"
)
LETTERHEAD_SCORE = 0.4
"""A letterhead or head-office address, taken only when the text names no workplace: below the review floor."""
LETTERHEAD_LINES = 6
LETTERHEAD_LINE_CHARS = 80
"""A letterhead address stands on a short line of its own, not inside running text."""
_END = re.compile(
    r"\s*(?:;|\||\(|\.\s+(?=[A-ZÆØÅ])|\.$|,\s*(?:men|but|og|and|der|where|hvor|kor|or|eller|although)\b|\s{3,}|\bog\s+(?=[a-zæøå])|\band\s+(?=[a-z]))"
)


def extract_work_location(ctx: Context) -> ExtractedField[str]:
    """A labelled workplace first, then offices and municipalities named in the text. Remote or home-office work
    is a note, never a place; with nothing else stated the field stays empty (review)."""
    proposals: list[Proposal[str]] = []
    remote_rx = phrases_regex("location_remote")
    remote: str | None = None
    for window in label_windows(ctx, label_regex("work_location", ctx.language), span=110):
        key_only = bool(_KEY_ONLY.match(window.label_text.strip()))
        if window.same_segment and key_only and not re.match(r"\s*[:\-–]", window.text):
            continue
        raw = window.rest if window.same_segment else window.text
        if starts_blank(raw):
            continue  # "Arbeidssted: ______ Stilling: …": an empty form field
        value = _LEAD.sub("", raw)
        value = re.sub(r"^\s*(?:\([^)]*\))?\s*[:\-–]?\s*", "", value).lstrip("*_ ")  # "**Location:** X"
        address = _ADDRESS.search(value)
        if address:
            value = address.group(0)  # "… workshop and office at Kystveien 8, 8006 Bodø" -> the address
        else:
            m = _END.search(value)
            if m and m.start() > 0:
                value = value[: m.start()]
        if re.match(r"^\s*[\w æøåÆØÅ]{1,25}:", value) and not address:
            continue  # the next form label ("Sted: | Dato:"), not a value
        value = value.strip(" ,.:-–")
        if (named := _named_workplace().match(value)) is not None:
            value = named.group("p")
        if (m_remote := remote_rx.match(value)) is not None:
            remote = remote or m_remote.group(0)  # "Location: Remote": a way of working, not a place
            continue
        if is_placeholder(value) or len(value) < 2 or len(value) > 90 or not value[0].isalnum():
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
        if remote is None and (m_remote := remote_rx.search(line.text)) is not None:
            remote = m_remote.group(0)
        for m in _office().finditer(line.text):
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
    note = f"remote or home-office work is stated ('{remote}'): not a place of work" if remote else None
    if not proposals and remote is None:
        proposals = _letterhead(ctx)
    return resolve(proposals, same=lambda a, b: a.lower() in b.lower() or b.lower() in a.lower(), note=note)


def _letterhead(ctx: Context) -> list[Proposal[str]]:
    """The address in the letterhead (header block or the first lines), when nothing else names the workplace."""
    for i, line in enumerate(ctx.lines):
        if line.block != "header" and i >= LETTERHEAD_LINES:
            break
        if "head_office" in ctx.cues_near(i, 0, len(line.text)):
            continue  # "Forretningsadresse: Postboks 100, 0102 Oslo" is where letters go, not where work is done
        text = line.text.strip()
        # The address starts its line ("Myntgata 2, 0151 Oslo"): "ISO 9001:2015 Certified Company" names no town.
        if (m := _ADDRESS.match(text)) is not None and len(text) <= LETTERHEAD_LINE_CHARS:
            note = "letterhead address; the text names no place of work"
            return [Proposal(m.group(0), LETTERHEAD_SCORE, [ctx.evidence(i, note=note, focus=m.group(0))])]
    return []
