"""Networks in the store: relink, incremental adds, redirects, listing, detail, explain,
indicators."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select

from tipoff.errors import NotFound, ValidationError
from tipoff.link.explain import why_linked
from tipoff.link.hubs import HubPolicy
from tipoff.link.indicator_lookup import indicator_detail, list_hub_indicators
from tipoff.link.network_detail import network_detail, resolve_network
from tipoff.link.network_list import NetworkQuery, list_networks
from tipoff.link.network_tables import network_members, network_redirects
from tipoff.link.persistence import LinkUpdater, relink
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

NOW = datetime(2026, 3, 31, tzinfo=UTC)
POLICY = HubPolicy(default_threshold=3)
OPERATOR = Viewer.operator()


def sighting(kind: str, value: str, common: bool = False) -> NewSighting:
    return NewSighting(kind, value, "contact", value, "narrative", None, None, 1.0, common)


def report(
    external_id: str,
    *found: NewSighting,
    days_ago: int = 1,
    country: str = "JP",
    loss: float | None = 100.0,
    tlp: str = "amber",
) -> NewReport:
    return NewReport(
        external_id=external_id,
        received_at=NOW - timedelta(days=days_ago),
        tlp=tlp,
        victim_country=country,
        loss_usd=loss,
        scam_type="investment",
        sightings=found,
    )


@pytest.fixture
def world(engine: Engine) -> tuple[SqlReportStore, dict[str, int]]:
    """Network A: a1-a3 via a phone and a wallet; network B: b1-b2 via a handle; c1 alone.
    Everyone cites the warninglisted t.me host; a hub domain is cited by 4 reports (threshold 3)."""
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    common, hub = sighting("domain", "t.me", common=True), sighting("domain", "hub.example")
    phone, wallet = sighting("phone", "+85512345678"), sighting("wallet", "tron:TXYZ")
    handle = sighting("handle", "telegram:crew")
    saved = store.save_reports(
        jp,
        [
            report("a1", phone, common, hub, days_ago=40),
            report("a2", phone, wallet, common, hub, country="KH"),
            report("a3", wallet, hub),
            report("b1", handle, common, hub, loss=5000.0),
            report("b2", handle, tlp="red"),
            report("c1", common),
        ],
        at=NOW,
        actor="test",
    )
    return store, {s.external_id: s.id for s in saved}


def network_of(engine: Engine, report_id: int) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(
                select(network_members.c.network_id).where(network_members.c.report_id == report_id)
            ).scalar_one()
        )


def test_relink_groups_reports_through_linkable_indicators_only(engine: Engine, world) -> None:
    _, ids = world
    summary = relink(engine, POLICY, leiden_min_size=500, now=NOW)
    assert (summary.reports, summary.networks, summary.largest, summary.hubs) == (6, 2, 3, 1)
    a = {network_of(engine, ids[k]) for k in ("a1", "a2", "a3")}
    b = {network_of(engine, ids[k]) for k in ("b1", "b2")}
    assert len(a) == len(b) == 1 and a != b
    assert network_of(engine, ids["c1"]) not in a | b


def test_relink_of_an_empty_store_links_nothing_and_does_not_fail(engine: Engine) -> None:
    # A migrated database with no report yet: `tipoff relink` raised a numpy ValueError.
    summary = relink(engine, POLICY, leiden_min_size=500, now=NOW)
    assert (summary.reports, summary.networks, summary.largest, summary.hubs) == (0, 0, 0, 0)


def test_relink_counts_no_split_network_when_networks_exceed_the_leiden_size(
    engine: Engine, world
) -> None:
    # No network is split by size: a network of 3 over leiden_min_size=2 is not "split".
    summary = relink(engine, POLICY, leiden_min_size=2, now=NOW)
    assert (summary.largest, summary.split_networks) == (3, 0)


def test_ranking_filters_and_statistics(engine: Engine, world) -> None:
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    with engine.connect() as connection:
        rows, total = list_networks(connection, NetworkQuery(), OPERATOR)
        assert total == 2 and rows[0]["harm_score"] >= rows[1]["harm_score"]
        by_size, _ = list_networks(connection, NetworkQuery(sort="reports"), OPERATOR)
        a = by_size[0]
        assert (a["reports"], a["victims"], a["loss_usd"], a["countries"]) == (3, 3, 300.0, 2)
        assert a["country_codes"] == [["JP", 2], ["KH", 1]]
        assert (a["growth_7d"], a["growth_30d"]) == (2, 2)
        assert a["first_seen"] == NOW - timedelta(days=40)
        only_kh, total_kh = list_networks(connection, NetworkQuery(country="KH"), OPERATOR)
        assert total_kh == 1 and only_kh[0]["id"] == a["id"]
        assert (
            list_networks(connection, NetworkQuery(min_loss_usd=1000), OPERATOR)[0][0]["loss_usd"]
            == 5100.0
        )
        # c1 alone is unlinked, not a network of one: even min_reports=1 lists the two
        assert list_networks(connection, NetworkQuery(min_reports=1), OPERATOR)[1] == 2
        page, total_all = list_networks(connection, NetworkQuery(limit=1, offset=1), OPERATOR)
        assert len(page) == 1 and total_all == 2
        with pytest.raises(ValidationError):
            list_networks(connection, NetworkQuery(sort="nonsense"), OPERATOR)


def test_relink_keeps_ids_and_redirects_merged_networks(engine: Engine, world) -> None:
    store, ids = world
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    a, b = network_of(engine, ids["a1"]), network_of(engine, ids["b1"])
    jp = store.get_agency("JP-NPA")
    store.save_reports(
        jp,
        [report("bridge", sighting("phone", "+85512345678"), sighting("handle", "telegram:crew"))],
        at=NOW,
        actor="test",
    )
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    assert network_of(engine, ids["a1"]) == network_of(engine, ids["b1"]) == a
    with engine.connect() as connection:
        assert resolve_network(connection, b) == a
        assert (
            connection.execute(
                select(network_redirects.c.new_id).where(network_redirects.c.old_id == b)
            ).scalar()
            == a
        )


def test_incremental_add_links_and_merges_without_a_rebuild(engine: Engine, world) -> None:
    store, ids = world
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    a, b = network_of(engine, ids["a1"]), network_of(engine, ids["b1"])
    updater = LinkUpdater(engine, POLICY)
    jp = store.get_agency("JP-NPA")
    [joiner] = store.save_reports(
        jp, [report("a4", sighting("wallet", "tron:TXYZ"), loss=50.0)], at=NOW, actor="t"
    )
    assert updater.add([joiner.id], NOW) == {joiner.id: a}
    [bridge] = store.save_reports(
        jp,
        [report("x", sighting("phone", "+85512345678"), sighting("handle", "telegram:crew"))],
        at=NOW,
        actor="t",
    )
    assert updater.add([bridge.id], NOW) == {bridge.id: a}
    with engine.connect() as connection:
        assert resolve_network(connection, b) == a
        assert connection.execute(select(func.count()).select_from(network_members)).scalar() == 8
        rows, _ = list_networks(connection, NetworkQuery(sort="reports"), OPERATOR)
        assert (rows[0]["id"], rows[0]["reports"], rows[0]["loss_usd"]) == (a, 7, 5550.0)


def test_network_detail_is_what_the_viewer_may_see(engine: Engine, world) -> None:
    # Before visibility.py, another agency saw network B (b1 AMBER + b2 RED) with b2 listed as
    # hidden and counted in the statistics. Now a network with fewer than two reports the
    # viewer may see does not exist for it, and the owner sees everything.
    store, ids = world
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    other = store.add_agency("KH-ACD", "ACD", "KH", at=NOW)
    b = network_of(engine, ids["b1"])
    jp = store.get_agency("JP-NPA")
    with engine.connect() as connection:
        with pytest.raises(NotFound):
            network_detail(connection, b, Viewer.agency(other.id), POLICY)
        detail = network_detail(connection, b, Viewer.agency(jp.id), POLICY)
        listed, _ = list_networks(connection, NetworkQuery(), Viewer.agency(other.id))
    assert b not in {n["id"] for n in listed}
    assert sorted(r["id"] for r in detail.reports) == [ids["b1"], ids["b2"]]
    kinds = {(d["kind"], d["value"]): d for d in detail.indicators}
    assert kinds[("handle", "telegram:crew")]["reports_in_network"] == 2
    assert kinds[("domain", "hub.example")]["hub"] and kinds[("domain", "t.me")]["common"]
    assert {e["target"] for e in detail.edges} == {f"i{kinds[('handle', 'telegram:crew')]['id']}"}
    assert {n["type"] for n in detail.nodes} == {"report", "indicator"}


def test_explain_gives_the_chain_through_shared_identifiers(engine: Engine, world) -> None:
    _, ids = world
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    network = network_of(engine, ids["a1"])
    with engine.connect() as connection:
        chain = why_linked(connection, network, ids["a1"], ids["a3"], OPERATOR, POLICY)
        assert chain is not None
        assert [step.label if step.kind == "indicator" else step.id for step in chain] == [
            ids["a1"],
            "phone:+85512345678",
            ids["a2"],
            "wallet:tron:TXYZ",
            ids["a3"],
        ]
        with pytest.raises(NotFound):
            why_linked(connection, network, ids["a1"], ids["b1"], OPERATOR, POLICY)


def test_indicator_detail_lists_sightings_network_and_dates(engine: Engine, world) -> None:
    _, ids = world
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    with engine.connect() as connection:
        phone = indicator_detail(connection, "phone", "+85512345678", OPERATOR, POLICY)
        assert (
            phone["report_count"] == 2
            and phone["links"]
            and phone["network_id"] == network_of(engine, ids["a1"])
        )
        assert phone["first_seen"] == NOW - timedelta(days=40) and phone[
            "last_seen"
        ] == NOW - timedelta(days=1)
        hub = indicator_detail(connection, "domain", "hub.example", OPERATOR, POLICY)
        assert (
            hub["hub"]
            and not hub["links"]
            and len(hub["networks"]) == 2
            and hub["network_id"] is None
        )
        hubs = list_hub_indicators(connection, POLICY, OPERATOR)
        assert [(h["value"], h["report_count"], h["hub_reason"]) for h in hubs] == [
            ("hub.example", 4, "count")
        ]
        with pytest.raises(NotFound):
            indicator_detail(connection, "phone", "+10000000000", OPERATOR, POLICY)
        with pytest.raises(ValidationError):
            indicator_detail(connection, "nonsense", "x", OPERATOR, POLICY)


def test_migration_0002_builds_exactly_the_link_tables(engine: Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from tipoff.link.network_tables import LINK_TABLES
    from tipoff.store.tables import metadata

    def link_only(obj: object, name: str | None, type_: str, *_: object) -> bool:
        table = getattr(obj, "table", obj)
        return (name if type_ == "table" else getattr(table, "name", None)) in LINK_TABLES

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": link_only, "compare_type": True}
        )
        assert compare_metadata(context, metadata) == []


def test_incremental_statistics_equal_a_relinks(engine: Engine, world) -> None:
    store, _ = world
    wide = HubPolicy(default_threshold=10)  # no value crosses the threshold while reports arrive
    relink(engine, wide, leiden_min_size=500, now=NOW)
    updater = LinkUpdater(engine, wide)
    jp = store.get_agency("JP-NPA")
    for external_id, country in (("a5", "TH"), ("a6", "JP")):
        [saved] = store.save_reports(
            jp,
            [report(external_id, sighting("wallet", "tron:TXYZ"), country=country, loss=7.0)],
            at=NOW,
            actor="t",
        )
        updater.add([saved.id], NOW)
    fields = (
        "reports",
        "victims",
        "loss_usd",
        "countries",
        "country_codes",
        "scam_types",
        "first_seen",
        "last_seen",
        "growth_7d",
        "growth_30d",
        "harm_score",
    )
    with engine.connect() as connection:
        incremental = [
            {f: r[f] for f in fields}
            for r in list_networks(connection, NetworkQuery(sort="reports"), OPERATOR)[0]
        ]
    relink(engine, wide, leiden_min_size=500, now=NOW)
    with engine.connect() as connection:
        rebuilt = [
            {f: r[f] for f in fields}
            for r in list_networks(connection, NetworkQuery(sort="reports"), OPERATOR)[0]
        ]
    assert incremental == rebuilt
    assert incremental[0]["reports"] == 7 and ["TH", 1] in incremental[0]["country_codes"]


def test_incremental_losses_are_added_in_whole_cents(engine: Engine, world) -> None:
    store, _ = world
    wide = HubPolicy(default_threshold=10)
    relink(engine, wide, leiden_min_size=500, now=NOW)
    updater = LinkUpdater(engine, wide)
    jp = store.get_agency("JP-NPA")
    for external_id, loss in (("c1", 0.1), ("c2", 0.2), ("c3", 0.07)):
        [saved] = store.save_reports(
            jp, [report(external_id, sighting("wallet", "tron:TXYZ"), loss=loss)], at=NOW, actor="t"
        )
        updater.add([saved.id], NOW)
    with engine.connect() as connection:
        rows = list_networks(connection, NetworkQuery(sort="reports"), OPERATOR)[0]
    assert all(repr(r["loss_usd"]) == repr(round(r["loss_usd"], 2)) for r in rows)


def test_an_index_reloaded_from_the_store_keeps_the_stray_citations_cut(engine: Engine) -> None:
    """Two crews of 20 (own phones, densely shared); one report of crew B also cites crew A's
    phone. The relink cuts that stray citation; an updater that loads the store afterwards
    (another process) must cut it too, or it would link new reports across the two."""
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    rows = []
    for crew in ("A", "B"):
        for i in range(20):
            cited = [
                sighting("phone", f"+855{crew == 'A':d}{i % 3:07d}"),
                sighting("phone", f"+855{crew == 'A':d}9{i % 4:06d}"),
            ]
            if crew == "B" and i == 0:
                cited.append(sighting("phone", "+85510000000"))  # crew A's first phone
            rows.append(report(f"{crew}{i}", *cited))
    ids = {s.external_id: s.id for s in store.save_reports(jp, rows, at=NOW, actor="test")}
    policy = HubPolicy(1000)
    relink(engine, policy, leiden_min_size=10, now=NOW)
    a, b = network_of(engine, ids["A1"]), network_of(engine, ids["B1"])
    assert a != b and network_of(engine, ids["B0"]) == b
    late_a, late_b = store.save_reports(
        jp,
        [
            report("late-a", sighting("phone", "+85510000000")),
            report("late-b", sighting("phone", "+85500000001")),
        ],
        at=NOW,
        actor="test",
    )
    added = LinkUpdater(engine, policy).add([late_a.id, late_b.id], NOW)
    assert added == {late_a.id: a, late_b.id: b}
    with engine.connect() as connection:
        networks = connection.execute(
            select(func.count(func.distinct(network_members.c.network_id)))
        ).scalar_one()
    assert networks == 2 and network_of(engine, ids["B0"]) == b


def test_an_earlier_scams_value_joins_nothing_and_stays_its_crews(engine: Engine, world) -> None:
    """r1 is a recovery scam's victim who names crew A's wallet as the earlier scam's
    (``Role.EARLIER``) beside the recovery crew's phone: neither the relink nor an incremental
    add joins it to A, and A's wallet keeps linking A's own victims (a reference would count
    towards making it a reference hub)."""
    store, ids = world
    jp = store.get_agency("JP-NPA")
    earlier = NewSighting(
        "wallet", "tron:TXYZ", "earlier", "tron:TXYZ", "narrative", None, None, 1.0, False
    )
    [r1, r2] = store.save_reports(
        jp,
        [
            report("r1", earlier, sighting("phone", "+639171234567")),
            report("r2", sighting("phone", "+639171234567")),
        ],
        at=NOW,
        actor="t",
    )
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    a = network_of(engine, ids["a2"])
    assert network_of(engine, ids["a3"]) == a  # a2-a3 only through the wallet
    assert network_of(engine, r1.id) == network_of(engine, r2.id) != a
    [r3] = store.save_reports(jp, [report("r3", earlier)], at=NOW, actor="t")
    assert LinkUpdater(engine, POLICY).add([r3.id], NOW)[r3.id] != a


def test_a_victims_own_account_never_links_in_a_relink_or_an_add(engine: Engine) -> None:
    """d1 names, as the account they paid from (role ``own``), the account that crew E's
    victims e1-e2 later paid (a victim recruited as a mule): d1 stays with crew D (d2, through
    a phone), e1-e2 with E, in a relink and in an incremental add alike."""
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    account = "JP:0009:123:1234567"
    paid = NewSighting("bank_account", account, "payee_account", account, "payments.0", None, None)
    own = NewSighting("bank_account", account, "own", account, "narrative", None, None)
    phone = sighting("phone", "+85511111111")
    saved = store.save_reports(
        jp,
        [
            report("d1", own, phone),
            report("d2", phone),
            report("e1", paid, sighting("handle", "telegram:crew_e")),
            report("e2", paid),
        ],
        at=NOW,
        actor="test",
    )
    ids = {s.external_id: s.id for s in saved}
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    d, e = network_of(engine, ids["d1"]), network_of(engine, ids["e1"])
    assert d != e
    assert network_of(engine, ids["d2"]) == d and network_of(engine, ids["e2"]) == e
    [later] = store.save_reports(jp, [report("d3", own)], at=NOW, actor="t")
    assert LinkUpdater(engine, POLICY).add([later.id], NOW)[later.id] not in (d, e)


def test_a_victims_own_value_nobody_pays_links_their_own_reports(engine: Engine) -> None:
    """The same victim's two reports (a duplicate) both name their own number: no crew's
    victim pays it, so it links them as any shared value does."""
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    own = NewSighting("phone", "+819012345678", "own", "090-1234-5678", "narrative", None, None)
    saved = store.save_reports(jp, [report("v1", own), report("v2", own)], at=NOW, actor="t")
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    assert network_of(engine, saved[0].id) == network_of(engine, saved[1].id)


def test_a_desks_note_of_an_earlier_case_joins_nothing_at_relink_or_add(
    engine: Engine, world
) -> None:
    # A bank's desk files b3 (crew B's victim) and notes that the customer paid crew A's
    # wallet in an earlier, unrelated case: the wallet is crew A's, not b3's crew's.
    store, ids = world
    jp = store.get_agency("JP-NPA")
    earlier = NewSighting(
        "wallet", "tron:TXYZ", "earlier", "TXYZ", "narrative", None, None, 1.0, False
    )
    [b3] = store.save_reports(
        jp, [report("b3", sighting("handle", "telegram:crew"), earlier)], at=NOW, actor="t"
    )
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    a, b = network_of(engine, ids["a1"]), network_of(engine, ids["b1"])
    assert a != b and network_of(engine, b3.id) == b
    assert network_of(engine, ids["a3"]) == a  # the wallet still links its own crew
    # Live adds read no such sighting either: a report citing only the earlier case's wallet
    # founds a network of its own.
    [b4] = store.save_reports(jp, [report("b4", earlier)], at=NOW, actor="t")
    assert LinkUpdater(engine, POLICY).add([b4.id], NOW)[b4.id] not in (a, b)
