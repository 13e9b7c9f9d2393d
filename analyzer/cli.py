"""Command line: parse options, call the pipeline, pick a renderer. Heavy imports happen inside commands."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from typer.core import TyperCommand

from analyzer import __version__, exit_codes
from analyzer.commands.options import PermitChoice, TidyCommand, TidyGroup, as_of_date

if TYPE_CHECKING:
    from analyzer.model import Document, Report
    from analyzer.pipeline import AnalyzeOptions
    from analyzer.render.output import OutputPlan

# `offercheck --help` and `--version` alone are answered by analyzer.launch without importing this module; its
# tests keep the two in step.
app = typer.Typer(
    cls=TidyGroup,
    add_completion=True,  # --install-completion / --show-completion (bash, zsh, fish, PowerShell)
    no_args_is_help=True,
    help="Check Norwegian job offers and employment contracts against UDI work-permit requirements.",
    epilog=exit_codes.HELP,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    html = "html"
    markdown = "markdown"


class DegreeChoice(StrEnum):
    master = "master"
    bachelor = "bachelor"
    vocational = "vocational"


class MessagesChoice(StrEnum):
    auto = "auto"
    en = "en"
    nb = "nb"


class LangChoice(StrEnum):
    auto = "auto"
    en = "en"
    nb = "nb"
    nn = "nn"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"offercheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """offercheck: reads PDF/DOCX offers (English, bokmål, nynorsk) offline and reports what meets UDI's rules."""


# Options `check` and `batch` share: declared once here, parsed once in `analyze_options`, so they cannot drift.
# The defaults are the pipeline's (AnalyzeOptions), in the units the options take; a test keeps them equal.
MAX_SIZE_MB = 50
MAX_PAGES = 200
MAX_UNZIPPED_MB = 100
TIMEOUT_SECONDS = 60
MAX_MEMORY_MB = 2048  # analyzer.batch.runner.MAX_MEMORY_MB; a test keeps them equal
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="Apply the rules in force on this date (YYYY-MM-DD). Default: today."),
]
DegreeOption = Annotated[
    DegreeChoice | None,
    typer.Option("--degree", help="The education the post requires, if the offer omits it."),
]
LangOption = Annotated[LangChoice, typer.Option("--lang", help="Document language; auto detects it.")]
RulesOption = Annotated[
    Path | None, typer.Option("--rules", help="YAML file with dated values that override the rule pack.")
]
PermitOption = Annotated[
    PermitChoice,
    typer.Option(
        "--permit",
        help="Permit to check for; auto (the default) picks seasonal when the offer speaks of seasonal work.",
    ),
]
PasswordOption = Annotated[str | None, typer.Option("--password", help="Password for an encrypted PDF.")]
RedactOption = Annotated[
    bool,
    typer.Option("--redact", help="Mask national ID numbers, bank account numbers and e-mail addresses."),
]
MaxSizeOption = Annotated[float, typer.Option("--max-size", min=0.001, help="Largest file read, in MB.")]
MaxPagesOption = Annotated[int, typer.Option("--max-pages", min=1, help="Most pages a document may have.")]
MaxUnzippedOption = Annotated[
    float,
    typer.Option("--max-unzipped", min=0.001, help="Largest unpacked size of a DOCX, in MB (zip bombs)."),
]
TimeoutOption = Annotated[
    float, typer.Option("--timeout", min=0, help="Time limit per document in seconds; 0 for none.")
]
MaxMemoryOption = Annotated[
    float,
    typer.Option(
        "--max-memory",
        min=0,
        help="Memory limit per document in MB (of the process checking it); 0 for none.",
    ),
]
OcrOption = Annotated[bool, typer.Option("--ocr/--no-ocr", help="OCR scanned PDF pages with Tesseract.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show Python tracebacks for files that fail.")]


def _check_rules_file(rules: Path) -> None:
    """A missing or bad override file is a usage error (exit 2) before any file is read, said in one line that
    names the file, the line and the key (analyzer.commands.rules_errors)."""
    from analyzer.commands.rules import validated_packs

    try:
        validated_packs(rules)
    except typer.BadParameter as exc:
        if exc.__cause__ is None:
            raise  # the file does not exist: click's own message says so
        from analyzer.commands.rules_errors import explain
        from analyzer.render.terminal import safe
        from analyzer.rules.loader import load_all_packs

        known = {name for pack in load_all_packs() for name in pack.values}
        typer.echo(
            f"offercheck: --rules {safe(explain(rules, exc.__cause__, known), newlines=False)}", err=True
        )
        raise typer.Exit(exit_codes.USAGE) from None


