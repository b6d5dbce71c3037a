"""Indicator search by part of a canonical value: found per viewer, paginated, 3+ characters."""

from __future__ import annotations

import html as html_lib
import re

import pytest
from fastapi.testclient import TestClient
from web_support import WebWorld, populate_tlp_world

from tipoff.store.indicator_matches import find_indicators, search_text
from tipoff.visibility import Viewer
from tipoff.web import indicator_page

LINK = re.compile(r'<a class="mono" href="/indicators/(\d+)">([^<]+)</a>')


def _containing(html: str) -> list[str]:
    if 'id="containing"' not in html:
        return []
    return [html_lib.unescape(key) for _, key in LINK.findall(html.split('id="containing"')[1])]


@pytest.fixture
def client(web_world: WebWorld) -> TestClient:
    populate_tlp_world(web_world)
    return web_world.login(web_world.client())  # agency B (JP-NPA)


def test_part_of_a_value_finds_it(client: TestClient) -> None:
    found = _containing(client.get("/indicators", params={"q": "goldtrust"}).text)
    assert found == ["domain:goldtrust-asia.vip", "url:https://goldtrust-asia.vip/app"]
    assert _containing(client.get("/indicators", params={"q": "GOLDTRUST-A"}).text) == found
    # Digits written any way are searched as digits, inside the canonical +855… number.
    assert _containing(client.get("/indicators", params={"q": "1298 7654"}).text) == [
        "phone:+85512987654"
    ]


def test_a_value_known_only_from_hidden_reports_is_not_found(client: TestClient) -> None:
    for part in ("redvault", "proton.me", "977771", "9175550199", "paymaster"):
        html = client.get("/indicators", params={"q": part}).text
        assert _containing(html) == [] and 'href="/indicators/' not in html, part


def test_short_or_wildcard_text_matches_nothing_by_itself(client: TestClient) -> None:
    assert search_text("ab") is None and search_text("  1-2 ") is None
    html = client.get("/indicators", params={"q": "ab"}).text
    assert "at least 3 characters" in html and 'href="/indicators/' not in html
    for wild in ("%%%", "___", "\\\\\\", "%_%"):
        assert _containing(client.get("/indicators", params={"q": wild}).text) == [], wild


def test_matches_come_a_page_at_a_time(
    web_world: WebWorld, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indicator_page, "PAGE_SIZE", 1)
    seen: list[str] = []
    url: str | None = "/indicators?q=%2B855"
    while url:
        html = client.get(url).text
        seen += _containing(html)
        following = re.search(r'<a href="([^"]+)" id="containing-next">', html)
        url = html_lib.unescape(following.group(1)) if following else None
    assert seen == ["phone:+85512987654", "phone:+85516200300"]  # +855977771111 is hidden
    with web_world.engine.connect() as connection:
        operator = find_indicators(connection, "+855", Viewer.operator(), limit=10)
    assert [r.value for r in operator.rows] == ["+85512987654", "+85516200300", "+855977771111"]


def test_search_and_indicator_page_give_the_same_counts_and_dates(
    web_world: WebWorld, client: TestClient
) -> None:
    """One source of truth (tipoff.link.indicator_views.as_seen over the visible reports):
    agency A's hidden reports of other days must not move B's first or last seen on either
    page."""
    cell = re.compile(r'<td class="num">([\d,]+)</td><td>([\d-]+)</td><td>([\d-]+)</td>')
    compared = 0
    for part in ("+855", "+66", "goldtrust", "telegram"):
        html = client.get("/indicators", params={"q": part}).text.split('id="containing"')[-1]
        for row in html.split("<tr>")[2:]:
            link, figures = LINK.search(row), cell.search(row)
            if not (link and figures):
                continue
            page = client.get(f"/indicators/{link.group(1)}").text
            stats = re.findall(r'<div class="v">([^<]+)</div>', page)
            assert stats[1:4] == list(figures.groups()), link.group(2)
            compared += 1
    assert compared >= 4
