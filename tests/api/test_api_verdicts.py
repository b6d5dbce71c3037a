"""Analysts' verdicts through the API, and GET /api/v1/model (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tipoff.api.routers import model, reports, verdicts
from tipoff.assess.assess import bundled_model_path
from tipoff.intake.analyse import Analyser
from tipoff.keys import issue_key, key_prefix
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
PROBLEM = "application/problem+json"
ROUTERS = (reports.router, verdicts.router, model.router)


def _client(engine: Engine, keys: dict[str, str], **settings: Any) -> TestClient:
    config = Settings(
        database_url=engine.url.render_as_string(hide_password=False),
        environment="test",
        link_on_intake=False,
        **settings,
    )
    app = create_app(
        config,
        clock=lambda: NOW,
        analyser=Analyser(lambda text, country_hint=None: [], with_assessment=False),
        routers=ROUTERS,
    )
    return TestClient(app)


@pytest.fixture
def api(engine: Engine) -> Iterator[tuple[TestClient, dict[str, str], dict[str, str], str]]:
    store = SqlReportStore(engine)
    keys = {}
    for code in ("JP-NPA", "KH-ACD"):
        agency = store.add_agency(code, code, code[:2], at=NOW)
        keys[code] = issue_key(store, agency, at=NOW, actor="test")
    with _client(engine, keys) as client:
        yield (
            client,
            {"Authorization": f"Bearer {keys['JP-NPA']}"},
            {"X-API-Key": keys["KH-ACD"]},
            keys["KH-ACD"],
        )


def _report(client: TestClient, jp: dict[str, str], external_id: str, tlp: str) -> int:
    body = {
        "external_id": external_id,
        "tlp": tlp,
        "narrative": "A caller said my account was frozen.",
        "messages": [{"text": "Pay the fee now or lose your account", "sender": "scammer"}],
    }
    response = client.post("/api/v1/reports", json=body, headers=jp)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def test_verdicts_are_recorded_and_listed_with_who_and_when(api: Any) -> None:
    client, jp, kh, kh_key = api
    amber = _report(client, jp, "a1", "amber")
    url = f"/api/v1/reports/{amber}/verdicts"
    assert client.post(url, json={"verdict": "scam"}).status_code == 401
    mine = client.post(
        url,
        json={"verdict": "scam", "scam_type": "impersonation.bank", "note": "bank script"},
        headers=jp,
    )
    assert mine.status_code == 201, mine.text
    theirs = client.post(url, json={"verdict": "spam", "message_index": 0}, headers=kh)
    assert theirs.status_code == 201, theirs.text
    listed = client.get(url, headers=kh).json()["items"]
    assert [(v["verdict"], v["agency"], v["message_index"]) for v in listed] == [
        ("scam", "JP-NPA", None),
        ("spam", "KH-ACD", 0),
    ]
    assert listed[0]["scam_type"] == "impersonation.bank" and listed[0]["note"] == "bank script"
    assert listed[1]["actor"] == f"key:{key_prefix(kh_key)}"
    assert listed[1]["created_at"].startswith("2026-05-01T09:30")
    # Another agency's analyst is not named: JP's key prefix was KH's to read (attack F8),
    # and F7's lockout target. JP itself still sees who gave its own verdict.
    assert listed[0]["actor"] == "analyst"
    by_jp = client.get(url, headers=jp).json()["items"]
    assert by_jp[0]["actor"].startswith("key:") and by_jp[1]["actor"] == "analyst"
    assert key_prefix(kh_key) not in client.get(url, headers=jp).text


def test_hidden_reports_cannot_be_judged_or_read(api: Any) -> None:
    client, jp, kh, _ = api
    red = _report(client, jp, "r1", "red")
    assert (
        client.post(
            f"/api/v1/reports/{red}/verdicts", json={"verdict": "scam"}, headers=jp
        ).status_code
        == 201
    )
    hidden = client.post(
        f"/api/v1/reports/{red}/verdicts", json={"verdict": "not_scam"}, headers=kh
    )
    absent = client.post(
        "/api/v1/reports/999999/verdicts", json={"verdict": "not_scam"}, headers=kh
    )
    assert hidden.status_code == absent.status_code == 404
    assert hidden.headers["content-type"].startswith(PROBLEM)
    assert hidden.json()["detail"].replace(str(red), "N") == absent.json()["detail"].replace(
        "999999", "N"
    )
    listed = client.get(f"/api/v1/reports/{red}/verdicts", headers=kh)
    assert listed.status_code == 404
    assert "scam" not in json.dumps(listed.json()).replace("urn:tipoff", "")
    assert len(client.get(f"/api/v1/reports/{red}/verdicts", headers=jp).json()["items"]) == 1


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"verdict": "maybe"}, "body.verdict"),
        ({"verdict": "scam", "scam_type": "not.a.type"}, "body.scam_type"),
        ({"verdict": "not_scam", "scam_type": "phishing"}, "body.scam_type"),
        ({"verdict": "scam", "message_index": 5}, "body.message_index"),
        ({"verdict": "scam", "message_index": -1}, "body.message_index"),
        ({"verdict": "scam", "note": "x" * 2001}, "body.note"),
        ({"verdict": "scam", "note": "bad \x00 byte"}, "body.note"),
        ({"verdict": "scam", "who": "me"}, "body.who"),
    ],
)
def test_bad_verdicts_are_422_naming_the_field(api: Any, body: dict[str, Any], path: str) -> None:
    client, jp, _kh, _ = api
    report_id = _report(client, jp, "b1", "amber")
    response = client.post(f"/api/v1/reports/{report_id}/verdicts", json=body, headers=jp)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert path in [e["path"] for e in response.json()["errors"]]


def test_model_endpoint_names_the_model_in_use(api: Any, engine: Engine, tmp_path: Path) -> None:
    client, jp, _kh, _ = api
    assert client.get("/api/v1/model").status_code == 401
    shipped = client.get("/api/v1/model", headers=jp).json()
    bundled = json.loads((bundled_model_path() / "metadata.json").read_text(encoding="utf-8"))
    assert shipped["version"] == bundled["version"] and shipped["bundled"] is True
    assert shipped["examples"] == bundled["examples"]
    assert bundled["held_out"]["uci-sms-spam"]["scam_f1"] == 0.0  # the file is unchanged
    assert shipped["held_out"]["uci-sms-spam"]["scam_f1"] is None
    assert shipped["held_out"]["uci-sms-spam"]["scam_f1_note"] == "n/a (no scam rows)"
    # A set with scam rows shows the file's figure (whatever model is shipped).
    mishra_soni = bundled["held_out"]["mishra-soni-smishing"]["scam_f1"]
    assert mishra_soni > 0.0
    assert shipped["held_out"]["mishra-soni-smishing"]["scam_f1"] == mishra_soni
    # A model directory of the operator's choosing (here a copy with its own version).
    chosen = tmp_path / "agency-model"
    shutil.copytree(bundled_model_path(), chosen)
    meta = {**bundled, "version": "2026-12-06.test", "languages": {"ja": 12, "en": 3}}
    (chosen / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    with _client(engine, {}, model_dir=chosen) as other:
        answer = other.get("/api/v1/model", headers=jp).json()
    assert (answer["version"], answer["bundled"], answer["directory"]) == (
        "2026-12-06.test",
        False,
        "agency-model",
    )
    assert answer["languages"] == {"ja": 12, "en": 3}
    assert str(tmp_path) not in json.dumps(answer)
