"""Response (and documented request) bodies of the reports API."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field

from tipoff.intake.schema import ReportIn
from tipoff.store.records import StoredReport

# The largest integer a SQL backend stores (BIGINT). Integer query and path parameters are
# bounded by it, so a bigger one is a 422 naming the parameter, not a driver overflow (500).
SQL_INT_MAX = 2**63 - 1
# Counts (reports, growth) are INTEGER columns: filters on them stop at 2^31-1 (PostgreSQL).
SQL_COUNT_MAX = 2**31 - 1


class ReportBatchIn(BaseModel):
    """A batch of reports; each item is validated and stored on its own."""

    reports: list[ReportIn] = Field(description="Up to Settings.batch_limit reports.")


class FieldProblem(BaseModel):
    path: str = Field(description="Field path, e.g. body.reports.3.messages.2.text")
    message: str


class ReportAccepted(BaseModel):
    """The answer to a single report: 201 when new, 200 when it was already stored."""

    id: int
    external_id: str
    created: bool


class ItemResult(BaseModel):
    """The outcome of one item of a batch."""

    index: int
    external_id: str | None
    status: Literal["created", "exists", "rejected"]
    id: int | None = None
    errors: list[FieldProblem] = Field(default_factory=list)


class BatchResult(BaseModel):
    """The answer to a batch: counts and one result per item, in input order."""

    accepted: int
    created: int
    rejected: int
    results: list[ItemResult]


class SightingOut(BaseModel):
    kind: str
    value: str
    role: str
    raw: str
    source: str
    span_start: int | None
    span_end: int | None
    confidence: float


class ReportOut(BaseModel):
    """A stored report. Victim identity appears only as the keyed hash ``victim_key``."""

    id: int
    agency: str
    external_id: str
    received_at: datetime
    occurred_at: datetime | None
    victim_country: str | None
    language: str | None
    channel: str | None
    narrative: str
    messages: list[dict[str, Any]]
    loss_amount: Decimal | None
    loss_currency: str | None
    loss_usd: float | None
    payments: list[dict[str, Any]]
    identifiers: list[dict[str, Any]]
    reporter_scam_type: str | None
    victim_key: str | None
    victim_attrs: dict[str, Any]
    tlp: str
    scam_type: str | None
    scam_probability: float | None
    assessment: dict[str, Any] | None
    model_version: str | None
    created_at: datetime
    sightings: list[SightingOut]

    @classmethod
    def of(cls, report: StoredReport) -> ReportOut:
        fields = {f.name: getattr(report, f.name) for f in dataclasses.fields(report)}
        fields["agency"] = fields.pop("agency_code")
        fields["sightings"] = [dataclasses.asdict(s) for s in report.sightings]
        return cls.model_validate(fields)


class ReportPage(BaseModel):
    """One page of reports, newest first; pass ``next_cursor`` as ``cursor`` for the next."""

    items: list[ReportOut]
    next_cursor: str | None
