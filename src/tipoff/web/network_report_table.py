"""The report table of a network page: the member reports the viewer may see, a page at a
time, sortable by column (an htmx partial swaps the table in place).

The rows come from ``tipoff.link.network_reports.network_reports``, the query the API and
CLI use, so visibility is the library's (``Viewer.clause``): a hidden report is neither
listed nor counted. Each row offers its report as an end of "why linked".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection

from tipoff.errors import NotFound
from tipoff.link.network_reports import network_reports
from tipoff.request_deps import get_engine
from tipoff.visibility import Viewer
from tipoff.web.context import Analyst, error_page, render, require_analyst, viewer_of
from tipoff.web.ids import digits, parse_id

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 25
MAX_OFFSET = 10**9
# Column -> the library's sort key; agency and external id are not sortable (the id column
# keeps intake order instead).
SORTS = {
    "received": "received_at",
    "country": "victim_country",
    "type": "scam_type",
    "loss": "loss_usd",
    "id": "id",
}
DEFAULT_SORT, DEFAULT_ORDER = "loss", "desc"


@dataclass(frozen=True, slots=True)
class TableParams:
    """Sort column, direction and first row, read leniently (anything odd: the default)."""

    sort: str = DEFAULT_SORT
    order: str = DEFAULT_ORDER
    offset: int = 0

    @classmethod
    def read(cls, sort: str = "", order: str = "", offset: str = "") -> TableParams:
        text = offset.strip()
        start = min(int(text[:12]), MAX_OFFSET) if digits(text) else 0
        return cls(
            sort if sort in SORTS else DEFAULT_SORT,
            order if order in ("asc", "desc") else DEFAULT_ORDER,
            start,
        )


def table_context(
    connection: Connection, network_id: int, viewer: Viewer, params: TableParams
) -> dict[str, Any]:
    """What ``network_reports.html`` needs; NotFound when the viewer may not see the network."""
    page = network_reports(
        connection,
        network_id,
        viewer,
        sort=SORTS[params.sort],
        descending=params.order == "desc",
        limit=PAGE_SIZE,
        offset=params.offset,
    )
    base = f"/networks/{page.network_id}/reports"

    def url(**changes: Any) -> str:
        merged = {"sort": params.sort, "order": params.order, "offset": 0, **changes}
        return f"{base}?{urlencode(merged)}"

    def sort_url(column: str) -> str:
        # A second click on the sorted column flips it; a new column starts descending.
        flipped = "asc" if params.order == "desc" else "desc"
        return url(sort=column, order=flipped if column == params.sort else "desc")

    previous = max(params.offset - PAGE_SIZE, 0) if params.offset > 0 else None
    return {
        "network_id": page.network_id,
        "rows": page.items,
        "total": page.total,
        "offset": params.offset,
        "sort": params.sort,
        "order": params.order,
        "sort_url": sort_url,
        "previous_url": url(offset=previous) if previous is not None else None,
        "next_url": url(offset=page.next_offset) if page.next_offset is not None else None,
    }


@router.get("/networks/{network_id}/reports", response_class=HTMLResponse)
def report_rows(
    request: Request,
    network_id: str,
    analyst: Annotated[Analyst, Depends(require_analyst)],
    sort: str = "",
    order: str = "",
    offset: str = "",
) -> HTMLResponse:
    """The report table alone, for htmx sorting and paging (also a page without JavaScript)."""
    wanted = parse_id(network_id)
    params = TableParams.read(sort, order, offset)
    with get_engine(request).connect() as connection:
        try:
            context = table_context(connection, wanted or 0, viewer_of(analyst), params)
        except NotFound:  # unknown, or hidden from this viewer: the same answer
            shown = network_id[:40] if wanted is None else str(wanted)
            return error_page(request, 404, "Network not found", f"There is no network #{shown}.")
    # htmx swaps the table in; a browser without JavaScript gets it as a whole page.
    fragment = bool(request.headers.get("hx-request"))
    template = "network_reports.html" if fragment else "network_reports_page.html"
    return render(request, template, {"section": "networks", **context})
