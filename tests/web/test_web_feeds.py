"""Feed listings on the dashboard's indicator page and in the API's indicator detail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from web_support import WALLET, WebWorld, populate

from tipoff.share.feeds.store import FeedSource, Listed, SqlFeedStore


def _list_wallet(world: WebWorld) -> None:
    now = datetime.now(UTC)
    feeds = SqlFeedStore(world.engine)
    for source in (
        FeedSource("ofac", "OFAC sanctioned addresses", "https://x.test/ofac", 95, 730.0),
        FeedSource("mine", "Bank partner list", "file:///mine", 60, 30.0, public=False),
        FeedSource("stale", "Stale list", "https://y.test", 90, 1.0),
    ):
        feeds.save_source(source, source_file="f", at=now)
    since = datetime(2024, 1, 4, tzinfo=UTC)
    feeds.record("ofac", [Listed("wallet", f"tron:{WALLET}", since)], at=now)
    feeds.record("mine", [Listed("wallet", f"tron:{WALLET}")], at=now)
    feeds.record("stale", [Listed("wallet", f"tron:{WALLET}")], at=now - timedelta(days=30))


def test_api_indicator_detail_lists_its_feeds(web_world: WebWorld) -> None:
    populate(web_world)
    _list_wallet(web_world)
    headers = {"Authorization": f"Bearer {web_world.key}"}
    client = web_world.client()
    body = client.get(f"/api/v1/indicators/wallet/tron:{WALLET}", headers=headers).json()
    listed = [(x["feed"], x["confidence"], (x["listed_at"] or "")[:10]) for x in body["listed_by"]]
    assert listed[0][0] == "mine" and listed[1] == ("ofac", 95, "2024-01-04")
    assert len(listed) == 2  # the stale listing has expired
    assert body["listed_by"][1]["source"] == "https://x.test/ofac"


def test_indicator_page_shows_listed_by(web_world: WebWorld) -> None:
    populate(web_world)
    _list_wallet(web_world)
    client = web_world.login(web_world.client())
    html = client.get("/indicators", params={"q": WALLET}).text
    link = html.split('href="/indicators/', 1)[1].split('"', 1)[0]
    page = client.get(f"/indicators/{link}").text
    assert "Listed by" in page and "OFAC sanctioned addresses</b> (since 2024-01-04" in page
    assert "Bank partner list</b>" in page and "private feed" in page
    assert "Stale list" not in page


def test_indicator_search_shows_values_only_a_feed_lists(web_world: WebWorld) -> None:
    now = datetime.now(UTC)
    feeds = SqlFeedStore(web_world.engine)
    source = FeedSource("gasa", "Global Anti-Scam Org scam sites", "https://x.test", 80, 120.0)
    feeds.save_source(source, source_file="f", at=now)
    feeds.record("gasa", [Listed("domain", "fake-invest-pro.top")], at=now)
    client = web_world.login(web_world.client())
    html = client.get("/indicators", params={"q": "https://www.fake-invest-pro.top/"}).text
    assert "Not seen in any report" in html
    assert "listed by <b>Global Anti-Scam Org scam sites</b>" in html
    other = client.get("/indicators", params={"q": "never-listed.top"}).text
    assert 'id="feeds"' not in other


def test_api_answers_for_a_value_only_a_feed_lists(web_world: WebWorld) -> None:
    now = datetime.now(UTC)
    feeds = SqlFeedStore(web_world.engine)
    source = FeedSource("gasa", "Global Anti-Scam Org scam sites", "https://x.test", 80, 120.0)
    feeds.save_source(source, source_file="f", at=now)
    feeds.record("gasa", [Listed("domain", "fake-invest-pro.top")], at=now)
    headers = {"Authorization": f"Bearer {web_world.key}"}
    client = web_world.client()
    answer = client.get("/api/v1/indicators/domain/fake-invest-pro.top", headers=headers)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["id"] is None and body["report_count"] == 0 and body["sightings"] == []
    assert [(x["feed"], x["title"], x["confidence"]) for x in body["listed_by"]] == [
        ("gasa", "Global Anti-Scam Org scam sites", 80)
    ]
    # Neither listed nor reported: still 404; an unknown kind still 422.
    missing = client.get("/api/v1/indicators/domain/never-listed.top", headers=headers)
    assert missing.status_code == 404
    bad = client.get("/api/v1/indicators/victim/fake-invest-pro.top", headers=headers)
    assert bad.status_code == 422
    # Without a key, nothing.
    assert client.get("/api/v1/indicators/domain/fake-invest-pro.top").status_code == 401
