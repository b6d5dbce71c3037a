"""Shortened addresses ("TLa2f6…wYjU7") resolved to the one full address stored: at ingest,
and at relink for those stored before their address arrived in full."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, select

from tipoff.intake.analyse import Analyser
from tipoff.intake.pipeline import Intake
from tipoff.intake.schema import ReportIn
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import network_members
from tipoff.link.persistence import relink
from tipoff.pseudonym import Pseudonymiser
from tipoff.store.memory import MemoryReportStore
from tipoff.store.partial_resolution import resolve_reports
from tipoff.store.protocol import ReportStore
from tipoff.store.records import NewReport, NewSighting, StoredReport
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

NOW = datetime(2026, 3, 1, tzinfo=UTC)
TRON = "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"
BTC = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
ETH = "0x52908400098527886e0f7030069857d2e4169ee7"


def _intake(store: ReportStore) -> Intake:
    analyser = Analyser(with_assessment=False)
    return Intake(store, Pseudonymiser(b"k"), clock=lambda: NOW, analyser=analyser)


def _submit(store: ReportStore, *narratives: tuple[str, str]) -> list[int]:
    agency = store.get_agency("JP") if store.list_agencies() else None
    agency = agency or store.add_agency("JP", "JP", "JP", at=NOW)
    items = [ReportIn(external_id=name, narrative=text) for name, text in narratives]
    return [saved.id for saved in _intake(store).submit(agency, items, actor="t")]  # type: ignore[union-attr]


def _wallets(report: StoredReport) -> list[tuple[str, str, str, str]]:
    return [
        (s.kind, s.value, s.raw, s.source)
        for s in report.sightings
        if s.kind in ("wallet", "partial_wallet")
    ]


def test_a_shortened_address_resolves_at_ingest_to_the_one_stored_address() -> None:
    store = MemoryReportStore()
    _submit(store, ("full", f"I sent 500 USDT to {TRON} and {BTC}"))
    [short_tron, short_btc, short_eth] = _submit(
        store,
        ("zh", "我把USDT转到了 TLa2f6…wYjU7 这个地址"),
        ("vi", "Tôi đã chuyển BTC vào ví BC1QAR...F5MDQ theo hướng dẫn"),
        ("en", "they asked for ETH at 0x5290…9ee7 first"),  # no ETH stored: none
    )
    operator = Viewer.operator()
    assert _wallets(store.get_report(short_tron, viewer=operator)) == [
        ("partial_wallet", "tron:TLa2f6…wYjU7", "TLa2f6…wYjU7", "narrative"),
        ("wallet", f"tron:{TRON}", "TLa2f6…wYjU7", "narrative.resolved"),
    ]
    assert _wallets(store.get_report(short_btc, viewer=operator)) == [
        ("partial_wallet", "btc:bc1qar…f5mdq", "BC1QAR...F5MDQ", "narrative"),
        ("wallet", f"btc:{BTC}", "BC1QAR...F5MDQ", "narrative.resolved"),
    ]
    assert _wallets(store.get_report(short_eth, viewer=operator)) == [
        ("partial_wallet", "eth:0x5290…9ee7", "0x5290…9ee7", "narrative"),
    ]
    resolved = store.get_report(short_tron, viewer=operator).sightings[-1]
    assert resolved.role == "payee_wallet" and resolved.confidence < 0.8


def test_base58_is_case_sensitive_and_ambiguity_resolves_nothing() -> None:
    store = MemoryReportStore()
    agency = store.add_agency("JP", "JP", "JP", at=NOW)
    twin = "tron:TLa2f6XXXXXXXXXXXXXXXXXXXXXX5wYjU7"  # a second stored address with the same ends
    store.save_reports(
        agency,
        [NewReport("seed", NOW, "amber", sightings=(_full(f"tron:{TRON}"), _full(twin)))],
        at=NOW,
        actor="t",
    )
    [ambiguous, other_case] = _submit(
        store, ("a", "paid to TLa2f6...wYjU7 yesterday"), ("b", "paid to TLA2F6...WYJU7 today")
    )
    operator = Viewer.operator()
    assert [k for k, *_ in _wallets(store.get_report(ambiguous, viewer=operator))] == [
        "partial_wallet"
    ]
    assert _wallets(store.get_report(other_case, viewer=operator)) == [
        ("partial_wallet", "tron:TLA2F6…WYJU7", "TLA2F6...WYJU7", "narrative")
    ]


def test_a_full_address_in_the_same_batch_resolves_it() -> None:
    batch = [
        NewReport("a", NOW, "amber", sightings=(_short("tron:TLa2f6…wYjU7"),)),
        NewReport("b", NOW, "amber", sightings=(_full(f"tron:{TRON}"),)),
    ]
    resolved = resolve_reports(batch, lambda values: {value: [] for value in values})
    assert [s.value for s in resolved[0].sightings] == ["tron:TLa2f6…wYjU7", f"tron:{TRON}"]
    assert resolved[1] is batch[1]


def test_a_full_address_only_batch_is_left_as_it_is() -> None:
    batch = [NewReport("b", NOW, "amber", sightings=(_full(f"tron:{TRON}"),))]
    asked: list[object] = []
    assert resolve_reports(batch, asked.append) == batch  # type: ignore[arg-type]
    assert asked == []  # no lookup at all


def test_a_late_full_address_links_the_earlier_short_form_at_relink(engine: Engine) -> None:
    store = SqlReportStore(engine)
    policy = HubPolicy(default_threshold=10)
    [early, early_too] = _submit(
        store,
        ("early", "USDT を TLa2f6…wYjU7 に送金しました"),
        ("same-short", "โอนไปที่ TLa2f6...wYjU7 แล้ว"),
    )
    relink(engine, policy, 500, NOW)
    members = _members(engine)
    assert members[early] != members[early_too]  # a partial alone never links
    [late] = _submit(store, ("late", f"deposit address {TRON}"))
    summary = relink(engine, policy, 500, NOW)
    members = _members(engine)
    assert members[early] == members[late] == members[early_too]
    assert summary.networks == 1
    again = relink(engine, policy, 500, NOW)
    assert again.sightings == summary.sightings  # resolved once


def _members(engine: Engine) -> dict[int, int]:
    with engine.connect() as connection:
        rows = connection.execute(select(network_members.c.report_id, network_members.c.network_id))
        return {report_id: network_id for report_id, network_id in rows}


def _full(value: str) -> NewSighting:
    return NewSighting("wallet", value, "payee_wallet", value, "narrative", 0, 10, 1.0)


def _short(value: str) -> NewSighting:
    return NewSighting("partial_wallet", value, "payee_wallet", value, "narrative", 0, 10, 0.8)
