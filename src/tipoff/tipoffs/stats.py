"""Per-partner figures from the tip-offs an agency sent: response times and outcome rates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median
from typing import Any

from tipoff.tipoffs.model import State, Tipoff


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


def _hours(tipoff: Tipoff, kind: str) -> float | None:
    sent = next((e.at for e in tipoff.events if e.kind == "sent"), None)
    done = next((e.at for e in tipoff.events if e.kind == kind), None)
    if sent is None or done is None:
        return None
    return (done - sent).total_seconds() / 3600


def partner_figures(tipoffs: Iterable[Tipoff]) -> list[PartnerFigures]:
    """Figures per partner over the sent (not draft) tip-offs of direction ``out``."""
    by_partner: dict[str, list[Tipoff]] = {}
    for tipoff in tipoffs:
        if tipoff.direction == "out" and tipoff.state is not State.DRAFT:
            by_partner.setdefault(tipoff.partner, []).append(tipoff)
    found = []
    for partner, sent in sorted(by_partner.items()):
        acks = [h for t in sent if (h := _hours(t, "acknowledged")) is not None]
        outs = [h for t in sent if (h := _hours(t, "outcome")) is not None]
        outcome_bodies = [e.body for t in sent for e in t.events if e.kind == "outcome"]
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
