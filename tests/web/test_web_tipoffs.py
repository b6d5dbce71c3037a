"""Tip-off pages of the dashboard over one instance's store (docs/tipoffs.md, issue 15).

JP-NPA logs in. Its partner record KH-ACD points at a loopback port nothing listens on, so
every send or event really tries to reach the partner and fails as a network failure does
(recorded here, "could not be reached", re-sent later). The partner's side of the exchange
(its tip-off to JP-NPA, its acknowledgement and outcome) is stored through the library, as
the TAXII inbox stores it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.share.loopback import free_port, serve_asgi
from web_support import KH_PHONE, T0, WALLET, WebWorld, _report, csrf_from, populate

from tipoff.api.routers.taxii import collection_id
from tipoff.intake.pipeline import Intake, pseudonymiser_from, validate_report
from tipoff.keys import issue_key
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_detail import resolve_network
from tipoff.link.persistence import relink
from tipoff.share.partners import add_partner, get_partner, set_remote
from tipoff.store.records import Agency
from tipoff.tipoffs.deadlines import remind
from tipoff.tipoffs.model import Draft, Event, Part, new_uid
from tipoff.tipoffs.store import SqlTipoffStore

UID_RE = re.compile(r"/tipoffs/(x-tipoff--[0-9a-f-]{36})")


@dataclass
class Setup:
    world: WebWorld
    client: TestClient
    network_id: int
    tipoffs: SqlTipoffStore


@pytest.fixture
def setup(web_world: WebWorld) -> Setup:
    populate(web_world)
    partner, _ = add_partner(
        web_world.store,
        web_world.engine,
        web_world.agency,
        "KH-ACD",
        clearance="amber",
        at=T0,
        actor="test",
    )
    port = free_port()  # nothing listens there: the partner is unreachable
    set_remote(
        web_world.engine,
        partner,
        url=f"http://127.0.0.1:{port}/taxii2/api/",
        collection=None,
        inbox="inbox",
        user=None,
        key="k",
    )
    client = web_world.login(web_world.client())
    rows = client.get("/networks").text
    network_id = int(rows.split('href="/networks/', 1)[1].split('"', 1)[0])
    return Setup(web_world, client, network_id, SqlTipoffStore(web_world.engine))


def _csrf(client: TestClient) -> str:
    return csrf_from(client.get("/tipoffs").text)


def _draft(s: Setup, **fields: object) -> str:
    return _draft_at(s, **fields).split("?", 1)[0].rsplit("/", 1)[1]


def _draft_at(s: Setup, **fields: object) -> str:
    """Draft through the network page's form; where the browser goes next."""
    data: dict[str, object] = {
        "csrf": _csrf(s.client),
        "partner": "KH-ACD",
        "actions": ["locate", "freeze_accounts"],
        "urgency": "immediate",
        "deadline": "2026-12-01",
        "hotspot": "Phnom Penh",
        **fields,
    }
    response = s.client.post(f"/networks/{s.network_id}/tipoffs", data=data)
    assert response.status_code == 303, response.text
    assert UID_RE.search(response.headers["location"])
    return str(response.headers["location"])


def _incoming(s: Setup) -> str:
    """A tip-off KH-ACD sent to JP-NPA, stored as the inbox stores one."""
    uid = new_uid()
    draft = Draft(
        uid,
        "KH-ACD",
        "JP-NPA",
        "Compound in Sihanoukville",
        "urgent",
        T0 + timedelta(days=2),
        (
            Part("actions", "amber", {"requested": ["investigate"]}),
            Part("suspects", "green", {"phones": ["+855 12 345 678"]}),
        ),
        "network-77",
    )
    sent = Event("sent", "sent", "KH-ACD", T0)
    s.tipoffs.receive(s.world.agency, draft, sent, at=T0, actor="test")
    received = Event("received", "received", "JP-NPA", T0)
    s.tipoffs.record(s.world.agency, uid, received, at=T0, actor="test")
    return uid


def test_network_page_drafts_a_tipoff_and_its_page_shows_parts_and_what_was_left_out(
    setup: Setup,
) -> None:
    html = setup.client.get(f"/networks/{setup.network_id}").text
    assert 'id="tipoff-form"' in html and "KH-ACD" in html
    assert 'class="pill tipped"' not in setup.client.get("/networks").text
    at = _draft_at(setup)
    uid = at.split("?", 1)[0].rsplit("/", 1)[1]
    assert at.endswith("?used=3&left_out=0")
    first = setup.client.get(at).text
    assert 'id="send"' in first and "Built from 3 of" in first and "none left out" in first
    assert "clearance amber" not in first  # said only when a part or report is refused
    for kind in ("network", "victims", "actions", "location"):
        assert f'id="part-{kind}"' in first
    assert "TLP:AMBER" in first and "Phnom Penh" in first
    assert 'id="next-steps"' not in first  # a draft takes no event, it is sent
    assert 'class="pill tipped"' not in setup.client.get("/networks").text  # a draft acts not
    listed = setup.client.get(f"/networks/{setup.network_id}").text
    assert f"/tipoffs/{uid}" in listed
    outbox = setup.client.get("/tipoffs").text
    assert f"/tipoffs/{uid}" in outbox.split('id="outbox"', 1)[1]
    assert "immediate" in outbox and "2026-12-01" in outbox


