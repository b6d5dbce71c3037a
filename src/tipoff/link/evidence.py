"""Evidence per sighting and per value: what may join reports, and what only relates networks.

A shared value is evidence that two reports belong to one network, but not all evidence is
equal (docs/networks.md, "How linking works"):

- **role** (per sighting): a value the victim cites as a third party (the police line they
  called, their bank's hotline, the site they reported to: ``Role.REFERENCE``, decided at
  intake) is not the scammer's; that sighting never links (``sighting_weight``). A value
  whose citations are largely such references stops linking as a whole
  (``reference_values``), so the citations the words missed do not join crews either.
- **groups** (per value, at relink): each value's reports are counted per group (the
  communities of the linkable graph). A value whose reports fall mostly into one group
  (``DOMINANCE``) is that group's: it links there, and its few citations from other groups
  are cut (a misread number, a victim of two crews); they are thin links, not proof that the
  groups are one. A value with no dominant group among two or more (a laundering account
  several crews pay, a site victims of many crews cite) is a **bridge**: it relates the
  networks it touches (shown to analysts) but joins none of them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tipoff.link.components import Links

# Sightings weighing less than this never join reports.
LINK_WEIGHT = 0.5
# ``Role.REFERENCE`` (intake's role detection, tipoff.indicators.roles): the victim's
# third party. Compared as text so that a store written before the role existed reads the same.
REFERENCE_ROLE = "reference"
# ``Role.SERVICE``: a service the victim used (an OTC seller, an exchange, a crypto ATM); it
# serves many crews and is none of theirs, so it weighs as a reference does.
SERVICE_ROLE = "service"
# ``Role.EARLIER``: a value of an earlier scam the victim cites (the crew that robbed them
# before, in a recovery scam's report). It is that crew's: the sighting never links, and the
# relink leaves it out altogether (``tipoff.link.stored_world.load_links``) rather than count
# it as a reference, which would stop the first crew's own value linking its own victims.
EARLIER_ROLE = "earlier"
# ``Role.OTHER_CREW``: a value of another crew that also scammed the victim, named beside the
# crew reported ("another group also got me: they used …"). Like an earlier scam's, it is
# that crew's, which its own victims give anyway: never linking, and left out of the relink.
OTHER_CREW_ROLE = "other_crew"
# ``Role.OWN``: the victim's own value (the account they paid from, their own number). A crew
# may later use the account (a victim recruited as a mule): its payers' citations are the
# crew's, the owner's is not, and the relink drops it (``own_of_paid``). Cited by no payer it
# links as before: the same victim's other reports (a duplicate, a second scam) name it too.
# A live add never links through it.
OWN_ROLE = "own"
# ``Role.REISSUED``: a number its carrier has since given to someone else (the new subscriber
# who answered a victim's call, who complains of calls). Never links; the relink also stops
# the value linking reports dated after it (``tipoff.link.reissued_numbers``).
REISSUED_ROLE = "reissued"
# Roles whose sightings never join reports in a live add.
NON_LINKING_ROLES = (
    REFERENCE_ROLE,
    SERVICE_ROLE,
    EARLIER_ROLE,
    OTHER_CREW_ROLE,
    OWN_ROLE,
    REISSUED_ROLE,
)
# Roles whose sightings the relink leaves out altogether (no evidence for or against a group).
DROPPED_ROLES = (EARLIER_ROLE, OTHER_CREW_ROLE)
# Roles that say the scam was paid to the value (``own_of_paid``).
PAYEE_ROLES = ("payee_account", "payee_wallet")

# A value whose reference citations come from at least this many reports and this share of
# the reports citing it stops linking as a whole (the rule agreed with intake's role
# detection, /work/notes/link-interface.md: one missed reference in ten must not join crews).
REFERENCE_MIN_REPORTS = 2
REFERENCE_MIN_SHARE = 1 / 3

# A value links within a group holding at least this share of its reports; below it, among
# two or more groups, it is a bridge. On the development worlds (docs/link-evaluation.md)
# 0.7, 0.8 and 0.9 gave the same worst row within 0.01.
DOMINANCE = 0.8


def sighting_weight(role: str | None) -> float:
    """Weight of one sighting as evidence for linking: 0 for a victim's reference or a
    service they used, else 1."""
    return 0.0 if role in NON_LINKING_ROLES else 1.0


def own_of_paid(indicator_idx: np.ndarray, side: np.ndarray) -> np.ndarray:
    """Bool per sighting: the victim's own value (``side`` 1) that another sighting gives as
    a payee (``side`` 2): an account a crew took over from its owner, whose citation by the
    owner must not join the owner's crew to the crew that used it."""
    if not (side == 1).any():
        return np.zeros(indicator_idx.size, dtype=bool)
    paid = np.zeros(int(indicator_idx.max()) + 1, dtype=bool)
    paid[indicator_idx[side == 2]] = True
    out: np.ndarray = (side == 1) & paid[indicator_idx]
    return out


