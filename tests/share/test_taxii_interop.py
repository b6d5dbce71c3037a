"""Interoperability on loopback with real peers, no mocks:

- ``taxii2-client`` (the OASIS client) against tipoff's TAXII server: discovery, API root,
  collections, objects page by page, manifest, one object, and add_objects with a status;
- tipoff's client against ``medallion`` (the OASIS reference server, memory backend loaded
  with the OASIS examples): pull everything in small pages, interrupted and resumed, a
  stale ``next`` token, re-pull (nothing twice); push into a medallion collection;
- two tipoff instances: one pulls the other's shared collection with HTTP Basic.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from loopback import serve_asgi, serve_wsgi
from sqlalchemy import Engine
from taxii_world import NOW, TaxiiWorld, taxii_world
from test_taxii_server import expected_bundle

from tipoff.api.routers.taxii import collection_id
from tipoff.share.disclosures import disclosures
from tipoff.share.importing import load_objects, plan_import
from tipoff.share.partners import add_partner, get_partner, save_cursor, set_remote
from tipoff.share.taxii_client import pull, push
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.records import ReportFilter
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

taxii2client = pytest.importorskip("taxii2client.v21", reason="taxii2-client (dev extra)")
medallion = pytest.importorskip("medallion", reason="medallion (dev extra)")

ORIGIN = "oasis-examples"
INBOX = "a1b2c3d4-0000-4000-8000-0000000000aa"
MEDALLION_USER, MEDALLION_PASSWORD = "tipoff", "loopback-only"


def oasis_objects(shared_data: Path) -> list[dict[str, Any]]:
    folder = shared_data / "stix21-examples"
    files = sorted(folder.glob("*.json"))
    if not files:
        pytest.fail(f"no OASIS examples in {folder}")
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for path in files:
        for obj in load_objects(path.read_bytes()):
            found.setdefault((obj["id"], obj.get("modified", obj.get("created", ""))), obj)
    return list(found.values())


@pytest.fixture(scope="module")
def medallion_url(
    tmp_path_factory: pytest.TempPathFactory, shared_data: Path
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """medallion's memory backend with the OASIS examples in one collection, and an inbox."""
    objects = oasis_objects(shared_data)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    manifest = []
    held = []
    for i, obj in enumerate(objects):
        added = (start + timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        version = obj.get("modified", obj.get("created"))
        # medallion's own add_objects marks objects without versions (SCOs) this way
        held.append(obj if version else {**obj, "_date_added": added})
        manifest.append(
            {
                "id": obj["id"],
                "date_added": added,
                "version": version or added,
                "media_type": "application/stix+json;version=2.1",
            }
        )
    collection = {
        "title": "OASIS examples",
        "can_read": True,
        "can_write": False,
        "media_types": ["application/stix+json;version=2.1"],
    }
    data = {
        "/discovery": {"title": "medallion", "default": "", "api_roots": []},
        "api1": {
            "information": {
                "title": "api1",
                "versions": ["application/taxii+json;version=2.1"],
                "max_content_length": 100_000_000,
            },
            "status": [],
            "collections": [
                {**collection, "id": ORIGIN, "objects": held, "manifest": manifest},
                {
                    **collection,
                    "id": INBOX,
                    "title": "inbox",
                    "can_write": True,
                    "objects": [],
                    "manifest": [],
                },
            ],
        },
    }
    folder = tmp_path_factory.mktemp("medallion")
    (folder / "data.json").write_text(json.dumps(data))
    config = {
        "backend": {
            "module": "medallion.backends.memory_backend",
            "module_class": "MemoryBackend",
            "filename": str(folder / "data.json"),
        },
        "users": {MEDALLION_USER: MEDALLION_PASSWORD},
        "taxii": {"max_page_size": 100},
    }
    (folder / "config.json").write_text(json.dumps(config))
    app = medallion.load_app(str(folder / "config.json"))
    with serve_wsgi(app) as base:
        yield f"{base}/api1/", objects


@pytest.fixture
def world(tmp_path: Path) -> Iterator[TaxiiWorld]:
    found = taxii_world(tmp_path)
    yield found
    found.store.engine.dispose()


def receiving_instance(tmp_path: Path) -> tuple[SqlReportStore, Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'receiver.db'}")
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    store.add_agency("KH-POL", "Cambodian National Police", "KH", at=NOW)
    return store, engine


def test_taxii2_client_reads_and_writes_tipoff(world: TaxiiWorld, shared_data: Path) -> None:
    with serve_asgi(world.app) as base:
        server = taxii2client.Server(
            f"{base}/taxii2/", user="P-AMBER", password=world.keys["P-AMBER"]
        )
        root = server.default
        assert root is not None and [r.url for r in server.api_roots] == [root.url]
        assert root.versions == ["application/taxii+json;version=2.1"]
        by_title = {c.title.rsplit(": ", 1)[-1]: c for c in root.collections}
        shared, inbox = by_title["shared intelligence"], by_title["inbox"]
        assert shared.can_read and not shared.can_write and inbox.can_write
        pages = list(taxii2client.as_pages(shared.get_objects, per_request=3))
        assert len(pages) > 2
        served = [o for envelope in pages for o in envelope.get("objects", [])]
        expected = expected_bundle(world, "amber")
        assert sorted(o["id"] for o in served) == sorted(o["id"] for o in expected.objects)
        manifest = [
            m
            for page in taxii2client.as_pages(shared.get_manifest, per_request=4)
            for m in page.get("objects", [])
        ]
        assert [m["id"] for m in manifest] == [o["id"] for o in served]
        one = shared.get_object(served[-1]["id"])
        assert one["objects"] == [served[-1]]
        envelope = {"objects": oasis_objects(shared_data)}
        status = inbox.add_objects(envelope)
        assert status.status == "complete"
        assert status.success_count == len(envelope["objects"])
        assert status.failure_count == 0
        with pytest.raises(Exception, match="does not allow writing"):  # can_write false
            shared.add_objects(envelope)
    imported = world.store.list_reports(ReportFilter(), viewer=Viewer.operator(), limit=100)
    wanted = {r.external_id for r in plan_import(orjson.dumps(oasis_objects(shared_data))).reports}
    assert wanted and wanted <= {r.external_id for r in imported.items}
    trail = [d for d in disclosures(world.store.engine, "JP-NPA") if d.action == "disclose"]
    assert {d.detail["partner"] for d in trail} == {"P-AMBER"}


def _medallion_partner(store: SqlReportStore, engine: Engine, url: str) -> Any:
    agency = store.get_agency("KH-POL")
    partner, _ = add_partner(
        store, engine, agency, "OASIS", clearance="clear", at=NOW, actor="test"
    )
    return set_remote(
        engine,
        partner,
        url=url,
        collection=ORIGIN,
        inbox=INBOX,
        user=MEDALLION_USER,
        key=MEDALLION_PASSWORD,
    )


def test_tipoff_pulls_the_oasis_examples_from_medallion_resumably_and_once(
    tmp_path: Path, medallion_url: tuple[str, list[dict[str, Any]]]
) -> None:
    url, objects = medallion_url
    store, engine = receiving_instance(tmp_path)
    agency = store.get_agency("KH-POL")
    partner = _medallion_partner(store, engine, url)
    expected = plan_import(orjson.dumps(objects))
    assert expected.reports  # the examples hold indicators tipoff reads
    # Interrupted after two pages: nothing imported yet, the spool and the token are kept.
    first = pull(store, engine, agency, partner, at=NOW, actor="t", page_size=7, max_pages=2)
    assert (first.complete, first.pages, first.created) == (False, 2, 0)
    partner = get_partner(engine, agency, "OASIS")
    assert partner.pull_next
    # The token has gone stale (medallion forgets them): the run restarts from the cursor.
    save_cursor(engine, partner, pull_next="stale-token")
    partner = get_partner(engine, agency, "OASIS")
    done = pull(store, engine, agency, partner, at=NOW, actor="t", page_size=7)
    assert done.complete
    assert done.created == len(expected.reports)
    partner = get_partner(engine, agency, "OASIS")
    assert partner.pull_after and partner.pull_next is None
    # Nothing new: nothing fetched, nothing imported.
    again = pull(store, engine, agency, partner, at=NOW, actor="t", page_size=7)
    assert (again.objects, again.created) == (0, 0)
    # From the start again: everything fetched, nothing imported twice.
    save_cursor(engine, partner, pull_after=None)
    replay = pull(store, engine, agency, get_partner(engine, agency, "OASIS"), at=NOW, actor="t")
    assert replay.objects == len(objects)
    assert (replay.created, replay.already_known) == (0, len(expected.reports))
    sources = [e.detail.get("source") for e in store.audit_entries() if e.action == "import"]
    assert set(sources) == {"taxii pull from OASIS"}
    engine.dispose()


def test_tipoff_pushes_to_medallion_once(
    world: TaxiiWorld, medallion_url: tuple[str, list[dict[str, Any]]]
) -> None:
    url, _ = medallion_url
    engine = world.store.engine
    partner = get_partner(engine, world.agency, "P-GREEN")
    partner = set_remote(
        engine,
        partner,
        url=url,
        collection=ORIGIN,
        inbox=INBOX,
        user=MEDALLION_USER,
        key=MEDALLION_PASSWORD,
    )
    sent = push(world.store, engine, world.agency, partner, at=NOW, actor="t", page_size=5)
    expected = expected_bundle(world, "green")
    assert sent.complete and sent.objects == len(expected.objects) and sent.failures == 0
    server = taxii2client.Server(
        url.replace("api1/", "taxii2/"), user=MEDALLION_USER, password=MEDALLION_PASSWORD
    )
    inbox = taxii2client.Collection(
        f"{url}collections/{INBOX}/", user=MEDALLION_USER, password=MEDALLION_PASSWORD
    )
    assert server  # medallion's own discovery is not configured; the collection is enough
    # Read back through the manifest: medallion 3.0.0's object listing fails (500) on any
    # object with a `version` property, which every STIX extension-definition has.
    held = [
        o
        for page in taxii2client.as_pages(inbox.get_manifest, per_request=50)
        for o in page.get("objects", [])
    ]
    assert {o["id"] for o in held} >= {o["id"] for o in expected.objects}
    again = push(
        world.store,
        engine,
        world.agency,
        get_partner(engine, world.agency, "P-GREEN"),
        at=NOW,
        actor="t",
    )
    assert again.objects == 0
    pushed = [
        d
        for d in disclosures(engine, "JP-NPA", partner="P-GREEN")
        if d.detail["endpoint"] == "push"
    ]
    assert sum(d.detail["count"] for d in pushed) == len(expected.objects)


def test_one_tipoff_pulls_another_over_basic_auth(world: TaxiiWorld, tmp_path: Path) -> None:
    store, engine = receiving_instance(tmp_path)
    agency = store.get_agency("KH-POL")
    partner, _ = add_partner(store, engine, agency, "JP-NPA", clearance="clear", at=NOW, actor="t")
    with serve_asgi(world.app) as base:
        partner = set_remote(
            engine,
            partner,
            url=f"{base}/taxii2/JP-NPA/",
            collection=collection_id("JP-NPA", "shared"),
            inbox=None,
            user="P-AMBER",
            key=world.keys["P-AMBER"],
        )
        done = pull(store, engine, agency, partner, at=NOW, actor="t", page_size=4)
        again = pull(
            store, engine, agency, get_partner(engine, agency, "JP-NPA"), at=NOW, actor="t"
        )
    reports = expected_bundle(world, "amber").bundle["objects"]
    assert done.complete and done.objects == len(reports)
    assert done.created == sum(1 for o in reports if o["type"] == "report")
    assert (again.objects, again.created) == (0, 0)
    engine.dispose()
