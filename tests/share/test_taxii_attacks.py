"""Attacks on the TAXII 2.1 server and its inbox by a partner holding a valid key: query
values at the ends of the calendar or of the integers, inbox objects that try to lower a
marking, and inbox objects whose ids are not STIX ids (squatting the agency's own report
ids). Each was found against a running ``tipoff serve``; on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from uuid import uuid4

import orjson
import pytest
from fastapi.testclient import TestClient
from share_world import new_reports
from sqlalchemy import select, update
from taxii_world import NOW, TAXII, TaxiiWorld, taxii_world
from tests.asgi_stream import stream_post

from tipoff.api.routers import taxii
from tipoff.api.routers.taxii import collection_id
from tipoff.errors import NotFound
from tipoff.model import TLP
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.share.extension import EXTENSION_ID
from tipoff.share.markings import OASIS_IDS
from tipoff.store.tables import reports
from tipoff.tipoffs.model import Draft, Event, Part, State, new_uid
from tipoff.tipoffs.store import SqlTipoffStore
from tipoff.tipoffs.wire import event_object, tipoff_objects

ROOT = "/taxii2/JP-NPA/"


@pytest.fixture
def world(tmp_path: Path, database_url: str) -> Iterator[tuple[TaxiiWorld, TestClient]]:
    found = taxii_world(tmp_path, database_url)
    with TestClient(found.app, raise_server_exceptions=False) as client:
        yield found, client
    found.store.engine.dispose()


def _url(name: str, tail: str = "objects/") -> str:
    return f"{ROOT}collections/{collection_id('JP-NPA', name)}/{tail}"


def _token(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def test_next_tokens_and_times_out_of_range_are_400_not_500(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    tw, client = world
    headers = tw.basic("P-AMBER")
    some_id = client.get(_url("shared"), headers=headers).json()["objects"][0]["id"]
    hostile: list[dict[str, str]] = [
        {"next": _token("2026-01-01T00:00:00.000000Z|99999999999999999999999")},
        {"next": _token("2026-01-01T00:00:00.000000Z|-99999999999999999999999")},
        {"next": _token("2026-01-01T00:00:00.000000Z|-1")},
        {"next": _token("0001-01-01T00:00:00+01:00|1")},
        {"next": _token("9999-12-31T23:59:59-01:00|1")},
        {"added_after": "0001-01-01T00:00:00+01:00"},
        {"added_after": "9999-12-31T23:59:59.999999-05:00"},
        {"match[version]": "0001-01-01T00:00:00+05:00"},
        {"match[version]": "9999-12-31T23:59:59-05:00"},
    ]
    endpoints = ("objects/", "manifest/", f"objects/{some_id}/", f"objects/{some_id}/versions/")
    for params in hostile:
        for endpoint in endpoints:
            response = client.get(_url("shared", endpoint), params=params, headers=headers)
            assert response.status_code == 400, (params, endpoint, response.text)
            assert response.headers["content-type"] == TAXII
            assert response.json()["http_status"] == "400"


def _report(ident: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "report",
        "spec_version": "2.1",
        "id": ident,
        "created": "2026-03-01T00:00:00.000Z",
        "modified": "2026-03-01T00:00:00.000Z",
        "published": "2026-03-01T00:00:00.000Z",
        "name": "partner report",
        "report_types": ["threat-report"],
        "object_refs": [],
        "object_marking_refs": [OASIS_IDS[TLP.AMBER]],
        **extra,
    }


def _post(
    tw: TaxiiWorld, client: TestClient, objects: list[Any], partner: str = "P-GREEN"
) -> dict[str, Any]:
    response = client.post(
        _url("inbox"),
        content=orjson.dumps({"objects": objects}),
        headers={**tw.basic(partner), "Content-Type": TAXII},
    )
    assert response.status_code == 202, response.text
    assert response.headers["content-type"] == TAXII
    found: dict[str, Any] = response.json()
    return found


def test_inbox_times_out_of_range_are_refused_and_the_good_objects_beside_them_kept(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    tw, client = world
    good = _report("report--0b7b1c5e-4f7a-4c39-9d6f-6c1f6f1d0a01")
    bad = [
        _report(f"report--0b7b1c5e-4f7a-4c39-9d6f-6c1f6f1d0b0{n}", published=moment, created=moment)
        for n, moment in enumerate(("0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00"))
    ]
    sighting = {
        "type": "sighting",
        "spec_version": "2.1",
        "id": "sighting--0b7b1c5e-4f7a-4c39-9d6f-6c1f6f1d0a03",
        "sighting_of_ref": good["id"],
        "first_seen": "0001-01-01T00:00:00+05:00",
        "last_seen": "9999-12-31T23:59:59-05:00",
    }
    tipoff = {
        "type": "x-tipoff",
        "spec_version": "2.1",
        "id": "x-tipoff--0b7b1c5e-4f7a-4c39-9d6f-6c1f6f1d0a04",
        "sender": "P-GREEN",
        "recipient": "JP-NPA",
        "title": "t",
        "urgency": "urgent",
        "created": "0001-01-01T00:00:00+05:00",
        "deadline": "9999-12-31T23:59:59-05:00",
    }
    event = {
        "type": "x-tipoff-event",
        "spec_version": "2.1",
        "id": "x-tipoff-event--0b7b1c5e-4f7a-4c39-9d6f-6c1f6f1d0a05",
        "tipoff_ref": tipoff["id"],
        "event_id": "sent",
        "event_kind": "sent",
        "origin": "P-GREEN",
        "occurred_at": "9999-12-31T23:59:59-05:00",
    }
    status = _post(tw, client, [*bad, sighting, tipoff, event, good])
    assert status["total_count"] == 6
    stored = _stored(tw)
    assert good["id"] in stored
    assert not {b["id"] for b in bad} & set(stored)  # no time to file them under


def _stored(tw: TaxiiWorld) -> dict[str, str]:
    """external id -> marking of JP-NPA's stored reports."""
    query = select(reports.c.external_id, reports.c.tlp).where(reports.c.agency_id == tw.agency.id)
    with tw.store.engine.connect() as connection:
        return {row.external_id: row.tlp for row in connection.execute(query)}


