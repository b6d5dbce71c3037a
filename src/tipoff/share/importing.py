"""Import: a STIX 2.1 bundle becomes tipoff reports, with provenance, idempotently.

``plan_import`` is pure (bytes in, ``NewReport``s out): each STIX ``report`` becomes one
tipoff report (its observables and indicators become its identifiers); each ``indicator``
no imported report refers to becomes a partner report of its own. Identifiers are
canonicalised with ``tipoff.indicators.canonicalize``, so a partner's spelling merges
with ours; ``sighting``s add their count and first/last seen to the provenance of what
they sighted. The external id of an imported report is the STIX id, so a second import
of the same bundle stores nothing new. Object types tipoff has no use for are counted
as skipped, each with a reason. ``import_into`` saves the plan and audits it.

Versions (``tipoff.share.versions``): of several versions of one id, the newest
(``modified``) counts. A newer version of an object already imported rebuilds every report
it reaches (marking, narrative, facts, identifiers, confidence, sighting counts and
first/last seen); an equal or older one changes nothing. ``revoked: true`` retracts: a
revoked indicator or sighting no longer counts, and a revoked report or loose indicator
keeps its row (the audit trail points at it) but loses its identifiers, its narrative
starting with "[revoked by the source …]". A revoked object is never un-revoked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import orjson
from pydantic_core import PydanticCustomError
from sqlalchemy import Connection, Engine

from tipoff.errors import ValidationError
from tipoff.gc_pause import paused_gc
from tipoff.indicators import canonicalize, is_common
from tipoff.intake.schema import (
    EARLIEST_DATE,
    MAX_AMOUNT_USD,
    code_list,
    latest_plausible,
    plausible_amount,
)
from tipoff.model import TLP
from tipoff.share.extension import EXTENSION_ID
from tipoff.share.mapping import read_stix_time
from tipoff.share.markings import tlp_of
from tipoff.share.observables import identifier_of, observable_types
from tipoff.share.patterns import pattern_identifiers
from tipoff.share.stix_ids import STIX_ID
from tipoff.share.versions import (
    anchors_of,
    applied,
    claimed_by_reports,
    context,
    existing_reports,
    is_change,
    newest_per_id,
    record,
    referring,
    refs_of,
)
from tipoff.store.bulk import replace_report
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, AuditEntry, NewReport, NewSighting

# An object with no TLP marking we know is treated as AMBER: shared inside this instance's
# agencies, never re-exported beyond partners cleared for AMBER.
DEFAULT_TLP = TLP.AMBER.value
_ROLE_BY_KIND = {
    "phone": "caller",
    "iban": "payee_account",
    "bank_account": "payee_account",
    "wallet": "payee_wallet",
    "domain": "link",
    "url": "link",
    "email": "contact",
    "handle": "contact",
}
_METADATA = frozenset({"identity", "marking-definition", "extension-definition"})
_SKIP_REASONS = {
    "grouping": "networks are recomputed locally by tipoff link from shared identifiers",
    "observed-data": "raw observations without a report or indicator are not stored",
    "note": "analyst notes are not stored",
    "opinion": "opinions are not stored",
}
_MAX_VALUE = 2000  # indicators.value


@dataclass(slots=True)
class ImportPlan:
    """What a bundle becomes: reports to save, and what was skipped, with reasons."""

    reports: list[NewReport] = field(default_factory=list)
    objects: int = 0
    revoked: set[str] = field(default_factory=set)  # roots planned as retracted
    skipped: Counter[str] = field(default_factory=Counter)
    reasons: dict[str, str] = field(default_factory=dict)
    dropped_identifiers: int = 0

    def skip(self, stix_type: str, reason: str) -> None:
        self.skipped[stix_type] += 1
        self.reasons.setdefault(stix_type, reason)


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """The result of saving a plan: how many reports were new, updated or retracted."""

    plan: ImportPlan
    created: int
    already_known: int
    updated: int = 0
    retracted: int = 0
    newer_objects: int = 0  # objects that were a newer version of one already imported


def load_objects(data: bytes | str) -> list[Any]:
    """The objects of a bundle (or a bare list of objects); ValidationError if not one."""
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        raise ValidationError(f"not JSON: {error}") from error
    if isinstance(parsed, dict) and parsed.get("type") == "bundle":
        objects = parsed.get("objects", [])
    elif isinstance(parsed, dict) and "type" in parsed:
        objects = [parsed]
    else:
        objects = parsed
    if not isinstance(objects, list):
        raise ValidationError("not a STIX bundle: 'objects' must be a list")
    return objects


def has_stix_id(obj: Any) -> bool:
    """Whether ``obj`` is an object whose ``id`` is a STIX identifier of its own ``type``.

    An imported report's external id is its STIX id, so anything else could collide with
    the agency's own external ids (a partner posting "NPA-2026-0042" would take the place of
    the agency's report of that id) or escape the rule that what was received under AMBER
    is not passed on.
    """
    if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
        return False
    found = STIX_ID.fullmatch(obj["id"])
    return found is not None and found.group(1) == obj.get("type")


class _Reader:
    def __init__(
        self,
        objects: list[Any],
        plan: ImportPlan,
        via: str | None = None,
        context: frozenset[str] = frozenset(),
    ) -> None:
        self.plan = plan
        self.via = via  # who delivered the objects (a TAXII partner), when known
        self.context = context  # ids read back from storage, not in the bundle
        self.by_id: dict[str, dict[str, Any]] = {}
        for obj in objects:
            if has_stix_id(obj):
                self.by_id[obj["id"]] = obj
            else:
                plan.skip("malformed", "not an object whose id is a STIX id (type--UUID)")
        self.based_on: dict[str, list[str]] = {}
        self.sightings: dict[str, list[dict[str, Any]]] = {}
        self.canonical: dict[tuple[str, str], str | None] = {}
        self.common: dict[tuple[str, str], bool] = {}
        self.names: dict[str, str] = {}
        self.used: set[str] = set()
        self.origins: dict[str, dict[str, Any]] = {}
        self.patterns: dict[str, list[tuple[str, str]]] = {}
        self.observables: dict[str, tuple[str, str] | None] = {}
        self.ranks: dict[str, tuple[int, int]] = {}  # marking ranks per object id

    def source(self, obj: dict[str, Any]) -> str:
        creator = obj.get("created_by_ref")
        if not isinstance(creator, str):
            return "unknown"
        if creator not in self.names:
            identity = self.by_id.get(creator, {})
            name = identity.get("name")
            self.names[creator] = name if isinstance(name, str) else creator
        return self.names[creator]

    def canonical_value(self, kind: str, value: str) -> str | None:
        key = (kind, value)
        if key not in self.canonical:
            self.canonical[key] = canonicalize(kind, value)
        return self.canonical[key]

    def is_common(self, kind: str, value: str) -> bool:
        key = (kind, value)
        if key not in self.common:
            self.common[key] = is_common(kind, value)
        return self.common[key]


def plan_import(data: bytes | str) -> ImportPlan:
    """The tipoff reports a STIX bundle becomes (pure: nothing is stored)."""
    with paused_gc():
        return _plan(newest_per_id(load_objects(data)))


def _plan(
    objects: list[Any],
    via: str | None = None,
    *,
    context: frozenset[str] = frozenset(),
    claimed_elsewhere: frozenset[str] = frozenset(),
    only: set[str] | None = None,
) -> ImportPlan:
    """Reports from ``objects`` (one version per id).

    ``context``: ids of objects read back from storage (used, never counted or planned on
    their own); ``claimed_elsewhere``: indicators a stored report cites (never loose);
    ``only``: plan just these roots (reports or loose indicators), whoever claims them.
    """
    plan = ImportPlan(objects=len(objects) - len(context))
    reader = _Reader(objects, plan, via, context)
    _index_edges(reader)
    claimed: set[str] = set(claimed_elsewhere)
    for obj in reader.by_id.values():
        if obj.get("type") != "report":
            continue
        if (only is None and obj["id"] not in context) or (only is not None and obj["id"] in only):
            _add(plan, _report(reader, obj, claimed), obj)
    for obj in reader.by_id.values():
        stix_type = obj.get("type")
        if obj["id"] in context and only is None:
            continue
        if stix_type == "indicator":
            wanted = obj["id"] in only if only is not None else obj["id"] not in claimed
            if wanted:
                _add(plan, _loose_indicator(reader, obj), obj)
        elif stix_type not in ("report", "indicator", "relationship", "sighting"):
            _classify(reader, obj)
    return plan


def _add(plan: ImportPlan, report: NewReport | None, obj: dict[str, Any]) -> None:
    if report is None:
        plan.skip(
            str(obj.get("type")),
            "malformed (missing timestamps or fields) or, for an indicator, no identifier "
            "tipoff reads in its pattern (e.g. IP addresses, file hashes)",
        )
    else:
        plan.reports.append(report)


def _index_edges(reader: _Reader) -> None:
    for obj in reader.by_id.values():
        stix_type = obj.get("type")
        if obj.get("revoked") is True and stix_type in ("relationship", "sighting"):
            continue  # retracted: no longer counts
        if obj["id"] in reader.context:
            _index_context_edge(reader, obj)
        elif stix_type == "relationship":
            source, target = obj.get("source_ref"), obj.get("target_ref")
            kind = obj.get("relationship_type")
            if kind == "based-on" and isinstance(source, str) and isinstance(target, str):
                reader.based_on.setdefault(source, []).append(target)
            else:
                reader.plan.skip("relationship", "only indicator based-on observable is read")
        elif stix_type == "sighting":
            target = obj.get("sighting_of_ref")
            if isinstance(target, str) and target in reader.by_id:
                reader.sightings.setdefault(target, []).append(obj)
            else:
                reader.plan.skip("sighting", "sighting of an object not in the bundle")


def _index_context_edge(reader: _Reader, obj: dict[str, Any]) -> None:
    if obj.get("type") == "relationship" and obj.get("relationship_type") == "based-on":
        source, target = obj.get("source_ref"), obj.get("target_ref")
        if isinstance(source, str) and isinstance(target, str):
            reader.based_on.setdefault(source, []).append(target)
    elif obj.get("type") == "sighting":
        target = obj.get("sighting_of_ref")
        if isinstance(target, str) and target in reader.by_id:
            reader.sightings.setdefault(target, []).append(obj)


def _classify(reader: _Reader, obj: dict[str, Any]) -> None:
    stix_type = str(obj.get("type"))
    if stix_type in _METADATA:
        return
    if stix_type in observable_types():
        if obj["id"] not in reader.used:
            reader.plan.skip(stix_type, "observable not referenced by a report or indicator")
        return
    reason = _SKIP_REASONS.get(stix_type, "no tipoff equivalent")
    reader.plan.skip(stix_type, reason)


def _refs(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


_RANK = {level: level.rank for level in TLP}
_BY_RANK = sorted(TLP, key=_RANK.__getitem__)
_DEFAULT_RANK = _RANK[TLP(DEFAULT_TLP)]


def _ranks(reader: _Reader, obj: dict[str, Any]) -> tuple[int, int]:
    """(own, known) ranks of ``obj``: its own marking's (AMBER when it names none), and the
    most restrictive of its markings, granular ones included (a RED marking on one property
    makes the whole object RED here: tipoff stores one marking per report; -1 when none is a
    known TLP). Read once per id: an object is cited by several reports and is the source
    of several identifiers."""
    cached = reader.ranks.get(obj["id"])
    if cached is None:
        own = tlp_of(_refs(obj.get("object_marking_refs")))
        marked: list[Any] = [
            g.get("marking_ref") for g in _refs(obj.get("granular_markings")) if isinstance(g, dict)
        ]
        granular = tlp_of(marked)
        own_rank = -1 if own is None else _RANK[own]
        known = max(own_rank, -1 if granular is None else _RANK[granular])
        cached = reader.ranks[obj["id"]] = (_DEFAULT_RANK if own is None else own_rank, known)
    return cached


def _tlp(reader: _Reader, obj: dict[str, Any], *sources: dict[str, Any]) -> str:
    """The marking to store: the object's own (AMBER when it names none), raised to its
    granular markings and to the most restrictive marking of the ``sources`` its
    identifiers came from. A partner's CLEAR report citing a phone number it marked RED
    must not make that number CLEAR (derived facts follow their sources)."""
    ranks = reader.ranks
    own, strictest = ranks.get(obj["id"]) or _ranks(reader, obj)
    if own > strictest:
        strictest = own
    for source in sources:
        known = (ranks.get(source["id"]) or _ranks(reader, source))[1]
        if known > strictest:
            strictest = known
    return _BY_RANK[strictest].value


def _confidence(obj: dict[str, Any]) -> int | None:
    value = obj.get("confidence")
    return value if isinstance(value, int) and 0 <= value <= 100 else None


def _provenance(reader: _Reader, obj: dict[str, Any]) -> dict[str, Any]:
    """Where an identifier came from: source, object id, marking, confidence, seen.

    One dict per source object, shared by every report that refers to it (they are
    serialised separately when stored, so sharing is safe).
    """
    cached = reader.origins.get(obj["id"])
    if cached is None:
        cached = reader.origins[obj["id"]] = _new_provenance(reader, obj)
    return cached


def _new_provenance(reader: _Reader, obj: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {
        "source": reader.source(obj),
        "stix_id": obj["id"],
        "marking": _tlp(reader, obj),
        "confidence": _confidence(obj),
    }
    if reader.via:
        # ``source`` is the creator the objects name, which any sender may claim (a partner
        # can write another agency's identity into ``created_by_ref``); this is who
        # delivered them, authenticated.
        found["received_from"] = reader.via
    version = read_stix_time(obj.get("modified"))
    if version is not None:
        found["modified"] = version.isoformat()
    valid_until = read_stix_time(obj.get("valid_until"))
    if valid_until is not None:
        found["valid_until"] = valid_until.isoformat()
    seen = reader.sightings.get(obj["id"], [])
    if seen:
        firsts = [t for s in seen if (t := read_stix_time(s.get("first_seen"))) is not None]
        lasts = [t for s in seen if (t := read_stix_time(s.get("last_seen"))) is not None]
        counts = [s["count"] for s in seen if isinstance(s.get("count"), int)]
        found["sightings"] = len(seen)
        found["count"] = sum(counts) if counts else None
        found["first_seen"] = min(firsts).isoformat() if firsts else None
        found["last_seen"] = max(lasts).isoformat() if lasts else None
    return found


class _Identifiers:
    """Identifiers of one imported report, merged by canonical value."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.entries: dict[tuple[str, str], dict[str, Any]] = {}
        self.raw: dict[tuple[str, str], str] = {}

    def add(self, kind: str, written: str, source: dict[str, Any], *, blockable: bool) -> None:
        value = self.reader.canonical_value(kind, written)
        if value is None or len(value) > _MAX_VALUE:
            self.reader.plan.dropped_identifiers += 1
            return
        key = (kind, value)
        role = _ROLE_BY_KIND[kind] if blockable else "mentioned"
        entry = self.entries.get(key)
        if entry is None:
            self.raw[key] = written
            self.entries[key] = {
                "kind": kind,
                "value": value,
                "role": role,
                "provenance": [_provenance(self.reader, source)],
            }
            return
        if blockable:
            entry["role"] = role
        if all(p["stix_id"] != source["id"] for p in entry["provenance"]):
            entry["provenance"].append(_provenance(self.reader, source))

    def from_observable(self, obj: dict[str, Any], *, blockable: bool) -> None:
        ref = obj["id"]
        known = self.reader.observables
        found = known[ref] if ref in known else known.setdefault(ref, identifier_of(obj))
        if found is not None:
            self.reader.used.add(ref)
            self.add(*found, obj, blockable=blockable)

    def from_indicator(self, indicator: dict[str, Any]) -> None:
        if indicator.get("revoked") is True:
            return  # retracted by its source
        found = self.reader.patterns.get(indicator["id"])
        if found is None:  # an indicator is read once, however many reports cite it
            pattern = indicator.get("pattern")
            readable = indicator.get("pattern_type", "stix") == "stix" and isinstance(pattern, str)
            found = pattern_identifiers(pattern) if readable else []  # type: ignore[arg-type]
            self.reader.patterns[indicator["id"]] = found
        for kind, written in found:
            self.add(kind, written, indicator, blockable=True)
        for target in self.reader.based_on.get(indicator["id"], []):
            self.reader.used.add(target)

    def sightings(self) -> tuple[NewSighting, ...]:
        out = []
        for key, entry in self.entries.items():
            confidences = [p["confidence"] for p in entry["provenance"] if p["confidence"]]
            out.append(
                NewSighting(
                    kind=key[0],
                    value=key[1],
                    role=entry["role"],
                    raw=_clean(self.raw[key])[:2000],
                    source="stix",
                    confidence=max(confidences) / 100 if confidences else 1.0,
                    common=self.reader.is_common(*key),
                )
            )
        return tuple(out)


