"""offercheck works as an ordinary wheel: the wheel and the sdist carry patterns/ (as ``analyzer.patterns``) and
every module, and an installed wheel reads its data from itself, never from a checkout (issue 10).

The builds run offline (``--no-build-isolation``, setuptools from the test extra) from a clean copy of the
checkout, so a stale build/ folder cannot hide a missing file and the checkout is left untouched.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from analyzer import resources

ROOT = Path(__file__).resolve().parent.parent
IGNORE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
    "out",
    "samples",
    "tests",
    "benchmarks",
)


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (caches aside), by its path relative to it."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def _pip(*args: str, cwd: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", *args, "--no-deps", "--no-build-isolation", "--quiet"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A snapshot of the checkout: the files compared below are exactly the ones the builds saw."""
    import setuptools

    major = int(setuptools.__version__.split(".")[0])
    assert major >= 77, "setuptools>=77 is needed to build offline: pip install -e '.[test]'"
    src = tmp_path_factory.mktemp("src") / "offercheck"
    shutil.copytree(ROOT, src, ignore=IGNORE)
    return src


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("dist")
    _pip("wheel", str(source), "-w", str(out), cwd=out)
    (built,) = out.glob("offercheck-*.whl")
    return zipfile.ZipFile(built)


@pytest.mark.slow  # builds a wheel or an sdist
def test_wheel_carries_every_pattern_file_byte_for_byte(source: Path, wheel: zipfile.ZipFile) -> None:
    patterns = _tree(source / "patterns")
    assert "lexicon/nb.yaml" in patterns and "lexicon/README.md" in patterns and "clauses.yaml" in patterns
    assert any(name.startswith("rules/") and name.endswith(".yaml") for name in patterns)
    shipped = {name.removeprefix("analyzer/patterns/"): name for name in wheel.namelist()}
    missing = sorted(set(patterns) - set(shipped))
    assert not missing, f"not in the wheel: {missing}"
    changed = [name for name, data in patterns.items() if wheel.read(shipped[name]) != data]
    assert not changed, f"different bytes in the wheel: {changed}"
    assert "æ" in wheel.read("analyzer/patterns/lexicon/nb.yaml").decode("utf-8")  # UTF-8 survives as written


@pytest.mark.slow  # builds a wheel or an sdist
def test_wheel_carries_every_module(source: Path, wheel: zipfile.ZipFile) -> None:
    modules = {
        f"analyzer/{name}": data for name, data in _tree(source / "analyzer").items() if name.endswith(".py")
    }
    names = set(wheel.namelist())
    missing = sorted(set(modules) - names)
    assert not missing, f"not in the wheel (add the package to [tool.setuptools] packages): {missing}"
    assert all(wheel.read(name) == data for name, data in modules.items())


@pytest.mark.slow  # builds a wheel or an sdist
def test_wheel_holds_only_the_package_and_its_metadata(wheel: zipfile.ZipFile) -> None:
    tops = {name.split("/")[0] for name in wheel.namelist()}
    assert tops == {"analyzer", "offercheck-0.1.0.dist-info"}, (
        tops
    )  # no tests/, samples/, or a bare patterns/
    entry_points = wheel.read("offercheck-0.1.0.dist-info/entry_points.txt").decode()
    assert re.search(r"^offercheck = analyzer\.launch:main$", entry_points, re.MULTILINE)


@pytest.mark.slow  # builds a wheel or an sdist
def test_sdist_carries_patterns_and_builds_a_wheel_with_them(source: Path, tmp_path: Path) -> None:
    """`pip install offercheck-0.1.0.tar.gz` builds the wheel from the sdist: the data must survive both steps."""
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from setuptools import build_meta as b; print(b.build_sdist(sys.argv[1]))",
            str(tmp_path),
        ],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    with tarfile.open(tmp_path / proc.stdout.strip().splitlines()[-1]) as sdist:
        names = {m.name.removeprefix("offercheck-0.1.0/") for m in sdist.getmembers() if m.isfile()}
        sdist.extractall(tmp_path, filter="data")
    patterns = {f"patterns/{name}" for name in _tree(source / "patterns")}
    assert patterns <= names, sorted(patterns - names)
    _pip("wheel", str(tmp_path / "offercheck-0.1.0"), "-w", str(tmp_path / "dist"), cwd=tmp_path)
    (built,) = (tmp_path / "dist").glob("offercheck-*.whl")
    shipped = set(zipfile.ZipFile(built).namelist())
    assert {f"analyzer/{name}" for name in patterns} <= shipped


@pytest.mark.slow  # builds a wheel or an sdist
def test_installed_wheel_reads_its_own_data_from_any_folder(
    source: Path, wheel: zipfile.ZipFile, tmp_path: Path
) -> None:
    """Installed next to (not instead of) the checkout, run from elsewhere: the wheel's copy is what loads."""
    site = tmp_path / "site"
    _pip("install", "--target", str(site), str(wheel.filename), cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != resources.ENV_VAR} | {"PYTHONPATH": str(site)}
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import analyzer.resources as r; from analyzer.rules.loader import load_all_packs; "
            "print(r.patterns_dir()); print(len(load_all_packs()))",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    where, packs = probe.stdout.split()
    assert Path(where) == site / "analyzer" / "patterns"
    assert int(packs) == len(list((source / "patterns" / "rules").glob("*.yaml")))
    test = subprocess.run(
        [sys.executable, "-m", "analyzer", "rules", "test"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert test.returncode == 0, test.stdout + test.stderr
    passed = re.search(r"^(\d+)/(\d+) examples passed", test.stdout, re.MULTILINE)
    assert passed and int(passed.group(2)) > 0 and passed.group(1) == passed.group(2), test.stdout


def test_editable_install_reads_the_checkouts_patterns_folder() -> None:
    """In a checkout (`make install`), editing patterns/*.yaml takes effect at once: no copy in between."""
    if os.environ.get(resources.ENV_VAR):
        pytest.skip(f"{resources.ENV_VAR} is set")
    assert resources.patterns_dir() == ROOT / "patterns"
    assert resources.rules_dir() == ROOT / "patterns" / "rules"


def test_no_module_finds_data_relative_to_its_own_file() -> None:
    """The bug of issue 10: paths worked out from __file__ point into the checkout, which a wheel does not have."""
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "analyzer").rglob("*.py")
        if re.search(r"__file__|\.parent\.parent", p.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders


def test_override_points_every_loader_elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    assert resources.lexicon_dir() == tmp_path / "lexicon"
    assert resources.clauses_file() == tmp_path / "clauses.yaml"
    assert resources.rules_dir() == tmp_path / "rules"
    from analyzer.rules.loader import load_all_packs, pack_for

    assert load_all_packs() == []
    with pytest.raises(FileNotFoundError, match=re.escape(str(tmp_path / "rules"))):
        pack_for("skilled")
