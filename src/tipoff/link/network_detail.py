"""Read networks for the API, the CLI and the dashboard: one network in full (the ranked
lists are ``tipoff.link.network_list``).

Every read goes through the stored tables (networks, network_members, sightings) and shows
a network as the viewer sees it (``tipoff.visibility``): members, identifiers, graph edges,
counts and statistics come from the member reports the viewer may see, and a network with
fewer than two such members does not exist for that viewer (the same NotFound as an unknown
id). The operator sees every network as stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, TypedDict

from sqlalchemy import Connection, Select, func, select

from tipoff.errors import NotFound
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import (
    NetworkRow,
    link_hubs,
    network_members,
    network_redirects,
    networks,
)
from tipoff.link.related import RELATING_REASONS, related_networks
from tipoff.link.visible_stats import MIN_VISIBLE, VIEWER_CACHE, stored_rows
from tipoff.store.indicator_matches import cites
from tipoff.store.records import as_utc
from tipoff.store.tables import agencies, indicators, reports, sightings
from tipoff.visibility import Viewer

MAX_REDIRECT_HOPS = 64
CHUNK = 500


def no_such_network(network_id: int) -> NotFound:
    """One error for an unknown network and one the viewer may not see: they read the same."""
    return NotFound(f"no network {network_id} (run `tipoff relink` if reports were added since)")


def resolve_network(connection: Connection, network_id: int) -> int:
    """The live id for ``network_id``, following redirects of merged networks; NotFound if none.

    This says nothing about who may see the network: readers use ``visible_network``.
    """
    current = network_id
    for _ in range(MAX_REDIRECT_HOPS):
        if connection.execute(select(networks.c.id).where(networks.c.id == current)).first():
            return current
        target = connection.execute(
            select(network_redirects.c.new_id).where(network_redirects.c.old_id == current)
        ).scalar()
        if target is None:
            break
        current = int(target)
    raise no_such_network(network_id)


def visible_members(connection: Connection, network_id: int, viewer: Viewer) -> list[int]:
    """Ids of the network's member reports the viewer may see, ascending."""
    query = (
        select(network_members.c.report_id)
        .join(reports, reports.c.id == network_members.c.report_id)
        .where(
            network_members.c.network_id == network_id,
            viewer.clause(reports.c.tlp, reports.c.agency_id),
        )
        .order_by(network_members.c.report_id)
    )
    return [int(r) for r in connection.execute(query).scalars()]


def visible_network(connection: Connection, network_id: int, viewer: Viewer) -> int:
    """The live id for ``network_id`` if the network exists for ``viewer``; NotFound otherwise.

    For an agency or the public a network exists when at least two of its members are visible;
    a hidden network and an unknown id raise the same NotFound. The operator sees every one.
    """
    live = resolve_network(connection, network_id)
    if viewer.is_operator:
        return live
    count = select(func.count()).select_from(
        select(network_members.c.report_id)
        .join(reports, reports.c.id == network_members.c.report_id)
        .where(
            network_members.c.network_id == live,
            viewer.clause(reports.c.tlp, reports.c.agency_id),
        )
        .limit(MIN_VISIBLE)
        .subquery()
    )
    if (connection.execute(count).scalar() or 0) < MIN_VISIBLE:
        raise no_such_network(network_id)
    return live


def network_row(connection: Connection, network_id: int, viewer: Viewer) -> NetworkRow:
    """One live network's statistics as ``viewer`` sees them (stored, or recomputed over the
    visible members when some are hidden); NotFound if the network does not exist for it."""
    found = stored_rows(connection, [network_id])
    if not found:
        raise no_such_network(network_id)
    differ = VIEWER_CACHE.get(connection, viewer)
    if network_id not in differ.hidden:
        return found[0]
    if network_id not in differ.rows:
        raise no_such_network(network_id)
    return differ.rows[network_id]


class MemberReport(TypedDict):
    """A member report of a network, as the viewer may see it."""

    id: int
    external_id: str
    agency: str
    tlp: str
    received_at: datetime | None
    victim_country: str | None
    scam_type: str | None
    loss_usd: float | None
    sub_network: int | None


