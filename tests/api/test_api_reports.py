"""The reports API over a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, inspect, select, table, text
from tests.asgi_stream import stream_post

from tipoff.api.routers import networks as networks_routes
from tipoff.api.routers import reports as reports_routes
from tipoff.intake.analyse import Analyser
from tipoff.keys import issue_key
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import network_members
from tipoff.link.persistence import relink
from tipoff.model import FoundIndicator, IndicatorKind
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import reports as report_table

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
PROBLEM = "application/problem+json"


def phones_only(text: str, *, country_hint: str | None = None) -> list[FoundIndicator]:
    """A tiny deterministic extractor: words that are '+' and 8+ digits."""
    found, start = [], 0
    for word in text.split():
        start = text.index(word, start)
        if word.startswith("+") and word[1:].isdigit() and len(word) > 8:
            found.append(FoundIndicator(IndicatorKind.PHONE, word, start, start + len(word), word))
        start += len(word)
    return found


@pytest.fixture
def api(engine: Engine) -> Iterator[tuple[TestClient, dict[str, str], dict[str, str]]]:
    """A client on a migrated database, with headers for two agencies (JP and KH)."""
    store = SqlReportStore(engine)
    keys = {}
    for code in ("JP-NPA", "KH-ACD"):
        agency = store.add_agency(code, code, code[:2], at=NOW)
        keys[code] = issue_key(store, agency, at=NOW, actor="test")
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False), environment="test"
    )
    app = create_app(
        settings,
        clock=lambda: NOW,
        analyser=Analyser(phones_only, with_assessment=False),
        routers=(reports_routes.router,),
    )
    with TestClient(app) as client:
        yield client, {"Authorization": f"Bearer {keys['JP-NPA']}"}, {"X-API-Key": keys["KH-ACD"]}


def report(external_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "external_id": external_id,
        "victim_country": "JP",
        "channel": "sms",
        "narrative": "He called from +85512345678 every day.",
    } | fields


def test_writes_and_reads_need_an_api_key(api: Any) -> None:
    client, _jp, _kh = api
    for response in (
        client.post("/api/v1/reports", json=report("a")),
        client.get("/api/v1/reports"),
        client.post(
            "/api/v1/reports", json=report("a"), headers={"X-API-Key": "tpk_00000000_nope"}
        ),
    ):
        assert response.status_code == 401
        assert response.headers["content-type"] == PROBLEM
        assert response.json()["status"] == 401 and response.headers["www-authenticate"] == "Bearer"


def test_single_report_is_created_once_and_read_back(api: Any) -> None:
    client, jp, _kh = api
    first = client.post("/api/v1/reports", json=report("case-1"), headers=jp)
    assert first.status_code == 201 and first.json()["created"] is True
    again = client.post("/api/v1/reports", json=report("case-1"), headers=jp)
    assert again.status_code == 200 and again.json() == first.json() | {"created": False}
    got = client.get(first.headers["location"], headers=jp).json()
    assert (got["agency"], got["external_id"], got["received_at"]) == (
        "JP-NPA",
        "case-1",
        "2026-05-01T09:30:00Z",
    )
    assert [(s["kind"], s["value"], s["role"], s["source"]) for s in got["sightings"]] == [
        ("phone", "+85512345678", "mentioned", "narrative")
    ]


def test_invalid_report_is_422_problem_with_field_path(api: Any) -> None:
    client, jp, _kh = api
    bad = report(
        "x", messages=[{"text": "hi"}, {"text": "ok"}, {"sender": "scammer"}], tlp="purple"
    )
    response = client.post("/api/v1/reports", json=bad, headers=jp)
    assert response.status_code == 422 and response.headers["content-type"] == PROBLEM
    paths = {e["path"] for e in response.json()["errors"]}
    assert paths == {"body.messages.2.text", "body.tlp"}
    broken = client.post(
        "/api/v1/reports",
        content=b'{"external_id": ',
        headers=jp | {"content-type": "application/json"},
    )
    assert broken.status_code == 422 and broken.headers["content-type"] == PROBLEM


def test_batch_keeps_good_items_beside_bad_ones(api: Any) -> None:
    client, jp, _kh = api
    client.post("/api/v1/reports", json=report("old"), headers=jp)
    batch = {
        "reports": [
            report("new-1"),
            report("bad", loss={"amount": -5, "currency": "JPY"}),
            report("old"),
            "not an object",
            report("new-2"),
        ]
    }
    response = client.post("/api/v1/reports", json=batch, headers=jp)
    assert response.status_code == 207
    body = response.json()
    assert (body["accepted"], body["created"], body["rejected"]) == (3, 2, 2)
    assert [r["status"] for r in body["results"]] == [
        "created",
        "rejected",
        "exists",
        "rejected",
        "created",
    ]
    assert body["results"][1]["errors"][0]["path"] == "body.reports.1.loss.amount"
    assert body["results"][3]["errors"][0]["path"] == "body.reports.3"
    listed = client.get("/api/v1/reports", headers=jp).json()["items"]
    assert [r["external_id"] for r in listed] == ["new-2", "new-1", "old"]
    clean = client.post("/api/v1/reports", json={"reports": [report("new-3")]}, headers=jp)
    assert clean.status_code == 201 and clean.json()["results"][0]["status"] == "created"


def test_batch_over_the_limit_is_refused(engine: Engine) -> None:
    store = SqlReportStore(engine)
    key = issue_key(store, store.add_agency("JP", "JP", "JP", at=NOW), at=NOW, actor="t")
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False), batch_limit=2
    )
    client = TestClient(
        create_app(
            settings,
            analyser=Analyser(phones_only, with_assessment=False),
            routers=(reports_routes.router,),
        )
    )
    response = client.post(
        "/api/v1/reports",
        json={"reports": [report(str(i)) for i in range(3)]},
        headers={"X-API-Key": key},
    )
    assert response.status_code == 422 and response.json()["errors"][0]["path"] == "body.reports"


def test_listing_paginates_filters_and_is_audited(api: Any, engine: Engine) -> None:
    client, jp, _kh = api
    reports = [report(f"r{i}", victim_country="JP" if i % 2 else "KR") for i in range(7)]
    client.post("/api/v1/reports", json={"reports": reports}, headers=jp)
    seen, cursor = [], None
    while True:
        params = {"limit": 2, "country": "JP"} | ({"cursor": cursor} if cursor else {})
        page = client.get("/api/v1/reports", params=params, headers=jp).json()
        seen += [r["external_id"] for r in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert seen == ["r5", "r3", "r1"]
    bad_cursor = client.get("/api/v1/reports", params={"cursor": "nonsense"}, headers=jp)
    assert (
        bad_cursor.status_code == 422 and bad_cursor.json()["errors"][0]["path"] == "query.cursor"
    )
    too_big = client.get("/api/v1/reports", params={"limit": 10_000}, headers=jp)
    assert too_big.status_code == 422 and too_big.json()["errors"][0]["path"] == "query.limit"
    with engine.connect() as connection:
        actions = connection.execute(text("SELECT action FROM audit_log")).scalars().all()
    assert actions.count("read_bulk") == 2 and "write" in actions and "key_create" in actions


def test_other_agencies_see_only_what_tlp_allows(api: Any) -> None:
    client, jp, kh = api
    ids = {
        tlp: client.post("/api/v1/reports", json=report(tlp, tlp=tlp), headers=jp).json()["id"]
        for tlp in ("green", "amber", "amber+strict", "red")
    }
    assert client.get(f"/api/v1/reports/{ids['amber']}", headers=kh).status_code == 200
    hidden = client.get(f"/api/v1/reports/{ids['red']}", headers=kh)
    assert hidden.status_code == 404 and hidden.headers["content-type"] == PROBLEM
    assert {r["tlp"] for r in client.get("/api/v1/reports", headers=kh).json()["items"]} == {
        "green",
        "amber",
    }
    assert client.get(f"/api/v1/reports/{ids['red']}", headers=jp).status_code == 200


def test_report_naming_another_agency_is_rejected(api: Any) -> None:
    client, jp, _kh = api
    response = client.post("/api/v1/reports", json=report("x", agency="KH-ACD"), headers=jp)
    assert response.status_code == 422 and response.json()["errors"][0]["path"] == "body.agency"


def test_victim_identity_never_stored_or_returned_in_clear(
    api: Any, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    client, jp, _kh = api
    victim = {
        "name": "Hanako Suzuki",
        "phone": "+81 90 5555 1234",
        "email": "hanako@example.jp",
        "national_id": "9876-5432-1098",
        "age_band": "60-69",
    }
    narrative = (
        "I am Hanako Suzuki. Call me on +819055551234 or hanako@example.jp. Scammer: +85512345678"
    )
    caplog.set_level(logging.DEBUG)
    posted = client.post(
        "/api/v1/reports",
        json=report(
            "p1",
            victim=victim,
            narrative=narrative,
            messages=[{"text": "Hanako Suzuki here", "sender": "victim"}],
        ),
        headers=jp,
    )
    assert posted.status_code == 201
    shown = client.get(f"/api/v1/reports/{posted.json()['id']}", headers=jp).text
    listed = client.get("/api/v1/reports", headers=jp).text
    dump = _database_dump(engine)
    # The phone's digits as runs long enough never to turn up by chance in the hex of ids and
    # key hashes the dump also holds (a bare "5555" did, now and then).
    secrets = ("Hanako", "Suzuki", "9055551234", "5555 1234", "5555-1234", "hanako@", "9876-5432")
    for where in (shown, listed, dump, caplog.text):
        assert not [s for s in secrets if s.lower() in where.lower()]
    stored = client.get(f"/api/v1/reports/{posted.json()['id']}", headers=jp).json()
    assert stored["victim_attrs"]["age_band"] == "60-69" and len(stored["victim_key"]) == 64
    assert [s["value"] for s in stored["sightings"]] == [
        "+85512345678"
    ]  # not the victim's own number


def test_only_the_owner_reads_a_reports_victim_pseudonyms(api: Any) -> None:
    """KH read JP's victim hashes, posted probe reports with guessed victim fields and
    compared its own probes' hashes: the right name, phone and e-mail matched (attack F6)."""
    client, jp, kh = api
    victim = {"name": "Hanako Suzuki", "phone": "+81 90 5555 1234", "email": "h@example.jp"}
    posted = client.post("/api/v1/reports", json=report("v1", victim=victim), headers=jp)
    report_id = posted.json()["id"]
    own = client.get(f"/api/v1/reports/{report_id}", headers=jp).json()
    assert len(own["victim_key"]) == 64 and set(own["victim_attrs"]["hashes"]) == {
        "name",
        "phone",
        "email",
    }
    shown = [client.get(f"/api/v1/reports/{report_id}", headers=kh).json()]
    shown += [r for r in client.get("/api/v1/reports", headers=kh).json()["items"]]
    assert [r["id"] for r in shown] == [report_id, report_id]
    for other in shown:
        assert other["victim_key"] is None and "hashes" not in other["victim_attrs"]
        assert not [h for h in own["victim_attrs"]["hashes"].values() if h in json.dumps(other)]
    # KH's own probe still shows KH its own pseudonyms, which now match nothing it can read.
    probe = client.post("/api/v1/reports", json=report("guess", victim=victim), headers=kh)
    mine = client.get(f"/api/v1/reports/{probe.json()['id']}", headers=kh).json()
    assert mine["victim_attrs"]["hashes"] == own["victim_attrs"]["hashes"]


