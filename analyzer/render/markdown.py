"""Markdown report for an e-mail or a ticket: a summary table, a findings table (one row per finding) and what
to ask the employer to change.

Text from the document, its file name or a message filled from it goes through :func:`md`: controls and bidi
overrides shown escaped (:func:`analyzer.render.terminal.safe`), line breaks made spaces (a table row is one line),
and every character Markdown or its inline HTML would act on backslash-escaped (``|`` ends a cell, a backtick opens
code, ``<`` starts a tag, ``[`` a link, ``&`` an entity), so a hostile document cannot break a table or add markup.
"""

from __future__ import annotations

import re

from analyzer.model import Report
from analyzer.render.html import ask_text
from analyzer.render.summary import STATUS_WORDS, VERDICTS, counts, items, message_lang, pick
from analyzer.render.terminal import safe

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
"""What Markdown or its inline HTML acts on inside a line: escaped with a backslash. Line-start markers (``#``,
``-``, ``1.``) need no escape, since untrusted text never starts a line here."""
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("offercheck report", "offercheck-rapport"),
    "summary": ("Summary", "Sammendrag"),
    "findings": ("Findings", "Funn"),
    "ask": ("What to ask the employer to change", "Hva arbeidsgiveren bør endre"),
    "verdict": ("Verdict", "Resultat"),
    "file": ("File", "Fil"),
    "tally": ("Requirements", "Krav"),
    "rules": ("Rules", "Regler"),
    "language": ("Language", "Språk"),
    "permit": ("Permit", "Tillatelse"),
    "status": ("Status", "Status"),
    "requirement": ("Requirement", "Krav"),
    "value": ("Value read", "Verdi lest"),
    "from": ("Read from", "Lest fra"),
    "finding": ("Finding", "Funn"),
    "source": ("Legal source", "Rettskilde"),
    "error": ("Error", "Feil"),
    "aid": (
        "This is a checking aid, not legal advice.",
        "Dette er et hjelpemiddel, ikke juridisk rådgivning.",
    ),
}


def md(text: str) -> str:
    """Untrusted text as one line of inert Markdown (see the module docstring)."""
    one_line = " ".join(safe(text).split())
    return _SPECIAL.sub(r"\\\1", one_line)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def render_markdown(report: Report, lang: str = "en") -> str:
    lang = message_lang(lang)
    w = {key: pick(pair, lang) for key, pair in _WORDS.items()}
    out = [f"# {md(w['title'])}: {md(report.file)}", ""]
    summary = [
        (w["verdict"], f"**{md(pick(VERDICTS[report.verdict], lang))}**"),
        (w["file"], md(report.file)),
    ]
    if report.error:
        summary.append((w["error"], f"{md(report.error.message)} \\[{md(report.error.kind)}\\]"))
    else:
        rules = report.rules
        summary += [
            (w["tally"], md(counts(report, lang))),
            (w["language"], md(report.language or "?")),
            (w["permit"], md(report.permit)),
            (
                w["rules"],
                md(f"{rules.pack} {rules.version}, as of {rules.as_of}" if rules else str(report.as_of)),
            ),
        ]
    out += [f"## {w['summary']}", "", _row(["", ""]), _row(["---", "---"])]
    out += [_row([f"**{md(name)}**", value]) for name, value in summary]
    if report.error:
        return "\n".join([*out, "", f"_{md(w['aid'])}_", ""])
    out += ["", f"## {w['findings']}", ""]
    out.append(_row([w["status"], w["requirement"], "Id", w["value"], w["from"], w["finding"], w["source"]]))
    out.append(_row(["---"] * 7))
    for item in items(report, lang):
        f = item.finding
        ev = item.evidence[0] if item.evidence else None
        where = (
            f"p. {ev.page}: “{md(ev.text)}”" if ev is not None and ev.page else (md(ev.text) if ev else "")
        )
        finding = md(item.message) + (f" → {md(item.fix)}" if item.fix else "")
        source = f"{md(f.reference.title)} {md(f.reference.url)}"
        status = f"{item.mark} {md(pick(STATUS_WORDS[f.status], lang))}"
        out.append(_row([status, md(item.label), md(f.id), md(item.value), where, finding, source]))
    out += ["", f"## {w['ask']}", ""]
    out += [
        md(line) if index == 0 else _list_line(line)
        for index, line in enumerate(ask_text(report, lang).splitlines())
    ]
    out += ["", f"_{md(w['aid'])}_", ""]
    return "\n".join(out)


def _list_line(line: str) -> str:
    """``1. text`` as a Markdown list item with its text escaped."""
    number, _, text = line.partition(". ")
    return f"{number}. {md(text)}" if number.isdigit() else md(line)
