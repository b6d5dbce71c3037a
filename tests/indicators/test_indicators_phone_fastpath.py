"""The parse shortcut must agree with phonenumbers.parse whenever it answers."""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberType

from tipoff.indicators.phone_fastpath import fast_number

REGIONS = [
    "JP",
    "TH",
    "VN",
    "US",
    "CN",
    "KR",
    "ID",
    "SG",
    "HK",
    "PH",
    "MY",
    "KH",
    "GB",
    "DE",
    "IT",
    "AU",
    "IN",
    "RU",
    "LA",
    "MM",
]


def _reference(compact: str, region: str | None):
    try:
        number = phonenumbers.parse(compact, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.number_type(number) != PhoneNumberType.UNKNOWN else None


def test_shortcut_agrees_with_parse_on_random_numbers() -> None:
    rng = random.Random(20261128)
    accepted = 0
    for _ in range(6000):
        region = rng.choice([*REGIONS, None])
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 13)))
        compact = "+" + digits if region is None else rng.choice(["0", "", "1"]) + digits
        fast = fast_number(compact, region)
        if fast is None:
            continue
        accepted += 1
        reference = _reference(compact, region)
        assert reference is not None, compact
        assert phonenumbers.format_number(fast, 0) == phonenumbers.format_number(reference, 0)
        assert phonenumbers.number_type(fast) == phonenumbers.number_type(reference)
    assert accepted > 100  # the shortcut is actually exercised


def test_unusual_spellings_are_left_to_parse() -> None:
    assert fast_number("+8109012345678", None) is None  # trunk 0 kept after the country code
    assert fast_number("819012345678", "JP") is None  # country code without "+"
    assert fast_number("09012345678", None) is None  # national form needs a region


def test_compiled_number_type_agrees_with_phonenumbers() -> None:
    from tipoff.indicators.phone_fastpath import number_type

    rng = random.Random(7)
    checked = 0
    for _ in range(8000):
        region = rng.choice([*REGIONS, None])
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 13)))
        try:
            number = phonenumbers.parse(("+" if region is None else "0") + digits, region)
        except phonenumbers.NumberParseException:
            continue
        assert number_type(number) == phonenumbers.number_type(number), phonenumbers.format_number(
            number, 0
        )
        checked += 1
    assert checked > 1000


def test_confident_rejections_agree_with_parse() -> None:
    from tipoff.indicators.phone_fastpath import fast_verdict

    rng = random.Random(11)
    rejected = 0
    for _ in range(12000):
        region = rng.choice([*REGIONS, "CA", "TW", "NZ", None])
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 14)))
        compact = (
            ("+" + digits) if region is None else (rng.choice(["0", "0", "", "00", "1"]) + digits)
        )
        number, decided = fast_verdict(compact, region)
        if not decided:
            continue
        reference = _reference(compact, region)
        if number is None:
            rejected += 1
            assert reference is None, (compact, region)
        else:
            assert reference is not None, (compact, region)
            assert phonenumbers.format_number(number, 0) == phonenumbers.format_number(reference, 0)
    assert rejected > 1000
