"""Bring live networks back to exactly what a full relink gives, in the background.

Linking on intake is incremental (``LinkUpdater``: union-find, well under a millisecond a
report), but several rules can only be decided over the whole graph: spread hubs (a value
whose reports fall into several communities that share nothing else), shared payees, and
Leiden sub-networks. Until they are decided again, a value that only the whole graph shows
to be innocent (a police hotline, a laundering account) keeps joining the networks it met
while reports arrived. So the live picture is *provisional*: right about every report's
identifiers, possibly too coarse about which crews they make.

The reconciler makes it exact again: after reports were linked incrementally, it runs the
full relink (``persistence.relink``, under the same database lock as every link write) once
intake has been quiet for ``quiet_s`` seconds, or at once when ``max_pending`` reports were
linked since the last relink. "Behind" is read from the database (the link generation
moved past the one the last relink wrote), so it holds across processes and restarts: an
instance killed with reports linked but not reconciled reconciles after it starts again.
When several processes run a reconciler, the database lock makes them take turns, and the
second finds nothing to do.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from tipoff.background import Repeating
from tipoff.link.hubs import HubPolicy
from tipoff.link.lock import read_generation, relinked_at
from tipoff.link.persistence import RelinkSummary, relink

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReconcileRules:
    """When the live networks are rebuilt in full."""

    quiet_s: float = 5.0  # after this long without a linked report
    max_pending: int = 2000  # or once this many reports were linked since the last relink
    poll_s: float = 1.0  # how often the background thread looks
    store_check_s: float = 30.0  # how often an idle process asks whether others left it behind


def is_behind(engine: Engine) -> bool:
    """Whether networks were written incrementally since the last full relink."""
    with engine.connect() as connection:
        return read_generation(connection) > relinked_at(connection)


class Reconciler:
    """Runs the full relink when the live networks are behind and intake allows it.

    ``note_linked`` is called after each incremental add; ``run_if_due`` decides and runs;
    ``start`` runs it in a daemon thread until ``stop``. Clock and monotonic time are
    passed in, so tests drive it without sleeping.
    """

    def __init__(
        self,
        engine: Engine,
        policy: HubPolicy,
        leiden_min_size: int,
        rules: ReconcileRules,
        clock: Callable[[], datetime],
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._engine = engine
        self._policy = policy
        self._leiden_min_size = leiden_min_size
        self._rules = rules
        self._clock = clock
        self._monotonic = monotonic
        self._pending = 0
        self._last_linked = monotonic()
        self._store_checked_at: float | None = None  # never: behind since before we started?
        self._mutex = threading.Lock()
        # A failed relink rolled back; the next poll tries again.
        self._repeating = Repeating(
            "tipoff-reconcile", rules.poll_s, self.run_if_due, "reconciling networks failed", log
        )

    def note_linked(self, count: int) -> None:
        """``count`` reports were just linked incrementally."""
        with self._mutex:
            self._pending += count
            self._last_linked = self._monotonic()

    def due(self) -> bool:
        """Whether a relink should run now (without asking the database)."""
        with self._mutex:
            if self._pending >= self._rules.max_pending:
                return True
            now = self._monotonic()
            if now - self._last_linked < self._rules.quiet_s:
                return False
            if self._pending > 0 or self._store_checked_at is None:
                return True
            # Others (tipoff ingest, another server) may have linked incrementally.
            return now - self._store_checked_at >= self._rules.store_check_s

    def run_if_due(self) -> RelinkSummary | None:
        """Relink in full if due and the stored networks are behind; the summary if it ran."""
        if not self.due():
            return None
        with self._mutex:
            pending, self._pending = self._pending, 0
            self._store_checked_at = self._monotonic()
        try:
            if not is_behind(self._engine):
                return None  # another process reconciled already
            summary = relink(self._engine, self._policy, self._leiden_min_size, self._clock())
        except Exception:
            with self._mutex:
                self._pending += pending  # try again on the next poll
            raise
        log.info("reconciled networks: %d reports in %.1f s", summary.reports, summary.seconds)
        return summary

    def start(self) -> None:
        """Reconcile in a daemon thread until ``stop``."""
        self._repeating.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._repeating.stop(timeout)
