"""Property-based fuzzing of the HTTP API: untrusted input never gives a 5xx.

Schemathesis generates requests (valid and invalid) from the app's own OpenAPI schema and
sends them in-process (ASGI, no network) to an app over a migrated SQLite database that
holds a few linked reports and one agency key. Every response must be below 500, match
the documented schema, and every 4xx must be application/problem+json. Hypothesis then
aims hostile JSON (lone surrogates, NUL, huge numbers, deep nesting) at the two write
endpoints. Bounded (few examples per operation) and derandomized so CI is stable.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from tipoff.intake.pipeline import Intake, pseudonymiser_from, validate_report
from tipoff.keys import issue_key
from tipoff.link.hubs import HubPolicy
from tipoff.link.persistence import relink
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
PROBLEM = "application/problem+json"
# TIPOFF_FUZZ_EXAMPLES raises the examples per operation for a deeper (slower) run.
FUZZ = settings(
    max_examples=int(os.environ.get("TIPOFF_FUZZ_EXAMPLES", "25")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
SEED_REPORTS = [
    {
        "external_id": f"seed-{n}",
        "victim_country": "JP",
        "channel": "sms",
        "narrative": "Guaranteed profit. Send USDT to TUSQzWDnJfWTmvXrQAx4Vk13LLdp1BJMgC, call "
        f"+85512345{n:03d}.",
        "loss": {"amount": "1000", "currency": "USD"},
    }
    for n in range(3)
]


class FuzzWorld:
    """One app over a seeded, linked SQLite database, shared by the module's examples."""

    def __init__(self, directory: Path) -> None:
        # TIPOFF_FUZZ_DATABASE_URL points the fuzzing at another (empty) database, e.g. PostgreSQL.
        url = os.environ.get("TIPOFF_FUZZ_DATABASE_URL") or f"sqlite:///{directory / 'fuzz.db'}"
        self.engine = make_engine(url)
        migrate.upgrade(self.engine)
        store = SqlReportStore(self.engine)
        agency = store.add_agency("JP-NPA", "National Police Agency", "JP", at=NOW)
        self.headers = {"Authorization": f"Bearer {issue_key(store, agency, at=NOW, actor='test')}"}
        # A high check limit: the fuzzer sends more than a person would, and 429 is not the
        # point here.
        self.settings = Settings(
            database_url=url, environment="test", check_rate_limit=100_000, link_on_intake=False
        )
        intake = Intake(store, pseudonymiser_from(self.settings), clock=lambda: NOW)
        intake.submit(agency, [validate_report(raw) for raw in SEED_REPORTS], actor="test")  # type: ignore[misc]
        relink(self.engine, HubPolicy(50), 500, NOW)
        self.app: FastAPI = create_app(self.settings, clock=lambda: NOW)


@pytest.fixture(scope="module")
def fuzz_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzWorld]:
    world = FuzzWorld(tmp_path_factory.mktemp("fuzz"))
    yield world
    world.engine.dispose()


OPERATIONS = (
    "POST /api/v1/reports",
    "GET /api/v1/reports",
    "GET /api/v1/reports/{report_id}",
    "POST /api/v1/check",
    "GET /api/v1/networks",
    "GET /api/v1/networks/{network_id}",
    "GET /api/v1/networks/{network_id}/reports",
    "GET /api/v1/networks/{network_id}/explain",
    "GET /api/v1/indicators/hubs",
    "GET /api/v1/indicators/{kind}/{value}",
    "GET /healthz",
    "GET /readyz",
    "POST /api/v1/reports/{report_id}/verdicts",
    "GET /api/v1/reports/{report_id}/verdicts",
    "GET /api/v1/model",
    "GET /api/v1/disclosures",
    "GET /api/v1/export",
    "POST /api/v1/feeds/{name}/import",
    "GET /api/v1/tipoffs",
    "GET /api/v1/tipoffs/figures",
    "POST /api/v1/tipoffs/drafts",
    "GET /api/v1/tipoffs/{uid}",
    "POST /api/v1/tipoffs/{uid}/send",
    "POST /api/v1/tipoffs/{uid}/sync",
    "POST /api/v1/tipoffs/{uid}/events",
    "GET /api/v1/tipoffs/{uid}/matches",
    "POST /api/v1/tipoffs/{uid}/attachments",
    "GET /api/v1/tipoffs/{uid}/attachments/{sha256}",
)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def api_schema(fuzz_world: FuzzWorld) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", fuzz_world.app)


