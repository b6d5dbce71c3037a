"""Reminders before a tip-off's deadline: which open tip-offs are due soon or overdue
(``reminders``, polled by ``tipoff tipoffs due`` and the dashboard), and the reminder
events recorded in their timeline by a background thread of ``tipoff serve``
(``remind``, ``reminder_thread``): once per tip-off per threshold (3 days, 1 day, past
the deadline), idempotent across restarts because each threshold is one event id.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from tipoff.background import Repeating
from tipoff.errors import Conflict
from tipoff.store.records import Agency
from tipoff.tipoffs.model import FINAL, Event, State, Tipoff
from tipoff.tipoffs.store import TipoffStore

_log = logging.getLogger(__name__)


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


# Reminder thresholds before the deadline, widest first: each is recorded once per tip-off.
THRESHOLDS: tuple[tuple[str, timedelta], ...] = (
    ("3d", timedelta(days=3)),
    ("1d", timedelta(days=1)),
    ("overdue", timedelta(0)),
)
REMINDER_ACTOR = "tipoff reminders"


def threshold_reached(tipoff: Tipoff, now: datetime) -> str | None:
    """The tightest threshold the tip-off's deadline has crossed at ``now`` (None: none)."""
    if tipoff.deadline is None:
        return None
    left = tipoff.deadline - now
    reached = None
    for label, before in THRESHOLDS:
        if left <= before:
            reached = label
    return reached


def reminder_text(tipoff: Tipoff, label: str) -> str:
    day = tipoff.deadline.strftime("%Y-%m-%d %H:%M UTC") if tipoff.deadline else ""
    if label == "overdue":
        return f"Reminder: the deadline ({day}) has passed and the tip-off is still open."
    days = label.removesuffix("d")
    return f"Reminder: the deadline ({day}) is {days} day{'s' if days != '1' else ''} away or less."


def remind(store: TipoffStore, agency: Agency, now: datetime) -> list[Tipoff]:
    """Record a ``reminder`` event on each open tip-off of ``agency`` whose deadline crossed a
    threshold, once per (tip-off, threshold): event id ``reminder-<threshold>``, so running
    it again, after a restart or from two processes, records nothing twice. Only the
    tightest threshold crossed is recorded (a tip-off found 12 hours before its deadline
    gets the 1-day reminder, not also the 3-day one). The tip-offs reminded now."""
    widest = THRESHOLDS[0][1]
    reminded = []
    for tipoff in store.due(agency, now + widest):
        label = threshold_reached(tipoff, now)
        if label is None or any(e.event_id == f"reminder-{label}" for e in tipoff.events):
            continue
        event = Event(
            f"reminder-{label}",
            "reminder",
            agency.code,
            now,
            {"text": reminder_text(tipoff, label)},
        )
        try:
            _, recorded = store.record(agency, tipoff.uid, event, at=now, actor=REMINDER_ACTOR)
        except Conflict:  # it closed meanwhile: nothing to remind of
            continue
        if recorded:
            reminded.append(tipoff)
    return reminded


def reminder_thread(
    store: TipoffStore,
    agencies: Callable[[], Iterable[Agency]],
    interval_s: float,
    clock: Callable[[], datetime],
) -> Repeating:
    """``remind`` for every agency of the instance every ``interval_s`` in ``tipoff serve``."""

    def work() -> int:
        now = clock()
        return sum(len(remind(store, agency, now)) for agency in agencies())

    return Repeating("tipoff-reminders", interval_s, work, "tip-off reminders failed", _log)
