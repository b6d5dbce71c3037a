"""The TAXII collection of what an agency shares: materialised per clearance, keyset-paged.

``publish`` builds the agency's export for one clearance (``tier``) with
``tipoff.share.export.build_bundle``, so each object was decided for that clearance by the
one visibility rule (derived objects counted only over reports that clearance receives),
and stores the objects in ``share_objects``: a new object or a new version gets a new row
with a ``date_added`` strictly after every earlier one (one microsecond apart, so the
``added_after`` cursor of TAXII never skips an object); an object whose content changed
without a new ``modified`` is rewritten with a new ``date_added`` (pullers see it again);
an object that no longer goes to the tier (re-marked RED, deleted) is removed.

``page`` answers the TAXII object, manifest and versions queries from an index on
(agency, tier, date_added, id): a page is one index range scan, and the stored JSON is
concatenated, never parsed. Every row served is checked again against the rule
(``Receiver.may_receive``); a row that fails is not served.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import (
    Engine,
    String,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    tuple_,
    type_coerce,
    union_all,
    update,
)

from tipoff.errors import ValidationError
from tipoff.share.export import build_bundle
from tipoff.share.markings import TLP_BY_ID
from tipoff.share.reads import reports_for_export
from tipoff.share.receivers import NEVER_LEAVES, Receiver
from tipoff.share.tables import share_objects
from tipoff.store.records import Agency, as_utc
from tipoff.store.write_lock import write_transaction

STIX_MEDIA_TYPE = "application/stix+json;version=2.1"
# orjson options for manifest entries: naive datetimes are UTC (SQLite), UTC is written Z.
MANIFEST_JSON = orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z
MAX_PAGE = 5000
MAX_TYPES = 20  # distinct STIX types in one match[type] (STIX 2.1 defines 40 in all)
_STEP = timedelta(microseconds=1)
_ROW_ID_MAX = 2**63 - 1  # BIGINT, the widest integer both backends compare


def stix_timestamp(moment: datetime) -> str:
    """TAXII/STIX timestamp of a stored time (UTC, microseconds, ``Z``)."""
    if moment.tzinfo is not None:  # PostgreSQL; SQLite gives naive UTC
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds") + "Z"


def parse_timestamp(text: str, name: str) -> datetime:
    """A TAXII timestamp from a query (``2026-03-01T09:30:00.000Z``); ValidationError if not."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        # In UTC, a time at the ends of the calendar (0001-01-01T00:00+01:00) overflows.
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError) as error:
        raise ValidationError(f"{name} must be an RFC 3339 timestamp", path=name) from error


@dataclass(frozen=True, slots=True)
class Published:
    """What ``publish`` changed in one tier."""

    tier: str
    objects: int
    added: int
    rewritten: int
    removed: int


def _version(obj: dict[str, Any], date_added: datetime) -> str:
    found = obj.get("modified") or obj.get("created")
    return found if isinstance(found, str) else stix_timestamp(date_added)


def _tlp(obj: dict[str, Any]) -> str | None:
    refs = obj.get("object_marking_refs")
    if not refs:
        return None
    return TLP_BY_ID[refs[0]].value


def _row(
    agency_id: int, tier: str, obj: dict[str, Any], body: bytes, digest: str
) -> dict[str, Any]:
    return {
        "agency_id": agency_id,
        "tier": tier,
        "stix_id": obj["id"],
        "stix_type": obj["type"],
        "spec_version": obj.get("spec_version", "2.1"),
        "tlp": _tlp(obj),
        "latest": True,
        "digest": digest,
        "body": body.decode(),
    }


def last_added(engine: Engine, agency_id: int, tier: str) -> datetime | None:
    """The newest ``date_added`` of a tier (None when empty)."""
    query = select(func.max(share_objects.c.date_added)).where(
        share_objects.c.agency_id == agency_id, share_objects.c.tier == tier
    )
    with engine.connect() as connection:
        return as_utc(connection.execute(query).scalar())


