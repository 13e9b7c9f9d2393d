"""HTML report: one self-contained file to keep, print or send (inline CSS, no script, no external resource).

Order: verdict and summary, what to ask the employer to change (ready to copy), each requirement (status, value,
the sentence it was read from with its page, legal source, what to change), what the offer says, then the
document's text by page with every piece of evidence in a ``<mark id="ev-N">`` that its finding links to.

Every string that can come from the document, its file name or a message filled from it goes through
:func:`_e`: first :func:`analyzer.render.terminal.safe` (controls and bidi overrides shown as visible escapes, so
``evil\\u202egnp.exe`` cannot reorder what is shown), then :func:`html.escape` (no markup, no attribute break-out).
The page texts come from the document model the pipeline read (:class:`analyzer.model.Document`), handed in beside
the report; the JSON report is unchanged. Without a document the report says its text is not included.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from analyzer import __version__
from analyzer.model import Document, Evidence, ExtractedField, Line, Report
from analyzer.render.summary import (
    FIELD_LABELS,
    STATUS_WORDS,
    VERDICTS,
    Item,
    counts,
    field_rows,
    fixes,
    items,
    message_lang,
    pick,
    problems,
)
from analyzer.render.terminal import safe

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("offercheck report", "offercheck-rapport"),
    "summary": ("Summary", "Sammendrag"),
    "all_met": ("Every requirement checked is met.", "Alle kravene som er sjekket, er oppfylt."),
    "ask": ("What to ask the employer to change", "Hva arbeidsgiveren bør endre"),
    "ask_intro": ("Please change the following in the offer", "Vennligst endre følgende i tilbudet"),
    "nothing_to_ask": ("Nothing: no requirement checked needs a change.", "Ingenting: ingen krav må endres."),
    "udi": ("UDI requirements (decide the verdict)", "UDI-krav (avgjør resultatet)"),
    "contract": (
        "Employment contract, Working Environment Act § 14-6 (does not change the verdict)",
        "Arbeidsavtalen, arbeidsmiljøloven § 14-6 (endrer ikke resultatet)",
    ),
    "value": ("Value read", "Verdi lest"),
    "read_from": ("Read from", "Lest fra"),
    "finding": ("Finding", "Funn"),
    "fix": ("What to change", "Hva som bør endres"),
    "source": ("Legal source", "Rettskilde"),
    "page": ("page", "side"),
    "not_located": ("not located in the text", "ikke funnet igjen i teksten"),
    "given": ("given on the command line", "oppgitt på kommandolinjen"),
    "nowhere": ("not found in the document", "ikke funnet i dokumentet"),
    "fields": ("What the offer says", "Hva tilbudet sier"),
    "field": ("Field", "Felt"),
    "confidence": ("Confidence", "Sikkerhet"),
    "document": ("The document's text", "Dokumentets tekst"),
    "no_document": (
        "The document's text is not part of this report.",
        "Dokumentets tekst er ikke med i denne rapporten.",
    ),
    "ocr": (
        "read by OCR (text recognition): check it against the original",
        "lest med OCR: sammenlign med originalen",
    ),
    "details": ("About this report", "Om rapporten"),
    "aid": (
        "This is a checking aid, not legal advice.",
        "Dette er et hjelpemiddel, ikke juridisk rådgivning.",
    ),
    "error": ("The file could not be read", "Filen kunne ikke leses"),
}

_CSS = """
:root { --fail: #b00020; --missing: #8a5a00; --review: #8a5a00; --pass: #1b6e20; --info: #3b5b7a; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a;
  max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.3rem; margin: .2rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1rem; margin: 0 0 .3rem; }