def _database_dump(engine: Engine) -> str:
    with engine.connect() as connection:
        names = inspect(connection).get_table_names()
        return "\n".join(
            str(row)
            for name in names
            for row in connection.execute(select(text("*")).select_from(table(name)))
        )


def test_openapi_and_docs_are_served_by_the_full_app(engine: Engine) -> None:
    settings = Settings(database_url=engine.url.render_as_string(hide_password=False))
    client = TestClient(create_app(settings))
    schema = client.get("/openapi.json").json()
    assert "/api/v1/reports" in schema["paths"] and "ReportIn" in schema["components"]["schemas"]
    assert client.get("/docs").status_code == 200
    missing = client.get("/api/v1/no-such-thing")
    assert missing.status_code == 404 and missing.headers["content-type"] == PROBLEM


def test_unreachable_database_is_503_and_bugs_are_bare_500(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tipoff.store.memory import MemoryReportStore

    # A directory where the database file should be: the engine is built, connecting fails.
    (tmp_path / "a-directory.db").mkdir()
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'a-directory.db'}")
    client = TestClient(
        create_app(settings, routers=(reports_routes.router,)),
        raise_server_exceptions=False,
    )
    down = client.get("/api/v1/reports", headers={"X-API-Key": "tpk_12345678_x"})
    assert down.status_code == 503 and down.headers["content-type"] == PROBLEM

    class Broken(MemoryReportStore):
        def get_report(self, report_id: int, *, viewer: Any) -> Any:
            raise KeyError("internal detail")

    store = Broken()
    key = issue_key(store, store.add_agency("JP", "JP", "JP", at=NOW), at=NOW, actor="t")
    client = TestClient(
        create_app(Settings(), store=store, routers=(reports_routes.router,)),
        raise_server_exceptions=False,
    )
    broken = client.get("/api/v1/reports/1", headers={"X-API-Key": key})
    assert broken.status_code == 500 and broken.headers["content-type"] == PROBLEM
    assert "internal detail" not in broken.text and "Traceback" not in broken.text


