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


Pairs = tuple[np.ndarray, np.ndarray]  # (report ids, indicator ids), one pair per sighting


def leiden_membership(
    report_idx: np.ndarray,
    indicator_idx: np.ndarray,
    seed: int = 0,
    resolution: float = DEFAULT_RESOLUTION,
) -> tuple[np.ndarray, np.ndarray]:
    """Community of each distinct report in the bipartite graph of the given pairs.

    Returns (report ids, sub-network number per report), numbered 1..k by size, largest first.
    """
    reports, graph = _bipartite_graph(report_idx, indicator_idx)
    return reports, _leiden(graph, reports.size, seed, resolution)


class LeidenRuns:
    """The Leiden runs of one relink, sharing work where their inputs are the same.

    A relink runs Leiden several times (``tipoff.link.pipeline``): step 4's groups and step 5's
    fine communities come from the very same graph at two resolutions. At a million reports
    building the graph costs about a second and a run about ten. A run is kept per (graph,
    seed, resolution), the graph compared as its exact pairs, so what comes back is what a
    fresh run gives: the same graph, the same seeded generator. Only the last graph is kept
    (the largest thing held), and only until ``forget``.
    """

    def __init__(self) -> None:
        self._graph: tuple[Pairs, np.ndarray, igraph.Graph] | None = None
        self._runs: dict[tuple[int, float], np.ndarray] = {}

    def membership(
        self, report_idx: np.ndarray, indicator_idx: np.ndarray, seed: int, resolution: float
    ) -> tuple[np.ndarray, np.ndarray]:
        """``leiden_membership`` of these pairs, the graph and the run reused where the same."""
        pairs = (report_idx, indicator_idx)
        if self._graph is None or not _same_pairs(self._graph[0], pairs):
            self.forget()  # the old graph goes before the new one is built
            self._graph = (pairs, *_bipartite_graph(report_idx, indicator_idx))
        _, reports, graph = self._graph
        key = (seed, float(resolution))
        if key not in self._runs:
            self._runs[key] = _leiden(graph, reports.size, seed, resolution)
        return reports, self._runs[key]

    def forget(self) -> None:
        """Drop the graph and its runs (the memory is wanted for what comes next)."""
        self._graph = None
        self._runs = {}


def _same_pairs(a: Pairs, b: Pairs) -> bool:
    """Whether two sets of pairs are the same, element for element."""
    return all(x is y or np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def _bipartite_graph(
    report_idx: np.ndarray, indicator_idx: np.ndarray
) -> tuple[np.ndarray, igraph.Graph]:
    """The distinct reports (sorted) and the report–indicator graph of the pairs: reports are
    vertices 0..r-1 in id order, then the distinct indicators in id order."""
    reports, report_local = _dense_ids(report_idx)
    indicators, indicator_local = _dense_ids(indicator_idx)
    edges = np.column_stack((report_local, indicator_local + reports.size))
    graph = igraph.Graph(n=int(reports.size + indicators.size))
    # add_edges takes the array as it is; the constructor walks it row by row (3x slower).
    graph.add_edges(edges)
    return reports, graph


def _dense_ids(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(ids, return_inverse=True)`` for non-negative ids, by counting instead of
    sorting (ids are below the number of reports or indicators)."""
    seen = np.zeros(int(ids.max(initial=-1)) + 1, dtype=bool)
    seen[ids] = True
    rank = np.cumsum(seen, dtype=np.intp) - 1
    return np.flatnonzero(seen), rank[ids]


def _leiden(graph: igraph.Graph, n_reports: int, seed: int, resolution: float) -> np.ndarray:
    """Leiden communities (modularity) of the first ``n_reports`` vertices, numbered 1..k by
    size (``_number_by_size``)."""
    # igraph draws from Python's generator; a private seeded one makes the split repeatable.
    igraph.set_random_number_generator(random.Random(seed))
    try:
        clustering = graph.community_leiden(
            objective_function="modularity", resolution=resolution, n_iterations=2
        )
    finally:
        igraph.set_random_number_generator(random)
    membership = np.asarray(clustering.membership[:n_reports], dtype=np.int64)
    return _number_by_size(membership)


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
    runs: LeidenRuns | None = None,
) -> np.ndarray:
    """Sub-network number per report id: 0 where the network is not split, else 1..k.

    All oversized components go into ONE Leiden run: modularity's scale depends on the
    size of the whole graph, so splitting each component on its own would cut small
    components much finer than large ones (the resolution limit, the other way round).
    Communities never cross components, so each is numbered within its component.
    ``runs``: the relink's runs so far (``LeidenRuns``), reused where the graph is the same.
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
    members, community = (runs or LeidenRuns()).membership(
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