.tool { color: #555; margin: 0; }
.verdict { font-size: 1.15rem; font-weight: 700; padding: .5rem .75rem; border-radius: 4px; }
.v-compliant { background: #e3f3e4; color: var(--pass); }
.v-non_compliant, .v-error { background: #fbe4e7; color: var(--fail); }
.v-incomplete { background: #fdf1d6; color: var(--missing); }
.counts, .muted { color: #555; }
ul.summary { list-style: none; padding: 0; }
ul.summary li { margin: .15rem 0; }
.mark { display: inline-block; width: 1.3em; font-weight: 700; }
.st-fail .mark { color: var(--fail); } .st-missing .mark, .st-review .mark { color: var(--missing); }
.st-pass .mark { color: var(--pass); } .st-info .mark { color: var(--info); }
article.finding { border-left: 4px solid #ccc; padding: .4rem .8rem; margin: .8rem 0; break-inside: avoid; }
article.st-fail { border-color: var(--fail); } article.st-missing, article.st-review { border-color: var(--missing); }
article.st-pass { border-color: var(--pass); } article.st-info { border-color: var(--info); }
.status { font-weight: 400; color: #555; } code { font-size: .85em; color: #555; }
dl { display: grid; grid-template-columns: 9rem 1fr; gap: .15rem .8rem; margin: 0; }
dt { color: #555; } dd { margin: 0; overflow-wrap: anywhere; }
pre.ask { white-space: pre-wrap; background: #f5f5f5; padding: .75rem; border: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top;
  border-bottom: 1px solid #e5e5e5; padding: .25rem .4rem; overflow-wrap: anywhere; }
section.page { border: 1px solid #ddd; padding: .5rem 1rem; margin: 1rem 0; }
.line { white-space: pre-wrap; overflow-wrap: anywhere; min-height: 1em; }
.b-header, .b-footer { color: #666; font-size: .9em; } .b-table { font-family: ui-monospace, monospace; font-size: .9em; }
mark { background: #fff1a8; padding: 0 .1em; } mark:target, article:target { outline: 2px solid #d08000; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  #document { break-before: page; }
  section.page { break-inside: auto; border: none; padding: 0; }
  mark { background: none; border-bottom: 2px solid #d08000; }
  pre.ask { border: 1px solid #999; }
}
"""


def _e(text: str) -> str:
    """Untrusted text as HTML: controls and bidi shown escaped, then markup-escaped (quotes too)."""
    return html.escape(safe(text), quote=True)


def _anchor(finding_id: str) -> str:
    return "f-" + re.sub(r"[^A-Za-z0-9_.-]", "-", finding_id)


def _norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class _Marks:
    """Where each piece of evidence stands in the document: its mark id, and per (page, line) the spans to mark."""

    ids: dict[tuple[int, str], str] = field(default_factory=dict)
    spans: dict[tuple[int, int], list[tuple[int, int, str]]] = field(default_factory=dict)
    findings: dict[str, list[str]] = field(default_factory=dict)
    """mark id -> ids of the findings that cite it (for the mark's title)."""
    searched: bool = False
    """A document was there to search (else evidence is quoted without "not located")."""


def _locate(document: Document | None, cited: list[tuple[str, list[Evidence]]]) -> _Marks:
    """Find each evidence sentence (``cited``: who cites it, and its evidence) on its page: a line equal to it, a line holding it (the fragment is marked), or
    consecutive lines it is made of (each is marked). Evidence found nowhere keeps no id and is shown unlinked."""
    marks = _Marks(searched=document is not None)
    if document is None:
        return marks
    pages = {page.number: page.lines for page in document.pages}
    for cited_by, evidence in cited:
        for ev in evidence:
            key = (ev.page, ev.text)
            if key in marks.ids:
                marks.findings[marks.ids[key]].append(cited_by)
                continue
            lines = pages.get(ev.page)
            if not lines or not ev.text.strip():
                continue
            found = _spans(lines, ev.text)
            if not found:
                continue
            mark_id = f"ev-{len(marks.ids) + 1}"
            marks.ids[key] = mark_id
            marks.findings[mark_id] = [cited_by]
            for index, start, end in found:
                marks.spans.setdefault((ev.page, index), []).append((start, end, mark_id))
    return marks


def _spans(lines: list[Line], text: str) -> list[tuple[int, int, int]]:
    """(line index, start, end) of ``text`` on a page's lines."""
    wanted = _norm(text)
    for index, line in enumerate(lines):
        if _norm(line.text) == wanted:
            return [(index, 0, len(line.text))]
    for index, line in enumerate(lines):
        at = line.text.find(text.strip())
        if at >= 0:
            return [(index, at, at + len(text.strip()))]
        if wanted in _norm(line.text):
            return [(index, 0, len(line.text))]
    parts = [
        (index, 0, len(line.text))
        for index, line in enumerate(lines)
        if len(_norm(line.text)) >= 8 and _norm(line.text) in wanted
    ]
    return parts


def render_html(report: Report, document: Document | None = None, lang: str = "en") -> str:
    """The whole HTML file for one report (``document``: the pages it was read from, for the text section)."""
    lang = message_lang(lang)
    w: dict[str, str] = {key: pick(pair, lang) for key, pair in _WORDS.items()}
    every = items(report, lang)
    fields = [(name, getattr(report.fields, name)) for name in FIELD_LABELS]
    cited = [(item.finding.id, item.evidence) for item in every]
    cited += [(name, field.evidence[:1]) for name, field in fields if field.value is not None]
    marks = _locate(document, cited)
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="offercheck">',
        f"<title>{_e(w['title'])}: {_e(report.file)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f'<p class="tool">{_e(w["title"])} · offercheck {_e(__version__)}</p>',
        f"<h1>{_e(report.file)}</h1>",
        f'<p class="verdict v-{report.verdict}" id="verdict">{_e(pick(VERDICTS[report.verdict], lang))}</p>',
    ]
    if report.error:
        out += [
            f'<p class="error">{_e(report.error.message)} <code>[{_e(report.error.kind)}]</code></p>',
            "</header>",
            *_about(report, w),
            "</body>",
            "</html>",
        ]
        return "\n".join(out) + "\n"
    out.append(f'<p class="counts">{_e(counts(report, lang))}</p>')
    out.append("</header>")
    out += _summary(report, lang, w)
    out += _ask(report, lang, w)
    for scope in ("udi", "contract"):
        scoped = [item for item in every if item.finding.scope == scope]
        if scoped:
            out.append(f'<section id="{scope}">')
            out.append(f"<h2>{_e(w[scope])}</h2>")
            out += [_article(item, marks, lang, w) for item in scoped]
            out.append("</section>")
    out += _fields(report, marks, w)
    out += _document(document, marks, w)
    out += _about(report, w)
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _summary(report: Report, lang: str, w: dict[str, str]) -> list[str]:
    todo = problems(report, lang)
    out = ['<section id="summary">', f"<h2>{_e(w['summary'])}</h2>", '<ul class="summary">']
    if not todo:
        out.append(f'<li class="st-pass"><span class="mark">✔</span>{_e(w["all_met"])}</li>')
    for item in todo:
        status = item.finding.status
        out.append(
            f'<li class="st-{status}"><span class="mark">{item.mark}</span>'
            f'<a href="#{_anchor(item.finding.id)}">{_e(item.label)}</a>: {_e(item.value)}'
            f' <span class="status">({_e(pick(STATUS_WORDS[status], lang))})</span></li>'
        )
    return [*out, "</ul>", "</section>"]


def ask_text(report: Report, lang: str) -> str:
    """The list of changes to send the employer, as plain text (the HTML shows it in a ``<pre>``)."""
    lang = message_lang(lang)
    wanted = fixes(report, lang)
    if not wanted:
        return pick(_WORDS["nothing_to_ask"], lang)
    lines = [f"{pick(_WORDS['ask_intro'], lang)} ({report.file}):"]
    lines += [f"{number}. {text}" for number, text in enumerate(wanted, 1)]
    return "\n".join(lines)


def _ask(report: Report, lang: str, w: dict[str, str]) -> list[str]:
    return [
        '<section id="ask">',
        f"<h2>{_e(w['ask'])}</h2>",
        f'<pre class="ask">{_e(ask_text(report, lang))}</pre>',
        "</section>",
    ]


def _article(item: Item, marks: _Marks, lang: str, w: dict[str, str]) -> str:
    f = item.finding
    sources = [_cited(ev, marks, w) for ev in item.evidence] or [_e(w["nowhere"])]
    rows = [
        (w["value"], _e(item.value)),
        (w["read_from"], "<br>".join(sources)),
        (w["finding"], _e(item.message)),
    ]
    if item.fix:
        rows.append((w["fix"], _e(item.fix)))
    url = f.reference.url
    link = (
        f'<a href="{_e(url)}">{_e(f.reference.title)}</a>'
        if url.startswith(("https://", "http://"))
        else _e(f.reference.title)
    )
    rows.append((w["source"], f'{link}<br><span class="muted">{_e(url)}</span>'))
    body = "".join(f"<dt>{_e(name)}</dt><dd>{value}</dd>" for name, value in rows)
    return (
        f'<article class="finding st-{f.status}" id="{_anchor(f.id)}">'
        f'<h3><span class="mark">{item.mark}</span>{_e(item.label)} '
        f'<span class="status">— {_e(pick(STATUS_WORDS[f.status], lang))}</span> <code>{_e(f.id)}</code></h3>'
        f"<dl>{body}</dl></article>"
    )


def _cited(ev: Evidence, marks: _Marks, w: dict[str, str]) -> str:
    if ev.page == 0:
        return f"{_e(ev.text)} ({_e(w['given'])})"
    quote = f"“{_e(ev.text)}”"
    note = f' <span class="muted">[{_e(ev.note)}]</span>' if ev.note else ""
    mark_id = marks.ids.get((ev.page, ev.text))
    if mark_id is None:
        missing = f' <span class="muted">({_e(w["not_located"])})</span>' if marks.searched else ""
        return f"{_e(w['page'])} {ev.page}: {quote}{note}{missing}"
    return f'{_e(w["page"])} {ev.page}: <a href="#{mark_id}">{quote}</a>{note}'


def _fields(report: Report, marks: _Marks, w: dict[str, str]) -> list[str]:
    out = [
        '<section id="fields">',
        f"<h2>{_e(w['fields'])}</h2>",
        "<table>",
        f"<tr><th>{_e(w['field'])}</th><th>{_e(w['value'])}</th><th>{_e(w['confidence'])}</th>"
        f"<th>{_e(w['read_from'])}</th></tr>",
    ]
    for name, (label, value, confidence, _source) in zip(FIELD_LABELS, field_rows(report), strict=True):
        field_: ExtractedField[Any] = getattr(report.fields, name)
        source = _cited(field_.evidence[0], marks, w) if field_.value is not None and field_.evidence else ""
        out.append(
            f"<tr><td>{_e(label)}</td><td>{_e(value)}</td><td>{_e(confidence)}</td><td>{source}</td></tr>"
        )
    return [*out, "</table>", "</section>"]


def _document(document: Document | None, marks: _Marks, w: dict[str, str]) -> list[str]:
    out = ['<section id="document">', f"<h2>{_e(w['document'])}</h2>"]
    if document is None:
        return [*out, f'<p class="muted">{_e(w["no_document"])}</p>', "</section>"]
    for page in document.pages:
        out.append(f'<section class="page" id="page-{page.number}">')
        heading = f"{w['page'].capitalize()} {page.number}"
        out.append(f"<h3>{_e(heading)}</h3>")
        if page.ocr:
            out.append(f'<p class="muted">{_e(w["ocr"])}</p>')
        for index, line in enumerate(page.lines):
            spans = marks.spans.get((page.number, index), [])
            out.append(f'<div class="line b-{_e(line.block)}">{_marked(line.text, spans, marks)}</div>')
        out.append("</section>")
    return [*out, "</section>"]


def _marked(text: str, spans: list[tuple[int, int, str]], marks: _Marks) -> str:
    """A line's text with its evidence spans in ``<mark>``; overlapping spans become one mark over the line that
    carries the other ids as empty anchors, so every link still lands."""
    if not spans:
        return _e(text)
    spans = sorted(spans)
    overlapping = any(b[0] < a[1] for a, b in zip(spans, spans[1:], strict=False))
    if overlapping:
        first, *rest = [mark_id for _s, _e2, mark_id in spans]
        anchors = "".join(f'<span id="{other}"></span>' for other in dict.fromkeys(rest) if other != first)
        return f"{_mark_open(first, marks)}{anchors}{_e(text)}</mark>"
    out, at = [], 0
    for start, end, mark_id in spans:
        out.append(_e(text[at:start]))
        out.append(f"{_mark_open(mark_id, marks)}{_e(text[start:end])}</mark>")
        at = end
    out.append(_e(text[at:]))
    return "".join(out)


def _mark_open(mark_id: str, marks: _Marks) -> str:
    cited = ", ".join(dict.fromkeys(marks.findings.get(mark_id, [])))
    return f'<mark id="{mark_id}" title="{_e(cited)}">'


def _about(report: Report, w: dict[str, str]) -> list[str]:
    rules = report.rules
    facts = [
        f"language {report.language or '?'}",
        f"permit {report.permit}",
        f"rules {rules.pack} {rules.version} as of {rules.as_of}" if rules else f"as of {report.as_of}",
        f"{report.pages} page(s)",
        f"schema {report.schema_version}",
    ]
    out = ['<footer id="about">', f"<h2>{_e(w['details'])}</h2>", f"<p>{_e(' · '.join(facts))}</p>"]
    if report.permit_reason:
        out.append(f"<p>{_e(report.permit_reason)}</p>")
    if rules and (rules.overrides or rules.also):
        out.append(f"<p>{_e('; '.join([*rules.also, *rules.overrides]))}</p>")
    if report.warnings:
        out.append("<ul>" + "".join(f"<li>{_e(warning)}</li>" for warning in report.warnings) + "</ul>")
    if report.sha256:
        out.append(f'<p class="muted">sha256 {_e(report.sha256)}</p>')
    out.append(f'<p class="muted">{_e(w["aid"])}</p>')
    return [*out, "</footer>"]
