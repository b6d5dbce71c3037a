"""The pure core of a tip-off: its parts, their markings, its lifecycle and its outcome.

A tip-off is one agency's request to a partner agency to act on a network. It is made of
**parts** (network, location, suspects, victims, evidence, actions), each with its own TLP
marking, and checked part by part against the partner's clearance before it is sent
(``refused_parts``): a part the partner may not receive stops the send, it is never
dropped silently. Victims appear only as countries, a count and losses, never identities
(``check_part`` refuses the keys that would identify a person).

The lifecycle is an explicit state machine (``apply``)::

    draft -> sent -> received -> acknowledged -> in_progress -> outcome
                                     \\-> declined (reason)      (from received on)
                                     \\-> expired                (from sent on)

with messages allowed in every state after draft. Every change is an **event** with an id
chosen by the side that made it; both sides keep the same events, and an event is applied
once per (tip-off, event id), so a re-sent event changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from tipoff.assess.lexicon import gazetteer
from tipoff.errors import Conflict, ValidationError
from tipoff.model import TLP
from tipoff.share.receivers import Receiver
from tipoff.tipoffs.attachments import AttachmentInfo

ACTIONS: tuple[str, ...] = (
    "investigate",
    "locate",
    "freeze_accounts",
    "take_down",
    "rescue_workers",
    "arrest_and_return",
)
URGENCIES: tuple[str, ...] = ("routine", "urgent", "immediate")
PART_KINDS: tuple[str, ...] = ("network", "location", "suspects", "victims", "evidence", "actions")
# Keys a victims part may carry: aggregates only (never names, contacts or accounts).
VICTIM_KEYS = frozenset({"countries", "count", "losses_usd"})
SUSPECT_KEYS = frozenset({"phones", "handles", "accounts", "wallets"})
LOCATION_KEYS = frozenset({"compound", "city", "country", "latitude", "longitude", "hotspot"})
OUTCOME_COUNTS: tuple[str, ...] = (
    "arrests",
    "people_returned",
    "workers_rescued",
    "accounts_frozen",
    "sites_taken_down",
    "accounts_taken_down",
)
MAX_TEXT = 4000


class State(StrEnum):
    """Where a tip-off stands; the same on both sides once events have travelled."""

    DRAFT = "draft"
    SENT = "sent"
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    OUTCOME = "outcome"
    DECLINED = "declined"
    EXPIRED = "expired"


FINAL: frozenset[State] = frozenset({State.OUTCOME, State.DECLINED, State.EXPIRED})
_PATH = (State.DRAFT, State.SENT, State.RECEIVED, State.ACKNOWLEDGED, State.IN_PROGRESS)

# event kind -> (states it may happen in, state after; None = no change)
TRANSITIONS: dict[str, tuple[frozenset[State], State | None]] = {
    "sent": (frozenset({State.DRAFT}), State.SENT),
    "received": (frozenset({State.SENT}), State.RECEIVED),
    "acknowledged": (frozenset({State.RECEIVED}), State.ACKNOWLEDGED),
    "progress": (frozenset({State.ACKNOWLEDGED, State.IN_PROGRESS}), State.IN_PROGRESS),
    "outcome": (frozenset({State.ACKNOWLEDGED, State.IN_PROGRESS}), State.OUTCOME),
    "declined": (
        frozenset({State.RECEIVED, State.ACKNOWLEDGED, State.IN_PROGRESS}),
        State.DECLINED,
    ),
    "expired": (
        frozenset({State.SENT, State.RECEIVED, State.ACKNOWLEDGED, State.IN_PROGRESS}),
        State.EXPIRED,
    ),
    "message": (frozenset(State) - {State.DRAFT}, None),
    # A reminder before the deadline (tipoff.tipoffs.reminders): made on each side for its
    # own analysts, never exchanged, no change of state.
    "reminder": (frozenset(State) - {State.DRAFT} - FINAL, None),
}
EVENT_KINDS: tuple[str, ...] = tuple(TRANSITIONS)
# Which side makes which event: the sender sends, messages and lets a request expire; the
# receiver does the rest (and messages).
SENDER_EVENTS = frozenset({"sent", "message", "expired"})
RECEIVER_EVENTS = frozenset(
    {"received", "acknowledged", "progress", "outcome", "declined", "message"}
)
# Events either side makes for itself; they stay on the side that made them.
LOCAL_EVENTS = frozenset({"reminder"})


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a tip-off with its own marking."""

    kind: str
    tlp: str
    body: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Event:
    """One change to a tip-off, made by ``origin`` (an agency code) at ``at``."""

    event_id: str
    kind: str
    origin: str
    at: datetime
    body: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Draft:
    """A tip-off about to be stored (``uid`` is its STIX id, ``x-tipoff--<uuid>``)."""

    uid: str
    sender: str
    recipient: str
    title: str
    urgency: str
    deadline: datetime | None
    parts: tuple[Part, ...]
    network_ref: str | None = None


