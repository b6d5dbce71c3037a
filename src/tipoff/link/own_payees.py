"""A crew's own payees held back by an earlier step, given back once the networks are known.

Steps 5b, 6, 7, 7b and 7c hold a payee back (a bridge, a shared payee) when the groups
citing it look like different crews: Leiden pieces whose payee sets overlap too little, a
crew's victims of several countries, contact groups of different scam types. A big crew
that works several markets with one wallet is exactly that picture, so its own wallet
stopped linking, and every victim who named only that wallet fell out of the crew.

What settles it is how the networks came out without the value: where the reports citing it
that sit in networks of two or more fall, for at least ``dominance`` of all its citations,
into ONE network (the crew's other values, its phones, handles and kept payees, joined its
groups anyway), the value is that network's. It links again there, and victims that cite
nothing else (networks of one report) join it; citations from other networks stay cut. A
laundering account serving several crews that stayed apart touches several networks with
no dominant one and stays held back. A lone report citing held-back payees of two
different networks joins neither, so this step never merges two networks.
"""

from __future__ import annotations

import numpy as np

from tipoff.link.components import Links
from tipoff.link.evidence import plurality


def _network_sizes(labels: np.ndarray) -> np.ndarray:
    """Reports per network label (labels -1 ignored)."""
    present = labels[labels >= 0]
    return np.bincount(present, minlength=int(labels.max(initial=-1)) + 1)


def own_payees(
    links: Links, held: np.ndarray, labels: np.ndarray, dominance: float
) -> tuple[np.ndarray, np.ndarray]:
    """Held-back values that one network owns, and which of their sightings link again.

    ``links``: the sightings the values were weighed on; ``held``: bool per indicator, the
    payees held back; ``labels``: network per report id without them (-1: absent).
    Returns (bool per indicator: given back, bool per sighting of ``links``: links again).
    """
    n = links.n_indicators
    none = np.zeros(n, dtype=bool), np.zeros(links.report_idx.size, dtype=bool)
    use = held[links.indicator_idx] & (labels[links.report_idx] >= 0)
    if not use.any():
        return none
    network = labels[links.report_idx]
    network_size = _network_sizes(labels)[np.maximum(network, 0)]  # per sighting
    grouped = use & (network_size >= 2)
    values, nets = links.indicator_idx[grouped], network[grouped]
    totals = np.bincount(values, minlength=n)
    counted = plurality(values, nets, n, int(labels.max()) + 1)
    top, dominant = counted.top, counted.dominant
    owned = held & (top >= 2) & (top >= dominance * np.maximum(totals, 1))
    lone = use & (network_size == 1)
    target = dominant[links.indicator_idx]
    back = owned[links.indicator_idx] & use & ((network == target) | lone)
    return owned, back & ~_joins_two(links, back, lone, target)


def _joins_two(links: Links, back: np.ndarray, lone: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Per sighting: a lone report's sighting given back towards two or more networks."""
    from_lone = back & lone
    reports, towards = links.report_idx[from_lone], target[from_lone]
    out = np.zeros(links.report_idx.size, dtype=bool)
    if reports.size == 0:
        return out
    pairs = np.unique(np.stack([reports, towards]), axis=1)
    several = np.bincount(pairs[0], minlength=links.n_reports) >= 2
    out[from_lone] = several[reports]
    return out
