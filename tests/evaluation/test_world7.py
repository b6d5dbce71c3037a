"""The seventh independent world's generator alone (bench/independent_world_7.py): no linking."""

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
from independent_world_7 import CONFIGS, build, write_world  # noqa: E402

OWNER_PREFIXES = ("svc:", "innocent:", "victim:")


@pytest.fixture(scope="module")
def worlds() -> dict[str, tuple[list[dict], list[dict], dict]]:
    return {config: build(config, 1, 400) for config in CONFIGS}


def test_five_configurations() -> None:
    assert len(CONFIGS) == 5


def test_every_report_is_valid_intake(worlds: dict) -> None:
    for reports, _, _ in worlds.values():
        assert len(reports) == 400
        for report in reports:
            ReportIn.model_validate(report)


def test_same_seed_same_world_other_seed_other_world(tmp_path: Path) -> None:
    one = write_world("sim_farm", 3, 200, tmp_path / "a")
    again = write_world("sim_farm", 3, 200, tmp_path / "b")
    other = write_world("sim_farm", 4, 200, tmp_path / "c")
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
                assert m["owner"] in ops or m["owner"].startswith(OWNER_PREFIXES)
                part, *rest = m["where"].split(".")
                if part == "narrative":
                    assert m["written"] in report["narrative"]
                elif part == "victim":
                    assert report["victim"]["phone"] == m["written"].strip()
                elif part == "payments":
                    assert report["payments"][int(rest[0])]["payee"] == m["written"].strip()
                elif part == "identifiers":
                    assert report["identifiers"][int(rest[0])]["value"] == m["written"].strip()
                else:
                    assert report[part][int(rest[0])]["from_id"] == m["written"].strip()


def test_values_have_one_owner_and_shared_values_span_operations(worlds: dict) -> None:
    for config, (_, truth, _) in worlds.items():
        owners: dict[str, set[str]] = {}
        users: dict[str, set[str]] = {}
        for row in truth:
            for m in row["mentions"]:
                owners.setdefault(m["key"], set()).add(m["owner"])
                users.setdefault(m["owner"], set()).add(row["operation"])
        assert all(len(o) == 1 for o in owners.values()), config
        shared = [o for o, u in users.items() if o.startswith(("svc:", "innocent:")) and len(u) > 1]
        assert len(shared) >= 3, config
        quoted = [o for o, u in users.items() if not o.startswith(OWNER_PREFIXES) and u - {o}]
        assert quoted, f"{config}: no report quotes another operation's value"


def test_recovery_victims_quote_the_first_crew() -> None:
    _, truth, _ = build("recovery_rescam", 1, 400)
    recovery = [row for row in truth if row["structure"] == "recovery"]
    assert len(recovery) > 100
    for row in recovery:
        if row["bank_filed"]:  # payments only: the bank's form has no room for the history
            continue
        history = [m for m in row["mentions"] if m["slot"] == "history"]
        assert history and all(m["owner"] != row["operation"] for m in history)
        assert any(m["owner"] == row["operation"] and m["recoverable"] for m in row["mentions"])


def test_kit_domains_are_a_service_used_by_many_crews() -> None:
    _, truth, world = build("marketplace", 1, 1000)
    users: dict[str, set[str]] = {}
    for row in truth:
        for m in row["mentions"]:
            if m["owner"].startswith("svc:kit"):
                users.setdefault(m["owner"], set()).add(row["operation"])
    assert users and min(len(u) for u in users.values()) >= 5
    singletons = sum(o["reports"] == 1 for o in world["operations"])
    assert singletons > len(world["operations"]) / 2


@pytest.mark.parametrize("config", CONFIGS)
def test_ceiling_is_passable_and_shared_values_would_collapse(config: str) -> None:
    _, truth, _ = build(config, 2, 1000)
    true = [row["operation"] for row in truth]
    assert pair_scores(ceiling_labels(truth), true).ari >= 0.95
    everything = [dict(row, operation="all") for row in truth]
    for row in everything:
        row["mentions"] = [dict(m, owner="all", recoverable=True) for m in row["mentions"]]
    assert pair_scores(ceiling_labels(everything), true).ari < 0.5


def test_structures_languages_and_noise(worlds: dict) -> None:
    languages: Counter[str] = Counter()
    structures: Counter[str] = Counter()
    unrecoverable = duplicates = second = bank_filed = 0
    for reports, truth, _ in worlds.values():
        languages.update(r.get("language", "und") for r in reports)
        structures.update(row["structure"] for row in truth)
        unrecoverable += sum(not m["recoverable"] for row in truth for m in row["mentions"])
        duplicates += sum(row["duplicate_of"] is not None for row in truth)
        second += sum(row["second_hand"] for row in truth)
        bank_filed += sum(row["bank_filed"] for row in truth)
    assert set(languages) == {"ja", "ko", "zh", "th", "vi", "id", "tl", "km", "en"}
    assert {"pig_butchering", "original", "recovery", "impersonation", "crew", "one_off"} <= set(
        structures
    )
    assert unrecoverable and duplicates and second and bank_filed
    for reports, truth, _ in worlds.values():
        for report, row in zip(reports, truth, strict=True):
            if row["bank_filed"]:
                assert not report.get("narrative") and report["payments"]
    assert json.dumps(next(iter(worlds.values()))[2])


def test_values_are_written_in_local_ways() -> None:
    reports, truth, _ = build("multilingual_mix", 1, 1000)
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in reports)
    for marker in ("Zalo ", "支店", "０"):
        assert marker in text, marker
    cited = {
        m["kind"] for row in truth for m in row["mentions"] if m["owner"].startswith("innocent:")
    }
    assert {"hotline", "portal", "bank_hotline", "exchange"} <= cited