@pytest.fixture(scope="module")
def client(fuzz_world: FuzzWorld) -> Iterator[TestClient]:
    with TestClient(fuzz_world.app) as test_client:
        yield test_client


def assert_problem_on_client_error(status: int, content_type: str, body: bytes) -> None:
    """A 4xx is problem+json whose body says which status it is."""
    if 400 <= status < 500:
        assert content_type.split(";")[0] == PROBLEM, (status, content_type)
        problem = json.loads(body)
        assert problem["status"] == status and problem["title"] and problem["detail"]


def test_every_operation_is_fuzzed(api_schema: Any) -> None:
    assert {result.ok().label for result in api_schema.get_all_operations()} == set(OPERATIONS)


# (schemathesis' own pytest plugin does not run under pytest 9, so each operation's
# strategy is driven by hypothesis directly.)
# Operations with no parameters and no body have no invalid request to generate.
WITHOUT_INPUT = ("GET /healthz", "GET /readyz", "GET /api/v1/model", "GET /api/v1/tipoffs/figures")
FUZZ_CASES = [
    pytest.param(label, mode, id=f"{label}-{mode.value}")
    for label in OPERATIONS
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    if not (mode is GenerationMode.NEGATIVE and label in WITHOUT_INPUT)
]


@pytest.mark.parametrize(("label", "mode"), FUZZ_CASES)
def test_api_never_fails_and_keeps_its_schema(
    label: str, mode: GenerationMode, api_schema: Any, fuzz_world: FuzzWorld
) -> None:
    method, path = label.split(" ")
    operation = api_schema[path][method]

    @FUZZ
    @given(case=operation.as_strategy(generation_mode=mode))
    def fuzz(case: Any) -> None:
        response = case.call(headers=fuzz_world.headers)
        case.validate_response(response, checks=CHECKS)
        content_type = response.headers.get("content-type") or [""]
        assert_problem_on_client_error(response.status_code, content_type[0], response.content)

    fuzz()


def test_every_operation_but_the_public_check_needs_a_key(client: TestClient) -> None:
    for method, path in (
        ("POST", "/api/v1/reports"),
        ("GET", "/api/v1/reports"),
        ("GET", "/api/v1/reports/1"),
        ("GET", "/api/v1/networks"),
        ("GET", "/api/v1/networks/1"),
        ("GET", "/api/v1/networks/1/reports"),
        ("GET", "/api/v1/networks/1/explain?from=1&to=2"),
        ("GET", "/api/v1/indicators/hubs"),
        ("GET", "/api/v1/indicators/phone/+85512345000"),
        ("GET", "/api/v1/export"),
        ("POST", "/api/v1/feeds/mine/import?format=misp-freetext"),
    ):
        response = client.request(method, path, json={} if method == "POST" else None)
        assert response.status_code == 401, (method, path)
        assert_problem_on_client_error(401, response.headers["content-type"], response.content)


