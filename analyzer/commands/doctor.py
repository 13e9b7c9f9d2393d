"""``offercheck doctor``: is every part ``check`` needs present and working, and which optional parts are missing?

Required parts (the libraries, and the data: lexicon, clause cues, rule packs) are checked for real, by loading
and validating them from where this install reads them, so a broken install exits 1 here instead of turning
every report into ``"verdict": "error"``. OCR is optional and told apart piece by piece (the Python bindings,
the ``tesseract`` program, its language data), each with the command that installs it; missing OCR keeps exit 0.
"""

from __future__ import annotations

import importlib
import json
import platform
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

from analyzer import __version__, resources

REQUIRED = [
    "pdfplumber",
    "pdfminer.six",
    "pypdfium2",
    "python-docx",
    "lxml",
    "spacy",
    "pydantic",
    "typer",
    "rich",
    "PyYAML",
    "python-stdnum",
    "defusedxml",
]
PIP_OCR = "pip install 'offercheck[ocr]'"
APT_TESSERACT = "sudo apt-get install -y tesseract-ocr"
OCR_LANGUAGES = {"nor": "Norwegian", "eng": "English"}
LANGUAGE_EFFECTS = {"nor": "Norwegian OCR: æ, ø and å are misread", "eng": "English OCR is less accurate"}
OCR_USE = "OCR of scanned PDF pages (optional)"
NOT_READ = "OCR: scanned pages are not read"
TIMEOUT = 20  # seconds for `tesseract --version` / `--list-langs`


def apt_language(lang: str) -> str:
    return f"sudo apt-get install -y tesseract-ocr-{lang}"


@dataclass
class Part:
    name: str
    status: str  # "ok" | "missing" | "invalid" | "unknown" (not checkable because another part is missing)
    version: str | None
    needed_for: str
    required: bool = False
    detail: str | None = None  # where it was found, what it holds, or what exactly is wrong
    disables: str | None = None
    install: str | None = None


def _dist_version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def collect() -> list[Part]:
    parts: list[Part] = [Part("python", "ok", platform.python_version(), "everything", required=True)]
    for dist in REQUIRED:
        version = _dist_version(dist)
        parts.append(
            Part(
                dist,
                "ok" if version else "missing",
                version,
                "core (required)",
                required=True,
                disables=None if version else "offercheck does not start",
                install=None if version else "pip install offercheck",
            )
        )
    parts.extend(data_parts())
    parts.extend(ocr_parts())
    return parts


# --- data: the files `check` reads ------------------------------------------------------------------------------


def _data_fix() -> str:
    if resources.overridden():
        return f"fix the folder {resources.ENV_VAR} points at, or unset {resources.ENV_VAR}"
    return "pip install --force-reinstall offercheck (or restore patterns/ in a checkout)"


def _data_part(name: str, path: Path, needed_for: str, describe: Callable[[Path], str]) -> Part:
    """Validate one data file; ``describe`` (called only once it validates) says what it holds."""
    from analyzer.rules.validate import validate_file

    if not path.is_file():
        return Part(
            name, "missing", None, needed_for, True, f"not found: {path}", "check cannot run", _data_fix()
        )
    try:
        validate_file(path)
    except (ValueError, OSError) as exc:
        return Part(name, "invalid", None, needed_for, True, str(exc), "check cannot run", _data_fix())
    return Part(name, "ok", None, needed_for, True, f"{path} ({describe(path)})")


def data_parts() -> list[Part]:
    from analyzer.clauses.patterns import load_clause_patterns
    from analyzer.resources.lexicon import load_lexicon

    parts = [
        _data_part(
            "lexicon",
            resources.lexicon_dir() / "common.yaml",
            "field labels and cue words (required)",
            lambda path: f"{len(load_lexicon(path.parent).labels)} label sets",
        ),
        _data_part(
            "clause cues",
            resources.clauses_file(),
            "contract clause scan (required)",
            lambda path: f"{len(load_clause_patterns(path).clauses)} clauses",
        ),
        rule_packs_part(),
    ]
    if resources.overridden():  # not the installed data: say so, or a stale variable goes unnoticed
        for part in parts:
            part.detail = f"{part.detail} [folder chosen by {resources.ENV_VAR}]"
    return parts


def rule_packs_part() -> Part:
    """Every file in rules/ validates, and there is a pack for each permit `check --permit` offers."""
    from analyzer.commands.options import PermitChoice
    from analyzer.rules.loader import load_all_packs
    from analyzer.rules.validate import validate_file

    name, needed_for = "rule packs", "the checks themselves (required)"
    where = resources.rules_dir()
    files = sorted(where.glob("*.yaml")) + sorted(where.glob("*.yml")) if where.is_dir() else []
    if not files:
        return Part(
            name,
            "missing",
            None,
            needed_for,
            True,
            f"no rule packs in {where}",
            "check cannot run",
            _data_fix(),
        )
    problems = []
    for path in files:
        try:
            validate_file(path)
        except (ValueError, OSError) as exc:
            problems.append(str(exc))
    if problems:
        return Part(
            name, "invalid", None, needed_for, True, "; ".join(problems), "check cannot run", _data_fix()
        )
    packs = load_all_packs()
    permits = {p.permit for p in packs}
    lacking = [c.value for c in PermitChoice if c.value != "auto" and c.value not in permits]
    if lacking or "any" not in permits:
        what = ", ".join(f"permit '{p}'" for p in lacking + ([] if "any" in permits else ["any"]))
        return Part(
            name,
            "missing",
            None,
            needed_for,
            True,
            f"{where}: no pack for {what}",
            "check cannot run for that permit",
            _data_fix(),
        )
    rules = sum(len(p.rules) for p in packs)
    examples = sum(len(r.examples) for p in packs for r in p.rules)
    return Part(
        name,
        "ok",
        None,
        needed_for,
        True,
        f"{where} ({len(packs)} packs, {rules} rules, {examples} examples)",
    )


