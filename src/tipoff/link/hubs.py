"""Hubs: indicator values seen in so many reports that they would link unrelated cases.

A hub (an exchange hot wallet, a spoofed police switchboard nobody warninglisted yet, or
a real mule account used by hundreds of victims) is shown to analysts but never used to
join reports: a human decides whether it is infrastructure or a priority target
(docs/identifiers.md, "What must not link"). The threshold is per kind because a domain reaches
"hub" size much sooner than a bank account does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from tipoff.model import IndicatorKind
from tipoff.settings import Settings

KINDS: tuple[IndicatorKind, ...] = tuple(IndicatorKind)
KIND_CODES: dict[str, int] = {kind.value: code for code, kind in enumerate(KINDS)}


# A BIC names a bank, not an account: every customer of the bank shares it, so it never links.
NON_LINKING_KINDS: frozenset[str] = frozenset({IndicatorKind.BIC.value})


@dataclass(frozen=True, slots=True)
class HubPolicy:
    """An indicator seen in more than ``threshold(kind)`` reports is a hub.

    Kinds in ``non_linking`` never join reports (they are stored and shown, like a
    warninglisted value).
    """

    default_threshold: int = 50
    per_kind: Mapping[str, int] = field(default_factory=dict)
    non_linking: frozenset[str] = NON_LINKING_KINDS

    def threshold(self, kind: str | IndicatorKind) -> int:
        return int(self.per_kind.get(IndicatorKind(kind).value, self.default_threshold))

    def thresholds(self) -> np.ndarray:
        """Threshold per kind code, for vectorised checks."""
        return np.array([self.threshold(kind) for kind in KINDS], dtype=np.int64)

    @classmethod
    def from_settings(cls, settings: Settings) -> HubPolicy:
        """The instance's policy: ``hub_threshold`` and ``hub_threshold_by_kind``."""
        per_kind = dict(settings.hub_threshold_by_kind)
        for name in per_kind:
            IndicatorKind(name)  # an unknown kind in the configuration is an error, not ignored
        return cls(settings.hub_threshold, per_kind)


def report_counts(indicator_idx: np.ndarray, n_indicators: int) -> np.ndarray:
    """Number of reports citing each indicator (links must already be deduplicated)."""
    return np.bincount(indicator_idx, minlength=n_indicators).astype(np.int64)


def hub_mask(counts: np.ndarray, kinds: np.ndarray, policy: HubPolicy) -> np.ndarray:
    """True where an indicator's report count is over its kind's threshold."""
    over: np.ndarray = counts > policy.thresholds()[kinds]
    return over


def non_linking_kind_mask(kinds: np.ndarray, policy: HubPolicy) -> np.ndarray:
    """True where the indicator's kind never links (a BIC)."""
    codes = [KIND_CODES[name] for name in policy.non_linking]
    return np.isin(kinds, codes)


def linkable_mask(
    counts: np.ndarray, kinds: np.ndarray, common: np.ndarray, policy: HubPolicy
) -> np.ndarray:
    """Indicators that may join reports: not warninglisted (common), not a hub, of a linking
    kind."""
    linkable: np.ndarray = (
        ~common & ~hub_mask(counts, kinds, policy) & ~non_linking_kind_mask(kinds, policy)
    )
    return linkable
