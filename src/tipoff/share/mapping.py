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

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tipoff.indicators.handles import SOCIAL_PLATFORMS
from tipoff.model import TLP
from tipoff.share.extension import EXTENSION_ID
from tipoff.share.markings import marking_ref
from tipoff.share.observables import observable
from tipoff.share.reads import ExportReport, ExportVerdict
from tipoff.share.receivers import Receiver
from tipoff.share.stix_ids import local_id, relationship_id

# Reports whose (already redacted) narrative may leave: restricted to the receiving
# organisation. CLEAR and GREEN reports spread widely, so they carry structured facts only.
NARRATIVE_LEAVES: frozenset[str] = frozenset({TLP.AMBER.value, TLP.AMBER_STRICT.value})
# A victim merely mentioning a value is no reason to block it, and a third party they cite
# (the police line they called, their bank's hotline: role "reference") must never be, nor a
# service they bought from (an exchange, a crypto ATM, an OTC seller: role "service"), nor the
# victim's own account or number (role "own"; a crew's use of it shows in its payers' reports),
# nor a number its carrier has given to a new subscriber (role "reissued": blocking it blocks
# an innocent person).
BLOCKABLE_ROLES_EXCLUDED = frozenset({"mentioned", "reference", "service", "own", "reissued"})
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
_SOCIAL_PREFIXES = tuple(f"{platform}:" for platform in sorted(SOCIAL_PLATFORMS))


def _kind_words(kind: str, value: str) -> str:
    """How an indicator's description names its kind ("Social-media account" for a handle
    on Instagram, Facebook, TikTok, Snapchat or X)."""
    if kind == "handle" and value.startswith(_SOCIAL_PREFIXES):
        return "Social-media account"
    return _KIND_WORDS.get(kind, kind)


def stix_time(moment: datetime) -> str:
    """STIX timestamp (UTC, microseconds, ``Z``) of a UTC time."""
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


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
class _Seen:
    """What the mapping keeps of a report between its two passes (never the report itself):
    the fields identifiers, sightings and groupings derive from."""

    position: int  # order among the reports that go
    id: int
    tlp: str
    time: str
    external_id: str
    network_id: int | None


@dataclass(slots=True)
class _Support:
    """What the exported reports say about one identifier (aggregates, no report list)."""

    sco: dict[str, Any]
    pattern: str
    order: int  # first mention among the reports that go: the order of objects and refs
    # Every report naming it backs a block (_collect skips the excluded roles).
    loosest: int = 99  # rank of the least restrictive marking of the reports naming it
    strictest: int = -1
    count: int = 0  # reports naming it
    first: str = ""
    last: str = ""
    last_backer: _Seen | None = None
    networked: list[_Seen] | None = None  # backers in a network (None: none yet)
    confidence: float = 0.0
    scam_types: set[str] | None = None


@dataclass(frozen=True, slots=True)
class Mapped:
    """The STIX objects for one receiver, and the tipoff reports they came from."""

    objects: list[dict[str, Any]]
    report_ids: list[int]
    markings: frozenset[str]


_MARKING_BY_RANK = {t.rank: t.value for t in TLP}


