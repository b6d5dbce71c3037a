"""Linking on intake stays correct with many concurrent writers and several app processes.

Writers are threads posting to the ASGI app; "processes" are separate app instances (each
with its own engine and its own in-memory network index) on one database. Afterwards the
stored networks must be exactly what a full relink of the same data gives, and every
acknowledged report must be stored once and be in exactly one network.

The world is built so that incremental linking and a full relink agree by design: only
phone numbers link (contact identifiers, so no shared payees), every number is cited by
at most three reports (far below the hub threshold) and every cluster is far smaller than
``leiden_min_size`` (no sub-networks, no spread hubs).
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from datetime import UTC, datetime

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from tipoff.api.routers import reports as reports_routes
from tipoff.keys import issue_key
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import network_members, networks
from tipoff.link.persistence import relink
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import reports

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
ROUTERS = (reports_routes.router,)
GROUPS = 12
PER_GROUP = 8


def _phone(group: int, k: int) -> str:
    return f"+855 12 {300 + group:03d} {100 + k:03d}"


def _world(seed: int = 7) -> list[dict[str, object]]:
    """GROUPS chains of PER_GROUP reports; report k of a group cites phones k and k+1."""
    items = [
        {
            "external_id": f"g{g}-r{k}",
            "victim_country": "JP",
            "narrative": "They called me about a parcel and asked for a fee.",
            "identifiers": [
                {"value": _phone(g, k), "kind": "phone"},
                {"value": _phone(g, k + 1), "kind": "phone"},
            ],
        }
        for g in range(GROUPS)
        for k in range(PER_GROUP)
    ]
    random.Random(seed).shuffle(items)
    return items


def _apps(engine: Engine, processes: int) -> tuple[list[FastAPI], dict[str, str]]:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    key = issue_key(store, agency, at=NOW, actor="test")
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False),
        environment="test",
        link_on_intake=True,
    )
    apps = [create_app(settings, clock=lambda: NOW, routers=ROUTERS) for _ in range(processes)]
    return apps, {"Authorization": f"Bearer {key}"}


def _post_all(
    apps: list[FastAPI], headers: dict[str, str], items: list[dict[str, object]], writers: int
) -> list[str]:
    """Post ``items`` from ``writers`` threads (round robin over the apps); acknowledged ids."""
    acknowledged: list[str] = []
    failures: list[str] = []
    guard = threading.Lock()
    start = threading.Barrier(writers)

    def writer(w: int) -> None:
        client = TestClient(apps[w % len(apps)], raise_server_exceptions=False)
        mine = items[w::writers]
        start.wait()
        # Singles and small batches alternate, so merges happen inside and across batches.
        position = 0
        while position < len(mine):
            chunk = mine[position : position + 1 + position % 3]
            position += len(chunk)
            body = chunk[0] if len(chunk) == 1 else {"reports": chunk}
            response = client.post("/api/v1/reports", json=body, headers=headers)
            with guard:
                if response.status_code in (200, 201):
                    acknowledged.extend(str(item["external_id"]) for item in chunk)
                else:
                    failures.append(f"{response.status_code}: {response.text[:200]}")

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    return acknowledged


def _partition(engine: Engine) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    with engine.connect() as connection:
        for report_id, network_id in connection.execute(
            select(network_members.c.report_id, network_members.c.network_id)
        ):
            groups.setdefault(network_id, set()).add(report_id)
    return {frozenset(members) for members in groups.values()}


def _assert_consistent(engine: Engine, acknowledged: list[str]) -> None:
    with engine.connect() as connection:
        stored = Counter(connection.execute(select(reports.c.external_id)).scalars())
        members = connection.execute(select(func.count()).select_from(network_members)).scalar()
        sizes = dict(
            connection.execute(
                select(network_members.c.network_id, func.count()).group_by(
                    network_members.c.network_id
                )
            ).all()
        )
        rows = dict(connection.execute(select(networks.c.id, networks.c.reports)).all())
    assert set(stored) == set(acknowledged)
    assert max(stored.values()) == 1
    assert members == len(stored)  # every stored report has exactly one member row
    # one row per live network of two or more reports, with its true size; none for a lone one
    assert rows == {network: size for network, size in sizes.items() if size >= 2}


def _check_against_relink(engine: Engine, acknowledged: list[str]) -> None:
    _assert_consistent(engine, acknowledged)
    linked = _partition(engine)
    assert len(linked) == GROUPS
    relink(engine, HubPolicy(), leiden_min_size=500, now=NOW)
    assert _partition(engine) == linked


def test_concurrent_writers_on_one_app_link_like_a_full_relink(engine: Engine) -> None:
    apps, headers = _apps(engine, processes=1)
    acknowledged = _post_all(apps, headers, _world(), writers=6)
    assert len(acknowledged) == GROUPS * PER_GROUP
    _check_against_relink(engine, acknowledged)


def test_two_app_processes_on_one_database_link_like_a_full_relink(engine: Engine) -> None:
    apps, headers = _apps(engine, processes=2)
    acknowledged = _post_all(apps, headers, _world(seed=11), writers=6)
    assert len(acknowledged) == GROUPS * PER_GROUP
    _check_against_relink(engine, acknowledged)
