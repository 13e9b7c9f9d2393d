"""The employer: its legal name and its organisation number (nine digits, mod-11 checked).

Offers name other companies too (a client, the user undertaking, the pension provider, a bank); the employer
is the one next to an employer label, in the parties clause, or in the letterhead, and its organisation
number is the valid one closest to it.
"""

from __future__ import annotations

import re
from functools import cache

from stdnum.no import orgnr

from analyzer.extract.base import (
    Context,
    Proposal,
    is_placeholder,
    label_windows,
    resolve,
    starts_blank,
    statement_weight,
    wraps,
)
from analyzer.extract.blanks import has_blank
from analyzer.model import Candidate, ExtractedField
from analyzer.resources.lexicon import (
    label_regex,
    lexicon,
    phrase_regex,
    phrase_set_regex,
    phrases_of,
    phrases_regex,
)


def _line_indices(ctx: Context, text: str) -> list[int]:
    return [i for i, line in enumerate(ctx.lines) if line.text == text]


_ORG = re.compile(r"(?<![\d+])(?:NO\s?)?(\d{3})[ .]?(\d{3})[ .]?(\d{3})(?:\s?MVA)?(?![\d])", re.IGNORECASE)


@cache
def _employer_role() -> re.Pattern[str]:
    """'X AS (heretter kalt "Arbeidsgiver")' right after a legal name: ``phrases.employer_role_intro`` (optional)
    and ``phrases.employer_role_word`` in brackets, quotes optional."""
    intro = phrases_regex("employer_role_intro").pattern
    role = phrases_regex("employer_role_word").pattern
    return re.compile(rf"\(\s*(?:(?:{intro})\s+)?[\"'«“]?(?:{role})[\"'»”]?\s*\)", re.IGNORECASE)


@cache
def _connectors() -> frozenset[str]:
    """Small words a company name may hold ("Bergen og Omegn Renhold", "Bank of Ireland"), with "&" and "-"."""
    return frozenset([*phrases_of("employer_name_connector"), "&"])


@cache
def _loose_connectors() -> frozenset[str]:
    """What :func:`_clean` drops before a name and :func:`_name_like` lets stand in lower case: the connectors,
    place words ("i", "på") and a hyphen."""
    return _connectors() | frozenset([*phrases_of("employer_name_place_word"), "-"])


def _connector_source() -> str:
    """The connectors as an exact, case-sensitive alternation for the name patterns."""
    return "|".join(re.escape(w) for w in sorted(_connectors(), key=lambda w: (-len(w), w)))


@cache
def _legal_name() -> re.Pattern[str]:
    forms = sorted(lexicon().legal_forms, key=len, reverse=True)
    upper = [re.escape(f) for f in forms if not f.islower()]
    lower = [re.escape(f) for f in forms if f.islower()]
    word = r"(?:[A-ZÆØÅ0-9][\wÆØÅæøå&'’.\-]*|\([A-Z]{2,6}\))"  # "(OPC)" in "Flera Technologies (OPC) Pvt Ltd"
    name = rf"(?:{word})(?:\s+(?:{word}|{_connector_source()})){{0,5}}?"
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


# A capitalised run of words: a name without a legal form ("Hydatis", "Kano Digital Skills Hub").
_CAP_WORD = r"[A-ZÆØÅ][\wÆØÅæøå&'’.\-]*"


@cache
def _name_run() -> re.Pattern[str]:
    return re.compile(rf"{_CAP_WORD}(?:\s+(?:{_CAP_WORD}|{_connector_source()}))*")


@cache
def _connector_tail() -> re.Pattern[str]:
    return re.compile(rf"(?:\s+(?:{_connector_source()}))+$")


@cache
def _role_after() -> re.Pattern[str]:
    """'X (the "Company")', "X (heretter kalt arbeidsgiver)": the parenthetical names X as the employer."""
    roles = "|".join(phrase_regex(w) for w in sorted(phrases_of("employer_role"), key=len, reverse=True))
    quote = r"[\"'«»“”‘’*\\]*"
    return re.compile(rf"\(\s*{quote}(?:the\s+{quote})?(?:{roles}){quote}\s*\)", re.IGNORECASE)


def _is_role_word(name: str) -> bool:
    return bool(phrases_regex("employer_not_name").fullmatch(name.strip()))


def _run_before(text: str) -> str | None:
    """The capitalised words that end the text ("... offer to you by Hydatis" → "Hydatis")."""
    words = text.rstrip(" ,*").split()
    out: list[str] = []
    for w in reversed(words[-7:]):
        bare = w.strip("*,")
        if out and w.endswith(","):
            break  # "10 High Street, Leeds": a comma ends a name
        if bare[:1].isupper() or (out and bare in _connectors()):
            out.insert(0, bare)
        else:
            break
    while out and not out[0][:1].isupper():
        out.pop(0)
    rest = words[: len(words) - len(out)] if out else words
    if out and rest and re.fullmatch(r"\d{4,5},?", rest[-1]):
        return None  # "5528 Haugesund": a postcode and town, an address
    name = " ".join(out).strip(" ,.;:")
    return name or None


