"""A network as one viewer sees it: which networks hold members it may not see, and their
statistics over the members it may see.

Stored statistics (``networks`` rows) count every member. They are exact for a viewer when
every member is visible to it, which is the case for most networks and always for the
operator. Only networks with a hidden member are recomputed, and at a cost that follows the
hidden members, not the network sizes: the stored counts, sums and per-value tallies are
exact and additive, so the visible ones are the stored ones less the hidden members'
(``reports``, ``loss_usd``, ``country_codes`` → ``countries``, ``scam_type_codes`` →
``scam_types``); a victim key drops out only when no visible member shares it (one indexed
lookup); first/last seen are read from the visible members only where a hidden member may
hold the extreme; growth counts the visible members in each window (windows end at the
row's ``updated_at``, as the stored counts do). The harm score is ``link.harm.harm_score``.
Nothing a hidden member holds survives into the result: every figure is one the visible
members alone determine (tests compare with a recomputation from the visible members).

To a viewer, a network exists only when at least ``MIN_VISIBLE`` of its members are visible.

The recomputed rows change only when the link tables do, and every write of those bumps the
link generation (``link.lock``): ``ViewerCache`` keeps them per database, generation and
viewer, so a listing reads the generation and, mostly, nothing else that is per-viewer.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Connection, Select, bindparam, func, not_, select

from tipoff.currency import usd_cents, usd_from_cents
from tipoff.link.harm import SECONDS_PER_DAY, harm_score
from tipoff.link.lock import read_generation
from tipoff.link.network_stats import STAT_COLUMNS
from tipoff.link.network_tables import NetworkRow, network_members, network_row_of, networks
from tipoff.store.records import as_utc
from tipoff.store.tables import reports
from tipoff.visibility import Viewer

MIN_VISIBLE = 2  # a "network" of one visible report tells a viewer nothing it may know
GROWTH_DAYS = (7, 30)
KEY_CHUNK = 900
# Stored first/last seen went through float epoch seconds: allow for rounding when deciding
# whether a hidden member may hold the extreme (then the visible extreme is read instead).
_TIME_SLACK = timedelta(milliseconds=1)


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
    """Networks (of ``among``, or all) that hold a member the viewer may not see.

    One scan of the reports the viewer may not see; callers read it once per request and
    pass the ids on (``id_list``) rather than repeat it as a subquery.
    """
    if viewer.is_operator:
        return set()
    query = hidden_member_networks(viewer)
    if among is not None:
        query = query.where(network_members.c.network_id.in_(id_list(among)))
    return {int(n) for n in connection.execute(query).scalars()}


def id_list(ids: Iterable[int]) -> Any:
    """Integer ids for ``IN``, rendered inline: no bound-parameter limit, and ints are safe."""
    return bindparam(
        "ids", sorted({int(i) for i in ids}), expanding=True, literal_execute=True, unique=True
    )


def _scam_type(row: Any) -> str | None:
    # As link.world.load_world and network_stats read it: assessed, else the reporter's.
    return row.scam_type or row.reporter_scam_type or None


@dataclass
class _Hidden:
    """What one network's hidden members add to its stored row."""

    reports: int = 0
    loss_cents: int = 0
    countries: Counter[str] = field(default_factory=Counter)
    scam_types: Counter[str] = field(default_factory=Counter)
    victims_unkeyed: int = 0
    keys: set[str] = field(default_factory=set)
    first: datetime | None = None
    last: datetime | None = None

    def add(self, row: Any) -> None:
        self.reports += 1
        self.loss_cents += usd_cents(row.loss_usd)
        if row.victim_country:
            self.countries[row.victim_country] += 1
        if _scam_type(row):
            self.scam_types[str(_scam_type(row))] += 1
        if row.victim_key:
            self.keys.add(row.victim_key)
        else:
            self.victims_unkeyed += 1
        at = as_utc(row.received_at)
        assert at is not None  # received_at is NOT NULL
        self.first = at if self.first is None else min(self.first, at)
        self.last = at if self.last is None else max(self.last, at)


def _member_columns(*extra: Any) -> Select[Any]:
    return select(network_members.c.network_id, *extra).join(
        reports, reports.c.id == network_members.c.report_id
    )


