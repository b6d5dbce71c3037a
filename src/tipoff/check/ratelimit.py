"""A per-client sliding-window rate limiter for the public check (page and API), and who
the client is.

In memory and per process: the check is public, so the limit protects one server from one
address; several API processes behind a balancer each enforce it separately. The clock is
passed in so tests can move time without sleeping.

The client is the socket peer, unless the peer is one of the configured reverse proxies
(``TIPOFF_TRUSTED_PROXIES``): then it is the right-most address in ``X-Forwarded-For`` that
is not a trusted proxy. Everything left of that was written by the client and proves nothing.

What a limit counts is the client's network, not its literal address (``rate_subject``): an
IPv4 address, or the /64 an IPv6 address lies in. Any IPv6 host is given a /64 of its own
(2^64 addresses), so counting IPv6 addresses one by one let a single client rotate through
them and never be limited.
"""

from __future__ import annotations

import ipaddress
import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPV6_SUBJECT_PREFIX = 64  # the block one IPv6 subscriber or host holds at the least


def _trusted(address: str, proxies: Sequence[IPNetwork]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in proxies)


def forwarded_https(peer: str | None, proto: Iterable[str], proxies: Sequence[IPNetwork]) -> bool:
    """Whether a trusted proxy says the client spoke HTTPS to it (``X-Forwarded-Proto``, the
    last value: the one the proxy nearest us wrote). From any other peer the header proves
    nothing (any client can write it)."""
    if peer is None or not proxies or not _trusted(peer, proxies):
        return False
    values = [part.strip().lower() for value in proto for part in value.split(",")]
    return bool(values) and values[-1] == "https"


def client_ip(peer: str | None, forwarded_for: Iterable[str], proxies: Sequence[IPNetwork]) -> str:
    """The client's address: ``peer``, or what trusted proxies say in ``X-Forwarded-For``.

    ``forwarded_for`` holds every X-Forwarded-For header value, in order. Walking from the right,
    trusted proxies are skipped; the first other entry is the client. An entry that is not an
    address, or a chain of trusted proxies only, ends the walk at the last trusted hop.
    """
    if peer is None:
        return "unknown"
    if not proxies or not _trusted(peer, proxies):
        return peer
    hops = [hop.strip() for value in forwarded_for for hop in value.split(",")]
    client = peer
    for hop in reversed(hops):
        if not _trusted(hop, proxies):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return client  # garbage: the last hop we trust is all we know
        client = hop
    return client


def rate_subject(address: str) -> str:
    """What a per-client limit counts for ``address``: an IPv4 address as itself, an IPv6
    address as its /64 (``2001:db8:1:2::/64``), an IPv4-mapped IPv6 address as the IPv4
    address; anything else (``unknown``, a test client's name) as it is."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, IPV6_SUBJECT_PREFIX), strict=False))
    return str(ip)


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
                self._forget(now)
            return RateDecision(True, 0, self.limit - len(hits))

    def _forget(self, now: float) -> None:
        """Drop idle clients, then, while more than half of ``max_clients`` are left (a spray
        of clients all active at once), the longest-known ones: the scan runs once per
        ``max_clients / 2`` new clients, not on every hit (it did while all were active)."""
        idle = [c for c, h in self._hits.items() if not h or h[-1] <= now - self._window_s]
        for client in idle:
            del self._hits[client]
        excess = len(self._hits) - self._max_clients // 2
        for client in list(itertools.islice(self._hits, max(0, excess))):
            del self._hits[client]
