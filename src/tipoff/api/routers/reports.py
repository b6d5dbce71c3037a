"""Reports API: submit one report or a batch, read one, list with filters and cursors.

Every route needs an agency API key. Writes are idempotent on (agency, external_id).
A batch answers 201 when every item was stored (new or already present) and 207
Multi-Status when some were rejected; either way the body lists one result per item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response

from tipoff.api.openapi import schema_ref
from tipoff.api.problems import problem_response
from tipoff.api.query_params import reject_unknown_query
from tipoff.api.wire import (
    SQL_INT_MAX,
    BatchResult,
    FieldProblem,
    ItemResult,
    ReportAccepted,
    ReportBatchIn,
    ReportOut,
    ReportPage,
)
from tipoff.errors import ValidationError
from tipoff.intake.pipeline import Intake, Outcome, Rejected, validate_report
from tipoff.intake.schema import FilterMoment, ReportIn
from tipoff.link.network_detail import visible_members, visible_network
from tipoff.request_deps import get_clock, get_engine, get_settings, get_store, require_agency
from tipoff.settings import Settings
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, AuditEntry, ReportFilter
from tipoff.visibility import Viewer

router = APIRouter(
    prefix="/api/v1/reports", tags=["reports"], dependencies=[Depends(reject_unknown_query)]
)

_REQUEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"oneOf": [schema_ref(ReportIn), schema_ref(ReportBatchIn)]}
            }
        },
    }
}
_PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}


def get_intake(request: Request) -> Intake:
    """The app's intake pipeline."""
    intake: Intake = request.app.state.intake
    return intake


