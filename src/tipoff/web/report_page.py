"""Analyst page of one report: texts with identifiers and red flags marked, assessment, network."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from tipoff.assess.taxonomy import SCAM_TYPES
from tipoff.errors import NotFound
from tipoff.link import network_summaries
from tipoff.link.indicator_views import citations
from tipoff.request_deps import get_engine, get_settings, get_store
from tipoff.store.indicator_reads import report_indicators
from tipoff.store.report_snapshot import shared_columns
from tipoff.web.context import Analyst, error_page, render, require_analyst, viewer_of
from tipoff.web.ids import parse_id
from tipoff.web.report_view import build_report_view, shown_sightings

router = APIRouter(include_in_schema=False)


def _not_found(request: Request, report_id: str, analyst: Analyst) -> HTMLResponse:
    return error_page(
        request,
        404,
        "Report not found",
        f"No report {report_id} is visible to {analyst.agency.code}.",
    )


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(
    request: Request, report_id: str, analyst: Annotated[Analyst, Depends(require_analyst)]
) -> HTMLResponse:
    wanted = parse_id(report_id)
    if wanted is None:
        return _not_found(request, report_id[:40], analyst)
    viewer = viewer_of(analyst)
    try:
        report = get_store(request).get_report(wanted, viewer=viewer)
    except NotFound:
        return _not_found(request, str(wanted), analyst)
    with get_engine(request).connect() as connection:
        identifiers = shown_sightings(report, report_indicators(connection, wanted))
        snapshot = shared_columns(request.app.state).refresh(connection)
        # Counts over the reports this analyst may see (this one included).
        cited = citations(connection, snapshot, viewer, [i.indicator_id for i in identifiers])
        networks = network_summaries.networks_of_reports(connection, [wanted], viewer, limit=1)
    identifiers = [
        replace(i, report_count=int(cited[i.indicator_id].rows.size))
        if i.indicator_id in cited
        else replace(i, report_count=1)
        for i in identifiers
    ]
    context = {
        "section": "networks",
        "view": build_report_view(report, identifiers),
        "verdicts": get_store(request).list_verdicts(viewer=viewer, report_id=wanted),
        "scam_types": SCAM_TYPES,
        "network": networks[0] if networks else None,
        "hub_of": network_summaries.hub_test(get_settings(request)),
    }
    return render(request, "report.html", context)
