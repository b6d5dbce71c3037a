"""Every identifier of a world is valid for its kind, checked with independent libraries."""

from __future__ import annotations

import re

import base58
import bech32m
import phonenumbers
import pytest
from Crypto.Hash import keccak
from schwifty import IBAN

from tipoff.simulate import WorldConfig
from tipoff.simulate.identity import Ident
from tipoff.simulate.network import Infrastructure, build


@pytest.fixture(scope="module")
def world() -> Infrastructure:
    return build(WorldConfig(networks=10), seed=21)


def _idents(world: Infrastructure, kind: str) -> list[Ident]:
    found = [i for i in world.all_identifiers() if i.kind == kind and not i.common]
    assert found, kind
    return found


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _aba_ok(routing: str) -> bool:
    d = [int(c) for c in routing]
    return (
        len(d) == 9
        and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0
    )


def test_phones_are_valid_for_their_region(world: Infrastructure) -> None:
    regions = set()
    for ident in _idents(world, "phone"):
        number = phonenumbers.parse(ident.value)
        assert phonenumbers.is_valid_number(number), ident.value
        assert phonenumbers.region_code_for_number(number) == ident.country
        regions.add(ident.country)
        for raw in ident.spellings["*"][:3]:
            assert (
                phonenumbers.format_number(
                    phonenumbers.parse(raw, None), phonenumbers.PhoneNumberFormat.E164
                )
                == ident.value
            )
        for raw in ident.local[:2]:
            assert (
                phonenumbers.format_number(
                    phonenumbers.parse(raw, ident.country), phonenumbers.PhoneNumberFormat.E164
                )
                == ident.value
            )
    assert {"KH", "MM", "LA", "TH", "PH", "JP", "US", "CN", "KR", "VN"} <= regions


def test_ibans_have_valid_checksums(world: Infrastructure) -> None:
    for ident in _idents(world, "iban"):
        assert IBAN(ident.value).compact == ident.value
        for raw in ident.spellings["*"]:
            if raw.startswith(("IBAN ", "IBAN:")):
                continue
            assert IBAN(raw).compact == ident.value


def test_wallets_have_valid_checksums(world: Infrastructure) -> None:
    chains = set()
    for ident in _idents(world, "wallet"):
        chain, _, addr = ident.value.partition(":")
        chains.add(chain)
        if chain == "tron":
            raw = base58.b58decode_check(addr)
            assert addr.startswith("T") and len(addr) == 34 and raw[0] == 0x41 and len(raw) == 21
        elif chain == "eth":
            display = ident.attrs["display"]
            digest = keccak.new(digest_bits=256, data=display[2:].lower().encode()).hexdigest()
            for c, h in zip(display[2:], digest, strict=False):
                if c.isalpha():
                    assert c.isupper() == (int(h, 16) >= 8)
            assert display.lower() == addr
        else:
            if addr.startswith("bc1"):
                decoded = bech32m.decode("bc", addr)
                assert decoded.witver in (0, 1)
            else:
                assert base58.b58decode_check(addr)[0] in (0x00, 0x05)
    assert chains == {"tron", "eth", "btc"}


def test_bank_accounts_follow_national_formats(world: Infrastructure) -> None:
    countries = set()
    for ident in _idents(world, "bank_account"):
        country = ident.country
        countries.add(country)
        number = ident.attrs["number"]
        if country == "JP":
            assert re.fullmatch(r"\d{7}", number) and re.fullmatch(
                r"\d{4}", ident.attrs["bank_code"]
            )
            assert ident.attrs["type"] in ("普通", "当座") and re.fullmatch(
                r"\d{3}", ident.attrs["branch"]
            )
            assert any("銀行" in raw and number in raw for raw in ident.spellings["ja"])
        elif country == "CN":
            assert number.startswith("62") and 16 <= len(number) <= 19 and _luhn_ok(number)
        elif country == "US":
            assert _aba_ok(ident.attrs["bank_code"])
        elif country == "AU":
            assert re.fullmatch(r"\d{3}-\d{3}", ident.attrs["bsb"])
        assert ident.value.startswith(f"{country}:")
    assert countries == {"JP", "CN", "KR", "US", "TH", "VN", "SG", "AU", "ID", "PH"}


def test_handles_domains_and_links_are_well_formed(world: Infrastructure) -> None:
    for ident in _idents(world, "handle"):
        platform, _, name = ident.value.partition(":")
        if platform == "telegram":
            assert re.fullmatch(r"[a-z][a-z0-9_]{4,31}", name), name
        elif platform in ("whatsapp", "zalo"):
            assert phonenumbers.is_valid_number(phonenumbers.parse(name))
    for ident in _idents(world, "domain"):
        assert re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", ident.value)
    for ident in _idents(world, "url"):
        assert ident.value.startswith("https://")


def test_keys_are_unique_across_networks(world: Infrastructure) -> None:
    keys = [i.key for i in world.all_identifiers()]
    assert len(keys) == len(set(keys))
