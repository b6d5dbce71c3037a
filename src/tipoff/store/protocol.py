"""The ReportStore protocol: everything intake, the API and the CLI need from storage.

Two implementations satisfy it: ``SqlReportStore`` (SQLite and PostgreSQL) and
``MemoryReportStore`` (an in-memory fake for tests of the layers above). One contract
test suite (tests/store/test_store_contract.py) runs against all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from tipoff.store.records import (
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
    StoredVerdict,
)
from tipoff.visibility import Viewer


class ReportStore(Protocol):
    """Durable home of agencies, keys, reports, indicators, sightings and the audit trail."""

    def add_agency(self, code: str, name: str, country: str | None, *, at: datetime) -> Agency:
        """Create an agency; Conflict if the code is taken."""
        ...

    def get_agency(self, code: str) -> Agency:
        """The agency with this code; NotFound otherwise."""
        ...

    def list_agencies(self) -> list[Agency]:
        """Every agency, ordered by code."""
        ...

    def add_api_key(self, agency: Agency, prefix: str, key_hash: str, *, at: datetime) -> None:
        """Store a new key (its prefix and hash only) for an agency."""
        ...

    def find_api_keys(self, prefix: str) -> list[ApiKeyRecord]:
        """Unrevoked keys with this prefix (normally one)."""
        ...

    def has_api_keys(self) -> bool:
        """Whether any unrevoked key exists (``tipoff serve`` refuses public binds otherwise)."""
        ...

    def save_reports(
        self, agency: Agency, reports: Sequence[NewReport], *, at: datetime, actor: str
    ) -> list[SavedReport]:
        """Store reports, their indicators and sightings in ONE transaction.

        Idempotent on (agency, external_id): a report already stored (or repeated in the
        batch) is not stored again and comes back with its existing id and created=False.
        Returns one SavedReport per input, in input order, only after the commit.
        """
        ...

    def get_report(self, report_id: int, *, viewer: Viewer) -> StoredReport:
        """One report with its sightings; NotFound if absent or not visible to ``viewer``.

        Absent and hidden give the same NotFound. The local CLI passes ``Viewer.operator()``
        (sees everything); the API always passes ``Viewer.agency(caller)``.
        """
        ...

    def list_reports(
        self, where: ReportFilter, *, viewer: Viewer, limit: int, cursor: str | None = None
    ) -> Page:
        """Visible reports matching ``where``, newest first, ``limit`` per page (viewer as
        above)."""
        ...

    def add_verdict(
        self, agency: Agency, verdict: NewVerdict, *, actor: str, at: datetime
    ) -> StoredVerdict:
        """Store an analyst's verdict on a report (or one of its messages) for ``agency``.

        The report must be visible to the agency (``Viewer.agency``): hidden and absent give
        the same NotFound as ``get_report``. A ``message_index`` outside the report's messages
        is a ValidationError. The verdict and its audit row are written in one transaction.
        """
        ...

    def list_verdicts(self, *, viewer: Viewer, report_id: int | None = None) -> list[StoredVerdict]:
        """Verdicts on reports ``viewer`` may see, oldest first; with ``report_id`` only that
        report's (NotFound when it is absent or hidden, as for ``get_report``)."""
        ...

    def append_audit(self, entry: AuditEntry) -> None:
        """Append one audit row (there is no way to change or remove one)."""
        ...

    def audit_entries(self, *, limit: int = 100) -> list[AuditEntry]:
        """The newest audit rows, newest first."""
        ...

    def counts(self) -> StoreCounts:
        """How many reports, indicators and sightings are stored."""
        ...
