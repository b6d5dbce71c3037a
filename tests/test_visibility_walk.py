"""The attacker walk: agency B looks everywhere and learns nothing of A's hidden reports.

Agency A (KH-ACD) holds RED, AMBER+STRICT and AMBER reports sharing identifiers with agency
B's (JP-NPA), stored through the real intake path and linked by a full relink
(``web.web_support.TLP_WORLD``). B then calls every route of the API's OpenAPI schema with
its key, path parameters filled with the real ids of A's hidden reports, their networks and
identifiers as well as B's own, and walks every dashboard page logged in as B: every link
from the overview on, and the hidden ids asked for directly.

The facts B must never see are computed from the database, not written by hand: the
identifiers only A's hidden reports cite (their values, as written, their ids), the hidden
reports' ids, external ids and amounts, every total that includes a hidden amount, the
counts of networks and indicators that include hidden reports, victim countries known only
from hidden reports, and the networks with fewer than two reports B may see.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote, unquote_plus, urlencode, urlsplit

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, func, not_, select

from tipoff.keys import issue_key
from tipoff.link.network_tables import network_members, networks
from tipoff.store.tables import indicators, reports, sightings
from tipoff.visibility import Viewer
from tipoff.web.templating import money
from web.web_support import T0, WebWorld, populate_tlp_world

MAX_PAGES = 400


@dataclass
class HiddenFacts:
    """What exists only in reports B may not see, read from the database."""

    report_ids: set[int] = field(default_factory=set)
    external_ids: set[str] = field(default_factory=set)
    indicator_ids: set[int] = field(default_factory=set)
    values: set[str] = field(default_factory=set)  # canonical values, keys and raw spellings
    value_groups: list[set[str]] = field(default_factory=list)  # the forms of one identifier
    amounts: set[str] = field(default_factory=set)  # every way a page may print them
    counts: set[int] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    network_ids: set[int] = field(default_factory=set)  # networks B may not see at all
    # For filling path parameters:
    visible_report_ids: list[int] = field(default_factory=list)
    visible_network_ids: list[int] = field(default_factory=list)
    all_indicators: list[tuple[int, str, str]] = field(default_factory=list)


UNKNOWN_TIPOFF = "tipoff--00000000-0000-4000-8000-000000000000"
EXPORT_FORMATS = [
    ("reports", "csv"),
    ("reports", "jsonl"),
    ("reports", "stix"),
    ("indicators", "csv"),
    ("indicators", "jsonl"),
    ("networks", "csv"),
    ("networks", "jsonl"),
]


def _amount_forms(amount: float) -> set[str]:
    forms = {money(amount), f"{amount:,.0f}", f"{amount:,.2f}", repr(float(amount))}
    if amount >= 1000:
        forms.add(f"{amount:.0f}")
    return forms


def hidden_facts(connection: Connection, viewer: Viewer) -> HiddenFacts:
    facts = HiddenFacts()
    seen = viewer.clause(reports.c.tlp, reports.c.agency_id)
    hidden_rows = connection.execute(
        select(
            reports.c.id, reports.c.external_id, reports.c.loss_usd, reports.c.victim_country
        ).where(not_(seen))
    ).all()
    visible_rows = connection.execute(
        select(reports.c.id, reports.c.victim_country).where(seen)
    ).all()
    facts.visible_report_ids = [int(r.id) for r in visible_rows]
    facts.report_ids = {int(r.id) for r in hidden_rows}
    facts.external_ids = {str(r.external_id) for r in hidden_rows}
    for row in hidden_rows:
        if row.loss_usd:
            facts.amounts |= _amount_forms(float(row.loss_usd))
    facts.countries = {r.victim_country for r in hidden_rows if r.victim_country} - {
        r.victim_country for r in visible_rows
    }
    # Identifiers cited by hidden reports only.
    cited = connection.execute(
        select(sightings.c.indicator_id, sightings.c.report_id, sightings.c.raw)
    ).all()
    by_indicator: dict[int, list[Any]] = {}
    for row in cited:
        by_indicator.setdefault(int(row.indicator_id), []).append(row)
    stored = {
        int(r.id): r
        for r in connection.execute(
            select(
                indicators.c.id, indicators.c.kind, indicators.c.value, indicators.c.report_count
            )
        )
    }
    facts.all_indicators = [(i, r.kind, r.value) for i, r in stored.items()]
    visible_total = len(facts.visible_report_ids)
    for indicator_id, rows in by_indicator.items():
        citing = {int(r.report_id) for r in rows}
        row = stored[indicator_id]
        if citing <= facts.report_ids:
            facts.indicator_ids.add(indicator_id)
            forms = {row.value, f"{row.kind}:{row.value}"} | {r.raw for r in rows}
            facts.values |= forms
            facts.value_groups.append(forms)
        elif citing & facts.report_ids:
            facts.counts.add(int(row.report_count))
    # Networks: stored figures of those with hidden members include hidden reports.
    members = connection.execute(
        select(network_members.c.network_id, network_members.c.report_id)
    ).all()
    per_network: dict[int, set[int]] = {}
    for network_id, report_id in members:
        per_network.setdefault(int(network_id), set()).add(int(report_id))
    for row in connection.execute(select(networks)):
        member_ids = per_network.get(int(row.id), set())
        visible = member_ids - facts.report_ids
        if len(visible) < 2:
            facts.network_ids.add(int(row.id))
        else:
            facts.visible_network_ids.append(int(row.id))
        if member_ids & facts.report_ids:
            facts.amounts |= _amount_forms(float(row.loss_usd))
            facts.counts |= {int(row.reports), int(row.victims)}
    total = connection.execute(select(func.sum(reports.c.loss_usd))).scalar() or 0.0
    facts.amounts |= _amount_forms(float(total))
    # A count no visible figure can reach is a hidden one (small numbers are everywhere).
    facts.counts = {n for n in facts.counts if n > visible_total}
    return facts


def _number(form: str) -> str:
    return rf"(?<![\d.,]){re.escape(form)}(?![\d])"


def leaks(body: str, facts: HiddenFacts, asked: str = "") -> list[str]:
    """Hidden facts present in a response body (echoes of what the request itself sent, in
    ``asked``, do not count: the caller knew them already)."""
    # Asking about a value may echo it, in any of its forms (a search shows the canonical
    # form it read): that says nothing about A's reports. A hit would (a link, a count).
    echoed = set().union(*(g for g in facts.value_groups if any(v in asked for v in g)))
    found = [f"value {v!r}" for v in facts.values - echoed if v in body]
    found += [f"external id {e!r}" for e in facts.external_ids if e in body]
    found += [f"amount {a!r}" for a in facts.amounts if re.search(_number(a), body)]
    found += [
        f"report id {i}"
        for i in facts.report_ids
        if re.search(rf"(?<!\d){i}(?!\d)", body) and str(i) not in asked
    ]
    for kind, ids in (("networks", facts.network_ids), ("indicators", facts.indicator_ids)):
        linked = {int(n) for n in re.findall(rf"/{kind}/(\d+)", body)}
        found += [f"link to hidden {kind} {i}" for i in sorted(linked & ids)]
    found += [f"graph node i{i}" for i in facts.indicator_ids if f'"i{i}"' in body]
    # A STIX export of a report B may see names its author's identity, with the agency's own
    # country ("tipoff agency KH-ACD (KH)"): that is who shared it, not a hidden victim's country.
    unsigned = re.sub(r"tipoff agency [\w-]+ \([A-Z]{2}\)", "", body)
    found += [
        f"country {c}"
        for c in facts.countries
        if re.search(rf"(?<![\w-]){c}(?![\w-])", unsigned) and f"country={c}" not in asked
    ]
    found += [f"count {n}" for n in facts.counts if re.search(rf">\s*{n}\s*<", body)]
    found += _json_leaks(body, facts)
    return found


def _json_leaks(body: str, facts: HiddenFacts) -> list[str]:
    try:
        data = json.loads(body)
    except ValueError:
        return []
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("reports", "victims", "report_count", "count", "total"):
                value = node.get(key)
                if isinstance(value, int) and value in facts.counts:
                    found.append(f"JSON {key}={value}")
            if "harm_score" in node and node.get("id") in facts.network_ids:
                found.append(f"JSON hidden network {node.get('id')}")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return found


def _asked(url: str, body: dict[str, Any] | None) -> str:
    """What the request itself said (path, decoded query, body text)."""
    parts = urlsplit(url)
    return " ".join([unquote(parts.path), unquote_plus(parts.query), json.dumps(body or "")])


@pytest.fixture
def world(database_url: str) -> Iterator[WebWorld]:
    built = WebWorld(database_url, check_rate_limit=10_000)
    yield built
    built.engine.dispose()


def _api_calls(app: Any, facts: HiddenFacts) -> Iterator[tuple[str, str, dict[str, Any] | None]]:
    """(method, url, json body) for every route of the OpenAPI schema, parameters filled."""
    hidden_reports = sorted(facts.report_ids)
    report_ids = hidden_reports + facts.visible_report_ids
    network_ids = sorted(facts.network_ids) + facts.visible_network_ids + [12345678901234567890123]
    query_values: dict[str, list[str]] = {
        "country": [*sorted(facts.countries), "JP", "KH"],
        "agency": ["KH-ACD", "JP-NPA"],
        "min_reports": ["1", "2"],
        "from": [str(i) for i in report_ids[:4]],
        "to": [str(i) for i in report_ids[-4:]],
        "limit": ["500"],
        # Filters by network (reports, tip-offs, exports): hidden networks answer like none.
        "network": [str(i) for i in sorted(facts.network_ids)[:6] + facts.visible_network_ids[:3]],
        "kind": ["phone", "domain", "handle"],
    }
    for path, operations in app.openapi()["paths"].items():
        for method, operation in operations.items():
            params = operation.get("parameters", [])
            in_path = [p["name"] for p in params if p["in"] == "path"]
            in_query = [p["name"] for p in params if p["in"] == "query"]
            if method == "post":
                if "check" in path:
                    for value in sorted(facts.values):
                        yield "POST", path, {"text": f"Is {value} a scam? They called me."}
                continue  # writes are not reads; intake has its own tests
            fillings: list[dict[str, str]] = [{}]
            if in_path == ["report_id"]:
                fillings = [{"report_id": str(i)} for i in report_ids]
            elif in_path == ["network_id"]:
                fillings = [{"network_id": str(i)} for i in network_ids]
            elif "uid" in in_path:  # tip-offs: B holds none of A's, so A's answer as unknown
                fillings = [{"uid": UNKNOWN_TIPOFF, "sha256": "0" * 64}]
            elif in_path == ["kind", "value"]:
                fillings = [
                    {"kind": kind, "value": quote(value, safe="")}
                    for _, kind, value in facts.all_indicators
                ]
            for filling in fillings:
                url = path
                for name, value in filling.items():
                    url = url.replace("{" + name + "}", value)
                if {"what", "format", "network"} <= set(in_query):  # the API's exports
                    for what, fmt in EXPORT_FORMATS:
                        for network in [None, *query_values["network"]]:
                            query = {"what": what, "format": fmt}
                            query |= {"network": network} if network else {}
                            yield "GET", f"{url}?{urlencode(query)}", None
                if "from" in in_query and "to" in in_query:
                    for a in report_ids:
                        for b in report_ids[:3] + hidden_reports[:2]:
                            yield "GET", f"{url}?{urlencode({'from': a, 'to': b})}", None
                    continue
                yield "GET", url, None
                for name in in_query:
                    for value in query_values.get(name, []):
                        yield "GET", f"{url}?{urlencode({name: value})}", None


def _dashboard_links(html: str) -> list[str]:
    links = re.findall(r'(?:href|hx-get|action)="(/[^"#]*)"', html)
    links += re.findall(r'"href": "(/[^"#]*)"', html)  # graph nodes (JSON in the page)
    wanted = []
    for link in links:
        path = urlsplit(link.replace("&amp;", "&")).path
        if path.startswith(("/static", "/logout", "/api", "/docs", "/redoc", "/login")):
            continue
        wanted.append(link.replace("&amp;", "&"))
    return wanted


def _dashboard_direct(facts: HiddenFacts) -> list[str]:
    """Pages B would not find by following links: the hidden ids, asked for directly."""
    pages = [f"/reports/{i}" for i in sorted(facts.report_ids)]
    pages += [f"/indicators/{i}" for i in sorted(facts.indicator_ids)]
    pages += [f"/networks/{i}" for i in sorted(facts.network_ids)]
    pages += [f"/networks/{i}/reports" for i in sorted(facts.network_ids)]  # the report table
    pages += [f"/indicators?{urlencode({'q': v})}" for v in sorted(facts.values)]
    # The search also matches inside values: a fragment of a hidden value must find nothing.
    pages += [
        f"/indicators?{urlencode({'q': v[1:-1]})}" for v in sorted(facts.values) if len(v) > 5
    ]
    pages += [f"/networks/rows?{urlencode({'country': c})}" for c in sorted(facts.countries)]
    ends = sorted(facts.report_ids)[:3] + facts.visible_report_ids[:3]
    for network_id in sorted(facts.network_ids) + facts.visible_network_ids:
        for a in ends:
            for b in ends:
                if a != b:
                    pages.append(f"/networks/{network_id}/why?{urlencode({'a': a, 'b': b})}")
    # Downloads of a hidden network's tables, in every format, and pages added with tip-offs
    # and the model (B holds no tip-off of A's: its page must answer like an unknown one).
    pages += [
        f"/export?{urlencode({'what': what, 'format': fmt, 'network': i})}"
        for i in sorted(facts.network_ids)
        for what in ("reports", "indicators", "networks")
        for fmt in ("csv", "jsonl", "stix")
    ]
    pages += ["/tipoffs", f"/tipoffs/{UNKNOWN_TIPOFF}", "/model"]
    pages.append(f"/tipoffs/{UNKNOWN_TIPOFF}/attachments/{'0' * 64}")
    pages += ["/networks/12345678901234567890123", "/reports/12345678901234567890123"]
    return pages


def _warm_caches_as_owner(world: WebWorld, facts: HiddenFacts) -> None:
    """Agency A looks at its own networks, reports and identifiers first, so any cache that
    forgot who it was computed for would now hold A's figures for B to find."""
    owner_key = issue_key(world.store, world.other, at=T0, actor="test")
    api = TestClient(world.app, raise_server_exceptions=False)
    for method, url, _ in _api_calls(world.app, facts):
        if method == "GET":
            api.get(url, headers={"X-API-Key": owner_key})
    client = TestClient(world.app, follow_redirects=False, raise_server_exceptions=False)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
    assert token is not None
    login = client.post("/login", data={"api_key": owner_key, "csrf": token.group(1)})
    assert login.status_code == 303, login.text
    pages = ["/overview", "/networks", *_dashboard_direct(facts)]
    for page in pages:
        response = client.get(page)
        pages += [p for p in _dashboard_links(response.text) if p not in pages][:50]
        if len(pages) > MAX_PAGES:
            break
    client.post("/logout", data={"csrf": token.group(1)})


