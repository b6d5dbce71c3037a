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

# Below 1 the modularity resolution favours larger communities. On simulated worlds 0.5 kept
# each true network whole across seeds (recall 0.99), where 1.0 split big networks for some
# seeds (recall 0.79–0.97); see docs/networks.md.
DEFAULT_RESOLUTION = 0.5


def leiden_membership(
    report_idx: np.ndarray,
    indicator_idx: np.ndarray,
    seed: int = 0,
    resolution: float = DEFAULT_RESOLUTION,
) -> tuple[np.ndarray, np.ndarray]:
    """Community of each distinct report in the bipartite graph of the given pairs.

    Returns (report ids, sub-network number per report), numbered 1..k by size, largest first.
    """
    reports, report_local = np.unique(report_idx, return_inverse=True)
    _, indicator_local = np.unique(indicator_idx, return_inverse=True)
    edges = np.column_stack((report_local, indicator_local + reports.size))
    graph = igraph.Graph(n=int(reports.size + indicator_local.max() + 1))
    # add_edges takes the array as it is; the constructor walks it row by row (3x slower).
    graph.add_edges(edges)
    # igraph draws from Python's generator; a private seeded one makes the split repeatable.
    igraph.set_random_number_generator(random.Random(seed))
    try:
        clustering = graph.community_leiden(
            objective_function="modularity", resolution=resolution, n_iterations=2
        )
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


def split_oversized(
    links: Links,
    components: Components,
    min_size: int,
    seed: int = 0,
    resolution: float = DEFAULT_RESOLUTION,
) -> np.ndarray:
    """Sub-network number per report id: 0 where the network is not split, else 1..k.

    All oversized components go into ONE Leiden run: modularity's scale depends on the
    size of the whole graph, so splitting each component on its own would cut small
    components much finer than large ones (the resolution limit, the other way round).
    Communities never cross components, so each is numbered within its component.
    """
    sub = np.zeros(links.n_reports, dtype=np.int64)
    present_labels = components.labels[links.present]
    sizes = np.bincount(present_labels, minlength=components.n_components)
    oversized = sizes > min_size
    if not oversized.any():
        return sub
    # Only values shared inside the component matter for its structure: linkable ones.
    use = components.linkable[links.indicator_idx]
    use[use] = oversized[components.labels[links.report_idx[use]]]
    members, community = leiden_membership(
        links.report_idx[use], links.indicator_idx[use], seed, resolution
    )
    sub[members] = _number_within(components.labels[members], community)
    return sub


def _number_within(cluster: np.ndarray, community: np.ndarray) -> np.ndarray:
    """Renumber communities 1..k inside each cluster, largest first (ties: lower number first)."""
    width = int(community.max()) + 1
    keys, inverse, counts = np.unique(
        cluster * width + community, return_inverse=True, return_counts=True
    )
    owner = keys // width
    order = np.lexsort((keys, -counts, owner))
    rank = np.empty(keys.size, dtype=np.int64)
    sorted_owner = owner[order]
    starts = np.flatnonzero(np.r_[True, sorted_owner[1:] != sorted_owner[:-1]])
    position = np.arange(keys.size) - np.repeat(starts, np.diff(np.r_[starts, keys.size]))
    rank[order] = position + 1
    return rank[inverse]