def test_counts_in_the_draft_pages_url_that_are_no_numbers_are_left_out(setup: Setup) -> None:
    uid = _draft(setup)
    # "²".isdigit() is True but int("²") fails: a 500 before 2026-12-07.
    for odd in ("²", "①", "٣", "x", ""):
        page = setup.client.get(f"/tipoffs/{uid}", params={"used": odd, "left_out": odd})
        assert page.status_code == 200, (odd, page.text[:300])
        assert "Built from" not in page.text


def test_a_red_part_stops_the_send_and_is_named(setup: Setup) -> None:
    uid = _draft(setup)
    stored = setup.tipoffs.get(setup.world.agency, uid)
    red = Draft(
        new_uid(),
        "JP-NPA",
        "KH-ACD",
        "red location",
        "urgent",
        None,
        (
            *(p for p in stored.parts if p.kind != "location"),
            Part("location", "red", {"compound": "Building 4"}),
        ),
        stored.network_ref,
    )
    setup.tipoffs.create_draft(setup.world.agency, red, at=T0, actor="test")
    html = setup.client.get(f"/tipoffs/{red.uid}").text
    assert 'id="refused"' in html and "location (TLP:RED)" in html and 'id="send"' not in html
    answer = setup.client.post(f"/tipoffs/{red.uid}/send", data={"csrf": _csrf(setup.client)})
    assert answer.status_code == 422 and "TLP:RED" in answer.text
    assert setup.tipoffs.get(setup.world.agency, red.uid).state.value == "draft"


def test_send_to_an_unreachable_partner_is_recorded_and_says_so(setup: Setup) -> None:
    uid = _draft(setup, deadline="2026-11-19")
    assert 'id="due"' not in setup.client.get("/tipoffs").text  # a draft is not due
    answer = setup.client.post(f"/tipoffs/{uid}/send", data={"csrf": _csrf(setup.client)})
    assert answer.status_code == 303 and answer.headers["location"].endswith("undelivered=1")
    listed = setup.client.get("/networks").text.split(f'href="/networks/{setup.network_id}"')[1]
    assert ">tipped off</span>" in listed.split("</td>", 1)[0]
    html = setup.client.get(answer.headers["location"]).text
    assert 'id="undelivered"' in html and 'id="sync"' in html and ">sent</span>" in html
    # The sender may now message or let it expire; nothing the receiver does.
    assert 'id="form-message"' in html and 'id="form-expired"' in html
    assert 'id="form-acknowledged"' not in html and 'id="form-outcome"' not in html
    again = setup.client.post(f"/tipoffs/{uid}/sync", data={"csrf": _csrf(setup.client)})
    assert again.status_code == 303 and "undelivered=1" in again.headers["location"]
    assert [e.kind for e in setup.tipoffs.get(setup.world.agency, uid).events] == ["sent"]
    due = setup.client.get("/tipoffs").text.split('id="due"', 1)[1].split("</div>", 1)[0]
    assert f"/tipoffs/{uid}" in due and "overdue by 9 h" in due


def test_partner_events_show_on_the_timeline_and_in_the_figures(setup: Setup) -> None:
    uid = _draft(setup)
    setup.client.post(f"/tipoffs/{uid}/send", data={"csrf": _csrf(setup.client)})
    agency = setup.world.agency
    for event in (
        Event("r", "received", "KH-ACD", T0 + timedelta(hours=1)),
        Event("a", "acknowledged", "KH-ACD", T0 + timedelta(hours=4)),
        Event(
            "o",
            "outcome",
            "KH-ACD",
            T0 + timedelta(hours=40),
            {"arrests": 25, "accounts_frozen": 4, "amount_frozen_usd": 310000.0},
        ),
    ):
        setup.tipoffs.record(agency, uid, event, at=event.at, actor="taxii partner KH-ACD")
    html = setup.client.get(f"/tipoffs/{uid}").text
    timeline = html.split('id="timeline"', 1)[1]
    assert "acknowledged" in timeline and "arrests 25" in timeline and "310,000" in timeline
    assert 'id="next-steps"' in html and 'id="form-expired"' not in html  # final now
    figures = setup.client.get("/tipoffs").text.split('id="partner-figures"', 1)[1]
    assert "KH-ACD" in figures and "100%" in figures and "4.0" in figures
    assert "40.0" in figures and "310,000" in figures
    network = setup.client.get(f"/networks/{setup.network_id}").text
    assert "arrests 25" in network.split('id="network-tipoffs"', 1)[1]
    listed = setup.client.get("/networks").text.split(f'href="/networks/{setup.network_id}"')[1]
    assert 'class="pill tipped"' in listed.split("</td>", 1)[0]  # acted upon, with an outcome
    assert ">outcome</span>" in listed.split("</td>", 1)[0]


