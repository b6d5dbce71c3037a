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

A kit's panel (its Telegram bot, its payment wallet: ``kit_companions``) hangs its buyers
together as its sites do; values that may be one are set aside with the sites while crews are
formed, and once a kit's site is found, those its lone operations name are weighed like it.
An operation is a lone report by default (``OPERATION_MAX``); a fake buyer's few victims
sharing its phone are one too where ``operation_max`` allows, but a compound's parallel
scammers citing its site look the same (docs/link-evaluation.md, "Kit-market variants").
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from tipoff.link.components import Components, Links, link_components
from tipoff.link.evidence import GroupEvidence, plurality, weigh_against_groups
from tipoff.link.hubs import KIND_CODES, HubPolicy, linkable_mask
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
# An operation is a lone report, or a component without the sites of at most this many
# reports held by a payee or a page of its own: a one-off scammer's few victims (2-6 reports
# in `kit-operations`). Without the payee, any such component counted (a compound's parallel
# scammers citing its site are small components too: `everything`, `multi-market` -0.02 to
# -0.11); with it, those rows lose at most 0.015 (docs/link-evaluation.md, "Kit-market
# variants"). 1: lone reports only, the step as first written, and the default: at 6 our own
# rows lost up to 0.014 and a held-out world's `app_subdomains` s2 0.02, for gains on our own
# kit variants only (docs/link-evaluation.md, "Kit-market variants", shipped default).
OPERATION_MAX = 1
SITE_KINDS: tuple[IndicatorKind, ...] = (IndicatorKind.DOMAIN, IndicatorKind.URL)
# The payees that (with its own pages) hold an operation of several reports together; the
# pipeline's payee kinds too (``payee_mask``, which it imports).
PAYEE_KINDS: tuple[IndicatorKind, ...] = (
    IndicatorKind.BANK_ACCOUNT,
    IndicatorKind.IBAN,
    IndicatorKind.WALLET,
)


def site_mask(kinds: np.ndarray) -> np.ndarray:
    """Bool per indicator id: of a site's kind (``SITE_KINDS``)."""
    return np.isin(kinds, [KIND_CODES[k.value] for k in SITE_KINDS])


def payee_mask(kinds: np.ndarray) -> np.ndarray:
    """Bool per indicator id: of a payee's kind (``PAYEE_KINDS``)."""
    return np.isin(kinds, [KIND_CODES[k.value] for k in PAYEE_KINDS])


def site_evidence(
    links: Links,
    policy: HubPolicy,
    components: Components,
    excluded: np.ndarray,
    crews_of: Callable[[Links, Components], np.ndarray],
    dominance: float,
    min_lone: int = SITE_MIN_LONE,
    operation_max: int = OPERATION_MAX,
) -> GroupEvidence | None:
    """Step 5c: sites weighed against crews formed without them (module docstring). None
    when no site is a bridge.

    ``crews_of(sub, rest)``: crew per report id of the components ``rest`` of the sightings
    ``sub`` (the pipeline's Leiden groups merged by payee overlap, as step 5b forms them).
    Only the networks of sites cited by ``min_lone`` reports or more are weighed.
    """
    site = site_mask(links.kinds) & components.linkable & ~excluded
    site &= np.bincount(links.indicator_idx, minlength=links.n_indicators) >= min_lone
    if not site.any():
        return None
    # A kit's panel (its bot, its wallet) would hold its operations together as its sites do:
    # the values that may be one are set aside with the sites while crews are formed.
    hidden = site | _companion_candidates(links, policy, excluded | site, site, min_lone)
    if operation_max <= 1:  # the cheap bound first: no components where no site is cited alone
        lone = _lone_citations(links, components.linkable & ~excluded, hidden)
        if not (site & (lone >= min_lone)).any():
            return None
    whole = link_components(links.only(~hidden[links.indicator_idx]), policy, excluded | hidden)
    names_more = _names_more(links, hidden)
    operations = _operations(links, whole, names_more, operation_max)
    if not _may_bridge(links, whole.labels, names_more, operations, site, min_lone):
        return None
    width = max(components.n_components, 1)
    wanted = np.zeros(width, dtype=bool)
    cited = site[links.indicator_idx]
    wanted[components.labels[links.report_idx[cited]]] = True
    sub = links.only(wanted[components.labels[links.report_idx]])
    rest = link_components(sub, policy, excluded | hidden)
    # A report that names nothing but sites is in no crew: it says nothing about whose they are.
    crews = np.where(names_more, crews_of(sub, rest), -1)
    if not (crews >= 0).any():
        return None
    evidence = weigh_against_groups(sub, site, crews, dominance)
    ops = _distinct_per_value(sub, site, operations)
    bridges = site & evidence.bridges & (ops >= min_lone)
    bridges &= ops >= LONE_SHARE * evidence.groups_touched
    if not bridges.any():
        return None
    bridges |= kit_companions(links, policy, excluded | site, bridges, dominance, min_lone)
    return GroupEvidence(bridges, ~bridges[links.indicator_idx], evidence.groups_touched)


