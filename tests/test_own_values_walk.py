"""The victim's own values (role ``own``) are the victim's personal data on every path.

A victim of agency A (KH-ACD) names their own account and number ("the refund would go back
to my DBS account …", "reach me at …") and A lists another own number as an identifier, in
reports B (JP-NPA) may read (CLEAR), joined by the crew's phone to a report of B's
(``web.web_support.OWN_WORLD``). The rule (docs/privacy.md, "The victim's own values"):

- only the report's owner (and the operator's CLI) reads an own value in clear, in that
  report; anyone else gets the report with ``[victim]`` in its place and no such sighting;
- an own value is no indicator: no search, lookup, network, graph, count, export, blocklist,
  tip-off or public check finds it, for any viewer, unless a report gives it as the crew's
  (then it is a mule, found through that report only).

B calls every API route and walks every dashboard page, asking for the own values by
search, lookup, public check and export; A looks at its network; the public asks the check.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from test_visibility_walk import (
    MAX_PAGES,
    HiddenFacts,
    _api_calls,
    _asked,
    _dashboard_links,
    leaks,
)
from tipoff.keys import issue_key
from tipoff.link.network_tables import networks
from tipoff.store.tables import indicators, sightings
from web.web_support import (
    MULE_DIGITS,
    OWN_FORMS,
    T0,
    WebWorld,
    populate_own_world,
)


@pytest.fixture
def world(database_url: str) -> Iterator[WebWorld]:
    built = WebWorld(database_url, check_rate_limit=10_000)
    yield built
    built.engine.dispose()


def own_facts(world: WebWorld) -> HiddenFacts:
    """The own-only values (canonical, keyed and as written, and their digits) and ids."""
    facts = HiddenFacts()
    with world.engine.connect() as connection:
        rows = connection.execute(
            select(
                sightings.c.indicator_id,
                sightings.c.role,
                sightings.c.raw,
                indicators.c.kind,
                indicators.c.value,
            ).join(indicators, indicators.c.id == sightings.c.indicator_id)
        ).all()
        facts.all_indicators = [
            (int(r.id), str(r.kind), str(r.value)) for r in connection.execute(select(indicators))
        ]
        facts.visible_network_ids = [
            int(i) for i in connection.execute(select(networks.c.id)).scalars()
        ]
        facts.visible_report_ids = [
            int(i) for i in connection.execute(select(sightings.c.report_id).distinct()).scalars()
        ]
    crew = {int(r.indicator_id) for r in rows if r.role != "own"}
    for row in rows:
        if row.role == "own" and int(row.indicator_id) not in crew:
            facts.indicator_ids.add(int(row.indicator_id))
            forms = {row.value, f"{row.kind}:{row.value}", row.raw}
            facts.values |= forms
            facts.value_groups.append(forms | set(OWN_FORMS))
    facts.values |= set(OWN_FORMS)
    return facts


def _search_pages(facts: HiddenFacts) -> list[str]:
    """An attacker's searches: each own value and form, whole and in part, paged."""
    asked = sorted(facts.values)
    pages = [f"/indicators?{urlencode({'q': v})}" for v in asked]
    pages += [f"/indicators?{urlencode({'q': v[2:-2]})}" for v in asked if len(v) > 7]
    pages += [f"/indicators?{urlencode({'q': v, 'offset': 25})}" for v in asked[:3]]
    pages += [f"/indicators/{i}" for i in sorted(facts.indicator_ids)]
    return pages


