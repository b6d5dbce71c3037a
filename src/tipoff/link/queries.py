"""Read networks for the API and the CLI: ranked lists, one network in full, explanations.

Every read goes through the stored tables (networks, network_members, sightings), with
the viewer's TLP rights applied to report details: a report another agency marked
AMBER+STRICT or RED still counts in a network's statistics but shows no details.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import Connection, and_, func, select

from tipoff.errors import NotFound, ValidationError
from tipoff.link.explain import ChainStep, shortest_chain
from tipoff.link.harm import SORT_FIELDS
from tipoff.link.hubs import HubPolicy
from tipoff.link.tables import link_hubs, network_members, network_redirects, networks
from tipoff.store.records import as_utc, visible_to
from tipoff.store.tables import agencies, indicators, reports, sightings

MAX_REDIRECT_HOPS = 64


@dataclass(frozen=True, slots=True)
class NetworkQuery:
    """Filters, order and page of a network listing."""

    sort: str = "harm_score"
    descending: bool = True
    min_reports: int = 2
    max_reports: int | None = None
    country: str | None = None
    scam_type: str | None = None
    min_loss_usd: float | None = None
    min_harm: float | None = None
    seen_since: datetime | None = None  # last_seen on or after
    min_growth_7d: int | None = None
    min_growth_30d: int | None = None
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is reading: the agency id whose TLP rights apply (None: the local operator, sees all)."""

    agency_id: int | None = None

    def sees(self, tlp: str, owner: int) -> bool:
        return self.agency_id is None or visible_to(
            tlp=tlp, owner_agency_id=owner, viewer_agency_id=self.agency_id
        )


def network_dict(row: Any) -> dict[str, Any]:
    """A ``networks`` row as plain data (timestamps in UTC)."""
    data = dict(row._mapping)
    for name in ("first_seen", "last_seen", "updated_at"):
        data[name] = as_utc(data[name])
    return data


def resolve_network(connection: Connection, network_id: int) -> int:
    """The live id for ``network_id``, following redirects of merged networks; NotFound if none."""
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
    raise NotFound(f"no network {network_id} (run `tipoff relink` if reports were added since)")


def list_networks(connection: Connection, query: NetworkQuery) -> tuple[list[dict[str, Any]], int]:
    """One page of networks matching ``query``, and how many match in all."""
    if query.sort not in SORT_FIELDS:
        raise ValidationError(f"sort must be one of {', '.join(SORT_FIELDS)}", path="sort")
    conditions = _conditions(query)
    total = (
        connection.execute(
            select(func.count()).select_from(networks).where(and_(*conditions))
        ).scalar()
        or 0
    )
    column = networks.c[query.sort]
    order = column.desc() if query.descending else column.asc()
    rows = connection.execute(
        select(networks)
        .where(and_(*conditions))
        .order_by(order, networks.c.id)
        .limit(query.limit)
        .offset(query.offset)
    ).all()
    return [network_dict(r) for r in rows], int(total)


def _conditions(query: NetworkQuery) -> list[Any]:
    c = networks.c
    conditions: list[Any] = [c.reports >= query.min_reports]
    bounds = (
        (query.max_reports, c.reports, "<="),
        (query.min_loss_usd, c.loss_usd, ">="),
        (query.min_harm, c.harm_score, ">="),
        (query.seen_since, c.last_seen, ">="),
        (query.min_growth_7d, c.growth_7d, ">="),
        (query.min_growth_30d, c.growth_30d, ">="),
    )
    for value, column, op in bounds:
        if value is not None:
            conditions.append(column <= value if op == "<=" else column >= value)
    for wanted, member_column in (
        (query.country, reports.c.victim_country),
        (query.scam_type, reports.c.scam_type),
    ):
        if wanted is not None:
            members = (
                select(network_members.c.network_id)
                .join(reports, reports.c.id == network_members.c.report_id)
                .where(member_column == wanted)
            )
            conditions.append(c.id.in_(members))
    return conditions


@dataclass(frozen=True, slots=True)
class NetworkDetail:
    """One network: statistics, member reports, indicators, and its graph."""

    network: dict[str, Any]
    requested_id: int
    reports: list[dict[str, Any]]
    indicators: list[dict[str, Any]]
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    graph_truncated: bool = False


def _member_reports(
    connection: Connection, network_id: int, viewer: Viewer
) -> list[dict[str, Any]]:
    rows = connection.execute(
        select(
            reports.c.id,
            reports.c.external_id,
            reports.c.agency_id,
            agencies.c.code,
            reports.c.tlp,
            reports.c.received_at,
            reports.c.victim_country,
            reports.c.scam_type,
            reports.c.loss_usd,
            network_members.c.sub_network,
        )
        .join(network_members, network_members.c.report_id == reports.c.id)
        .join(agencies, agencies.c.id == reports.c.agency_id)
        .where(network_members.c.network_id == network_id)
        .order_by(reports.c.received_at, reports.c.id)
    ).all()
    out = []
    for r in rows:
        if viewer.sees(r.tlp, r.agency_id):
            out.append(
                {
                    "id": r.id,
                    "visible": True,
                    "external_id": r.external_id,
                    "agency": r.code,
                    "tlp": r.tlp,
                    "received_at": as_utc(r.received_at),
                    "victim_country": r.victim_country,
                    "scam_type": r.scam_type,
                    "loss_usd": r.loss_usd,
                    "sub_network": r.sub_network,
                }
            )
        else:
            out.append({"id": r.id, "visible": False, "sub_network": r.sub_network})
    return out


