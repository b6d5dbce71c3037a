""""Why linked": the shortest chain of shared identifiers between two reports of a network.

The search itself is ``tipoff.link.explain.shortest_chain``; this module feeds it the
network's linkable sightings (no warninglisted values, no hubs: they never made a link)
and labels the steps. A report on the path that the viewer may not see under TLP is named
as such, without its id or link.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Connection

from tipoff.link.explain import ChainStep
from tipoff.link.hubs import HubPolicy
from tipoff.store.records import Agency
from tipoff.web import network_data as nd

ChainFinder = Callable[[np.ndarray, np.ndarray, int, int], list[ChainStep] | None]


@dataclass(frozen=True, slots=True)
class Step:
    kind: str  # "report" | "indicator" | "hidden"
    id: int
    label: str


def linkable_pairs(
    edges: list[tuple[int, int, str, bool, int]], policy: HubPolicy
) -> tuple[np.ndarray, np.ndarray]:
    """(report ids, indicator ids) of the sightings that may link reports."""
    kept = [(r, i) for r, i, kind, common, count in edges if not common and count <= policy.threshold(kind)]
    pairs = np.array(kept, dtype=np.int64).reshape(-1, 2)
    return pairs[:, 0], pairs[:, 1]


def _label(connection: Connection, chain: list[ChainStep], viewer: Agency) -> list[Step]:
    report_ids = [s.id for s in chain if s.kind == "report"]
    indicator_ids = [s.id for s in chain if s.kind == "indicator"]
    reports = nd.report_labels(connection, report_ids, viewer)
    indicators = nd.indicator_labels(connection, indicator_ids)
    steps = []
    for s in chain:
        if s.kind == "indicator":
            steps.append(Step("indicator", s.id, indicators.get(s.id, f"indicator {s.id}")))
        elif s.id in reports:
            steps.append(Step("report", s.id, reports[s.id]))
        else:
            steps.append(Step("hidden", 0, "a report your agency may not see (TLP)"))
    return steps


def explain_chain(
    connection: Connection, network_id: int, a: int, b: int, viewer: Agency, policy: HubPolicy,
    find: ChainFinder,
) -> tuple[list[Step], str | None]:
    """The labelled chain from report ``a`` to report ``b``, or an error to show instead."""
    visible = nd.report_labels(connection, [a, b], viewer)
    if a not in visible or b not in visible:
        return [], "Choose two reports of this network that your agency can see."
    edges = nd.member_edges(connection, network_id)
    members = {e[0] for e in edges}
    if a not in members or b not in members:
        return [], "Both reports must belong to this network."
    reports, indicators = linkable_pairs(edges, policy)
    chain = find(reports, indicators, a, b)
    if chain is None:
        return [], (
            "No chain of linkable identifiers joins these reports now (a value they shared may "
            "have become a hub since the last relink)."
        )
    return _label(connection, chain, viewer), None

