"""The networks table and the page of one network: graph, harm, timeline, "why linked"."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tipoff.api.deps import get_clock, get_engine, get_settings
from tipoff.link.explain import shortest_chain
from tipoff.link.hubs import HubPolicy
from tipoff.web import network_data as nd
from tipoff.web.context import Analyst, error_page, render, require_analyst
from tipoff.web.graph import DEFAULT_MAX_NODES, IndicatorNode, ReportNode, build_graph
from tipoff.web.network_why import explain_chain

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


def _table_context(request: Request, params: dict[str, Any]) -> dict[str, Any]:
    now = get_clock(request)()
    days = params["active_days"]
    where = nd.NetworkFilter(
        country=params["country"] or None,
        scam_type=params["scam_type"] or None,
        active_since=now - timedelta(days=days) if days else None,
        min_harm=params["min_harm"],
        min_reports=params["min_reports"],
    )
    with get_engine(request).connect() as connection:
        rows, total = nd.list_networks(connection, where, params["sort"], PAGE_SIZE, params["offset"])
        countries, types = nd.filter_choices(connection)

    def query_for(**changes: Any) -> str:
        merged = {**params, "offset": 0, **changes}
        return urlencode({k: v for k, v in merged.items() if v not in (None, "", 0) or k == "sort"})

    return {
        **params, "section": "networks", "networks": rows, "total": total, "limit": PAGE_SIZE,
        "countries": countries, "scam_types": types, "query_for": query_for,
    }


def _params(
    sort: str = "harm_score", country: str = "", scam_type: str = "", active_days: int | None = None,
    min_harm: float | None = None, min_reports: int = 2, offset: int = 0,
) -> dict[str, Any]:
    return {
        "sort": sort if sort in nd.SORTS else "harm_score", "country": country[:2].upper(),
        "scam_type": scam_type[:64], "active_days": active_days if active_days and active_days > 0 else None,
        "min_harm": min_harm, "min_reports": max(1, min_reports), "offset": max(0, offset),
    }


Params = Annotated[dict[str, Any], Depends(_params)]


@router.get("/networks", response_class=HTMLResponse)
def networks_table(request: Request, analyst: Annotated[Analyst, Depends(require_analyst)], params: Params) -> HTMLResponse:
    return render(request, "networks.html", _table_context(request, params))


@router.get("/networks/rows", response_class=HTMLResponse)
def networks_rows(request: Request, analyst: Annotated[Analyst, Depends(require_analyst)], params: Params) -> HTMLResponse:
    """The table alone, for htmx sorting, filtering and paging."""
    return render(request, "networks_page.html", _table_context(request, params))


def _graph(connection: Any, network_id: int, analyst: Analyst, hub_threshold: int) -> tuple[Any, list[nd.MemberRow], list[Any]]:
    members = nd.network_members_of(connection, network_id, analyst.agency, DEFAULT_MAX_NODES)
    edges = nd.sightings_of_reports(connection, [m.id for m in members])
    report_nodes = [ReportNode(m.id, m.external_id, m.loss_usd, m.scam_type) for m in members]
    by_id = {e.indicator_id: e for e in edges}
    indicator_nodes = [IndicatorNode(e.indicator_id, e.kind, e.value, e.common, e.report_count) for e in by_id.values()]
    pairs = [(e.report_id, e.indicator_id) for e in edges]
    graph = build_graph(report_nodes, indicator_nodes, pairs, hub_threshold)
    in_network: dict[int, int] = {}
    for _, indicator_id in pairs:
        in_network[indicator_id] = in_network.get(indicator_id, 0) + 1
    top = sorted(by_id.values(), key=lambda e: (-in_network[e.indicator_id], e.indicator_id))[:15]
    top_indicators = [
        {"id": e.indicator_id, "key": f"{e.kind}:{e.value}", "common": e.common,
         "report_count": e.report_count, "in_network": in_network[e.indicator_id]}
        for e in top
    ]
    return graph, members, top_indicators


@router.get("/networks/{network_id}", response_class=HTMLResponse)
def network_page(request: Request, network_id: int, analyst: Annotated[Analyst, Depends(require_analyst)]) -> Response:
    hub_threshold = get_settings(request).hub_threshold
    with get_engine(request).connect() as connection:
        net, reached_from = nd.get_network(connection, network_id)
        if net is None:
            return error_page(request, 404, "Network not found", f"There is no network #{network_id}.")
        if reached_from is not None and net.id != network_id:
            return RedirectResponse(f"/networks/{net.id}?from={reached_from}", status_code=303)
        graph, members, top_indicators = _graph(connection, net.id, analyst, hub_threshold)
        timeline = nd.timeline(connection, net.id, net.first_seen, net.last_seen)
    choices = sorted(members, key=lambda m: m.received_at)[:300]
    redirected = request.query_params.get("from")
    context = {
        "section": "networks", "net": net, "graph": graph, "timeline": timeline, "choices": choices,
        "top_indicators": top_indicators, "hub_threshold": hub_threshold,
        "redirected_from": redirected if redirected and redirected.isdigit() else None,
    }
    return render(request, "network.html", context)


@router.get("/networks/{network_id}/why", response_class=HTMLResponse)
def why_linked(
    request: Request,
    network_id: int,
    analyst: Annotated[Analyst, Depends(require_analyst)],
    a: Annotated[int, Query()],
    b: Annotated[int, Query()],
) -> HTMLResponse:
    policy = HubPolicy.from_settings(get_settings(request))
    with get_engine(request).connect() as connection:
        chain, error = explain_chain(connection, network_id, a, b, analyst.agency, policy, shortest_chain)
    return render(request, "why.html", {"chain": chain, "error": error})
