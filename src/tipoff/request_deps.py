"""FastAPI dependencies every router uses: settings, store, engine, clock, model, the caller.

Everything is built once by ``create_app`` and kept on ``app.state``; routers reach it
only through these functions, so tests can build an app around a fake store.

    @router.get("/things")
    def things(agency: Agency = Depends(require_agency), store: ReportStore = Depends(get_store)):
        ...
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from fastapi import Request
from sqlalchemy import Engine

from tipoff.assess import ModelLoader
from tipoff.check.ratelimit import client_ip, rate_subject
from tipoff.errors import AuthError, StorageError, ValidationError
from tipoff.keys import authenticate
from tipoff.settings import Settings
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency


def refuse_nul(request: Request) -> None:
    """422 for a query or path value holding NUL (U+0000), naming it.

    No real value has one, and PostgreSQL refuses NUL in text, so without this a filter
    such as ``?country=J%00`` would reach the database and fail there (a 500). ``create_app``
    applies it to every route.
    """
    for where, items in (
        ("query", request.query_params.multi_items()),
        ("path", request.path_params.items()),
    ):
        for name, value in items:
            if isinstance(value, str) and "\x00" in value:
                raise ValidationError("contains a NUL character (U+0000)", path=f"{where}.{name}")


def get_settings(request: Request) -> Settings:
    """The Settings the app was built with."""
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> ReportStore:
    """The ReportStore (SQL, or the in-memory fake in some tests)."""
    store: ReportStore = request.app.state.store
    return store


def get_engine(request: Request) -> Engine:
    """The SQLAlchemy engine, for routers that query their own tables (networks, ...)."""
    engine: Engine | None = request.app.state.engine
    if engine is None:
        raise StorageError("this app was built without a database engine")
    return engine


def get_model(request: Request) -> ModelLoader:
    """The app's assessment model (``TIPOFF_MODEL_DIR`` or the bundled one), loaded on first use."""
    model: ModelLoader = request.app.state.model
    return model


def get_clock(request: Request) -> Callable[[], datetime]:
    """The clock (a function returning an aware UTC datetime); tests pass a fixed one."""
    clock: Callable[[], datetime] = request.app.state.clock
    return clock


def client_address(request: Request) -> str:
    """The client as per-address limits count it (the public check, login throttling): the
    socket peer, or X-Forwarded-For from a trusted proxy only; an IPv6 address as its /64
    (``tipoff.check.ratelimit.rate_subject``)."""
    peer = request.client.host if request.client else None
    forwarded = request.headers.getlist("x-forwarded-for")
    return rate_subject(client_ip(peer, forwarded, get_settings(request).trusted_proxies))


def presented_key(request: Request) -> str | None:
    """The API key sent as ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``."""
    authorization = request.headers.get("authorization", "")
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    key = request.headers.get("x-api-key", "").strip()
    return key or None


def require_agency(request: Request) -> Agency:
    """The agency whose key authenticates this request; 401 problem+json otherwise."""
    key = presented_key(request)
    if key is None:
        scheme = request.headers.get("authorization", "").strip().partition(" ")[0]
        if scheme and scheme.lower() != "bearer":
            raise AuthError(
                "the Authorization header must read 'Bearer <key>' (the word Bearer, a space, "
                "then the key); or send the key alone in 'X-API-Key'"
            )
        raise AuthError("an API key is required: send 'Authorization: Bearer <key>' or 'X-API-Key'")
    agency = authenticate(get_store(request), key)
    if agency is None:
        raise AuthError("the API key is not valid (revoked, mistyped, or for another instance)")
    return agency
