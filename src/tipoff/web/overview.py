"""The overview page: reports per day, losses by scam type and victim country, top networks."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection

from tipoff.link.network_list import NetworkQuery, list_networks
from tipoff.link.network_summaries import NetworkSummary, summary
from tipoff.request_deps import get_clock, get_engine
from tipoff.store.report_snapshot import shared_columns
from tipoff.visibility import Viewer
from tipoff.web.context import Analyst, current_session, render, require_analyst, viewer_of

router = APIRouter(include_in_schema=False)
CHART_DAYS = 90


def newest_high_harm(
    connection: Connection, viewer: Viewer, limit: int = 10, pool: int = 100
) -> list[NetworkSummary]:
    """Of the ``pool`` networks most harmful as ``viewer`` sees them, the ``limit`` seen last."""
    rows, _ = list_networks(connection, NetworkQuery(limit=pool), viewer)
    never = datetime.min.replace(tzinfo=UTC)
    top = [summary(row) for row in rows]
    return sorted(top, key=lambda n: (n.last_seen or never, -n.id), reverse=True)[:limit]


@router.get("/")
def home(request: Request) -> Response:
    """Analysts land on the overview, everyone else on the public check."""
    target = "/overview" if current_session(request) else "/check"
    return RedirectResponse(target, status_code=303)


@router.get("/overview", response_class=HTMLResponse)
def overview(
    request: Request, analyst: Annotated[Analyst, Depends(require_analyst)]
) -> HTMLResponse:
    viewer = viewer_of(analyst)
    with get_engine(request).connect() as connection:
        index = shared_columns(request.app.state).refresh(connection)
        top = newest_high_harm(connection, viewer, limit=10)
    total = index.totals(viewer)
    until = total.newest or get_clock(request)().astimezone(UTC)
    per_day = index.per_day(viewer, until.date(), CHART_DAYS)
    by_type = index.losses_by(viewer, "scam_type")
    by_country = index.losses_by(viewer, "victim_country")
    chart = {
        "type": "bar",
        "label": "reports",
        "labels": [d.isoformat() for d, _ in per_day],
        "values": [n for _, n in per_day],
    }
    context = {
        "section": "overview",
        "totals": total,
        "chart": chart,
        "days": CHART_DAYS,
        "by_type": by_type,
        "by_country": by_country,
        "networks": top,
        "max_type_loss": max((b.loss_usd for b in by_type), default=0.0) or 1.0,
        "max_country_loss": max((b.loss_usd for b in by_country), default=0.0) or 1.0,
    }
    return render(request, "overview.html", context)
