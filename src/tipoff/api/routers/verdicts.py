"""Analysts' verdicts on reports: ``POST`` and ``GET /api/v1/reports/{id}/verdicts``.

An agency records a verdict (scam, not_scam or spam; optionally a scam type, a note, and the
message it is about) on a report it may see; a report it may not see is the same 404 as one
that does not exist. ``tipoff train --from-db`` learns from these (docs/assess.md).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, ConfigDict, Field

from tipoff.api.query_params import reject_unknown_query
from tipoff.api.wire import SQL_COUNT_MAX, SQL_INT_MAX
from tipoff.errors import ValidationError
from tipoff.keys import key_prefix
from tipoff.request_deps import get_clock, get_store, presented_key, require_agency
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, StoredVerdict
from tipoff.verdicts import MAX_NOTE_CHARS, new_verdict
from tipoff.visibility import Viewer

router = APIRouter(
    prefix="/api/v1/reports", tags=["verdicts"], dependencies=[Depends(reject_unknown_query)]
)
_PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}


class VerdictIn(BaseModel):
    """An analyst's verdict on a report, or on one of its messages."""

    model_config = ConfigDict(extra="forbid")

    verdict: Literal["scam", "not_scam", "spam"] = Field(
        description="scam (deceives into paying, revealing credentials or installing), "
        "not_scam (legitimate), or spam (unwanted promotion from a real sender)."
    )
    message_index: int | None = Field(
        None,
        ge=0,
        le=SQL_COUNT_MAX,
        description="Judge the report's messages[N] (0 = first) instead of the whole report.",
    )
    scam_type: str | None = Field(
        None, max_length=64, description="With verdict scam: a scam type of the typology."
    )
    note: str = Field("", max_length=MAX_NOTE_CHARS, description="A short note for colleagues.")


class VerdictOut(BaseModel):
    id: int
    report_id: int
    message_index: int | None
    verdict: str
    scam_type: str | None
    note: str
    agency: str = Field(description="Code of the agency that gave the verdict.")
    actor: str = Field(description="Who: user:NAME (dashboard), key:PREFIX (API) or cli:USER.")
    created_at: datetime

    @classmethod
    def of(cls, verdict: StoredVerdict) -> VerdictOut:
        return cls(
            id=verdict.id,
            report_id=verdict.report_id,
            message_index=verdict.message_index,
            verdict=verdict.verdict,
            scam_type=verdict.scam_type,
            note=verdict.note,
            agency=verdict.agency_code,
            actor=verdict.actor,
            created_at=verdict.created_at,
        )


class VerdictList(BaseModel):
    items: list[VerdictOut]


ReportId = Annotated[int, Path(ge=1, le=SQL_INT_MAX)]


def api_actor(request: Request, agency: Agency) -> str:
    """Who calls: the key's public prefix (the agency is recorded beside it)."""
    prefix = key_prefix(presented_key(request) or "")
    return f"key:{prefix}" if prefix else f"agency:{agency.code}"


@router.post(
    "/{report_id}/verdicts",
    status_code=201,
    response_model=VerdictOut,
    responses={401: _PROBLEM, 404: _PROBLEM, 422: _PROBLEM},
)
def record_verdict(
    request: Request,
    report_id: ReportId,
    body: VerdictIn,
    agency: Annotated[Agency, Depends(require_agency)],
    store: Annotated[ReportStore, Depends(get_store)],
    clock: Annotated[Callable[[], datetime], Depends(get_clock)],
) -> VerdictOut:
    """Record the calling agency's verdict on a report it may see."""
    try:
        verdict = new_verdict(
            report_id,
            body.verdict,
            message_index=body.message_index,
            scam_type=body.scam_type,
            note=body.note,
        )
        stored = store.add_verdict(agency, verdict, actor=api_actor(request, agency), at=clock())
    except ValidationError as error:
        raise ValidationError(str(error), path=f"body.{error.path}") from error
    return VerdictOut.of(stored)


@router.get(
    "/{report_id}/verdicts",
    response_model=VerdictList,
    responses={401: _PROBLEM, 404: _PROBLEM},
)
def list_verdicts(
    report_id: ReportId,
    agency: Annotated[Agency, Depends(require_agency)],
    store: Annotated[ReportStore, Depends(get_store)],
) -> VerdictList:
    """Every verdict on a report the calling agency may see, oldest first."""
    found = store.list_verdicts(viewer=Viewer.agency(agency.id), report_id=report_id)
    return VerdictList(items=[VerdictOut.of(v) for v in found])
