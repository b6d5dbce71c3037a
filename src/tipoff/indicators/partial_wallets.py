"""Shortened wallet addresses ("TP4Cnk…77du", "bc1qvs...m3l6", "0x12ab…cd34").

Wallet apps and block explorers show an address by its head and tail, and victims copy
that. Such a form is no address (it cannot be checksummed and must never link or be
blocked by itself), but its head and tail almost always fit one address an instance has
seen in full: ``tipoff.store.partial_resolution`` resolves it to that address.

Canonical value: ``<chain>:<head>…<tail>`` (U+2026 between), bech32 and hex lower-cased
as the full addresses are, base58 as written: ``tron:TP4Cnk…77du``, ``btc:bc1qvs…m3l6``,
``eth:0x12ab…cd34``. Families read: BTC bech32 (``bc1q``/``bc1p``), legacy and P2SH
(``1``/``3``), Litecoin (``ltc1q``, ``L``, ``M``), TRON (``T``) and EVM (``0x``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

ELLIPSIS = "…"
# What the apps and victims write between head and tail: "..", "...", "....", "…", "***",
# "****", with or without a space on each side (" … ").
_SEPARATOR_RE = re.compile(r" ?(?:\.{2,6}|…{1,3}|\*{2,8}) ?")
_MIN_SIDE = 4  # characters written on each side
# Characters written beyond the family's fixed head (bc1q, 0x, T), both sides together: at
# least ~30 bits, so a stored address fits a victim's short form by chance about once in a
# billion (hex: 8 × 4 bits; bech32: 6 × 5; base58: 6 × 5.9).
_MIN_DISTINCT_BITS = 30
_MIN_HIDDEN = 10  # a shortened form hides at least this many characters
_MAX_SIDE = 20
_BASE58 = frozenset("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
_BECH32 = frozenset("qpzry9x8gf2tvdw0s3jn54khce6mua7l")
_HEX = frozenset("0123456789abcdef")
_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NOT_BEFORE = frozenset("/.@_-#=?&%+\\")


@dataclass(frozen=True, slots=True)
class _Family:
    chain: str
    head: str  # the fixed start every address of the family has (as canonical)
    alphabet: frozenset[str]
    folds_case: bool  # bech32 and hex: case-insensitive, canonical lower case
    length: int  # the longest full address
    bits: float  # per character

    @property
    def min_distinct(self) -> int:
        return math.ceil(_MIN_DISTINCT_BITS / self.bits)


_FAMILIES = (
    _Family("btc", "bc1q", _BECH32, True, 42, 5.0),  # P2WPKH 42, P2WSH 62
    _Family("btc", "bc1p", _BECH32, True, 62, 5.0),
    _Family("ltc", "ltc1q", _BECH32, True, 43, 5.0),
    _Family("eth", "0x", _HEX, True, 42, 4.0),
    _Family("tron", "T", _BASE58, False, 34, 5.8),
    _Family("btc", "1", _BASE58, False, 26, 5.8),  # 26 to 34 characters
    _Family("btc", "3", _BASE58, False, 34, 5.8),
    _Family("ltc", "L", _BASE58, False, 34, 5.8),
    _Family("ltc", "M", _BASE58, False, 34, 5.8),
)


@dataclass(frozen=True, slots=True)
class PartialWallet:
    """A shortened address found in a text: canonical value, span, chain, head and tail."""

    value: str
    start: int
    end: int
    chain: str
    head: str
    tail: str


@dataclass(frozen=True, slots=True)
class Affixes:
    """What a partial value says of the full address: chain, head and tail (canonical case)."""

    chain: str
    head: str
    tail: str

    @property
    def prefix(self) -> str:
        """The full canonical value starts with this (``tron:TP4Cnk``)."""
        return f"{self.chain}:{self.head}"

    def fits(self, full_value: str) -> bool:
        """Whether the full canonical wallet value ``full_value`` has this head and tail."""
        return (
            full_value.startswith(self.prefix)
            and full_value.endswith(self.tail)
            and len(full_value) >= len(self.prefix) + len(self.tail) + 1
        )


def find_partial_wallets(text: str) -> Iterator[PartialWallet]:
    """Yield every shortened address in ``text`` (already folded)."""
    if ".." not in text and ELLIPSIS not in text and "**" not in text:
        return
    for separator in _SEPARATOR_RE.finditer(text):
        found = _around(text, *separator.span())
        if found is not None:
            yield found


def affixes(value: str) -> Affixes | None:
    """Chain, head and tail of a canonical partial value; None if it is not one."""
    chain, _, rest = value.partition(":")
    head, ellipsis, tail = rest.partition(ELLIPSIS)
    if not ellipsis or not head or not tail:
        return None
    return Affixes(chain, head, tail)


def canonical_partial(value: str) -> str | None:
    """The canonical partial value of a shortened address typed alone (or already
    canonical: ``tron:TP4Cnk…77du``); None if it is not one."""
    bare = value.strip()
    chain = ""
    if ":" in bare:
        chain, _, bare = bare.partition(":")
    found = next(find_partial_wallets(bare), None)
    if found is None or found.start != 0 or found.end != len(bare):
        return None
    return found.value if chain in ("", found.chain) else None


def _around(text: str, sep_start: int, sep_end: int) -> PartialWallet | None:
    start = sep_start
    while start > 0 and sep_start - start < _MAX_SIDE and text[start - 1] in _ALNUM:
        start -= 1
    end = sep_end
    while end < len(text) and end - sep_end < _MAX_SIDE and text[end] in _ALNUM:
        end += 1
    if not _stands_alone(text, start, end):
        return None
    head, tail = text[start:sep_start], text[sep_end:end]
    if len(head) < _MIN_SIDE or len(tail) < _MIN_SIDE:
        return None
    for family in _FAMILIES:
        value = _read(family, head, tail)
        if value is not None:
            return PartialWallet(value, start, end, family.chain, *_split(value))
    return None


def _split(value: str) -> tuple[str, str]:
    rest = value.partition(":")[2]
    head, _, tail = rest.partition(ELLIPSIS)
    return head, tail


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Not part of a longer run: a URL's path or host, an e-mail, an identifier."""
    if start > 0 and (text[start - 1] in _ALNUM or text[start - 1] in _NOT_BEFORE):
        return False
    if start > 2 and text[start - 3 : start] == "://":
        return False
    if end < len(text):
        after = text[end]
        if after in _ALNUM or after in "/@_-" or after == "*":
            return False
        if after == "." and end + 1 < len(text) and text[end + 1] in _ALNUM:
            return False  # "…77du.com"
    return True


