"""An in-memory ReportStore: the fake that tests of the layers above run against.

It follows the same contract as SqlReportStore (tests/store/test_store_contract.py
runs against both) but keeps everything in dicts and stores nothing durably.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from tipoff.errors import Conflict, NotFound
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
from tipoff.visibility import Viewer


@dataclass(slots=True)
class _Indicator:
    id: int
    first_seen: datetime
    last_seen: datetime
    common: bool
    report_ids: set[int] = field(default_factory=set)


class MemoryReportStore:
    """ReportStore kept in process memory."""

    def __init__(self) -> None:
        self._agencies: dict[str, Agency] = {}
        self._keys: list[tuple[ApiKeyRecord, bool]] = []
        self._reports: dict[int, tuple[int, StoredReport]] = {}  # id -> (agency id, report)
        self._by_external: dict[tuple[int, str], int] = {}
        self._indicators: dict[tuple[str, str], _Indicator] = {}
        self._sighting_count = 0
        self._audit: list[AuditEntry] = []
        self._verdicts: list[StoredVerdict] = []

    def add_agency(self, code: str, name: str, country: str | None, *, at: datetime) -> Agency:
        if code in self._agencies:
            raise Conflict(f"agency {code!r} already exists")
        agency = Agency(len(self._agencies) + 1, code, name, country, as_utc(at))
        self._agencies[code] = agency
        return agency

    def get_agency(self, code: str) -> Agency:
        if code not in self._agencies:
            raise NotFound(f"no agency with code {code!r} (create it with `tipoff agency add`)")
        return self._agencies[code]

    def list_agencies(self) -> list[Agency]:
        return sorted(self._agencies.values(), key=lambda agency: agency.code)

    def add_api_key(self, agency: Agency, prefix: str, key_hash: str, *, at: datetime) -> None:
        self._keys.append((ApiKeyRecord(agency, prefix, key_hash), True))

    def find_api_keys(self, prefix: str) -> list[ApiKeyRecord]:
        return [record for record, active in self._keys if active and record.prefix == prefix]

    def has_api_keys(self) -> bool:
        return any(active for _record, active in self._keys)

    def save_reports(
        self, agency: Agency, reports_in: Sequence[NewReport], *, at: datetime, actor: str
    ) -> list[SavedReport]:
        outcomes: list[SavedReport] = []
        for report in reports_in:
            existing = self._by_external.get((agency.id, report.external_id))
            if existing is not None:
                outcomes.append(SavedReport(report.external_id, existing, False))
                continue
            report_id = len(self._reports) + 1
            self._store(agency, report_id, report, at)
            outcomes.append(SavedReport(report.external_id, report_id, True))
        new_ids = [o.id for o in outcomes if o.created]
        detail: dict[str, object] = {"received": len(outcomes), "created": len(new_ids)}
        if new_ids:
            detail |= {"first_id": min(new_ids), "last_id": max(new_ids)}
        self._audit.append(AuditEntry(as_utc(at), actor, "write", "report", agency.code, detail))
        return outcomes

    def _store(self, agency: Agency, report_id: int, report: NewReport, at: datetime) -> None:
        seen = as_utc(report.occurred_at or report.received_at)
        assert seen is not None
        for sighting in report.sightings:
            indicator = self._indicators.setdefault(
                sighting.key, _Indicator(len(self._indicators) + 1, seen, seen, False)
            )
            indicator.first_seen = min(indicator.first_seen, seen)
            indicator.last_seen = max(indicator.last_seen, seen)
            indicator.common = indicator.common or sighting.common
            indicator.report_ids.add(report_id)
        self._sighting_count += len(report.sightings)
        stored = StoredReport(
            id=report_id,
            agency_code=agency.code,
            external_id=report.external_id,
            received_at=as_utc(report.received_at),
            occurred_at=as_utc(report.occurred_at),
            victim_country=report.victim_country,
            language=report.language,
            channel=report.channel,
            narrative=report.narrative,
            messages=copy.deepcopy(report.messages),
            loss_amount=report.loss_amount,
            loss_currency=report.loss_currency,
            loss_usd=report.loss_usd,
            payments=copy.deepcopy(report.payments),
            identifiers=copy.deepcopy(report.identifiers),
            reporter_scam_type=report.reporter_scam_type,
            victim_key=report.victim_key,
            victim_attrs=copy.deepcopy(report.victim_attrs),
            tlp=report.tlp,
            scam_type=report.scam_type,
            scam_probability=report.scam_probability,
            assessment=copy.deepcopy(report.assessment),
            model_version=report.model_version,
            created_at=as_utc(at),
            sightings=tuple(
                StoredSighting(
                    s.kind, s.value, s.role, s.raw, s.source, s.span_start, s.span_end, s.confidence
                )
                for s in report.sightings
            ),
        )
        self._reports[report_id] = (agency.id, stored)
        self._by_external[(agency.id, report.external_id)] = report_id

    def get_report(self, report_id: int, *, viewer: Viewer) -> StoredReport:
        entry = self._reports.get(report_id)
        if entry is None or not viewer.sees(entry[1].tlp, entry[0]):
            raise NotFound(f"no report {report_id} visible to {viewer.describe()}")
        return _as_seen(entry[1], entry[0], viewer)

    def list_reports(
        self, where: ReportFilter, *, viewer: Viewer, limit: int, cursor: str | None = None
    ) -> Page:
        before = decode_cursor(cursor) if cursor is not None else None
        matching = [
            _as_seen(report, owner, viewer)
            for report_id, (owner, report) in sorted(self._reports.items(), reverse=True)
            if (before is None or report_id < before)
            and viewer.sees(report.tlp, owner)
            and _matches(report, where)
        ]
        items = matching[:limit]
        next_cursor = encode_cursor(items[-1].id) if len(matching) > limit else None
        return Page(items, next_cursor)

    def add_verdict(
        self, agency: Agency, verdict: NewVerdict, *, actor: str, at: datetime
    ) -> StoredVerdict:
        report = self.get_report(verdict.report_id, viewer=Viewer.agency(agency.id))
        check_verdict(verdict, len(report.messages))
        stored = StoredVerdict(
            len(self._verdicts) + 1,
            verdict.report_id,
            verdict.message_index,
            verdict.verdict,
            verdict.scam_type,
            verdict.note,
            agency.code,
            actor,
            as_utc(at),
        )
        self._verdicts.append(stored)
        self._audit.append(verdict_audit(verdict, actor, at))
        return stored

    def list_verdicts(self, *, viewer: Viewer, report_id: int | None = None) -> list[StoredVerdict]:
        if report_id is not None:
            self.get_report(report_id, viewer=viewer)  # NotFound when absent or hidden
        return [
            self._as_seen_verdict(verdict, viewer)
            for verdict in self._verdicts
            if (report_id is None or verdict.report_id == report_id)
            and viewer.sees(
                self._reports[verdict.report_id][1].tlp, self._reports[verdict.report_id][0]
            )
        ]

    def _as_seen_verdict(self, verdict: StoredVerdict, viewer: Viewer) -> StoredVerdict:
        """Another agency's actor is "analyst"; a reader who does not own the report gets the
        note with the report's own values masked (as the report's texts)."""
        if not viewer.owns(self._agencies[verdict.agency_code].id):
            verdict = replace(verdict, actor=OTHER_AGENCY_ACTOR)
        owner, report = self._reports[verdict.report_id]
        if viewer.owns(owner):
            return verdict
        own = [(s.raw, s.value) for s in report.sightings if s.role == OWN_ROLE]
        own += [(value, value) for value in listed_own_values(report.identifiers)]
        return replace(verdict, note=note_as_read_by_other(verdict.note, own))

    def append_audit(self, entry: AuditEntry) -> None:
        self._audit.append(replace(entry, at=as_utc(entry.at), detail=copy.deepcopy(entry.detail)))

    def audit_entries(self, *, limit: int = 100) -> list[AuditEntry]:
        return list(reversed(self._audit))[:limit]

    def counts(self) -> StoreCounts:
        return StoreCounts(len(self._reports), len(self._indicators), self._sighting_count)


def _matches(report: StoredReport, where: ReportFilter) -> bool:
    checks = (
        where.country is None or report.victim_country == where.country.upper(),
        where.scam_type is None or report.scam_type == where.scam_type,
        where.channel is None or report.channel == where.channel,
        where.agency is None or report.agency_code == where.agency,
        where.received_from is None or report.received_at >= as_utc(where.received_from),
        where.received_to is None or report.received_at < as_utc(where.received_to),
        where.report_ids is None or report.id in where.report_ids,
    )
    return all(checks)


def _as_seen(report: StoredReport, owner: int, viewer: Viewer) -> StoredReport:
    """A copy of ``report`` for ``viewer``: victim pseudonyms and own values only for its owner."""
    return replace(report) if viewer.owns(owner) else report.as_read_by_other()
