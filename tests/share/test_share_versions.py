"""Version-aware STIX import: a newer version updates what it became, an older one nothing.

Version chains are real STIX 2.1 chains (same id, later ``modified``): our own, built
here, and one made from the OASIS Poison Ivy report (the OASIS examples in
../shared/data/stix21-examples/ carry one version of each object, so the later versions
are written by the test from the real objects).
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, func, select

from tipoff.share.importing import ImportOutcome, import_into
from tipoff.share.lookup_index import data_version
from tipoff.share.markings import marking_ref
from tipoff.store.records import Agency, ReportFilter, StoredReport
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import indicators, reports, sightings
from tipoff.visibility import Viewer

NOW = datetime(2026, 12, 6, tzinfo=UTC)
IDENTITY = "identity--0d2a8b5e-1c1e-4c4a-9a7e-111111111111"
REPORT = "report--0d2a8b5e-1c1e-4c4a-9a7e-222222222222"
INDICATOR = "indicator--0d2a8b5e-1c1e-4c4a-9a7e-333333333333"
SIGHTING = "sighting--0d2a8b5e-1c1e-4c4a-9a7e-444444444444"
LOOSE = "indicator--0d2a8b5e-1c1e-4c4a-9a7e-555555555555"
DOMAIN = "domain-name--0d2a8b5e-1c1e-4c4a-9a7e-666666666666"


def _t(day: int) -> str:
    return f"2026-11-{day:02d}T10:00:00.000Z"


def identity() -> dict[str, Any]:
    return {
        "type": "identity",
        "spec_version": "2.1",
        "id": IDENTITY,
        "created": _t(1),
        "modified": _t(1),
        "name": "TH-CCIB",
        "identity_class": "organization",
    }


def report(day: int, *, tlp: str = "green", text: str = "v1", refs: tuple[str, ...] = ()) -> Any:
    return {
        "type": "report",
        "spec_version": "2.1",
        "id": REPORT,
        "created": _t(1),
        "modified": _t(day),
        "published": _t(1),
        "name": "Job scam wave",
        "description": text,
        "created_by_ref": IDENTITY,
        "object_refs": list(refs or (INDICATOR, DOMAIN)),
        "object_marking_refs": [marking_ref(tlp)],
    }


def indicator(
    day: int, *, confidence: int = 40, value: str = "scam-shop.top", stix_id: str = INDICATOR
) -> Any:
    return {
        "type": "indicator",
        "spec_version": "2.1",
        "id": stix_id,
        "created": _t(1),
        "modified": _t(day),
        "created_by_ref": IDENTITY,
        "pattern": f"[domain-name:value = '{value}']",
        "pattern_type": "stix",
        "valid_from": _t(1),
        "confidence": confidence,
        "object_marking_refs": [marking_ref("green")],
    }


def sighting(day: int, *, count: int = 3, last: int = 2) -> Any:
    return {
        "type": "sighting",
        "spec_version": "2.1",
        "id": SIGHTING,
        "created": _t(1),
        "modified": _t(day),
        "sighting_of_ref": INDICATOR,
        "count": count,
        "first_seen": _t(1),
        "last_seen": _t(last),
        "created_by_ref": IDENTITY,
        "object_marking_refs": [marking_ref("green")],
    }


def domain() -> Any:
    return {
        "type": "domain-name",
        "spec_version": "2.1",
        "id": DOMAIN,
        "value": "kbank-helpdesk.top",
    }


def bundle(*objects: Any) -> bytes:
    return orjson.dumps({"type": "bundle", "id": "bundle--1", "objects": list(objects)})


def _store(engine: Engine) -> tuple[SqlReportStore, Agency]:
    store = SqlReportStore(engine)
    return store, store.add_agency("KH-POL", "Cambodian National Police", "KH", at=NOW)


def _import(store: SqlReportStore, agency: Agency, *objects: Any) -> ImportOutcome:
    return import_into(store, agency, bundle(*objects), engine=store.engine, at=NOW, actor="t")


def _reports(store: SqlReportStore) -> dict[str, StoredReport]:
    page = store.list_reports(ReportFilter(agency="KH-POL"), viewer=Viewer.operator(), limit=500)
    return {r.external_id: r for r in page.items}


def _snapshot(engine: Engine) -> tuple[Any, ...]:
    with engine.connect() as connection:
        return (
            connection.execute(select(reports).order_by(reports.c.id)).all(),
            connection.execute(select(sightings).order_by(sightings.c.id)).all(),
            connection.execute(select(indicators).order_by(indicators.c.id)).all(),
        )


def _provenance(found: StoredReport, value: str) -> dict[str, Any]:
    [entry] = [i for i in found.identifiers if i["value"] == value]
    [origin] = entry["provenance"]
    return dict(origin)


def test_newer_versions_update_older_ones_change_nothing(engine: Engine) -> None:
    store, agency = _store(engine)
    first = _import(store, agency, identity(), report(1), indicator(1), sighting(1), domain())
    assert (first.created, first.updated) == (1, 0)
    found = _reports(store)[REPORT]
    assert found.tlp == "green" and found.narrative == "v1"
    [phone] = [s for s in found.sightings if s.value == "scam-shop.top"]
    assert phone.confidence == 0.4 and phone.role == "link"
    assert _provenance(found, "scam-shop.top")["count"] == 3

    # Re-importing the same versions changes nothing, not even a row id.
    before = _snapshot(engine)
    version_before = data_version(engine, agency.id)
    again = _import(store, agency, identity(), report(1), indicator(1), sighting(1), domain())
    assert (again.created, again.already_known, again.updated, again.newer_objects) == (0, 1, 0, 0)
    assert _snapshot(engine) == before
    assert data_version(engine, agency.id) == version_before

    # A newer indicator alone (as a TAXII page would carry it) updates the report citing it,
    # and does not become a report of its own.
    newer = _import(store, agency, indicator(5, confidence=90) | {"valid_until": _t(28)})
    assert (newer.created, newer.updated, newer.newer_objects) == (0, 1, 1)
    found = _reports(store)[REPORT]
    assert len(_reports(store)) == 1
    [phone] = [s for s in found.sightings if s.value == "scam-shop.top"]
    assert phone.confidence == 0.9
    origin = _provenance(found, "scam-shop.top")
    assert origin["confidence"] == 90 and origin["valid_until"].startswith("2026-11-28")
    assert origin["count"] == 3  # the sighting, read back from what was applied
    assert data_version(engine, agency.id) != version_before

    # An older version of the indicator changes nothing.
    before = _snapshot(engine)
    older = _import(store, agency, indicator(3, confidence=10))
    assert (older.created, older.updated, older.newer_objects) == (0, 0, 0)
    assert _snapshot(engine) == before

    # A newer sighting: count and last seen follow it.
    _import(store, agency, sighting(6, count=7, last=6))
    origin = _provenance(_reports(store)[REPORT], "scam-shop.top")
    assert origin["count"] == 7 and origin["last_seen"].startswith("2026-11-06")

    # A newer report: marking, narrative and what it cites.
    _import(store, agency, report(7, tlp="amber", text="v2", refs=(INDICATOR,)))
    found = _reports(store)[REPORT]
    assert found.tlp == "amber" and found.narrative == "v2"
    assert {s.value for s in found.sightings} == {"scam-shop.top"}
    with engine.connect() as connection:
        count = connection.execute(
            select(indicators.c.report_count).where(indicators.c.value == "kbank-helpdesk.top")
        ).scalar_one()
    assert count == 0  # the report no longer cites it


def test_revoked_objects_retract_and_stay_revoked(engine: Engine) -> None:
    store, agency = _store(engine)
    _import(store, agency, identity(), report(1), indicator(1), sighting(1), domain())
    _import(store, agency, indicator(4) | {"revoked": True})
    found = _reports(store)[REPORT]
    assert "scam-shop.top" not in {s.value for s in found.sightings}
    assert {s.value for s in found.sightings} == {"kbank-helpdesk.top"}  # still mentioned
    # A later, un-revoked version of a revoked object is not applied (STIX 2.1: revoked
    # objects stay revoked).
    back = _import(store, agency, indicator(9, confidence=99))
    assert back.updated == 0
    assert "scam-shop.top" not in {s.value for s in _reports(store)[REPORT].sightings}

    retracted = _import(store, agency, report(8) | {"revoked": True})
    assert retracted.retracted == 1
    found = _reports(store)[REPORT]
    assert found.narrative.startswith("[revoked by the source at 2026-11-08")
    assert found.sightings == () and found.identifiers == []


def test_loose_indicators_follow_their_versions_and_a_first_revoked_one_is_not_stored(
    engine: Engine,
) -> None:
    store, agency = _store(engine)
    _import(store, agency, identity(), indicator(1, stix_id=LOOSE, value="old-shop.top"))
    assert {s.value for s in _reports(store)[LOOSE].sightings} == {"old-shop.top"}
    # Several versions in one bundle: the newest counts, whatever the order.
    _import(
        store,
        agency,
        indicator(6, stix_id=LOOSE, value="new-shop.top"),
        indicator(3, stix_id=LOOSE, value="mid-shop.top"),
    )
    assert {s.value for s in _reports(store)[LOOSE].sightings} == {"new-shop.top"}
    _import(store, agency, indicator(7, stix_id=LOOSE, value="new-shop.top") | {"revoked": True})
    assert _reports(store)[LOOSE].sightings == ()
    other = "indicator--0d2a8b5e-1c1e-4c4a-9a7e-777777777777"
    outcome = _import(store, agency, indicator(2, stix_id=other) | {"revoked": True})
    assert outcome.created == 0 and other not in _reports(store)


def test_a_version_chain_of_the_oasis_poison_ivy_report(engine: Engine, shared_data: Path) -> None:
    data = orjson.loads((shared_data / "stix21-examples" / "oasis-poisonivy.json").read_bytes())
    store, agency = _store(engine)
    first = import_into(store, agency, orjson.dumps(data), engine=engine, at=NOW, actor="t")
    assert first.created == 1
    [(report_id, original)] = list(_reports(store).items())
    domains = {s.value for s in original.sightings}
    assert len(domains) == 18 and original.tlp == "amber"  # no marking: AMBER by default
    objects = data["objects"]
    by_id = {o["id"]: o for o in objects}
    # Version 2: the report is marked GREEN and its description extended; one of its
    # indicators is revoked by its producer.
    report_v2 = copy.deepcopy(by_id[report_id])
    report_v2["modified"] = "2016-01-20T00:00:00.000Z"
    report_v2["description"] = "Updated: " + report_v2.get("description", "")
    report_v2["object_marking_refs"] = [marking_ref("green")]
    cited = [
        by_id[r] for r in report_v2["object_refs"] if by_id.get(r, {}).get("type") == "indicator"
    ]
    revoked = next(i for i in cited if "domain-name" in i.get("pattern", ""))
    revoked_v2 = copy.deepcopy(revoked) | {"modified": "2016-01-20T00:00:00.000Z", "revoked": True}
    gone = {s.value for s in original.sightings if s.value in revoked["pattern"]}
    assert gone
    outcome = import_into(
        store, agency, bundle(report_v2, revoked_v2), engine=engine, at=NOW, actor="t"
    )
    assert (outcome.created, outcome.updated, outcome.newer_objects) == (0, 1, 2)
    updated = _reports(store)[report_id]
    assert updated.tlp == "green" and updated.narrative.startswith("Updated: ")
    assert {s.value for s in updated.sightings} == domains - gone
    # The whole original bundle again (older versions of both): nothing changes.
    before = _snapshot(engine)
    import_into(store, agency, orjson.dumps(data), engine=engine, at=NOW, actor="t")
    assert _snapshot(engine) == before
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(reports)).scalar_one() == 1


def test_only_who_delivered_an_object_may_replace_it(engine: Engine) -> None:
    store, agency = _store(engine)

    def deliver(source: str | None, *objects: Any) -> ImportOutcome:
        data = bundle(*objects)
        return import_into(store, agency, data, engine=engine, at=NOW, actor="t", source=source)

    deliver("taxii partner TH-CCIB", identity(), report(1), indicator(1), sighting(1), domain())
    # Another partner sends a later version of TH-CCIB's indicator, revoked, and of its
    # report, marked CLEAR: STIX ids are public, so neither is applied.
    forged = deliver(
        "taxii partner MALLORY",
        indicator(9) | {"revoked": True},
        report(9, tlp="clear", text="forged"),
    )
    assert (forged.updated, forged.retracted, forged.newer_objects) == (0, 0, 0)
    found = _reports(store)[REPORT]
    assert found.tlp == "green" and "scam-shop.top" in {s.value for s in found.sightings}
    # The same partner, pulled instead of pushing, may; and so may the agency itself.
    assert deliver("taxii pull from TH-CCIB", indicator(10, confidence=80)).updated == 1
    assert deliver(None, report(11, text="corrected by the agency")).updated == 1
    assert _reports(store)[REPORT].narrative == "corrected by the agency"
