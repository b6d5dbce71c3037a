"""The one "why linked" search (``link.explain.why_linked``) on the store, per viewer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, insert, literal, select

from tipoff.errors import NotFound
from tipoff.link.explain import why_linked
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import link_hubs, network_members
from tipoff.link.persistence import relink
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import indicators
from tipoff.visibility import Viewer

NOW = datetime(2026, 3, 31, tzinfo=UTC)
POLICY = HubPolicy(default_threshold=50)


def phone(n: int) -> NewSighting:
    value = f"+8551200{n:04d}"
    return NewSighting("phone", value, "caller", value, "narrative", None, None, 1.0, False)


@pytest.fixture
def chain_world(engine: Engine) -> tuple[SqlReportStore, dict[str, int], int]:
    """A -1- B -2- C, and a long way A -3- D -4- E -5- C; D is RED, owned by agency JP."""
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    rows = {
        "A": ((1, 3), "amber"),
        "B": ((1, 2), "red"),
        "C": ((2, 5), "amber"),
        "D": ((3, 4), "amber"),
        "E": ((4, 5), "green"),
    }
    saved = store.save_reports(
        jp,
        [
            NewReport(
                external_id=name,
                received_at=NOW,
                tlp=tlp,
                sightings=tuple(phone(n) for n in numbers),
            )
            for name, (numbers, tlp) in rows.items()
        ],
        at=NOW,
        actor="t",
    )
    ids = {s.external_id: s.id for s in saved}
    relink(engine, POLICY, 500, NOW)
    with engine.connect() as connection:
        network = connection.execute(
            select(network_members.c.network_id).where(network_members.c.report_id == ids["A"])
        ).scalar_one()
    return store, ids, int(network)


def test_fewest_hops_with_labels_for_the_operator(engine: Engine, chain_world) -> None:
    _, ids, network = chain_world
    with engine.connect() as connection:
        steps = why_linked(connection, network, ids["A"], ids["C"], Viewer.operator(), POLICY)
        same = why_linked(connection, network, ids["B"], ids["B"], Viewer.operator(), POLICY)
    assert steps is not None and [(s.kind, s.label) for s in steps] == [
        ("report", "A"),
        ("indicator", "phone:+85512000001"),
        ("report", "B"),
        ("indicator", "phone:+85512000002"),
        ("report", "C"),
    ]
    assert same is not None and [s.id for s in same] == [ids["B"]]


def test_another_agency_gets_the_chain_through_visible_reports_only(
    engine: Engine, chain_world
) -> None:
    store, ids, network = chain_world
    kh = Viewer.agency(store.add_agency("KH-ACD", "ACD", "KH", at=NOW).id)
    with engine.connect() as connection:
        steps = why_linked(connection, network, ids["A"], ids["C"], kh, POLICY)
        assert steps is not None
        assert [s.label for s in steps if s.kind == "report"] == ["A", "D", "E", "C"]
        with pytest.raises(NotFound) as hidden:
            why_linked(connection, network, ids["A"], ids["B"], kh, POLICY)
        with pytest.raises(NotFound) as absent:
            why_linked(connection, network, ids["A"], 999_999, kh, POLICY)
    assert str(hidden.value) == str(absent.value)


def test_no_chain_once_the_joining_values_stop_linking(engine: Engine, chain_world) -> None:
    _, ids, network = chain_world
    ways_out_of_a = select(indicators.c.id, literal("spread"), literal(NOW)).where(
        indicators.c.value.in_(["+85512000001", "+85512000003"])
    )
    with engine.begin() as connection:
        connection.execute(
            insert(link_hubs).from_select(["indicator_id", "reason", "decided_at"], ways_out_of_a)
        )
    with engine.connect() as connection:
        assert (
            why_linked(connection, network, ids["A"], ids["C"], Viewer.operator(), POLICY) is None
        )
