"""The TipoffStore contract, run against SQLite, PostgreSQL and the in-memory fake."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.conftest import migrated_engine

from tipoff.errors import Conflict, NotFound, ValidationError
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.memory import MemoryReportStore
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import audit_log
from tipoff.tipoffs.model import Draft, Event, Part, State
from tipoff.tipoffs.store import MemoryTipoffStore, SqlTipoffStore, TipoffStore
from tipoff.tipoffs.tables import tipoff_events

T0 = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
UID = f"x-tipoff--{uuid.uuid5(uuid.NAMESPACE_URL, 'contract')}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres), "memory"])
def stores(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[TipoffStore, ReportStore]]:
    if request.param == "memory":
        yield MemoryTipoffStore(), MemoryReportStore()
        return
    with migrated_engine(request.param, tmp_path) as engine:
        yield SqlTipoffStore(engine), SqlReportStore(engine)


def _agencies(reports: ReportStore) -> tuple[Agency, Agency]:
    return (
        reports.add_agency("JP-NPA", "National Police Agency", "JP", at=T0),
        reports.add_agency("KH-ACD", "Anti-Cybercrime Department", "KH", at=T0),
    )


def _draft(uid: str = UID) -> Draft:
    return Draft(
        uid,
        "JP-NPA",
        "KH-ACD",
        "Phnom Penh compound behind 40 investment scams",
        "urgent",
        T0 + timedelta(days=14),
        (
            Part("actions", "amber", {"requested": ["arrest_and_return", "investigate"]}),
            Part("victims", "green", {"countries": ["jp"], "count": 40, "losses_usd": 1.5e6}),
            Part("suspects", "amber", {"phones": ["+85512345678"], "wallets": ["TXyz"]}),
        ),
        "network-17",
    )


def _event(event_id: str, kind: str, origin: str, minutes: int, **body: object) -> Event:
    return Event(event_id, kind, origin, T0 + timedelta(minutes=minutes), body)


def test_draft_is_checked_stored_and_read_back(stores: tuple[TipoffStore, ReportStore]) -> None:
    tipoffs, reports = stores
    jp, kh = _agencies(reports)
    stored = tipoffs.create_draft(jp, _draft(), at=T0, actor="analyst")
    assert stored.state is State.DRAFT and stored.direction == "out" and stored.partner == "KH-ACD"
    assert [p.kind for p in stored.parts] == ["suspects", "victims", "actions"]
    assert stored.parts[2].body == {"requested": ["investigate", "arrest_and_return"]}
    assert tipoffs.get(jp, UID) == stored
    assert tipoffs.list(jp, direction="out") == [stored]
    assert tipoffs.list(jp, direction="in") == [] and tipoffs.list(kh) == []
    assert tipoffs.list(jp, network="network-17") == [stored]
    assert tipoffs.list(jp, network="network-18") == []
    with pytest.raises(NotFound):
        tipoffs.get(kh, UID)  # another agency of the same instance cannot read it
    with pytest.raises(Conflict):
        tipoffs.create_draft(jp, _draft(), at=T0, actor="analyst")
    with pytest.raises(ValidationError):
        tipoffs.create_draft(kh, _draft(f"x-tipoff--{uuid.UUID(int=8)}"), at=T0, actor="a")
    bad = replace(_draft(f"x-tipoff--{uuid.UUID(int=9)}"), parts=(Part("victims", "red", {}),))
    with pytest.raises(ValidationError, match="action"):
        tipoffs.create_draft(jp, bad, at=T0, actor="analyst")
    with pytest.raises(ValidationError):
        tipoffs.create_draft(
            jp,
            replace(
                _draft(f"x-tipoff--{uuid.UUID(int=10)}"),
                parts=(
                    Part("actions", "amber", {"requested": ["investigate"]}),
                    Part("victims", "green", {"names": ["A. Victim"]}),
                ),
            ),
            at=T0,
            actor="analyst",
        )


def test_lifecycle_on_both_sides_once_per_event(stores: tuple[TipoffStore, ReportStore]) -> None:
    tipoffs, reports = stores
    jp, kh = _agencies(reports)
    tipoffs.create_draft(jp, _draft(), at=T0, actor="analyst")
    sent = _event("s1", "sent", "JP-NPA", 1)
    out, recorded = tipoffs.record(jp, UID, sent, at=T0, actor="analyst")
    assert recorded and out.state is State.SENT
    got, created = tipoffs.receive(kh, _draft(), sent, at=T0, actor="taxii")
    assert created and got.state is State.SENT and got.direction == "in"
    again, created = tipoffs.receive(kh, _draft(), sent, at=T0, actor="taxii")
    assert not created and again == got
    steps = [
        _event("r1", "received", "KH-ACD", 2),
        _event("a1", "acknowledged", "KH-ACD", 3),
        _event("m1", "message", "KH-ACD", 4, text="Which floor of the compound?"),
        _event("m2", "message", "JP-NPA", 5, text="Building B, floors 3-5"),
        _event("p1", "progress", "KH-ACD", 6, text="surveillance started"),
        _event(
            "o1",
            "outcome",
            "KH-ACD",
            9,
            arrests=25,
            people_returned=25,
            accounts_frozen=3,
            amount_frozen_usd=120000.5,
            compound_raided=True,
        ),
    ]
    for event in steps:
        for store, agency in ((tipoffs, kh), (tipoffs, jp)):
            _, recorded = store.record(agency, UID, event, at=event.at, actor="x")
            assert recorded
            _, recorded = store.record(agency, UID, event, at=event.at, actor="x")
            assert not recorded  # the same event re-sent: stored once
    sender, receiver = tipoffs.get(jp, UID), tipoffs.get(kh, UID)
    assert sender.state is receiver.state is State.OUTCOME
    assert [e.event_id for e in sender.events] == ["s1", "r1", "a1", "m1", "m2", "p1", "o1"]
    assert [e.event_id for e in receiver.events] == ["s1", "r1", "a1", "m1", "m2", "p1", "o1"]
    assert sender.events[-1].body["arrests"] == 25
    assert sender.events[-1].body["compound_raided"] is True
    with pytest.raises(Conflict):  # a final state takes no more local transitions
        tipoffs.record(
            kh, UID, _event("d1", "declined", "KH-ACD", 10, reason="x"), at=T0, actor="x"
        )


def test_wrong_side_bad_event_and_out_of_order(stores: tuple[TipoffStore, ReportStore]) -> None:
    tipoffs, reports = stores
    jp, kh = _agencies(reports)
    tipoffs.create_draft(jp, _draft(), at=T0, actor="analyst")
    with pytest.raises(Conflict):  # nothing but sending happens to a draft
        tipoffs.record(jp, UID, _event("x", "message", "JP-NPA", 1, text="hi"), at=T0, actor="a")
    tipoffs.record(jp, UID, _event("s1", "sent", "JP-NPA", 1), at=T0, actor="a")
    with pytest.raises(ValidationError, match="receiver"):
        tipoffs.record(jp, UID, _event("o", "outcome", "JP-NPA", 2), at=T0, actor="a")
    with pytest.raises(ValidationError, match="neither side"):
        tipoffs.record(jp, UID, _event("o", "outcome", "XX", 2), at=T0, actor="a")
    with pytest.raises(ValidationError, match="reason"):
        tipoffs.record(jp, UID, _event("d", "declined", "KH-ACD", 2), at=T0, actor="a")
    with pytest.raises(ValidationError):
        tipoffs.record(jp, UID, _event("o", "outcome", "KH-ACD", 2, arrests=-1), at=T0, actor="a")
    # the acknowledgement overtook the receipt on the way back: the state moves forward
    ack, _ = tipoffs.record(jp, UID, _event("a1", "acknowledged", "KH-ACD", 3), at=T0, actor="t")
    assert ack.state is State.ACKNOWLEDGED
    late, recorded = tipoffs.record(
        jp, UID, _event("r1", "received", "KH-ACD", 2), at=T0, actor="t"
    )
    assert recorded and late.state is State.ACKNOWLEDGED  # never backwards
    declined, _ = tipoffs.record(
        jp,
        UID,
        _event("d1", "declined", "KH-ACD", 4, reason="outside our jurisdiction"),
        at=T0,
        actor="t",
    )
    assert declined.state is State.DECLINED
    assert declined.events[-1].body == {"reason": "outside our jurisdiction"}
    with pytest.raises(NotFound):
        tipoffs.record(kh, UID, _event("z", "received", "KH-ACD", 5), at=T0, actor="t")


def test_receive_checks_the_address(stores: tuple[TipoffStore, ReportStore]) -> None:
    tipoffs, reports = stores
    jp, kh = _agencies(reports)
    sent = _event("s1", "sent", "JP-NPA", 1)
    with pytest.raises(ValidationError, match="another agency"):
        tipoffs.receive(jp, _draft(), sent, at=T0, actor="t")
    with pytest.raises(ValidationError):
        tipoffs.receive(kh, _draft(), _event("s1", "sent", "KH-ACD", 1), at=T0, actor="t")


def test_every_write_is_audited_and_events_are_unique_in_sql(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    migrate.upgrade(engine)
    tipoffs, reports = SqlTipoffStore(engine), SqlReportStore(engine)
    jp, _ = _agencies(reports)
    tipoffs.create_draft(jp, _draft(), at=T0, actor="analyst")
    for _ in range(3):
        tipoffs.record(jp, UID, _event("s1", "sent", "JP-NPA", 1), at=T0, actor="analyst")
    with engine.connect() as connection:
        actions = (
            connection.execute(select(audit_log.c.action).where(audit_log.c.object_ref == UID))
            .scalars()
            .all()
        )
        events = connection.execute(select(func.count()).select_from(tipoff_events)).scalar()
    assert actions == ["tipoff_draft", "tipoff_event"] and events == 1
    engine.dispose()


def test_network_states_name_the_networks_acted_upon(
    stores: tuple[TipoffStore, ReportStore],
) -> None:
    tipoffs, reports = stores
    jp, kh = _agencies(reports)
    tipoffs.create_draft(jp, _draft(), at=T0, actor="analyst")
    assert tipoffs.network_states(jp) == {}  # a draft acts on nothing yet
    tipoffs.record(jp, UID, _event("s1", "sent", "JP-NPA", 1), at=T0, actor="analyst")
    assert tipoffs.network_states(jp) == {"network-17": (State.SENT,)}
    assert tipoffs.network_states(kh) == {}
    tipoffs.receive(kh, _draft(), _event("s1", "sent", "JP-NPA", 1), at=T0, actor="partner")
    assert tipoffs.network_states(kh) == {}  # received tip-offs are not this side's acts
