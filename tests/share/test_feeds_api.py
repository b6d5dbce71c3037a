"""POST /api/v1/feeds/{name}/import: an agency's own feed file, private, audited, on SQLite
and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from taxii_world import NOW, TaxiiWorld, taxii_world

from tipoff.api.routers import feeds as feeds_api
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.share.feeds.store import SqlFeedStore

URL = "/api/v1/feeds/{}/import"


@pytest.fixture
def world(
    tmp_path: Path, database_url: str
) -> Iterator[tuple[TaxiiWorld, TestClient, dict[str, str]]]:
    tw = taxii_world(tmp_path, database_url)
    keys = tw.agency_keys()
    app = create_app(
        Settings(database_url=tw.url, environment="test"),
        clock=lambda: NOW,
        routers=(feeds_api.router,),
    )
    with TestClient(app) as client:
        yield tw, client, keys
    tw.store.engine.dispose()


def _post(client: TestClient, key: str | None, name: str, body: bytes, **params: Any) -> Any:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return client.post(URL.format(name), content=body, params=params, headers=headers)


def test_an_agency_imports_its_own_private_feed_and_it_is_audited(world: Any) -> None:
    tw, client, keys = world
    body = b"# partner list\nhxxps://fake-bank[.]top/login pay-now.xyz 8.8.8.8\n"
    answer = _post(client, keys["JP-NPA"], "bank-list", body, format="misp-freetext")
    assert answer.status_code == 200, answer.text
    assert (answer.json()["added"], answer.json()["skipped"]) == (2, 1)
    assert answer.json()["source_file"] == "upload"  # not the server's temporary path
    feeds = SqlFeedStore(tw.store.engine)
    keys_wanted = [("url", "https://fake-bank.top/login"), ("domain", "pay-now.xyz")]
    at = datetime(2026, 4, 2, tzinfo=UTC)
    listed = feeds.listings(keys_wanted, at=at)
    assert {(x.feed, x.value) for x in listed} == {
        ("jp-npa.bank-list", "https://fake-bank.top/login"),
        ("jp-npa.bank-list", "pay-now.xyz"),
    }
    assert feeds.listings(keys_wanted, at=at, public_only=True) == []  # never on the check
    [entry] = [e for e in tw.store.audit_entries() if e.action == "feed-import"]
    assert entry.actor == "agency JP-NPA (api feed import)"
    assert entry.object_ref == "jp-npa.bank-list" and entry.detail["added"] == 2
    # Another agency's feed of the same name is its own; it never refreshes JP-NPA's.
    other = _post(
        client, keys["KH-POL"], "bank-list", b"other-scam.top\n", format="plain", kind="host"
    )
    assert other.status_code == 200
    assert {x.feed for x in feeds.listings([("domain", "other-scam.top")], at=at)} == {
        "kh-pol.bank-list"
    }


def test_csv_form_and_refusals(world: Any) -> None:
    tw, client, keys = world
    key = keys["JP-NPA"]
    csv_body = b"date;url\n2026-03-01;https://fake-post.top/track\n2026-03-02\n"
    answer = _post(client, key, "posts", csv_body, format="misp-csv", columns="2", delimiter=";")
    assert answer.status_code == 200, answer.text
    assert answer.json()["added"] == 1
    assert _post(client, None, "posts", csv_body).status_code == 401
    assert _post(client, "tpk_nope", "posts", csv_body).status_code == 401
    for name, params in (
        ("posts", {"format": "misp"}),  # a folder format: CLI only
        ("posts", {"format": "xml"}),
        ("posts", {"format": "plain"}),  # no kind
        ("posts", {"format": "misp-csv", "columns": "0"}),
        ("posts", {"format": "misp-csv", "columns": "a,b"}),
        ("posts", {"format": "misp-csv", "delimiter": ";;"}),
        ("Upper", {"format": "misp-freetext"}),
        ("x" * 50, {"format": "misp-freetext"}),
        ("posts", {"format": "misp-freetext", "confidence": "101"}),
        ("posts", {"format": "misp-freetext", "extra": "1"}),
    ):
        refused = _post(client, key, name, csv_body, **params)
        assert refused.status_code == 422, (name, params, refused.text)
        assert refused.headers["content-type"].startswith("application/problem+json")
    # Bytes that are not UTF-8 are read with replacement characters, never a 500.
    odd = _post(client, key, "odd", b"\xff\xfe scam-\xff.top\n", format="misp-freetext")
    assert odd.status_code == 200
    audited = [e for e in tw.store.audit_entries() if e.action == "feed-import"]
    assert len(audited) == 2  # refused requests import and audit nothing
