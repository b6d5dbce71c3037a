"""Networks and indicators API over a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tipoff.api.routers import indicators as indicators_routes
from tipoff.api.routers import networks as networks_routes
from tipoff.keys import issue_key
from tipoff.link.hubs import HubPolicy
from tipoff.link.persistence import relink
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
PROBLEM = "application/problem+json"


def phone(number: str) -> NewSighting:
    return NewSighting("phone", number, "caller", number, "narrative", None, None, 1.0, False)


@pytest.fixture
def api(
    engine: Engine,
) -> Iterator[tuple[TestClient, dict[str, str], dict[str, int], SqlReportStore]]:
    """Reports r1-r3 joined by two phones, r4-r5 by a third; networks linked; a JP-NPA key."""
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    key = issue_key(store, jp, at=NOW, actor="test")
    rows = [
        ("r1", ["+85511111111"]),
        ("r2", ["+85511111111", "+85522222222"]),
        ("r3", ["+85522222222"]),
        ("r4", ["+66833333333"]),
        ("r5", ["+66833333333"]),
    ]
    saved = store.save_reports(
        jp,
        [
            NewReport(
                external_id=e,
                received_at=NOW,
                tlp="amber",
                victim_country="JP",
                loss_usd=1000.0 * (i + 1),
                scam_type="investment",
                sightings=tuple(phone(p) for p in phones),
            )
            for i, (e, phones) in enumerate(rows)
        ],
        at=NOW,
        actor="test",
    )
    relink(engine, HubPolicy(50), 500, NOW)
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False), environment="test"
    )
    app = create_app(
        settings,
        clock=lambda: NOW,
        routers=(networks_routes.router, indicators_routes.router),
    )
    with TestClient(app) as client:
        yield (
            client,
            {"Authorization": f"Bearer {key}"},
            {s.external_id: s.id for s in saved},
            store,
        )


def test_network_routes_need_an_api_key(api: Any) -> None:
    client, _, _, _ = api
    response = client.get("/api/v1/networks")
    assert response.status_code == 401 and response.headers["content-type"].startswith(PROBLEM)


def test_list_is_ranked_filtered_and_paginated(api: Any) -> None:
    client, headers, _, _ = api
    body = client.get("/api/v1/networks", headers=headers).json()
    assert body["total"] == 2 and [n["reports"] for n in body["items"]] == [3, 2]
    by_loss = client.get(
        "/api/v1/networks", params={"sort": "loss_usd", "order": "asc"}, headers=headers
    ).json()
    assert [n["loss_usd"] for n in by_loss["items"]] == [6000.0, 9000.0]
    page = client.get("/api/v1/networks", params={"limit": 1}, headers=headers).json()
    assert len(page["items"]) == 1 and page["next_offset"] == 1
    assert (
        client.get("/api/v1/networks", params={"min_loss_usd": 7000}, headers=headers).json()[
            "total"
        ]
        == 1
    )
    assert (
        client.get("/api/v1/networks", params={"country": "kh"}, headers=headers).json()["total"]
        == 0
    )
    bad = client.get("/api/v1/networks", params={"sort": "drop table"}, headers=headers)
    assert bad.status_code == 422 and bad.headers["content-type"].startswith(PROBLEM)


@pytest.mark.parametrize("offset", [2**63 - 1, 2**63 - 2, 2**62])
def test_the_largest_offsets_are_an_empty_page(api: Any, offset: int) -> None:
    """An agency's page reads the rows before its offset too: 2^63-1 plus the page overflowed
    the database's 64-bit LIMIT (500 before 2026-12-07)."""
    client, headers, _, _ = api
    for limit in (1, 100):
        response = client.get(
            "/api/v1/networks", params={"offset": offset, "limit": limit}, headers=headers
        )
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["items"] == [] and body["total"] == 2 and body["next_offset"] is None


def test_network_detail_with_graph_and_explanation(api: Any) -> None:
    client, headers, ids, _ = api
    top = client.get("/api/v1/networks", headers=headers).json()["items"][0]
    detail = client.get(f"/api/v1/networks/{top['id']}", headers=headers).json()
    assert sorted(r["external_id"] for r in detail["reports"]) == ["r1", "r2", "r3"]
    assert {i["value"] for i in detail["indicators"]} == {"+85511111111", "+85522222222"}
    assert len(detail["nodes"]) == 5 and len(detail["edges"]) == 4
    explained = client.get(
        f"/api/v1/networks/{top['id']}/explain",
        params={"from": ids["r1"], "to": ids["r3"]},
        headers=headers,
    ).json()
    assert (
        explained["text"]
        == f"report {ids['r1']} → phone:+85511111111 → report {ids['r2']} → phone:+85522222222 → "
        f"report {ids['r3']}"
    )
    outside = client.get(
        f"/api/v1/networks/{top['id']}/explain",
        params={"from": ids["r1"], "to": ids["r4"]},
        headers=headers,
    )
    assert outside.status_code == 404 and outside.headers["content-type"].startswith(PROBLEM)
    assert client.get("/api/v1/networks/999999", headers=headers).status_code == 404


