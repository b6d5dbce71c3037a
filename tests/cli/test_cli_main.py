"""The command map of ``tipoff.cli.main`` names every command once, with the module that
registers it, and a command loads only its own module."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys

import typer

from tipoff.cli.main import COMMAND_MODULES, COMMANDS, build_app, command_named


def _registered(module: str) -> set[str]:
    app = typer.Typer()
    importlib.import_module(module).register(app)
    names = {command.name for command in app.registered_commands}
    names |= {group.name for group in app.registered_groups}
    assert None not in names, f"{module} registers a command without an explicit name"
    return {name for name in names if name is not None}


def test_the_map_names_what_each_module_registers() -> None:
    for module in COMMAND_MODULES:
        mapped = {name for name, owner in COMMANDS.items() if owner == module}
        assert _registered(module) == mapped, module


def test_the_command_is_the_first_word_that_is_not_an_option() -> None:
    assert command_named(["--help"]) is None
    assert command_named([]) is None
    assert command_named(["serve", "--port", "9000"]) == "serve"
    assert command_named(["--verbose", "agency", "key", "list"]) == "agency"


def test_one_command_loads_one_module_and_no_command_loads_all() -> None:
    assert len(build_app().registered_commands) + len(build_app().registered_groups) == len(
        COMMANDS
    )
    only = build_app("init")
    assert [command.name for command in only.registered_commands] == ["init"]
    assert build_app("no-such-command").registered_groups  # unknown: everything, for the error


def test_a_light_command_does_not_import_the_web_server() -> None:
    probe = (
        "import sys; from tipoff.cli.main import build_app; build_app('init'); "
        "print(sorted(m for m in ('tipoff.server', 'fastapi', 'tipoff.simulate') if m in "
        "sys.modules))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=os.environ, check=True
    )
    assert shown.stdout.strip() == "[]"


def test_a_module_of_one_command_still_takes_the_command_name() -> None:
    """``tipoff ingest FILE`` with only cli/ingest loaded: "ingest" is the command, not FILE."""
    probe = (
        "import sys; sys.argv = ['tipoff', 'ingest', '--help']; "
        "from tipoff.cli.main import run; run()"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert "Usage: tipoff ingest [OPTIONS]" in shown.stdout


def test_python_dash_m_runs_the_command() -> None:
    """``python -m tipoff`` and ``python -m tipoff.cli.main`` are the ``tipoff`` command; the
    second used to import the module and exit 0 without running anything."""
    for module in ("tipoff", "tipoff.cli.main"):
        done = subprocess.run(
            [sys.executable, "-m", module, "extract", "call +81 80-4693-7908"],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        assert done.returncode == 0, done.stderr
        assert "+818046937908" in done.stdout, (module, done.stdout)
