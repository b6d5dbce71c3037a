"""A per-client sliding-window rate limiter for the public check (page and API).

In memory and per process: the check is public, so the limit protects one server from one
address; several API processes behind a balancer each enforce it separately. The clock is
passed in so tests can move time without sleeping.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RateDecision:
    """Whether one request may go ahead, and if not how long the client should wait."""

    allowed: bool
    retry_after_s: int
    remaining: int


class RateLimiter:
    """At most ``limit`` requests per ``window_s`` seconds for each client address."""

    def __init__(
        self,
        limit: int,
        window_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = 100_000,
    ) -> None:
        self.limit = limit
        self._window_s = window_s
        self._clock = clock
        self._max_clients = max_clients  # bounds memory under a spray of addresses
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, client: str) -> RateDecision:
        """Count one request from ``client`` and say whether it is allowed."""
        now = self._clock()
        with self._lock:
            hits = self._hits.setdefault(client, deque())
            while hits and hits[0] <= now - self._window_s:
                hits.popleft()
            if len(hits) >= self.limit:
                wait = hits[0] + self._window_s - now
                return RateDecision(False, max(1, int(wait + 0.999)), 0)
            hits.append(now)
            if len(self._hits) > self._max_clients:
                self._forget_idle(now)
            return RateDecision(True, 0, self.limit - len(hits))

    def _forget_idle(self, now: float) -> None:
        idle = [c for c, h in self._hits.items() if not h or h[-1] <= now - self._window_s]
        for client in idle:
            del self._hits[client]
