"""Where tip-offs live on each side: ``TipoffStore``, on SQL (SQLite, PostgreSQL) and in memory.

Every write is one transaction with its audit row. ``create_draft`` stores a draft at the
sender; ``receive`` stores a tip-off arriving at the receiver (once per uid: a re-sent
tip-off changes nothing); ``record`` applies one event (once per (tip-off, event id): a
re-sent event changes nothing) through the state machine of ``tipoff.tipoffs.model``.
A tip-off belongs to one agency on each side; no other agency reads it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from tipoff.errors import Conflict, NotFound, ValidationError
from tipoff.store.records import Agency, AuditEntry, as_utc
from tipoff.store.tables import audit_log
from tipoff.tipoffs.model import (
    SENDER_EVENTS,
    Draft,
    Event,
    Part,
    State,
    Tipoff,
    apply,
    check_draft,
    check_event,
)
from tipoff.tipoffs.tables import tipoff_events, tipoff_parts, tipoffs

DIRECTIONS = ("out", "in")


class TipoffStore(Protocol):
    """Tip-offs of the agencies of one instance."""

    def create_draft(self, agency: Agency, draft: Draft, *, at: datetime, actor: str) -> Tipoff:
        """Store a draft sent by ``agency`` (Conflict if the uid exists)."""
        ...

    def receive(
        self, agency: Agency, draft: Draft, sent: Event, *, at: datetime, actor: str
    ) -> tuple[Tipoff, bool]:
        """Store a tip-off addressed to ``agency`` with its ``sent`` event; (tip-off, created)."""
        ...

    def record(
        self, agency: Agency, uid: str, event: Event, *, at: datetime, actor: str
    ) -> tuple[Tipoff, bool]:
        """Apply ``event``; (tip-off, recorded) — recorded is False for an event already held."""
        ...

    def get(self, agency: Agency, uid: str) -> Tipoff:
        """One tip-off of ``agency`` (NotFound otherwise, whoever else holds it)."""
        ...

    def list(
        self,
        agency: Agency,
        *,
        direction: str | None = None,
        state: str | None = None,
        network: str | None = None,
    ) -> list[Tipoff]:
        """Tip-offs of ``agency``, newest first (``network``: about that network only)."""
        ...

    def network_states(self, agency: Agency) -> dict[str, tuple[State, ...]]:
        """{network ref: states of the tip-offs ``agency`` sent about it} (drafts left out)."""
        ...


def _direction(direction: str | None) -> None:
    if direction is not None and direction not in DIRECTIONS:
        raise ValidationError("one of out, in", path="direction")


def _is_local(tipoff: Tipoff, event: Event) -> bool:
    return event.origin == tipoff.agency_code


def _check_origin(tipoff: Tipoff, event: Event) -> None:
    """The sender makes sender events, the receiver the others (messages: either side)."""
    if event.origin not in (tipoff.sender, tipoff.recipient):
        raise ValidationError("the event comes from neither side of this tip-off", path="origin")
    if event.kind == "message":
        return
    by_sender = event.kind in SENDER_EVENTS
    if by_sender != (event.origin == tipoff.sender):
        side = "sender" if by_sender else "receiver"
        raise ValidationError(f"only the {side} may record {event.kind!r}", path="kind")


def _audit(
    tipoff: Tipoff, action: str, actor: str, at: datetime, detail: dict[str, Any]
) -> AuditEntry:
    return AuditEntry(
        at, actor, action, "tipoff", tipoff.uid, {"agency": tipoff.agency_code} | detail
    )


def _new(agency: Agency, draft: Draft, direction: str, at: datetime) -> Tipoff:
    partner = draft.recipient if direction == "out" else draft.sender
    state = State.DRAFT if direction == "out" else State.SENT
    return Tipoff(
        draft.uid,
        agency.code,
        direction,
        partner,
        draft.sender,
        draft.recipient,
        draft.title,
        draft.urgency,
        as_utc(draft.deadline),
        draft.network_ref,
        state,
        at,
        at,
        draft.parts,
        (),
    )


def _check_received(agency: Agency, draft: Draft, sent: Event) -> tuple[Draft, Event]:
    if draft.recipient != agency.code:
        raise ValidationError("the tip-off is addressed to another agency", path="recipient")
    if sent.kind != "sent" or sent.origin != draft.sender:
        raise ValidationError("a received tip-off comes with its sender's sent event", path="kind")
    return check_draft(draft), check_event(sent)


class MemoryTipoffStore:
    """The in-memory fake (tests, demos): same behaviour as the SQL store."""

    def __init__(self) -> None:
        self._tipoffs: dict[tuple[int, str], Tipoff] = {}
        self.audit: list[AuditEntry] = []

    def create_draft(self, agency: Agency, draft: Draft, *, at: datetime, actor: str) -> Tipoff:
        draft = check_draft(draft)
        if draft.sender != agency.code:
            raise ValidationError("a draft is sent by its own agency", path="sender")
        if (agency.id, draft.uid) in self._tipoffs:
            raise Conflict(f"tip-off {draft.uid} exists")
        tipoff = _new(agency, draft, "out", as_utc(at))
        self._tipoffs[(agency.id, draft.uid)] = tipoff
        self.audit.append(_audit(tipoff, "tipoff_draft", actor, as_utc(at), {}))
        return tipoff

    def receive(
        self, agency: Agency, draft: Draft, sent: Event, *, at: datetime, actor: str
    ) -> tuple[Tipoff, bool]:
        draft, sent = _check_received(agency, draft, sent)
        held = self._tipoffs.get((agency.id, draft.uid))
        if held is not None:
            return held, False
        tipoff = replace(
            _new(agency, draft, "in", as_utc(at)), events=(replace(sent, at=as_utc(sent.at)),)
        )
        self._tipoffs[(agency.id, draft.uid)] = tipoff
        self.audit.append(_audit(tipoff, "tipoff_receive", actor, as_utc(at), {}))
        return tipoff, True

    def record(
        self, agency: Agency, uid: str, event: Event, *, at: datetime, actor: str
    ) -> tuple[Tipoff, bool]:
        tipoff = self.get(agency, uid)
        event = check_event(event)
        if any(e.event_id == event.event_id for e in tipoff.events):
            return tipoff, False
        _check_origin(tipoff, event)
        state = apply(tipoff.state, event.kind, local=_is_local(tipoff, event))
        event = replace(event, at=as_utc(event.at))
        tipoff = replace(tipoff, state=state, updated_at=as_utc(at), events=(*tipoff.events, event))
        self._tipoffs[(agency.id, uid)] = tipoff
        detail = {"event": event.event_id, "kind": event.kind, "state": state.value}
        self.audit.append(_audit(tipoff, "tipoff_event", actor, as_utc(at), detail))
        return tipoff, True

    def get(self, agency: Agency, uid: str) -> Tipoff:
        found = self._tipoffs.get((agency.id, uid))
        if found is None:
            raise NotFound(f"no tip-off {uid}")
        return found

    def list(
        self,
        agency: Agency,
        *,
        direction: str | None = None,
        state: str | None = None,
        network: str | None = None,
    ) -> list[Tipoff]:
        _direction(direction)
        found = [
            t
            for (owner, _), t in self._tipoffs.items()
            if owner == agency.id
            and (direction is None or t.direction == direction)
            and (state is None or t.state.value == state)
            and (network is None or t.network_ref == network)
        ]
        return sorted(found, key=lambda t: (t.created_at, t.uid), reverse=True)

    def network_states(self, agency: Agency) -> dict[str, tuple[State, ...]]:
        found: dict[str, list[State]] = {}
        for t in self.list(agency, direction="out"):
            if t.network_ref and t.state is not State.DRAFT:
                found.setdefault(t.network_ref, []).append(t.state)
        return {ref: tuple(states) for ref, states in found.items()}


class SqlTipoffStore:
    """Tip-offs in the instance's database (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _audit(self, connection: Connection, entry: AuditEntry) -> None:
        connection.execute(
            insert(audit_log),
            {
                "at": entry.at,
                "actor": entry.actor[:200],
                "action": entry.action,
                "object_type": entry.object_type,
                "object_ref": entry.object_ref,
                "detail": entry.detail,
            },
        )

    def _insert(self, connection: Connection, agency: Agency, tipoff: Tipoff) -> None:
        row = {
            "agency_id": agency.id,
            "uid": tipoff.uid,
            "direction": tipoff.direction,
            "partner": tipoff.partner,
            "sender": tipoff.sender,
            "recipient": tipoff.recipient,
            "title": tipoff.title,
            "urgency": tipoff.urgency,
            "deadline": tipoff.deadline,
            "network_ref": tipoff.network_ref,
            "state": tipoff.state.value,
            "created_at": tipoff.created_at,
            "updated_at": tipoff.updated_at,
        }
        pk = connection.execute(insert(tipoffs).returning(tipoffs.c.id), row).scalar_one()
        if tipoff.parts:
            connection.execute(
                insert(tipoff_parts),
                [
                    {"tipoff_id": pk, "kind": p.kind, "tlp": p.tlp, "body": dict(p.body)}
                    for p in tipoff.parts
                ],
            )
        for event in tipoff.events:
            self._insert_event(connection, pk, event, tipoff.state, tipoff.updated_at)

    def _insert_event(
        self, connection: Connection, pk: int, event: Event, state: State, at: datetime
    ) -> None:
        connection.execute(
            insert(tipoff_events),
            {
                "tipoff_id": pk,
                "event_id": event.event_id,
                "kind": event.kind,
                "origin": event.origin,
                "at": as_utc(event.at),
                "recorded_at": at,
                "state_after": state.value,
                "body": dict(event.body),
            },
        )

    def create_draft(self, agency: Agency, draft: Draft, *, at: datetime, actor: str) -> Tipoff:
        draft = check_draft(draft)
        if draft.sender != agency.code:
            raise ValidationError("a draft is sent by its own agency", path="sender")
        tipoff = _new(agency, draft, "out", as_utc(at))
        try:
            with self.engine.begin() as connection:
                self._insert(connection, agency, tipoff)
                self._audit(connection, _audit(tipoff, "tipoff_draft", actor, as_utc(at), {}))
        except IntegrityError as error:
            raise Conflict(f"tip-off {draft.uid} exists") from error
        return tipoff

    def receive(
        self, agency: Agency, draft: Draft, sent: Event, *, at: datetime, actor: str
    ) -> tuple[Tipoff, bool]:
        draft, sent = _check_received(agency, draft, sent)
        try:
            return self.get(agency, draft.uid), False
        except NotFound:
            pass
        tipoff = replace(_new(agency, draft, "in", as_utc(at)), events=(sent,))
        try:
            with self.engine.begin() as connection:
                self._insert(connection, agency, tipoff)
                self._audit(connection, _audit(tipoff, "tipoff_receive", actor, as_utc(at), {}))
        except IntegrityError:  # the same tip-off arrived twice at once: the first one won
            return self.get(agency, draft.uid), False
        return self.get(agency, draft.uid), True

    def record(
        self, agency: Agency, uid: str, event: Event, *, at: datetime, actor: str
    ) -> tuple[Tipoff, bool]:
        event = check_event(event)
        try:
            with self.engine.begin() as connection:
                row = connection.execute(
                    select(tipoffs.c.id, tipoffs.c.state)
                    .where(tipoffs.c.agency_id == agency.id, tipoffs.c.uid == uid)
                    .with_for_update()
                ).first()
                if row is None:
                    raise NotFound(f"no tip-off {uid}")
                held = connection.execute(
                    select(tipoff_events.c.id).where(
                        tipoff_events.c.tipoff_id == row.id,
                        tipoff_events.c.event_id == event.event_id,
                    )
                ).first()
                if held is not None:
                    return self.get(agency, uid), False
                tipoff = self._load(connection, agency, uid)
                _check_origin(tipoff, event)
                state = apply(State(row.state), event.kind, local=_is_local(tipoff, event))
                self._insert_event(connection, row.id, event, state, as_utc(at))
                connection.execute(
                    update(tipoffs)
                    .where(tipoffs.c.id == row.id)
                    .values(state=state.value, updated_at=as_utc(at))
                )
                detail = {"event": event.event_id, "kind": event.kind, "state": state.value}
                self._audit(connection, _audit(tipoff, "tipoff_event", actor, as_utc(at), detail))
        except IntegrityError:  # the same event arrived twice at once: the first one won
            return self.get(agency, uid), False
        return self.get(agency, uid), True

    def get(self, agency: Agency, uid: str) -> Tipoff:
        with self.engine.connect() as connection:
            return self._load(connection, agency, uid)

    def _load(self, connection: Connection, agency: Agency, uid: str) -> Tipoff:
        rows = self._rows(connection, agency, [tipoffs.c.uid == uid])
        if not rows:
            raise NotFound(f"no tip-off {uid}")
        return rows[0]

    def _rows(self, connection: Connection, agency: Agency, where: list[Any]) -> list[Tipoff]:
        heads = connection.execute(
            select(tipoffs)
            .where(tipoffs.c.agency_id == agency.id, *where)
            .order_by(tipoffs.c.created_at.desc(), tipoffs.c.uid.desc())
        ).all()
        ids = [h.id for h in heads]
        parts: dict[int, list[Part]] = {i: [] for i in ids}
        events: dict[int, list[Event]] = {i: [] for i in ids}
        if ids:
            for p in connection.execute(
                select(tipoff_parts)
                .where(tipoff_parts.c.tipoff_id.in_(ids))
                .order_by(tipoff_parts.c.id)
            ):
                parts[p.tipoff_id].append(Part(p.kind, p.tlp, p.body))
            for e in connection.execute(
                select(tipoff_events)
                .where(tipoff_events.c.tipoff_id.in_(ids))
                .order_by(tipoff_events.c.id)
            ):
                events[e.tipoff_id].append(
                    Event(e.event_id, e.kind, e.origin, as_utc(e.at), e.body)
                )
        return [
            Tipoff(
                h.uid,
                agency.code,
                h.direction,
                h.partner,
                h.sender,
                h.recipient,
                h.title,
                h.urgency,
                as_utc(h.deadline),
                h.network_ref,
                State(h.state),
                as_utc(h.created_at),
                as_utc(h.updated_at),
                tuple(parts[h.id]),
                tuple(events[h.id]),
            )
            for h in heads
        ]

    def list(
        self,
        agency: Agency,
        *,
        direction: str | None = None,
        state: str | None = None,
        network: str | None = None,
    ) -> list[Tipoff]:
        _direction(direction)
        where: list[Any] = []
        if direction is not None:
            where.append(tipoffs.c.direction == direction)
        if state is not None:
            where.append(tipoffs.c.state == state)
        if network is not None:
            where.append(tipoffs.c.network_ref == network)
        with self.engine.connect() as connection:
            return self._rows(connection, agency, where)

    def network_states(self, agency: Agency) -> dict[str, tuple[State, ...]]:
        query = select(tipoffs.c.network_ref, tipoffs.c.state).where(
            tipoffs.c.agency_id == agency.id,
            tipoffs.c.direction == "out",
            tipoffs.c.state != State.DRAFT.value,
            tipoffs.c.network_ref.is_not(None),
        )
        found: dict[str, list[State]] = {}
        with self.engine.connect() as connection:
            for ref, state in connection.execute(query):
                found.setdefault(ref, []).append(State(state))
        return {ref: tuple(states) for ref, states in found.items()}
