"""Star values: one value cited by a few reports of each of several groups that share nothing
else.

An innocent value no list holds (an exchange where victims bought USDT, a bank's or the
police's line, a reporting site) and a laundering account rented to small crews have the
same shape in the graph: each crew cites it through one report or two, and only the value
joins those crews: without it they fall apart. A crew's own value looks different: its
victims also share the crew's other values (phones, sites, handles, mules), so the crew
stays one without it, or it is cited many times in one of the pieces.

Step 9 of ``tipoff.link.pipeline``: a linkable value whose removal alone leaves
``min_pieces`` or more *pieces* of two reports or more (a lone victim's report decides
nothing) among its citing reports, each piece citing it at most ``thin`` times, is a
bridge: it relates the pieces and joins none. Leiden's spread rule (step 3) finds such a
value only where a community happens to hold two of its reports, so whether a value cited
once per crew joined 29 crews or none was chance (the second independent world's
`romance_lone` seed 1: an exchange's domain, 36 reports in 29 crews, was a spread hub on one
ingest and joined them all on the next, after unrelated extraction fixes).

Finding the pieces for every value would be a connected-components pass per value; two
cheap filters come first. ``star_candidates``: a value cited by ``min_pieces`` reports or
more that cite another shared value, whose citations fall into ``min_pieces`` *clusters* or
more (two citations are one cluster when their reports share a second value; a piece is a
union of clusters, so fewer clusters cannot make enough pieces). ``separating`` then
checks each candidate inside its network.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from tipoff.link.components import Links

# A value is a star from this many pieces on: two groups that share one value and nothing
# else are as often one crew's two halves (a crew's value joining its rotation) as two crews,
# and a parallel crew's site that only a few victims of each scammer name makes three or more
# (3 cost our `parallel-use-rotation` seed 1 0.013 ARI, 4 at most 0.008 on any of the 44).
STAR_MIN_PIECES = 4
# ... each citing it at most this many times: a crew's own value is cited by many of its
# victims, a value the victims of several crews mention by one or two of each (1 left an
# exchange that two victims of one crew named joining 29 crews).
STAR_THIN = 2


def star_candidates(links: Links, linkable: np.ndarray, min_pieces: int) -> np.ndarray:
    """Bool per indicator: ``linkable`` values whose citations from reports that cite another
    shared value fall into ``min_pieces`` clusters or more (module docstring)."""
    n = links.n_indicators
    out = np.zeros(n, dtype=bool)
    if min_pieces <= 0:
        return out
    use = linkable[links.indicator_idx]
    reports, values = links.report_idx[use], links.indicator_idx[use]
    shared = np.bincount(values, minlength=n) >= 2
    on = shared[values]
    reports, values = reports[on], values[on]  # only shared values join anything
    if values.size == 0:
        return out
    # ``links`` are in (report, indicator) order: each report's shared values are a block.
    starts = np.flatnonzero(np.r_[True, reports[1:] != reports[:-1]])
    lengths = np.diff(np.r_[starts, reports.size])
    block_start = np.repeat(starts, lengths)
    block_length = np.repeat(lengths, lengths)
    anchored = block_length >= 2  # the report cites another shared value
    candidates = np.bincount(values[anchored], minlength=n) >= min_pieces
    sources = np.flatnonzero(candidates[values] & anchored)
    if sources.size == 0:
        return out
    # Every (candidate, other value of the same report) pair joins that citation to the key
    # (candidate, other value): the citations of a candidate that meet through the same other
    # value form one cluster. Fewer than ``min_pieces`` clusters: two of its reports met.
    counts = block_length[sources]
    left = np.repeat(sources, counts)
    offsets = np.arange(left.size) - np.repeat(np.cumsum(counts) - counts, counts)
    right = block_start[left] + offsets
    other = right != left
    left, right = left[other], right[other]
    keys, key_of = np.unique(values[left] * n + values[right], return_inverse=True)
    citation = np.searchsorted(sources, left)
    graph = coo_matrix(
        (np.ones(left.size, np.int8), (citation, sources.size + key_of)),
        shape=(sources.size + keys.size,) * 2,
    )
    cluster = connected_components(graph, directed=False)[1][: sources.size]
    per_value = np.unique(values[sources] * (sources.size + keys.size) + cluster)
    clusters = np.bincount(per_value // (sources.size + keys.size), minlength=n)
    out[:] = candidates & (clusters >= min_pieces)
    return out


def separating(
    links: Links,
    linkable: np.ndarray,
    suspects: np.ndarray,
    labels: np.ndarray,
    min_pieces: int,
    thin: int,
) -> np.ndarray:
    """Bool per indicator: the ``suspects`` whose removal alone leaves ``min_pieces`` or more
    pieces of two reports or more among their citing reports, each citing it at most
    ``thin`` times.

    ``labels``: network per report id, the suspects linking. Each suspect is weighed inside
    its network: components of the network's sightings without that one value.
    """
    n = links.n_indicators
    out = np.zeros(n, dtype=bool)
    use = linkable[links.indicator_idx]
    reports, values = links.report_idx[use], links.indicator_idx[use]
    shared = np.bincount(values, minlength=n) >= 2
    reports, values = reports[shared[values]], values[shared[values]]
    network = labels[reports]
    wanted = np.unique(network[suspects[values]])
    inside = np.isin(network, wanted)
    reports, values, network = reports[inside], values[inside], network[inside]
    suspects = suspects & _articulation_values(reports, values, network, n)
    if not suspects.any():
        return out
    order = np.argsort(network, kind="stable")
    reports, values, network = reports[order], values[order], network[order]
    bounds = np.flatnonzero(np.r_[True, network[1:] != network[:-1], True])
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        _separating_in(reports[lo:hi], values[lo:hi], suspects, (min_pieces, thin), out)
    return out


def _articulation_values(
    reports: np.ndarray, values: np.ndarray, network: np.ndarray, n_indicators: int
) -> np.ndarray:
    """Bool per indicator: the value is a cut vertex of its network's report-value graph
    (without it the network falls apart), the one condition every star meets; a linear pass
    (igraph) that spares most values the components pass per value."""
    import igraph

    # A report citing one shared value only hangs off it: it can neither join two pieces nor
    # make one of two reports, so it is left out (otherwise every value it cites is a cut).
    degree = np.bincount(reports)
    joining = degree[reports] >= 2
    reports, values, network = reports[joining], values[joining], network[joining]
    local_reports, report_vertex = np.unique(reports, return_inverse=True)
    keys, value_vertex = np.unique(network * n_indicators + values, return_inverse=True)
    graph = igraph.Graph(n=int(local_reports.size + keys.size))
    graph.add_edges(np.column_stack((report_vertex, local_reports.size + value_vertex)))
    cut = np.array(graph.articulation_points(), dtype=np.int64) - local_reports.size
    out = np.zeros(n_indicators, dtype=bool)
    out[keys[cut[cut >= 0]] % n_indicators] = True
    return out


def _separating_in(
    reports: np.ndarray,
    values: np.ndarray,
    suspects: np.ndarray,
    bounds: tuple[int, int],
    out: np.ndarray,
) -> None:
    """``separating`` inside one network's sightings (``out`` is set in place);
    ``bounds``: (min_pieces, thin)."""
    min_pieces, thin = bounds
    local, index = np.unique(reports, return_inverse=True)
    by_value = np.argsort(values, kind="stable")
    index, values = index[by_value], values[by_value]
    first = np.r_[True, values[1:] != values[:-1]]
    anchor = index[first][np.cumsum(first) - 1]  # each value joins its reports to one
    for suspect in np.unique(values[suspects[values]]).tolist():
        keep = values != suspect
        graph = coo_matrix(
            (np.ones(int(keep.sum()), np.int8), (index[keep], anchor[keep])),
            shape=(local.size, local.size),
        )
        pieces = connected_components(graph, directed=False)[1]
        sizes = np.bincount(pieces)
        cited = pieces[index[~keep]]
        cites = np.bincount(cited, minlength=sizes.size)
        grouped = np.unique(cited[sizes[cited] >= 2])
        if grouped.size >= min_pieces and (cites[grouped] <= thin).all():
            out[suspect] = True
