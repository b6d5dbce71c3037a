"""Phone numbers: national forms with the report's country, odd spellings, and non-phones."""

from __future__ import annotations

import pytest

from tipoff.indicators import extract
from tipoff.model import IndicatorKind


def phones(text: str, country: str | None = None) -> list[str]:
    return [f.value for f in extract(text, country_hint=country) if f.kind is IndicatorKind.PHONE]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("電話 090-1234-5678 まで", "JP", ["+819012345678"]),
        ("０９０－１２３４－５６７８", "JP", ["+819012345678"]),
        ("連絡先 090ー8765ー4321", "JP", ["+819087654321"]),
        ("電話番号：０９０－１２３４－５６７８（担当）", "JP", ["+819012345678"]),
        ("Call +855 (0)12 345 678 now", None, ["+85512345678"]),
        ("call 00855 12 345 678", None, ["+85512345678"]),
        ("Tel.+81-3-1234-5678", None, ["+81312345678"]),
        ("โทร 081-234-5678 ด่วน", "TH", ["+66812345678"]),
        ("Gọi 0912 345 678 ngay", "VN", ["+84912345678"]),
        ("客服：13812345678", "CN", ["+8613812345678"]),
        ("Call (212) 555-2368 now", "US", ["+12125552368"]),
        ("tel:+85512345678", None, ["+85512345678"]),
        ("+84 28 3822 1234 / 0912345678", "VN", ["+842838221234", "+84912345678"]),
    ],
)
def test_phone_spellings_are_found_in_e164(
    text: str, country: str | None, expected: list[str]
) -> None:
    assert phones(text, country) == expected


def test_numbers_in_whatsapp_links_are_phones_and_handles() -> None:
    found = {(f.kind.value, f.value) for f in extract("chat: https://wa.me/85512345678")}
    assert ("phone", "+85512345678") in found
    assert ("handle", "whatsapp:+85512345678") in found


@pytest.mark.parametrize(
    "text",
    [
        "Meeting on 2024-05-12 10:30, paid $1,500,000.00",
        "2024年5月12日に1,500,000円を振り込んだ",
        "〒150-0002 東京都渋谷区",
        "Card 4111 1111 1111 1111 exp 12/27",
        "Số tiền 15.000.000 VND ngày 12/05/2024",
        "Transfer Rp 1.250.000 pada 12.05.2024",
        "Tracking number 123456789012, order #98765432",
        "注文番号 0901234567 の件",
        "IBAN DE89 3704 0044 0532 0130 00",
        "ZIP 94105-1234",
        "case number is 828-3543553",
    ],
)
def test_dates_amounts_orders_postcodes_cards_and_ibans_are_not_phones(text: str) -> None:
    assert phones(text, "JP") == []
    assert phones(text, "US") == []


def test_national_number_needs_a_country() -> None:
    assert phones("call 090-1234-5678") == []
    assert phones("こちらに電話して 090-1234-5678") == ["+819012345678"]  # kana: Japan


def test_number_without_trunk_zero_is_not_read_as_national() -> None:
    assert phones("ref 12345678", "KH") == []


def test_numbers_side_by_side_are_split() -> None:
    assert phones("운송장 번호 763-3627050 010.7830.9231 번호로 전화", "KR") == ["+821078309231"]


def test_span_and_raw_point_at_the_original_spelling() -> None:
    text = "連絡 ０９０－１２３４－５６７８ です"
    [found] = [f for f in extract(text, country_hint="JP") if f.kind is IndicatorKind.PHONE]
    assert text[found.start : found.end] == found.raw == "０９０－１２３４－５６７８"
    assert ("number_type", "mobile") in found.attributes


def _phone(text: str, country: str) -> tuple[str, str]:
    (found,) = [f for f in extract(text, country_hint=country) if f.kind is IndicatorKind.PHONE]
    return found.value, dict(found.attributes)["number_type"]


def test_a_toll_free_line_written_as_its_country_writes_it_keeps_that_country() -> None:
    # Grouped 4-3-4 the way Singapore writes its 1800 lines, in a report from China: the
    # Singapore toll-free line, not a Chinese mobile with the same digits.
    text = "新加坡警方让我打这个热线 1800-255-0000 核实"
    assert _phone(text, "CN") == ("+6518002550000", "toll_free")


def test_the_same_digits_grouped_as_a_mobile_of_the_reporters_country_stay_its_mobile() -> None:
    assert _phone("他的手机 180-0255-0000", "CN") == ("+8618002550000", "mobile")
    assert _phone("他的手机 18002550000", "CN") == ("+8618002550000", "mobile")
    assert _phone("携帯 080-1234-5678 から電話", "JP") == ("+818012345678", "mobile")


def test_a_toll_free_line_of_the_reporters_own_country_is_read_there() -> None:
    assert _phone("フリーダイヤル 0120-123-456", "JP") == ("+81120123456", "toll_free")
