"""Values that go into and come out of a ReportStore.

A ``NewReport`` is a report ready to store: validated, pseudonymised and analysed by
the intake pipeline. A ``StoredReport`` is what reads return. Neither carries a
victim's identifying fields in clear: only the keyed hash and the attributes the
agency chose to keep.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, overload

from tipoff.errors import ValidationError


@overload
def as_utc(moment: datetime) -> datetime: ...


@overload
def as_utc(moment: None) -> None: ...


@overload
def as_utc(moment: datetime | None) -> datetime | None: ...


def as_utc(moment: datetime | None) -> datetime | None:
    """The same instant in UTC; a naive time is taken to be UTC already (SQLite drops offsets)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Agency:
    """A receiving agency (police, anti-scam centre, bank) with its own API keys and reports."""

    id: int
    code: str
    name: str
    country: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ApiKeyRecord:
    """A stored API key: only its public prefix and the SHA-256 of the whole key."""

    agency: Agency
    prefix: str
    key_hash: str


@dataclass(frozen=True, slots=True)
class NewSighting:
    """One indicator as found in one part (``source``) of a report about to be stored."""

    kind: str
    value: str
    role: str
    raw: str
    source: str
    span_start: int | None = None
    span_end: int | None = None
    confidence: float = 1.0
    common: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.value)


@dataclass(frozen=True, slots=True)
class NewReport:
    """A validated, pseudonymised, analysed report ready for ``ReportStore.save_reports``."""

    external_id: str
    received_at: datetime
    tlp: str
    occurred_at: datetime | None = None
    victim_country: str | None = None
    language: str | None = None
    channel: str | None = None
    narrative: str = ""
    messages: list[dict[str, Any]] = field(default_factory=list)
    loss_amount: Decimal | None = None
    loss_currency: str | None = None
    loss_usd: float | None = None
    payments: list[dict[str, Any]] = field(default_factory=list)
    identifiers: list[dict[str, Any]] = field(default_factory=list)
    reporter_scam_type: str | None = None
    victim_key: str | None = None
    victim_attrs: dict[str, Any] = field(default_factory=dict)
    scam_type: str | None = None
    scam_probability: float | None = None
    assessment: dict[str, Any] | None = None
    model_version: str | None = None
    sightings: tuple[NewSighting, ...] = ()


@dataclass(frozen=True, slots=True)
class SavedReport:
    """The outcome of saving one report: its id, and False if it was already stored."""

    external_id: str
    id: int
    created: bool


@dataclass(frozen=True, slots=True)
class StoredSighting:
    kind: str
    value: str
    role: str
    raw: str
    source: str
    span_start: int | None
    span_end: int | None
    confidence: float


@dataclass(frozen=True, slots=True)
class StoredReport:
    """A report as read back, with the code of the agency that owns it and its sightings."""

    id: int
    agency_code: str
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
    sightings: tuple[StoredSighting, ...] = ()

    def without_pseudonyms(self) -> StoredReport:
        """The report as a reader who does not own it gets it: no ``victim_key`` and no
        ``victim_attrs["hashes"]`` (kept attributes such as the age band stay)."""
        attrs = {k: v for k, v in self.victim_attrs.items() if k != PSEUDONYMS}
        return replace(self, victim_key=None, victim_attrs=attrs)


PSEUDONYMS = "hashes"  # the key of victim_attrs holding one keyed hash per identifying field


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """Filters of a report listing; None means "any"."""

    country: str | None = None
    scam_type: str | None = None
    channel: str | None = None
    agency: str | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None
    report_ids: frozenset[int] | None = None  # only these reports (a network's members)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing and the opaque cursor of the next (None on the last page)."""

    items: list[StoredReport]
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One row of the append-only audit trail: who did what to which object."""

    at: datetime
    actor: str
    action: str
    object_type: str
    object_ref: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)


# An analyst's judgement of a report or one of its messages (tipoff.verdicts checks values).
VERDICT_VALUES: tuple[str, ...] = ("scam", "not_scam", "spam")


@dataclass(frozen=True, slots=True)
class NewVerdict:
    """An analyst's verdict about to be stored: on the whole report (``message_index`` None)
    or on one of its messages (``messages[message_index]``)."""

    report_id: int
    verdict: str  # one of VERDICT_VALUES
    message_index: int | None = None
    scam_type: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class StoredVerdict:
    """A stored verdict: what was judged, the judgement, and who gave it when."""

    id: int
    report_id: int
    message_index: int | None
    verdict: str
    scam_type: str | None
    note: str
    agency_code: str
    actor: str  # "user:NAME", "key:PREFIX" or "cli:OS-USER"; OTHER_AGENCY_ACTOR to others
    created_at: datetime


# Who gave another agency's verdict, as other readers see it: its analysts' account names and
# key prefixes are that agency's (a name is personal data, a prefix was a lockout target).
OTHER_AGENCY_ACTOR = "analyst"


def check_verdict(verdict: NewVerdict, message_count: int) -> None:
    """ValidationError unless the verdict is a known value, on the report or one of its
    ``message_count`` messages."""
    if verdict.verdict not in VERDICT_VALUES:
        raise ValidationError(f"must be one of {', '.join(VERDICT_VALUES)}", path="verdict")
    index = verdict.message_index
    if index is not None and not 0 <= index < message_count:
        raise ValidationError(
            f"report {verdict.report_id} has {message_count} message(s); "
            f"there is no message {index}",
            path="message_index",
        )


def verdict_audit(verdict: NewVerdict, actor: str, at: datetime) -> AuditEntry:
    """The audit row of a recorded verdict (the note is not copied into the audit trail)."""
    detail: dict[str, Any] = {"verdict": verdict.verdict, "message_index": verdict.message_index}
    if verdict.scam_type:
        detail["scam_type"] = verdict.scam_type
    return AuditEntry(as_utc(at), actor, "verdict", "report", str(verdict.report_id), detail)


@dataclass(frozen=True, slots=True)
class StoreCounts:
    reports: int
    indicators: int
    sightings: int
