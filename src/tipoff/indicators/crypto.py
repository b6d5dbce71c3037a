"""Crypto wallet addresses, found and checksum-verified.

Canonical values are ``<chain>:<address>``: ``btc:…``, ``ltc:…`` and ``xrp:…``
as written (bech32 lower-cased), ``eth:0x<lowercase hex>`` (EVM chains share
addresses, so BSC/Polygon are keyed as ``eth``), ``tron:T…`` and ``sol:…``.
Solana addresses carry no checksum, so they are only accepted when the text
names Solana nearby.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import base58
import bech32m

_B58 = "1-9A-HJ-NP-Za-km-z"
_XRP_B58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"

# One scan for every checksummed family: 25+ ASCII alphanumerics starting with a
# character an address can start with (T tron, 1/3/b/B btc, L/M/l ltc, 0 evm,
# r xrp). A hit must start its run (checked on the character before, so
# "に12eoi…" still starts at "1"); the family is told by the prefix and verified
# by its checksum.
WALLET_RE = re.compile(r"[TLMbBlr013][0-9A-Za-z]{24,}")
# Solana addresses start with any base58 character and carry no checksum: they are
# only looked for when the text names Solana.
SOLANA_RE = re.compile(r"[1-9A-HJ-NP-Za-km-z]{32,44}")
_MAX_ADDRESS = 90

_BTC_VERSIONS = {0x00: "btc", 0x05: "btc"}
_LTC_VERSIONS = {0x30: "ltc", 0x32: "ltc", 0x05: "btc"}
_BECH32_PREFIXES = ("bc1", "tb1", "ltc1")
_NOT_BASE58 = ("0x", *_BECH32_PREFIXES)
_SEPARATORS = re.compile(r"[\s-]")
_SOLANA_CONTEXT = re.compile(r"solana|\bsol\b|phantom", re.IGNORECASE)
_TOKEN_CONTEXT = re.compile(
    r"(?P<token>usdt|usdc|tether)[\s_-]*(?:\(?\s*(?P<net>trc[\s-]?20|erc[\s-]?20|bep[\s-]?20)\)?)?"
    r"|(?P<net2>trc[\s-]?20|erc[\s-]?20|bep[\s-]?20)"
)  # run on a lower-cased window: re.IGNORECASE would lose the first-character skip


@dataclass(frozen=True, slots=True)
class WalletMatch:
    """A verified address: canonical value, span and chain/token attributes."""

    value: str
    start: int
    end: int
    chain: str
    token: str | None


def find_wallets(text: str) -> Iterator[WalletMatch]:
    """Yield every checksum-valid wallet address in ``text`` (already folded)."""
    yield from _scan(text, WALLET_RE)
    # Plain substring tests first: the case-insensitive regex costs ~10 ms per MB.
    named = (
        "olana" in text or "OLANA" in text or "SOL" in text or " sol" in text or "hantom" in text
    )
    if named and _SOLANA_CONTEXT.search(text):
        yield from (found for found in _scan(text, SOLANA_RE) if found.chain == "sol")


def _scan(text: str, pattern: re.Pattern[str]) -> Iterator[WalletMatch]:
    for match in pattern.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        if (
            end - start > _MAX_ADDRESS
            or before in "_-/."
            or (before.isascii() and before.isalnum())
        ):
            continue
        if end < len(text) and text[end].isascii() and text[end].isalnum():
            continue
        value = _candidate_value(match.group(0), text, start, end)
        if value is None:
            continue
        chain = value.split(":", 1)[0]
        yield WalletMatch(value, start, end, chain, _token_near(text, start, end))


def _checked_or_solana(address: str, context: Callable[[], str]) -> str | None:
    """The checksummed reading of ``address``, else Solana when it could be one and the
    context (made only then: cutting it out of the text costs more than the checks) names
    Solana."""
    checked = _checksummed(address)
    if (
        checked is not None
        or not 32 <= len(address) <= 44
        or address.lower().startswith(_NOT_BASE58)
    ):
        return checked
    return _solana(address) if _SOLANA_CONTEXT.search(context()) else None


def _candidate_value(address: str, text: str, start: int, end: int) -> str | None:
    """``canonical_wallet(address, context=<text around it>)`` for a scanned run (no ":"
    or spaces in it), with the context cut only when Solana is the last reading left."""
    return _checked_or_solana(address, lambda: _context(text, start, end))


def canonical_wallet(address: str, *, context: str = "") -> str | None:
    """Return ``chain:address`` for a valid address (optionally chain-prefixed), else None."""
    address = address.strip()
    if ":" in address:
        chain, _, bare = address.partition(":")
        value = canonical_wallet(bare, context="solana" if chain.lower() == "sol" else context)
        return value
    return _checked_or_solana(address, lambda: context)


# Reports repeat the same few addresses (a scam's deposit wallet is pasted into
# every message), so each distinct candidate is decoded once; the bound keeps an
# adversarial stream of fresh candidates from growing memory.
@lru_cache(maxsize=32768)
def _checksummed(address: str) -> str | None:
    """``chain:address`` for an address whose checksum verifies (every chain but Solana)."""
    if address[:2] in ("0x", "0X"):
        return _evm(address)
    lowered = address.lower()
    if lowered.startswith(_BECH32_PREFIXES):
        # A TRON address may start with "TB1" too ("TB1vSNpq…"): mixed case is no bech32.
        return _bech32(address) or _base58(address)
    return _base58(address)


def _evm(address: str) -> str | None:
    hexpart = address[2:]
    if len(hexpart) != 40 or not all(c in "0123456789abcdefABCDEF" for c in hexpart):
        return None
    if hexpart != hexpart.lower() and hexpart != hexpart.upper() and not _eip55_ok(hexpart):
        return None
    return "eth:0x" + hexpart.lower()


def _eip55_ok(hexpart: str) -> bool:
    from Crypto.Hash import keccak  # keccak-256, not hashlib.sha3_256 (different padding)

    digest = keccak.new(digest_bits=256, data=hexpart.lower().encode()).hexdigest()
    for char, nibble in zip(hexpart, digest[:40], strict=True):
        if char.isalpha() and (int(nibble, 16) >= 8) != char.isupper():
            return False
    return True


def _bech32(address: str) -> str | None:
    if address != address.lower() and address != address.upper():
        return None  # BIP173: mixed case is invalid
    lowered = address.lower()
    hrp = lowered.split("1", 1)[0]
    try:
        bech32m.decode(hrp, lowered)
    except Exception:  # the codec raises several error types for bad input
        return None
    chain = {"bc": "btc", "tb": "btc-testnet", "ltc": "ltc"}[hrp]
    return f"{chain}:{lowered}"


def _base58(address: str) -> str | None:
    first = address[:1]
    if first == "T" and len(address) == 34:
        payload = _b58check(address)
        return f"tron:{address}" if payload and len(payload) == 21 and payload[0] == 0x41 else None
    if first == "r" and 25 <= len(address) <= 35:
        payload = _b58check(address, alphabet=_XRP_B58.encode())
        if payload and len(payload) == 21 and payload[0] == 0:
            return f"xrp:{address}"
    if first in "13LM" and 26 <= len(address) <= 35:
        payload = _b58check(address)
        if payload and len(payload) == 21:
            table = _BTC_VERSIONS if first in "13" else _LTC_VERSIONS
            chain = table.get(payload[0])
            if chain:
                return f"{chain}:{address}"
    return None


def _solana(address: str) -> str | None:
    """Solana has no checksum: a base58 string that decodes to 32 bytes."""
    try:
        raw = base58.b58decode(address)
    except ValueError:
        return None
    return f"sol:{address}" if len(raw) == 32 else None


def _b58check(address: str, alphabet: bytes = base58.BITCOIN_ALPHABET) -> bytes | None:
    try:
        return base58.b58decode_check(address, alphabet=alphabet)
    except ValueError:
        return None


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 60) : end + 30]


def _token_near(text: str, start: int, end: int) -> str | None:
    """The token named just before or after an address ("USDT (TRC20): T…")."""
    window = text[max(0, start - 50) : end + 25].lower()
    # Every token name contains "usd" or "tether", every network name "20": two
    # substring tests settle most addresses, which name neither.
    if "20" not in window and "usd" not in window and "tether" not in window:
        return None
    match = _TOKEN_CONTEXT.search(window)
    if match is None:
        return None
    token = (match.group("token") or "usdt").lower()
    token = "usdt" if token == "tether" else token
    network = match.group("net") or match.group("net2")
    if network:
        return f"{token}-{_SEPARATORS.sub('', network).lower()}"
    return token
