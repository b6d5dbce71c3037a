"""Thin cuts: crews of one network that only a few shared payees join.

After the evidence rules, a network can still be two crews that a laundering service binds:
the low resolution that keeps a big crew of parallel scammers whole also keeps them in one
group, and inside it every service account looks dominated. Fine communities (Leiden at a
higher resolution) find the crews, but they also cut a big crew into pieces. What tells the
two apart is how thick the join is: a crew's pieces pay into the same rotating mules, so a
good share of at least one piece's reports cite a value the other piece cites too; crews
bound by a service share a few of its accounts, cited by a small share of either crew.

So (``crews_of_communities``): communities of ``min_size`` reports or more are merged where
the reports of either that cite a value of the other are at least ``thickness`` of it; what
is left are the crews. Smaller communities (a scammer's few victims, a lone victim) are no
crew: they decide nothing. The pipeline then weighs each payee against these crews
(``tipoff.link.pipeline.thin_cut_evidence``).
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from tipoff.link.components import Links

# A value cited from more communities than this is a network-wide value (a crew's site),
# not a join between two of them: counting its pairs would be quadratic.
MAX_JOINED = 20


def join_counts(
    links: Links, values: np.ndarray, communities: np.ndarray
) -> dict[tuple[int, int], list[int]]:
    """Per pair of communities (a < b): [reports of a, reports of b] citing one of ``values``
    that the other community cites too (a report citing two such values counts twice)."""
    use = values[links.indicator_idx] & (communities[links.report_idx] >= 0)
    cited, grouped = links.indicator_idx[use], communities[links.report_idx[use]]
    joins: dict[tuple[int, int], list[int]] = {}
    if cited.size == 0:
        return joins
    width = int(communities.max()) + 1
    keys, counts = np.unique(cited * width + grouped, return_counts=True)
    owner, group = keys // width, keys % width
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    ends = np.r_[starts[1:], owner.size]
    spans = ends - starts
    for lo, hi in zip(starts[spans >= 2].tolist(), ends[spans >= 2].tolist(), strict=True):
        if hi - lo > MAX_JOINED:
            continue
        members, reports = group[lo:hi].tolist(), counts[lo:hi].tolist()
        for i, a in enumerate(members):
            for j in range(i + 1, hi - lo):
                pair = joins.setdefault((a, members[j]), [0, 0])
                pair[0] += reports[i]
                pair[1] += reports[j]
    return joins


def crews_of_communities(
    links: Links, values: np.ndarray, communities: np.ndarray, min_size: int, thickness: float
) -> np.ndarray:
    """Crew per report id: -1 where the report's community has under ``min_size`` reports
    (or it has none). Communities joined thickly through ``values`` are one crew."""
    crews = np.full(communities.size, -1, dtype=np.int64)
    present = communities >= 0
    if not present.any():
        return crews
    n = int(communities.max()) + 1
    sizes = np.bincount(communities[present], minlength=n)
    big = sizes >= min_size
    rows, cols = [], []
    for (a, b), (cited_a, cited_b) in join_counts(links, values, communities).items():
        thick = cited_a >= thickness * sizes[a] or cited_b >= thickness * sizes[b]
        if big[a] and big[b] and thick:
            rows.append(a)
            cols.append(b)
    graph = coo_matrix((np.ones(len(rows), np.int8), (rows, cols)), shape=(n, n))
    merged: np.ndarray = connected_components(graph, directed=False)[1]
    label = communities[present]
    crews[present] = np.where(big[label], merged[label], -1)
    return crews


def merge_halves(
    links: Links,
    values: np.ndarray,
    communities: np.ndarray,
    min_size: int,
    thickness: float,
    min_values: int,
    min_value_share: float,
) -> np.ndarray:
    """Community per report id (-1 kept), with a crew's halves merged back into one.

    Leiden's cut of a big crew is a coin toss: the same sightings, numbered otherwise or
    drawn with another seed, come out whole or in two halves. The halves give themselves
    away by how thickly they are joined, in every sense at once: ``min_values`` distinct
    values or more (the crew's own phones, sites and mules; a laundering service is a
    handful of accounts), ``min_value_share`` of the smaller one's values or more, and from
    both sides ``thickness`` of the reports citing a value the other cites too. Two crews
    that a laundering account or a shared service binds fail one of these: the bridge is
    thin. Only communities of ``min_size`` reports or more merge.
    """
    present = communities >= 0
    if not present.any():
        return communities
    n = int(communities.max()) + 1
    sizes = np.bincount(communities[present], minlength=n)
    grouped = np.where(present & (sizes[np.maximum(communities, 0)] >= min_size), communities, -1)
    use = values[links.indicator_idx] & (grouped[links.report_idx] >= 0)
    keys, reports = np.unique(
        links.indicator_idx[use] * n + grouped[links.report_idx[use]], return_counts=True
    )
    owner, group = keys // n, keys % n
    n_values = np.bincount(group, minlength=n)
    # A value only two communities cite: its two (value, community) rows are adjacent.
    first = np.flatnonzero(np.bincount(owner)[owner] == 2)[::2]
    a, b = group[first], group[first + 1]
    pair, inverse = np.unique(a * n + b, return_inverse=True)
    joining = np.bincount(inverse)
    cited_a = np.bincount(inverse, weights=reports[first])
    cited_b = np.bincount(inverse, weights=reports[first + 1])
    a, b = pair // n, pair % n
    thick = (cited_a >= thickness * sizes[a]) & (cited_b >= thickness * sizes[b])
    many = joining >= np.maximum(min_values, min_value_share * np.minimum(n_values[a], n_values[b]))
    halves = thick & many
    if not halves.any():
        return communities
    graph = coo_matrix((np.ones(int(halves.sum()), np.int8), (a[halves], b[halves])), shape=(n, n))
    merged: np.ndarray = connected_components(graph, directed=False)[1]
    return np.where(present, merged[np.maximum(communities, 0)], -1)
