"""Private lookups answer from a per-partner token index, and are rate-limited per partner."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from share_world import PHONE, WALLET
from taxii_world import NOW, TaxiiWorld, taxii_world

from tipoff.api.routers import partner_share
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.share.lookup_index import LookupIndexes, TokenIndex
from tipoff.share.lookup_limits import LookupLimiter
from tipoff.share.lookups import Bloom, bloom_filter, known, lookup_key_for, token
from tipoff.share.partners import get_partner, rotate_key
from tipoff.store.records import NewReport, NewSighting

NEW_PHONE = "+85599887766"


def _app(tw: TaxiiWorld, **settings: Any) -> TestClient:
    app = create_app(
        Settings(database_url=tw.url, environment="test", **settings),
        clock=lambda: NOW,
        routers=(partner_share.router,),
    )
    return TestClient(app)


@pytest.fixture
def world(tmp_path: Path, database_url: str) -> Iterator[TaxiiWorld]:
    tw = taxii_world(tmp_path, database_url)
    yield tw
    tw.store.engine.dispose()


def _ask(tw: TaxiiWorld, client: TestClient, code: str, *values: tuple[str, str]) -> Any:
    key = lookup_key_for(tw.keys[code])
    hashes = [token(key, kind, value).hex() for kind, value in values]
    return client.post("/api/v1/partner/lookup", json={"hashes": hashes}, headers=tw.basic(code))


def _indexes(client: TestClient) -> LookupIndexes:
    found: LookupIndexes = client.app.state.partner_lookups[0]  # type: ignore[attr-defined]
    return found


def test_the_index_is_built_once_and_rebuilt_on_new_values_and_key_rotation(
    world: TaxiiWorld,
) -> None:
    with _app(world) as client:
        first = _ask(world, client, "P-GREEN", ("phone", PHONE), ("phone", NEW_PHONE))
        assert first.json()["known"] == [
            token(lookup_key_for(world.keys["P-GREEN"]), "phone", PHONE).hex()
        ]
        for _ in range(3):
            assert _ask(world, client, "P-GREEN", ("wallet", WALLET)).json()["known"]
        assert _indexes(client).builds == 1
        # A new report of the agency (a new value) is answered at once: the index is rebuilt.
        report = NewReport(
            external_id="late-1",
            received_at=NOW,
            tlp="green",
            sightings=(NewSighting("phone", NEW_PHONE, "caller", NEW_PHONE, "text"),),
        )
        world.store.save_reports(world.agency, [report], at=NOW, actor="test")
        assert len(_ask(world, client, "P-GREEN", ("phone", NEW_PHONE)).json()["known"]) == 1
        assert _indexes(client).builds == 2
        # A rotated key rotates the index: old hashes mean nothing, new ones answer.
        partner = get_partner(world.store.engine, world.agency, "P-GREEN")
        old_key = world.keys["P-GREEN"]
        world.keys["P-GREEN"] = rotate_key(
            world.store, world.store.engine, partner, at=NOW, actor="test"
        )
        stale = token(lookup_key_for(old_key), "phone", PHONE).hex()
        answer = client.post(
            "/api/v1/partner/lookup", json={"hashes": [stale]}, headers=world.basic("P-GREEN")
        )
        assert answer.json() == {"known": []}
        assert len(_ask(world, client, "P-GREEN", ("phone", PHONE)).json()["known"]) == 1
        assert _indexes(client).builds == 3
        # Another partner has its own index, under its own clearance.
        assert _ask(world, client, "P-CLEAR", ("wallet", WALLET)).json() == {"known": []}
        assert _indexes(client).builds == 4


def test_the_bloom_filter_comes_from_the_same_index(world: TaxiiWorld) -> None:
    with _app(world) as client:
        answer = client.get("/api/v1/partner/bloom", headers=world.basic("P-AMBER"))
        assert answer.status_code == 200
        assert _ask(world, client, "P-AMBER", ("phone", PHONE)).json()["known"]
        assert _indexes(client).builds == 1
    key = lookup_key_for(world.keys["P-AMBER"])
    served = Bloom.load(answer.content)
    assert token(key, "phone", PHONE) in served and token(key, "wallet", WALLET) in served
    assert served.n == 4


def test_lookups_over_the_limit_get_a_429_problem_with_retry_after(world: TaxiiWorld) -> None:
    with _app(world, partner_lookups_per_minute=2, partner_lookup_hashes_per_hour=5) as client:
        assert _ask(world, client, "P-GREEN", ("phone", PHONE)).status_code == 200
        assert _ask(world, client, "P-GREEN", ("phone", PHONE)).status_code == 200
        refused = _ask(world, client, "P-GREEN", ("phone", PHONE))
        assert refused.status_code == 429
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert "2 lookup requests a minute" in refused.json()["detail"]
        bloom = client.get("/api/v1/partner/bloom", headers=world.basic("P-GREEN"))
        assert bloom.status_code == 429
        # Partners are limited separately; a batch above the hourly budget is refused whole.
        many = [("phone", f"+8551234{i:04d}") for i in range(6)]
        too_many = _ask(world, client, "P-AMBER", *many)
        assert too_many.status_code == 429 and "5 hashes an hour" in too_many.json()["detail"]
        assert _ask(world, client, "P-AMBER", *many[:5]).status_code == 200
        assert _ask(world, client, "P-AMBER", many[5]).status_code == 429


def test_the_limiter_forgets_requests_outside_its_windows() -> None:
    now = [0.0]
    limiter = LookupLimiter(2, 100, clock=lambda: now[0])
    assert limiter.admit("p", 60) is None
    assert limiter.admit("p", 30) is None
    refused = limiter.admit("p", 1)
    assert refused is not None and refused.retry_after_s == 60
    now[0] = 60.5
    refused = limiter.admit("p", 20)  # the minute is over, the hour is not
    assert refused is not None and "100 hashes an hour" in str(refused)
    assert refused.retry_after_s == 3540
    assert limiter.admit("p", 10) is None
    now[0] = 3600.5
    assert limiter.admit("p", 90) is None  # the first two requests left the hour


def test_the_index_answers_exactly_what_rehashing_answered() -> None:
    key = secrets.token_bytes(32)
    markings = ("clear", "green", "amber", "amber+strict")
    values = {("phone", f"+8551{i:08d}"): markings[i % 4] for i in range(20_000)}
    index = TokenIndex.build(key, values.items())
    asked = [token(key, "phone", f"+8551{i:08d}").hex() for i in range(0, 40_000, 4)]
    asked.append("00" * 32)
    expected = known(key, values, asked)
    found = index.known(asked)
    assert {t: kv for t, (kv, _) in found.items()} == expected
    assert len(found) == 5000
    assert all(values[kv] == marking for kv, marking in found.values())
    assert index.values() == values
    assert index.bloom(1e-4).bits == bloom_filter(key, values).bits


def test_indexes_are_bounded_by_their_values() -> None:
    key = secrets.token_bytes(32)
    indexes = LookupIndexes(max_values=150)
    for partner in range(4):
        indexes.get(
            partner,
            key_hash="h",
            clearance="green",
            version=(1, 0),
            key=key,
            values=lambda: {("phone", f"+855{i:09d}"): "green" for i in range(100)},
        )
    assert indexes.held_values == 100  # only the newest kept: two would exceed 150
    big = LookupIndexes(max_values=10)
    index = big.get(
        1,
        key_hash="h",
        clearance="green",
        version=(1, 0),
        key=key,
        values=lambda: {("phone", f"+855{i:09d}"): "green" for i in range(100)},
    )
    assert index.n == 100 and big.held_values == 100  # the newest is kept even over the bound


def test_tokens_sharing_their_first_eight_bytes_are_told_apart() -> None:
    head = bytes(range(8))
    tokens = [head + bytes([1]) * 24, head + bytes([2]) * 24, bytes([9]) * 32]
    packed = [b"phone\x1f+1", b"phone\x1f+2", b"phone\x1f+3"]
    heads = np.frombuffer(b"".join(t[:8] for t in tokens), dtype=">u8").astype(np.uint64)
    order = np.argsort(heads, kind="stable")
    index = TokenIndex(
        heads[order],
        order.astype(np.int64),
        b"".join(tokens),
        b"".join(packed),
        np.array([0, 8, 16, 24], dtype=np.int64),
        np.zeros(3, dtype=np.uint8),
    )
    asked = [t.hex() for t in tokens] + [(head + bytes([3]) * 24).hex()]
    found = index.known(asked)
    assert [found[a][0] for a in asked[:3]] == [("phone", "+1"), ("phone", "+2"), ("phone", "+3")]
    assert asked[3] not in found
