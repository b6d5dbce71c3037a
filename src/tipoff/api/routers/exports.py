"""Export API: ``GET /api/v1/export`` streams the tables the calling agency may see.

A thin layer over ``tipoff.share.exports``: CSV, JSON Lines or a STIX 2.1 bundle of
reports, indicators or networks, narrowed by ``network`` and ``kind``; visibility, the
boundary rules and the audit row all live in the library.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from sqlalchemy import Engine

from tipoff.api.query_params import reject_unknown_query
from tipoff.api.wire import SQL_INT_MAX
from tipoff.request_deps import get_clock, get_engine, get_store, require_agency
from tipoff.share.exports import MEDIA_TYPES, ExportQuery, export_stream
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency
from tipoff.visibility import Viewer

router = APIRouter(
    prefix="/api/v1/export",
    tags=["sharing"],
    dependencies=[Depends(reject_unknown_query)],
)


@router.get(
    "",
    summary="Download reports, indicators or networks the agency may see (CSV, JSONL, STIX)",
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {
                "text/csv": {},
                "application/x-ndjson": {},
                "application/stix+json;version=2.1": {},
            }
        }
    },
)
def export(
    agency: Annotated[Agency, Depends(require_agency)],
    store: Annotated[ReportStore, Depends(get_store)],
    engine: Annotated[Engine, Depends(get_engine)],
    clock: Annotated[Callable[[], datetime], Depends(get_clock)],
    what: Annotated[
        str, Query(max_length=20, description="reports, indicators or networks")
    ] = "reports",
    format: Annotated[str, Query(max_length=10, description="csv, jsonl or stix")] = "csv",
    network: Annotated[
        int | None, Query(ge=1, le=SQL_INT_MAX, description="Only this network")
    ] = None,
    kind: Annotated[
        str | None, Query(max_length=20, description="Indicators of this kind only")
    ] = None,
) -> StreamingResponse:
    query = ExportQuery.parse(what, format, network=network, kind=kind)
    stream = export_stream(
        store,
        engine,
        Viewer.agency(agency.id),
        query,
        actor=f"agency {agency.code} (api export)",
        clock=clock,
    )
    suffix = "json" if query.format.value == "stix" else query.format.value
    filename = f"tipoff-{agency.code}-{query.what.value}.{suffix}"
    return StreamingResponse(
        stream,
        media_type=MEDIA_TYPES[query.format],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