def _run_after(text: str) -> str | None:
    """The capitalised words that open the text ("Meridian Technologies, I am pleased" → "Meridian
    Technologies"), without a trailing connector; a legal name there is taken whole ("Kestrel Pvt. Ltd.")."""
    text = text.lstrip(" *")
    formed = _employer_name(text[:90])
    if formed and formed.start() == 0:
        return _clean(formed.group("name"))
    m = _name_run().match(text)
    if not m:
        return None
    run = re.split(r"\.\s", m.group(0))[0]  # "V-Ex Tech Solution. We are …": the sentence ends the name
    return _connector_tail().sub("", run).strip(" ,.;:") or None


def _name_ok(name: str | None) -> bool:
    """A name a careful reader would accept: not a role word, a blank, a heading in capitals, or a sentence."""
    if not name or len(name) < 2 or len(name) > 70 or is_placeholder(name) or has_blank(name):
        return False
    if _is_role_word(name) or label_regex("employer").fullmatch(name):
        return False
    return not name.endswith(".") or name.endswith(tuple(phrases_of("legal_form_final_dot")))


@cache
def _lead_words() -> frozenset[str]:
    """Words before a name that are no part of it ("mellom", "between", "firma", "the"): ``employer_name_lead``."""
    return frozenset(w.lower() for w in phrases_of("employer_name_lead"))


def _clean(name: str) -> str:
    words = name.split()
    while words and (words[0].lower() in _loose_connectors() or words[0].lower() in _lead_words()):
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
            if starts_blank(window.text) or not _label_opens(window.label_segment.text, window.label_text):
                continue  # "Employer: ______", "Cost to Company - CTC": no name here
            value = re.split(r"[,;|(]|\s{2,}| org| Org", window.text.lstrip(" :-–"))[0].strip()
            if _name_like(value) and not any(ch.isdigit() for ch in value[:3]):
                # No legal form: could be a signatory ("Arbeidsgiver | Siri Johansen"); never enough for a pass.
                proposals.append(
                    Proposal(value, 0.5, [ctx.evidence(line_index, note="after employer label")])
                )
    counts: dict[str, int] = {}
    forms = _form_words()
    for i, line in enumerate(ctx.lines):
        for m in [*legal.finditer(line.text), *_public_body().finditer(line.text)]:
            name = _clean(m.group("name"))
            if len(name.split()) < 2 and not _public_body().fullmatch(name):
                continue
            if all(w.strip(".").lower() in forms for w in name.split()):
                continue  # "[insert] Pty Ltd": only the legal form of a blank name
            if re.search(r"(?:[\]}]|__)\W*$", line.text[: m.start()]) or not _name_ok(name):
                continue
            if ctx.language == "en" and _english_as(name, line.text[m.end() :]):
                continue  # "APPOINTMENT AS [Designation]": the English word, not the Norwegian form
            counts[name] = counts.get(name, 0) + 1
            after = line.text[m.end() : m.end() + 40]
            score = 0.45
            if _employer_role().match(after.lstrip(" ,")):
                score = 0.92
            elif line.block == "header" or (line.page == 1 and i < 4):
                score += 0.15
            if _ORG.search(after) and _org_cue().search(after):
                score += 0.1
            cues = ctx.cues_near(i, m.start(), m.end())
            if "other_party" in cues or "not_base_pay" in cues:
                score -= 0.3
            score += statement_weight(ctx, i)
            proposals.append(Proposal(name, round(score, 3), [ctx.evidence(i)]))
    formed_names = {p.value for p in proposals if _legal_name().fullmatch(p.value)}
    for p in _unformed_names(ctx):
        # "at Sagarmatha Consulting" after "Welcome to Sagarmatha Consulting India Pvt. Ltd.": the same company
        full = [f for f in formed_names if f.lower().startswith(p.value.lower() + " ")]
        if len(full) == 1:
            p.value = full[0]
        proposals.append(p)
    for p in proposals:
        p.score = min(0.95, p.score + 0.03 * min(counts.get(p.value, 1) - 1, 3))
    return resolve(proposals, same=lambda a, b: a.lower().rstrip(".") == b.lower().rstrip("."))


