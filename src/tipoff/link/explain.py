"""Why are two reports in the same network? The shortest chain of shared identifiers.

The one "why linked" search of tipoff (API, CLI and dashboard call ``why_linked``):
report A → +855 12 345 678 → report B → wallet T… → report C, over the part of the network
the viewer may see. Both ends must be member reports the viewer may see (otherwise the same
NotFound as an unknown network or report), and the chain passes only through reports the
viewer may see, so every identifier on it is cited by a visible report. Like linking itself,
it never passes through a warninglisted value, a hub or a kind that does not link: they
never made a link.

The search walks out from both reports at once through the indexed sightings table, one hop
per query, and stops where the two walks meet, so it reads only the neighbourhood of the two
reports (loading every sighting of a network of 100,000 reports first took seconds).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Connection, select

from tipoff.errors import NotFound
from tipoff.link.evidence import NON_LINKING_ROLES
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_detail import hub_reason, hub_reasons, visible_members, visible_network
from tipoff.store.tables import indicators, reports, sightings
from tipoff.visibility import Viewer

NodeKind = Literal["report", "indicator"]
CHUNK = 900  # stay under SQLite's bound-parameter limit
MAX_FRONTIER = 50_000  # beyond this the two reports are too far apart to explain usefully
# One message whether a report is absent, outside the network or hidden from the viewer.
NOT_A_VISIBLE_MEMBER = "both reports must be reports of this network that you may see"

Node = tuple[str, int]  # ("r", report id) or ("i", indicator id)


@dataclass(frozen=True, slots=True)
class ChainStep:
    """One node of an explanation chain: a report (label: its external id) or an indicator
    (label: ``kind:value``)."""

    kind: NodeKind
    id: int
    label: str = ""


def _chunks(values: Iterable[int]) -> Iterable[list[int]]:
    items = sorted(values)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


@dataclass
class _Side:
    """One walk: parent of every node reached."""

    frontier: set[int]
    parent: dict[Node, Node | None] = field(default_factory=dict)


@dataclass
class _Graph:
    """What the search has read so far: the visible members and each indicator's linkability."""

    connection: Connection
    members: set[int]  # member reports the viewer may see
    policy: HubPolicy
    linkable: dict[int, bool] = field(default_factory=dict)

    def _learn(self, indicator_ids: set[int]) -> None:
        unknown = [i for i in indicator_ids if i not in self.linkable]
        stored = hub_reasons(self.connection, unknown)  # hubs the last relink found ("spread", ...)
        query = select(
            indicators.c.id, indicators.c.kind, indicators.c.common, indicators.c.report_count
        )
        for chunk in _chunks(unknown):
            # Linkability is the store-wide fact linking used: it decides which chains exist,
            # and says nothing about any report the viewer may not see.
            for indicator, kind, common, count in self.connection.execute(
                query.where(indicators.c.id.in_(chunk))
            ):
                self.linkable[indicator] = (
                    not common
                    and kind not in self.policy.non_linking
                    and hub_reason(self.policy, kind, count, stored.get(indicator)) is None
                )

    def indicators_of(self, report_ids: set[int]) -> list[tuple[int, int]]:
        """(report, indicator) pairs of these (visible) reports through linkable indicators."""
        pairs: list[tuple[int, int]] = []
        for chunk in _chunks(report_ids):
            query = select(sightings.c.report_id, sightings.c.indicator_id).where(
                sightings.c.report_id.in_(chunk), sightings.c.role.not_in(NON_LINKING_ROLES)
            )
            pairs += [(int(r), int(i)) for r, i in self.connection.execute(query)]
        self._learn({i for _, i in pairs})
        return [(r, i) for r, i in pairs if self.linkable.get(i)]

    def reports_of(self, indicator_ids: set[int]) -> list[tuple[int, int]]:
        """(indicator, report) pairs for the visible members citing these indicators."""
        pairs: list[tuple[int, int]] = []
        for chunk in _chunks(indicator_ids):
            query = select(sightings.c.indicator_id, sightings.c.report_id).where(
                sightings.c.indicator_id.in_(chunk), sightings.c.role.not_in(NON_LINKING_ROLES)
            )
            pairs += [
                (int(i), int(r)) for i, r in self.connection.execute(query) if r in self.members
            ]
        return pairs


def _expand(graph: _Graph, side: _Side) -> list[Node]:
    """One report → indicator → report hop; returns the nodes newly reached."""
    reached: list[Node] = []
    new_indicators: set[int] = set()
    for report, indicator in graph.indicators_of(side.frontier):
        node = ("i", indicator)
        if node not in side.parent:
            side.parent[node] = ("r", report)
            new_indicators.add(indicator)
            reached.append(node)
    next_frontier: set[int] = set()
    for indicator, report in graph.reports_of(new_indicators):
        node = ("r", report)
        if node not in side.parent:
            side.parent[node] = ("i", indicator)
            next_frontier.add(report)
            reached.append(node)
    side.frontier = next_frontier
    return reached


def _path(side: _Side, node: Node) -> list[Node]:
    path = [node]
    while (parent := side.parent[path[-1]]) is not None:
        path.append(parent)
    return path


def _search(graph: _Graph, source: int, target: int) -> list[Node] | None:
    if source == target:
        return [("r", source)]
    sides = (_Side({source}, {("r", source): None}), _Side({target}, {("r", target): None}))
    while all(s.frontier for s in sides) and sum(len(s.parent) for s in sides) < MAX_FRONTIER:
        grow, other = sorted(sides, key=lambda s: len(s.frontier))
        meeting = [node for node in _expand(graph, grow) if node in other.parent]
        if meeting:
            # Every meeting node is at the same depth from the growing side but not from the
            # other one, so take the one with the shortest chain overall.
            chains = [list(reversed(_path(sides[0], n))) + _path(sides[1], n)[1:] for n in meeting]
            return min(chains, key=len)
    return None


def _labels(connection: Connection, chain: list[Node]) -> dict[Node, str]:
    labels: dict[Node, str] = {}
    report_ids = [i for k, i in chain if k == "r"]
    indicator_ids = [i for k, i in chain if k == "i"]
    for chunk in _chunks(report_ids):
        query = select(reports.c.id, reports.c.external_id).where(reports.c.id.in_(chunk))
        labels |= {("r", int(r.id)): str(r.external_id) for r in connection.execute(query)}
    for chunk in _chunks(indicator_ids):
        query = select(indicators.c.id, indicators.c.kind, indicators.c.value).where(
            indicators.c.id.in_(chunk)
        )
        labels |= {("i", int(r.id)): f"{r.kind}:{r.value}" for r in connection.execute(query)}
    return labels


def why_linked(
    connection: Connection,
    network_id: int,
    source: int,
    target: int,
    viewer: Viewer,
    policy: HubPolicy,
) -> list[ChainStep] | None:
    """Fewest-hop chain from report ``source`` to report ``target`` of a network, as
    ``viewer`` may see it; None when no chain of visible reports joins them now.

    NotFound when the network does not exist for the viewer, or either report is not one of
    its members the viewer may see (one message for absent, outside and hidden).
    """
    live = visible_network(connection, network_id, viewer)
    members = set(visible_members(connection, live, viewer))
    if source not in members or target not in members:
        raise NotFound(NOT_A_VISIBLE_MEMBER)
    chain = _search(_Graph(connection, members, policy), source, target)
    if chain is None:
        return None
    labels = _labels(connection, chain)
    return [
        ChainStep(
            "report" if kind == "r" else "indicator", node_id, labels.get((kind, node_id), "")
        )
        for kind, node_id in chain
    ]
