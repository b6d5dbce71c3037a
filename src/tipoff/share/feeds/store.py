"""Where feed listings live: ``SqlFeedStore`` (SQLite and PostgreSQL) and ``MemoryFeedStore``
(the fake for tests of the layers above); one contract test suite runs against all three
(tests/share/test_feeds_store.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Engine, and_, case, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from tipoff.errors import NotFound
from tipoff.share.feeds.decay import EXPIRED_BELOW, effective_confidence
from tipoff.share.feeds.tables import feed_entries, feed_sources
from tipoff.store.records import as_utc

CHUNK = 5_000
KEYS_PER_QUERY = 100  # keys OR-ed into one statement; more keys take more statements


@dataclass(frozen=True, slots=True)
class FeedSource:
    """A feed's provenance and the worth of a listing on it."""

    name: str
    title: str
    url: str
    confidence: int
    half_life_days: float
    public: bool = True
    last_import_at: datetime | None = None
    last_import_file: str | None = None
    entries: int = 0


@dataclass(frozen=True, slots=True)
class Listed:
    """One canonical value to record as seen on a feed (``listed_at``: the feed's own date)."""

    kind: str
    value: str
    listed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """A value listed on a feed, as a reader sees it at a given moment."""

    kind: str
    value: str
    feed: str
    title: str
    url: str
    public: bool
    listed_at: datetime | None
    first_seen: datetime
    last_seen: datetime
    confidence: int  # effective (decayed) at the moment asked

    @property
    def since(self) -> datetime:
        """The earliest date known for the listing: the feed's own, else our first import."""
        return min(self.listed_at, self.first_seen) if self.listed_at else self.first_seen


@dataclass(frozen=True, slots=True)
class Recorded:
    added: int
    refreshed: int


class FeedStore(Protocol):
    def save_source(self, source: FeedSource, *, source_file: str, at: datetime) -> None:
        """Create or update a feed's provenance and worth, and stamp its latest import. A
        feed once saved private stays private, whatever later imports say."""
        ...

    def record(self, feed: str, values: Sequence[Listed], *, at: datetime) -> Recorded:
        """Record values seen on ``feed`` at ``at``: new ones added, known ones refreshed
        (``last_seen`` moves forward, ``listed_at`` keeps the earliest); nothing twice."""
        ...

    def sources(self) -> list[FeedSource]:
        """Every feed with its number of entries, by name."""
        ...

    def listings(
        self, keys: Iterable[tuple[str, str]], *, at: datetime, public_only: bool = False
    ) -> list[Listing]:
        """Unexpired listings of these (kind, value) pairs at ``at``, by key then feed name;
        every key is looked up (``KEYS_PER_QUERY`` to a statement; before, keys past the
        first 100 were dropped, so a listed value after 100 others read "not listed")."""
        ...


def _dedupe(values: Sequence[Listed]) -> dict[tuple[str, str], datetime | None]:
    merged: dict[tuple[str, str], datetime | None] = {}
    for item in values:
        key = (item.kind, item.value)
        old = merged.get(key)
        new = item.listed_at
        merged[key] = new if old is None else (old if new is None else min(old, new))
    return merged


def _listing(source: FeedSource, kind: str, value: str, row: Any, at: datetime) -> Listing:
    return Listing(
        kind,
        value,
        source.name,
        source.title,
        source.url,
        source.public,
        as_utc(row["listed_at"]),
        as_utc(row["first_seen"]),
        as_utc(row["last_seen"]),
        effective_confidence(
            source.confidence, source.half_life_days, as_utc(row["last_seen"]), at
        ),
    )