def member_sightings(connection: Connection, network_id: int) -> list[Any]:
    """(report id, indicator id, kind, value, common) for every sighting of the network's reports."""
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
            .where(network_members.c.network_id == network_id)
            .distinct()
        ).all()
    )


def indicator_report_counts(connection: Connection, indicator_ids: list[int]) -> dict[int, int]:
    """Reports citing each indicator, over the whole store (what hub thresholds apply to)."""
    counts: dict[int, int] = {}
    for start in range(0, len(indicator_ids), 500):
        chunk = indicator_ids[start : start + 500]
        query = (
            select(sightings.c.indicator_id, func.count(func.distinct(sightings.c.report_id)))
            .where(sightings.c.indicator_id.in_(chunk))
            .group_by(sightings.c.indicator_id)
        )
        counts.update((int(i), int(n)) for i, n in connection.execute(query))
    return counts


def hub_reasons(connection: Connection, indicator_ids: list[int]) -> dict[int, str]:
    """Why the last relink stopped linking through these indicators ("spread", "shared_payee")."""
    reasons: dict[int, str] = {}
    for start in range(0, len(indicator_ids), 500):
        chunk = indicator_ids[start : start + 500]
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
    """Everything about one network (following a redirect if the id was retired)."""
    live = resolve_network(connection, network_id)
    row = connection.execute(select(networks).where(networks.c.id == live)).one()
    members = _member_reports(connection, live, viewer)
    seen = member_sightings(connection, live)
    per_indicator: dict[int, set[int]] = {}
    info: dict[int, tuple[str, str, bool]] = {}
    for report_id, indicator_id, kind, value, common in seen:
        per_indicator.setdefault(indicator_id, set()).add(report_id)
        info[indicator_id] = (kind, value, bool(common))
    totals = indicator_report_counts(connection, list(info))
    stored = hub_reasons(connection, list(info))
    listed: list[dict[str, Any]] = []
    for i, (kind, value, common) in info.items():
        reason = hub_reason(policy, kind, totals.get(i, 0), stored.get(i))
        listed.append(
            {
                "id": i,
                "kind": kind,
                "value": value,
                "reports_in_network": len(per_indicator[i]),
                "report_count": totals.get(i, 0),
                "common": common,
                "hub": reason is not None,
                "hub_reason": reason,
                "links": not common and reason is None and kind not in policy.non_linking,
            }
        )
    listed.sort(key=lambda d: (-d["reports_in_network"], d["kind"], d["value"]))
    nodes, edges, truncated = _graph(members, listed, per_indicator, max_nodes)
    return NetworkDetail(network_dict(row), network_id, members, listed, nodes, edges, truncated)


def _is_hub(policy: HubPolicy, kind: str, count: int) -> bool:
    try:
        return count > policy.threshold(kind)
    except ValueError:  # a kind this version does not know never links, so it is not a hub either
        return False


def _graph(
    members: list[dict[str, Any]],
    listed: list[dict[str, Any]],
    per_indicator: dict[int, set[int]],
    max_nodes: int,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], bool]:
    """Report and shared-indicator nodes (indicators in one report only are left out)."""
    shared = [d for d in listed if d["reports_in_network"] >= 2]
    room = max(0, max_nodes - len(members))
    truncated = len(members) > max_nodes or len(shared) > room
    kept_reports = members[:max_nodes]
    kept_ids = {m["id"] for m in kept_reports}
    nodes = [
        {
            "id": f"r{m['id']}",
            "type": "report",
            "label": m.get("external_id") or f"report {m['id']}",
            "sub_network": m["sub_network"],
        }
        for m in kept_reports
    ]
    edges = []
    for d in shared[:room]:
        nodes.append(
            {
                "id": f"i{d['id']}",
                "type": "indicator",
                "label": f"{d['kind']}:{d['value']}",
                "links": d["links"],
            }
        )
        edges += [
            {"source": f"r{r}", "target": f"i{d['id']}"}
            for r in sorted(per_indicator[d["id"]])
            if r in kept_ids
        ]
    return nodes, edges, truncated


def explain(
    connection: Connection, network_id: int, source: int, target: int, policy: HubPolicy
) -> list[dict[str, Any]] | None:
    """Shortest chain of shared, linkable identifiers between two reports of a network."""
    live = resolve_network(connection, network_id)
    seen = member_sightings(connection, live)
    members = {r for r, *_ in seen} | set(
        connection.execute(
            select(network_members.c.report_id).where(network_members.c.network_id == live)
        ).scalars()
    )
    for name, report_id in (("from", source), ("to", target)):
        if report_id not in members:
            raise NotFound(f"report {report_id} ({name}) is not in network {live}")
    cited = sorted({i for _, i, *_ in seen})
    totals = indicator_report_counts(connection, cited)
    stored = hub_reasons(connection, cited)
    usable = [
        (r, i)
        for r, i, kind, _, common in seen
        if not common
        and kind not in policy.non_linking
        and hub_reason(policy, kind, totals.get(i, 0), stored.get(i)) is None
    ]
    labels = {i: f"{kind}:{value}" for _, i, kind, value, _ in seen}
    chain = shortest_chain(
        np.array([r for r, _ in usable], np.int64),
        np.array([i for _, i in usable], np.int64),
        source,
        target,
    )
    return None if chain is None else [_step(s, labels) for s in chain]


def _step(step: ChainStep, labels: dict[int, str]) -> dict[str, Any]:
    if step.kind == "report":
        return {"type": "report", "id": step.id}
    return {"type": "indicator", "id": step.id, "label": labels[step.id]}
