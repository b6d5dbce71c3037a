"""Union-find index: incremental adds agree with a full rebuild; ids stay stable."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tipoff.link.components import link_components, make_links
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.index import NetworkIndex

PHONE = KIND_CODES["phone"]
NO_HUBS = HubPolicy(default_threshold=10_000)


def partition(labels: np.ndarray) -> set[frozenset[int]]:
    """Partition of present report ids as a set of blocks (label values ignored)."""
    blocks: dict[int, set[int]] = {}
    for report, label in enumerate(labels.tolist()):
        if label >= 0:
            blocks.setdefault(label, set()).add(report)
    return {frozenset(b) for b in blocks.values()}


reports_strategy = st.lists(st.lists(st.integers(0, 30), max_size=4), min_size=1, max_size=40)


@settings(max_examples=150, deadline=None)
@given(reports=reports_strategy, common=st.sets(st.integers(0, 30), max_size=5))
def test_incremental_equals_full_rebuild(reports: list[list[int]], common: set[int]) -> None:
    index = NetworkIndex(NO_HUBS)
    for report_id, indicators in enumerate(reports):
        index.add_report(report_id, [(i, PHONE, i in common) for i in indicators])
    pairs = [(r, i) for r, inds in enumerate(reports) for i in inds]
    present = np.ones(len(reports), dtype=bool)
    kinds = np.full(31, PHONE, np.int8)
    common_mask = np.isin(np.arange(31), list(common))
    links = make_links(
        np.array([p[0] for p in pairs], np.int64),
        np.array([p[1] for p in pairs], np.int64),
        kinds,
        common_mask,
        present,
    )
    full = link_components(links, NO_HUBS)
    assert partition(index.labels()[: len(reports)]) == partition(full.labels)


@settings(max_examples=60, deadline=None)
@given(reports=reports_strategy, split=st.integers(0, 40))
def test_adds_after_a_build_equal_a_full_rebuild(reports: list[list[int]], split: int) -> None:
    split = min(split, len(reports))
    kinds, common = np.full(31, PHONE, np.int8), np.zeros(31, bool)

    def links_of(rows: list[list[int]], n: int):
        pairs = [(r, i) for r, inds in enumerate(rows) for i in inds]
        present = np.zeros(n, bool)
        present[: len(rows)] = True
        return make_links(
            np.array([p[0] for p in pairs], np.int64),
            np.array([p[1] for p in pairs], np.int64),
            kinds,
            common,
            present,
        )

    index, _, _ = NetworkIndex.build(links_of(reports[:split], split), NO_HUBS)
    for report_id in range(split, len(reports)):
        index.add_report(report_id, [(i, PHONE, False) for i in reports[report_id]])
    full = link_components(links_of(reports, len(reports)), NO_HUBS)
    assert partition(index.labels()[: len(reports)]) == partition(full.labels)


def test_merge_keeps_the_larger_network_id_and_redirects_the_other() -> None:
    index = NetworkIndex(NO_HUBS)
    big = index.add_report(0, [(1, PHONE, False)]).network_id
    index.add_report(1, [(1, PHONE, False)])
    small = index.add_report(2, [(2, PHONE, False)]).network_id
    assert big != small
    result = index.add_report(3, [(1, PHONE, False), (2, PHONE, False)], at=1700000000.0)
    assert result.network_id == big
    assert [(m.old_id, m.new_id, m.merged_at) for m in result.merged] == [
        (small, big, 1700000000.0)
    ]
    assert index.resolve(small) == big
    assert {index.network_of(r) for r in range(4)} == {big}


def test_merge_of_equal_networks_keeps_the_older_id() -> None:
    index = NetworkIndex(NO_HUBS)
    first = index.add_report(0, [(1, PHONE, False)]).network_id
    second = index.add_report(1, [(2, PHONE, False)]).network_id
    assert index.add_report(2, [(2, PHONE, False), (1, PHONE, False)]).network_id == min(
        first, second
    )


def test_redirect_chains_resolve_to_the_live_network() -> None:
    index = NetworkIndex(NO_HUBS)
    a = index.add_report(0, [(1, PHONE, False)]).network_id
    b = index.add_report(1, [(2, PHONE, False)]).network_id
    index.add_report(2, [(1, PHONE, False), (3, PHONE, False)])
    index.add_report(3, [(2, PHONE, False), (9, PHONE, False)])
    c = index.add_report(4, [(1, PHONE, False), (2, PHONE, False)]).network_id
    assert index.resolve(a) == index.resolve(b) == c


def test_common_values_and_hubs_do_not_link() -> None:
    policy = HubPolicy(default_threshold=2)
    index = NetworkIndex(policy)
    index.add_report(0, [(7, PHONE, True)])
    index.add_report(1, [(7, PHONE, True)])
    assert index.network_of(0) != index.network_of(1)
    # indicator 5 links its first two reports; the third pushes it over the threshold.
    index.add_report(10, [(5, PHONE, False)])
    index.add_report(11, [(5, PHONE, False)])
    index.add_report(12, [(5, PHONE, False)])
    assert index.network_of(10) == index.network_of(11) != index.network_of(12)
    assert not index.is_linkable(5)
    # a full relink re-decides: the hub links nobody any more.
    links = make_links(
        np.array([10, 11, 12]), np.array([5, 5, 5]), np.full(6, PHONE, np.int8), np.zeros(6, bool)
    )
    assert len(set(link_components(links, policy).labels[[10, 11, 12]].tolist())) == 3


def test_per_kind_threshold() -> None:
    policy = HubPolicy(default_threshold=50, per_kind={"domain": 1})
    assert policy.threshold("domain") == 1 and policy.threshold("phone") == 50
    domain = KIND_CODES["domain"]
    index = NetworkIndex(policy)
    index.add_report(0, [(3, domain, False)])
    index.add_report(1, [(3, domain, False)])
    assert index.network_of(0) != index.network_of(1)


def test_relink_keeps_ids_and_gives_a_split_off_part_a_new_id() -> None:
    kinds, common = np.full(10, PHONE, np.int8), np.zeros(10, bool)
    # reports 0-2 share indicator 1, report 3 joins them via indicator 2.
    before = make_links(np.array([0, 1, 2, 2, 3]), np.array([1, 1, 1, 2, 2]), kinds, common)
    index, first, _ = NetworkIndex.build(before, NO_HUBS, next_id=100)
    old_id = index.network_of(0)
    # warninglisting indicator 2 cuts report 3 off; reports 0-2 keep the id.
    cut = make_links(
        np.array([0, 1, 2, 2, 3]), np.array([1, 1, 1, 2, 2]), kinds, np.isin(np.arange(10), [2])
    )
    index2, second, _ = NetworkIndex.build(
        cut, NO_HUBS, previous=index.labels(), next_id=first.next_id
    )
    assert index2.network_of(0) == old_id
    assert index2.network_of(3) == first.next_id
    assert second.redirects == []


def test_relink_merge_redirects_the_smaller_id() -> None:
    kinds, common = np.full(10, PHONE, np.int8), np.zeros(10, bool)
    apart = make_links(np.array([0, 1, 2]), np.array([1, 1, 2]), kinds, common)
    index, ids, _ = NetworkIndex.build(apart, NO_HUBS)
    big, small = index.network_of(0), index.network_of(2)
    joined = make_links(np.array([0, 1, 2, 2]), np.array([1, 1, 2, 1]), kinds, common)
    index2, ids2, _ = NetworkIndex.build(
        joined, NO_HUBS, previous=index.labels(), next_id=ids.next_id
    )
    assert index2.network_of(2) == big
    assert ids2.redirects == [(small, big)]
    assert index2.resolve(small) == big


def test_reports_without_indicators_are_singleton_networks() -> None:
    index = NetworkIndex(NO_HUBS)
    assert index.add_report(0, []).network_id != index.add_report(1, []).network_id
    assert index.contains(1) and not index.contains(2)


@settings(max_examples=150, deadline=None)
@given(
    previous=st.lists(st.integers(-1, 6), min_size=1, max_size=40),
    labels_seed=st.lists(st.integers(0, 5), min_size=40, max_size=40),
)
def test_carried_ids_are_unique_and_every_retired_id_redirects(
    previous: list[int], labels_seed: list[int]
) -> None:
    from tipoff.link.stable_ids import carry_ids

    old = np.array(previous, dtype=np.int64)
    raw = np.array(labels_seed[: old.size], dtype=np.int64)
    labels = np.unique(raw, return_inverse=True)[1]
    n_components = int(labels.max()) + 1
    result = carry_ids(old, labels, n_components, next_id=100)
    ids = result.network_of_label.tolist()
    assert len(set(ids)) == len(ids)  # no two networks share an id
    kept = set(ids) & set(old[old >= 0].tolist())
    retired = {o for o, _ in result.redirects}
    assert kept.isdisjoint(retired)
    assert kept | retired == set(old[old >= 0].tolist())  # every old id is kept or redirected
    assert all(target in ids for _, target in result.redirects)
    for label, network_id in enumerate(
        ids
    ):  # a kept id goes to a component holding some of its reports
        if network_id < 100:
            assert network_id in old[labels == label].tolist()
