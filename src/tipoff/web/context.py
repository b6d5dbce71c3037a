"""Per-request plumbing of the dashboard: who is logged in, CSRF, and page rendering.

Analyst pages depend on ``require_analyst``: without a valid session they redirect to the
login page (303, or an ``HX-Redirect`` for htmx requests). Every form POST depends on
``check_csrf``. ``render`` fills in what the base template needs and sets the anonymous
CSRF cookie the first time a browser visits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse

from tipoff.errors import NotFound
from tipoff.request_deps import get_clock, get_engine, get_settings, get_store
from tipoff.sessions import session_alive
from tipoff.store.records import Agency
from tipoff.users import user_enabled
from tipoff.visibility import Viewer
from tipoff.web.session import (
    ANON_CSRF_COOKIE,
    SESSION_COOKIE,
    SESSION_MAX_AGE_S,
    SessionSigner,
    WebSession,
    csrf_valid,
    new_nonce,
)
from tipoff.web.templating import environment

CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"


@dataclass(frozen=True, slots=True)
class Analyst:
    """A logged-in dashboard user and the agency whose TLP view they get."""

    session: WebSession
    agency: Agency


def signer(request: Request) -> SessionSigner:
    """The app's session signer, built once from settings.session_secret."""
    state = request.app.state
    if getattr(state, "web_signer", None) is None:
        secret = get_settings(request).session_secret.get_secret_value()
        state.web_signer = SessionSigner(secret)
    signer: SessionSigner = state.web_signer
    return signer


def now_s(request: Request) -> int:
    return int(get_clock(request)().timestamp())


def current_session(request: Request) -> WebSession | None:
    """The valid session in the request's cookie, if any: signed, and still open server-side
    (tipoff.sessions; checked once per request)."""
    checked: tuple[WebSession | None] | None = getattr(request.state, "tipoff_session", None)
    if checked is not None:
        return checked[0]
    session = signer(request).loads(request.cookies.get(SESSION_COOKIE), now_s(request))
    if session is not None and not session_alive(request.app.state.engine, session.sid):
        session = None
    request.state.tipoff_session = (session,)
    return session


def current_analyst(request: Request) -> Analyst | None:
    """The logged-in analyst, or None (also when their agency no longer exists)."""
    session = current_session(request)
    if session is None:
        return None
    if session.principal.startswith("user:") and not user_enabled(
        get_engine(request), session.principal[5:]
    ):
        return None
    try:
        return Analyst(session, get_store(request).get_agency(session.agency))
    except NotFound:
        return None


def require_analyst(request: Request) -> Analyst:
    """Dependency of analyst pages: the analyst, or a redirect to the login page."""
    analyst = current_analyst(request)
    if analyst is not None:
        return analyst
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    location = f"/login?next={quote(target, safe='')}"
    headers = {"Location": location}
    if request.headers.get("hx-request"):
        headers["HX-Redirect"] = location
    raise HTTPException(status_code=303, detail="log in first", headers=headers)


def _nonce(request: Request) -> str | None:
    value = request.cookies.get(ANON_CSRF_COOKIE)
    return value if value and len(value) <= 64 else None


async def check_csrf(request: Request) -> None:
    """Dependency of every form POST: 403 unless the form or header carries the right token."""
    submitted = request.headers.get(CSRF_HEADER)
    if submitted is None:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        submitted = value if isinstance(value, str) else None
    if not csrf_valid(signer(request), current_session(request), _nonce(request), submitted):
        raise HTTPException(
            status_code=403,
            detail="the form expired or came from another site; reload the page and try again",
        )


def render(
    request: Request, template: str, context: dict[str, Any], *, status_code: int = 200
) -> HTMLResponse:
    """Render a page (or an htmx fragment) with the user and CSRF token filled in."""
    session = current_session(request)
    nonce = _nonce(request)
    fresh_nonce = None
    if session is None and nonce is None:
        nonce = fresh_nonce = new_nonce()
    token = session.csrf if session else signer(request).anon_csrf(nonce or "")
    values = {"user": session, "csrf_token": token, "section": "", **context}
    html = environment().get_template(template).render(values)
    response = HTMLResponse(html, status_code=status_code)
    if fresh_nonce is not None:
        secure = request.url.scheme == "https"
        response.set_cookie(
            ANON_CSRF_COOKIE, fresh_nonce, httponly=True, samesite="lax", secure=secure
        )
    return response


def set_session_cookie(request: Request, response: Any, session: WebSession) -> None:
    """Attach the signed session cookie (HttpOnly, SameSite=Lax, Secure over HTTPS)."""
    response.set_cookie(
        SESSION_COOKIE,
        signer(request).dumps(session),
        max_age=SESSION_MAX_AGE_S,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )


def error_page(request: Request, status: int, title: str, detail: str) -> HTMLResponse:
    """An HTML error page (analyst pages answer people, not programs)."""
    return render(request, "error.html", {"title": title, "detail": detail}, status_code=status)


def viewer_of(analyst: Analyst) -> Viewer:
    """Who is reading, for ``tipoff.visibility``: a logged-in analyst's agency."""
    return Viewer.agency(analyst.agency.id)
