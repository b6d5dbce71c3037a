"""The in-memory network index: union-find over reports, updated one report at a time.

State is a handful of NumPy arrays indexed by report id, indicator id and network id, so
a linked world of a million reports takes tens of megabytes and adding one report costs
a few array reads (well under a millisecond).

Stable ids: every network carries an id. A report that links to nothing founds a new
network; a report that links to existing networks joins them, and when it bridges
several, the largest network's id survives (the oldest on a tie), the others are retired
and redirect to it, and the merge is recorded.

Hubs while reports arrive: a value becomes a hub when its report count goes over the
kind's threshold. From then on, incremental adds do not link through it; the links it made
while it was below the threshold stay until the next full relink, which re-decides every
hub and may split such networks (the bigger part keeps the id, see ``stable_ids``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from tipoff.link.components import Components, Links, link_components
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.stable_ids import IdAssignment, carry_ids


@dataclass(frozen=True, slots=True)
class Merge:
    """Network ``old_id`` was merged into ``new_id`` at ``merged_at`` (epoch seconds)."""

    old_id: int
    new_id: int
    merged_at: float


@dataclass(frozen=True, slots=True)
class AddResult:
    """Where a newly added report landed, and which networks it merged on the way."""

    network_id: int
    merged: tuple[Merge, ...] = ()


def _grown(array: np.ndarray, needed: int, fill: object) -> np.ndarray:
    """``array`` with room for ``needed`` entries, doubling so growth is amortised O(1)."""
    if needed <= array.size:
        return array
    bigger = np.full(max(needed, 2 * array.size, 1024), fill, dtype=array.dtype)
    bigger[: array.size] = array
    return bigger


@dataclass
class NetworkIndex:
    """Union-find of reports with stable network ids, hub counting and merge history."""

    policy: HubPolicy
    parent: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # -1: absent
    size: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # valid at roots
    network: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # valid at roots
    anchor: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # per indicator
    count: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # per indicator
    kind: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))  # per indicator
    common: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))  # per indicator
    redirects: dict[int, int] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)
    next_id: int = 1

    def __post_init__(self) -> None:
        self._thresholds = self.policy.thresholds().tolist()
        self._non_linking = {KIND_CODES[name] for name in self.policy.non_linking}

    # -- building -------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        links: Links,
        policy: HubPolicy,
        previous: np.ndarray | None = None,
        next_id: int = 1,
        excluded: np.ndarray | None = None,
    ) -> tuple[NetworkIndex, IdAssignment, Components]:
        """Full relink: components of ``links``, ids carried over from ``previous`` labels.

        ``excluded`` marks further indicators that must not link (spread hubs); the index
        remembers them as it does warninglisted values.
        """
        components = link_components(links, policy, excluded)
        carried = np.full(links.n_reports, -1, dtype=np.int64)
        if previous is not None:
            shared = min(previous.size, links.n_reports)
            carried[:shared] = previous[:shared]
        previous = carried
        assignment = carry_ids(previous, components.labels, components.n_components, next_id)
        index = cls._from_components(links, components, assignment, policy)
        if excluded is not None:
            index.common |= excluded[: index.common.size]
        return index, assignment, components

    @classmethod
    def _from_components(
        cls, links: Links, comps: Components, ids: IdAssignment, policy: HubPolicy
    ) -> NetworkIndex:
        present_ids = np.flatnonzero(links.present)
        labels = comps.labels[present_ids]
        roots = np.full(comps.n_components, np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(roots, labels, present_ids)
        parent = np.full(links.n_reports, -1, dtype=np.int64)
        parent[present_ids] = roots[labels]
        size = np.zeros(links.n_reports, dtype=np.int64)
        size[roots] = np.bincount(labels, minlength=comps.n_components)
        network = np.full(links.n_reports, -1, dtype=np.int64)
        network[roots] = ids.network_of_label
        return cls(
            policy,
            parent,
            size,
            network,
            comps.anchors.copy(),
            comps.counts.copy(),
            links.kinds.copy(),
            links.common.copy(),
            dict(ids.redirects),
            [],
            ids.next_id,
        )

    # -- queries --------------------------------------------------------------------------

    def find(self, report_id: int) -> int:
        """Root report of ``report_id``'s set (path halving keeps trees shallow)."""
        parent = self.parent
        while True:
            up = int(parent[report_id])
            top = int(parent[up])
            if up == top:
                return up
            parent[report_id] = top
            report_id = top

    def contains(self, report_id: int) -> bool:
        return 0 <= report_id < self.parent.size and self.parent[report_id] >= 0

    def network_of(self, report_id: int) -> int:
        """Current network id of a report."""
        return int(self.network[self.find(report_id)])

    def resolve(self, network_id: int) -> int:
        """Follow redirects from a retired id to the network that absorbed it."""
        seen = 0
        while network_id in self.redirects and seen <= len(self.redirects):
            network_id = self.redirects[network_id]
            seen += 1
        return network_id

    def roots(self) -> np.ndarray:
        """Root of every report id at once (-1 where absent), by vectorised pointer jumping."""
        present = self.parent >= 0
        roots = np.where(present, self.parent, 0)
        while True:
            jumped = self.parent[roots]
            if np.array_equal(jumped, roots):
                break
            roots = jumped
        return np.where(present, roots, -1)

    def labels(self) -> np.ndarray:
        """Network id of every report id (-1 where absent)."""
        roots = self.roots()
        return np.where(roots >= 0, self.network[np.maximum(roots, 0)], -1)

    def is_linkable(self, indicator_id: int) -> bool:
        """Whether this indicator currently joins reports (not excluded, not over its threshold)."""
        if indicator_id >= self.count.size:
            return True
        kind = int(self.kind[indicator_id])
        if self.common[indicator_id] or kind in self._non_linking:
            return False
        return int(self.count[indicator_id]) <= int(self._thresholds[kind])

    # -- incremental update ---------------------------------------------------------------

    def add_report(
        self, report_id: int, indicators: Iterable[tuple[int, int, bool]], at: float = 0.0
    ) -> AddResult:
        """Link one report through its new sightings ``(indicator id, kind code, common)``.

        Pass each sighting once: counts feed the hub thresholds. A report already in the
        index may be passed again with sightings it did not have before.
        """
        roots = self._touch_indicators(report_id, indicators)
        if self.contains(report_id):
            roots.add(self.find(report_id))
        if not roots:
            return AddResult(self._found_network(report_id))
        survivor = max(roots, key=lambda r: (int(self.size[r]), -int(self.network[r])))
        merged = tuple(self._merge(root, survivor, at) for root in roots if root != survivor)
        if not self.contains(report_id):
            self._ensure_reports(report_id + 1)
            self.parent[report_id] = survivor
            self.size[survivor] += 1
        return AddResult(int(self.network[survivor]), merged)

    def _touch_indicators(
        self, report_id: int, indicators: Iterable[tuple[int, int, bool]]
    ) -> set[int]:
        roots: set[int] = set()
        seen: set[int] = set()
        for indicator_id, kind, common in indicators:
            if indicator_id in seen:
                continue
            seen.add(indicator_id)
            self._ensure_indicators(indicator_id + 1)
            self.kind[indicator_id] = kind
            # Once excluded (warninglisted, or a spread hub decided at relink) stays excluded
            # until the next relink: an incoming "not common" flag does not undo it.
            excluded = bool(self.common[indicator_id]) or common
            self.common[indicator_id] = excluded
            self.count[indicator_id] += 1
            if (
                excluded
                or kind in self._non_linking
                or self.count[indicator_id] > self._thresholds[kind]
            ):
                continue
            anchor = int(self.anchor[indicator_id])
            if anchor < 0 or anchor == report_id:
                self.anchor[indicator_id] = report_id
                continue
            roots.add(self.find(anchor))
        return roots

    def _found_network(self, report_id: int) -> int:
        self._ensure_reports(report_id + 1)
        self.parent[report_id] = report_id
        self.size[report_id] = 1
        self.network[report_id] = self.next_id
        self.next_id += 1
        return int(self.network[report_id])

    def _merge(self, root: int, survivor: int, at: float) -> Merge:
        merge = Merge(int(self.network[root]), int(self.network[survivor]), at)
        self.parent[root] = survivor
        self.size[survivor] += self.size[root]
        self.redirects[merge.old_id] = merge.new_id
        self.merges.append(merge)
        return merge

    def reserve(self, n_reports: int = 0, n_indicators: int = 0) -> None:
        """Room for report ids below ``n_reports`` and indicator ids below ``n_indicators``."""
        self._ensure_reports(n_reports)
        self._ensure_indicators(n_indicators)

    def _ensure_reports(self, needed: int) -> None:
        if needed > self.parent.size:
            self.parent = _grown(self.parent, needed, -1)
            self.size = _grown(self.size, self.parent.size, 0)
            self.network = _grown(self.network, self.parent.size, -1)

    def _ensure_indicators(self, needed: int) -> None:
        if needed > self.count.size:
            self.count = _grown(self.count, needed, 0)
            self.anchor = _grown(self.anchor, self.count.size, -1)
            self.kind = _grown(self.kind, self.count.size, 0)
            self.common = _grown(self.common, self.count.size, False)
