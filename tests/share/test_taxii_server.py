"""TAXII 2.1 server: protocol rules, per-partner credentials, pagination, inbox, audit, and
the attacker test: a partner never receives an object its clearance excludes, through any
endpoint, and a hidden id answers exactly like an id that does not exist."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient
from share_world import SENDER, export_reports
from sqlalchemy import update
from taxii_world import CLEARANCES, NOW, TAXII, TaxiiWorld, taxii_world

from tipoff.api.routers import disclosures as disclosures_api
from tipoff.api.routers.taxii import collection_id
from tipoff.keys import issue_key
from tipoff.model import TLP
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.share.disclosures import disclosures
from tipoff.share.export import Export, build_bundle
from tipoff.share.markings import TLP_BY_ID
from tipoff.share.observables import observable
from tipoff.share.partners import get_partner, revoke_partner
from tipoff.share.reads import reports_for_export
from tipoff.share.receivers import receiver_for
from tipoff.share.stix_ids import local_id
from tipoff.store.records import Agency
from tipoff.store.tables import reports

ROOT = "/taxii2/JP-NPA/"
ALLOWED = {
    "clear": {"clear"},
    "green": {"clear", "green"},
    "amber": {"clear", "green", "amber"},
    "own": {"clear", "green", "amber", "amber+strict"},
}


@pytest.fixture
def world(tmp_path: Path, database_url: str) -> Iterator[tuple[TaxiiWorld, TestClient]]:
    """On SQLite and on PostgreSQL."""
    found = taxii_world(tmp_path, database_url)
    with TestClient(found.app) as client:
        yield found, client
    found.store.engine.dispose()


def objects_url(name: str = "shared") -> str:
    return f"{ROOT}collections/{collection_id('JP-NPA', name)}/objects/"


def walk(client: TestClient, headers: dict[str, str], path: str, **params: Any) -> list[Any]:
    """Every item of a paged endpoint, following ``next``."""
    items: list[Any] = []
    query = dict(params)
    while True:
        response = client.get(path, params=query, headers=headers)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == TAXII
        body = response.json()
        items += body.get("objects", [])
        if not body["more"]:
            return items
        query["next"] = body["next"]


def test_discovery_root_and_collections_need_partner_credentials(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    tw, client = world
    for path in ("/taxii2/", ROOT, f"{ROOT}collections/", objects_url()):
        anonymous = client.get(path, headers={"Accept": TAXII})
        assert anonymous.status_code == 401
        assert anonymous.headers["www-authenticate"].startswith("Basic")
        assert anonymous.json()["http_status"] == "401"
    headers = tw.basic("P-AMBER")
    discovery = client.get("/taxii2/", headers=headers).json()
    assert discovery["api_roots"] == [f"http://testserver{ROOT}"]
    assert client.get(ROOT, headers=headers).json()["versions"] == [TAXII]
    found = client.get(f"{ROOT}collections/", headers=headers).json()["collections"]
    assert [(c["can_read"], c["can_write"]) for c in found] == [
        (True, False),
        (False, True),
        (True, False),  # the tip-offs held with this partner (docs/tipoffs.md)
    ]
    bearer = {"Authorization": f"Bearer {tw.keys['P-AMBER']}", "Accept": TAXII}
    assert client.get(ROOT, headers=bearer).status_code == 200
    # The right key under another partner's code, a wrong key, and garbage: all 401.
    assert client.get(ROOT, headers=tw.basic("P-GREEN", tw.keys["P-AMBER"])).status_code == 401
    assert client.get(ROOT, headers=tw.basic("P-AMBER", "tpk_00000000_x")).status_code == 401
    garbled = {"Authorization": "Basic !!!", "Accept": TAXII}
    assert client.get(ROOT, headers=garbled).status_code == 401
    # Another agency's partner does not learn that JP-NPA's root exists.
    kh = client.get(ROOT, headers=tw.basic("KH-PARTNER"))
    unknown = client.get("/taxii2/NO-SUCH/", headers=tw.basic("KH-PARTNER"))
    assert kh.status_code == unknown.status_code == 404
    assert kh.content == unknown.content
    partner = get_partner(tw.store.engine, tw.agency, "P-AMBER")
    revoke_partner(tw.store, tw.store.engine, partner, at=NOW, actor="test")
    assert client.get(ROOT, headers=headers).status_code == 401


def test_media_types_406_and_415(world: tuple[TaxiiWorld, TestClient]) -> None:
    tw, client = world
    headers = tw.basic("P-AMBER")
    for accept in ("application/json", "application/taxii+json;version=2.0", "text/html"):
        response = client.get(ROOT, headers={**headers, "Accept": accept})
        assert response.status_code == 406, accept
    for accept in ("*/*", "application/taxii+json", f"text/html, {TAXII}"):
        assert client.get(ROOT, headers={**headers, "Accept": accept}).status_code == 200
    post = client.post(
        objects_url("inbox"),
        content=b'{"objects": []}',
        headers={**headers, "Content-Type": "application/json"},
    )
    assert post.status_code == 415


def test_each_partner_gets_exactly_the_export_for_its_clearance(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    tw, client = world
    for clearance in CLEARANCES:
        served = walk(client, tw.basic(f"P-{clearance.upper()}"), objects_url(), limit=3)
        expected = expected_bundle(tw, clearance)
        assert sorted(o["id"] for o in served) == sorted(o["id"] for o in expected.objects)
        markings = {
            TLP_BY_ID[o["object_marking_refs"][0]].value
            for o in served
            if o.get("object_marking_refs")
        }
        assert markings <= ALLOWED[clearance], clearance
        assert TLP.RED.value not in markings


def expected_bundle(tw: TaxiiWorld, clearance: str) -> Export:
    """The export for ``clearance`` built straight from the store (what the tier must hold)."""
    receiver = receiver_for(clearance, tw.agency.id)
    found = reports_for_export(tw.store.engine, tw.agency.id, receiver.viewer)
    return build_bundle(found, tw.agency, receiver)


def _hidden_ids(tw: TaxiiWorld, clearance: str) -> set[str]:
    """Ids a partner of ``clearance`` must never receive: RED's objects and the more
    restricted objects other clearances receive (those also visible to it excluded)."""
    red = {
        local_id("report", "JP-NPA", "NPA-2026-0005"),
        observable("iban", "DE89370400440532013000")[0]["id"],  # type: ignore[index]
    }
    wider = expected_bundle(tw, "own")
    mine = expected_bundle(tw, clearance)
    return (red | {o["id"] for o in wider.objects}) - {o["id"] for o in mine.objects}


def test_attacker_no_endpoint_discloses_an_object_the_clearance_excludes(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    tw, client = world
    unknown = "report--00000000-0000-5000-8000-000000000000"
    for clearance in ("clear", "green", "amber"):
        headers = tw.basic(f"P-{clearance.upper()}")
        hidden = _hidden_ids(tw, clearance)
        assert hidden, clearance
        everything = [
            client.get(objects_url(), params={"match[version]": "all"}, headers=headers).text,
            client.get(objects_url().replace("objects/", "manifest/"), headers=headers).text,
        ]
        for stix_id in sorted(hidden):
            one = client.get(f"{objects_url()}{stix_id}/", headers=headers)
            none = client.get(f"{objects_url()}{unknown}/", headers=headers)
            assert (
                (one.status_code, one.content)
                == (none.status_code, none.content)
                == (
                    404,
                    none.content,
                )
            )
            versions = client.get(f"{objects_url()}{stix_id}/versions/", headers=headers)
            assert (versions.status_code, versions.content) == (
                404,
                client.get(f"{objects_url()}{unknown}/versions/", headers=headers).content,
            )
            for endpoint in ("objects/", "manifest/"):
                path = objects_url().replace("objects/", endpoint)
                matched = client.get(path, params={"match[id]": stix_id}, headers=headers)
                blank = client.get(path, params={"match[id]": unknown}, headers=headers)
                assert matched.status_code == blank.status_code == 200
                assert matched.content == blank.content
                assert "X-TAXII-Date-Added-First" not in matched.headers
            assert all(stix_id not in text for text in everything)
        texts = "".join(everything)
        for secret in ("DE89370400440532013000", "Victim's story", "VICTIMKEY", "NPA-2026-"):
            assert secret not in texts


def test_a_report_re_marked_red_leaves_the_collection_on_publish(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    tw, client = world
    headers = tw.basic("P-CLEAR")
    clear_report = local_id("report", "JP-NPA", "NPA-2026-0001")
    assert client.get(f"{objects_url()}{clear_report}/", headers=headers).status_code == 200
    with tw.store.engine.begin() as connection:
        connection.execute(
            update(reports).where(reports.c.external_id == "NPA-2026-0001").values(tlp="red")
        )
    tw.republish()
    assert client.get(f"{objects_url()}{clear_report}/", headers=headers).status_code == 404
    served = walk(client, headers, objects_url())
    assert clear_report not in {o["id"] for o in served}


def test_pagination_next_added_after_and_date_headers(world: tuple[TaxiiWorld, TestClient]) -> None:
    tw, client = world
    headers = tw.basic("P-OWN")
    whole = client.get(objects_url(), headers=headers)
    everything = [o["id"] for o in whole.json()["objects"]]
    assert whole.json()["more"] is False
    paged = [o["id"] for o in walk(client, headers, objects_url(), limit=2)]
    assert paged == everything and len(set(paged)) == len(paged)
    first = client.get(objects_url(), params={"limit": 4}, headers=headers)
    last = first.headers["X-TAXII-Date-Added-Last"]
    rest = walk(client, headers, objects_url(), added_after=last)
    assert [o["id"] for o in rest] == everything[4:]
    # added_after and next together, as paging clients send them
    rest_paged = walk(client, headers, objects_url(), added_after=last, limit=2)
    assert [o["id"] for o in rest_paged] == everything[4:]
    manifest = walk(client, headers, objects_url().replace("objects/", "manifest/"))
    assert [m["id"] for m in manifest] == everything
    assert {m["media_type"] for m in manifest} == {"application/stix+json;version=2.1"}
    assert all(m["date_added"].endswith("Z") for m in manifest)
    # the manifest's date_added of the 4th object is the first page's Date-Added-Last
    assert datetime.fromisoformat(manifest[3]["date_added"]) == datetime.fromisoformat(last)
    assert manifest[3]["date_added"] == last  # the same text: microseconds and Z
    types = walk(client, headers, objects_url(), **{"match[type]": "indicator,report"})
    assert {o["type"] for o in types} == {"indicator", "report"}
    # several types are merged from one keyset scan each: the same order as the whole
    # collection, across pages, a type named twice served once
    kinds = {o["id"]: o["type"] for o in whole.json()["objects"]}
    wanted = [i for i in everything if kinds[i] in ("indicator", "report", "sighting")]
    for limit in (1, 2, 1000):
        merged = walk(
            client,
            headers,
            objects_url(),
            limit=limit,
            **{"match[type]": "sighting,report,indicator,report"},
        )
        assert [o["id"] for o in merged] == wanted, limit
    for bad in ({"limit": "0"}, {"limit": "x"}, {"added_after": "yesterday"}, {"next": "%%%"}):
        response = client.get(objects_url(), params=bad, headers=headers)
        assert response.status_code == 400, bad
        assert response.json()["http_status"] == "400"


def test_versions_of_an_object_that_changed(world: tuple[TaxiiWorld, TestClient]) -> None:
    tw, client = world
    headers = tw.basic("P-OWN")
    phone = local_id("indicator", "JP-NPA", "phone:+85512345678")
    before = client.get(f"{objects_url()}{phone}/versions/", headers=headers).json()
    assert len(before["versions"]) == 1
    # A new report citing the phone gives the indicator a new `modified`: a new version.
    from share_world import new_reports

    later = new_reports()[0]
    import dataclasses

    tw.store.save_reports(
        tw.agency,
        [dataclasses.replace(later, external_id="NPA-2026-0099", received_at=NOW)],
        at=NOW,
        actor="test",
    )
    tw.republish()
    after = client.get(f"{objects_url()}{phone}/versions/", headers=headers).json()
    assert len(after["versions"]) == 2
    latest = client.get(f"{objects_url()}{phone}/", headers=headers).json()["objects"]
    assert [o["modified"] for o in latest] == [max(after["versions"])]
    both = client.get(
        f"{objects_url()}{phone}/", params={"match[version]": "all"}, headers=headers
    ).json()["objects"]
    assert len(both) == 2
    first = client.get(
        f"{objects_url()}{phone}/", params={"match[version]": "first"}, headers=headers
    ).json()["objects"]
    assert [o["modified"] for o in first] == [min(after["versions"])]


def test_inbox_imports_with_provenance_and_a_status(world: tuple[TaxiiWorld, TestClient]) -> None:
    tw, client = world
    headers = {**tw.basic("P-AMBER"), "Content-Type": TAXII}
    bundle = build_bundle(export_reports(), SENDER, receiver_for("amber", SENDER.id))
    envelope = orjson.dumps({"objects": [*bundle.objects, "not an object"]})
    posted = client.post(objects_url("inbox"), content=envelope, headers=headers)
    assert posted.status_code == 202, posted.text
    status = posted.json()
    assert status["status"] == "complete"
    assert status["success_count"] == len(bundle.objects)
    assert status["failure_count"] == 1
    again = client.get(f"{ROOT}status/{status['id']}/", headers=tw.basic("P-AMBER"))
    assert again.json() == status
    # Another partner cannot read this status.
    other = client.get(f"{ROOT}status/{status['id']}/", headers=tw.basic("P-GREEN"))
    assert other.status_code == 404
    imports = [e for e in tw.store.audit_entries() if e.action == "import"]
    assert imports[0].detail["source"] == "taxii partner P-AMBER"
    assert imports[0].detail["agency"] == "JP-NPA"  # the root's agency, nobody else
    assert imports[0].detail["reports_new"] > 0
    repeat = client.post(objects_url("inbox"), content=envelope, headers=headers)
    assert repeat.status_code == 202
    imports = [e for e in tw.store.audit_entries() if e.action == "import"]
    assert imports[0].detail["reports_new"] == 0
    shared = client.post(objects_url(), content=envelope, headers=headers)
    assert shared.status_code == 403
    readable = client.get(objects_url("inbox"), headers=tw.basic("P-AMBER"))
    assert readable.status_code == 403
    for body in (b"not json", b"[]", b'{"objects": 3}'):
        bad = client.post(objects_url("inbox"), content=body, headers=headers)
        assert bad.status_code == 400


def test_every_disclosure_is_audited_for_the_owning_agency(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    tw, client = world
    headers = tw.basic("P-GREEN")
    served = walk(client, headers, objects_url(), limit=4)
    client.get(objects_url().replace("objects/", "manifest/"), headers=headers)
    trail = [d for d in disclosures(tw.store.engine, "JP-NPA") if d.action == "disclose"]
    assert {d.detail["endpoint"] for d in trail} == {"objects", "manifest"}
    audited = {
        i
        for d in trail
        if d.detail["endpoint"] == "objects"
        for ids in d.detail["objects"].values()
        for i in ids
    }
    assert audited == {o["id"] for o in served}
    for row in trail:
        assert row.detail["partner"] == "P-GREEN"
        assert row.detail["purpose"] == "MoU 2026-17: scam prevention"
        assert set(row.detail["objects"]) <= {"unmarked", "clear", "green"}
    assert list(disclosures(tw.store.engine, "KH-POL")) == []
    assert list(disclosures(tw.store.engine, "JP-NPA", partner="P-AMBER")) == []


def test_bodies_need_credentials_first_and_hostile_queries_never_500(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    tw, client = world
    big = b'{"objects": [' + b'{"type": "x", "id": "x--1"},' * 10_000 + b"{}]}"
    anonymous = client.post(objects_url("inbox"), content=big, headers={"Content-Type": TAXII})
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"] == TAXII
    limit = client.get(ROOT, headers=tw.basic("P-AMBER")).json()["max_content_length"]
    too_big = client.post(
        objects_url("inbox"),
        content=b" " * (limit + 1),
        headers={**tw.basic("P-AMBER"), "Content-Type": TAXII},
    )
    assert too_big.status_code == 413
    headers = tw.basic("P-OWN")
    hostile: list[dict[str, str]] = [
        {"match[version]": "last,2026-01-01T00:00:00Z"},
        {"match[version]": "not-a-time"},
        {"match[id]": "x" * 5000},
        {"match[type]": ",,,"},
        {"match[spec_version]": "2.0"},
        {"added_after": "9999-12-31T23:59:59Z"},
        {"limit": "99999999999999999999"},
        {"next": "MjAyNi0wMS0wMVQwMDowMDowMFp8eA"},  # a token whose row id is not a number
        {"next": "A" * 3000},
    ]
    for params in hostile:
        for endpoint in ("objects/", "manifest/"):
            path = objects_url().replace("objects/", endpoint)
            response = client.get(path, params=params, headers=headers)
            assert response.status_code in (200, 400), (params, response.status_code)
            assert response.headers["content-type"] == TAXII
    odd = client.get(f"{objects_url()}{'%20' * 300}/versions/", headers=headers)
    assert odd.status_code == 404


def test_an_agency_reads_its_own_disclosures_over_the_api(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    tw, client = world
    walk(client, tw.basic("P-CLEAR"), objects_url())
    jp_key = issue_key(tw.store, tw.agency, at=NOW, actor="test")
    kh_key = issue_key(tw.store, tw.store.get_agency("KH-POL"), at=NOW, actor="test")
    app = create_app(
        Settings(database_url=tw.url, environment="test"), routers=(disclosures_api.router,)
    )
    with TestClient(app) as api:
        mine = api.get("/api/v1/disclosures", headers={"Authorization": f"Bearer {jp_key}"})
        theirs = api.get("/api/v1/disclosures", headers={"Authorization": f"Bearer {kh_key}"})
        anonymous = api.get("/api/v1/disclosures")
    rows = [json.loads(line) for line in mine.text.splitlines()]
    assert mine.status_code == 200 and rows
    assert {r["partner"] for r in rows} == {"P-CLEAR"}
    assert {m for r in rows for m in r["objects"]} <= {"unmarked", "clear"}
    assert theirs.status_code == 200 and theirs.text == ""
    assert anonymous.status_code == 401


def test_what_a_partner_shared_under_amber_is_not_passed_on_to_other_partners(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    tw, client = world
    outsider = Agency(2, "KH-ACD", "Anti-Cybercrime Department", "KH", SENDER.created_at)
    bundle = build_bundle(export_reports(), outsider, receiver_for("own", outsider.id))
    envelope = orjson.dumps({"objects": bundle.objects})
    headers = {**tw.basic("P-GREEN"), "Content-Type": TAXII}
    assert client.post(objects_url("inbox"), content=envelope, headers=headers).status_code == 202
    tw.republish()
    imported = {
        o["id"]: TLP_BY_ID[o["object_marking_refs"][0]].value
        for o in bundle.objects
        if o["type"] == "report"
    }
    inside = {i for i, tlp in imported.items() if tlp in ("amber", "amber+strict")}
    assert inside and set(imported) - inside

    def report_external_ids(partner: str) -> set[str]:
        served = walk(client, tw.basic(partner), objects_url(), **{"match[type]": "report"})
        ids = {o["id"] for o in served}
        # imported reports are re-exported under new ids derived from their STIX ids
        return {i for i in imported if local_id("report", "JP-NPA", i) in ids}

    assert report_external_ids("P-AMBER") == set(imported) - inside
    assert report_external_ids("P-OWN") == set(imported)