def test_agency_b_learns_nothing_of_agency_a_hidden_reports(world: WebWorld) -> None:
    populate_tlp_world(world)
    viewer = Viewer.agency(world.agency.id)
    with world.engine.connect() as connection:
        facts = hidden_facts(connection, viewer)
    # The world is what the test says it is: hidden reports, identifiers and networks exist.
    assert len(facts.report_ids) >= 5 and facts.indicator_ids and facts.network_ids
    assert facts.counts and facts.countries and facts.visible_network_ids

    _warm_caches_as_owner(world, facts)
    leaked: dict[str, list[str]] = {}
    errors: list[str] = []
    api = TestClient(world.app, raise_server_exceptions=False)
    headers = {"X-API-Key": world.key}
    statuses: Counter[int] = Counter()
    for method, url, body in _api_calls(world.app, facts):
        response = api.request(method, url, headers=headers, json=body)
        statuses[response.status_code] += 1
        if method == "GET" and statuses.total() % 7 == 0:  # HEAD answers as the GET, no body
            head = api.head(url, headers=headers)
            if head.status_code != response.status_code or head.content:
                errors.append(f"HEAD {url}: {head.status_code} vs GET {response.status_code}")
        if response.status_code >= 500:
            errors.append(f"{method} {url}: {response.status_code}")
        found = leaks(response.text, facts, _asked(url, body))
        if found:
            leaked.setdefault(f"API {method} {urlsplit(url).path}", []).extend(found)
    # The key works: most calls are answered (hidden ids get 404, like unknown ones).
    assert statuses[200] > 40 and statuses[404] > 10, statuses
    assert not set(statuses) & {401, 403}, statuses

    client = world.login(
        TestClient(world.app, follow_redirects=False, raise_server_exceptions=False)
    )
    queue = ["/overview", "/networks", "/indicators", *_dashboard_direct(facts)]
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
    assert len(visited) > 50, sorted(visited)
    # The check page's form (public, but B may try it too) with each hidden value.
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/check").text)
    assert token is not None
    for value in sorted(facts.values):
        text = f"Is {value} a scam? They called me."
        response = client.post("/check", data={"text": text, "csrf": token.group(1)})
        if response.status_code != 200:  # a refused form would check nothing
            errors.append(f"POST /check: {response.status_code}")
        found = leaks(response.text, facts, text)
        if found:
            leaked.setdefault("dashboard POST /check", []).extend(found)
    # The walk reached every visible network, and reports and identifiers through them.
    for network_id in facts.visible_network_ids:
        assert f"/networks/{network_id}" in visited
    reached = {int(p.split("/")[2]) for p in visited if re.fullmatch(r"/reports/\d+", p)}
    assert len(reached & set(facts.visible_report_ids)) >= 4, sorted(reached)
    assert sum(1 for p in visited if re.fullmatch(r"/indicators/\d+", p)) >= 5

    report = [f"{where}: {sorted(set(found))}" for where, found in sorted(leaked.items())]
    assert not report and not errors, "\n".join(report + errors)