def analyze_options(
    *,
    as_of: str | None,
    degree: DegreeChoice | None,
    lang: LangChoice,
    rules: Path | None,
    permit: PermitChoice,
    password: str | None,
    max_size: float,
    max_pages: int,
    max_unzipped: float,
    timeout: float,
    ocr: bool,
    debug: bool,
) -> AnalyzeOptions:
    """The shared options, checked (a bad date or rules file is a usage error before any file is read) and turned
    into the pipeline's options."""
    when = as_of_date(as_of)
    if rules is not None:
        _check_rules_file(rules)
    from analyzer.pipeline import AnalyzeOptions

    return AnalyzeOptions(
        as_of=when,
        degree=degree.value if degree else None,
        language=None if lang == LangChoice.auto else lang.value,
        rules_override=rules,
        password=password,
        permit=permit.value,
        max_bytes=int(max_size * 1024 * 1024),
        max_pages=max_pages,
        max_unzipped_bytes=int(max_unzipped * 1024 * 1024),
        timeout=timeout or None,
        ocr=ocr,
        debug=debug,
    )


@app.command()
def check(
    files: Annotated[
        list[Path],
        typer.Argument(
            help='PDF, DOCX or text files to check; "-" reads one from standard input.',
            show_default=False,
            metavar="FILE",
        ),
    ],
    format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="Output format: text, json, jsonl, html (one self-contained file) or markdown.",
        ),
    ] = OutputFormat.text,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the report to this file (atomically) instead of standard output; for html or markdown "
            "with several files, a folder (-o DIR/) gets one file per input.",
        ),
    ] = None,
    short: Annotated[
        bool,
        typer.Option("--short", help="Text report: print only the summary (verdict and what to act on)."),
    ] = False,
    as_of: AsOfOption = None,
    degree: DegreeOption = None,
    lang: LangOption = LangChoice.auto,
    messages: Annotated[
        MessagesChoice,
        typer.Option("--messages", help="Language of the report's messages: auto is the document's."),
    ] = MessagesChoice.auto,
    rules: RulesOption = None,
    permit: PermitOption = PermitChoice.auto,
    password: PasswordOption = None,
    redact: RedactOption = False,
    max_size: MaxSizeOption = MAX_SIZE_MB,
    max_pages: MaxPagesOption = MAX_PAGES,
    max_unzipped: MaxUnzippedOption = MAX_UNZIPPED_MB,
    timeout: TimeoutOption = TIMEOUT_SECONDS,
    max_memory: MaxMemoryOption = MAX_MEMORY_MB,
    ocr: OcrOption = True,
    debug: DebugOption = False,
) -> None:
    """Check offers and print a report per file ("-" reads one document from standard input)."""
    plan = _output_plan(files, format, output, short)
    options = analyze_options(
        as_of=as_of,
        degree=degree,
        lang=lang,
        rules=rules,
        permit=permit,
        password=password,
        max_size=max_size,
        max_pages=max_pages,
        max_unzipped=max_unzipped,
        timeout=timeout,
        ocr=ocr,
        debug=debug,
    )
    reports: list[Report] = []
    chunks: list[str] = []  # everything for one -o file, written at the end
    verdicts: list[str] = []
    with_document = format == OutputFormat.html
    for index, (report, document) in enumerate(
        _reports_with_stdin(files, options, max_memory, with_document=with_document)
    ):
        if redact:
            from analyzer.redact import redact_report, redact_value

            report = redact_report(report)
            if document is not None:
                document = type(document).model_validate(redact_value(document.model_dump(mode="python")))
        verdicts.append(report.verdict)
        lang_used = (
            ("nb" if report.language in ("nb", "nn") else "en")
            if messages == MessagesChoice.auto
            else messages.value
        )
        if format == OutputFormat.json:
            reports.append(report)
            continue
        if format == OutputFormat.text and plan is None:
            from rich.console import Console

            from analyzer.render.text import render_text

            render_text(report, Console(), lang=lang_used, short=short)
            continue
        text = _rendered(format, report, document, lang_used, short)
        target = plan.per_input.get(files[index]) if plan is not None else None  # reports come in file order
        if target is not None:
            from analyzer.render.output import write_atomic

            _write(write_atomic, target, text)
        elif plan is not None:
            chunks.append(text)
        else:
            typer.echo(text, nl=False)
    if format == OutputFormat.json:
        from analyzer.render.json import render_json

        chunks.append(render_json(reports) + "\n")
        if plan is None:
            typer.echo(chunks.pop(), nl=False)
    if plan is not None and plan.single is not None:
        from analyzer.render.output import write_atomic

        _write(write_atomic, plan.single, "".join(chunks))
    raise typer.Exit(exit_codes.exit_code(verdicts))


