"""Reads for STIX export (tipoff.share): an agency's reports with their identifiers.

Only the fields that may leave the instance are read: never the victim key, the victim
attributes, the messages or the payments. Which rows a receiver gets is still decided per
object by tipoff.share (through ``Viewer``); the SQL filter only keeps the read small.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, or_, select

from tipoff.link.network_tables import network_members
from tipoff.model import TLP
from tipoff.store.records import (
    OWN_ROLE,
    as_utc,
    listed_own_values,
    masked_own,
    own_spellings,
)
from tipoff.store.tables import analyst_verdicts, indicators, reports, sightings
from tipoff.visibility import Viewer


@dataclass(frozen=True, slots=True)
class ExportSighting:
    """One identifier of a report: canonical kind and value, role, confidence, commonness."""

    kind: str
    value: str
    role: str
    confidence: float
    common: bool
    raw: str = ""  # as written in the report (read to mask the victim's own values)


@dataclass(frozen=True, slots=True)
class ExportVerdict:
    """An analyst verdict of the report's own agency on the whole report. Who gave it and
    the note stay inside (the note is free text that may name people)."""

    verdict: str  # scam, not_scam, spam (tipoff.verdicts)
    scam_type: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ExportReport:
    """The shareable fields of one report (the narrative is already redacted at intake)."""

    id: int
    owner_id: int
    external_id: str
    tlp: str
    received_at: datetime
    occurred_at: datetime | None
    victim_country: str | None
    channel: str | None
    narrative: str
    loss_amount: Decimal | None
    loss_currency: str | None
    loss_usd: float | None
    scam_type: str | None
    scam_probability: float | None
    network_id: int | None
    sightings: tuple[ExportSighting, ...]
    verdicts: tuple[ExportVerdict, ...] = ()
    # The values the report lists as the victim's own (``listed_own_values``): masked for a
    # receiver that does not own it even when no ``own`` sighting names them.
    own_listed: tuple[str, ...] = ()


_COLUMNS = (
    reports.c.id,
    reports.c.agency_id,
    reports.c.external_id,
    reports.c.tlp,
    reports.c.received_at,
    reports.c.occurred_at,
    reports.c.victim_country,
    reports.c.channel,
    reports.c.narrative,
    reports.c.loss_amount,
    reports.c.loss_currency,
    reports.c.loss_usd,
    reports.c.scam_type,
    reports.c.scam_probability,
    reports.c.identifiers,
    network_members.c.network_id,
)


# Reports read at a time by stream_reports_for_export (with their sightings).
EXPORT_BATCH = 5000
# An imported report's external id is the STIX id it came with (tipoff.share.importing).
IMPORTED_ID_PATTERN = "%--________-____-____-____-____________"
# Markings that let the receiving organisation use, not pass on, what it was given.
RECEIVED_STAYS_INSIDE = (TLP.AMBER.value, TLP.AMBER_STRICT.value)
_IMPORTED_ID = re.compile(r"(?s).*--.{8}-.{4}-.{4}-.{4}-.{12}")  # IMPORTED_ID_PATTERN


def may_pass_on(
    report_owner: int, external_id: str, tlp: str, sender_id: int, viewer: Viewer
) -> bool:
    """Whether agency ``sender_id`` may send this report out of the instance to ``viewer``:
    the rule of ``reports_for_export`` for one report already read. Only its own reports
    (other agencies' are theirs to share), only markings the viewer may see, and what it
    imported under AMBER or AMBER+STRICT only to its own organisation. RED is the
    receiver's rule (``Receiver.may_receive``)."""
    if report_owner != sender_id or not viewer.sees(tlp, report_owner):
        return False
    received = tlp in RECEIVED_STAYS_INSIDE and _IMPORTED_ID.fullmatch(external_id) is not None
    return viewer.is_operator or viewer.agency_id == sender_id or not received


def reports_for_export(engine: Engine, owner_id: int, viewer: Viewer) -> list[ExportReport]:
    """Reports owned by agency ``owner_id`` that ``viewer`` may see, oldest first.

    Reports the agency *imported* (from a partner's file or TAXII collection) and marked
    AMBER or AMBER+STRICT were given to this organisation: they go to its own systems
    (``viewer`` is the owner itself) and to no one else, so what one partner shared under
    AMBER is never passed on to another partner under the agency's name.
    """
    with engine.connect() as connection:
        return list(stream_reports_for_export(connection, owner_id, viewer))


def stream_reports_for_export(
    connection: Connection, owner_id: int, viewer: Viewer
) -> Iterator[ExportReport]:
    """``reports_for_export`` read ``EXPORT_BATCH`` reports at a time (keyset on the report
    id), so a caller that streams keeps one batch in memory, not the agency's reports."""
    batch = EXPORT_BATCH
    conditions = [
        reports.c.agency_id == owner_id,
        viewer.clause(reports.c.tlp, reports.c.agency_id),
    ]
    if not viewer.is_operator and viewer.agency_id != owner_id:
        conditions.append(
            or_(
                reports.c.tlp.not_in(RECEIVED_STAYS_INSIDE),
                reports.c.external_id.not_like(IMPORTED_ID_PATTERN),
            )
        )
    query = (
        select(*_COLUMNS)
        .select_from(
            reports.outerjoin(network_members, network_members.c.report_id == reports.c.id)
        )
        .where(*conditions)
        .order_by(reports.c.id)
        .limit(batch)
    )
    last: int | None = None
    while True:
        page = query if last is None else query.where(reports.c.id > last)
        rows = list(connection.execute(page))
        ids = [row.id for row in rows]
        found = _sightings(connection, ids)
        judged = _verdicts(connection, ids)
        for row in rows:
            report = _export_report(row, found.get(row.id, ()), judged.get(row.id, ()))
            yield report if viewer.owns(row.agency_id) else without_own_values(report)
        if len(rows) < batch:
            return
        last = rows[-1].id


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection whose reads all see one state of the database, for an export that reads
    the reports twice (tipoff.share.mapping.MappingStream): REPEATABLE READ on PostgreSQL,
    one read transaction on SQLite (begun explicitly: the driver begins none for reads)."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        else:
            connection.exec_driver_sql("BEGIN")
        try:
            yield connection
        finally:
            connection.rollback()


def _in_lists(report_ids: list[int], size: int = 5000) -> Iterator[list[int]]:
    """``report_ids`` in pieces of ``size``: bounded IN lists on both backends."""
    for start in range(0, len(report_ids), size):
        yield report_ids[start : start + size]


def _sightings(connection: Any, report_ids: list[int]) -> dict[int, tuple[ExportSighting, ...]]:
    found: dict[int, list[ExportSighting]] = {}
    for chunk in _in_lists(report_ids):
        query = (
            select(
                sightings.c.report_id,
                indicators.c.kind,
                indicators.c.value,
                sightings.c.role,
                sightings.c.confidence,
                indicators.c.common,
                sightings.c.raw,
            )
            .join(indicators, indicators.c.id == sightings.c.indicator_id)
            .where(sightings.c.report_id.in_(chunk))
            .order_by(sightings.c.id)
        )
        for row in connection.execute(query):
            found.setdefault(row.report_id, []).append(
                ExportSighting(
                    row.kind, row.value, row.role, row.confidence, bool(row.common), row.raw
                )
            )
    return {report_id: tuple(items) for report_id, items in found.items()}


def _verdicts(connection: Any, report_ids: list[int]) -> dict[int, tuple[ExportVerdict, ...]]:
    """Whole-report verdicts given by each report's own agency, oldest first. Another agency's
    verdict on a report it may see is that agency's to share, not the owner's."""
    found: dict[int, list[ExportVerdict]] = {}
    for chunk in _in_lists(report_ids):
        query = (
            select(
                analyst_verdicts.c.report_id,
                analyst_verdicts.c.verdict,
                analyst_verdicts.c.scam_type,
                analyst_verdicts.c.created_at,
            )
            .join(reports, reports.c.id == analyst_verdicts.c.report_id)
            .where(
                analyst_verdicts.c.report_id.in_(chunk),
                analyst_verdicts.c.agency_id == reports.c.agency_id,
                analyst_verdicts.c.message_index.is_(None),
            )
            .order_by(analyst_verdicts.c.id)
        )
        for row in connection.execute(query):
            found.setdefault(row.report_id, []).append(
                ExportVerdict(row.verdict, row.scam_type, as_utc(row.created_at))
            )
    return {report_id: tuple(items) for report_id, items in found.items()}


def without_own_values(report: ExportReport) -> ExportReport:
    """The report as a receiver that does not own it gets it: the victim's own values
    (``Role.OWN``) masked in the narrative and their sightings left out (docs/privacy.md)."""
    spellings = own_spellings(report.sightings, report.own_listed)
    if not spellings:
        return report
    return replace(
        report,
        narrative=masked_own(report.narrative, spellings),
        sightings=tuple(s for s in report.sightings if s.role != OWN_ROLE),
    )


def _export_report(
    row: Any, found: tuple[ExportSighting, ...], judged: tuple[ExportVerdict, ...] = ()
) -> ExportReport:
    return ExportReport(
        id=row.id,
        owner_id=row.agency_id,
        external_id=row.external_id,
        tlp=row.tlp,
        received_at=as_utc(row.received_at),
        occurred_at=as_utc(row.occurred_at),
        victim_country=row.victim_country,
        channel=row.channel,
        narrative=row.narrative,
        loss_amount=row.loss_amount,
        loss_currency=row.loss_currency,
        loss_usd=row.loss_usd,
        scam_type=row.scam_type,
        scam_probability=row.scam_probability,
        network_id=row.network_id,
        sightings=found,
        verdicts=judged,
        own_listed=tuple(listed_own_values(row.identifiers)),
    )
