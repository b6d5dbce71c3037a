"""Networks API: ranked and filtered list, one network in full, and explanations.

Every route needs an agency API key and shows networks as the calling agency sees them
(``tipoff.visibility``): members, identifiers, graph and statistics come from the reports it
may see, and a network with fewer than two of those is the same 404 as an unknown id. A
retired network id (merged into another the caller may see) answers 308 with its URL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel
from sqlalchemy import Engine

from tipoff.api.query_params import reject_unknown_query
from tipoff.api.wire import SQL_COUNT_MAX, SQL_INT_MAX
from tipoff.errors import ValidationError
from tipoff.intake.schema import FilterMoment
from tipoff.link.explain import why_linked
from tipoff.link.harm import SortField
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_detail import network_detail, visible_network
from tipoff.link.network_list import NetworkQuery, list_networks
from tipoff.link.network_reports import MAX_LIMIT, ReportSort, network_reports
from tipoff.request_deps import get_engine, get_settings, require_agency
from tipoff.settings import Settings
from tipoff.store.records import Agency
from tipoff.visibility import Viewer

router = APIRouter(
    prefix="/api/v1/networks", tags=["networks"], dependencies=[Depends(reject_unknown_query)]
)
_PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}


class NetworkOut(BaseModel):
    """Harm statistics of one network (see docs/networks.md for the harm score)."""

    id: int
    reports: int
    victims: int
    loss_usd: float
    countries: int
    country_codes: list[tuple[str, int]]
    scam_types: int
    scam_type_codes: list[tuple[str, int]]
    first_seen: datetime | None
    last_seen: datetime | None
    growth_7d: int
    growth_30d: int
    harm_score: float
    sub_networks: int
    updated_at: datetime


class NetworkPage(BaseModel):
    items: list[NetworkOut]
    total: int
    limit: int
    offset: int
    next_offset: int | None


class NetworkDetailOut(BaseModel):
    network: NetworkOut
    reports: Sequence[Mapping[str, Any]]
    indicators: Sequence[Mapping[str, Any]]
    nodes: Sequence[Mapping[str, Any]]
    edges: Sequence[Mapping[str, Any]]
    graph_truncated: bool
    related: list[dict[str, Any]]  # other networks via this one's bridges and shared payees


class NetworkReportOut(BaseModel):
    """One member report of a network, as the caller may see it."""

    id: int
    external_id: str | None
    agency: str
    tlp: str
    received_at: datetime
    victim_country: str | None
    channel: str | None
    scam_type: str | None
    loss_usd: float | None
    sub_network: int | None


class NetworkReportPage(BaseModel):
    network_id: int
    items: list[NetworkReportOut]
    total: int
    limit: int
    offset: int
    next_offset: int | None


class ExplainOut(BaseModel):
    network_id: int
    source: int
    target: int
    chain: list[dict[str, Any]]
    text: str


def _redirect_if_retired(
    engine: Engine, request: Request, network_id: int, viewer: Viewer
) -> RedirectResponse | None:
    # Visibility first: a retired id of a network the caller may not see is a plain 404.
    with engine.connect() as connection:
        live = visible_network(connection, network_id, viewer)
    if live == network_id:
        return None
    path = request.url.path.replace(f"/networks/{network_id}", f"/networks/{live}", 1)
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(path + query, status_code=308)


@router.get("", response_model=NetworkPage, responses={401: _PROBLEM, 422: _PROBLEM})
def get_networks(
    agency: Annotated[Agency, Depends(require_agency)],
    engine: Annotated[Engine, Depends(get_engine)],
    settings: Annotated[Settings, Depends(get_settings)],
    sort: SortField = "harm_score",
    order: Literal["desc", "asc"] = "desc",
    min_reports: Annotated[int, Query(ge=1, le=SQL_COUNT_MAX)] = 2,
    max_reports: Annotated[int | None, Query(ge=1, le=SQL_COUNT_MAX)] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
    scam_type: Annotated[str | None, Query(max_length=64)] = None,
    min_loss_usd: Annotated[float | None, Query(ge=0)] = None,
    min_harm: float | None = None,
    seen_since: FilterMoment | None = None,
    min_growth_7d: Annotated[int | None, Query(ge=0, le=SQL_COUNT_MAX)] = None,
    min_growth_30d: Annotated[int | None, Query(ge=0, le=SQL_COUNT_MAX)] = None,
    limit: Annotated[int | None, Query(ge=1, le=SQL_INT_MAX)] = None,
    offset: Annotated[int, Query(ge=0, le=SQL_INT_MAX)] = 0,
) -> NetworkPage:
    """Networks ranked by ``sort`` (harm score by default), filtered, one page at a time."""
    size = min(limit or settings.page_size, settings.max_page_size)
    query = NetworkQuery(
        sort,
        order == "desc",
        min_reports,
        max_reports,
        country.upper() if country else None,
        scam_type,
        min_loss_usd,
        min_harm,
        seen_since,
        min_growth_7d,
        min_growth_30d,
        size,
        offset,
    )
    with engine.connect() as connection:
        rows, total = list_networks(connection, query, Viewer.agency(agency.id))
    following = offset + size if offset + size < total else None
    return NetworkPage(
        items=[NetworkOut.model_validate(r) for r in rows],
        total=total,
        limit=size,
        offset=offset,
        next_offset=following,
    )


@router.get(
    "/{network_id}",
    response_model=NetworkDetailOut,
    responses={308: {}, 401: _PROBLEM, 404: _PROBLEM},
)
def get_network(
    network_id: Annotated[int, Path(ge=1, le=SQL_INT_MAX)],
    request: Request,
    agency: Annotated[Agency, Depends(require_agency)],
    engine: Annotated[Engine, Depends(get_engine)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> Any:
    """One network: statistics, member reports, indicators (with hub/common flags) and its graph."""
    viewer = Viewer.agency(agency.id)
    redirect = _redirect_if_retired(engine, request, network_id, viewer)
    if redirect is not None:
        return redirect
    with engine.connect() as connection:
        detail = network_detail(connection, network_id, viewer, HubPolicy.from_settings(settings))
    return NetworkDetailOut(
        network=NetworkOut.model_validate(detail.network),
        reports=detail.reports,
        indicators=detail.indicators,
        nodes=detail.nodes,
        edges=detail.edges,
        graph_truncated=detail.graph_truncated,
        related=detail.related,
    )


@router.get(
    "/{network_id}/reports",
    response_model=NetworkReportPage,
    responses={308: {}, 401: _PROBLEM, 404: _PROBLEM, 422: _PROBLEM},
)
def get_network_reports(
    network_id: Annotated[int, Path(ge=1, le=SQL_INT_MAX)],
    request: Request,
    agency: Annotated[Agency, Depends(require_agency)],
    engine: Annotated[Engine, Depends(get_engine)],
    settings: Annotated[Settings, Depends(get_settings)],
    sort: ReportSort = "received_at",
    order: Literal["asc", "desc"] = "asc",
    limit: Annotated[int | None, Query(ge=1, le=MAX_LIMIT)] = None,
    offset: Annotated[int, Query(ge=0, le=SQL_INT_MAX)] = 0,
) -> Any:
    """The network's member reports the caller may see, sorted, one page at a time (the report
    ids for ``/explain``). A network hidden from the caller is the same 404 as an unknown id."""
    viewer = Viewer.agency(agency.id)
    redirect = _redirect_if_retired(engine, request, network_id, viewer)
    if redirect is not None:
        return redirect
    size = min(limit or settings.page_size, settings.max_page_size, MAX_LIMIT)
    with engine.connect() as connection:
        page = network_reports(connection, network_id, viewer, sort, order == "desc", size, offset)
    return NetworkReportPage(
        network_id=page.network_id,
        items=[NetworkReportOut(**r) for r in page.items],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
        next_offset=page.next_offset,
    )


@router.get(
    "/{network_id}/explain",
    response_model=ExplainOut,
    responses={308: {}, 401: _PROBLEM, 404: _PROBLEM},
)
def explain_link(
    network_id: Annotated[int, Path(ge=1, le=SQL_INT_MAX)],
    request: Request,
    agency: Annotated[Agency, Depends(require_agency)],
    engine: Annotated[Engine, Depends(get_engine)],
    settings: Annotated[Settings, Depends(get_settings)],
    source: Annotated[int, Query(alias="from", ge=1, le=SQL_INT_MAX, description="Report id")],
    target: Annotated[int, Query(alias="to", ge=1, le=SQL_INT_MAX, description="Report id")],
) -> Any:
    """The shortest chain of shared identifiers joining two reports of the network.

    Both reports must be members the caller may see, and the chain passes only through
    reports it may see (a shorter chain through a hidden report is not shown).
    """
    viewer = Viewer.agency(agency.id)
    redirect = _redirect_if_retired(engine, request, network_id, viewer)
    if redirect is not None:
        return redirect
    policy = HubPolicy.from_settings(settings)
    with engine.connect() as connection:
        steps = why_linked(connection, network_id, source, target, viewer, policy)
    if steps is None:
        raise ValidationError(
            "these reports are in the network but not joined through reports you may see "
            "(or no longer joined: relink pending)",
            path="to",
        )
    chain: list[dict[str, Any]] = [
        {"type": "report", "id": s.id}
        if s.kind == "report"
        else {"type": "indicator", "id": s.id, "label": s.label}
        for s in steps
    ]
    text = " → ".join(f"report {s.id}" if s.kind == "report" else s.label for s in steps)
    return ExplainOut(network_id=network_id, source=source, target=target, chain=chain, text=text)
