"""Analyst page of one report: texts with identifiers and red flags marked, assessment, network."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from tipoff.api.deps import get_engine, get_settings, get_store
from tipoff.errors import NotFound
from tipoff.web import network_data
from tipoff.web.context import Analyst, error_page, render, require_analyst
from tipoff.web.queries import report_indicators
from tipoff.web.report_view import build_report_view

router = APIRouter(include_in_schema=False)


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(
    request: Request, report_id: int, analyst: Annotated[Analyst, Depends(require_analyst)]
) -> HTMLResponse:
    try:
        report = get_store(request).get_report(report_id, viewer=analyst.agency)
    except NotFound:
        return error_page(
            request,
            404,
            "Report not found",
            f"No report {report_id} is visible to {analyst.agency.code}.",
        )
    engine = get_engine(request)
    with engine.connect() as connection:
        identifiers = report_indicators(connection, report_id)
        network = network_data.network_of_report(connection, report_id)
    view = build_report_view(report, identifiers)
    context = {
        "section": "networks",
        "view": view,
        "network": network,
        "hub_of": network_data.hub_test(get_settings(request)),
    }
    return render(request, "report.html", context)
