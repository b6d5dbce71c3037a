"""Logging in and out of the dashboard: an agency API key, or a user account.

Credentials are checked once (tipoff.keys.authenticate, tipoff.users) and never
kept: the browser gets a signed session naming the agency and the key's public prefix or
the user name, and the server records it (tipoff.sessions) so logout, key
revocation and disabling the account end it. Failed attempts are counted per account and
per client address (tipoff.login_throttle); past the limit the answer is 429 with
Retry-After, whatever the credentials. Every attempt, good, bad or throttled, is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tipoff.keys import authenticate, hash_key, key_prefix
from tipoff.login_throttle import (
    ThrottlePolicy,
    clear_account,
    locked_for,
    record_failure,
    throttled_account,
)
from tipoff.request_deps import client_address, get_clock, get_engine, get_settings, get_store
from tipoff.sessions import end_session, open_session
from tipoff.store.records import Agency, AuditEntry
from tipoff.store.report_snapshot import shared_columns, warm_in_background
from tipoff.users import authenticate_user
from tipoff.web.context import (
    check_csrf,
    current_session,
    now_s,
    render,
    set_session_cookie,
)
from tipoff.web.session import SESSION_COOKIE, SESSION_MAX_AGE_S, new_session

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class LoginAttempt:
    """Who is trying to log in: the principal to name (and throttle), and with what."""

    principal: str  # "user:<name>" or "key:<prefix>"; also the throttled account
    username: str | None
    key_hash: str | None


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


def _attempt(api_key: str, username: str) -> LoginAttempt:
    if username.strip():
        name = username.strip().lower()
        return LoginAttempt(f"user:{name}", name, None)
    key = api_key.strip()
    return LoginAttempt(f"key:{key_prefix(key) or '?'}", None, hash_key(key))


def _check_credentials(
    request: Request, attempt: LoginAttempt, api_key: str, password: str
) -> Agency | None:
    """The agency the credentials belong to, or None."""
    if attempt.username is not None:
        return authenticate_user(get_engine(request), attempt.username, password)
    return authenticate(get_store(request), api_key.strip())


def _refused(request: Request, next: str, message: str, status: int) -> HTMLResponse:
    return render(
        request, "login.html", {"next": safe_next(next), "error": message}, status_code=status
    )


@router.post("/login", dependencies=[Depends(check_csrf)])
def login(
    request: Request,
    api_key: Annotated[str, Form(max_length=300)] = "",
    username: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=300)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/overview",
) -> Response:
    store, engine = get_store(request), get_engine(request)
    at, now = get_clock(request)(), now_s(request)
    attempt = _attempt(api_key, username)
    address = client_address(request)
    policy = ThrottlePolicy.from_settings(get_settings(request))
    # A typed name; PostgreSQL text refuses NUL.
    actor = f"web:{attempt.principal}".replace("\x00", "\ufffd")[:200]
    account = throttled_account(attempt.principal, password=attempt.username is not None)
    wait = locked_for(engine, policy, account, address, now)
    if wait:
        store.append_audit(AuditEntry(at, actor, "login_throttled", "session", None, {}))
        message = f"Too many failed logins. Try again in {wait} seconds."
        response = _refused(request, next, message, 429)
        response.headers["Retry-After"] = str(wait)
        return response
    agency = _check_credentials(request, attempt, api_key, password)
    if agency is None:
        record_failure(engine, policy, account, address, now)
        store.append_audit(AuditEntry(at, actor, "login_failed", "session", None, {}))
        message = "Those credentials are not valid (mistyped, revoked or disabled)."
        return _refused(request, next, message, 401)
    clear_account(engine, attempt.principal)
    store.append_audit(AuditEntry(at, actor, "login", "session", agency.code, {}))
    session = new_session(attempt.principal, agency.code, now)
    open_session(
        engine,
        session.sid,
        session.principal,
        agency,
        key_hash=attempt.key_hash,
        username=attempt.username,
        at=at,
        max_age_s=SESSION_MAX_AGE_S,
    )
    redirect = RedirectResponse(safe_next(next), status_code=303)
    set_session_cookie(request, redirect, session)
    # The analyst's first page then finds the overview's columns loaded.
    warm_in_background(shared_columns(request.app.state), engine)
    return redirect


@router.post("/logout", dependencies=[Depends(check_csrf)])
def logout(request: Request) -> Response:
    """End the session on the server too: a copy of the cookie is dead from now on."""
    session = current_session(request)
    if session is not None:
        at = get_clock(request)()
        end_session(get_engine(request), session.sid, at=at)
        actor = f"web:{session.principal}"
        get_store(request).append_audit(
            AuditEntry(at, actor, "logout", "session", session.agency, {})
        )
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response