def _plausible(value: Any) -> datetime | None:
    """A STIX time that intake would accept for a report (1990 to one day after now), else
    None. A partner's report dated 2099 would be its network's "last seen" until then, and
    one with a loss of 10^14 dollars would top every harm ranking: imported facts pass
    the same plausibility checks as reports sent to the API."""
    moment = read_stix_time(value)
    return moment if moment is not None and EARLIEST_DATE <= moment <= latest_plausible() else None


def _code(value: Any, name: str) -> str | None:
    return value if isinstance(value, str) and value in code_list(name) else None


def _loss(facts: dict[str, Any]) -> tuple[Decimal | None, str | None, float | None]:
    """(amount, currency, USD) of a partner's report, each None where implausible."""
    currency = _code(facts.get("loss_currency"), "iso4217")
    amount = _amount(facts.get("loss_amount"))
    if amount is not None:
        try:
            plausible_amount(amount, currency)
        except PydanticCustomError:
            amount = None
    usd = _number(facts.get("loss_usd"))
    return amount, currency, usd if usd is not None and usd <= MAX_AMOUNT_USD else None


def _report(reader: _Reader, obj: dict[str, Any], claimed: set[str]) -> NewReport | None:
    received = _plausible(obj.get("published")) or _plausible(obj.get("created"))
    if received is None or len(obj["id"]) > 200:
        return None
    by_id = reader.by_id
    cited = [by_id[r] for r in _list(obj.get("object_refs")) if isinstance(r, str) and r in by_id]
    indicators = [o for o in cited if o.get("type") == "indicator"]
    indicated = {target for o in indicators for target in reader.based_on.get(o["id"], ())}
    found = _Identifiers(reader)
    for indicator in indicators:
        claimed.add(indicator["id"])
        found.from_indicator(indicator)
    for cited_obj in cited:
        if cited_obj.get("type") != "indicator":
            found.from_observable(cited_obj, blockable=cited_obj["id"] in indicated)
    facts = _facts(obj)
    description = obj.get("description")
    if obj.get("revoked") is True:
        return _retracted(reader, obj, received, description)
    sources = [*indicators, *(o for o in cited if reader.observables.get(o["id"]))]
    loss_amount, loss_currency, loss_usd = _loss(facts)
    return NewReport(
        external_id=obj["id"],
        received_at=received,
        tlp=_tlp(reader, obj, *sources),
        occurred_at=_plausible(facts.get("occurred_at")),
        victim_country=_code(facts.get("victim_country"), "iso3166_alpha2"),
        channel=_text(facts.get("channel"), 40),
        narrative=_clean(description)[:100_000] if isinstance(description, str) else "",
        loss_amount=loss_amount,
        loss_currency=loss_currency,
        loss_usd=loss_usd,
        identifiers=list(found.entries.values()),
        reporter_scam_type=_scam_type(obj, facts),
        sightings=found.sightings(),
    )


