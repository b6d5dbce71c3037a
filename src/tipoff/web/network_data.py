"""Read queries over the link tables (networks, network_members, network_redirects).

The link part writes these tables; the dashboard only reads them. Figures of a network
(harm, victims, loss) cover all of its reports; the reports themselves, in the graph and in
lists, are limited to those the viewer may see under TLP.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, select

from tipoff.link.tables import network_members, network_redirects, networks
from tipoff.store.records import Agency, as_utc
from tipoff.store.tables import indicators, reports, sightings
from tipoff.web.queries import visible

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


@dataclass(frozen=True, slots=True)
class NetworkFilter:
    """Filters of the networks table; None means any."""

    country: str | None = None
    scam_type: str | None = None
    active_since: datetime | None = None
    min_harm: float | None = None
    min_reports: int = 2


def _codes(value: Any) -> list[str]:
    # Stored as [[code, reports], ...], most reports first.
    return [str(item[0]) for item in value or [] if item]


def _summary(row: Any) -> NetworkSummary:
    types = _codes(row.scam_type_codes)
    return NetworkSummary(
        row.id, row.reports, row.victims, float(row.loss_usd), row.countries,
        _codes(row.country_codes), row.scam_types, types[0] if types else None,
        as_utc(row.first_seen), as_utc(row.last_seen), row.growth_7d, row.growth_30d,
        float(row.harm_score), row.sub_networks,
    )


def _members_where(column: Any, value: str) -> Any:
    return (
        select(network_members.c.network_id)
        .join(reports, reports.c.id == network_members.c.report_id)
        .where(column == value)
    )


def _conditions(where: NetworkFilter) -> list[Any]:
    conditions: list[Any] = [networks.c.reports >= max(1, where.min_reports)]
    if where.min_harm is not None:
        conditions.append(networks.c.harm_score >= where.min_harm)
    if where.active_since is not None:
        conditions.append(networks.c.last_seen >= where.active_since)
    if where.country:
        conditions.append(networks.c.id.in_(_members_where(reports.c.victim_country, where.country)))
    if where.scam_type:
        conditions.append(networks.c.id.in_(_members_where(reports.c.scam_type, where.scam_type)))
    return conditions


def list_networks(
    connection: Connection, where: NetworkFilter, sort: str, limit: int, offset: int = 0
) -> tuple[list[NetworkSummary], int]:
    """One page of networks, largest ``sort`` first, and how many match in all."""
    order = networks.c[sort if sort in SORTS else "harm_score"]
    conditions = _conditions(where)
    query = (
        select(networks).where(*conditions)
        .order_by(order.desc().nulls_last(), networks.c.id).limit(limit).offset(offset)
    )
    rows = [_summary(row) for row in connection.execute(query)]
    total = connection.execute(select(func.count()).select_from(networks).where(*conditions)).scalar_one()
    return rows, int(total)


def newest_high_harm(connection: Connection, limit: int = 10, pool: int = 100) -> list[NetworkSummary]:
    """Of the ``pool`` most harmful networks, the ``limit`` seen most recently."""
    top = select(networks).where(networks.c.reports >= 2).order_by(networks.c.harm_score.desc()).limit(pool)
    rows = [_summary(row) for row in connection.execute(top)]
    never = datetime.min.replace(tzinfo=UTC)
    return sorted(rows, key=lambda n: n.last_seen or never, reverse=True)[:limit]


def get_network(connection: Connection, network_id: int) -> tuple[NetworkSummary | None, int | None]:
    """The network with this id, following merge redirects; and the id it was reached from."""
    reached_from = None
    for _ in range(20):  # redirect chains are short; the bound guards against a cycle
        row = connection.execute(select(networks).where(networks.c.id == network_id)).first()
        if row is not None:
            return _summary(row), reached_from
        moved = connection.execute(
            select(network_redirects.c.new_id).where(network_redirects.c.old_id == network_id)
        ).scalar()
        if moved is None:
            return None, reached_from
        reached_from, network_id = reached_from or network_id, int(moved)
    return None, reached_from


def network_of_report(connection: Connection, report_id: int) -> NetworkSummary | None:
    query = select(networks).join(network_members, network_members.c.network_id == networks.c.id).where(
        network_members.c.report_id == report_id
    )
    row = connection.execute(query).first()
    return _summary(row) if row else None


def networks_of_reports(connection: Connection, report_ids: Sequence[int]) -> list[NetworkSummary]:
    """The distinct networks of these reports, most harmful first."""
    if not report_ids:
        return []
    ids = select(network_members.c.network_id).where(network_members.c.report_id.in_(list(report_ids)))
    query = select(networks).where(networks.c.id.in_(ids)).order_by(networks.c.harm_score.desc()).limit(20)
    return [_summary(row) for row in connection.execute(query)]


@dataclass(frozen=True, slots=True)
class MemberRow:
    id: int
    external_id: str
    loss_usd: float
    scam_type: str | None
    received_at: datetime

    @property
    def label(self) -> str:
        return f"{self.external_id} ({self.received_at:%Y-%m-%d})"


def network_members_of(
    connection: Connection, network_id: int, viewer: Agency, limit: int
) -> list[MemberRow]:
    """Visible reports of a network, largest losses first (the graph keeps these)."""
    query = (
        select(reports.c.id, reports.c.external_id, reports.c.loss_usd, reports.c.scam_type, reports.c.received_at)
        .join(network_members, network_members.c.report_id == reports.c.id)
        .where(network_members.c.network_id == network_id, visible(viewer))
        .order_by(func.coalesce(reports.c.loss_usd, 0.0).desc(), reports.c.id)
        .limit(limit)
    )
    return [
        MemberRow(r.id, r.external_id, float(r.loss_usd or 0.0), r.scam_type, as_utc(r.received_at))  # type: ignore[arg-type]
        for r in connection.execute(query)
    ]


@dataclass(frozen=True, slots=True)
class EdgeRow:
    report_id: int
    indicator_id: int
    kind: str
    value: str
    common: bool
    report_count: int


def sightings_of_reports(connection: Connection, report_ids: Sequence[int]) -> list[EdgeRow]:
    """Report–indicator pairs of these reports, with what the graph marks on each indicator."""
    found: list[EdgeRow] = []
    ids = list(report_ids)
    for start in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        query = (
            select(
                sightings.c.report_id, indicators.c.id, indicators.c.kind, indicators.c.value,
                indicators.c.common, indicators.c.report_count,
            )
            .join(indicators, indicators.c.id == sightings.c.indicator_id)
            .where(sightings.c.report_id.in_(ids[start : start + 900]))
            .distinct()
        )
        found += [EdgeRow(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in connection.execute(query)]
    return found


def member_edges(connection: Connection, network_id: int) -> list[tuple[int, int, str, bool, int]]:
    """Every (report, indicator, kind, common, report count) pair of a network, for explanations."""
    query = (
        select(
            sightings.c.report_id, sightings.c.indicator_id, indicators.c.kind,
            indicators.c.common, indicators.c.report_count,
        )
        .join(network_members, network_members.c.report_id == sightings.c.report_id)
        .join(indicators, indicators.c.id == sightings.c.indicator_id)
        .where(network_members.c.network_id == network_id)
    )
    return [(r[0], r[1], r[2], bool(r[3]), r[4]) for r in connection.execute(query)]


def timeline(connection: Connection, network_id: int, first: datetime | None, last: datetime | None) -> dict[str, Any]:
    """Reports per day (per week when the network spans more than 120 days) as chart data."""
    day = func.date(reports.c.received_at)
    query = (
        select(day, func.count())
        .join(network_members, network_members.c.report_id == reports.c.id)
        .where(network_members.c.network_id == network_id)
        .group_by(day)
        .order_by(day)
    )
    per_day = [(datetime.fromisoformat(str(d)).date(), int(n)) for d, n in connection.execute(query) if d]
    weekly = bool(first and last and (last - first) > timedelta(days=120))
    buckets: dict[str, int] = {}
    for d, n in per_day:
        key = (d - timedelta(days=d.weekday())) if weekly else d
        buckets[key.isoformat()] = buckets.get(key.isoformat(), 0) + n
    chart = {"type": "bar", "label": "reports", "labels": list(buckets), "values": list(buckets.values())}
    return {"unit": "week" if weekly else "day", "chart": chart}


def report_labels(connection: Connection, report_ids: Sequence[int], viewer: Agency) -> dict[int, str]:
    """External id and date of visible reports, for an explanation chain."""
    query = select(reports.c.id, reports.c.external_id, reports.c.received_at).where(
        reports.c.id.in_(list(report_ids)), visible(viewer)
    )
    return {r.id: f"{r.external_id} ({as_utc(r.received_at):%Y-%m-%d})" for r in connection.execute(query)}


def indicator_labels(connection: Connection, indicator_ids: Sequence[int]) -> dict[int, str]:
    query = select(indicators.c.id, indicators.c.kind, indicators.c.value).where(
        indicators.c.id.in_(list(indicator_ids))
    )
    return {r.id: f"{r.kind}:{r.value}" for r in connection.execute(query)}


def filter_choices(connection: Connection) -> tuple[list[str], list[str]]:
    """Victim countries and scam types present in the store, for the filter menus."""
    countries = connection.execute(
        select(reports.c.victim_country).where(reports.c.victim_country.is_not(None)).distinct()
    ).scalars()
    types = connection.execute(
        select(reports.c.scam_type).where(reports.c.scam_type.is_not(None)).distinct()
    ).scalars()
    return sorted(countries), sorted(types)