def test_receiver_forms_follow_the_state_machine(setup: Setup) -> None:
    uid = _incoming(setup)
    due = setup.client.get("/tipoffs").text.split('id="due"', 1)[1].split("</div>", 1)[0]
    assert f"/tipoffs/{uid}" in due and "48 h left" in due  # deadline in 2 days
    inbox = setup.client.get("/tipoffs").text.split('id="inbox"', 1)[1]
    assert f"/tipoffs/{uid}" in inbox.split('id="outbox"', 1)[0]
    html = setup.client.get(f"/tipoffs/{uid}").text
    for shown in ("acknowledged", "message", "declined"):
        assert f'id="form-{shown}"' in html
    for hidden in ("outcome", "progress", "expired"):
        assert f'id="form-{hidden}"' not in html
    csrf = csrf_from(html)
    ack = setup.client.post(
        f"/tipoffs/{uid}/events", data={"csrf": csrf, "kind": "acknowledged", "event_id": "e1"}
    )
    assert ack.status_code == 303 and "undelivered=1" in ack.headers["location"]
    html = setup.client.get(f"/tipoffs/{uid}").text
    assert 'id="form-outcome"' in html and 'id="form-acknowledged"' not in html
    # The same form sent twice (same event id) records once.
    setup.client.post(
        f"/tipoffs/{uid}/events", data={"csrf": csrf, "kind": "acknowledged", "event_id": "e1"}
    )
    outcome = {
        "csrf": csrf,
        "kind": "outcome",
        "event_id": "e2",
        "arrests": "25",
        "accounts_frozen": "4",
        "amount_frozen_usd": "310,000.50",
        "compound_raided": "yes",
        "text": "Raided at dawn",
    }
    assert setup.client.post(f"/tipoffs/{uid}/events", data=outcome).status_code == 303
    stored = setup.tipoffs.get(setup.world.agency, uid)
    assert [e.kind for e in stored.events] == ["sent", "received", "acknowledged", "outcome"]
    assert stored.events[-1].body["amount_frozen_usd"] == 310000.5
    assert stored.events[-1].body["compound_raided"] is True
    html = setup.client.get(f"/tipoffs/{uid}").text
    assert "Raided at dawn" in html and "compound raided" in html
    late = setup.client.post(
        f"/tipoffs/{uid}/events", data={"csrf": csrf, "kind": "progress", "text": "x"}
    )
    assert late.status_code == 409 and "Traceback" not in late.text


@pytest.mark.parametrize(
    ("fields", "status", "says"),
    [
        ({"kind": "sent"}, 422, "kind"),
        ({"kind": "outcome", "arrests": "many"}, 422, "arrests"),
        ({"kind": "outcome", "arrests": "-1"}, 422, "arrests"),
        # str.isdigit() takes superscripts and circled digits, int() does not (a 500 before)
        ({"kind": "outcome", "arrests": "²"}, 422, "arrests"),
        ({"kind": "outcome", "accounts_frozen": "①"}, 422, "accounts_frozen"),
        ({"kind": "outcome", "amount_frozen_usd": "1e400"}, 422, "amount"),
        ({"kind": "declined", "text": "  "}, 422, "reason"),
        ({"kind": "message", "text": "a\x00b"}, 422, "character"),
        ({"kind": "outcome", "text": "x" * 5000}, 422, ""),
    ],
)
def test_bad_event_forms_get_a_clear_error(
    setup: Setup, fields: dict[str, str], status: int, says: str
) -> None:
    uid = _incoming(setup)
    csrf = _csrf(setup.client)
    setup.client.post(f"/tipoffs/{uid}/events", data={"csrf": csrf, "kind": "acknowledged"})
    answer = setup.client.post(f"/tipoffs/{uid}/events", data={"csrf": csrf, **fields})
    assert answer.status_code == status, answer.text
    assert says in answer.text and "Traceback" not in answer.text


@pytest.mark.parametrize(
    ("fields", "status", "says"),
    [
        ({"partner": "NOPE"}, 422, "partner"),
        ({"actions": []}, 422, "actions"),
        ({"actions": ["bomb"]}, 422, "actions"),
        ({"urgency": "now!"}, 422, "urgency"),
        ({"deadline": "tomorrow"}, 422, "deadline"),
        ({"hotspot": "Atlantis"}, 422, "gazetteer"),
        ({"compound": "a\x00b"}, 422, "character"),
        ({"hotspot": "Phnom Penh", "location_tlp": "purple"}, 422, "TLP"),
        ({"title": " "}, 303, ""),  # a blank title is the default one
    ],
)
def test_bad_draft_forms_get_a_clear_error(
    setup: Setup, fields: dict[str, object], status: int, says: str
) -> None:
    data: dict[str, object] = {
        "csrf": _csrf(setup.client),
        "partner": "KH-ACD",
        "actions": ["locate"],
        **fields,
    }
    answer = setup.client.post(f"/networks/{setup.network_id}/tipoffs", data=data)
    assert answer.status_code == status, answer.text
    assert says in answer.text and "Traceback" not in answer.text