class SqlFeedStore:
    """Feed listings in the tipoff database (migration 0008_feeds)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def save_source(self, source: FeedSource, *, source_file: str, at: datetime) -> None:
        fields = {
            "title": source.title,
            "url": source.url,
            "confidence": source.confidence,
            "half_life_days": source.half_life_days,
            "public": source.public,
            "last_import_at": as_utc(at),
            "last_import_file": source_file,
        }
        with self.engine.begin() as connection:
            found = connection.execute(
                select(feed_sources.c.id).where(feed_sources.c.name == source.name)
            ).scalar()
            if found is None:
                connection.execute(feed_sources.insert().values(name=source.name, **fields))
            else:
                connection.execute(
                    feed_sources.update()
                    .where(feed_sources.c.id == found)
                    # once private, always private (a refresh without --private would
                    # otherwise show the feed on the public check)
                    .values(**fields | {"public": feed_sources.c.public & source.public})
                )

    def record(self, feed: str, values: Sequence[Listed], *, at: datetime) -> Recorded:
        merged = _dedupe(values)
        at = as_utc(at)
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        with self.engine.begin() as connection:
            feed_id = connection.execute(
                select(feed_sources.c.id).where(feed_sources.c.name == feed)
            ).scalar()
            if feed_id is None:
                raise NotFound(f"no feed named {feed}")
            count = select(func.count()).where(feed_entries.c.feed_id == feed_id)
            before = connection.execute(count).scalar_one()
            items = list(merged.items())
            for start in range(0, len(items), CHUNK):
                rows = [
                    {
                        "feed_id": feed_id,
                        "kind": kind,
                        "value": value,
                        "listed_at": as_utc(listed),
                        "first_seen": at,
                        "last_seen": at,
                    }
                    for (kind, value), listed in items[start : start + CHUNK]
                ]
                insert = dialect.insert(feed_entries)
                old, new = feed_entries.c, insert.excluded
                statement = insert.on_conflict_do_update(
                    index_elements=["kind", "value", "feed_id"],
                    set_={
                        "last_seen": case(
                            (new.last_seen > old.last_seen, new.last_seen), else_=old.last_seen
                        ),
                        "listed_at": case(
                            (old.listed_at.is_(None), new.listed_at),
                            (new.listed_at < old.listed_at, new.listed_at),
                            else_=old.listed_at,
                        ),
                    },
                )
                connection.execute(statement, rows)
            added = connection.execute(count).scalar_one() - before
        return Recorded(added, len(merged) - added)

    def sources(self) -> list[FeedSource]:
        entries = (
            select(feed_entries.c.feed_id, func.count().label("n"))
            .group_by(feed_entries.c.feed_id)
            .subquery()
        )
        query = (
            select(feed_sources, func.coalesce(entries.c.n, 0).label("n"))
            .outerjoin(entries, entries.c.feed_id == feed_sources.c.id)
            .order_by(feed_sources.c.name)
        )
        with self.engine.connect() as connection:
            return [_source(row._mapping) for row in connection.execute(query)]

    def listings(
        self, keys: Iterable[tuple[str, str]], *, at: datetime, public_only: bool = False
    ) -> list[Listing]:
        wanted = list(dict.fromkeys(keys))
        rows: list[Any] = []
        with self.engine.connect() as connection:
            for start in range(0, len(wanted), KEYS_PER_QUERY):
                chunk = wanted[start : start + KEYS_PER_QUERY]
                entry = feed_entries.c
                match = or_(*(and_(entry.kind == k, entry.value == v) for k, v in chunk))
                query = select(feed_entries, feed_sources).join(
                    feed_sources, feed_sources.c.id == feed_entries.c.feed_id
                )
                query = query.where(match)
                if public_only:
                    query = query.where(feed_sources.c.public.is_(True))
                rows += [row._mapping for row in connection.execute(query)]
        found = []
        for row in rows:
            source = _source(row)
            found.append(_listing(source, row["kind"], row["value"], row, as_utc(at)))
        return _unexpired(found, wanted)


def _source(row: Any) -> FeedSource:
    return FeedSource(
        row["name"],
        row["title"],
        row["url"],
        row["confidence"],
        row["half_life_days"],
        bool(row["public"]),
        as_utc(row["last_import_at"]),
        row["last_import_file"],
        int(row.get("n", 0) or 0),
    )


def _unexpired(found: list[Listing], wanted: list[tuple[str, str]]) -> list[Listing]:
    order = {key: index for index, key in enumerate(wanted)}
    live = [item for item in found if item.confidence >= EXPIRED_BELOW]
    return sorted(live, key=lambda item: (order[(item.kind, item.value)], item.feed))


class MemoryFeedStore:
    """The in-memory fake of ``FeedStore`` (same contract)."""

    def __init__(self) -> None:
        self._sources: dict[str, FeedSource] = {}
        self._entries: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}

    def save_source(self, source: FeedSource, *, source_file: str, at: datetime) -> None:
        old = self._sources.get(source.name)
        public = source.public and (old is None or old.public)  # once private, always private
        self._sources[source.name] = replace(
            source,
            public=public,
            last_import_at=as_utc(at),
            last_import_file=source_file,
            entries=0,
        )
        self._entries.setdefault(source.name, {})

    def record(self, feed: str, values: Sequence[Listed], *, at: datetime) -> Recorded:
        if feed not in self._sources:
            raise NotFound(f"no feed named {feed}")
        at = as_utc(at)
        entries = self._entries[feed]
        added = 0
        merged = _dedupe(values)
        for key, listed in merged.items():
            row = entries.get(key)
            if row is None:
                entries[key] = {"listed_at": listed, "first_seen": at, "last_seen": at}
                added += 1
                continue
            row["last_seen"] = max(row["last_seen"], at)
            if listed is not None and (row["listed_at"] is None or listed < row["listed_at"]):
                row["listed_at"] = listed
        return Recorded(added, len(merged) - added)

    def sources(self) -> list[FeedSource]:
        return [
            replace(source, entries=len(self._entries[name]))
            for name, source in sorted(self._sources.items())
        ]

    def listings(
        self, keys: Iterable[tuple[str, str]], *, at: datetime, public_only: bool = False
    ) -> list[Listing]:
        wanted = list(dict.fromkeys(keys))
        found = []
        for name, source in self._sources.items():
            if public_only and not source.public:
                continue
            for key in wanted:
                row = self._entries[name].get(key)
                if row is not None:
                    found.append(_listing(source, key[0], key[1], row, as_utc(at)))
        return _unexpired(found, wanted)
