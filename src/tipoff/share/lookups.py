"""Private lookups: a partner asks "is this value known?" without the list or the value in clear.

Both sides hash canonical values (``tipoff.indicators.canonicalize``) with HMAC-SHA256
under a **lookup key** derived from the partnership's key: ``HMAC-SHA256(key = SHA-256 of
the partner key, message = "tipoff private lookup v1")``. tipoff never stores the partner
key, only its SHA-256 (``tipoff.share.partners``), from which it derives the same lookup
key; rotating the partner key (``tipoff share partner key``) rotates the lookup key, and
revoking it ends lookups. A value's **token** is ``HMAC-SHA256(lookup key, kind + 0x1f +
canonical value)``, 32 bytes, 64 hex digits on the wire.

- ``known``: which of a batch of tokens belong to values the partner's clearance allows
  (``tipoff.share.blocklists.blockable``).
- ``bloom_filter``: a Bloom filter over those tokens, for offline checks.

What each reveals, and to whom: docs/sharing.md ("Private lookups").
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from tipoff.errors import ValidationError
from tipoff.indicators.canonical import canonicalize
from tipoff.keys import hash_key
from tipoff.share.blocklists import parse_kind

CONTEXT = b"tipoff private lookup v1"
MAX_BATCH = 10_000
DEFAULT_FP_RATE = 1e-4
MAGIC = b"TPBF"
VERSION = 1
_HEADER = struct.Struct(">4sBBQQ")  # magic, version, k, m (bits), n (values)
_TOKEN = re.compile(r"[0-9a-f]{64}")
_U64 = 2**64 - 1


def lookup_key(key_hash: str) -> bytes:
    """The lookup key from the stored SHA-256 (hex) of the partner key."""
    return hmac.new(bytes.fromhex(key_hash), CONTEXT, hashlib.sha256).digest()


def lookup_key_for(partner_key: str) -> bytes:
    """The lookup key as the partner computes it, from the key it holds."""
    return lookup_key(hash_key(partner_key))


def token(key: bytes, kind: str, canonical: str) -> bytes:
    """The keyed hash of one canonical value."""
    return hmac.new(key, f"{kind}\x1f{canonical}".encode(), hashlib.sha256).digest()


def client_token(key: bytes, kind: str, value: str) -> bytes:
    """The token of a value typed in any spelling (canonicalised as tipoff does)."""
    canonical = canonicalize(parse_kind(kind), value)
    if canonical is None:
        raise ValidationError(f"not a valid {kind}: {value[:80]!r}", path="value")
    return token(key, kind, canonical)


def parse_tokens(hashes: Iterable[object]) -> list[str]:
    """Validated, de-duplicated lower-case hex tokens of a request (ValidationError if not)."""
    found: dict[str, None] = {}
    for index, item in enumerate(hashes):
        if index >= MAX_BATCH:
            raise ValidationError(f"at most {MAX_BATCH} hashes per request", path="hashes")
        if not isinstance(item, str) or not _TOKEN.fullmatch(item.lower()):
            raise ValidationError(
                "each hash is 64 hex digits (HMAC-SHA256)", path=f"hashes.{index}"
            )
        found[item.lower()] = None
    return list(found)


def known(
    key: bytes, values: Iterable[tuple[str, str]], asked: list[str]
) -> dict[str, tuple[str, str]]:
    """Tokens in ``asked`` that are values in ``values``: token -> (kind, value)."""
    wanted = set(asked)
    hits: dict[str, tuple[str, str]] = {}
    for kind, value in values:
        hexed = token(key, kind, value).hex()
        if hexed in wanted:
            hits[hexed] = (kind, value)
    return hits


@dataclass(frozen=True, slots=True)
class Bloom:
    """A Bloom filter: ``m`` bits, ``k`` positions per token, over ``n`` tokens."""

    k: int
    m: int
    n: int
    bits: bytes

    def __contains__(self, item: bytes) -> bool:
        return all(self.bits[p >> 3] >> (p & 7) & 1 for p in positions(item, self.m, self.k))

    def expected_fp_rate(self) -> float:
        """(1 - e^(-kn/m))^k: the chance an unknown value tests positive."""
        return (1.0 - math.exp(-self.k * self.n / self.m)) ** self.k

    def dump(self) -> bytes:
        """Header (big-endian: ``TPBF``, version u8, k u8, m u64, n u64) then ceil(m/8) bytes."""
        return _HEADER.pack(MAGIC, VERSION, self.k, self.m, self.n) + self.bits

    @classmethod
    def load(cls, data: bytes) -> Bloom:
        if len(data) < _HEADER.size:
            raise ValidationError("not a tipoff Bloom filter (too short)")
        magic, version, k, m, n = _HEADER.unpack_from(data)
        bits = data[_HEADER.size :]
        if magic != MAGIC or version != VERSION or not 1 <= k <= 64 or len(bits) != (m + 7) // 8:
            raise ValidationError("not a tipoff Bloom filter (bad header)")
        return cls(k, m, n, bits)


def positions(item: bytes, m: int, k: int) -> list[int]:
    """Double hashing (Kirsch-Mitzenmacher) from the token's first 16 bytes.

    Position i is ((h1 + i*h2) mod 2**64) mod m: unsigned 64-bit arithmetic, as any
    language (and NumPy, in ``bloom_filter``) computes it.
    """
    h1 = int.from_bytes(item[:8], "big")
    h2 = int.from_bytes(item[8:16], "big") | 1
    return [((h1 + i * h2) & _U64) % m for i in range(k)]


def sizing(n: int, fp_rate: float) -> tuple[int, int]:
    """(m bits, k) for ``n`` values at false-positive rate ``fp_rate``."""
    if not 1e-9 <= fp_rate <= 0.5:
        raise ValidationError("fp_rate must be between 1e-9 and 0.5", path="fp_rate")
    m = max(64, math.ceil(-max(n, 1) * math.log(fp_rate) / math.log(2) ** 2))
    k = max(1, min(64, round(m / max(n, 1) * math.log(2))))
    return m, k


def bloom_filter(
    key: bytes, values: Iterable[tuple[str, str]], fp_rate: float = DEFAULT_FP_RATE
) -> Bloom:
    """The Bloom filter over the tokens of ``values``."""
    heads = b"".join(token(key, kind, value)[:16] for kind, value in values)
    halves = np.frombuffer(heads, dtype=">u8").astype(np.uint64).reshape(-1, 2)
    return bloom_from_heads(halves, fp_rate)


def bloom_from_heads(halves: np.ndarray, fp_rate: float = DEFAULT_FP_RATE) -> Bloom:
    """The Bloom filter over tokens given as (h1, h2) rows: their bytes 0-7 and 8-15."""
    n = len(halves)
    m, k = sizing(n, fp_rate)
    h1, h2 = halves[:, 0], halves[:, 1] | np.uint64(1)
    bits = np.zeros(m, dtype=bool)
    with np.errstate(over="ignore"):
        for i in range(k):
            bits[(h1 + np.uint64(i) * h2) % np.uint64(m)] = True
    return Bloom(k, m, n, np.packbits(bits, bitorder="little").tobytes())
