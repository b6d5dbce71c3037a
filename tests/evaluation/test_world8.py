"""The eighth independent world's generator alone (bench/independent_world_8.py): no linking.

These tests never run tipoff's linker, so they reveal no score; they check that the world is
valid intake, reproducible, passable (ceiling) and that its traps are really in it.
"""

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
from independent_world_8 import CONFIGS, build, write_world  # noqa: E402

INNOCENT = ("svc:", "innocent:")


@pytest.fixture(scope="module")
def worlds() -> dict[str, tuple[list[dict], list[dict], dict]]:
    return {config: build(config, 1, 400) for config in CONFIGS}


def test_every_report_is_valid_intake(worlds: dict) -> None:
    for reports, _, _ in worlds.values():
        assert len(reports) == 400
        assert len({r["external_id"] for r in reports}) == 400
        for report in reports:
            ReportIn.model_validate(report)


def test_same_seed_same_world_other_seed_other_world(tmp_path: Path) -> None:
    one = write_world("cross_market", 3, 200, tmp_path / "a")
    again = write_world("cross_market", 3, 200, tmp_path / "b")
    other = write_world("cross_market", 4, 200, tmp_path / "c")
    for name in ("reports.jsonl", "truth.jsonl", "world.json"):
        assert (one / name).read_bytes() == (again / name).read_bytes()
    assert (one / "reports.jsonl").read_bytes() != (other / "reports.jsonl").read_bytes()


def test_mentions_point_at_what_the_report_says(worlds: dict) -> None:
    for reports, truth, world in worlds.values():
        ops = {o["id"] for o in world["operations"]}
        for report, row in zip(reports, truth, strict=True):
            assert report["external_id"] == row["external_id"]
            assert row["operation"] in ops
            for m in row["mentions"]:
                assert m["owner"] in ops or m["owner"].startswith(INNOCENT)
                part, *rest = m["where"].split(".")
                if part == "narrative":
                    assert m["written"] in report["narrative"]
                else:
                    item = report[part][int(rest[0])]
                    assert m["written"] in json.dumps(item, ensure_ascii=False)


def test_values_have_one_owner_and_innocent_values_span_operations(worlds: dict) -> None:
    quoted_somewhere = False
    for config, (_, truth, _) in worlds.items():
        owners: dict[str, set[str]] = {}
        users: dict[str, set[str]] = {}
        for row in truth:
            for m in row["mentions"]:
                owners.setdefault(m["key"], set()).add(m["owner"])
                users.setdefault(m["owner"], set()).add(row["operation"])
        assert all(len(o) == 1 for o in owners.values()), config
        shared = [o for o, u in users.items() if o.startswith(INNOCENT) and len(u) > 2]
        assert len(shared) >= 3, config
        quoted_somewhere |= any(o.startswith("op") and u - {o} for o, u in users.items())
    assert quoted_somewhere, "no report quotes another operation's value"


@pytest.mark.parametrize("config", CONFIGS)
def test_ceiling_is_passable_and_innocent_values_would_collapse(config: str) -> None:
    _, truth, _ = build(config, 2, 1000)
    true = [row["operation"] for row in truth]
    assert pair_scores(ceiling_labels(truth), true).ari >= 0.95
    everything = [dict(row, operation="all") for row in truth]
    for row in everything:
        row["mentions"] = [dict(m, owner="all", recoverable=True) for m in row["mentions"]]
    assert pair_scores(ceiling_labels(everything), true).ari < 0.5


def test_the_structures_are_there(worlds: dict) -> None:
    """Each configuration carries the trap it is named for."""
    reports, truth, _ = worlds["spoofed_caller"]
    spoofed = sum(
        any(
            m["owner"].startswith("innocent:") and m["where"].startswith("messages")
            for m in row["mentions"]
        )
        for row in truth
    )
    assert spoofed > 100
    _, truth, _ = worlds["victim_mules"]
    own_accounts = [m for row in truth for m in row["mentions"] if m["key"].startswith("account:")]
    received = Counter(m["key"] for m in own_accounts if m["where"].startswith("payments"))
    assert sum(1 for m in own_accounts if m["where"] == "narrative" and received[m["key"]]) > 10
    _, truth, _ = worlds["third_party"]
    assert sum(row["second_hand"] for row in truth) > 150
    assert any(row["duplicate_of"] for row in truth)
    reports, _, _ = worlds["cross_market"]
    assert len({r["victim_country"] for r in reports}) >= 6
    _, truth, _ = worlds["app_subdomains"]
    links = [m for row in truth for m in row["mentions"] if m["key"].startswith("domain:")]
    by_domain: dict[str, set[str]] = {}
    for m in links:
        by_domain.setdefault(m["key"], set()).add(m["written"])
    assert max(len(w) for w in by_domain.values()) > 5


def test_languages_and_noise(worlds: dict) -> None:
    languages: Counter[str] = Counter()
    unrecoverable = 0
    for reports, truth, _ in worlds.values():
        languages.update(r["language"] for r in reports)
        unrecoverable += sum(not m["recoverable"] for row in truth for m in row["mentions"])
    assert len(languages) >= 8
    assert unrecoverable > 50
