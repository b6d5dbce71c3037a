"""ReportStore on SQLAlchemy Core: SQLite (the embedded default) and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, bindparam, func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from tipoff.errors import Conflict, NotFound, StorageError
from tipoff.store.bulk import save_batch
from tipoff.store.cursor import decode_cursor, encode_cursor
from tipoff.store.records import (
    OTHER_AGENCY_ACTOR,
    OWN_ROLE,
    Agency,
    ApiKeyRecord,
    AuditEntry,
    NewReport,
    NewVerdict,
    Page,
    ReportFilter,
    SavedReport,
    StoreCounts,
    StoredReport,
    StoredSighting,
    StoredVerdict,
    as_utc,
    check_verdict,
    listed_own_values,
    note_as_read_by_other,
    verdict_audit,
)
from tipoff.store.tables import (
    agencies,
    analyst_verdicts,
    api_keys,
    audit_log,
    indicators,
    reports,
    sightings,
)
from tipoff.visibility import Viewer


class SqlReportStore:
    """ReportStore backed by an SQLAlchemy engine (see tipoff.store.engine.make_engine)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add_agency(self, code: str, name: str, country: str | None, *, at: datetime) -> Agency:
        row = {"code": code, "name": name, "country": country, "created_at": as_utc(at)}
        try:
            with self.engine.begin() as connection:
                agency_id = connection.execute(
                    agencies.insert().returning(agencies.c.id), row
                ).scalar_one()
        except IntegrityError as error:
            raise Conflict(f"agency {code!r} already exists") from error
        return Agency(agency_id, code, name, country, as_utc(at))

    def get_agency(self, code: str) -> Agency:
        with self.engine.connect() as connection:
            row = connection.execute(select(agencies).where(agencies.c.code == code)).first()
        if row is None:
            raise NotFound(f"no agency with code {code!r} (create it with `tipoff agency add`)")
        return _agency(row._mapping)

    def list_agencies(self) -> list[Agency]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(agencies).order_by(agencies.c.code))
            return [_agency(row._mapping) for row in rows]

    def add_api_key(self, agency: Agency, prefix: str, key_hash: str, *, at: datetime) -> None:
        row = {
            "agency_id": agency.id,
            "prefix": prefix,
            "key_hash": key_hash,
            "created_at": as_utc(at),
        }
        with self.engine.begin() as connection:
            connection.execute(api_keys.insert(), row)

    def find_api_keys(self, prefix: str) -> list[ApiKeyRecord]:
        query = (
            select(agencies, api_keys.c.prefix, api_keys.c.key_hash)
            .join(api_keys, api_keys.c.agency_id == agencies.c.id)
            .where(api_keys.c.prefix == prefix, api_keys.c.revoked_at.is_(None))
        )
        with self.engine.connect() as connection:
            return [
                ApiKeyRecord(_agency(row._mapping), row.prefix, row.key_hash)
                for row in connection.execute(query)
            ]

    def has_api_keys(self) -> bool:
        query = select(api_keys.c.id).where(api_keys.c.revoked_at.is_(None)).limit(1)
        with self.engine.connect() as connection:
            return connection.execute(query).first() is not None

    def save_reports(
        self, agency: Agency, reports_in: Sequence[NewReport], *, at: datetime, actor: str
    ) -> list[SavedReport]:
        try:
            with self.engine.begin() as connection:
                saved = save_batch(connection, agency, reports_in, at=at)
                new_ids = [s.id for s in saved if s.created]
                detail = {"received": len(saved), "created": len(new_ids)}
                if new_ids:
                    detail |= {"first_id": min(new_ids), "last_id": max(new_ids)}
                entry = AuditEntry(as_utc(at), actor, "write", "report", agency.code, detail)
                connection.execute(audit_log.insert(), _audit_row(entry))
        except OperationalError as error:
            raise StorageError("the database refused the write; retry later") from error
        return saved

    def get_report(self, report_id: int, *, viewer: Viewer) -> StoredReport:
        query = _report_select().where(reports.c.id == report_id, _visible(viewer))
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
            if row is None:
                raise NotFound(f"no report {report_id} visible to {viewer.describe()}")
            found = _sightings_of(connection, [report_id])
        return _report(row._mapping, found.get(report_id, ()), viewer)

    def list_reports(
        self, where: ReportFilter, *, viewer: Viewer, limit: int, cursor: str | None = None
    ) -> Page:
        query = _report_select().where(_visible(viewer), *_conditions(where))
        if cursor is not None:
            query = query.where(reports.c.id < decode_cursor(cursor))
        query = query.order_by(reports.c.id.desc()).limit(limit + 1)
        with self.engine.connect() as connection:
            rows = [row._mapping for row in connection.execute(query)]
            page_rows = rows[:limit]
            found = _sightings_of(connection, [row["id"] for row in page_rows])
        items = [_report(row, found.get(row["id"], ()), viewer) for row in page_rows]
        next_cursor = encode_cursor(items[-1].id) if len(rows) > limit else None
        return Page(items, next_cursor)

    def add_verdict(
        self, agency: Agency, verdict: NewVerdict, *, actor: str, at: datetime
    ) -> StoredVerdict:
        viewer = Viewer.agency(agency.id)
        query = select(reports.c.messages).where(
            reports.c.id == verdict.report_id, _visible(viewer)
        )
        moment = as_utc(at)
        try:
            with self.engine.begin() as connection:
                row = connection.execute(query).first()
                if row is None:
                    raise NotFound(f"no report {verdict.report_id} visible to {viewer.describe()}")
                check_verdict(verdict, len(row.messages or []))
                values = {
                    "report_id": verdict.report_id,
                    "message_index": verdict.message_index,
                    "verdict": verdict.verdict,
                    "scam_type": verdict.scam_type,
                    "note": verdict.note,
                    "agency_id": agency.id,
                    "actor": actor,
                    "created_at": moment,
                }
                verdict_id = connection.execute(
                    analyst_verdicts.insert().returning(analyst_verdicts.c.id), values
                ).scalar_one()
                connection.execute(
                    audit_log.insert(), _audit_row(verdict_audit(verdict, actor, at))
                )
        except OperationalError as error:
            raise StorageError("the database refused the write; retry later") from error
        return StoredVerdict(
            verdict_id,
            verdict.report_id,
            verdict.message_index,
            verdict.verdict,
            verdict.scam_type,
            verdict.note,
            agency.code,
            actor,
            moment,
        )

    def list_verdicts(self, *, viewer: Viewer, report_id: int | None = None) -> list[StoredVerdict]:
        query = (
            select(
                analyst_verdicts,
                agencies.c.code.label("agency_code"),
                reports.c.agency_id.label("report_owner"),
            )
            .join(agencies, agencies.c.id == analyst_verdicts.c.agency_id)
            .join(reports, reports.c.id == analyst_verdicts.c.report_id)
            .where(_visible(viewer))
            .order_by(analyst_verdicts.c.id)
        )
        with self.engine.connect() as connection:
            if report_id is not None:
                seen = select(reports.c.id).where(reports.c.id == report_id, _visible(viewer))
                if connection.execute(seen).first() is None:
                    raise NotFound(f"no report {report_id} visible to {viewer.describe()}")
                query = query.where(analyst_verdicts.c.report_id == report_id)
            rows = connection.execute(query).all()
            own = _own_values(
                connection,
                {r.report_id for r in rows if r.note and not viewer.owns(r.report_owner)},
            )
            return [
                StoredVerdict(
                    row.id,
                    row.report_id,
                    row.message_index,
                    row.verdict,
                    row.scam_type,
                    row.note
                    if viewer.owns(row.report_owner)
                    else note_as_read_by_other(row.note, own.get(row.report_id, ())),
                    row.agency_code,
                    row.actor if viewer.owns(row.agency_id) else OTHER_AGENCY_ACTOR,
                    as_utc(row.created_at),
                )
                for row in rows
            ]

    def append_audit(self, entry: AuditEntry) -> None:
        with self.engine.begin() as connection:
            connection.execute(audit_log.insert(), _audit_row(entry))

    def audit_entries(self, *, limit: int = 100) -> list[AuditEntry]:
        query = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
        with self.engine.connect() as connection:
            return [
                AuditEntry(
                    as_utc(row.at),
                    row.actor,
                    row.action,
                    row.object_type,
                    row.object_ref,
                    row.detail,
                )
                for row in connection.execute(query)
            ]

    def counts(self) -> StoreCounts:
        with self.engine.connect() as connection:
            count = [
                connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (reports, indicators, sightings)
            ]
        return StoreCounts(*count)