def test_the_form_sets_title_and_the_location_marking(setup: Setup) -> None:
    uid = _draft(setup, title="Compound on Street 2004", location_tlp="amber+strict")
    html = setup.client.get(f"/tipoffs/{uid}").text
    assert "Compound on Street 2004" in html and 'id="refused"' in html
    assert "location (TLP:AMBER+STRICT)" in html  # above KH-ACD's amber clearance: no send
    answer = setup.client.post(f"/tipoffs/{uid}/send", data={"csrf": _csrf(setup.client)})
    assert answer.status_code == 422 and "location (TLP:AMBER+STRICT)" in answer.text


@pytest.mark.parametrize("network", ["99999999999999999999999", "-1", "abc", "123456"])
def test_drafting_on_an_unknown_network_is_a_404(setup: Setup, network: str) -> None:
    data = {"csrf": _csrf(setup.client), "partner": "KH-ACD", "actions": ["locate"]}
    answer = setup.client.post(f"/networks/{network}/tipoffs", data=data)
    assert answer.status_code == 404 and "Network not found" in answer.text


def test_every_form_needs_the_csrf_token(setup: Setup) -> None:
    uid = _incoming(setup)
    posts = [
        (f"/networks/{setup.network_id}/tipoffs", {"partner": "KH-ACD", "actions": "locate"}),
        (f"/tipoffs/{uid}/events", {"kind": "acknowledged"}),
        (f"/tipoffs/{uid}/send", {}),
        (f"/tipoffs/{uid}/sync", {}),
    ]
    for path, data in posts:
        for token in ({}, {"csrf": "forged"}):
            assert setup.client.post(path, data={**data, **token}).status_code == 403, path
    assert len(setup.tipoffs.get(setup.world.agency, uid).events) == 2
    assert len(setup.tipoffs.list(setup.world.agency, direction="out")) == 0


def test_another_agency_gets_the_same_404_as_an_unknown_tipoff(setup: Setup) -> None:
    mine = _draft(setup)
    theirs = setup.world.client()
    key = issue_key(setup.world.store, setup.world.other, at=T0, actor="test")
    page = theirs.get("/login")
    theirs.post("/login", data={"api_key": key, "csrf": csrf_from(page.text)})
    unknown = new_uid()
    for uid in (mine, unknown):
        answer = theirs.get(f"/tipoffs/{uid}")
        assert answer.status_code == 404 and "Tip-off not found" in answer.text
        assert mine not in theirs.get("/tipoffs").text
        csrf = _csrf(theirs)
        for path, data in (
            (f"/tipoffs/{uid}/events", {"kind": "message", "text": "hi"}),
            (f"/tipoffs/{uid}/send", {}),
            (f"/tipoffs/{uid}/sync", {}),
        ):
            answer = theirs.post(path, data={"csrf": csrf, **data})
            assert answer.status_code == 404 and "Tip-off not found" in answer.text, path
    assert theirs.get("/tipoffs/not-a-tipoff").status_code == 404
    assert [e.kind for e in setup.tipoffs.get(setup.world.agency, mine).events] == []


def test_pages_need_a_login(setup: Setup) -> None:
    uid = _draft(setup)
    anonymous = setup.world.client()
    for path in ("/tipoffs", f"/tipoffs/{uid}"):
        answer = anonymous.get(path)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login")


RAW_BODIES = [
    b"kind=%ff%fe&text=%ed%a0%80",
    b"kind=outcome&arrests=%",
    b"%%%&&&===",
    b"\xff\xfe=\x00",
    b"kind=message&kind=outcome&text=a&text=b",
    b"partner=KH-ACD&actions=locate&actions=" + b"x" * 100_000,
    b"actions=" + b"&actions=locate" * 50,
    b"deadline=9999-99-99&partner=KH-ACD&actions=locate",
]


def test_forms_with_raw_bodies_are_answered_not_crashed(setup: Setup) -> None:
    uid = _incoming(setup)
    token = {"x-csrf-token": _csrf(setup.client)}
    paths = [f"/networks/{setup.network_id}/tipoffs", f"/tipoffs/{uid}/events"]
    for path in paths:
        for body in RAW_BODIES:
            for content_type in ("application/x-www-form-urlencoded", "text/plain"):
                headers = {**token, "content-type": content_type}
                answer = setup.client.post(path, content=body, headers=headers)
                assert answer.status_code < 500 and "Traceback" not in answer.text, body[:60]


