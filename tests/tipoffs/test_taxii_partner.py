"""Issue 15: a partner that does not run tipoff takes part with any TAXII 2.1 client.

Japan's instance (SQLite, and PostgreSQL) is served on loopback. Its partner TH-RTP runs no
tipoff and no TAXII server: with the plain ``taxii2-client`` it reads the tip-off addressed
to it (and its attached screenshot) from Japan's ``tipoffs`` collection, then posts its
receipt, acknowledgement, an outcome and a CSV of frozen accounts to Japan's inbox in the
documented STIX form (docs/tipoffs.md, "A partner that does not run tipoff"). Japan
applies them. What the partner may not send (an event for another partner's tip-off, a
local reminder, markup as a file) is listed as a failure; RED never leaves Japan.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.share.loopback import serve_asgi

from tipoff.api.routers.taxii import collection_id
from tipoff.errors import ValidationError
from tipoff.server import create_app
from tipoff.settings import load_settings
from tipoff.share.partners import add_partner, get_partner
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.sql import SqlReportStore
from tipoff.tipoffs.exchange import Refused, attach, send
from tipoff.tipoffs.model import Draft, Part, new_uid
from tipoff.tipoffs.store import SqlTipoffStore

taxii2client = pytest.importorskip("taxii2client.v21", reason="taxii2-client (dev extra)")

T0 = datetime(2026, 12, 6, 1, 0, tzinfo=UTC)
# OASIS TLP 2.0 marking definitions: what any STIX 2.1 tool uses.
TLP_AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
CSV = b"bank,account,frozen_usd\nABA,000123456,120000\nWing,0987654,190000\n"


def _sdo(kind: str, **fields: Any) -> dict[str, Any]:
    """An object as a partner's own tool writes it (no tipoff code involved)."""
    return {
        "type": kind,
        "spec_version": "2.1",
        "id": f"{kind}--{uuid.uuid4()}",
        "created": "2026-12-06T02:00:00.000Z",
        "modified": "2026-12-06T02:00:00.000Z",
        "object_marking_refs": [TLP_AMBER],
        **fields,
    }


def _event(uid: str, event_id: str, kind: str, body: dict[str, Any]) -> dict[str, Any]:
    return _sdo(
        "x-tipoff-event",
        tipoff_ref=uid,
        event_id=event_id,
        event_kind=kind,
        origin="TH-RTP",
        occurred_at="2026-12-06T02:00:00.000Z",
        body=body,
    )


