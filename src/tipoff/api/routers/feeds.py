"""Feeds API: an agency imports its own feed file (``tipoff.share.feeds``), audited.

``POST /api/v1/feeds/{name}/import?format=plain|misp-freetext|misp-csv`` with the file as the
body. Authenticated by the agency's API key; the feed is the agency's: it is named
``<agency code>.<name>`` (lower case), so one agency never refreshes or shadows another's
or a built-in feed, and it is **private** (shown to agencies on the dashboard and the API,
never on the public check), whatever the request says. Every import, refused rows counted,
is written to the append-only audit log (``feed-import``, actor the agency). A MISP feed
*folder* (manifest and events) is not one file: import it with ``tipoff feeds import``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from tipoff.api.query_params import reject_unknown_query
from tipoff.errors import ValidationError
from tipoff.request_deps import get_clock, get_engine, get_store, require_agency
from tipoff.share.feeds.catalogue import custom_feed
from tipoff.share.feeds.importing import import_feed
from tipoff.share.feeds.store import SqlFeedStore
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency

router = APIRouter(
    prefix="/api/v1/feeds", tags=["feeds"], dependencies=[Depends(reject_unknown_query)]
)
_PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}
API_FORMATS = ("plain", "misp-freetext", "misp-csv")


def agency_feed_name(agency: Agency, name: str) -> str:
    """The stored name of an agency's feed ``name``: ``<agency code>.<name>``, lower case."""
    return f"{agency.code.lower()}.{name}"


def _columns(text: str) -> tuple[int, ...]:
    try:
        found = tuple(int(part) for part in text.split(","))
    except ValueError as error:
        raise ValidationError("numbers from 1, comma-separated", path="columns") from error
    if not found or any(not 1 <= c <= 1000 for c in found):
        raise ValidationError("numbers from 1 to 1000, comma-separated", path="columns")
    return found


@router.post(
    "/{name}/import",
    responses={401: _PROBLEM, 413: _PROBLEM, 422: _PROBLEM},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"text/plain": {"schema": {"type": "string"}}},
        }
    },
)
async def import_agency_feed(
    request: Request,
    agency: Annotated[Agency, Depends(require_agency)],
    store: Annotated[ReportStore, Depends(get_store)],
    engine: Annotated[Engine, Depends(get_engine)],
    clock: Annotated[Callable[[], datetime], Depends(get_clock)],
    name: Annotated[str, PathParam(max_length=40, description="The feed's name (a-z0-9._-)")],
    format: Annotated[
        str, Query(max_length=20, description="plain, misp-freetext or misp-csv")
    ] = "plain",
    kind: Annotated[
        str | None, Query(max_length=20, description="plain: the kind of every value")
    ] = None,
    columns: Annotated[str, Query(max_length=100, description="misp-csv: 1-based")] = "1",
    delimiter: Annotated[str, Query(max_length=1, description="misp-csv")] = ",",
    confidence: Annotated[int, Query(ge=0, le=100)] = 50,
    half_life_days: Annotated[float, Query(gt=0, le=36500)] = 90.0,
) -> dict[str, object]:
    """Import one feed file of the calling agency's; the counts of what it did."""
    if format not in API_FORMATS:
        raise ValidationError(f"format is one of {', '.join(API_FORMATS)}", path="format")
    spec = custom_feed(
        agency_feed_name(agency, name),
        format,
        kind=kind,
        url=f"api upload by {agency.code}",
        title=f"{name} ({agency.code})",
        confidence=confidence,
        half_life_days=half_life_days,
        public=False,
        columns=_columns(columns),
        delimiter=delimiter,
    )
    body = await request.body()

    def run() -> dict[str, object]:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "upload.txt"
            path.write_bytes(body)
            result = import_feed(
                SqlFeedStore(engine),
                spec,
                path,
                at=clock(),
                audit=store,
                actor=f"agency {agency.code} (api feed import)",
            )
        answer = result.as_json()
        answer["source_file"] = "upload"  # the server's temporary path is nobody's business
        return answer

    return await run_in_threadpool(run)