def _login_as(world: WebWorld, agency: Agency) -> TestClient:
    client = world.client()
    key = issue_key(world.store, agency, at=T0, actor="test")
    page = client.get("/login")
    answer = client.post("/login", data={"api_key": key, "csrf": csrf_from(page.text)})
    assert answer.status_code == 303
    return client


def _point_at(world: WebWorld, owner: Agency, code: str, base: str, key: str) -> None:
    """``owner``'s partner ``code`` posts to ``base``'s inbox of ``code`` with ``key``."""
    partner = get_partner(world.engine, owner, code)
    set_remote(
        world.engine,
        partner,
        url=f"{base}/taxii2/{code}/",
        collection=None,
        inbox=collection_id(code, "inbox"),
        user=owner.code,
        key=key,
    )


def test_a_tipoff_drafted_and_sent_in_one_dashboard_is_answered_in_the_others(
    web_world: WebWorld, tmp_path: Path
) -> None:
    """Two instances (own databases, own keys) served on loopback: Japan drafts and sends
    from a network page; Cambodia acknowledges and reports an outcome from its inbox page;
    Japan's pages show it."""
    populate(web_world)
    kh = WebWorld(f"sqlite:///{tmp_path / 'kh.db'}", check_rate_limit=5)
    try:
        jp_agency, kh_agency = web_world.agency, kh.other
        _, key_for_jp = add_partner(  # Cambodia's record of Japan, and Japan's key there
            kh.store, kh.engine, kh_agency, "JP-NPA", clearance="amber", at=T0, actor="test"
        )
        _, key_for_kh = add_partner(
            web_world.store,
            web_world.engine,
            jp_agency,
            "KH-ACD",
            clearance="amber",
            at=T0,
            actor="test",
        )
        with serve_asgi(web_world.app) as jp_base, serve_asgi(kh.app) as kh_base:
            _point_at(web_world, jp_agency, "KH-ACD", kh_base, key_for_jp)
            _point_at(kh, kh_agency, "JP-NPA", jp_base, key_for_kh)
            japan = web_world.login(web_world.client())
            rows = japan.get("/networks").text
            network_id = int(rows.split('href="/networks/', 1)[1].split('"', 1)[0])
            s = Setup(web_world, japan, network_id, SqlTipoffStore(web_world.engine))
            uid = _draft(s)
            sent = japan.post(f"/tipoffs/{uid}/send", data={"csrf": _csrf(japan)})
            assert sent.status_code == 303 and sent.headers["location"] == f"/tipoffs/{uid}"

            cambodia = _login_as(kh, kh_agency)
            inbox = cambodia.get("/tipoffs").text.split('id="inbox"', 1)[1]
            assert f"/tipoffs/{uid}" in inbox.split('id="outbox"', 1)[0]
            page = cambodia.get(f"/tipoffs/{uid}").text
            assert ">received</span>" in page and "Phnom Penh" in page
            csrf = csrf_from(page)
            for form in (
                {"kind": "acknowledged"},
                {"kind": "message", "text": "Which building?"},
                {
                    "kind": "outcome",
                    "arrests": "25",
                    "accounts_frozen": "4",
                    "amount_frozen_usd": "310000",
                    "compound_raided": "yes",
                },
            ):
                answer = cambodia.post(f"/tipoffs/{uid}/events", data={"csrf": csrf, **form})
                assert answer.headers["location"] == f"/tipoffs/{uid}", form  # delivered

            mine = japan.get(f"/tipoffs/{uid}").text
            assert ">outcome</span>" in mine and "Which building?" in mine
            assert "arrests 25" in mine and "310,000" in mine and "compound raided" in mine
            figures = japan.get("/tipoffs").text.split('id="partner-figures"', 1)[1]
            assert "KH-ACD" in figures and "100%" in figures
            jp_events = SqlTipoffStore(web_world.engine).get(jp_agency, uid).events
            kh_events = SqlTipoffStore(kh.engine).get(kh_agency, uid).events
            assert [e.event_id for e in jp_events] == [e.event_id for e in kh_events]
            assert len(jp_events) == 5  # sent, received, acknowledged, message, outcome
    finally:
        kh.engine.dispose()


def test_a_partner_without_an_inbox_keeps_the_tipoff_sent_and_says_so(setup: Setup) -> None:
    add_partner(
        setup.world.store,
        setup.world.engine,
        setup.world.agency,
        "TH-RTP",
        clearance="amber",
        at=T0,
        actor="test",
    )
    uid = _draft(setup, partner="TH-RTP")
    answer = setup.client.post(f"/tipoffs/{uid}/send", data={"csrf": _csrf(setup.client)})
    assert answer.status_code == 303 and answer.headers["location"].endswith("undelivered=1")
    assert "no inbox configured" in setup.client.get(answer.headers["location"]).text
    assert setup.tipoffs.get(setup.world.agency, uid).state.value == "sent"
    message = {"csrf": _csrf(setup.client), "kind": "message", "text": "Any news?"}
    answer = setup.client.post(f"/tipoffs/{uid}/events", data=message)
    assert answer.status_code == 303 and answer.headers["location"].endswith("undelivered=1")
    assert [e.kind for e in setup.tipoffs.get(setup.world.agency, uid).events] == [
        "sent",
        "message",
    ]


