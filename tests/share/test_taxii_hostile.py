"""Hostile input on every TAXII 2.1 route, from a partner holding a valid key: malformed
envelopes, huge or odd limits, bad ``added_after``/``next``/``match[...]`` values, wrong media
types, bytes that are not UTF-8, odd path segments. Never a 500: each is refused with a
4xx TAXII error message, or answered. The TAXII routes are not in the OpenAPI schema (the
TAXII specification is their contract), so the API fuzz test does not reach them; this is
their fuzz, explicit cases first, then hypothesis. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import orjson
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from taxii_world import TAXII, TaxiiWorld, taxii_world

from tipoff.api.routers.taxii import collection_id

ROOT = "/taxii2/JP-NPA/"
SHARED = f"{ROOT}collections/{collection_id('JP-NPA', 'shared')}/"
INBOX = f"{ROOT}collections/{collection_id('JP-NPA', 'inbox')}/"
GOOD_ID = "indicator--0d2a8b5e-1c1e-4c4a-9a7e-333333333333"
PARAMS = (
    "added_after",
    "limit",
    "next",
    "match[type]",
    "match[id]",
    "match[version]",
    "match[spec_version]",
)
ODD_TEXT = [
    "",
    "-1",
    "1e9",
    "99999999999999999999999999999999",
    "yesterday",
    "2026-13-45T25:61:61Z",
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    "last,2026-01-01T00:00:00Z",
    ",,,",
    "x" * 5000,
    "\x00",
    "'; DROP TABLE share_objects; --",
    "😀" * 50,
]


@pytest.fixture
def world(tmp_path: Path, database_url: str) -> Iterator[tuple[TaxiiWorld, TestClient]]:
    found = taxii_world(tmp_path, database_url)
    with TestClient(found.app, raise_server_exceptions=False) as client:
        yield found, client
    found.store.engine.dispose()


def _refused_or_answered(answer: Any, *allowed: int, case: Any = None) -> None:
    """Not a 5xx; one of ``allowed``; an error is a TAXII error message (but 401)."""
    seen = (case, answer.status_code, answer.text[:300])
    assert answer.status_code < 500, seen
    if allowed:
        assert answer.status_code in allowed, seen
    if answer.status_code >= 400 and answer.status_code != 401:
        assert answer.headers["content-type"].startswith("application/taxii+json"), seen
        body = answer.json()
        assert isinstance(body.get("title"), str) and body.get("http_status"), seen
        assert "Traceback" not in answer.text


def test_odd_query_values_are_400_or_answered(world: Any) -> None:
    tw, client = world
    headers = tw.basic("P-AMBER")
    for value in ODD_TEXT:
        for name in PARAMS:
            for tail in ("objects/", "manifest/", f"objects/{GOOD_ID}/versions/"):
                answer = client.get(SHARED + tail, params={name: value}, headers=headers)
                _refused_or_answered(answer, 200, 400, 404, 422, case=(name, value[:40], tail))


RAW_QUERIES = [
    "limit=10&limit=20",
    "match%5Btype%5D=%ff%fe",
    "added_after=%ff",
    "next=%c3%28",
    "limit=" + "9" * 400,
    "match[foo]=bar",
    "&&&==&",
    "next=" + "A" * 20000,
]


def test_raw_query_strings_are_never_a_500(world: Any) -> None:
    tw, client = world
    for query in RAW_QUERIES:
        for tail in ("objects/", "manifest/"):
            answer = client.get(f"{SHARED}{tail}?{query}", headers=tw.basic("P-AMBER"))
            _refused_or_answered(answer, 200, 400, 422, case=query[:40])


ACCEPTS = [
    "text/html",
    "application/json",
    "application/taxii+json;version=3.0",
    "application/taxii+json;version",
    "application/stix+json;version=2.1",
    ";;;,,,",
    "\u00e9",
    "*/*;q=0",
]


def test_wrong_accept_headers_are_406_or_answered(world: Any) -> None:
    tw, client = world
    for accept in ACCEPTS:
        headers: dict[str, Any] = {**tw.basic("P-AMBER"), "Accept": accept.encode()}
        for path in ("/taxii2/", ROOT, f"{ROOT}collections/", SHARED, SHARED + "objects/"):
            _refused_or_answered(client.get(path, headers=headers), 200, 406, case=accept)


ENVELOPES: list[bytes] = [
    b"",
    b"\xff\xfe\x00{",
    b"not json",
    b"[]",
    b"null",
    b'{"objects": 5}',
    b'{"objects": {"a": 1}}',
    b'{"objects": [1, "x", null, [], {}]}',
    b'{"objects": [{"type": "indicator"}]}',
    b'{"objects": [{"id": 5, "type": {"x": 1}}]}',
    b'{"objects": [{"type": "report", "id": "report--' + b"f" * 300 + b'"}]}',
    orjson.dumps({"objects": [{"type": "sighting", "id": "sighting--" + "0" * 36}] * 3}),
    orjson.dumps({"objects": [{"type": "x", "id": "x--" + "\x00" * 36}]}),
    b'{"objects": [{"type": "indicator", "id": "indicator--0d2a8b5e-1c1e-4c4a-9a7e-'
    b'333333333333", "modified": 12, "created": [], "revoked": "yes", "object_refs": '
    b'["report--\\u0000", 7]}]}',
    b'{"objects": [{"type": "report", "id": "report--0d2a8b5e-1c1e-4c4a-9a7e-222222222222",'
    b' "published": "2026-01-01T00:00:00Z", "modified": "9999-12-31T23:59:59.999999999Z",'
    b' "object_refs": ["indicator--0d2a8b5e-1c1e-4c4a-9a7e-\\u0000\\u000033333333"]}]}',
    b'{"objects": [' + b"1" * 400 + b"]}",
    b'{"objects": [{"type": "indicator", "id": "'
    + GOOD_ID.encode()
    + b'", "pattern": "['
    + b"(" * 5000
    + b'"}]}',
    b'{"a":' * 2000 + b"1" + b"}" * 2000,
]


def test_malformed_envelopes_are_refused_or_imported_never_a_500(world: Any) -> None:
    tw, client = world
    headers = {**tw.basic("P-AMBER"), "Content-Type": TAXII}
    for body in ENVELOPES:
        answer = client.post(INBOX + "objects/", content=body, headers=headers)
        _refused_or_answered(answer, 202, 400, 413, 422, case=body[:60])
        if answer.status_code == 202:  # its status resource reads back
            status = client.get(f"{ROOT}status/{answer.json()['id']}/", headers=tw.basic("P-AMBER"))
            _refused_or_answered(status, 200, case=body[:60])


@pytest.mark.parametrize("field", ["created_by_ref", "sighting_of_ref", "source_ref", "target_ref"])
@pytest.mark.parametrize("value", [[GOOD_ID], {"id": GOOD_ID}, [[]], {}])
def test_a_reference_that_is_a_list_or_an_object_is_never_a_500(
    world: Any, field: str, value: Any
) -> None:
    """``created_by_ref: [...]`` on a report made the inbox answer 500 (an unhashable
    creator, in tipoff.share.versions) before 2026-12-07."""
    tw, client = world
    headers = {**tw.basic("P-AMBER"), "Content-Type": TAXII}
    for kind in ("report", "sighting", "relationship", "indicator"):
        obj = {
            "type": kind,
            "spec_version": "2.1",
            "id": f"{kind}--0d2a8b5e-1c1e-4c4a-9a7e-555555555555",
            "created": "2026-01-01T00:00:00Z",
            "modified": "2026-01-01T00:00:00Z",
            "name": "x",
            "published": "2026-01-01T00:00:00Z",
            "object_refs": [GOOD_ID, {"id": GOOD_ID}],
            field: value,
        }
        answer = client.post(
            INBOX + "objects/", content=orjson.dumps({"objects": [obj]}), headers=headers
        )
        _refused_or_answered(answer, 202, 400, 422, case=(kind, field, value))


CONTENT_TYPES: list[str | None] = [
    None,
    "application/json",
    "text/plain",
    "application/taxii+json;version=2.0",
    "application/taxii+json;version=\u00e9",
    "multipart/form-data; boundary=x",
]


def test_wrong_content_types_on_post_are_415(world: Any) -> None:
    tw, client = world
    for content_type in CONTENT_TYPES:
        headers: dict[str, Any] = tw.basic("P-AMBER")
        if content_type is not None:
            headers = {**headers, "Content-Type": content_type.encode()}
        answer = client.post(INBOX + "objects/", content=b'{"objects": []}', headers=headers)
        _refused_or_answered(answer, 415, case=content_type)
        # Writing the read-only collection is refused whatever is sent.
        answer = client.post(SHARED + "objects/", content=b'{"objects": []}', headers=headers)
        _refused_or_answered(answer, 403, 415, case=content_type)


ODD_PATHS = [
    "/taxii2/%ff/",
    "/taxii2/NO-SUCH/collections/",
    f"{ROOT}collections/%00/objects/",
    f"{ROOT}collections/{'x' * 3000}/",
    f"{SHARED}objects/%ff%fe/",
    f"{SHARED}objects/{'a' * 5000}/versions/",
    f"{SHARED}objects/..%2f..%2f/",
    f"{ROOT}status/%00/",
    f"{ROOT}status/{'0' * 36}/",
    f"{ROOT}status/../../collections/",
]


def test_odd_path_segments_are_4xx(world: Any) -> None:
    tw, client = world
    for path in ODD_PATHS:
        answer = client.get(path, headers=tw.basic("P-AMBER"))
        _refused_or_answered(answer, 200, 400, 403, 404, 422, case=path[:60])


def test_credentials_that_are_not_utf8_or_not_base64_are_401(world: Any) -> None:
    _, client = world
    for value in ("Basic %%%", "Basic /w==", "Bearer \u00e9\u00e9", "Basic " + "A" * 10000, "x"):
        headers = {"Authorization": value.encode(), "Accept": TAXII}
        answer = client.get(SHARED + "objects/", headers=headers)
        assert answer.status_code == 401, (value[:20], answer.status_code)


query_values = st.one_of(
    st.text(max_size=60),
    st.sampled_from(ODD_TEXT),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.datetimes().map(lambda d: d.isoformat() + "Z"),
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    params=st.dictionaries(st.sampled_from(PARAMS), query_values, max_size=4),
    tail=st.sampled_from(["objects/", "manifest/", "objects/{id}/", "objects/{id}/versions/"]),
    object_id=st.one_of(st.just(GOOD_ID), st.text(min_size=1, max_size=40)),
)
def test_fuzzed_queries_never_fail(
    world: Any, params: dict[str, str], tail: str, object_id: str
) -> None:
    tw, client = world
    path = SHARED + tail.replace("{id}", quote(object_id, safe=""))
    answer = client.get(path, params=params, headers=tw.basic("P-GREEN"))
    _refused_or_answered(answer)


json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=40),
    st.sampled_from(
        [GOOD_ID, "report--0d2a8b5e-1c1e-4c4a-9a7e-222222222222", "2026-01-01T00:00:00Z"]
    ),
)
stix_like = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["report", "indicator", "sighting", "relationship", "identity"]),
        "id": st.sampled_from(
            [
                GOOD_ID,
                "report--0d2a8b5e-1c1e-4c4a-9a7e-222222222222",
                "sighting--0d2a8b5e-1c1e-4c4a-9a7e-444444444444",
            ]
        ),
    },
    optional={
        "modified": json_leaf,
        "created": json_leaf,
        "published": json_leaf,
        "revoked": json_leaf,
        "object_refs": st.lists(json_leaf, max_size=4),
        "sighting_of_ref": json_leaf,
        "pattern": st.one_of(json_leaf, st.just("[domain-name:value = 'x.top']")),
        "count": json_leaf,
        "object_marking_refs": st.lists(json_leaf, max_size=2),
    },
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(objects=st.lists(st.one_of(stix_like, json_leaf), max_size=6))
def test_fuzzed_envelopes_never_fail(world: Any, objects: list[Any]) -> None:
    tw, client = world
    headers = {**tw.basic("P-AMBER"), "Content-Type": TAXII}
    body = orjson.dumps({"objects": objects})
    answer = client.post(INBOX + "objects/", content=body, headers=headers)
    _refused_or_answered(answer, 202, 400, 422)
