"""Every built-in feed reads its real file from ../shared/data (skips when absent; fails
under TIPOFF_REQUIRE_DATA=1): most rows become canonical values, the rest are counted."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tipoff.share.feeds.catalogue import feed_spec
from tipoff.share.feeds.importing import import_feed
from tipoff.share.feeds.store import MemoryFeedStore

FILES = {
    "cryptoscamdb": "cryptoscamdb/urls.yaml",
    "scamsniffer": "scamsniffer/combined.json",
    "jpcert": "jpcert-phishurl/2024",
    "ofac": "ofac-crypto-addresses",
    "gasa": "gaso-scam-urls/global-anti-scam-org-scam-urls.txt",
    "chongluadao": "chongluadao-urls/urls.txt",
}
AT = datetime(2026, 12, 5, tzinfo=UTC)


@pytest.mark.parametrize("name", sorted(FILES))
def test_feed_reads_its_public_file(name: str, shared_data: Path) -> None:
    store = MemoryFeedStore()
    result = import_feed(store, feed_spec(name), shared_data / FILES[name], at=AT)
    skipped = sum(result.skipped.values())
    assert result.added > 500
    assert skipped <= 0.05 * result.rows, result.skipped  # worst measured: 2.6 % (OFAC)
    again = import_feed(store, feed_spec(name), shared_data / FILES[name], at=AT)
    assert (again.added, again.refreshed) == (0, result.added)


def test_scamsniffer_address_list_and_ftc_numbers(shared_data: Path) -> None:
    store = MemoryFeedStore()
    sniffer = import_feed(
        store, feed_spec("scamsniffer"), shared_data / "scamsniffer/address.json", at=AT
    )
    assert sniffer.added > 2_000
    [listing] = store.listings(
        [("wallet", "eth:0x101ce0cedd142f199c9ef61739ae59b6611a0fc0")], at=AT
    )
    assert listing.feed == "scamsniffer"
    ftc = import_feed(
        store, feed_spec("ftc"), shared_data / "ftc-dnc-numbers/90days_2025-12-11.csv", at=AT
    )
    assert ftc.added > 290_000 and sum(ftc.skipped.values()) < 0.02 * ftc.rows
    assert store.listings([("phone", "+14692576503")], at=AT)[0].title.startswith("FTC")