def test_another_agency_never_reads_a_victims_own_values(world: WebWorld) -> None:
    ids = populate_own_world(world)
    facts = own_facts(world)
    assert len(facts.indicator_ids) == 3 and facts.visible_network_ids, facts
    leaked: dict[str, list[str]] = {}
    errors: list[str] = []
    api = TestClient(world.app, raise_server_exceptions=False)
    headers = {"X-API-Key": world.key}
    statuses: Counter[int] = Counter()
    calls: list[tuple[str, str, dict[str, Any] | None]] = list(_api_calls(world.app, facts))
    # Paging through the report listing, a page at a time.
    calls += [("GET", f"/api/v1/reports?{urlencode({'limit': 1})}", None)]
    for method, url, body in calls:
        response = api.request(method, url, headers=headers, json=body)
        statuses[response.status_code] += 1
        if response.status_code >= 500:
            errors.append(f"{method} {url}: {response.status_code}")
        if method == "POST" and "check" in url and response.status_code == 200:
            known = [i["value"] for i in response.json().get("identifiers", []) if i["known"]]
            if any(v in facts.values for v in known):
                errors.append(f"check calls an own value known: {known}")
        found = leaks(response.text, facts, _asked(url, body))
        if found:
            leaked.setdefault(f"API {method} {urlsplit(url).path}", []).extend(found)
    cursor: str | None = ""
    while cursor is not None:
        query = {"limit": 1} | ({"cursor": cursor} if cursor else {})
        page = api.get(f"/api/v1/reports?{urlencode(query)}", headers=headers)
        found = leaks(page.text, facts)
        if found:
            leaked.setdefault("API paged /api/v1/reports", []).extend(found)
        cursor = page.json()["next_cursor"]
    assert statuses[200] > 20, statuses

    client = world.login(
        TestClient(world.app, follow_redirects=False, raise_server_exceptions=False)
    )
    queue = ["/overview", "/networks", "/indicators", *_search_pages(facts)]
    queue += [f"/reports/{i}" for i in ids.values()]
    queue += [
        f"/export?{urlencode({'what': what, 'format': fmt})}"
        for what in ("reports", "indicators", "networks")
        for fmt in ("csv", "jsonl", "stix")
    ]
    visited: set[str] = set()
    while queue and len(visited) < MAX_PAGES:
        page = queue.pop(0)
        if page in visited:
            continue
        visited.add(page)
        response = client.get(page)
        if response.status_code >= 500:
            errors.append(f"GET {page}: {response.status_code}")
        found = leaks(response.text, facts, _asked(page, None))
        if found:
            leaked.setdefault(f"dashboard {page}", []).extend(found)
        if response.status_code == 200:
            queue += [link for link in _dashboard_links(response.text) if link not in visited]
    assert f"/reports/{ids['A-OWN-1']}" in visited
    report = [f"{where}: {sorted(set(found))}" for where, found in sorted(leaked.items())]
    assert not report and not errors, "\n".join(report + errors)


def _login(world: WebWorld, key: str) -> TestClient:
    client = TestClient(world.app, follow_redirects=False, raise_server_exceptions=False)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
    assert token is not None
    assert client.post("/login", data={"api_key": key, "csrf": token.group(1)}).status_code == 303
    return client


def test_the_owner_reads_its_victims_own_values_but_never_as_indicators(world: WebWorld) -> None:
    ids = populate_own_world(world)
    facts = own_facts(world)
    key = issue_key(world.store, world.other, at=T0, actor="test")
    headers = {"X-API-Key": key}
    api = TestClient(world.app, raise_server_exceptions=False)
    mine = api.get(f"/api/v1/reports/{ids['A-OWN-1']}", headers=headers).json()
    assert "023-456789-0" in mine["narrative"]
    assert sorted(s["role"] for s in mine["sightings"] if s["role"] == "own") == ["own"] * 3
    client = _login(world, key)
    page = client.get(f"/reports/{ids['A-OWN-1']}").text
    assert "023-456789-0" in page and "+16465550142" in page
    assert not any(f'/indicators/{i}"' in page for i in facts.indicator_ids)
    [network_id] = facts.visible_network_ids
    for response in (
        api.get(f"/api/v1/networks/{network_id}", headers=headers),
        api.get("/api/v1/indicators/hubs", headers=headers),
        api.get("/api/v1/export?what=indicators&format=csv", headers=headers),
        client.get(f"/networks/{network_id}"),
        client.get(f"/export?{urlencode({'what': 'indicators', 'format': 'jsonl'})}"),
    ):
        assert response.status_code == 200, response.text
        assert not leaks(response.text, facts), response.url
    # Its own STIX export carries its reports' narratives as they are (its data), never an
    # own value as an indicator, observable or sighting.
    bundle = api.get("/api/v1/export?what=reports&format=stix", headers=headers).json()
    assert "023-456789-0" in json.dumps(bundle)
    shared = [o for o in bundle["objects"] if o["type"] not in ("report", "identity")]
    assert shared and not leaks(json.dumps(shared), facts)
    for _, kind, value in facts.all_indicators:
        if value in facts.values:
            lookup = api.get(f"/api/v1/indicators/{kind}/{quote(value, safe='')}", headers=headers)
            assert lookup.status_code == 404, lookup.text
            found = client.get(f"/indicators?{urlencode({'q': value})}").text
            assert not re.findall(r"/indicators/(\d+)\"", found), found


