"""Everything the page of one indicator shows, read within a bounded budget.

A warninglisted value such as t.me can sit in tens of thousands of reports.
``tipoff.link.indicator_lookup.indicator_detail`` joins every one of its sightings to the
wide report rows (0.5 s for t.me in a 100,000-report world, measured), so this module reads
the narrow sightings rows, takes dates and TLP from the in-memory report columns, and
details only the newest visible sightings shown. Hub status follows the link part's rules
(``hub_reason``: over the kind's threshold, or a reason the last relink stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import Connection, func, select

from tipoff.link.hubs import HubPolicy
from tipoff.link.queries import hub_reason, hub_reasons
from tipoff.link.tables import network_members
from tipoff.store.records import Agency
from tipoff.store.tables import agencies, sightings
from tipoff.web.queries import IndicatorRow
from tipoff.web.report_columns import ReportColumns


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
    sightings_total: int
    hidden: int  # sightings in reports the viewer may not see
    networks: list[tuple[int, int]]  # (network id, reports citing the indicator), most first

    @property
    def hub(self) -> bool:
        return self.hub_reason is not None


def _moment(columns: ReportColumns, row: int) -> datetime:
    return datetime.combine(columns.day_of(row), datetime.min.time(), UTC)


def _sighting(
    columns: ReportColumns, row: int, codes: dict[int, str], role: str, raw: str
) -> SightingView:
    loss = float(columns.loss[row])
    return SightingView(
        int(columns.ids[row]),
        columns.external_ids[row],
        codes.get(int(columns.agency[row]), "?"),
        _moment(columns, row),
        role,
        raw,
        columns.label(columns.scam_types, int(columns.scam_type[row])),
        columns.label(columns.countries, int(columns.country[row])),
        None if np.isnan(loss) else loss,
    )


def _networks(connection: Connection, indicator_id: int, limit: int = 20) -> list[tuple[int, int]]:
    reports_n = func.count(func.distinct(sightings.c.report_id))
    query = (
        select(network_members.c.network_id, reports_n)
        .join(network_members, network_members.c.report_id == sightings.c.report_id)
        .where(sightings.c.indicator_id == indicator_id)
        .group_by(network_members.c.network_id)
        .order_by(reports_n.desc(), network_members.c.network_id)
        .limit(limit)
    )
    return [(int(n), int(c)) for n, c in connection.execute(query)]


def indicator_view(
    connection: Connection,
    row: IndicatorRow,
    viewer: Agency,
    columns: ReportColumns,
    policy: HubPolicy,
    limit: int = 100,
) -> IndicatorView:
    """The indicator's newest visible sightings, counts, hub status and networks."""
    cited = (
        connection.execute(select(sightings.c.report_id).where(sightings.c.indicator_id == row.id))
        .scalars()
        .all()
    )
    report_ids = sorted(set(cited))
    rows = columns.positions(report_ids)
    days = columns.day[rows]
    first = _moment(columns, int(rows[np.argmin(days)])) if rows.size else row.first_seen
    last = _moment(columns, int(rows[np.argmax(days)])) if rows.size else row.last_seen
    visible_rows = columns.visible_rows(rows, viewer)
    visible_ids = set(columns.ids[visible_rows].tolist())
    newest = visible_rows[
        np.lexsort((-columns.ids[visible_rows], -columns.day[visible_rows].astype(np.int64)))
    ]
    shown_rows = {int(columns.ids[r]): int(r) for r in newest[:limit]}
    detail = (
        connection.execute(
            select(sightings.c.report_id, sightings.c.role, sightings.c.raw).where(
                sightings.c.indicator_id == row.id, sightings.c.report_id.in_(list(shown_rows))
            )
        ).all()
        if shown_rows
        else []
    )
    codes = dict(connection.execute(select(agencies.c.id, agencies.c.code)).all())
    shown = [
        _sighting(columns, shown_rows[int(report_id)], codes, role, raw)
        for report_id, role, raw in detail
    ]
    shown.sort(key=lambda s: (s.received_at, s.report_id), reverse=True)
    reason = hub_reason(
        policy, row.kind, len(report_ids), hub_reasons(connection, [row.id]).get(row.id)
    )
    return IndicatorView(
        row,
        len(report_ids),
        reason,
        not row.common and reason is None and row.kind not in policy.non_linking,
        first,
        last,
        shown[:limit],
        len(cited),
        sum(1 for report_id in cited if report_id not in visible_ids),
        _networks(connection, row.id),
    )
