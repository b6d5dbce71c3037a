"""Where tip-offs live on each side: ``TipoffStore``, on SQL (SQLite, PostgreSQL) and in memory.

Every write is one transaction with its audit row. ``create_draft`` stores a draft at the
sender; ``receive`` stores a tip-off arriving at the receiver (once per uid: a re-sent
tip-off changes nothing); ``record`` applies one event (once per (tip-off, event id): a
re-sent event changes nothing) through the state machine of ``tipoff.tipoffs.model``.
A tip-off belongs to one agency on each side; no other agency reads it.

``page`` lists by keyset (newest first, an opaque cursor), so a page costs the same at any
depth; ``due`` reads the open tip-offs whose deadline is near (reminders); ``attach``
stores a checked file once per (tip-off, SHA-256). A tip-off drafted from a network
follows that network through relinks: ``list(network=…)`` also finds the tip-offs drafted
from ids that now redirect to it, and ``network_states`` names the live id.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, case, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from tipoff.errors import Conflict, NotFound, ValidationError
from tipoff.link.network_detail import MAX_REDIRECT_HOPS, resolve_network
from tipoff.link.network_tables import network_redirects, networks
from tipoff.store.cursor import decode_cursor, encode_cursor
from tipoff.store.records import Agency, AuditEntry, as_utc
from tipoff.store.tables import Timestamp, audit_log
from tipoff.tipoffs.attachments import MAX_PER_SIDE, MAX_SIDE_BYTES, Attachment, AttachmentInfo
from tipoff.tipoffs.model import (
    FINAL,
    LOCAL_EVENTS,
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
from tipoff.tipoffs.stats import SentTipoff, summarize
from tipoff.tipoffs.tables import tipoff_attachments, tipoff_events, tipoff_parts, tipoffs

DIRECTIONS = ("out", "in")
MAX_PAGE = 200
# Aliases for annotations inside the stores, where ``list`` names the method.
Tipoffs = list[Tipoff]
Files = list[Attachment]
Sent = list[SentTipoff]
FIGURE_EVENTS = ("sent", "acknowledged", "outcome")  # what tipoff.tipoffs.stats reads
OPEN_STATES = tuple(s.value for s in State if s is not State.DRAFT and s not in FINAL)


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

    def page(
        self,
        agency: Agency,
        *,
        direction: str | None = None,
        state: str | None = None,
        network: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> tuple[Tipoffs, str | None]:
        """One page of ``list`` (newest first) and the cursor of the next (None: last page)."""
        ...

    def for_figures(self, agency: Agency) -> Sent:
        """What per-partner figures read of each tip-off ``agency`` sent (not drafts)."""
        ...

    def due(self, agency: Agency, until: datetime) -> Tipoffs:
        """Open (sent, not final) tip-offs whose deadline is at or before ``until``, soonest
        first."""
        ...

    def attach(
        self, agency: Agency, uid: str, attachment: Attachment, *, at: datetime, actor: str
    ) -> tuple[AttachmentInfo, bool]:
        """Store a checked file on tip-off ``uid``; (info, stored) — stored is False when
        the tip-off already holds these bytes."""
        ...

    def attachment(self, agency: Agency, uid: str, sha256: str) -> Attachment:
        """One attachment with its bytes (NotFound for an unknown one or another agency's)."""
        ...

    def attachments_by(self, agency: Agency, uid: str, origin: str) -> Files:
        """The files ``origin`` attached to ``uid``, with their bytes (what an envelope carries)."""
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
    if event.kind == "message" or event.kind in LOCAL_EVENTS:
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


def _limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise ValidationError(f"from 1 to {MAX_PAGE}", path="limit")
    return limit


def _check_attach(tipoff: Tipoff, attachment: Attachment, held: list[AttachmentInfo]) -> None:
    """Who may attach what: either side, its own files, to a message it made itself."""
    info = attachment.info
    if info.origin not in (tipoff.sender, tipoff.recipient):
        raise ValidationError("the file comes from neither side of this tip-off", path="origin")
    if tipoff.state is State.DRAFT and info.origin != tipoff.sender:
        raise ValidationError("a draft takes files from its sender only", path="origin")
    if info.event_id is not None and not any(
        e.event_id == info.event_id and e.origin == info.origin and e.kind == "message"
        for e in tipoff.events
    ):
        raise ValidationError("no such message of this side", path="attachment.event_id")
    mine = [h for h in held if h.origin == info.origin]
    if len(mine) >= MAX_PER_SIDE:
        raise ValidationError(
            f"at most {MAX_PER_SIDE} files per side on one tip-off", path="attachment"
        )
    if sum(h.size for h in mine) + info.size > MAX_SIDE_BYTES:
        raise ValidationError(
            f"at most {MAX_SIDE_BYTES} bytes of files per side on one tip-off", path="attachment"
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
        self._order: dict[tuple[int, str], int] = {}  # insertion order: the keyset
        self._files: dict[tuple[int, str, str], Attachment] = {}
        self.audit: list[AuditEntry] = []

    def _put_new(self, agency: Agency, tipoff: Tipoff) -> None:
        self._tipoffs[(agency.id, tipoff.uid)] = tipoff
        self._order[(agency.id, tipoff.uid)] = len(self._order) + 1

    def create_draft(self, agency: Agency, draft: Draft, *, at: datetime, actor: str) -> Tipoff:
        draft = check_draft(draft)
        if draft.sender != agency.code:
            raise ValidationError("a draft is sent by its own agency", path="sender")
        if (agency.id, draft.uid) in self._tipoffs:
            raise Conflict(f"tip-off {draft.uid} exists")
        tipoff = _new(agency, draft, "out", as_utc(at))
        self._put_new(agency, tipoff)
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
        self._put_new(agency, tipoff)
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

    def page(
        self,
        agency: Agency,
        *,
        direction: str | None = None,
        state: str | None = None,
        network: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> tuple[Tipoffs, str | None]:
        limit = _limit(limit)
        before = decode_cursor(cursor) if cursor is not None else None
        found = sorted(
            (
                (self._order[(agency.id, t.uid)], t)
                for t in self.list(agency, direction=direction, state=state, network=network)
            ),
            key=lambda pair: pair[0],
            reverse=True,
        )
        if before is not None:
            found = [pair for pair in found if pair[0] < before]
        page = found[: limit + 1]
        more = encode_cursor(page[limit - 1][0]) if len(page) > limit else None
        return [t for _, t in page[:limit]], more

    def for_figures(self, agency: Agency) -> Sent:
        return [
            summarize(t) for t in self.list(agency, direction="out") if t.state is not State.DRAFT
        ]

    def due(self, agency: Agency, until: datetime) -> Tipoffs:
        found = [
            t
            for t in self.list(agency)
            if t.deadline is not None and t.state.value in OPEN_STATES and t.deadline <= until
        ]
        return sorted(found, key=lambda t: (t.deadline, t.uid))

    def attach(
        self, agency: Agency, uid: str, attachment: Attachment, *, at: datetime, actor: str
    ) -> tuple[AttachmentInfo, bool]:
        tipoff = self.get(agency, uid)
        held = self._files.get((agency.id, uid, attachment.info.sha256))
        if held is not None:
            return held.info, False
        _check_attach(tipoff, attachment, list(tipoff.attachments))
        self._files[(agency.id, uid, attachment.info.sha256)] = attachment
        self._tipoffs[(agency.id, uid)] = replace(
            tipoff, attachments=(*tipoff.attachments, attachment.info)
        )
        detail = {"sha256": attachment.info.sha256, "size": attachment.info.size}
        self.audit.append(_audit(tipoff, "tipoff_attach", actor, as_utc(at), detail))
        return attachment.info, True

    def attachment(self, agency: Agency, uid: str, sha256: str) -> Attachment:
        self.get(agency, uid)
        found = self._files.get((agency.id, uid, sha256))
        if found is None:
            raise NotFound(f"no attachment {sha256[:64]}")
        return found

    def attachments_by(self, agency: Agency, uid: str, origin: str) -> Files:
        return [
            self._files[(agency.id, uid, info.sha256)]
            for info in self.get(agency, uid).attachments
            if info.origin == origin
        ]


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

    def _rows(
        self,
        connection: Connection,
        agency: Agency,
        where: list[Any],
        *,
        order: tuple[Any, ...] = (tipoffs.c.created_at.desc(), tipoffs.c.uid.desc()),
        limit: int | None = None,
    ) -> list[Tipoff]:
        return [t for _, t in self._rows_with_ids(connection, agency, where, order, limit)]

    def _rows_with_ids(
        self,
        connection: Connection,
        agency: Agency,
        where: list[Any],
        order: tuple[Any, ...],
        limit: int | None,
    ) -> list[tuple[int, Tipoff]]:
        query = select(tipoffs).where(tipoffs.c.agency_id == agency.id, *where).order_by(*order)
        if limit is not None:
            query = query.limit(limit)
        heads = connection.execute(query).all()
        ids = [h.id for h in heads]
        parts: dict[int, list[Part]] = {i: [] for i in ids}
        events: dict[int, list[Event]] = {i: [] for i in ids}
        files: dict[int, list[AttachmentInfo]] = {i: [] for i in ids}
        for chunk in (ids[i : i + 900] for i in range(0, len(ids), 900)):
            for p in connection.execute(
                select(tipoff_parts)
                .where(tipoff_parts.c.tipoff_id.in_(chunk))
                .order_by(tipoff_parts.c.id)
            ):
                parts[p.tipoff_id].append(Part(p.kind, p.tlp, p.body))
            for e in connection.execute(
                select(tipoff_events)
                .where(tipoff_events.c.tipoff_id.in_(chunk))
                .order_by(tipoff_events.c.id)
            ):
                events[e.tipoff_id].append(
                    Event(e.event_id, e.kind, e.origin, as_utc(e.at), e.body)
                )
            for a in connection.execute(
                select(*(c for c in tipoff_attachments.c if c.name != "data"))
                .where(tipoff_attachments.c.tipoff_id.in_(chunk))
                .order_by(tipoff_attachments.c.id)
            ):
                files[a.tipoff_id].append(_info(a))
        return [
            (
                h.id,
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
                    tuple(files[h.id]),
                ),
            )
            for h in heads
        ]

    def _where(
        self,
        connection: Connection,
        direction: str | None,
        state: str | None,
        network: str | None,
    ) -> list[Any]:
        _direction(direction)
        where: list[Any] = []
        if direction is not None:
            where.append(tipoffs.c.direction == direction)
        if state is not None:
            where.append(tipoffs.c.state == state)
        if network is not None:
            where.append(tipoffs.c.network_ref.in_(_network_refs(connection, network)))
        return where

    def list(
        self,
        agency: Agency,
        *,
        direction: str | None = None,
        state: str | None = None,
        network: str | None = None,
    ) -> list[Tipoff]:
        with self.engine.connect() as connection:
            where = self._where(connection, direction, state, network)
            return self._rows(connection, agency, where)

    def page(
        self,
        agency: Agency,
        *,
        direction: str | None = None,
        state: str | None = None,
        network: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> tuple[Tipoffs, str | None]:
        limit = _limit(limit)
        before = decode_cursor(cursor) if cursor is not None else None
        with self.engine.connect() as connection:
            where = self._where(connection, direction, state, network)
            if before is not None:
                where.append(tipoffs.c.id < before)
            found = self._rows_with_ids(
                connection, agency, where, (tipoffs.c.id.desc(),), limit + 1
            )
        more = encode_cursor(found[limit - 1][0]) if len(found) > limit else None
        return [t for _, t in found[:limit]], more

    def for_figures(self, agency: Agency) -> Sent:
        """One grouped query: each sent tip-off's partner, state and the first time of its
        sent, acknowledged and outcome events; a second one for the outcomes' figures."""
        sent = (
            tipoffs.c.agency_id == agency.id,
            tipoffs.c.direction == "out",
            tipoffs.c.state != State.DRAFT.value,
        )
        kind, at = tipoff_events.c.kind, tipoff_events.c.at

        def first(name: str) -> Any:
            return func.min(case((kind == name, at)), type_=Timestamp).label(name)

        query = (
            select(tipoffs.c.id, tipoffs.c.partner, tipoffs.c.state, *map(first, FIGURE_EVENTS))
            .select_from(tipoffs)
            .outerjoin(
                tipoff_events,
                (tipoff_events.c.tipoff_id == tipoffs.c.id) & kind.in_(FIGURE_EVENTS),
            )
            .where(*sent)
            .group_by(tipoffs.c.id, tipoffs.c.partner, tipoffs.c.state)
        )
        outcomes = (
            select(tipoff_events.c.tipoff_id, tipoff_events.c.body)
            .join(tipoffs, tipoffs.c.id == tipoff_events.c.tipoff_id)
            .where(*sent, kind == "outcome")
            .order_by(tipoff_events.c.id.desc())
        )
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
            bodies = {row.tipoff_id: row.body for row in connection.execute(outcomes)}
        return [
            SentTipoff(
                r.partner,
                State(r.state),
                as_utc(r.sent),
                as_utc(r.acknowledged),
                as_utc(r.outcome),
                bodies.get(r.id),
            )
            for r in rows
        ]

    def due(self, agency: Agency, until: datetime) -> Tipoffs:
        where = [
            tipoffs.c.deadline.is_not(None),
            tipoffs.c.deadline <= as_utc(until),
            tipoffs.c.state.in_(OPEN_STATES),
        ]
        order = (tipoffs.c.deadline, tipoffs.c.uid)
        with self.engine.connect() as connection:
            return self._rows(connection, agency, where, order=order)

    def attach(
        self, agency: Agency, uid: str, attachment: Attachment, *, at: datetime, actor: str
    ) -> tuple[AttachmentInfo, bool]:
        info = attachment.info
        try:
            with self.engine.begin() as connection:
                row = connection.execute(
                    select(tipoffs.c.id)
                    .where(tipoffs.c.agency_id == agency.id, tipoffs.c.uid == uid)
                    .with_for_update()
                ).first()
                if row is None:
                    raise NotFound(f"no tip-off {uid}")
                held = connection.execute(
                    select(*(c for c in tipoff_attachments.c if c.name != "data")).where(
                        tipoff_attachments.c.tipoff_id == row.id,
                        tipoff_attachments.c.sha256 == info.sha256,
                    )
                ).first()
                if held is not None:
                    return _info(held), False
                tipoff = self._load(connection, agency, uid)
                _check_attach(tipoff, attachment, list(tipoff.attachments))
                connection.execute(
                    insert(tipoff_attachments),
                    {
                        "tipoff_id": row.id,
                        "sha256": info.sha256,
                        "name": info.name,
                        "content_type": info.content_type,
                        "size": info.size,
                        "tlp": info.tlp,
                        "origin": info.origin,
                        "event_id": info.event_id,
                        "at": as_utc(info.at),
                        "data": attachment.data,
                    },
                )
                detail = {"sha256": info.sha256, "size": info.size, "origin": info.origin}
                self._audit(connection, _audit(tipoff, "tipoff_attach", actor, as_utc(at), detail))
        except IntegrityError:  # the same file arrived twice at once: the first one won
            return self.attachment(agency, uid, info.sha256).info, False
        return info, True

    def _files(self, agency: Agency, uid: str, *where: Any) -> Files:
        query = (
            select(tipoff_attachments)
            .join(tipoffs, tipoffs.c.id == tipoff_attachments.c.tipoff_id)
            .where(tipoffs.c.agency_id == agency.id, tipoffs.c.uid == uid, *where)
            .order_by(tipoff_attachments.c.id)
        )
        with self.engine.connect() as connection:
            return [Attachment(_info(a), bytes(a.data)) for a in connection.execute(query)]

    def attachment(self, agency: Agency, uid: str, sha256: str) -> Attachment:
        found = self._files(agency, uid, tipoff_attachments.c.sha256 == sha256[:64])
        if not found:
            raise NotFound(f"no attachment {sha256[:64]}")
        return found[0]

    def attachments_by(self, agency: Agency, uid: str, origin: str) -> Files:
        return self._files(agency, uid, tipoff_attachments.c.origin == origin)

    def network_states(self, agency: Agency) -> dict[str, tuple[State, ...]]:
        query = select(tipoffs.c.network_ref, tipoffs.c.state).where(
            tipoffs.c.agency_id == agency.id,
            tipoffs.c.direction == "out",
            tipoffs.c.state != State.DRAFT.value,
            tipoffs.c.network_ref.is_not(None),
        )
        found: dict[str, list[State]] = {}
        with self.engine.connect() as connection:
            live: dict[str, str] = {}
            for ref, state in connection.execute(query):
                if ref not in live:
                    live[ref] = _live_ref(connection, ref)
                found.setdefault(live[ref], []).append(State(state))
        return {ref: tuple(states) for ref, states in found.items()}


def _info(row: Any) -> AttachmentInfo:
    return AttachmentInfo(
        row.sha256,
        row.name,
        row.content_type,
        row.size,
        row.tlp,
        row.origin,
        row.event_id,
        as_utc(row.at),
    )


def _network_number(ref: str) -> int | None:
    number = ref.removeprefix("network-")
    return int(number) if number.isascii() and number.isdigit() and len(number) < 19 else None


def _live_ref(connection: Connection, ref: str) -> str:
    """``network-<live id>`` for a tip-off's network ref after relinks (unchanged if none)."""
    number = _network_number(ref)
    if number is None:
        return ref
    try:
        return f"network-{resolve_network(connection, number)}"
    except NotFound:
        return ref


def _network_refs(connection: Connection, ref: str) -> list[str]:
    """``ref`` and the refs of the retired ids that redirect to it (merges and relinks): a
    tip-off drafted from a network follows it. An old id that is a live network again is
    that network, not an alias."""
    number = _network_number(ref)
    if number is None:
        return [ref]
    found, frontier = {number}, {number}
    for _ in range(MAX_REDIRECT_HOPS):
        older = set(
            connection.execute(
                select(network_redirects.c.old_id).where(
                    network_redirects.c.new_id.in_(sorted(frontier)),
                    network_redirects.c.old_id > 0,
                )
            ).scalars()
        )
        older -= found
        if older:
            older -= set(
                connection.execute(
                    select(networks.c.id).where(networks.c.id.in_(sorted(older)))
                ).scalars()
            )
        if not older:
            break
        found |= older
        frontier = older
    return [f"network-{n}" for n in sorted(found)]