def _marked(obj: dict[str, Any], tlp: TLP) -> dict[str, Any]:
    return {**obj, "object_marking_refs": [OASIS_IDS[tlp]]}


def _phone(ident: str, value: str, tlp: TLP) -> dict[str, Any]:
    return _marked(
        {"type": "phone-number", "spec_version": "2.1", "id": ident, "value": value}, tlp
    )


def test_a_partner_s_markings_are_never_lowered_by_the_report_citing_them(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    """A CLEAR report citing a phone number the partner marked RED, or with a RED granular
    marking on its description, was stored CLEAR: the number became "known" on the public
    check and the text readable by every agency of the instance. The stored report takes
    the most restrictive of its own markings and those of the objects it cites."""
    tw, client = world
    red_phone = _phone(
        "phone-number--1a2b3c4d-0000-4000-8000-000000000001", "+85512999888", TLP.RED
    )
    clear_phone = _phone(
        "phone-number--1a2b3c4d-0000-4000-8000-000000000002", "+85512999777", TLP.CLEAR
    )
    strict_indicator = _marked(
        {
            "type": "indicator",
            "spec_version": "2.1",
            "id": "indicator--1a2b3c4d-0000-4000-8000-000000000003",
            "created": "2026-03-01T00:00:00.000Z",
            "modified": "2026-03-01T00:00:00.000Z",
            "valid_from": "2026-03-01T00:00:00.000Z",
            "pattern_type": "stix",
            "pattern": "[phone-number:value = '+85512999666']",
        },
        TLP.AMBER_STRICT,
    )
    red = OASIS_IDS[TLP.RED]
    cases = {
        "report--1a2b3c4d-0000-4000-8000-0000000000a1": (
            _marked(_report("report--1a2b3c4d-0000-4000-8000-0000000000a1"), TLP.CLEAR)
            | {"object_refs": [red_phone["id"]]},
            "red",
        ),
        "report--1a2b3c4d-0000-4000-8000-0000000000a2": (
            _marked(_report("report--1a2b3c4d-0000-4000-8000-0000000000a2"), TLP.CLEAR)
            | {
                "description": "undercover number of operation nightjar",
                "granular_markings": [{"selectors": ["description"], "marking_ref": red}],
            },
            "red",
        ),
        "report--1a2b3c4d-0000-4000-8000-0000000000a3": (
            _marked(_report("report--1a2b3c4d-0000-4000-8000-0000000000a3"), TLP.GREEN)
            | {"object_refs": [strict_indicator["id"], clear_phone["id"]]},
            "amber+strict",
        ),
        # Nothing to raise: a CLEAR report citing CLEAR stays CLEAR, and a granular CLEAR
        # never lowers the AMBER an object without a known marking is stored under.
        "report--1a2b3c4d-0000-4000-8000-0000000000a4": (
            _marked(_report("report--1a2b3c4d-0000-4000-8000-0000000000a4"), TLP.CLEAR)
            | {"object_refs": [clear_phone["id"]]},
            "clear",
        ),
        "report--1a2b3c4d-0000-4000-8000-0000000000a5": (
            _report("report--1a2b3c4d-0000-4000-8000-0000000000a5")
            | {
                "object_marking_refs": [],
                "granular_markings": [{"selectors": ["name"], "marking_ref": OASIS_IDS[TLP.CLEAR]}],
            },
            "amber",
        ),
    }
    objects = [red_phone, clear_phone, strict_indicator, *(obj for obj, _ in cases.values())]
    status = _post(tw, client, objects)
    assert status["failure_count"] == 0
    stored = _stored(tw)
    assert {i: stored[i] for i in cases} == {i: tlp for i, (_, tlp) in cases.items()}


def test_a_partner_cannot_take_the_place_of_the_agency_s_own_reports(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    """An imported report's external id is its STIX id. A partner posting a "report" whose
    id is the agency's next external id took its place: the agency's own report of that id
    was then answered "already stored" and never saved. Its AMBER content, under an id
    that is not a STIX id, would also be passed on as the agency's own. Only objects whose
    id is ``<their type>--<UUID>`` are imported; the others are failures in the status."""
    tw, client = world
    squatted = [
        "NPA-2026-0100",
        "report--not-a-uuid",
        "indicator--1a2b3c4d-0000-4000-8000-0000000000b1",
    ]
    status = _post(tw, client, [_report(ident) for ident in squatted])
    assert status["success_count"] == 0
    assert sorted(f["id"] for f in status["failures"]) == sorted(squatted)
    assert not set(squatted) & set(_stored(tw))
    mine = replace(new_reports()[0], external_id="NPA-2026-0100")
    [saved] = tw.store.save_reports(tw.agency, [mine], at=NOW, actor="test")
    assert saved.created


def test_a_partner_claiming_another_agency_as_creator_is_recorded_as_the_sender(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    """Provenance ``source`` is the name of the identity ``created_by_ref`` names, which
    the poster writes: P-GREEN could present its report as KH-POL's. Who delivered it,
    authenticated, is kept beside it."""
    tw, client = world
    claimed = {
        "type": "identity",
        "spec_version": "2.1",
        "id": "identity--1a2b3c4d-0000-4000-8000-0000000000c1",
        "name": "KH-POL",
        "identity_class": "organization",
    }
    indicator = {
        "type": "indicator",
        "spec_version": "2.1",
        "id": "indicator--1a2b3c4d-0000-4000-8000-0000000000c2",
        "created_by_ref": claimed["id"],
        "created": "2026-03-01T00:00:00.000Z",
        "modified": "2026-03-01T00:00:00.000Z",
        "valid_from": "2026-03-01T00:00:00.000Z",
        "pattern_type": "stix",
        "pattern": "[phone-number:value = '+85512111222']",
    }
    report = _report("report--1a2b3c4d-0000-4000-8000-0000000000c3") | {
        "created_by_ref": claimed["id"],
        "object_refs": [indicator["id"]],
    }
    _post(tw, client, [claimed, indicator, report])
    query = select(reports.c.identifiers).where(reports.c.external_id == report["id"])
    with tw.store.engine.connect() as connection:
        [entry] = connection.execute(query).scalar_one()
    [origin] = entry["provenance"]
    assert origin["source"] == "KH-POL"  # what the object claims
    assert origin["received_from"] == "taxii partner P-GREEN"  # who sent it


def test_a_withdrawn_report_leaves_no_older_version_of_what_was_derived_from_it(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    """Re-marking the AMBER report RED removed the report from the AMBER collection, but
    the older versions of its wallet's indicator and sighting (count 2, last_seen the RED
    report's date) stayed, served by match[version]=all and the versions endpoint."""
    tw, client = world
    headers = tw.basic("P-AMBER")
    with tw.store.engine.begin() as connection:
        connection.execute(
            update(reports).where(reports.c.external_id == "NPA-2026-0003").values(tlp="red")
        )
    tw.republish()
    current = client.get(_url("shared"), headers=headers).json()["objects"]
    every = client.get(_url("shared"), params={"match[version]": "all"}, headers=headers)
    assert sorted(map(orjson.dumps, every.json()["objects"])) == sorted(map(orjson.dumps, current))
    for obj in current:
        versions = client.get(_url("shared", f"objects/{obj['id']}/versions/"), headers=headers)
        assert len(versions.json()["versions"]) == 1, obj["id"]


def test_a_partner_s_implausible_facts_are_dropped_as_intake_drops_them(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    """Intake refuses a report dated 2099 or a loss over USD 10^9 (422); the inbox stored
    them: one partner report could be its network's "last seen" for seventy years, or top
    every harm ranking with a 9 x 10^14 dollar loss."""
    tw, client = world
    future = _report(
        "report--1a2b3c4d-0000-4000-8000-0000000000d1", published="2099-01-01T00:00:00Z"
    )
    future["created"] = "2099-01-01T00:00:00Z"
    absurd = _report("report--1a2b3c4d-0000-4000-8000-0000000000d2") | {
        "extensions": {
            EXTENSION_ID: {
                "extension_type": "property-extension",
                "loss_usd": 9e14,
                "loss_amount": "90000000000000",
                "loss_currency": "USD",
                "victim_country": "ZZ",
                "occurred_at": "1900-01-01T00:00:00Z",
            }
        }
    }
    fine = _report("report--1a2b3c4d-0000-4000-8000-0000000000d3") | {
        "extensions": {
            EXTENSION_ID: {
                "extension_type": "property-extension",
                "loss_usd": 9800.0,
                "loss_amount": "1500000",
                "loss_currency": "JPY",
                "victim_country": "JP",
                "occurred_at": "2026-02-27T00:00:00Z",
            }
        }
    }
    _post(tw, client, [future, absurd, fine])
    columns = (
        reports.c.external_id,
        reports.c.loss_usd,
        reports.c.loss_amount,
        reports.c.victim_country,
        reports.c.occurred_at,
    )
    query = select(*columns).where(reports.c.external_id.like("report--1a2b3c4d-%"))
    with tw.store.engine.connect() as connection:
        found = {row.external_id: row for row in connection.execute(query)}
    assert future["id"] not in found
    assert found[absurd["id"]][1:] == (None, None, None, None)
    assert found[fine["id"]].loss_usd == 9800.0 and found[fine["id"]].victim_country == "JP"
    assert found[fine["id"]].occurred_at is not None


def _tipoff_from(sender: str, recipient: str = "JP-NPA") -> tuple[Draft, list[dict[str, Any]]]:
    draft = Draft(
        new_uid(),
        sender,
        recipient,
        "Compound in Sihanoukville",
        "urgent",
        None,
        (Part("actions", "amber", {"requested": ["investigate"]}),),
        None,
    )
    sent = Event("sent", "sent", sender, NOW)
    objects = [*tipoff_objects(draft, NOW), event_object(draft.uid, sent, "amber")]
    return draft, objects


def _event(uid: str, kind: str, origin: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    return event_object(uid, Event(str(uuid4()), kind, origin, NOW, body or {}), "amber")


def test_a_partner_cannot_speak_for_another_or_act_on_a_tipoff_it_is_not_party_to(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    """Through the inbox, P-GREEN tries: a tip-off in P-AMBER's name; an event on
    P-AMBER's tip-off, as itself and as P-AMBER; and P-AMBER, the sender, tries a
    receiver's event (an outcome) on its own tip-off. Each is a failure in the status and
    nothing changes."""
    tw, client = world
    mine, objects = _tipoff_from("P-AMBER")
    assert _post(tw, client, objects, "P-AMBER")["failure_count"] == 0
    forged, forged_objects = _tipoff_from("P-AMBER")
    attempts = {
        "P-GREEN": [
            *forged_objects,
            _event(mine.uid, "message", "P-GREEN", {"text": "hello"}),
            _event(mine.uid, "expired", "P-AMBER"),
        ],
        "P-AMBER": [_event(mine.uid, "outcome", "P-AMBER", {"arrests": 3})],
    }
    for poster, envelope in attempts.items():
        status = _post(tw, client, envelope, poster)
        refused = {f["id"] for f in status["failures"]}
        events = {o["id"] for o in envelope if o["type"] == "x-tipoff-event"}
        assert events <= refused, (poster, status)
    tipoffs = SqlTipoffStore(tw.store.engine)
    held = tipoffs.get(tw.agency, mine.uid)
    assert held.state is State.RECEIVED  # sent by P-AMBER, received here, nothing more
    assert {e.kind for e in held.events} == {"sent", "received"}
    with pytest.raises(NotFound):
        tipoffs.get(tw.agency, forged.uid)


def test_inbox_credentials_are_checked_before_a_byte_of_the_body_is_read(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    """Held (tipoff.api.body_limit checks partner credentials first): without a valid key
    the inbox reads nothing of the body, so nobody can make it take 8 MiB a request."""
    tw, _client = world
    wrong = base64.b64encode(b"P-AMBER:tpk_00000000_nope").decode()
    for headers in ([], [(b"authorization", f"Basic {wrong}".encode())]):
        status, pulled = stream_post(
            tw.app, _url("inbox"), headers, content_type=TAXII.encode(), chunks=64, size=64 * 1024
        )
        assert (status, pulled) == (401, 0)


def test_a_partner_cannot_flood_the_inbox(tmp_path: Path) -> None:
    """One 8 MB envelope of 52,631 empty reports was accepted (202 in 20.5 s, every one
    stored as the agency's), and nothing stopped the next. Each partner now has an hourly
    budget of objects (TIPOFF_INBOX_OBJECTS_PER_HOUR, per process): beyond it, 429 with
    Retry-After, nothing stored; other partners keep theirs."""
    tw = taxii_world(tmp_path)
    settings = Settings(database_url=tw.url, environment="test", inbox_objects_per_hour=5)
    app = create_app(settings, clock=lambda: NOW, routers=(taxii.router,))
    flood = [_report(f"report--1a2b3c4d-0000-4000-8000-{n:012d}") for n in range(4)]
    with TestClient(app) as client:
        first = client.post(
            _url("inbox"),
            content=orjson.dumps({"objects": flood}),
            headers={**tw.basic("P-GREEN"), "Content-Type": TAXII},
        )
        assert first.status_code == 202
        more = [_report("report--1a2b3c4d-0000-4000-8000-0000000000e1") for _ in range(2)]
        refused = client.post(
            _url("inbox"),
            content=orjson.dumps({"objects": more}),
            headers={**tw.basic("P-GREEN"), "Content-Type": TAXII},
        )
        assert refused.status_code == 429, refused.text
        assert refused.headers["content-type"] == TAXII
        assert int(refused.headers["retry-after"]) >= 1
        assert "5 objects an hour" in refused.json()["description"]
        other = client.post(
            _url("inbox"),
            content=orjson.dumps({"objects": more[:1]}),
            headers={**tw.basic("P-AMBER"), "Content-Type": TAXII},
        )
        assert other.status_code == 202
    assert more[0]["id"] in _stored(tw)  # from P-AMBER, within its own budget
    assert len([i for i in _stored(tw) if i.startswith("report--1a2b3c4d")]) == 5
    tw.store.engine.dispose()


def test_match_type_with_hundreds_of_types_is_400_not_hundreds_of_scans(
    world: tuple[TaxiiWorld, TestClient],
) -> None:
    """Each type in match[type] is one index scan of up to ``limit`` rows, merged: 600
    types were a 503 after 3 s on SQLite (its compound-select limit), 100 types 100 scans
    a page. Twenty distinct types at most; a type named twice counts once."""
    tw, client = world
    headers = tw.basic("P-AMBER")
    many = ",".join(f"x-type-{n}" for n in range(600)) + ",indicator"
    for endpoint in ("objects/", "manifest/"):
        response = client.get(
            _url("shared", endpoint), params={"match[type]": many}, headers=headers
        )
        assert response.status_code == 400, response.text
        assert response.headers["content-type"] == TAXII
    repeated = ",".join(["indicator"] * 50 + ["report"])
    found = client.get(_url("shared"), params={"match[type]": repeated}, headers=headers)
    assert found.status_code == 200
    assert {o["type"] for o in found.json()["objects"]} == {"indicator", "report"}
