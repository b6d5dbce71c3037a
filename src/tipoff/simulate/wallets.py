"""Crypto wallets with valid checksums: TRON (USDT-TRC20), Ethereum (EIP-55) and Bitcoin.

Addresses are encoded here from random key hashes, with the real encodings
(base58check, bech32/bech32m, keccak-256 mixed-case checksum), so any validator accepts them.
"""

from __future__ import annotations

import random

import base58
import bech32m
from Crypto.Hash import keccak

from tipoff.simulate.identity import Ident


def _random_bytes(rng: random.Random, n: int) -> bytes:
    return rng.getrandbits(8 * n).to_bytes(n, "big")


def tron_address(rng: random.Random) -> str:
    """A TRON address: base58check of 0x41 + 20 bytes (starts with T, 34 characters)."""
    return base58.b58encode_check(b"\x41" + _random_bytes(rng, 20)).decode()


def eip55(hex40: str) -> str:
    """Mixed-case checksum encoding of an Ethereum address (EIP-55, keccak-256)."""
    lower = hex40.lower()
    digest = keccak.new(digest_bits=256, data=lower.encode()).hexdigest()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h, 16) >= 8 else c
        for c, h in zip(lower, digest[:40], strict=True)
    )


def eth_address(rng: random.Random) -> str:
    return eip55(_random_bytes(rng, 20).hex())


def btc_address(rng: random.Random) -> str:
    """P2PKH, P2SH, P2WPKH (bech32) or P2TR (bech32m), in roughly the mix seen on chain."""
    roll = rng.random()
    if roll < 0.25:
        return base58.b58encode_check(b"\x00" + _random_bytes(rng, 20)).decode()
    if roll < 0.45:
        return base58.b58encode_check(b"\x05" + _random_bytes(rng, 20)).decode()
    version, size = (0, 20) if roll < 0.85 else (1, 32)
    address: str = bech32m.encode("bc", version, _random_bytes(rng, size))
    return address


def wallet_ident(rng: random.Random, chain: str) -> Ident:
    """A wallet Ident for ``chain`` (tron, eth or btc) with the labels people put next to it."""
    if chain == "tron":
        addr = tron_address(rng)
        forms = (addr, f"USDT-TRC20: {addr}", f"USDT (TRC20) {addr}", f"TRC20 {addr}")
        return Ident(
            "wallet", f"tron:{addr}", None, {"*": forms}, attrs={"chain": "tron", "token": "usdt"}
        )
    if chain == "eth":
        addr = eth_address(rng)
        forms = (addr, f"ERC20 {addr}", f"ETH: {addr}", addr.lower())
        return Ident(
            "wallet",
            f"eth:{addr.lower()}",
            None,
            {"*": forms},
            attrs={"chain": "eth", "display": addr},
        )
    addr = btc_address(rng)
    value = addr.lower() if addr.startswith("bc1") else addr
    return Ident(
        "wallet",
        f"btc:{value}",
        None,
        {"*": (addr, f"BTC {addr}", f"bitcoin: {addr}")},
        attrs={"chain": "btc"},
    )