def test_a_batch_of_1000_with_an_extreme_last_date_is_207_naming_the_item(
    api: Any, engine: Engine
) -> None:
    """Was: 500 after storing the first 500 (the date overflowed when converted to UTC)."""
    client, jp, _kh = api
    items = [report(f"b{i}") for i in range(999)]
    items.append(report("b999", received_at="9999-12-31T23:59:59-14:00"))
    response = client.post("/api/v1/reports", json={"reports": items}, headers=jp)
    assert response.status_code == 207, response.text
    body = response.json()
    assert (body["created"], body["rejected"]) == (999, 1)
    [problem] = body["results"][999]["errors"]
    assert problem["path"] == "body.reports.999.received_at"
    assert "1990-01-01" in problem["message"]
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM reports")).scalar() == 999


@pytest.mark.parametrize(
    ("fields", "path", "words"),
    [
        ({"received_at": "9999-12-31T23:59:59-14:00"}, "body.received_at", "1990-01-01"),
        ({"occurred_at": "1970-01-01T00:00:00Z"}, "body.occurred_at", "1990-01-01"),
        ({"received_at": "2200-01-01T00:00:00"}, "body.received_at", "one day after now"),
        ({"loss": {"amount": "1e15", "currency": "JPY"}}, "body.loss.amount", "USD 1,000,000,000"),
        ({"loss": {"amount": "2e10", "currency": "XAU"}}, "body.loss.amount", "10,000,000,000"),
        ({"loss": {"amount": "10", "currency": "XXX"}}, "body.loss.currency", "ISO 4217"),
        ({"loss": {"amount": "10", "currency": "ZZZ"}}, "body.loss.currency", "ISO 4217"),
        ({"loss": {"amount": "10", "currency": "jpy"}}, "body.loss.currency", "capital letters"),
        ({"victim_country": "jp"}, "body.victim_country", "two capital letters"),
        ({"victim_country": "QQ"}, "body.victim_country", "ISO 3166"),
        (
            {"payments": [{"amount": 1, "currency": "USD", "payee": "x", "paid_at": "0001-01-01"}]},
            "body.payments.0.paid_at",
            "1990-01-01",
        ),
    ],
)
def test_implausible_values_are_422_naming_the_field(
    api: Any, fields: dict[str, Any], path: str, words: str
) -> None:
    client, jp, _kh = api
    response = client.post("/api/v1/reports", json=report("odd", **fields), headers=jp)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    [problem] = [e for e in response.json()["errors"] if e["path"] == path]
    assert words in problem["message"]


