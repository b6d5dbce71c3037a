"""Bank accounts of Hong Kong, Taiwan, Thailand, Korea, Canada, the UK, Indonesia, Singapore
and the Philippines as victims write them, and the numbers beside those banks' names that
are no account (phones, hotlines, dates, amounts, order and tracking numbers)."""

from __future__ import annotations

import pytest

from tipoff.indicators import extract
from tipoff.model import IndicatorKind


def accounts(text: str, country: str) -> list[str]:
    return [
        f.value for f in extract(text, country_hint=country) if f.kind is IndicatorKind.BANK_ACCOUNT
    ]


@pytest.mark.parametrize(
    ("country", "text", "value"),
    [
        # Hong Kong: names in both characters of 匯/滙, short forms; 3-6-3 with dashes or spaces
        ("HK", "請轉帳到恒生 024-123456-001", "HK:024:024123456001"),
        ("HK", "Hang Seng 024 123456 001", "HK:024:024123456001"),
        ("HK", "匯豐 004-123456-838", "HK:004:004123456838"),
        ("HK", "中銀香港戶口 012-875-1-234567-8", "HK:012:01287512345678"),
        ("HK", "渣打 447-1-234567-8", "HK:003:44712345678"),
        ("HK", "東亞 015-123-45-67890", "HK:015:0151234567890"),
        ("HK", "ZA Bank 123456789012", "HK:387:123456789012"),
        # Taiwan: the bank's 3-digit code beside its name is no part of the account
        ("TW", "中國信託 822 123456789012", "TW:822:123456789012"),
        ("TW", "中國信託(822) 帳號 1234-5678-9012", "TW:822:123456789012"),
        ("TW", "請匯款到台新銀行 812-20100012345678", "TW:812:20100012345678"),
        ("TW", "國泰世華 013 1234 5678 9012", "TW:013:123456789012"),
        ("TW", "玉山銀行 0123-456-789012", "TW:808:0123456789012"),
        ("TW", "郵局 700 0001234 1234567", "TW:700:00012341234567"),
        ("TW", "Transfer to CTBC 123456789012", "TW:822:123456789012"),
        ("TW", "合作金庫 1234567890123", "TW:006:1234567890123"),
        # Thailand: 3-1-5-1 with spaces as with dashes
        ("TH", "ธนาคารกรุงศรี 123 4 56789 0", "TH:025:1234567890"),
        ("TH", "KBank 123 4 56789 0", "TH:004:1234567890"),
        # Korea: more banks, spaced groups
        ("KR", "SC제일은행 123-45-678901", "KR:023:12345678901"),
        ("KR", "수협 1010-1234-5678", "KR:007:101012345678"),
        ("KR", "부산은행 101-2034-5678-01", "KR:032:1012034567801"),
        ("KR", "씨티은행 123-45678-901", "KR:027:12345678901"),
        ("KR", "우리은행 1002 123 456789", "KR:020:1002123456789"),
        ("KR", "국민 은행 123456 01 123456", "KR:004:12345601123456"),
        ("KR", "iM뱅크 508-12-345678-9", "KR:031:508123456789"),
        # Canada: institution-transit-account, the transit kept as the branch
        ("CA", "RBC 003-12345-1234567", "CA:003:12345:1234567"),
        ("CA", "TD transit 12345 institution 004 account 1234567", "CA:004:12345:1234567"),
        ("CA", "Scotiabank 12345-002 1234567", "CA:002:12345:1234567"),
        ("CA", "BMO account 1234567", "CA:001:1234567"),
        # UK: keyed by the sort code, labelled or after a bank's name
        ("GB", "Barclays sort code 20-00-00 account 12345678", "GB:200000:12345678"),
        ("GB", "sort code 200000 account 12345678", "GB:200000:12345678"),
        ("GB", "account number 12345678, sort code 20-00-00", "GB:200000:12345678"),
        ("GB", "Lloyds 30-94-57 12345678", "GB:309457:12345678"),
        ("GB", "20-00-00 12345678", "GB:200000:12345678"),
        ("US", "Pay Monzo sort code 04-00-04 acc 12345678", "GB:040004:12345678"),
        # "acct", the common abbreviation of account, labels the number as "acc" does
        ("GB", "sort code 20-00-00 acct 12345678", "GB:200000:12345678"),
        ("GB", "acct no. 12345678, sort code 20-00-00", "GB:200000:12345678"),
        ("AU", "ANZ BSB 066-521 acct 652160304", "AU:066521:652160304"),
        ("AU", "BSB 061-738 acct. 17382896", "AU:061738:17382896"),
        # Indonesia, Singapore, the Philippines: more banks, spaced groups
        ("ID", "Bank Jago 1012 3456 7890", "ID:542:101234567890"),
        ("ID", "BRI 0123 01 012345 50 1", "ID:002:012301012345501"),
        ("SG", "Standard Chartered 01-2-345678-9", "SG:SCBLSGSG:0123456789"),
        ("SG", "HSBC 123-456789-001", "SG:HSBCSGSG:123456789001"),
        ("PH", "RCBC 1234567890", "PH:RCBCPHMM:1234567890"),
        ("PH", "China Bank 1234 5678 9012", "PH:CHBKPHMM:123456789012"),
    ],
)
def test_accounts_read(country: str, text: str, value: str) -> None:
    assert accounts(text, country) == [value]