def _loose_indicator(reader: _Reader, obj: dict[str, Any]) -> NewReport | None:
    received = _plausible(obj.get("valid_from")) or _plausible(obj.get("created"))
    if received is None or len(obj["id"]) > 200:
        return None
    if obj.get("revoked") is True:
        return _retracted(reader, obj, received, obj.get("description"))
    found = _Identifiers(reader)
    found.from_indicator(obj)
    if not found.entries:
        return None
    return NewReport(
        external_id=obj["id"],
        received_at=received,
        tlp=_tlp(reader, obj),
        narrative=_text(obj.get("description"), 100_000) or "",
        identifiers=list(found.entries.values()),
        reporter_scam_type=_scam_type(obj, {}),
        sightings=found.sightings(),
    )


def _retracted(
    reader: _Reader, obj: dict[str, Any], received: datetime, description: Any
) -> NewReport:
    """A revoked report or loose indicator: no identifiers, and a narrative that says so."""
    reader.plan.revoked.add(obj["id"])
    version = read_stix_time(obj.get("modified"))
    when = f" at {version.isoformat()}" if version is not None else ""
    text = _clean(description)[:100_000] if isinstance(description, str) else ""
    return NewReport(
        external_id=obj["id"],
        received_at=received,
        tlp=_tlp(reader, obj),
        narrative=f"[revoked by the source{when}] {text}".rstrip(),
    )