class MappingStream:
    """The objects one receiver gets, produced one at a time from two reads of the reports.

    ``read`` returns a fresh iterable of the same reports (a list, or a second query in the
    same snapshot). Construction runs the first pass: per identifier, aggregates only
    (markings, dates, counts) and, per report naming an identifier, a few fields; so what is
    kept grows with the identifiers, not with the reports' contents. ``objects()`` yields
    identifiers, then reports (the second pass), then groupings, each as a dict built for
    this receiver (the one rule decides each report; derived objects count only those).
    """

    def __init__(
        self,
        read: Callable[[], Iterable[ExportReport]],
        *,
        sender_code: str,
        identity_ref: str,
        receiver: Receiver,
    ) -> None:
        self.read = read
        self.code = sender_code
        self.identity = identity_ref
        self.receiver = receiver
        self.support: dict[tuple[str, str], _Support] = {}
        self.indicator_ids: dict[tuple[str, str], str] = {}
        self.reports_read = 0  # the reports ``read`` gave
        self.reports = 0  # those that go to the receiver
        levels: set[str] = set()
        for report in read():
            self.reports_read += 1
            if not receiver.may_receive(report.tlp, report.owner_id):
                continue
            levels.add(report.tlp)
            self._collect(report)
            self.reports += 1
        # Every report that goes carries its own marking, and every derived object the
        # marking of one of them: the markings used are exactly the reports' markings.
        self.markings = frozenset(marking_ref(level) for level in levels)

    def _collect(self, report: ExportReport) -> None:
        seen: _Seen | None = None
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
                support = self.support[key] = _Support(*mapped, order=len(self.support))
            if seen is None:
                seen = _Seen(
                    self.reports,
                    report.id,
                    report.tlp,
                    stix_time(report.received_at),
                    report.external_id,
                    report.network_id,
                )
            if support.last_backer is not seen:
                support.last_backer = seen
                support.count += 1
                rank = _RANK[report.tlp]
                if rank < support.loosest:
                    support.loosest = rank
                if rank > support.strictest:
                    support.strictest = rank
                if not support.first or seen.time < support.first:
                    support.first = seen.time
                if seen.time > support.last:
                    support.last = seen.time
                if seen.network_id is not None:
                    if support.networked is None:
                        support.networked = []
                    support.networked.append(seen)
            support.confidence = max(support.confidence, sighting.confidence)
            if report.scam_type:
                if support.scam_types is None:
                    support.scam_types = set()
                support.scam_types.add(report.scam_type)

    def objects(self) -> Iterator[dict[str, Any]]:
        """Identifiers (observable, indicator, based-on, sighting), reports, groupings."""
        for key, support in self.support.items():
            sco = dict(support.sco)
            sco["object_marking_refs"] = [marking_ref(_MARKING_BY_RANK[support.loosest])]
            yield sco
            yield from self._indicator(key, support)
        for report in self.read():
            if self.receiver.may_receive(report.tlp, report.owner_id):
                yield _report(self, report, self._refs(report))
                for verdict in report.verdicts:
                    yield _opinion(self, report, verdict)
        yield from _networks(self)

    def _refs(self, report: ExportReport) -> list[str]:
        """Ids the report object refers to: its identifiers' observables and their
        indicators, in the order the identifiers were first named."""
        named: dict[tuple[str, str], None] = {}
        for sighting in report.sightings:
            if sighting.common or sighting.role in BLOCKABLE_ROLES_EXCLUDED:
                continue
            key = (sighting.kind, sighting.value)
            if key in self.support:
                named[key] = None
        refs: list[str] = []
        keys = sorted(named, key=self._order) if len(named) > 1 else named
        for key in keys:
            refs.append(self.support[key].sco["id"])
            indicator = self.indicator_ids.get(key)
            if indicator is not None:
                refs.append(indicator)
        return refs

    def _order(self, key: tuple[str, str]) -> int:
        return self.support[key].order

    def ref_of(self, external_id: str) -> str:
        return local_id("report", self.code, external_id)

    def _indicator(self, key: tuple[str, str], support: _Support) -> Iterator[dict[str, Any]]:
        first, last = support.first, support.last
        ref = local_id("indicator", self.code, f"{key[0]}:{key[1]}")
        self.indicator_ids[key] = ref
        loose = [marking_ref(_MARKING_BY_RANK[support.loosest])]
        indicator: dict[str, Any] = {
            "type": "indicator",
            "spec_version": "2.1",
            "id": ref,
            "created_by_ref": self.identity,
            "created": first,
            "modified": last,
            "name": f"{key[0]}: {key[1]}",
            "description": (f"{_kind_words(key[0], key[1])} used in scams reported to {self.code}"),
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
        yield indicator
        yield _relationship(self, based_on, ref, "based-on", support.sco["id"], loose)
        yield {
            "type": "sighting",
            "spec_version": "2.1",
            "id": local_id("sighting", self.code, ref),
            "created_by_ref": self.identity,
            "created": first,
            "modified": last,
            "sighting_of_ref": ref,
            "where_sighted_refs": [self.identity],
            "count": support.count,
            "first_seen": first,
            "last_seen": last,
            "object_marking_refs": [marking_ref(_MARKING_BY_RANK[support.strictest])],
        }


def map_reports(
    reports: Iterable[ExportReport], *, sender_code: str, identity_ref: str, receiver: Receiver
) -> Mapped:
    """The objects ``receiver`` gets from ``reports`` (identity, markings excluded)."""
    kept = reports if isinstance(reports, list | tuple) else list(reports)
    stream = MappingStream(
        lambda: kept, sender_code=sender_code, identity_ref=identity_ref, receiver=receiver
    )
    objects = list(stream.objects())
    sent = [r.id for r in kept if receiver.may_receive(r.tlp, r.owner_id)]
    return Mapped(objects, sent, stream.markings)


def _relationship(
    build: MappingStream, ref: str, source: str, kind: str, target: str, marking: list[str]
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


def _report(build: MappingStream, report: ExportReport, refs: list[str]) -> dict[str, Any]:
    when = stix_time(report.received_at)
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
        "id": build.ref_of(report.external_id),
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


# An analyst's verdict as a STIX opinion on the report (does the analyst agree that it is
# what the report says, a scam?): confirmed scam, unwanted but no scam, not a scam.
_OPINION = {"scam": "strongly-agree", "spam": "disagree", "not_scam": "strongly-disagree"}


def _opinion(build: MappingStream, report: ExportReport, verdict: ExportVerdict) -> dict[str, Any]:
    """The agency's analyst verdict on ``report`` under the report's marking; who gave it and
    the note stay inside."""
    when = stix_time(verdict.created_at)
    labels = [f"verdict:{verdict.verdict}"]
    if verdict.scam_type:
        labels.append(f"scam-type:{verdict.scam_type}")
    return {
        "type": "opinion",
        "spec_version": "2.1",
        "id": local_id("opinion", build.code, f"{report.external_id}|{when}|{verdict.verdict}"),
        "created_by_ref": build.identity,
        "created": when,
        "modified": when,
        "explanation": f"Analyst verdict: {verdict.verdict.replace('_', ' ')}",
        "opinion": _OPINION.get(verdict.verdict, "neutral"),
        "object_refs": [build.ref_of(report.external_id)],
        "labels": labels,
        "object_marking_refs": [marking_ref(report.tlp)],
    }


def _networks(build: MappingStream) -> Iterator[dict[str, Any]]:
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
    members_by_id: dict[int, _Seen] = {}
    for key, ref in build.indicator_ids.items():
        per_network: dict[int, list[_Seen]] = {}
        for report in build.support[key].networked or ():
            per_network.setdefault(report.network_id or 0, []).append(report)
        for reports in per_network.values():
            for other in reports[1:]:
                parent[root(other.id)] = root(reports[0].id)
            if len(reports) >= 2:
                for report in reports:
                    shared.setdefault(report.id, set()).add(ref)
                    members_by_id[report.id] = report
    parts: dict[int, list[_Seen]] = {}
    for report in sorted(members_by_id.values(), key=lambda r: r.position):
        parts.setdefault(root(report.id), []).append(report)
    named: set[int] = set()
    for members in sorted(parts.values(), key=lambda m: (-len(m), m[0].id)):
        network_id = members[0].network_id or 0
        name = (
            str(network_id) if network_id not in named else f"{network_id}/{members[0].external_id}"
        )
        named.add(network_id)
        linking = sorted({ref for r in members for ref in shared[r.id]})
        yield from _grouping(build, name, members, linking)


def _grouping(
    build: MappingStream, key: str, reports: list[_Seen], linking: list[str]
) -> Iterator[dict[str, Any]]:
    ref = local_id("grouping", build.code, key)
    marking = [marking_ref(max((r.tlp for r in reports), key=_RANK.__getitem__))]
    times = [r.time for r in reports]
    yield {
        "type": "grouping",
        "spec_version": "2.1",
        "id": ref,
        "created_by_ref": build.identity,
        "created": min(times),
        "modified": max(times),
        "name": f"tipoff network {key}",
        "context": "suspicious-activity",
        "object_refs": [build.ref_of(r.external_id) for r in reports] + linking,
        "object_marking_refs": marking,
    }
    for indicator in linking:
        edge = relationship_id(indicator, "related-to", ref)
        yield _relationship(build, edge, indicator, "related-to", ref, marking)
