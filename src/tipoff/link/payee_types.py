"""Payees weighed by the scam types, or the victims' countries, of the groups that pay them.

At one hop a laundering account (a mule account or wallet that a service rents to several
small crews) and a crew's own rotating mule look alike: both are paid by victims of several
scammers who share nothing else. What differs is how those victims' groups otherwise
relate. A crew's scammers all run the crew's scripts, so the groups that pay its mule name
the same scam types; a laundering service takes money from any crew, so the groups that
pay its account are, as often as not, crews of unrelated types (a job-task crew, a romance
crew, an advance-fee crew).

The evidence (``payee_type_evidence``) works on *contact groups*: reports joined by
everything but payees (phones, handles, e-mails, sites). Each group's scam types are the
families (``investment.pig_butchering`` -> ``investment``) its reports state. For each
payee, the groups citing it are clustered by type: two groups whose families overlap are
one cluster (a crew that runs two scripts joins them). A payee whose typed citations fall
into two or more clusters with none holding ``dominance`` of them is a bridge; a dominated
one has its citations from the other clusters cut. Groups with no stated type decide
nothing and keep their citations.

The decision is local (one payee, the groups that cite it) and is taken after community
detection (``tipoff.link.pipeline``, step 7b): it only removes joins, so a few payees changing
state cannot reshuffle how Leiden splits a big crew. Taken before it, it did: on the
independent world's development seed a compound lost its laundering accounts to other crews,
and Leiden, run on what was left, split it in two (docs/link-evaluation.md). A crew whose
scammers' groups name several types relates those types, so its own mules stay its own.

The same weighing runs a second time on the victims' countries (``market_codes``; step 7c):
a crew works one or two markets (its scripts, languages and mule banks are theirs), while a
laundering service takes money from crews of any market, so an account or wallet paid from
groups of unrelated countries is a bridge whatever the crews' scam types (crews of one
type family, such as police impersonators, are told apart only this way). A compound working
several markets keeps its wallet when one of its groups spans two of them, which relates
them; and its domestic mules are paid from one market anyway. There a lone report counts
(``BY_MARKET``): its country is a market its crew works, not just what one victim met; but
one citation from another country (a stray victim) decides nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tipoff.link.components import Links, link_components
from tipoff.link.evidence import DOMINANCE, GroupEvidence
from tipoff.link.hubs import HubPolicy, linkable_mask

# Families beyond this many (by reports stating them) count as no type: one bit each.
MAX_FAMILIES = 62
# A group's types count from this many reports on.
MIN_GROUP_REPORTS = 2


@dataclass(frozen=True, slots=True)
class Weighing:
    """What counts as evidence: groups of ``min_group`` reports or more; and a payee is
    weighed only when its clusters other than the largest hold ``min_others`` citations or
    more, and ``min_crews`` of the groups citing it or more have two reports or more (fewer:
    it stays as it is, neither a bridge nor cut)."""

    min_group: int = MIN_GROUP_REPORTS
    min_others: int = 1
    min_crews: int = 0


# Step 7b: a lone report's type is what one victim met, so it decides nothing.
BY_TYPE = Weighing(MIN_GROUP_REPORTS, 1)
# Step 7c: a lone report's country is a market its crew works, so it counts; but one stray
# victim from elsewhere (a tourist, an expatriate) says nothing about a crew's wallet: two
# citations from other markets are needed before it can be a bridge or be cut. And a
# laundering service is paid by crews: a wallet that only lone victims of several countries
# name, or one crew and such victims, is weighed by nothing but where those victims live (a
# crew working three markets whose victims each reported alone looked like three crews and
# lost its only link), so two groups of two reports or more must pay it.
BY_MARKET = Weighing(1, 2, 2)


def type_families(scam_types: list[str | None]) -> tuple[np.ndarray, list[str]]:
    """Family code per entry (-1: none stated) and the families, most stated first.

    A family is the scam type up to its first dot (``job.task`` -> ``job``), so that two
    scripts of one kind count as one type; only the ``MAX_FAMILIES`` commonest get a code.
    """
    families = [t.strip().lower().split(".", 1)[0] if t and t.strip() else "" for t in scam_types]
    named = [f for f in families if f]
    if not named:
        return np.full(len(families), -1, dtype=np.int64), []
    values, counts = np.unique(np.array(named), return_counts=True)
    order = np.lexsort((values, -counts))[:MAX_FAMILIES]
    book = [str(values[i]) for i in order]
    lookup = {f: i for i, f in enumerate(book)}
    return np.array([lookup.get(f, -1) for f in families], dtype=np.int64), book


def market_codes(countries: np.ndarray) -> np.ndarray:
    """Victim-country codes (any integers, -1: unknown) recoded as bit numbers: the
    ``MAX_FAMILIES`` commonest countries get one each, by reports, and the rest count as
    unknown."""
    known = countries[countries >= 0]
    out = np.full(countries.shape, -1, dtype=np.int64)
    if known.size == 0:
        return out
    values, counts = np.unique(known, return_counts=True)
    order = np.lexsort((values, -counts))[:MAX_FAMILIES]
    lookup = np.full(int(values.max()) + 1, -1, dtype=np.int64)
    lookup[values[order]] = np.arange(order.size)
    out[countries >= 0] = lookup[known]
    return out


def group_type_masks(groups: np.ndarray, families: np.ndarray, n_groups: int) -> np.ndarray:
    """Per group: a bit per family its reports state (0: no type stated)."""
    masks = np.zeros(n_groups, dtype=np.int64)
    typed = (groups >= 0) & (families >= 0)
    np.bitwise_or.at(masks, groups[typed], np.left_shift(1, families[typed]))
    return masks


def type_clusters(masks: list[int], weights: list[int]) -> list[tuple[int, int]]:
    """Groups clustered by overlapping type masks: (mask, summed weight) per cluster."""
    clusters: list[tuple[int, int]] = []
    for mask, weight in zip(masks, weights, strict=True):
        joined = [c for c in clusters if c[0] & mask]
        for c in joined:
            clusters.remove(c)
            mask |= c[0]
            weight += c[1]
        clusters.append((mask, weight))
    return clusters


def payee_type_evidence(
    links: Links,
    policy: HubPolicy,
    excluded: np.ndarray,
    payee: np.ndarray,
    families: np.ndarray,
    dominance: float = DOMINANCE,
    weighing: Weighing = BY_TYPE,
) -> GroupEvidence | None:
    """Bridges and kept sightings of the ``payee`` values (module docstring).

    Weighed twice: against contact groups, which finds the *mixed* payees (paid from groups
    of two or more unrelated types); then the mixed payees again, against groups joined by
    every other payee as well (a crew's scammers pay its other, single-type mules, which
    makes them one group whatever types each names). ``families``: family code per report
    id (-1: none stated). None when no payee is paid from groups of two unrelated types.
    """
    counts = np.bincount(links.indicator_idx, minlength=links.n_indicators)
    payee = payee & ~excluded & linkable_mask(counts, links.kinds, links.common, policy)
    if not payee.any():
        return None
    contacts = link_components(links, policy, excluded | payee)
    first = weigh_types(
        links, payee, contacts.labels, contacts.n_components, families, dominance, weighing
    )
    if first is None:
        return None
    mixed = first.groups_touched > 0
    joined = link_components(links, policy, excluded | mixed)
    return weigh_types(
        links, mixed, joined.labels, joined.n_components, families, dominance, weighing
    )


def weigh_types(
    links: Links,
    payee: np.ndarray,
    groups: np.ndarray,
    n_groups: int,
    families: np.ndarray,
    dominance: float,
    weighing: Weighing = BY_TYPE,
) -> GroupEvidence | None:
    """The ``payee`` values weighed against the type clusters of the groups citing them.

    ``groups``: group per report id. ``groups_touched`` of the answer is the number of type
    clusters of each mixed payee (0 elsewhere). None when no payee is mixed.
    """
    masks = group_type_masks(groups, families, n_groups)
    # A lone report is one victim's word: it says which type that victim met, not which
    # types its crew runs, so it decides nothing (its citation stays unless the value is a
    # bridge).
    sizes = np.bincount(groups[links.present & (groups >= 0)], minlength=n_groups)
    masks[sizes < weighing.min_group] = 0
    use = payee[links.indicator_idx]
    values, cited = links.indicator_idx[use], groups[links.report_idx[use]]
    typed = masks[cited] != 0
    values, cited = values[typed], cited[typed]
    if values.size == 0:
        return None
    width = n_groups
    keys, counts = np.unique(values * width + cited, return_counts=True)
    owner, group = keys // width, keys % width
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    shared_bits = np.bitwise_and.reduceat(masks[group], starts)
    spans = np.diff(np.r_[starts, owner.size])
    candidates = (spans >= 2) & (shared_bits == 0)
    if not candidates.any():
        return None
    bridges = np.zeros(links.n_indicators, dtype=bool)
    clusters_of = np.zeros(links.n_indicators, dtype=np.int64)
    cut_keys: list[int] = []
    ends = np.r_[starts[1:], owner.size]
    for lo, hi in zip(starts[candidates].tolist(), ends[candidates].tolist(), strict=True):
        group_masks = masks[group[lo:hi]].tolist()
        if np.count_nonzero(sizes[group[lo:hi]] >= 2) < weighing.min_crews:
            continue
        clusters = type_clusters(group_masks, counts[lo:hi].tolist())
        top_mask, top = max(clusters, key=lambda c: c[1])
        total = sum(c[1] for c in clusters)
        if len(clusters) < 2 or total - top < weighing.min_others:
            continue
        clusters_of[owner[lo]] = len(clusters)
        if top < dominance * total:
            bridges[owner[lo]] = True
            continue
        cut_keys.extend(
            int(keys[k])
            for k, m in zip(range(lo, hi), group_masks, strict=True)
            if not m & top_mask
        )
    if not clusters_of.any():
        return None
    sighting_keys = links.indicator_idx * width + np.maximum(groups[links.report_idx], 0)
    keep = ~bridges[links.indicator_idx] & ~np.isin(sighting_keys, np.array(cut_keys, np.int64))
    return GroupEvidence(bridges, keep, clusters_of)