def _facts(obj: dict[str, Any]) -> dict[str, Any]:
    extensions = obj.get("extensions")
    facts = extensions.get(EXTENSION_ID) if isinstance(extensions, dict) else None
    return facts if isinstance(facts, dict) else {}


def _scam_type(obj: dict[str, Any], facts: dict[str, Any]) -> str | None:
    named = _text(facts.get("scam_type"), 64)
    if named:
        return named
    for label in _list(obj.get("labels")):
        if isinstance(label, str) and label.startswith("scam-type:"):
            return label.removeprefix("scam-type:")[:64] or None
    return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _clean(text: str) -> str:
    """Text without NUL characters (PostgreSQL refuses them in text columns)."""
    return text.replace("\x00", "") if "\x00" in text else text


def _text(value: Any, limit: int) -> str | None:
    return _clean(value)[:limit] or None if isinstance(value, str) and value else None


def _number(value: Any) -> float | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    return float(value) if ok and 0 <= value < 1e15 else None


def _amount(value: Any) -> Decimal | None:
    if not isinstance(value, str | int):
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() and 0 <= amount < Decimal("1e20") else None


def import_into(
    store: ReportStore,
    agency: Agency,
    data: bytes | str,
    *,
    engine: Engine,
    at: datetime,
    actor: str,
    source: str | None = None,
) -> ImportOutcome:
    """Save what ``data`` becomes as reports of ``agency`` and audit the import."""
    return import_objects(
        store, agency, load_objects(data), engine=engine, at=at, actor=actor, source=source
    )


