"""Disclosures API: the calling agency's own disclosure trail (tipoff.share.disclosures).

``GET /api/v1/disclosures`` answers JSON Lines, oldest first: one line per TAXII response
or push that carried the agency's objects to a partner (partner, clearance, purpose,
endpoint, object ids by marking) and per file export. An agency reads only its own trail.
"""

from __future__ import annotations

from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from sqlalchemy import Engine

from tipoff.api.query_params import reject_unknown_query
from tipoff.request_deps import get_engine, require_agency
from tipoff.share.disclosures import disclosures
from tipoff.store.records import Agency

router = APIRouter(
    prefix="/api/v1/disclosures",
    tags=["sharing"],
    dependencies=[Depends(reject_unknown_query)],
)


@router.get(
    "",
    summary="The calling agency's disclosure trail (JSON Lines, oldest first)",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {}}}},
)
def list_disclosures(
    agency: Annotated[Agency, Depends(require_agency)],
    engine: Annotated[Engine, Depends(get_engine)],
    partner: Annotated[
        str | None, Query(max_length=64, description="Only this partner's disclosures.")
    ] = None,
) -> StreamingResponse:
    lines = (
        orjson.dumps(row.as_json()) + b"\n"
        for row in disclosures(engine, agency.code, partner=partner)
    )
    return StreamingResponse(lines, media_type="application/x-ndjson")
