""" "Why linked": the shortest chain of shared identifiers between two reports of a network.

The chain comes from ``tipoff.web.why_search`` (hubs and warninglisted values never explain a
link, because they never made one). This module checks the viewer may see both ends and
labels the steps; a report on the path the viewer may not see under TLP is named as such,
without its id or a link.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from tipoff.link.hubs import HubPolicy
from tipoff.link.tables import network_members
from tipoff.store.records import Agency
from tipoff.store.tables import indicators
from tipoff.web.network_data import ReportFacts, report_facts
from tipoff.web.why_search import shortest_chain


@dataclass(frozen=True, slots=True)
class Step:
    kind: str  # "report" | "indicator" | "hidden"
    id: int
    label: str


def label_steps(
    chain: list[tuple[str, int]], facts: dict[int, ReportFacts], names: dict[int, str]
) -> list[Step]:
    """Chain nodes as labelled, TLP-safe steps."""
    steps = []
    for kind, node_id in chain:
        if kind == "i":
            steps.append(Step("indicator", node_id, names.get(node_id, f"indicator {node_id}")))
        elif node_id in facts:
            steps.append(Step("report", node_id, facts[node_id].label))
        else:
            steps.append(Step("hidden", 0, "a report your agency may not see (TLP)"))
    return steps


def _members(connection: Connection, network_id: int, report_ids: list[int]) -> set[int]:
    query = select(network_members.c.report_id).where(
        network_members.c.network_id == network_id, network_members.c.report_id.in_(report_ids)
    )
    return set(connection.execute(query).scalars())


def _indicator_names(connection: Connection, ids: list[int]) -> dict[int, str]:
    query = select(indicators.c.id, indicators.c.kind, indicators.c.value).where(
        indicators.c.id.in_(ids)
    )
    return {row.id: f"{row.kind}:{row.value}" for row in connection.execute(query)}


def explain_chain(
    connection: Connection, network_id: int, a: int, b: int, viewer: Agency, policy: HubPolicy
) -> tuple[list[Step], str | None]:
    """The labelled chain from report ``a`` to report ``b``, or an error to show instead."""
    if len(report_facts(connection, [a, b], viewer)) < len({a, b}):
        return [], "Choose two reports of this network that your agency can see."
    if len(_members(connection, network_id, [a, b])) < len({a, b}):
        return [], "Both reports must belong to this network."
    chain = shortest_chain(connection, network_id, a, b, policy)
    if chain is None:
        return [], (
            "No chain of linkable identifiers joins these reports now (a value they shared may "
            "have become a hub since the last relink)."
        )
    facts = report_facts(connection, [i for k, i in chain if k == "r"], viewer)
    return label_steps(
        chain, facts, _indicator_names(connection, [i for k, i in chain if k == "i"])
    ), None
