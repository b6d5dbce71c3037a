"""Losses in US dollars through a bundled, dated currency table.

The table (``data/usd_rates.json``) states its reference date and source. Losses are
converted at that one date's rate, not at the date of each payment: the harm ranking
needs comparable magnitudes, not accounting. A currency missing from the table yields
``None`` (the loss is then "unconverted", never silently zero).

Amounts in US dollars carry two decimals; sums of them are added in whole cents and turned
back into dollars once, so a total reads 36967850.05, never 36967850.05000002.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import numpy as np


@dataclass(frozen=True, slots=True)
class RateTable:
    """US dollars per unit of each currency, as of ``as_of``."""

    as_of: str
    source: str
    usd_per_unit: dict[str, float]

    def to_usd(self, amount: float | Decimal | None, currency: str | None) -> float | None:
        """``amount`` in US dollars, or None when the amount or the currency is unknown."""
        if amount is None or currency is None:
            return None
        rate = self.usd_per_unit.get(currency.strip().upper())
        if rate is None:
            return None
        return round(float(amount) * rate, 2)


@lru_cache(maxsize=1)
def bundled_rates() -> RateTable:
    """The currency table shipped with tipoff (read once, then cached)."""
    text = resources.files("tipoff").joinpath("data/usd_rates.json").read_text("utf-8")
    raw = json.loads(text)
    return RateTable(
        raw["as_of"], raw["source"], {k: float(v) for k, v in raw["usd_per_unit"].items()}
    )


def to_usd(amount: float | Decimal | None, currency: str | None) -> float | None:
    """Convert with the bundled table (see ``RateTable.to_usd``)."""
    return bundled_rates().to_usd(amount, currency)


def usd_cents(amount: float | None) -> int:
    """A US-dollar amount as whole cents (None or NaN: unknown, counts as nothing)."""
    return 0 if amount is None or amount != amount else round(amount * 100)


def usd_from_cents(cents: int) -> float:
    """Whole cents as US dollars: the float nearest the two-decimal amount."""
    return cents / 100


def sum_usd(amounts: Iterable[float | None]) -> float:
    """The total of US-dollar amounts, added in whole cents."""
    return usd_from_cents(sum(usd_cents(amount) for amount in amounts))


def total_usd(amounts: np.ndarray) -> float:
    """The total of an array of US-dollar amounts (NaN for unknown), added in whole cents."""
    return float(_cents(amounts).sum() / 100)


def sum_usd_by_group(groups: np.ndarray, amounts: np.ndarray, n_groups: int) -> np.ndarray:
    """The total of ``amounts`` (US dollars, NaN for unknown) per group index, added in whole
    cents."""
    totals: np.ndarray = np.bincount(groups, weights=_cents(amounts), minlength=n_groups) / 100
    return totals


def _cents(amounts: np.ndarray) -> np.ndarray:
    # Whole cents held in float64: sums of them are exact below 2**53 cents (90 trillion USD).
    cents: np.ndarray = np.rint(np.nan_to_num(amounts.astype(np.float64), nan=0.0) * 100)
    return cents
