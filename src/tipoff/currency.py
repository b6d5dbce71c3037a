"""Losses in US dollars through a bundled, dated currency table.

The table (``data/usd_rates.json``) states its reference date and source. Losses are
converted at that one date's rate, not at the date of each payment: the harm ranking
needs comparable magnitudes, not accounting. A currency missing from the table yields
``None`` (the loss is then "unconverted", never silently zero).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources


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