# --- attachments, paging, reminders, the receiver's picture, relinks (issue 15's gaps) ---
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
CSV = b"date,amount,payee\n2026-11-01,1200,TUSQ\n2026-11-02,<script>alert(1)</script>,x\n"


def _upload(client: TestClient, uid: str, data: bytes, name: str, **fields: str) -> object:
    return client.post(
        f"/tipoffs/{uid}/attachments",
        data={"csrf": _csrf(client), "tlp": "amber", **fields},
        files={"file": (name, data, "text/html")},  # the claimed type is ignored
    )


def _as_other(s: Setup) -> TestClient:
    theirs = s.world.client()
    key = issue_key(s.world.store, s.world.other, at=T0, actor="test")
    theirs.post("/login", data={"api_key": key, "csrf": csrf_from(theirs.get("/login").text)})
    return theirs


def test_files_are_sniffed_stored_once_and_only_ever_downloaded(setup: Setup) -> None:
    uid = _draft(setup)
    answer = _upload(setup.client, uid, PNG, "chat.html")
    assert answer.status_code == 303, answer.text  # type: ignore[attr-defined]
    again = _upload(setup.client, uid, PNG, "other-name.png")
    assert again.status_code == 303  # type: ignore[attr-defined]
    [info] = setup.tipoffs.get(setup.world.agency, uid).attachments
    assert info.content_type == "image/png" and info.name == "chat.png"
    assert info.sha256 == hashlib.sha256(PNG).hexdigest()
    html = setup.client.get(f"/tipoffs/{uid}").text
    link = f"/tipoffs/{uid}/attachments/{info.sha256}"
    assert link in html.split('id="attachments"', 1)[1] and "TLP:AMBER" in html
    got = setup.client.get(link)
    assert got.status_code == 200 and got.content == PNG
    assert got.headers["content-type"] == "image/png"
    assert got.headers["content-disposition"] == 'attachment; filename="chat.png"'
    assert got.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in got.headers["content-security-policy"]
    # Markup is refused whatever it is called; a CSV with a script in it stays a download.
    for bad, name in ((b"<html><script>alert(1)</script>", "x.png"), (b"MZ\x90\x00", "x.pdf")):
        refused = _upload(setup.client, uid, bad, name)
        assert refused.status_code == 422 and "not an allowed file" in refused.text  # type: ignore[attr-defined]
    _upload(setup.client, uid, CSV, "ledger.csv")
    csv = [
        a for a in setup.tipoffs.get(setup.world.agency, uid).attachments if a.name == "ledger.csv"
    ]
    got = setup.client.get(f"/tipoffs/{uid}/attachments/{csv[0].sha256}")
    assert got.headers["content-type"].startswith("text/csv")
    assert got.headers["content-disposition"].startswith("attachment;")
    # A file above the partner's clearance is refused before it is stored.
    red = _upload(setup.client, uid, PNG + b"red", "red.png", tlp="red")
    assert red.status_code == 422 and "TLP:RED" in red.text  # type: ignore[attr-defined]
    assert len(setup.tipoffs.get(setup.world.agency, uid).attachments) == 2
    # Another agency, an unknown tip-off or file, a malformed hash: the same 404.
    theirs = _as_other(setup)
    for client, path in (
        (theirs, link),
        (setup.client, f"/tipoffs/{new_uid()}/attachments/{info.sha256}"),
        (setup.client, f"/tipoffs/{uid}/attachments/{'0' * 64}"),
        (setup.client, f"/tipoffs/{uid}/attachments/not-a-hash"),
    ):
        answer = client.get(path)
        assert answer.status_code == 404 and PNG not in answer.content, path
    answer = theirs.post(
        f"/tipoffs/{uid}/attachments",
        data={"csrf": _csrf(theirs), "tlp": "amber"},
        files={"file": ("x.png", PNG + b"x", "image/png")},
    )
    assert answer.status_code == 404
    assert (
        setup.client.post(  # no CSRF token: refused
            f"/tipoffs/{uid}/attachments", files={"file": ("x.png", PNG + b"y", "image/png")}
        ).status_code
        == 403
    )


def test_a_file_with_a_message_after_sending_is_recorded_and_posted(setup: Setup) -> None:
    uid = _draft(setup)
    setup.client.post(f"/tipoffs/{uid}/send", data={"csrf": _csrf(setup.client)})
    answer = _upload(setup.client, uid, CSV, "tx.csv", text="Transactions attached", event_id="m-1")
    assert answer.status_code == 303 and "undelivered=1" in answer.headers["location"]  # type: ignore[attr-defined]
    tip = setup.tipoffs.get(setup.world.agency, uid)
    assert [e.event_id for e in tip.events if e.kind == "message"] == ["m-1"]
    assert tip.attachments[0].event_id == "m-1" and tip.attachments[0].content_type == "text/csv"


