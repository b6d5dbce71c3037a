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
        "12 THE_end: the end",
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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A Google Forms/Drive link: "com" is a Portuguese stop word, "u" an English one.
        ("Claim reward here docs.google.com/forms/d/e/1FAIpQLSdU4x/viewform", "en"),
        ("Paki-check po https://drive.google.com/drive/u/1/folders/1xYzQ", "tl"),
        ("Sagutan po ang form docs.google.com/forms/d/u/0/viewform", "tl"),
        ("Silakan isi di https://docs.google.com/forms/d/e/1FAIpQLSd/viewform", "id"),
        # An e-mail address and a handle made of English words.
        ("Kirim ke you.are.the.winner@gmail.com", "id"),
        ("Sundan mo si @you_and_me_shop para sa promo", "tl"),
        # Codes whose letters are Tagalog stop words.
        ("Your code: NG4SA7MGA", "en"),
        ("Ma xac nhan cua ban: NA8KO2PA", "vi"),
        ("Your code: NG4SA7MGA — don’t share it", "en"),  # not ASCII: the general path
    ],
)
def test_links_addresses_handles_and_codes_are_not_language_evidence(text: str, lang: str) -> None:
    assert detect_language(text, use_lingua=False) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thank you. See you...", "en"),
        ("Salamat po.", "tl"),
        ("Gracias, su cuenta...", "es"),
        ("Đã nhận, cảm ơn.", "vi"),
    ],
)
def test_words_at_the_end_of_a_sentence_still_count(text: str, lang: str) -> None:
    assert detect_language(text, use_lingua=False) == lang


def test_dots_in_a_row_separate_words() -> None:
    # No link holds "..": "win tickets..call" is two words, and "call" is English evidence.
    assert detect_language("2/2 146tf150p win tickets..call 08701417012", use_lingua=False) == "en"
    assert detect_language("Sige..salamat po", use_lingua=False) == "tl"


def test_lingua_reads_at_most_the_first_2000_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """lingua's time grows faster than the text: 20,000 accented letters pasted into the public
    check took 0.8 s of it and a 100,000-character narrative 16 s, before 2026-12-07."""
    import tipoff.assess.language as language

    real = language._lingua_detector()
    read: list[int] = []

    class Spy:
        def detect_language_of(self, text: str) -> object:
            read.append(len(text))
            return real.detect_language_of(text)

    monkeypatch.setattr(language, "_lingua_detector", Spy)
    long = "Éclair crème brûlée façade naïve Noël déjà délicieux. " * 2000
    assert detect_language(long) == detect_language(long[:2000])
    assert read and max(read) <= 2000
