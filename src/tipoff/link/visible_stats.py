"""A network as one viewer sees it: which networks hold members it may not see, and their
statistics recomputed over the members it may see.

Stored statistics (``networks`` rows) count every member. They are exact for a viewer when
every member is visible to it, which is the case for most networks and always for the
operator. Only networks with a hidden member are recomputed, from their visible members,
with the same formulas as a relink (``link.harm.harm_table``), anchored at the row's
``updated_at`` as the stored growth counts are. To a viewer, a network exists only when at
least two of its members are visible (``MIN_VISIBLE``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import Connection, Select, not_, select

from tipoff.link.harm import ReportFacts, harm_table
from tipoff.link.tables import network_members, networks
from tipoff.link.world import codes, epoch
from tipoff.store.records import as_utc
from tipoff.store.tables import reports
from tipoff.visibility import Viewer

MIN_VISIBLE = 2  # a "network" of one visible report tells a viewer nothing it may know
CHUNK = 900  # stay under SQLite's bound-parameter limit


def hidden_member_networks(viewer: Viewer) -> Select[Any]:
    """SQL: ids of networks with at least one member ``viewer`` may not see."""
    return (
        select(network_members.c.network_id)
        .join(reports, reports.c.id == network_members.c.report_id)
        .where(not_(viewer.clause(reports.c.tlp, reports.c.agency_id)))
        .distinct()
    )


def networks_with_hidden_members(
    connection: Connection, viewer: Viewer, among: Iterable[int] | None = None
) -> set[int]:
    """Networks (of ``among``, or all) holding a member the viewer may not see."""
    if viewer.is_operator:
        return set()
    query = hidden_member_networks(viewer)
    if among is None:
        return {int(n) for n in connection.execute(query).scalars()}
    found: set[int] = set()
    wanted = sorted(set(among))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found |= {
            int(n)
            for n in connection.execute(
                query.where(network_members.c.network_id.in_(chunk))
            ).scalars()
        }
    return found


def _tally(values: list[str | None]) -> list[list[Any]]:
    """[[value, reports], ...] most reports first, as stored rows hold them."""
    counts = Counter(v for v in values if v)
    return [[v, n] for v, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _member_rows(connection: Connection, network_ids: list[int], viewer: Viewer) -> list[Any]:
    rows: list[Any] = []
    for start in range(0, len(network_ids), CHUNK):
        chunk = network_ids[start : start + CHUNK]
        rows += connection.execute(
            select(
                network_members.c.network_id,
                reports.c.received_at,
                reports.c.loss_usd,
                reports.c.victim_country,
                reports.c.scam_type,
                reports.c.reporter_scam_type,
                reports.c.victim_key,
            )
            .join(reports, reports.c.id == network_members.c.report_id)
            .where(
                network_members.c.network_id.in_(chunk),
                viewer.clause(reports.c.tlp, reports.c.agency_id),
            )
            .order_by(network_members.c.network_id, reports.c.id)
        ).all()
    return rows


def _moment(seconds: float) -> datetime | None:
    return None if np.isnan(seconds) else datetime.fromtimestamp(float(seconds), UTC)


@dataclass(frozen=True, slots=True)
class VisibleNetwork:
    """A network row recomputed over visible members, and what filters need of them."""

    row: dict[str, Any]  # the keys of a ``networks`` row
    countries: frozenset[str]  # victim countries of visible members
    scam_types: frozenset[str]  # assessed scam types of visible members


def visible_networks(
    connection: Connection, stored: list[dict[str, Any]], viewer: Viewer
) -> dict[int, VisibleNetwork]:
    """These stored network rows recomputed over the members ``viewer`` may see.

    Networks with fewer than ``MIN_VISIBLE`` visible members are left out: to this viewer
    they do not exist.
    """
    by_id = {int(row["id"]): row for row in stored}
    rows = _member_rows(connection, sorted(by_id), viewer)
    per_network: dict[int, list[Any]] = {}
    for row in rows:
        per_network.setdefault(int(row.network_id), []).append(row)
    kept = {n: members for n, members in per_network.items() if len(members) >= MIN_VISIBLE}
    out: dict[int, VisibleNetwork] = {}
    # Growth windows end at each row's updated_at, as the stored counts do: group by it.
    anchors: dict[float, list[int]] = {}
    for network_id in kept:
        anchors.setdefault(epoch(by_id[network_id]["updated_at"]), []).append(network_id)
    for now, ids in anchors.items():
        members = [m for n in ids for m in kept[n]]
        labels = np.array([i for i, n in enumerate(ids) for _ in kept[n]], dtype=np.int64)
        country, _ = codes([m.victim_country for m in members])
        scam, _ = codes([m.scam_type or m.reporter_scam_type for m in members])
        victim, _ = codes([m.victim_key for m in members])
        facts = ReportFacts(
            labels,
            np.array([epoch(m.received_at) for m in members], dtype=np.float64),
            np.array([np.nan if m.loss_usd is None else m.loss_usd for m in members]),
            country,
            scam,
            victim,
        )
        table = harm_table(facts, len(ids), now)
        for k, network_id in enumerate(ids):
            mine = kept[network_id]
            row = by_id[network_id] | {
                "reports": int(table.reports[k]),
                "victims": int(table.victims[k]),
                "loss_usd": float(table.loss_usd[k]),
                "countries": int(table.countries[k]),
                "country_codes": _tally([m.victim_country for m in mine]),
                "scam_types": int(table.scam_types[k]),
                "scam_type_codes": _tally([m.scam_type or m.reporter_scam_type for m in mine]),
                "first_seen": _moment(table.first_seen[k]),
                "last_seen": _moment(table.last_seen[k]),
                "growth_7d": int(table.growth_7d[k]),
                "growth_30d": int(table.growth_30d[k]),
                "harm_score": float(table.harm_score[k]),
            }
            out[network_id] = VisibleNetwork(
                row,
                frozenset(m.victim_country for m in mine if m.victim_country),
                frozenset(m.scam_type for m in mine if m.scam_type),
            )
    return out


def stored_rows(connection: Connection, network_ids: list[int]) -> list[dict[str, Any]]:
    """The stored ``networks`` rows of these ids (timestamps in UTC)."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(network_ids), CHUNK):
        chunk = network_ids[start : start + CHUNK]
        for row in connection.execute(select(networks).where(networks.c.id.in_(chunk))):
            data = dict(row._mapping)
            for name in ("first_seen", "last_seen", "updated_at"):
                data[name] = as_utc(data[name])
            out.append(data)
    return out
