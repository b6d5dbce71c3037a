"""Thin cuts: fine communities merged back into crews where thickly joined, not otherwise."""

from __future__ import annotations

import numpy as np

from tipoff.link.components import make_links
from tipoff.link.thin_cuts import MAX_JOINED, crews_of_communities, join_counts


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
