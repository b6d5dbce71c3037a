"""The HTTP app that serves the API and the dashboard: one FastAPI app, one process.

``create_app(settings)`` wires the store, the clock, problem+json error handling, the
security headers (tipoff.api.headers, on every response) and every router in ROUTERS: the
API's (``tipoff.api.routers``) and the dashboard's (``tipoff.web.routes``). It sits above
both so that neither imports the other; what both need from a request (settings, store,
the caller's agency) is ``tipoff.request_deps``. Nothing connects to the database until
the first request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from fastapi import APIRouter, Depends, FastAPI
from sqlalchemy.engine import Engine
from starlette.types import ASGIApp

from tipoff import __version__
from tipoff.api import docs_pages
from tipoff.api.body_limit import install_body_limit
from tipoff.api.head_requests import HeadAsGet
from tipoff.api.headers import SecurityHeaders
from tipoff.api.openapi import install_openapi_schemas
from tipoff.api.problems import install_problem_handlers
from tipoff.api.routers import (
    check,
    disclosures,
    exports,
    feeds,
    health,
    indicators,
    model,
    networks,
    partner_share,
    reports,
    taxii,
    tipoffs,
    verdicts,
)
from tipoff.assess import ModelLoader
from tipoff.indicators import configured_warninglist
from tipoff.intake.analyse import Analyser
from tipoff.intake.pipeline import Intake, pseudonymiser_from
from tipoff.link.hubs import HubPolicy
from tipoff.link.persistence import LinkUpdater
from tipoff.link.reconcile import Reconciler, ReconcileRules
from tipoff.request_deps import refuse_nul
from tipoff.settings import Settings
from tipoff.share.publisher import Publisher
from tipoff.store.engine import make_engine
from tipoff.store.protocol import ReportStore
from tipoff.store.sql import SqlReportStore
from tipoff.tipoffs.deadlines import reminder_thread
from tipoff.tipoffs.store import SqlTipoffStore
from tipoff.web import routes as dashboard

ROUTERS: tuple[APIRouter, ...] = (
    feeds.router,
    reports.router,
    check.router,
    dashboard.router,
    networks.router,
    indicators.router,
    taxii.router,
    disclosures.router,
    exports.router,
    partner_share.router,
    health.router,
    verdicts.router,
    model.router,
    tipoffs.router,
)


class TipoffAPI(FastAPI):
    """FastAPI with the security headers outside everything, error middleware included.

    HEAD requests are answered as GET without the body (tipoff.api.head_requests).
    """

    def build_middleware_stack(self) -> ASGIApp:
        # Outside ServerErrorMiddleware, so even an unexpected 500 carries the headers.
        settings = getattr(self.state, "settings", None)
        proxies = settings.trusted_proxies if settings is not None else ()
        return SecurityHeaders(HeadAsGet(super().build_middleware_stack()), proxies)


def utc_now() -> datetime:
    """The real clock."""
    return datetime.now(UTC)


def _reconciler(
    engine: Engine | None, settings: Settings, clock: Callable[[], datetime]
) -> Reconciler | None:
    """The background full relink that makes live networks exact (tipoff.link.reconcile)."""
    if engine is None or not (settings.link_on_intake and settings.link_reconcile):
        return None
    rules = ReconcileRules(
        quiet_s=settings.link_reconcile_quiet_s,
        max_pending=settings.link_reconcile_max_pending,
    )
    policy = HubPolicy.from_settings(settings)
    return Reconciler(engine, policy, settings.leiden_min_size, rules, clock)


def _linker(
    engine: Engine | None, settings: Settings, reconciler: Reconciler | None
) -> Callable[[list[int], datetime], None] | None:
    """Links each committed report into the stored networks (incremental union-find).

    The in-memory index lives in this process; several processes may each hold one:
    linking runs under a database lock and an index catches up with what other processes
    wrote first (docs/networks.md, "Linking under concurrency").
    """
    if engine is None or not settings.link_on_intake:
        return None
    updater = LinkUpdater(engine, HubPolicy.from_settings(settings))

    def link(report_ids: list[int], now: datetime) -> None:
        updater.add(report_ids, now)
        if reconciler is not None:
            reconciler.note_linked(len(report_ids))

    return link


def create_app(
    settings: Settings,
    *,
    store: ReportStore | None = None,
    clock: Callable[[], datetime] = utc_now,
    analyser: Analyser | None = None,
    routers: Sequence[APIRouter] = ROUTERS,
) -> FastAPI:
    """Build the API for ``settings``.

    ``store`` replaces the SQL store (tests use the in-memory fake), ``clock`` the real
    clock, ``analyser`` the default indicator extraction + assessment (with the model and
    warninglists ``settings`` name), and ``routers`` the ROUTERS list (tests mount only the
    routers they exercise).
    """
    engine = None
    if store is None:
        engine = make_engine(settings.database_url)
        store = SqlReportStore(engine)

    reconciler = _reconciler(engine, settings, clock)
    publisher = (
        Publisher(engine, settings.share_publish_interval_s, clock)
        if engine is not None and settings.share_publish_interval_s > 0
        else None
    )

    reminders = (
        reminder_thread(
            SqlTipoffStore(engine), store.list_agencies, settings.tipoff_remind_interval_s, clock
        )
        if engine is not None and settings.tipoff_remind_interval_s > 0
        else None
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if reconciler is not None:
            reconciler.start()
        if publisher is not None:
            publisher.start()
        if reminders is not None:
            reminders.start()
        yield
        if reconciler is not None:
            reconciler.stop()
        if publisher is not None:
            publisher.stop()
        if reminders is not None:
            reminders.stop()
        if engine is not None:
            engine.dispose()

    app = TipoffAPI(
        title="tipoff",
        version=__version__,
        summary="Intake, assess, link and share intelligence on transnational online scams.",
        docs_url=None,  # served by tipoff.api.docs_pages, without inline script
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
        dependencies=[Depends(refuse_nul)],
    )
    app.state.settings = settings
    app.state.store = store
    app.state.engine = engine
    app.state.clock = clock
    # One model and one set of warninglists for intake and the public check.
    app.state.model = ModelLoader.from_settings(settings)
    app.state.warninglist = configured_warninglist(settings)
    app.state.intake = Intake(
        store,
        pseudonymiser_from(settings),
        clock=clock,
        analyser=analyser or Analyser(model=app.state.model, warninglist=app.state.warninglist),
        after_commit=_linker(engine, settings, reconciler),
    )
    install_problem_handlers(app)
    install_body_limit(app, settings.max_body_bytes)
    app.include_router(docs_pages.router)
    for router in routers:
        app.include_router(router)
    install_openapi_schemas(app)
    return app