def publish(
    engine: Engine, sender: Agency, tier: str, receiver: Receiver, *, at: datetime
) -> Published:
    """Bring the sender's collection for ``tier`` up to date with what ``receiver`` may get."""
    export = build_bundle(reports_for_export(engine, sender.id, receiver.viewer), sender, receiver)
    where = and_(share_objects.c.agency_id == sender.id, share_objects.c.tier == tier)
    # Two publishers (a server's and the CLI's) never diff against the same stored state,
    # so no object is inserted twice.
    with write_transaction(engine, f":tipoff.share:{sender.id}:{tier}") as connection:
        stored = {
            row.stix_id: row
            for row in connection.execute(
                select(
                    share_objects.c.id,
                    share_objects.c.stix_id,
                    share_objects.c.version,
                    share_objects.c.digest,
                ).where(where, share_objects.c.latest)
            )
        }
        newest = as_utc(
            connection.execute(select(func.max(share_objects.c.date_added)).where(where)).scalar()
        )
        start = as_utc(at)
        assert start is not None
        clock = max(start, newest + _STEP) if newest else start
        new_rows: list[dict[str, Any]] = []
        rewritten: list[dict[str, Any]] = []
        superseded: list[int] = []
        for obj in export.objects:
            body = orjson.dumps(obj)
            digest = hashlib.blake2b(body, digest_size=16).hexdigest()
            old = stored.get(obj["id"])
            if old is not None and old.digest == digest:
                continue
            row = _row(sender.id, tier, obj, body, digest)
            row["date_added"] = clock
            row["version"] = _version(obj, clock)
            clock += _STEP
            if old is not None and old.version == row["version"]:
                rewritten.append({"row_id": old.id, **row})
                continue
            if old is not None:
                superseded.append(old.id)
            new_rows.append(row)
        kept = {obj["id"] for obj in export.objects}
        gone = [stix_id for stix_id in stored if stix_id not in kept]
        _apply(connection, where, new_rows, rewritten, superseded, gone)
        if any(stix_id.startswith("report--") for stix_id in gone):
            # A report left the tier (re-marked, deleted): the older versions of what was
            # derived from it (a sighting's count and dates, an indicator's valid_from, a
            # grouping's members) still hold its facts, and match[version]=all or the
            # versions endpoint would serve them. Withdrawn means withdrawn: the tier keeps
            # only the current version of each object from now on.
            connection.execute(delete(share_objects).where(where, ~share_objects.c.latest))
    return Published(tier, len(export.objects), len(new_rows), len(rewritten), len(gone))


def _apply(
    connection: Any,
    where: Any,
    new_rows: list[dict[str, Any]],
    rewritten: list[dict[str, Any]],
    superseded: list[int],
    gone: list[str],
) -> None:
    for start in range(0, len(superseded), 5000):
        row_ids = superseded[start : start + 5000]
        connection.execute(
            update(share_objects).where(share_objects.c.id.in_(row_ids)).values(latest=False)
        )
    for row in rewritten:
        values = {k: v for k, v in row.items() if k != "row_id"}
        connection.execute(
            update(share_objects).where(share_objects.c.id == row["row_id"]).values(**values)
        )
    for start in range(0, len(gone), 5000):
        chunk = gone[start : start + 5000]
        connection.execute(delete(share_objects).where(where, share_objects.c.stix_id.in_(chunk)))
    for start in range(0, len(new_rows), 5000):
        connection.execute(insert(share_objects), new_rows[start : start + 5000])


# --- queries -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Query:
    """A TAXII object/manifest/versions query, checked (ValidationError for bad values)."""

    added_after: datetime | None = None
    types: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    versions: str | tuple[str, ...] = "last"  # "last", "first", "all", or timestamps
    spec_versions: tuple[str, ...] = ()
    limit: int = 1000
    after: tuple[datetime, int] | None = None  # the keyset position a ``next`` token holds


