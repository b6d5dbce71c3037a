"""Logging in and out of the dashboard: an agency API key, or a user account.

Credentials are checked once (tipoff.api.keys.authenticate, tipoff.web.users) and never
kept: the browser gets a signed session naming the agency and the key's public prefix or
the user name. Every login attempt, good or bad, is written to the audit trail.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tipoff.api.deps import get_clock, get_engine, get_store
from tipoff.api.keys import authenticate, key_prefix
from tipoff.store.records import Agency, AuditEntry
from tipoff.web.context import (
    check_csrf,
    current_session,
    now_s,
    render,
    set_session_cookie,
)
from tipoff.web.report_columns import shared_columns, warm_in_background
from tipoff.web.session import SESSION_COOKIE, new_session
from tipoff.web.users import authenticate_user

router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    """Only same-site paths are allowed after login (no open redirect to another host)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/overview"
    return target


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None) -> Response:
    if current_session(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "login.html", {"next": safe_next(next), "error": None})


def _check_credentials(
    request: Request, api_key: str, username: str, password: str
) -> tuple[Agency | None, str]:
    """The agency the credentials belong to (or None) and the principal to name in the session."""
    if username.strip():
        name = username.strip().lower()
        return authenticate_user(get_engine(request), name, password), f"user:{name}"
    key = api_key.strip()
    return authenticate(get_store(request), key), f"key:{key_prefix(key) or '?'}"


@router.post("/login", dependencies=[Depends(check_csrf)])
def login(
    request: Request,
    api_key: Annotated[str, Form(max_length=300)] = "",
    username: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=300)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/overview",
) -> Response:
    store = get_store(request)
    at = get_clock(request)()
    agency, principal = _check_credentials(request, api_key, username, password)
    actor = f"web:{principal}".replace(
        "\x00", "\ufffd"
    )  # a typed name; PostgreSQL text refuses NUL
    if agency is None:
        store.append_audit(AuditEntry(at, actor, "login_failed", "session", None, {}))
        context = {
            "next": safe_next(next),
            "error": "Those credentials are not valid (mistyped, revoked or disabled).",
        }
        return render(request, "login.html", context, status_code=401)
    store.append_audit(AuditEntry(at, actor, "login", "session", agency.code, {}))
    session = new_session(principal, agency.code, now_s(request))
    response = RedirectResponse(safe_next(next), status_code=303)
    set_session_cookie(request, response, session)
    if (
        request.app.state.engine is not None
    ):  # the analyst's first page then finds the columns loaded
        warm_in_background(shared_columns(request.app.state), get_engine(request))
    return response


@router.post("/logout", dependencies=[Depends(check_csrf)])
def logout() -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response
