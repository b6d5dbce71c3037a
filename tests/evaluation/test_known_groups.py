"""Labelled real-world groups (tipoff.evaluation.known_groups): entities from listings, and the
real path run end to end on reports built from them."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tipoff.evaluation.known_groups import (
    Entity,
    ofac_entities,
    reports_of,
    scamdb_entities,
    score_entities,
)
from tipoff.evaluation.scenario_links import LinkSetup
from tipoff.link.hubs import HubPolicy
from tipoff.simulate.wallets import wallet_ident


def test_listings_sharing_an_address_are_one_entity() -> None:
    records = [
        {"name": "a.com", "addresses": {"ETH": ["0xA", "0xB"]}},
        {"name": "b.com", "addresses": {"ETH": ["0xB"], "BTC": ["1C"]}},
        {"name": "c.com", "addresses": {"ETH": ["0xD"], "XRP": ["rX"]}},
        {"name": "d.com"},
    ]
    entities = scamdb_entities(records)
    assert [(set(e.addresses), set(e.sites)) for e in entities] == [
        ({"0xA", "0xB", "1C"}, {"a.com", "b.com"}),
        ({"0xD"}, {"c.com"}),  # XRP is not a coin the check reads
    ]


def test_each_sanctioned_address_is_its_own_entity(tmp_path: Path) -> None:
    (tmp_path / "sanctioned_addresses_TRX.json").write_text(json.dumps(["T1", "T2"]))
    assert [e.addresses for e in ofac_entities(tmp_path)] == [("T1",), ("T2",)]


def test_reports_cite_only_their_entity_and_the_real_path_scores_them(tmp_path: Path) -> None:
    rng = random.Random(3)
    entities = [
        Entity(f"E{i}", tuple(wallet_ident(rng, "eth").spellings["*"][0] for _ in range(3)), ())
        for i in range(8)
    ]
    owner = {a: e.id for e in entities for a in e.addresses}
    built = list(reports_of(entities, 0))
    for record, entity_id in built:
        assert {owner[p["payee"]] for p in record["payments"]} == {entity_id}
    setup = LinkSetup(HubPolicy(default_threshold=1000), leiden_min_size=50)
    result = score_entities(entities, tmp_path, setup)
    assert result.reports == len(built) and result.rejected == 0
    assert result.grouped_entities == 8
    # Every report cites an address of its entity, so its address-mates are found.
    assert result.clusters.recall > 0.5
