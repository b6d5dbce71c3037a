"""Indicators API: one indicator's sightings, network, hub/common status, first and last seen;
and the list of hubs (values shown to analysts but not used to link).

Both as the calling agency sees them: counts, dates, reports and networks from the reports
it may see; a value known only from reports it may not see is the same 404 as an unknown one.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Engine

from tipoff.api.query_params import reject_unknown_query
from tipoff.link.hubs import HubPolicy
from tipoff.link.indicator_lookup import indicator_detail, list_hub_indicators
from tipoff.request_deps import get_engine, get_settings, require_agency
from tipoff.settings import Settings
from tipoff.store.records import Agency
from tipoff.visibility import Viewer

router = APIRouter(
    prefix="/api/v1/indicators", tags=["indicators"], dependencies=[Depends(reject_unknown_query)]
)
_PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}


@router.get("/hubs", responses={401: _PROBLEM})
def get_hubs(
    agency: Annotated[Agency, Depends(require_agency)],
    engine: Annotated[Engine, Depends(get_engine)],
    settings: Annotated[Settings, Depends(get_settings)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict[str, Any]:
    """Hub indicators (shown to analysts, not used to link), most-cited first, with the reason."""
    with engine.connect() as connection:
        hubs = list_hub_indicators(
            connection, HubPolicy.from_settings(settings), Viewer.agency(agency.id), limit
        )
    return {"items": hubs}


@router.get("/{kind}/{value:path}", responses={401: _PROBLEM, 404: _PROBLEM, 422: _PROBLEM})
def get_indicator(
    kind: str,
    value: str,
    agency: Annotated[Agency, Depends(require_agency)],
    engine: Annotated[Engine, Depends(get_engine)],
    settings: Annotated[Settings, Depends(get_settings)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> dict[str, Any]:
    """Where ``kind:value`` (canonical form, e.g. ``phone/+85512345678``) was sighted, and its network."""
    with engine.connect() as connection:
        return indicator_detail(
            connection,
            kind,
            value,
            Viewer.agency(agency.id),
            HubPolicy.from_settings(settings),
            limit,
        )
