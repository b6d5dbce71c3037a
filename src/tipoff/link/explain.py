"""Why are two reports in the same network? The shortest chain of shared identifiers.

Breadth-first search in the bipartite report–indicator graph of one network finds the
fewest hops: report A → +855 12 345 678 → report B → wallet T… → report C. Only linkable
indicators are given to it (hubs and warninglisted values never explain a link, because
they never made one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import breadth_first_order

NodeKind = Literal["report", "indicator"]


@dataclass(frozen=True, slots=True)
class ChainStep:
    """One node of an explanation chain."""

    kind: NodeKind
    id: int


def shortest_chain(
    report_idx: np.ndarray, indicator_idx: np.ndarray, source: int, target: int
) -> list[ChainStep] | None:
    """Fewest-hop chain from report ``source`` to report ``target``; None if not joined."""
    reports, report_local = np.unique(report_idx, return_inverse=True)
    indicators, indicator_local = np.unique(indicator_idx, return_inverse=True)
    positions = np.searchsorted(reports, [source, target])
    if (
        reports.size == 0
        or np.any(positions >= reports.size)
        or np.any(reports[positions] != [source, target])
    ):
        return None
    if source == target:
        return [ChainStep("report", source)]
    n = reports.size + indicators.size
    rows, cols = report_local, indicator_local + reports.size
    graph = coo_matrix((np.ones(rows.size, np.int8), (rows, cols)), shape=(n, n)).tocsr()
    _, predecessors = breadth_first_order(
        graph, int(positions[0]), directed=False, return_predecessors=True
    )
    return _walk_back(predecessors, int(positions[0]), int(positions[1]), reports, indicators)


def _walk_back(
    predecessors: np.ndarray, start: int, node: int, reports: np.ndarray, indicators: np.ndarray
) -> list[ChainStep] | None:
    if predecessors[node] < 0:
        return None
    path = [node]
    while path[-1] != start:
        path.append(int(predecessors[path[-1]]))
    return [
        ChainStep("report", int(reports[p]))
        if p < reports.size
        else ChainStep("indicator", int(indicators[p - reports.size]))
        for p in reversed(path)
    ]


def format_chain(
    chain: list[ChainStep],
    report_label: Callable[[int], str],
    indicator_label: Callable[[int], str],
) -> str:
    """Render a chain as text: ``report A → +85512345678 → report B``."""
    parts = [report_label(s.id) if s.kind == "report" else indicator_label(s.id) for s in chain]
    return " → ".join(parts)
