"""The wire form of a tip-off: STIX 2.1 objects any TAXII 2.1 client can post and read.

A tip-off travels as custom SDOs declared by one ``extension-definition`` (``new-sdo``):

- ``x-tipoff``: the header (title, urgency, deadline, sender and recipient codes), marked
  with the most restrictive marking of its parts;
- ``x-tipoff-part``: one per part, each with its **own** TLP marking (``tipoff_ref`` points
  at the header);
- ``x-tipoff-event``: one per lifecycle event (``event_id``, ``event_kind``, ``origin``,
  ``occurred_at``, ``body``), marked as the header;
- ``x-tipoff-attachment``: one per attached file (``tipoff_ref``, ``event_ref`` — the
  message it belongs to —, ``name``, ``mime_type``, ``size``, ``sha256``, ``origin``,
  ``artifact_ref``), with the file itself as a standard ``artifact`` SCO (``payload_bin``,
  ``hashes``), both marked with the file's own marking.

Ids are deterministic (``tipoff.share.stix_ids.local_id`` over the tip-off id and the part
kind or event id), so an object posted twice is the same object. ``from_objects`` reads a
list of objects back, checking every field with the core's checks; what does not parse is
skipped with a reason, never a traceback. docs/tipoffs.md describes the plain JSON form.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tipoff.errors import ValidationError
from tipoff.model import TLP
from tipoff.share.extension import PROJECT_IDENTITY, project_identity
from tipoff.share.mapping import read_stix_time, stix_time
from tipoff.share.markings import marking_object, marking_ref, tlp_of
from tipoff.share.stix_ids import identity_id, local_id
from tipoff.store.records import as_utc
from tipoff.tipoffs.attachments import MAX_BYTES, Attachment
from tipoff.tipoffs.model import PART_KINDS, Draft, Event, Part, Tipoff

# The STIX 2.1 namespace of SCO ids (UUIDv5 over the id contributing properties).
_SCO_NAMESPACE = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")
_MAX_B64 = 4 * (MAX_BYTES // 3 + 1)

TIPOFF_EXTENSION = local_id("extension-definition", "tipoff", "tipoffs-1.0")
_CREATED = "2026-12-05T00:00:00.000Z"
HEADER_FIELDS = ("title", "urgency", "sender", "recipient")


def extension_definition() -> dict[str, Any]:
    """The ``extension-definition`` of the three tip-off SDOs (the same on every instance)."""
    return {
        "type": "extension-definition",
        "spec_version": "2.1",
        "id": TIPOFF_EXTENSION,
        "created_by_ref": PROJECT_IDENTITY,
        "created": _CREATED,
        "modified": _CREATED,
        "name": "tipoff tip-offs",
        "description": (
            "Tip-offs between agencies: x-tipoff (header), x-tipoff-part (one marked part), "
            "x-tipoff-event (a lifecycle event). Schema: docs/tipoffs.md."
        ),
        "schema": "https://tipoff.invalid/stix/tipoffs-1.0.json",
        "version": "1.0.0",
        "extension_types": ["new-sdo"],
    }


def header_tlp(parts: Iterable[Part]) -> str:
    """The header's marking: the most restrictive marking among the parts."""
    levels = [TLP(p.tlp) for p in parts] or [TLP.AMBER]
    return max(levels, key=lambda level: level.rank).value


def part_id(uid: str, kind: str) -> str:
    return local_id("x-tipoff-part", uid, kind)


def event_id(uid: str, event: str) -> str:
    return local_id("x-tipoff-event", uid, event)


def _sdo(stix_type: str, stix_id: str, origin: str, at: str, tlp: str) -> dict[str, Any]:
    return {
        "type": stix_type,
        "spec_version": "2.1",
        "id": stix_id,
        "created_by_ref": identity_id(origin),
        "created": at,
        "modified": at,
        "object_marking_refs": [marking_ref(tlp)],
        "extensions": {TIPOFF_EXTENSION: {"extension_type": "new-sdo"}},
    }


def _identity(code: str) -> dict[str, Any]:
    return {
        "type": "identity",
        "spec_version": "2.1",
        "id": identity_id(code),
        "created": _CREATED,
        "modified": _CREATED,
        "name": code,
        "identity_class": "organization",
    }