class NetworkIndicator(TypedDict):
    """An indicator cited by a network's visible members."""

    id: int
    kind: str
    value: str
    reports_in_network: int
    report_count: int  # visible reports citing it, store-wide
    common: bool
    hub: bool
    hub_reason: str | None
    links: bool


class ReportNode(TypedDict):
    id: str  # "r<report id>"
    type: Literal["report"]
    label: str
    sub_network: int | None


class IndicatorNode(TypedDict):
    id: str  # "i<indicator id>"
    type: Literal["indicator"]
    label: str
    links: bool


class GraphEdge(TypedDict):
    source: str
    target: str


@dataclass(frozen=True, slots=True)
class NetworkDetail:
    """One network: statistics, member reports, indicators, and its graph."""

    network: NetworkRow
    requested_id: int
    reports: list[MemberReport]
    indicators: list[NetworkIndicator]
    nodes: list[ReportNode | IndicatorNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)
    graph_truncated: bool = False
    # Other networks citing this one's bridges and shared payees ("related networks via X").
    related: list[dict[str, Any]] = field(default_factory=list)


def member_reports_query(network_id: int, viewer: Viewer) -> Select[Any]:
    """The member reports of ``network_id`` that ``viewer`` may see, with their agency
    code and sub-network (unordered; callers sort and page)."""
    return (
        select(
            reports.c.id,
            reports.c.external_id,
            agencies.c.code,
            reports.c.tlp,
            reports.c.received_at,
            reports.c.victim_country,
            reports.c.channel,
            reports.c.scam_type,
            reports.c.loss_usd,
            network_members.c.sub_network,
        )
        .join(network_members, network_members.c.report_id == reports.c.id)
        .join(agencies, agencies.c.id == reports.c.agency_id)
        .where(
            network_members.c.network_id == network_id,
            viewer.clause(reports.c.tlp, reports.c.agency_id),
        )
    )


def _member_reports(connection: Connection, network_id: int, viewer: Viewer) -> list[MemberReport]:
    """The member reports ``viewer`` may see (the others are not mentioned at all)."""
    rows = connection.execute(
        member_reports_query(network_id, viewer).order_by(reports.c.received_at, reports.c.id)
    ).all()
    return [
        MemberReport(
            id=r.id,
            external_id=r.external_id,
            agency=r.code,
            tlp=r.tlp,
            received_at=as_utc(r.received_at),
            victim_country=r.victim_country,
            scam_type=r.scam_type,
            loss_usd=r.loss_usd,
            sub_network=r.sub_network,
        )
        for r in rows
    ]


def member_sightings(connection: Connection, network_id: int, viewer: Viewer) -> list[Any]:
    """(report id, indicator id, kind, value, common) for every sighting in the network's
    member reports that ``viewer`` may see."""
    return list(
        connection.execute(
            select(
                sightings.c.report_id,
                indicators.c.id,
                indicators.c.kind,
                indicators.c.value,
                indicators.c.common,
            )
            .join(indicators, indicators.c.id == sightings.c.indicator_id)
            .join(network_members, network_members.c.report_id == sightings.c.report_id)
            .join(reports, reports.c.id == sightings.c.report_id)
            .where(
                network_members.c.network_id == network_id,
                viewer.clause(reports.c.tlp, reports.c.agency_id),
                cites(),
            )
            .distinct()
        ).all()
    )


def indicator_report_counts(
    connection: Connection, indicator_ids: list[int], viewer: Viewer
) -> dict[int, int]:
    """Reports ``viewer`` may see citing each indicator, over the whole store."""
    counts: dict[int, int] = {}
    for start in range(0, len(indicator_ids), CHUNK):
        chunk = indicator_ids[start : start + CHUNK]
        query = (
            select(sightings.c.indicator_id, func.count(func.distinct(sightings.c.report_id)))
            .join(reports, reports.c.id == sightings.c.report_id)
            .where(
                sightings.c.indicator_id.in_(chunk),
                viewer.clause(reports.c.tlp, reports.c.agency_id),
                cites(),
            )
            .group_by(sightings.c.indicator_id)
        )
        counts.update((int(i), int(n)) for i, n in connection.execute(query))
    return counts