@dataclass(frozen=True, slots=True)
class Tipoff:
    """A stored tip-off on one side: ``direction`` is ``out`` at the sender, ``in`` at the
    receiver; ``partner`` is the other side's code."""

    uid: str
    agency_code: str
    direction: str
    partner: str
    sender: str
    recipient: str
    title: str
    urgency: str
    deadline: datetime | None
    network_ref: str | None
    state: State
    created_at: datetime
    updated_at: datetime
    parts: tuple[Part, ...]
    events: tuple[Event, ...]
    attachments: tuple[AttachmentInfo, ...] = ()

    def draft(self) -> Draft:
        return Draft(
            self.uid,
            self.sender,
            self.recipient,
            self.title,
            self.urgency,
            self.deadline,
            self.parts,
            self.network_ref,
        )


def _text(value: Any, path: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValidationError("must be text", path=path)
    text = value.strip()
    if len(text) > limit:
        raise ValidationError(f"at most {limit} characters", path=path)
    if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise ValidationError("contains a character no database can store", path=path)
    return text


def _count(value: Any, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10**9:
        raise ValidationError("must be a whole number from 0", path=path)
    return value


def _amount(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1e15:
        raise ValidationError("must be a number from 0", path=path)
    return float(value)


def _strings(value: Any, path: str) -> list[str]:
    if not isinstance(value, list) or len(value) > 1000:
        raise ValidationError("must be a list of at most 1000 texts", path=path)
    return [_text(item, f"{path}[{i}]", 300) for i, item in enumerate(value)]


def _only(body: Mapping[str, Any], allowed: frozenset[str], path: str) -> None:
    extra = sorted(set(body) - allowed)
    if extra:
        raise ValidationError(
            f"unknown keys {', '.join(extra)}; allowed: {', '.join(sorted(allowed))}", path=path
        )


def check_part(part: Part) -> Part:
    """A part with checked kind, marking and body; ValidationError naming the field otherwise."""
    path = f"parts.{part.kind}"
    if part.kind not in PART_KINDS:
        raise ValidationError(f"unknown part; one of {', '.join(PART_KINDS)}", path="parts")
    try:
        tlp = TLP(part.tlp).value
    except ValueError as error:
        raise ValidationError("unknown TLP marking", path=f"{path}.tlp") from error
    body = dict(part.body)
    if part.kind == "victims":
        _only(body, VICTIM_KEYS, path)
        countries = _strings(body.get("countries", []), f"{path}.countries")
        body = {
            "countries": sorted({c.upper() for c in countries}),
            "count": _count(body.get("count", 0), f"{path}.count"),
            "losses_usd": _amount(body.get("losses_usd", 0), f"{path}.losses_usd"),
        }
    elif part.kind == "suspects":
        _only(body, SUSPECT_KEYS, path)
        body = {key: _strings(body.get(key, []), f"{path}.{key}") for key in sorted(SUSPECT_KEYS)}
    elif part.kind == "location":
        _only(body, LOCATION_KEYS, path)
        for key in ("latitude", "longitude"):
            if key in body and body[key] is not None:
                limit = 90 if key == "latitude" else 180
                value = body[key]
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise ValidationError("must be a number", path=f"{path}.{key}")
                if not -limit <= value <= limit:
                    raise ValidationError(f"must be within ±{limit}", path=f"{path}.{key}")
        for key in ("compound", "city", "country", "hotspot"):
            if key in body and body[key] is not None:
                body[key] = _text(body[key], f"{path}.{key}", 300)
        if body.get("hotspot"):
            places = {p["name"]: p.get("country", "") for p in gazetteer()}
            if body["hotspot"] not in places:
                raise ValidationError(
                    "not a place of the hot-spot gazetteer", path=f"{path}.hotspot"
                )
            body.setdefault("country", places[body["hotspot"]])
    elif part.kind == "actions":
        _only(body, frozenset({"requested"}), path)
        requested = _strings(body.get("requested", []), f"{path}.requested")
        unknown = sorted(set(requested) - set(ACTIONS))
        if unknown or not requested:
            raise ValidationError(
                f"request one or more of {', '.join(ACTIONS)}", path=f"{path}.requested"
            )
        body = {"requested": [a for a in ACTIONS if a in requested]}
    elif part.kind == "evidence":
        _only(body, frozenset({"why_linked", "reports"}), path)
        body = {
            "why_linked": _strings(body.get("why_linked", []), f"{path}.why_linked"),
            "reports": _strings(body.get("reports", []), f"{path}.reports"),
        }
    else:  # network
        _only(body, frozenset({"name", "summary", "reports", "size"}), path)
        body = {
            "name": _text(body.get("name", ""), f"{path}.name", 300),
            "summary": _text(body.get("summary", ""), f"{path}.summary"),
            "reports": _strings(body.get("reports", []), f"{path}.reports"),
            "size": _count(body.get("size", 0), f"{path}.size"),
        }
    return Part(part.kind, tlp, body)


def new_uid() -> str:
    """A fresh tip-off id (the STIX id of its header)."""
    return f"x-tipoff--{uuid.uuid4()}"


def check_draft(draft: Draft) -> Draft:
    """A draft with every field checked: one part per kind, an actions part, known urgency."""
    if not draft.uid.startswith("x-tipoff--") or len(draft.uid) != 46:
        raise ValidationError("must be x-tipoff--<uuid>", path="uid")
    title = _text(draft.title, "title", 300)
    if not title:
        raise ValidationError("must not be empty", path="title")
    if draft.urgency not in URGENCIES:
        raise ValidationError(f"one of {', '.join(URGENCIES)}", path="urgency")
    kinds = [p.kind for p in draft.parts]
    if len(set(kinds)) != len(kinds):
        raise ValidationError("one part of each kind at most", path="parts")
    if "actions" not in kinds:
        raise ValidationError("a tip-off requests at least one action", path="parts.actions")
    parts = tuple(
        check_part(p) for p in sorted(draft.parts, key=lambda p: PART_KINDS.index(p.kind))
    )
    return Draft(
        draft.uid,
        draft.sender,
        draft.recipient,
        title,
        draft.urgency,
        draft.deadline,
        parts,
        draft.network_ref,
    )


def refused_parts(parts: Iterable[Part], receiver: Receiver, owner: int | None) -> list[Part]:
    """The parts ``receiver`` may not have (RED always; the one rule for the rest)."""
    return [p for p in parts if not receiver.may_receive(p.tlp, owner)]


def check_outcome(body: Mapping[str, Any]) -> dict[str, Any]:
    """Outcome figures: counts, the frozen amount (USD) and whether the compound was raided."""
    allowed = frozenset(OUTCOME_COUNTS) | {"amount_frozen_usd", "compound_raided", "note"}
    _only(body, allowed, "outcome")
    figures: dict[str, Any] = {k: _count(body.get(k, 0), f"outcome.{k}") for k in OUTCOME_COUNTS}
    figures["amount_frozen_usd"] = _amount(body.get("amount_frozen_usd", 0), "outcome.amount")
    raided = body.get("compound_raided", False)
    if not isinstance(raided, bool):
        raise ValidationError("must be true or false", path="outcome.compound_raided")
    figures["compound_raided"] = raided
    figures["note"] = _text(body.get("note", ""), "outcome.note")
    return figures


def check_event(event: Event) -> Event:
    """An event with a known kind and a checked body (outcome figures, reasons, texts)."""
    if event.kind not in TRANSITIONS:
        raise ValidationError(f"one of {', '.join(EVENT_KINDS)}", path="kind")
    event_id = _text(event.event_id, "event_id", 80)
    if not event_id:
        raise ValidationError("must not be empty", path="event_id")
    body: dict[str, Any]
    if event.kind == "outcome":
        body = check_outcome(event.body)
    elif event.kind == "declined":
        _only(event.body, frozenset({"reason"}), "declined")
        reason = _text(event.body.get("reason", ""), "reason")
        if not reason:
            raise ValidationError("a decline gives its reason", path="reason")
        body = {"reason": reason}
    else:
        _only(event.body, frozenset({"text"}), event.kind)
        body = {"text": _text(event.body.get("text", ""), "text")} if event.body else {}
        if event.kind == "message" and not body.get("text"):
            raise ValidationError("a message has text", path="text")
    return Event(event_id, event.kind, event.origin, event.at, body)


def next_events(tipoff: Tipoff) -> tuple[str, ...]:
    """The events this side may make now (``sent`` is the send itself, for a draft)."""
    mine = SENDER_EVENTS if tipoff.direction == "out" else RECEIVER_EVENTS - {"received"}
    return tuple(k for k in EVENT_KINDS if k in mine and tipoff.state in TRANSITIONS[k][0])


def apply(state: State, kind: str, *, local: bool) -> State:
    """The state after an event of ``kind``.

    A local event (made on this side) must be allowed in ``state`` (Conflict otherwise).
    An event from the other side may arrive ahead of one it follows (each travels on its
    own): it moves the state forward along the path, never back, and never out of a
    final state.
    """
    allowed, after = TRANSITIONS[kind]
    if state in allowed:
        return state if after is None else after
    if local:
        raise Conflict(f"a tip-off in state {state.value} cannot take {kind!r}")
    if after is None or state in FINAL:
        return state
    if after in FINAL or _PATH.index(after) > _PATH.index(state):
        return after
    return state