@router.post(
    "",
    status_code=201,
    openapi_extra=_REQUEST_BODY,
    responses={
        200: {
            "model": ReportAccepted,
            "description": "Already stored (same agency and external_id)",
        },
        201: {"model": ReportAccepted | BatchResult, "description": "Stored (batch: every item)"},
        207: {"model": BatchResult, "description": "Batch with some items rejected"},
        401: _PROBLEM,
        422: _PROBLEM,
    },
)
def submit_reports(
    payload: Annotated[Any, Body()],
    agency: Annotated[Agency, Depends(require_agency)],
    intake: Annotated[Intake, Depends(get_intake)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> Response:
    """Submit one report (a ReportIn object) or a batch (``{"reports": [...]}``)."""
    actor = f"agency:{agency.code}"
    if isinstance(payload, dict) and isinstance(payload.get("reports"), list):
        return _submit_batch(payload["reports"], agency, intake, settings.batch_limit, actor)
    checked = validate_report(payload)
    outcome = (
        checked
        if isinstance(checked, Rejected)
        else intake.submit(agency, [checked], actor=actor)[0]
    )
    if isinstance(outcome, Rejected):
        return _rejection(outcome)
    body = ReportAccepted(id=outcome.id, external_id=outcome.external_id, created=outcome.created)
    return Response(
        body.model_dump_json(),
        status_code=201 if outcome.created else 200,
        media_type="application/json",
        headers={"Location": f"/api/v1/reports/{outcome.id}"},
    )


def _rejection(rejected: Rejected) -> Response:
    errors = [{"path": _body_path(e.path), "message": e.message} for e in rejected.errors]
    detail = "; ".join(f"{e['path']}: {e['message']}" for e in errors[:5])
    return problem_response(422, "Invalid input", detail, errors=errors)


def _body_path(path: str, *prefix: str) -> str:
    return ".".join(part for part in ("body", *prefix, path) if part)


def _submit_batch(
    items: list[Any], agency: Agency, intake: Intake, limit: int, actor: str
) -> Response:
    if len(items) > limit:
        raise ValidationError(
            f"at most {limit} reports per request, got {len(items)}", path="body.reports"
        )
    checked = [validate_report(item) for item in items]
    valid = [item for item in checked if isinstance(item, ReportIn)]
    stored = iter(intake.submit(agency, valid, actor=actor) if valid else [])
    outcomes: list[Outcome] = [
        item if isinstance(item, Rejected) else next(stored) for item in checked
    ]
    result = _batch_result(outcomes)
    status = 201 if result.rejected == 0 else 207
    return Response(result.model_dump_json(), status_code=status, media_type="application/json")


def _batch_result(outcomes: Sequence[Outcome]) -> BatchResult:
    results = []
    for index, outcome in enumerate(outcomes):
        if isinstance(outcome, Rejected):
            problems = [
                FieldProblem(path=_body_path(e.path, "reports", str(index)), message=e.message)
                for e in outcome.errors
            ]
            results.append(
                ItemResult(
                    index=index, external_id=outcome.external_id, status="rejected", errors=problems
                )
            )
        else:
            results.append(
                ItemResult(
                    index=index,
                    external_id=outcome.external_id,
                    status="created" if outcome.created else "exists",
                    id=outcome.id,
                )
            )
    rejected = sum(1 for r in results if r.status == "rejected")
    created = sum(1 for r in results if r.status == "created")
    return BatchResult(
        accepted=len(results) - rejected, created=created, rejected=rejected, results=results
    )


@router.get("/{report_id}", response_model=ReportOut, responses={401: _PROBLEM, 404: _PROBLEM})
def read_report(
    report_id: Annotated[int, Path(ge=1, le=SQL_INT_MAX)],
    agency: Annotated[Agency, Depends(require_agency)],
    store: Annotated[ReportStore, Depends(get_store)],
) -> ReportOut:
    """One report with its sightings (another agency's only when its TLP allows)."""
    return ReportOut.of(store.get_report(report_id, viewer=Viewer.agency(agency.id)))


@router.get("", response_model=ReportPage, responses={401: _PROBLEM, 404: _PROBLEM, 422: _PROBLEM})
def list_reports(
    request: Request,
    agency: Annotated[Agency, Depends(require_agency)],
    store: Annotated[ReportStore, Depends(get_store)],
    settings: Annotated[Settings, Depends(get_settings)],
    clock: Annotated[Callable[[], datetime], Depends(get_clock)],
    country: Annotated[
        str | None, Query(max_length=2, description="Victim country (ISO 3166 alpha-2, e.g. JP)")
    ] = None,
    scam_type: Annotated[str | None, Query(max_length=64)] = None,
    channel: Annotated[str | None, Query(max_length=40)] = None,
    owner: Annotated[
        str | None, Query(alias="agency", max_length=64, description="Agency code")
    ] = None,
    received_from: Annotated[
        FilterMoment | None, Query(description="Inclusive, ISO 8601 (years 1900-2200)")
    ] = None,
    received_to: Annotated[
        FilterMoment | None, Query(description="Exclusive, ISO 8601 (years 1900-2200)")
    ] = None,
    limit: Annotated[
        int | None,
        Query(ge=1, le=SQL_INT_MAX, description="Page size (default Settings.page_size)"),
    ] = None,
    cursor: Annotated[
        str | None, Query(max_length=200, description="next_cursor of the previous page")
    ] = None,
    network: Annotated[
        int | None,
        Query(
            ge=1,
            le=SQL_INT_MAX,
            description="Only reports in this network (a retired id "
            "follows its merge); 404 when the network does not exist for the caller",
        ),
    ] = None,
) -> ReportPage:
    """Reports visible to the caller, newest first, filtered; every call is audited."""
    size = limit or settings.page_size
    if size > settings.max_page_size:
        raise ValidationError(f"limit must be at most {settings.max_page_size}", path="query.limit")
    if country is not None and not (len(country) == 2 and country.isascii() and country.isalpha()):
        raise ValidationError(
            "country must be two letters, an ISO 3166 code such as JP", path="query.country"
        )
    viewer = Viewer.agency(agency.id)
    members = _network_members(request, network, viewer) if network is not None else None
    where = ReportFilter(country, scam_type, channel, owner, received_from, received_to, members)
    page = store.list_reports(where, viewer=viewer, limit=size, cursor=cursor)
    detail: dict[str, Any] = {k: str(v) for k, v in vars_of(where).items() if v is not None}
    detail |= {"returned": len(page.items), "cursor": cursor is not None}
    store.append_audit(
        AuditEntry(clock(), f"agency:{agency.code}", "read_bulk", "report", None, detail)
    )
    return ReportPage(items=[ReportOut.of(r) for r in page.items], next_cursor=page.next_cursor)


def _network_members(request: Request, network_id: int, viewer: Viewer) -> frozenset[int]:
    """The member reports of a network the viewer may see, that it may see (NotFound for a
    network that does not exist for it, as on /networks; a retired id follows its merge)."""
    with get_engine(request).connect() as connection:
        live = visible_network(connection, network_id, viewer)
        return frozenset(visible_members(connection, live, viewer))


def vars_of(where: ReportFilter) -> dict[str, Any]:
    """The filter's fields by name (it is a slotted dataclass, so no __dict__)."""
    return {name: getattr(where, name) for name in where.__slots__}
