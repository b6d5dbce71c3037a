"""Attack: an agency drafts a tip-off about a network holding other agencies' reports.

The draft was built from every member report the partner's clearance admits, whoever
owned it: another agency's AMBER report, its external id, its suspects' phones and
wallets left the instance in the first agency's tip-off, and so did what a partner had
given the agency under AMBER. A tip-off now carries only the sending agency's own reports,
by the rule its exports follow (``share.reads.may_pass_on``). Through the network page's
form, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from web_support import T0, WALLET, WebWorld, csrf_from, populate

from tipoff.intake.pipeline import Intake, pseudonymiser_from, validate_report
from tipoff.link.hubs import HubPolicy
from tipoff.link.persistence import relink
from tipoff.share.partners import add_partner
from tipoff.tipoffs.store import SqlTipoffStore

OTHER_PHONE = "+855 97 765 4321"
IMPORTED = "report--5b1f0c2e-7d3a-4c1e-9a7e-00000000a001"


def _report(external_id: str, text: str) -> dict[str, object]:
    return {
        "external_id": external_id,
        "received_at": "2026-11-21T10:00:00Z",
        "victim_country": "KH",
        "channel": "social_dm",
        "narrative": text,
        "messages": [{"text": text, "sender": "scammer"}],
        "tlp": "amber",
    }


@pytest.fixture
def world(web_world: WebWorld) -> tuple[WebWorld, TestClient, int]:
    populate(web_world)
    intake = Intake(web_world.store, pseudonymiser_from(web_world.settings), clock=lambda: T0)
    theirs = _report("KH-SECRET-9", f"Send USDT to {WALLET}, then call {OTHER_PHONE}.")
    given = _report(IMPORTED, f"Partner's AMBER report: USDT to {WALLET}.")
    for owner, raw in ((web_world.other, theirs), (web_world.agency, given)):
        [outcome] = intake.submit(owner, [validate_report(raw)], actor="test")  # type: ignore[list-item]
        assert hasattr(outcome, "id"), outcome
    relink(
        web_world.engine,
        HubPolicy.from_settings(web_world.settings),
        web_world.settings.leiden_min_size,
        T0,
    )
    for code, clearance in (("BANK-AMBER", "amber"), ("JP-OWN", "own")):
        add_partner(
            web_world.store,
            web_world.engine,
            web_world.agency,
            code,
            clearance=clearance,
            at=T0,
            actor="test",
        )
    client = web_world.login(web_world.client())
    page = client.get("/networks").text
    network_id = int(page.split('href="/networks/', 1)[1].split('"', 1)[0])
    return web_world, client, network_id


def _drafted(world: WebWorld, client: TestClient, network_id: int, partner: str) -> str:
    data = {
        "csrf": csrf_from(client.get("/tipoffs").text),
        "partner": partner,
        "actions": ["locate"],
        "urgency": "urgent",
    }
    response = client.post(f"/networks/{network_id}/tipoffs", data=data)
    assert response.status_code == 303, response.text
    uid = response.headers["location"].split("?", 1)[0].rsplit("/", 1)[1]
    tipoff = SqlTipoffStore(world.engine).get(world.agency, uid)
    return repr([(p.kind, p.tlp, p.body) for p in tipoff.parts])


def test_a_tipoff_carries_only_the_sending_agency_s_own_reports(
    world: tuple[WebWorld, TestClient, int],
) -> None:
    web_world, client, network_id = world
    to_bank = _drafted(web_world, client, network_id, "BANK-AMBER")
    assert "JP-1" in to_bank  # the agency's own report is there
    for leaked in ("KH-SECRET-9", "+85597765", IMPORTED):
        assert leaked not in to_bank, leaked
    # What a partner gave the agency under AMBER goes to its own organisation only.
    to_own = _drafted(web_world, client, network_id, "JP-OWN")
    assert IMPORTED in to_own
    assert "KH-SECRET-9" not in to_own and "+85597765" not in to_own