def tipoff_objects(tipoff: Tipoff | Draft, created: datetime) -> list[dict[str, Any]]:
    """The header and the parts (no events), with identities, markings and the extension."""
    tlp = header_tlp(tipoff.parts)
    at = stix_time(as_utc(created))
    header = _sdo("x-tipoff", tipoff.uid, tipoff.sender, at, tlp) | {
        "title": tipoff.title,
        "urgency": tipoff.urgency,
        "sender": tipoff.sender,
        "recipient": tipoff.recipient,
        **({"deadline": stix_time(as_utc(tipoff.deadline))} if tipoff.deadline else {}),
        **({"network_ref": tipoff.network_ref} if tipoff.network_ref else {}),
    }
    parts = [
        _sdo("x-tipoff-part", part_id(tipoff.uid, p.kind), tipoff.sender, at, p.tlp)
        | {"tipoff_ref": tipoff.uid, "part_kind": p.kind, "body": dict(p.body)}
        for p in tipoff.parts
    ]
    markings = sorted({p.tlp for p in tipoff.parts} | {tlp}, key=lambda t: TLP(t).rank)
    return [
        project_identity(),
        extension_definition(),
        _identity(tipoff.sender),
        _identity(tipoff.recipient),
        *(marking_object(m) for m in markings),
        header,
        *parts,
    ]


def event_object(uid: str, event: Event, tlp: str) -> dict[str, Any]:
    """One lifecycle event as an ``x-tipoff-event`` marked ``tlp`` (the header's marking)."""
    at = stix_time(as_utc(event.at))
    return _sdo("x-tipoff-event", event_id(uid, event.event_id), event.origin, at, tlp) | {
        "tipoff_ref": uid,
        "event_id": event.event_id,
        "event_kind": event.kind,
        "origin": event.origin,
        "occurred_at": at,
        "body": dict(event.body),
    }


def attachment_id(uid: str, sha256: str) -> str:
    return local_id("x-tipoff-attachment", uid, sha256)


def artifact_id(sha256: str) -> str:
    contributing = json.dumps({"hashes": {"SHA-256": sha256}}, separators=(",", ":"))
    return f"artifact--{uuid.uuid5(_SCO_NAMESPACE, contributing)}"


def attachment_objects(uid: str, attachment: Attachment) -> list[dict[str, Any]]:
    """An ``x-tipoff-attachment`` and its ``artifact`` (the bytes), both marked as the file."""
    info = attachment.info
    at = stix_time(as_utc(info.at))
    artifact = {
        "type": "artifact",
        "spec_version": "2.1",
        "id": artifact_id(info.sha256),
        "mime_type": info.content_type,
        "payload_bin": base64.b64encode(attachment.data).decode("ascii"),
        "hashes": {"SHA-256": info.sha256},
        "object_marking_refs": [marking_ref(info.tlp)],
    }
    meta = _sdo(
        "x-tipoff-attachment", attachment_id(uid, info.sha256), info.origin, at, info.tlp
    ) | {
        "tipoff_ref": uid,
        "name": info.name,
        "mime_type": info.content_type,
        "size": info.size,
        "sha256": info.sha256,
        "origin": info.origin,
        "artifact_ref": artifact["id"],
        **({"event_ref": info.event_id} if info.event_id else {}),
    }
    return [marking_object(info.tlp), meta, artifact]


@dataclass(frozen=True, slots=True)
class FileIn:
    """An attachment as a partner sent it: its claims and bytes, checked on storing."""

    stix_id: str
    tipoff_ref: str
    name: str
    tlp: str
    origin: str
    sha256: str
    event_id: str | None
    at: datetime
    data: bytes


@dataclass
class Received:
    """What a list of objects holds: tip-offs (header + parts), events, attachments, and
    what was skipped."""

    tipoffs: list[tuple[Draft, datetime]] = field(default_factory=list)
    events: list[tuple[str, Event]] = field(default_factory=list)
    files: list[FileIn] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # object id -> reason
    # (tip-off id, event id) -> the id of the object that carried it (a partner's own tool
    # may choose any id; a refusal names the object the partner sent)
    event_objects: dict[tuple[str, str], str] = field(default_factory=dict)


