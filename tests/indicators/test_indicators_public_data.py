"""Real identifiers from the public datasets (../shared/data): recall on real-world values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tipoff.indicators import extract
from tipoff.indicators.urls import registrable_domain

# OFAC assets whose address formats tipoff validates (BCH cashaddr, DASH, XMR, ZEC,
# XVG and BTG are not supported; BSV/BCH legacy addresses are read as btc).
SUPPORTED_ASSETS = ("XBT", "ETH", "USDT", "USDC", "TRX", "LTC", "XRP", "BSC", "ARB", "ETC")


@pytest.mark.data
def test_every_sanctioned_address_of_a_supported_chain_is_found(shared_data: Path) -> None:
    folder = shared_data / "ofac-crypto-addresses"
    total = 0
    for asset in SUPPORTED_ASSETS:
        for address in json.loads((folder / f"sanctioned_addresses_{asset}.json").read_text()):
            found = [f for f in extract(f"send it to {address} today") if f.kind.value == "wallet"]
            assert len(found) == 1, (asset, address)
            total += 1
    assert total >= 600


@pytest.mark.data
def test_scam_domains_from_a_public_feed_are_found(shared_data: Path) -> None:
    lines = (
        (shared_data / "gaso-scam-urls" / "global-anti-scam-org-scam-urls.txt")
        .read_text("utf-8")
        .split()
    )
    expected_and_found = 0
    expected_total = 0
    for line in lines[:3000]:
        host = line.split("/")[0].split(":")[0]
        expected = registrable_domain(host) if host.isascii() else None
        if expected is None:
            continue  # Unicode (non-punycode) hosts are out of scope
        expected_total += 1
        domains = {f.value for f in extract(f"visit {line} now") if f.kind.value == "domain"}
        expected_and_found += expected in domains
    assert expected_and_found / expected_total >= 0.99
