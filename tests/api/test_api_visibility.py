"""TLP visibility on every networks and indicators route: two agencies on one instance.

Agency A holds reports marked RED and AMBER+STRICT (hidden from agency B) and AMBER (visible
to B), sharing identifiers with B's reports. For every route, nothing that exists only in
A's hidden reports (a value, a report id, an external id, a country, a date, an amount) may
appear in B's answer, and a network or indicator B cannot see answers the very same 404 as
one that does not exist. The operator (the local CLI) still sees everything.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, event, insert, select

from tipoff.api.routers import indicators as indicators_routes
from tipoff.api.routers import networks as networks_routes
from tipoff.errors import NotFound
from tipoff.keys import issue_key
from tipoff.link.explain import why_linked
from tipoff.link.harm import harm_score
from tipoff.link.hubs import HubPolicy
from tipoff.link.indicator_lookup import NOT_REPORTED, indicator_detail, list_hub_indicators
from tipoff.link.network_detail import network_detail
from tipoff.link.network_list import NetworkQuery, list_networks
from tipoff.link.network_tables import network_members, network_redirects, networks
from tipoff.link.persistence import relink
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
PROBLEM = "application/problem+json"
POLICY = HubPolicy(50, {"url": 2})

P1 = "+85511110001"  # in B's, A's AMBER and A's hidden reports
P_BRIDGE = "+85511110002"  # joins A's RED report to B's b2: a shortcut B must not be shown
P2 = "+85511110003"
P5 = "+85511110005"
P3 = "+85533330003"  # network N3: one hidden and one visible report
P_HIDDEN2 = "+85599990002"  # network N2: hidden reports only
W_HIDDEN = "tron:THiddenWalletRedStrict0000000"
H_HIDDEN = "telegram:hiddenstrict"
E_HIDDEN = "hidden@strict.example"
U_MIX = "https://mixed-hub.example/pay"  # a hub in visible and hidden reports
U_HIDDEN_HUB = "https://hidden-hub.example/red"  # a hub only hidden reports cite
HIDDEN_VALUES = (W_HIDDEN, H_HIDDEN, E_HIDDEN, U_HIDDEN_HUB, P_HIDDEN2)
HIDDEN_EXTERNAL = ("A-RED-1", "A-STRICT-1", "A-RED-2", "A-STRICT-2", "A-RED-3")
HIDDEN_FACTS = ('"MM"', '"LA"', '"KH"', '"VN"', "romance", "2026-01-0", "777001", "555001")


def sighting(kind: str, value: str) -> NewSighting:
    return NewSighting(kind, value, "contact", value, "narrative", None, None, 1.0, False)


def _kind(value: str) -> str:
    if value.startswith("+"):
        return "phone"
    if value.startswith("tron:"):
        return "wallet"
    if value.startswith("telegram:"):
        return "handle"
    if value.startswith("https:"):
        return "url"
    return "email"


# external id, owner, tlp, country, loss, received (month, day), scam type, values
ROWS: list[tuple[str, str, str, str, float, tuple[int, int], str, tuple[str, ...]]] = [
    ("B-1", "B", "green", "JP", 100.0, (4, 10), "investment", (P1, U_MIX)),
    ("B-2", "B", "amber", "JP", 200.0, (4, 11), "investment", (P_BRIDGE, P2, U_MIX)),
    ("B-4", "B", "green", "TH", 300.0, (4, 12), "investment", (P5, P2)),
    ("A-AMBER-1", "A", "amber", "JP", 400.0, (4, 13), "investment", (P1, P5, U_MIX)),
    ("A-RED-1", "A", "red", "MM", 777001.0, (1, 2), "romance", (P1, P_BRIDGE, W_HIDDEN)),
    (
        "A-STRICT-1",
        "A",
        "amber+strict",
        "LA",
        555001.0,
        (1, 3),
        "romance",
        (W_HIDDEN, H_HIDDEN, E_HIDDEN, U_MIX, U_HIDDEN_HUB),
    ),
    ("A-RED-2", "A", "red", "KH", 333001.0, (1, 4), "romance", (P_HIDDEN2, U_HIDDEN_HUB)),
    ("A-STRICT-2", "A", "amber+strict", "KH", 222001.0, (1, 5), "romance", (P_HIDDEN2,)),
    ("A-RED-3", "A", "red", "VN", 111001.0, (1, 6), "romance", (P3, U_HIDDEN_HUB)),
    ("B-3", "B", "green", "JP", 50.0, (4, 14), "investment", (P3,)),
    ("A-CLEAR-1", "A", "clear", "JP", 10.0, (4, 15), "investment", ("+85544440004",)),
]
VISIBLE_TO_B_IN_N1 = ("B-1", "B-2", "B-4", "A-AMBER-1")


@dataclass
class World:
    engine: Engine
    ids: dict[str, int]
    network: dict[str, int]  # "N1", "N2", "N3" -> network id
    agency: dict[str, int]
    client: TestClient
    headers: dict[str, dict[str, str]]  # agency letter -> auth header


def _network_of(engine: Engine, report_id: int) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(
                select(network_members.c.network_id).where(network_members.c.report_id == report_id)
            ).scalar_one()
        )


@pytest.fixture
def world(engine: Engine) -> Iterator[World]:
    store = SqlReportStore(engine)
    owners = {
        "A": store.add_agency("A-POL", "Agency A", "KH", at=NOW),
        "B": store.add_agency("B-POL", "Agency B", "JP", at=NOW),
    }
    keys = {letter: issue_key(store, a, at=NOW, actor="test") for letter, a in owners.items()}
    ids: dict[str, int] = {}
    for external, owner, tlp, country, loss, (month, day), scam, values in ROWS:
        saved = store.save_reports(
            owners[owner],
            [
                NewReport(
                    external_id=external,
                    received_at=datetime(2026, month, day, 8, 0, tzinfo=UTC),
                    tlp=tlp,
                    victim_country=country,
                    loss_usd=loss,
                    scam_type=scam,
                    sightings=tuple(sighting(_kind(v), v) for v in values),
                )
            ],
            at=NOW,
            actor="test",
        )
        ids[external] = saved[0].id
    relink(engine, POLICY, 500, NOW)
    network = {
        "N1": _network_of(engine, ids["B-1"]),
        "N2": _network_of(engine, ids["A-RED-2"]),
        "N3": _network_of(engine, ids["B-3"]),
    }
    assert network["N1"] == _network_of(engine, ids["A-STRICT-1"])  # the world is as drawn
    settings_ = Settings(
        database_url=engine.url.render_as_string(hide_password=False),
        environment="test",
        hub_threshold=50,
        hub_threshold_by_kind={"url": 2},
    )
    app = create_app(
        settings_,
        clock=lambda: NOW,
        routers=(networks_routes.router, indicators_routes.router),
    )
    with TestClient(app) as client:
        yield World(
            engine,
            ids,
            network,
            {letter: a.id for letter, a in owners.items()},
            client,
            {letter: {"Authorization": f"Bearer {key}"} for letter, key in keys.items()},
        )


def hidden_ids(w: World) -> list[int]:
    return [w.ids[e] for e in HIDDEN_EXTERNAL]


def assert_no_hidden(w: World, answer: Any) -> None:
    """Nothing that exists only in A's hidden reports is in ``answer`` (any JSON value)."""
    text = answer if isinstance(answer, str) else json.dumps(answer, default=str)
    for needle in (*HIDDEN_VALUES, *HIDDEN_EXTERNAL, *HIDDEN_FACTS):
        assert needle not in text, needle
    for report_id in hidden_ids(w):
        assert f'"r{report_id}"' not in text
        assert f"report {report_id} " not in text and not text.endswith(f"report {report_id}")
    report_ids = _ints_under(answer if not isinstance(answer, str) else json.loads(answer))
    assert not report_ids & set(hidden_ids(w)), report_ids & set(hidden_ids(w))


