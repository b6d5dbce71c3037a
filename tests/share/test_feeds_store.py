"""The FeedStore contract, run against SQLite, PostgreSQL and the in-memory fake."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tipoff.errors import NotFound
from tipoff.share.feeds.store import (
    KEYS_PER_QUERY,
    FeedSource,
    FeedStore,
    Listed,
)

T0 = datetime(2026, 6, 1, tzinfo=UTC)
OFAC = FeedSource("ofac", "OFAC", "https://example.org/ofac", 90, 100.0)
PRIVATE = FeedSource("mine", "Mine", "file:///mine.txt", 60, 10.0, public=False)


def test_reimport_adds_nothing_twice_and_refreshes_last_seen(feed_store: FeedStore) -> None:
    feed_store.save_source(OFAC, source_file="a.json", at=T0)
    values = [
        Listed("wallet", "eth:0xaa"),
        Listed("wallet", "eth:0xbb"),
        Listed("wallet", "eth:0xaa"),
    ]
    first = feed_store.record("ofac", values, at=T0)
    assert (first.added, first.refreshed) == (2, 0)
    later = T0 + timedelta(days=30)
    again = feed_store.record("ofac", [*values, Listed("wallet", "eth:0xcc")], at=later)
    assert (again.added, again.refreshed) == (1, 2)
    [listing] = feed_store.listings([("wallet", "eth:0xaa")], at=later)
    assert (listing.first_seen, listing.last_seen, listing.confidence) == (T0, later, 90)
    # an older file imported afterwards does not move last_seen back
    feed_store.record("ofac", values, at=T0 + timedelta(days=1))
    [listing] = feed_store.listings([("wallet", "eth:0xaa")], at=later)
    assert listing.last_seen == later
    [source] = feed_store.sources()
    assert (source.name, source.entries, source.last_import_file) == ("ofac", 3, "a.json")


def test_listed_at_keeps_the_earliest_date_the_feed_gave(feed_store: FeedStore) -> None:
    feed_store.save_source(OFAC, source_file="a", at=T0)
    feed_store.record("ofac", [Listed("url", "https://x.test/a")], at=T0)
    feed_store.record("ofac", [Listed("url", "https://x.test/a", T0 - timedelta(days=9))], at=T0)
    feed_store.record("ofac", [Listed("url", "https://x.test/a", T0 - timedelta(days=3))], at=T0)
    [listing] = feed_store.listings([("url", "https://x.test/a")], at=T0)
    assert listing.listed_at == T0 - timedelta(days=9) == listing.since


def test_listings_decay_and_expire_unless_seen_again(feed_store: FeedStore) -> None:
    feed_store.save_source(OFAC, source_file="a", at=T0)
    feed_store.save_source(PRIVATE, source_file="b", at=T0)
    feed_store.record("ofac", [Listed("domain", "bad.test")], at=T0)
    feed_store.record("mine", [Listed("domain", "bad.test")], at=T0)
    key = [("domain", "bad.test")]
    assert [(x.feed, x.confidence) for x in feed_store.listings(key, at=T0)] == [
        ("mine", 60),
        ("ofac", 90),
    ]
    after = T0 + timedelta(days=100)  # one OFAC half-life, ten of "mine"
    assert [(x.feed, x.confidence) for x in feed_store.listings(key, at=after)] == [("ofac", 45)]
    assert feed_store.listings(key, at=T0 + timedelta(days=400)) == []  # 90/16 < 10: expired
    feed_store.record("ofac", [Listed("domain", "bad.test")], at=T0 + timedelta(days=400))
    assert [x.confidence for x in feed_store.listings(key, at=T0 + timedelta(days=400))] == [90]


def test_public_only_hides_private_feeds(feed_store: FeedStore) -> None:
    feed_store.save_source(OFAC, source_file="a", at=T0)
    feed_store.save_source(PRIVATE, source_file="b", at=T0)
    for feed in ("ofac", "mine"):
        feed_store.record(feed, [Listed("phone", "+15550000001")], at=T0)
    found = feed_store.listings([("phone", "+15550000001")], at=T0, public_only=True)
    assert [x.feed for x in found] == ["ofac"]
    assert feed_store.listings([("phone", "+15550000002")], at=T0) == []
    assert feed_store.listings([], at=T0) == []


def test_every_key_is_looked_up_and_unknown_feeds_refused(feed_store: FeedStore) -> None:
    """Keys past the first 100 were dropped: a listed value after 100 others read "not
    listed" on the public check (attack F5). They are asked 100 to a statement now."""
    feed_store.save_source(OFAC, source_file="a", at=T0)
    many = [Listed("domain", f"d{i}.test") for i in range(2 * KEYS_PER_QUERY + 5)]
    assert feed_store.record("ofac", many, at=T0).added == 2 * KEYS_PER_QUERY + 5
    keys = [(x.kind, x.value) for x in many]
    found = feed_store.listings([("domain", "unlisted.test"), *keys], at=T0)
    assert [(x.kind, x.value) for x in found] == keys
    with pytest.raises(NotFound):
        feed_store.record("nope", many, at=T0)


def test_source_update_keeps_entries(feed_store: FeedStore) -> None:
    feed_store.save_source(OFAC, source_file="a", at=T0)
    feed_store.record("ofac", [Listed("domain", "bad.test")], at=T0)
    feed_store.save_source(
        FeedSource("ofac", "OFAC", "https://example.org/v2", 80, 50.0),
        source_file="b",
        at=T0 + timedelta(days=1),
    )
    [source] = feed_store.sources()
    assert (source.url, source.confidence, source.entries) == ("https://example.org/v2", 80, 1)
    assert source.last_import_at == T0 + timedelta(days=1)
