"""Fast timestamps: seconds from the world's start to ISO 8601 text, without datetime per call."""

from __future__ import annotations

from datetime import date, datetime, timedelta

DAY = 86400


class Clock:
    """Formats offsets (seconds from ``start``) as ``YYYY-MM-DDTHH:MM:SSZ``; days are precomputed."""

    def __init__(self, start: datetime, days: int) -> None:
        self.start = start
        self.dates: list[date] = [(start + timedelta(days=d)).date() for d in range(days + 400)]
        self._days = [d.isoformat() for d in self.dates]

    def stamp(self, seconds: int) -> str:
        day, rest = divmod(max(0, seconds), DAY)
        hour, rest = divmod(rest, 3600)
        minute, second = divmod(rest, 60)
        return f"{self._days[min(day, len(self._days) - 1)]}T{hour:02d}:{minute:02d}:{second:02d}Z"

    def date(self, seconds: int) -> date:
        return self.dates[min(seconds // DAY, len(self.dates) - 1)]
