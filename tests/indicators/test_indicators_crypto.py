"""Wallet addresses: checksums verified, chain and token recorded."""

from __future__ import annotations

import pytest

from tipoff.indicators import canonicalize, extract
from tipoff.indicators.crypto import canonical_wallet
from tipoff.model import IndicatorKind


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
        (
            "0xdAC17F958D2ee523a2206206994597C13D831ec7",
            "eth:0xdac17f958d2ee523a2206206994597c13d831ec7",
        ),
        (
            "0xdac17f958d2ee523a2206206994597c13d831ec7",
            "eth:0xdac17f958d2ee523a2206206994597c13d831ec7",
        ),
        ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "btc:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
        (
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            "btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        ),
        (
            "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ",
            "btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        ),
        (
            "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",
            "btc:bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",
        ),
        ("LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz", "ltc:LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz"),
        ("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", "xrp:rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh"),
    ],
)
def test_valid_addresses_are_canonicalised(address: str, expected: str) -> None:
    assert canonical_wallet(address) == expected
    assert canonicalize(IndicatorKind.WALLET, expected) == expected


@pytest.mark.parametrize(
    "address",
    [
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u",  # base58check fails
        "0xdAC17F958D2ee523a2206206994597C13D831eC7",  # EIP-55 case wrong
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdd",  # bech32 checksum fails
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdQ",  # mixed case
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",
    ],
)
def test_corrupted_addresses_are_rejected(address: str) -> None:
    assert canonical_wallet(address) is None
    assert extract(f"send to {address} now") == []


def test_ethereum_checksum_uses_keccak_not_sha3() -> None:
    # EIP-55 test vector: only keccak-256 gives this capitalisation.
    assert canonical_wallet("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed") is not None
    assert canonical_wallet("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed") is None


def test_chain_and_token_are_attributes() -> None:
    [found] = extract("USDT (TRC20) address: TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7")
    assert found.value == "tron:TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"
    assert dict(found.attributes) == {"chain": "tron", "token": "usdt-trc20"}


def test_transaction_hash_is_not_a_wallet() -> None:
    tx = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"
    assert [f for f in extract(f"tx {tx}") if f.kind is IndicatorKind.WALLET] == []


def test_solana_only_with_context() -> None:
    address = "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV"
    assert [f.value for f in extract(f"Solana wallet: {address}")] == [f"sol:{address}"]
    assert extract(f"code {address}") == []
