"""tipoff -> STIX 2.1: the objects one receiver gets from a set of reports (pure, no I/O).

Every object is decided on its own (docs/sharing.md):

- a ``report`` goes only if the receiver may receive the tipoff report's marking;
- an observable, ``indicator`` or ``based-on`` relationship goes only if a report that
  goes supports it, marked with the least restrictive of those reports (knowing the value
  from one CLEAR report makes it CLEAR to know);
- a ``sighting`` counts only the reports that go, and is marked with the most restrictive
  of them (the count and dates aggregate them all);
- a network becomes a ``grouping`` (with ``related-to`` relationships from its linking
  indicators) only if at least two of its reports go, marked like the sighting.

Dicts are built directly (no ``stix2`` objects): this is the hot path of every export.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tipoff.model import TLP
from tipoff.share.extension import EXTENSION_ID
from tipoff.share.markings import marking_ref
from tipoff.share.observables import observable
from tipoff.share.reads import ExportReport
from tipoff.share.receivers import Receiver
from tipoff.share.stix_ids import local_id, relationship_id

# Reports whose (already redacted) narrative may leave: restricted to the receiving
# organisation. CLEAR and GREEN reports spread widely, so they carry structured facts only.
NARRATIVE_LEAVES: frozenset[str] = frozenset({TLP.AMBER.value, TLP.AMBER_STRICT.value})
# A victim merely mentioning a value is no reason to block it, and a third party they cite
# (the police line they called, their bank's hotline: role "reference") must never be.
BLOCKABLE_ROLES_EXCLUDED = frozenset({"mentioned", "reference"})
_RANK = {t.value: t.rank for t in TLP}
_KIND_WORDS = {
    "phone": "Phone number",
    "iban": "Bank account (IBAN)",
    "bank_account": "Bank account",
    "wallet": "Crypto wallet",
    "domain": "Domain",
    "url": "Link",
    "email": "E-mail address",
    "handle": "Messenger account",
}


def stix_time(moment: datetime) -> str:
    """STIX timestamp (UTC, microseconds, ``Z``)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def read_stix_time(value: Any) -> datetime | None:
    """The UTC time of a STIX timestamp from a received object; None when it is not one
    (a time without a zone is read as UTC)."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        # In UTC, a time at the ends of the calendar (9999-12-31T23:59-01:00) overflows.
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


@dataclass(slots=True)
class _Support:
    """What the exported reports say about one identifier."""

    sco: dict[str, Any]
    pattern: str
    reports: list[ExportReport] = field(default_factory=list)
    blockable: list[ExportReport] = field(default_factory=list)
    blockable_ids: set[int] = field(default_factory=set)
    confidence: float = 0.0
    scam_types: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Mapped:
    """The STIX objects for one receiver, and the tipoff reports they came from."""

    objects: list[dict[str, Any]]
    report_ids: list[int]
    markings: frozenset[str]


class _Builder:
    def __init__(self, sender_code: str, identity_ref: str) -> None:
        self.code = sender_code
        self.identity = identity_ref
        self.objects: list[dict[str, Any]] = []
        self.support: dict[tuple[str, str], _Support] = {}
        self.indicator_ids: dict[tuple[str, str], str] = {}
        self.times: dict[int, str] = {}
        self.refs: dict[int, str] = {}

    def ref_of(self, report: ExportReport) -> str:
        found = self.refs.get(report.id)
        if found is None:
            found = self.refs[report.id] = local_id("report", self.code, report.external_id)
        return found

    def time_of(self, report: ExportReport) -> str:
        found = self.times.get(report.id)
        if found is None:
            found = self.times[report.id] = stix_time(report.received_at)
        return found

    def collect(self, report: ExportReport) -> None:
        for sighting in report.sightings:
            # Warninglisted values, and values a report only mentions or cites as a reference
            # (a police hotline, the victim's bank, a friend's address), are no scam values:
            # they leave in no export, as in the CSV/JSON Lines tables and the blocklists.
            if sighting.common or sighting.role in BLOCKABLE_ROLES_EXCLUDED:
                continue
            key = (sighting.kind, sighting.value)
            support = self.support.get(key)
            if support is None:
                mapped = observable(sighting.kind, sighting.value)
                if mapped is None:
                    continue
                support = self.support[key] = _Support(*mapped)
            if not support.reports or support.reports[-1] is not report:
                support.reports.append(report)
            if report.id not in support.blockable_ids:
                support.blockable_ids.add(report.id)
                support.blockable.append(report)
            support.confidence = max(support.confidence, sighting.confidence)
            if report.scam_type:
                support.scam_types.add(report.scam_type)


def _loosest(reports: Iterable[ExportReport]) -> str:
    return min((r.tlp for r in reports), key=_RANK.__getitem__)


def _strictest(reports: Iterable[ExportReport]) -> str:
    return max((r.tlp for r in reports), key=_RANK.__getitem__)


def map_reports(
    reports: Iterable[ExportReport], *, sender_code: str, identity_ref: str, receiver: Receiver
) -> Mapped:
    """The objects ``receiver`` gets from ``reports`` (identity, markings excluded)."""
    sent = [r for r in reports if receiver.may_receive(r.tlp, r.owner_id)]
    build = _Builder(sender_code, identity_ref)
    for report in sent:
        build.collect(report)
    _identifiers(build)
    refs = _report_refs(build)
    for report in sent:
        build.objects.append(_report(build, report, refs.get(report.id, [])))
    _networks(build, sent)
    markings = frozenset(marking for o in build.objects for marking in _markings(o))
    return Mapped(build.objects, [r.id for r in sent], markings)


def _markings(obj: dict[str, Any]) -> list[str]:
    refs: list[str] = obj.get("object_marking_refs", [])
    return refs


def _identifiers(build: _Builder) -> None:
    for key, support in build.support.items():
        sco = dict(support.sco)
        sco["object_marking_refs"] = [marking_ref(_loosest(support.reports))]
        build.objects.append(sco)
        if support.blockable:
            _indicator(build, key, support)


def _indicator(build: _Builder, key: tuple[str, str], support: _Support) -> None:
    backing = support.blockable
    times = [build.time_of(r) for r in backing]
    first, last = min(times), max(times)
    ref = local_id("indicator", build.code, f"{key[0]}:{key[1]}")
    build.indicator_ids[key] = ref
    loose = [marking_ref(_loosest(backing))]
    indicator: dict[str, Any] = {
        "type": "indicator",
        "spec_version": "2.1",
        "id": ref,
        "created_by_ref": build.identity,
        "created": first,
        "modified": last,
        "name": f"{key[0]}: {key[1]}",
        "description": f"{_KIND_WORDS.get(key[0], key[0])} used in scams reported to {build.code}",
        "indicator_types": ["malicious-activity"],
        "pattern": support.pattern,
        "pattern_type": "stix",
        "valid_from": first,
        "confidence": round(support.confidence * 100),
        "object_marking_refs": loose,
    }
    if support.scam_types:
        indicator["labels"] = sorted(f"scam-type:{t}" for t in support.scam_types)
    based_on = relationship_id(ref, "based-on", support.sco["id"])
    build.objects.append(indicator)
    build.objects.append(_relationship(build, based_on, ref, "based-on", support.sco["id"], loose))
    build.objects.append(_sighting(build, ref, backing, first, last))


def _relationship(
    build: _Builder, ref: str, source: str, kind: str, target: str, marking: list[str]
) -> dict[str, Any]:
    return {
        "type": "relationship",
        "spec_version": "2.1",
        "id": ref,
        "created_by_ref": build.identity,
        "created": _EPOCH,
        "modified": _EPOCH,
        "relationship_type": kind,
        "source_ref": source,
        "target_ref": target,
        "object_marking_refs": marking,
    }


# Relationships are facts about their ends, not events: a fixed timestamp keeps the object
# identical on every export (same id, same modified, same content, as STIX requires).
_EPOCH = "2020-01-01T00:00:00.000000Z"


def _sighting(
    build: _Builder, indicator_ref: str, backing: list[ExportReport], first: str, last: str
) -> dict[str, Any]:
    return {
        "type": "sighting",
        "spec_version": "2.1",
        "id": local_id("sighting", build.code, indicator_ref),
        "created_by_ref": build.identity,
        "created": first,
        "modified": last,
        "sighting_of_ref": indicator_ref,
        "where_sighted_refs": [build.identity],
        "count": len(backing),
        "first_seen": first,
        "last_seen": last,
        "object_marking_refs": [marking_ref(_strictest(backing))],
    }


def _report_refs(build: _Builder) -> dict[int, list[str]]:
    refs: dict[int, list[str]] = {}
    for key, support in build.support.items():
        indicator = build.indicator_ids.get(key)
        for report in support.reports:
            found = refs.setdefault(report.id, [])
            found.append(support.sco["id"])
            if indicator is not None and report.id in support.blockable_ids:
                found.append(indicator)
    return refs


def _report(build: _Builder, report: ExportReport, refs: list[str]) -> dict[str, Any]:
    when = build.time_of(report)
    facts: dict[str, Any] = {"extension_type": "property-extension"}
    for name in ("victim_country", "loss_currency", "loss_usd", "scam_type", "channel"):
        value = getattr(report, name)
        if value is not None:
            facts[name] = value
    if report.loss_amount is not None:
        facts["loss_amount"] = str(report.loss_amount)
    if report.occurred_at is not None:
        facts["occurred_at"] = stix_time(report.occurred_at)
    obj: dict[str, Any] = {
        "type": "report",
        "spec_version": "2.1",
        "id": build.ref_of(report),
        "created_by_ref": build.identity,
        "created": when,
        "modified": when,
        "name": f"Scam report: {report.scam_type or 'unclassified'}, "
        f"victim in {report.victim_country or 'unknown country'}",
        "published": when,
        "report_types": ["threat-report"],
        "object_refs": refs or [build.identity],
        "object_marking_refs": [marking_ref(report.tlp)],
        "extensions": {EXTENSION_ID: facts},
    }
    if report.scam_probability is not None:
        obj["confidence"] = round(report.scam_probability * 100)
    if report.scam_type:
        obj["labels"] = [f"scam-type:{report.scam_type}"]
    if report.narrative and report.tlp in NARRATIVE_LEAVES:
        obj["description"] = report.narrative
    return obj


def _networks(build: _Builder, sent: list[ExportReport]) -> None:
    """One ``grouping`` per part of a network that the exported reports alone connect.

    Two reports joined only through a report the receiver does not get are not shown as
    linked: the link would be a fact derived from the hidden report.
    """
    parent: dict[int, int] = {}

    def root(report_id: int) -> int:
        while parent.setdefault(report_id, report_id) != report_id:
            report_id = parent[report_id]
        return report_id

    shared: dict[int, set[str]] = {}
    for key, ref in build.indicator_ids.items():
        per_network: dict[int, list[ExportReport]] = {}
        for report in build.support[key].blockable:
            if report.network_id is not None:
                per_network.setdefault(report.network_id, []).append(report)
        for reports in per_network.values():
            for other in reports[1:]:
                parent[root(other.id)] = root(reports[0].id)
            if len(reports) >= 2:
                for report in reports:
                    shared.setdefault(report.id, set()).add(ref)
    parts: dict[int, list[ExportReport]] = {}
    for report in sent:
        if report.id in shared:
            parts.setdefault(root(report.id), []).append(report)
    named: set[int] = set()
    for members in sorted(parts.values(), key=lambda m: (-len(m), m[0].id)):
        network_id = members[0].network_id or 0
        name = (
            str(network_id) if network_id not in named else f"{network_id}/{members[0].external_id}"
        )
        named.add(network_id)
        linking = sorted({ref for r in members for ref in shared[r.id]})
        _grouping(build, name, members, linking)


def _grouping(build: _Builder, key: str, reports: list[ExportReport], linking: list[str]) -> None:
    ref = local_id("grouping", build.code, key)
    marking = [marking_ref(_strictest(reports))]
    times = [build.time_of(r) for r in reports]
    build.objects.append(
        {
            "type": "grouping",
            "spec_version": "2.1",
            "id": ref,
            "created_by_ref": build.identity,
            "created": min(times),
            "modified": max(times),
            "name": f"tipoff network {key}",
            "context": "suspicious-activity",
            "object_refs": [build.ref_of(r) for r in reports] + linking,
            "object_marking_refs": marking,
        }
    )
    for indicator in linking:
        edge = relationship_id(indicator, "related-to", ref)
        build.objects.append(_relationship(build, edge, indicator, "related-to", ref, marking))
