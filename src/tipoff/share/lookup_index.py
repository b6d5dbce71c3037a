"""A per-partner index of lookup tokens, so a private lookup does not re-hash the list.

``TokenIndex`` holds the tokens (``tipoff.share.lookups.token``) of every value a partner's
blocklist holds, sorted by their first 8 bytes, with each value and its marking packed in
flat arrays (about 90 bytes per value: a million values take about 90 MB). A batch of
10,000 asked hashes is answered with one binary search per hash.

``LookupIndexes`` keeps one index per partner, in memory and per process, and reuses it
while three things are unchanged: the partner's stored key hash (a rotated key rotates the
lookup key), its clearance, and the agency's **data version** (``data_version``: the newest
report id of the agency and the newest applied STIX version, so a new report, an updated
import or a revocation gives a new version). Otherwise the index is rebuilt, once, under a
per-partner lock. Memory is bounded: indexes are dropped least recently used first once
their values together exceed ``max_values`` (the newest one is always kept).
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Engine, func, select

from tipoff.model import TLP
from tipoff.share.lookups import Bloom, bloom_from_heads
from tipoff.share.tables import share_imported
from tipoff.store.tables import reports

_MARKINGS = tuple(t.value for t in TLP)
_CODE = {marking: code for code, marking in enumerate(_MARKINGS)}
DEFAULT_MAX_VALUES = 4_000_000


def data_version(engine: Engine, agency_id: int) -> tuple[int, int]:
    """Changes whenever what an agency's partners may look up can change.

    Reports and their identifiers are only ever added, except by a newer version of an
    imported STIX object (``tipoff.share.versions``), which writes a new row to
    ``share_imported``: the newest id of each is enough (two index-only reads).
    """
    with engine.connect() as connection:
        newest_report = connection.execute(
            select(func.max(reports.c.id)).where(reports.c.agency_id == agency_id)
        ).scalar()
        newest_version = connection.execute(
            select(func.max(share_imported.c.id)).where(share_imported.c.agency_id == agency_id)
        ).scalar()
    return (newest_report or 0, newest_version or 0)


@dataclass(frozen=True, slots=True)
class TokenIndex:
    """The tokens of ``n`` values under one lookup key, searchable by binary search."""

    heads: np.ndarray  # uint64, sorted: the first 8 bytes of each token
    order: np.ndarray  # int64: position of the value behind heads[i]
    tokens: bytes  # 32 bytes per value, in value order
    packed: bytes  # "kind\x1fvalue" of every value, UTF-8, back to back
    offsets: np.ndarray  # int64, n + 1: where each value starts in ``packed``
    markings: np.ndarray  # uint8: index into the TLP names

    @property
    def n(self) -> int:
        return len(self.heads)

    @classmethod
    def build(cls, key: bytes, values: Iterable[tuple[tuple[str, str], str]]) -> TokenIndex:
        """Index ``((kind, canonical value), marking)`` pairs under lookup ``key``."""
        encoded: list[bytes] = []
        marks: list[int] = []
        for (kind, value), marking in values:
            encoded.append(f"{kind}\x1f{value}".encode())
            marks.append(_CODE[marking])
        tokens = b"".join(hmac.digest(key, message, hashlib.sha256) for message in encoded)
        heads = np.frombuffer(tokens, dtype=">u8")[::4].astype(np.uint64)
        order = np.argsort(heads, kind="stable")
        lengths = np.fromiter((len(m) for m in encoded), dtype=np.int64, count=len(encoded))
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        return cls(
            heads[order],
            order.astype(np.int64),
            tokens,
            b"".join(encoded),
            offsets,
            np.array(marks, dtype=np.uint8),
        )

    def value_at(self, position: int) -> tuple[tuple[str, str], str]:
        """((kind, value), marking) of the value at ``position``."""
        return self._values_at(np.array([position], dtype=np.int64))[0]

    def known(self, asked: list[str]) -> dict[str, tuple[tuple[str, str], str]]:
        """Asked tokens (lower-case hex) that are indexed: token -> ((kind, value), marking)."""
        if not asked or not self.n:
            return {}
        raw = bytes.fromhex("".join(asked))
        wanted = np.frombuffer(raw, dtype=">u8").reshape(-1, 4).astype(np.uint64)
        by_head = np.argsort(wanted[:, 0])  # sorted probes: the searches walk memory in order
        left = np.empty(len(asked), dtype=np.int64)
        left[by_head] = np.searchsorted(self.heads, wanted[by_head, 0])
        inside = left < self.n
        candidates = np.flatnonzero(inside)
        candidates = candidates[self.heads[left[candidates]] == wanted[candidates, 0]]
        rows = self.order[left[candidates]]
        stored = np.frombuffer(self.tokens, dtype=">u8").reshape(-1, 4)[rows]
        exact = (stored == wanted[candidates]).all(axis=1)
        found = rows[exact]
        hits = dict(
            zip(
                [asked[i] for i in candidates[exact].tolist()],
                self._values_at(found),
                strict=True,
            )
        )
        # Tokens sharing their first 8 bytes with another (about one pair in 10**7 at a
        # million values): the first candidate was not it, look at the following ones.
        for i in candidates[~exact].tolist():
            slot = int(left[i]) + 1
            while slot < self.n and int(self.heads[slot]) == int(wanted[i, 0]):
                position = int(self.order[slot])
                if self.tokens[position * 32 : position * 32 + 32] == raw[i * 32 : i * 32 + 32]:
                    hits[asked[i]] = self.value_at(position)
                    break
                slot += 1
        return hits

    def _values_at(self, positions: np.ndarray) -> list[tuple[tuple[str, str], str]]:
        starts = self.offsets[positions].tolist()
        ends = self.offsets[positions + 1].tolist()
        marks = self.markings[positions].tolist()
        packed = self.packed
        out: list[tuple[tuple[str, str], str]] = []
        for start, end, mark in zip(starts, ends, marks, strict=True):
            kind, _, value = packed[start:end].decode().partition("\x1f")
            out.append(((kind, value), _MARKINGS[mark]))
        return out

    def values(self) -> dict[tuple[str, str], str]:
        """Every indexed value with its marking."""
        return dict(self._values_at(np.arange(self.n, dtype=np.int64)))

    def bloom(self, fp_rate: float) -> Bloom:
        """The Bloom filter over the indexed tokens (``tipoff.share.lookups.bloom_filter``)."""
        halves = np.frombuffer(self.tokens, dtype=">u8").reshape(-1, 4)[:, :2]
        return bloom_from_heads(halves.astype(np.uint64), fp_rate)


@dataclass(frozen=True, slots=True)
class _Entry:
    key_hash: str
    clearance: str
    version: tuple[int, int]
    index: TokenIndex


class LookupIndexes:
    """One ``TokenIndex`` per partner, rebuilt only when its key, clearance or data change."""

    def __init__(self, max_values: int = DEFAULT_MAX_VALUES) -> None:
        self.max_values = max_values
        self.builds = 0  # how many indexes were built (tests and the benchmark read it)
        self._entries: OrderedDict[int, _Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[int, threading.Lock] = {}

    def get(
        self,
        partner_id: int,
        *,
        key_hash: str,
        clearance: str,
        version: tuple[int, int],
        key: bytes,
        values: Callable[[], dict[tuple[str, str], str]],
    ) -> TokenIndex:
        """The partner's index for this key, clearance and data version (built if need be)."""
        with self._lock:
            building = self._building.setdefault(partner_id, threading.Lock())
        with building:
            found = self._current(partner_id, key_hash, clearance, version)
            if found is not None:
                return found
            index = TokenIndex.build(key, values().items())
            with self._lock:
                self.builds += 1
                self._entries[partner_id] = _Entry(key_hash, clearance, version, index)
                self._entries.move_to_end(partner_id)
                self._evict()
            return index

    def _current(
        self, partner_id: int, key_hash: str, clearance: str, version: tuple[int, int]
    ) -> TokenIndex | None:
        with self._lock:
            entry = self._entries.get(partner_id)
            if entry is None:
                return None
            if (entry.key_hash, entry.clearance, entry.version) != (key_hash, clearance, version):
                del self._entries[partner_id]  # stale: never answer from it again
                return None
            self._entries.move_to_end(partner_id)
            return entry.index

    def _evict(self) -> None:
        total = sum(e.index.n for e in self._entries.values())
        while len(self._entries) > 1 and total > self.max_values:
            _, dropped = self._entries.popitem(last=False)
            total -= dropped.index.n

    def forget(self, partner_id: int) -> None:
        """Drop a partner's index (on key rotation or revocation in this process)."""
        with self._lock:
            self._entries.pop(partner_id, None)

    @property
    def held_values(self) -> int:
        with self._lock:
            return sum(e.index.n for e in self._entries.values())
