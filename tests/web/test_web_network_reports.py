"""The report table of a network page: sortable, paginated, per viewer, and the ends of
"why linked" typed or picked instead of chosen from a drop-down of every report."""

from __future__ import annotations

import html as html_lib
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from web_support import HIDDEN_FROM_B, WebWorld, populate, populate_tlp_world

from tipoff.link.network_tables import network_members
from tipoff.store.tables import reports
from tipoff.visibility import Viewer
from tipoff.web import network_report_table

ROW_RE = re.compile(
    r'href="/reports/(\d+)">[^<]*</a> <span class="small muted">#\d+</span></td>'
    r"\s*<td>[^<]*</td>\s*<td>([^<]*)</td>"
)


def _network_of(world: WebWorld, report_id: int) -> int:
    with world.engine.connect() as connection:
        query = select(network_members.c.network_id).where(network_members.c.report_id == report_id)
        return int(connection.execute(query).scalar_one())


def _members(world: WebWorld, network: int) -> set[int]:
    with world.engine.connect() as connection:
        query = select(network_members.c.report_id).where(network_members.c.network_id == network)
        return {int(r) for r in connection.execute(query).scalars()}


def _visible_members(world: WebWorld, network: int) -> set[int]:
    """Members the logged-in agency may see, by the one rule (tipoff.visibility)."""
    viewer = Viewer.agency(world.agency.id)
    with world.engine.connect() as connection:
        query = (
            select(reports.c.id)
            .join(network_members, network_members.c.report_id == reports.c.id)
            .where(
                network_members.c.network_id == network,
                viewer.clause(reports.c.tlp, reports.c.agency_id),
            )
        )
        return {int(r) for r in connection.execute(query).scalars()}


def _next(page: str) -> str | None:
    found = re.search(
        r'hx-get="([^"]+)" hx-target="#network-reports" id="network-reports-next"', page
    )
    return html_lib.unescape(found.group(1)) if found else None


def _all_rows(client: TestClient, first: str) -> list[tuple[int, str]]:
    rows: list[tuple[int, str]] = []
    url: str | None = first
    while url is not None:
        page = client.get(url, headers={"HX-Request": "true"})
        assert page.status_code == 200, url
        rows += [(int(i), day) for i, day in ROW_RE.findall(page.text)]
        url = _next(page.text)
    return rows


def test_the_network_page_lists_its_reports_and_asks_for_two_ids(web_world: WebWorld) -> None:
    ids = populate(web_world)
    client = web_world.login(web_world.client())
    network = _network_of(web_world, ids["JP-1"])
    page = client.get(f"/networks/{network}").text
    assert 'id="network-reports-table"' in page
    assert f'href="/reports/{ids["JP-1"]}"' in page and f'href="/reports/{ids["TH-1"]}"' in page
    for column in ("report", "agency", "received", "country", "scam type", "loss"):
        assert f">{column}" in page, column
    assert "<select" not in page.split('id="why-submit"')[0].split("Why linked?")[1]
    assert 'id="why-a"' in page and 'data-why-pick="b"' in page
    why = client.get(f"/networks/{network}/why", params={"a": "JP-1", "b": str(ids["TH-1"])})
    assert why.status_code == 200 and "A report id is a number" in why.text
    chain = client.get(f"/networks/{network}/why", params={"a": ids["JP-1"], "b": ids["TH-1"]})
    assert 'id="why-chain"' in chain.text


def test_the_report_table_pages_and_sorts_over_every_visible_member(
    web_world: WebWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(network_report_table, "PAGE_SIZE", 2)
    ids = populate(web_world, simulated=60)
    client = web_world.login(web_world.client())
    network = _network_of(web_world, ids["JP-1"])
    members = _visible_members(web_world, network)
    assert len(members) > 2  # more than one page
    for sort in ("received", "loss", "country", "type", "id"):
        for order in ("asc", "desc"):
            rows = _all_rows(client, f"/networks/{network}/reports?sort={sort}&order={order}")
            listed = [i for i, _ in rows]
            assert len(listed) == len(set(listed)) and set(listed) == members, (sort, order)
            if sort == "received":
                days = [day for _, day in rows]
                assert days == sorted(days, reverse=order == "desc")
            if sort == "id":
                assert listed == sorted(listed, reverse=order == "desc")
    whole = client.get(f"/networks/{network}/reports?sort=bogus&order=sideways&offset=x")
    assert whole.status_code == 200 and "<html" in whole.text.lower()  # a page without htmx
    assert client.get("/networks/999999/reports").status_code == 404


def test_the_report_table_shows_another_agency_nothing_hidden(web_world: WebWorld) -> None:
    ids = populate_tlp_world(web_world)
    client = web_world.login(web_world.client())  # agency B
    networks = {_network_of(web_world, ids[name]) for name in ("B-1", "B-3")}
    with web_world.engine.connect() as connection:
        hidden_db_ids = {ids[name] for name in HIDDEN_FROM_B}
        assert connection.execute(select(reports.c.id).where(reports.c.id.in_(hidden_db_ids))).all()
    for network in networks:
        page = client.get(f"/networks/{network}")
        if page.status_code == 404:
            continue
        for sort in ("received", "loss", "id"):
            listed = {i for i, _ in _all_rows(client, f"/networks/{network}/reports?sort={sort}")}
            assert not listed & hidden_db_ids, sort
            assert listed == _visible_members(web_world, network)
        for name in HIDDEN_FROM_B:
            assert name not in page.text and f'/reports/{ids[name]}"' not in page.text
    for name in HIDDEN_FROM_B:  # a network B cannot see has no table either
        hidden_network = _network_of(web_world, ids[name])
        if hidden_network not in networks:
            answer = client.get(f"/networks/{hidden_network}/reports")
            assert answer.status_code == 404 or not (
                {int(i) for i, _ in ROW_RE.findall(answer.text)} & hidden_db_ids
            )
