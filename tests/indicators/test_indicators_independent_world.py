"""Misses found on an independent synthetic world (one the extractor was not tuned on):
phones broken over two lines or written without "+", Japanese branch-account with a dash,
platform IDs stated without a separator, non-ASCII digits, short Korean bank names, banks
missing from the table, schemeless links to https-only hosts (the kind hints of explicit
identifiers: test_indicators_hinted.py)."""

from __future__ import annotations

import unicodedata

import pytest

from tipoff.indicators import canonicalize, extract
from tipoff.indicators.normalize import fold


def _found(text: str, country: str | None) -> set[tuple[str, str]]:
    return {(f.kind.value, f.value) for f in extract(text, country_hint=country)}


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # A number broken over two lines is one number.
        ("Call +855 12\n345 678 now", "KH", {("phone", "+85512345678")}),
        ("電話 090-1234-\n5678 まで", "JP", {("phone", "+819012345678")}),
        ("tel 090-1234-\r\n5678", "JP", {("phone", "+819012345678")}),
        # International numbers without "+": spaced after the country code, or after a phone word.
        ("連絡先 81 80-4693-7908", "JP", {("phone", "+818046937908")}),
        ("Số của nó 84 912 345 678", "VN", {("phone", "+84912345678")}),
        ("He called from 855 12 345 678", None, {("phone", "+85512345678")}),
        ("phone: 84912345678", "US", {("phone", "+84912345678")}),
        ("tel 84-912-345-678", "JP", {("phone", "+84912345678")}),
        # Japanese branch-account written with a dash.
        (
            "三井住友銀行 751-1225813",
            "JP",
            {("bank_account", "JP:0009:1225813")},
        ),
        # Thai and Arabic-Indic digits.
        ("โทร ๐๘๑-๒๓๔-๕๖๗๘", "TH", {("phone", "+66812345678")}),
        ("ธนาคารกสิกรไทย ๑๒๓-๔-๕๖๗๘๙-๐", "TH", {("bank_account", "TH:004:1234567890")}),
        ("call +٩٧١ ٥٠ ١٢٣ ٤٥٦٧", None, {("phone", "+971501234567")}),
        # Platform IDs stated without a separator.
        ("Telegram name yuki88", None, {("handle", "telegram:yuki88")}),
        ("telegram username: tanaka_01", None, {("handle", "telegram:tanaka_01")}),
        # ... and with a copula after the name word, as "LINE ID is x" already was.
        ("his Telegram name is crypto_lisa88", None, {("handle", "telegram:crypto_lisa88")}),
        ("my telegram username is tanaka_01", None, {("handle", "telegram:tanaka_01")}),
        ("Her Telegram handle is @lucy_fx8", None, {("handle", "telegram:lucy_fx8")}),
        ("My LINE name is yuki.88", "JP", {("handle", "line:yuki.88")}),
        ("add my line id yuki88 please", None, {("handle", "line:yuki88")}),
        ("LINE: yuki88", None, {("handle", "line:yuki88")}),
        ("카톡 money77 로 연락", "KR", {("handle", "kakaotalk:money77")}),
        ("카톡ID money77", "KR", {("handle", "kakaotalk:money77")}),
        ("vx leo_1823", "CN", {("handle", "wechat:leo_1823")}),
        ("VX: leo_1823", "CN", {("handle", "wechat:leo_1823")}),
        ("微信 leo_1823", "CN", {("handle", "wechat:leo_1823")}),
        ("zalo nam_vip88", "VN", {("handle", "zalo:nam_vip88")}),
        (
            "zalo 0912345678",
            "VN",
            {("handle", "zalo:+84912345678"), ("phone", "+84912345678")},
        ),
        # Short Korean bank names right before an account number.
        ("신한 110-123-456789 으로 입금", "KR", {("bank_account", "KR:088:110123456789")}),
        ("국민 123456-01-123456", "KR", {("bank_account", "KR:004:12345601123456")}),
        ("우체국 012345-01-012345", "KR", {("bank_account", "KR:071:01234501012345")}),
        ("하나: 123-456789-01234", "KR", {("bank_account", "KR:081:12345678901234")}),
        ("우리 1002-123-456789", "KR", {("bank_account", "KR:020:1002123456789")}),
        ("기업 123-123456-01-012", "KR", {("bank_account", "KR:003:12312345601012")}),
        ("농협 301-1234-5678-11", "KR", {("bank_account", "KR:011:3011234567811")}),
        # Banks that were missing from the table.
        ("ソニー銀行 普通 1234567", "JP", {("bank_account", "JP:0035:1234567")}),
        ("横浜銀行 普通 7654321", "JP", {("bank_account", "JP:0138:7654321")}),
        ("새마을금고 9002-1234-5678-9", "KR", {("bank_account", "KR:045:9002123456789")}),
        ("VIB STK 012345678901", "VN", {("bank_account", "VN:970441:012345678901")}),
        ("浦发银行 6225881234567890", "CN", {("bank_account", "CN:310:6225881234567890")}),
    ],
)
def test_independent_world_misses_are_found(
    text: str, country: str | None, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _found(text, country)


@pytest.mark.parametrize(
    ("text", "country", "absent_kind"),
    [
        # Amounts and order numbers that spell a valid number after a country code stay out.
        ("Số tiền 84 912 345 678 VND", "VN", "phone"),
        ("order no. 81 80-4693-7908", "JP", "phone"),
        # Without a phone word or the spacing after a country code: not a phone.
        ("ref 84912345678", "US", "phone"),
        # Korean words that are also short bank names, with no account number right after.
        ("우리는 2024년 3월 15일 1002123456 원을 보냈다", "KR", "bank_account"),
        ("하나의 계좌 110-123-456789", "KR", "bank_account"),
        # Two numbers on two lines are not joined into one.
        ("090-1234-5678\n03-1234-5678", "JP", "bank_account"),
        # A letters-only word after "line" is prose, not an ID.
        ("the line was busy", None, "handle"),
        ("line 12 of the form", None, "handle"),
    ],
)
def test_independent_world_non_indicators(text: str, country: str, absent_kind: str) -> None:
    assert not {kind for kind, _ in _found(text, country)} & {absent_kind}


def test_two_numbers_on_two_lines_stay_two() -> None:
    found = _found("090-1234-5678\n03-1234-5678", "JP")
    assert {v for k, v in found if k == "phone"} == {"+819012345678", "+81312345678"}


def test_line_break_after_a_glued_number_keeps_the_next_line() -> None:
    assert ("phone", "+819012345678") in _found("ID12345\n090-1234-5678", "JP")


def test_tron_address_starting_with_tb1_is_not_read_as_bech32() -> None:
    address = "TB1vSNpq198MFfevqnrPzXvJUT5Ahwk2Yt"
    assert ("wallet", f"tron:{address}") in _found(f"USDT-TRC20: {address}", "JP")


@pytest.mark.parametrize(
    ("written", "https"),
    [
        ("lin.ee/AbCdEf", "https://lin.ee/AbCdEf"),
        ("t.me/yuki88", "https://t.me/yuki88"),
        ("wa.me/85512345678", "https://wa.me/85512345678"),
        ("http://lin.ee/AbCdEf", "https://lin.ee/AbCdEf"),
    ],
)
def test_links_to_https_only_hosts_have_one_key(written: str, https: str) -> None:
    found = {f.value for f in extract(f"join {written} now") if f.kind.value == "url"}
    assert found == {https}
    assert canonicalize("url", written) == canonicalize("url", https) == https


def test_links_are_one_key_with_http_https_or_no_scheme() -> None:
    key = "https://novastar-apex.shop/app"
    for written in ("novastar-apex.shop/app", "http://novastar-apex.shop/app/", key):
        assert canonicalize("url", written) == key


def test_fold_turns_every_decimal_digit_of_the_bmp_into_ascii() -> None:
    digits = [chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Nd"]
    folded = fold("".join(digits))
    assert len(folded) == len(digits)
    assert folded == "".join(str(unicodedata.decimal(d)) for d in digits)


def test_a_chinese_mobile_after_a_phone_word_is_not_read_as_nanp() -> None:
    # Japanese text (kana): CN is not a region, and "+1 784 482 1825" would be valid.
    found = _found("ですか。客服电话17844821825，说可以帮我退款。", None)
    assert not {value for kind, value in found if kind == "phone"}


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_numbers_on_lines_of_any_line_ending(newline: str) -> None:
    found = _found(f"090-1234-5678{newline}03-1234-5678{newline}090-1234-{newline}9999", "JP")
    phones = {value for kind, value in found if kind == "phone"}
    assert phones == {"+819012345678", "+81312345678", "+819012349999"}


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # KakaoTalk and LINE IDs may hold a ".": two letter runs joined by one are an ID.
        ("We chatted on KakaoTalk mina.jeong. Then", "KR", {("handle", "kakaotalk:mina.jeong")}),
        ("She wrote from KakaoTalk jun.hope\nLater", None, {("handle", "kakaotalk:jun.hope")}),
        # A Zalo account is a Vietnamese mobile, also in a block phonenumbers does not list.
        ("Kết bạn Zalo: 0893217645 nhé", "VN", {("handle", "zalo:+84893217645")}),
        ("Zalo 0892 617 435.", "VN", {("handle", "zalo:+84892617435")}),
        ("liên hệ zalo: 84 894-512-367", "VN", {("handle", "zalo:+84894512367")}),
        # A phone word in the sentence before does not make the account a phone.
        (
            "전화가 왔습니다. 3333-07-1234567 (카카오뱅크)로 보냈습니다",
            "KR",
            {("bank_account", "KR:090:3333071234567")},
        ),
        # An account word between the bank and the number after it: that number is the
        # account, not the one before the name.
        (
            "SMS จาก 855 97-412-300 โอนเข้า ธ.ธนาคารกสิกรไทย เลขที่บัญชี 123-4-56789-0",
            "TH",
            {("bank_account", "TH:004:1234567890")},
        ),
        # A short bank name after "ngân hàng", the number before it.
        (
            "Tôi chuyển vào STK 109876543210 ngân hàng MB, tên LE VAN AN",
            "VN",
            {("bank_account", "VN:970422:109876543210")},
        ),
    ],
)
def test_independent_world_misses_second_round(
    text: str, country: str | None, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _found(text, country)


@pytest.mark.parametrize(
    ("text", "country", "absent_kind"),
    [
        ("I use KakaoTalk e.g. daily", None, "handle"),
        ("KakaoTalk i.e. the chat app", None, "handle"),
        ("Telegram wang.lucky", None, "handle"),  # Telegram names hold no "."
        ("his Telegram name is Lisa", None, "handle"),  # a name of prose, not an ID
        ("the file name is report_2024.pdf", None, "handle"),  # no platform named
        ("Zalo 2024 was a good year", "VN", "handle"),
        ("zalo 0123456789", "VN", "handle"),  # no Vietnamese mobile starts 01
        ("ngân hàng MB có 20 chi nhánh", "VN", "bank_account"),
        ("tôi gửi 20 MB 123456 dữ liệu", "VN", "bank_account"),
        ("주문번호 123456789 배송 완료. 전화 주세요", "KR", "bank_account"),
    ],
)
def test_independent_world_second_round_non_indicators(
    text: str, country: str, absent_kind: str
) -> None:
    assert not {kind for kind, _ in _found(text, country)} & {absent_kind}


def test_a_host_after_kakaotalk_stays_a_domain() -> None:
    assert _found("KakaoTalk kakao.com now", None) == {("domain", "kakao.com")}
