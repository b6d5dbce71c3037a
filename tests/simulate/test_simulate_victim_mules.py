"""Victims' own values and victims recruited as mules (tipoff.simulate.victim_mules): the
structure of the `victim-mules` scenarios, and their truth."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from tipoff.evaluation.scenario_links import ceiling_scores, true_identifier_links
from tipoff.simulate import WorldConfig, simulate
from tipoff.simulate.scenarios import scenario

N = 600


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def mules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("victim-mules")
    simulate(scenario("victim-mules").config(), 2, out, N, workers=1)
    return out


def _recruited(world: Path) -> dict[str, dict]:
    idents = _read(world / "truth" / "identifiers.jsonl")
    return {i["key"]: i for i in idents if i["attrs"].get("victim_mule")}


def test_a_recruits_account_is_their_own_in_their_report_and_a_crews_for_its_payers(
    mules: Path,
) -> None:
    recruited = _recruited(mules)
    owners: dict[str, list[str]] = defaultdict(list)
    payers: dict[str, list[str]] = defaultdict(list)
    for truth in _read(mules / "truth" / "report_network.jsonl"):
        for found in truth["identifiers"]:
            if found["key"] in recruited:
                (owners if found.get("own") else payers)[found["key"]].append(truth["network"])
    assert len(owners) >= 0.1 * N
    assert all(len(crews) == 1 for crews in owners.values())  # one victim owns it
    paid = [key for key in owners if payers[key]]
    assert len(paid) >= 0.5 * len(owners)
    for key in paid:  # every payer is a victim of a crew that used the account
        assert set(payers[key]) <= set(recruited[key]["networks"])
    # crews take over their victims' accounts: mostly not the crew that scammed the owner
    other = [k for k in paid if set(payers[k]) - set(owners[k])]
    assert len(other) >= 0.5 * len(paid)
    assert max(len(recruited[k]["networks"]) for k in paid) >= 2  # rented to several crews


def test_own_values_are_written_as_the_victims_and_never_listed_as_the_scams(
    mules: Path,
) -> None:
    reports = {r["external_id"]: r for r in _read(mules / "reports.jsonl")}
    own = 0
    for truth in _read(mules / "truth" / "report_network.jsonl"):
        report = reports[truth["external_id"]]
        for found in truth["identifiers"]:
            if not found.get("own"):
                continue
            own += 1
            assert found["raw"] in report["narrative"]
            assert all(p["payee"] != found["raw"] for p in report["payments"])
            listed = [i for i in report.get("identifiers", []) if i["value"] == found["raw"]]
            assert all(i["role"] == "mentioned" for i in listed)
    assert own >= 0.3 * N


def test_recruits_report_being_used_as_the_crew_that_used_them(mules: Path) -> None:
    recruited = _recruited(mules)
    used = 0
    for truth in _read(mules / "truth" / "report_network.jsonl"):
        for found in truth["identifiers"]:
            if found["key"] in recruited and not found.get("own"):
                assert truth["network"] in recruited[found["key"]]["networks"]
                used += 1
    assert used > 0


def test_the_ceiling_does_not_link_through_the_victims_own_values(mules: Path) -> None:
    world, crews_of = true_identifier_links(mules)
    assert ceiling_scores(world, crews_of).precision == pytest.approx(1.0)


def test_victim_mule_options_are_checked_and_off_by_default() -> None:
    with pytest.raises(ValueError, match="victim_mule_crews"):
        WorldConfig(victim_mule_crews=(0, 2))
    with pytest.raises(ValueError, match="victim_mule_share"):
        WorldConfig(victim_mule_share=1.5)
    assert WorldConfig().victim_mule_share == 0.0 and WorldConfig().victim_own_share == 0.0
