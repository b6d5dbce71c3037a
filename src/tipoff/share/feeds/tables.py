"""Tables of public feeds (migration 0008_feeds; docs/feeds.md).

- ``feed_sources``: one row per feed: where it comes from, how much a listing on it is
  worth (``confidence``, 0-100), how fast that fades (``half_life_days``), whether it is
  public data (only public feeds are shown on the public check page) and when it was last
  imported.
- ``feed_entries``: one row per canonical value per feed (unique), with the first and last
  import that saw it and the first date the feed itself gives for it (when it gives one).
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, String, Table, Text

from tipoff.store.tables import BigId, Timestamp, metadata

MAX_VALUE_CHARS = 1000  # longer canonical values are skipped (counted) on import

feed_sources = Table(
    "feed_sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("title", String(300), nullable=False),
    Column("url", Text, nullable=False),
    Column("confidence", Integer, nullable=False),
    Column("half_life_days", Float, nullable=False),
    Column("public", Boolean, nullable=False),
    Column("last_import_at", Timestamp, nullable=True),
    Column("last_import_file", Text, nullable=True),
)

feed_entries = Table(
    "feed_entries",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("feed_id", Integer, ForeignKey("feed_sources.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("value", String(MAX_VALUE_CHARS), nullable=False),
    Column("listed_at", Timestamp, nullable=True),
    Column("first_seen", Timestamp, nullable=False),
    Column("last_seen", Timestamp, nullable=False),
    Index("ix_feed_entries_kind_value_feed_id", "kind", "value", "feed_id", unique=True),
    Index("ix_feed_entries_feed_id", "feed_id"),
)