def _agency(row: Any) -> Agency:
    return Agency(row["id"], row["code"], row["name"], row["country"], as_utc(row["created_at"]))


def _audit_row(entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": as_utc(entry.at),
        "actor": entry.actor,
        "action": entry.action,
        "object_type": entry.object_type,
        "object_ref": entry.object_ref,
        "detail": entry.detail,
    }


def _visible(viewer: Viewer) -> Any:
    return viewer.clause(reports.c.tlp, reports.c.agency_id)


def _conditions(where: ReportFilter) -> list[Any]:
    conditions: list[Any] = []
    if where.country:
        conditions.append(reports.c.victim_country == where.country.upper())
    if where.scam_type:
        conditions.append(reports.c.scam_type == where.scam_type)
    if where.channel:
        conditions.append(reports.c.channel == where.channel)
    if where.agency:
        conditions.append(agencies.c.code == where.agency)
    if where.received_from:
        conditions.append(reports.c.received_at >= as_utc(where.received_from))
    if where.received_to:
        conditions.append(reports.c.received_at < as_utc(where.received_to))
    if where.report_ids is not None:
        # Inlined integers, not one bind parameter each: a network may have more members
        # than SQLite or PostgreSQL allow parameters in one statement.
        ids: list[int] = sorted(where.report_ids)
        conditions.append(
            reports.c.id.in_(bindparam("report_ids", ids, expanding=True, literal_execute=True))
        )
    return conditions


