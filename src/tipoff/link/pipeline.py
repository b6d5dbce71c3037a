"""A full link, start to finish: which values join reports, which only relate networks.

Counting reports cannot tell a laundering service's account (used by three networks) from a
busy mule account of one network, nor a police hotline from a crew's phone: all are cited by
many reports. What tells them apart is how the reports citing a value otherwise relate
(``tipoff.link.evidence``):

1. references: a value the victims mostly cite as a third party (intake's ``reference``
   role) or as a service they used (``service``: an OTC seller, an exchange, a crypto ATM)
   stops linking; single reference and service sightings never link;
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
   it relates the networks it touches and joins none. A group that holds a *hub*
   (``tipoff.link.hub_strays``: a fine community, at ``fine_resolution``, whose reports cite
   values held by ``hub_min_targets`` or more other fine communities, ``hub_thin`` of its
   reports at most into each: a recovery crew whose victims quote the crews that scammed
   them first) is weighed by its fine communities instead. The fine communities come from
   the last spread round's graph at the finer resolution (one graph built for both,
   ``tipoff.link.communities.LeidenRuns``) and serve step 5b too; where no component is
   split into two or more of them, no value has a stray and no hub is looked for. A
   *shared host*'s domain (``tipoff.link.shared_hosts``: several tenants' pages cited on it)
   is weighed by the fine communities as well: with none holding ``dominance`` of its
   citations it is a bridge (its own citations pulled the tenants' crews into one group);
5b. *suspected payees against crews formed without them* (``suspected_payees``): a low
   resolution keeps a big crew whole, but it also holds small crews together where a
   laundering service's accounts are the only thing between them, and the service's account
   then dominates the merged group. A bank account, IBAN or wallet with no dominant community
   at a fine resolution (``fine_resolution``) is suspected; groups are formed again without
   the suspected values, groups of ``piece_min_size`` reports or more whose payee sets overlap
   by ``piece_overlap`` are one crew (a parallel crew's pieces pay into the same mules; a
   suspected value paid from more than ``piece_overlap_max_pieces`` pieces is not counted
   there: it is the value on trial, and a laundering account three crews pay made them one),
   and a suspected value with less than ``piece_dominance`` of its reports in one such crew is
   a bridge (its stray citations from other crews are cut). Another payee that one crew holds
   has its citations from a crew that a bridge also joined it to cut (``piece_strays``: a
   victim of two crews would otherwise keep them one network);
5c. *sites against crews formed without them* (``tipoff.link.site_evidence``): a domain or
   URL that ``site_min_lone`` lone operations or more cite (reports that name values of their
   own and share none, crews formed without the sites as step 5b forms them), no crew holding
   ``piece_dominance`` of its citations, is a bridge (a phishing kit's domain that dozens of
   one-off operations use);
6. *shared payees*: a bank account, IBAN or wallet that crews pay into alike (a laundering
   service's account) joins none of them; a crew's own rotating mule accounts keep linking
   it (``shared_payees``: crew-sized groups only, and a crew's halves, which pay into most
   of the same accounts, count as one, as do three or more groups that pay, pair by pair,
   accounts no other group pays: a crew's parallel scammers paying its rotating mules);
7. *thin cuts* (``thin_cut_evidence``, ``tipoff.link.thin_cuts``): inside each network left,
   fine communities (``cut_resolution``) of ``cut_min_size`` reports or more are merged back
   where the join is thick (the reports of either citing a value of the other are at least
   ``cut_thickness`` of it: a crew's pieces sharing its rotating mules); a payee with no
   dominant crew among what is left is a bridge, a dominated one has its citations from the
   other crews cut;
7b. *typed payees* (``typed_payee_evidence``, ``tipoff.link.payee_types``; only where reports
   state a scam type): a payee whose contact groups (reports joined by everything but payees)
   name unrelated scam-type families, none holding ``dominance`` of its citations, is a
   bridge (a laundering account rented to small crews of different kinds); a dominated one
   has the other families' citations cut. It runs after every community step, so it only
   removes joins: it cannot move how Leiden splits a big crew;
7c. *payees by market* (the same weighing, ``tipoff.link.payee_types``, on the victims'
   countries instead of scam types; only where reports give one): a payee paid from contact
   groups of unrelated victim countries, none holding ``dominance``, is a bridge (a
   laundering account serving crews of several markets, whatever their scam type); a
   dominated one has the other markets' citations cut;
7d. *thin bridges* (``tipoff.link.thin_bridges``): a value other than a payee (a phone, a
   site, a handle) whose removal leaves two parts of ``bridge_min_part`` reports or more of a
   network, cited by under ``cut_thickness`` of one of them, is a bridge (an unlisted bank
   line the victims of two crews called, once a laundering service held them in one group);
8. *a crew's own payees given back* (``tipoff.link.own_payees``): a payee held back by steps
   5-7c (a bridge, a shared payee) whose citations from networks of two reports or more fall
   for ``dominance`` into one network, formed without it, links there again: a compound's
   wallet that Leiden pieces or several markets made look shared. Its lone victims join that
   network; citations from other networks stay cut; it never merges two networks;
9. *star values* (``tipoff.link.star_values``): a value whose removal alone leaves
   ``star_min_pieces`` or more pieces of two reports or more among its citing reports, each
   citing it ``star_thin`` times at most, is a bridge (an exchange or a bank line that one
   victim of each of several crews names; a laundering account of small crews);
9b. *values only mentioned* (``tipoff.link.components.mention_only``): a value that
   ``mention_min_reports`` reports or more cite, all of them reports that attribute other
   values to the scam (given in its messages, payments or identifiers, or named as its
   contact, caller, sender or payee), and none of them attributes it, is a bridge (the brand
   the scam impersonated, the remote-access tool it had victims install, a bank's line, a
   news site), unless one network holds ``dominance`` of its citations anyway (step 8's
   rule): then it links there. Taken last, so the groups of steps 3-9 are as before;
9c. *caller ids* (``tipoff.link.caller_ids``): a phone no report gives as the scam's own
   channel (a sender id, a payee, a listed contact, a number written in a message, a
   messenger account), seen only as a caller or in the victims' words, whose number type is
   an institution's (fixed line, toll-free, shared cost, UAN) or that a victim cites as a
   third party, and the accounts that spell it (a bank's line read as an account beside the
   bank's name), cited by ``caller_min_reports`` reports or more, is weighed against the
   crews the other values form without such phones: touching two or more, none holding
   ``caller_dominance`` of its citations, it is a spoofed caller (a police switchboard or a
   bank line that unrelated crews show as caller ID, a fraud desk that files reports) and
   joins none. Weighed before step 3; one seen as a caller leaves then (step 1b: left in, it
   holds the crews of its market in one group), one only named in the victims' words leaves
   last, as in step 9b;
9d. *rotation handovers* (``tipoff.link.rotations``; only where report times are given): a
   spread hub, bridge or shared payee cited (twice or more each) by two networks of
   ``handover_min_size`` reports or more that follow each other in time (the middle 80 % of
   their reports' times overlap by at most ``handover_overlap`` of the shorter one's span),
   its own citations there spanning at most ``handover_value_span`` of it or, cited by those
   two networks only (``handover_seam`` times each), lying between their median times (a
   crew that rotates few values at a time, each in use for a good part of a slice), and by
   at most ``handover_max_networks`` such networks, is a long-running crew's value in use
   when Leiden's time slices of the crew meet: it links those two networks again (its other
   citations stay cut), and its lone victims join them (``handover_lone``, step 8's rule). A
   laundering service's crews are active side by side, and a service is cited throughout
   them, so neither is a handover;
10. the networks: components of the sightings kept. They are the groups of step 4 wherever
   the graph joined them only through bridges; no network is split by size.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from tipoff.link.caller_ids import CALLED, spoofed_callers
from tipoff.link.communities import LeidenRuns, split_oversized
from tipoff.link.components import Components, Links, link_components, linking_pairs
from tipoff.link.evidence import (
    DOMINANCE,
    GroupEvidence,
    plurality,
    reference_values,
    service_values,
    weigh_against_groups,
)
from tipoff.link.hub_strays import (
    HUB_MIN_HELD,
    HUB_MIN_TARGETS,
    HUB_THIN,
    hub_communities,
    refined,
)
from tipoff.link.hubs import HubPolicy
from tipoff.link.own_payees import own_payees
from tipoff.link.payee_types import BY_MARKET, BY_TYPE, Weighing, payee_type_evidence
from tipoff.link.rotations import (
    MAX_NETWORKS,
    MIN_CITATIONS,
    MIN_SIZE,
    SEAM_CITATIONS,
    SEQUENTIAL_OVERLAP,
    VALUE_SPAN,
    Handover,
    rotation_handovers,
)
from tipoff.link.site_evidence import OPERATION_MAX, SITE_MIN_LONE, payee_mask, site_evidence
from tipoff.link.star_values import STAR_MIN_PIECES, STAR_THIN, separating, star_candidates
from tipoff.link.thin_bridges import thin_bridges
from tipoff.link.thin_cuts import crews_of_communities, merge_halves


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
    # Step 6 (``shared_payees``): groups of ``payee_min_group`` reports or more count as
    # crews, one citation in each (``payee_min_reports``) is enough, and two groups whose
    # payee sets overlap by ``payee_overlap`` of the smaller one are one crew. On the
    # development worlds an overlap of 0.5 cost laundering worlds precision (0.86-0.88),
    # 1.1 (never merge) cost a parallel-scammer world recall (0.77); 0.7 kept both >= 0.88.
    payee_min_reports: int = 1
    payee_min_group: int = 10
    payee_overlap: float = 0.7
    # Step 6, rotating mules (``_mule_triangles``; ``payee_own_pairs`` 0 turns it off): three
    # groups that pay, pair by pair, ``payee_own_pairs`` accounts and ``payee_own_share`` of
    # the smaller group's accounts that no other group pays are one crew. Without the
    # triangle, pairs alone cost default, use-rotation and heavy-tail worlds 0.03-0.06 ARI
    # (two crews using one laundering service); 0 and 0.2 gave the same development rows
    # (docs/link-evaluation.md).
    payee_own_pairs: int = 2
    payee_own_share: float = 0.2
    # Step 5b (``suspected_payees``; ``fine_resolution`` 0 turns it off). Chosen on the
    # development worlds (docs/link-evaluation.md): resolution 0.5 found too few service
    # accounts, 2.0 too many of a crew's own; piece dominance 0.8 left laundering-bound crews
    # merged (`everything` seed 1 precision 0.72 vs 0.88 at 0.9); overlap 0.3 and 0.7 were
    # worse on `everything` seed 1 (ARI 0.68, 0.73 vs 0.76).
    fine_resolution: float = 1.0
    piece_min_size: int = 10
    piece_overlap: float = 0.5
    piece_dominance: float = 0.9
    # Step 5b, since the platform-link fold (docs/link-evaluation.md, "The fold and step 5b"):
    # a suspected payee paid from more pieces than this does not count towards the pieces'
    # overlap (0: counted, as before); 3 left `parallel-scammers` seed 3 at 0.797. A payee one
    # crew holds loses its citations from crews a bridge also joins (``_bridged_strays``;
    # False: as before). Neither alone moved the two seed-3 rows; together 0.797 -> 0.911 and
    # 0.795 -> 0.900.
    piece_overlap_max_pieces: int = 2
    piece_strays: bool = True
    # Step 7 (``thin_cut_evidence``; ``cut_thickness`` 0 turns it off). Chosen on the
    # development worlds (docs/link-evaluation.md): 0.06-0.1 gave the same rows; 0.15 and
    # 0.2 cut parallel crews' pieces apart (`everything` seed 2 -0.018, `parallel-scammers`
    # seed 2 -0.016); requiring both sides thick cut them at 0.05 already.
    cut_thickness: float = 0.1
    cut_resolution: float = 1.0
    cut_min_size: int = 10
    # Steps 3-4 (``tipoff.link.thin_cuts.merge_halves``; ``halves_min_values`` 0 turns it
    # off): two communities joined through ``halves_min_values`` distinct values or more,
    # ``halves_value_share`` of the smaller one's values or more (``min_share``'s 5 %), and
    # from both sides by ``cut_thickness`` of their reports are one crew's halves. A
    # laundering service is a handful of accounts (2-8 shared per pair of crews in our
    # worlds), so 10 values is no service.
    halves_min_values: int = 10
    halves_value_share: float = 0.05
    # Step 7b (``tipoff.link.payee_types``): payees weighed by the scam types of the contact
    # groups paying them, after every community step. Off: the pipeline as before it.
    payee_types: bool = True
    # Step 7c: the same, weighed by the victims' countries (markets). Off: as before it.
    payee_markets: bool = True
    # Contact groups of this many reports on count in step 7c. 1: a lone victim's country
    # is a market its crew works (its scam type, by contrast, is what that one victim met,
    # so step 7b counts groups of 2 on). 2 was tried: on the independent world's development
    # seed its worst row gained 0.002 ARI against 0.014 with 1 (docs/link-evaluation.md,
    # "Payees by market"). A payee with fewer than ``market_min_others`` citations outside
    # its main market is left as it is (one stray victim from elsewhere made a crew's wallet
    # a bridge).
    market_min_group: int = BY_MARKET.min_group
    market_min_others: int = BY_MARKET.min_others
    # ... and with fewer than ``market_min_crews`` groups of two reports or more paying it (a
    # crew working three markets whose victims each reported alone lost its wallet, its only
    # link, to three countries of lone reports). 0: as before this rule.
    market_min_crews: int = BY_MARKET.min_crews
    # Step 8 (``tipoff.link.own_payees``): a payee held back by steps 5-7c that one network
    # holds ``dominance`` of anyway (the crew's other values joined its groups) is given back
    # to it. Off: the pipeline as before it.
    own_payees: bool = True
    # Step 9 (``tipoff.link.star_values``): a value whose removal alone leaves this many
    # pieces of two reports or more, each citing it ``star_thin`` times at most, is a bridge.
    # 0: off (the pipeline as before it).
    star_min_pieces: int = STAR_MIN_PIECES
    star_thin: int = STAR_THIN
    # Step 5 for shared hosts (``Links.hosts``, ``tipoff.link.shared_hosts``): a domain
    # serving several tenants' pages is weighed against the fine communities (resolution
    # 1.0), not the groups its own citations pulled together. Off: the pipeline as before it.
    shared_hosts: bool = True
    star_held_payees: bool = True
    # Step 9b (``Links.mentioned_by``, ``tipoff.link.components.mention_only``): a value only
    # ever *mentioned*, by ``mention_min_reports`` reports or more that attribute other values
    # to the scam (in its messages, payments or identifiers, or in a contact, caller, sender
    # or payee role) and never by one that attributes it, joins nothing, except inside the
    # one network that holds ``dominance`` of its citations anyway (step 8's rule). Off: the
    # pipeline as before it. 5 was chosen on the development worlds (docs/link-evaluation.md):
    # 2-4 also cut a few crews' own sites and handles that victims only named (the first
    # independent world -0.0003..-0.003 mean ARI), 5 cut none there and 7 less on the fourth.
    mentions: bool = True
    mention_min_reports: int = 5
    # Step 7d (``tipoff.link.thin_bridges``; 0 turns it off): a value other than a payee that
    # alone joins two parts of ``bridge_min_part`` reports or more of a network
    # (``leiden_min_size``'s 50: what is big enough to look for communities in), cited by
    # under ``cut_thickness`` of one of them, is a bridge. With payees too it cut a
    # laundering account that held one crew's parts together (docs/link-evaluation.md).
    bridge_min_part: int = 50
    # Step 5c (``tipoff.link.site_evidence``): a site (a domain, a URL) that ``site_min_lone``
    # lone operations or more cite (reports that name values of their own and share none,
    # crews being formed without the sites as step 5b forms them), with no crew holding
    # ``piece_dominance`` of its citations, is a bridge (a phishing kit's domain that dozens
    # of one-off operations use). 0: off (the pipeline as before it). Counting crews instead
    # of lone operations cost our `default` seed 2 0.010 ARI at 10 and `parallel-laundering`
    # seed 2 0.013 at 20 (a crew's site cited by its pieces; docs/link-evaluation.md,
    # "Recovery re-scams and phishing kits").
    site_min_lone: int = SITE_MIN_LONE
    # ... an operation there being a lone report, or a component without the sites of at most
    # this many reports held by a payee of its own (a one-off scammer's few victims paying its
    # account); 1: lone reports only, the step as first written.
    site_operation_max: int = OPERATION_MAX
    # Step 5 (``tipoff.link.hub_strays``): a step-4 group holding a *hub*, a fine community
    # (``fine_resolution``) whose thin strays (``hub_thin`` of its reports at most) into
    # values other fine communities hold (``hub_min_held`` citations there at least) reach
    # ``hub_min_targets`` of them or more, is weighed by its fine communities (a recovery crew
    # whose victims quote the crews that scammed them first). 0: off. 3 cost
    # `parallel-scammers` seed 3 0.069 ARI and `default` seed 3 0.016, 5 `multi-market` seed 1
    # 0.123 (a compound's pieces by market); 8 changed none of our rows measured.
    hub_min_targets: int = HUB_MIN_TARGETS
    hub_thin: int = HUB_THIN
    hub_min_held: int = HUB_MIN_HELD
    # Step 9c (``tipoff.link.caller_ids``): a phone seen only as a caller or in the victims'
    # words, never as the scam's own channel, cited by ``caller_min_reports`` reports or
    # more, is weighed against the crews formed without such phones; none holding
    # ``caller_dominance`` of its citations, it is a spoofed caller (a police switchboard or
    # bank line shown as caller ID by unrelated crews). False (``caller_ids``): the pipeline
    # as before it. Taken first instead of last, a minimum of 1 cost our `recovery-rescam`
    # seed 4 0.177 ARI and 5 the fourth independent world's `long_tail` s2 0.143 (Leiden's
    # groups moved); cutting a held phone's strays too moved rows where no value was a
    # spoofed caller (docs/link-evaluation.md).
    caller_ids: bool = True
    caller_dominance: float = DOMINANCE
    caller_min_reports: int = 5
    # Step 9d (``tipoff.link.rotations``; only where report times are given): a held value
    # cited by two networks that follow each other in time, its citations short-lived
    # against them, is a crew's rotation handover and links them again. False: off.
    handovers: bool = True
    handover_min_size: int = MIN_SIZE
    handover_overlap: float = SEQUENTIAL_OVERLAP
    handover_value_span: float = VALUE_SPAN
    handover_max_networks: int = MAX_NETWORKS
    # ... or, cited by those two networks only and ``handover_seam`` times by each, its
    # citations sit at the seam, between the two networks' median times (0: the short-lived
    # test alone, as before); and a handover's lone victims (reports citing nothing else
    # that links) join the network it now links, as step 8 gives a crew's own payee's lone
    # victims back (False: they stay alone, as before).
    handover_seam: int = SEAM_CITATIONS
    handover_lone: bool = True


@dataclass(frozen=True, slots=True)
class LinkResult:
    """Networks (components), and the values the pipeline stopped using to link."""

    components: Components
    sub_networks: np.ndarray  # per report id: 0 (networks are not split by size)
    spread_hubs: np.ndarray  # bool per indicator id: straddles communities (step 3)
    bridges: np.ndarray | None = None  # bool per indicator id: no dominant group (5-7c), star (9)
    references: np.ndarray | None = None  # bool per indicator id: mostly a reference (step 1)
    shared_payees: np.ndarray | None = None  # bool per indicator id: paid by crews alike (step 6)
    links: Links | None = None  # the sightings that join reports (the index is built from them)
    services: np.ndarray | None = None  # bool per indicator id: of references, services (step 1)
    callers: np.ndarray | None = None  # bool per indicator id: spoofed callers (step 9c)

    @property
    def excluded(self) -> np.ndarray:
        """Every indicator the pipeline stopped using to link."""
        out = self.spread_hubs.copy()
        for extra in (self.bridges, self.references, self.shared_payees, self.callers):
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
    """Per indicator: in how many groups it has ≥ max(min_reports, min_share × its reports)
    reports."""
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
    links: Links,
    components: Components,
    min_size: int,
    seed: int,
    resolution: float,
    runs: LeidenRuns | None = None,
) -> np.ndarray:
    """Group per report id: its component, or its Leiden community inside a big component.
    ``runs``: the relink's Leiden runs so far, reused where the graph is the same."""
    sub = split_oversized(links, components, min_size, seed, resolution, runs)
    return LinkResult(components, sub, np.zeros(links.n_indicators, bool)).community_labels()


