"""``offercheck --help`` and ``--version`` answered by analyzer/launch.py without typer (issue 16: at most 0.15 s
over ``python -c pass``), kept in step with the commands analyzer/cli.py registers; shell completion."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer

from analyzer import __version__, exit_codes, launch
from analyzer.cli import app


def _root() -> typer.core.TyperGroup:
    command = typer.main.get_command(app)
    assert isinstance(command, typer.core.TyperGroup)
    return command


def _first_paragraph(text: str | None) -> str:
    return " ".join((text or "").split("\n\n")[0].split())


def test_the_fast_help_lists_every_command_with_its_own_help() -> None:
    root = _root()
    ctx = typer.Context(root)
    registered = {}
    for name in root.list_commands(ctx):
        command = root.get_command(ctx, name)
        assert command is not None
        registered[name] = _first_paragraph(command.help)
    assert dict(launch.COMMANDS) == registered


def test_the_fast_help_lists_the_root_options() -> None:
    root = _root()
    ctx = typer.Context(root, **root.context_settings)
    opts = {opt for param in root.get_params(ctx) for opt in param.opts}
    listed = {opt.strip() for name, _ in launch.OPTIONS for opt in name.split(",")}
    assert listed == opts == {"--version", "--install-completion", "--show-completion", "--help", "-h"}
    assert _first_paragraph(root.help) == launch.SUMMARY


def test_the_fast_help_says_the_exit_codes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for args, expected in (
        (["--help"], "Usage: offercheck"),
        (["-h"], "Commands:"),
        (["--version"], __version__),
    ):
        monkeypatch.setattr(sys, "argv", ["offercheck", *args])
        launch.main()
        out = capsys.readouterr().out
        assert expected in out
    monkeypatch.setattr(sys, "argv", ["offercheck", "--help"])
    launch.main()
    text = " ".join(capsys.readouterr().out.split())
    assert exit_codes.HELP in text
    assert all(f"  {name} " in launch.root_help() for name, _ in launch.COMMANDS)
    assert max(map(len, launch.root_help().splitlines())) <= 100


_PROBE = (
    "import sys; sys.argv = ['offercheck', {arg!r}]; from analyzer.launch import main; main(); "
    "print(sorted({{m.split('.')[0] for m in sys.modules}} & {{'typer', 'rich', 'click', 'pydantic', 'yaml'}}), "
    "'analyzer.cli' in sys.modules)"
)


@pytest.mark.slow
@pytest.mark.parametrize("arg", ["--help", "-h", "--version"])
def test_help_and_version_import_nothing_heavy(arg: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(arg=arg)], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.splitlines()[-1] == "[] False", out.stdout


@pytest.mark.slow
def test_other_command_lines_reach_the_typer_app() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "analyzer", "check", "--help"], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0 and "--as-of" in run.stdout and "Exit codes" in run.stdout
    assert "<bool>" not in run.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "analyzer", "--nope"], capture_output=True, text=True, timeout=60
    )
    assert bad.returncode == 2


@pytest.mark.slow
def test_shell_completion_script_and_answers() -> None:
    """The installed command prints a bash completion script for itself, and answers a completion request."""
    import os
    from pathlib import Path

    command = Path(sys.executable).parent / "offercheck"
    if not command.exists():
        pytest.skip("offercheck is not installed beside this Python")
    script = subprocess.run(
        [command, "--show-completion", "bash"], capture_output=True, text=True, timeout=60
    )
    assert script.returncode == 0
    assert "complete -o default -F _offercheck_completion offercheck" in script.stdout
    env = {
        **os.environ,
        "_OFFERCHECK_COMPLETE": "complete_bash",
        "COMP_WORDS": "offercheck batch --for",
        "COMP_CWORD": "2",
    }
    answer = subprocess.run([command], capture_output=True, text=True, timeout=60, env=env)
    assert answer.stdout.split() == ["--format"]
