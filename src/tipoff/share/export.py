"""Export: a STIX 2.1 bundle of what one receiver may get, and its audit entry.

``build_bundle`` is pure (reports in, bundle dict out); ``export_for`` reads the sender's
reports from the store, builds the bundle and appends one ``export`` row to the audit log
saying who received which objects under which marking. Serialise with ``dump_bundle``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Engine

from tipoff.gc_pause import paused_gc
from tipoff.share.extension import extension_definition, project_identity
from tipoff.share.mapping import MappingStream, map_reports, stix_time
from tipoff.share.markings import TLP_BY_ID, marking_object
from tipoff.share.reads import ExportReport, reports_for_export
from tipoff.share.receivers import Receiver
from tipoff.share.stix_ids import BundleId, bundle_id, identity_id
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


def head_objects(sender: Agency, markings: frozenset[str], *, any_report: bool) -> list[Any]:
    """The objects a bundle starts with: the sender's identity, then (when a report goes)
    the project identity and extension definition, then the markings used, by rank."""
    head: list[dict[str, Any]] = [sender_identity(sender)]
    if any_report:
        head += [project_identity(), extension_definition()]
    levels = sorted(TLP_BY_ID[ref] for ref in markings)
    head += [marking_object(level) for level in sorted(levels, key=lambda t: t.rank)]
    return head


def build_bundle(reports: Iterable[ExportReport], sender: Agency, receiver: Receiver) -> Export:
    """The bundle ``receiver`` gets from the sender's ``reports``, decided object by object."""
    with paused_gc():
        mapped = map_reports(
            reports,
            sender_code=sender.code,
            identity_ref=identity_id(sender.code),
            receiver=receiver,
        )
    head = head_objects(sender, mapped.markings, any_report=bool(mapped.objects))
    objects = head + mapped.objects
    bundle = {
        "type": "bundle",
        "id": bundle_id([o["id"] for o in objects]),
        "objects": objects,
    }
    return Export(bundle, mapped.report_ids)


def mapping_stream(
    read: Callable[[], Iterable[ExportReport]], sender: Agency, receiver: Receiver
) -> MappingStream:
    """The first pass over the sender's reports (``read`` gives them again for the second):
    ``head_objects`` then ``.objects()`` are the bundle's objects, as ``build_bundle``'s."""
    return MappingStream(
        read, sender_code=sender.code, identity_ref=identity_id(sender.code), receiver=receiver
    )


# Types whose ids ``tipoff.share.mapping`` derives from the sender's code and a key that is
# unique within one sender's objects (report: external id; indicator and its sighting:
# identifier; relationship: indicator and target; grouping: network name).
OWN_IDS = frozenset({"report", "indicator", "sighting", "relationship", "grouping"})


class BundleSpool:
    """A bundle written one object at a time, with constant memory.

    The bundle's id names every object, in order, and comes first in the file; so objects
    are serialised to a temporary file as they come while their ids are hashed
    (``stix_ids.BundleId``), and ``chunks()`` then sends the opening with the id and the
    file. An object whose id was already written is skipped (the first one stays): two
    agencies' bundles share observables, markings and the project's objects, and two
    wallets on different chains share an observable. Objects whose ids derive from their
    agency's code and a key unique within its bundle (``OWN_IDS``) are not remembered, so
    the set of written ids grows with observables only. The bytes equal ``orjson.dumps`` of
    the bundle dict with the same objects.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - chunks() closes it
        self._named = BundleId()
        self._written: set[str] = set()
        self.count = 0

    def extend(
        self, objects: Iterable[dict[str, Any]], seen: Callable[[dict[str, Any]], None]
    ) -> None:
        """Append each object unless one with its id is already in; ``seen`` is called with
        every object given, written or not (the audit counts what each sender sent)."""
        written, named, dumps = self._written, self._named, orjson.dumps
        buffer: list[bytes] = []
        for obj in objects:
            seen(obj)
            ref = obj["id"]
            if obj["type"] not in OWN_IDS:
                if ref in written:
                    continue
                written.add(ref)
            buffer.append(dumps(obj))
            named.add(ref)
            if len(buffer) == 1000:
                self._write(buffer)
                buffer = []
        self._write(buffer)

    def _write(self, serialised: list[bytes]) -> None:
        if not serialised:
            return
        if self.count:
            self._file.write(b",")
        self._file.write(b",".join(serialised))
        self.count += len(serialised)

    def chunks(self, size: int = 1 << 20) -> Iterator[bytes]:
        """The bundle's bytes, ``size`` at a time (the temporary file is closed after)."""
        try:
            yield b'{"type":"bundle","id":"' + self._named.value().encode() + b'","objects":['
            self._file.seek(0)
            while data := self._file.read(size):
                yield data
            yield b"]}"
        finally:
            self._file.close()


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
