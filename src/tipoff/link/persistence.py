"""Store networks: a full relink writes them; new reports are linked into them incrementally.

``relink`` rebuilds everything from sightings (carrying ids over, recording retired ids)
and rewrites the three link tables in one transaction. Every linked report has a member
row; only components of ``MIN_NETWORK_REPORTS`` or more have a ``networks`` row (a lone
report is unlinked, not a "network" of one). ``LinkUpdater`` keeps a
``NetworkIndex`` in memory and links newly stored reports one by one, writing only the
member rows, redirects and statistics of the networks they touched.

Both write under the link lock (``tipoff.link.lock``): one writer at a time across
threads and processes, each seeing what the previous one committed. A ``LinkUpdater``
whose index is older than the stored link generation (another process linked or
relinked meanwhile) reloads it before linking, so any number of API processes and
``tipoff ingest`` runs can link at once and end with the networks a full relink gives
(for the same hub decisions).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain

import numpy as np
from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from tipoff.link.catch_up import catch_up, unseen
from tipoff.link.components import Links, linking_pairs
from tipoff.link.evidence import NON_LINKING_ROLES, membership_links
from tipoff.link.harm import HarmTable, harm_table
from tipoff.link.hubs import KIND_CODES, HubPolicy, linkable_mask, report_counts
from tipoff.link.index import Merge, NetworkIndex
from tipoff.link.lock import (
    bump_generation,
    link_transaction,
    mark_relink,
    read_generation,
    relinked_at,
)
from tipoff.link.network_stats import add_report_to_stats
from tipoff.link.network_tables import link_hubs, network_members, network_redirects, networks
from tipoff.link.pipeline import LinkResult, link_world
from tipoff.link.platform_links import folded_ids
from tipoff.link.stored_world import StoredWorld, load_previous_labels, load_world
from tipoff.store.tables import indicators, reports, sightings

# A network links reports: a component of one report gets a member row (so it keeps its
# id when others join it) but no ``networks`` row, so no reader lists it as a network.
MIN_NETWORK_REPORTS = 2


@dataclass(frozen=True, slots=True)
class RelinkSummary:
    """What a full relink found."""

    reports: int
    sightings: int
    networks: int  # with at least two reports
    largest: int
    hubs: int
    retired_ids: int
    split_networks: int
    seconds: float


def next_network_id(connection: Connection) -> int:
    """One more than any id ever used, live or retired, so ids are never reused.

    Read from the member rows too: a lone report's network id has no ``networks`` row.
    """
    live = connection.execute(select(func.max(networks.c.id))).scalar() or 0
    lone = connection.execute(select(func.max(network_members.c.network_id))).scalar() or 0
    retired = connection.execute(select(func.max(network_redirects.c.old_id))).scalar() or 0
    return max(live, lone, retired) + 1


def _moment(epoch_seconds: float) -> datetime | None:
    return None if np.isnan(epoch_seconds) else datetime.fromtimestamp(float(epoch_seconds), UTC)


def _tallies(
    labels: np.ndarray, values: np.ndarray, book: list[str], n: int
) -> list[list[list[object]]]:
    """Per label: [[value, reports], ...] most reports first."""
    out: list[list[list[object]]] = [[] for _ in range(n)]
    known = values >= 0
    if not known.any():
        return out
    width = len(book)
    keys, counts = np.unique(labels[known] * width + values[known], return_counts=True)
    for key, count in sorted(
        zip(keys.tolist(), counts.tolist(), strict=True), key=lambda kc: (kc[0] // width, -kc[1])
    ):
        out[key // width].append([book[key % width], count])
    return out


def network_rows(
    network_of_label: np.ndarray,
    table: HarmTable,
    world: StoredWorld,
    labels_by_row: np.ndarray,
    sub_by_row: np.ndarray,
    now: datetime,
) -> list[dict[str, object]]:
    """One ``networks`` row per component label."""
    n = network_of_label.size
    countries = _tallies(labels_by_row, world.country, world.countries, n)
    types = _tallies(labels_by_row, world.scam_type, world.scam_types, n)
    subs = np.zeros(n, dtype=np.int64)
    np.maximum.at(subs, labels_by_row, sub_by_row)
    return [
        {
            "id": int(network_of_label[k]),
            "reports": int(table.reports[k]),
            "victims": int(table.victims[k]),
            "loss_usd": float(table.loss_usd[k]),
            "countries": int(table.countries[k]),
            "country_codes": countries[k],
            "scam_types": int(table.scam_types[k]),
            "scam_type_codes": types[k],
            "first_seen": _moment(table.first_seen[k]),
            "last_seen": _moment(table.last_seen[k]),
            "growth_7d": int(table.growth_7d[k]),
            "growth_30d": int(table.growth_30d[k]),
            "harm_score": float(table.harm_score[k]),
            "sub_networks": int(subs[k]),
            "updated_at": now,
        }
        for k in range(n)
    ]


def relink(
    engine: Engine, policy: HubPolicy, leiden_min_size: int, now: datetime, seed: int = 0
) -> RelinkSummary:
    """Full rebuild of every network from the stored sightings, in one transaction."""
    started = time.perf_counter()
    with link_transaction(engine, snapshot=True) as connection:
        world = load_world(connection)
        previous = load_previous_labels(connection, world.links.n_reports)
        result = link_world(
            world.links,
            policy,
            leiden_min_size,
            seed,
            families=world.families(),
            markets=world.markets(),
            times=world.times(),
        )
        # Counted over every sighting: the index is built from the sightings that link, but a
        # value over its count threshold must stay a hub for the adds that follow.
        counts = report_counts(world.links.indicator_idx, world.links.n_indicators)
        not_linking = result.excluded | ~linkable_mask(
            counts, world.links.kinds, world.links.common, policy
        )
        _, ids, components = NetworkIndex.build(
            result.links if result.links is not None else world.links,
            policy,
            previous,
            next_network_id(connection),
            excluded=not_linking,
        )
        sub = result.sub_networks
        record_hubs(connection, result, now)
        labels_by_row = components.labels[world.report_ids]
        table = harm_table(world.facts(components.labels), components.n_components, now.timestamp())
        rows = network_rows(
            ids.network_of_label, table, world, labels_by_row, sub[world.report_ids], now
        )
        connection.execute(delete(network_members))
        connection.execute(delete(networks))
        # Every report keeps a member row (its stable id, and "linked"), but only a network
        # of at least two reports is one: a lone report is shown as unlinked.
        rows = [row for k, row in enumerate(rows) if table.reports[k] >= MIN_NETWORK_REPORTS]
        if rows:
            connection.execute(insert(networks), rows)
        members = [
            {
                "report_id": int(r),
                "network_id": int(ids.network_of_label[label]),
                "sub_network": int(sub[r]),
            }
            for r, label in zip(world.report_ids.tolist(), labels_by_row.tolist(), strict=True)
        ]
        if members:
            connection.execute(insert(network_members), members)
        record_redirects(connection, ids.redirects, now, "relink")
        mark_relink(connection, bump_generation(connection, now), now)
    sizes = table.reports
    return RelinkSummary(
        int(world.report_ids.size),
        int(world.links.report_idx.size),
        int((sizes >= 2).sum()),
        int(sizes.max(initial=0)),
        int((not_linking & ~world.links.common & (counts > 0)).sum()),
        len(ids.redirects),
        _split_networks(labels_by_row, sub[world.report_ids]),
        time.perf_counter() - started,
    )


# Why the relink stopped linking through a value, in order of precedence (link_hubs.reason).
HUB_REASONS = ("service", "reference", "caller_id", "spread", "bridge", "shared_payee")


def hub_reasons(result: LinkResult) -> dict[int, str]:
    """indicator id → why the relink stopped linking through it (first reason that applies)."""
    reasons: dict[int, str] = {}
    for reason, mask in zip(
        HUB_REASONS,
        (
            result.services,
            result.references,
            result.callers,
            result.spread_hubs,
            result.bridges,
            result.shared_payees,
        ),
        strict=True,
    ):
        if mask is None:
            continue
        for i in np.flatnonzero(mask).tolist():
            reasons.setdefault(int(i), reason)
    return reasons


def record_hubs(connection: Connection, result: LinkResult, at: datetime) -> None:
    """Replace the stored hubs of the last relink (references, spread, bridges, shared payees)."""
    connection.execute(delete(link_hubs))
    rows = [
        {"indicator_id": i, "reason": reason, "decided_at": at}
        for i, reason in sorted(hub_reasons(result).items())
    ]
    if rows:
        connection.execute(insert(link_hubs), rows)


def _split_networks(labels: np.ndarray, sub_networks: np.ndarray) -> int:
    """How many networks hold more than one sub-network (none, since no network is split by
    size; the count says so instead of counting networks over a size)."""
    split = labels[(labels >= 0) & (sub_networks > 0)]
    return int(np.unique(split).size)


def stored_hubs(connection: Connection, n_indicators: int) -> np.ndarray:
    """Bool per indicator id: excluded from linking by the last relink."""
    excluded = np.zeros(n_indicators, dtype=bool)
    ids = [
        i
        for i in connection.execute(select(link_hubs.c.indicator_id)).scalars()
        if i < n_indicators
    ]
    excluded[ids] = True
    return excluded


def record_redirects(
    connection: Connection, redirects: Sequence[tuple[int, int]], at: datetime, reason: str
) -> None:
    """Retire ids: each ``(old, new)`` becomes a redirect row (replacing any older row for
    ``old``)."""
    if not redirects:
        return
    olds = [old for old, _ in redirects]
    for chunk in range(0, len(olds), 500):
        connection.execute(
            delete(network_redirects).where(
                network_redirects.c.old_id.in_(olds[chunk : chunk + 500])
            )
        )
    connection.execute(
        insert(network_redirects),
        [
            {"old_id": old, "new_id": new, "merged_at": at, "reason": reason}
            for old, new in redirects
        ],
    )


def sightings_of(
    connection: Connection, report_ids: Iterable[int]
) -> dict[int, list[tuple[int, int, bool]]]:
    """Per report: (indicator id, kind code, common) for each distinct indicator it cites."""
    rows: dict[int, list[tuple[int, str, str, bool]]] = {}
    query = (
        select(
            sightings.c.report_id,
            indicators.c.id,
            indicators.c.kind,
            indicators.c.value,
            indicators.c.common,
        )
        .join(indicators, indicators.c.id == sightings.c.indicator_id)
        .where(sightings.c.report_id.in_(list(report_ids)))
        # A victim's reference to a third party, or a service they used, never links
        # (tipoff.link.evidence).
        .where(sightings.c.role.not_in(NON_LINKING_ROLES))
        .distinct()
    )
    for report_id, indicator_id, kind, value, common in connection.execute(query):
        rows.setdefault(report_id, []).append((indicator_id, kind, value, bool(common)))
    out: dict[int, list[tuple[int, int, bool]]] = {}
    for report_id, cited in rows.items():
        # A platform link is one value with the handle it names (tipoff.link.platform_links).
        folded = folded_ids((indicator, kind, value) for indicator, kind, value, _ in cited)
        out[report_id] = [
            (indicator, KIND_CODES.get(kind, 0), common or kind not in KIND_CODES)
            for indicator, kind, _, common in cited
            if indicator not in folded
        ]
    return out


class LinkUpdater:
    """Links newly stored reports into the stored networks without a rebuild.

    Holds the in-memory index (built from the store on first use, rebuilt whenever another
    process has written the networks since). After each batch it writes the new member
    rows, the redirects of merged networks, and fresh statistics for the networks that
    changed. Safe to share between threads; several processes may each hold one.
    """

    def __init__(self, engine: Engine, policy: HubPolicy) -> None:
        self._engine = engine
        self._policy = policy
        self._index: NetworkIndex | None = None
        self._generation = -1  # the link generation the index reflects
        self._mutex = threading.Lock()

    def _load(self, connection: Connection) -> NetworkIndex:
        world = load_world(connection)
        previous = load_previous_labels(connection, world.links.n_reports)
        linked = previous >= 0
        # Reports stored since the last link are left out here and added like new ones.
        links = linking_pairs(world.links)
        keep = linked[links.report_idx]
        subset = membership_links(
            Links(
                links.report_idx[keep], links.indicator_idx[keep], linked, links.kinds, links.common
            ),
            previous,
        )
        excluded = stored_hubs(connection, links.n_indicators)
        index, _, _ = NetworkIndex.build(
            subset, self._policy, previous, next_network_id(connection), excluded
        )
        return index

    def add_unlinked(self, now: datetime, batch: int = 1000) -> int:
        """Link every stored report that is in no network yet; returns how many."""
        with self._engine.connect() as connection:
            members = select(network_members.c.report_id)
            waiting = (
                connection.execute(
                    select(reports.c.id).where(reports.c.id.not_in(members)).order_by(reports.c.id)
                )
                .scalars()
                .all()
            )
        for start in range(0, len(waiting), batch):
            self.add(waiting[start : start + batch], now)
        return len(waiting)

    def add(self, report_ids: Sequence[int], now: datetime) -> dict[int, int]:
        """Link these stored (committed) reports; returns each one's network id."""
        with self._mutex:
            try:
                return self._add_locked(report_ids, now)
            except Exception:
                # The transaction rolled back but the index may hold part of the batch:
                # drop it, so the next call reloads what the database really holds.
                self._index = None
                raise

    def _add_locked(self, report_ids: Sequence[int], now: datetime) -> dict[int, int]:
        if self._index is not None:
            with link_transaction(self._engine) as connection:
                generation = read_generation(connection)
                if generation == self._generation or self._caught_up(connection):
                    self._generation = generation
                    return self._apply(connection, self._index, report_ids, now)
        # First use, or another process wrote the networks since: reload from one snapshot.
        with link_transaction(self._engine, snapshot=True) as connection:
            self._generation = read_generation(connection)
            self._index = self._load(connection)
            return self._apply(connection, self._index, report_ids, now)

    def _caught_up(self, connection: Connection) -> bool:
        """Apply what other processes linked since this index's generation; False: reload."""
        assert self._index is not None
        if relinked_at(connection) > self._generation:
            return False
        rows = connection.execute(select(network_members.c.report_id, network_members.c.network_id))
        # fromiter over the flattened rows: np.array on Row objects was ~40x slower.
        stored = np.fromiter(chain.from_iterable(rows), dtype=np.int64).reshape(-1, 2)
        new = unseen(self._index, stored[:, 0])
        cited: dict[int, list[tuple[int, int, bool]]] = {}
        for start in range(0, len(new), 500):
            cited |= sightings_of(connection, new[start : start + 500])
        return catch_up(self._index, stored[:, 0], stored[:, 1], cited, next_network_id(connection))

    def _apply(
        self, connection: Connection, index: NetworkIndex, report_ids: Sequence[int], now: datetime
    ) -> dict[int, int]:
        """Link ``report_ids`` into ``index`` and write what changed (the lock is held)."""
        cited = sightings_of(connection, report_ids)
        placed: dict[int, int] = {}
        recompute: set[int] = set()
        written = False
        for report_id in report_ids:
            if index.contains(report_id):
                placed[report_id] = index.network_of(report_id)
                continue
            written = True
            result = index.add_report(report_id, cited.get(report_id, []), at=now.timestamp())
            placed[report_id] = result.network_id
            self._write_merges(connection, result.merged, now)
            connection.execute(
                insert(network_members),
                {"report_id": report_id, "network_id": result.network_id, "sub_network": 0},
            )
            # Cheap path: add this report to the stored row; merged or new networks recompute.
            if (
                result.merged
                or result.network_id in recompute
                or not add_report_to_stats(connection, result.network_id, report_id, now)
            ):
                recompute.add(result.network_id)
        # A network founded early in the batch may have been merged away later in it.
        for network_id in sorted({index.resolve(n) for n in recompute}):
            refresh_network(connection, network_id, now)
        if written:
            self._generation = bump_generation(connection, now, self._generation)
        return placed

    @staticmethod
    def _write_merges(connection: Connection, merged: Iterable[Merge], now: datetime) -> None:
        for merge in merged:
            old, new = merge.old_id, merge.new_id
            connection.execute(
                update(network_members)
                .where(network_members.c.network_id == old)
                .values(network_id=new)
            )
            connection.execute(delete(networks).where(networks.c.id == old))
            record_redirects(connection, [(old, new)], now, "merge")


def refresh_network(connection: Connection, network_id: int, now: datetime) -> None:
    """Recompute one network's statistics from its members (no row for a lone report)."""
    world = load_world(connection, network_id)
    labels_by_id = np.zeros(world.links.n_reports, dtype=np.int64)
    table = harm_table(world.facts(labels_by_id), 1, now.timestamp())
    zeros = np.zeros(world.report_ids.size, dtype=np.int64)
    row = network_rows(np.array([network_id]), table, world, zeros, zeros, now)[0]
    connection.execute(delete(networks).where(networks.c.id == network_id))
    if table.reports[0] >= MIN_NETWORK_REPORTS:  # a lone report has no networks row
        connection.execute(insert(networks), row)
