""" "Why linked" on the network page: the library's chain, labelled for the page.

The chain comes from ``tipoff.link.explain.why_linked``, the one search the API, CLI and
dashboard share: both ends must be reports of the network the viewer may see, and the chain
passes only through reports the viewer may see (hubs and warninglisted values never explain
a link, because they never made one). This module only labels the steps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlalchemy import Connection

from tipoff.errors import NotFound
from tipoff.link.explain import ChainStep, why_linked
from tipoff.link.hubs import HubPolicy
from tipoff.store.report_snapshot import Snapshot
from tipoff.visibility import Viewer

CHOOSE_TWO = "Choose two reports of this network that your agency can see."
NOT_AN_ID = "A report id is a number: the one after # in the report table (for example 1234)."
NO_CHAIN = (
    "No chain of linkable identifiers through reports your agency can see joins these reports "
    "now (a value they shared may have become a hub since the last relink)."
)


@dataclass(frozen=True, slots=True)
class Step:
    kind: str  # "report" | "indicator"
    id: int
    label: str


def label_steps(chain: list[ChainStep], snapshot: Snapshot) -> list[Step]:
    """Chain nodes as labelled steps (a report: its external id and day)."""
    steps = []
    for step in chain:
        if step.kind == "indicator":
            steps.append(Step("indicator", step.id, step.label or f"indicator {step.id}"))
            continue
        rows = snapshot.positions(np.array([step.id]))
        day = f" ({snapshot.day_of(int(rows[0])):%Y-%m-%d})" if rows.size else ""
        steps.append(Step("report", step.id, f"{step.label}{day}"))
    return steps


def explain_chain(
    connection: Connection,
    snapshot: Snapshot,
    viewer: Viewer,
    network_id: int,
    a: int,
    b: int,
    policy: HubPolicy,
) -> tuple[list[Step], str | None]:
    """The labelled chain from report ``a`` to report ``b``, or an error to show instead."""
    try:
        chain = why_linked(connection, network_id, a, b, viewer, policy)
    except NotFound:  # absent, outside the network or hidden: one answer
        return [], CHOOSE_TWO
    if chain is None:
        return [], NO_CHAIN
    return label_steps(chain, snapshot), None
