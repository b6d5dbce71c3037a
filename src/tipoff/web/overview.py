"""The overview page: reports per day, losses by scam type and victim country, top networks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection

from tipoff.link.network_list import NetworkQuery, list_networks
from tipoff.link.network_summaries import NetworkSummary, summary
from tipoff.request_deps import get_clock, get_engine
from tipoff.store.indicator_reads import Breakdown
from tipoff.store.report_snapshot import shared_columns
from tipoff.visibility import Viewer
from tipoff.web.context import Analyst, current_session, render, require_analyst, viewer_of

router = APIRouter(include_in_schema=False)
CHART_DAYS = 90
BREAKDOWN_ROWS = 12  # rows of the losses tables; the rest is one "other" row


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


@dataclass(frozen=True, slots=True)
class Rest:
    """The groups past the shown rows of a breakdown, summed (the table's last row)."""

    groups: int
    reports: int
    loss_usd: float


def shown_and_rest(
    breakdown: list[Breakdown], shown: int = BREAKDOWN_ROWS
) -> tuple[list[Breakdown], Rest | None]:
    """The ``shown`` largest groups by loss, and the rest summed (None when nothing is left)."""
    rest = breakdown[shown:]
    if not rest:
        return breakdown, None
    return breakdown[:shown], Rest(
        len(rest), sum(b.reports for b in rest), sum(b.loss_usd for b in rest)
    )


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
    by_type, other_types = shown_and_rest(index.losses_by(viewer, "scam_type", limit=None))
    by_country, other_countries = shown_and_rest(
        index.losses_by(viewer, "victim_country", limit=None)
    )
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
        "other_types": other_types,
        "by_country": by_country,
        "other_countries": other_countries,
        "networks": top,
        "max_type_loss": max((b.loss_usd for b in by_type), default=0.0) or 1.0,
        "max_country_loss": max((b.loss_usd for b in by_country), default=0.0) or 1.0,
    }
    return render(request, "overview.html", context)
