"""A small least-recently-used cache with a time limit, for computed page parts.

The network page's graph (sightings of up to 1,000 reports, hub status, a force layout)
costs a few hundred milliseconds and changes only when the network does, so it is kept
for a few minutes under a key that names the network's state. Per process, in memory.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from starlette.datastructures import State


class TtlCache:
    """At most ``maxsize`` values, each valid for ``ttl_s`` seconds after it was stored."""

    def __init__(
        self, maxsize: int = 64, ttl_s: float = 300.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._maxsize, self._ttl_s, self._clock = maxsize, ttl_s, clock
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any | None:
        with self._lock:
            found = self._items.get(key)
            if found is None or self._clock() - found[0] > self._ttl_s:
                self._items.pop(key, None)
                return None
            self._items.move_to_end(key)
            return found[1]

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._items[key] = (self._clock(), value)
            self._items.move_to_end(key)
            while len(self._items) > self._maxsize:
                self._items.popitem(last=False)

    def get_or_make(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """The cached value for ``key``, made (outside the lock) and stored when missing."""
        value = self.get(key)
        if value is None:
            value = make()
            self.put(key, value)
        return value


def app_cache(state: State, name: str, maxsize: int, ttl_s: float = 300.0) -> TtlCache:
    """The application's cache ``name`` (in ``app.state``), made on first use."""
    cache: TtlCache | None = getattr(state, name, None)
    if cache is None:
        cache = TtlCache(maxsize=maxsize, ttl_s=ttl_s)
        setattr(state, name, cache)
    return cache
