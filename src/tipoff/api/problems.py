"""Every error leaves the API as application/problem+json (RFC 9457).

Under ``/taxii2`` (TAXII 2.1) the same errors leave as TAXII error messages instead
(``application/taxii+json;version=2.1``: ``title``, ``description``, ``http_status``,
``details``), as the TAXII specification requires of every answer there, so a TAXII
client reads an unmatched path or a NUL in a query like any other refusal.

TipoffError subclasses carry their own status and title; request validation errors
become 422 with an ``errors`` list naming each field path (``body.messages.2.text``);
anything unexpected becomes a bare 500 with no internals. Input values are never
echoed back: they may hold a victim's personal data.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from tipoff.errors import AuthError, RateLimited, StorageError, TipoffError, ValidationError

PROBLEM_MEDIA_TYPE = "application/problem+json"
TAXII_PREFIX = "/taxii2"  # the TAXII 2.1 router's prefix (tipoff.api.routers.taxii)
TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1"
BODY_PARSE_DETAIL = "There was an error parsing the body"  # fastapi.routing's 400 detail
log = logging.getLogger("tipoff.api")
STORAGE_RETRY_AFTER_S = 5  # a busy or unreachable database: ask clients to come back soon


def problem_type(title: str) -> str:
    """A stable URN naming the kind of problem, derived from its title."""
    return "urn:tipoff:problem:" + re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def problem_response(
    status: int,
    title: str,
    detail: str,
    *,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """A problem+json response."""
    body: dict[str, Any] = {
        "type": problem_type(title),
        "title": title,
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def error_response(
    request: Request,
    status: int,
    title: str,
    detail: str,
    *,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """A problem+json response, or a TAXII error message for a request under /taxii2."""
    path = request.url.path
    if path != TAXII_PREFIX and not path.startswith(TAXII_PREFIX + "/"):
        return problem_response(status, title, detail, errors=errors, headers=headers)
    body: dict[str, Any] = {"title": title, "description": detail, "http_status": str(status)}
    if errors is not None:
        body["details"] = {"errors": errors}
    return JSONResponse(body, status_code=status, media_type=TAXII_MEDIA_TYPE, headers=headers)


def field_path(location: Iterable[Any]) -> str:
    """("body", "messages", 2, "text") -> "body.messages.2.text"."""
    return ".".join(str(part) for part in location)


def validation_errors(errors: Sequence[Any], prefix: Sequence[Any] = ()) -> list[dict[str, str]]:
    """Pydantic error dicts as [{path, message}], without the offending input values."""
    return [
        {
            "path": field_path([*prefix, *error.get("loc", ())]),
            "message": error.get("msg", "invalid"),
        }
        for error in errors
    ]


async def _tipoff_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, TipoffError)
    errors = None
    if isinstance(error, ValidationError):
        errors = [{"path": error.path, "message": str(error)}]
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(error, AuthError) else None
    if isinstance(error, RateLimited):
        headers = {"Retry-After": str(error.retry_after_s)}
    if isinstance(error, StorageError):
        headers = {"Retry-After": str(STORAGE_RETRY_AFTER_S)}
    if error.status >= 500:
        log.error("%s: %s", type(error).__name__, error)
    return error_response(
        request, error.status, error.title, str(error), errors=errors, headers=headers
    )


async def _request_validation(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    errors = validation_errors(error.errors())
    detail = "; ".join(f"{e['path']}: {e['message']}" for e in errors[:5])
    return error_response(request, 422, "Invalid input", detail, errors=errors)


async def _http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    if error.status_code == 400 and error.detail == BODY_PARSE_DETAIL:
        # FastAPI's answer to a body that is not even text (bad UTF-8): still malformed JSON,
        # so 422.
        message = "not valid JSON (the body must be UTF-8 encoded JSON)"
        return error_response(
            request,
            422,
            "Invalid input",
            f"body: {message}",
            errors=[{"path": "body", "message": message}],
        )
    title = {404: "Not found", 405: "Method not allowed"}.get(error.status_code, "HTTP error")
    headers = dict(error.headers) if error.headers else None
    return error_response(request, error.status_code, title, str(error.detail), headers=headers)


async def _database_unavailable(request: Request, error: Exception) -> JSONResponse:
    log.error("database unavailable: %s", type(error).__name__)
    return error_response(
        request,
        503,
        "Storage unavailable",
        "The database cannot be reached; retry later.",
        headers={"Retry-After": str(STORAGE_RETRY_AFTER_S)},
    )


async def _unexpected(request: Request, error: Exception) -> JSONResponse:
    # Logged without the request body (it may hold personal data); the client gets no internals.
    log.exception("unexpected error", exc_info=error)
    return error_response(
        request, 500, "Internal error", "The server failed; the error has been logged."
    )


def install_problem_handlers(app: FastAPI) -> None:
    """Route every error raised under ``app`` through the handlers above."""
    app.add_exception_handler(TipoffError, _tipoff_error)
    app.add_exception_handler(RequestValidationError, _request_validation)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(OperationalError, _database_unavailable)
    app.add_exception_handler(Exception, _unexpected)