def _spread_hub_rounds(
    links: Links,
    policy: HubPolicy,
    leiden_min_size: int,
    seed: int,
    rule: SpreadRule,
    excluded: np.ndarray,
    runs: LeidenRuns | None = None,
) -> tuple[np.ndarray, Components, np.ndarray]:
    """Steps 3–4: spread hubs found round by round, then the components and groups left.

    The groups of the last round are step 4's: one Leiden run per round, none more.
    """
    spread = np.zeros(links.n_indicators, dtype=bool)
    for round_ in range(rule.rounds + 1):
        components = link_components(links, policy, excluded | spread)
        groups = community_groups(links, components, leiden_min_size, seed, rule.resolution, runs)
        if rule.halves_min_values > 0:
            groups = merge_halves(
                links,
                components.linkable & ~payee_mask(links.kinds),
                groups,
                rule.cut_min_size,
                rule.cut_thickness,
                rule.halves_min_values,
                rule.halves_value_share,
            )
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


def _groups_touched(
    links: Links, candidates: np.ndarray, groups: Components, min_size: int, min_reports: int
) -> np.ndarray:
    """Per indicator: how many groups of ``min_size`` reports or more cite it (``min_reports``
    of theirs at least), counting only ``candidates``."""
    sizes = np.bincount(groups.labels[links.present], minlength=groups.n_components)
    labels = np.where(groups.labels >= 0, groups.labels, 0)
    big = sizes[labels[links.report_idx]] >= min_size
    restricted = links.only(big)
    return spread_counts(restricted, candidates, labels, 0.0, min_reports)


