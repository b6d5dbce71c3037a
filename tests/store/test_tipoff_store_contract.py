"""The TipoffStore contract, run against SQLite, PostgreSQL and the in-memory fake."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select
from tests.conftest import migrated_engine

from tipoff.errors import Conflict, NotFound, ValidationError
from tipoff.link.network_tables import network_redirects, networks
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.memory import MemoryReportStore
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import audit_log
from tipoff.tipoffs.attachments import MAX_BYTES, make, safe_name, sniff
from tipoff.tipoffs.deadlines import remind
from tipoff.tipoffs.model import Draft, Event, Part, State
from tipoff.tipoffs.stats import figures_of, partner_figures
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


def _sent(tipoffs: TipoffStore, jp: Agency, uid: str, deadline: datetime | None) -> None:
    tipoffs.create_draft(jp, replace(_draft(uid), deadline=deadline), at=T0, actor="analyst")
    tipoffs.record(jp, uid, _event("s1", "sent", "JP-NPA", 1), at=T0, actor="analyst")


def test_pages_by_keyset_newest_first_and_rows_added_meanwhile_do_not_shift(
    stores: tuple[TipoffStore, ReportStore],
) -> None:
    tipoffs, reports = stores
    jp, kh = _agencies(reports)
    uids = [f"x-tipoff--{uuid.UUID(int=100 + i)}" for i in range(7)]
    for uid in uids:
        tipoffs.create_draft(jp, _draft(uid), at=T0, actor="analyst")  # same created_at
    first, cursor = tipoffs.page(jp, direction="out", limit=3)
    assert [t.uid for t in first] == uids[::-1][:3] and cursor is not None
    tipoffs.create_draft(jp, _draft(f"x-tipoff--{uuid.UUID(int=999)}"), at=T0, actor="a")
    second, cursor = tipoffs.page(jp, direction="out", limit=3, cursor=cursor)
    third, last = tipoffs.page(jp, direction="out", limit=3, cursor=cursor)
    assert [t.uid for t in second + third] == uids[::-1][3:] and last is None
    assert tipoffs.page(kh, limit=3) == ([], None)  # another agency's are not there
    assert tipoffs.page(jp, direction="in") == ([], None)
    exact, end = tipoffs.page(jp, direction="out", limit=8)
    assert len(exact) == 8 and end is None  # a full last page says there is no more
    for bad in (0, 201):
        with pytest.raises(ValidationError) as refused:
            tipoffs.page(jp, limit=bad)
        assert refused.value.path == "limit"
    for cursor_text in ("nonsense", "c1.!!!", "c1.eyJiZWZvcmUiOiAwfQ"):
        with pytest.raises(ValidationError, match="cursor"):
            tipoffs.page(jp, cursor=cursor_text)


def test_reminders_once_per_threshold_and_never_exchanged(
    stores: tuple[TipoffStore, ReportStore],
) -> None:
    tipoffs, reports = stores
    jp, _ = _agencies(reports)
    soon, later, none = (f"x-tipoff--{uuid.UUID(int=200 + i)}" for i in range(3))
    _sent(tipoffs, jp, soon, T0 + timedelta(days=2, hours=12))
    _sent(tipoffs, jp, later, T0 + timedelta(days=10))
    _sent(tipoffs, jp, none, None)
    tipoffs.create_draft(jp, replace(_draft(), deadline=T0), at=T0, actor="a")  # a draft: never
    assert [t.uid for t in tipoffs.due(jp, T0 + timedelta(days=3))] == [soon]
    assert [t.uid for t in remind(tipoffs, jp, T0)] == [soon]
    assert remind(tipoffs, jp, T0 + timedelta(hours=1)) == []  # once per threshold
    assert remind(tipoffs, jp, T0 + timedelta(days=1, hours=13)) != []  # 1 day left now
    assert remind(tipoffs, jp, T0 + timedelta(days=2)) == []
    assert remind(tipoffs, jp, T0 + timedelta(days=3)) != []  # past the deadline
    assert remind(tipoffs, jp, T0 + timedelta(days=4)) == []
    events = tipoffs.get(jp, soon).events
    reminders = [e for e in events if e.kind == "reminder"]
    assert [e.event_id for e in reminders] == ["reminder-3d", "reminder-1d", "reminder-overdue"]
    assert "2 days" not in reminders[0].body["text"] and "3 days" in reminders[0].body["text"]
    assert tipoffs.get(jp, soon).state is State.SENT  # a reminder changes no state
    # A tip-off first seen 10 hours before its deadline gets the 1-day reminder only.
    assert [t.uid for t in remind(tipoffs, jp, T0 + timedelta(days=9, hours=14))] == [later]
    assert [e.event_id for e in tipoffs.get(jp, later).events if e.kind == "reminder"] == [
        "reminder-1d"
    ]
    # Closed tip-offs are not reminded of.
    tipoffs.record(jp, soon, _event("x1", "expired", "JP-NPA", 5), at=T0, actor="a")
    assert soon not in [t.uid for t in tipoffs.due(jp, T0 + timedelta(days=30))]


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
CSV = b"date,amount,account\n2026-11-01,1200,JP:0009:123:1234567\n2026-11-02,800,TXyz\n"


def test_attachments_are_checked_stored_once_and_kept_to_their_tipoff(
    stores: tuple[TipoffStore, ReportStore],
) -> None:
    tipoffs, reports = stores
    jp, kh = _agencies(reports)
    _sent(tipoffs, jp, UID, None)
    screenshot = make(PNG, "chat screenshot.PNG", "amber", origin="JP-NPA", at=T0)
    info, stored = tipoffs.attach(jp, UID, screenshot, at=T0, actor="analyst")
    assert stored and info.content_type == "image/png" and info.name == "chat_screenshot.png"
    again, stored = tipoffs.attach(jp, UID, screenshot, at=T0, actor="analyst")
    assert not stored and again == info  # the same bytes: stored once
    assert tipoffs.get(jp, UID).attachments == (info,)
    assert tipoffs.attachment(jp, UID, info.sha256).data == PNG
    assert [a.info for a in tipoffs.attachments_by(jp, UID, "JP-NPA")] == [info]
    assert tipoffs.attachments_by(jp, UID, "KH-ACD") == []
    with pytest.raises(NotFound):
        tipoffs.attachment(kh, UID, info.sha256)  # another agency: unknown
    with pytest.raises(NotFound):
        tipoffs.attachment(jp, UID, "0" * 64)
    with pytest.raises(ValidationError, match="message"):  # to a message of this side only
        tipoffs.attach(
            jp,
            UID,
            make(CSV, "t.csv", "amber", origin="JP-NPA", at=T0, event_id="m9"),
            at=T0,
            actor="a",
        )
    tipoffs.record(jp, UID, _event("m9", "message", "JP-NPA", 2, text="ledger"), at=T0, actor="a")
    ledger = make(CSV, "ledger.xlsx", "green", origin="JP-NPA", at=T0, event_id="m9")
    info2, stored = tipoffs.attach(jp, UID, ledger, at=T0, actor="a")
    assert stored and info2.content_type == "text/csv" and info2.name == "ledger.csv"
    with pytest.raises(ValidationError, match="neither side"):
        tipoffs.attach(
            jp, UID, make(PNG + b"1", "x", "amber", origin="XX", at=T0), at=T0, actor="a"
        )
    for i in range(2):
        tipoffs.attach(
            jp, UID, make(PNG + bytes([i]), "p", "amber", origin="JP-NPA", at=T0), at=T0, actor="a"
        )
    with pytest.raises(ValidationError, match="at most 4 files"):
        tipoffs.attach(
            jp, UID, make(PNG + b"9", "p", "amber", origin="JP-NPA", at=T0), at=T0, actor="a"
        )
    # Bytes per side are bounded too, so that the envelope carrying them fits an inbox POST.
    other = f"x-tipoff--{uuid.UUID(int=31)}"
    _sent(tipoffs, jp, other, None)
    big = [PNG + bytes([i]) * (MAX_BYTES - len(PNG) - 1) for i in range(3)]
    for data in big[:2]:
        tipoffs.attach(
            jp, other, make(data, "b", "amber", origin="JP-NPA", at=T0), at=T0, actor="a"
        )
    with pytest.raises(ValidationError, match="bytes of files"):
        tipoffs.attach(
            jp, other, make(big[2], "b", "amber", origin="JP-NPA", at=T0), at=T0, actor="a"
        )


def test_sniffing_ignores_names_and_refuses_markup_and_unknown_bytes() -> None:
    assert sniff(b"%PDF-1.7\n...") == "application/pdf"
    assert sniff(b"\xff\xd8\xff\xe0JFIF") == "image/jpeg"
    assert sniff(b"GIF89a....") == "image/gif"
    assert sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert sniff(CSV) == "text/csv"
    assert sniff("電話 +855 12 345 678 を使う\n".encode()) == "text/plain"
    for bad in (
        b"<html><script>alert(1)</script></html>",
        b"  <svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
        b"\xef\xbb\xbf<!DOCTYPE html><p>x",
        b"MZ\x90\x00\x03",  # an executable
        b"PK\x03\x04",  # a zip (and so docx, xlsx)
        b"\xff\xfe\x00\x00",
        b"text\x00with a NUL",
    ):
        assert sniff(bad) is None, bad
    with pytest.raises(ValidationError, match="allowed"):
        make(b"<html></html>", "evidence.png", "amber", origin="JP-NPA", at=T0)
    with pytest.raises(ValidationError, match="bytes"):
        make(b"a" * (MAX_BYTES + 1), "big.txt", "amber", origin="JP-NPA", at=T0)
    with pytest.raises(ValidationError, match="non-empty"):
        make(b"", "e.txt", "amber", origin="JP-NPA", at=T0)
    with pytest.raises(ValidationError, match="SHA-256"):
        make(PNG, "e.png", "amber", origin="JP-NPA", at=T0, claimed_sha256="0" * 64)
    with pytest.raises(ValidationError, match="TLP"):
        make(PNG, "e.png", "purple", origin="JP-NPA", at=T0)
    assert safe_name('../../"evil";\r\nX: y.png', "image/png") == "evil_X_y.png"
    assert safe_name("報告書.pdf", "application/pdf") == "attachment.pdf"


@pytest.mark.parametrize(
    "dialect", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_tipoff_follows_its_network_through_merges(dialect: str, tmp_path: Path) -> None:
    """Network 5 was merged into 9 and 9 into 12 (network_redirects, as relink writes them):
    the tip-off drafted from network 5 is listed under 12, and 12 is the network acted upon.
    An old id that is live again (3 -> 12, then network 3 reborn) is not an alias."""
    with migrated_engine(dialect, tmp_path) as engine:
        tipoffs, reports = SqlTipoffStore(engine), SqlReportStore(engine)
        jp, _ = _agencies(reports)
        with engine.begin() as connection:
            for network_id in (12, 3):
                connection.execute(
                    insert(networks),
                    {
                        "id": network_id,
                        **dict.fromkeys(
                            ("reports", "victims", "countries", "scam_types", "growth_7d"), 2
                        ),
                        **dict.fromkeys(("growth_30d", "sub_networks"), 0),
                        **dict.fromkeys(("loss_usd", "harm_score"), 0.0),
                        "country_codes": [],
                        "scam_type_codes": [],
                        "updated_at": T0,
                    },
                )
            connection.execute(
                insert(network_redirects),
                [
                    {"old_id": 5, "new_id": 9, "merged_at": T0, "reason": "merge"},
                    {"old_id": 9, "new_id": 12, "merged_at": T0, "reason": "relink"},
                    {"old_id": 3, "new_id": 12, "merged_at": T0, "reason": "merge"},
                ],
            )
        old = replace(_draft(), network_ref="network-5")
        tipoffs.create_draft(jp, old, at=T0, actor="analyst")
        reborn = replace(_draft(f"x-tipoff--{uuid.UUID(int=3)}"), network_ref="network-3")
        tipoffs.create_draft(jp, reborn, at=T0, actor="analyst")
        tipoffs.record(jp, UID, _event("s1", "sent", "JP-NPA", 1), at=T0, actor="analyst")
        assert [t.uid for t in tipoffs.list(jp, network="network-12")] == [UID]
        assert [t.uid for t in tipoffs.page(jp, network="network-12")[0]] == [UID]
        assert [t.uid for t in tipoffs.list(jp, network="network-3")] == [reborn.uid]
        assert tipoffs.list(jp, network="network-5")[0].network_ref == "network-5"  # as sent
        assert tipoffs.network_states(jp) == {"network-12": (State.SENT,)}


def test_figures_read_only_what_they_need_and_agree_with_the_full_list(
    stores: tuple[TipoffStore, ReportStore],
) -> None:
    tipoffs, reports = stores
    jp, _ = _agencies(reports)
    _sent(tipoffs, jp, UID, None)
    tipoffs.create_draft(jp, _draft(f"x-tipoff--{uuid.UUID(int=77)}"), at=T0, actor="a")
    for event in (
        _event("a1", "acknowledged", "KH-ACD", 60),
        _event("m1", "message", "KH-ACD", 61, text="which floor?"),
        _event("o1", "outcome", "KH-ACD", 600, arrests=25, amount_frozen_usd=310000),
    ):
        tipoffs.record(jp, UID, event, at=T0, actor="partner")
    [light] = tipoffs.for_figures(jp)  # the draft is not there
    assert light.sent_at == T0 + timedelta(minutes=1) and light.state is State.OUTCOME
    assert light.acknowledged_at == T0 + timedelta(minutes=60)
    assert light.outcome_at == T0 + timedelta(minutes=600) and light.outcome is not None
    [figures] = figures_of([light])
    assert [figures] == partner_figures(tipoffs.list(jp, direction="out"))
    assert figures.arrests == 25 and figures.ack_hours_median == 59 / 60
