"""Indicator search and the page of one indicator: canonical form, sightings, networks."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from tipoff.check.verdict import common_words
from tipoff.indicators import canonicalize, extract
from tipoff.indicators.warninglist import bundled_warninglist
from tipoff.link import network_summaries
from tipoff.link.hubs import HubPolicy
from tipoff.link.indicator_views import as_seen, citations, indicator_view
from tipoff.model import FoundIndicator
from tipoff.request_deps import get_engine, get_settings
from tipoff.share.feeds.store import SqlFeedStore
from tipoff.store.indicator_matches import MIN_CHARS, find_indicators, search_text
from tipoff.store.indicator_reads import (
    IndicatorRow,
    indicator_by_id,
    indicator_by_key,
    indicators_by_value,
)
from tipoff.store.report_snapshot import Snapshot, shared_columns
from tipoff.visibility import Viewer
from tipoff.web.context import Analyst, error_page, render, require_analyst, viewer_of
from tipoff.web.ids import digits, parse_id
from tipoff.web.indicator_search import MAX_QUERY_CHARS, candidates
from tipoff.web.page_cache import TtlCache, app_cache

router = APIRouter(include_in_schema=False)
SIGHTINGS_SHOWN = 100
PAGE_SIZE = 25  # identifiers containing the text, per page
MISSING = object()  # cached "no visible report cites it" (the cache keeps no None)


def _extract(text: str, country_hint: str | None) -> list[FoundIndicator]:
    return list(extract(text, country_hint=country_hint))


def _canonicalize(kind: str, value: str) -> str | None:
    try:
        return canonicalize(kind, value)
    except ValueError:
        return None


def search_regions(analyst: Analyst, snapshot: Snapshot, viewer: Viewer) -> list[str]:
    """Where a national-form number is read: the agency's country, then the victim countries
    of the reports this analyst may see (an agency with no country still finds local numbers)."""
    countries, _ = snapshot.choices(viewer)
    own = [analyst.agency.country] if analyst.agency.country else []
    return own + [c for c in countries if c not in own]


@router.get("/indicators", response_class=HTMLResponse)
def search(
    request: Request,
    analyst: Annotated[Analyst, Depends(require_analyst)],
    q: Annotated[str, Query(max_length=MAX_QUERY_CHARS)] = "",
    offset: Annotated[str, Query(max_length=12)] = "",
) -> HTMLResponse:
    stored: list[IndicatorRow] = []
    viewer = viewer_of(analyst)
    part = search_text(q)
    start = int(offset) if digits(offset) else 0
    with get_engine(request).connect() as connection:
        snapshot = shared_columns(request.app.state).refresh(connection)
        found = candidates(q, _extract, _canonicalize, search_regions(analyst, snapshot, viewer))
        for candidate in found:
            row = indicator_by_key(connection, candidate.kind, candidate.value)
            if row is not None:
                stored.append(row)
        if q.strip() and not stored:
            stored = indicators_by_value(connection, q.strip())
        # A hit exists only where a report this analyst may see cites it, counted over those.
        inside = find_indicators(connection, part, viewer, PAGE_SIZE, start) if part else None
        shown = stored + (inside.rows if inside else [])
        cited = citations(connection, snapshot, viewer, [row.id for row in shown])
    # Counts and dates over the visible citing reports, the same as_seen the indicator page uses.
    matches = [as_seen(row, cited[row.id], snapshot) for row in stored if row.id in cited]
    containing = [as_seen(r, cited[r.id], snapshot) for r in (inside.rows if inside else [])]
    context = {
        "section": "indicators",
        "q": q,
        "candidates": found,
        "matches": matches,
        "inside": inside,
        "containing": containing,
        "too_short": bool(q.strip()) and part is None,
        "min_chars": MIN_CHARS,
        "page_url": lambda at: "/indicators?" + urlencode({"q": q, "offset": at}),
        "hub_of": network_summaries.hub_test(get_settings(request)),
        "listings": SqlFeedStore(get_engine(request)).listings(
            [(c.kind, c.value) for c in found], at=datetime.now(UTC)
        ),
    }
    return render(request, "indicators.html", context)


def view_cache(request: Request) -> TtlCache:
    return app_cache(request.app.state, "indicator_cache", maxsize=64)


def _not_found(request: Request, indicator_id: str) -> HTMLResponse:
    # The same page for an unknown id and one only reports hidden from the viewer cite.
    return error_page(request, 404, "Indicator not found", f"No indicator {indicator_id}.")


@router.get("/indicators/{indicator_id}", response_class=HTMLResponse)
def indicator_page(
    request: Request, indicator_id: str, analyst: Annotated[Analyst, Depends(require_analyst)]
) -> HTMLResponse:
    wanted = parse_id(indicator_id)
    if wanted is None:
        return _not_found(request, indicator_id[:40])
    policy = HubPolicy.from_settings(get_settings(request))
    with get_engine(request).connect() as connection:
        row = indicator_by_id(connection, wanted)
        if row is None:
            return _not_found(request, str(wanted))
        snapshot = shared_columns(request.app.state).refresh(connection)
        viewer = viewer_of(analyst)
        # A new or deleted citing report changes the stored count or last sighting, so the
        # key changes with what the viewer may see of the indicator (kept 5 minutes).
        key = ("indicator", row.id, row.report_count, row.last_seen, viewer)
        detail = view_cache(request).get_or_make(
            key,
            lambda: (
                indicator_view(connection, row, viewer, snapshot, policy, SIGHTINGS_SHOWN)
                or MISSING
            ),
        )
    if detail is MISSING:
        return _not_found(request, str(wanted))
    lists = bundled_warninglist().matches(row.kind, row.value) if row.common else []
    context = {
        "section": "indicators",
        "ind": detail.row,
        "detail": detail,
        "common_as": common_words(lists),
        "listings": SqlFeedStore(get_engine(request)).listings(
            [(row.kind, row.value)], at=datetime.now(UTC)
        ),
    }
    return render(request, "indicator.html", context)