def kit_companions(
    links: Links,
    policy: HubPolicy,
    excluded: np.ndarray,
    kits: np.ndarray,
    dominance: float,
    min_lone: int = SITE_MIN_LONE,
) -> np.ndarray:
    """Bool per indicator: a kit's other values (its panel's Telegram bot, its payment
    wallet), weighed as its sites are: a value that ``min_lone`` lone operations or more cite
    together with a site found a kit's (``kits``), that are ``LONE_SHARE`` of the components
    citing it, none holding ``dominance`` of its citations.

    Once the kit's sites are cut, the lone operations that also name its bot still hang off
    the bot as they hung off the sites. A crew's own phone is not one: its reports name the
    crew's other values too, and they seldom cite a kit's site. Lone here is judged without the
    sites and without every such candidate at once (its reports share no other value)."""
    candidates = _companion_candidates(links, policy, excluded, kits, min_lone)
    if not candidates.any():
        return candidates
    cited = candidates[links.indicator_idx]
    rest = link_components(links.only(~cited), policy, excluded | candidates)
    names_more = _names_more(links, excluded | candidates)
    groups = np.where(names_more, rest.labels, -1)
    ops = _distinct_per_value(links, candidates, _operations(links, rest, names_more, 1))
    touched = _distinct_per_value(links, candidates, groups)
    group_of = groups[links.report_idx]
    use = cited & (group_of >= 0)
    counted = plurality(
        links.indicator_idx[use], group_of[use], links.n_indicators, max(rest.n_components, 1)
    )
    share = np.divide(
        counted.top, counted.totals, out=np.ones(links.n_indicators), where=counted.totals > 0
    )
    out: np.ndarray = candidates & (ops >= min_lone) & (ops >= LONE_SHARE * touched)
    out &= share < dominance
    return out


def _companion_candidates(
    links: Links, policy: HubPolicy, excluded: np.ndarray, kits: np.ndarray, min_lone: int
) -> np.ndarray:
    """Per indicator: a value other than a site cited by ``min_lone`` reports or more that
    cite a kit's site and share no other value (the bound ``kit_companions`` weighs)."""
    counts = np.bincount(links.indicator_idx, minlength=links.n_indicators)
    linkable = linkable_mask(counts, links.kinds, links.common, policy) & ~excluded
    values = links.indicator_idx
    shared = linkable[values] & (counts[values] >= 2)
    n_shared = np.bincount(links.report_idx[shared], minlength=links.n_reports)
    on_kit = np.zeros(links.n_reports, dtype=bool)
    on_kit[links.report_idx[kits[values]]] = True
    own = linkable[values] & (counts[values] == 1)
    names_own = np.zeros(links.n_reports, dtype=bool)
    names_own[links.report_idx[own]] = True
    alone = (n_shared == 1) & on_kit & names_own
    lone = shared & alone[links.report_idx]
    out: np.ndarray = np.bincount(values[lone], minlength=links.n_indicators) >= min_lone
    return out


def _names_more(links: Links, site: np.ndarray) -> np.ndarray:
    """Bool per report id: names a value other than a site (and not a common one)."""
    own = ~site[links.indicator_idx] & ~links.common[links.indicator_idx]
    out = np.zeros(links.n_reports, dtype=bool)
    out[links.report_idx[own]] = True
    return out


def _operations(
    links: Links, whole: Components, names_more: np.ndarray, operation_max: int
) -> np.ndarray:
    """Operation per report id (-1: none): its component without the sites where the report
    names a value of its own and the component is the report alone, or holds
    ``operation_max`` reports or fewer held together by a payee or a page of its own (cited
    by two of them). A one-off scammer's victims pay its account or open the buyer's own page
    on the kit; a compound's scammers, held by their phones, pay the compound's accounts and
    cite its sites, which join them to the rest of it."""
    labels = whole.labels
    width = max(whole.n_components, 1)
    sizes = np.bincount(labels[labels >= 0], minlength=width)
    holding = np.isin(links.kinds, [KIND_CODES[k.value] for k in PAYEE_KINDS + SITE_KINDS])
    holding &= whole.linkable & (whole.counts >= 2)
    held = np.zeros(width, dtype=bool)
    held[labels[links.report_idx[holding[links.indicator_idx]]]] = True
    label = np.maximum(labels, 0)
    small = (sizes[label] == 1) | (held[label] & (sizes[label] <= operation_max))
    out: np.ndarray = np.where((labels >= 0) & small & names_more, labels, -1)
    return out


def _distinct_per_value(links: Links, values: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Per indicator: how many distinct groups (``groups`` per report id, -1: none) the
    reports citing it, of ``values``, fall into."""
    group_of = groups[links.report_idx]
    use = values[links.indicator_idx] & (group_of >= 0)
    width = int(groups.max(initial=-1)) + 1
    keys = np.unique(links.indicator_idx[use] * max(width, 1) + group_of[use])
    out: np.ndarray = np.bincount(keys // max(width, 1), minlength=links.n_indicators)
    return out


def _may_bridge(
    links: Links,
    labels: np.ndarray,
    names_more: np.ndarray,
    operations: np.ndarray,
    site: np.ndarray,
    min_lone: int,
) -> bool:
    """Whether some ``site`` could be a bridge, judged without Leiden (the costly part): its
    operations are counted exactly, and its crews are at least the components (without the
    sites) of the reports citing it that name more than sites, so a site short of
    ``min_lone`` operations or of ``LONE_SHARE`` of those components is none."""
    ops = _distinct_per_value(links, site, operations)
    possible = site & (ops >= min_lone)
    if not possible.any():
        return False
    groups = _distinct_per_value(links, possible, np.where(names_more, labels, -1))
    return bool((possible & (ops >= LONE_SHARE * groups)).any())


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
