"""Mobiles in blocks the phone metadata does not list yet (tipoff.indicators.unlisted_mobiles)."""

from __future__ import annotations

import pytest

from tipoff.indicators import extract


def _phones(text: str, country: str | None = None) -> list[str]:
    return [f.value for f in extract(text, country_hint=country) if f.kind == "phone"]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("He called me from +856 20 6616 4805 every night.", "+8562066164805"),
        ("ဖုန်း +95 9 804 977 467 ကို ဆက်ပါ", "+959804977467"),
        ("លេខ +855 88 680 2801 ជារបស់គេ", "+855886802801"),
        ("WhatsApp me: 00856 20 6616 4805", "+8562066164805"),
    ],
)
def test_an_international_mobile_in_an_unlisted_block_is_kept(text: str, wanted: str) -> None:
    assert _phones(text) == [wanted]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("order 2066164805 shipped", "LA"),  # no country code: no guess
        ("call +856 21 123", None),  # too short for a Lao mobile
        ("+86 123 4567 8901", None),  # no Chinese mobile block starts 12
        ("ref +44 1632 960 123", None),  # a British fixed-line drama range: not a mobile block
    ],
)
def test_no_phone_without_country_code_mobile_length_or_block(
    text: str, country: str | None
) -> None:
    assert _phones(text, country) == []


def test_a_valid_number_keeps_its_own_type() -> None:
    found = [f for f in extract("call +66 2 123 4567") if f.kind == "phone"]
    assert found and dict(found[0].attributes).get("number_type") == "fixed_line"
