"""Shortened wallet addresses as wallet apps and explorers show them ("TP4Cnk…77du")."""

from __future__ import annotations

import pytest

from tipoff.indicators import canonicalize, extract
from tipoff.model import IndicatorKind

PARTIAL = IndicatorKind.PARTIAL_WALLET


def _partials(text: str) -> list[tuple[str, str]]:
    return [(f.value, f.raw) for f in extract(text) if f.kind is PARTIAL]


@pytest.mark.parametrize(
    ("text", "value", "raw"),
    [
        ("I sent 2,000 USDT to TP4Cnk…77du on Tuesday", "tron:TP4Cnk…77du", "TP4Cnk…77du"),
        ("我把钱转到了TRPew5...n1tL这个地址", "tron:TRPew5…n1tL", "TRPew5...n1tL"),
        ("送金先は bc1qvs...m3l6 でした", "btc:bc1qvs…m3l6", "bc1qvs...m3l6"),
        ("지갑 주소 0x12ab…cd34 로 이더를 보냈어요", "eth:0x12ab…cd34", "0x12ab…cd34"),
        ("โอน USDT ไปที่ TRPew5 … n1tL แล้ว", "tron:TRPew5…n1tL", "TRPew5 … n1tL"),
        ("Tôi gửi BTC vào bc1q5k****yc08 theo lời họ", "btc:bc1q5k…yc08", "bc1q5k****yc08"),
        ("Saya transfer ke alamat 0x12AB....CD34 kemarin", "eth:0x12ab…cd34", "0x12AB....CD34"),
        ("Nagpadala ako sa BC1QVS..M3L6 kahapon", "btc:bc1qvs…m3l6", "BC1QVS..M3L6"),
        ("legacy 1A1zP1...DivfNa and P2SH 3J98t1…RhWNLy", "btc:1A1zP1…DivfNa", "1A1zP1...DivfNa"),
        ("litecoin ltc1qg4...9ls8ej sent", "ltc:ltc1qg4…9ls8ej", "ltc1qg4...9ls8ej"),
    ],
)
def test_shortened_addresses_are_read_in_canonical_form(text: str, value: str, raw: str) -> None:
    assert _partials(text)[0] == (value, raw)


def test_both_legacy_forms_are_read() -> None:
    assert [v for v, _ in _partials("legacy 1A1zP1...DivfNa and P2SH 3J98t1…RhWNLy")] == [
        "btc:1A1zP1…DivfNa",
        "btc:3J98t1…RhWNLy",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "That... What did they say",  # prose ellipsis
        "THAT... TEAM WAS FAKE",
        "REPLY MESSAGE**Thanks",  # seen in public SMS sets
        "TUMBAL ... Rabu",
        "MACAU ... Thursday",
        "I waited 1234...5678 seconds",
        "wait.. then they called",
        "see https://tronscan.org/#/address/TP4Cnk...77du for it",  # inside a URL
        "open explorer.example/TP4Cnk...77du now",
        "bc1q...m3l6",  # fewer than 4 distinct characters before the tail
        "0x12…cd34",  # six hex digits: too few to tell addresses apart
        "TP4Cnk…77d",  # tail under 4 characters
        "Tx7k…abcd",  # a base58 tail with no digit or capital
        "bc1qVs...m3l6",  # bech32 written in mixed case
        "TP4Cnk…77du77du77du77du77du77du",  # as long as a full address: no shortening
        "mail TP4Cnk...77du@example.com",
    ],
)
def test_prose_links_and_malformed_forms_are_no_partial(text: str) -> None:
    assert _partials(text) == []


def test_a_full_address_is_read_as_itself_and_nothing_partial() -> None:
    text = "pay TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7... quickly"
    found = extract(text)
    assert [(f.kind, f.value) for f in found] == [
        (IndicatorKind.WALLET, "tron:TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7")
    ]


def test_canonical_partial_values_round_trip() -> None:
    assert canonicalize(PARTIAL, "tron:TP4Cnk…77du") == "tron:TP4Cnk…77du"
    assert canonicalize(PARTIAL, "BC1QVS...M3L6") == "btc:bc1qvs…m3l6"
    assert canonicalize(PARTIAL, "eth:TP4Cnk…77du") is None  # the chain must be the form's
    assert canonicalize(PARTIAL, "hello") is None
