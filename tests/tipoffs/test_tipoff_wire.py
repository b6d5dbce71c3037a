"""The STIX form of a tip-off and its events reads back to the same tip-off, validly."""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import UTC, datetime

import pytest
from tests.share.stix_checks import assert_valid_stix

from tipoff.errors import ValidationError
from tipoff.share.markings import marking_ref
from tipoff.share.stix_ids import bundle_id
from tipoff.tipoffs.attachments import make
from tipoff.tipoffs.model import Draft, Event, Part, check_draft
from tipoff.tipoffs.wire import (
    attachment_objects,
    event_object,
    from_objects,
    part_id,
    tipoff_objects,
)

T0 = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
DRAFT = check_draft(
    Draft(
        f"x-tipoff--{uuid.uuid5(uuid.NAMESPACE_URL, 'tipoff-1')}",
        "JP-NPA",
        "KH-ACD",
        "Compound in Phnom Penh",
        "urgent",
        T0,
        (
            Part("actions", "amber", {"requested": ["investigate"]}),
            Part("victims", "green", {"countries": ["JP"], "count": 4, "losses_usd": 9.5}),
        ),
        "network-3",
    )
)


def test_round_trip_with_markings_per_part_and_deterministic_ids() -> None:
    objects = tipoff_objects(DRAFT, T0)
    assert objects == tipoff_objects(DRAFT, T0)
    by_id = {o["id"]: o for o in objects}
    assert by_id[DRAFT.uid]["object_marking_refs"] == [marking_ref("amber")]
    victims = by_id[part_id(DRAFT.uid, "victims")]
    assert victims["object_marking_refs"] == [marking_ref("green")]
    event = Event("e-1", "outcome", "KH-ACD", T0, {"arrests": 25})
    read = from_objects([*objects, event_object(DRAFT.uid, event, "amber")])
    assert read.skipped == {}
    [(draft, created)] = read.tipoffs
    assert check_draft(draft) == DRAFT and created == T0
    assert read.events == [(DRAFT.uid, event)]


def test_the_objects_are_valid_stix_21(monkeypatch: pytest.MonkeyPatch) -> None:
    sent = Event("e", "sent", "JP-NPA", T0)
    objects = [*tipoff_objects(DRAFT, T0), event_object(DRAFT.uid, sent, "amber")]
    ids = [o["id"] for o in objects]
    assert_valid_stix({"type": "bundle", "id": bundle_id(ids), "objects": objects}, monkeypatch)


def test_hostile_objects_are_skipped_with_reasons() -> None:
    hostile = [
        {
            "type": "x-tipoff-part",
            "id": "x",
            "tipoff_ref": DRAFT.uid,
            "part_kind": "gossip",
            "body": {},
        },
        {
            "type": "x-tipoff-part",
            "id": "y",
            "tipoff_ref": DRAFT.uid,
            "part_kind": "victims",
            "body": [],
        },
        {
            "type": "x-tipoff-part",
            "id": "z",
            "tipoff_ref": DRAFT.uid,
            "part_kind": "victims",
            "body": {},
        },
        {"type": "x-tipoff-event", "id": "e", "tipoff_ref": DRAFT.uid, "event_id": 3},
        {"type": "x-tipoff", "id": DRAFT.uid, "title": None},
        "not an object",
    ]
    read = from_objects(hostile)
    assert (
        read.tipoffs == []
        and read.events == []
        and set(read.skipped) == {"x", "y", "z", "e", DRAFT.uid}
    )


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(200))


def test_an_attachment_travels_as_a_marked_sdo_and_an_artifact_and_reads_back() -> None:
    sent = Event("e", "sent", "JP-NPA", T0)
    screenshot = make(PNG, "chat.png", "green", origin="JP-NPA", at=T0)
    files = attachment_objects(DRAFT.uid, screenshot)
    assert files == attachment_objects(DRAFT.uid, screenshot)  # deterministic ids
    meta = next(o for o in files if o["type"] == "x-tipoff-attachment")
    artifact = next(o for o in files if o["type"] == "artifact")
    assert meta["object_marking_refs"] == artifact["object_marking_refs"] == [marking_ref("green")]
    assert artifact["hashes"] == {"SHA-256": hashlib.sha256(PNG).hexdigest()}
    read = from_objects(
        [*tipoff_objects(DRAFT, T0), event_object(DRAFT.uid, sent, "amber"), *files]
    )
    assert read.skipped == {}
    [found] = read.files
    assert found.data == PNG and found.sha256 == screenshot.info.sha256 and found.tlp == "green"
    assert found.tipoff_ref == DRAFT.uid and found.origin == "JP-NPA"


def test_attachment_objects_are_valid_stix_21(monkeypatch: pytest.MonkeyPatch) -> None:
    sent = Event("e", "sent", "JP-NPA", T0)
    pdf = make(b"%PDF-1.7\n%x\n", "report.pdf", "amber", origin="JP-NPA", at=T0)
    objects = [
        *tipoff_objects(DRAFT, T0),
        event_object(DRAFT.uid, sent, "amber"),
        *(o for o in attachment_objects(DRAFT.uid, pdf) if o["type"] != "marking-definition"),
    ]
    ids = [o["id"] for o in objects]
    assert_valid_stix({"type": "bundle", "id": bundle_id(ids), "objects": objects}, monkeypatch)


def test_tampered_or_missing_bytes_are_skipped_with_reasons() -> None:
    screenshot = make(PNG, "chat.png", "amber", origin="JP-NPA", at=T0)
    meta, artifact = (
        o for o in attachment_objects(DRAFT.uid, screenshot) if o["type"] != "marking-definition"
    )
    other = base64.b64encode(PNG + b"x").decode()
    cases = {
        "missing": [meta],
        "swapped": [meta, artifact | {"hashes": {"SHA-256": "0" * 64}}],
        "not base64": [meta, artifact | {"payload_bin": "!!!"}],
        "too big": [meta, artifact | {"payload_bin": "A" * (3 * 1024 * 1024)}],
    }
    for name, objects in cases.items():
        read = from_objects(objects)
        assert read.files == [] and meta["id"] in read.skipped, name
    # bytes that do not match the claimed hash are refused when stored (make checks them)
    read = from_objects([meta, artifact | {"payload_bin": other}])
    [found] = read.files
    with pytest.raises(ValidationError, match="SHA-256"):
        make(found.data, found.name, found.tlp, origin="JP-NPA", at=T0, claimed_sha256=found.sha256)
