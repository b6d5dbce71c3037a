"""The dashboard's view of networks, built on tipoff.link.queries.

Listing, detail, redirects and explanations come from the link part's queries; this
module turns their rows into what templates show and adds the few reads they do not
cover (a report's network, networks by id, the newest harmful ones, a timeline).
Figures of a network (harm, victims, loss) cover all its reports; report details are
limited to what the viewer may see under TLP.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Connection, select

from tipoff.link.hubs import HubPolicy
from tipoff.link.tables import network_members, networks
from tipoff.store.records import Agency, as_utc
from tipoff.store.tables import indicators, reports, sightings
from tipoff.web.queries import visible
from tipoff.web.report_columns import EPOCH, ReportColumns

SORTS = ("harm_score", "victims", "reports", "loss_usd", "countries", "last_seen", "growth_30d")


@dataclass(frozen=True, slots=True)
class NetworkSummary:
    """One row of the networks table (and the header of a network page)."""

    id: int
    reports: int
    victims: int
    loss_usd: float
    countries: int
    country_list: list[str]
    scam_types: int
    top_type: str | None
    first_seen: datetime | None
    last_seen: datetime | None
    growth_7d: int
    growth_30d: int
    harm_score: float
    sub_networks: int


def _codes(value: Any) -> list[str]:
    # Stored as [[code, reports], ...], most reports first.
    return [str(item[0]) for item in value or [] if item]


def summary(data: Any) -> NetworkSummary:
    """A NetworkSummary from a ``networks`` row or the dict link.queries makes of one."""
    get: Callable[[str], Any] = data.get if isinstance(data, dict) else data._mapping.get
    types = _codes(get("scam_type_codes"))
    return NetworkSummary(
        int(get("id")),
        int(get("reports")),
        int(get("victims")),
        float(get("loss_usd")),
        int(get("countries")),
        _codes(get("country_codes")),
        int(get("scam_types")),
        types[0] if types else None,
        as_utc(get("first_seen")),
        as_utc(get("last_seen")),
        int(get("growth_7d")),
        int(get("growth_30d")),
        float(get("harm_score")),
        int(get("sub_networks")),
    )


def newest_high_harm(
    connection: Connection, limit: int = 10, pool: int = 100
) -> list[NetworkSummary]:
    """Of the ``pool`` most harmful networks, the ``limit`` seen most recently."""
    top = (
        select(networks)
        .where(networks.c.reports >= 2)
        .order_by(networks.c.harm_score.desc())
        .limit(pool)
    )
    rows = [summary(row) for row in connection.execute(top)]
    never = datetime.min.replace(tzinfo=UTC)
    return sorted(rows, key=lambda n: n.last_seen or never, reverse=True)[:limit]


def network_of_report(connection: Connection, report_id: int) -> NetworkSummary | None:
    """The network a report belongs to (None before the first link)."""
    query = (
        select(networks)
        .join(network_members, network_members.c.network_id == networks.c.id)
        .where(network_members.c.report_id == report_id)
    )
    row = connection.execute(query).first()
    return summary(row) if row else None


def networks_by_id(connection: Connection, network_ids: Sequence[int]) -> list[NetworkSummary]:
    """These networks, most harmful first."""
    if not network_ids:
        return []
    query = select(networks).where(networks.c.id.in_(list(network_ids)[:100]))
    return sorted((summary(r) for r in connection.execute(query)), key=lambda n: -n.harm_score)


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """What lists show about a visible report: its external id, date, type, country, loss."""

    id: int
    external_id: str
    received_at: datetime
    scam_type: str | None
    victim_country: str | None
    loss_usd: float | None

    @property
    def label(self) -> str:
        return f"{self.external_id} ({self.received_at:%Y-%m-%d})"


def report_facts(
    connection: Connection, report_ids: Sequence[int], viewer: Agency
) -> dict[int, ReportFacts]:
    """Facts of the visible reports among ``report_ids`` (others are simply absent)."""
    found: dict[int, ReportFacts] = {}
    ids = list(dict.fromkeys(report_ids))
    for start in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        query = select(
            reports.c.id,
            reports.c.external_id,
            reports.c.received_at,
            reports.c.scam_type,
            reports.c.victim_country,
            reports.c.loss_usd,
        ).where(reports.c.id.in_(ids[start : start + 900]), visible(viewer))
        for r in connection.execute(query):
            found[r.id] = ReportFacts(
                r.id,
                r.external_id,
                as_utc(r.received_at),
                r.scam_type,
                r.victim_country,
                r.loss_usd,
            )  # type: ignore[arg-type]
    return found


def filter_choices(connection: Connection) -> tuple[list[str], list[str]]:
    """Victim countries and scam types present in the store, for the filter menus."""
    countries = connection.execute(
        select(reports.c.victim_country).where(reports.c.victim_country.is_not(None)).distinct()
    ).scalars()
    types = connection.execute(
        select(reports.c.scam_type).where(reports.c.scam_type.is_not(None)).distinct()
    ).scalars()
    return sorted(countries), sorted(types)


def hub_test(settings_or_policy: object) -> Callable[[str, int], bool]:
    """``hub_of(kind, report_count)`` with the configured per-kind thresholds."""
    policy = (
        settings_or_policy
        if isinstance(settings_or_policy, HubPolicy)
        else HubPolicy.from_settings(settings_or_policy)
    )

    def hub_of(kind: str, report_count: int) -> bool:
        try:
            return report_count > policy.threshold(kind)
        except ValueError:  # a kind this version does not link on is never a hub
            return False

    return hub_of


@dataclass(frozen=True, slots=True)
class Members:
    """A network's members as rows of the in-memory report columns: visible ones, hidden count."""

    columns: ReportColumns
    rows: np.ndarray  # visible members' rows in ``columns``
    hidden: int

    def largest_losses(self, limit: int) -> list[ReportFacts]:
        """The visible members with the largest losses, as facts for the graph and lists."""
        losses = np.nan_to_num(self.columns.loss[self.rows], nan=0.0)
        order = np.lexsort((self.columns.ids[self.rows], -losses))[:limit]
        return [self.facts(int(row)) for row in self.rows[order]]

    def facts(self, row: int) -> ReportFacts:
        c = self.columns
        loss = float(c.loss[row])
        received = datetime.combine(c.day_of(row), datetime.min.time(), UTC)
        return ReportFacts(
            int(c.ids[row]),
            c.external_ids[row],
            received,
            c.label(c.scam_types, int(c.scam_type[row])),
            c.label(c.countries, int(c.country[row])),
            None if np.isnan(loss) else loss,
        )

    def timeline(self, first: datetime | None, last: datetime | None) -> dict[str, Any]:
        """Visible reports per day (per week when the network spans over 120 days) as chart data."""
        weekly = bool(first and last and (last - first) > timedelta(days=120))
        days = self.columns.day[self.rows].astype(np.int64)
        if weekly:  # 1970-01-01 was a Thursday: shift so buckets start on Mondays
            days = days - (days + 3) % 7
        buckets, counts = np.unique(days, return_counts=True)
        labels = [(EPOCH + timedelta(days=int(d))).isoformat() for d in buckets]
        chart = {
            "type": "bar",
            "label": "reports",
            "labels": labels,
            "values": [int(n) for n in counts],
        }
        return {"unit": "week" if weekly else "day", "chart": chart}


