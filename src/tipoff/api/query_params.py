"""Refuse query parameters a route does not take: ``?contry=JP`` is a 422, not all reports.

FastAPI ignores unknown query parameters, so a misspelt or unsupported filter
(``?contry=JP``, ``?network=2`` where there is no such filter) silently returns unfiltered
data, which a user reads as the filtered answer. ``reject_unknown_query`` is a router
dependency: ``APIRouter(..., dependencies=[Depends(reject_unknown_query)])``.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from tipoff.errors import ValidationError

_ACCEPTED = "_tipoff_query_params"


def _accepted(route: APIRoute) -> frozenset[str]:
    """The query parameter names ``route`` declares, its dependencies' included."""
    # Kept on the route itself: routes are not hashable, and they live as long as the app.
    known: frozenset[str] | None = route.__dict__.get(_ACCEPTED)
    if known is None:
        known = frozenset(_query_names(route.dependant))
        route.__dict__[_ACCEPTED] = known
    return known


def _query_names(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def reject_unknown_query(request: Request) -> None:
    """422 naming every query parameter the matched route does not declare."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    accepted = _accepted(route)
    unknown = sorted(set(request.query_params) - accepted)
    if not unknown:
        return
    takes = ", ".join(sorted(accepted)) or "no query parameters"
    plural = "s" if len(unknown) > 1 else ""
    raise ValidationError(
        f"unknown query parameter{plural} {', '.join(unknown)}; this route takes {takes}",
        path=f"query.{unknown[0]}",
    )