def _split(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(part.strip() for part in value.split(",") if part.strip())


def make_query(params: dict[str, str | None], *, default_limit: int = 1000) -> Query:
    """A Query from TAXII query parameters (``added_after``, ``match[...]``, ``limit``,
    ``next``)."""
    added_after = params.get("added_after")
    limit_text = params.get("limit")
    if limit_text is None:
        limit = default_limit
    else:
        try:
            limit = int(limit_text)
        except ValueError as error:
            raise ValidationError("limit must be a positive integer", path="limit") from error
        if limit < 1:
            raise ValidationError("limit must be a positive integer", path="limit")
    versions_raw = _split(params.get("match[version]")) or ("last",)
    versions: str | tuple[str, ...]
    if len(versions_raw) == 1 and versions_raw[0] in ("last", "first", "all"):
        versions = versions_raw[0]
    else:
        if any(v in ("last", "first", "all") for v in versions_raw):
            raise ValidationError("match[version] mixes keywords and timestamps")
        versions = tuple(stix_timestamp(parse_timestamp(v, "match[version]")) for v in versions_raw)
    types = tuple(dict.fromkeys(_split(params.get("match[type]"))))
    if len(types) > MAX_TYPES:
        # Each type is one index scan of up to ``limit`` rows (``page``): 600 types were a
        # 503 (SQLite's compound-select limit) after 3 s, 100 types 100 scans a page.
        raise ValidationError(f"at most {MAX_TYPES} types in match[type]", path="match[type]")
    return Query(
        added_after=parse_timestamp(added_after, "added_after") if added_after else None,
        types=types,
        ids=_split(params.get("match[id]")),
        versions=versions,
        spec_versions=_split(params.get("match[spec_version]")),
        limit=min(limit, MAX_PAGE),
        after=decode_next(token) if (token := params.get("next")) else None,
    )


def encode_next(date_added: datetime, row_id: int) -> str:
    """An opaque ``next`` token: the keyset position after the last row served."""
    return _token(stix_timestamp(date_added), row_id)


def _token(stamp: str, row_id: int) -> str:
    raw = f"{stamp}|{row_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_next(token: str) -> tuple[datetime, int]:
    """The keyset position of a ``next`` token; ValidationError for anything else."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        stamp, _, row_text = raw.partition("|")
        row_id = int(row_text)
        if not 0 <= row_id <= _ROW_ID_MAX:  # a row id the database could not compare: 500
            raise ValueError(row_id)
        return parse_timestamp(stamp, "next"), row_id
    except (binascii.Error, UnicodeDecodeError, ValueError, ValidationError) as error:
        raise ValidationError("next is not a token this server issued", path="next") from error


@dataclass(slots=True)
class Page:
    """Rows of one page: bodies (JSON text), manifest fields, and whether more follow."""

    bodies: list[str] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)  # manifest / versions entries
    disclosed: dict[str, list[str]] = field(default_factory=dict)  # marking -> object ids
    more: bool = False
    next: str | None = None
    position: str | None = None  # the keyset position after the last row (a next token)
    first_added: datetime | None = None
    last_added: datetime | None = None


def _visible(receiver: Receiver, agency_id: int) -> Any:
    """The rule as SQL on share_objects (unmarked rows are identities and definitions)."""
    allowed = receiver.viewer.clause(share_objects.c.tlp, share_objects.c.agency_id)
    return or_(
        share_objects.c.tlp.is_(None),
        and_(allowed, share_objects.c.tlp.not_in(sorted(NEVER_LEAVES))),
    )


def _stamp(dialect: str) -> Any:
    """``date_added`` as a TAXII timestamp, formatted by the database (no datetime per row).

    SQLite keeps the UTC time as text ``YYYY-MM-DD HH:MM:SS.ffffff`` (SQLAlchemy always
    writes the six digits); PostgreSQL formats the ``timestamptz`` in UTC whatever the
    session's time zone. Either way the text equals ``stix_timestamp`` of the stored time.
    """
    column = share_objects.c.date_added
    if dialect == "postgresql":
        moment = func.timezone("UTC", column)
        return func.to_char(moment, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"').label("stamp")
    return (func.replace(type_coerce(column, String), " ", "T") + "Z").label("stamp")


def page(
    engine: Engine,
    agency_id: int,
    tier: str,
    receiver: Receiver,
    query: Query,
    *,
    with_bodies: bool = True,
) -> Page:
    """One page of the tier, oldest ``date_added`` first, filtered as ``query`` says."""
    columns: list[Any] = [
        share_objects.c.id,
        share_objects.c.stix_id,
        share_objects.c.version,
        share_objects.c.tlp,
        _stamp(engine.dialect.name),
    ]
    if with_bodies:
        columns.append(share_objects.c.body)
    conditions = [
        share_objects.c.agency_id == agency_id,
        share_objects.c.tier == tier,
        _visible(receiver, agency_id),
    ]
    conditions += _filters(query)
    order = (share_objects.c.date_added, share_objects.c.id)
    types = tuple(dict.fromkeys(query.types))  # a type named twice is scanned once
    stmt: Any
    if len(types) > 1:
        # One keyset scan per type (index ix_share_objects_latest_type), merged: an IN list
        # before date_added in the index would sort every matching row instead.
        parts = [
            select(*columns, share_objects.c.date_added)
            .where(*conditions, share_objects.c.stix_type == stix_type)
            .order_by(*order)
            .limit(query.limit + 1)
            .subquery()
            for stix_type in types
        ]
        merged = union_all(*(select(*part.c) for part in parts)).subquery()
        stmt = (
            select(*(merged.c[column.name] for column in columns))
            .order_by(merged.c.date_added, merged.c.id)
            .limit(query.limit + 1)
        )
    else:
        if types:
            conditions.append(share_objects.c.stix_type == types[0])
        stmt = select(*columns).where(*conditions).order_by(*order).limit(query.limit + 1)
    with engine.connect() as connection:
        rows = connection.execute(stmt).all()
    return _page(rows, query.limit, receiver, agency_id, with_bodies=with_bodies)


def _filters(query: Query) -> list[Any]:
    found: list[Any] = []
    # One lower bound, so the page stays one index range scan: a keyset position past
    # added_after implies it, and otherwise added_after implies the position.
    after = query.after
    if after is not None and query.added_after is not None:
        moment = as_utc(after[0])
        bound = as_utc(query.added_after)
        if moment is not None and bound is not None and moment <= bound:
            after = None
    if after is not None:
        found.append(tuple_(share_objects.c.date_added, share_objects.c.id) > tuple_(*after))
    elif query.added_after is not None:
        found.append(share_objects.c.date_added > query.added_after)
    if query.ids:
        found.append(share_objects.c.stix_id.in_(query.ids))
    if query.spec_versions:
        found.append(share_objects.c.spec_version.in_(query.spec_versions))
    if query.versions == "last":
        found.append(share_objects.c.latest)
    elif query.versions == "first":
        older = share_objects.alias("older")
        found.append(
            ~select(older.c.id)
            .where(
                older.c.agency_id == share_objects.c.agency_id,
                older.c.tier == share_objects.c.tier,
                older.c.stix_id == share_objects.c.stix_id,
                older.c.version < share_objects.c.version,
            )
            .exists()
        )
    elif isinstance(query.versions, tuple):
        found.append(share_objects.c.version.in_(query.versions))
    return found


def _page(
    rows: Sequence[Any], limit: int, receiver: Receiver, agency_id: int, *, with_bodies: bool
) -> Page:
    result = Page(more=len(rows) > limit)
    rows = rows[:limit]
    allowed: dict[str | None, bool] = {None: True}  # the rule asked once per marking
    ids: dict[str | None, list[str]] = {}
    for row in rows:
        tlp = row[3]
        if tlp not in allowed:
            allowed[tlp] = receiver.may_receive(tlp, agency_id)
            ids[tlp] = []
        if not allowed[tlp]:
            continue  # the SQL filter already excludes it; the rule is asked once more
        if with_bodies:
            result.bodies.append(row[5])
        else:  # manifest and versions entries
            result.records.append(
                {
                    "id": row[1],
                    "date_added": row[4],
                    "version": row[2],
                    "media_type": STIX_MEDIA_TYPE,
                }
            )
        ids.setdefault(tlp, []).append(row[1])
    result.disclosed = {tlp or "unmarked": found for tlp, found in ids.items() if found}
    if rows:
        result.first_added = parse_timestamp(rows[0][4], "date_added")
        result.last_added = parse_timestamp(rows[-1][4], "date_added")
        result.position = _token(rows[-1][4], rows[-1][0])
        if result.more:
            result.next = result.position
    return result


def envelope_bytes(result: Page) -> bytes:
    """The TAXII envelope of a page, built from the stored JSON without parsing it."""
    head: dict[str, Any] = {"more": result.more}
    if result.next is not None:
        head["next"] = result.next
    if not result.bodies:
        return orjson.dumps(head)
    opening = orjson.dumps(head)[:-1]
    return b"".join((opening, b',"objects":[', ",".join(result.bodies).encode(), b"]}"))