def members_of(
    connection: Connection, network_id: int, viewer: Agency, columns: ReportColumns
) -> Members:
    """Members of a network from the narrow network_members table, facts from the columns."""
    ids = (
        connection.execute(
            select(network_members.c.report_id).where(network_members.c.network_id == network_id)
        )
        .scalars()
        .all()
    )
    rows = columns.positions(ids)
    visible = columns.visible_rows(rows, viewer)
    return Members(columns, visible, len(ids) - int(visible.size))


@dataclass(frozen=True, slots=True)
class EdgeRow:
    """One report–indicator pair with what the graph marks on the indicator."""

    report_id: int
    indicator_id: int
    kind: str
    value: str
    common: bool
    report_count: int


def graph_edges(connection: Connection, report_ids: Sequence[int]) -> list[EdgeRow]:
    """Distinct report–indicator pairs of these reports, with each indicator's store-wide count."""
    found: list[EdgeRow] = []
    ids = list(report_ids)
    for start in range(0, len(ids), 900):
        query = (
            select(
                sightings.c.report_id,
                indicators.c.id,
                indicators.c.kind,
                indicators.c.value,
                indicators.c.common,
                indicators.c.report_count,
            )
            .join(indicators, indicators.c.id == sightings.c.indicator_id)
            .where(sightings.c.report_id.in_(ids[start : start + 900]))
            .distinct()
        )
        found += [
            EdgeRow(int(r[0]), int(r[1]), r[2], r[3], bool(r[4]), int(r[5]))
            for r in connection.execute(query)
        ]
    return found
