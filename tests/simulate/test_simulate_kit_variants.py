"""The kit-market variants (tipoff.simulate.kits, tipoff.simulate.operations): operations of
several reports, buyers' own pages on a kit's domain, kits' panels, two kits a buyer; each
world deterministic, and linkable by a perfect extractor (the ceiling)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from tipoff.evaluation.scenario_links import ceiling_scores, true_identifier_links
from tipoff.indicators.urls import canonical_domain
from tipoff.simulate import WorldConfig, simulate
from tipoff.simulate.scenarios import scenario

N = 600


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def bazaar(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bazaar")
    simulate(scenario("kit-bazaar").config(), 1, out, N, workers=1)
    return out


def test_a_variant_world_is_the_same_for_the_same_seed_and_any_workers(
    bazaar: Path, tmp_path: Path
) -> None:
    simulate(scenario("kit-bazaar").config(), 1, tmp_path, N, workers=2)
    for name in ("reports.jsonl", "truth/report_network.jsonl", "truth/identifiers.jsonl"):
        assert (tmp_path / name).read_bytes() == (bazaar / name).read_bytes(), name


def test_one_off_operations_have_several_reports_and_values_of_their_own(bazaar: Path) -> None:
    truths = [t for t in _read(bazaar / "truth" / "report_network.jsonl")]
    sizes = Counter(t["network"] for t in truths if t["network"].startswith("ONE-"))
    assert sum(n >= 2 for n in sizes.values()) >= 0.4 * len(sizes)
    assert sum(n == 1 for n in sizes.values()) >= 0.05 * len(sizes)  # a tail of lone ones
    idents = {i["key"]: i for i in _read(bazaar / "truth" / "identifiers.jsonl")}
    keys = [i["key"] for i in _read(bazaar / "truth" / "identifiers.jsonl")]
    assert len(keys) == len(set(keys))  # an operation's values listed once
    shared_own = defaultdict(set)
    for truth in truths:
        for found in truth["identifiers"]:
            if idents[found["key"]]["attrs"].get("operation") == truth["network"]:
                shared_own[found["key"]].add(truth["external_id"])
    assert sum(len(r) >= 2 for r in shared_own.values()) >= 20


def test_buyers_pages_sit_on_the_kits_registered_domains(bazaar: Path) -> None:
    idents = {i["key"]: i for i in _read(bazaar / "truth" / "identifiers.jsonl")}
    kit_domains = {
        i["value"] for i in idents.values() if i["kind"] == "domain" and "kit" in i["attrs"]
    }
    pages: dict[str, set[str]] = defaultdict(set)
    for truth in _read(bazaar / "truth" / "report_network.jsonl"):
        for found in truth["identifiers"]:
            ident = idents[found["key"]]
            on_kit = ident["kind"] == "url" and ident["attrs"].get("domain") in kit_domains
            if on_kit and "operation" in ident["attrs"]:
                pages[ident["value"]].add(truth["network"])
    assert len(pages) >= 10
    assert all(len(nets) == 1 for nets in pages.values())  # a buyer's page is the buyer's
    hosts = {url.split("/")[2] for url in pages}
    assert any(h not in kit_domains for h in hosts) and any(h in kit_domains for h in hosts)
    assert all(canonical_domain(url) in kit_domains for url in pages)


def test_a_kits_panel_is_cited_by_many_operations(bazaar: Path) -> None:
    idents = {i["key"]: i for i in _read(bazaar / "truth" / "identifiers.jsonl")}
    users: dict[str, set[str]] = defaultdict(set)
    for truth in _read(bazaar / "truth" / "report_network.jsonl"):
        for found in truth["identifiers"]:
            ident = idents[found["key"]]
            if "kit" in ident["attrs"] and ident["kind"] in ("handle", "wallet"):
                users[found["key"]].add(truth["network"])
    assert users and max(len(n) for n in users.values()) >= 5


@pytest.mark.parametrize(
    "name", ["kit-subdomains", "kit-panels", "kit-operations", "kit-many-sellers"]
)
def test_each_variant_can_be_linked_by_a_perfect_extractor(name: str, tmp_path: Path) -> None:
    simulate(scenario(name).config(), 2, tmp_path, N, workers=1)
    perfect, crews_of = true_identifier_links(tmp_path)
    assert ceiling_scores(perfect, crews_of).ari >= 0.85


def test_kit_variant_options_are_checked() -> None:
    with pytest.raises(ValueError, match="kit_sites"):
        WorldConfig(kit_sellers=1, kit_sites="cdn")
    with pytest.raises(ValueError, match="operation_reports"):
        WorldConfig(operation_reports=(2, 6))  # needs one_off_share