def test_a_partner_with_a_plain_taxii_client_reads_and_answers(
    database_url: str, tmp_path: Path
) -> None:
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "National Police Agency", "JP", at=T0)
    partner, key = add_partner(store, engine, jp, "TH-RTP", clearance="amber", at=T0, actor="t")
    other, _ = add_partner(store, engine, jp, "VN-MPS", clearance="amber", at=T0, actor="t")
    tipoffs = SqlTipoffStore(engine)
    uid, elsewhere = new_uid(), new_uid()
    for made, to in ((uid, "TH-RTP"), (elsewhere, "VN-MPS")):
        tipoffs.create_draft(
            jp,
            Draft(
                made,
                "JP-NPA",
                to,
                "Call centre in Mae Sot",
                "urgent",
                None,
                (
                    Part("actions", "amber", {"requested": ["locate", "freeze_accounts"]}),
                    Part("suspects", "green", {"phones": ["+66812345678"]}),
                ),
                "network-4",
            ),
            at=T0,
            actor="analyst",
        )
    shot = attach(tipoffs, engine, jp, uid, PNG, "chat.png", "amber", at=T0, actor="analyst")[0]
    with pytest.raises(Refused, match="TLP:RED"):
        attach(tipoffs, engine, jp, uid, PNG + b"r", "red.png", "red", at=T0, actor="analyst")
    for made, who in ((uid, partner), (elsewhere, other)):
        # No inbox to post to: the tip-off is sent and waits in the "tipoffs" collection.
        with pytest.raises(ValidationError, match="no inbox configured"):
            send(tipoffs, store, jp, who, made, at=T0, actor="analyst", client=None)  # type: ignore[arg-type]
    settings = load_settings(
        database_url=database_url,
        environment="test",
        share_publish_interval_s=0,
        tipoff_remind_interval_s=0,
    )
    with serve_asgi(create_app(settings)) as base:
        server = taxii2client.Server(f"{base}/taxii2/", user="TH-RTP", password=key)
        [root] = server.api_roots
        by_title = {c.title.split(": ", 1)[1]: c for c in root.collections}
        assert set(by_title) >= {"inbox", "tip-offs with you"}
        readable = by_title["tip-offs with you"]
        assert readable.id == collection_id("JP-NPA", "tipoffs") and readable.can_read
        objects = readable.get_objects()["objects"]
        by_type: dict[str, list[dict[str, Any]]] = {}
        for obj in objects:
            by_type.setdefault(obj["type"], []).append(obj)
        [header] = by_type["x-tipoff"]  # its own tip-off only, not VN-MPS's
        assert header["id"] == uid and header["recipient"] == "TH-RTP"
        assert {p["part_kind"] for p in by_type["x-tipoff-part"]} == {"actions", "suspects"}
        assert [e["event_kind"] for e in by_type["x-tipoff-event"]] == ["sent"]
        [meta] = by_type["x-tipoff-attachment"]
        [artifact] = [a for a in by_type["artifact"] if a["id"] == meta["artifact_ref"]]
        data = base64.b64decode(artifact["payload_bin"])
        assert data == PNG and hashlib.sha256(data).hexdigest() == meta["sha256"] == shot.sha256
        assert elsewhere not in str(objects) and "TLP:RED" not in str(objects)
        assert "red.png" not in str(objects)

        # The answer, in the documented form, through the partner's plain client.
        ledger = _sdo(
            "artifact",
            mime_type="text/csv",
            payload_bin=base64.b64encode(CSV).decode(),
            hashes={"SHA-256": hashlib.sha256(CSV).hexdigest()},
        )
        del ledger["created"], ledger["modified"]
        answer = [
            _event(uid, "th-received", "received", {}),
            _event(uid, "th-ack", "acknowledged", {}),
            _event(uid, "th-msg", "message", {"text": "Frozen accounts attached"}),
            _event(
                uid,
                "th-outcome",
                "outcome",
                {"arrests": 12, "accounts_frozen": 2, "amount_frozen_usd": 310000},
            ),
            _sdo(
                "x-tipoff-attachment",
                tipoff_ref=uid,
                event_ref="th-msg",
                name="frozen.csv",
                mime_type="text/csv",
                size=len(CSV),
                sha256=hashlib.sha256(CSV).hexdigest(),
                origin="TH-RTP",
                artifact_ref=ledger["id"],
            ),
            ledger,
        ]
        hostile = [
            _event(elsewhere, "th-x", "acknowledged", {}),  # VN-MPS's tip-off
            _event(uid, "th-r", "reminder", {"text": "x"}),  # stays on the side that made it
            _sdo(
                "x-tipoff-attachment",
                tipoff_ref=uid,
                name="x.png",
                mime_type="image/png",
                size=10,
                sha256=hashlib.sha256(b"<svg onload=alert(1)>").hexdigest(),
                origin="TH-RTP",
                artifact_ref="artifact--6f5a4a4b-2b7b-5b8a-9e7c-2a0c1a6d6b01",
            ),
            _sdo(
                "artifact",
                id="artifact--6f5a4a4b-2b7b-5b8a-9e7c-2a0c1a6d6b01",
                payload_bin=base64.b64encode(b"<svg onload=alert(1)>").decode(),
                hashes={"SHA-256": hashlib.sha256(b"<svg onload=alert(1)>").hexdigest()},
            ),
        ]
        inbox = taxii2client.Collection(
            f"{base}/taxii2/JP-NPA/collections/{collection_id('JP-NPA', 'inbox')}/",
            user="TH-RTP",
            password=key,
        )
        status = inbox.add_objects({"objects": answer}, wait_for_completion=False)
        assert status.failure_count == 0, status.failures
        again = inbox.add_objects({"objects": answer}, wait_for_completion=False)  # re-sent
        assert again.failure_count == 0
        refused = inbox.add_objects({"objects": hostile}, wait_for_completion=False)
        assert refused.failure_count == 3, refused.failures
        assert {f["id"] for f in refused.failures} == {o["id"] for o in hostile[:3]}

    held = tipoffs.get(jp, uid)
    assert held.state.value == "outcome"
    assert [e.event_id for e in held.events] == [
        "sent",
        "th-received",
        "th-ack",
        "th-msg",
        "th-outcome",
    ]  # each once, though posted twice
    assert held.events[-1].body["arrests"] == 12
    files = {a.name: a for a in held.attachments}
    assert set(files) == {"chat.png", "frozen.csv"}
    assert files["frozen.csv"].content_type == "text/csv" and files["frozen.csv"].origin == "TH-RTP"
    assert files["frozen.csv"].event_id == "th-msg"
    assert tipoffs.attachment(jp, uid, files["frozen.csv"].sha256).data == CSV
    assert [e.kind for e in tipoffs.get(jp, elsewhere).events] == ["sent"]
    assert get_partner(engine, jp, "TH-RTP").remote_url is None  # it never ran an inbox
    engine.dispose()