def _report_select() -> Any:
    return select(reports, agencies.c.code.label("agency_code")).join(
        agencies, agencies.c.id == reports.c.agency_id
    )


def _sightings_of(connection: Any, report_ids: list[int]) -> dict[int, tuple[StoredSighting, ...]]:
    if not report_ids:
        return {}
    query = (
        select(sightings, indicators.c.kind, indicators.c.value)
        .join(indicators, indicators.c.id == sightings.c.indicator_id)
        .where(sightings.c.report_id.in_(report_ids))
        .order_by(sightings.c.id)
    )
    found: dict[int, list[StoredSighting]] = {}
    for row in connection.execute(query):
        found.setdefault(row.report_id, []).append(
            StoredSighting(
                row.kind,
                row.value,
                row.role,
                row.raw,
                row.source,
                row.span_start,
                row.span_end,
                row.confidence,
            )
        )
    return {report_id: tuple(items) for report_id, items in found.items()}


def _report(row: Any, found: tuple[StoredSighting, ...], viewer: Viewer) -> StoredReport:
    report = _stored(row, found)
    return report if viewer.owns(row["agency_id"]) else report.as_read_by_other()


def _stored(row: Any, found: tuple[StoredSighting, ...]) -> StoredReport:
    return StoredReport(
        id=row["id"],
        agency_code=row["agency_code"],
        external_id=row["external_id"],
        received_at=as_utc(row["received_at"]),
        occurred_at=as_utc(row["occurred_at"]),
        victim_country=row["victim_country"],
        language=row["language"],
        channel=row["channel"],
        narrative=row["narrative"],
        messages=row["messages"],
        loss_amount=row["loss_amount"],
        loss_currency=row["loss_currency"],
        loss_usd=row["loss_usd"],
        payments=row["payments"],
        identifiers=row["identifiers"],
        reporter_scam_type=row["reporter_scam_type"],
        victim_key=row["victim_key"],
        victim_attrs=row["victim_attrs"],
        tlp=row["tlp"],
        scam_type=row["scam_type"],
        scam_probability=row["scam_probability"],
        assessment=row["assessment"],
        model_version=row["model_version"],
        created_at=as_utc(row["created_at"]),
        sightings=found,
    )


def _own_values(connection: Any, report_ids: set[int]) -> dict[int, list[tuple[str, str]]]:
    """The victim's own values (``raw``, canonical ``value``) of each of ``report_ids``."""
    found: dict[int, list[tuple[str, str]]] = {}
    ids = sorted(report_ids)
    for start in range(0, len(ids), 500):
        query = (
            select(sightings.c.report_id, sightings.c.raw, indicators.c.value)
            .join(indicators, indicators.c.id == sightings.c.indicator_id)
            .where(
                sightings.c.report_id.in_(ids[start : start + 500]), sightings.c.role == OWN_ROLE
            )
        )
        for row in connection.execute(query):
            found.setdefault(row.report_id, []).append((row.raw, row.value))
        listed = select(reports.c.id, reports.c.identifiers).where(
            reports.c.id.in_(ids[start : start + 500])
        )
        for row in connection.execute(listed):
            for value in listed_own_values(row.identifiers):
                found.setdefault(row.id, []).append((value, value))
    return found