def test_a_mule_is_an_indicator_through_the_payers_report_only(world: WebWorld) -> None:
    """A victim of A calls the account their own; B's victim paid it: the account is a mule,
    found through B's report, never through A's victim's."""
    ids = populate_own_world(world)
    headers = {"X-API-Key": world.key}
    api = TestClient(world.app, raise_server_exceptions=False)
    lookup = api.get(
        f"/api/v1/indicators/bank_account/{quote('US:CHASUS33:' + MULE_DIGITS, safe='')}",
        headers=headers,
    )
    assert lookup.status_code == 200, lookup.text
    assert [s["report_id"] for s in lookup.json()["sightings"]] == [ids["B-MULE-1"]]
    assert lookup.json()["report_count"] == 1
    owners_report = api.get(f"/api/v1/reports/{ids['A-MULE-1']}", headers=headers).text
    assert MULE_DIGITS not in owners_report and "[victim]" in owners_report
    client = world.login(TestClient(world.app, follow_redirects=False))
    [mule_id] = re.findall(
        r"/indicators/(\d+)\"", client.get(f"/indicators?{urlencode({'q': MULE_DIGITS})}").text
    )
    page = client.get(f"/indicators/{mule_id}").text
    assert f'/reports/{ids["B-MULE-1"]}"' in page and f'/reports/{ids["A-MULE-1"]}"' not in page
    public = TestClient(world.app, raise_server_exceptions=False)
    checked = public.post("/api/v1/check", json={"text": f"Pay to Chase {MULE_DIGITS}?"}).json()
    assert [i["known"] for i in checked["identifiers"]] == [True], checked["identifiers"]
    checked = public.post("/api/v1/check", json={"text": "Is DBS 023-456789-0 a scam?"}).json()
    assert not any(i["known"] for i in checked["identifiers"]), checked["identifiers"]


# Attack walk of 2026-12-07 (attack2): an own value listed in ``identifiers`` that no
# extractor reads as an indicator (a bare account number with no bank, a display name) made
# no ``own`` sighting, so nothing knew to mask it: another agency read it in clear in the
# narrative (API report, listing, STIX export) and in the owner's verdict note.
UNREAD_OWN = "9988776655"


def test_an_own_value_that_is_no_indicator_is_masked_for_other_agencies(world: WebWorld) -> None:
    from tipoff.intake.pipeline import Intake, pseudonymiser_from, validate_report
    from tipoff.store.records import NewVerdict

    intake = Intake(world.store, pseudonymiser_from(world.settings), clock=lambda: T0)
    raw = {
        "external_id": "A-OWN-UNREAD",
        "victim_country": "JP",
        "tlp": "clear",
        "narrative": f"I paid from my own account {UNREAD_OWN}. The caller was +855 12 777 888.",
        "identifiers": [
            {"value": UNREAD_OWN, "kind": "bank_account", "role": "own"},
            {"value": "+85512777888", "kind": "phone", "role": "contact"},
        ],
    }
    [outcome] = intake.submit(world.other, [validate_report(raw)], actor="test")  # type: ignore[list-item]
    report_id = outcome.id  # type: ignore[union-attr]
    world.store.add_verdict(
        world.other,
        NewVerdict(report_id, "scam", note=f"own account {UNREAD_OWN}"),
        actor="test",
        at=T0,
    )
    api = TestClient(world.app, raise_server_exceptions=False)
    headers = {"X-API-Key": world.key}
    client = world.login(
        TestClient(world.app, follow_redirects=False, raise_server_exceptions=False)
    )
    for response in (
        api.get(f"/api/v1/reports/{report_id}", headers=headers),
        api.get("/api/v1/reports", headers=headers),
        api.get(f"/api/v1/reports/{report_id}/verdicts", headers=headers),
        api.get("/api/v1/export?what=reports&format=stix", headers=headers),
        api.get("/api/v1/export?what=reports&format=jsonl", headers=headers),
        client.get(f"/reports/{report_id}"),
    ):
        assert response.status_code == 200, (response.url, response.text)
        assert UNREAD_OWN not in response.text, response.url
    # The owner still reads its report as it is.
    key = issue_key(world.store, world.other, at=T0, actor="test")
    mine = api.get(f"/api/v1/reports/{report_id}", headers={"X-API-Key": key}).json()
    assert UNREAD_OWN in mine["narrative"]
