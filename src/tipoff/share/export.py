"""Export: a STIX 2.1 bundle of what one receiver may get, and its audit entry.

``build_bundle`` is pure (reports in, bundle dict out); ``export_for`` reads the sender's
reports from the store, builds the bundle and appends one ``export`` row to the audit log
saying who received which objects under which marking. Serialise with ``dump_bundle``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Engine

from tipoff.gc_pause import paused_gc
from tipoff.share.extension import extension_definition, project_identity
from tipoff.share.mapping import map_reports, stix_time
from tipoff.share.markings import TLP_BY_ID, marking_object
from tipoff.share.reads import ExportReport, reports_for_export
from tipoff.share.receivers import Receiver
from tipoff.share.stix_ids import bundle_id, identity_id
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, AuditEntry


@dataclass(frozen=True, slots=True)
class Export:
    """A built bundle and what went into it."""

    bundle: dict[str, Any]
    report_ids: list[int]

    @property
    def objects(self) -> list[dict[str, Any]]:
        objects: list[dict[str, Any]] = self.bundle["objects"]
        return objects

    def ids_by_marking(self) -> dict[str, list[str]]:
        """Object ids per TLP value (``unmarked`` for identities and definitions)."""
        found: dict[str, list[str]] = {}
        for obj in self.objects:
            refs = obj.get("object_marking_refs") or ()
            level = TLP_BY_ID[refs[0]].value if refs else "unmarked"
            found.setdefault(level, []).append(obj["id"])
        return found


def sender_identity(sender: Agency) -> dict[str, Any]:
    """The ``identity`` of the exporting agency (created_by_ref of what it shares)."""
    created = stix_time(sender.created_at)
    identity: dict[str, Any] = {
        "type": "identity",
        "spec_version": "2.1",
        "id": identity_id(sender.code),
        "created": created,
        "modified": created,
        "name": sender.name,
        "identity_class": "organization",
    }
    if sender.country:
        identity["description"] = f"tipoff agency {sender.code} ({sender.country})"
    return identity


def build_bundle(reports: Iterable[ExportReport], sender: Agency, receiver: Receiver) -> Export:
    """The bundle ``receiver`` gets from the sender's ``reports``, decided object by object."""
    identity = sender_identity(sender)
    with paused_gc():
        mapped = map_reports(
            reports, sender_code=sender.code, identity_ref=identity["id"], receiver=receiver
        )
    head: list[dict[str, Any]] = [identity]
    if mapped.objects:
        head += [project_identity(), extension_definition()]
    levels = sorted(TLP_BY_ID[ref] for ref in mapped.markings)
    head += [marking_object(level) for level in sorted(levels, key=lambda t: t.rank)]
    objects = head + mapped.objects
    bundle = {
        "type": "bundle",
        "id": bundle_id([o["id"] for o in objects]),
        "objects": objects,
    }
    return Export(bundle, mapped.report_ids)


def dump_bundle(export: Export, *, indent: bool = False) -> bytes:
    """The bundle as compact JSON bytes (``indent`` for files people read: 2 spaces)."""
    return orjson.dumps(export.bundle, option=orjson.OPT_INDENT_2 if indent else 0)


def export_for(
    store: ReportStore,
    engine: Engine,
    sender: Agency,
    receiver: Receiver,
    *,
    at: datetime,
    actor: str,
) -> Export:
    """Build the sender's bundle for ``receiver`` and record the export in the audit log."""
    export = build_bundle(reports_for_export(engine, sender.id, receiver.viewer), sender, receiver)
    store.append_audit(
        AuditEntry(
            at=at,
            actor=actor,
            action="export",
            object_type="stix-bundle",
            object_ref=export.bundle["id"],
            detail={
                "sender": sender.code,
                "receiver": receiver.label,
                "reports": len(export.report_ids),
                "objects": export.ids_by_marking(),
            },
        )
    )
    return export