def test_api_attachments_upload_download_and_attacker_checks(setup: Setup) -> None:
    uid = _draft(setup)
    jp = {"Authorization": f"Bearer {setup.world.key}"}
    api = setup.world.client()
    made = api.post(
        f"/api/v1/tipoffs/{uid}/attachments",
        params={"name": "../../evil.svg", "tlp": "green"},
        content=b"%PDF-1.7\n%evidence\n",
        headers=jp | {"Content-Type": "image/svg+xml"},
    )
    assert made.status_code == 201, made.text
    body = made.json()
    assert body["stored"] and body["attachment"]["content_type"] == "application/pdf"
    assert body["attachment"]["name"] == "evil.pdf" and body["tipoff"]["attachments"]
    sha = body["attachment"]["sha256"]
    assert (
        api.post(
            f"/api/v1/tipoffs/{uid}/attachments", content=b"%PDF-1.7\n%evidence\n", headers=jp
        ).json()["stored"]
        is False
    )
    got = api.get(f"/api/v1/tipoffs/{uid}/attachments/{sha}", headers=jp)
    assert got.status_code == 200 and got.content.startswith(b"%PDF")
    assert got.headers["content-disposition"] == 'attachment; filename="evil.pdf"'
    assert "sandbox" in got.headers["content-security-policy"]
    for content, status in ((b"", 422), (b"<svg onload=alert(1)>", 422), (b"a" * (2**21 + 1), 422)):
        answer = api.post(f"/api/v1/tipoffs/{uid}/attachments", content=content, headers=jp)
        assert answer.status_code == status, answer.text
    red = api.post(
        f"/api/v1/tipoffs/{uid}/attachments", params={"tlp": "red"}, content=PNG, headers=jp
    )
    assert red.status_code == 422 and "TLP:RED" in red.text
    other_key = issue_key(setup.world.store, setup.world.other, at=T0, actor="t")
    other = {"Authorization": f"Bearer {other_key}"}
    unknown = api.get(f"/api/v1/tipoffs/{new_uid()}/attachments/{sha}", headers=other)
    theirs = api.get(f"/api/v1/tipoffs/{uid}/attachments/{sha}", headers=other)
    assert theirs.status_code == unknown.status_code == 404
    assert theirs.json()["detail"].replace(uid, "X") == unknown.json()["detail"].replace(
        unknown.url.path.split("/")[4], "X"
    )
    assert api.get(f"/api/v1/tipoffs/{uid}/attachments/XYZ", headers=jp).status_code == 422


def test_inbox_and_outbox_page_by_keyset(setup: Setup) -> None:
    agency = setup.world.agency
    made = []
    for i in range(120):
        draft = Draft(
            new_uid(),
            "JP-NPA",
            "KH-ACD",
            f"tip {i:03d}",
            "routine",
            None,
            (Part("actions", "amber", {"requested": ["investigate"]}),),
            None,
        )
        setup.tipoffs.create_draft(agency, draft, at=T0 + timedelta(seconds=i), actor="t")
        made.append(draft.uid)
    seen: list[str] = []
    path = "/tipoffs"
    for expected in (50, 50, 20):
        html = setup.client.get(path).text
        outbox = html.split('id="outbox"', 1)[1].split("</table>", 1)[0]
        rows = UID_RE.findall(outbox)
        assert len(rows) == expected
        seen += rows
        older = html.split('id="outbox-older" href="', 1)
        if expected < 50:
            assert len(older) == 1  # no older page
            break
        path = older[1].split('"', 1)[0].replace("&amp;", "&")
    assert seen == made[::-1]
    assert setup.client.get("/tipoffs?out=bogus").status_code == 422
    api = setup.world.client()
    jp = {"Authorization": f"Bearer {setup.world.key}"}
    first = api.get("/api/v1/tipoffs", params={"limit": 100}, headers=jp).json()
    second = api.get(
        "/api/v1/tipoffs", params={"limit": 100, "cursor": first["next"]}, headers=jp
    ).json()
    assert [t["id"] for t in first["items"] + second["items"]] == made[::-1]
    assert second["next"] is None
    assert api.get("/api/v1/tipoffs", params={"cursor": "x"}, headers=jp).status_code == 422
    assert api.get("/api/v1/tipoffs", params={"limit": 201}, headers=jp).status_code == 422


