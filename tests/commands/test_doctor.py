"""`offercheck doctor` tells the truth: the data `check` needs is loaded and validated (exit 1 if it is missing or
broken), and the OCR pieces are named apart (bindings, program, language data), each with its install command;
missing OCR never fails the command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from analyzer import resources
from analyzer.commands import doctor

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = ROOT / "patterns"
# The shape of what tesseract 5 prints: `--version` (name and version first), `--list-langs` (a header, one per line).
VERSION_TEXT = "tesseract 5.3.0\n leptonica-1.82.0\n  libgif 5.2.1 : libjpeg 6b (libjpeg-turbo 2.1.2)\n"
LANGS_ENG_ONLY = 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (2):\neng\nosd\n'


def _by_name(parts: list[doctor.Part]) -> dict[str, doctor.Part]:
    return {p.name: p for p in parts}


def _data_copy(tmp_path: Path, drop: tuple[str, ...] = ()) -> Path:
    """A copy of patterns/ without the files named in ``drop`` (paths relative to patterns/)."""
    copy = tmp_path / "patterns"
    shutil.copytree(PATTERNS, copy, ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    for name in drop:
        target = copy / name
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    return copy


@pytest.fixture
def data_ok(monkeypatch: pytest.MonkeyPatch) -> None:
    """OCR tests judge the exit code of OCR alone, whatever state the checkout's data files are in."""
    monkeypatch.setattr(doctor, "data_parts", lambda: [])


@pytest.fixture
def fake_tesseract(monkeypatch: pytest.MonkeyPatch) -> dict[str, str | Exception]:
    """A tesseract on PATH whose answers the test chooses (``--version`` / ``--list-langs`` → text or error)."""
    answers: dict[str, str | Exception] = {"--version": VERSION_TEXT, "--list-langs": LANGS_ENG_ONLY}

    def run(program: str, *args: str) -> str:
        answer = answers[args[0]]
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(shutil, "which", lambda cmd, *a, **k: "/usr/bin/tesseract")
    monkeypatch.setattr(doctor, "_tesseract", run)
    return answers


# --- the real install --------------------------------------------------------------------------------------------


def test_json_output_loads_the_data_and_lists_every_part() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "analyzer", "doctor", "--json"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data = json.loads(proc.stdout)
    parts = {p["name"]: p for p in data["parts"]}
    assert {
        "pdfplumber",
        "python-docx",
        "python-stdnum",
        "lexicon",
        "clause cues",
        "rule packs",
        "pytesseract",
        "Pillow",
        "tesseract",
        "tesseract language 'nor'",
        "tesseract language 'eng'",
    } <= set(parts)
    assert all(p["status"] in ("ok", "missing", "invalid", "unknown") for p in parts.values())
    assert data["ok"] is True and all(p["status"] == "ok" for p in parts.values() if p["required"])
    assert not any(parts[name]["required"] for name in ("pytesseract", "Pillow", "tesseract"))
    # Counted independently of the loader: rule-pack files in patterns/rules and the examples they hold.
    raw = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((PATTERNS / "rules").glob("*.yaml"))]
    packs = [r for r in raw if r.get("schema") == "rulepack/1"]
    examples = sum(len(rule.get("examples", [])) for pack in packs for rule in pack["rules"])
    detail = parts["rule packs"]["detail"]
    assert detail.startswith(str(PATTERNS / "rules")), detail
    assert f"{len(packs)} packs" in detail and f"{examples} examples" in detail, detail
    assert parts["lexicon"]["detail"].startswith(str(PATTERNS / "lexicon" / "common.yaml"))


# --- required data: missing or invalid → exit 1 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("drop", "part", "detail"),
    [
        (("rules",), "rule packs", "no rule packs in {dir}/rules"),
        (("lexicon",), "lexicon", "not found: {dir}/lexicon/common.yaml"),
        (("lexicon/common.yaml",), "lexicon", "not found: {dir}/lexicon/common.yaml"),
        (("clauses.yaml",), "clause cues", "not found: {dir}/clauses.yaml"),
        (("rules/udi-seasonal.yaml",), "rule packs", "no pack for permit 'seasonal'"),
        (("rules/udi-skilled-worker.yaml",), "rule packs", "no pack for permit 'skilled'"),
    ],
)
def test_missing_data_is_a_required_part_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, drop: tuple[str, ...], part: str, detail: str
) -> None:
    data = _data_copy(tmp_path, drop)
    if drop == ("rules",):
        (data / "rules").mkdir()  # the folder is there, the packs are not
    monkeypatch.setenv(resources.ENV_VAR, str(data))
    parts = _by_name(doctor.collect())
    assert parts[part].status == "missing" and parts[part].required
    assert detail.format(dir=data) in (parts[part].detail or "")
    assert resources.ENV_VAR in (parts[part].install or "")  # says where the data came from
    others = {"lexicon", "clause cues", "rule packs"} - {part}
    assert all(parts[name].status == "ok" for name in others)
    assert all(resources.ENV_VAR in (parts[name].detail or "") for name in others)
    assert doctor.run(as_json=True) == 1


