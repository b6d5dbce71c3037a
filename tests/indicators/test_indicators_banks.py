"""Bank accounts: IBAN/BIC through schwifty, national accounts through the bank table."""

from __future__ import annotations

import pytest

from tipoff.indicators import canonicalize, extract
from tipoff.indicators.banks import bank_table


def accounts(text: str, country: str | None = None) -> list[str]:
    return [f.value for f in extract(text, country_hint=country) if f.kind.value == "bank_account"]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("三井住友銀行 新宿支店 普通 1234567", "JP", "JP:0009:1234567"),
        ("ゆうちょ銀行 記号12345 番号12345678", "JP", "JP:9900:12345:12345678"),
        ("ธนาคารกสิกรไทย 123-4-56789-0", "TH", "TH:004:1234567890"),
        ("Vietcombank STK 0123456789", "VN", "VN:970436:0123456789"),
        ("STK 0123456789 - Vietcombank", "VN", "VN:970436:0123456789"),
        ("中国工商银行 6222 0212 3456 7890 123", "CN", "CN:102:6222021234567890123"),
        ("국민은행 123-456-789012", "KR", "KR:004:123456789012"),
        ("rekening BCA 1234567890 a.n. Budi", "ID", "ID:014:1234567890"),
        ("Deposit to BDO account 001234567890", "PH", "PH:BNORPHMM:001234567890"),
    ],
)
def test_national_accounts_next_to_a_bank_name(text: str, country: str, expected: str) -> None:
    assert accounts(text, country) == [expected]


def test_japanese_account_is_one_value_with_or_without_its_branch() -> None:
    # one value, the branch only in the attributes: two values would split the reports
    assert accounts("三菱UFJ銀行 店番123 普通 7654321", "JP") == ["JP:0005:7654321"]
    assert accounts("三菱UFJ銀行 123-7654321", "JP") == ["JP:0005:7654321"]
    assert accounts("三菱UFJ銀行 普通 7654321", "JP") == ["JP:0005:7654321"]
    [found] = extract("三菱UFJ銀行 店番123 普通 7654321", country_hint="JP")
    assert ("branch", "123") in found.attributes
    assert accounts("ゆうちょ銀行 記号12345 番号12345678", "JP") == ["JP:9900:12345:12345678"]


@pytest.mark.parametrize(
    "text",
    [
        "BCA hotline 1500888",
        "Kasikornbank amount 50000 baht",
        "SCB 5,000,000 บาท",
        "account 1234567890",
    ],
)
def test_numbers_that_are_no_account(text: str) -> None:
    assert accounts(text, "TH") == []


def test_bank_table_covers_the_twelve_countries() -> None:
    countries = {bank.country for bank in bank_table()}
    assert countries == {"JP", "CN", "KR", "TH", "VN", "KH", "PH", "ID", "SG", "MY", "HK", "US"}


def test_iban_and_bic() -> None:
    result = {
        (f.kind.value, f.value) for f in extract("IBAN GB82 WEST 1234 5698 7654 32, BIC NWBKGB2L")
    }
    assert result == {("iban", "GB82WEST12345698765432"), ("bic", "NWBKGB2LXXX")}


def test_bad_iban_checksum_and_plain_capitals_are_ignored() -> None:
    assert extract("IBAN DE88 3704 0044 0532 0130 00") == []
    assert extract("PASSWORD RESET for ACCOUNTS") == []


def test_canonicalize_bank_values() -> None:
    # a JP value stored with its branch (before it was dropped) finds the account's key
    assert canonicalize("bank_account", "JP:0009:123:1234567") == "JP:0009:1234567"
    assert canonicalize("bank_account", "JP:9900:12345:12345678") == "JP:9900:12345:12345678"
    assert (
        canonicalize("bank_account", "Vietcombank 0123-456-789", country_hint="VN")
        == "VN:970436:0123456789"
    )
    assert canonicalize("iban", "de89 3704 0044 0532 0130 00") == "DE89370400440532013000"
    assert canonicalize("bic", "cobadeff") == "COBADEFFXXX"