@pytest.mark.parametrize(
    ("country", "text"),
    [
        ("HK", "恒生銀行客服熱線 2822 0228"),
        ("HK", "HSBC called me from 2233 3000 about my card"),
        ("HK", "中銀香港 2023 12 05 收到短信"),
        ("HK", "東亞 15 000 000"),
        ("TW", "中國信託客服 0800-024-365"),
        ("TW", "玉山銀行 02-2182-1313"),
        ("TW", "中國信託 0912 345 678 是他的手機"),
        ("TW", "台新 2024 05 12 匯款 50000 元"),
        ("TW", "郵局 包裹追蹤號碼 12345678901234"),
        ("TW", "國泰世華 轉帳 NT$30,000"),
        ("TH", "ไทยพาณิชย์ 5 000 000 บาท"),
        ("TH", "ธนาคารกรุงเทพ 02 118 9785"),  # a Bangkok line in its spaced groups
        ("TH", "ธนาคารกรุงไทย +66 2 146 7517"),
        ("TH", "กสิกร 02-888-8888"),  # K-Bank's line: Thai accounts have 10 to 15 digits
        # a bank's line after a country code, or in a North American phone's groups
        ("US", "I called my bank (Citibank) on (+1) 205-725-4672 to stop the transfer"),
        ("US", "Citibank 205-725-4672"),
        ("VN", "Vietcombank +84 1800 464660"),
        ("VN", "Vietcombank +84 211 4064 978"),
        ("TH", "ธนาคารกรุงเทพ วันที่ 12 05 2024"),
        ("KR", "수협 1588-1515 으로 전화"),
        ("KR", "KB국민은행 1588-9999"),
        ("KR", "신협 10 000 000원"),
        ("CA", "TD 1 866 222 3456"),
        ("CA", "RBC called from 1-800-769-2511"),
        ("GB", "NatWest 03457 888 444"),
        ("GB", "Lloyds reference 12-05-24 12345"),
        ("GB", "On 12-05-24 I paid Halifax £2,000"),
        ("GB", "Santander order 12345678 delivered 12-05-2024"),
        ("GB", "sort code 20-00-00"),
        ("ID", "Saya hubungi call center BCA di 1500888."),
        ("ID", "Bank Jago 2024 05 12 transfer Rp 5 000 000"),
        ("ID", "dia jago trading 5000000"),
        ("MY", "Maybank 03-7844 3696"),
        ("SG", "Standard Chartered hotline 1800 747 7000"),
        ("PH", "China Bank 2024 05 12 PHP 50 000"),
    ],
)
def test_numbers_beside_a_bank_that_are_no_account(country: str, text: str) -> None:
    assert accounts(text, country) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("contact @john.doe now", "telegram:john_doe"),
        ("Telegram: @john.doe", "telegram:john_doe"),
        ("add me on tg @john.doe!", "telegram:john_doe"),
        ("my telegram is @john_doe.", "telegram:john_doe"),
    ],
)
def test_a_dotted_telegram_name_reads_as_the_underscored_one(text: str, value: str) -> None:
    assert [f.value for f in extract(text) if f.kind is IndicatorKind.HANDLE] == [value]


@pytest.mark.parametrize("text", ["email me at @gmail.com", "@anna.ng", "@john._doe"])
def test_a_host_after_at_is_no_telegram_name(text: str) -> None:
    assert [f.value for f in extract(text) if f.kind is IndicatorKind.HANDLE] == []
