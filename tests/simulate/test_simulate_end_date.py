"""A world that ends on a given day: nothing from after it, and its last weeks are not empty."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from tipoff.simulate import WorldConfig, simulate

LAST_DAY = date(2026, 12, 5)


def _timestamps(world: Path) -> tuple[list[str], list[str]]:
    reports = [json.loads(line) for line in (world / "reports.jsonl").open(encoding="utf-8")]
    received = sorted(r["received_at"] for r in reports)
    stamped = [r["occurred_at"] for r in reports] + [
        p["paid_at"] for r in reports for p in r["payments"] if p.get("paid_at")
    ]
    return received, stamped


def test_a_world_ending_today_has_no_future_and_a_busy_last_month(tmp_path: Path) -> None:
    simulate(WorldConfig.ending(LAST_DAY), 3, tmp_path, 2000, workers=1)
    received, stamped = _timestamps(tmp_path)
    assert max(received + stamped) <= "2026-12-05T23:59:59Z"
    last_30 = [t for t in received if t >= "2026-11-05"]
    assert len(last_30) >= 0.05 * len(received)  # the overview's 30-day figures are not empty
    per_day = Counter(t[:10] for t in received)
    typical = sorted(per_day.values())[len(per_day) // 2]
    assert per_day["2026-12-05"] <= 4 * max(typical, 1)  # no pile-up on the last day


def test_the_default_world_still_ends_in_2025_with_reports_arriving_later(tmp_path: Path) -> None:
    simulate(None, 3, tmp_path, 300, workers=1)
    received, _ = _timestamps(tmp_path)
    assert received[0] >= "2025-01-01"
    assert received[-1] > "2025-12-31"  # reports arrive weeks after the scam, unclamped


def test_a_world_ending_now_has_nothing_after_now(tmp_path: Path) -> None:
    now = datetime(2026, 12, 5, 9, 30, tzinfo=UTC)
    simulate(WorldConfig.ending(now), 3, tmp_path, 500, workers=1)
    received, stamped = _timestamps(tmp_path)
    assert max(received + stamped) <= "2026-12-05T09:30:00Z"