def test_a_failing_second_part_of_a_batch_is_207_for_the_unstored_items(engine: Engine) -> None:
    """The first 500 are committed before the next 500 fail: the answer says which is which."""
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    key = issue_key(store, agency, at=NOW, actor="test")
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False), environment="test"
    )
    app = create_app(
        settings,
        clock=lambda: NOW,
        analyser=Analyser(phones_only, with_assessment=False),
        routers=(reports_routes.router,),
    )
    calls = []
    real = app.state.intake.store.save_reports

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the disk is full")
        return real(*args, **kwargs)

    app.state.intake.store = type("Flaky", (), {"save_reports": staticmethod(flaky)})()
    items = [report(f"c{i}") for i in range(1000)]
    with TestClient(app) as client:
        response = client.post(
            "/api/v1/reports", json={"reports": items}, headers={"X-API-Key": key}
        )
    assert response.status_code == 207, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results[:500]] == ["created"] * 500
    assert [r["status"] for r in results[500:]] == ["rejected"] * 500
    assert "resubmit" in results[500]["errors"][0]["message"]


def _post_json(
    app: Any, headers: list[tuple[bytes, bytes]], chunks: int, size: int
) -> tuple[int, int]:
    return stream_post(
        app, "/api/v1/reports", headers, content_type=b"application/json", chunks=chunks, size=size
    )


