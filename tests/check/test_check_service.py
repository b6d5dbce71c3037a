"""The public check (``tipoff.check``): what "known" means for the public, page and API alike.

The public is ``Viewer.public()``: an identifier is known only when a report marked CLEAR
cites it (or GREEN, where ``check_discloses_green``). One cited only by AMBER, AMBER+STRICT
or RED reports, or by GREEN ones by default, reads exactly like one never reported.
"""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tipoff.api.routers import check as check_routes
from tipoff.check import CheckService, check_text, decide, known_keys, service_for
from tipoff.check.ratelimit import RateLimiter
from tipoff.model import Assessment, FoundIndicator, IndicatorKind
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

NOW = datetime(2026, 5, 1, tzinfo=UTC)
# One phone per marking, each cited by one report of agency A only; CLEAR_AND_RED by both.
PHONES = {
    "clear": "+85512000001",
    "green": "+85512000002",
    "amber": "+85512000003",
    "amber+strict": "+85512000004",
    "red": "+85512000005",
}
UNKNOWN = "+85512000009"


def phone(value: str) -> NewSighting:
    return NewSighting("phone", value, "caller", value, "narrative", None, None, 1.0, False)


@pytest.fixture
def store(engine: Engine) -> SqlReportStore:
    store = SqlReportStore(engine)
    a = store.add_agency("A-POL", "Agency A", "KH", at=NOW)
    store.save_reports(
        a,
        [
            NewReport(external_id=f"A-{tlp}", received_at=NOW, tlp=tlp, sightings=(phone(value),))
            for tlp, value in PHONES.items()
        ],
        at=NOW,
        actor="t",
    )
    return store


def keys(*values: str) -> list[tuple[str, str]]:
    return [("phone", v) for v in values]


def test_known_follows_the_viewer(engine: Engine, store: SqlReportStore) -> None:
    everything = keys(*PHONES.values(), UNKNOWN)
    with engine.connect() as connection:
        public = known_keys(connection, everything, Viewer.public())
        greens = known_keys(connection, everything, Viewer.public(include_green=True))
        other_agency = known_keys(connection, everything, Viewer.agency(999))
        operator = known_keys(connection, everything, Viewer.operator())
    assert public == set(keys(PHONES["clear"]))
    assert greens == set(keys(PHONES["clear"], PHONES["green"]))
    assert other_agency == set(keys(PHONES["clear"], PHONES["green"], PHONES["amber"]))
    assert operator == set(keys(*PHONES.values()))


def _assess(probability: float) -> Any:
    def assess(_text: str, _kind: str) -> Assessment:
        return Assessment(
            scam_probability=probability, labels={"investment": probability}, language=None
        )

    return assess


def _extract(text: str) -> list[FoundIndicator]:
    return [
        FoundIndicator(IndicatorKind.PHONE, v, 0, 1, v)
        for v in (*PHONES.values(), UNKNOWN)
        if v in text
    ]


def test_service_says_known_for_clear_only_and_limits(
    engine: Engine, store: SqlReportStore
) -> None:
    clock = [0.0]
    service = CheckService(
        engine, Viewer.public(), RateLimiter(2, clock=lambda: clock[0]), _assess(0.1), _extract
    )
    hidden = service.check(f"call {PHONES['red']} or {PHONES['amber+strict']}", "message")
    unknown = service.check(f"call {UNKNOWN}", "message")
    assert [i.known for i in hidden.identifiers] == [False, False]
    assert hidden.verdict == unknown.verdict == "no_known_signs"
    assert service.admit("1.2.3.4") is None and service.admit("1.2.3.4") is None
    limited = service.admit("1.2.3.4")
    assert limited is not None and limited.retry_after_s > 0
    clear = CheckService(engine, Viewer.public(), RateLimiter(5), _assess(0.1), _extract)
    assert [i.known for i in clear.check(PHONES["clear"], "message").identifiers] == [True]


