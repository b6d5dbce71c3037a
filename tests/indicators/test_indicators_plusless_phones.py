"""An international number written without "+" after a phone or platform word, in a country
whose national numbers start with "0" ("WhatsApp 85591823038" in a Thai report), and the digit
strings after such words that are no phone."""

from __future__ import annotations

import pytest

from tipoff.indicators import extract


def found(text: str, country: str) -> set[tuple[str, str]]:
    return {(f.kind.value, f.value) for f in extract(text, country_hint=country)}


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "ให้แอดWhatsApp 9592472042 แล้วโอน",
            "TH",
            {("phone", "+9592472042"), ("handle", "whatsapp:+9592472042")},
        ),
        (
            "Mia minta chat di WhatsApp 85591645040. Total",
            "ID",
            {("phone", "+85591645040"), ("handle", "whatsapp:+85591645040")},
        ),
        ("โทรมาจากเบอร์ 85591186046", "TH", {("phone", "+85591186046")}),
        ("電話 8562028015581 から着信", "JP", {("phone", "+8562028015581")}),
    ],
)
def test_an_international_number_without_plus_after_a_phone_word(
    text: str, country: str, expected: set[tuple[str, str]]
) -> None:
    assert found(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("order number 123456789 ราคา 5000", "TH"),  # "number" alone is no phone word
        ("電話番号 123456789 です", "JP"),  # spells no valid number with "+"
        ("telepon 2024051212 jam 10", "ID"),  # a date and hour, no valid number
        ("โทร 100000000 บาท", "TH"),  # an amount
        ("WhatsApp OTP 482913", "TH"),  # a code: too short
        ("รหัสพัสดุ 85591186046", "TH"),  # a parcel code: no phone word
    ],
)
def test_no_phone_from_digits_after_a_word(text: str, country: str) -> None:
    assert not {value for kind, value in found(text, country) if kind in ("phone", "handle")}
