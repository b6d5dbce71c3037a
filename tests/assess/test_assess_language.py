"""Language detection by script, Vietnamese letters and stop words."""

from __future__ import annotations

import pytest

from tipoff.assess.language import _ascii_language, _latin_language, detect_language


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


@pytest.mark.parametrize(
    "text",
    [
        "Para ti",
        "I'M_HERE: call 0800 now",
        "de het een",
        "Nanalo ka ng pera",
        "Rekening anda",
        "12 THE_end",
    ],
)
def test_ascii_fast_path_agrees_with_the_general_path(text: str) -> None:
    # ASCII text is split into words on bytes; with stop words the regex path must agree.
    assert _ascii_language(text) == _latin_language(text, use_lingua=False)


def test_ascii_without_stop_words_is_english() -> None:
    assert detect_language("OTP 4411 ok thx", use_lingua=False) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Quy khach vui long thanh toan hoa don truoc ngay 15",
        "Ma OTP cua ban la 482913, khong chia se cho nguoi khac",
        "Chieu nay anh ve nha roi nhe",
    ],
)
def test_vietnamese_without_accents_is_vietnamese(text: str) -> None:
    assert detect_language(text, use_lingua=False) == "vi"
    assert _ascii_language(text) == _latin_language(text, use_lingua=False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("PNC Login Card Suspended http //goo.gl/se4cVS", "en"),
        ("Can you call me when you get home", "en"),
        ("La cuenta de su banco ha sido bloqueada", "es"),
    ],
)
def test_unaccented_vietnamese_words_do_not_take_other_languages(text: str, lang: str) -> None:
    assert detect_language(text, use_lingua=False) == lang
