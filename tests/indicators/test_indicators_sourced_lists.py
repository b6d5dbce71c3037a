"""The sourced warninglists of institutions victims cite: banks, exchanges, telcos, authorities.

Each list file carries ``entries`` (organisation, country, source) beside MISP's ``list``; every
value must be what tipoff's canonicaliser gives for the form written, be found in a sentence as
common, and never swallow what a crew controls (lookalike hosts, deposit wallets, payment links).
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from tipoff.indicators import canonicalize, extract, is_common
from tipoff.indicators.hotlines import hotline_table

SOURCED = (
    "bank-hotlines",
    "bank-hotline-accounts",
    "bank-domains",
    "crypto-services",
    "payment-services",
    "telco-domains",
    "authority-domains",
    "support-hotlines",
    "official-hotlines",
)
OFFICIAL = "official-hotlines"


def _list(name: str) -> dict:
    folder = resources.files("tipoff.indicators").joinpath("data/warninglists")
    return json.loads(folder.joinpath(f"{name}.json").read_text("utf-8"))


def _short_codes() -> set[str]:
    from tipoff.indicators.hotlines import _calling_code

    return {
        f"+{_calling_code(region)}{code.lstrip('#')}"
        for region, codes in hotline_table().items()
        for code in codes
    }


@pytest.mark.parametrize("name", SOURCED)
def test_every_value_has_one_sourced_entry(name: str) -> None:
    data = _list(name)
    values = data["list"]
    entries = {e["value"]: e for e in data["entries"]}
    assert len(values) == len(set(values)), name
    assert len(entries) == len(data["entries"]), name
    unsourced = set(values) - set(entries)
    if name == "official-hotlines":
        unsourced -= _short_codes()  # sourced in hotlines.json
    assert not unsourced, unsourced
    assert set(entries) <= set(values)
    for entry in entries.values():
        assert entry["organisation"].strip() and entry["country"].strip(), entry
        assert "2026" in entry["source"] or "http" in entry["source"], entry


def test_the_lists_are_as_long_as_documented() -> None:
    counts = {name: len(_list(name)["list"]) for name in SOURCED}
    assert counts == {
        "bank-hotlines": 121,
        "bank-hotline-accounts": 42,
        "bank-domains": 212,
        "crypto-services": 76,
        "payment-services": 23,
        "telco-domains": 72,
        "authority-domains": 35,
        "support-hotlines": 8,
        "official-hotlines": 68,
    }


PHONE_LISTS = [n for n in SOURCED if _list(n)["matching_attributes"] == ["phone"]]
HOST_LISTS = [n for n in SOURCED if "domain" in _list(n)["matching_attributes"]]


@pytest.mark.parametrize("name", PHONE_LISTS)
def test_phone_values_are_the_canonical_form_of_what_was_written(name: str) -> None:
    for entry in _list(name)["entries"]:
        written = canonicalize("phone", entry["written"], country_hint=entry["country"])
        assert written == entry["value"], entry
        assert is_common("phone", entry["value"]), entry


@pytest.mark.parametrize("name", HOST_LISTS)
def test_host_values_are_registrable_domains_and_common(name: str) -> None:
    for entry in _list(name)["entries"]:
        assert canonicalize("domain", entry["value"]) == entry["value"], entry
        assert is_common("domain", entry["value"]), entry
        assert is_common("domain", canonicalize("domain", "www." + entry["value"]) or ""), entry


def test_a_bank_hotline_read_as_an_account_at_that_bank_is_common() -> None:
    # Where the account reader still takes the hotline for an account, the list makes it
    # common; where it no longer does (Korean 15xx/16xx, Indonesian 1500xxx and Malaysian
    # numbers are shorter than those countries' accounts), no account is read at all.
    read = 0
    for entry in _list("bank-hotline-accounts")["entries"]:
        found = {
            f.value: f.common
            for f in extract(entry["written"], country_hint=entry["country"])
            if f.kind == "bank_account"
        }
        assert all(found.values()), (entry, found)
        read += entry["value"] in found
    assert read >= 10  # the list still has work to do (TH, VN, KH, SG lines)


@pytest.mark.parametrize(
    ("text", "country", "value"),
    [
        ("Saya sudah telepon Halo BCA 1500888 untuk blokir", "ID", "ID:014:1500888"),
        ("BCA 1500-888", "ID", "ID:014:1500888"),
        ("국민은행 1588-9999로 전화해서 지급정지 요청", "KR", "KR:004:15889999"),
        ("신한은행 고객센터(1577-8000)에 신고", "KR", "KR:088:15778000"),
    ],
)
def test_hotlines_written_as_victims_write_them_are_common(
    text: str, country: str, value: str
) -> None:
    found = _common_in(text, country, "bank_account")
    assert found.get(value) in (True, None) and all(found.values()), found  # common or unread


def test_a_real_account_at_the_same_bank_still_links() -> None:
    found = _common_in("입금계좌 KB국민은행 123401-04-567890", "KR", "bank_account")
    assert found and not any(found.values()), found


def _common_in(text: str, country: str, kind: str) -> dict[str, bool]:
    return {f.value: f.common for f in extract(text, country_hint=country) if f.kind == kind}


@pytest.mark.parametrize(
    ("text", "country", "value", "listed"),
    [
        ("I called HSBC on 2233 3000 to stop the payment", "HK", "+85222333000", "bank-hotlines"),
        ("ธนาคารกสิกรไทย โทร 02-888-8888 แจ้งอายัดบัญชี", "TH", "+6628888888", "bank-hotlines"),
        ("call Mandiri (021) 5299-7777 to block the card", "ID", "+622152997777", "bank-hotlines"),
        ("I called KB Kookmin Bank at +82 1588 9999", "KR", "+8215889999", "bank-hotlines"),
        ("I rang Barclays on 0345 734 5345", "GB", "+443457345345", "bank-hotlines"),
        ("I reported it to Action Fraud on 0300 123 2040", "GB", "+443001232040", OFFICIAL),
        ("the police hotline 1800 255 0000 said: a scam", "SG", "+6518002550000", OFFICIAL),
        ("警視庁 03-3581-4321 に相談しました", "JP", "+81335814321", OFFICIAL),
        ("I called the FTC at 1-877-382-4357", "US", "+18773824357", OFFICIAL),
        ("IDCARE on +61 7 3555 5900 helped me", "AU", "+61735555900", "support-hotlines"),
    ],
)
def test_lines_victims_called_are_found_common(
    text: str, country: str, value: str, listed: str
) -> None:
    found = [f for f in extract(text, country_hint=country) if f.value == value]
    assert found, (text, extract(text, country_hint=country))
    assert found[0].common
    assert listed in dict(found[0].attributes)["warninglists"].split(",")


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("我拨打165反诈专线", "TW", "+886165"),
        ("call 1930 to report cyber fraud", "IN", "+911930"),
        ("เจ้าหน้าที่บอกให้โทร 1212", "TH", "+661212"),
        ("call 159 to reach your bank", "GB", "+44159"),
    ],
)
def test_new_short_codes_are_found_common(text: str, country: str, code: str) -> None:
    assert _common_in(text, country, "phone").get(code) is True


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("domain", "binance.com"),
        ("domain", "upbit.com"),
        ("domain", "bitkub.com"),
        ("domain", "coins.ph"),
        ("email", "support@kraken.com"),
        ("url", "https://www.binance.com/"),
        ("domain", "bca.co.id"),
        ("url", "https://www.bca.co.id/en/kontak"),
        ("email", "halobca@bca.co.id"),
        ("domain", "kbstar.com"),
        ("domain", "cyberdefender.hk"),
        ("url", "https://www.fss.or.kr/fss/main/main.do"),
        ("domain", "telkomsel.com"),
        ("domain", "venmo.com"),
    ],
)
def test_institutions_are_common(kind: str, value: str) -> None:
    assert is_common(kind, value)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        # lookalikes a crew registers
        ("domain", "binance-support.top"),
        ("domain", "binancee.com"),
        ("domain", "okx-vip.com"),
        ("domain", "bca-co-id.com"),
        ("domain", "kbstar.com.login-verify.xyz"),
        ("url", "https://kbstar.com.login-verify.xyz/"),
        ("domain", "upbit-kr.net"),
        # what the crew controls on an exchange or payment host
        ("url", "https://accounts.binance.com/register?ref=crew123"),
        ("url", "https://cash.app/$crewpay"),
        ("url", "https://venmo.com/u/crew-pay"),
        # a mailbox a customer (or a scammer) holds at an operator
        ("email", "crew123@docomo.ne.jp"),
        # deposit addresses and accounts are the crew's
        ("wallet", "tron:TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"),
        ("bank_account", "KR:004:12345678901234"),
        ("phone", "+85512345678"),
    ],
)
def test_what_a_crew_controls_still_links(kind: str, value: str) -> None:
    assert not is_common(kind, value)