def _ints_under(data: Any, keys: tuple[str, ...] = ("report_id", "source", "target")) -> set[int]:
    """Every int under a report-id-like key, and every "id" of a report-typed object."""
    found: set[int] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if key in keys and isinstance(value, int):
                found.add(value)
        if data.get("type") == "report" and isinstance(data.get("id"), int):
            found.add(data["id"])
        if "external_id" in data and isinstance(data.get("id"), int):
            found.add(data["id"])
        for value in data.values():
            found |= _ints_under(value, keys)
    elif isinstance(data, list):
        for value in data:
            found |= _ints_under(value, keys)
    return found


def get(w: World, who: str, path: str, **params: Any) -> Any:
    return w.client.get(path, headers=w.headers[who], params=params)


# 1. one network in full ------------------------------------------------------------------


def test_network_detail_shows_only_what_b_may_see(world: World) -> None:
    response = get(world, "B", f"/api/v1/networks/{world.network['N1']}")
    assert response.status_code == 200
    body = response.json()
    assert_no_hidden(world, body)
    assert sorted(r["external_id"] for r in body["reports"]) == sorted(VISIBLE_TO_B_IN_N1)
    assert {i["value"] for i in body["indicators"]} == {P1, P_BRIDGE, P2, P5, U_MIX}
    visible_report_nodes = {f"r{world.ids[e]}" for e in VISIBLE_TO_B_IN_N1}
    assert {n["id"] for n in body["nodes"] if n["type"] == "report"} == visible_report_nodes
    assert {e["source"] for e in body["edges"]} <= visible_report_nodes
    counts = {i["value"]: i for i in body["indicators"]}
    assert counts[P1]["reports_in_network"] == 2 and counts[P1]["report_count"] == 2
    assert counts[U_MIX]["report_count"] == 3


