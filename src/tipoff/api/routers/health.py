"""Probes for orchestrators and load balancers, and the site icon.

``/healthz`` (liveness) answers as long as the process serves requests and touches nothing
else; ``/readyz`` (readiness) answers 200 only when the database answers and its schema is
at the migration this version of tipoff ships, so a load balancer never routes to an
instance whose `tipoff db upgrade` has not run.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError

from tipoff.api.problems import problem_response
from tipoff.store import migrate

router = APIRouter(tags=["health"])

# A shield with a tick, in the dashboard's accent colour (SVG: no binary file to ship).
FAVICON_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
    '<path d="M16 2 4 7v8c0 7.5 5.1 13.3 12 15 6.9-1.7 12-7.5 12-15V7z" fill="#1f4e79"/>'
    '<path d="m10 16 4 4 8-9" stroke="#fff" stroke-width="3" fill="none"/></svg>'
)


class Health(BaseModel):
    status: str


class Readiness(BaseModel):
    status: str
    schema_revision: str | None


@router.get("/healthz", response_model=Health, summary="Liveness: the process serves requests")
def healthz() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Readiness,
    summary="Readiness: the database answers and its schema is current",
    responses={503: {"description": "Database unreachable or not migrated"}},
)
def readyz(request: Request) -> Readiness | JSONResponse:
    engine = request.app.state.engine
    if engine is None:  # an app built on the in-memory store (tests) has nothing to wait for
        return Readiness(status="ready", schema_revision=None)
    try:
        current = migrate.current_revision(engine)
    except SQLAlchemyError:
        return problem_response(503, "Not ready", "the database does not answer")
    head = migrate.head_revision()
    if current != head:
        detail = (
            f"the database schema is at {current or 'nothing'}, this tipoff needs {head}: "
            "run `tipoff db upgrade`"
        )
        return problem_response(503, "Not ready", detail)
    return Readiness(status="ready", schema_revision=current)


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(
        FAVICON_SVG,
        media_type="image/svg+xml",
        headers={"Cache-Control": "public, max-age=86400"},
    )
