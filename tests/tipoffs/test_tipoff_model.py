"""The pure core: parts and markings against a partner's clearance, the state machine."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tipoff.errors import Conflict, ValidationError
from tipoff.share.receivers import receiver_for
from tipoff.tipoffs.deadlines import reminders
from tipoff.tipoffs.model import (
    TRANSITIONS,
    Part,
    State,
    Tipoff,
    apply,
    check_outcome,
    check_part,
    next_events,
    refused_parts,
)

PARTS = [
    Part("actions", "clear", {"requested": ["investigate"]}),
    Part("victims", "green", {"countries": ["JP"], "count": 3, "losses_usd": 10}),
    Part("suspects", "amber", {"phones": ["+855"]}),
    Part("location", "amber+strict", {"city": "Phnom Penh"}),
    Part("evidence", "red", {"why_linked": ["shared wallet"]}),
]


@pytest.mark.parametrize(
    ("clearance", "refused"),
    [
        ("own", ["evidence"]),
        ("amber", ["location", "evidence"]),
        ("green", ["suspects", "location", "evidence"]),
        ("clear", ["victims", "suspects", "location", "evidence"]),
    ],
)
def test_parts_are_checked_against_the_partners_clearance(
    clearance: str, refused: list[str]
) -> None:
    receiver = receiver_for(clearance, 1)
    assert [p.kind for p in refused_parts(PARTS, receiver, 1)] == refused


def test_a_red_part_is_refused_even_for_the_own_organisation() -> None:
    assert refused_parts([Part("network", "red", {})], receiver_for("own", 1), 1)


def test_victims_are_aggregates_only() -> None:
    with pytest.raises(ValidationError, match="unknown keys names"):
        check_part(Part("victims", "amber", {"names": ["someone"], "count": 1}))
    part = check_part(Part("victims", "amber", {"countries": ["jp", "JP", "kr"], "count": 2}))
    assert part.body == {"countries": ["JP", "KR"], "count": 2, "losses_usd": 0.0}


@pytest.mark.parametrize(
    "bad",
    [
        Part("actions", "amber", {"requested": ["shoot"]}),
        Part("actions", "amber", {"requested": []}),
        Part("location", "amber", {"latitude": 91}),
        Part("location", "amber", {"hotspot": "Atlantis"}),
        Part("location", "amber", {"longitude": True}),
        Part("suspects", "amber", {"phones": "+855"}),
        Part("network", "purple", {}),
        Part("gossip", "amber", {}),
        Part("network", "amber", {"summary": "\x00"}),
    ],
)
def test_bad_parts_name_the_field(bad: Part) -> None:
    with pytest.raises(ValidationError):
        check_part(bad)


def test_outcome_figures() -> None:
    figures = check_outcome({"arrests": 25, "amount_frozen_usd": 1000, "compound_raided": True})
    assert figures["arrests"] == 25 and figures["workers_rescued"] == 0
    for bad in ({"arrests": -1}, {"arrests": 1.5}, {"compound_raided": "yes"}, {"bribes": 1}):
        with pytest.raises(ValidationError):
            check_outcome(bad)


def test_the_state_machine() -> None:
    state = State.DRAFT
    for kind in ("sent", "received", "acknowledged", "progress", "progress", "outcome"):
        state = apply(state, kind, local=True)
    assert state is State.OUTCOME
    for kind in set(TRANSITIONS) - {"message"}:  # messages go on after the end
        with pytest.raises(Conflict):
            apply(State.OUTCOME, kind, local=True)
        assert apply(State.OUTCOME, kind, local=False) is State.OUTCOME  # final stays final
    with pytest.raises(Conflict):
        apply(State.DRAFT, "acknowledged", local=True)
    assert apply(State.SENT, "outcome", local=False) is State.OUTCOME
    assert apply(State.IN_PROGRESS, "received", local=False) is State.IN_PROGRESS
    assert apply(State.RECEIVED, "message", local=True) is State.RECEIVED


def test_a_hotspot_comes_from_the_gazetteer_with_its_country() -> None:
    part = check_part(Part("location", "amber", {"hotspot": "Phnom Penh", "compound": "B"}))
    assert part.body == {"hotspot": "Phnom Penh", "compound": "B", "country": "KH"}


def test_reminders_name_open_tipoffs_near_or_past_their_deadline() -> None:
    now = datetime(2026, 12, 6, tzinfo=UTC)

    def tipoff(uid: str, state: State, days: float | None) -> Tipoff:
        deadline = None if days is None else now + timedelta(days=days)
        return Tipoff(
            uid,
            "JP",
            "out",
            "KH",
            "JP",
            "KH",
            "t",
            "urgent",
            deadline,
            None,
            state,
            now,
            now,
            (),
            (),
        )

    found = reminders(
        [
            tipoff("late", State.ACKNOWLEDGED, -1),
            tipoff("soon", State.SENT, 2),
            tipoff("later", State.SENT, 10),
            tipoff("done", State.OUTCOME, -1),
            tipoff("draft", State.DRAFT, 1),
            tipoff("none", State.SENT, None),
        ],
        now,
        timedelta(days=3),
    )
    assert [(r.tipoff.uid, r.overdue) for r in found] == [("late", True), ("soon", False)]


@pytest.mark.parametrize(
    ("direction", "state", "expected"),
    [
        ("out", State.DRAFT, ("sent",)),
        ("out", State.SENT, ("expired", "message")),
        ("out", State.OUTCOME, ("message",)),
        ("in", State.RECEIVED, ("acknowledged", "declined", "message")),
        ("in", State.ACKNOWLEDGED, ("progress", "outcome", "declined", "message")),
        ("in", State.IN_PROGRESS, ("progress", "outcome", "declined", "message")),
        ("in", State.DECLINED, ("message",)),
    ],
)
def test_next_events_are_what_this_side_may_do_now(
    direction: str, state: State, expected: tuple[str, ...]
) -> None:
    now = datetime(2026, 12, 6, tzinfo=UTC)
    held = Tipoff(
        "x", "JP", direction, "KH", "JP", "KH", "t", "urgent", None, None, state, now, now, (), ()
    )
    assert next_events(held) == expected
    for kind in expected:  # each one the state machine takes as a local event
        apply(state, kind, local=True)