def _capped_app(engine: Engine, cap: int) -> tuple[Any, str]:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    key = issue_key(store, agency, at=NOW, actor="test")
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False),
        environment="test",
        max_body_bytes=cap,
    )
    app = create_app(
        settings,
        clock=lambda: NOW,
        analyser=Analyser(phones_only, with_assessment=False),
        routers=(reports_routes.router,),
    )
    return app, key


def test_the_key_is_checked_before_a_byte_of_the_body_is_read(engine: Engine) -> None:
    app, _key = _capped_app(engine, 1 << 20)
    for headers in ([], [(b"x-api-key", b"tpk_00000000_nope")]):
        status, pulled = _post_json(app, headers, chunks=64, size=1 << 20)
        assert (status, pulled) == (401, 0)


def test_a_chunked_body_over_the_cap_is_413_and_read_no_further(engine: Engine) -> None:
    app, key = _capped_app(engine, 64 * 1024)
    status, pulled = _post_json(app, [(b"x-api-key", key.encode())], chunks=1000, size=16 * 1024)
    assert status == 413
    assert pulled <= 64 * 1024 + 16 * 1024  # stopped at the first chunk over the cap


def test_a_declared_length_over_the_cap_is_413_problem(engine: Engine) -> None:
    app, key = _capped_app(engine, 64 * 1024)
    body = {"reports": [report(f"r{i}", narrative="x" * 1000) for i in range(100)]}
    with TestClient(app) as client:
        response = client.post("/api/v1/reports", json=body, headers={"X-API-Key": key})
        assert response.status_code == 413
        assert response.headers["content-type"] == PROBLEM
        assert "max_body_bytes" in response.json()["detail"]
        small = client.post("/api/v1/reports", json=report("ok"), headers={"X-API-Key": key})
        assert small.status_code == 201


def test_only_report_submissions_are_told_to_send_fewer_reports(engine: Engine) -> None:
    app, key = _capped_app(engine, 64 * 1024)
    big = {"text": "x" * (100 * 1024)}
    with TestClient(app) as client:
        check = client.post("/api/v1/check", json=big)
        batch = client.post("/api/v1/reports", json=big, headers={"X-API-Key": key})
    assert (check.status_code, batch.status_code) == (413, 413)
    assert "reports" not in check.json()["detail"]  # the public check sends no reports
    assert "send fewer reports" in batch.json()["detail"]