def _output_plan(
    files: list[Path], format: OutputFormat, output: Path | None, short: bool
) -> OutputPlan | None:
    """Where the reports go, checked before any file is read: a bad ``-o`` is one plain line and exit 2."""
    if short and format != OutputFormat.text:
        _usage_error("--short is for the text report (--format text).")
    if output is None:
        if format == OutputFormat.html and len(files) > 1:
            _usage_error("several HTML reports need a folder: -o DIR/ writes one file per input.")
        return None
    from analyzer.render.output import OutputProblem, plan_output

    try:
        return plan_output(files, format.value, output)
    except OutputProblem as problem:
        _usage_error(str(problem))


def _usage_error(message: str) -> NoReturn:
    from analyzer.render.terminal import safe

    typer.echo(f"offercheck check: {safe(message, newlines=False)}", err=True)
    raise typer.Exit(2)


def _write(write: Callable[[Path, str], None], path: Path, text: str) -> None:
    try:
        write(path, text)
    except OSError as exc:
        _usage_error(f"-o: cannot write '{path}': {exc.strerror or exc}.")


def _rendered(format: OutputFormat, report: Report, document: Document | None, lang: str, short: bool) -> str:
    """One report in a format that is written as a whole (text into a file is laid out for 80 columns)."""
    if format == OutputFormat.jsonl:
        from analyzer.render.json import render_jsonl

        return "".join(line + "\n" for line in render_jsonl([report]))
    if format == OutputFormat.html:
        from analyzer.render.html import render_html

        return render_html(report, document, lang)
    if format == OutputFormat.markdown:
        from analyzer.render.markdown import render_markdown

        return render_markdown(report, lang) + "\n"
    import io

    from rich.console import Console

    from analyzer.render.text import WIDTH, render_text

    buffer = io.StringIO()
    render_text(
        report, Console(file=buffer, width=WIDTH, color_system=None, force_terminal=False), lang, short=short
    )
    return buffer.getvalue()


def _reports_with_stdin(
    files: list[Path], options: AnalyzeOptions, max_memory_mb: float, *, with_document: bool = False
) -> Iterator[tuple[Report, Document | None]]:
    """:func:`_check_reports`, with ``-`` read from standard input (see analyzer.commands.stdin)."""
    from analyzer.commands.stdin import stdin_files

    with stdin_files(files, options.max_bytes) as (paths, named):
        for report, document in _check_reports(paths, options, max_memory_mb, with_document=with_document):
            yield named(report), document


def _check_reports(
    files: list[Path], options: AnalyzeOptions, max_memory_mb: float, *, with_document: bool = False
) -> Iterator[tuple[Report, Document | None]]:
    """Each file's report, in order, with the document it was read from when ``with_document`` (the HTML report
    shows its pages). With a time or memory limit the analysis runs in one warm worker process, killed and
    replaced when a document passes a limit (SIGALRM alone cannot stop a parser stuck in C code), so the limit
    always holds; with neither (``--timeout 0 --max-memory 0``) it runs here."""
    if not options.timeout and not max_memory_mb:
        from analyzer.pipeline import analyze

        for path in files:
            kept: list[Document] = []
            report = analyze(path, options, keep=kept if with_document else None)
            yield report, (kept[0] if kept and report.verdict != "error" else None)
        return
    from analyzer.batch.pool import WorkerPool

    max_memory = int(max_memory_mb * 2**20) or None
    task = "check_report_with_document" if with_document else "check_report"
    with WorkerPool(
        size=1,
        task=f"analyzer.batch.worker:{task}",
        initializer="analyzer.batch.worker:init_check",
        initargs=(options,),
        timeout=options.timeout,
        max_memory=max_memory,
    ) as pool:
        pool.warm(1)
        from analyzer.batch import worker  # imported while the worker warms up

        for result in pool.run(iter(files)):
            if result.kind != "done":
                yield worker.stopped_report(result, options, max_memory), None
            elif with_document:
                yield worker.report_and_document(result.value)
            else:
                yield worker.report_from_json(result.value), None


class BatchFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


class CsvDialect(StrEnum):
    standard = "standard"
    excel = "excel"


@app.command()
def batch(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files, folders (searched recursively) or glob patterns.", show_default=False, metavar="PATH"
        ),
    ],
    workers: Annotated[
        int | None, typer.Option("--workers", "-j", min=1, help="Worker processes. Default: one per core.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write results to this file. Default: standard output.")
    ] = None,
    format: Annotated[
        BatchFormat, typer.Option("--format", "-f", help="One report per line, or a CSV row.")
    ] = (BatchFormat.jsonl),
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip files whose content already has a line in --out; append.")
    ] = False,
    as_of: AsOfOption = None,
    degree: DegreeOption = None,
    lang: LangOption = LangChoice.auto,
    rules: RulesOption = None,
    permit: PermitOption = PermitChoice.auto,
    password: PasswordOption = None,
    redact: RedactOption = False,
    max_size: MaxSizeOption = MAX_SIZE_MB,
    max_pages: MaxPagesOption = MAX_PAGES,
    max_unzipped: MaxUnzippedOption = MAX_UNZIPPED_MB,
    timeout: TimeoutOption = TIMEOUT_SECONDS,
    max_memory: MaxMemoryOption = MAX_MEMORY_MB,
    ocr: OcrOption = True,
    debug: DebugOption = False,
    summary_json: Annotated[
        Path | None,
        typer.Option("--summary-json", help="Also write the end-of-run summary to this JSON file."),
    ] = None,
    all_files: Annotated[
        bool,
        typer.Option(
            "--all-files",
            help="Folders give every file, not only documents (.pdf .docx .doc .txt .md .text; README and "
            "LICENSE files left out); a file named on the command line is always checked.",
        ),
    ] = False,
    csv_dialect: Annotated[
        CsvDialect,
        typer.Option(
            "--csv-dialect",
            help="CSV separator: standard ',' or excel ';' (what Excel in Norwegian and most European locales "
            "splits into columns).",
        ),
    ] = CsvDialect.standard,
    bom: Annotated[
        bool | None,
        typer.Option(
            "--bom/--no-bom",
            help="A UTF-8 byte-order mark before the CSV header, so Excel reads æøå right. Default: in an --out "
            "file, not on standard output.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check many offers in parallel: one JSONL/CSV line per file, written as each finishes, then a summary."""
    options = analyze_options(
        as_of=as_of,
        degree=degree,
        lang=lang,
        rules=rules,
        permit=permit,
        password=password,
        max_size=max_size,
        max_pages=max_pages,
        max_unzipped=max_unzipped,
        timeout=timeout,
        ocr=ocr,
        debug=debug,
    )
    if resume and out is None:
        raise typer.BadParameter("--resume needs --out (the file to continue)", param_hint="--resume")
    from analyzer.batch.command import batch_main

    raise typer.Exit(
        batch_main(
            paths,
            options,
            workers=workers or 0,
            out=out,
            fmt=format.value,
            resume=resume,
            redact=redact,
            summary_json=summary_json,
            max_memory_mb=max_memory,
            all_files=all_files,
            csv_dialect=csv_dialect.value,
            bom=bom,
        )
    )


def _register_rules() -> None:
    from analyzer.commands.rules import app as rules_app

    app.add_typer(rules_app, name="rules", cls=TidyGroup)


_register_rules()


def _tidy_help() -> None:
    """Every command's help without typer's ``<bool>`` beside each flag (see TidyCommand); check and batch end
    with the exit codes."""
    for typer_app in (
        app,
        *(group.typer_instance for group in app.registered_groups if group.typer_instance),
    ):
        for info in typer_app.registered_commands:
            if info.cls in (None, TyperCommand):
                info.cls = TidyCommand
            if info.callback is check:
                info.epilog = exit_codes.HELP
            elif info.callback is batch:
                info.epilog = exit_codes.HELP_BATCH


@app.command()
def doctor(
    json_output: Annotated[bool, typer.Option("--json", help="Print the findings as JSON.")] = False,
) -> None:
    """Show which optional parts (Tesseract OCR and its languages) and library versions are installed."""
    from analyzer.commands.doctor import run

    raise typer.Exit(run(as_json=json_output))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report (the JSON contract of `check --format json`)."""
    import json

    from analyzer.model import Report

    typer.echo(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False))


_tidy_help()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
