"""LinkUpdater under several writers: one lock, and an index that notices others' writes."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Connection, Engine, func, select

from tipoff.link.hubs import HubPolicy
from tipoff.link.index import NetworkIndex
from tipoff.link.lock import link_transaction, read_generation
from tipoff.link.network_tables import network_members, networks
from tipoff.link.persistence import LinkUpdater, relink
from tipoff.store.records import Agency, NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 3, 31, tzinfo=UTC)
POLICY = HubPolicy(default_threshold=10)


def _phone(value: str) -> NewSighting:
    return NewSighting("phone", value, "contact", value, "narrative", None, None, 1.0, False)


def _report(external_id: str, *phones: str) -> NewReport:
    return NewReport(
        external_id=external_id,
        received_at=NOW - timedelta(days=1),
        tlp="amber",
        victim_country="JP",
        loss_usd=10.0,
        sightings=tuple(_phone(p) for p in phones),
    )


def _save(store: SqlReportStore, agency: Agency, *items: NewReport) -> list[int]:
    return [saved.id for saved in store.save_reports(agency, list(items), at=NOW, actor="t")]


def _partition(engine: Engine) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    with engine.connect() as connection:
        for report_id, network_id in connection.execute(
            select(network_members.c.report_id, network_members.c.network_id)
        ):
            groups.setdefault(network_id, set()).add(report_id)
    return {frozenset(g) for g in groups.values()}


def _rows_match_members(engine: Engine) -> None:
    with engine.connect() as connection:
        sizes = dict(
            connection.execute(
                select(network_members.c.network_id, func.count()).group_by(
                    network_members.c.network_id
                )
            ).all()
        )
        rows = dict(connection.execute(select(networks.c.id, networks.c.reports)).all())
    # networks of two or more reports have a row; a lone report has none
    assert rows == {network: size for network, size in sizes.items() if size >= 2}


def test_a_network_founded_and_merged_in_one_batch_leaves_no_empty_row(engine: Engine) -> None:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    ids = _save(
        store,
        agency,
        _report("y1", "+85512000001"),
        _report("y2", "+85512000001"),
        _report("x1", "+85512000002"),  # founds a network of one...
        _report("bridge", "+85512000001", "+85512000002"),  # ...merged into the bigger one
    )
    LinkUpdater(engine, POLICY).add(ids, NOW)
    _rows_match_members(engine)
    assert _partition(engine) == {frozenset(ids)}


def test_an_index_notices_merges_written_by_another_process(engine: Engine) -> None:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    first, second = LinkUpdater(engine, POLICY), LinkUpdater(engine, POLICY)
    a = _save(store, agency, _report("a1", "+85512000011"), _report("a2", "+85512000011"))
    b = _save(store, agency, _report("b1", "+85512000022"))
    first.add([*a, *b], NOW)  # first's index: {a1, a2}, {b1}
    [bridge] = _save(store, agency, _report("bridge", "+85512000011", "+85512000022"))
    second.add([bridge], NOW)  # second merges b's network into a's
    [late] = _save(store, agency, _report("late", "+85512000022"))
    placed = first.add([late], NOW)  # a stale index would put it in b's retired network
    with engine.connect() as connection:  # a live network, not a retired id
        assert connection.execute(select(networks).where(networks.c.id == placed[late])).first()
    _rows_match_members(engine)
    linked = _partition(engine)
    assert linked == {frozenset([*a, *b, bridge, late])}
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    assert _partition(engine) == linked


def test_an_index_notices_a_relink_by_another_process(engine: Engine) -> None:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    updater = LinkUpdater(engine, POLICY)
    updater.add(_save(store, agency, _report("a1", "+85512000031")), NOW)
    # Stored and linked by a full relink elsewhere; this updater's index never saw them.
    more = _save(
        store,
        agency,
        _report("a2", "+85512000031"),
        _report("b1", "+85512000032"),
        _report("c1", "+85512000033"),
    )
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    [late] = _save(store, agency, _report("late", "+85512000033"))
    updater.add([late], NOW)
    _rows_match_members(engine)
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(network_members)).scalar() == 5
    linked = _partition(engine)
    assert frozenset([more[2], late]) in linked
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    assert _partition(engine) == linked


def test_link_writes_wait_for_each_other_and_count_generations(engine: Engine) -> None:
    """The lock is exclusive: a second holder starts only after the first has committed."""
    events: list[str] = []
    inside = threading.Event()

    def hold() -> None:
        with link_transaction(engine) as connection:
            read_generation(connection)
            events.append("first in")
            inside.set()
            threading.Event().wait(0.3)
            events.append("first out")

    thread = threading.Thread(target=hold)
    thread.start()
    inside.wait(5)
    with link_transaction(engine):
        events.append("second in")
    thread.join()
    assert events == ["first in", "first out", "second in"]
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    updater = LinkUpdater(engine, POLICY)
    updater.add(_save(store, agency, _report("a1", "+85512000041")), NOW)
    with engine.connect() as connection:
        assert read_generation(connection) == 1


def test_an_index_catches_up_without_reloading_after_another_processs_adds(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    first, second = LinkUpdater(engine, POLICY), LinkUpdater(engine, POLICY)
    a = _save(store, agency, _report("a1", "+85512000051"), _report("b1", "+85512000052"))
    first.add(a, NOW)
    second.add([], NOW)
    loads: list[int] = []
    real = LinkUpdater._load

    def counted(self: LinkUpdater, connection: Connection) -> NetworkIndex:
        loads.append(1)
        return real(self, connection)

    monkeypatch.setattr(LinkUpdater, "_load", counted)
    # second links a new network, a report joining a1's, and a bridge merging a1's and b1's.
    new = _save(
        store,
        agency,
        _report("c1", "+85512000053"),
        _report("a2", "+85512000051"),
        _report("bridge", "+85512000051", "+85512000052"),
    )
    second.add(new, NOW)
    # first saw none of it; its next add must land in the merged network, and count c1's phone.
    late = _save(
        store, agency, _report("late-c", "+85512000053"), _report("late-b", "+85512000052")
    )
    placed = first.add(late, NOW)
    assert loads == []
    assert placed[late[1]] == second.add([a[0]], NOW)[a[0]]
    _rows_match_members(engine)
    linked = _partition(engine)
    assert linked == {frozenset([*a, new[1], new[2], late[1]]), frozenset([new[0], late[0]])}
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    assert _partition(engine) == linked
