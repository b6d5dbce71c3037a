""""Why linked": the shortest chain of shared identifiers between two reports of a network.

The chain comes from ``tipoff.link.queries.explain`` (hubs and warninglisted values never
explain a link, because they never made one). This module checks the viewer may see both
ends and labels the steps; a report on the path the viewer may not see under TLP is named
as such, without its id or a link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from tipoff.errors import NotFound
from tipoff.link.hubs import HubPolicy
from tipoff.link.queries import explain
from tipoff.store.records import Agency
from tipoff.web.network_data import report_facts


@dataclass(frozen=True, slots=True)
class Step:
    kind: str  # "report" | "indicator" | "hidden"
    id: int
    label: str


def label_steps(raw: list[dict[str, Any]], facts: dict[int, Any]) -> list[Step]:
    """Chain steps from link.queries.explain as labelled, TLP-safe steps."""
    steps = []
    for step in raw:
        if step["type"] == "indicator":
            steps.append(Step("indicator", int(step["id"]), str(step["label"])))
        elif step["id"] in facts:
            steps.append(Step("report", int(step["id"]), facts[step["id"]].label))
        else:
            steps.append(Step("hidden", 0, "a report your agency may not see (TLP)"))
    return steps


def explain_chain(
    connection: Connection, network_id: int, a: int, b: int, viewer: Agency, policy: HubPolicy
) -> tuple[list[Step], str | None]:
    """The labelled chain from report ``a`` to report ``b``, or an error to show instead."""
    if len(report_facts(connection, [a, b], viewer)) < len({a, b}):
        return [], "Choose two reports of this network that your agency can see."
    try:
        raw = explain(connection, network_id, a, b, policy)
    except NotFound:
        return [], "Both reports must belong to this network."
    if raw is None:
        return [], (
            "No chain of linkable identifiers joins these reports now (a value they shared may "
            "have become a hub since the last relink)."
        )
    ids = [int(s["id"]) for s in raw if s["type"] == "report"]
    return label_steps(raw, report_facts(connection, ids, viewer)), None