def _unformed_names(ctx: Context) -> list[Proposal[str]]:
    """Employers named without a legal form: 'Hydatis (the "Company")' (0.9), "the position of X at Y" (0.72),
    "For and on behalf of Y" in a signature block (0.66, a restatement: below the letter's own statement)."""
    out: list[Proposal[str]] = []
    titles = phrase_set_regex("title_phrases")
    anchors = phrases_regex("employer_at_anchor")
    at = phrases_regex("employer_at")
    signature = phrases_regex("employer_signature")
    for i, line in enumerate(ctx.lines):
        text = line.text
        for m in _role_after().finditer(text):
            before = text[max(0, m.start() - 200) : m.start()]
            if i and wraps(ctx, i - 1):
                before = ctx.lines[i - 1].text + " " + before  # the name may end the previous visual line
            while re.search(r"\([^()]*\)", before):
                before = re.sub(r"\([^()]*\)", " ", before)  # asides: "(a subsidiary of X ASA)"
            formed = [*_legal_name().finditer(before)]
            name = _clean(formed[-1].group("name")) if formed else _run_before(before)
            if name:
                name = _clean(name)
            if _name_ok(name) and name:
                out.append(Proposal(name, 0.9, [ctx.evidence(i, note="named as the employer", focus=name)]))
        for m in signature.finditer(text):
            name = _run_after(text[m.end() :])
            if _name_ok(name) and name:
                out.append(Proposal(name, 0.66, [ctx.evidence(i, note=f"after '{m.group(0)}'", focus=name)]))
        first = (line.cells[0] if line.cells else text).strip(" *")
        opener = phrases_regex("employer_signature_line").match(first)
        if opener and len(first.split()) <= 7:
            # "For Argus System" alone on its line (or in its cell): the signing company
            name = _run_after(first[opener.end() :])
            if _name_ok(name) and name and len(name) == len(first[opener.end() :].strip(" *.,")):
                out.append(Proposal(name, 0.62, [ctx.evidence(i, note="signature block", focus=name)]))
        if line.block in ("header", "footer"):
            continue
        triggers = [(m, 0.72, 70) for m in titles.finditer(text)]
        triggers += [
            (m, 0.66, 40) for m in anchors.finditer(text)
        ]  # "your internship at Y", "employment with Y"
        for m, score, reach in triggers:
            hit = at.search(text, m.end(), min(len(text), m.end() + reach))
            if not hit or re.search(r"[.;:!?]\s", text[m.end() : hit.start()]):
                continue
            name = _run_after(text[hit.end() :])
            after = text[hit.end() :].lstrip(" *")[len(name or "") :]
            if not _name_ok(name) or not name or _workplace_next(after) or len(name.split()) > 6:
                continue
            if len(name.split()) < 2 and not _employer_name(name):
                continue  # "ved Medisinsk sengepost 3": one capitalised word is a unit as often as a company
            note = f"'{m.group(0)} … {hit.group(0)}'"
            out.append(Proposal(name, score, [ctx.evidence(i, note=note, focus=name)]))
    return out


def _workplace_next(after: str) -> bool:
    """ "at Oslo office": the name is a place, the word after it a workplace noun."""
    try:
        nouns = phrases_regex("location_workplace_noun")
    except KeyError:
        return False
    return bool(nouns.match(after.lstrip(" *")))


@cache
def _org_cue() -> re.Pattern[str]:
    """Word parts (anywhere in a word) that name an organisation number ("org.nr", "føretaksnummer")."""
    return re.compile("|".join(phrase_regex(w, bounded=False) for w in phrases_of("org_number_cue")), re.I)


@cache
def _form_words() -> frozenset[str]:
    return frozenset(w.strip(".").lower() for form in lexicon().legal_forms for w in form.split())


def _english_as(name: str, after: str) -> bool:
    """In English "X AS" followed by more words is the word "as" ("APPOINTMENT AS [Designation]")."""
    if not name.endswith((" AS", " ASA")):
        return False
    nxt = after.lstrip(" *")
    if re.match(r"[\[{<]", nxt):
        return True  # "AS [Designation]"
    word = nxt.split()[0] if nxt.split() else ""
    if word in phrases_of("english_after_as"):
        return True  # "employed AS a …"
    words = name.split()
    return (
        len(words) == 2 and name.isupper() and word.isupper() and word.isalpha()
    )  # "APPOINTMENT AS SALES …"


def _label_opens(segment: str, label: str) -> bool:
    """The label is the segment's key: nothing but numbering or markup before it ("3. Employer:")."""
    at = segment.find(label)
    return at >= 0 and not re.sub(r"[\d.\s*#\-–)(]", "", segment[:at])


def _name_like(value: str) -> bool:
    """A value that reads as a name: at most six words, each capitalised (or a connector), no sentence."""
    words = value.split()
    if not (1 <= len(words) <= 6) or ":" in value or not _name_ok(value):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _loose_connectors() for w in words)


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
