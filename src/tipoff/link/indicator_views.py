"""Indicators as one viewer may see them: counts, dates, sightings and networks.

An indicator exists for a viewer only if a report that viewer may see cites it; every
figure on its page (reports, first and last seen, sightings, networks) comes from those
reports alone, so a value, count or date known only from hidden reports never shows.

A warninglisted value such as t.me can sit in tens of thousands of reports.
``tipoff.link.indicator_lookup.indicator_detail`` joins every one of its sightings to the
wide report rows (0.5 s for t.me in a 100,000-report world, measured), so this module reads
the narrow sightings rows, takes dates and TLP from the in-memory report columns, and
details only the newest visible sightings shown. Hub status follows the link part's rules
(``hub_reason``: over the kind's threshold counted over visible reports, or a reason the
last relink stored).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np
from sqlalchemy import Connection, select

from tipoff.link.hubs import HubPolicy
from tipoff.link.network_detail import hub_reason, hub_reasons
from tipoff.link.network_summaries import NetworkSummary, networks_of_reports
from tipoff.store.indicator_matches import cites
from tipoff.store.indicator_reads import IndicatorRow
from tipoff.store.report_snapshot import Snapshot
from tipoff.store.tables import agencies, sightings
from tipoff.visibility import Viewer

CHUNK = 900  # stay under SQLite's bound-parameter limit


@dataclass(frozen=True, slots=True)
class SightingView:
    report_id: int
    external_id: str
    agency: str
    received_at: datetime
    role: str
    raw: str
    scam_type: str | None
    victim_country: str | None
    loss_usd: float | None


@dataclass(frozen=True, slots=True)
class IndicatorView:
    row: IndicatorRow
    report_count: int
    hub_reason: str | None
    links: bool
    first_seen: datetime | None
    last_seen: datetime | None
    sightings: list[SightingView]
    sightings_total: int  # in reports the viewer may see
    networks: list[NetworkSummary]  # networks (as the viewer sees them) of the citing reports

    @property
    def hub(self) -> bool:
        return self.hub_reason is not None


@dataclass(frozen=True, slots=True)
class Citations:
    """The reports a viewer may see that cite one indicator, as snapshot rows."""

    rows: np.ndarray  # distinct, ascending
    sightings: int  # sighting rows in those reports (a report may cite a value twice)


def citations(
    connection: Connection, snapshot: Snapshot, viewer: Viewer, indicator_ids: Iterable[int]
) -> dict[int, Citations]:
    """Visible citing reports per indicator; indicators no visible report cites are absent."""
    wanted = list(dict.fromkeys(indicator_ids))
    pairs: list[tuple[int, int]] = []
    for start in range(0, len(wanted), CHUNK):
        query = select(sightings.c.indicator_id, sightings.c.report_id).where(
            sightings.c.indicator_id.in_(wanted[start : start + CHUNK]), cites()
        )
        pairs += [(int(i), int(r)) for i, r in connection.execute(query)]
    by_indicator: dict[int, list[int]] = {}
    for indicator, report in pairs:
        by_indicator.setdefault(indicator, []).append(report)
    found: dict[int, Citations] = {}
    for indicator, report_ids in by_indicator.items():
        rows = snapshot.visible_rows(snapshot.positions(report_ids), viewer)
        if rows.size:
            found[indicator] = Citations(np.unique(rows), int(rows.size))
    return found


def as_seen(row: IndicatorRow, cited: Citations, snapshot: Snapshot) -> IndicatorRow:
    """The indicator with its report count and dates over the visible citing reports."""
    days = snapshot.day[cited.rows]
    return replace(
        row,
        report_count=int(cited.rows.size),
        first_seen=snapshot.moment(int(cited.rows[np.argmin(days)])),
        last_seen=snapshot.moment(int(cited.rows[np.argmax(days)])),
    )


def _sighting(
    columns: Snapshot, row: int, codes: dict[int, str], role: str, raw: str
) -> SightingView:
    return SightingView(
        int(columns.ids[row]),
        columns.external_ids[row],
        codes.get(int(columns.agency[row]), "?"),
        columns.moment(row),
        role,
        raw,
        columns.scam_type_of(row),
        columns.country_of(row),
        columns.loss_of(row),
    )


def indicator_view(
    connection: Connection,
    row: IndicatorRow,
    viewer: Viewer,
    snapshot: Snapshot,
    policy: HubPolicy,
    limit: int = 100,
) -> IndicatorView | None:
    """The indicator as ``viewer`` sees it; None when no report the viewer may see cites it."""
    cited = citations(connection, snapshot, viewer, [row.id]).get(row.id)
    if cited is None:
        return None
    seen = as_seen(row, cited, snapshot)
    newest = cited.rows[
        np.lexsort((-snapshot.ids[cited.rows], -snapshot.day[cited.rows].astype(np.int64)))
    ]
    shown_rows = {int(snapshot.ids[r]): int(r) for r in newest[:limit]}
    detail = connection.execute(
        select(sightings.c.report_id, sightings.c.role, sightings.c.raw).where(
            sightings.c.indicator_id == row.id,
            sightings.c.report_id.in_(list(shown_rows)),
            cites(),
        )
    ).all()
    codes = dict(connection.execute(select(agencies.c.id, agencies.c.code)).all())
    shown = [
        _sighting(snapshot, shown_rows[int(report_id)], codes, role, raw)
        for report_id, role, raw in detail
        if int(report_id) in shown_rows
    ]
    shown.sort(key=lambda s: (s.received_at, s.report_id), reverse=True)
    reason = hub_reason(
        policy, row.kind, seen.report_count, hub_reasons(connection, [row.id]).get(row.id)
    )
    return IndicatorView(
        seen,
        seen.report_count,
        reason,
        not row.common and reason is None and row.kind not in policy.non_linking,
        seen.first_seen,
        seen.last_seen,
        shown[:limit],
        cited.sightings,
        networks_of_reports(connection, snapshot.ids[cited.rows].tolist(), viewer),
    )