def reference_values(links: Links) -> np.ndarray:
    """Bool per indicator: cited as a reference (or a service) by enough of its reports to
    stop linking."""
    if links.reference is None:
        return np.zeros(links.n_indicators, dtype=bool)
    totals = np.bincount(links.indicator_idx, minlength=links.n_indicators)
    refs = np.bincount(links.indicator_idx[links.reference], minlength=links.n_indicators)
    return (refs >= REFERENCE_MIN_REPORTS) & (refs >= REFERENCE_MIN_SHARE * totals)


def service_values(links: Links, references: np.ndarray) -> np.ndarray:
    """Bool per indicator: of ``references``, those its reports call a service (an OTC
    seller, an exchange) at least as often as a third party they cite."""
    if links.reference is None or links.service is None:
        return np.zeros(links.n_indicators, dtype=bool)
    n = links.n_indicators
    services = np.bincount(links.indicator_idx[links.service], minlength=n)
    others = np.bincount(links.indicator_idx[links.reference & ~links.service], minlength=n)
    out: np.ndarray = references & (services > 0) & (services >= others)
    return out


@dataclass(frozen=True, slots=True)
class Plurality:
    """Per value (indicator), how its citations fall into groups."""

    totals: np.ndarray  # float per indicator: its citations in any group
    top: np.ndarray  # int per indicator: its citations in its largest group
    dominant: np.ndarray  # int per indicator: that group (ties: the lowest number), -1: none
    touched: np.ndarray  # int per indicator: the groups it touches


def plurality(values: np.ndarray, groups: np.ndarray, n: int, width: int) -> Plurality:
    """Each value's largest group, from one citation per element (``values[i]`` cited from
    group ``groups[i]``, groups numbered 0 .. ``width`` - 1, ``n`` indicators)."""
    keys, counts = np.unique(values * width + groups, return_counts=True)
    owner = keys // width
    top = np.zeros(n, dtype=np.int64)
    np.maximum.at(top, owner, counts)
    # The dominant group: the largest (ties: the lowest group number, keys are sorted).
    tops = np.flatnonzero(counts == top[owner])
    first = tops[np.unique(owner[tops], return_index=True)[1]]
    dominant = np.full(n, -1, dtype=np.int64)
    dominant[owner[first]] = keys[first] % width
    totals = np.bincount(owner, weights=counts, minlength=n)
    return Plurality(totals, top, dominant, np.bincount(owner, minlength=n))


@dataclass(frozen=True, slots=True)
class GroupEvidence:
    """Per-value decisions against a grouping of reports."""

    bridges: np.ndarray  # bool per indicator: touches 2+ groups, none dominant
    keep: np.ndarray  # bool per sighting of the links: it may join reports
    groups_touched: np.ndarray  # int per indicator: groups its linking sightings fall into


def weigh_against_groups(
    links: Links, linkable: np.ndarray, groups: np.ndarray, dominance: float = DOMINANCE
) -> GroupEvidence:
    """Bridges and kept sightings of ``linkable`` values, given a group per report (-1: none)."""
    n = links.n_indicators
    group_of = groups[links.report_idx]
    use = linkable[links.indicator_idx] & (group_of >= 0)
    values, grouped = links.indicator_idx[use], group_of[use]
    width = int(groups.max()) + 1 if groups.size else 1
    counted = plurality(values, grouped, n, width)
    totals, top, dominant, touched = counted.totals, counted.top, counted.dominant, counted.touched
    share = np.divide(top, totals, out=np.ones(n), where=totals > 0)
    bridges = linkable & (touched >= 2) & (share < dominance)
    keep = linkable[links.indicator_idx] & ~bridges[links.indicator_idx]
    single = touched[links.indicator_idx] <= 1
    keep &= single | (group_of == dominant[links.indicator_idx])
    return GroupEvidence(bridges, keep, touched)


def membership_links(links: Links, labels: np.ndarray) -> Links:
    """The sightings a stored membership was linked through: each value's sightings from the
    network holding most of its reports (``labels``: network per report id, -1: unlinked).

    A relink cuts a value's stray citations from other groups (``weigh_against_groups``);
    rebuilding the index from the store must cut the same ones, or it would join networks
    the relink kept apart.
    """
    label_of = labels[links.report_idx]
    use = label_of >= 0
    values, label = links.indicator_idx[use], label_of[use]
    if values.size == 0:
        return links
    _, network = np.unique(label, return_inverse=True)
    width = int(network.max()) + 1
    majority = plurality(values, network, links.n_indicators, width).dominant
    keep = np.zeros(links.report_idx.size, dtype=bool)
    keep[np.flatnonzero(use)] = network == majority[values]
    return links.only(keep)
