"""Harm statistics of networks and the harm score that ranks them.

Inputs are per-report columns (network label, time received, loss in USD, country code,
scam-type code, victim key code); every statistic is a vectorised group-by over them.

Harm score (documented in docs/networks.md):

    harm = log10(1 + loss_usd)
         + 2 · log10(1 + victims)
         + 0.5 · max(0, countries − 1)
         + log10(1 + reports in the last 30 days)

Money is on a log scale (a US$1M network outranks a US$10k one by 2 points, not 100×), a
victim counts twice as much as an order of magnitude of money, each extra victim country
adds half a point because cross-border networks are the ones only cooperation can stop,
and recent activity adds urgency. Unknown losses count as zero, never as a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

import numpy as np

from tipoff.currency import sum_usd_by_group

SECONDS_PER_DAY = 86_400.0
SortField = Literal[
    "harm_score",
    "victims",
    "reports",
    "loss_usd",
    "countries",
    "scam_types",
    "first_seen",
    "last_seen",
    "growth_7d",
    "growth_30d",
]
SORT_FIELDS: tuple[str, ...] = get_args(SortField)


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """One row per report: the columns harm is computed from (codes: -1 = unknown)."""

    network: np.ndarray  # int64 dense network label 0..k-1
    received_at: np.ndarray  # float64 epoch seconds (NaN unknown)
    loss_usd: np.ndarray  # float64 (NaN unknown)
    country: np.ndarray  # int64 code
    scam_type: np.ndarray  # int64 code
    victim: np.ndarray  # int64 pseudonymous victim code; -1: count the report as its own victim


@dataclass(frozen=True, slots=True)
class HarmTable:
    """Per network label: the statistics analysts sort and filter by."""

    reports: np.ndarray
    victims: np.ndarray
    loss_usd: np.ndarray
    countries: np.ndarray
    scam_types: np.ndarray
    first_seen: np.ndarray  # epoch seconds, NaN if no report has a time
    last_seen: np.ndarray
    growth_7d: np.ndarray  # reports received in the 7 days before ``now``
    growth_30d: np.ndarray
    harm_score: np.ndarray


def harm_score(
    loss_usd: np.ndarray, victims: np.ndarray, countries: np.ndarray, growth_30d: np.ndarray
) -> np.ndarray:
    """The documented harm score (see the module docstring)."""
    score: np.ndarray = (
        np.log10(1 + loss_usd)
        + 2 * np.log10(1 + victims)
        + 0.5 * np.maximum(0, countries - 1)
        + np.log10(1 + growth_30d)
    )
    return score


def _distinct_per_network(network: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Number of distinct known (>= 0) values per network."""
    known = values >= 0
    if not known.any():
        return np.zeros(n, dtype=np.int64)
    modulus = int(values[known].max()) + 1
    pairs = np.unique(network[known] * modulus + values[known])
    return np.bincount(pairs // modulus, minlength=n)


def _extreme_time(network: np.ndarray, times: np.ndarray, n: int, use_max: bool) -> np.ndarray:
    known = ~np.isnan(times)
    out = np.full(n, -np.inf if use_max else np.inf)
    (np.maximum if use_max else np.minimum).at(out, network[known], times[known])
    out[np.isinf(out)] = np.nan
    return out


def _received_within(
    network: np.ndarray, times: np.ndarray, n: int, now: float, days: int
) -> np.ndarray:
    """Reports per network received in the ``days`` before ``now``."""
    recent = (times >= now - days * SECONDS_PER_DAY) & (times <= now)
    return np.bincount(network[recent], minlength=n).astype(np.int64)


def harm_table(facts: ReportFacts, n_networks: int, now: float) -> HarmTable:
    """Statistics of every network; ``now`` (epoch seconds) anchors the growth windows."""
    net, n = facts.network, n_networks
    # A report without a victim key stands for its own victim: give it a unique code.
    victim = np.where(facts.victim >= 0, facts.victim, -1)
    unknown = victim < 0
    victim[unknown] = (victim.max(initial=-1) + 1) + np.arange(int(unknown.sum()))
    loss = sum_usd_by_group(net, facts.loss_usd, n)
    countries = _distinct_per_network(net, facts.country, n)
    times = facts.received_at
    growth_7d, growth_30d = (_received_within(net, times, n, now, days) for days in (7, 30))
    victims = _distinct_per_network(net, victim, n)
    return HarmTable(
        np.bincount(net, minlength=n),
        victims,
        loss,
        countries,
        _distinct_per_network(net, facts.scam_type, n),
        _extreme_time(net, times, n, use_max=False),
        _extreme_time(net, times, n, use_max=True),
        growth_7d,
        growth_30d,
        harm_score(loss, victims, countries, growth_30d),
    )