def _hidden_parts(
    connection: Connection, network_ids: list[int], viewer: Viewer
) -> dict[int, _Hidden]:
    parts = {n: _Hidden() for n in network_ids}
    query = _member_columns(*STAT_COLUMNS).where(
        network_members.c.network_id.in_(id_list(network_ids)),
        not_(viewer.clause(reports.c.tlp, reports.c.agency_id)),
    )
    for row in connection.execute(query):
        parts[int(row.network_id)].add(row)
    return parts


def _visible(network_ids: Iterable[int], viewer: Viewer) -> list[Any]:
    return [
        network_members.c.network_id.in_(id_list(network_ids)),
        viewer.clause(reports.c.tlp, reports.c.agency_id),
    ]


def _shared_keys(
    connection: Connection, parts: dict[int, _Hidden], viewer: Viewer
) -> set[tuple[int, str]]:
    """(network, victim key) pairs of hidden members that a visible member shares."""
    keys = {k for part in parts.values() for k in part.keys}
    ids = [n for n, part in parts.items() if part.keys]
    if not keys:
        return set()
    found: set[tuple[int, str]] = set()
    ordered = sorted(keys)
    for start in range(0, len(ordered), KEY_CHUNK):  # stay under bound-parameter limits
        query = _member_columns(reports.c.victim_key).where(
            *_visible(ids, viewer), reports.c.victim_key.in_(ordered[start : start + KEY_CHUNK])
        )
        found |= {(int(n), str(k)) for n, k in connection.execute(query)}
    return found


def _visible_extremes(
    connection: Connection, network_ids: list[int], viewer: Viewer
) -> dict[int, tuple[datetime | None, datetime | None]]:
    if not network_ids:
        return {}
    query = (
        _member_columns(func.min(reports.c.received_at), func.max(reports.c.received_at))
        .where(*_visible(network_ids, viewer))
        .group_by(network_members.c.network_id)
    )
    return {int(n): (as_utc(first), as_utc(last)) for n, first, last in connection.execute(query)}


def _growth(
    connection: Connection, anchors: dict[int, datetime], viewer: Viewer
) -> dict[int, tuple[int, int]]:
    """Visible members received in the 7 and 30 days up to each network's anchor."""
    if not anchors:
        return {}
    oldest = min(anchors.values()) - timedelta(days=max(GROWTH_DAYS))
    query = _member_columns(reports.c.received_at).where(
        *_visible(anchors, viewer),
        reports.c.received_at >= oldest,
        reports.c.received_at <= max(anchors.values()),
    )
    counts: dict[int, list[int]] = {n: [0] * len(GROWTH_DAYS) for n in anchors}
    for network_id, received in connection.execute(query):
        at, end = as_utc(received), anchors[int(network_id)]
        assert at is not None
        for k, days in enumerate(GROWTH_DAYS):
            if end - timedelta(seconds=days * SECONDS_PER_DAY) <= at <= end:
                counts[int(network_id)][k] += 1
    return {n: (c[0], c[1]) for n, c in counts.items()}


