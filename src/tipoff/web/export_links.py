"""The dashboard's download links: ``/export?what=…&format=…`` for a logged-in analyst.

The same export as ``GET /api/v1/export`` (``tipoff.share.exports``), under the analyst's
agency view, audited with the dashboard principal as actor.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from tipoff.request_deps import get_clock, get_engine, get_store
from tipoff.share.exports import MEDIA_TYPES, ExportQuery, export_stream
from tipoff.web.context import Analyst, require_analyst, viewer_of
from tipoff.web.ids import MAX_ID

router = APIRouter()


@router.get("/export")
def download(
    request: Request,
    analyst: Annotated[Analyst, Depends(require_analyst)],
    what: Annotated[str, Query(max_length=20)] = "reports",
    format: Annotated[str, Query(max_length=10)] = "csv",
    network: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    kind: Annotated[str | None, Query(max_length=20)] = None,
) -> StreamingResponse:
    query = ExportQuery.parse(what, format, network=network, kind=kind)
    stream = export_stream(
        get_store(request),
        get_engine(request),
        viewer_of(analyst),
        query,
        actor=f"dashboard {analyst.session.principal}",
        clock=get_clock(request),
    )
    suffix = "json" if query.format.value == "stix" else query.format.value
    name = f"tipoff-{analyst.agency.code}-{query.what.value}"
    if query.network is not None:
        name += f"-network-{query.network}"
    return StreamingResponse(
        stream,
        media_type=MEDIA_TYPES[query.format],
        headers={"Content-Disposition": f'attachment; filename="{name}.{suffix}"'},
    )
