"""A group holding a hub, a community whose reports each cite one value held by many other
communities (a recovery crew's victims quoting the crews that scammed them first), is weighed
by its fine communities (tipoff.link.hub_strays, pipeline step 5); a crew's pieces, which touch
one or two neighbours, are left to the coarse groups."""

from __future__ import annotations

import numpy as np

from tipoff.link.components import link_components, make_links
from tipoff.link.hub_strays import hub_communities, hub_strays, refined
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.pipeline import SpreadRule, _hub_groups, fine_communities_split, link_world

PHONE = KIND_CODES["phone"]
POLICY = HubPolicy(1000)


def crews(n_crews: int, size: int, values_each: int = 3) -> tuple[list[tuple[int, int]], int]:
    """``n_crews`` crews of ``size`` reports; each report cites its crew's ``values_each``
    values. Crew ``c``'s reports are ``c * size ..``, its values ``c * values_each ..``."""
    pairs = []
    for c in range(n_crews):
        for r in range(c * size, (c + 1) * size):
            pairs += [(r, c * values_each + v) for v in range(values_each)]
    return pairs, n_crews * values_each


def recovery_world(worked: int, per_crew: int = 1):
    """Crew 0 (a recovery crew) and ``worked`` crews it worked: ``per_crew`` of crew 0's
    reports quote one value of each of them."""
    size = 40
    pairs, n_values = crews(1 + worked, size)
    quoting = iter(range(size))
    for c in range(1, 1 + worked):
        for _ in range(per_crew):
            pairs.append((next(quoting), c * 3))
    rows, cols = (np.array(x) for x in zip(*pairs, strict=True))
    return make_links(rows, cols, np.full(n_values, PHONE, np.int8), np.zeros(n_values, bool))


def test_a_community_with_thin_strays_into_five_others_is_a_hub() -> None:
    links = recovery_world(6)
    groups = np.repeat(np.arange(7), 40)
    hubs = hub_communities(links, np.ones(links.n_indicators, bool), groups, 0.8, 5, 2)
    assert hubs.tolist() == [True] + [False] * 6
    cut = hub_strays(links, np.ones(links.n_indicators, bool), groups, 0.8, 5, 2)
    assert int(cut.sum()) == 6  # the six quotes, nothing else
    # Four neighbours are a crew's pieces, not a hub; thick ties (3 reports each) are one crew.
    assert not hub_communities(links, np.ones(links.n_indicators, bool), groups, 0.8, 7, 2).any()
    thick = recovery_world(6, per_crew=3)
    assert not hub_communities(thick, np.ones(thick.n_indicators, bool), groups, 0.8, 5, 2).any()


def test_refined_groups_split_only_the_groups_that_hold_a_hub() -> None:
    coarse = np.array([0, 0, 0, 0, 1, 1, -1])
    fine = np.array([0, 0, 1, 2, 3, 4, -1])
    hubs = np.array([True, False, False, False, False])
    out = refined(coarse, fine, hubs)
    assert out[-1] == -1
    assert len(set(out[:4].tolist())) == 3  # the hub's group: by its fine communities
    assert out[4] == out[5]  # the other group stays whole


def many_worked(worked: int = 20, size: int = 10, recovery: int = 60):
    """A recovery crew of ``recovery`` reports (two values each) and ``worked`` crews of
    ``size`` (two values of their own each); one recovery report quotes each crew's phone."""
    pairs = [(r, v) for r in range(recovery) for v in (0, 1)]
    for c in range(worked):
        first = recovery + c * size
        pairs += [(r, 2 + 2 * c + v) for r in range(first, first + size) for v in (0, 1)]
        pairs.append((c, 2 + 2 * c))
    n_values = 2 + 2 * worked
    rows, cols = (np.array(x) for x in zip(*pairs, strict=True))
    return make_links(rows, cols, np.full(n_values, PHONE, np.int8), np.zeros(n_values, bool))


def test_the_recovery_crew_and_the_crews_it_worked_stay_apart() -> None:
    links = many_worked()
    assert link_world(links, POLICY, 20).components.n_components == 21
    # Without the step the low-resolution groups held the recovery crew and some crews it
    # worked together, and nothing was cut between them.
    assert (
        link_world(links, POLICY, 20, rule=SpreadRule(hub_min_targets=0)).components.n_components
        < 21
    )


def test_no_hub_is_looked_for_where_every_component_is_one_fine_community() -> None:
    """Step 5 skips counting strays where the fine run split no component: every value's
    citations are then in one community, so no community can be a hub."""
    links = recovery_world(6)
    components = link_components(links, POLICY)
    assert components.n_components == 1  # the quotes join the recovery crew to all six
    rule = SpreadRule(hub_min_targets=5)
    linkable = components.linkable
    whole = components.labels.copy()  # the fine run kept the component whole
    assert not fine_communities_split(components, whole)
    assert not hub_communities(links, linkable, whole, 0.8, 5, 2).any()
    coarse = components.labels.copy()
    assert np.array_equal(_hub_groups(links, components, coarse, whole, rule), coarse)
    # Split by crew, the same component holds a hub, and the check lets step 5 find it.
    by_crew = np.repeat(np.arange(7), 40)
    assert fine_communities_split(components, by_crew)
    assert hub_communities(links, linkable, by_crew, 0.8, 5, 2).any()
    hubbed = _hub_groups(links, components, coarse, by_crew, rule)
    assert np.unique(hubbed).size == 7
