"""Work repeated in a daemon thread of ``tipoff serve`` until the server stops: the
network reconciler (``tipoff.link.reconcile``) and the TAXII publisher
(``tipoff.share.publisher``) each run one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable


class Repeating:
    """``work()`` every ``interval_s`` seconds in a daemon thread, from ``start`` until
    ``stop``. A round that raises is logged as ``failure`` and the next round tries again
    (the work rolls back its own transaction)."""

    def __init__(
        self,
        name: str,
        interval_s: float,
        work: Callable[[], object],
        failure: str,
        log: logging.Logger,
    ) -> None:
        self._name = name
        self._interval_s = interval_s
        self._work = work
        self._failure = failure
        self._log = log
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        while not self._stop.wait(self._interval_s):
            try:
                self._work()
            except Exception:
                self._log.exception(self._failure)
