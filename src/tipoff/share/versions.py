"""Versions of imported STIX objects: the newest one of each id wins, older ones change nothing.

STIX 2.1 versions an SDO or SRO by ``modified`` under the same ``id``; ``revoked: true``
retracts it for good. An agency keeps, per imported id, the newest version it applied
(``share_imported``) and the references between imported objects (``share_imported_refs``:
``root_id`` refers to ``ref_id`` through ``object_refs``, ``sighting_of_ref``,
``source_ref``, ``target_ref`` or ``where_sighted_refs``).

``tipoff.share.importing.import_objects`` uses these to tell, for each incoming object,
whether it is new, newer than what was applied (its ``modified`` is later) or not
(equal or older, or an unversioned object already seen), and which reports a change
reaches: a changed object's *anchors* are itself and, for a sighting or relationship,
the objects it is about; a report is reached when it is an anchor or refers to one. The
objects needed to rebuild a reached report (what it cites, the sightings and based-on
relationships of those, their observables and creators) are read back from
``share_imported`` when the bundle does not carry them, so a TAXII page holding only a
newer indicator updates the report that cites it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeGuard

import orjson
from sqlalchemy import Connection, delete, select

from tipoff.share.mapping import read_stix_time
from tipoff.share.stix_ids import STIX_ID
from tipoff.share.tables import share_imported, share_imported_refs
from tipoff.store.bulk import insert_plain_rows
from tipoff.store.tables import reports

_REF_FIELDS = ("sighting_of_ref", "source_ref", "target_ref", "created_by_ref")
_REF_LISTS = ("object_refs", "where_sighted_refs")
_MAX_ID = 200
_IMPORTED_COLUMNS = (
    "agency_id",
    "stix_id",
    "stix_type",
    "modified",
    "revoked",
    "body",
    "received_from",
)
_CHUNK = 2000


@dataclass(frozen=True, slots=True)
class Applied:
    """The version of one object an agency last applied (``stamp`` of its ``modified``)."""

    modified: str | None
    revoked: bool
    received_from: str | None


def stamp(moment: datetime | None) -> str | None:
    """A UTC time as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``: fixed width, so text order is time order."""
    if moment is None:
        return None
    m = moment.astimezone(UTC)
    return (
        f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}"
        f".{m.microsecond:06d}Z"
    )


def _id(obj: Any) -> str | None:
    if isinstance(obj, dict):
        found = obj.get("id")
        if isinstance(found, str) and len(found) <= _MAX_ID:
            return found
    return None


def modified_of(obj: dict[str, Any]) -> datetime | None:
    """The version stamp of an object: ``modified``, else ``created`` (None for SCOs)."""
    return read_stix_time(obj.get("modified")) or read_stix_time(obj.get("created"))


def newest_per_id(objects: Iterable[Any]) -> list[Any]:
    """The objects with one version per id: the newest (the first of equal ones).

    Objects without a usable id are kept as they are (the import counts them as malformed).
    """
    kept: dict[str, int] = {}
    out: list[Any] = []
    for obj in objects:
        found = _id(obj)
        if found is None:
            out.append(obj)
            continue
        at = kept.get(found)
        if at is None:
            kept[found] = len(out)
            out.append(obj)
        elif _later(obj, out[at]):
            out[at] = obj
    return out


def _later(new: dict[str, Any], old: dict[str, Any]) -> bool:
    new_at, old_at = modified_of(new), modified_of(old)
    return new_at is not None and (old_at is None or new_at > old_at)


def _is_ref(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and len(value) <= _MAX_ID and STIX_ID.fullmatch(value) is not None


def refs_of(obj: dict[str, Any]) -> set[str]:
    """The ids ``obj`` refers to (STIX identifiers only: nothing else is stored)."""
    found: set[str] = set()
    for name in _REF_FIELDS:
        value = obj.get(name)
        if _is_ref(value):
            found.add(value)
    for name in _REF_LISTS:
        values = obj.get(name)
        if isinstance(values, list):
            found.update(v for v in values if _is_ref(v))
    return found


def _creator(obj: dict[str, Any]) -> set[str]:
    """``obj``'s ``created_by_ref`` when it is an identifier: a partner's object may carry a
    list or an object there (a 500 of the inbox before 2026-12-07)."""
    creator = obj.get("created_by_ref")
    return {creator} if _is_ref(creator) else set()


def anchors_of(obj: dict[str, Any]) -> set[str]:
    """The ids a change of ``obj`` is about: itself, and what a sighting or relationship links."""
    found = {obj["id"]}
    if obj.get("type") == "sighting":
        target = obj.get("sighting_of_ref")
        if _is_ref(target):
            found.add(target)
    elif obj.get("type") == "relationship":
        found.update(ref for name in ("source_ref", "target_ref") if _is_ref(ref := obj.get(name)))
    return found


def _chunks(items: Iterable[str]) -> Iterator[list[str]]:
    listed = sorted(set(items))
    for start in range(0, len(listed), _CHUNK):
        yield listed[start : start + _CHUNK]


def applied(connection: Connection, agency_id: int, ids: Iterable[str]) -> dict[str, Applied]:
    """The applied version of each of ``ids`` the agency imported before."""
    found: dict[str, Applied] = {}
    for chunk in _chunks(ids):
        query = select(
            share_imported.c.stix_id,
            share_imported.c.modified,
            share_imported.c.revoked,
            share_imported.c.received_from,
        ).where(share_imported.c.agency_id == agency_id, share_imported.c.stix_id.in_(chunk))
        for stix_id, modified, revoked, received_from in connection.execute(query):
            found[stix_id] = Applied(modified, bool(revoked), received_from)
    return found


_DELIVERY_PREFIXES = ("taxii partner ", "taxii pull from ")


def deliverer(source: str | None) -> str | None:
    """Who delivered objects, one name per partner however they came (push or pull)."""
    if source is None:
        return None
    for prefix in _DELIVERY_PREFIXES:
        if source.startswith(prefix):
            return f"partner {source.removeprefix(prefix)}"[:200]
    return source[:200]


def is_change(obj: dict[str, Any], before: Applied | None, via: str | None) -> bool:
    """Whether ``obj``, delivered by ``via``, is new to the agency or a later version.

    Only who delivered the applied version (an authenticated partner), or the agency
    itself (``via`` None: a file it imported), may replace it: STIX ids are public, and a
    partner must not revoke or rewrite what another partner gave.
    """
    if before is None:
        return True
    if before.revoked:
        return False  # a revoked object stays revoked (STIX 2.1, 3.6)
    if via is not None and before.received_from != deliverer(via):
        return False
    modified = stamp(modified_of(obj))
    return modified is not None and (before.modified is None or modified > before.modified)


def bodies(connection: Connection, agency_id: int, ids: Iterable[str]) -> dict[str, Any]:
    """The applied versions of ``ids`` (those the agency has)."""
    found: dict[str, Any] = {}
    for chunk in _chunks(ids):
        query = select(share_imported.c.stix_id, share_imported.c.body).where(
            share_imported.c.agency_id == agency_id, share_imported.c.stix_id.in_(chunk)
        )
        for stix_id, body in connection.execute(query):
            found[stix_id] = orjson.loads(body)
    return found


def referring(connection: Connection, agency_id: int, ids: Iterable[str]) -> set[str]:
    """Imported objects that refer to any of ``ids``."""
    found: set[str] = set()
    for chunk in _chunks(ids):
        query = select(share_imported_refs.c.root_id).where(
            share_imported_refs.c.agency_id == agency_id, share_imported_refs.c.ref_id.in_(chunk)
        )
        found.update(row for (row,) in connection.execute(query))
    return found


def claimed_by_reports(connection: Connection, agency_id: int, ids: Iterable[str]) -> set[str]:
    """Those of ``ids`` an imported report cites."""
    found: set[str] = set()
    for chunk in _chunks(ids):
        query = select(share_imported_refs.c.ref_id).where(
            share_imported_refs.c.agency_id == agency_id,
            share_imported_refs.c.ref_id.in_(chunk),
            share_imported_refs.c.root_id.like("report--%"),
        )
        found.update(row for (row,) in connection.execute(query))
    return found


def existing_reports(connection: Connection, agency_id: int, ids: Iterable[str]) -> dict[str, int]:
    """Imported roots among ``ids`` the agency holds as reports: external id -> report id."""
    found: dict[str, int] = {}
    for chunk in _chunks(ids):
        query = select(reports.c.external_id, reports.c.id).where(
            reports.c.agency_id == agency_id, reports.c.external_id.in_(chunk)
        )
        found.update(
            {external_id: report_id for external_id, report_id in connection.execute(query)}
        )
    return found


def context(
    connection: Connection, agency_id: int, roots: set[str], known: dict[str, Any]
) -> dict[str, Any]:
    """Applied objects a rebuild of ``roots`` needs that ``known`` does not hold.

    The roots themselves, what they cite, the sightings and relationships about those
    (and about the roots), what those refer to, and every creator identity.
    """
    found: dict[str, Any] = {}

    def load(ids: Iterable[str]) -> None:
        missing = {i for i in ids if i not in known and i not in found}
        found.update(bodies(connection, agency_id, missing))

    def get(stix_id: str) -> Any:
        return known.get(stix_id) or found.get(stix_id)

    load(roots)
    cited = {ref for root in roots if (obj := get(root)) is not None for ref in refs_of(obj)}
    load(cited)
    about = {
        i
        for i in referring(connection, agency_id, cited | roots)
        if i.startswith(("sighting--", "relationship--"))
    }
    load(about)
    further = {ref for i in about if (obj := get(i)) is not None for ref in refs_of(obj)}
    load(further)
    creators = {
        ref
        for obj in [*found.values(), *(known[i] for i in roots | cited if i in known)]
        if isinstance(ref := obj.get("created_by_ref"), str)
    }
    load(creators)
    return found


def record(
    connection: Connection,
    agency_id: int,
    changed: list[dict[str, Any]],
    replaced: set[str],
    via: str | None,
) -> None:
    """Store ``changed``, delivered by ``via``, as the applied versions (new rows, new ids).

    ``replaced``: those of them with an applied version before (their rows go first).
    """
    for chunk in _chunks(replaced):
        connection.execute(
            delete(share_imported).where(
                share_imported.c.agency_id == agency_id, share_imported.c.stix_id.in_(chunk)
            )
        )
        connection.execute(
            delete(share_imported_refs).where(
                share_imported_refs.c.agency_id == agency_id,
                share_imported_refs.c.root_id.in_(chunk),
            )
        )
    rows = [
        (
            agency_id,
            obj["id"],
            str(obj.get("type"))[:64],
            stamp(modified_of(obj)),
            obj.get("revoked") is True,
            orjson.dumps(obj).decode(),
            deliverer(via),
        )
        for obj in changed
    ]
    # Creator edges are left out: a change is never walked back up from an identity.
    edges = [
        (agency_id, obj["id"], ref)
        for obj in changed
        for ref in sorted(refs_of(obj) - _creator(obj))
    ]
    insert_plain_rows(connection, "share_imported", _IMPORTED_COLUMNS, rows)
    insert_plain_rows(connection, "share_imported_refs", ("agency_id", "root_id", "ref_id"), edges)
