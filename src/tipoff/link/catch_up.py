"""Bring an in-memory NetworkIndex up to networks another process wrote since it was built.

Several processes may link (API servers, ``tipoff ingest``), one at a time behind the link
lock (``tipoff.link.lock``). When a process finds the link generation moved, it compares
its index with the stored membership (one ``network_members`` read: two integers a report)
instead of rebuilding the index from every sighting, which costs ~100 times more. Another
incremental writer can only have done two things, both explainable from the membership:

- linked reports this index has not seen: each joins the stored network it is in (the
  index founds it under the stored id if it does not know that network yet), and its
  sightings are counted so hub thresholds and anchors stay right;
- merged networks: every report of one network of the index now sits in another one.

Anything else (a report missing, a network split, reports moved apart) means a full
relink ran or the tables were edited: ``catch_up`` returns False and the caller reloads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from tipoff.link.index import NetworkIndex


def catch_up(
    index: NetworkIndex,
    stored_reports: np.ndarray,
    stored_networks: np.ndarray,
    sightings: Mapping[int, Sequence[tuple[int, int, bool]]],
    next_id: int,
) -> bool:
    """Apply the stored membership (report id -> network id) to ``index``; False if it cannot.

    ``sightings`` must hold the sightings of every stored report the index does not contain
    (see ``unseen``); ``next_id`` is the store's next free network id.
    """
    size = int(stored_reports.max()) + 1 if stored_reports.size else 0
    index.reserve(n_reports=size)
    labels = index.labels()
    known = labels[stored_reports] >= 0
    if int((labels >= 0).sum()) != int(known.sum()):
        return False  # a report the index holds is no longer stored in any network
    merges = _merges(labels[stored_reports[known]], stored_networks[known])
    if merges is None:
        return False
    roots = _roots_by_network(index)
    for old, new in merges.items():
        _merge(index, roots, old, new)
    fresh = ~known
    for report_id, network_id in zip(
        stored_reports[fresh].tolist(), stored_networks[fresh].tolist(), strict=True
    ):
        _attach(index, roots, report_id, network_id)
        _count_sightings(index, report_id, sightings.get(report_id, ()))
    index.next_id = max(index.next_id, next_id)
    return True


def unseen(index: NetworkIndex, stored_reports: np.ndarray) -> list[int]:
    """Stored report ids the index does not contain (their sightings are needed)."""
    inside = stored_reports < index.parent.size
    present = np.zeros(stored_reports.size, dtype=bool)
    present[inside] = index.parent[stored_reports[inside]] >= 0
    missing: list[int] = stored_reports[~present].tolist()
    return missing


def _merges(mine: np.ndarray, theirs: np.ndarray) -> dict[int, int] | None:
    """Network of the index -> stored network it was merged into; None if not a merge."""
    moved = mine != theirs
    if not moved.any():
        return {}
    pairs = np.unique(np.stack([mine[moved], theirs[moved]]), axis=1)
    if np.unique(pairs[0]).size != pairs.shape[1]:
        return None  # one network of the index is spread over several stored ones
    merges = dict(zip(pairs[0].tolist(), pairs[1].tolist(), strict=True))
    # Every report of a merged network must have moved, or the network was split.
    if np.isin(mine[~moved], pairs[0]).any():
        return None
    return merges


def _roots_by_network(index: NetworkIndex) -> dict[int, int]:
    ids = np.arange(index.parent.size)
    roots = np.flatnonzero((index.parent >= 0) & (index.parent == ids))
    return dict(zip(index.network[roots].tolist(), roots.tolist(), strict=True))


def _merge(index: NetworkIndex, roots: dict[int, int], old: int, new: int) -> None:
    root = roots.pop(old)
    index.redirects[old] = new
    if new not in roots:  # merged into a network this index has not seen: take its id
        index.network[root] = new
        roots[new] = root
        return
    survivor = roots[new]
    index.parent[root] = survivor
    index.size[survivor] += index.size[root]


def _attach(index: NetworkIndex, roots: dict[int, int], report_id: int, network_id: int) -> None:
    root = roots.get(network_id)
    if root is None:
        index.parent[report_id] = report_id
        index.size[report_id] = 1
        index.network[report_id] = network_id
        roots[network_id] = report_id
        return
    index.parent[report_id] = root
    index.size[root] += 1


def _count_sightings(
    index: NetworkIndex, report_id: int, found: Sequence[tuple[int, int, bool]]
) -> None:
    """What ``add_report`` records about each indicator, without linking (already done)."""
    for indicator_id, kind, common in dict.fromkeys(found):
        index.reserve(n_indicators=indicator_id + 1)
        index.kind[indicator_id] = kind
        index.common[indicator_id] = bool(index.common[indicator_id]) or common
        index.count[indicator_id] += 1
        if index.anchor[indicator_id] < 0 and index.is_linkable(indicator_id):
            index.anchor[indicator_id] = report_id
