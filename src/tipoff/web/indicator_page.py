"""Indicator search and the page of one indicator: canonical form, sightings, networks."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from tipoff.api.deps import get_engine, get_settings
from tipoff.link.hubs import HubPolicy
from tipoff.model import FoundIndicator
from tipoff.web import network_data
from tipoff.web.context import Analyst, error_page, render, require_analyst
from tipoff.web.indicator_data import indicator_view
from tipoff.web.indicator_search import MAX_QUERY_CHARS, candidates
from tipoff.web.page_cache import TtlCache
from tipoff.web.queries import IndicatorRow, indicator_by_id, indicator_by_key, indicators_by_value
from tipoff.web.report_columns import shared_columns

router = APIRouter(include_in_schema=False)
SIGHTINGS_SHOWN = 100


def _extract(text: str) -> list[FoundIndicator]:
    from tipoff.indicators import extract

    return list(extract(text))


def _canonicalize(kind: str, value: str) -> str | None:
    from tipoff.indicators import canonicalize

    try:
        return canonicalize(kind, value)
    except ValueError:
        return None


@router.get("/indicators", response_class=HTMLResponse)
def search(
    request: Request,
    analyst: Annotated[Analyst, Depends(require_analyst)],
    q: Annotated[str, Query(max_length=MAX_QUERY_CHARS)] = "",
) -> HTMLResponse:
    found = candidates(q, _extract, _canonicalize)
    matches: list[IndicatorRow] = []
    with get_engine(request).connect() as connection:
        for candidate in found:
            row = indicator_by_key(connection, candidate.kind, candidate.value)
            if row is not None:
                matches.append(row)
        if q.strip() and not matches:
            matches = indicators_by_value(connection, q.strip())
    context = {
        "section": "indicators",
        "q": q,
        "candidates": found,
        "matches": matches,
        "hub_of": network_data.hub_test(get_settings(request)),
    }
    return render(request, "indicators.html", context)


def view_cache(request: Request) -> TtlCache:
    state = request.app.state
    if getattr(state, "indicator_cache", None) is None:
        state.indicator_cache = TtlCache(maxsize=64, ttl_s=300.0)
    return state.indicator_cache


@router.get("/indicators/{indicator_id}", response_class=HTMLResponse)
def indicator_page(
    request: Request, indicator_id: int, analyst: Annotated[Analyst, Depends(require_analyst)]
) -> HTMLResponse:
    policy = HubPolicy.from_settings(get_settings(request))
    with get_engine(request).connect() as connection:
        row = indicator_by_id(connection, indicator_id)
        if row is None:
            return error_page(request, 404, "Indicator not found", f"No indicator {indicator_id}.")
        columns = shared_columns(request.app.state)
        columns.refresh(connection)
        # A new sighting changes report_count, so the key changes with the indicator (kept 5 minutes).
        key = ("indicator", row.id, row.report_count, row.last_seen, analyst.agency.id)
        view = view_cache(request).get_or_make(
            key,
            lambda: indicator_view(
                connection, row, analyst.agency, columns, policy, SIGHTINGS_SHOWN
            ),
        )
        networks = network_data.networks_by_id(connection, [n for n, _ in view.networks])
    context = {"section": "indicators", "ind": row, "detail": view, "networks": networks}
    return render(request, "indicator.html", context)