@dataclass(slots=True)
class _Decision:
    """What one import changes: objects to record, roots to create and to rewrite."""

    changed: list[dict[str, Any]]
    new_roots: set[str]
    updates: dict[str, int]  # root id -> report id
    already_known: int
    context: dict[str, Any]
    replaced: set[str]  # changed objects that replace a version applied before

    @property
    def newer(self) -> int:
        return len(self.replaced)


_VERSIONED = frozenset({"report", "indicator", "sighting", "identity"})


def _versioned(obj: dict[str, Any]) -> bool:
    """Whether a version of ``obj`` can change a report (the others are not kept)."""
    stix_type = obj.get("type")
    if stix_type in _VERSIONED or stix_type in observable_types():
        return True
    return stix_type == "relationship" and obj.get("relationship_type") == "based-on"


def _decide(
    connection: Connection,
    agency: Agency,
    by_id: dict[str, Any],
    first: ImportPlan,
    via: str | None,
) -> _Decision:
    relevant = {i: o for i, o in by_id.items() if _versioned(o)}
    before = applied(connection, agency.id, relevant)
    changed = [obj for stix_id, obj in relevant.items() if is_change(obj, before.get(stix_id), via)]
    anchors: set[str] = set()
    for obj in changed:
        anchors |= anchors_of(obj)
    reached = anchors | referring(connection, agency.id, anchors)
    reached |= {
        stix_id
        for stix_id, obj in by_id.items()
        if obj.get("type") == "report" and not refs_of(obj).isdisjoint(anchors)
    }
    planned = {report.external_id for report in first.reports}
    roots = {i for i in reached if i.startswith(("report--", "indicator--"))}
    existing = existing_reports(connection, agency.id, roots | planned)
    new_roots = {i for i in planned - set(existing) if i not in first.revoked}
    updates = {i: existing[i] for i in roots if i in existing}
    wanted = new_roots | set(updates)
    found = context(connection, agency.id, wanted, by_id) if wanted else {}
    replaced = {obj["id"] for obj in changed if obj["id"] in before}
    return _Decision(changed, new_roots, updates, len(planned & set(existing)), found, replaced)