def _payload(artifact: dict[str, Any] | None, sha256: str) -> bytes:
    if artifact is None:
        raise ValidationError("its artifact (the bytes) is not in the envelope")
    payload = artifact.get("payload_bin")
    if not isinstance(payload, str) or len(payload) > _MAX_B64:
        raise ValidationError(f"payload_bin: base64 of at most {MAX_BYTES} bytes")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError) as error:
        raise ValidationError(f"payload_bin is not base64: {error}") from error
    hashes = artifact.get("hashes")
    if not isinstance(hashes, dict) or hashes.get("SHA-256") != sha256:
        raise ValidationError("the artifact's SHA-256 is not the attachment's")
    return data


def _file_in(obj: dict[str, Any], artifacts: dict[str, dict[str, Any]]) -> FileIn:
    sha256 = _text_field(obj, "sha256")
    event_ref = obj.get("event_ref")
    if event_ref is not None and not isinstance(event_ref, str):
        raise ValidationError(f"{obj.get('id')}: event_ref must be text")
    return FileIn(
        _text_field(obj, "id"),
        _text_field(obj, "tipoff_ref"),
        _text_field(obj, "name")[:300],
        _marking(obj),
        _text_field(obj, "origin"),
        sha256,
        event_ref,
        _when(obj, "created"),
        _payload(artifacts.get(_text_field(obj, "artifact_ref")), sha256),
    )


def _text_field(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        raise ValidationError(f"{obj.get('type')} {obj.get('id')}: {key} must be text")
    return value


def _marking(obj: dict[str, Any]) -> str:
    level = tlp_of(obj.get("object_marking_refs"))
    if level is None:
        raise ValidationError(f"{obj.get('id')}: no known TLP marking")
    return level.value


def _when(obj: dict[str, Any], key: str) -> datetime:
    moment = read_stix_time(obj.get(key))
    if moment is None:
        raise ValidationError(f"{obj.get('id')}: {key} is not a STIX timestamp")
    return moment


def from_objects(objects: list[Any]) -> Received:
    """Tip-offs and events among ``objects`` (other types are left to the other readers)."""
    found = Received()
    headers: dict[str, dict[str, Any]] = {}
    parts: dict[str, list[Part]] = {}
    artifacts = {
        obj["id"]: obj
        for obj in objects
        if isinstance(obj, dict)
        and obj.get("type") == "artifact"
        and isinstance(obj.get("id"), str)
    }
    for obj in objects:
        if not isinstance(obj, dict):
            continue
        try:
            kind = obj.get("type")
            if kind == "x-tipoff":
                headers[_text_field(obj, "id")] = obj
            elif kind == "x-tipoff-part":
                body = obj.get("body")
                if not isinstance(body, dict):
                    raise ValidationError(f"{obj.get('id')}: body must be an object")
                part_kind = _text_field(obj, "part_kind")
                if part_kind not in PART_KINDS:
                    raise ValidationError(f"{obj.get('id')}: unknown part {part_kind!r}")
                parts.setdefault(_text_field(obj, "tipoff_ref"), []).append(
                    Part(part_kind, _marking(obj), body)
                )
            elif kind == "x-tipoff-event":
                body = obj.get("body", {})
                if not isinstance(body, dict):
                    raise ValidationError(f"{obj.get('id')}: body must be an object")
                event = Event(
                    _text_field(obj, "event_id"),
                    _text_field(obj, "event_kind"),
                    _text_field(obj, "origin"),
                    _when(obj, "occurred_at"),
                    body,
                )
                tipoff_ref = _text_field(obj, "tipoff_ref")
                found.events.append((tipoff_ref, event))
                found.event_objects[(tipoff_ref, event.event_id)] = str(obj.get("id"))[:200]
            elif kind == "x-tipoff-attachment":
                found.files.append(_file_in(obj, artifacts))
        except ValidationError as error:
            found.skipped[str(obj.get("id"))[:200]] = str(error)
    for uid, header in headers.items():
        try:
            deadline = read_stix_time(header.get("deadline")) if header.get("deadline") else None
            draft = Draft(
                uid,
                _text_field(header, "sender"),
                _text_field(header, "recipient"),
                _text_field(header, "title"),
                _text_field(header, "urgency"),
                deadline,
                tuple(parts.get(uid, ())),
                header.get("network_ref") if isinstance(header.get("network_ref"), str) else None,
            )
            found.tipoffs.append((draft, _when(header, "created")))
        except ValidationError as error:
            found.skipped[uid[:200]] = str(error)
    return found