# --- OCR: optional, told apart piece by piece -------------------------------------------------------------------


def _importable(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def _tesseract(program: str, *args: str) -> str:
    """The program's output (tesseract writes some of it to stderr); raises OSError/SubprocessError if it fails."""
    proc = subprocess.run([program, *args], capture_output=True, text=True, timeout=TIMEOUT, check=True)
    return proc.stdout + proc.stderr


def ocr_parts() -> list[Part]:
    parts = []
    bindings = {"pytesseract": "pytesseract", "Pillow": "PIL"}
    for dist, module in bindings.items():
        have = _importable(module)
        parts.append(
            Part(
                dist,
                "ok" if have else "missing",
                _dist_version(dist) if have else None,
                "Python bindings for OCR (optional)",
                detail=None if have else f"the Python package {dist} is not installed",
                disables=None if have else NOT_READ,
                install=None if have else PIP_OCR,
            )
        )
    # The program pytesseract will call (its tesseract_cmd may name another path than plain "tesseract").
    command = "tesseract"
    if parts[0].status == "ok":
        import pytesseract

        command = str(pytesseract.pytesseract.tesseract_cmd)
    program = shutil.which(command)
    languages: set[str] | None = None
    if program is None:
        parts.append(
            Part(
                "tesseract",
                "missing",
                None,
                OCR_USE,
                detail=f"the tesseract program is not installed (no '{command}' on PATH)",
                disables=NOT_READ,
                install=APT_TESSERACT,
            )
        )
        why_unknown = "not checked: the tesseract program is not installed"
    else:
        try:
            version_text = _tesseract(program, "--version")
            listing = _tesseract(program, "--list-langs")
        except (OSError, subprocess.SubprocessError) as exc:
            parts.append(
                Part(
                    "tesseract",
                    "invalid",
                    None,
                    OCR_USE,
                    detail=f"{program} is installed but does not run ({type(exc).__name__}: {exc})",
                    disables=NOT_READ,
                    install=APT_TESSERACT.replace("install", "install --reinstall"),
                )
            )
            why_unknown = "not checked: the tesseract program does not run"
        else:
            match = re.search(r"tesseract\s+v?(\S+)", version_text)
            parts.append(Part("tesseract", "ok", match.group(1) if match else None, OCR_USE, detail=program))
            languages = {line.strip() for line in listing.splitlines()[1:] if line.strip()}
    for lang, label in OCR_LANGUAGES.items():
        name, needed_for = f"tesseract language '{lang}'", f"OCR of {label} text (optional)"
        if languages is None:
            parts.append(
                Part(
                    name,
                    "unknown",
                    None,
                    needed_for,
                    detail=why_unknown,
                    disables=LANGUAGE_EFFECTS[lang],
                    install=apt_language(lang),
                )
            )
        elif lang in languages:
            parts.append(Part(name, "ok", None, needed_for))
        else:
            parts.append(
                Part(
                    name,
                    "missing",
                    None,
                    needed_for,
                    detail=f"tesseract has no '{lang}' language data",
                    disables=LANGUAGE_EFFECTS[lang],
                    install=apt_language(lang),
                )
            )
    return parts


def ocr_summary(parts: list[Part]) -> str:
    """One line on whether scanned pages can be read, naming what stands in the way."""
    ocr = [p for p in parts if not p.required]
    blocking = [p.name for p in ocr if p.status != "ok" and not p.name.startswith("tesseract language")]
    langs = [p for p in ocr if p.name.startswith("tesseract language")]
    if blocking:
        return f"OCR of scanned pages: not available (missing or broken: {', '.join(blocking)})."
    if all(p.status != "ok" for p in langs):
        return (
            "OCR of scanned pages: not available (tesseract has neither Norwegian nor English language data)."
        )
    weak = [p.name for p in langs if p.status != "ok"]
    return "OCR of scanned pages: available" + (f" (without {', '.join(weak)})." if weak else ".")


def run(as_json: bool = False) -> int:
    """Print the report; exit code 1 if a required part is missing or invalid, else 0 (optional parts never fail)."""
    parts = collect()
    broken_required = [p for p in parts if p.required and p.status != "ok"]
    code = 1 if broken_required else 0
    if as_json:
        print(
            json.dumps(
                {
                    "offercheck": __version__,
                    "ok": code == 0,
                    "ocr": ocr_summary(parts),
                    "parts": [asdict(p) for p in parts],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return code
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    table = Table(title=f"offercheck {__version__} on Python {platform.python_version()} ({sys.platform})")
    for column in ("part", "status", "version", "details"):
        table.add_column(column, overflow="fold")
    colour = {"ok": "green", "missing": "red", "invalid": "red", "unknown": "yellow"}
    for p in parts:
        note = "; ".join(
            x for x in (p.detail or p.needed_for, f"without it: {p.disables}" if p.disables else None) if x
        )
        # Text cells: a path or a validation message may hold [brackets] that rich would take for markup.
        table.add_row(Text(p.name), Text(p.status, style=colour[p.status]), Text(p.version or ""), Text(note))
    console.print(table)
    if broken_required:
        console.print(
            "offercheck check cannot run: " + ", ".join(f"{p.name} {p.status}" for p in broken_required),
            markup=False,
        )
    console.print(ocr_summary(parts), markup=False)
    installs = list(dict.fromkeys(p.install for p in parts if p.install))
    if installs:
        console.print("To install what is missing:")
        for command in installs:
            console.print(f"  {command}", markup=False)
    else:
        console.print("Everything is installed: text PDFs, DOCX, and scanned PDFs (OCR) can be read.")
    return code
