"""Live networks become exactly what a full relink gives (tipoff.link.reconcile).

Incremental linking cannot decide spread hubs, shared payees or Leiden sub-networks; on a
simulated world (innocent common values, laundering services, shared payees) the live
picture after intake is coarser than a full relink. The background reconciler rebuilds it
once intake is quiet, so afterwards the stored networks equal `tipoff relink` exactly.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from tipoff.api.routers import reports as reports_routes
from tipoff.keys import issue_key
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import network_members
from tipoff.link.persistence import relink
from tipoff.link.reconcile import Reconciler, ReconcileRules, is_behind
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.simulate import simulate
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
ROUTERS = (reports_routes.router,)


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _settings(engine: Engine, **overrides: object) -> Settings:
    return Settings(
        database_url=engine.url.render_as_string(hide_password=False),
        environment="test",
        link_on_intake=True,
        **overrides,  # type: ignore[arg-type]
    )


def _world(tmp_path: Path, n: int) -> list[dict[str, object]]:
    simulate(None, 11, tmp_path / "world", n, workers=1)
    items = []
    for line in (tmp_path / "world" / "reports.jsonl").open(encoding="utf-8"):
        item = json.loads(line)
        item.pop("agency", None)
        items.append(item)
    return items


def _post(app: FastAPI, engine: Engine, items: list[dict[str, object]]) -> None:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    headers = {"Authorization": f"Bearer {issue_key(store, agency, at=NOW, actor='test')}"}
    client = TestClient(app)
    for start in range(0, len(items), 25):
        response = client.post(
            "/api/v1/reports", json={"reports": items[start : start + 25]}, headers=headers
        )
        assert response.status_code in (201, 207), response.text[:300]


def _partition(engine: Engine) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    with engine.connect() as connection:
        rows = connection.execute(select(network_members.c.report_id, network_members.c.network_id))
        for report_id, network_id in rows:
            groups.setdefault(network_id, set()).add(report_id)
    return {frozenset(members) for members in groups.values()}


def _full_relink(engine: Engine, settings: Settings) -> set[frozenset[int]]:
    relink(engine, HubPolicy.from_settings(settings), settings.leiden_min_size, NOW)
    return _partition(engine)


def _reconciler(engine: Engine, settings: Settings, monotonic: Callable[[], float]) -> Reconciler:
    rules = ReconcileRules(quiet_s=5.0, max_pending=10_000)
    policy = HubPolicy.from_settings(settings)
    return Reconciler(engine, policy, settings.leiden_min_size, rules, lambda: NOW, monotonic)


def test_due_after_quiet_or_enough_pending() -> None:
    clock = FakeMonotonic()
    reconciler = Reconciler(
        None,  # type: ignore[arg-type]  # due() never touches the database
        HubPolicy(),
        500,
        ReconcileRules(quiet_s=5.0, max_pending=100, store_check_s=30.0),
        lambda: NOW,
        clock,
    )
    clock.now += 10
    assert reconciler.due()  # a fresh process checks the store once: behind since a restart?
    reconciler._store_checked_at = clock.now
    assert not reconciler.due()  # idle, and the store was just checked
    clock.now += 30
    assert reconciler.due()  # idle long enough to ask whether others left the store behind
    reconciler._store_checked_at = clock.now
    reconciler.note_linked(3)
    assert not reconciler.due()  # still busy
    clock.now += 5
    assert reconciler.due()  # quiet
    reconciler.note_linked(200)
    assert reconciler.due()  # enough pending, quiet or not


def test_live_networks_equal_a_full_relink_once_reconciled(engine: Engine, tmp_path: Path) -> None:
    settings = _settings(engine, link_reconcile=False)
    _post(
        create_app(settings, clock=lambda: NOW, routers=ROUTERS),
        engine,
        _world(tmp_path, 600),
    )
    assert is_behind(engine)  # linked incrementally only
    provisional = _partition(engine)
    clock = FakeMonotonic()
    reconciler = _reconciler(engine, settings, clock)
    clock.now += 10
    assert reconciler.run_if_due() is not None
    assert not is_behind(engine)
    reconciled = _partition(engine)
    assert reconciled != provisional  # this world needs the whole graph (spread, payees)
    assert reconciled == _full_relink(engine, settings)
    assert reconciler.run_if_due() is None  # nothing new: no second relink


def test_the_app_reconciles_in_the_background(engine: Engine, tmp_path: Path) -> None:
    settings = _settings(engine, link_reconcile_quiet_s=0.3)
    app = create_app(settings, clock=lambda: NOW, routers=ROUTERS)
    with TestClient(app):  # runs the lifespan: the reconciler thread starts
        _post(app, engine, _world(tmp_path, 300))
        deadline = time.monotonic() + 60
        while is_behind(engine) and time.monotonic() < deadline:
            time.sleep(0.2)
    assert not is_behind(engine)
    live = _partition(engine)
    assert live == _full_relink(engine, settings)


def test_a_restarted_process_reconciles_what_it_finds_behind(
    engine: Engine, tmp_path: Path
) -> None:
    settings = _settings(engine, link_reconcile=False)
    _post(
        create_app(settings, clock=lambda: NOW, routers=ROUTERS),
        engine,
        _world(tmp_path, 200),
    )
    assert is_behind(engine)  # as if the process died before its quiet period ended
    clock = FakeMonotonic()
    fresh = _reconciler(engine, settings, clock)  # a new process: nothing noted in memory
    clock.now += 6
    assert fresh.run_if_due() is not None
    assert not is_behind(engine)
