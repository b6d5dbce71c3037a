"""Step 2b: bridging reports, a victim of two crews at once naming the second crew's values.

Victims are worked by several crews (docs/domain.md: repeat victimisation, recovery scams
aimed at past victims): a report filed for one scam also names the phone, handle, link or
account of another crew that contacted the victim the same weeks ("another person also
contacted me from ..."). Each such report joins two crews; a quarter of the reports doing so
welds a whole market into one network, and the second crew's values, cited from both crews,
then look shared (spread hubs, bridges) and stop linking their own crew.

A value is no evidence here: it is the report that bridges. So (``bridging_reports``): the
reports are cut into fine communities (Leiden at a high resolution), and communities whose
reports cite each other's values thickly (``thickness`` of either community's reports: a big
crew's pieces, a scammer's few victims paying the crew's account) are one *crew*. A value
*belongs* to the crew holding ``dominance`` of its citations (two or more). A report citing
values that belong to its own crew and values that belong to another crew is a *bridging
report*: its citations of the other crew's values are cut (they still relate the two
networks, shown to analysts as the report's bridge). The report stays with the crew its own
evidence names: the crew of the values it gives in the scam's own fields (payments, the
scammer's messages and sender ids) where those name one crew, otherwise its own community's.

Two crews that are one (a crew's halves) are joined thickly, so no report between them is
cut; two crews that a few victims of both join are joined thinly, as the thin cuts of step 7
find for payees (``tipoff.link.thin_cuts``), but here per report, before any community step
weighs values, so that the joins never reach the groups of steps 3-4.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from tipoff.link.components import Links
from tipoff.link.evidence import plurality

# A value belongs to a crew holding this share of its citations (two at least, and more than
# all other crews together).
BELONG_DOMINANCE = 0.5
# Communities whose reports cite each other's values at this share of either one's reports
# or more are one crew.
CREW_THICKNESS = 0.25
# A value given in a field of the scam's own (a payment, a message, a sender id) counts this
# many times one the victim only tells of, when a bridging report's own crew is chosen.
FIELD_WEIGHT = 2.0
# Two crews joined by reports citing each other's values otherwise (in the scam's fields, or
# in words of no other contact) at this many times the reports telling of the other crew as
# another contact or more are one crew's pieces: no report between them is cut.
OTHERWISE = 2.0
# Bridging reports between two crews needed before any of them is cut.
MIN_REPORTS = 3
# Communities this large or more are crews; smaller ones join one crew at most.
CREW_MIN_SIZE = 10


@dataclass(frozen=True, slots=True)
class BridgingReports:
    """The bridging reports and the sightings cut from them."""

    reports: np.ndarray  # bool per report id: names values of a crew other than its own
    cut: np.ndarray  # bool per sighting of the links weighed: a citation of the other crew's


def crews_of(
    links: Links,
    values: np.ndarray,
    communities: np.ndarray,
    thickness: float,
    min_size: int = CREW_MIN_SIZE,
) -> np.ndarray:
    """Crew per report id (-1 kept): ``communities`` of ``min_size`` reports or more merged
    where the reports of either that cite a value whose citations lie mostly (a plurality)
    in the other are ``thickness`` of it or more; a smaller community (a scammer's three
    victims who pay the crew's account) joins the one crew it cites thickest, if thickly:
    never two, or one report naming two crews' values would make them one."""
    crews = np.full(communities.size, -1, dtype=np.int64)
    present = communities >= 0
    if not present.any():
        return crews
    n = int(communities.max()) + 1
    use = values[links.indicator_idx] & (communities[links.report_idx] >= 0)
    reports, cited = links.report_idx[use], links.indicator_idx[use]
    group = communities[reports]
    home = plurality(cited, group, links.n_indicators, n).dominant[cited]
    foreign = (home >= 0) & (home != group)
    pairs = np.unique(reports[foreign] * n + home[foreign])  # (report, other community)
    source, target = communities[pairs // n], pairs % n
    keys, counts = np.unique(source * n + target, return_counts=True)
    sizes = np.bincount(communities[present], minlength=n)
    a, b = keys // n, keys % n
    thick = counts >= thickness * sizes[a]
    big = sizes >= min_size
    both = thick & big[a] & big[b]
    graph = coo_matrix((np.ones(int(both.sum()), np.int8), (a[both], b[both])), shape=(n, n))
    merged: np.ndarray = connected_components(graph, directed=False)[1]
    # A small community joins the big one it cites most, where that is thick.
    small = thick & ~big[a] & big[b]
    order = np.lexsort((-counts[small], a[small]))
    src, dst = a[small][order], b[small][order]
    first = np.unique(src, return_index=True)[1]
    label = merged.copy()
    label[src[first]] = merged[dst[first]]
    crews[present] = label[communities[present]]
    return crews


def bridging_reports(
    links: Links,
    values: np.ndarray,
    communities: np.ndarray,
    dominance: float = BELONG_DOMINANCE,
    thickness: float = CREW_THICKNESS,
    otherwise: float = OTHERWISE,
    also_shown: bool = True,
) -> BridgingReports:
    """Bridging reports of ``links`` (module docstring). ``values``: bool per indicator, the
    linkable ones; ``communities``: fine community per report id (-1: none). Only citations
    that ``links.second`` marks (told in words of another contact) are cut; none where the
    links carry no words (``Links.told`` or ``Links.second`` None)."""
    cut = np.zeros(links.report_idx.size, dtype=bool)
    bridging = np.zeros(links.n_reports, dtype=bool)
    if links.told is None or links.second is None:
        return BridgingReports(bridging, cut)
    crews = crews_of(links, values, communities, thickness)
    width = int(crews.max(initial=-1)) + 1
    use = values[links.indicator_idx] & (crews[links.report_idx] >= 0)
    if width == 0 or not use.any():
        return BridgingReports(bridging, cut)
    reports, cited = links.report_idx[use], links.indicator_idx[use]
    counted = plurality(cited, crews[reports], links.n_indicators, width)
    # Two citations or more in the crew, and more than in all others together.
    top, totals = counted.top, counted.totals
    belongs = (top >= 2) & (top >= dominance * totals) & (2 * top > totals)
    owner = np.where(belongs, counted.dominant, -1)[cited]
    crew = _own_crews(reports, owner, crews[reports], ~links.told[use])
    cross = (owner >= 0) & (owner != crew[reports])
    other = cross & links.second[use]
    if not other.any():
        return BridgingReports(bridging, cut)
    if otherwise > 0 or MIN_REPORTS > 1:
        other &= ~_joined_otherwise(reports, crew[reports], owner, other, cross & ~other, otherwise)
    # A report bridges only where it also cites a value of its own crew.
    own = np.zeros(links.n_reports, dtype=bool)
    own[reports[(owner >= 0) & (owner == crew[reports])]] = True
    other &= own[reports]
    if also_shown and other.any():
        # The report's other citations of a crew it tells of as another contact go too (the
        # first scam's payment a recovery crew's victim lists among the payments).
        width = int(owner.max()) + 1
        told_of = np.unique(reports[other] * width + owner[other])
        other |= cross & np.isin(reports * width + owner, told_of)
    bridging[reports[other]] = True
    cut[np.flatnonzero(use)[other]] = True
    return BridgingReports(bridging, cut)


def _joined_otherwise(
    reports: np.ndarray,
    crew: np.ndarray,
    owner: np.ndarray,
    told: np.ndarray,
    shown: np.ndarray,
    ratio: float,
) -> np.ndarray:
    """Bool per element of ``told`` pairs: the two crews (``crew`` of the report, ``owner`` of
    the value) are joined by reports citing the other's values otherwise (``shown``: in a
    field of the scam's, or in words that tell of no other contact) at ``ratio`` times or
    more the reports that tell of the other crew as another contact: one crew's pieces (a
    victim pays the crew's account held by another piece), not two crews."""
    width = int(max(crew.max(initial=0), owner.max(initial=0))) + 1
    low, high = np.minimum(crew, owner), np.maximum(crew, owner)
    pair = low * width + high

    def reports_per_pair(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        distinct = np.unique(np.stack([pair[mask], reports[mask]]), axis=1)[0]
        return np.unique(distinct, return_counts=True)

    told_pairs, told_counts = reports_per_pair(told)
    shown_pairs, shown_counts = reports_per_pair(shown)
    otherwise = np.zeros(told_pairs.size, dtype=np.int64)
    if shown_pairs.size:
        at = np.minimum(np.searchsorted(shown_pairs, told_pairs), shown_pairs.size - 1)
        found = shown_pairs[at] == told_pairs
        otherwise[found] = shown_counts[at[found]]
    # Fewer bridging reports than ``MIN_REPORTS`` between two crews are left to the later
    # steps: one or two victims who name a warning site or a news article "later" are no
    # second crew working a market's victims, and cutting them only moved Leiden's groups.
    joined = (otherwise >= ratio * told_counts) | (told_counts < MIN_REPORTS)
    out = np.zeros(told.size, dtype=bool)
    where = np.flatnonzero(told)
    out[where] = joined[np.searchsorted(told_pairs, pair[where])]
    return out


def _own_crews(
    reports: np.ndarray,
    owner: np.ndarray,
    community_crew: np.ndarray,
    own_field: np.ndarray | None,
    field_weight: float = FIELD_WEIGHT,
) -> np.ndarray:
    """Crew per report id: the crew owning most of the values the report cites, a value given
    in a field of the scam's own counting ``field_weight`` times one the victim only tells
    of; ties and reports citing no owned value: the crew of its community."""
    crew = np.full(int(reports.max(initial=-1)) + 1, -1, dtype=np.int64)
    crew[reports] = community_crew
    named = owner >= 0
    if own_field is None or not named.any():
        return crew
    width = int(owner.max()) + 1
    weight = np.where(own_field, field_weight, 1.0)[named]
    # The community's crew wins ties: a small bonus on its own citations.
    weight = weight + 0.5 * (owner[named] == community_crew[named])
    keys = reports[named] * width + owner[named]
    unique, inverse = np.unique(keys, return_inverse=True)
    score = np.bincount(inverse, weights=weight)
    who, which = unique // width, unique % width
    order = np.lexsort((-score, who))
    first = order[np.unique(who[order], return_index=True)[1]]
    crew[who[first]] = which[first]
    return crew
