"""Networks related to a network through the values the relink refused to link on.

A bridge (no group holds most of its reports), a shared payee (crews pay into it alike) or a
spread hub joins no networks, but it is a lead: the crews that paid one laundering account,
or whose victims cite one unlisted site, are related. ``related_networks`` lists, for one
network, the other networks whose reports cite its bridging values, with the values ("related
networks via X"). Counted over the reports the viewer may see; a network is listed only when
it exists for the viewer (``tipoff.visibility``: at least two visible members).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, false, func, select

from tipoff.link.network_tables import link_hubs, network_members
from tipoff.link.visible_stats import MIN_VISIBLE
from tipoff.store.indicator_matches import cites
from tipoff.store.tables import indicators, reports, sightings
from tipoff.visibility import Viewer

# Reasons whose values relate networks (a service: the OTC seller the victims of several
# crews bought from); "count" hubs (over a thousand reports) and references (the police
# line) relate everything and nothing.
RELATING_REASONS = frozenset({"bridge", "service", "shared_payee", "spread"})
CHUNK = 500


def network_bridges(
    connection: Connection, network_id: int, viewer: Viewer
) -> dict[int, dict[str, Any]]:
    """The relating values cited by the network's reports the viewer may see (id → kind,
    value, hub_reason), for ``related_networks``."""
    cited = (
        select(sightings.c.indicator_id)
        .join(network_members, network_members.c.report_id == sightings.c.report_id)
        .join(reports, reports.c.id == sightings.c.report_id)
        .where(
            network_members.c.network_id == network_id,
            viewer.clause(reports.c.tlp, reports.c.agency_id),
            cites(),
        )
    )
    query = (
        select(indicators.c.id, indicators.c.kind, indicators.c.value, link_hubs.c.reason)
        .join(link_hubs, link_hubs.c.indicator_id == indicators.c.id)
        .where(link_hubs.c.reason.in_(sorted(RELATING_REASONS)), indicators.c.id.in_(cited))
    )
    return {
        int(i): {"kind": kind, "value": value, "hub_reason": reason}
        for i, kind, value, reason in connection.execute(query)
    }


def related_networks(
    connection: Connection,
    network_id: int,
    bridges: Mapping[int, Mapping[str, Any]],
    viewer: Viewer,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Other networks citing ``bridges`` (indicator id → its entry in the network's listing).

    One entry per related network: its id, the reports of it the viewer may see that cite the
    values, and the values (``via``: kind, value, reason, reports), most values first.
    """
    per_network: dict[int, dict[int, int]] = {}
    ids = sorted(bridges)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        query = (
            select(
                network_members.c.network_id,
                sightings.c.indicator_id,
                func.count(func.distinct(sightings.c.report_id)),
            )
            .join(network_members, network_members.c.report_id == sightings.c.report_id)
            .join(reports, reports.c.id == sightings.c.report_id)
            .where(
                sightings.c.indicator_id.in_(chunk),
                network_members.c.network_id != network_id,
                viewer.clause(reports.c.tlp, reports.c.agency_id),
                cites(),
            )
            .group_by(network_members.c.network_id, sightings.c.indicator_id)
        )
        for other, indicator_id, count in connection.execute(query):
            per_network.setdefault(int(other), {})[int(indicator_id)] = int(count)
    shown = existing_networks(connection, set(per_network), viewer)
    ranked = sorted(
        (other for other in per_network if other in shown),
        key=lambda o: (-len(per_network[o]), -sum(per_network[o].values()), o),
    )
    return [
        {
            "network_id": other,
            "reports": sum(per_network[other].values()),
            "via": [
                {
                    "kind": bridges[i]["kind"],
                    "value": bridges[i]["value"],
                    "reason": bridges[i]["hub_reason"],
                    "reports": n,
                }
                for i, n in sorted(per_network[other].items(), key=lambda item: (-item[1], item[0]))
            ],
        }
        for other in ranked[:limit]
    ]


def existing_networks(connection: Connection, network_ids: set[int], viewer: Viewer) -> set[int]:
    """Those of ``network_ids`` that exist for ``viewer`` (at least two visible members)."""
    if viewer.is_operator:
        return network_ids
    query = (
        select(network_members.c.network_id)
        .join(reports, reports.c.id == network_members.c.report_id)
        .where(
            network_members.c.network_id.in_(sorted(network_ids)) if network_ids else false(),
            viewer.clause(reports.c.tlp, reports.c.agency_id),
        )
        .group_by(network_members.c.network_id)
        .having(func.count() >= MIN_VISIBLE)
    )
    return {int(n) for n in connection.execute(query).scalars()}
