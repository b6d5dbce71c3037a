"""Reports posted to the API are linked into networks as soon as they are committed."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tipoff.api.routers import networks as networks_routes
from tipoff.api.routers import reports as reports_routes
from tipoff.keys import issue_key
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
ROUTERS = (reports_routes.router, networks_routes.router)


def _client(engine: Engine, *, link_on_intake: bool) -> tuple[TestClient, dict[str, str]]:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    key = issue_key(store, agency, at=NOW, actor="test")
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False),
        environment="test",
        link_on_intake=link_on_intake,
    )
    app = create_app(settings, clock=lambda: NOW, routers=ROUTERS)
    return TestClient(app), {"Authorization": f"Bearer {key}"}


def _post(client: TestClient, headers: dict[str, str], external_id: str, narrative: str) -> None:
    body = {"external_id": external_id, "victim_country": "JP", "narrative": narrative}
    response = client.post("/api/v1/reports", json=body, headers=headers)
    assert response.status_code == 201, response.text


def test_posted_reports_sharing_a_wallet_form_one_network(engine: Engine) -> None:
    client, headers = _client(engine, link_on_intake=True)
    with client:
        _post(
            client,
            headers,
            "a",
            "Sent USDT to TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7 after a LINE chat",
        )
        _post(client, headers, "b", "送金先 TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7 と言われました")
        _post(client, headers, "c", "A stranger called from +855 12 345 678 about a parcel")
        networks = client.get("/api/v1/networks", headers=headers).json()
    assert [n["reports"] for n in networks["items"]] == [2]


def test_linking_on_intake_can_be_switched_off(engine: Engine) -> None:
    client, headers = _client(engine, link_on_intake=False)
    with client:
        _post(client, headers, "a", "Sent USDT to TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7")
        _post(client, headers, "b", "Paid TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7 again")
        assert client.get("/api/v1/networks", headers=headers).json()["items"] == []
