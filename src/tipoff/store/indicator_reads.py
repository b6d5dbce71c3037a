"""Read queries the dashboard needs that the store does not offer: indicator lookups.

These read the indicators table as stored (store-wide counts and dates). Pages never show
those rows as they are: ``tipoff.link.indicator_views`` keeps an indicator only if a report
the viewer may see cites it and recounts it over those reports. Every query is bounded:
lookups use unique indexes, lists carry a LIMIT, so a page stays fast on a large store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from tipoff.store.records import as_utc
from tipoff.store.tables import indicators, sightings


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Reports and losses (USD) for one value of a dimension (scam type, country)."""

    key: str
    reports: int
    loss_usd: float


@dataclass(frozen=True, slots=True)
class Totals:
    reports: int
    loss_usd: float
    countries: int
    newest: datetime | None


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    id: int
    kind: str
    value: str
    common: bool
    first_seen: datetime
    last_seen: datetime
    report_count: int

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"


def _utc(moment: datetime) -> datetime:
    return as_utc(moment) or moment  # NOT NULL columns: as_utc never gives None here


def indicator_row(row: Any) -> IndicatorRow:
    """An indicators table row as stored (store-wide count and dates: never shown as is)."""
    return IndicatorRow(
        row.id,
        row.kind,
        row.value,
        bool(row.common),
        _utc(row.first_seen),
        _utc(row.last_seen),
        int(row.report_count),
    )


def indicator_by_id(connection: Connection, indicator_id: int) -> IndicatorRow | None:
    row = connection.execute(select(indicators).where(indicators.c.id == indicator_id)).first()
    return indicator_row(row) if row else None


def indicator_by_key(connection: Connection, kind: str, value: str) -> IndicatorRow | None:
    query = select(indicators).where(indicators.c.kind == kind, indicators.c.value == value)
    row = connection.execute(query).first()
    return indicator_row(row) if row else None


def indicators_by_value(connection: Connection, value: str, limit: int = 20) -> list[IndicatorRow]:
    """Indicators of any kind whose canonical value is exactly ``value`` (a fallback search)."""
    query = select(indicators).where(indicators.c.value == value).limit(limit)
    return [indicator_row(row) for row in connection.execute(query)]


@dataclass(frozen=True, slots=True)
class ReportIndicator:
    """One indicator a report cites, with what the dashboard needs to link and mark it."""

    indicator_id: int
    kind: str
    value: str
    common: bool
    report_count: int
    role: str
    raw: str
    source: str
    span_start: int | None
    span_end: int | None

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"


def report_indicators(connection: Connection, report_id: int) -> list[ReportIndicator]:
    """The indicators cited by one report (its sightings joined to their indicators)."""
    query = (
        select(
            indicators.c.id,
            indicators.c.kind,
            indicators.c.value,
            indicators.c.common,
            indicators.c.report_count,
            sightings.c.role,
            sightings.c.raw,
            sightings.c.source,
            sightings.c.span_start,
            sightings.c.span_end,
        )
        .join(sightings, sightings.c.indicator_id == indicators.c.id)
        .where(sightings.c.report_id == report_id)
        .order_by(sightings.c.id)
    )
    return [
        ReportIndicator(
            int(r[0]),
            str(r[1]),
            str(r[2]),
            bool(r[3]),
            int(r[4]),
            str(r[5]),
            str(r[6]),
            str(r[7]),
            r[8],
            r[9],
        )
        for r in connection.execute(query)
    ]
