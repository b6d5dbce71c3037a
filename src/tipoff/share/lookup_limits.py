"""Rate limits on private lookups, per partner: requests per minute and hashes per hour.

A partner holding the lookup key can test guesses online (docs/sharing.md, "Private
lookups"); the limits bound how fast. Two sliding windows per partner: at most
``requests_per_minute`` lookup or Bloom requests a minute, and at most ``hashes_per_hour``
asked hashes an hour (a Bloom download counts as a request, not as hashes). In memory and
per process, like the public check's limiter (``tipoff.check.ratelimit``); the clock is
passed in so tests move time without sleeping.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from tipoff.errors import RateLimited

MINUTE = 60.0
HOUR = 3600.0


class _Window:
    """Weighted hits inside a sliding window of ``span_s`` seconds."""

    def __init__(self, span_s: float) -> None:
        self.span_s = span_s
        self.hits: deque[tuple[float, int]] = deque()
        self.total = 0

    def expire(self, now: float) -> None:
        while self.hits and self.hits[0][0] <= now - self.span_s:
            self.total -= self.hits.popleft()[1]

    def wait_for(self, room: int, limit: int, now: float) -> float:
        """Seconds until ``room`` more fit under ``limit`` (0 when they fit now)."""
        if self.total + room <= limit:
            return 0.0
        freed = self.total
        for at, weight in self.hits:
            freed -= weight
            if freed + room <= limit:
                return at + self.span_s - now
        return self.span_s

    def add(self, now: float, weight: int) -> None:
        if weight:
            self.hits.append((now, weight))
            self.total += weight


class LookupLimiter:
    """Per-partner budgets for ``POST /api/v1/partner/lookup`` and the Bloom download."""

    def __init__(
        self,
        requests_per_minute: int,
        hashes_per_hour: int,
        clock: Callable[[], float] = time.monotonic,
        max_partners: int = 10_000,
        *,
        requests: str = "lookup requests",
        weights: str = "hashes",
    ) -> None:
        self.requests_per_minute = requests_per_minute
        self.hashes_per_hour = hashes_per_hour
        self.requests = requests  # words for messages: the TAXII inbox counts posts, objects
        self.weights = weights
        self._clock = clock
        self._max_partners = max_partners
        self._windows: dict[str, tuple[_Window, _Window]] = {}
        self._lock = threading.Lock()

    def admit(self, partner: str, hashes: int = 0) -> RateLimited | None:
        """Count one request asking ``hashes`` hashes; the 429 to answer with when over."""
        now = self._clock()
        with self._lock:
            windows = self._windows.get(partner)
            if windows is None:
                if len(self._windows) >= self._max_partners:
                    self._forget_idle(now)
                windows = self._windows[partner] = (_Window(MINUTE), _Window(HOUR))
            requests, asked = windows
            requests.expire(now)
            asked.expire(now)
            if hashes > self.hashes_per_hour:
                return RateLimited(
                    f"at most {self.hashes_per_hour} {self.weights} an hour per partner; "
                    f"this request has {hashes}",
                    retry_after_s=int(HOUR),
                )
            wait_requests = requests.wait_for(1, self.requests_per_minute, now)
            wait_hashes = asked.wait_for(hashes, self.hashes_per_hour, now)
            if wait_requests or wait_hashes:
                wait = max(1, int(max(wait_requests, wait_hashes) + 0.999))
                what = (
                    f"{self.requests_per_minute} {self.requests} a minute"
                    if wait_requests >= wait_hashes
                    else f"{self.hashes_per_hour} {self.weights} an hour"
                )
                return RateLimited(
                    f"partner {partner} is over its limit of {what}; try again in {wait} s",
                    retry_after_s=wait,
                )
            requests.add(now, 1)
            asked.add(now, hashes)
            return None

    def _forget_idle(self, now: float) -> None:
        for partner in list(self._windows):
            requests, asked = self._windows[partner]
            requests.expire(now)
            asked.expire(now)
            if not requests.hits and not asked.hits:
                del self._windows[partner]
