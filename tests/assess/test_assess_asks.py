"""The no-ask rule (tipoff.assess.asks): a message that asks for nothing and gives no way to
reach its sender is at most suspicious, and says why."""

from __future__ import annotations

import time

import pytest

from tipoff.assess import assess, assess_many
from tipoff.assess.asks import (
    ASK_CODES,
    NO_ASK,
    NO_ASK_CAP,
    ask_phrases,
    asks_or_reaches,
    dodged_links,
    no_ask,
    shows_ask,
)
from tipoff.assess.lexicon import LEXICON_LANGUAGES, flag_codes
from tipoff.assess.redflags import find_evidence
from tipoff.assess.signals import SIGNAL_CODES

FEDEX = "FedEx: Shipment 7729 4418 3021 out for delivery. Signature required."
PAYPAY = "PayPay：田中さんから1,500円を受け取りました。"


def test_every_ask_code_is_a_flag_code_or_a_signal() -> None:
    known = set(flag_codes()) | set(SIGNAL_CODES) | {"~" + code for code in flag_codes()}
    assert known >= ASK_CODES


def test_every_language_has_words_of_every_kind_of_ask() -> None:
    phrases = ask_phrases()
    assert set(phrases) == set(LEXICON_LANGUAGES)
    kinds = set(phrases["en"])
    for language, by_kind in phrases.items():
        assert set(by_kind) == kinds, language
        assert all(by_kind[kind] for kind in kinds), language


@pytest.mark.parametrize("text", [FEDEX, PAYPAY])
def test_a_notice_that_asks_nothing_is_capped_and_says_why(text: str) -> None:
    result = assess(text)
    assert result.outcome != "scam"
    assert result.scam_probability <= NO_ASK_CAP
    assert result.reasons == (NO_ASK,)
    assert result.as_record()["reasons"] == [NO_ASK]
    assert result.labels["not_scam"] == pytest.approx(1 - result.scam_probability)
    assert sum(result.outcome_probabilities.values()) == pytest.approx(1.0, abs=1e-5)
    assert all(p <= NO_ASK_CAP for label, p in result.labels.items() if label != "not_scam")


def test_one_message_and_a_batch_agree() -> None:
    texts = [FEDEX, PAYPAY, "Your account is locked, verify now at http://secure-login.top"]
    assert [a.as_record() for a in assess_many(texts)] == [assess(t).as_record() for t in texts]


@pytest.mark.parametrize(
    "text",
    [
        "Your account is locked, verify now at http://secure-login.top",
        "Call 0917 123 4567 now to claim your prize",
        "Mum I lost my phone, this is my new number, I need money for the bill",
    ],
)
def test_a_scam_with_a_channel_or_an_ask_is_not_capped(text: str) -> None:
    result = assess(text)
    assert NO_ASK not in result.reasons
    assert result.outcome == "scam"


def test_reports_and_job_ads_are_never_capped() -> None:
    for kind in ("report", "job_ad"):
        assert NO_ASK not in assess(FEDEX, kind=kind).reasons  # type: ignore[arg-type]


def test_a_message_the_model_does_not_call_a_scam_is_left_alone() -> None:
    result = assess("See you at 7 at the station")
    assert result.reasons == ()


@pytest.mark.parametrize(
    "text",
    [
        "Please call us back",  # en contact
        "後で返信してください",  # ja contact
        "请尽快转账",  # zh money
        "로그인 해주세요",  # ko credentials
        "กรุณาโอนเงินด่วน",  # th money
        "Vui lòng đăng nhập ngay",  # vi credentials
        "Segera hubungi kami",  # id contact
        "សូមទាក់ទងមកយើង",  # km contact
        "Paki-send naman agad",  # tl money
    ],
)
def test_ask_words_are_found_in_every_language(text: str) -> None:
    assert asks_or_reaches(text)


@pytest.mark.parametrize(
    ("text", "reaches"),
    [
        ("Shipment 7729 4418 3021 out for delivery", False),  # 12 bare digits: a tracking number
        ("Order 12345678 was shipped", False),  # after "order": a reference
        ("Dial 6200992462 today", True),  # after a phone word
        ("Office PH 6200992462", True),  # 10 digits: a national number
        ("王先生13912345678", True),  # digits inside Chinese text
        ("ที่บัญชี 111-1111-1111", True),  # after an account word: an account to pay
        ("Meeting on 2026-05-12 at noon", False),  # a date
        ("sign up at wbonu. com", True),  # a link written to get past filters
        ("visit sbet dot com today", True),
        ("I was there. Me too.", False),  # a sentence end is no host
        ("line：ffv4 รับเงินสด", True),  # a chat handle tipoff.indicators extracts
        # A payment done or automatic asks nothing, nor do the ask words inside it ...
        ("[한국전력] 5월 전기요금 48,200원 자동이체 예정입니다", False),
        ("【ゆうちょ銀行】振込入金がありました。金額 25,000円", False),
        ("Payment received, thank you", False),
        # ... while the same words as a request still ask.
        ("전기요금 48,200원 이체해 주세요", True),
        ("25,000円を振込してください", True),
        ("Please pay the balance today", True),
    ],
)
def test_numbers_links_and_handles(text: str, reaches: bool) -> None:
    assert asks_or_reaches(text) is reaches


def test_the_codes_the_pipeline_found_settle_most_messages() -> None:
    codes = find_evidence("Click here: http://bit.ly/x").codes
    assert shows_ask(codes)
    assert not no_ask("Click here: http://bit.ly/x", codes)
    assert no_ask(FEDEX, find_evidence(FEDEX).codes)


