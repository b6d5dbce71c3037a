"""Fast timestamps: seconds from the world's start to ISO 8601 text, without datetime per call."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache

DAY = 86400


@cache
def _times_of_day() -> list[str]:
    """``THH:MM:SSZ`` for every second of a day (built once per process, ~5 MB)."""
    return [f"T{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}Z" for s in range(DAY)]


class Clock:
    """Formats offsets (seconds from ``start``) as ``YYYY-MM-DDTHH:MM:SSZ``; days are
    precomputed."""

    def __init__(self, start: datetime, days: int, until: datetime | None = None) -> None:
        self.start = start
        # Nothing is stamped after ``until`` (a world that ends today has no report from the
        # future).
        self._last = int((until - start).total_seconds()) if until is not None else None
        self.dates: list[date] = [(start + timedelta(days=d)).date() for d in range(days + 400)]
        self._days = [d.isoformat() for d in self.dates]
        self._times = _times_of_day()

    def stamp(self, seconds: int) -> str:
        if self._last is not None and seconds > self._last:
            seconds = self._last
        day, rest = divmod(max(0, seconds), DAY)
        return self._days[min(day, len(self._days) - 1)] + self._times[rest]

    def date(self, seconds: int) -> date:
        return self.dates[min(seconds // DAY, len(self.dates) - 1)]
