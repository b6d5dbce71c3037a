"""Split oversized networks into sub-networks with Leiden community detection.

A component that grows past ``settings.leiden_min_size`` reports is usually several
operations glued together by a few shared values (a recruiter who worked for two
compounds, a laundering account several crews paid into). Leiden on the bipartite
report–indicator graph, maximising modularity, finds the denser groups inside. The
component stays one cluster (one network id); the groups are numbered sub-networks.

igraph's own C implementation is used with ``n_iterations=2``: the same modularity as
leidenalg at 10–20× the speed (stack-notes.md §7). It is seeded, so a rebuild of the
same data gives the same sub-networks.
"""

from __future__ import annotations

import random

import igraph
import numpy as np

from tipoff.link.components import Components, Links


def leiden_membership(report_idx: np.ndarray, indicator_idx: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Community of each distinct report in the bipartite graph of the given pairs.

    Returns (report ids, sub-network number per report), numbered 1..k by size, largest first.
    """
    reports, report_local = np.unique(report_idx, return_inverse=True)
    _, indicator_local = np.unique(indicator_idx, return_inverse=True)
    edges = np.column_stack((report_local, indicator_local + reports.size))
    graph = igraph.Graph(n=int(reports.size + indicator_local.max() + 1), edges=edges)
    # igraph draws from Python's generator; a private seeded one makes the split repeatable.
    igraph.set_random_number_generator(random.Random(seed))
    try:
        clustering = graph.community_leiden(objective_function="modularity", n_iterations=2)
    finally:
        igraph.set_random_number_generator(random)
    membership = np.asarray(clustering.membership[: reports.size], dtype=np.int64)
    return reports, _number_by_size(membership)


def _number_by_size(membership: np.ndarray) -> np.ndarray:
    """Renumber communities 1..k, largest first (ties: lowest original number first)."""
    values, inverse, counts = np.unique(membership, return_inverse=True, return_counts=True)
    order = np.lexsort((values, -counts))
    rank = np.empty(values.size, dtype=np.int64)
    rank[order] = np.arange(1, values.size + 1)
    return rank[inverse]


def split_oversized(links: Links, components: Components, min_size: int, seed: int = 0) -> np.ndarray:
    """Sub-network number per report id: 0 where the network is not split, else 1..k."""
    sub = np.zeros(links.n_reports, dtype=np.int64)
    present_labels = components.labels[links.present]
    sizes = np.bincount(present_labels, minlength=components.n_components)
    oversized = np.flatnonzero(sizes > min_size)
    if oversized.size == 0:
        return sub
    # Only values shared inside the component matter for its structure: linkable ones.
    use = components.linkable[links.indicator_idx]
    reports, indicators = links.report_idx[use], links.indicator_idx[use]
    labels = components.labels[reports]
    order = np.argsort(labels, kind="stable")
    reports, indicators, labels = reports[order], indicators[order], labels[order]
    starts = np.searchsorted(labels, oversized, side="left")
    ends = np.searchsorted(labels, oversized, side="right")
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        members, numbers = leiden_membership(reports[start:end], indicators[start:end], seed)
        sub[members] = numbers
    return sub