def _less(stored: list[list[Any]], hidden: Counter[str]) -> list[list[Any]]:
    """A stored [[value, reports], ...] tally less the hidden members', most reports first."""
    counts = Counter({str(v): int(n) for v, n in stored}) - hidden  # drops zero counts
    return [[v, n] for v, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def visible_rows(
    connection: Connection, stored: list[NetworkRow], viewer: Viewer
) -> dict[int, NetworkRow]:
    """These stored network rows with every statistic over the members ``viewer`` may see.

    Networks with fewer than ``MIN_VISIBLE`` visible members are left out: to this viewer
    they do not exist. Rows without a hidden member come back as stored.
    """
    by_id = {int(row["id"]): row for row in stored}
    parts = _hidden_parts(connection, sorted(by_id), viewer)
    kept = {
        n: part for n, part in parts.items() if by_id[n]["reports"] - part.reports >= MIN_VISIBLE
    }
    shared = _shared_keys(connection, kept, viewer)
    may_hold_extreme = [
        n
        for n, part in kept.items()
        if part.reports
        and (
            _near(part.first, by_id[n]["first_seen"], earlier=True)
            or _near(part.last, by_id[n]["last_seen"], earlier=False)
        )
    ]
    extremes = _visible_extremes(connection, may_hold_extreme, viewer)
    anchors = {n: by_id[n]["updated_at"] for n, part in kept.items() if part.reports}
    growth = _growth(connection, anchors, viewer)
    out: dict[int, NetworkRow] = {}
    for n, part in kept.items():
        row = by_id[n]
        if not part.reports:
            out[n] = row
            continue
        countries = _less(row["country_codes"], part.countries)
        types = _less(row["scam_type_codes"], part.scam_types)
        gone = {k for k in part.keys if (n, k) not in shared}
        first, last = extremes.get(n, (row["first_seen"], row["last_seen"]))
        out[n] = row | {
            "reports": row["reports"] - part.reports,
            "victims": row["victims"] - part.victims_unkeyed - len(gone),
            "loss_usd": max(0.0, usd_from_cents(usd_cents(row["loss_usd"]) - part.loss_cents)),
            "countries": len(countries),
            "country_codes": countries,
            "scam_types": len(types),
            "scam_type_codes": types,
            "first_seen": first,
            "last_seen": last,
            "growth_7d": growth[n][0],
            "growth_30d": growth[n][1],
        }
    ids = [n for n in out if parts[n].reports]
    if ids:
        score = harm_score(
            np.array([out[n]["loss_usd"] for n in ids], dtype=np.float64),
            np.array([out[n]["victims"] for n in ids], dtype=np.float64),
            np.array([out[n]["countries"] for n in ids], dtype=np.float64),
            np.array([out[n]["growth_30d"] for n in ids], dtype=np.float64),
        )
        for k, n in enumerate(ids):
            out[n]["harm_score"] = float(score[k])
    return out


def _near(hidden: datetime | None, stored: datetime | None, *, earlier: bool) -> bool:
    """Whether the hidden extreme may be the stored one (so the visible one must be read)."""
    if hidden is None:
        return False
    if stored is None:
        return True
    return hidden <= stored + _TIME_SLACK if earlier else hidden >= stored - _TIME_SLACK


def stored_rows(connection: Connection, network_ids: Iterable[int]) -> list[NetworkRow]:
    """The stored ``networks`` rows of these ids (timestamps in UTC)."""
    ids = sorted({int(n) for n in network_ids})
    if not ids:
        return []
    query = select(networks).where(networks.c.id.in_(id_list(ids)))
    return [network_row_of(row) for row in connection.execute(query)]


@dataclass(frozen=True, slots=True)
class ViewerNetworks:
    """The networks that differ for one viewer: all with a hidden member, and of those the
    ones that exist for it, recomputed (stored ids of the others are exact as stored)."""

    hidden: frozenset[int]
    rows: dict[int, NetworkRow]


def viewer_networks(connection: Connection, viewer: Viewer) -> ViewerNetworks:
    """Every network with a member ``viewer`` may not see, recomputed (uncached)."""
    hidden = networks_with_hidden_members(connection, viewer)
    stored = stored_rows(connection, hidden)
    return ViewerNetworks(frozenset(hidden), visible_rows(connection, stored, viewer))


class ViewerCache:
    """``viewer_networks`` per (database, link generation, viewer), the newest ``size`` kept.

    Safe to share between threads. The generation is read before the rows, so rows are
    never older than the generation they are kept under.
    """

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._entries: OrderedDict[tuple[str, int, Viewer], ViewerNetworks] = OrderedDict()
        self._lock = threading.Lock()

    def clear(self) -> None:
        """Forget every entry (benchmarks time the first request of a generation with it)."""
        with self._lock:
            self._entries.clear()

    def get(self, connection: Connection, viewer: Viewer) -> ViewerNetworks:
        """The networks that differ for ``viewer`` at the current link generation."""
        if viewer.is_operator:
            return ViewerNetworks(frozenset(), {})
        url = connection.engine.url.render_as_string(hide_password=True)
        key = (url, read_generation(connection), viewer)
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return found
        computed = viewer_networks(connection, viewer)
        with self._lock:
            self._entries[key] = computed
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
        return computed


# The process's one cache: lists and details share it (and so see the same figures).
VIEWER_CACHE = ViewerCache()
