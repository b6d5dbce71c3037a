"""The TAXII inbox: an envelope a partner POSTs is imported as reports of the receiving
agency (tipoff.share.importing), and a status resource recording which objects were taken
is stored for the partner to read back (``GET .../status/<id>/``). Only the partner that
POSTed the envelope can read its status.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, select

from tipoff.share.collection import stix_timestamp
from tipoff.share.importing import has_stix_id, import_objects
from tipoff.share.partners import Partner
from tipoff.share.tables import share_status
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, as_utc


def receive_envelope(
    store: ReportStore,
    engine: Engine,
    agency: Agency,
    partner: Partner,
    objects: list[Any],
    *,
    at: datetime,
    refused: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Import the envelope's objects for ``agency`` and store (and return) its status.

    ``refused`` names objects another reader of the inbox turned down (tip-offs and their
    events, ``tipoff.tipoffs.exchange.take_in``): {id: reason}, listed as failures.
    """
    refused = refused or {}
    import_objects(
        store,
        agency,
        objects,
        engine=engine,
        at=at,
        actor=f"taxii partner {partner.code}",
        source=f"taxii partner {partner.code}",
    )
    successes: list[dict[str, str]] = []
    failures: list[dict[str, str]] = []
    for obj in objects:
        if isinstance(obj, dict) and isinstance(obj.get("id"), str) and obj["id"] in refused:
            failures.append({"id": _text(obj["id"], 200), "message": refused[obj["id"]][:300]})
        elif has_stix_id(obj):
            version = obj.get("modified") or obj.get("created") or ""
            successes.append({"id": obj["id"][:200], "version": _text(str(version), 40)})
        else:
            ident = obj.get("id") if isinstance(obj, dict) else None
            failures.append(
                {
                    "id": _text(ident, 200) if isinstance(ident, str) else "",
                    "message": "not a STIX object: its id must be <its type>--<UUID>",
                }
            )
    status_id = str(uuid.uuid4())
    status = {
        "id": status_id,
        "status": "complete",
        "request_timestamp": stix_timestamp(at),
        "total_count": len(objects),
        "success_count": len(successes),
        "successes": successes,
        "failure_count": len(failures),
        "failures": failures,
        "pending_count": 0,
    }
    with engine.begin() as connection:
        connection.execute(
            insert(share_status),
            {"id": status_id, "partner_id": partner.id, "created_at": as_utc(at), "body": status},
        )
    return status


def _text(value: str, limit: int) -> str:
    """A partner's string as the status may echo it: bounded, and no NUL (PostgreSQL's JSON
    refuses U+0000)."""
    return value[:limit].replace("\x00", "\ufffd")


def envelope_status(engine: Engine, partner: Partner, status_id: str) -> dict[str, Any] | None:
    """The status of an envelope ``partner`` POSTed, or None (unknown, or another's)."""
    query = select(share_status.c.body).where(
        share_status.c.id == status_id[:36], share_status.c.partner_id == partner.id
    )
    with engine.connect() as connection:
        found: dict[str, Any] | None = connection.execute(query).scalar()
    return found
