"""Sums of US-dollar amounts are added in whole cents: no float noise reaches a total."""

from __future__ import annotations

import random
from decimal import Decimal

import numpy as np

from tipoff.currency import sum_usd, sum_usd_by_group, total_usd, usd_cents


def _amounts(n: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    return [rng.randrange(1, 10**9) / 100 for _ in range(n)]


def _exact(amounts: list[float]) -> float:
    return float(sum(Decimal(repr(a)) for a in amounts))


def test_a_total_is_the_exact_two_decimal_sum() -> None:
    assert 0.1 + 0.2 != 0.3
    assert sum_usd([0.1, 0.2]) == 0.3
    amounts = _amounts(5000, 7)
    assert sum(amounts) != _exact(amounts)  # the plain float sum carries noise
    assert sum_usd(amounts) == _exact(amounts)
    assert repr(sum_usd([36967850.0, 0.05])) == "36967850.05"


def test_unknown_amounts_count_as_nothing() -> None:
    assert sum_usd([None, 1.25, float("nan")]) == 1.25
    assert usd_cents(None) == 0 and usd_cents(19.99) == 1999


def test_array_totals_per_group_and_overall() -> None:
    amounts = _amounts(3000, 11)
    groups = np.array([i % 3 for i in range(len(amounts))])
    values = np.array([*amounts, np.nan])
    per_group = sum_usd_by_group(np.append(groups, 0), values, 4)
    assert per_group.tolist() == [_exact(amounts[g::3]) for g in range(3)] + [0.0]
    assert total_usd(values) == _exact(amounts)