# --- hostile JSON aimed at the write endpoints ------------------------------------------
# Text with every code point class, lone surrogates and NUL included.
HOSTILE_TEXT = st.text(st.characters(exclude_categories=()), max_size=40) | st.sampled_from(
    [
        "\ud800",
        "a\udfffb",
        "\x00",
        "\x00\x00narrative",
        "\u202e+85512345678",
        "😀" * 50,
        "NaN",
        "1e999",
    ]
)
HOSTILE_NUMBER = (
    st.integers()
    | st.sampled_from([10**400, -(10**400), 2**63, -(2**63) - 1])
    | st.floats(allow_nan=True, allow_infinity=True)
)
HOSTILE_SCALAR = st.none() | st.booleans() | HOSTILE_NUMBER | HOSTILE_TEXT
HOSTILE_JSON = st.recursive(
    HOSTILE_SCALAR,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(HOSTILE_TEXT, inner, max_size=4),
    max_leaves=20,
)
REPORT_FIELDS = (
    "external_id",
    "agency",
    "received_at",
    "occurred_at",
    "victim_country",
    "language",
    "channel",
    "narrative",
    "messages",
    "loss",
    "payments",
    "identifiers",
    "scam_type",
    "victim",
    "tlp",
)
# Report-shaped bodies get past the top level, so each field's validation is reached.
HOSTILE_REPORT = st.fixed_dictionaries(
    {"external_id": HOSTILE_TEXT | HOSTILE_JSON},
    optional={field: HOSTILE_JSON for field in REPORT_FIELDS[1:]}
    | {
        "messages": st.lists(
            st.fixed_dictionaries({"text": HOSTILE_TEXT}, optional={"sent_at": HOSTILE_JSON}),
            max_size=3,
        ),
        "loss": st.fixed_dictionaries(
            {"amount": HOSTILE_NUMBER | HOSTILE_TEXT, "currency": HOSTILE_TEXT}
        ),
        "narrative": HOSTILE_TEXT,
    },
)
HOSTILE = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def as_json(value: Any) -> bytes:
    """JSON text as a hostile client would send it: ASCII escapes keep lone surrogates as
    ``\\udXXX`` and floats may be NaN/Infinity (which Python's parser accepts)."""
    return json.dumps(value).encode("ascii")


def assert_handled(response: Any, *accepted: int) -> None:
    assert response.status_code < 500, response.text
    assert response.status_code in accepted, (response.status_code, response.text)
    assert_problem_on_client_error(
        response.status_code, response.headers["content-type"], response.content
    )


JSON_HEADERS = {"content-type": "application/json"}


@HOSTILE
@given(body=HOSTILE_JSON | st.fixed_dictionaries({"reports": st.lists(HOSTILE_REPORT, max_size=3)}))
def test_reports_survive_arbitrary_json(
    body: Any, client: TestClient, fuzz_world: FuzzWorld
) -> None:
    response = client.post(
        "/api/v1/reports", content=as_json(body), headers=fuzz_world.headers | JSON_HEADERS
    )
    assert_handled(response, 200, 201, 207, 422)


@HOSTILE
@given(body=HOSTILE_REPORT)
def test_reports_survive_hostile_fields(
    body: dict[str, Any], client: TestClient, fuzz_world: FuzzWorld
) -> None:
    response = client.post(
        "/api/v1/reports", content=as_json(body), headers=fuzz_world.headers | JSON_HEADERS
    )
    assert_handled(response, 200, 201, 422)
    if response.status_code == 422:
        assert all(e["path"].startswith("body") for e in response.json()["errors"])


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"{",
        b"\xff\xfe{}",
        b'{"external_id": "\xc3"}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        b"1" * 100_000,
        b'"\\ud800"',
        b"null",
        b"NaN",
    ],
)
def test_reports_reject_malformed_bodies(
    raw: bytes, client: TestClient, fuzz_world: FuzzWorld
) -> None:
    response = client.post(
        "/api/v1/reports", content=raw, headers=fuzz_world.headers | JSON_HEADERS
    )
    assert_handled(response, 422)
    assert response.json()["errors"][0]["path"].startswith("body")


@HOSTILE
@given(
    body=HOSTILE_JSON
    | st.fixed_dictionaries({"text": HOSTILE_TEXT}, optional={"kind": HOSTILE_JSON})
)
def test_check_survives_arbitrary_json(body: Any, client: TestClient) -> None:
    response = client.post("/api/v1/check", content=as_json(body), headers=JSON_HEADERS)
    assert_handled(response, 200, 422)


