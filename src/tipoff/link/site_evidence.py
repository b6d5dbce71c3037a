"""Sites weighed against the crews formed without them: a phishing kit's domain is no crew's.

On classifieds most scammers are one-off operations and many rent the same phishing kit,
whose seller hosts a few escrow or "safe payment" domains for all of them. Such a domain is
a shared service: the operations citing it share nothing else. In the graph it is a star
whose leaves are lone reports and small crews; a lone report hangs off the one value it
shares, so every community that holds the domain also holds its leaves, and the domain
looks dominated wherever it is weighed (a crew that rents the kit and cites it often holds
it; without such a crew, the leaves and the domain are one community of their own). The
spread rule (step 3) and the star rule (step 9) miss it for the same reason: a lone report
is one piece of one report, which they do not count.

``site_evidence`` (step 5c of ``tipoff.link.pipeline``): a linkable site (a domain or a URL)
is weighed against *crews formed without the sites*: the components of the other linkable
values (phones, handles, e-mails, payees) and, in components over ``leiden_min_size``, their
Leiden groups at the pipeline's resolution, merged where their payee sets overlap (step 5b's
``piece_overlap``: a parallel crew's pieces pay into the same mules). A report that names
values of its own but shares none of them is a crew of one, a *lone operation*. A site that
``min_lone`` lone operations or more cite, with no crew holding ``dominance`` of its
citations, is a bridge: it relates them and joins none. A crew's own site is held by the crew,
or cited by a handful of its lone victims; a victim who names only sites belongs to no crew
and does not count.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from tipoff.link.components import Components, Links, link_components
from tipoff.link.evidence import GroupEvidence, weigh_against_groups
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.model import IndicatorKind

# A site is a bridge only where this many lone operations or more cite it (reports that are a
# crew of their own): a crew's own site is cited by a handful of its lone victims (11 of the
# 23 crews citing a parallel crew's site in `parallel-laundering` seed 2), a kit's by dozens
# (31-104 on `kit-domains`).
SITE_MIN_LONE = 20
# ... and where lone operations are this share of the crews citing it at least: the citing
# reports otherwise share nothing (a kit's: 0.92-1.0 on `kit-domains`; a compound's site, whose
# pieces and lone victims make many crews: 0.5-0.77 in `multi-market` seed 3, `everything`
# seed 1).
LONE_SHARE = 0.85
SITE_KINDS: tuple[IndicatorKind, ...] = (IndicatorKind.DOMAIN, IndicatorKind.URL)


def site_mask(kinds: np.ndarray) -> np.ndarray:
    """Bool per indicator id: of a site's kind (``SITE_KINDS``)."""
    return np.isin(kinds, [KIND_CODES[k.value] for k in SITE_KINDS])


def site_evidence(
    links: Links,
    policy: HubPolicy,
    components: Components,
    excluded: np.ndarray,
    crews_of: Callable[[Links, Components], np.ndarray],
    dominance: float,
    min_lone: int = SITE_MIN_LONE,
) -> GroupEvidence | None:
    """Step 5c: sites weighed against crews formed without them (module docstring). None
    when no site is a bridge.

    ``crews_of(sub, rest)``: crew per report id of the components ``rest`` of the sightings
    ``sub`` (the pipeline's Leiden groups merged by payee overlap, as step 5b forms them).
    Only the networks of sites cited by ``min_lone`` reports or more are weighed.
    """
    site = site_mask(links.kinds) & components.linkable & ~excluded
    site &= np.bincount(links.indicator_idx, minlength=links.n_indicators) >= min_lone
    if not site.any() or not _may_bridge(links, policy, components, excluded, site, min_lone):
        return None
    width = max(components.n_components, 1)
    wanted = np.zeros(width, dtype=bool)
    cited = site[links.indicator_idx]
    wanted[components.labels[links.report_idx[cited]]] = True
    sub = links.only(wanted[components.labels[links.report_idx]])
    rest = link_components(sub, policy, excluded | site)
    crews = crews_of(sub, rest)
    # A report that names nothing but sites is in no crew: it says nothing about whose they are.
    own = ~site_mask(sub.kinds)[sub.indicator_idx] & ~sub.common[sub.indicator_idx]
    names_more = np.zeros(sub.n_reports, dtype=bool)
    names_more[sub.report_idx[own]] = True
    crews = np.where(names_more, crews, -1)
    if not (crews >= 0).any():
        return None
    evidence = weigh_against_groups(sub, site, crews, dominance)
    # Lone operations: reports that are a crew of their own (values of their own, shared
    # with nobody but through the sites).
    sizes = np.bincount(crews[crews >= 0], minlength=int(crews.max(initial=-1)) + 1)
    crew_of = crews[sub.report_idx]
    lone = (crew_of >= 0) & (sizes[np.maximum(crew_of, 0)] == 1) & site[sub.indicator_idx]
    alone = np.bincount(sub.indicator_idx[lone], minlength=sub.n_indicators)
    bridges = site & evidence.bridges & (alone >= min_lone)
    bridges &= alone >= LONE_SHARE * evidence.groups_touched
    if not bridges.any():
        return None
    return GroupEvidence(bridges, ~bridges[links.indicator_idx], evidence.groups_touched)


def _may_bridge(
    links: Links,
    policy: HubPolicy,
    components: Components,
    excluded: np.ndarray,
    site: np.ndarray,
    min_lone: int,
) -> bool:
    """Whether some ``site`` could be a bridge, judged without Leiden (the costly part):
    the lone operations citing it are at most the reports that share no other value, and
    its crews at least those lone reports plus the other components (without the sites)
    citing it, so a site short of ``min_lone`` or of ``LONE_SHARE`` by these bounds is none."""
    lone = _lone_citations(links, components.linkable & ~excluded, site)
    possible = site & (lone >= min_lone)
    if not possible.any():
        return False
    cited = possible[links.indicator_idx]
    rest = link_components(links.only(~site[links.indicator_idx]), policy, excluded | site)
    reports, values = links.report_idx[cited], links.indicator_idx[cited]
    width = rest.n_components + 1
    keys = np.unique(values * width + rest.labels[reports])
    groups = np.bincount(keys // width, minlength=links.n_indicators)
    return bool((possible & (lone >= LONE_SHARE * groups)).any())


def _lone_citations(links: Links, linkable: np.ndarray, site: np.ndarray) -> np.ndarray:
    """Per indicator: how many reports cite it that name a value other than a site and share
    none with another report but through ``site`` (a cheap bound on the lone operations, so
    that no crews are formed where no site could be a bridge)."""
    values = links.indicator_idx
    other = ~site[values] & ~links.common[values]
    counts = np.bincount(values[other & linkable[values]], minlength=links.n_indicators)
    shares = np.zeros(links.n_reports, dtype=bool)
    shares[links.report_idx[other & linkable[values] & (counts[values] >= 2)]] = True
    names = np.zeros(links.n_reports, dtype=bool)
    names[links.report_idx[other]] = True
    lone = names & ~shares
    cited = site[values] & lone[links.report_idx]
    out: np.ndarray = np.bincount(values[cited], minlength=links.n_indicators)
    return out
