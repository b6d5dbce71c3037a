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


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # Hong Kong: Hang Seng's short names, 匯豐 (the common variant of 滙豐), 3-6-3 spaced
        ("Hang Seng 989 041068 580 收款人 刘洋", "HK", "HK:024:989041068580"),
        ("恒生 - 802312740187", "HK", "HK:024:802312740187"),
        ("８０２３１２７４０１８７ (恒生)", "HK", "HK:024:802312740187"),
        ("匯豐 316-418278-105", "HK", "HK:004:316418278105"),
        # Taiwan (FISC codes) and Canada (institution numbers)
        ("玉山銀行:1405520146901", "TW", "TW:808:1405520146901"),
        ("9423-9660-8635 (中信)", "TW", "TW:822:942396608635"),
        ("TD - 4331622", "CA", "CA:004:4331622"),
        ("RBC 7191591", "CA", "CA:003:7191591"),
        # a dash after a short name; a bank's own grouping written with spaces
        ("우리 - 4375-319-490623", "KR", "KR:020:4375319490623"),
        ("국민은행:677407 50 216305", "KR", "KR:004:67740750216305"),
        ("Krungsri 957 8 73342 2", "TH", "TH:025:9578733422"),
        ("518 9 34832 7 (ธนาคารไทยพาณิชย์)", "TH", "TH:014:5189348327"),
        ("DBS - 875 001046 7", "SG", "SG:7171:8750010467"),
        ("Metrobank 340 706 6388518", "PH", "PH:MBTCPHMM:3407066388518"),
    ],
)
def test_accounts_of_more_banks_and_groupings(text: str, country: str, expected: str) -> None:
    # Before: none of these was found (or "국민은행:677407 50 216305" was cut to 677407).
    assert accounts(text, country) == [expected]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Hang Seng index fell 2.5 % to 19,234 points", "HK"),
        ("恒生指数 19,234", "HK"),
        ("TD said 4331622 was wrong", "US"),  # a short name of another country's bank
        # a calling code before the spaced number: the bank's phone line
        ("Tinawagan ko ang BDO sa (+63) 1800 9 959 3481 para i-block", "PH"),
        # a spaced toll-free number after a bank's name: its hotline
        ("Tumawag ako sa bangko ko (Metrobank) sa 1800 7 298 2157.", "PH"),
    ],
)
def test_short_bank_names_need_an_account_number_next_to_them(text: str, country: str) -> None:
    assert accounts(text, country) == []


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


def test_bank_table_covers_the_eighteen_countries() -> None:
    countries = {bank.country for bank in bank_table()}
    assert countries == {
        *("JP", "CN", "KR", "TH", "VN", "KH", "PH", "ID", "SG", "MY", "HK", "US"),
        *("TW", "CA", "GB", "IN", "MX", "AU"),
    }


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


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # A central bank's name holds a commercial bank's name; the number beside it is no
        # account of that commercial bank.
        ("A Reserve Bank of India officer said pay to account 12345678901", "IN", []),
        ("The People's Bank of China 6217860000123456789", "CN", []),
        ("Bank of Korea 110-123-456789", "KR", []),
        # The commercial banks themselves are still read.
        ("Pay to Bank of India a/c 12345678901", "IN", [("bank_account", "IN:BKID:12345678901")]),
        (
            "Bank of China 6217860000123456789",
            "CN",
            [("bank_account", "CN:104:6217860000123456789")],
        ),
        (
            "中国人民银行通知：请转账到中国银行 6217 8600 0012 3456 789",
            "CN",
            [("bank_account", "CN:104:6217860000123456789")],
        ),
    ],
)
def test_a_central_bank_is_not_the_bank_named_inside_it(
    text: str, country: str, expected: list[tuple[str, str]]
) -> None:
    accounts = [
        (found.kind.value, found.value)
        for found in extract(text, country_hint=country)
        if found.kind.value == "bank_account"
    ]
    assert accounts == expected


@pytest.mark.parametrize(
    "text",
    [
        "SBI helpline 1800-11-2211",
        "SBI customer care 1800 425 3800",
        "HDFC Bank toll free 1800-202-6161",
        "Kotak helpline: 1860 266 2666",
    ],
)
def test_a_banks_helpline_is_not_its_account(text: str) -> None:
    # Before: each was keyed as an account of the bank ("IN:SBIN:18004253800"), a value
    # every victim who called their bank would share.
    assert not [f for f in extract(text, country_hint="IN") if f.kind.value == "bank_account"]


@pytest.mark.parametrize(
    ("text", "country", "value"),
    [
        ("Krungthai 123-4-56789-0", "TH", "TH:006:1234567890"),
        ("โอนเข้า Krung Thai 1234567890", None, "TH:006:1234567890"),
        ("Cathay United 123456789012", "TW", "TW:013:123456789012"),
    ],
)
def test_banks_by_the_names_victims_write_without_bank(text, country, value):
    assert value in [f.value for f in extract(text, country_hint=country)]
