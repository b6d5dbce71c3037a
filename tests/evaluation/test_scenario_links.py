"""The multi-world linking harness (tipoff.evaluation.scenario_links) runs end to end on
tiny worlds."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tipoff.evaluation.scenario_links import (
    LinkSetup,
    main,
    run_world,
    score_stored,
    table,
)
from tipoff.link.hubs import HubPolicy
from tipoff.simulate import WorldConfig

SETUP = LinkSetup(HubPolicy(default_threshold=1000), leiden_min_size=50)


def test_a_tiny_world_is_ingested_relinked_and_scored(tmp_path: Path) -> None:
    row = run_world("default", WorldConfig(networks=6), 2, 300, tmp_path, SETUP)
    assert row.reports == 300 and 1 <= row.crews <= 6
    assert row.rejected <= 3  # only the known over-cap amounts (test_simulate_scenarios)
    for scores in (row.clusters, row.sub_networks, row.true_ids, row.ceiling):
        assert scores.reports == 300
        assert -1.0 <= scores.ari <= 1.0 and 0.0 <= scores.precision <= 1.0
    # Single-crew true identifiers can never join two crews.
    assert row.ceiling.precision == 1.0
    assert row.sub_networks.ari > 0.3 and row.ceiling.ari > 0.5
    text = table([row])
    assert text.splitlines()[0].startswith("| scenario |") and "worst: | default | 2 |" in text


def test_stored_labels_are_scored_per_sub_network_and_missing_reports_stand_alone() -> None:
    truth: dict[str, str | None] = {"a": "X", "b": "X", "c": "Y", "d": None}
    stored = {"a": (1, 1), "b": (1, 2), "c": (1, 1)}
    clusters, subs = score_stored(stored, truth)
    assert clusters.predicted_pairs == 3 and clusters.agreeing_pairs == 1
    assert subs.predicted_pairs == 1 and subs.agreeing_pairs == 0
    assert subs.reports == 4 and np.isclose(subs.recall, 0.0)


def test_the_module_entry_prints_the_table_and_writes_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rows.jsonl"
    argv = ["--scenarios", "innocent-commons", "--seeds", "4", "--reports", "200"]
    assert main([*argv, "--work", str(tmp_path / "work"), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| innocent-commons | 4 | 200 |" in printed and "worst:" in printed
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row["scenario"] == "innocent-commons" and set(row["sub_networks"]) == {
        "ari",
        "precision",
        "recall",
    }