# 2. networks B cannot see do not exist for B -------------------------------------------------


def test_hidden_and_single_visible_networks_are_unknown_to_b(world: World) -> None:
    listed = get(world, "B", "/api/v1/networks", min_reports=1).json()
    assert [n["id"] for n in listed["items"]] == [world.network["N1"]] and listed["total"] == 1
    assert_no_hidden(world, listed)
    unknown = get(world, "B", "/api/v1/networks/987654321")
    assert unknown.status_code == 404 and unknown.headers["content-type"].startswith(PROBLEM)
    for name in ("N2", "N3"):
        for suffix in ("", "/explain"):
            params = {"from": world.ids["B-3"], "to": world.ids["A-RED-3"]} if suffix else {}
            hidden = get(world, "B", f"/api/v1/networks/{world.network[name]}{suffix}", **params)
            absent = get(world, "B", f"/api/v1/networks/987654321{suffix}", **params)
            assert hidden.status_code == 404, name
            assert hidden.text.replace(str(world.network[name]), "N") == absent.text.replace(
                "987654321", "N"
            )
    # A sees its own networks
    mine = get(world, "A", "/api/v1/networks").json()
    assert {n["id"] for n in mine["items"]} == set(world.network.values())


# 3. statistics over visible members only ---------------------------------------------------


def test_network_statistics_count_only_visible_reports(world: World) -> None:
    expected = {
        "reports": 4,
        "victims": 4,
        "loss_usd": 1000.0,
        "countries": 2,
        "country_codes": [["JP", 3], ["TH", 1]],
        "scam_types": 1,
        "scam_type_codes": [["investment", 4]],
        "first_seen": "2026-04-10T08:00:00Z",
        "last_seen": "2026-04-13T08:00:00Z",
        "growth_7d": 0,
        "growth_30d": 4,
    }
    score = float(harm_score(np.array([1000.0]), np.array([4]), np.array([2]), np.array([4]))[0])
    listed = get(world, "B", "/api/v1/networks").json()["items"][0]
    detail = get(world, "B", f"/api/v1/networks/{world.network['N1']}").json()["network"]
    for stats in (listed, detail):
        got = {k: stats[k] for k in expected}
        got["first_seen"] = got["first_seen"].replace("+00:00", "Z")
        got["last_seen"] = got["last_seen"].replace("+00:00", "Z")
        assert got == expected
        assert stats["harm_score"] == pytest.approx(score)
    # filters and sorting use the visible figures too
    assert get(world, "B", "/api/v1/networks", min_loss_usd=1001).json()["total"] == 0
    assert get(world, "B", "/api/v1/networks", country="MM").json()["total"] == 0
    assert get(world, "B", "/api/v1/networks", scam_type="romance").json()["total"] == 0
    assert get(world, "B", "/api/v1/networks", max_reports=4).json()["total"] == 1
    assert get(world, "A", "/api/v1/networks", country="MM").json()["total"] == 1


