"""The third independent world's generator alone (bench/independent_world_3.py): no linking."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from tipoff.intake.schema import ReportIn

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from bench_independent_world_2 import pair_scores  # noqa: E402
from bench_independent_world_3 import ceiling_labels  # noqa: E402
from independent_world_3 import CONFIGS, build, write_world  # noqa: E402


@pytest.fixture(scope="module")
def worlds() -> dict[str, tuple[list[dict], list[dict], dict]]:
    return {config: build(config, 1, 800) for config in CONFIGS}


def test_every_report_is_valid_intake(worlds: dict) -> None:
    for reports, _, _ in worlds.values():
        for report in reports:
            ReportIn.model_validate(report)


def test_ids_unique_and_truth_aligned(worlds: dict) -> None:
    for reports, truth, _ in worlds.values():
        ids = [r["external_id"] for r in reports]
        assert len(set(ids)) == len(ids)
        assert ids == [t["external_id"] for t in truth]


def test_same_seed_same_world_other_seed_other_world(tmp_path: Path) -> None:
    a = write_world("teachers", 3, 200, tmp_path / "a")
    b = write_world("teachers", 3, 200, tmp_path / "b")
    c = write_world("teachers", 4, 200, tmp_path / "c")
    text = [(p / "reports.jsonl").read_text(encoding="utf-8") for p in (a, b, c)]
    assert text[0] == text[1] != text[2]


def test_world_is_linkable_but_not_by_counting_everything(worlds: dict) -> None:
    for config, (_, truth, _) in worlds.items():
        true = [t["operation"] for t in truth]
        ceiling = pair_scores(ceiling_labels(truth), true)
        assert ceiling.ari >= 0.85, config
        assert ceiling.precision == 1.0, config
        # every shared value, services and innocent ones included, merges operations
        everything = [
            dict(t, operation="all", mentions=[dict(m, owner="all") for m in t["mentions"]])
            for t in truth
        ]
        naive = pair_scores(ceiling_labels(everything), true)
        assert naive.precision < 0.5, config


def test_noise_the_world_promises(worlds: dict) -> None:
    reports, truth, summary = worlds["long_tail"]
    langs = Counter(r["language"] for rs, _, _ in worlds.values() for r in rs)
    assert {"ja", "zh", "ko", "th", "vi", "id", "en", "tl"} <= set(langs)
    owners = Counter(
        m["owner"].split(":")[0] for _, ts, _ in worlds.values() for t in ts for m in t["mentions"]
    )
    assert owners["innocent"] > 0 and owners["svc"] > 0 and owners["victim"] > 0
    mentions = [m for _, ts, _ in worlds.values() for t in ts for m in t["mentions"]]
    unrecoverable = sum(not m["recoverable"] for m in mentions)
    assert 0.01 < unrecoverable / len(mentions) < 0.15
    assert any(t["second_hand"] for t in truth) and any(t["duplicate_of"] for t in truth)
    sizes = Counter(t["operation"] for t in truth)
    assert sum(1 for n in sizes.values() if n == 1) > 20  # one-off scammers
    structures = {o["structure"] for o in summary["operations"]}
    assert structures == {"compound", "teacher", "police", "task", "loan", "romance"}
    text = json.dumps(reports, ensure_ascii=False)
    assert "０" in text or "１" in text  # full-width digits somewhere
