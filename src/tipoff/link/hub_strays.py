"""Hub strays: a community whose reports each cite one value of many other communities.

A recovery crew works the earlier victims of *other* crews, and each of its victims quotes
the first crew's number, account or site as history. In the graph the recovery crew's
victims share its own values (dense among themselves) and each also cites one value that
another crew's victims hold: one or two citations into each of many crews. Every such
citation is a stray by the evidence rule (``tipoff.link.evidence``: the value is another
group's), but the groups of step 4 are formed at a low resolution, where the recovery crew's
many thin ties hold it and the crews it worked in one group, so step 5 cuts nothing.

A crew's own pieces look different at a fine resolution: they are held together by values
no piece holds (the crew's site, its shared mules), and a piece cites values held by one or
two neighbouring pieces (the rotation before and after), not by many.

``hub_strays`` (step 5, beside the evidence against the groups): fine communities (step 5b's
``fine_resolution``); a value with ``dominance`` of its citations, and ``min_held`` or more,
in one community is held there. A citation of a held value from another community is a
stray; a community whose strays reach ``min_targets`` or more other communities, with at
most ``thin`` of its reports citing into each, is a hub, and those strays are cut.
"""

from __future__ import annotations

import numpy as np

from tipoff.link.components import Links
from tipoff.link.evidence import plurality

# A community whose thin strays reach this many other communities is a hub (a crew's piece
# touches the one or two pieces next to it in time; a compound's piece, its pieces of other
# markets: 5 made one a hub in our `multi-market` seed 1).
HUB_MIN_TARGETS = 8
# ... with at most this many of its reports citing into each (a thick tie is one crew).
HUB_THIN = 2
# A value is held by a community with this many citations there at least (3 made a hub of a
# community in the fourth independent world's `kits` seed 2 under Leiden seed 1: 0.825 ->
# 0.637; 5 left it, and changed no row of ours or of the new scenarios by more than 0.005).
HUB_MIN_HELD = 5


def hub_strays(
    links: Links,
    linkable: np.ndarray,
    groups: np.ndarray,
    dominance: float,
    min_targets: int = HUB_MIN_TARGETS,
    thin: int = HUB_THIN,
    min_held: int = HUB_MIN_HELD,
) -> np.ndarray:
    """Bool per sighting of ``links``: a hub community's thin stray citation (module
    docstring). ``groups``: community per report id (-1: none)."""
    out = np.zeros(links.report_idx.size, dtype=bool)
    group_of = groups[links.report_idx]
    use = linkable[links.indicator_idx] & (group_of >= 0)
    if not use.any():
        return out
    values, grouped = links.indicator_idx[use], group_of[use]
    width = int(groups.max()) + 1
    counted = plurality(values, grouped, links.n_indicators, width)
    held = (counted.top >= min_held) & (counted.top >= dominance * counted.totals)
    home = counted.dominant[values]
    stray = held[values] & (grouped != home)
    if not stray.any():
        return out
    reports = links.report_idx[use][stray]
    source, target = grouped[stray], home[stray]
    # How many of the source's reports cite into the target (distinct reports per pair).
    pair = source * width + target
    order = np.lexsort((reports, pair))
    first = np.r_[True, (np.diff(pair[order]) != 0) | (np.diff(reports[order]) != 0)]
    keys, per_pair = np.unique(pair[order][first], return_counts=True)
    thin_keys = keys[per_pair <= thin]
    hubs = np.bincount(thin_keys // width, minlength=width) >= min_targets
    if not hubs.any():
        return out
    cut = hubs[source] & np.isin(pair, thin_keys)
    out[np.flatnonzero(use)[np.flatnonzero(stray)[cut]]] = True
    return out


def hub_communities(
    links: Links,
    linkable: np.ndarray,
    groups: np.ndarray,
    dominance: float,
    min_targets: int = HUB_MIN_TARGETS,
    thin: int = HUB_THIN,
    min_held: int = HUB_MIN_HELD,
) -> np.ndarray:
    """Bool per community: a hub (module docstring)."""
    width = int(groups.max()) + 1 if groups.size else 1
    cut = hub_strays(links, linkable, groups, dominance, min_targets, thin, min_held)
    out = np.zeros(width, dtype=bool)
    out[groups[links.report_idx[cut]]] = True
    return out


def refined(coarse: np.ndarray, fine: np.ndarray, hubs: np.ndarray) -> np.ndarray:
    """Group per report id: the fine community inside coarse groups that hold a hub, else
    the coarse group (renumbered densely; -1 stays -1)."""
    width = int(coarse.max()) + 1 if coarse.size else 1
    has_hub = np.zeros(width, dtype=bool)
    present = coarse >= 0
    has_hub[coarse[present & hubs[np.maximum(fine, 0)]]] = True
    use_fine = present & has_hub[np.maximum(coarse, 0)]
    key = np.where(use_fine, width + fine, coarse)
    out = np.full(coarse.size, -1, dtype=np.int64)
    out[present] = np.unique(key[present], return_inverse=True)[1]
    return out