def _group_payees(
    links: Links, payee: np.ndarray, labels: np.ndarray, big: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (group, payee) pairs of the big groups' reports, sorted by payee."""
    use = payee[links.indicator_idx] & big[labels[links.report_idx]]
    width = int(labels.max(initial=0)) + 1  # an empty store has no label
    keys = np.unique(links.indicator_idx[use] * width + labels[links.report_idx[use]])
    return keys % width, keys // width


def _merge_overlapping(
    groups: np.ndarray,
    payees: np.ndarray,
    n_groups: int,
    overlap: float,
    own_pairs: int = 0,
    own_share: float = 0.0,
    max_groups: int = 20,
) -> np.ndarray:
    """Merge groups whose payee sets overlap by ``overlap`` of the smaller one: a crew's
    halves pay into most of the same accounts, two crews into a laundering service's few.

    With ``own_pairs`` (0: off), groups are also merged along ``_mule_triangles``: where
    three groups pay, pair by pair, accounts that no other group pays.
    """
    per_group = np.bincount(groups, minlength=n_groups)
    starts = np.flatnonzero(np.r_[True, payees[1:] != payees[:-1]])
    ends = np.r_[starts[1:], payees.size]
    pairs: dict[tuple[int, int], int] = {}
    only_two: dict[tuple[int, int], int] = {}
    for lo, hi in zip(starts.tolist(), ends.tolist(), strict=True):
        if not 2 <= hi - lo <= max_groups:
            continue
        members = groups[lo:hi].tolist()
        if hi - lo == 2:
            key = (members[0], members[1])
            only_two[key] = only_two.get(key, 0) + 1
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs[(a, b)] = pairs.get((a, b), 0) + 1
    own_edges = _mule_triangles(only_two, per_group, own_pairs, own_share) if own_pairs else set()

    def joined(a: int, b: int, n: int) -> bool:
        return n >= overlap * min(per_group[a], per_group[b]) or (a, b) in own_edges

    rows = [a for (a, b), n in pairs.items() if joined(a, b, n)]
    cols = [b for (a, b), n in pairs.items() if joined(a, b, n)]
    graph = coo_matrix((np.ones(len(rows), np.int8), (rows, cols)), shape=(n_groups, n_groups))
    labels: np.ndarray = connected_components(graph, directed=False)[1]
    return labels


def _mule_triangles(
    only_two: dict[tuple[int, int], int], per_group: np.ndarray, own_pairs: int, own_share: float
) -> set[tuple[int, int]]:
    """Pairs of groups (a < b) joined as one crew's scammers paying its rotating mules.

    ``only_two`` counts, per pair, the payees that these two groups and no other pay. A pair
    with ``own_pairs`` of them, and at least ``own_share`` of the smaller group's payees, is
    a join; it counts where it closes a triangle with a third group joined to both. A
    crew's mule serves a handful of victims and rotates, so its parallel scammers' groups
    pay the same few accounts pair by pair, all of them; two crews that use one laundering
    service are one such pair, which at one hop looks exactly the same, and is left to the
    overlap rule.
    """
    joins = {
        pair
        for pair, own in only_two.items()
        if own >= max(own_pairs, own_share * min(per_group[pair[0]], per_group[pair[1]]))
    }
    near: dict[int, set[int]] = {}
    for a, b in joins:
        near.setdefault(a, set()).add(b)
        near.setdefault(b, set()).add(a)
    return {(a, b) for a, b in joins if near[a] & near[b]}


def shared_payees(
    kept: Links, policy: HubPolicy, excluded: np.ndarray, rule: SpreadRule
) -> np.ndarray:
    """Step 6: payees that crews (not one crew's scammers or halves) pay into alike.

    Candidates: payees cited from two or more contact groups (reports joined by phones,
    handles, e-mails, sites; a report with none is no group). Groups are then formed from
    all the other evidence, every candidate left out, so that a crew's victims who named only
    its accounts count with their crew; groups of ``payee_min_group`` reports or more whose
    payee sets overlap by ``payee_overlap``, or that close a triangle of rotating mules
    (``_mule_triangles``), are one crew; a candidate cited from two or more
    of what is left is shared. A parallel crew's scammers form small groups (a few victims
    each), which do not count, so its rotating mule accounts keep linking it.
    """
    payee = payee_mask(kept.kinds) & ~excluded
    if rule.min_communities > 0 and not payee[kept.indicator_idx].any():  # none cited
        return np.zeros(kept.n_indicators, dtype=bool)
    contacts = link_components(kept, policy, excluded | payee)
    candidates = payee & (_groups_touched(kept, payee, contacts, 2, 1) >= rule.min_communities)
    rest = link_components(kept, policy, excluded | candidates)
    sizes = np.bincount(rest.labels[kept.present], minlength=rest.n_components)
    labels = np.where(rest.labels >= 0, rest.labels, 0)
    big = sizes >= rule.payee_min_group
    groups, payees = _group_payees(kept, payee, labels, big)
    merged = _merge_overlapping(
        groups,
        payees,
        rest.n_components,
        rule.payee_overlap,
        rule.payee_own_pairs,
        rule.payee_own_share,
    )
    crews = Components(
        np.where(rest.labels >= 0, merged[labels], -1),
        rest.n_components,
        rest.anchors,
        rest.counts,
        rest.linkable,
    )
    touched = _groups_touched(kept, candidates, crews, rule.payee_min_group, rule.payee_min_reports)
    shared: np.ndarray = candidates & (touched >= rule.min_communities)
    return shared


def suspected_payees(
    links: Links,
    policy: HubPolicy,
    components: Components,
    excluded: np.ndarray,
    leiden_min_size: int,
    seed: int,
    rule: SpreadRule,
    fine: np.ndarray | None = None,
) -> GroupEvidence | None:
    """Step 5b: payees with no dominant fine community, weighed against crews formed without
    them (module docstring). None when nothing is suspected (or the step is off). ``fine``:
    the communities at ``fine_resolution`` when already found (step 5's hubs).

    The evidence covers the suspected values: their bridges, and which of their sightings
    may still join reports (a report that falls into no crew-sized group keeps its sighting
    unless the value is a bridge: a victim who named only the crew's mule); and, with
    ``piece_strays``, the stray citations of other payees between crews a bridge joins.
    """
    if rule.fine_resolution <= 0:
        return None
    payee = payee_mask(links.kinds) & components.linkable
    if not payee.any():
        return None
    if fine is None:
        fine = community_groups(links, components, leiden_min_size, seed, rule.fine_resolution)
    suspected = payee & weigh_against_groups(links, payee, fine, rule.dominance).bridges
    if not suspected.any():
        return None
    rest = link_components(links, policy, excluded | suspected)
    pieces = community_groups(links, rest, leiden_min_size, seed, rule.resolution)
    n_pieces = int(pieces.max()) + 1
    sizes = np.bincount(pieces[links.present], minlength=n_pieces)
    big = sizes >= rule.piece_min_size
    safe = np.maximum(pieces, 0)
    groups, payees = _group_payees(links, payee, safe, big)
    if rule.piece_overlap_max_pieces > 0:
        touched = np.bincount(payees, minlength=links.n_indicators)
        wide = suspected & (touched > rule.piece_overlap_max_pieces)
        groups, payees = groups[~wide[payees]], payees[~wide[payees]]
    merged = _merge_overlapping(groups, payees, n_pieces, rule.piece_overlap)
    crews = np.where((pieces >= 0) & big[safe], merged[safe], -1)
    evidence = weigh_against_groups(links, suspected, crews, rule.piece_dominance)
    bridges = suspected & evidence.bridges
    ungrouped = crews[links.report_idx] < 0
    keep = evidence.keep | (ungrouped & ~bridges[links.indicator_idx])
    keep |= ~suspected[links.indicator_idx]
    if rule.piece_strays:
        keep &= ~_bridged_strays(links, payee & ~suspected, crews, bridges, rule.piece_dominance)
    return GroupEvidence(bridges, keep, evidence.groups_touched)


def _hub_groups(
    links: Links, components: Components, groups: np.ndarray, fine: np.ndarray, rule: SpreadRule
) -> np.ndarray:
    """Step 5's groups, with each group that holds a hub community (``tipoff.link.hub_strays``)
    replaced by its fine communities.

    Where Leiden kept every component whole at the fine resolution (the synthetic 1,000,000
    report world of ``bench/bench_link.py``: one community per component), each value's
    citations lie in one community, so there is no stray and no hub: the count is checked
    before the strays are counted."""
    if not fine_communities_split(components, fine):
        return groups
    hubs = hub_communities(
        links,
        components.linkable,
        fine,
        rule.dominance,
        rule.hub_min_targets,
        rule.hub_thin,
        rule.hub_min_held,
    )
    return refined(groups, fine, hubs) if hubs.any() else groups


def fine_communities_split(components: Components, fine: np.ndarray) -> bool:
    """Whether some component of ``components`` holds two or more of the communities ``fine``
    (``community_groups`` over those components: one label or more per component)."""
    return int(fine.max(initial=-1)) + 1 > components.n_components


def _crews_without(
    links: Links, rest: Components, leiden_min_size: int, seed: int, rule: SpreadRule
) -> np.ndarray:
    """Crew per report id of the components ``rest``: their Leiden groups at ``resolution``,
    merged where the payee sets of groups of ``piece_min_size`` or more overlap by
    ``piece_overlap`` (step 5b's crews; a report alone is a crew of its own)."""
    pieces = community_groups(links, rest, leiden_min_size, seed, rule.resolution)
    n_pieces = int(pieces.max()) + 1
    sizes = np.bincount(pieces[links.present], minlength=n_pieces)
    safe = np.maximum(pieces, 0)
    payee = payee_mask(links.kinds) & rest.linkable
    groups, payees = _group_payees(links, payee, safe, sizes >= rule.piece_min_size)
    merged = _merge_overlapping(groups, payees, n_pieces, rule.piece_overlap)
    crews: np.ndarray = np.where(pieces >= 0, merged[safe], -1)
    return crews


def _bridged_strays(
    links: Links, values: np.ndarray, crews: np.ndarray, bridges: np.ndarray, dominance: float
) -> np.ndarray:
    """Bool per sighting: a citation of one of ``values`` from a crew other than the one that
    holds ``dominance`` of its citations, where a bridge is paid from both crews.

    Step 5b's crews are formed without the suspected payees. A payee one crew holds, named by
    a victim or two of another crew that a laundering account (a bridge) is paid from too, is
    a stray citation there (a victim of two crews, a misread number): left in, it alone kept
    the two crews one network (``parallel-scammers`` seed 3: one victim of a crew naming
    another crew's wallet), and step 8 then gave the laundering account back to that network.
    Between crews no bridge joins, such a citation is left to the later steps.
    """
    out = np.zeros(links.report_idx.size, dtype=bool)
    crew_of = crews[links.report_idx]
    width = int(crews.max(initial=-1)) + 1
    if width == 0 or not bridges.any():
        return out
    paid = bridges[links.indicator_idx] & (crew_of >= 0)
    # crew x bridge: which crews pay each bridge
    incidence = coo_matrix(
        (np.ones(int(paid.sum()), np.int32), (crew_of[paid], links.indicator_idx[paid])),
        shape=(width, links.n_indicators),
    ).tocsr()
    incidence.data[:] = 1
    use = values[links.indicator_idx] & (crew_of >= 0)
    cited, grouped = links.indicator_idx[use], crew_of[use]
    counted = plurality(cited, grouped, links.n_indicators, width)
    held = counted.top >= dominance * np.maximum(counted.totals, 1)
    target = counted.dominant[cited]
    stray = held[cited] & (target >= 0) & (grouped != target)
    if stray.any():
        a, b = incidence[grouped[stray]], incidence[target[stray]]
        shared = np.asarray(a.multiply(b).sum(axis=1)).ravel() > 0
        stray[np.flatnonzero(stray)] = shared
    out[np.flatnonzero(use)] = stray
    return out


def thin_cut_evidence(
    links: Links,
    policy: HubPolicy,
    excluded: np.ndarray,
    leiden_min_size: int,
    seed: int,
    rule: SpreadRule,
) -> GroupEvidence | None:
    """Step 7: payees weighed against the crews of each network, fine communities merged
    back where thickly joined (module docstring). None when the step is off.

    A report in no crew (its community is under ``cut_min_size``: a victim who named only
    the account) keeps its sighting unless the value is a bridge.
    """
    if rule.cut_thickness <= 0 or not payee_mask(links.kinds)[links.indicator_idx].any():
        return None
    components = link_components(links, policy, excluded)
    payee = payee_mask(links.kinds) & components.linkable
    if not payee.any():
        return None
    fine = community_groups(links, components, leiden_min_size, seed, rule.cut_resolution)
    crews = crews_of_communities(
        links, components.linkable, fine, rule.cut_min_size, rule.cut_thickness
    )
    evidence = weigh_against_groups(links, payee, crews, rule.dominance)
    bridges = payee & evidence.bridges
    keep = evidence.keep | ~payee[links.indicator_idx]
    keep |= (crews[links.report_idx] < 0) & ~bridges[links.indicator_idx]
    return GroupEvidence(bridges, keep, evidence.groups_touched)


def typed_payee_evidence(
    links: Links,
    policy: HubPolicy,
    references: np.ndarray,
    labels: np.ndarray | None,
    rule: SpreadRule,
    weighing: Weighing = BY_TYPE,
) -> GroupEvidence | None:
    """Steps 7b and 7c: payees paid from contact groups of unrelated ``labels`` (scam-type
    families, or victim markets; ``tipoff.link.payee_types``). None when no report has one."""
    if labels is None or not (labels >= 0).any():
        return None
    payee = payee_mask(links.kinds)
    return payee_type_evidence(links, policy, references, payee, labels, rule.dominance, weighing)


def _merged_sightings(links: Links, extra: Links) -> Links:
    """``links`` plus the sightings of ``extra`` (none in common), in (report, indicator)
    order as ``make_links`` gives it; a merge, not a sort of them all."""
    at = np.searchsorted(
        _sighting_keys(links, links.n_indicators), _sighting_keys(extra, links.n_indicators)
    )
    return Links(
        np.insert(links.report_idx, at, extra.report_idx),
        np.insert(links.indicator_idx, at, extra.indicator_idx),
        links.present,
        links.kinds,
        links.common,
    )


def _sighting_keys(links: Links, width: int) -> np.ndarray:
    """One sortable key per sighting, in (report, indicator) order."""
    keys: np.ndarray = links.report_idx * width + links.indicator_idx
    return keys


def _among(links: Links, within: Links) -> np.ndarray:
    """Per sighting of ``links``: it is also one of ``within``'s (both in (report,
    indicator) order, as ``make_links`` and ``_merged_sightings`` give them)."""
    keys = _sighting_keys(within, links.n_indicators)
    wanted = _sighting_keys(links, links.n_indicators)
    at = np.minimum(np.searchsorted(keys, wanted), max(keys.size - 1, 0))
    return keys[at] == wanted if keys.size else np.zeros(wanted.size, dtype=bool)


def _give_back_own_payees(
    active: Links,
    kept: Links,
    policy: HubPolicy,
    held_back: tuple[np.ndarray, np.ndarray, np.ndarray],
    final: Components,
    rule: SpreadRule,
) -> tuple[Links, np.ndarray, np.ndarray, Components]:
    """Step 8 (``tipoff.link.own_payees``): payees held back as bridges or shared payees that
    one network owns anyway link again there. Returns kept, bridges, payees, networks."""
    others, bridges, payees = held_back
    held = payee_mask(active.kinds) & (bridges | payees) & ~others
    owned, back = own_payees(active, held, final.labels, rule.dominance)
    if not owned.any():
        return kept, bridges, payees, final
    kept = _merged_sightings(kept.only(~owned[kept.indicator_idx]), active.only(back))
    bridges, payees = bridges & ~owned, payees & ~owned
    return kept, bridges, payees, link_components(kept, policy, others | bridges | payees)


def _star_bridges(
    kept: Links,
    policy: HubPolicy,
    excluded: np.ndarray,
    final: Components,
    rule: SpreadRule,
    held: tuple[Links, np.ndarray] | None = None,
) -> tuple[Links, np.ndarray, Components]:
    """Step 9 (``tipoff.link.star_values``): values only whose removal parts a few reports
    of each of several groups. Returns kept (their sightings dropped), them, networks.

    ``held``: the sightings before steps 5-8 and the payees they held back; inside a network
    those payees still count as joins when pieces are formed (a crew's scammers that only
    its held mules join are one piece, not several)."""
    # Payees are weighed by steps 5b-8, with the crews' scam types and markets: six scammers
    # of one crew paying one mule, and six small crews paying a laundering account, have this
    # same shape, and only that evidence tells them apart.
    linkable = final.linkable & ~excluded
    stars = star_candidates(kept, linkable & ~payee_mask(kept.kinds), rule.star_min_pieces)
    if stars.any():
        graph, joins = (kept, linkable) if held is None else (held[0], linkable | held[1])
        stars = separating(graph, joins, stars, final.labels, rule.star_min_pieces, rule.star_thin)
    if not stars.any():
        return kept, stars, final
    kept = kept.only(~stars[kept.indicator_idx])
    return kept, stars, link_components(kept, policy, excluded | stars)


def _thin_bridges(
    kept: Links,
    policy: HubPolicy,
    others: np.ndarray,
    bridges: np.ndarray,
    final: Components,
    rule: SpreadRule,
) -> tuple[Links, np.ndarray, Components]:
    """Step 7d (``tipoff.link.thin_bridges``): values other than payees that alone and thinly
    join two large parts of a network become bridges. Returns kept, bridges, networks.

    Payees are left to steps 5b-8, which weigh them against crews formed without them; other
    kinds are weighed only at step 5, against groups a laundering service may have joined."""
    joining = kept.only(final.linkable[kept.indicator_idx])
    thin = thin_bridges(joining, final.labels, rule.bridge_min_part, rule.cut_thickness)
    thin &= ~payee_mask(kept.kinds)  # payees are weighed by steps 5b-8
    if not thin.any():
        return kept, bridges, final
    bridges = bridges | thin
    kept = kept.only(~thin[kept.indicator_idx])
    return kept, bridges, link_components(kept, policy, others | bridges)


def _caller_bridges(
    candidates: np.ndarray,
    active: Links,
    policy: HubPolicy,
    references: np.ndarray,
    rule: SpreadRule,
) -> np.ndarray | None:
    """Steps 1b and 9c (``tipoff.link.caller_ids``): the spoofed callers among
    ``candidates`` (``Links.caller_ids``), weighed against the crews the sightings form
    without them; None where none is weighed.

    A spoofed caller seen as a caller (``CALLED``) leaves before the groups are formed: left
    in, a police switchboard that crews of one market show held them in one group, and the
    groups' weighing kept it (`spoofed-caller` s1 0.99 -> 0.67). One only named in the
    victims' words (a bank's line) leaves last, as step 9b: taken out first, the fourth
    independent world's `long_tail` s2 lost 0.143 ARI and the second's `mule_herders` s1
    0.012, though each was an innocent line (the groups of steps 3-9 moved)."""
    spoofed = spoofed_callers(
        active,
        policy,
        candidates > 0,
        references,
        rule.caller_dominance,
        rule.caller_min_reports,
    )
    return None if spoofed is None else spoofed.bridges


def _mentioned_only(
    links: Links,
    kept: Links,
    policy: HubPolicy,
    excluded: np.ndarray,
    final: Components,
    rule: SpreadRule,
) -> tuple[Links, np.ndarray, Components]:
    """Step 9b (``tipoff.link.components.mention_only``): values victims only ever mention
    join nothing, unless one network holds ``dominance`` of their citations anyway (then they
    link there, as step 8 gives a crew's payees back). Returns kept, them, networks.

    Taken last, so that the groups of steps 3-9 are formed as before: taken out first, the
    mentions moved the groups, and laundering accounts the groups had exposed joined crews
    again (the third independent world's `long_tail` s1 -0.057, docs/link-evaluation.md)."""
    if links.mentioned_by is None:
        return kept, np.zeros(links.n_indicators, dtype=bool), final
    mentioned = (links.mentioned_by >= rule.mention_min_reports) & final.linkable & ~excluded
    if not mentioned.any():
        return kept, mentioned, final
    said = kept
    kept = kept.only(~mentioned[kept.indicator_idx])
    final = link_components(kept, policy, excluded | mentioned)
    owned, back = own_payees(said, mentioned, final.labels, rule.dominance)
    if owned.any():
        kept = _merged_sightings(kept, said.only(back))
        mentioned = mentioned & ~owned
        final = link_components(kept, policy, excluded | mentioned)
    return kept, mentioned, final


def _handovers(
    active: Links,
    kept: Links,
    policy: HubPolicy,
    held: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    final: Components,
    times: np.ndarray,
    rule: SpreadRule,
) -> tuple[Links, tuple[np.ndarray, np.ndarray, np.ndarray], Components]:
    """Step 9d (``tipoff.link.rotations``): held values that hand a crew over from one
    network to the next in time link those two again. ``held``: spread hubs, bridges,
    shared payees, and the values held for other reasons (references, callers). Returns
    kept, (spread, bridges, payees) less the handovers, networks."""
    spread, bridges, payees, others = held
    weighed = Handover(
        rule.handover_min_size,
        MIN_CITATIONS,
        rule.handover_max_networks,
        rule.handover_overlap,
        rule.handover_value_span,
        rule.handover_seam,
    )
    candidates = (spread | bridges | payees) & ~others
    given, back = rotation_handovers(active, candidates, final.labels, times, weighed)
    if not given.any():
        return kept, (spread, bridges, payees), final
    kept = _merged_sightings(kept.only(~given[kept.indicator_idx]), active.only(back))
    spread, bridges, payees = spread & ~given, bridges & ~given, payees & ~given
    final = link_components(kept, policy, spread | bridges | payees | others)
    if rule.handover_lone:
        # step 8's rule on the handovers: one network holds them now, and a victim who named
        # only such a value (a bulk mail's wallet) joins it; a lone report citing two
        # networks' handovers joins neither, and citations from other networks stay cut
        owned, back = own_payees(active, given, final.labels, rule.dominance)
        extra = active.only(back & ~_among(active, kept))
        if owned.any() and extra.report_idx.size:
            kept = _merged_sightings(kept, extra)
            final = link_components(kept, policy, spread | bridges | payees | others)
    return kept, (spread, bridges, payees), final


def link_world(
    links: Links,
    policy: HubPolicy,
    leiden_min_size: int,
    seed: int = 0,
    rule: SpreadRule | None = None,
    families: np.ndarray | None = None,
    markets: np.ndarray | None = None,
    times: np.ndarray | None = None,
) -> LinkResult:
    """Networks of a whole world and the values that stopped linking (module docstring).

    ``families``: the scam-type family each report states, per report id (-1: none;
    ``tipoff.link.payee_types.type_families``); None: no scam type is weighed.
    ``markets``: the victim's country per report id, as bit numbers (-1: none;
    ``tipoff.link.payee_types.market_codes``); None: no country is weighed.
    ``times``: when each report was received, per report id (NaN: unknown); None: no
    rotation handover is looked for (step 9d).
    """
    rule = rule or SpreadRule()
    references = reference_values(links)
    services = service_values(links, references)
    active = linking_pairs(links)
    callers = None
    if rule.caller_ids and links.caller_ids is not None:
        callers = _caller_bridges(links.caller_ids, active, policy, references, rule)
    if callers is not None:  # step 1b: the callers go first, the rest last (step 9c)
        active = active.only(~(callers & (links.caller_ids == CALLED))[active.indicator_idx])
    runs = LeidenRuns()  # step 5 runs the last spread round's graph again
    spread, components, groups = _spread_hub_rounds(
        active, policy, leiden_min_size, seed, rule, references, runs
    )
    fine = None
    if rule.hub_min_targets > 0:
        fine = community_groups(
            active, components, leiden_min_size, seed, rule.fine_resolution, runs
        )
        groups = _hub_groups(active, components, groups, fine, rule)
    # Steps 5b, 5c and 7 ran other graphs on all 72 stored worlds measured: the memory goes.
    runs.forget()
    evidence = weigh_against_groups(active, components.linkable, groups, rule.dominance)
    keep = evidence.keep
    bridges = evidence.bridges
    if rule.shared_hosts and fine is not None and links.hosts is not None and links.hosts.any():
        hosts = weigh_against_groups(
            active, components.linkable & links.hosts, fine, rule.dominance
        ).bridges
        bridges = bridges | hosts
        keep = keep & ~hosts[active.indicator_idx]
    suspected = suspected_payees(
        active, policy, components, references | spread, leiden_min_size, seed, rule, fine
    )
    if suspected is not None:
        keep = keep & suspected.keep
        bridges = bridges | suspected.bridges
    if rule.site_min_lone > 0:
        sites = site_evidence(
            active,
            policy,
            components,
            references | spread | bridges,
            lambda sub, rest: _crews_without(sub, rest, leiden_min_size, seed, rule),
            rule.piece_dominance,
            rule.site_min_lone,
            rule.site_operation_max,
        )
        if sites is not None:
            keep = keep & sites.keep
            bridges = bridges | sites.bridges
    kept = active.only(keep)
    excluded = spread | references | bridges
    payees = shared_payees(kept, policy, excluded, rule)
    cut = thin_cut_evidence(kept, policy, excluded | payees, leiden_min_size, seed, rule)
    if cut is not None:
        bridges = bridges | cut.bridges
        kept = kept.only(cut.keep)
    by_market = Weighing(rule.market_min_group, rule.market_min_others, rule.market_min_crews)
    for labels, weighed, weighing in (
        (families, rule.payee_types, BY_TYPE),
        (markets, rule.payee_markets, by_market),
    ):
        typed = typed_payee_evidence(
            kept,
            policy,
            spread | references | bridges | payees,
            labels if weighed else None,
            rule,
            weighing,
        )
        if typed is not None:
            bridges = bridges | typed.bridges
            kept = kept.only(typed.keep)
    final = link_components(kept, policy, spread | references | bridges | payees)
    if rule.bridge_min_part > 0:
        kept, bridges, final = _thin_bridges(
            kept, policy, spread | references | payees, bridges, final, rule
        )
    if rule.own_payees:
        kept, bridges, payees, final = _give_back_own_payees(
            active, kept, policy, (spread | references, bridges, payees), final, rule
        )
    if rule.star_min_pieces > 0:
        held = payee_mask(active.kinds) & (bridges | payees) & ~(spread | references)
        kept, stars, final = _star_bridges(
            kept,
            policy,
            spread | references | bridges | payees,
            final,
            rule,
            (active, held) if rule.star_held_payees else None,
        )
        bridges = bridges | stars
    if rule.mentions:
        kept, mentioned, final = _mentioned_only(
            links, kept, policy, spread | references | bridges | payees, final, rule
        )
        bridges = bridges | mentioned
    if callers is not None and callers.any():
        kept = kept.only(~callers[kept.indicator_idx])
        final = link_components(kept, policy, spread | references | bridges | payees | callers)
    if rule.handovers and times is not None:
        others = references if callers is None else references | callers
        kept, (spread, bridges, payees), final = _handovers(
            active, kept, policy, (spread, bridges, payees, others), final, times, rule
        )
    return LinkResult(
        final,
        np.zeros(links.n_reports, dtype=np.int64),
        spread,
        bridges,
        references,
        payees,
        kept,
        services,
        callers,
    )