def test_retired_id_redirects_to_the_merged_network(api: Any, engine: Engine) -> None:
    client, headers, _, store = api
    items = client.get("/api/v1/networks", headers=headers).json()["items"]
    big, small = items[0]["id"], items[1]["id"]
    store.save_reports(
        store.get_agency("JP-NPA"),
        [
            NewReport(
                external_id="bridge",
                received_at=NOW,
                tlp="amber",
                sightings=(phone("+85511111111"), phone("+66833333333")),
            )
        ],
        at=NOW,
        actor="test",
    )
    relink(engine, HubPolicy(50), 500, NOW)
    response = client.get(f"/api/v1/networks/{small}", headers=headers, follow_redirects=False)
    assert response.status_code == 308 and response.headers["location"].endswith(
        f"/api/v1/networks/{big}"
    )
    assert (
        client.get(f"/api/v1/networks/{small}", headers=headers).json()["network"]["reports"] == 6
    )


def test_indicator_lookup(api: Any) -> None:
    client, headers, ids, _ = api
    body = client.get("/api/v1/indicators/phone/+85511111111", headers=headers).json()
    assert body["report_count"] == 2 and body["links"] and body["network_id"] is not None
    assert {s["report_id"] for s in body["sightings"]} == {ids["r1"], ids["r2"]}
    assert body["first_seen"].startswith("2026-05-01")
    assert client.get("/api/v1/indicators/phone/+10000000000", headers=headers).status_code == 404
    # any spelling of the identifier is its one value (docs/identifiers.md)
    spelled = client.get("/api/v1/indicators/phone/+855 11-111-111", headers=headers).json()
    assert (spelled["value"], spelled["report_count"]) == ("+85511111111", 2)
    assert client.get("/api/v1/indicators/bogus/x", headers=headers).status_code == 422
    assert client.get("/api/v1/indicators/hubs", headers=headers).json() == {"items": []}


def _crews_paying_one_account(engine: Engine, tlp_b: str) -> tuple[TestClient, dict[str, str]]:
    """Crew A (JP-NPA, 12 reports, own phones) and crew B (KR-KNPA, 12 reports marked
    ``tlp_b``) each send three victims to one bank account: a shared payee, not a link."""
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    kr = store.add_agency("KR-KNPA", "KNPA", "KR", at=NOW)
    key = issue_key(store, jp, at=NOW, actor="test")
    account = NewSighting(
        "bank_account",
        "JP:0005:7654321",
        "payee_account",
        "7654321",
        "narrative",
        None,
        None,
        1.0,
        False,
    )
    for agency, prefix, tlp in ((jp, "+8551", "amber"), (kr, "+6681", tlp_b)):
        store.save_reports(
            agency,
            [
                NewReport(
                    external_id=f"{prefix}-{i}",
                    received_at=NOW,
                    tlp=tlp,
                    victim_country="JP",
                    loss_usd=100.0,
                    scam_type="investment",
                    sightings=(
                        phone(f"{prefix}{i % 3:07d}"),
                        phone(f"{prefix}9{i % 4:06d}"),
                        *((account,) if i < 3 else ()),
                    ),
                )
                for i in range(12)
            ],
            at=NOW,
            actor="test",
        )
    relink(engine, HubPolicy(50), 10, NOW)
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False), environment="test"
    )
    app = create_app(
        settings, clock=lambda: NOW, routers=(networks_routes.router, indicators_routes.router)
    )
    return TestClient(app), {"Authorization": f"Bearer {key}"}


def test_indicator_lookup_of_a_japanese_account_typed_with_its_branch(engine: Engine) -> None:
    client, headers = _crews_paying_one_account(engine, "green")
    with client:
        for typed in ("JP:0005:7654321", "JP:0005:123:7654321"):
            body = client.get(f"/api/v1/indicators/bank_account/{typed}", headers=headers)
            assert body.status_code == 200, (typed, body.text)
            assert (body.json()["value"], body.json()["report_count"]) == ("JP:0005:7654321", 6)


@pytest.mark.parametrize(("tlp_b", "shown"), [("green", True), ("red", False)])
def test_network_detail_shows_networks_related_through_a_shared_payee(
    engine: Engine, tlp_b: str, shown: bool
) -> None:
    client, headers = _crews_paying_one_account(engine, tlp_b)
    with client:
        listed = client.get("/api/v1/networks", headers=headers).json()["items"]
        assert len(listed) == (2 if shown else 1)
        mine = next(
            n
            for n in listed
            if any(
                r["external_id"].startswith("+8551")
                for r in client.get(f"/api/v1/networks/{n['id']}", headers=headers).json()[
                    "reports"
                ]
            )
        )
        detail = client.get(f"/api/v1/networks/{mine['id']}", headers=headers).json()
    assert len(detail["reports"]) == 12  # the account did not join the crews
    account = next(i for i in detail["indicators"] if i["kind"] == "bank_account")
    assert account["hub"] and not account["links"]
    if shown:
        other = next(n["id"] for n in listed if n["id"] != mine["id"])
        assert detail["related"] == [
            {
                "network_id": other,
                "reports": 3,
                "via": [
                    {
                        "kind": "bank_account",
                        "value": "JP:0005:7654321",
                        "reason": account["hub_reason"],
                        "reports": 3,
                    }
                ],
            }
        ]
    else:  # crew B's reports are RED to another agency: neither listed nor related
        assert detail["related"] == []
