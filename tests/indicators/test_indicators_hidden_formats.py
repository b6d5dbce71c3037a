"""Identifiers written so that filters miss them (invisible characters inside them, spaced links,
a line break in a WhatsApp link), Telegram links with a dotted name, Indian mobiles without
their trunk 0, Indian and Mexican bank accounts; and the ordinary text that must stay free of
identifiers (sentences ended with " . ", dates, amounts, order numbers, OTP and reference codes)."""

from __future__ import annotations

import pytest

from tipoff.indicators import canonicalize, canonicalize_hinted, extract
from tipoff.indicators.unhide import unhide
from tipoff.model import IndicatorKind

K = IndicatorKind
ZWSP = "\u200b"


def found(text: str, country: str | None = None) -> set[tuple[str, str]]:
    return {(f.kind.value, f.value) for f in extract(text, country_hint=country)}


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # an invisible character inside a number, a link, an account or a name
        (f"call me +63{ZWSP}917 123 4567 now", "PH", ("phone", "+639171234567")),
        (f"số 0912{ZWSP}345678 nhé", "VN", ("phone", "+84912345678")),
        (f"chat wa.me/44{ZWSP}7911123456", "GB", ("handle", "whatsapp:+447911123456")),
        (f"transfer to BCA 123{ZWSP}4567890", "ID", ("bank_account", "ID:014:1234567890")),
        ("Telegram: john\u2060smith", None, ("handle", "telegram:johnsmith")),
        (f"join t.me/crypto{ZWSP}king88", None, ("handle", "telegram:cryptoking88")),
        (f"site: bad{ZWSP}-site.top", None, ("domain", "bad-site.top")),
        # links with spaced dots, slashes and schemes
        ("join t . me / cryptoking88 for signals", None, ("handle", "telegram:cryptoking88")),
        ("visit example . com / promo today", None, ("url", "https://example.com/promo")),
        ("visit example . com today", None, ("domain", "example.com")),
        ("open hxxps :// bad-site . top / x", None, ("url", "https://bad-site.top/x")),
        ("go to www . bad-site . top now", None, ("domain", "bad-site.top")),
        ("wa . me / 84912345678", None, ("handle", "whatsapp:+84912345678")),
        # a line break inside a wa.me link's number
        ("wa.me/8491234\n5678", None, ("handle", "whatsapp:+84912345678")),
        # t.me/first.last: keyed as "@first.last" is
        ("message t.me/john.smith please", None, ("handle", "telegram:john_smith")),
        # Indian mobiles without the trunk 0
        ("call 98765 43210 asap", "IN", ("phone", "+919876543210")),
        ("call 98765-43210 asap", "IN", ("phone", "+919876543210")),
        ("They contacted me on 8717757589.", "IN", ("phone", "+918717757589")),
        ("HDFC customer care 98765 43210", "IN", ("phone", "+919876543210")),
        # Korean banks by their Latin short names, a number right after them
        ("Hana 43962559654506", "KR", ("bank_account", "KR:081:43962559654506")),
        ("KB 51177711291173", "KR", ("bank_account", "KR:004:51177711291173")),
        ("NH 3020123456781", "KR", ("bank_account", "KR:011:3020123456781")),
        # A Chinese bank's line in a phone's groups, or a mobile, beside the bank's name
        ("我打了工商银行 010-4853-0222 客服电话", "CN", ("phone", "+861048530222")),
        ("建设银行 13812345678", "CN", ("phone", "+8613812345678")),
        ("工商银行 6222 0212 3456 7890 123", "CN", ("bank_account", "CN:102:6222021234567890123")),
        # Indian accounts (IFSC bank prefix) and Mexican CLABEs (ABM code)
        (
            "I sent 174000 INR to HDFC Bank 58668397513266.",
            "IN",
            ("bank_account", "IN:HDFC:58668397513266"),
        ),
        ("SBI account 36948414368", "IN", ("bank_account", "IN:SBIN:36948414368")),
        ("Axis Bank a/c 917010012345678", "IN", ("bank_account", "IN:UTIB:917010012345678")),
        (
            "BBVA 012180001234567897 a nombre de Juan",
            "MX",
            ("bank_account", "MX:012:012180001234567897"),
        ),
        ("Banorte CLABE 072180001234567891", "MX", ("bank_account", "MX:072:072180001234567891")),
        (
            "BBVA 701362638852976300로 이체했습니다",
            "KR",
            ("bank_account", "MX:012:701362638852976300"),
        ),
    ],
)
def test_found(text: str, country: str | None, expected: tuple[str, str]) -> None:
    assert expected in found(text, country)


