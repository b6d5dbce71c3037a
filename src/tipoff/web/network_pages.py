"""The networks table and the page of one network: graph, harm, timeline, "why linked"."""

from __future__ import annotations

import math
from collections import Counter
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection

from tipoff.errors import NotFound
from tipoff.link import network_summaries as nd
from tipoff.link.hubs import HubPolicy
from tipoff.link.indicator_views import citations
from tipoff.link.network_detail import hub_reason, hub_reasons, visible_network
from tipoff.link.network_list import NetworkQuery, list_networks
from tipoff.link.related import network_bridges, related_networks
from tipoff.request_deps import get_clock, get_engine, get_settings
from tipoff.store.report_snapshot import Snapshot, shared_columns
from tipoff.visibility import Viewer
from tipoff.web.context import Analyst, error_page, render, require_analyst, viewer_of
from tipoff.web.graph import (
    DEFAULT_MAX_NODES,
    GraphView,
    IndicatorNode,
    ReportNode,
    build_graph,
    lay_out,
)
from tipoff.web.ids import digits, parse_id
from tipoff.web.network_report_table import TableParams, table_context
from tipoff.web.network_why import CHOOSE_TWO, NOT_AN_ID, Step, explain_chain
from tipoff.web.page_cache import TtlCache, app_cache
from tipoff.web.tipoff_pages import acted_upon, network_tipoffs

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50
MAX_ACTIVE_DAYS = 36_500


def _count(text: str | None, default: int, ceiling: int) -> int:
    """A non-negative count from a query string, clamped (huge numbers are not errors)."""
    if text is None or not digits(text.strip()):
        return default
    return min(int(text.strip()[:12]), ceiling)


def _number(text: str | None) -> float | None:
    try:
        value = float(text) if text else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


def _params(
    sort: str = "harm_score",
    country: str = "",
    scam_type: str = "",
    active_days: str | None = None,
    min_harm: str | None = None,
    min_reports: str | None = None,
    offset: str | None = None,
) -> dict[str, Any]:
    return {
        "sort": sort if sort in nd.SORTS else "harm_score",
        "country": country[:2].upper(),
        "scam_type": scam_type[:64],
        "active_days": _count(active_days, 0, MAX_ACTIVE_DAYS) or None,
        "min_harm": _number(min_harm),
        "min_reports": max(2, _count(min_reports, 2, 10**9)),
        "offset": _count(offset, 0, 10**9),
    }


Params = Annotated[dict[str, Any], Depends(_params)]


def _table_context(request: Request, analyst: Analyst, params: dict[str, Any]) -> dict[str, Any]:
    days = params["active_days"]
    viewer = viewer_of(analyst)
    query = NetworkQuery(
        sort=params["sort"],
        min_reports=params["min_reports"],
        country=params["country"] or None,
        scam_type=params["scam_type"] or None,
        min_harm=params["min_harm"],
        seen_since=get_clock(request)() - timedelta(days=days) if days else None,
        limit=PAGE_SIZE,
        offset=params["offset"],
    )
    with get_engine(request).connect() as connection:
        rows, total = list_networks(connection, query, viewer)
        snapshot = shared_columns(request.app.state).refresh(connection)
    countries, types = snapshot.choices(viewer)

    def query_for(**changes: Any) -> str:
        merged = {**params, "offset": 0, **changes}
        return urlencode({k: v for k, v in merged.items() if v not in (None, "", 0) or k == "sort"})

    return {
        **params,
        "section": "networks",
        "networks": [nd.summary(r) for r in rows],
        "total": total,
        "limit": PAGE_SIZE,
        "countries": countries,
        "scam_types": types,
        "query_for": query_for,
        "acted": acted_upon(request, analyst),
    }


@router.get("/networks", response_class=HTMLResponse)
def networks_table(
    request: Request, analyst: Annotated[Analyst, Depends(require_analyst)], params: Params
) -> HTMLResponse:
    return render(request, "networks.html", _table_context(request, analyst, params))


@router.get("/networks/rows", response_class=HTMLResponse)
def networks_rows(
    request: Request, analyst: Annotated[Analyst, Depends(require_analyst)], params: Params
) -> HTMLResponse:
    """The table alone, for htmx sorting, filtering and paging."""
    return render(request, "networks_page.html", _table_context(request, analyst, params))


GRAPH_REPORTS = DEFAULT_MAX_NODES // 2  # reports drawn at most; identifiers fill the rest


