"""The tenth independent world's generator alone (bench/independent_world_10.py): no linking.

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
from independent_world_10 import CONFIGS, build, write_world  # noqa: E402

World = tuple[list[dict], list[dict], dict]


@pytest.fixture(scope="module")
def worlds() -> dict[str, World]:
    return {config: build(config, 1, 800) for config in CONFIGS}


def _text(report: dict, where: str) -> str:
    part, *rest = where.split(".")
    if part == "narrative":
        return report["narrative"]
    item = report[part][int(rest[0])]
    return " ".join(str(v) for v in item.values())


def _owners(truth: list[dict]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for row in truth:
        for m in row["mentions"]:
            owners.setdefault(m["key"], set()).add(m["owner"])
    return owners


def test_every_report_is_valid_intake_and_mentions_are_in_it(worlds: dict[str, World]) -> None:
    for reports, truth, world in worlds.values():
        assert len(reports) == 800
        assert len({r["external_id"] for r in reports}) == 800
        ops = {o["id"] for o in world["operations"]}
        for report, row in zip(reports, truth, strict=True):
            ReportIn.model_validate(report)
            assert report["external_id"] == row["external_id"]
            assert row["operation"] in ops
            for m in row["mentions"]:
                assert m["owner"] in ops or m["owner"].startswith("innocent:")
                assert m["written"] in _text(report, m["where"])


def test_same_seed_same_world_other_seed_other_world(tmp_path: Path) -> None:
    one = write_world("refund_callers", 3, 200, tmp_path / "a")
    again = write_world("refund_callers", 3, 200, tmp_path / "b")
    other = write_world("refund_callers", 4, 200, tmp_path / "c")
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


def test_no_value_is_shared_by_two_operations(worlds: dict[str, World]) -> None:
    for config, (_, truth, _) in worlds.items():
        for key, owners in _owners(truth).items():
            crews = {o for o in owners if not o.startswith("innocent:")}
            assert len(crews) <= 1, (config, key)


def test_the_structures_are_there(worlds: dict[str, World]) -> None:
    # casinos: a different deposit account for most top-ups
    _, _, world = worlds["casino_agents"]
    assert max(len(o["values"].get("deposit", [])) for o in world["operations"]) >= 10
    # sextortion: bulk mails "from" the victim's own address, lone offenders, rings
    _, truth, world = worlds["sextortion_rings"]
    assert {"bulk", "ring", "lone"} <= {o["variant"] for o in world["operations"]}
    assert sum(m["how"] == "spoofed-own-email" for r in truth for m in r["mentions"]) > 30
    # refund callers: a real office's number as caller id, in several crews' reports
    reports, truth, _ = worlds["refund_callers"]
    spoofed = [
        r
        for r in reports
        if any(m.get("channel") == "voice_spoofed_cli" for m in r.get("messages", []))
    ]
    assert len(spoofed) > 30
    users: dict[str, set[str]] = {}
    for row in truth:
        for m in row["mentions"]:
            if m["owner"].startswith("innocent:office"):
                users.setdefault(m["owner"], set()).add(row["operation"])
    assert max(len(u) for u in users.values()) >= 3
    # customs parcels: many personas per compound, one set of courier sites; real couriers cited
    _, truth, world = worlds["customs_parcels"]
    assert max(len(o["values"].get("persona", [])) for o in world["operations"]) >= 20
    assert any(m["owner"].startswith("innocent:courier") for r in truth for m in r["mentions"])
    # crypto ATMs: the operators (a service) and the victim's own remote-desktop id
    _, truth, _ = worlds["crypto_atms"]
    owners = Counter(m["owner"].split("-")[0] for r in truth for m in r["mentions"])
    assert owners["innocent:atm"] > 30 and owners["innocent:victim"] > 30


def test_unrecoverable_forms_languages_countries_and_innocents(worlds: dict[str, World]) -> None:
    languages: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for reports, truth, _ in worlds.values():
        languages.update(r["language"] for r in reports)
        countries.update(r["victim_country"] for r in reports)
        assert sum(not m["recoverable"] for row in truth for m in row["mentions"]) > 10
        users: dict[str, set[str]] = {}  # an innocent value cited in several crews' reports
        for row in truth:
            for m in row["mentions"]:
                if m["owner"].startswith("innocent:"):
                    users.setdefault(m["key"], set()).add(row["operation"])
        assert sum(len(u) > 2 for u in users.values()) >= 3
        assert sum(len(r["mentions"]) == 0 for r in truth) == 0
    assert len(languages) == 9
    assert len(countries) >= 11