def test_service_for_builds_one_service_per_app(engine: Engine) -> None:
    state = SimpleNamespace(engine=engine)
    settings = Settings(environment="test", check_discloses_green=True, check_rate_limit=7)
    first = service_for(state, settings, RateLimiter)
    assert service_for(state, settings, RateLimiter) is first
    assert first.viewer == Viewer.public(include_green=True) and first.limiter.limit == 7


def test_verdict_is_pure_and_never_looks_up_common_values() -> None:
    found = [
        FoundIndicator(IndicatorKind.PHONE, "+85512345678", 0, 5, "x"),
        FoundIndicator(IndicatorKind.DOMAIN, "t.me", 6, 10, "t.me", common=True),
    ]
    asked: list[list[tuple[str, str]]] = []

    def lookup(wanted: Any) -> set[tuple[str, str]]:
        asked.append(list(wanted))
        return {("phone", "+85512345678")}

    result = check_text("text", "message", _assess(0.5), lambda _t: found, lookup)
    assert result.verdict == "likely_scam" and [i.known for i in result.identifiers] == [
        True,
        False,
    ]
    assert asked == [[("phone", "+85512345678")]]
    assert decide(0.1, True) == "suspicious" and decide(0.9, False) == "likely_scam"


@pytest.mark.parametrize("discloses_green", [False, True])
def test_check_api_known_only_from_reports_the_public_may_see(
    engine: Engine, store: SqlReportStore, discloses_green: bool, monkeypatch: Any
) -> None:
    # The wiring is the app's own (service_for, the settings' viewer, the real extractor);
    # only the model is replaced, so the test does not depend on the bundled artifact.
    monkeypatch.setattr(
        "tipoff.check.service.assess", lambda text, kind, model: _assess(0.1)(text, kind)
    )
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False),
        environment="test",
        check_discloses_green=discloses_green,
        link_on_intake=False,
    )
    app = create_app(settings, clock=lambda: NOW, routers=(check_routes.router,))
    text = " ".join(f"call {v}" for v in (*PHONES.values(), UNKNOWN))
    with TestClient(app) as client:
        response = client.post("/api/v1/check", json={"text": text})
    assert response.status_code == 200, response.text
    known = {i["value"]: i["known"] for i in response.json()["identifiers"]}
    assert known[PHONES["clear"]] is True and known[UNKNOWN] is False
    assert known[PHONES["green"]] is discloses_green
    for tlp in ("amber", "amber+strict", "red"):
        assert known[PHONES[tlp]] is False, tlp
    assert "A-" not in response.text


def test_a_known_identifier_after_many_others_is_still_known(
    engine: Engine, store: SqlReportStore, monkeypatch: Any
) -> None:
    """120 harmless numbers ahead of a CLEAR-cited one made it "not known" and the verdict
    "no_known_signs": only the first 100 keys were looked up (attack F5)."""
    monkeypatch.setattr(
        "tipoff.check.service.assess", lambda text, kind, model: _assess(0.1)(text, kind)
    )
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False),
        environment="test",
        link_on_intake=False,
    )
    app = create_app(settings, clock=lambda: NOW, routers=(check_routes.router,))
    padding = " ".join(f"+8551270{n:04d}" for n in range(120))
    text = f"numbers from the trip {padding} and the shop {PHONES['clear']}"
    with TestClient(app) as client:
        response = client.post("/api/v1/check", json={"text": text})
    assert response.status_code == 200, response.text
    answer = response.json()
    known = {i["value"]: i["known"] for i in answer["identifiers"]}
    assert len(known) == 121 and known[PHONES["clear"]] is True
    assert answer["verdict"] == "suspicious"
    with engine.connect() as connection:
        many = keys(*(f"+8551270{n:04d}" for n in range(250)), PHONES["clear"], PHONES["red"])
        assert known_keys(connection, many, Viewer.public()) == set(keys(PHONES["clear"]))
