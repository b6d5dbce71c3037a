"""Reports that name two crews (``tipoff.link.other_crews``): the open citations of a report
whose words name another crew are cut where they lead to it, before the relink."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
from sqlalchemy import Engine, select

from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import network_members
from tipoff.link.other_crews import other_crew_citations
from tipoff.link.persistence import relink
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 3, 31, tzinfo=UTC)
POLICY = HubPolicy(default_threshold=1000)


def _cut(rows: list[tuple[int, int, str]]) -> list[bool]:
    """Rows (report, value, how cited: "placed", "open", "other"), the linkable ones."""
    reports = np.array([r for r, _, _ in rows])
    values = np.array([v for _, v, _ in rows])
    how = np.array([h for _, _, h in rows])
    cut = other_crew_citations(
        reports, values, how == "other", how == "open", np.ones(len(rows), dtype=bool)
    )
    return [bool(c) for c in cut]


def test_an_open_citation_leading_to_the_other_crew_is_cut() -> None:
    # Crew A: reports 0-1 (value 10); crew B: reports 2-3 (values 20, 21). Report 4 is A's
    # victim (10, placed), names B's 20 in words and lists B's 21 and A's 10 again.
    rows = [
        (0, 10, "placed"),
        (1, 10, "placed"),
        (2, 20, "placed"),
        (2, 21, "placed"),
        (3, 21, "placed"),
        (4, 10, "placed"),
        (4, 20, "other"),
        (4, 21, "open"),
        (4, 10, "open"),
    ]
    assert _cut(rows) == [False] * 7 + [True, False]


def test_an_open_citation_of_an_unplaced_report_is_cut_only_towards_the_named_crew() -> None:
    # Report 4 places nothing: its open value 21 leads to the crew of the value it named as
    # the other crew's (20) and is cut; its open 30 leads to crew C, which nothing names.
    rows = [
        (2, 20, "placed"),
        (2, 21, "placed"),
        (5, 30, "placed"),
        (6, 30, "placed"),
        (4, 20, "other"),
        (4, 21, "open"),
        (4, 30, "open"),
    ]
    assert _cut(rows) == [False] * 5 + [True, False]


def test_reports_naming_no_other_crew_are_untouched() -> None:
    rows = [(0, 10, "placed"), (1, 10, "open"), (1, 20, "open"), (2, 20, "placed")]
    assert _cut(rows) == [False] * 4


def _sighting(kind: str, value: str, role: str, source: str) -> NewSighting:
    return NewSighting(kind, value, role, value, source, None, None, 1.0, False)


def test_a_victim_of_two_crews_stays_with_the_crew_reported(engine: Engine) -> None:
    """d1 reports crew A (A's phone in the narrative), names crew B's handle as another
    group's and lists B's wallet among the identifiers: A and B stay two networks, d1 with A."""
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    a_phone = _sighting("phone", "+85511111111", "contact", "narrative")
    b_handle = _sighting("handle", "telegram:crew_b", "contact", "narrative")
    b_wallet = _sighting("wallet", "tron:TB", "payee_wallet", "payments.0")

    def report(external_id: str, *found: NewSighting) -> NewReport:
        return NewReport(
            external_id=external_id,
            received_at=NOW - timedelta(days=1),
            tlp="amber",
            victim_country="JP",
            loss_usd=100.0,
            scam_type="investment",
            sightings=found,
        )

    saved = store.save_reports(
        jp,
        [
            report("a1", a_phone),
            report("a2", a_phone),
            report("b1", b_handle, b_wallet),
            report("b2", b_wallet),
            report(
                "d1",
                a_phone,
                _sighting("handle", "telegram:crew_b", "other_crew", "narrative"),
                _sighting("wallet", "tron:TB", "payee_wallet", "identifiers.0"),
            ),
        ],
        at=NOW,
        actor="test",
    )
    ids = {s.external_id: s.id for s in saved}
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    with engine.connect() as connection:
        rows = connection.execute(
            select(network_members.c.report_id, network_members.c.network_id)
        ).all()
    network = {int(report_id): int(network_id) for report_id, network_id in rows}
    assert network[ids["d1"]] == network[ids["a1"]] == network[ids["a2"]]
    assert network[ids["b1"]] == network[ids["b2"]] != network[ids["a1"]]
