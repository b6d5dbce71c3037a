"""Bulk writes of reports, indicators and sightings inside one open transaction.

The hot path of intake. Per batch it runs a fixed number of statements whatever the
batch size: one INSERT ... ON CONFLICT DO NOTHING RETURNING for the reports, one SELECT
of the ids of those that were already stored (only when there are any), one upsert
RETURNING for the batch's distinct indicators (which gives the key -> id map), and one
bulk insert of the sightings.
PostgreSQL goes through COPY (tipoff.store.pgcopy), SQLite through multi-row
statements on the driver (tipoff.store.sqlitebulk). Only sightings are stored, never
pairwise report-report rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from tipoff.store.pgcopy import as_copy_value, copy_rows, staged_insert
from tipoff.store.records import Agency, NewReport, SavedReport, as_utc
from tipoff.store.sqlitebulk import insert_returning
from tipoff.store.tables import indicators, reports, sightings


@dataclass(slots=True)
class _IndicatorUpdate:
    first_seen: datetime
    last_seen: datetime
    common: bool
    report_count: int = 0


def save_batch(
    connection: Connection, agency: Agency, batch: Sequence[NewReport], *, at: datetime
) -> list[SavedReport]:
    """Store ``batch`` for ``agency`` on ``connection`` (the caller owns the transaction)."""
    fresh: dict[str, NewReport] = {}
    for report in batch:
        fresh.setdefault(report.external_id, report)
    created = _insert_reports(connection, agency.id, list(fresh.values()), at=at)
    # Reports already stored (earlier, or by a concurrent writer) hit ON CONFLICT DO NOTHING
    # and are not returned; read their ids. Usually none, so no lookup at all.
    already = set(fresh) - set(created)
    existing = _existing_ids(connection, agency.id, already) if already else {}
    stored = {external_id: fresh[external_id] for external_id in created}
    _write_sightings(connection, stored, created)
    ids = {**existing, **created}
    return _outcomes(batch, ids, created)


def _outcomes(
    batch: Sequence[NewReport], ids: dict[str, int], created: dict[str, int]
) -> list[SavedReport]:
    outcomes: list[SavedReport] = []
    reported_new: set[str] = set()
    for report in batch:
        external_id = report.external_id
        is_new = external_id in created and external_id not in reported_new
        reported_new.add(external_id)
        outcomes.append(SavedReport(external_id, ids[external_id], is_new))
    return outcomes


def _existing_ids(connection: Connection, agency_id: int, external_ids: set[str]) -> dict[str, int]:
    if not external_ids:
        return {}
    query = select(reports.c.external_id, reports.c.id).where(
        reports.c.agency_id == agency_id, reports.c.external_id.in_(sorted(external_ids))
    )
    return {external_id: report_id for external_id, report_id in connection.execute(query)}


def _insert_reports(
    connection: Connection, agency_id: int, batch: list[NewReport], *, at: datetime
) -> dict[str, int]:
    if not batch:
        return {}
    rows = [_report_row(agency_id, report, at) for report in batch]
    if connection.dialect.name == "postgresql":
        columns = tuple(rows[0])
        returned = staged_insert(
            connection,
            "reports",
            columns,
            [tuple(as_copy_value(c, row[c]) for c in columns) for row in rows],
            conflict="ON CONFLICT (agency_id, external_id) DO NOTHING",
            returning="external_id, id",
        )
        return {external_id: report_id for external_id, report_id in returned}
    returned = insert_returning(
        connection,
        reports,
        rows,
        conflict="ON CONFLICT (agency_id, external_id) DO NOTHING",
        returning="external_id, id",
    )
    return {external_id: report_id for external_id, report_id in returned}


def _report_row(agency_id: int, report: NewReport, at: datetime) -> dict[str, Any]:
    return {
        "agency_id": agency_id,
        "external_id": report.external_id,
        "received_at": as_utc(report.received_at),
        "occurred_at": as_utc(report.occurred_at),
        "victim_country": report.victim_country,
        "language": report.language,
        "channel": report.channel,
        "narrative": report.narrative,
        "messages": report.messages,
        "loss_amount": report.loss_amount,
        "loss_currency": report.loss_currency,
        "loss_usd": report.loss_usd,
        "payments": report.payments,
        "identifiers": report.identifiers,
        "reporter_scam_type": report.reporter_scam_type,
        "victim_key": report.victim_key,
        "victim_attrs": report.victim_attrs,
        "tlp": report.tlp,
        "scam_type": report.scam_type,
        "scam_probability": report.scam_probability,
        "assessment": report.assessment,
        "model_version": report.model_version,
        "created_at": as_utc(at),
    }


_SIGHTING_COLUMNS = (
    "report_id",
    "indicator_id",
    "role",
    "raw",
    "source",
    "span_start",
    "span_end",
    "confidence",
)


def _write_sightings(
    connection: Connection, stored: dict[str, NewReport], report_ids: dict[str, int]
) -> None:
    updates = _indicator_updates(stored.values())
    if not updates:
        return
    indicator_ids = _upsert_indicators(connection, updates)
    rows = [
        (
            report_ids[external_id],
            indicator_ids[sighting.key],
            sighting.role,
            sighting.raw[:2000],
            sighting.source,
            sighting.span_start,
            sighting.span_end,
            sighting.confidence,
        )
        for external_id, report in stored.items()
        for sighting in report.sightings
    ]
    insert_plain_rows(connection, "sightings", _SIGHTING_COLUMNS, rows)


def insert_plain_rows(
    connection: Connection, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """Insert rows of plain ints/strings/floats straight through the driver, in this transaction.

    Sightings are the most numerous rows; SQLAlchemy's per-value type processing cost more
    than the database did, and PostgreSQL's COPY is several times faster than INSERT.
    """
    if connection.dialect.name == "postgresql":
        copy_rows(connection, table, columns, rows)
        return
    names = ", ".join(columns)
    driver = connection.connection.driver_connection
    marks = ", ".join("?" for _ in columns)
    cursor = driver.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
    finally:
        cursor.close()


def _indicator_updates(batch: Any) -> dict[tuple[str, str], _IndicatorUpdate]:
    updates: dict[tuple[str, str], _IndicatorUpdate] = {}
    for report in batch:
        seen = as_utc(report.occurred_at or report.received_at)
        assert seen is not None
        common_in_report: dict[tuple[str, str], bool] = {}
        for sighting in report.sightings:
            common_in_report[sighting.key] = (
                common_in_report.get(sighting.key, False) or sighting.common
            )
        for key, common in common_in_report.items():
            update = updates.get(key)
            if update is None:
                updates[key] = _IndicatorUpdate(seen, seen, common, 1)
                continue
            update.first_seen = min(update.first_seen, seen)
            update.last_seen = max(update.last_seen, seen)
            update.common = update.common or common
            update.report_count += 1
    return updates


def _upsert_indicators(
    connection: Connection, updates: dict[tuple[str, str], _IndicatorUpdate]
) -> dict[tuple[str, str], int]:
    # Sorted keys: concurrent batches lock index entries in the same order (no deadlock).
    rows = [
        {
            "kind": kind,
            "value": value,
            "common": update.common,
            "first_seen": update.first_seen,
            "last_seen": update.last_seen,
            "report_count": update.report_count,
        }
        for (kind, value), update in sorted(updates.items())
    ]
    if connection.dialect.name == "postgresql":
        return _upsert_indicators_pg(connection, rows)
    returned = insert_returning(
        connection,
        indicators,
        rows,
        conflict=(
            "ON CONFLICT (kind, value) DO UPDATE SET "
            "first_seen = min(indicators.first_seen, excluded.first_seen), "
            "last_seen = max(indicators.last_seen, excluded.last_seen), "
            "common = indicators.common OR excluded.common, "
            "report_count = indicators.report_count + excluded.report_count"
        ),
        returning="kind, value, id",
    )
    return {(kind, value): indicator_id for kind, value, indicator_id in returned}


def _upsert_indicators_pg(
    connection: Connection, rows: list[dict[str, Any]]
) -> dict[tuple[str, str], int]:
    columns = ("kind", "value", "common", "first_seen", "last_seen", "report_count")
    returned = staged_insert(
        connection,
        "indicators",
        columns,
        [tuple(row[c] for c in columns) for row in rows],
        conflict=(
            "ON CONFLICT (kind, value) DO UPDATE SET "
            "first_seen = LEAST(indicators.first_seen, EXCLUDED.first_seen), "
            "last_seen = GREATEST(indicators.last_seen, EXCLUDED.last_seen), "
            "common = indicators.common OR EXCLUDED.common, "
            "report_count = indicators.report_count + EXCLUDED.report_count"
        ),
        returning="kind, value, id",
        order_by="kind, value",
    )
    return {(kind, value): indicator_id for kind, value, indicator_id in returned}


_UPDATABLE = (
    "received_at",
    "occurred_at",
    "victim_country",
    "channel",
    "narrative",
    "loss_amount",
    "loss_currency",
    "loss_usd",
    "identifiers",
    "reporter_scam_type",
    "tlp",
)


def replace_report(connection: Connection, report_id: int, report: NewReport) -> None:
    """Rewrite a stored report's content and identifiers from ``report`` (a newer version).

    Its id, owner, external id, victim fields, messages, payments and assessment stay. Its
    sightings are replaced: each indicator it no longer cites counts one report fewer;
    first and last seen keep what was seen.
    """
    row = _report_row(0, report, report.received_at)
    connection.execute(
        update(reports).where(reports.c.id == report_id).values({c: row[c] for c in _UPDATABLE})
    )
    old = select(sightings.c.indicator_id).where(sightings.c.report_id == report_id).distinct()
    cited = [indicator_id for (indicator_id,) in connection.execute(old)]
    connection.execute(delete(sightings).where(sightings.c.report_id == report_id))
    for start in range(0, len(cited), 5000):
        connection.execute(
            update(indicators)
            .where(indicators.c.id.in_(cited[start : start + 5000]))
            .values(report_count=func.max(indicators.c.report_count - 1, 0))
            if connection.dialect.name == "sqlite"
            else update(indicators)
            .where(indicators.c.id.in_(cited[start : start + 5000]))
            .values(report_count=func.greatest(indicators.c.report_count - 1, 0))
        )
    _write_sightings(connection, {report.external_id: report}, {report.external_id: report_id})