# Openers of family-impersonation and wrong-number scams, written for this test: the new
# number is the channel the scam goes on through, so the no-ask cap never applies to them
# (a friend's new number with no story is capped by new_number.py instead:
# test_assess_new_number.py).
OPENERS = [
    "Hi, is this Anna? I got your number from Mike at the gym.",
    "Mum, this is my new number, save it. Old phone fell in the sink.",
    "お母さん、新しい番号です。前のスマホが壊れたから登録しておいてね",
    "妈，我换号了，手机坏了，存一下这个号",
    "엄마 나 폰 고장나서 번호 바꿨어. 이 번호 저장해줘",
    "แม่ นี่เบอร์ใหม่หนูนะ มือถือพัง เซฟเบอร์นี้ไว้ด้วย",
    "Mẹ ơi con đổi số rồi, điện thoại hỏng, mẹ lưu số mới này nhé",
    "Bu, ini nomor baruku ya, HP lama rusak. Simpan nomor ini.",
    "ម៉ាក់ នេះលេខថ្មីរបស់កូន ទូរស័ព្ទចាស់ខូច សូមរក្សាទុកលេខនេះ",
    "Ma, bago kong number ito, nasira yung phone ko. I-save mo ha.",
]


@pytest.mark.parametrize("text", OPENERS)
def test_new_number_and_wrong_number_openers_are_a_channel(text: str) -> None:
    assert asks_or_reaches(text)
    assert NO_ASK not in assess(text).reasons


def test_a_hidden_cue_is_no_ask() -> None:
    # "本人確認" (identity check) is a verify_account cue, hidden here (no threat, lure link
    # or pretext supports it): it asks the reader to verify nothing, so it does not keep an
    # incoming-transfer notice out of the cap. ("ご確認ください", please check, is no
    # verify_account cue at all: it closes nearly every Japanese notice.)
    text = (
        "【みなと信用金庫】11月28日 給与の振込入金 312,400円。"
        "窓口でのお手続きには本人確認書類をお持ちください。"
    )
    codes = find_evidence(text).codes
    assert "~verify_account" in codes
    assert not shows_ask(codes)
    assert no_ask(text, codes)
    assert assess(text).outcome != "scam"


@pytest.mark.parametrize(
    "text",
    [
        "Your refund of $120 has been processed to your card ending 4421.",
        "返金手続きが完了しました。3〜5営業日でカードに反映されます。",
        "返金は難しいです。",
        "Maaf, barang yang sudah dibuka tidak bisa refund.",
    ],
)
def test_a_refund_alone_asks_nothing(text: str) -> None:
    # Money owed TO the reader is no pressure to act: a refund notice or refusal is not a scam.
    result = assess(text)
    assert result.outcome != "scam" and NO_ASK in result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "医療費の還付金があります。お近くのATMへ行って手続きしてください。",
        "HMRC: You are due a tax refund of £264.50. Claim it at hmrc-refund-gov.co today.",
    ],
)
def test_a_refund_scam_asks_through_its_atm_link_or_number(text: str) -> None:
    assert assess(text).outcome == "scam"


def test_latin_ask_words_are_no_words_inside_vietnamese_ones() -> None:
    # "ph" (phone) is an English ask word; "phẩm" and "phải" hold it before a letter with
    # two marks, which is Latin Extended Additional.
    assert not asks_or_reaches("Xin lỗi, sản phẩm đã mở không được hoàn tiền.")
    assert asks_or_reaches("call me, ph 0912 345 678") and asks_or_reaches("my ph is broken")


def test_vietnamese_ask_phrases_are_found_without_their_accents() -> None:
    assert asks_or_reaches("Rut tien phai nop thue va phi, vui long nap them")
    assert asks_or_reaches("Rút tiền phải nộp thuế và phí, vui lòng nạp thêm")


@pytest.mark.parametrize(
    "text",
    [
        "Your Northwind Bank code is 730419. It expires in 5 minutes; never share it.",
        "ស្ថាប័នហិរញ្ញវត្ថុ៖ លេខកូដ 552810 សម្រាប់ចូលកម្មវិធី។ កុំប្រាប់អ្នកដទៃ។",
        "【星河银行】验证码 604-772，5分钟内有效，请勿泄露给他人。",
    ],
)
def test_a_one_time_code_notice_asks_nothing_by_naming_its_code(text: str) -> None:
    """The code word of a one-time-code notice names the code it gives; the code itself is
    no account to pay, whatever the extractor reads it as."""
    assert not asks_or_reaches(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your code is 730419. Never share it. Problems? Call 0800 555 0142",
        "验证码 604772，5分钟内有效，请勿泄露。如非本人操作请点击 safe-check.top 处理",
        "Send me the 6-digit code you just got, it expires in 5 minutes",
    ],
)
def test_a_code_notice_with_a_channel_or_a_request_still_asks(text: str) -> None:
    assert not no_ask(text, find_evidence(text).codes)


@pytest.mark.parametrize("unit", ["1", "1-", "a", "a-b"])
def test_a_long_run_of_host_characters_is_read_in_linear_time(unit: str) -> None:
    """The host-with-a-path pattern scanned the whole run again from each of its characters:
    20,000 digits pasted into the public check took 5.4 s (quadratic), before 2026-12-07."""
    text = unit * (50_000 // len(unit))
    started = time.perf_counter()
    assert dodged_links(text) == []
    asks_or_reaches(text)
    assert time.perf_counter() - started < 3.0  # about 0.1 s; 30 s and more before


def test_a_host_label_of_up_to_63_characters_before_its_path_is_a_link() -> None:
    label = "a" * 63
    assert dodged_links(f"see {label}.top/x now") == [(4, 4 + 63 + len(".top/x"))]
    assert dodged_links("go to shop-now.xyz/deal") == [(6, 20)]  # up to the first path character
