"""Narrow report columns in memory, kept fresh incrementally: the overview and network pages.

Report rows are wide (narrative, messages, assessment JSON), so reading 100,000 of them for
an aggregate, or 9,000 for one network, takes SQLite most of a second. The dashboard instead
reads eight narrow columns once (id, external id, day, loss, country, scam type, agency,
TLP) into NumPy arrays and then, on each request, appends only reports with a higher id than
it has seen (an indexed range read). Aggregates for a viewer are vectorised masks:
milliseconds at a million reports. A full reload happens when the report count no longer
matches (reports were deleted) and every ``max_age_s`` seconds (reassessment may change a
report's scam type in place).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Connection, Engine, func, select

from tipoff.store.records import SHARED_TLP, Agency, as_utc
from tipoff.store.tables import reports
from tipoff.web.queries import Breakdown, Totals

EPOCH = date(1970, 1, 1)
log = logging.getLogger("tipoff.web")
BATCH = 50_000


@dataclass
class _Codes:
    """Small integer codes for a text column (-1 = unknown)."""

    book: list[str] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)

    def code(self, value: str | None) -> int:
        if not value:
            return -1
        if value not in self.index:
            self.index[value] = len(self.book)
            self.book.append(value)
        return self.index[value]


@dataclass
class ReportColumns:
    """Narrow report columns as arrays; ``refresh`` brings them up to date."""

    max_age_s: float = 600.0
    clock: Callable[[], float] = time.monotonic
    last_id: int = 0
    loaded_at: float = float("-inf")
    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    external_ids: list[str] = field(default_factory=list)
    day: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    loss: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float64))
    country: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    scam_type: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    agency: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    shared: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    countries: _Codes = field(default_factory=_Codes)
    scam_types: _Codes = field(default_factory=_Codes)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def refresh(self, connection: Connection) -> None:
        """Append reports newer than ``last_id``; reload everything when stale or out of step."""
        with self.lock:
            if self.clock() - self.loaded_at > self.max_age_s:
                self._reset()
            self._append_new(connection)
            stored = connection.execute(select(func.count()).select_from(reports)).scalar_one()
            if stored != self.day.size:  # deletions: start again
                self._reset()
                self._append_new(connection)

    def _reset(self) -> None:
        fresh = ReportColumns(self.max_age_s, self.clock)
        for name in (
            "last_id",
            "ids",
            "external_ids",
            "day",
            "loss",
            "country",
            "scam_type",
            "agency",
            "shared",
            "countries",
            "scam_types",
        ):
            setattr(self, name, getattr(fresh, name))
        self.loaded_at = self.clock()

    def _append_new(self, connection: Connection) -> None:
        while True:
            query = (
                select(
                    reports.c.id,
                    reports.c.received_at,
                    reports.c.loss_usd,
                    reports.c.victim_country,
                    reports.c.scam_type,
                    reports.c.agency_id,
                    reports.c.tlp,
                    reports.c.external_id,
                )
                .where(reports.c.id > self.last_id)
                .order_by(reports.c.id)
                .limit(BATCH)
            )
            rows = connection.execute(query).all()
            if not rows:
                return
            self._extend(rows)
            self.last_id = int(rows[-1][0])

    def _extend(self, rows: Sequence[Any]) -> None:
        days = [(as_utc(r[1]).date() - EPOCH).days for r in rows]  # type: ignore[union-attr]
        self.ids = np.concatenate((self.ids, np.array([r[0] for r in rows], np.int64)))
        self.external_ids += [str(r[7]) for r in rows]
        self.day = np.concatenate((self.day, np.array(days, np.int32)))
        self.loss = np.concatenate(
            (self.loss, np.array([np.nan if r[2] is None else r[2] for r in rows], np.float64))
        )
        self.country = np.concatenate(
            (self.country, np.array([self.countries.code(r[3]) for r in rows], np.int32))
        )
        self.scam_type = np.concatenate(
            (self.scam_type, np.array([self.scam_types.code(r[4]) for r in rows], np.int32))
        )
        self.agency = np.concatenate((self.agency, np.array([r[5] for r in rows], np.int32)))
        self.shared = np.concatenate(
            (self.shared, np.array([r[6] in SHARED_TLP for r in rows], bool))
        )

    # -- aggregates for one viewer ------------------------------------------------------------

    def _mask(self, viewer: Agency) -> np.ndarray:
        return self.shared | (self.agency == viewer.id)

    def positions(self, report_ids: Sequence[int]) -> np.ndarray:
        """Row of each report id in the arrays (ids are ascending); reports not loaded are dropped."""
        wanted = np.asarray(report_ids, dtype=np.int64)
        rows = np.searchsorted(self.ids, wanted)
        ok = rows < self.ids.size
        ok[ok] = self.ids[rows[ok]] == wanted[ok]
        return rows[ok]

    def visible_rows(self, rows: np.ndarray, viewer: Agency) -> np.ndarray:
        """The rows among ``rows`` the viewer may see under TLP."""
        return rows[self.shared[rows] | (self.agency[rows] == viewer.id)]

    def day_of(self, row: int) -> date:
        return EPOCH + timedelta(days=int(self.day[row]))

    def label(self, book: _Codes, code: int) -> str | None:
        return book.book[code] if code >= 0 else None

    def totals(self, viewer: Agency) -> Totals:
        mask = self._mask(viewer)
        if not mask.any():
            return Totals(0, 0.0, 0, None)
        countries = np.unique(self.country[mask])
        newest = EPOCH + timedelta(days=int(self.day[mask].max()))
        return Totals(
            int(mask.sum()),
            float(np.nansum(self.loss[mask])),
            int((countries >= 0).sum()),
            datetime.combine(newest, datetime.min.time(), UTC),
        )

    def per_day(self, viewer: Agency, until: date, days: int) -> list[tuple[date, int]]:
        start = (until - EPOCH).days - days + 1
        selected = self.day[self._mask(viewer)] - start
        counts = np.bincount(selected[(selected >= 0) & (selected < days)], minlength=days)
        return [(EPOCH + timedelta(days=start + i), int(n)) for i, n in enumerate(counts)]

    def losses_by(self, viewer: Agency, dimension: str, limit: int = 12) -> list[Breakdown]:
        codes, book = {
            "scam_type": (self.scam_type, self.scam_types.book),
            "victim_country": (self.country, self.countries.book),
        }[dimension]
        mask = self._mask(viewer)
        shifted = codes[mask] + 1  # -1 (unknown) becomes bucket 0
        size = len(book) + 1
        reports_n = np.bincount(shifted, minlength=size)
        loss = np.bincount(shifted, weights=np.nan_to_num(self.loss[mask]), minlength=size)
        order = [i for i in np.argsort(-loss, kind="stable") if reports_n[i] > 0][:limit]
        return [
            Breakdown(book[i - 1] if i else "unknown", int(reports_n[i]), float(loss[i]))
            for i in order
        ]


def shared_columns(state: Any) -> ReportColumns:
    """The app's one ReportColumns (kept on ``app.state``), created on first use."""
    columns = getattr(state, "report_columns", None)
    if columns is None:
        columns = state.report_columns = ReportColumns()
    return columns


def warm_in_background(columns: ReportColumns, engine: Engine) -> threading.Thread:
    """Load the columns in a thread (called at login, so the first page finds them ready)."""

    def load() -> None:
        try:
            with engine.connect() as connection:
                columns.refresh(connection)
        except Exception:  # a warm-up is an optimisation: the next page load retries in the open
            log.warning("could not preload report columns", exc_info=True)

    thread = threading.Thread(target=load, name="tipoff-report-columns", daemon=True)
    thread.start()
    return thread


def warm_app(app: Any) -> threading.Thread | None:
    """Start loading the overview's columns as the server starts, so no first visitor waits."""
    engine = getattr(app.state, "engine", None)
    return warm_in_background(shared_columns(app.state), engine) if engine is not None else None
