"""Thin cuts: fine communities merged back into crews where thickly joined, not otherwise."""

from __future__ import annotations

import numpy as np

from tipoff.link.components import make_links
from tipoff.link.thin_cuts import MAX_JOINED, crews_of_communities, join_counts, merge_halves


def world(joins: list[tuple[int, list[int]]], communities: np.ndarray) -> tuple:
    """Each report cites its community's own value (id 100 + community); ``joins`` adds a
    value (id 200+) cited by the listed reports."""
    rows = list(range(communities.size))
    cols = [100 + int(c) for c in communities]
    for k, (_, reports) in enumerate(joins):
        rows += reports
        cols += [200 + k] * len(reports)
    n_values = 200 + len(joins)
    links = make_links(
        np.array(rows), np.array(cols), np.zeros(n_values, np.int8), np.zeros(n_values, bool)
    )
    return links, np.ones(n_values, bool)


def test_join_counts_are_the_reports_of_each_side_citing_a_shared_value() -> None:
    communities = np.repeat([0, 1, 2], [10, 10, 10])
    links, values = world([(0, [0, 1, 10]), (0, [2, 20, 21])], communities)
    assert join_counts(links, values, communities) == {(0, 1): [2, 1], (0, 2): [1, 2]}


def test_a_thick_join_merges_a_thin_one_does_not_and_small_communities_are_no_crew() -> None:
    # 0 and 1 (100 reports each): 12 of 1's reports cite a value 3 of 0's cite: thick (0.12).
    # 2 (100 reports) and 0: 5 and 5 reports: thin on both sides (0.05). 3 has 5 reports.
    communities = np.repeat([0, 1, 2, 3], [100, 100, 100, 5])
    joins = [
        (0, [0, 1, 2, *range(100, 112)]),
        (0, [*range(10, 15), *range(200, 205)]),
        (0, [20, 300]),
    ]
    links, values = world(joins, communities)
    crews = crews_of_communities(links, values, communities, min_size=10, thickness=0.1)
    assert crews[0] == crews[150] != crews[250]
    assert (crews[300:] == -1).all()
    # A lower bar merges 2 as well; an impossible one merges nothing.
    low = crews_of_communities(links, values, communities, min_size=10, thickness=0.05)
    assert low[0] == low[250]
    never = crews_of_communities(links, values, communities, min_size=10, thickness=2.0)
    assert len({never[0], never[150], never[250]}) == 3


def test_a_value_cited_from_many_communities_is_no_join() -> None:
    communities = np.repeat(np.arange(MAX_JOINED + 1), 10)
    links, values = world([(0, list(range(0, communities.size, 10)))], communities)
    assert join_counts(links, values, communities) == {}


def halves_world(n_joining: int, reports_per_side: int) -> tuple:
    """Communities 0 and 1 (100 reports each) joined by ``n_joining`` values, each cited by
    ``reports_per_side`` reports of each side; community 2 has 5 reports."""
    communities = np.repeat([0, 1, 2], [100, 100, 5])
    joins = []
    for k in range(n_joining):
        first = (k * reports_per_side) % 100
        side = list(range(first, first + reports_per_side))
        joins.append((0, [*side, *(100 + r for r in side)]))
    return world(joins, communities), communities


def test_halves_joined_through_many_values_from_both_sides_merge_back() -> None:
    (links, values), communities = halves_world(n_joining=12, reports_per_side=2)
    merged = merge_halves(links, values, communities, 10, 0.1, 10, 0.05)
    assert merged[0] == merged[150]
    assert merged[200] != merged[0]  # a small community keeps its own label
    assert (merged[communities == 2] == merged[200]).all()


def test_crews_joined_by_a_few_values_or_thinly_stay_apart() -> None:
    # A laundering service: 3 accounts, however many reports cite them.
    (links, values), communities = halves_world(n_joining=3, reports_per_side=10)
    merged = merge_halves(links, values, communities, 10, 0.1, 10, 0.05)
    assert merged[0] != merged[150]
    # Many values, but one citation each from a side of 300 reports: thin from that side.
    communities = np.repeat([0, 1], [100, 300])
    joins = [(0, [k, 100 + k]) for k in range(12)]
    links, values = world(joins, communities)
    merged = merge_halves(links, values, communities, 10, 0.1, 10, 0.05)
    assert merged[0] != merged[150]


def test_many_joining_values_that_are_a_small_share_of_either_side_stay_apart() -> None:
    (links, _), communities = halves_world(n_joining=12, reports_per_side=2)
    # Each report also cites 3 values of its own: 12 joining values are under 5 % of a
    # side's 313.
    rows = [*links.report_idx.tolist(), *np.repeat(np.arange(200), 3).tolist()]
    cols = [*links.indicator_idx.tolist(), *range(1000, 1600)]
    n_values = 1600
    busy = make_links(
        np.array(rows), np.array(cols), np.zeros(n_values, np.int8), np.zeros(n_values, bool)
    )
    merged = merge_halves(busy, np.ones(n_values, bool), communities, 10, 0.1, 10, 0.05)
    assert merged[0] != merged[150]
    assert (
        merge_halves(busy, np.ones(n_values, bool), communities, 10, 0.1, 10, 0.01)[0]
        == (merge_halves(busy, np.ones(n_values, bool), communities, 10, 0.1, 10, 0.01)[150])
    )
