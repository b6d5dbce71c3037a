"""A full link, start to finish: which values join reports, which only relate networks.

Counting reports cannot tell a laundering service's account (used by three networks) from a
busy mule account of one network, nor a police hotline from a crew's phone: all are cited by
many reports. What tells them apart is how the reports citing a value otherwise relate
(``tipoff.link.evidence``):

1. references: a value the victims mostly cite as a third party (intake's ``reference``
   role) stops linking; single reference sightings never link;
2. link components through linkable values (not warninglisted, not over the count cap, not
   a non-linking kind such as a BIC);
3. *spread* rounds: Leiden communities of every component larger than ``leiden_min_size``;
   a value with at least ``min_share`` of its reports (and at least 2) in each of two or
   more communities is a *spread hub* (docs/identifiers.md: a value that joins otherwise
   unrelated groups); repeat until no new one appears (at most ``rounds`` times);
4. *groups*: one Leiden run at a low resolution (``group_resolution``) over the components
   left, so that a big crew of parallel scammers stays one group: size alone never splits;
5. *evidence per value*: a value whose reports fall mostly (``dominance``) into one group
   links there, and its stray citations from other groups are cut; a value with no dominant
   group among two or more is a *bridge* (a laundering account, an unlisted public site):
   it relates the networks it touches and joins none;
6. *shared payees*: group the reports by their contact and site values alone (phones,
   handles, e-mails, domains, URLs, over the sightings kept); a bank account, IBAN or
   wallet cited from two or more such groups of ``payee_min_group`` reports or more is a
   payee that crews pay alike (a laundering service's account) and joins none of them. A
   crew of parallel scammers has many small contact groups (one scammer's few victims),
   which this rule does not count, so its rotating mule accounts keep linking it;
7. the networks: components of the sightings kept. They are the groups of step 4 wherever
   the graph joined them only through bridges; no network is split by size.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tipoff.link.communities import split_oversized
from tipoff.link.components import Components, Links, link_components, linking_pairs
from tipoff.link.evidence import DOMINANCE, reference_values, weigh_against_groups
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.model import IndicatorKind


@dataclass(frozen=True, slots=True)
class SpreadRule:
    """How values are weighed against the communities of the graph."""

    min_communities: int = 2
    min_share: float = 0.05
    rounds: int = 3
    # Leiden resolution (modularity) of steps 3 and 4. Below 1 favours larger communities;
    # 0.2 kept parallel-scammer crews whole on the development worlds where 0.5 split them
    # and made their own values spread hubs (docs/link-evaluation.md).
    resolution: float = 0.2
    dominance: float = DOMINANCE
    # Step 6: a payee cited by ``payee_min_reports`` or more reports in each of two or more
    # contact groups of ``payee_min_group`` reports or more is a shared payee.
    payee_min_reports: int = 1
    payee_min_group: int = 10


@dataclass(frozen=True, slots=True)
class LinkResult:
    """Networks (components), and the values the pipeline stopped using to link."""

    components: Components
    sub_networks: np.ndarray  # per report id: 0 (networks are not split by size)
    spread_hubs: np.ndarray  # bool per indicator id: straddles communities (step 3)
    bridges: np.ndarray | None = None  # bool per indicator id: no dominant group (step 5)
    references: np.ndarray | None = None  # bool per indicator id: mostly a reference (step 1)
    shared_payees: np.ndarray | None = None  # bool per indicator id: paid by crews alike (step 6)
    links: Links | None = None  # the sightings that join reports (the index is built from them)

    @property
    def excluded(self) -> np.ndarray:
        """Every indicator the pipeline stopped using to link."""
        out = self.spread_hubs.copy()
        for extra in (self.bridges, self.references, self.shared_payees):
            if extra is not None:
                out |= extra
        return out

    def community_labels(self) -> np.ndarray:
        """One dense label per (cluster, sub-network): the finest groups (-1 where absent)."""
        labels = self.components.labels
        width = int(self.sub_networks.max()) + 1 if self.sub_networks.size else 1
        combined = np.where(labels >= 0, labels * width + self.sub_networks, -1)
        present = combined >= 0
        out = np.full(combined.size, -1, dtype=np.int64)
        out[present] = np.unique(combined[present], return_inverse=True)[1]
        return out


def spread_counts(
    links: Links, linkable: np.ndarray, groups: np.ndarray, min_share: float, min_reports: int = 2
) -> np.ndarray:
    """Per indicator: in how many groups it has ≥ max(min_reports, min_share × its reports) reports."""
    use = linkable[links.indicator_idx]
    reports, indicators = links.report_idx[use], links.indicator_idx[use]
    if reports.size == 0:
        return np.zeros(links.n_indicators, dtype=np.int64)
    width = int(groups.max()) + 1
    keys, counts = np.unique(indicators * width + groups[reports], return_counts=True)
    owner = keys // width
    totals = np.bincount(indicators, minlength=links.n_indicators)
    substantial = counts >= np.maximum(min_reports, min_share * totals[owner])
    return np.bincount(owner[substantial], minlength=links.n_indicators)


def community_groups(
    links: Links, components: Components, min_size: int, seed: int, resolution: float
) -> np.ndarray:
    """Group per report id: its component, or its Leiden community inside a big component."""
    sub = split_oversized(links, components, min_size, seed, resolution)
    return LinkResult(components, sub, np.zeros(links.n_indicators, bool)).community_labels()


def _spread_hub_rounds(
    links: Links,
    policy: HubPolicy,
    leiden_min_size: int,
    seed: int,
    rule: SpreadRule,
    excluded: np.ndarray,
) -> tuple[np.ndarray, Components, np.ndarray]:
    """Steps 3–4: spread hubs found round by round, then the components and groups left.

    The groups of the last round are step 4's: one Leiden run per round, none more.
    """
    spread = np.zeros(links.n_indicators, dtype=bool)
    for round_ in range(rule.rounds + 1):
        components = link_components(links, policy, excluded | spread)
        groups = community_groups(links, components, leiden_min_size, seed, rule.resolution)
        if round_ == rule.rounds:
            break
        new = (
            spread_counts(links, components.linkable, groups, rule.min_share)
            >= rule.min_communities
        )
        new &= components.linkable
        if not new.any():
            break
        spread |= new
    return spread, components, groups


PAYEE_KINDS: tuple[IndicatorKind, ...] = (
    IndicatorKind.BANK_ACCOUNT,
    IndicatorKind.IBAN,
    IndicatorKind.WALLET,
)


def shared_payees(
    kept: Links, policy: HubPolicy, excluded: np.ndarray, rule: SpreadRule
) -> np.ndarray:
    """Step 6: payees that crews' contact groups (not single scammers') pay into alike."""
    payee = np.isin(kept.kinds, [KIND_CODES[k.value] for k in PAYEE_KINDS])
    contacts = link_components(kept, policy, excluded | payee)
    sizes = np.bincount(contacts.labels[kept.present], minlength=contacts.n_components)
    groups = np.where(contacts.labels >= 0, contacts.labels, 0)
    big = sizes[groups[kept.report_idx]] >= rule.payee_min_group
    restricted = Links(
        kept.report_idx[big], kept.indicator_idx[big], kept.present, kept.kinds, kept.common
    )
    linkable = contacts.linkable | payee
    linkable &= payee & ~excluded
    spread = spread_counts(restricted, linkable, groups, 0.0, rule.payee_min_reports)
    return (spread >= rule.min_communities) & linkable


def link_world(
    links: Links,
    policy: HubPolicy,
    leiden_min_size: int,
    seed: int = 0,
    rule: SpreadRule | None = None,
) -> LinkResult:
    """Networks of a whole world and the values that stopped linking (module docstring)."""
    rule = rule or SpreadRule()
    references = reference_values(links)
    active = linking_pairs(links)
    spread, components, groups = _spread_hub_rounds(
        active, policy, leiden_min_size, seed, rule, references
    )
    evidence = weigh_against_groups(active, components.linkable, groups, rule.dominance)
    keep = evidence.keep
    kept = Links(
        active.report_idx[keep],
        active.indicator_idx[keep],
        active.present,
        active.kinds,
        active.common,
    )
    excluded = spread | references | evidence.bridges
    payees = shared_payees(kept, policy, excluded, rule)
    final = link_components(kept, policy, excluded | payees)
    return LinkResult(
        final,
        np.zeros(links.n_reports, dtype=np.int64),
        spread,
        evidence.bridges,
        references,
        payees,
        kept,
    )
