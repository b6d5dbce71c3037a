"""Step 7d: a value that alone joins two large parts of a network, and thinly, is a bridge.

Steps 5-7c weigh each value against communities, and communities can be wrong: where a
laundering service's accounts were the thickest thing between two crews, the crews came out
as one group, and a value the victims of both cite (a bank's line no list holds, called by
eight victims of one crew and two of the other) looked like that group's own. After those
steps the graph itself can still say so: take the value away and the network falls into two
parts of hundreds of reports each (our `everything` seed 2 on main with the institution
lists: an unlisted bank line joining crews of 298 and 228 reports).

A crew's own value that alone holds two large parts together is cited by a good share of
both (the crew's site, its main wallet); a crew's sparse chains of rotating mules are cut
into small parts, not two large ones. So (``thin_bridges``): in each network of
``2 * min_part`` reports or more, a value whose removal leaves two or more parts of
``min_part`` reports or more, and which the reports of one of the two largest cite at under
``thickness`` of its size, is a bridge. Found in one pass over the networks with the
articulation points of the report-value graph (igraph's biconnected components) and the
block-cut tree, so the cost is linear in the sightings of the large networks. The pipeline
applies it to values other than payees (``tipoff.link.pipeline``): payees have steps 5b-8,
and with them included it cut a laundering account that held one crew's parts together.
"""

from __future__ import annotations

import igraph
import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import breadth_first_order, connected_components

from tipoff.link.components import Links


def thin_bridges(links: Links, labels: np.ndarray, min_part: int, thickness: float) -> np.ndarray:
    """Bool per indicator: values of ``links`` (the sightings that join reports; ``labels``
    the network per report id, -1: none) that are thin bridges (module docstring)."""
    out = np.zeros(links.n_indicators, dtype=bool)
    if min_part <= 0 or links.report_idx.size == 0:
        return out
    graph = _large_networks(links, labels, 2 * min_part)
    if graph is None:
        return out
    reports, values, edges, weight = graph
    n = reports.size + values.size
    g = igraph.Graph(n=n)
    g.add_edges(edges)
    blocks, points = g.biconnected_components(return_articulation_points=True)
    cut_values = [p for p in points if p >= reports.size]
    if not cut_values:
        return out
    for value, parts in _parts(blocks, points, weight, reports.size, edges, cut_values):
        big = sorted((p for p in parts if p[0] >= min_part), reverse=True)
        if len(big) < 2:
            continue
        if any(cited < thickness * size for size, cited in big[:2]):
            out[values[value - reports.size]] = True
    return out