@pytest.mark.parametrize(
    ("text", "country", "absent"),
    [
        ("They contacted me on 8717757589.", "TH", "phone"),  # a Thai report: no Indian mobile
        ("call 98765 43210 asap", "JP", "phone"),
        ("HDFC customer care 98765 43210", "IN", "bank_account"),  # the mobile beside a bank
        ("工商银行 010-4853-0222", "CN", "bank_account"),  # the bank's Beijing line
        ("the file was 20 KB 1234567890 bytes", "KR", "bank_account"),  # a unit, not a bank
        ("建设银行 13812345678", "CN", "bank_account"),  # a mobile's shape, not a card
        ("BBVA México 55 5226 2663", "MX", "bank_account"),  # a Mexican phone beside a bank
        ("BBVA México 0123456789", "MX", "bank_account"),  # ten digits: no Mexican account
    ],
)
def test_no_value_of_that_kind(text: str, country: str, absent: str) -> None:
    assert absent not in {kind for kind, _ in found(text, country)}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # sentences ended with a spaced dot, fractions and versions
        ("I lost my money . it was gone", None),
        ("ok . so what now", None),
        ("he said no . me too", None),
        ("and / or the bank . co operated", None),
        ("price 50 / 100 / 200", None),
        ("Section 3 . 2 / page 4", None),
        ("v 1 . 2 . 3", None),
        ("the U . S . embassy", None),
        ("time 10 . 30 / 11 . 45", None),
        ("Date 2024 . 05 . 12", None),
        ("We met at 12:30 / 1:45 pm", None),
        # numbers of an Indian report that are no phone
        ("Your OTP is 482913, do not share", "IN"),
        ("OTP 9182736450 valid for 10 min", "IN"),
        ("I paid Rs 15000 on 12/05/2024 at 10.30 am", "IN"),
        ("I paid Rs. 9876543210 in total", "IN"),
        ("Order ID 7012345678 was cancelled", "IN"),
        ("PNR 8512345678 for my train", "IN"),
        ("UTR 9876543210", "IN"),
        ("NEFT ref 7123456789 credited", "IN"),
        ("Aadhaar 1234 5678 9012", "IN"),
        ("amount 9876543210 rupees", "IN"),
        ("I lost 6500000 rupees", "IN"),
        ("tracking number 7845123690 delivered", "IN"),
        ("invoice 8899776655", "IN"),
        ("ticket no 9988776655", "IN"),
        ("transaction id: 8765432109", "IN"),
        ("my pincode is 560001 and I live in Bangalore", "IN"),
        # invisible characters between words of scripts that use them as spaces
        (f"ราคา ๑๒๓ บาท{ZWSP}ครับ", "TH"),
        (f"ไลน์{ZWSP}ไอดี{ZWSP}ของ", "TH"),
    ],
)
def test_ordinary_text_has_no_identifier(text: str, country: str | None) -> None:
    assert found(text, country) == set()


def test_spans_are_spans_of_the_text_as_written() -> None:
    text = f"pay to +63{ZWSP}917 123 4567 or t . me / cryptoking88 ok"
    by_kind = {f.kind: f for f in extract(text, country_hint="PH")}
    phone, handle = by_kind[K.PHONE], by_kind[K.HANDLE]
    assert (phone.raw, text[phone.start : phone.end]) == (f"+63{ZWSP}917 123 4567",) * 2
    assert handle.raw == "t . me / cryptoking88" == text[handle.start : handle.end]


def test_unhide_keeps_thai_spaces_and_maps_positions() -> None:
    thai = f"ไลน์{ZWSP}ไอดี"
    assert unhide(thai).text == thai and unhide(thai).origin is None
    result = unhide(f"a 1{ZWSP}2 t . me / x1")
    assert result.text == "a 12 t.me/x1"
    assert [result.origin[i] for i in (3, 5, 10)] == [4, 6, 15]  # type: ignore[index]


@pytest.mark.parametrize(
    ("kind", "value", "country", "canonical"),
    [
        (K.PHONE, "98765 43210", "IN", "+919876543210"),
        (K.URL, "t . me / cryptoking88", None, "https://t.me/cryptoking88"),
        (K.HANDLE, "t.me/john.smith", None, "telegram:john_smith"),
        (K.BANK_ACCOUNT, "HDFC Bank 58668397513266", "IN", "IN:HDFC:58668397513266"),
    ],
)
def test_canonicalize(kind: IndicatorKind, value: str, country: str | None, canonical: str) -> None:
    assert canonicalize(kind, value, country_hint=country) == canonical


def test_hinted_values() -> None:
    assert canonicalize_hinted("9876543210", "phone", "IN") == (K.PHONE, "+919876543210")
    assert canonicalize_hinted("t . me / kreditfc_support97", None) == (
        K.HANDLE,
        "telegram:kreditfc_support97",
    )
    assert canonicalize_hinted("t . me / otc_ffvjb", "telegram") == (K.HANDLE, "telegram:otc_ffvjb")
    assert canonicalize_hinted(f"yuki{ZWSP}88", "line") == (K.HANDLE, "line:yuki88")


def test_a_link_ended_by_a_slash_and_a_space_is_left_alone() -> None:
    assert unhide("Register at https://okx.com/ or okx.com/join/AB12CD first").origin is None
    assert ("url", "https://okx.com/") in found("https://okx.com/ or call")


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "Vorher hatte ich schon Geld an 47-99-20 48777940 verloren.",
            "DE",
            {"GB:479920:48777940"},
        ),
        ("De eerste oplichting: 36-54-62 77304253", "NL", {"GB:365462:77304253"}),
        ("Prima avevo già perso soldi con 14-71-51 44932716.", None, {"GB:147151:44932716"}),
        # outside a British report: a date before a number, a phone's groups
        ("am 12-05-24 12345678 überwiesen", "DE", set()),
        ("Tel +49 40-22-33 12345678", "DE", set()),
    ],
)
def test_british_accounts_in_reports_of_other_countries(
    text: str, country: str | None, expected: set[str]
) -> None:
    accounts = {value for kind, value in found(text, country) if kind == "bank_account"}
    assert accounts == expected


def test_a_foreign_bank_name_glued_to_a_word_of_another_script_is_no_bank() -> None:
    # "SBI証券" is a Japanese broker, not the State Bank of India: its phone stays a phone
    assert found("SBI証券 06-6943-1234", "JP") == {("phone", "+81669431234")}
    assert ("bank_account", "IN:HDFC:58668397513266") in found("HDFC银行 58668397513266", "CN")
