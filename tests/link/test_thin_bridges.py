"""Step 7d: a value that alone and thinly joins two large parts of a network is a bridge."""

from __future__ import annotations

import numpy as np

from tipoff.link.components import Components, Links, link_components, make_links
from tipoff.link.hubs import HubPolicy
from tipoff.link.thin_bridges import thin_bridges

POLICY = HubPolicy(default_threshold=1 << 40)


def chain_crew(first: int, n: int, value: int) -> tuple[list[int], list[int]]:
    """Reports first..first+n-1, each citing value+i and value+i+1 (a chain: every value
    but the ends joins two reports), so the crew is one part with many articulation values."""
    rows, cols = [], []
    for i in range(n):
        rows += [first + i, first + i]
        cols += [value + i, value + i + 1]
    return rows, cols


def world(bridge_citations: tuple[list[int], list[int]]) -> tuple[Links, Components]:
    """Crew A: reports 0-79 (each cites its own phone, values 0-79, and the crew's site, 900);
    crew B: reports 100-179 (phones 100-179, site 901). One value (999) is cited by the
    listed reports of A and of B."""
    rows, cols = [], []
    for first, site in ((0, 900), (100, 901)):
        for r in range(first, first + 80):
            rows += [r, r]
            cols += [r, site]
    a, b = bridge_citations
    rows += a + b
    cols += [999] * (len(a) + len(b))
    n = 1000
    links = make_links(np.array(rows), np.array(cols), np.zeros(n, np.int8), np.zeros(n, bool))
    return links, link_components(links, POLICY)


def test_a_value_cited_by_few_reports_of_two_large_parts_is_a_thin_bridge() -> None:
    links, networks = world(([0, 1, 2, 3, 4], [100]))
    assert networks.labels[0] == networks.labels[100]
    thin = thin_bridges(links, networks.labels, min_part=50, thickness=0.1)
    assert np.flatnonzero(thin).tolist() == [999]
    # The crews' own sites also join 80 reports each, but taking one away leaves no two parts.


def test_a_value_both_large_parts_cite_thickly_stays() -> None:
    links, networks = world((list(range(0, 30)), list(range(100, 130))))
    assert not thin_bridges(links, networks.labels, min_part=50, thickness=0.1).any()
    # ... and with the bar above what either side cites (40 of 80 < 0.6), it is thin again.
    thin = thin_bridges(links, networks.labels, min_part=50, thickness=0.6)
    assert np.flatnonzero(thin).tolist() == [999]


def test_parts_under_the_minimum_are_no_parts() -> None:
    links, networks = world(([0, 1], [100]))
    assert not thin_bridges(links, networks.labels, min_part=81, thickness=0.1).any()
    assert not thin_bridges(links, networks.labels, min_part=0, thickness=0.1).any()


def test_a_sparse_chain_crew_is_cut_only_into_parts_it_really_falls_into() -> None:
    rows, cols = chain_crew(0, 200, 0)
    links = make_links(np.array(rows), np.array(cols), np.zeros(300, np.int8), np.zeros(300, bool))
    networks = link_components(links, POLICY)
    thin = thin_bridges(links, networks.labels, min_part=50, thickness=0.1)
    # Value v joins reports v-1 and v: taking it away leaves parts of v and 200-v reports,
    # each citing it once (1 < 0.1 * 50): thin wherever both parts have 50 reports or more.
    assert np.flatnonzero(thin).tolist() == list(range(50, 151))


def brute_force(links: Links, labels: np.ndarray, min_part: int, thickness: float) -> np.ndarray:
    """Remove each value in turn and look at the parts (the definition, quadratic)."""
    out = np.zeros(links.n_indicators, dtype=bool)
    nobody = np.zeros(links.n_indicators, dtype=bool)
    sizes = np.bincount(labels[labels >= 0])
    for net in np.flatnonzero(sizes >= 2 * min_part):
        sub = links.only(labels[links.report_idx] == net)
        members = np.flatnonzero(labels == net)
        counts = np.bincount(sub.indicator_idx, minlength=links.n_indicators)
        for value in np.flatnonzero(counts >= 2):
            parts = link_components(sub.only(sub.indicator_idx != value), POLICY, nobody).labels
            size = np.bincount(parts[members])
            citing = parts[sub.report_idx[sub.indicator_idx == value]]
            cited = np.bincount(citing, minlength=size.size)
            big = sorted((int(size[p]), int(cited[p])) for p in np.flatnonzero(size >= min_part))
            big = big[::-1][:2]
            if len(big) == 2 and any(c < thickness * s for s, c in big):
                out[value] = True
    return out


def test_same_values_as_removing_each_value_in_turn_on_random_worlds() -> None:
    rng = np.random.default_rng(5)
    for _ in range(6):
        n_reports, n_values = 400, 260
        rows = np.repeat(np.arange(n_reports), rng.integers(1, 4, n_reports))
        # Values drawn near the report's own number: long, sparse, chain-like networks.
        cols = np.clip(rows * n_values // n_reports + rng.integers(-3, 4, rows.size), 0, n_values)
        links = make_links(
            rows, cols, np.zeros(n_values + 1, np.int8), np.zeros(n_values + 1, bool)
        )
        labels = link_components(links, POLICY).labels
        for min_part, thickness in ((10, 0.1), (20, 0.3), (50, 0.1)):
            fast = thin_bridges(links, labels, min_part, thickness)
            assert (fast == brute_force(links, labels, min_part, thickness)).all()


def test_the_pipeline_cuts_a_thin_phone_but_leaves_a_thin_payee_to_the_payee_steps() -> None:
    from tipoff.link.hubs import KIND_CODES
    from tipoff.link.pipeline import SpreadRule, _thin_bridges

    for kind, cut in (("phone", True), ("bank_account", False)):
        links, networks = world(([0, 1, 2, 3, 4], [100]))
        kinds = np.full(links.n_indicators, KIND_CODES["phone"], np.int8)
        kinds[999] = KIND_CODES[kind]
        links = Links(links.report_idx, links.indicator_idx, links.present, kinds, links.common)
        networks = link_components(links, POLICY)
        none = np.zeros(links.n_indicators, dtype=bool)
        kept, bridges, final = _thin_bridges(links, POLICY, none, none, networks, SpreadRule())
        assert bool(bridges[999]) is cut
        assert bool(final.labels[0] != final.labels[100]) is cut
        assert (999 in kept.indicator_idx.tolist()) is not cut
