"""Carry network ids across a full relink so analysts' bookmarks and tip-offs stay valid.

Each new component keeps the old id it shares the most reports with, unless a bigger
part of that old network claims the id first (a split: the smaller part gets a new id).
Old ids that no component keeps redirect to the component holding most of their reports.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class IdAssignment:
    """Network id per component label, the redirects of retired ids, and the next free id."""

    network_of_label: np.ndarray  # int64 per component label
    redirects: list[tuple[int, int]]  # (retired id, id it now points to)
    next_id: int


def _first_per_group(group: np.ndarray, *sort_keys: np.ndarray) -> np.ndarray:
    """Indices of the first row of each group after sorting by group then ``sort_keys``."""
    order = np.lexsort((*reversed(sort_keys), group))
    sorted_group = group[order]
    first = np.ones(order.size, dtype=bool)
    first[1:] = sorted_group[1:] != sorted_group[:-1]
    return order[first]


def overlap_pairs(
    previous: np.ndarray, labels: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(label, old id, shared reports) for every pair that shares at least one report."""
    both = (labels >= 0) & (previous >= 0)
    if not both.any():
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    modulus = int(previous[both].max()) + 1
    keys, counts = np.unique(labels[both] * modulus + previous[both], return_counts=True)
    return keys // modulus, keys % modulus, counts.astype(np.int64)


def carry_ids(
    previous: np.ndarray, labels: np.ndarray, n_components: int, next_id: int
) -> IdAssignment:
    """Assign network ids to components, reusing ``previous`` ids (per report; -1 if none)."""
    label, old, shared = overlap_pairs(previous, labels)
    network_of_label = np.full(n_components, -1, dtype=np.int64)
    if label.size:
        best = _first_per_group(label, -shared, old)  # each label's favourite old id
        winners = best[_first_per_group(old[best], -shared[best], label[best])]
        network_of_label[label[winners]] = old[winners]
    fresh = np.flatnonzero(network_of_label < 0)
    network_of_label[fresh] = np.arange(next_id, next_id + fresh.size)
    redirects: list[tuple[int, int]] = []
    if label.size:
        home = _first_per_group(old, -shared, label)  # where most of each old id's reports went
        retired = home[~np.isin(old[home], network_of_label)]
        redirects = list(
            zip(old[retired].tolist(), network_of_label[label[retired]].tolist(), strict=True)
        )
    return IdAssignment(network_of_label, redirects, next_id + int(fresh.size))
