"""The public check wired to its collaborators: assessment, extraction, the store, a limiter.

The check page (web) and ``POST /api/v1/check`` (api) both use ``service_for``, so they give
the same answer, look identifiers up as the same viewer, and share one rate limit per client
address. Nothing here imports the web or the API: the limiter is built by a factory the
caller passes in, and the client address is the caller's to find.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import Engine

from tipoff.assess import ModelLoader, assess
from tipoff.check.known import known_keys
from tipoff.check.verdict import (
    Assessor,
    CheckKind,
    CheckResult,
    Extractor,
    FeedMention,
    check_text,
)
from tipoff.errors import RateLimited
from tipoff.indicators import Warninglist, configured_warninglist, extract
from tipoff.model import Assessment, FoundIndicator
from tipoff.settings import Settings
from tipoff.share.feeds.store import SqlFeedStore
from tipoff.visibility import Viewer

MAX_CHECK_CHARS = 20_000


class Decision(Protocol):
    """What a limiter says about one request."""

    @property
    def allowed(self) -> bool: ...

    @property
    def retry_after_s(self) -> int: ...


class Limiter(Protocol):
    """A per-client rate limiter (``tipoff.check.ratelimit.RateLimiter`` is one)."""

    limit: int

    def hit(self, client: str) -> Decision: ...


def public_viewer(settings: Settings) -> Viewer:
    """Who the public is on this instance: CLEAR only, or CLEAR and GREEN where allowed."""
    return Viewer.public(include_green=settings.check_discloses_green)


def default_assess(text: str, kind: CheckKind) -> Assessment:
    """The bundled assessment model (loaded on the first check, not at import)."""
    return assess(text, kind=kind)


def default_extract(text: str) -> list[FoundIndicator]:
    """The indicator extractor with the bundled warninglists (loaded on the first check)."""
    return list(extract(text))


def assessor(model: ModelLoader) -> Assessor:
    """An Assessor using ``model`` (loaded on the first check)."""

    def assess_with(text: str, kind: CheckKind) -> Assessment:
        return assess(text, kind=kind, model=model.get())

    return assess_with


def extractor(warninglist: Warninglist | None) -> Extractor:
    """An Extractor marking common values by ``warninglist`` (None: the bundled lists)."""

    def extract_with(text: str) -> list[FoundIndicator]:
        return list(extract(text, warninglist=warninglist))

    return extract_with


@dataclass(frozen=True, slots=True)
class CheckService:
    """One instance's public check."""

    engine: Engine | None  # None: no store, nothing is known
    viewer: Viewer
    limiter: Limiter
    assess: Assessor = default_assess
    extract: Extractor = default_extract

    def admit(self, client: str) -> RateLimited | None:
        """Count one request from ``client``; the error to answer with when it is over."""
        decision = self.limiter.hit(client)
        if decision.allowed:
            return None
        return RateLimited(
            f"at most {self.limiter.limit} checks a minute from one address; "
            f"try again in {decision.retry_after_s} s",
            retry_after_s=decision.retry_after_s,
        )

    def known(self, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        """Identifiers cited by a report this service's viewer may see."""
        if self.engine is None:
            return set()
        with self.engine.connect() as connection:
            return known_keys(connection, keys, self.viewer)

    def listed(
        self, keys: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[FeedMention, ...]]:
        """The public feeds listing each identifier now (expired listings left out)."""
        if self.engine is None:
            return {}
        found: dict[tuple[str, str], tuple[FeedMention, ...]] = {}
        now = datetime.now(UTC)
        for item in SqlFeedStore(self.engine).listings(keys, at=now, public_only=True):
            mention = FeedMention(item.title, item.since.date(), item.confidence)
            found[(item.kind, item.value)] = (*found.get((item.kind, item.value), ()), mention)
        return found

    def check(self, text: str, kind: CheckKind) -> CheckResult:
        """The public verdict on ``text`` (the caller has admitted the request)."""
        return check_text(
            text[:MAX_CHECK_CHARS], kind, self.assess, self.extract, self.known, self.listed
        )


def service_for(
    state: Any, settings: Settings, make_limiter: Callable[[int], Limiter]
) -> CheckService:
    """The app's one check service (on ``state``, an app's ``state``), built on first use.

    It assesses with the app's model and marks common values with its warninglists
    (``state.model`` and ``state.warninglist``, set by ``create_app``), else with those
    ``settings`` name.
    """
    service: CheckService | None = getattr(state, "check_service", None)
    if service is None:
        model = getattr(state, "model", None) or ModelLoader.from_settings(settings)
        lists = getattr(state, "warninglist", None) or configured_warninglist(settings)
        service = CheckService(
            getattr(state, "engine", None),
            public_viewer(settings),
            make_limiter(settings.check_rate_limit),
            assessor(model),
            extractor(lists),
        )
        state.check_service = service
    return service
