"""The second independent world (bench/independent_world_2.py) and its scoring.

Checks the generator, not tipoff: a seed gives the same world, every report is valid intake,
the truth is consistent, and the bench's own pairwise scores agree with tipoff's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from tipoff.evaluation.pair_scores import pair_scores as tipoff_pair_scores
from tipoff.intake.schema import ReportIn

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from bench_independent_world_2 import ceiling_labels, pair_scores  # noqa: E402
from independent_world_2 import CONFIGS, write_world  # noqa: E402


def test_a_seed_gives_the_same_world(tmp_path: Path) -> None:
    write_world("mule_herders", 3, 150, tmp_path / "a")
    write_world("mule_herders", 3, 150, tmp_path / "b")
    write_world("mule_herders", 4, 150, tmp_path / "c")
    a = (tmp_path / "a" / "reports.jsonl").read_bytes()
    assert a == (tmp_path / "b" / "reports.jsonl").read_bytes()
    assert a != (tmp_path / "c" / "reports.jsonl").read_bytes()


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_every_report_is_valid_intake_with_its_truth(config: str, tmp_path: Path) -> None:
    summary = write_world(config, 1, 200, tmp_path)
    reports = [json.loads(line) for line in (tmp_path / "reports.jsonl").open(encoding="utf-8")]
    truth = [json.loads(line) for line in (tmp_path / "truth.jsonl").open(encoding="utf-8")]
    assert len(reports) == len(truth) == summary["reports"] == 200
    for record, row in zip(reports, truth, strict=True):
        ReportIn.model_validate(record)
        assert record["external_id"] == row["external_id"]
        for m in row["mentions"]:
            assert m["owner_type"] in ("crew", "service", "innocent")
            assert m["owner_type"] != "crew" or m["owner"] == row["crew"]
    owners = {json.loads(line)["key"] for line in (tmp_path / "values.jsonl").open()}
    assert owners == {m["key"] for row in truth for m in row["mentions"]}


def test_the_ceiling_links_only_within_a_crew(tmp_path: Path) -> None:
    write_world("compounds", 1, 300, tmp_path)
    truth = [json.loads(line) for line in (tmp_path / "truth.jsonl").open(encoding="utf-8")]
    scores = pair_scores(ceiling_labels(truth), [row["crew"] for row in truth])
    assert scores.precision == 1.0
    assert scores.recall > 0.5


def test_pair_scores_agree_with_tipoffs() -> None:
    predicted = ["a", "a", "a", "b", "b", "c", "c", "c", "d"]
    truth = ["x", "x", "y", "y", "y", "z", "z", "x", "x"]
    mine = pair_scores(predicted, truth)
    theirs = tipoff_pair_scores(np.array(predicted), np.array(truth))
    assert mine.precision == pytest.approx(theirs.precision)
    assert mine.recall == pytest.approx(theirs.recall)
    assert mine.ari == pytest.approx(theirs.ari)
    assert pair_scores(["a", "a", "b"], ["a", "a", "b"]).ari == pytest.approx(1.0)
