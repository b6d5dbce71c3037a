"""One indicator across the store: where it was sighted, which network it belongs to, when.

An indicator that links (neither warninglisted nor a hub) belongs to exactly one network.
A hub or a warninglisted value is listed with every network its reports fall in, which
is what an analyst needs to decide whether it is infrastructure or a priority target.

Everything here is as the viewer sees it (``tipoff.visibility``): sightings, counts, dates
and networks come from the reports it may see, a network counts only when it exists for the
viewer, and a value cited only by reports it may not see is the same NotFound, after the
same queries, as a value never reported.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypedDict

from sqlalchemy import Connection, func, or_, select

from tipoff.errors import NotFound, ValidationError
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_detail import hub_reason, hub_reasons
from tipoff.link.network_tables import link_hubs, network_members
from tipoff.link.related import existing_networks
from tipoff.model import IndicatorKind
from tipoff.store.indicator_matches import cites
from tipoff.store.records import as_utc
from tipoff.store.tables import agencies, indicators, reports, sightings
from tipoff.visibility import Viewer

# One message for a value never reported and one seen only in reports the viewer may not see.
NOT_REPORTED = "this indicator has not been reported in reports you may see"


class NetworkShare(TypedDict):
    """A network an indicator's reports fall in, and how many of them."""

    id: int
    reports: int


class IndicatorSighting(TypedDict):
    """One report citing the indicator."""

    report_id: int
    network_id: int | None  # None: in no network the viewer may see
    received_at: datetime | None
    role: str
    source: str
    raw: str
    agency: str


class IndicatorDetail(TypedDict):
    """One indicator as a viewer sees it (``indicator_detail``)."""

    id: int
    kind: str
    value: str
    common: bool
    hub: bool
    hub_reason: str | None
    links: bool
    report_count: int
    first_seen: datetime | None
    last_seen: datetime | None
    networks: list[NetworkShare]
    network_id: int | None  # its one network, when it is in exactly one
    sightings: list[IndicatorSighting]
    sightings_total: int


class HubIndicator(TypedDict):
    """A hub as listed for analysts (``list_hub_indicators``)."""

    id: int
    kind: str
    value: str
    report_count: int
    hub_reason: str


def indicator_detail(
    connection: Connection,
    kind: str,
    value: str,
    viewer: Viewer,
    policy: HubPolicy,
    limit: int = 200,
) -> IndicatorDetail:
    """Sightings (newest first, up to ``limit``), networks, first and last seen of one indicator."""
    try:
        IndicatorKind(kind)
    except ValueError:
        raise ValidationError(f"unknown indicator kind {kind!r}", path="kind") from None
    row = connection.execute(
        select(indicators).where(indicators.c.kind == kind, indicators.c.value == value)
    ).first()
    # The same queries run whether or not the value is known, so the answer's timing does not
    # tell "reported, but not to you" from "never reported" (id -1 matches nothing).
    indicator_id = int(row.id) if row is not None else -1
    sighted = connection.execute(
        select(
            sightings.c.report_id,
            sightings.c.role,
            sightings.c.source,
            sightings.c.raw,
            reports.c.received_at,
            agencies.c.code,
            network_members.c.network_id,
        )
        .join(reports, reports.c.id == sightings.c.report_id)
        .join(agencies, agencies.c.id == reports.c.agency_id)
        .outerjoin(network_members, network_members.c.report_id == sightings.c.report_id)
        .where(
            sightings.c.indicator_id == indicator_id,
            viewer.clause(reports.c.tlp, reports.c.agency_id),
            cites(),
        )
        .order_by(reports.c.received_at.desc(), sightings.c.report_id.desc())
    ).all()
    existing = existing_networks(
        connection, {int(s.network_id) for s in sighted if s.network_id is not None}, viewer
    )
    stored_reason = hub_reasons(connection, [indicator_id]).get(indicator_id)
    if row is None or not sighted:
        raise NotFound(NOT_REPORTED)
    report_ids = {s.report_id for s in sighted}
    per_network: dict[int, set[int]] = {}
    for s in sighted:
        if s.network_id is not None and int(s.network_id) in existing:
            per_network.setdefault(int(s.network_id), set()).add(s.report_id)
    times = [t for t in (as_utc(s.received_at) for s in sighted) if t is not None]
    reason = hub_reason(policy, kind, len(report_ids), stored_reason)
    links = not row.common and reason is None and kind not in policy.non_linking
    return {
        "id": row.id,
        "kind": row.kind,
        "value": row.value,
        "common": bool(row.common),
        "hub": reason is not None,
        "hub_reason": reason,
        "links": links,
        "report_count": len(report_ids),
        "first_seen": min(times) if times else None,
        "last_seen": max(times) if times else None,
        "networks": [
            NetworkShare(id=n, reports=len(members))
            for n, members in sorted(per_network.items(), key=lambda item: (-len(item[1]), item[0]))
        ],
        "network_id": next(iter(per_network)) if len(per_network) == 1 else None,
        "sightings": [_sighting(s, existing) for s in sighted[:limit]],
        "sightings_total": len(sighted),
    }


def _sighting(s: Any, existing: set[int]) -> IndicatorSighting:
    network_id = int(s.network_id) if s.network_id is not None else None
    return IndicatorSighting(
        report_id=s.report_id,
        network_id=network_id if network_id in existing else None,
        received_at=as_utc(s.received_at),
        role=s.role,
        source=s.source,
        raw=s.raw,
        agency=s.code,
    )


def list_hub_indicators(
    connection: Connection, policy: HubPolicy, viewer: Viewer, limit: int = 100
) -> list[HubIndicator]:
    """Hubs for analysts: values over their count threshold, spread hubs and shared payees.

    Counted over the reports ``viewer`` may see: a value seen only in hidden reports is not
    listed, and ``report_count`` is the visible count (which decides "count" hubs too).
    Most-cited first. Warninglisted values are left out: they are known infrastructure.
    """
    floor = min([policy.default_threshold, *policy.per_kind.values()])
    counted = (
        select(
            sightings.c.indicator_id,
            func.count(func.distinct(sightings.c.report_id)).label("reports"),
        )
        .join(reports, reports.c.id == sightings.c.report_id)
        .where(viewer.clause(reports.c.tlp, reports.c.agency_id), cites())
        .group_by(sightings.c.indicator_id)
        .subquery()
    )
    over = select(counted.c.indicator_id).where(counted.c.reports > floor)
    rows = connection.execute(
        select(
            indicators.c.id,
            indicators.c.kind,
            indicators.c.value,
            indicators.c.common,
            counted.c.reports,
            link_hubs.c.reason,
        )
        .join(counted, counted.c.indicator_id == indicators.c.id)
        .outerjoin(link_hubs, link_hubs.c.indicator_id == indicators.c.id)
        .where(indicators.c.common.is_(False))
        .where(or_(indicators.c.id.in_(over), link_hubs.c.reason.is_not(None)))
    ).all()
    hubs: list[HubIndicator] = []
    for row in rows:
        reason = hub_reason(policy, row.kind, int(row.reports), row.reason)
        if reason is not None:
            hubs.append(
                HubIndicator(
                    id=row.id,
                    kind=row.kind,
                    value=row.value,
                    report_count=int(row.reports),
                    hub_reason=reason,
                )
            )
    hubs.sort(key=lambda h: (-h["report_count"], h["kind"], h["value"]))
    return hubs[:limit]
