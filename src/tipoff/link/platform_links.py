"""A platform link and the handle it names are one value when linking.

``https://t.me/anna_support`` is Anna's Telegram account written as a link; intake stores
both the link and the handle it names (``telegram:anna_support``,
``tipoff.indicators.handle_links``), from the same words. Two values for one account is
double evidence: a step that stops one of them linking (a star value, a bridge, a service)
left the other holding the same reports together (the second independent world's OTC
broker, 28 reports in 15 crews, stayed a join through the link after its handle became a
bridge). So a report's sighting of a platform link is folded into its sighting of the
handle the link names: the handle alone carries the evidence, and whatever the linker
decides about the handle holds for the link.

The fold is per report and needs no lookup across reports, so a full relink
(``tipoff.link.stored_world.load_links``) and a live add (``tipoff.link.persistence``)
make the same decision from the same sightings. A link whose report does not cite the
handle it names (none today: extraction always stores both) keeps linking as itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

import numpy as np

from tipoff.indicators.handle_links import PLATFORM_HOSTS, handles_from_url
from tipoff.model import IndicatorKind

URL_KIND = IndicatorKind.URL.value
HANDLE_KIND = IndicatorKind.HANDLE.value

# SQL LIKE patterns that every stored platform link matches (canonical URLs keep the scheme
# and the host in lower case), so a store is asked only for the links that may name a handle.
PLATFORM_LINK_PATTERNS: tuple[str, ...] = tuple(f"%://{host}/%" for host in sorted(PLATFORM_HOSTS))


@lru_cache(maxsize=65536)
def named_handle(url: str) -> str | None:
    """The handle key (``telegram:anna_support``) a stored platform link names, else None."""
    found = handles_from_url(url, ())
    return found[0].value if found else None


def handle_of_links(
    links: Mapping[int, str], handles: Mapping[str, int], n_indicators: int
) -> np.ndarray:
    """Per indicator id: the handle indicator a platform link names (-1: none, or not a link).

    ``links``: indicator id -> URL of the platform links; ``handles``: handle key -> its
    indicator id.
    """
    out = np.full(n_indicators, -1, dtype=np.int64)
    for indicator, url in links.items():
        handle = named_handle(url)
        if handle is not None and handle in handles and indicator < n_indicators:
            out[indicator] = handles[handle]
    return out


def unfolded(
    report_idx: np.ndarray, indicator_idx: np.ndarray, handle_of: np.ndarray
) -> np.ndarray:
    """Bool per pair: False where the pair is a platform link whose report also cites the
    handle it names (the handle's pair carries it)."""
    report_idx = np.asarray(report_idx, dtype=np.int64)
    indicator_idx = np.asarray(indicator_idx, dtype=np.int64)
    keep = np.ones(indicator_idx.size, dtype=bool)
    if indicator_idx.size == 0 or handle_of.size == 0:
        return keep
    inside = indicator_idx < handle_of.size
    named = np.full(indicator_idx.size, -1, dtype=np.int64)
    named[inside] = handle_of[indicator_idx[inside]]
    folding = named >= 0
    if not folding.any():
        return keep
    width = max(int(indicator_idx.max()), int(named.max())) + 1
    cited = np.unique(report_idx * width + indicator_idx)
    wanted = report_idx[folding] * width + named[folding]
    keep[np.flatnonzero(folding)] = ~np.isin(wanted, cited)
    return keep


def folded_ids(rows: Iterable[tuple[int, str, str]]) -> set[int]:
    """Of one report's sightings ``(indicator id, kind, value)``: the platform links whose
    handle the report also cites (``unfolded``'s rule for a live add)."""
    rows = list(rows)
    handles = {value for _, kind, value in rows if kind == HANDLE_KIND}
    if not handles:
        return set()
    return {
        indicator
        for indicator, kind, value in rows
        if kind == URL_KIND and named_handle(value) in handles
    }
