"""Dashboard pages show agency B nothing that exists only in agency A's hidden reports.

A holds RED and AMBER+STRICT reports (hidden from B) and an AMBER one (visible) sharing
identifiers with B's (web_support.TLP_WORLD). B logs in and looks everywhere.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from web_support import (
    CREW_PHONE,
    HIDDEN_EMAIL,
    HIDDEN_FROM_B,
    HIDDEN_PHONE,
    PAIR_PHONE,
    SHARED_PHONE,
    WebWorld,
    populate_tlp_world,
)

from tipoff.link.network_tables import network_members
from tipoff.store.tables import indicators

HIDDEN_VALUES = (
    "+855977771111",
    "redvault-profit.top",
    HIDDEN_EMAIL,
    "telegram:redcrew_paymaster",
    "+639175550199",
)
HIDDEN_AMOUNTS = ("987,651", "$987.7k", "45,678", "$45.7k", "$1.1M", "76,543", "$76.5k", "$222.2k")


@pytest.fixture
def ids(web_world: WebWorld) -> dict[str, int]:
    return populate_tlp_world(web_world)


@pytest.fixture
def client(web_world: WebWorld, ids: dict[str, int]) -> TestClient:
    return web_world.login(web_world.client())


def _indicator_id(world: WebWorld, value: str) -> int:
    with world.engine.connect() as connection:
        return int(
            connection.execute(
                select(indicators.c.id).where(indicators.c.value == value)
            ).scalar_one()
        )


def _network_of(world: WebWorld, report_id: int) -> int:
    with world.engine.connect() as connection:
        query = select(network_members.c.network_id).where(network_members.c.report_id == report_id)
        return int(connection.execute(query).scalar_one())


def _assert_nothing_hidden(html: str, ids: dict[str, int]) -> None:
    for value in HIDDEN_VALUES + HIDDEN_AMOUNTS + HIDDEN_FROM_B:
        assert value not in html, value
    for name in HIDDEN_FROM_B:
        assert not re.search(rf"\b{ids[name]}\b", html), name


def _not_found_body(html: str) -> str:
    return re.sub(r"\d+", "N", html)


def test_indicator_known_only_from_hidden_reports_is_not_found(
    web_world: WebWorld, client: TestClient, ids: dict[str, int]
) -> None:
    missing = client.get("/indicators/999999")
    assert missing.status_code == 404
    for value in HIDDEN_VALUES:
        page = client.get(f"/indicators/{_indicator_id(web_world, value)}")
        assert page.status_code == 404, value
        assert _not_found_body(page.text) == _not_found_body(missing.text)
    for query in (HIDDEN_PHONE, "phone:+855977771111", "ops.redvault@proton.me", CREW_PHONE):
        html = client.get("/indicators", params={"q": query}).text
        assert "Not seen in any report" in html and 'href="/indicators/' not in html, query


def test_indicator_page_counts_dates_and_networks_from_visible_reports(
    web_world: WebWorld, client: TestClient, ids: dict[str, int]
) -> None:
    shared = _indicator_id(web_world, "+85512987654")
    html = client.get(f"/indicators/{shared}").text
    _assert_nothing_hidden(html, ids)
    assert re.search(r"Reports[^<]*</div><div class=\"v\">3</div>", html), html
    assert "may not see" not in html  # no count of hidden sightings either
    search = client.get("/indicators", params={"q": SHARED_PHONE}).text
    assert re.search(r'<td class="num">3</td>', search) and ">6<" not in search
    pair = client.get(f"/indicators/{_indicator_id(web_world, '+66812345678')}").text
    assert "B-3" in pair and "Network #" not in pair  # its network has one visible report
    _assert_nothing_hidden(pair, ids)


def test_why_linked_never_shows_hidden_reports_or_values(
    web_world: WebWorld, client: TestClient, ids: dict[str, int]
) -> None:
    network = _network_of(web_world, ids["B-1"])
    why = client.get(f"/networks/{network}/why", params={"a": ids["B-1"], "b": ids["B-2"]})
    assert why.status_code == 200 and "+85512987654" in why.text
    _assert_nothing_hidden(why.text, ids)
    for a, b in (("B-1", "A-RED-1"), ("A-RED-1", "A-STRICT-1"), ("B-4", "B-1")):
        page = client.get(f"/networks/{network}/why", params={"a": ids[a], "b": ids[b]})
        _assert_nothing_hidden(page.text, ids)
    # B-4 joined the network through A-RED-4 only: no chain of reports B may see explains it.
    bridged = client.get(f"/networks/{network}/why", params={"a": ids["B-4"], "b": ids["B-1"]})
    assert "may not see" not in bridged.text and 'id="why-chain"' not in bridged.text


def test_network_statistics_graph_and_lists_cover_visible_reports_only(
    web_world: WebWorld, client: TestClient, ids: dict[str, int]
) -> None:
    network = _network_of(web_world, ids["B-1"])
    html = client.get(f"/networks/{network}").text
    _assert_nothing_hidden(html, ids)
    stats = html.split('id="harm"', 1)[1].split("</div>\n</div>", 1)[0]
    assert re.search(r'Reports</div><div class="v">4<', stats), stats
    assert re.search(r'Countries</div><div class="v">3<', stats), stats
    assert "$8,000" in stats and "KH" not in stats and "VN" not in stats
    assert "marked for" not in html  # no count of hidden members
    for page in ("/networks", "/networks/rows", "/overview", "/networks/rows?country=KH"):
        body = client.get(page).text
        _assert_nothing_hidden(body, ids)
    table = client.get("/networks").text
    assert table.count('class="network-link"') == 1  # the other two have < 2 visible reports
    assert "No networks match" in client.get("/networks/rows?country=VN").text
    overview = client.get("/overview").text
    assert "$8,700" in overview  # B-1 to B-4 and A-AMBER-1
    filters = client.get("/networks").text
    assert '"VN"' not in filters and ">VN<" not in filters and ">MM<" not in filters


def test_networks_with_fewer_than_two_visible_reports_do_not_exist(
    web_world: WebWorld, client: TestClient, ids: dict[str, int]
) -> None:
    missing = client.get("/networks/999999")
    assert missing.status_code == 404
    for name in ("A-RED-2", "A-RED-3"):
        network = _network_of(web_world, ids[name])
        page = client.get(f"/networks/{network}")
        assert page.status_code == 404, name
        assert _not_found_body(page.text) == _not_found_body(missing.text)
        why = client.get(f"/networks/{network}/why", params={"a": ids["B-3"], "b": ids[name]})
        _assert_nothing_hidden(why.text, ids)
        assert PAIR_PHONE.replace(" ", "") not in why.text


def test_report_page_counts_identifiers_and_network_over_visible_reports(
    web_world: WebWorld, client: TestClient, ids: dict[str, int]
) -> None:
    html = client.get(f"/reports/{ids['B-1']}").text
    _assert_nothing_hidden(html, ids)
    assert "5 reports" not in html and "in 5" not in html
    alone = client.get(f"/reports/{ids['B-3']}").text
    assert 'id="report-network"' not in alone  # its network has one visible report
    for name in HIDDEN_FROM_B:
        assert client.get(f"/reports/{ids[name]}").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/networks/12345678901234567890123",
        "/networks/12345678901234567890123/why?a=1&b=2",
        "/reports/12345678901234567890123",
        "/indicators/12345678901234567890123",
        "/networks/-1",
        "/reports/abc",
        "/indicators/9223372036854775808",
    ],
)
def test_out_of_range_ids_are_not_found(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404, path


def test_large_numbers_in_filters_never_give_a_server_error(
    web_world: WebWorld, client: TestClient, ids: dict[str, int]
) -> None:
    network = _network_of(web_world, ids["B-1"])
    for a, b in (("12345678901234567890123", "1"), ("-5", "x"), (str(2**63), str(ids["B-1"]))):
        why = client.get(f"/networks/{network}/why", params={"a": a, "b": b})
        assert why.status_code == 200, (a, b)
        assert "A report id is a number" in why.text or "Choose two reports" in why.text, (a, b)
    for query in (
        "active_days=99999999999999999999",
        "offset=99999999999999999999",
        "min_reports=99999999999999999999",
        "min_harm=1e400",
    ):
        for page in ("/networks", "/networks/rows", f"/networks/{network}/reports"):
            assert client.get(f"{page}?{query}").status_code < 500, (page, query)


def test_the_tlp_rule_is_written_nowhere_in_the_dashboard() -> None:
    import tipoff.web

    root = Path(tipoff.web.__file__).parent
    for path in root.glob("*.py"):
        text = path.read_text()
        assert "SHARED_TLP" not in text and "tlp.in_(" not in text, path.name
        assert "visible_to(" not in text, path.name
    assert not (root / "why_search.py").exists()
