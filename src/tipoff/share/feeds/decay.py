"""How much a feed listing is worth now: confidence halves every ``half_life_days``
after the last import that saw the value, and stops counting below ``EXPIRED_BELOW``.

A value seen again on a later import starts a fresh half-life (its ``last_seen`` moves).
"""

from __future__ import annotations

from datetime import datetime

EXPIRED_BELOW = 10  # effective confidence (0-100) under which a listing no longer counts


def effective_confidence(
    confidence: int, half_life_days: float, last_seen: datetime, now: datetime
) -> int:
    """``confidence`` decayed by the time since ``last_seen`` (never above it, never below 0)."""
    age_days = max((now - last_seen).total_seconds(), 0.0) / 86_400
    if half_life_days <= 0:
        return confidence
    factor: float = 0.5 ** (age_days / half_life_days)
    return round(confidence * factor)


def is_expired(confidence: int, half_life_days: float, last_seen: datetime, now: datetime) -> bool:
    """Whether the listing has decayed below ``EXPIRED_BELOW``."""
    return effective_confidence(confidence, half_life_days, last_seen, now) < EXPIRED_BELOW
