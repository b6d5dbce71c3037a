"""Help text and the README's tour agree with the commands that exist."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from tipoff.cli.main import build_app

README = Path(__file__).resolve().parents[2] / "README.md"
runner = CliRunner()


def test_train_help_names_one_default_for_the_data(tmp_path: Path) -> None:
    shown = runner.invoke(build_app(), ["train", "--help"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    assert "[default: .]" not in shown.output
    assert "TIPOFF_SHARED_DATA" in shown.output and "../shared/data" in shown.output
    missing = runner.invoke(
        build_app(), ["train"], env={"TIPOFF_SHARED_DATA": str(tmp_path / "none")}
    )
    assert missing.exit_code == 1 and "TIPOFF_SHARED_DATA" in missing.output


def test_eval_links_help_points_to_eval_worlds_for_the_table() -> None:
    """eval-links scores one world; the table over configurations and seeds is eval-worlds
    (audit of 2026-12-07: the help did not say so)."""
    shown = runner.invoke(build_app(), ["eval-links", "--help"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    assert "tipoff eval-worlds" in shown.output


def _tour() -> list[list[str]]:
    """The commands of the README's CLI tour, without comments."""
    text = README.read_text(encoding="utf-8")
    block = re.search(r"## A tour of the CLI.*?```sh\n(.*?)```", text, re.S)
    assert block, "README has no CLI tour"
    joined = block.group(1).replace("\\\n", " ")
    lines = [line.split("  #")[0].strip() for line in joined.splitlines()]
    # "TIPOFF_X=y tipoff ..." sets a variable for one command: the command starts after it.
    lines = [re.sub(r"^(?:[A-Z_]+=\S+\s+)+", "", line) for line in lines]
    return [shlex.split(line) for line in lines if line.startswith("tipoff ")]


def test_every_command_and_option_in_the_readme_tour_exists() -> None:
    tour = _tour()
    assert any("--label-col" in words for words in tour)  # continuation lines are read
    assert sum(words[:2] == ["tipoff", "assess"] for words in tour) == 2
    root = typer.main.get_command(build_app())
    context = root.make_context("tipoff", [], resilient_parsing=True)
    for words in tour:
        command: Any = root
        rest = words[1:]
        while hasattr(command, "get_command"):  # a group (Typer vendors its own click)
            sub = command.get_command(context, rest[0])
            assert sub is not None, f"README: no command {' '.join(words)}"
            command, rest = sub, rest[1:]
        known = {o for p in command.params for o in (*p.opts, *p.secondary_opts)}
        for word in rest:
            if word.startswith("--"):
                option = word.split("=")[0]
                assert option in known, f"README: {' '.join(words)}: no option {option}"


@pytest.mark.parametrize("command", ["ingest", "serve", "init", "simulate"])
def test_a_command_alone_in_its_module_is_still_a_subcommand(command: str) -> None:
    # `run` loads only the asked command's module; typer would run a lone command as the
    # app itself and read the command's name as its first argument.
    shown = subprocess.run(
        [sys.executable, "-c", "from tipoff.cli.main import run; run()", command, "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert shown.returncode == 0, shown.stderr
    assert re.search(rf"Usage: \S+ {command} \[OPTIONS\]", shown.stdout), shown.stdout[:300]