def import_objects(
    store: ReportStore,
    agency: Agency,
    objects: list[Any],
    *,
    engine: Engine,
    at: datetime,
    actor: str,
    source: str | None = None,
) -> ImportOutcome:
    """Save what a list of STIX objects becomes (``source``: e.g. the TAXII partner).

    New roots (reports, loose indicators) are created; roots a newer version reaches are
    rewritten (``tipoff.share.versions``); the applied versions are recorded last, so an
    import cut short is redone in full by the next one.
    """
    with paused_gc():
        incoming = newest_per_id(objects)
        by_id = {o["id"]: o for o in incoming if has_stix_id(o)}
    with engine.connect() as connection:
        claimed = claimed_by_reports(
            connection, agency.id, [i for i, o in by_id.items() if o.get("type") == "indicator"]
        )
    with paused_gc():
        first = _plan(incoming, source, claimed_elsewhere=frozenset(claimed))
    with engine.connect() as connection:
        decision = _decide(connection, agency, by_id, first, source)
    wanted = decision.new_roots | set(decision.updates)
    if decision.context or decision.updates:
        with paused_gc():
            final = _plan(
                [*by_id.values(), *decision.context.values()],
                source,
                context=frozenset(decision.context),
                only=wanted,
            )
    else:
        final = first
    fresh = [r for r in final.reports if r.external_id in decision.new_roots]
    saved = store.save_reports(agency, fresh, at=at, actor=actor) if fresh else []
    created = sum(1 for s in saved if s.created)
    rewritten = [r for r in final.reports if r.external_id in decision.updates]
    with engine.begin() as connection:
        for report in rewritten:
            replace_report(connection, decision.updates[report.external_id], report)
        record(connection, agency.id, decision.changed, decision.replaced, source)
    retracted = sum(1 for r in rewritten if r.external_id in final.revoked)
    store.append_audit(
        AuditEntry(
            at=at,
            actor=actor,
            action="import",
            object_type="stix-bundle",
            object_ref=None,
            detail={
                "agency": agency.code,
                "objects": first.objects,
                "objects_changed": len(decision.changed),
                "objects_newer": decision.newer,
                "reports_new": created,
                "reports_known": decision.already_known,
                "reports_updated": len(rewritten) - retracted,
                "reports_retracted": retracted,
                "skipped": dict(first.skipped),
                **({"source": source} if source else {}),
            },
        )
    )
    return ImportOutcome(
        first,
        created,
        decision.already_known,
        updated=len(rewritten) - retracted,
        retracted=retracted,
        newer_objects=decision.newer,
    )
