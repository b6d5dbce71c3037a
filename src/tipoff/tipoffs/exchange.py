"""Tip-offs between two instances over TAXII 2.1: send, sync, and take in from the inbox.

Each side POSTs an envelope to the other side's ``inbox`` collection, as ``tipoff share
push`` does (docs/sharing.md). The sender posts the header, the parts and its own events;
the receiver posts its own events. An envelope carries everything this side has said so
far, and the other side stores each object once (a tip-off once per id, an event once per
(tip-off, event id)), so a POST that failed or was cut off is simply made again
(``sync``): nothing is lost, nothing arrives twice.

The partner record of the other side (``tipoff share partner``) is named by the other
agency's code: that is how a tip-off's recipient finds the partner to send to, and how an
inbox checks that a partner only speaks for itself. Before anything leaves, every part is
checked against the partner's clearance (the one rule, ``tipoff.visibility``, through
``Receiver``); a part the partner may not receive (always a RED one) stops the send with
its name, it is never dropped silently. Every envelope sent is a ``disclose`` audit row.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import orjson
from sqlalchemy import Engine

from tipoff.errors import Conflict, NotFound, ValidationError
from tipoff.share.disclosures import record_disclosure
from tipoff.share.partners import Partner, get_partner
from tipoff.share.taxii_client import TAXII_MEDIA_TYPE, PartnerError
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency
from tipoff.tipoffs.attachments import AttachmentInfo, make
from tipoff.tipoffs.model import LOCAL_EVENTS, Event, State, Tipoff, refused_parts
from tipoff.tipoffs.store import TipoffStore
from tipoff.tipoffs.wire import (
    attachment_objects,
    event_id,
    event_object,
    from_objects,
    header_tlp,
    tipoff_objects,
)

SENT_EVENT = "sent"  # the id of the sender's "sent" event: a retried send makes no second one
PARTNER_TIMEOUT_S = 30.0
RECEIVED_EVENT = "received"  # the receiver's receipt, recorded when the tip-off first arrives
# Tests only (tests/tipoffs/test_two_instances.py): "<seconds>:<file>" makes the inbox pause
# after each new object it stores, having written its pid to <file>, so that a test can kill -9
# the server while it is inside an inbox POST. Unset in every real deployment.
PAUSE_ENV = "TIPOFF_TEST_INBOX_PAUSE"


def _pause_inside_post() -> None:
    spec = os.environ.get(PAUSE_ENV)
    if not spec:
        return
    seconds, _, mark = spec.partition(":")
    Path(mark).write_text(str(os.getpid()))
    time.sleep(float(seconds))


class Refused(ValidationError):
    """A part may not go to this partner (its marking is above the partner's clearance)."""


def refused_files(
    files: list[AttachmentInfo], partner: Partner, agency: Agency
) -> list[AttachmentInfo]:
    """The attachments (of this side) ``partner`` may not receive."""
    receiver = partner.receiver()
    return [f for f in files if not receiver.may_receive(f.tlp, agency.id)]


def check_clearance(tipoff: Tipoff, partner: Partner, agency: Agency) -> None:
    """Refuse, naming them, the parts and this side's files ``partner`` may not receive."""
    refused = refused_parts(tipoff.parts, partner.receiver(), agency.id)
    mine = [f for f in tipoff.attachments if f.origin == agency.code]
    named = [f"{p.kind} (TLP:{p.tlp.upper()})" for p in refused] + [
        f"attachment {f.name} (TLP:{f.tlp.upper()})" for f in refused_files(mine, partner, agency)
    ]
    if named:
        raise Refused(
            f"not sent: partner {partner.code} (clearance {partner.clearance}) may not "
            f"receive {', '.join(named)}; re-mark or remove these parts",
            path="parts",
        )


def envelope(tipoffs: TipoffStore, tipoff: Tipoff, agency: Agency) -> list[dict[str, Any]]:
    """What this side has to say about ``tipoff``: header and parts (sender), its events
    (not the local ones, such as reminders) and its attachments."""
    tlp = header_tlp(tipoff.parts)
    objects = tipoff_objects(tipoff, tipoff.created_at) if tipoff.direction == "out" else []
    objects += [
        event_object(tipoff.uid, e, tlp)
        for e in tipoff.events
        if e.origin == agency.code and e.kind not in LOCAL_EVENTS
    ]
    if any(f.origin == agency.code for f in tipoff.attachments):
        for attachment in tipoffs.attachments_by(agency, tipoff.uid, agency.code):
            objects += attachment_objects(tipoff.uid, attachment)
    return objects


def partner_view(
    tipoffs: TipoffStore, store: ReportStore, agency: Agency, partner: Partner, *, at: datetime
) -> list[dict[str, Any]]:
    """Everything ``agency`` has said about the tip-offs it holds with ``partner`` (what
    ``sync`` would POST), for a partner that reads instead of running an inbox: the TAXII
    collection ``tipoffs``. Drafts are left out; a tip-off with a part or file the partner
    may no longer receive (its clearance was lowered) is left out whole. Each object once;
    the read is a ``disclose`` audit row like a POST."""
    objects: dict[str, dict[str, Any]] = {}
    for tipoff in tipoffs.list(agency):
        if tipoff.partner != partner.code or tipoff.state is State.DRAFT:
            continue
        try:
            if tipoff.direction == "out":
                check_clearance(tipoff, partner, agency)
        except Refused:
            continue
        for obj in envelope(tipoffs, tipoff, agency):
            objects.setdefault(obj["id"], obj)
    found = list(objects.values())
    if found:
        record_disclosure(store, partner, _disclosed(found), at=at, endpoint="tipoffs")
    return found


def attach(
    tipoffs: TipoffStore,
    engine: Engine,
    agency: Agency,
    uid: str,
    data: bytes,
    name: str,
    tlp: str,
    *,
    at: datetime,
    actor: str,
    event: str | None = None,
) -> tuple[AttachmentInfo, bool]:
    """Check and store a file this side attaches to ``uid`` (or to one of its messages).

    A marking the partner may not receive is refused here, before anything is stored (and
    checked again on every send). The file goes across with this side's next post.
    """
    tipoff = tipoffs.get(agency, uid)
    attachment = make(data, name, tlp, origin=agency.code, at=at, event_id=event)
    partner = get_partner(engine, agency, tipoff.partner)
    if refused_files([attachment.info], partner, agency):
        raise Refused(
            f"partner {partner.code} (clearance {partner.clearance}) may not receive a "
            f"TLP:{attachment.info.tlp.upper()} file; re-mark it or keep it here",
            path="attachment.tlp",
        )
    return tipoffs.attach(agency, uid, attachment, at=at, actor=actor)


def _disclosed(objects: list[dict[str, Any]]) -> dict[str, list[str]]:
    from_marking: dict[str, list[str]] = {}
    for obj in objects:
        for ref in obj.get("object_marking_refs", ()):
            from_marking.setdefault(ref, []).append(obj["id"])
    return from_marking


def post(
    store: ReportStore,
    partner: Partner,
    objects: list[dict[str, Any]],
    *,
    at: datetime,
    client: httpx.Client,
) -> dict[str, Any]:
    """POST ``objects`` to the partner's inbox; the TAXII status (PartnerError otherwise)."""
    if not partner.remote_url or not partner.remote_inbox:
        raise ValidationError(
            f"partner {partner.code} has no inbox configured (tipoff share partner remote ...); "
            "what is recorded here waits in your TAXII collection 'tipoffs' for it to read"
        )
    url = f"{partner.remote_url}collections/{partner.remote_inbox}/objects/"
    headers = {"Accept": TAXII_MEDIA_TYPE, "Content-Type": TAXII_MEDIA_TYPE}
    auth: httpx.BasicAuth | None = None
    if partner.remote_user and partner.remote_key is not None:
        auth = httpx.BasicAuth(partner.remote_user, partner.remote_key)
    elif partner.remote_key:
        headers["Authorization"] = f"Bearer {partner.remote_key}"
    try:
        response = client.post(
            url,
            content=orjson.dumps({"objects": objects}),
            headers=headers,
            auth=auth or httpx.USE_CLIENT_DEFAULT,
        )
    except httpx.HTTPError as error:
        raise PartnerError(f"POST {url} failed: {error}") from error
    if response.status_code not in (200, 202):
        raise PartnerError(f"POST {url} answered {response.status_code}: {response.text[:300]}")
    try:
        status: Any = orjson.loads(response.content)
    except orjson.JSONDecodeError as error:
        raise PartnerError(f"the partner answered something that is not JSON: {error}") from error
    record_disclosure(store, partner, _disclosed(objects), at=at, endpoint="tipoff")
    if not isinstance(status, dict):
        raise PartnerError("the partner's status is not a JSON object")
    failures = status.get("failures") or []
    if failures:
        raise PartnerError(f"the partner refused: {str(failures)[:500]}")
    return status


def sync(
    tipoffs: TipoffStore,
    store: ReportStore,
    agency: Agency,
    partner: Partner,
    uid: str,
    *,
    at: datetime,
    client: httpx.Client,
) -> Tipoff:
    """(Re-)send this side's part of ``uid`` to the other side; safe to repeat."""
    tipoff = tipoffs.get(agency, uid)
    if tipoff.partner != partner.code:
        raise ValidationError(f"tip-off {uid} is not with partner {partner.code}", path="partner")
    if tipoff.state is State.DRAFT:
        raise Conflict("a draft is sent first (send), not synced")
    if tipoff.direction == "out":
        check_clearance(tipoff, partner, agency)
    post(store, partner, envelope(tipoffs, tipoff, agency), at=at, client=client)
    return tipoff


def send(
    tipoffs: TipoffStore,
    store: ReportStore,
    agency: Agency,
    partner: Partner,
    uid: str,
    *,
    at: datetime,
    actor: str,
    client: httpx.Client,
) -> Tipoff:
    """Check every part against the partner's clearance, mark the draft sent, POST it.

    The draft becomes ``sent`` before the POST: if the POST fails, ``sync`` sends it again.
    """
    tipoff = tipoffs.get(agency, uid)
    if tipoff.direction != "out" or tipoff.partner != partner.code:
        raise ValidationError(f"tip-off {uid} is not addressed to {partner.code}", path="partner")
    check_clearance(tipoff, partner, agency)
    if tipoff.state is State.DRAFT:
        tipoffs.record(agency, uid, Event(SENT_EVENT, "sent", agency.code, at), at=at, actor=actor)
    return sync(tipoffs, store, agency, partner, uid, at=at, client=client)


def act(
    tipoffs: TipoffStore,
    agency: Agency,
    uid: str,
    kind: str,
    body: Mapping[str, Any],
    *,
    at: datetime,
    actor: str,
    event: str | None = None,
) -> Tipoff:
    """Record a local event (acknowledge, message, progress, outcome, decline, expire)."""
    made = Event(event or str(uuid.uuid4()), kind, agency.code, at, dict(body))
    tipoff, _ = tipoffs.record(agency, uid, made, at=at, actor=actor)
    return tipoff


def take_in(
    tipoffs: TipoffStore,
    agency: Agency,
    partner_code: str,
    objects: list[Any],
    *,
    at: datetime,
) -> dict[str, str]:
    """Store the tip-offs and events a partner POSTed; {object id: reason} for the refused.

    A partner sends only tip-offs it sent and events it made; events of a tip-off this
    agency does not hold with that partner are refused as unknown. A tip-off arriving is
    ``received`` here at once (the receipt goes back with this side's next sync).
    """
    actor = f"taxii partner {partner_code}"
    read = from_objects(objects)
    refused = dict(read.skipped)
    sent = {uid: e for uid, e in read.events if e.kind == "sent"}
    for draft, _created in read.tipoffs:
        if draft.sender != partner_code:
            refused[draft.uid] = "a partner sends only its own tip-offs"
            continue
        if draft.uid not in sent:
            refused[draft.uid] = "a tip-off comes with its sender's sent event"
            continue
        try:
            _, created = tipoffs.receive(agency, draft, sent[draft.uid], at=at, actor=actor)
            if created:
                _pause_inside_post()  # the tip-off is stored, its receipt not yet
            receipt = Event(RECEIVED_EVENT, "received", agency.code, at)
            tipoffs.record(agency, draft.uid, receipt, at=at, actor=actor)
        except (ValidationError, Conflict) as error:
            refused[draft.uid] = str(error)
    for uid, event in read.events:
        ref = read.event_objects.get((uid, event.event_id)) or event_id(uid, event.event_id)
        if uid in refused:
            refused[ref] = "its tip-off was refused"
            continue
        try:
            held = tipoffs.get(agency, uid)
            if held.partner != partner_code or event.origin != partner_code:
                raise NotFound(f"no tip-off {uid}")
            if event.kind in LOCAL_EVENTS:
                raise ValidationError(f"a {event.kind} stays on the side that made it")
            _, recorded = tipoffs.record(agency, uid, event, at=at, actor=actor)
            if recorded:
                _pause_inside_post()  # this event is stored, the rest of the envelope not yet
        except (ValidationError, Conflict, NotFound) as error:
            refused[ref] = str(error)
    for found in read.files:
        if found.tipoff_ref in refused:
            refused[found.stix_id] = "its tip-off was refused"
            continue
        try:
            held = tipoffs.get(agency, found.tipoff_ref)
            if held.partner != partner_code or found.origin != partner_code:
                raise NotFound(f"no tip-off {found.tipoff_ref}")
            checked = make(  # sniffed and hashed again here: the sender's claims are not trusted
                found.data,
                found.name,
                found.tlp,
                origin=found.origin,
                at=found.at,
                event_id=found.event_id,
                claimed_sha256=found.sha256,
            )
            tipoffs.attach(agency, found.tipoff_ref, checked, at=at, actor=actor)
        except (ValidationError, Conflict, NotFound) as error:
            refused[found.stix_id] = str(error)
    return refused


def deliver(
    engine: Engine,
    tipoffs: TipoffStore,
    store: ReportStore,
    agency: Agency,
    uid: str,
    *,
    at: datetime,
    actor: str,
    first: bool,
) -> Tipoff:
    """Send a draft (``first``) or re-send this side's part to the tip-off's partner; the
    tip-off as stored after (PartnerError when the partner cannot be reached: what was
    recorded here stays, ``sync`` delivers it later)."""
    partner = get_partner(engine, agency, tipoffs.get(agency, uid).partner)
    with httpx.Client(timeout=PARTNER_TIMEOUT_S) as client:
        if first:
            send(tipoffs, store, agency, partner, uid, at=at, actor=actor, client=client)
        else:
            sync(tipoffs, store, agency, partner, uid, at=at, client=client)
    return tipoffs.get(agency, uid)