def test_reminders_show_in_the_timeline_and_the_due_list(setup: Setup) -> None:
    uid = _incoming(setup)  # deadline T0 + 2 days
    agency: Agency = setup.world.agency
    assert [t.uid for t in remind(setup.tipoffs, agency, T0)] == [uid]
    assert remind(setup.tipoffs, agency, T0) == []  # once
    due = setup.client.get("/tipoffs").text.split('id="due"', 1)[1].split("</div>", 1)[0]
    assert f"/tipoffs/{uid}" in due and "reminded (3d)" in due
    timeline = setup.client.get(f"/tipoffs/{uid}").text.split('id="timeline"', 1)[1]
    assert "<b>reminder</b>" in timeline and "3 days away" in timeline


def test_a_received_tipoff_is_matched_against_this_agencys_picture(setup: Setup) -> None:
    agency = setup.world.agency
    intake = Intake(setup.world.store, pseudonymiser_from(setup.world.settings), clock=lambda: T0)
    hidden_phone = "+855 97 111 2222"
    secret = _report(
        "KH-RED-9",
        "KH",
        "en",
        f"Call {hidden_phone}",
        [f"Call {hidden_phone}"],
        None,
        21,
        tlp="red",
    )
    [stored] = intake.submit(setup.world.other, [validate_report(secret)], actor="t")  # type: ignore[list-item]
    assert hasattr(stored, "id")
    uid = new_uid()
    draft = Draft(
        uid,
        "KH-ACD",
        "JP-NPA",
        "Wallet crew",
        "urgent",
        None,
        (
            Part("actions", "amber", {"requested": ["investigate"]}),
            Part("suspects", "amber", {"phones": [KH_PHONE, hidden_phone], "wallets": [WALLET]}),
        ),
        "network-5",
    )
    setup.tipoffs.receive(agency, draft, Event("sent", "sent", "KH-ACD", T0), at=T0, actor="t")
    html = setup.client.get(f"/tipoffs/{uid}").text
    card = html.split('id="matches"', 1)[1].split("</div>", 1)[0]
    assert f'href="/networks/{setup.network_id}"' in card and "shares 2 identifiers" in card
    assert "97111" not in card and "971112222" not in html.split('id="matches"', 1)[1][:2000]
    api = setup.world.client()
    jp = {"Authorization": f"Bearer {setup.world.key}"}
    found = api.get(f"/api/v1/tipoffs/{uid}/matches", headers=jp).json()
    assert found["checked"] == 3 and found["networks"][0]["network"] == setup.network_id
    assert found["networks"][0]["shared"] == 2
    assert {m["kind"] for m in found["matched"]} == {"phone", "wallet"}  # not the hidden one
    other_key = issue_key(setup.world.store, setup.world.other, at=T0, actor="t")
    other = {"Authorization": f"Bearer {other_key}"}
    assert api.get(f"/api/v1/tipoffs/{uid}/matches", headers=other).status_code == 404


def test_a_tipoff_follows_its_network_when_a_merge_retires_the_id(setup: Setup) -> None:
    """Network N (4 reports) is tipped off; a new network M of 6 reports grows; a report
    citing both joins them and the relink keeps M's id (it holds more of the reports), so N
    now redirects to M: M's page and badge show the tip-off, the API lists it under M."""
    world = setup.world
    intake = Intake(world.store, pseudonymiser_from(world.settings), clock=lambda: T0)
    crew = "+66 81 999 0000"

    def submit(*items: dict[str, object]) -> None:
        outcomes = intake.submit(world.agency, [validate_report(i) for i in items], actor="t")  # type: ignore[misc]
        assert all(hasattr(o, "id") for o in outcomes)

    def link() -> None:
        relink(
            world.engine,
            HubPolicy.from_settings(world.settings),
            world.settings.leiden_min_size,
            T0,
        )

    uid = _draft(setup)
    setup.client.post(f"/tipoffs/{uid}/send", data={"csrf": _csrf(setup.client)})
    submit(
        *(
            _report(f"TH-C{i}", "TH", "en", f"Job scam, call {crew}", [f"Call {crew}"], None, 22)
            for i in range(6)
        )
    )
    link()
    before = set(UID_RE.findall(setup.client.get(f"/networks/{setup.network_id}").text))
    assert uid in before
    # The bridge names N's contact number: a payee paid by crews of two markets and lone
    # victims of two more would be weighed as a laundering wallet (step 7c) and join nothing.
    submit(_report("TH-BRIDGE", "TH", "en", f"Call {crew}", [f"WhatsApp {KH_PHONE}"], None, 23))
    link()
    with world.engine.connect() as connection:
        merged = resolve_network(connection, setup.network_id)
    assert merged != setup.network_id  # the old id is retired, it redirects to the merge
    page = setup.client.get(f"/networks/{merged}").text
    assert f"/tipoffs/{uid}" in page
    listed = setup.client.get("/networks").text.split(f'href="/networks/{merged}"', 1)[1]
    assert ">tipped off</span>" in listed.split("</tr>", 1)[0]
    jp = {"Authorization": f"Bearer {world.key}"}
    items = world.client().get("/api/v1/tipoffs", params={"network": merged}, headers=jp).json()
    assert [t["id"] for t in items["items"]] == [uid]