def _cursor(payload: str) -> str:
    return "c1." + base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    ("query", "path"),
    [
        ({"cursor": _cursor('{"before":10000000000000000000000000}')}, "query.cursor"),
        ({"cursor": _cursor('{"before":1e25}')}, "query.cursor"),
        ({"cursor": _cursor('{"before":-1}')}, "query.cursor"),
        ({"cursor": "c1.!!!"}, "query.cursor"),
        ({"received_from": "9999-12-31T23:59:59-14:00"}, "query.received_from"),
        ({"received_to": "0001-01-01T00:00:00+14:00"}, "query.received_to"),
    ],
)
def test_huge_or_malformed_filters_are_422_not_500(
    api: Any, query: dict[str, str], path: str
) -> None:
    client, jp, _kh = api
    response = client.get("/api/v1/reports", params=query, headers=jp)
    assert response.status_code == 422, response.text
    assert path in {e["path"] for e in response.json()["errors"]}


def test_an_extreme_seen_since_on_networks_is_422(engine: Engine) -> None:
    store = SqlReportStore(engine)
    key = issue_key(store, store.add_agency("JP-NPA", "NPA", "JP", at=NOW), at=NOW, actor="t")
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False), environment="test"
    )
    app = create_app(settings, routers=(networks_routes.router,))
    with TestClient(app) as client:
        response = client.get(
            "/api/v1/networks",
            params={"seen_since": "9999-12-31T23:59:59-14:00"},
            headers={"X-API-Key": key},
        )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["path"] == "query.seen_since"


def test_unknown_query_parameters_are_422_naming_them(api: Any) -> None:
    # Before: ?contry=JP returned every report, as if filtered.
    client, jp, _kh = api
    client.post("/api/v1/reports", json=report("a", victim_country="KR"), headers=jp)
    response = client.get("/api/v1/reports", params={"contry": "JP", "limt": 1}, headers=jp)
    assert response.status_code == 422 and response.headers["content-type"] == PROBLEM
    problem = response.json()
    assert "contry, limt" in problem["detail"] and "country" in problem["detail"]
    assert problem["errors"][0]["path"] == "query.contry"
    bad_country = client.get("/api/v1/reports", params={"country": "J1"}, headers=jp)
    assert bad_country.status_code == 422
    assert "two letters" in bad_country.json()["errors"][0]["message"]


def test_unknown_query_parameters_are_422_on_networks_and_indicators(engine: Engine) -> None:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    key = issue_key(store, agency, at=NOW, actor="test")
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False), environment="test"
    )
    app = create_app(
        settings, clock=lambda: NOW, analyser=Analyser(phones_only, with_assessment=False)
    )
    with TestClient(app) as client:
        headers = {"X-API-Key": key}
        for path in ("/api/v1/networks", "/api/v1/indicators/hubs"):
            response = client.get(path, params={"sortby": "harm"}, headers=headers)
            assert response.status_code == 422, (path, response.text)
            assert "sortby" in response.json()["detail"]


def test_reports_filter_by_network_as_the_viewer_sees_it(api: Any, engine: Engine) -> None:
    # Before: ?network=N was ignored and every report came back.
    client, jp, kh = api
    shared = "+85512345678"
    posted = [
        report("n1", narrative=f"call {shared}", tlp="green"),
        report("n2", narrative=f"again {shared}", tlp="green"),
        report("n3", narrative=f"and {shared}", tlp="red"),
        report("other", narrative="call +85599999999"),
    ]
    client.post("/api/v1/reports", json={"reports": posted}, headers=jp)
    relink(engine, HubPolicy(), 50, NOW)
    with engine.connect() as connection:
        network_id = connection.execute(
            select(network_members.c.network_id)
            .join(report_table, report_table.c.id == network_members.c.report_id)
            .where(report_table.c.external_id == "n1")
        ).scalar_one()
    mine = client.get("/api/v1/reports", params={"network": network_id}, headers=jp).json()
    assert sorted(r["external_id"] for r in mine["items"]) == ["n1", "n2", "n3"]
    theirs = client.get("/api/v1/reports", params={"network": network_id}, headers=kh).json()
    assert sorted(r["external_id"] for r in theirs["items"]) == ["n1", "n2"]  # not the red one
    both = client.get(
        "/api/v1/reports", params={"network": network_id, "country": "KR"}, headers=jp
    ).json()
    assert both["items"] == []
    unknown = client.get("/api/v1/reports", params={"network": 999_999}, headers=jp)
    assert unknown.status_code == 404
