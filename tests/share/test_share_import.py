"""STIX import: OASIS examples, provenance, canonical merging, idempotence, round trip."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
from share_world import PHONE, SENDER, export_reports, new_reports
from sqlalchemy import Engine

from tipoff.errors import ValidationError
from tipoff.model import TLP
from tipoff.share.export import build_bundle, dump_bundle, export_for
from tipoff.share.extension import EXTENSION_ID
from tipoff.share.importing import import_into, plan_import
from tipoff.share.markings import OPENCTI_IDS
from tipoff.share.receivers import receiver_for
from tipoff.store.records import ReportFilter
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

NOW = datetime(2026, 12, 5, tzinfo=UTC)


def own_bundle() -> bytes:
    return dump_bundle(build_bundle(export_reports(), SENDER, receiver_for("own", SENDER.id)))


def test_oasis_examples_import_without_crashing_and_count_what_they_skip(
    shared_data: Path,
) -> None:
    folder = shared_data / "stix21-examples"
    files = sorted(folder.glob("*.json"))
    # shared_data already fails in CI (TIPOFF_REQUIRE_DATA=1) when ../shared/data is absent;
    # an empty examples folder inside it is a broken copy, never a reason to skip.
    assert files, f"no STIX examples in {folder}"
    skipped_types: set[str] = set()
    domains: set[str] = set()
    for path in files:
        plan = plan_import(path.read_bytes())
        skipped_types |= set(plan.skipped)
        assert set(plan.reasons) == set(plan.skipped)
        domains |= {s.value for r in plan.reports for s in r.sightings if s.kind == "domain"}
    assert {"malware", "attack-pattern", "campaign"} <= skipped_types
    assert "dynssl.com" in domains  # poisonivy's report names its C2 domains


def test_round_trip_keeps_every_shared_fact() -> None:
    plan = plan_import(own_bundle())
    originals = {r.tlp: r for r in export_reports() if r.tlp != "red" and r.id != 6}
    assert len(plan.reports) == 5  # report 6 goes too (its only identifier is common)
    by_tlp = {r.tlp: r for r in plan.reports if r.sightings}
    for tlp, original in originals.items():
        imported = by_tlp[tlp]
        assert imported.victim_country == original.victim_country
        assert imported.loss_amount == original.loss_amount
        assert imported.loss_currency == original.loss_currency
        assert imported.loss_usd == original.loss_usd
        assert imported.reporter_scam_type == original.scam_type
        assert imported.received_at == original.received_at
        assert imported.channel == original.channel
        # Mentioned values and warninglisted ones are not exported (docs/sharing.md).
        shared = {
            (s.kind, s.value)
            for s in original.sightings
            if not s.common and s.role not in ("mentioned", "reference")
        }
        assert {(s.kind, s.value) for s in imported.sightings} == shared
        assert all(s.role != "mentioned" for s in imported.sightings)
        if tlp in ("amber", "amber+strict"):
            assert imported.narrative == original.narrative


def test_identifiers_carry_provenance_and_merge_by_canonical_value() -> None:
    indicator = {
        "type": "indicator",
        "spec_version": "2.1",
        "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        "created": "2026-02-01T00:00:00Z",
        "modified": "2026-02-01T00:00:00Z",
        "valid_from": "2026-02-01T00:00:00Z",
        "pattern_type": "stix",
        "pattern": "[phone-number:value = '+855 12 345 678']",
        "confidence": 80,
        "object_marking_refs": [OPENCTI_IDS[TLP.AMBER_STRICT]],
    }
    sighting = {
        "type": "sighting",
        "spec_version": "2.1",
        "id": "sighting--3b5a3e44-2ce6-4b0f-9a59-4b3a7a9bbd10",
        "created": "2026-02-02T00:00:00Z",
        "modified": "2026-02-02T00:00:00Z",
        "sighting_of_ref": indicator["id"],
        "count": 17,
        "first_seen": "2026-01-20T00:00:00Z",
        "last_seen": "2026-02-01T00:00:00Z",
    }
    bundle = {"type": "bundle", "id": "bundle--1", "objects": [indicator, sighting]}
    [report] = plan_import(orjson.dumps(bundle)).reports
    assert report.tlp == "amber+strict"  # OpenCTI's AMBER+STRICT id is understood
    [found] = report.sightings
    assert (found.kind, found.value, found.confidence) == ("phone", PHONE, 0.8)
    [entry] = report.identifiers
    [origin] = entry["provenance"]
    assert origin["stix_id"] == indicator["id"] and origin["marking"] == "amber+strict"
    assert origin["count"] == 17 and origin["first_seen"].startswith("2026-01-20")


@pytest.mark.parametrize("data", [b"not json", b'{"type": "bundle", "objects": 3}'])
def test_input_that_is_no_bundle_is_a_validation_error(data: bytes) -> None:
    with pytest.raises(ValidationError):
        plan_import(data)


def test_malformed_objects_are_skipped_not_fatal() -> None:
    bundle = {
        "type": "bundle",
        "objects": [
            42,
            {
                "type": "report",
                "id": "report--00000000-0000-4000-8000-00000000000a",
            },  # no published/created
            {
                "type": "indicator",
                "id": "indicator--00000000-0000-4000-8000-00000000000b",
                "valid_from": "2026-01-01T00:00:00Z",
                "pattern": "[ipv4-addr:value = '10.0.0.1']",
                "pattern_type": "stix",
            },
        ],
    }
    plan = plan_import(orjson.dumps(bundle))
    assert not plan.reports
    assert plan.skipped == {"malformed": 1, "report": 1, "indicator": 1}


def _store_with_world(engine: Engine) -> SqlReportStore:
    store = SqlReportStore(engine)
    store.add_agency("JP-NPA", "National Police Agency", "JP", at=NOW)
    store.add_agency("KH-POL", "Cambodian National Police", "KH", at=NOW)
    store.save_reports(store.get_agency("JP-NPA"), new_reports(), at=NOW, actor="test")
    return store


def test_export_from_the_store_is_audited_and_never_carries_victim_fields(
    engine: Engine,
) -> None:
    store = _store_with_world(engine)
    sender = store.get_agency("JP-NPA")
    export = export_for(store, engine, sender, receiver_for("own", sender.id), at=NOW, actor="t")
    text = dump_bundle(export).decode()
    for secret in ("VICTIMKEY", "VICTIMHASH", "MESSAGE-must-not-leave", "NPA-2026-"):
        assert secret not in text
    assert len(export.report_ids) == 5  # all but the RED one
    [entry] = [e for e in store.audit_entries() if e.action == "export"]
    assert entry.object_ref == export.bundle["id"]
    assert entry.detail["receiver"].startswith("own organisation")
    assert set(entry.detail["objects"]) == {"unmarked", "clear", "green", "amber", "amber+strict"}
    exported = {i for ids in entry.detail["objects"].values() for i in ids}
    assert exported == {o["id"] for o in export.objects}


def test_import_is_idempotent_and_merges_with_local_identifiers(engine: Engine) -> None:
    store = _store_with_world(engine)
    receiver = store.get_agency("KH-POL")
    data = own_bundle()
    indicators_before = store.counts().indicators
    first = import_into(store, receiver, data, engine=engine, at=NOW, actor="test")
    again = import_into(store, receiver, data, engine=engine, at=NOW, actor="test")
    assert (first.created, first.already_known) == (5, 0)
    assert (again.created, again.already_known) == (0, 5)
    counts = store.counts()
    assert counts.reports == 6 + 5
    assert counts.indicators == indicators_before  # every shared value was known here
    # The partner's phone is the same indicator row as ours: merged, not duplicated.
    page = store.list_reports(ReportFilter(agency="KH-POL"), viewer=Viewer.operator(), limit=50)
    phones = {s.value for r in page.items for s in r.sightings if s.kind == "phone"}
    assert phones == {PHONE}
    assert {e.action for e in store.audit_entries()} >= {"import"}


def test_hostile_values_are_dropped_not_fatal() -> None:
    junk: list[object] = [
        {
            "type": "report",
            "id": "report--00000000-0000-4000-8000-0000000000a1",
            "published": "2026-01-01T00:00:00Z",
            "object_refs": 5,
            "labels": {"x": 1},
            "object_marking_refs": [{"x": 1}, None],
            "extensions": {"x": 3},
        },
        {
            "type": "report",
            "id": "report--00000000-0000-4000-8000-0000000000b1",
            "published": "2026-01-01T00:00:00Z",
            "object_refs": [
                "url--00000000-0000-4000-8000-0000000000c1",
                "indicator--00000000-0000-4000-8000-0000000000d1",
            ],
            "description": 7,
            "extensions": "nope",
            "confidence": True,
        },
        {
            "type": "url",
            "id": "url--00000000-0000-4000-8000-0000000000c1",
            "value": "https://x.top/" + "a" * 5000,
        },
        {
            "type": "indicator",
            "id": "indicator--00000000-0000-4000-8000-0000000000d1",
            "pattern": 12,
            "pattern_type": "stix",
        },
        {
            "type": "sighting",
            "id": "sighting--00000000-0000-4000-8000-0000000000e1",
            "sighting_of_ref": "indicator--00000000-0000-4000-8000-0000000000d1",
            "count": "many",
            "first_seen": 3,
        },
        {"type": "report", "id": "report--" + "f" * 300, "published": "2026-01-01T00:00:00Z"},
        {"type": "report", "id": "NPA-2026-0001", "published": "2026-01-01T00:00:00Z"},
        {"type": "report", "id": "indicator--00000000-0000-4000-8000-0000000000f1"},
    ]
    plan = plan_import(orjson.dumps({"type": "bundle", "objects": junk}))
    assert [r.external_id for r in plan.reports] == [
        "report--00000000-0000-4000-8000-0000000000a1",
        "report--00000000-0000-4000-8000-0000000000b1",
    ]
    assert all(r.tlp == "amber" and not r.sightings for r in plan.reports)
    assert plan.dropped_identifiers == 1  # the over-long URL
    # ids that are not STIX ids of their type (too long, an agency's own external id, another
    # type's id) would collide with the agency's own reports: never imported
    assert plan.skipped["malformed"] == 3


def test_nul_characters_from_a_partner_are_stored_without_them(engine: Engine) -> None:
    store = _store_with_world(engine)
    report = {
        "type": "report",
        "id": "report--0b1e7c5e-6a5e-4a8b-9d3b-4f7f6c2a1d00",
        "published": "2026-01-01T00:00:00Z",
        "description": "bad\x00text",
        "object_refs": ["domain-name--00000000-0000-4000-8000-000000000001"],
        "extensions": {EXTENSION_ID: {"channel": "li\x00ne"}},
    }
    domain = {
        "type": "domain-name",
        "id": "domain-name--00000000-0000-4000-8000-000000000001",
        "value": "scam-\x00x.top",
    }
    data = orjson.dumps({"type": "bundle", "objects": [report, domain]})
    outcome = import_into(
        store, store.get_agency("KH-POL"), data, engine=engine, at=NOW, actor="test"
    )
    assert outcome.created == 1
    [saved] = store.list_reports(
        ReportFilter(agency="KH-POL"), viewer=Viewer.operator(), limit=5
    ).items
    assert saved.narrative == "badtext" and saved.channel == "line"