def network_graph(
    connection: Connection,
    members: list[nd.ReportFacts],
    policy: HubPolicy,
    snapshot: Snapshot,
    viewer: Viewer,
) -> tuple[GraphView, list[dict[str, Any]]]:
    """The graph (largest-loss visible reports and their identifiers) and the key identifiers.

    Bounded on purpose: only the sightings of the reports drawn are read, and "key
    identifiers" are counted among them. Every report drawn is one the viewer may see, and
    an identifier's report count is over the reports the viewer may see.
    """
    edges = nd.graph_edges(connection, [m.id for m in members])
    by_id = {e.indicator_id: e for e in edges}
    stored = hub_reasons(connection, list(by_id))
    cited = citations(connection, snapshot, viewer, list(by_id))
    counts = {i: int(c.rows.size) for i, c in cited.items()}
    indicator_nodes = [
        IndicatorNode(
            e.indicator_id,
            e.kind,
            e.value,
            e.common,
            hub_reason(policy, e.kind, counts.get(e.indicator_id, 0), stored.get(e.indicator_id))
            is not None,
            counts.get(e.indicator_id, 0),
        )
        for e in by_id.values()
    ]
    report_nodes = [
        ReportNode(m.id, m.external_id, float(m.loss_usd or 0.0), m.scam_type) for m in members
    ]
    pairs = [(e.report_id, e.indicator_id) for e in edges]
    graph = build_graph(report_nodes, indicator_nodes, pairs, DEFAULT_MAX_NODES)
    lay_out(graph)
    in_graph = Counter(indicator for _, indicator in pairs)
    top = sorted(indicator_nodes, key=lambda i: (-in_graph[i.id], i.id))[:15]
    key_identifiers = [
        {
            "id": i.id,
            "kind": i.kind,
            "value": i.value,
            "common": i.common,
            "hub": i.hub,
            "reports_in_network": in_graph[i.id],
            "report_count": i.report_count,
        }
        for i in top
    ]
    return graph, key_identifiers


def graph_cache(request: Request) -> TtlCache:
    return app_cache(request.app.state, "graph_cache", maxsize=32)


def _not_found(request: Request, network_id: str) -> HTMLResponse:
    # The same page for a network that never existed and one this viewer may not see.
    return error_page(request, 404, "Network not found", f"There is no network #{network_id}.")


@router.get("/networks/{network_id}", response_class=HTMLResponse)
def network_page(
    request: Request, network_id: str, analyst: Annotated[Analyst, Depends(require_analyst)]
) -> Response:
    wanted = parse_id(network_id)
    if wanted is None:
        return _not_found(request, network_id[:40])
    viewer = viewer_of(analyst)
    policy = HubPolicy.from_settings(get_settings(request))
    with get_engine(request).connect() as connection:
        try:
            live = visible_network(connection, wanted, viewer)
        except NotFound:  # unknown, or fewer than two reports this viewer may see
            return _not_found(request, str(wanted))
        if live != wanted:
            return RedirectResponse(f"/networks/{live}?merged_from={wanted}", status_code=303)
        net = nd.network_for(connection, live, viewer)
        if net is None:  # relinked away between the two reads
            return _not_found(request, str(wanted))
        snapshot = shared_columns(request.app.state).refresh(connection)
        members = nd.Members(snapshot, nd.member_rows(connection, snapshot, live, viewer))
        drawn = members.largest_losses(GRAPH_REPORTS)
        # Same network state, same viewer, same reports drawn: same graph (kept 5 minutes).
        key = (live, viewer, net.reports, net.harm_score, tuple(m.id for m in drawn))
        graph, key_identifiers = graph_cache(request).get_or_make(
            key, lambda: network_graph(connection, drawn, policy, snapshot, viewer)
        )
        table = table_context(connection, live, viewer, TableParams())
        related = related_networks(
            connection, live, network_bridges(connection, live, viewer), viewer, limit=20
        )
    timeline = members.timeline(net.first_seen, net.last_seen)
    merged_from = request.query_params.get("merged_from", "")
    context = {
        "section": "networks",
        "net": net,
        "graph": graph,
        "timeline": timeline,
        **table,
        # "Why linked" starts from the two first rows of the table; any report id will do.
        "why_a": table["rows"][0]["id"] if table["rows"] else "",
        "why_b": table["rows"][1]["id"] if len(table["rows"]) > 1 else "",
        "top_indicators": key_identifiers,
        "related": related,
        "redirected_from": merged_from if digits(merged_from) else None,
        **network_tipoffs(request, analyst, live),
    }
    return render(request, "network.html", context)


@router.get("/networks/{network_id}/why", response_class=HTMLResponse)
def why_linked(
    request: Request,
    network_id: str,
    analyst: Annotated[Analyst, Depends(require_analyst)],
    a: Annotated[str, Query()] = "",
    b: Annotated[str, Query()] = "",
) -> HTMLResponse:
    wanted, source, target = parse_id(network_id), parse_id(a.strip()), parse_id(b.strip())
    if wanted is None:
        return _not_found(request, network_id[:40])
    policy = HubPolicy.from_settings(get_settings(request))
    viewer = viewer_of(analyst)
    with get_engine(request).connect() as connection:
        if nd.network_for(connection, wanted, viewer) is None:
            return _not_found(request, str(wanted))
        chain: list[Step] = []
        error: str | None = CHOOSE_TWO
        if (a.strip() and source is None) or (b.strip() and target is None):
            error = NOT_AN_ID
        elif source is not None and target is not None:
            snapshot = shared_columns(request.app.state).refresh(connection)
            chain, error = explain_chain(
                connection, snapshot, viewer, wanted, source, target, policy
            )
    return render(request, "why.html", {"chain": chain, "error": error})
