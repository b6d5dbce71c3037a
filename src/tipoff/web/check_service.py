"""Wires the public check to its real parts: assessment, extraction, the store, the limiter.

Used by both the check page and ``POST /api/v1/check``, so they give the same answer and
share one rate limit per client address.
"""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import Request
from sqlalchemy import Engine

from tipoff.api.deps import client_address as deps_client_address
from tipoff.api.deps import get_settings
from tipoff.errors import RateLimited
from tipoff.model import Assessment, FoundIndicator
from tipoff.web.public_check import CheckKind, CheckResult, KnownLookup, check_text
from tipoff.web.queries import known_keys
from tipoff.web.ratelimit import RateLimiter

MAX_CHECK_CHARS = 20_000


def limiter(request: Request) -> RateLimiter:
    """The app's one limiter for public checks, built on first use from settings."""
    state = request.app.state
    if getattr(state, "check_limiter", None) is None:
        state.check_limiter = RateLimiter(get_settings(request).check_rate_limit)
    return state.check_limiter


def client_address(request: Request) -> str:
    # X-Forwarded-For only from TIPOFF_TRUSTED_PROXIES: any client can set the header.
    return deps_client_address(request)


def rate_limited(request: Request) -> RateLimited | None:
    """Count this request; the RateLimited error to answer with when the address is over."""
    decision = limiter(request).hit(client_address(request))
    if decision.allowed:
        return None
    return RateLimited(
        f"at most {limiter(request).limit} checks a minute from one address; "
        f"try again in {decision.retry_after_s} s",
        retry_after_s=decision.retry_after_s,
    )


def _assess(text: str, kind: str) -> Assessment:
    from tipoff.assess import assess  # loaded on first check: the model is not needed at import

    return assess(text, kind=kind)  # type: ignore[arg-type]  # callers pass message/report/job_ad


def _extract(text: str) -> list[FoundIndicator]:
    from tipoff.indicators import extract

    return list(extract(text))


def _lookup(engine: Engine | None) -> KnownLookup:
    def lookup(keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        if engine is None:
            return set()
        with engine.connect() as connection:
            return known_keys(connection, keys)

    return lookup


def run_check(request: Request, text: str, kind: CheckKind) -> CheckResult:
    """The public verdict on ``text`` (already rate-limited by the caller)."""
    engine = request.app.state.engine
    return check_text(text[:MAX_CHECK_CHARS], kind, _assess, _extract, _lookup(engine))
