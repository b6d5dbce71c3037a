"""GET /api/v1/networks/{id}/reports: a network's reports, sorted and paginated, per agency."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from tipoff.api.routers import networks as networks_routes
from tipoff.keys import issue_key
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import network_members
from tipoff.link.persistence import relink
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)


def phone(number: str) -> NewSighting:
    return NewSighting("phone", number, "caller", number, "narrative", None, None, 1.0, False)


@pytest.fixture
def api(engine: Engine) -> Iterator[tuple[TestClient, dict[str, str], dict[str, str], int, int]]:
    """A JP network of four reports (one red) and a JP network of two red ones; JP and KH keys.

    Yields the client, JP's and KH's headers, the four-report network and the red network.
    """
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    kh = store.add_agency("KH-ACD", "ACD", "KH", at=NOW)
    keys = [issue_key(store, a, at=NOW, actor="test") for a in (jp, kh)]
    reports = [
        NewReport(
            external_id=f"a{i}",
            received_at=NOW - timedelta(hours=i),
            tlp="red" if i == 3 else "amber",
            loss_usd=100.0 * (i + 1),
            sightings=(phone("+85511111111"),),
        )
        for i in range(4)
    ] + [
        NewReport(
            external_id=f"red{i}", received_at=NOW, tlp="red", sightings=(phone("+85533333333"),)
        )
        for i in range(2)
    ]
    saved = store.save_reports(jp, reports, at=NOW, actor="test")
    relink(engine, HubPolicy(50), 500, NOW)
    with engine.connect() as connection:
        of = {
            s.id: connection.execute(
                select(network_members.c.network_id).where(network_members.c.report_id == s.id)
            ).scalar_one()
            for s in saved
        }
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False), environment="test"
    )
    app = create_app(settings, clock=lambda: NOW, routers=(networks_routes.router,))
    with TestClient(app) as client:
        yield (
            client,
            {"Authorization": f"Bearer {keys[0]}"},
            {"Authorization": f"Bearer {keys[1]}"},
            of[saved[0].id],
            of[saved[4].id],
        )


def test_reports_of_a_network_sorted_and_paginated(api: Any) -> None:
    client, jp, _, network, _ = api
    first = client.get(f"/api/v1/networks/{network}/reports?limit=3", headers=jp)
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["network_id"] == network and body["total"] == 4 and body["next_offset"] == 3
    assert [r["external_id"] for r in body["items"]] == ["a3", "a2", "a1"]  # oldest first
    rest = client.get(f"/api/v1/networks/{network}/reports?limit=3&offset=3", headers=jp).json()
    assert [r["external_id"] for r in rest["items"]] == ["a0"] and rest["next_offset"] is None
    by_loss = client.get(
        f"/api/v1/networks/{network}/reports?sort=loss_usd&order=desc", headers=jp
    ).json()
    assert [r["loss_usd"] for r in by_loss["items"]] == [400.0, 300.0, 200.0, 100.0]


def test_visibility_hidden_members_and_hidden_networks(api: Any) -> None:
    client, _, kh, network, red = api
    seen = client.get(f"/api/v1/networks/{network}/reports", headers=kh).json()
    assert seen["total"] == 3 and "a3" not in {r["external_id"] for r in seen["items"]}
    hidden = client.get(f"/api/v1/networks/{red}/reports", headers=kh)
    unknown = client.get("/api/v1/networks/999999/reports", headers=kh)
    assert hidden.status_code == unknown.status_code == 404
    assert hidden.headers["content-type"].startswith("application/problem+json")
    assert "red0" not in hidden.text


def test_bad_sort_and_no_key(api: Any) -> None:
    client, jp, _, network, _ = api
    assert client.get(f"/api/v1/networks/{network}/reports?sort=tlp", headers=jp).status_code == 422
    assert client.get(f"/api/v1/networks/{network}/reports").status_code == 401
