"""A platform link and the handle it names are one value when linking
(``tipoff.link.platform_links``): a full relink and a live add fold the link into the handle
alike, so whatever stops the handle linking stops the link too."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
from sqlalchemy import Engine, select

from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import network_members
from tipoff.link.persistence import LinkUpdater, relink
from tipoff.link.platform_links import folded_ids, handle_of_links, named_handle, unfolded
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 3, 31, tzinfo=UTC)
# A handle cited by more than one report is a hub: it stops linking (any rule that stops a
# handle would do; the threshold is the simplest to set up).
POLICY = HubPolicy(default_threshold=1000, per_kind={"handle": 1})


def test_named_handle_reads_the_account_a_platform_link_names() -> None:
    assert named_handle("https://t.me/anna_support") == "telegram:anna_support"
    assert named_handle("https://wa.me/6281234567890") == "whatsapp:+6281234567890"
    assert named_handle("https://t.me/share") is None
    assert named_handle("https://example.com/anna_support") is None


def test_a_link_folds_only_where_its_report_cites_the_handle() -> None:
    # indicators: 0 the link, 1 its handle, 2 a phone
    handle_of = handle_of_links({0: "https://t.me/anna_support"}, {"telegram:anna_support": 1}, 3)
    assert handle_of.tolist() == [1, -1, -1]
    reports = np.array([0, 0, 0, 1, 2])
    values = np.array([0, 1, 2, 0, 1])
    # report 0 cites both: its link is folded; report 1 cites the link alone: it stays
    assert unfolded(reports, values, handle_of).tolist() == [False, True, True, True, True]


def test_folded_ids_of_one_report() -> None:
    rows = [
        (7, "url", "https://t.me/anna_support"),
        (8, "handle", "telegram:anna_support"),
        (9, "url", "https://t.me/someone_else"),
    ]
    assert folded_ids(rows) == {7}
    assert folded_ids(rows[:1]) == set()


def _cites(value: str, kind: str) -> NewSighting:
    return NewSighting(kind, value, "contact", value, "narrative", None, None, 1.0, False)


def _report(external_id: str, *found: NewSighting) -> NewReport:
    return NewReport(
        external_id=external_id,
        received_at=NOW,
        tlp="amber",
        victim_country="JP",
        loss_usd=100.0,
        scam_type="investment",
        sightings=found,
    )


def _networks(engine: Engine) -> dict[int, int]:
    query = select(network_members.c.report_id, network_members.c.network_id)
    with engine.connect() as connection:
        return {int(r): int(n) for r, n in connection.execute(query)}


def test_relink_and_live_add_fold_a_link_into_its_handle(engine: Engine) -> None:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    link = _cites("https://t.me/anna_support", "url")
    handle = _cites("telegram:anna_support", "handle")
    alone = _cites("https://t.me/lone_link", "url")  # no handle sighting beside it
    saved = store.save_reports(
        agency,
        [_report("a", link, handle), _report("b", link, handle), _report("c", alone)],
        at=NOW,
        actor="test",
    )
    ids = {s.external_id: s.id for s in saved}
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    networks = _networks(engine)
    # the handle is a hub, and the link is the handle: a and b stay apart
    assert networks[ids["a"]] != networks[ids["b"]]
    late = store.save_reports(
        agency,
        [_report("d", link, handle), _report("e", alone)],
        at=NOW,
        actor="test",
    )
    added = LinkUpdater(engine, POLICY).add([s.id for s in late], NOW)
    d, e = (s.id for s in late)
    assert added[d] not in (networks[ids["a"]], networks[ids["b"]])
    # a link cited without its handle links as itself, live as at relink
    assert added[e] == networks[ids["c"]]
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    again = _networks(engine)
    assert len({again[ids["a"]], again[ids["b"]], again[d]}) == 3
    assert again[e] == again[ids["c"]]


def test_social_profile_links_name_their_account_and_pages_name_none() -> None:
    assert named_handle("https://instagram.com/alexmgr3186") == "instagram:alexmgr3186"
    assert named_handle("https://www.facebook.com/John.Smith55") == "facebook:johnsmith55"
    assert named_handle("https://www.tiktok.com/@coach.mia_88") == "tiktok:coach.mia_88"
    assert named_handle("https://x.com/CryptoKing_77") == "x:cryptoking_77"
    assert named_handle("https://instagram.com/p/Cxyz123") is None
    assert named_handle("https://www.facebook.com/groups/123456") is None
