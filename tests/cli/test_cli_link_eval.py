"""``tipoff eval-worlds`` and ``tipoff eval-known-groups``: thin commands over the library."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tipoff.cli.main import build_app
from tipoff.evaluation.scenario_links import HEADER

runner = CliRunner()


def test_eval_worlds_prints_the_table_and_json_lines(tmp_path: Path) -> None:
    args = ["eval-worlds", "--work", str(tmp_path), "--scenarios", "default", "--seeds", "1"]
    shown = runner.invoke(build_app(), [*args, "--reports", "200"])
    assert shown.exit_code == 0, shown.output
    assert HEADER in shown.stdout and "| default | 1 | 200 |" in shown.stdout
    assert "worst: | default | 1 |" in shown.stdout
    as_json = runner.invoke(build_app(), [*args, "--reports", "200", "--json"])
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert [(r["scenario"], r["seed"], r["reports"]) for r in rows] == [("default", 1, 200)]
    assert 0.0 <= rows[0]["sub_networks"]["ari"] <= 1.0


def test_eval_worlds_refuses_unknown_scenarios_and_seeds(tmp_path: Path) -> None:
    base = ["eval-worlds", "--work", str(tmp_path)]
    unknown = runner.invoke(build_app(), [*base, "--scenarios", "default,nope"])
    assert unknown.exit_code == 2 and "nope" in unknown.output
    assert runner.invoke(build_app(), [*base, "--seeds", "one"]).exit_code == 2


def test_eval_known_groups_scores_a_sample(shared_data: Path, tmp_path: Path) -> None:
    args = ["eval-known-groups", "--data", str(shared_data), "--work", str(tmp_path)]
    shown = runner.invoke(build_app(), [*args, "--entities", "20", "--json"])
    assert shown.exit_code == 0, shown.output
    rows = [json.loads(line) for line in shown.stdout.splitlines()]
    assert [r["level"] for r in rows] == ["sub-networks", "networks"]
    assert "20 entities" in shown.stderr


def test_eval_known_groups_without_data_says_where_it_looks(tmp_path: Path) -> None:
    missing = runner.invoke(build_app(), ["eval-known-groups", "--data", str(tmp_path)])
    assert missing.exit_code == 2 and "TIPOFF_SHARED_DATA" in missing.output