def test_invalid_lexicon_is_reported_with_the_reason(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _data_copy(tmp_path)
    for language in (
        "en",
        "nb",
    ):  # December is named in these two files: without it the merged table has 11 months
        path = data / "lexicon" / f"{language}.yaml"
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        del raw["months"][12]
        path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv(resources.ENV_VAR, str(data))
    lexicon = _by_name(doctor.collect())["lexicon"]
    assert lexicon.status == "invalid"
    assert "lexicon" in (lexicon.detail or "") and "months must have keys 1..12" in (lexicon.detail or "")
    assert doctor.run(as_json=True) == 1


def test_a_language_file_under_another_name_is_invalid_and_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """nb words in a file called nn.yaml would silently become nynorsk: the loader refuses it, naming the file."""
    data = _data_copy(tmp_path)
    (data / "lexicon" / "nn.yaml").write_text(
        (data / "lexicon" / "nb.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setenv(resources.ENV_VAR, str(data))
    lexicon = _by_name(doctor.collect())["lexicon"]
    assert lexicon.status == "invalid"
    assert "nn.yaml" in (lexicon.detail or "") and "name the file nb.yaml" in (lexicon.detail or "")


def test_rule_pack_that_is_not_yaml_is_invalid(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _data_copy(tmp_path)
    (data / "rules" / "notes.yaml").write_text("rules: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv(resources.ENV_VAR, str(data))
    packs = _by_name(doctor.collect())["rule packs"]
    assert packs.status == "invalid"
    assert "notes.yaml" in (packs.detail or "") and "not valid YAML" in (packs.detail or "")
    assert doctor.run(as_json=True) == 1


def test_text_report_says_check_cannot_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))  # an empty folder: no data at all
    monkeypatch.setenv("COLUMNS", "250")
    assert doctor.run() == 1
    out = capsys.readouterr().out
    assert "offercheck check cannot run: lexicon missing, clause cues missing, rule packs missing" in out
    assert f"not found: {tmp_path / 'lexicon' / 'common.yaml'}" in out


# --- OCR: optional, every piece named apart -----------------------------------------------------------------------


def test_tesseract_program_missing_is_not_pytesseract_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_ok: None
) -> None:
    pytest.importorskip("pytesseract")
    monkeypatch.setattr(shutil, "which", lambda cmd, *a, **k: None)
    parts = _by_name(doctor.collect())
    assert parts["pytesseract"].status == "ok" and parts["Pillow"].status == "ok"
    program = parts["tesseract"]
    assert program.status == "missing" and not program.required
    assert program.detail and program.detail.startswith("the tesseract program is not installed")
    assert program.install == "sudo apt-get install -y tesseract-ocr"
    for lang in ("nor", "eng"):  # cannot be asked without the program: not claimed missing, but how to get it
        part = parts[f"tesseract language '{lang}'"]
        assert part.status == "unknown" and part.install == f"sudo apt-get install -y tesseract-ocr-{lang}"
    monkeypatch.setenv("COLUMNS", "250")
    assert doctor.run() == 0  # optional
    out = capsys.readouterr().out
    assert "the tesseract program is not installed" in out and "pytesseract is not installed" not in out
    assert "OCR of scanned pages: not available (missing or broken: tesseract)." in out
    assert "  sudo apt-get install -y tesseract-ocr\n" in out and "pip install 'offercheck[ocr]'" not in out


@pytest.mark.parametrize(("dist", "module"), [("pytesseract", "pytesseract"), ("Pillow", "PIL")])
def test_python_bindings_missing(
    monkeypatch: pytest.MonkeyPatch,
    fake_tesseract: dict[str, str | Exception],
    data_ok: None,
    dist: str,
    module: str,
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # `import pytesseract` / `import PIL` raises ImportError
    parts = _by_name(doctor.collect())
    part = parts[dist]
    assert part.status == "missing" and part.detail == f"the Python package {dist} is not installed"
    assert (
        part.install == "pip install 'offercheck[ocr]'" and part.disables == "OCR: scanned pages are not read"
    )
    assert parts["tesseract"].status == "ok" and parts["tesseract"].version == "5.3.0"  # the program is fine
    assert f"missing or broken: {dist}" in doctor.ocr_summary(list(parts.values()))
    assert doctor.run(as_json=True) == 0


def test_norwegian_language_data_missing(fake_tesseract: dict[str, str | Exception], data_ok: None) -> None:
    pytest.importorskip("pytesseract")
    parts = _by_name(doctor.collect())
    assert parts["tesseract"].status == "ok" and parts["tesseract"].detail == "/usr/bin/tesseract"
    nor, eng = parts["tesseract language 'nor'"], parts["tesseract language 'eng'"]
    assert nor.status == "missing" and nor.install == "sudo apt-get install -y tesseract-ocr-nor"
    assert nor.disables == "Norwegian OCR: æ, ø and å are misread"
    assert eng.status == "ok" and eng.install is None
    summary = doctor.ocr_summary(list(parts.values()))
    assert summary == "OCR of scanned pages: available (without tesseract language 'nor')."
    assert doctor.run(as_json=True) == 0


def test_no_usable_language_data(fake_tesseract: dict[str, str | Exception]) -> None:
    fake_tesseract["--list-langs"] = 'List of available languages in "/x/tessdata/" (1):\nosd\n'
    parts = doctor.collect()
    assert "neither Norwegian nor English" in doctor.ocr_summary(parts)


def test_tesseract_that_does_not_run(fake_tesseract: dict[str, str | Exception], data_ok: None) -> None:
    fake_tesseract["--version"] = subprocess.CalledProcessError(127, ["tesseract", "--version"])
    parts = _by_name(doctor.collect())
    assert parts["tesseract"].status == "invalid"
    assert "/usr/bin/tesseract is installed but does not run" in (parts["tesseract"].detail or "")
    assert parts["tesseract language 'nor'"].status == "unknown"
    assert doctor.run(as_json=True) == 0