# --- regressions the fuzzing found -------------------------------------------------------
def test_lone_surrogate_is_rejected_at_its_field(client: TestClient, fuzz_world: FuzzWorld) -> None:
    body = {
        "reports": [
            {"external_id": "\udc00", "narrative": "ok"},
            {"external_id": "s-1", "messages": [{"text": "hi \ud83d"}]},
        ]
    }
    response = client.post(
        "/api/v1/reports", content=as_json(body), headers=fuzz_world.headers | JSON_HEADERS
    )
    assert response.status_code == 207
    results = response.json()["results"]
    assert [(r["external_id"], [e["path"] for e in r["errors"]]) for r in results] == [
        (None, ["body.reports.0.external_id"]),
        ("s-1", ["body.reports.1.messages.0.text"]),
    ]


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/api/v1/reports/9223372036854775808", "path.report_id"),
        ("/api/v1/reports?limit=99999999999999999999", "query.limit"),
        ("/api/v1/networks?max_reports=2147483648", "query.max_reports"),
        ("/api/v1/networks?min_growth_7d=2147483648", "query.min_growth_7d"),
        ("/api/v1/networks?offset=9223372036854775808", "query.offset"),
        ("/api/v1/networks/9223372036854775808", "path.network_id"),
        ("/api/v1/networks/1/explain?from=1&to=9223372036854775808", "query.to"),
    ],
)
def test_integers_beyond_bigint_are_422_naming_the_parameter(
    path: str, field: str, client: TestClient, fuzz_world: FuzzWorld
) -> None:
    response = client.get(path, headers=fuzz_world.headers)
    assert_handled(response, 422)
    assert [e["path"] for e in response.json()["errors"]] == [field]


@pytest.mark.parametrize("deadline", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00"])
def test_a_time_with_no_utc_equivalent_is_422_naming_the_field(
    deadline: str, client: TestClient, fuzz_world: FuzzWorld
) -> None:
    """A time at the ends of the calendar overflows when turned to UTC: 422, not 500."""
    body = {"network": 1, "to": "KH-POL", "actions": ["locate"], "deadline": deadline}
    response = client.post(
        "/api/v1/tipoffs/drafts", json=body, headers=fuzz_world.headers | JSON_HEADERS
    )
    assert_handled(response, 422)
    assert [e["path"] for e in response.json()["errors"]] == ["body.deadline"]


def test_body_that_is_not_utf8_is_422_at_body(client: TestClient, fuzz_world: FuzzWorld) -> None:
    response = client.post(
        "/api/v1/reports",
        content=b'{"external_id": "\xff"}',
        headers=fuzz_world.headers | JSON_HEADERS,
    )
    assert_handled(response, 422)
    assert response.json()["errors"] == [
        {"path": "body", "message": response.json()["errors"][0]["message"]}
    ]


def test_nul_and_odd_text_are_handled_on_every_backend(engine: Any) -> None:
    """PostgreSQL refuses NUL in text columns; SQLite takes it. Neither may give a 500."""
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    headers = {
        "Authorization": f"Bearer {issue_key(store, agency, at=NOW, actor='test')}"
    } | JSON_HEADERS
    settings_ = Settings(
        database_url=engine.url.render_as_string(hide_password=False),
        environment="test",
        link_on_intake=False,
    )
    app = create_app(settings_, clock=lambda: NOW)
    body = {
        "reports": [
            {"external_id": "nul\x00id", "narrative": "x"},
            {
                "external_id": "nul-2",
                "narrative": "a\x00b +85512345678",
                "scam_type": "in\x00v",
                "messages": [{"text": "\x00", "from_id": "\x00+855"}],
                "identifiers": [{"value": "+855\x0012345678"}],
                "victim": {"name": "\x00"},
                "language": "j\x00",
            },
            {"external_id": "ok-3", "narrative": "fine"},
        ]
    }
    with TestClient(app) as test_client:
        response = test_client.post("/api/v1/reports", content=as_json(body), headers=headers)
        assert_handled(response, 201, 207)
        results = response.json()["results"]
        assert [r["status"] for r in results] == ["rejected", "rejected", "created"]
        assert [e["path"] for e in results[0]["errors"]] == ["body.reports.0.external_id"]
        assert {e["path"] for e in results[1]["errors"]} == {
            f"body.reports.1.{field}"
            for field in (
                "narrative",
                "scam_type",
                "messages.0.text",
                "messages.0.from_id",
                "identifiers.0.value",
                "victim.name",
                "language",
            )
        }
        for query in ("country=J%00", "scam_type=%00", "channel=%00", "agency=%00", "cursor=%00"):
            assert_handled(test_client.get(f"/api/v1/reports?{query}", headers=headers), 200, 422)
        assert_handled(test_client.get("/api/v1/indicators/phone/%00", headers=headers), 404, 422)
        assert_handled(
            test_client.post("/api/v1/check", json={"text": "\x00 call +855\x0012345678"}), 200
        )
