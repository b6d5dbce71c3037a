"""Rotation handovers: a long-running crew's values held back where Leiden cut it by time.

A crew that works for years rotates everything (phones, handles, domains, mule accounts,
wallets). Its reports form a long chain in time, and Leiden cuts such a chain into
consecutive time slices; a value in use when one slice ends and the next begins is cited by
both, so the earlier steps take it for a value that joins two groups (a spread hub, a
bridge, a shared payee) and hold it back, and the crew comes out as one network per slice.

What tells such a *handover* from a laundering service or another shared service is time:

- the two networks are *consecutive*: the middle ``1 - 2 * TAIL`` of their reports' times
  overlap by at most ``sequential_overlap`` of the shorter network's span (a laundering
  service's crews stay active side by side, in parallel);
- the value is *short-lived* against them: the middle of its citations' times there spans at
  most ``value_span`` of the shorter network's span (a rotating value serves a handful of
  victims and is dropped; a service is cited throughout the networks it serves), or it sits
  *at the seam*: cited by those two networks only (``seam_citations`` times each at least),
  the middle of its citations lies between the earlier network's median time and the later
  one's, so the earlier network's victims cite it late in that network's life and the later
  one's early in theirs. A crew that rotates few values at a time (a bulk extortion mail's
  bitcoin wallets, each in use for weeks) is cut into slices of three or four of them, so
  the value in use across the cut lives half a slice or more, but it is still in use where
  one slice ends and the next begins; a service's crews work side by side (not sequential),
  a recovery crew's victims quote an earlier crew's value all through the recovery crew's
  life, not only at its start, and a laundering account that small crews pay one after
  another touches three networks or more (on the first independent world's `small_crews`
  such accounts met the seam test by chance, two or three citations a network);
- it touches few networks (``max_networks`` of ``min_size`` reports or more, citing it
  ``min_citations`` times each at least).

Such a value links again between the two networks (its citations from other networks stay
cut), so the slices are one network. Where report times are unknown, nothing is given back.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tipoff.link.components import Links

# The middle of a set of times: its TAIL quantile to its 1 - TAIL quantile.
TAIL = 0.1
# Chosen on the seventh independent world (docs/link-evaluation.md, "Rotation handovers"): an
# overlap of 0.5 also joined recovery crews to the first crews whose values their victims
# quote (`recovery_rescam` s1 precision 0.86 -> 0.72); a value span of 0.75 likewise.
MIN_SIZE = 5
MIN_CITATIONS = 2
MAX_NETWORKS = 4
SEQUENTIAL_OVERLAP = 0.25
VALUE_SPAN = 0.5
# The seam test (2026-12-07, sext10): each of the two networks cites the value this many times
# at least; 0 turns the test off. At 2 or 3 citations a network, shared mule accounts of the
# second independent world's `mule_herders` met it by chance (s1 -0.058 ARI); the bulk mail
# wallets it is for are cited 7 to 19 times by each slice.
SEAM_CITATIONS = 5


@dataclass(frozen=True, slots=True)
class Handover:
    """How a held value is weighed as a rotation handover (module docstring)."""

    min_size: int = MIN_SIZE
    min_citations: int = MIN_CITATIONS
    max_networks: int = MAX_NETWORKS
    sequential_overlap: float = SEQUENTIAL_OVERLAP
    value_span: float = VALUE_SPAN
    seam_citations: int = SEAM_CITATIONS


def rotation_handovers(
    links: Links, held: np.ndarray, labels: np.ndarray, times: np.ndarray, rule: Handover
) -> tuple[np.ndarray, np.ndarray]:
    """Held-back values that hand a crew over from one network to the next in time.

    ``links``: the sightings the values were weighed on; ``held``: bool per indicator, the
    values held back; ``labels``: network per report id without them (-1: absent);
    ``times``: the report's time per report id (NaN: unknown).
    Returns (bool per indicator: a handover, bool per sighting of ``links``: links again).
    """
    given = np.zeros(links.n_indicators, dtype=bool)
    back = np.zeros(links.report_idx.size, dtype=bool)
    network = labels[links.report_idx]
    use = held[links.indicator_idx] & (network >= 0) & ~np.isnan(times[links.report_idx])
    if not use.any():
        return given, back
    sizes = np.bincount(labels[labels >= 0])
    use &= sizes[np.maximum(network, 0)] >= rule.min_size
    use &= _few_networks(links.indicator_idx, network, use, rule)
    if not use.any():
        return given, back
    where = np.flatnonzero(use)
    value, net = links.indicator_idx[where], network[where]
    middles = _network_middles(labels, times)  # per network: TAIL, median, 1 - TAIL
    # each value's networks in time order (by their median), consecutive ones paired
    width = int(labels.max()) + 1
    cells, cell_of = np.unique(value * width + net, return_inverse=True)
    cell_of = cell_of.ravel()
    cell_value, cell_net = cells // width, cells % width
    order = np.lexsort((cell_net, middles[cell_net, 1], cell_value))
    # pair i: cells order[i] and order[i + 1], real where both are one value's
    real = cell_value[order][1:] == cell_value[order][:-1]
    pair_net_a, pair_net_b = cell_net[order][:-1], cell_net[order][1:]
    opening = np.full(cells.size, -1, dtype=np.int64)  # the pair a cell opens
    opening[order[:-1][real]] = np.flatnonzero(real)
    closing = np.full(cells.size, -1, dtype=np.int64)  # the pair a cell closes
    closing[order[1:][real]] = np.flatnonzero(real)
    # a sighting counts in the pair its cell opens and the one it closes
    opens, closes = opening[cell_of], closing[cell_of]
    rows = np.r_[np.flatnonzero(opens >= 0), np.flatnonzero(closes >= 0)]
    pairs = np.r_[opens[opens >= 0], closes[closes >= 0]]
    cited = times[links.report_idx[where[rows]]]
    # NaN for a pair no sighting counts in: every comparison below is False there
    low_v, high_v = _group_quantiles(pairs, cited, int(real.size), (TAIL, 1.0 - TAIL))
    a, b = middles[pair_net_a], middles[pair_net_b]
    shorter = np.minimum(a[:, 2] - a[:, 0], b[:, 2] - b[:, 0])
    overlap = np.minimum(a[:, 2], b[:, 2]) - np.maximum(a[:, 0], b[:, 0])
    short_lived = high_v - low_v <= rule.value_span * shorter
    if rule.seam_citations > 0:  # between the earlier network's median and the later
        # one's, cited by those two networks only (a rotating value is in use at one cut)
        # and ``seam_citations`` times by each (where a few victims of each paid a mule, the
        # times of their citations fall anywhere)
        two = np.bincount(cell_value)[cell_value[order][:-1]] == 2
        cited_by = np.bincount(cell_of, minlength=cells.size)
        often = np.minimum(cited_by[order][:-1], cited_by[order][1:]) >= rule.seam_citations
        short_lived |= two & often & (low_v >= a[:, 1]) & (high_v <= b[:, 1])
    handover = real & (shorter > 0) & (overlap <= rule.sequential_overlap * shorter) & short_lived
    sighting = where[rows[handover[pairs]]]
    back[sighting] = True
    given[links.indicator_idx[sighting]] = True
    return given, back


def _group_quantiles(
    groups: np.ndarray, values: np.ndarray, n_groups: int, qs: tuple[float, ...]
) -> list[np.ndarray]:
    """Per group (0..n_groups-1), the ``qs`` quantiles of its ``values`` (NumPy's linear
    method); NaN for an empty group."""
    order = np.lexsort((values, groups))
    sorted_values = values[order]
    counts = np.bincount(groups, minlength=n_groups)
    starts = np.r_[0, np.cumsum(counts)[:-1]]
    filled = counts > 0
    out = []
    for q in qs:
        result = np.full(n_groups, np.nan)
        pos = q * (counts[filled] - 1)
        lo = np.floor(pos).astype(np.int64)
        hi = np.minimum(lo + 1, counts[filled] - 1)
        below = sorted_values[starts[filled] + lo]
        above = sorted_values[starts[filled] + hi]
        result[filled] = below + (above - below) * (pos - lo)
        out.append(result)
    return out


def _network_middles(labels: np.ndarray, times: np.ndarray) -> np.ndarray:
    """Per network label: the TAIL, 0.5 and 1 - TAIL quantiles of its known report times
    (rows of NaN for a network with none)."""
    known = (labels >= 0) & ~np.isnan(times)
    width = int(labels.max()) + 1
    quantiles = _group_quantiles(labels[known], times[known], width, (TAIL, 0.5, 1.0 - TAIL))
    return np.stack(quantiles, axis=1)


def _few_networks(
    indicator_idx: np.ndarray, network: np.ndarray, use: np.ndarray, rule: Handover
) -> np.ndarray:
    """Per sighting: ``use``, in a network citing its value ``min_citations`` times or more,
    the value having two to ``max_networks`` such networks."""
    where = np.flatnonzero(use)
    width = int(network.max()) + 1
    keys, inverse, counts = np.unique(
        indicator_idx[where] * width + network[where], return_inverse=True, return_counts=True
    )
    enough = counts >= rule.min_citations
    per_value = np.bincount(keys[enough] // width)
    value = indicator_idx[where]
    fits = np.zeros(value.size, dtype=bool)
    known = value < per_value.size
    n = per_value[value[known]]
    fits[known] = (n >= 2) & (n <= rule.max_networks)
    out = np.zeros(use.size, dtype=bool)
    out[where] = fits & enough[inverse.ravel()]
    return out
