"""A lone report is unlinked, not a "network" of one: full relink and incremental adds agree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from tipoff.errors import NotFound
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_detail import visible_network
from tipoff.link.network_list import NetworkQuery, list_networks
from tipoff.link.network_tables import network_members, networks
from tipoff.link.persistence import LinkUpdater, relink
from tipoff.store.records import Agency, NewReport, NewSighting
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

NOW = datetime(2026, 3, 31, tzinfo=UTC)
POLICY = HubPolicy(default_threshold=10)


def _report(external_id: str, *phones: str) -> NewReport:
    return NewReport(
        external_id=external_id,
        received_at=NOW - timedelta(days=1),
        tlp="amber",
        victim_country="JP",
        sightings=tuple(
            NewSighting("phone", p, "contact", p, "narrative", None, None, 1.0, False)
            for p in phones
        ),
    )


def _save(store: SqlReportStore, agency: Agency, *items: NewReport) -> list[int]:
    return [saved.id for saved in store.save_reports(agency, list(items), at=NOW, actor="t")]


def _state(engine: Engine) -> tuple[dict[int, int], dict[int, int]]:
    """(report id -> member network id, networks row id -> reports)."""
    with engine.connect() as connection:
        members = dict(
            connection.execute(
                select(network_members.c.report_id, network_members.c.network_id)
            ).all()
        )
        rows = dict(connection.execute(select(networks.c.id, networks.c.reports)).all())
    return members, rows


def test_a_lone_report_has_no_network_row_after_a_relink(engine: Engine) -> None:
    # Before: "Network #3 · 1 reports · $0" for the lone report.
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    a, b, lone, bare = _save(
        store,
        agency,
        _report("a", "+85512000001"),
        _report("b", "+85512000001"),
        _report("lone", "+85512000002"),
        _report("bare"),  # no identifiers at all
    )
    summary = relink(engine, POLICY, 500, NOW)
    members, rows = _state(engine)
    assert set(members) == {a, b, lone, bare}  # every report is linked (has a member row)
    assert rows == {members[a]: 2}  # but only the pair is a network
    assert summary.networks == 1
    with engine.connect() as connection:
        listed, total = list_networks(connection, NetworkQuery(min_reports=1), Viewer.operator())
        assert total == 1 and [row["id"] for row in listed] == [members[a]]
        with pytest.raises(NotFound):
            visible_network(connection, members[lone], Viewer.operator())


def test_incremental_adds_write_a_row_only_from_the_second_report(engine: Engine) -> None:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    updater = LinkUpdater(engine, POLICY)
    [first] = _save(store, agency, _report("first", "+85512000003"))
    updater.add([first], NOW)
    members, rows = _state(engine)
    assert first in members and rows == {}
    [second] = _save(store, agency, _report("second", "+85512000003"))
    [other] = _save(store, agency, _report("other", "+85512000004"))
    updater.add([second, other], NOW)
    members, rows = _state(engine)
    assert members[first] == members[second] and rows == {members[first]: 2}
    incremental = {frozenset(r for r, n in members.items() if n == k) for k in rows}
    relink(engine, POLICY, 500, NOW)
    members, rows = _state(engine)
    assert {frozenset(r for r, n in members.items() if n == k) for k in rows} == incremental
    assert rows == {members[first]: 2}
