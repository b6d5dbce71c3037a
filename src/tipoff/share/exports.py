"""Exports out: the tables an agency may see, as CSV, JSON Lines or STIX, streamed and audited.

``export_stream`` is the one implementation behind ``GET /api/v1/export``, the dashboard's
download links and ``tipoff export``. What a viewer gets is decided by the one rule
(``tipoff.visibility.Viewer``) plus the two boundary rules of every file leaving the
instance (``tipoff.share.receivers`` / ``tipoff.share.reads``): TLP:RED never leaves, and
reports another agency *imported* under AMBER or AMBER+STRICT go to no one but their owner.
Derived rows follow their sources: an indicator or network row counts only the reports the
viewer may export. Victims' identities (victim key, victim attributes, messages, payments)
are never read. Each export appends one ``export`` audit row per owning agency whose data
went out, written when the stream ends (also when the reader goes away mid-stream).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from itertools import chain
from typing import Any

import orjson
from sqlalchemy import Engine, func, or_, select

from tipoff.errors import ValidationError
from tipoff.gc_pause import paused_gc
from tipoff.link.network_tables import network_members
from tipoff.model import TLP, IndicatorKind
from tipoff.share.export import BundleSpool, head_objects, mapping_stream
from tipoff.share.mapping import BLOCKABLE_ROLES_EXCLUDED
from tipoff.share.markings import TLP_BY_ID
from tipoff.share.reads import (
    IMPORTED_ID_PATTERN,
    RECEIVED_STAYS_INSIDE,
    ExportReport,
    snapshot,
    stream_reports_for_export,
)
from tipoff.share.receivers import NEVER_LEAVES, Receiver
from tipoff.store.protocol import ReportStore
from tipoff.store.records import AuditEntry, as_utc
from tipoff.store.tables import agencies, indicators, reports, sightings
from tipoff.visibility import Viewer

BATCH = 2000
# Ids listed per owner in one audit row; beyond that the row keeps counts only.
AUDIT_IDS_MAX = 10_000
_RANK = {t.value: t.rank for t in TLP}


class What(StrEnum):
    REPORTS = "reports"
    INDICATORS = "indicators"
    NETWORKS = "networks"


class Format(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"
    STIX = "stix"


MEDIA_TYPES = {
    Format.CSV: "text/csv; charset=utf-8",
    Format.JSONL: "application/x-ndjson",
    Format.STIX: "application/stix+json;version=2.1",
}

COLUMNS: dict[What, tuple[str, ...]] = {
    What.REPORTS: (
        "id",
        "external_id",
        "agency",
        "tlp",
        "received_at",
        "occurred_at",
        "victim_country",
        "channel",
        "scam_type",
        "scam_probability",
        "loss_amount",
        "loss_currency",
        "loss_usd",
        "network",
    ),
    What.INDICATORS: ("kind", "value", "tlp", "reports", "first_seen", "last_seen"),
    What.NETWORKS: ("network", "tlp", "reports", "loss_usd", "first_seen", "last_seen"),
}


def _choice(enum: type[StrEnum], text: str, path: str) -> Any:
    try:
        return enum(text)
    except ValueError as error:
        choices = ", ".join(e.value for e in enum)
        raise ValidationError(
            f"unknown {path} {text[:40]!r}; use one of {choices}", path=path
        ) from error


@dataclass(frozen=True, slots=True)
class ExportQuery:
    """What to export, in which format, narrowed by the filters the tables take."""

    what: What
    format: Format
    network: int | None = None
    kind: str | None = None

    @classmethod
    def parse(
        cls, what: str, format: str, *, network: int | None = None, kind: str | None = None
    ) -> ExportQuery:
        """Validate user input (ValidationError, never anything else, on bad values)."""
        query = cls(
            _choice(What, what, "what"),
            _choice(Format, format, "format"),
            network,
            _choice(IndicatorKind, kind, "kind").value if kind is not None else None,
        )
        if query.format is Format.STIX and query.what is not What.REPORTS:
            raise ValidationError(
                "format=stix exports reports (a bundle with their indicators, sightings and "
                "networks); use what=reports",
                path="what",
            )
        if query.kind is not None and query.what is not What.INDICATORS:
            raise ValidationError("kind filters indicators only", path="kind")
        return query

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"what": self.what.value, "format": self.format.value}
        if self.network is not None:
            found["network"] = self.network
        if self.kind is not None:
            found["kind"] = self.kind
        return found


def leaves_clause(viewer: Viewer) -> Any:
    """SQL: report rows ``viewer`` may take out of the instance in a file."""
    conditions = [
        viewer.clause(reports.c.tlp, reports.c.agency_id),
        reports.c.tlp.not_in(NEVER_LEAVES),
    ]
    if not viewer.is_operator:
        own = reports.c.agency_id == viewer.agency_id if viewer.agency_id is not None else None
        not_received = or_(
            reports.c.tlp.not_in(RECEIVED_STAYS_INSIDE),
            reports.c.external_id.not_like(IMPORTED_ID_PATTERN),
        )
        conditions.append(or_(own, not_received) if own is not None else not_received)
    return conditions


@dataclass(slots=True)
class _Ledger:
    """What went out, per owning agency, for the audit rows."""

    ids: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, owner: str, marking: str, ref: str) -> None:
        listed = self.ids.setdefault(owner, [])
        if len(listed) < AUDIT_IDS_MAX:
            listed.append(ref)
        per = self.counts.setdefault(owner, {})
        per[marking] = per.get(marking, 0) + 1


def _time(value: Any) -> str | None:
    moment = as_utc(value)
    return moment.isoformat() if moment is not None else None


def _report_rows(
    engine: Engine, viewer: Viewer, query: ExportQuery, ledger: _Ledger
) -> Iterator[dict[str, Any]]:
    base = (
        select(
            reports.c.id,
            reports.c.external_id,
            agencies.c.code,
            reports.c.tlp,
            reports.c.received_at,
            reports.c.occurred_at,
            reports.c.victim_country,
            reports.c.channel,
            reports.c.scam_type,
            reports.c.scam_probability,
            reports.c.loss_amount,
            reports.c.loss_currency,
            reports.c.loss_usd,
            network_members.c.network_id,
        )
        .select_from(
            reports.join(agencies, agencies.c.id == reports.c.agency_id).outerjoin(
                network_members, network_members.c.report_id == reports.c.id
            )
        )
        .where(*leaves_clause(viewer))
        .order_by(reports.c.id)
        .limit(BATCH)
    )
    if query.network is not None:
        base = base.where(network_members.c.network_id == query.network)
    last = 0
    while True:
        with engine.connect() as connection:
            rows = connection.execute(base.where(reports.c.id > last)).all()
        for row in rows:
            ledger.add(row.code, row.tlp, row.external_id)
            yield {
                "id": row.id,
                "external_id": row.external_id,
                "agency": row.code,
                "tlp": row.tlp,
                "received_at": _time(row.received_at),
                "occurred_at": _time(row.occurred_at),
                "victim_country": row.victim_country,
                "channel": row.channel,
                "scam_type": row.scam_type,
                "scam_probability": row.scam_probability,
                "loss_amount": str(row.loss_amount) if row.loss_amount is not None else None,
                "loss_currency": row.loss_currency,
                "loss_usd": row.loss_usd,
                "network": row.network_id,
            }
        if len(rows) < BATCH:
            return
        last = rows[-1].id


def _indicator_rows(
    engine: Engine, viewer: Viewer, query: ExportQuery, ledger: _Ledger
) -> Iterator[dict[str, Any]]:
    """Scam identifiers (not common, not merely mentioned) of exportable reports."""
    conditions = [
        *leaves_clause(viewer),
        indicators.c.common.is_(False),
        sightings.c.role.not_in(BLOCKABLE_ROLES_EXCLUDED),
    ]
    if query.kind is not None:
        conditions.append(indicators.c.kind == query.kind)
    source = (
        sightings.join(reports, reports.c.id == sightings.c.report_id)
        .join(indicators, indicators.c.id == sightings.c.indicator_id)
        .join(agencies, agencies.c.id == reports.c.agency_id)
    )
    if query.network is not None:
        source = source.join(network_members, network_members.c.report_id == reports.c.id)
        conditions.append(network_members.c.network_id == query.network)
    base = (
        select(
            indicators.c.id,
            indicators.c.kind,
            indicators.c.value,
            agencies.c.code,
            reports.c.tlp,
            func.count(func.distinct(reports.c.id)).label("reports"),
            func.min(reports.c.received_at).label("first"),
            func.max(reports.c.received_at).label("last"),
        )
        .select_from(source)
        .where(*conditions)
        .group_by(
            indicators.c.id, indicators.c.kind, indicators.c.value, agencies.c.code, reports.c.tlp
        )
        .order_by(indicators.c.id)
    )
    yield from _grouped(engine, base, indicators.c.id, ledger, _indicator_row)


def _indicator_row(rows: list[Any]) -> dict[str, Any]:
    first = rows[0]
    return {
        "kind": first.kind,
        "value": first.value,
        "tlp": min((r.tlp for r in rows), key=_RANK.__getitem__),
        "reports": sum(r.reports for r in rows),
        "first_seen": _time(min(as_utc(r.first) for r in rows)),
        "last_seen": _time(max(as_utc(r.last) for r in rows)),
    }


def _network_rows(
    engine: Engine, viewer: Viewer, query: ExportQuery, ledger: _Ledger
) -> Iterator[dict[str, Any]]:
    """Networks with at least two exportable reports, facts from those reports only."""
    conditions = list(leaves_clause(viewer))
    if query.network is not None:
        conditions.append(network_members.c.network_id == query.network)
    base = (
        select(
            network_members.c.network_id.label("id"),
            agencies.c.code,
            reports.c.tlp,
            func.count(reports.c.id).label("reports"),
            func.sum(reports.c.loss_usd).label("loss_usd"),
            func.min(reports.c.received_at).label("first"),
            func.max(reports.c.received_at).label("last"),
        )
        .select_from(
            network_members.join(reports, reports.c.id == network_members.c.report_id).join(
                agencies, agencies.c.id == reports.c.agency_id
            )
        )
        .where(*conditions)
        .group_by(network_members.c.network_id, agencies.c.code, reports.c.tlp)
        .order_by(network_members.c.network_id)
    )
    for row in _grouped(engine, base, network_members.c.network_id, ledger, _network_row):
        if row["reports"] >= 2:
            yield row


def _network_row(rows: list[Any]) -> dict[str, Any]:
    losses = [r.loss_usd for r in rows if r.loss_usd is not None]
    return {
        "network": rows[0].id,
        "tlp": max((r.tlp for r in rows), key=_RANK.__getitem__),
        "reports": sum(r.reports for r in rows),
        "loss_usd": round(sum(losses), 2) if losses else None,
        "first_seen": _time(min(as_utc(r.first) for r in rows)),
        "last_seen": _time(max(as_utc(r.last) for r in rows)),
    }


def _grouped(
    engine: Engine,
    base: Any,
    key: Any,
    ledger: _Ledger,
    build: Callable[[list[Any]], dict[str, Any]],
) -> Iterator[dict[str, Any]]:
    """Rows grouped per (entity, owner, marking), read in keyset batches of whole entities.

    Each batch is a range of ``BATCH`` candidate keys read from the key's own column (an
    index), so a batch costs its range only, not everything after it.
    """
    candidates = select(key).distinct().order_by(key).limit(BATCH)
    last: int | None = None
    while True:
        window = candidates.where(key > last) if last is not None else candidates
        with engine.connect() as connection:
            ids = list(connection.execute(window).scalars())
            if not ids:
                return
            page = base.where(key <= ids[-1])
            rows = connection.execute(page.where(key > last) if last is not None else page).all()
        group: list[Any] = []
        for row in rows:
            if group and group[0][0] != row[0]:
                yield _emit(group, ledger, build)
                group = []
            group.append(row)
        if group:
            yield _emit(group, ledger, build)
        if len(ids) < BATCH:
            return
        last = ids[-1]


def _emit(
    group: list[Any], ledger: _Ledger, build: Callable[[list[Any]], dict[str, Any]]
) -> dict[str, Any]:
    row = build(group)
    ref = f"{row['kind']}:{row['value']}" if "kind" in row else f"network:{row['network']}"
    for owner in sorted({r.code for r in group}):
        ledger.add(owner, row["tlp"], ref)
    return row


_ROWS = {What.REPORTS: _report_rows, What.INDICATORS: _indicator_rows, What.NETWORKS: _network_rows}

# A cell a spreadsheet would run as a formula; numbers and phone numbers are left alone.
_FORMULA = re.compile(r"^[=@\t\r]|^[+-](?![0-9 ().]*$)")


def _cell(value: Any) -> Any:
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def _csv(rows: Iterator[dict[str, Any]], columns: tuple[str, ...]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for count, row in enumerate(rows, 1):
        writer.writerow([_cell(row[c]) for c in columns])
        if count % 500 == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def _jsonl(rows: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    chunk: list[bytes] = []
    for row in rows:
        chunk.append(orjson.dumps(row) + b"\n")
        if len(chunk) == 500:
            yield b"".join(chunk)
            chunk = []
    yield b"".join(chunk)


def _stix(
    store: ReportStore, engine: Engine, viewer: Viewer, query: ExportQuery, ledger: _Ledger
) -> Iterator[bytes]:
    """One bundle: each owning agency's reports the viewer may export, mapped per object.

    Streamed: each owner's reports are read twice in one snapshot, a batch at a time
    (``MappingStream``: what is kept between the passes grows with identifiers, not with
    reports), and the objects spooled to a temporary file (``BundleSpool``) before the
    first byte goes out, since the bundle's id comes first and names every object.
    """
    receiver = Receiver(f"download by {viewer.describe()}", viewer)
    spool = BundleSpool()
    with snapshot(engine) as connection:
        owners = connection.execute(
            select(agencies.c.id, agencies.c.code)
            .where(agencies.c.id.in_(select(reports.c.agency_id).where(*leaves_clause(viewer))))
            .order_by(agencies.c.id)
        ).all()
        for owner_id, owner_code in owners:

            def read(owner: int = owner_id) -> Iterator[ExportReport]:
                for report in stream_reports_for_export(connection, owner, viewer):
                    if query.network is None or report.network_id == query.network:
                        yield report

            sender = store.get_agency(owner_code)
            levels = _Levels()
            with paused_gc():
                mapping = mapping_stream(read, sender, receiver)
                if not mapping.reports_read:
                    continue
                head = head_objects(sender, mapping.markings, any_report=bool(mapping.reports))
                spool.extend(chain(head, mapping.objects()), levels.add)
            levels.into(ledger, sender.code)
    yield from spool.chunks()


@dataclass(slots=True)
class _Levels:
    """One owner's object ids per marking, in the order ``Export.ids_by_marking`` lists them
    (markings by first appearance), keeping only as many ids as the ledger lists."""

    ids: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, obj: dict[str, Any]) -> None:
        refs = obj.get("object_marking_refs")
        level = TLP_BY_ID[refs[0]].value if refs else "unmarked"
        listed = self.ids.setdefault(level, [])
        if len(listed) < AUDIT_IDS_MAX:
            listed.append(obj["id"])
        self.counts[level] = self.counts.get(level, 0) + 1

    def into(self, ledger: _Ledger, owner: str) -> None:
        for level, listed in self.ids.items():
            for ref in listed:
                ledger.add(owner, level, ref)
            per = ledger.counts.setdefault(owner, {})
            per[level] += self.counts[level] - len(listed)


def export_stream(
    store: ReportStore,
    engine: Engine,
    viewer: Viewer,
    query: ExportQuery,
    *,
    actor: str,
    clock: Callable[[], datetime],
) -> Iterator[bytes]:
    """The export's bytes, chunk by chunk; the audit rows are appended when it ends."""
    ledger = _Ledger()
    try:
        if query.format is Format.STIX:
            yield from _stix(store, engine, viewer, query, ledger)
            return
        rows = _ROWS[query.what](engine, viewer, query, ledger)
        if query.format is Format.CSV:
            yield from _csv(rows, COLUMNS[query.what])
        else:
            yield from _jsonl(rows)
    finally:
        _audit(store, ledger, query, viewer, actor=actor, at=clock())


def _audit(
    store: ReportStore,
    ledger: _Ledger,
    query: ExportQuery,
    viewer: Viewer,
    *,
    actor: str,
    at: datetime,
) -> None:
    for owner, counts in sorted(ledger.counts.items()):
        ids = ledger.ids[owner]
        store.append_audit(
            AuditEntry(
                at=at,
                actor=actor,
                action="export",
                object_type=f"{query.what.value}-{query.format.value}",
                object_ref=owner,
                detail={
                    "sender": owner,
                    "receiver": viewer.describe(),
                    "query": query.as_json(),
                    "count": sum(counts.values()),
                    "by_marking": counts,
                    "ids": ids,
                    "ids_complete": sum(counts.values()) == len(ids),
                },
            )
        )
