"""Phishing kits (tipoff.simulate.kits) and recovery re-scams (tipoff.simulate.rescam): the
structures of the `kit-domains` and `recovery-rescam` scenarios, and their truth."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from tipoff.evaluation.scenario_links import ceiling_scores, true_identifier_links
from tipoff.simulate import WorldConfig, simulate
from tipoff.simulate.scenarios import scenario

N = 400


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def kits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("kits")
    simulate(scenario("kit-domains").config(), 2, out, N, workers=1)
    return out


@pytest.fixture(scope="module")
def rescams(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rescams")
    simulate(scenario("recovery-rescam").config(), 2, out, N, workers=1)
    return out


def test_a_kits_sites_are_cited_by_many_operations_and_one_offs(kits: Path) -> None:
    idents = {i["key"]: i for i in _read(kits / "truth" / "identifiers.jsonl")}
    operations: dict[str, set[str]] = defaultdict(set)
    for truth in _read(kits / "truth" / "report_network.jsonl"):
        for found in truth["identifiers"]:
            if "kit" in idents[found["key"]]["attrs"]:
                operations[found["key"]].add(truth["network"])
    assert operations
    busiest = max(operations.values(), key=len)
    assert len(busiest) >= 10
    assert any(n.startswith("ONE-") for n in busiest) and any(n.startswith("NET-") for n in busiest)


def test_one_offs_without_a_kit_have_phishing_hosts_of_their_own(kits: Path) -> None:
    sites: dict[str, set[str]] = defaultdict(set)
    for truth in _read(kits / "truth" / "report_network.jsonl"):
        for found in truth["identifiers"]:
            if found["key"].startswith("domain:"):
                sites[found["key"]].add(truth["network"])
    idents = {i["key"]: i for i in _read(kits / "truth" / "identifiers.jsonl")}
    shared = [k for k, nets in sites.items() if len(nets) > 1 and not idents[k]["common"]]
    assert all("kit" in idents[k]["attrs"] for k in shared), shared


def test_recovery_reports_quote_another_crews_values_as_history(rescams: Path) -> None:
    idents = {i["key"]: i for i in _read(rescams / "truth" / "identifiers.jsonl")}
    quoted = 0
    for truth in _read(rescams / "truth" / "report_network.jsonl"):
        history = [f for f in truth["identifiers"] if f.get("history")]
        if not history:
            continue
        quoted += 1
        assert truth["scam_type"] == "investment.recovery"
        for found in history:
            assert truth["network"] not in idents[found["key"]]["networks"]
    assert quoted >= 0.5 * sum(
        t["scam_type"] == "investment.recovery"
        for t in _read(rescams / "truth" / "report_network.jsonl")
    )


def test_the_ceiling_does_not_link_through_quoted_history(rescams: Path) -> None:
    perfect, crews_of = true_identifier_links(rescams)
    assert ceiling_scores(perfect, crews_of).precision == 1.0


def test_kit_options_are_checked() -> None:
    with pytest.raises(ValueError, match="kit_share needs kit_sellers"):
        WorldConfig(kit_share=0.5)
