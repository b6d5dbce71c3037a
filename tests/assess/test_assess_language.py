"""Language detection by script, Vietnamese letters and stop words."""

from __future__ import annotations

import pytest

from tipoff.assess.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Your parcel is waiting, please confirm the address", "en"),
        ("こちらは警察です", "ja"),
        ("我是公安局民警", "zh"),
        ("서울중앙지검 수사관입니다", "ko"),
        ("ขอโทษค่ะ ทักผิดคน", "th"),
        ("Mẹ ơi con về muộn nhé", "vi"),
        ("Rekening anda akan diblokir", "id"),
        ("Nanalo ka ng pera sa raffle", "tl"),
        ("ប៉ូលិសជូនដំណឹង", "km"),
    ],
)
def test_detects_the_nine_languages(text: str, lang: str) -> None:
    assert detect_language(text, use_lingua=False) == lang


def test_nothing_to_go_on() -> None:
    assert detect_language("", use_lingua=False) is None
    assert detect_language("12345 !!!", use_lingua=False) is None
