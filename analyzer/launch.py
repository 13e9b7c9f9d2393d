"""The console entry point: answers ``--version`` and the top-level ``--help`` before anything heavy is imported.

Importing typer (and with it rich, markdown-it and click) costs 0.3-0.6 s, three times Python's own start-up, and
a shell script that asks for the version, or a person typing ``offercheck --help``, should not wait for it. So
these two questions are answered here from a few constants; every other command line goes to
:mod:`analyzer.cli`. A test keeps :data:`COMMANDS` equal to the commands that module registers, and shows that
answering needs no typer."""

from __future__ import annotations

import sys

from analyzer import __version__, exit_codes

SUMMARY = "Check Norwegian job offers and employment contracts against UDI work-permit requirements."

# Each command's one-line help, as analyzer.cli declares it (its docstring's first paragraph), in its order.
COMMANDS = (
    ("check", 'Check offers and print a report per file ("-" reads one document from standard input).'),
    (
        "batch",
        "Check many offers in parallel: one JSONL/CSV line per file, written as each finishes, then a summary.",
    ),
    (
        "doctor",
        "Show which optional parts (Tesseract OCR and its languages) and library versions are installed.",
    ),
    ("schema", "Print the JSON Schema of the report (the JSON contract of `check --format json`)."),
    ("rules", "Show the rule packs (patterns/rules/*.yaml) and run every rule's own examples."),
)
OPTIONS = (
    ("--version", "Show the version and exit."),
    ("--install-completion", "Install completion for the current shell."),
    ("--show-completion", "Show completion for the current shell, to copy it or customize the installation."),
    ("-h, --help", "Show this message and exit."),
)
HELP_FLAGS = (["--help"], ["-h"])
VERSION_FLAGS = (["--version"],)


def _wrapped(text: str, indent: int, width: int = 100) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width - indent) or [""]


def root_help() -> str:
    """``offercheck --help``: usage, commands, options and exit codes, plain text."""
    lines = ["Usage: offercheck [OPTIONS] COMMAND [ARGS]...", "", f"  {SUMMARY}"]
    for title, rows in (("Commands:", COMMANDS), ("Options:", OPTIONS)):
        lines += ["", title]
        column = max(len(name) for name, _ in rows) + 4
        for name, text in rows:
            wrapped = _wrapped(text, column)
            lines.append(f"  {name.ljust(column - 2)}{wrapped[0]}")
            lines += [" " * column + more for more in wrapped[1:]]
    lines += [
        "",
        *_wrapped(exit_codes.HELP, 0),
        "",
        "Run 'offercheck COMMAND --help' for a command's options.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    """The ``offercheck`` command."""
    args = sys.argv[1:]
    try:
        if args in VERSION_FLAGS:
            sys.stdout.write(f"offercheck {__version__}\n")
            sys.stdout.flush()
            return
        if args in HELP_FLAGS:
            sys.stdout.write(root_help())
            sys.stdout.flush()
            return
    except BrokenPipeError:
        exit_codes.broken_pipe_exit()
    from analyzer.cli import main as cli_main

    cli_main()
