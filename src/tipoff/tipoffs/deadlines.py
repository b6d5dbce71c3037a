"""Reminders before a tip-off's deadline: which open tip-offs are due soon or overdue."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from tipoff.tipoffs.model import FINAL, State, Tipoff


@dataclass(frozen=True, slots=True)
class Reminder:
    tipoff: Tipoff
    hours_left: float  # negative: overdue

    @property
    def overdue(self) -> bool:
        return self.hours_left < 0


def reminders(tipoffs: Iterable[Tipoff], now: datetime, within: timedelta) -> list[Reminder]:
    """Sent, still open tip-offs whose deadline is past or within ``within``, soonest first."""
    found = [
        Reminder(t, (t.deadline - now).total_seconds() / 3600)
        for t in tipoffs
        if t.deadline is not None
        and t.state is not State.DRAFT
        and t.state not in FINAL
        and t.deadline - now <= within
    ]
    return sorted(found, key=lambda r: r.hours_left)
