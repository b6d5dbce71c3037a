"""What the network pages show, as one viewer may see it: summaries, members, sightings.

Networks come from the link part's library (``tipoff.link.network_detail``: ``list_networks``,
``visible_network``, ``network_row``, ``visible_members``), which gives every figure over
the members the viewer may see and treats a network with fewer than two of them as absent.
This module turns those rows into what templates show and reads the visible members'
facts from the in-memory report columns; a report the viewer may not see adds nothing: no
node, no edge, no count, no amount.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Connection, func, select

from tipoff.errors import NotFound
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_detail import network_row, visible_members, visible_network
from tipoff.link.network_tables import NetworkRow, network_members
from tipoff.settings import Settings
from tipoff.store.indicator_matches import cites
from tipoff.store.records import as_utc
from tipoff.store.report_snapshot import EPOCH, Snapshot
from tipoff.store.tables import indicators, sightings
from tipoff.visibility import Viewer

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


def summary(data: NetworkRow) -> NetworkSummary:
    """A NetworkSummary from a network row as ``tipoff.link.network_detail`` gives it to a
    viewer."""
    types = _codes(data.get("scam_type_codes"))
    return NetworkSummary(
        int(data["id"]),
        int(data["reports"]),
        int(data["victims"]),
        float(data["loss_usd"]),
        int(data["countries"]),
        _codes(data.get("country_codes")),
        int(data["scam_types"]),
        types[0] if types else None,
        as_utc(data.get("first_seen")),
        as_utc(data.get("last_seen")),
        int(data["growth_7d"]),
        int(data["growth_30d"]),
        float(data["harm_score"]),
        int(data["sub_networks"]),
    )


def network_for(connection: Connection, network_id: int, viewer: Viewer) -> NetworkSummary | None:
    """A live network as ``viewer`` sees it; None when it does not exist for that viewer."""
    try:
        live = visible_network(connection, network_id, viewer)
        if live != network_id:  # a retired id: callers redirect, lists never hold one
            return None
        return summary(network_row(connection, live, viewer))
    except NotFound:
        return None


def networks_of_reports(
    connection: Connection, report_ids: Sequence[int], viewer: Viewer, limit: int = 20
) -> list[NetworkSummary]:
    """The networks (as ``viewer`` sees them) holding these reports, most of them first."""
    counts: dict[int, int] = {}
    ids = list(dict.fromkeys(report_ids))
    for start in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        query = (
            select(network_members.c.network_id, func.count())
            .where(network_members.c.report_id.in_(ids[start : start + 900]))
            .group_by(network_members.c.network_id)
        )
        for network_id, n in connection.execute(query):
            counts[int(network_id)] = counts.get(int(network_id), 0) + int(n)
    found = []
    for network_id, _ in sorted(counts.items(), key=lambda nc: (-nc[1], nc[0])):
        net = network_for(connection, network_id, viewer)
        if net is not None:
            found.append(net)
        if len(found) >= limit:
            break
    return found


def member_rows(
    connection: Connection, snapshot: Snapshot, network_id: int, viewer: Viewer
) -> np.ndarray:
    """Rows (in ``snapshot``) of the network's members the viewer may see.

    Members stored after the snapshot was taken are simply left out.
    """
    ids = visible_members(connection, network_id, viewer)
    return snapshot.visible_rows(snapshot.positions(ids), viewer)


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


def hub_test(settings_or_policy: Settings | HubPolicy) -> Callable[[str, int], bool]:
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
    """A network's visible members as rows of one report-columns snapshot."""

    columns: Snapshot
    rows: np.ndarray

    def largest_losses(self, limit: int) -> list[ReportFacts]:
        """The visible members with the largest losses, as facts for the graph and lists."""
        losses = np.nan_to_num(self.columns.loss[self.rows], nan=0.0)
        order = np.lexsort((self.columns.ids[self.rows], -losses))[:limit]
        return [report_facts(self.columns, int(row)) for row in self.rows[order]]

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


def report_facts(columns: Snapshot, row: int) -> ReportFacts:
    """What lists show about the report in one row of a snapshot."""
    return ReportFacts(
        int(columns.ids[row]),
        columns.external_ids[row],
        columns.moment(row),
        columns.scam_type_of(row),
        columns.country_of(row),
        columns.loss_of(row),
    )


@dataclass(frozen=True, slots=True)
class EdgeRow:
    """One report–indicator pair with what the graph marks on the indicator."""

    report_id: int
    indicator_id: int
    kind: str
    value: str
    common: bool


def graph_edges(connection: Connection, report_ids: Sequence[int]) -> list[EdgeRow]:
    """Distinct report–indicator pairs of these reports (the caller passes visible ones)."""
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
            )
            .join(indicators, indicators.c.id == sightings.c.indicator_id)
            .where(sightings.c.report_id.in_(ids[start : start + 900]), cites())
            .distinct()
        )
        found += [
            EdgeRow(int(r[0]), int(r[1]), r[2], r[3], bool(r[4])) for r in connection.execute(query)
        ]
    return found