# 4. explanations -------------------------------------------------------------------------------


def test_explain_searches_only_the_visible_subgraph(world: World) -> None:
    n1, ids = world.network["N1"], world.ids
    path = f"/api/v1/networks/{n1}/explain"
    body = get(world, "B", path, **{"from": ids["B-1"], "to": ids["B-2"]}).json()
    assert_no_hidden(world, body)
    assert [s["id"] for s in body["chain"] if s["type"] == "report"] == [
        ids["B-1"],
        ids["A-AMBER-1"],
        ids["B-4"],
        ids["B-2"],
    ]
    # the operator's shortest chain goes through the RED report
    with world.engine.connect() as connection:
        steps = why_linked(connection, n1, ids["B-1"], ids["B-2"], Viewer.operator(), POLICY)
    assert steps is not None and ids["A-RED-1"] in [s.id for s in steps if s.kind == "report"]
    unknown = get(world, "B", path, **{"from": ids["B-1"], "to": 987654321}).json()
    for source, target in (
        (ids["A-RED-1"], ids["A-STRICT-1"]),
        (ids["B-1"], ids["A-RED-1"]),
        (ids["A-STRICT-1"], ids["B-2"]),
    ):
        hidden = get(world, "B", path, **{"from": source, "to": target})
        assert hidden.status_code == 404
        assert_no_hidden(world, hidden.text)
        assert hidden.json()["detail"].replace(str(source), "X").replace(
            str(target), "X"
        ) == unknown["detail"].replace(str(ids["B-1"]), "X").replace("987654321", "X")


# 5. indicators ---------------------------------------------------------------------------------


def test_indicator_known_only_from_hidden_reports_is_the_same_404(world: World) -> None:
    for value in HIDDEN_VALUES:
        kind = _kind(value)
        hidden = get(world, "B", f"/api/v1/indicators/{kind}/{value}")
        suffix = "x9" if kind != "email" else ".example"
        absent = get(world, "B", f"/api/v1/indicators/{kind}/{value}{suffix}")
        assert hidden.status_code == absent.status_code == 404, value
        assert hidden.content == absent.content, value
        assert get(world, "A", f"/api/v1/indicators/{kind}/{value}").status_code == 200


def test_indicator_counts_dates_and_networks_are_visible_ones(world: World) -> None:
    ids = world.ids
    p1 = get(world, "B", f"/api/v1/indicators/phone/{P1}").json()
    assert_no_hidden(world, p1)
    assert p1["report_count"] == 2 and p1["sightings_total"] == 2
    assert {s["report_id"] for s in p1["sightings"]} == {ids["B-1"], ids["A-AMBER-1"]}
    assert p1["first_seen"].startswith("2026-04-10") and p1["last_seen"].startswith("2026-04-13")
    assert p1["network_id"] == world.network["N1"]
    assert p1["networks"] == [{"id": world.network["N1"], "reports": 2}]
    p3 = get(world, "B", f"/api/v1/indicators/phone/{P3}").json()
    assert_no_hidden(world, p3)
    assert p3["report_count"] == 1 and p3["network_id"] is None and p3["networks"] == []
    assert [s["network_id"] for s in p3["sightings"]] == [None]


def test_hub_list_has_visible_values_and_counts_only(world: World) -> None:
    b = get(world, "B", "/api/v1/indicators/hubs").json()
    assert_no_hidden(world, b)
    assert b["items"] and [(h["value"], h["report_count"]) for h in b["items"]] == [(U_MIX, 3)]
    a = get(world, "A", "/api/v1/indicators/hubs").json()
    assert {h["value"]: h["report_count"] for h in a["items"]} == {U_MIX: 4, U_HIDDEN_HUB: 3}


