"""Values that go into and come out of a ReportStore.

A ``NewReport`` is a report ready to store: validated, pseudonymised and analysed by
the intake pipeline. A ``StoredReport`` is what reads return. Neither carries a
victim's identifying fields in clear: only the keyed hash and the attributes the
agency chose to keep.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, overload

from tipoff.errors import ValidationError
from tipoff.model import Role
from tipoff.pseudonym import REDACTED


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

    def without_own_values(self) -> StoredReport:
        """The report without the victim's own values (``Role.OWN``: the account they paid
        from, their own number; docs/privacy.md): no such sighting, each spelling of one in
        the texts, messages, payments, identifiers and assessment masked (``own_mask``), and
        every identifier listed as the victim's own replaced by [victim]."""
        own = [s for s in self.sightings if s.role == OWN_ROLE]
        listed = [i for i in self.identifiers if isinstance(i, dict) and i.get("role") == OWN_ROLE]
        if not own and not listed:
            return self
        spellings = own_spellings(own, listed_own_values(self.identifiers))
        identifiers = [
            {**i, "value": REDACTED} if isinstance(i, dict) and i.get("role") == OWN_ROLE else i
            for i in self.identifiers
        ]
        return replace(
            self,
            narrative=masked_own(self.narrative, spellings),
            messages=masked_own(self.messages, spellings),
            payments=masked_own(self.payments, spellings),
            identifiers=masked_own(identifiers, spellings),
            assessment=masked_own(self.assessment, spellings),
            sightings=tuple(s for s in self.sightings if s.role != OWN_ROLE),
        )

    def as_read_by_other(self) -> StoredReport:
        """The report as an agency that does not own it reads it: without victim pseudonyms
        and without the victim's own values (``Viewer.owns`` decides who is the owner)."""
        return self.without_pseudonyms().without_own_values()


OWN_ROLE = Role.OWN.value


def own_spellings(found: Iterable[Any], listed: Iterable[str] = ()) -> list[str]:
    """The spellings (``raw``) of the own-role sightings among ``found``, and the ``listed``
    own values as written (``listed_own_values``), longest first."""
    raws = {s.raw for s in found if s.role == OWN_ROLE and s.raw} | set(listed)
    return sorted(raws, key=len, reverse=True)


MIN_LISTED_OWN = 4  # a shorter listed own value names nobody; masking it would garble texts


def listed_own_values(identifiers: Any) -> list[str]:
    """The values a report lists in ``identifiers`` with role ``own``, as written. An own
    value no extractor reads as an indicator (a bare account number with no bank, a display
    name) has no ``own`` sighting, so without these its spellings in the texts stayed in
    clear for other agencies (attack walk of 2026-12-07)."""
    if not isinstance(identifiers, list):
        return []
    return [
        value
        for i in identifiers
        if isinstance(i, dict)
        and i.get("role") == OWN_ROLE
        and isinstance(value := i.get("value"), str)
        and len(value.strip()) >= MIN_LISTED_OWN
        and value != REDACTED
    ]


def note_as_read_by_other(note: str, own: Iterable[tuple[str, str]]) -> str:
    """An analyst's verdict note as a reader who does not own its report gets it: each of the
    report's own values, as written there (``raw``) and canonical (``value``), masked like
    the report's texts (``own_mask``)."""
    if not note:
        return note
    spellings = sorted({text for pair in own for text in pair if text}, key=len, reverse=True)
    return masked_own(note, spellings) if spellings else note


def own_mask(spelling: str) -> str:
    """What stands in a text for an own value's spelling: [victim], padded or cut to the
    spelling's length so that the offsets of everything else in the text stay true
    (``023-456789-0`` -> ``[victim]****``)."""
    n = len(spelling)
    return (REDACTED + "*" * n)[:n] if n >= len(REDACTED) else "*" * n


def masked_own(node: Any, spellings: list[str]) -> Any:
    """``node`` (a string, or lists and dicts of them) with each of the victim's own values'
    ``spellings`` (longest first) masked."""
    if isinstance(node, str):
        for spelling in spellings:
            node = node.replace(spelling, own_mask(spelling))
        return node
    if isinstance(node, list):
        return [masked_own(item, spellings) for item in node]
    if isinstance(node, dict):
        return {key: masked_own(value, spellings) for key, value in node.items()}
    return node


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
