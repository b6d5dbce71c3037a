"""Per-partner figures from the tip-offs an agency sent: response times and outcome rates.

``figures_of`` reads one ``SentTipoff`` per sent tip-off (partner, state, when it was sent,
acknowledged and answered, the outcome's figures): what ``TipoffStore.for_figures`` reads
in one grouped query, so the dashboard's figures stay cheap with 10,000 tip-offs.
``partner_figures`` does the same from whole tip-offs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from statistics import median
from typing import Any

from tipoff.tipoffs.model import State, Tipoff


@dataclass(frozen=True, slots=True)
class SentTipoff:
    """What the figures read of one sent tip-off."""

    partner: str
    state: State
    sent_at: datetime | None
    acknowledged_at: datetime | None
    outcome_at: datetime | None
    outcome: Mapping[str, Any] | None  # the outcome event's figures


def summarize(tipoff: Tipoff) -> SentTipoff:
    def first(kind: str) -> datetime | None:
        return next((e.at for e in tipoff.events if e.kind == kind), None)

    outcome = next((e.body for e in tipoff.events if e.kind == "outcome"), None)
    return SentTipoff(
        tipoff.partner,
        tipoff.state,
        first("sent"),
        first("acknowledged"),
        first("outcome"),
        outcome,
    )


@dataclass(frozen=True, slots=True)
class PartnerFigures:
    partner: str
    sent: int
    acknowledged: int
    outcomes: int
    declined: int
    expired: int
    open: int
    ack_hours_median: float | None  # sent -> acknowledged
    outcome_hours_median: float | None  # sent -> outcome
    arrests: int
    accounts_frozen: int
    amount_frozen_usd: float

    @property
    def outcome_rate(self) -> float | None:
        closed = self.outcomes + self.declined + self.expired
        return self.outcomes / closed if closed else None

    def as_json(self) -> dict[str, Any]:
        return {
            "partner": self.partner,
            "sent": self.sent,
            "acknowledged": self.acknowledged,
            "outcomes": self.outcomes,
            "declined": self.declined,
            "expired": self.expired,
            "open": self.open,
            "ack_hours_median": self.ack_hours_median,
            "outcome_hours_median": self.outcome_hours_median,
            "outcome_rate": self.outcome_rate,
            "arrests": self.arrests,
            "accounts_frozen": self.accounts_frozen,
            "amount_frozen_usd": self.amount_frozen_usd,
        }


def _hours(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return (end - start).total_seconds() / 3600


def partner_figures(tipoffs: Iterable[Tipoff]) -> list[PartnerFigures]:
    """Figures per partner over the sent (not draft) tip-offs of direction ``out``."""
    return figures_of(
        summarize(t) for t in tipoffs if t.direction == "out" and t.state is not State.DRAFT
    )


def figures_of(sent_tipoffs: Iterable[SentTipoff]) -> list[PartnerFigures]:
    """Figures per partner over sent tip-offs."""
    by_partner: dict[str, list[SentTipoff]] = {}
    for tipoff in sent_tipoffs:
        by_partner.setdefault(tipoff.partner, []).append(tipoff)
    found = []
    for partner, sent in sorted(by_partner.items()):
        acks = [h for t in sent if (h := _hours(t.sent_at, t.acknowledged_at)) is not None]
        outs = [h for t in sent if (h := _hours(t.sent_at, t.outcome_at)) is not None]
        outcome_bodies = [t.outcome for t in sent if t.outcome is not None]
        states = [t.state for t in sent]
        found.append(
            PartnerFigures(
                partner,
                len(sent),
                len(acks),
                states.count(State.OUTCOME),
                states.count(State.DECLINED),
                states.count(State.EXPIRED),
                sum(1 for s in states if s not in (State.OUTCOME, State.DECLINED, State.EXPIRED)),
                median(acks) if acks else None,
                median(outs) if outs else None,
                sum(int(b.get("arrests", 0)) for b in outcome_bodies),
                sum(int(b.get("accounts_frozen", 0)) for b in outcome_bodies),
                sum(float(b.get("amount_frozen_usd", 0)) for b in outcome_bodies),
            )
        )
    return found
