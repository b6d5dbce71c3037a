"""Leiden split, harm statistics, explanations, currency table."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tipoff.currency import bundled_rates, to_usd
from tipoff.link.communities import split_oversized
from tipoff.link.components import link_components, make_links
from tipoff.link.harm import ReportFacts, harm_score, harm_table
from tipoff.link.hubs import KIND_CODES, HubPolicy

PHONE = KIND_CODES["phone"]


def two_groups_and_a_bridge() -> tuple[np.ndarray, np.ndarray]:
    """Reports 0-19 share indicators 0-4, reports 20-39 share 10-14; report 19 also cites 10."""
    rows, cols = [], []
    for r in range(40):
        base = 0 if r < 20 else 10
        for i in range(base, base + 5):
            if (r + i) % 5 != 0:
                rows.append(r)
                cols.append(i)
    rows.append(19)
    cols.append(10)
    return np.array(rows), np.array(cols)


def test_oversized_component_splits_into_its_two_groups() -> None:
    rows, cols = two_groups_and_a_bridge()
    links = make_links(rows, cols, np.full(15, PHONE, np.int8), np.zeros(15, bool))
    components = link_components(links, HubPolicy(100))
    assert components.n_components == 1
    sub = split_oversized(links, components, min_size=10, seed=1)
    assert set(sub[:19].tolist()) == {sub[0]}
    assert set(sub[20:].tolist()) == {sub[20]}
    assert sub[0] != sub[20] and set(sub.tolist()) == {1, 2}
    assert np.array_equal(sub, split_oversized(links, components, min_size=10, seed=1))


def test_small_components_are_not_split() -> None:
    rows, cols = two_groups_and_a_bridge()
    links = make_links(rows, cols, np.full(15, PHONE, np.int8), np.zeros(15, bool))
    components = link_components(links, HubPolicy(100))
    assert not split_oversized(links, components, min_size=40).any()


def test_harm_statistics_and_score() -> None:
    day = 86_400.0
    now = 100 * day
    facts = ReportFacts(
        network=np.array([0, 0, 0, 1]),
        received_at=np.array([now - 2 * day, now - 20 * day, now - 60 * day, np.nan]),
        loss_usd=np.array([1000.0, np.nan, 500.0, 99.0]),
        country=np.array([0, 1, 1, -1]),
        scam_type=np.array([3, 3, -1, 2]),
        victim=np.array([7, 7, -1, -1]),
    )
    table = harm_table(facts, 2, now)
    assert table.reports.tolist() == [3, 1]
    assert table.victims.tolist() == [2, 1]  # victim 7 reported twice
    assert table.loss_usd.tolist() == [1500.0, 99.0]
    assert table.countries.tolist() == [2, 0]
    assert table.scam_types.tolist() == [1, 1]
    assert table.first_seen[0] == now - 60 * day and table.last_seen[0] == now - 2 * day
    assert math.isnan(table.first_seen[1])
    assert table.growth_7d.tolist() == [1, 0] and table.growth_30d.tolist() == [2, 0]
    expected = math.log10(1501) + 2 * math.log10(3) + 0.5 * 1 + math.log10(3)
    assert table.harm_score[0] == pytest.approx(expected)


def test_network_losses_are_added_in_whole_cents() -> None:
    facts = ReportFacts(
        network=np.array([0, 0, 1, 1, 1]),
        received_at=np.full(5, np.nan),
        loss_usd=np.array([0.1, 0.2, 36967850.0, 0.03, 0.02]),
        country=np.full(5, -1),
        scam_type=np.full(5, -1),
        victim=np.full(5, -1),
    )
    # A float sum gives 0.30000000000000004 and 36967850.050000004.
    assert harm_table(facts, 2, 0.0).loss_usd.tolist() == [0.3, 36967850.05]


def test_harm_score_grows_with_each_factor() -> None:
    base = harm_score(np.array([1e4]), np.array([5]), np.array([1]), np.array([0]))[0]
    assert harm_score(np.array([1e6]), np.array([5]), np.array([1]), np.array([0]))[
        0
    ] == pytest.approx(base + 2, abs=0.01)
    assert harm_score(np.array([1e4]), np.array([50]), np.array([1]), np.array([0]))[0] > base
    assert harm_score(np.array([1e4]), np.array([5]), np.array([3]), np.array([0]))[
        0
    ] == pytest.approx(base + 1)
    assert harm_score(np.array([1e4]), np.array([5]), np.array([1]), np.array([9]))[
        0
    ] == pytest.approx(base + 1)


def test_currency_table_is_dated_and_converts() -> None:
    rates = bundled_rates()
    assert rates.as_of == "2025-02-28" and "European Central Bank" in rates.source
    assert to_usd(100, "USD") == 100.0
    assert to_usd(15696, "JPY") == pytest.approx(104.11, abs=0.01)
    assert to_usd(1000, "usdt") == 1000.0
    assert to_usd(5, "XXX") is None and to_usd(None, "USD") is None