# The operator still sees everything -------------------------------------------------------------


def test_operator_sees_every_network_with_its_stored_statistics(world: World) -> None:
    with world.engine.connect() as connection:
        rows, total = list_networks(connection, NetworkQuery(min_reports=1), Viewer.operator())
        stored = {r.id: r.reports for r in connection.execute(select(networks))}
        detail = network_detail(connection, world.network["N1"], Viewer.operator(), POLICY)
        hubs = list_hub_indicators(connection, POLICY, Viewer.operator())
        wallet = indicator_detail(connection, "wallet", W_HIDDEN, Viewer.operator(), POLICY)
    assert total == len(stored) and {r["id"]: r["reports"] for r in rows} == stored
    assert len(detail.reports) == 6 and detail.network["loss_usd"] == pytest.approx(1333002.0)
    assert {h["value"] for h in hubs} == {U_MIX, U_HIDDEN_HUB}
    assert wallet["report_count"] == 2


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    sort=st.sampled_from(["harm_score", "reports", "loss_usd", "first_seen", "countries"]),
    descending=st.booleans(),
    min_reports=st.integers(1, 7),
    country=st.sampled_from([None, "JP", "MM", "KH", "VN"]),
)
def test_operator_listing_is_the_stored_table(
    world: World, sort: str, descending: bool, min_reports: int, country: str | None
) -> None:
    """Property: for the operator, per-viewer statistics change nothing (every member seen)."""
    query = NetworkQuery(
        sort=sort, descending=descending, min_reports=min_reports, country=country, limit=100
    )
    with world.engine.connect() as connection:
        rows, total = list_networks(connection, query, Viewer.operator())
        stored = {r.id: dict(r._mapping) for r in connection.execute(select(networks))}
        members = connection.execute(
            select(network_members.c.network_id, network_members.c.report_id)
        ).all()
    for row in rows:
        assert row["reports"] == stored[row["id"]]["reports"]
        assert row["loss_usd"] == pytest.approx(stored[row["id"]]["loss_usd"])
    expected = {
        n
        for n, r in stored.items()
        if r["reports"] >= min_reports
        and (country is None or any(c == country for c, _ in r["country_codes"]))
    }
    assert {r["id"] for r in rows} == expected and total == len(expected)
    assert len(members) == len(ROWS)


def test_a_retired_id_of_a_hidden_network_is_a_plain_404(world: World) -> None:
    retired = 987654000
    with world.engine.begin() as connection:
        connection.execute(
            insert(network_redirects).values(
                old_id=retired, new_id=world.network["N2"], merged_at=NOW, reason="merge"
            )
        )
    as_a = world.client.get(
        f"/api/v1/networks/{retired}", headers=world.headers["A"], follow_redirects=False
    )
    assert as_a.status_code == 308
    as_b = world.client.get(
        f"/api/v1/networks/{retired}", headers=world.headers["B"], follow_redirects=False
    )
    absent = get(world, "B", "/api/v1/networks/987654321")
    assert as_b.status_code == 404
    assert as_b.text.replace(str(retired), "N") == absent.text.replace("987654321", "N")


def test_hidden_and_unknown_indicators_run_the_same_queries(world: World) -> None:
    """No different work path: the same statements, in the same order, either way."""
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    viewer = Viewer.agency(world.agency["B"])
    seen: list[list[str]] = []
    event.listen(world.engine, "before_cursor_execute", record)
    try:
        for value in (W_HIDDEN, "tron:TNeverReportedAnywhere00000000"):
            statements.clear()
            with world.engine.connect() as connection, pytest.raises(NotFound) as error:
                indicator_detail(connection, "wallet", value, viewer, POLICY)
            seen.append(list(statements))
            assert str(error.value) == NOT_REPORTED
    finally:
        event.remove(world.engine, "before_cursor_execute", record)
    assert seen[0] == seen[1] and len(seen[0]) >= 3