def _large_networks(
    links: Links, labels: np.ndarray, min_size: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """The report-value graph of the networks of ``min_size`` reports or more, with reports
    that cite one value only folded into it (a leaf is no articulation and falls away with
    its value). Returns (report ids, indicator ids, edges over local vertex numbers: reports
    first, then values; weight per vertex: reports it stands for) or None."""
    network = labels[links.report_idx]
    sizes = np.bincount(labels[labels >= 0], minlength=int(labels.max(initial=-1)) + 1)
    use = (network >= 0) & (sizes[np.maximum(network, 0)] >= min_size)
    if not use.any():
        return None
    report_idx, value_idx = links.report_idx[use], links.indicator_idx[use]
    cited = np.bincount(value_idx, minlength=links.n_indicators)
    shared = cited[value_idx] >= 2
    report_idx, value_idx = report_idx[shared], value_idx[shared]
    degree = np.bincount(report_idx, minlength=links.n_reports)
    leaf = degree[report_idx] == 1
    reports = np.unique(report_idx[~leaf])
    values, value_local = np.unique(value_idx, return_inverse=True)
    if reports.size == 0:
        return None
    report_local = np.searchsorted(reports, report_idx[~leaf])
    edges = np.column_stack((report_local, value_local[~leaf] + reports.size))
    weight = np.zeros(reports.size + values.size, dtype=np.int64)
    weight[: reports.size] = 1
    np.add.at(weight, value_local[leaf] + reports.size, 1)
    return reports, values, edges, weight


def _parts(
    blocks: igraph.VertexCover,
    points: list[int],
    weight: np.ndarray,
    n_reports: int,
    edges: np.ndarray,
    cut_values: list[int],
) -> list[tuple[int, list[tuple[int, int]]]]:
    """Per articulation value: the parts its removal leaves, as (reports, of them citing it).

    The block-cut forest: a node per block and per articulation point, an edge where the
    point is in the block. A part is what hangs off the value through one of its blocks."""
    n_blocks = len(blocks)
    point_node = {p: n_blocks + i for i, p in enumerate(points)}
    is_point = np.zeros(weight.size, dtype=bool)
    is_point[points] = True
    node_weight = np.zeros(n_blocks + len(points), dtype=np.int64)
    rows: list[int] = []
    cols: list[int] = []
    block_of = np.full(weight.size, -1, dtype=np.int64)
    for b, members in enumerate(blocks):
        m = np.asarray(members, dtype=np.int64)
        inner = m[~is_point[m]]
        block_of[inner] = b
        node_weight[b] = int(weight[inner].sum())
        for p in m[is_point[m]].tolist():
            rows.append(b)
            cols.append(point_node[p])
    # A value's node weighs its folded leaf reports: they hang off it, and fall away with it.
    for p in points:
        node_weight[point_node[p]] = weight[p]
    n_nodes = node_weight.size
    forest = coo_matrix(
        (np.ones(len(rows), np.int8), (rows, cols)), shape=(n_nodes, n_nodes)
    ).tocsr()
    forest = forest + forest.T
    n_trees, tree = connected_components(forest, directed=False)
    parent, order = _rooted(forest, tree)
    below = node_weight.copy()
    for node in order[::-1].tolist():
        up = parent[node]
        if up >= 0:
            below[up] += below[node]
    total = np.bincount(tree, weights=node_weight, minlength=n_trees).astype(np.int64)
    citing = _citations(edges, block_of, is_point, blocks, cut_values)
    out = []
    for value in cut_values:
        node = point_node[value]
        neighbours = forest.indices[forest.indptr[node] : forest.indptr[node + 1]]
        parts = []
        for b in neighbours.tolist():
            size = below[b] if parent[b] == node else total[tree[node]] - below[node]
            parts.append((int(size), citing.get((value, b), 0)))
        out.append((value, parts))
    return out


def _rooted(forest: csr_matrix, tree: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Parent per node (-1: a root) and a breadth-first order of every tree of the forest."""
    roots = np.unique(tree, return_index=True)[1]
    n = tree.size
    # One search from a node joined to every tree's root orders them all at once.
    hub = coo_matrix(
        (np.ones(roots.size, np.int8), (np.full(roots.size, n), roots)), shape=(n + 1, n + 1)
    ).tocsr()
    grown = forest.copy()
    grown.resize((n + 1, n + 1))
    order, parent = breadth_first_order(grown + hub, n, directed=True, return_predecessors=True)
    parent = parent[:n].astype(np.int64)
    parent[(parent == n) | (parent < 0)] = -1
    return parent, order[1:]


def _citations(
    edges: np.ndarray,
    block_of: np.ndarray,
    is_point: np.ndarray,
    blocks: igraph.VertexCover,
    cut_values: list[int],
) -> dict[tuple[int, int], int]:
    """(articulation value, block) -> reports of that block citing the value."""
    wanted = np.zeros(is_point.size, dtype=bool)
    wanted[cut_values] = True
    report, value = edges[:, 0], edges[:, 1]
    mine = wanted[value]
    out: dict[tuple[int, int], int] = {}
    shared: list[tuple[int, int]] = []
    for r, v in zip(report[mine].tolist(), value[mine].tolist(), strict=True):
        b = int(block_of[r])
        if b < 0:  # the report is itself an articulation point: find the edge's block
            shared.append((r, v))
            continue
        out[(v, b)] = out.get((v, b), 0) + 1
    if shared:
        member_of: dict[int, set[int]] = {}
        for b, members in enumerate(blocks):
            for x in members:
                if is_point[x]:
                    member_of.setdefault(x, set()).add(b)
        for r, v in shared:
            for b in member_of[r] & member_of[v]:
                out[(v, b)] = out.get((v, b), 0) + 1
    return out
