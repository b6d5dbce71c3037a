"""The ninth independent world's generator alone (bench/independent_world_9.py): no linking.

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
from independent_world_9 import CONFIGS, build, write_world  # noqa: E402

World = tuple[list[dict], list[dict], dict]


@pytest.fixture(scope="module")
def worlds() -> dict[str, World]:
    return {config: build(config, 1, 400) for config in CONFIGS}


def _text(report: dict, where: str) -> str:
    part, *rest = where.split(".")
    if part == "narrative":
        return report["narrative"]
    item = report[part][int(rest[0])]
    return " ".join(str(v) for v in item.values())


def test_every_report_is_valid_intake_and_mentions_are_in_it(worlds: dict[str, World]) -> None:
    for reports, truth, world in worlds.values():
        assert len(reports) == 400
        assert len({r["external_id"] for r in reports}) == 400
        ops = {o["id"] for o in world["operations"]}
        for report, row in zip(reports, truth, strict=True):
            ReportIn.model_validate(report)
            assert report["external_id"] == row["external_id"]
            assert row["operation"] in ops
            for m in row["mentions"]:
                assert m["owner"] in ops or m["owner"].startswith("innocent:")
                assert m["written"] in _text(report, m["where"])


def test_same_seed_same_world_other_seed_other_world(tmp_path: Path) -> None:
    one = write_world("handover", 3, 200, tmp_path / "a")
    again = write_world("handover", 3, 200, tmp_path / "b")
    other = write_world("handover", 4, 200, tmp_path / "c")
    for name in ("reports.jsonl", "truth.jsonl", "world.json"):
        assert (one / name).read_bytes() == (again / name).read_bytes()
    assert (one / "reports.jsonl").read_bytes() != (other / "reports.jsonl").read_bytes()
    assert json.loads((one / "world.json").read_text(encoding="utf-8"))["reports"] == 200


@pytest.mark.parametrize("config", CONFIGS)
def test_ceiling_is_passable_and_every_value_would_collapse(config: str) -> None:
    _, truth, _ = build(config, 2, 3000)
    true = [row["operation"] for row in truth]
    assert pair_scores(ceiling_labels(truth), true).ari >= 0.95
    everything = [dict(row, operation="all") for row in truth]
    for row in everything:
        row["mentions"] = [dict(m, owner="all", recoverable=True) for m in row["mentions"]]
    assert pair_scores(ceiling_labels(everything), true).ari < 0.5


def _owners(truth: list[dict]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for row in truth:
        for m in row["mentions"]:
            owners.setdefault(m["key"], set()).add(m["owner"])
    return owners


def test_values_change_hands_only_where_the_configuration_says(worlds: dict[str, World]) -> None:
    for config in ("double_hit", "ocr_screenshots", "lookalike_platforms"):
        assert all(len(o) == 1 for o in _owners(worlds[config][1]).values()), config
    _, truth, world = worlds["handover"]
    sold = [k for k, o in _owners(truth).items() if len(o) == 2]
    assert len(sold) >= 5
    seller_of = {h["key"]: h["seller"] for h in world["handovers"]}
    day_of = {h["key"]: h["day"] for h in world["handovers"]}
    for row in truth:
        for m in row["mentions"]:
            if m["key"] in seller_of:
                assert (m["owner"] == seller_of[m["key"]]) == (row["day"] < day_of[m["key"]])
    _, truth, world = worlds["recycled_numbers"]
    recycled = {r["key"]: r for r in world["recycled"]}
    later = 0
    for row in truth:
        for m in row["mentions"]:
            if m["owner"].startswith("innocent:subscriber"):
                assert row["day"] > recycled[m["key"]]["day"]
                later += 1
            elif m["key"] in recycled:
                assert m["owner"] == recycled[m["key"]]["crew"]
    assert later > 20
    assert sum(row["complaint"] for row in truth) >= 5


def test_the_structures_are_there(worlds: dict[str, World]) -> None:
    _, truth, _ = worlds["double_hit"]
    assert sum(bool(row["second_operation"]) for row in truth) > 60
    _, truth, _ = worlds["ocr_screenshots"]
    assert sum(not m["recoverable"] for row in truth for m in row["mentions"]) > 20
    reports, _, _ = worlds["ocr_screenshots"]
    assert any("０" in json.dumps(r, ensure_ascii=False) for r in reports)
    _, truth, _ = worlds["lookalike_platforms"]
    per_op = Counter(
        m["owner"] for row in truth for m in row["mentions"] if m["key"].startswith("domain:")
    )
    domains: dict[str, set[str]] = {}
    for row in truth:
        for m in row["mentions"]:
            if m["key"].startswith("domain:") and m["owner"].startswith("op"):
                domains.setdefault(m["owner"], set()).add(m["key"])
    assert max(len(d) for d in domains.values()) >= 8
    assert per_op and any(o.startswith("innocent:exchange") for o in per_op)


def test_languages_countries_and_innocents(worlds: dict[str, World]) -> None:
    languages: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for reports, truth, _ in worlds.values():
        languages.update(r["language"] for r in reports)
        countries.update(r["victim_country"] for r in reports)
        users: dict[str, set[str]] = {}
        for row in truth:
            for m in row["mentions"]:
                users.setdefault(m["owner"], set()).add(row["operation"])
        assert sum(o.startswith("innocent:") and len(u) > 2 for o, u in users.items()) >= 3
    assert len(languages) == 9
    assert len(countries) == 10
