"""Errors found by running extraction over simulated worlds (bench/extraction_vs_truth.py)."""

from __future__ import annotations

import pytest

from tipoff.indicators import canonicalize, extract
from tipoff.indicators.bank_codes import aba_checksum_ok, is_toll_free


def _found(text: str, country: str) -> set[tuple[str, str]]:
    return {(f.kind.value, f.value) for f in extract(text, country_hint=country)}


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # US accounts are keyed by the routing number the text gives, never read as the account.
        (
            "Chase routing 021000021 account 1234567890",
            "US",
            {("bank_account", "US:021000021:1234567890")},
        ),
        (
            "Wells Fargo acct #219690781, ABA 121000248",
            "US",
            {("bank_account", "US:121000248:219690781")},
        ),
        # A routing number after "ABA" is not an account at Cambodia's ABA Bank.
        ("ABA 121000248", "US", set()),
        # A toll-free hotline next to a bank name is a phone, not an account.
        ("Call 1-800-772-1213 Chase", "US", {("phone", "+18007721213")}),
        # ... but an account number that merely starts with 877 is still an account.
        (
            "Chase routing 021000021 account 8779181791",
            "US",
            {("bank_account", "US:021000021:8779181791")},
        ),
        (
            "WhatsApp +63 906 133 1851。我向DBS Bank account 3897683812转账",
            "SG",
            {
                ("phone", "+639061331851"),
                ("handle", "whatsapp:+639061331851"),
                ("bank_account", "SG:7171:3897683812"),
            },
        ),
        ("Westpac BSB 032-115 account 46421126", "AU", {("bank_account", "AU:032115:46421126")}),
        # Lower-case IBANs; their digits are no phone number.
        ("send to nl25 abna 1360 6844 88", "SG", {("iban", "NL25ABNA1360684488")}),
        ("00815035766642", "JP", {("phone", "+815035766642")}),
        (
            "Telegram：Telegram: @chen_official7599",
            "CN",
            {("handle", "telegram:chen_official7599")},
        ),
        ("ラインID david.coach", "JP", {("handle", "line:david.coach")}),
        ("加我微信wxid_linda_jobs215", "CN", {("handle", "wechat:wxid_linda_jobs215")}),
        # "bea cukai" (Indonesian customs duty) does not name Hong Kong's BEA.
        ("Nomor pelaku 0818-836-010. bea cukai", "ID", {("phone", "+62818836010")}),
    ],
)
def test_world_case(text: str, country: str, expected: set[tuple[str, str]]) -> None:
    assert _found(text, country) == expected


def test_aba_bank_still_found_in_cambodia() -> None:
    assert ("bank_account", "KH:ABAAKHPP:000123456") in _found("ABA Bank 000 123 456", "KH")


def test_bank_abbreviation_in_capitals_still_found() -> None:
    assert ("bank_account", "HK:015:123456789") in _found("BEA 123456789", "HK")


def test_number_inside_url_is_no_account() -> None:
    found = _found("联系：https://wa.me/85591726604。我向UOB acc 545-252-053-8转账", "SG")
    assert ("bank_account", "SG:7375:5452520538") in found
    assert not any(value.endswith("85591726604") for kind, value in found if kind == "bank_account")


def test_plain_line_word_is_no_handle() -> None:
    assert _found("ライン wangteacher", "JP") == set()


@pytest.mark.parametrize("value", ["US:021000021:1234567890", "AU:032115:46421126"])
def test_routing_and_bsb_keys_are_canonical(value: str) -> None:
    assert canonicalize("bank_account", value) == value


def test_aba_checksum_and_toll_free() -> None:
    assert aba_checksum_ok("021000021") and aba_checksum_ok("121000248")
    assert not aba_checksum_ok("021000022") and not aba_checksum_ok("12100024")
    assert (
        is_toll_free("18007721213")
        and is_toll_free("1-800-772-1213")
        and is_toll_free("888-772-1213")
    )
    assert not is_toll_free("2125551234") and not is_toll_free("8779181791")