def _read(family: _Family, head: str, tail: str) -> str | None:
    if family.folds_case:
        if family.alphabet is _BECH32 and (_mixed_case(head) or _mixed_case(tail)):
            return None  # bech32 is written in one case (hex may be EIP-55's mixed case)
        head, tail = head.lower(), tail.lower()
    if not head.startswith(family.head):
        return None
    distinct = head[len(family.head) :]
    if (
        len(distinct) + len(tail) < family.min_distinct
        or len(head) + len(tail) > family.length - _MIN_HIDDEN
    ):
        return None
    alphabet = family.alphabet
    if not all(c in alphabet for c in distinct) or not all(c in alphabet for c in tail):
        return None
    written = distinct + tail
    if family.folds_case:
        if not _has_digit_and_letter(written):
            return None
    elif not (_random_looking(distinct) and _random_looking(tail)) or (
        _word_like(head) and _word_like(tail)
    ):
        return None
    return f"{family.chain}:{head}{ELLIPSIS}{tail}"


def _mixed_case(part: str) -> bool:
    return part != part.lower() and part != part.upper()


def _random_looking(part: str) -> bool:
    """A base58 head or tail holds a digit or a capital (prose does not: "That... what")."""
    return any(c.isdigit() or c.isupper() for c in part)


def _word_like(part: str) -> bool:
    """Written as a word is: no digit, and all capitals, all small letters or one capital
    first ("MESSAGE**Thanks", "TUMBAL ... Rabu"); digits alone ("1234...5678") too. A random
    base58 head and tail are both so about once in 300 times."""
    if any(c.isdigit() for c in part):
        return part.isdigit()
    return part.isupper() or part.islower() or (part[0].isupper() and part[1:].islower())


def _has_digit_and_letter(part: str) -> bool:
    return any(c.isdigit() for c in part) and any(c.isalpha() for c in part)