def hub_reasons(connection: Connection, indicator_ids: list[int]) -> dict[int, str]:
    """Why the last relink stopped linking through these indicators ("service", "reference",
    "caller_id", "spread", "bridge", "shared_payee")."""
    reasons: dict[int, str] = {}
    for start in range(0, len(indicator_ids), CHUNK):
        chunk = indicator_ids[start : start + CHUNK]
        query = select(link_hubs.c.indicator_id, link_hubs.c.reason).where(
            link_hubs.c.indicator_id.in_(chunk)
        )
        reasons.update((int(i), str(r)) for i, r in connection.execute(query))
    return reasons


def hub_reason(policy: HubPolicy, kind: str, count: int, stored: str | None) -> str | None:
    """ "count" over the kind's threshold, a reason the relink stored, or None (the value links)."""
    if _is_hub(policy, kind, count):
        return "count"
    return stored


def network_detail(
    connection: Connection,
    network_id: int,
    viewer: Viewer,
    policy: HubPolicy,
    max_nodes: int = 2000,
) -> NetworkDetail:
    """One network as ``viewer`` sees it (following a redirect if the id was retired).

    Statistics, members, identifiers, counts and graph come from the members the viewer may
    see; NotFound (the same as for an unknown id) when the network does not exist for it.
    """
    live = visible_network(connection, network_id, viewer)
    row = network_row(connection, live, viewer)
    members = _member_reports(connection, live, viewer)
    seen = member_sightings(connection, live, viewer)
    per_indicator: dict[int, set[int]] = {}
    info: dict[int, tuple[str, str, bool]] = {}
    for report_id, indicator_id, kind, value, common in seen:
        per_indicator.setdefault(indicator_id, set()).add(report_id)
        info[indicator_id] = (kind, value, bool(common))
    totals = indicator_report_counts(connection, list(info), viewer)
    stored = hub_reasons(connection, list(info))
    listed: list[NetworkIndicator] = []
    for i, (kind, value, common) in info.items():
        reason = hub_reason(policy, kind, totals.get(i, 0), stored.get(i))
        listed.append(
            NetworkIndicator(
                id=i,
                kind=kind,
                value=value,
                reports_in_network=len(per_indicator[i]),
                report_count=totals.get(i, 0),
                common=common,
                hub=reason is not None,
                hub_reason=reason,
                links=not common and reason is None and kind not in policy.non_linking,
            )
        )
    listed.sort(key=lambda d: (-d["reports_in_network"], d["kind"], d["value"]))
    nodes, edges, truncated = _graph(members, listed, per_indicator, max_nodes)
    bridges = {d["id"]: d for d in listed if d["hub_reason"] in RELATING_REASONS}
    related = related_networks(connection, live, bridges, viewer)
    return NetworkDetail(row, network_id, members, listed, nodes, edges, truncated, related)


def _is_hub(policy: HubPolicy, kind: str, count: int) -> bool:
    try:
        return count > policy.threshold(kind)
    except ValueError:  # a kind this version does not know never links, so it is not a hub either
        return False


def _graph(
    members: list[MemberReport],
    listed: list[NetworkIndicator],
    per_indicator: dict[int, set[int]],
    max_nodes: int,
) -> tuple[list[ReportNode | IndicatorNode], list[GraphEdge], bool]:
    """Report and shared-indicator nodes (indicators in one report only are left out)."""
    shared = [d for d in listed if d["reports_in_network"] >= 2]
    room = max(0, max_nodes - len(members))
    truncated = len(members) > max_nodes or len(shared) > room
    kept_reports = members[:max_nodes]
    kept_ids = {m["id"] for m in kept_reports}
    nodes: list[ReportNode | IndicatorNode] = [
        ReportNode(
            id=f"r{m['id']}",
            type="report",
            label=m.get("external_id") or f"report {m['id']}",
            sub_network=m["sub_network"],
        )
        for m in kept_reports
    ]
    edges: list[GraphEdge] = []
    for d in shared[:room]:
        nodes.append(
            IndicatorNode(
                id=f"i{d['id']}",
                type="indicator",
                label=f"{d['kind']}:{d['value']}",
                links=d["links"],
            )
        )
        edges += [
            GraphEdge(source=f"r{r}", target=f"i{d['id']}")
            for r in sorted(per_indicator[d["id"]])
            if r in kept_ids
        ]
    return nodes, edges, truncated
