"""A new number alone (tipoff.assess.new_number): a friend's "this is my new number, save it"
is not a scam in any language; a "Hi Mum" opener with a story, a move to another app or a
money request still is. Every message here was written for this test."""

from __future__ import annotations

import pytest

from tipoff.assess import assess, assess_many
from tipoff.assess.asks import NO_ASK
from tipoff.assess.lexicon import LEXICON_LANGUAGES
from tipoff.assess.new_number import (
    NEW_NUMBER_CAP,
    NEW_NUMBER_ONLY,
    new_number_only,
)
from tipoff.assess.redflags import find_evidence

# Ordinary messages between people who know each other that share a new number, with no
# pretext (no trouble, no broken phone told to a parent, no money, no move to another app).
ORDINARY = [
    ("en", "Hi Sam, it's Priya from book club. New number, see you Thursday!"),
    ("en", "Hey all, my new number is 07700 900123, save it. WhatsApp stays the same."),
    ("ja", "山田です。新しい番号になりました。来週の会議よろしくお願いします。"),
    ("ja", "番号変わりました！080-2233-4455です。LINEは前のままです"),
    # "登録" (save the contact) inside an opener is no sign-up.
    ("ja", "新しい番号です！登録お願いします。LINEはそのままです。"),
    ("zh", "老王，我换号了，以后打这个。周六聚餐别忘了。"),
    ("zh", "大家好，我的新号码是139 0000 1234，微信不变，麻烦存一下"),
    ("ko", "민지야 나 번호 바꿨어 이걸로 저장해줘 내일 수업 끝나고 보자"),
    ("ko", "팀장님, 새 번호 010-2233-4455 입니다. 카톡은 그대로예요"),
    ("th", "พี่ นี่เบอร์ใหม่เราเองนะ เย็นนี้เจอกันที่ร้านเดิม"),
    ("vi", "Anh ơi em đổi số rồi nhé, tối nay họp lớp lúc 7h"),
    ("vi", "Mọi người ơi, đây là số mới của mình nhé, Zalo vẫn như cũ"),
    # Left out of the vi lexicon before this rule, since a new_number cue alone made it a
    # scam (docs/red-flags.md): now the cue fires and the rule caps it.
    ("vi", "Mẹ ơi con đổi số mới rồi, tối con gọi về nhé"),
    ("id", "Halo Rina, ini nomor baru saya ya. Sampai ketemu di kantor besok."),
    ("km", "បងស្រី នេះលេខថ្មីរបស់ខ្ញុំ ជួបគ្នាថ្ងៃស្អែកនៅសាលា"),
    ("tl", "Uy pare, bagong number ko 'to. Kita tayo bukas sa basketball."),
    # A broken phone told to friends explains the new number; told to a parent it is the
    # Hi-Mum story (below).
    ("en", "Guys, my old phone broke so this is my new number. See you at football"),
    ("tl", "Bagong number ko 'to mga pre, nasira yung luma. Kita tayo sa Sabado"),
    # A lost or broken phone told to a parent, with the chat account the two already share
    # said to be unchanged: the reader can check there, which no impersonator offers.
    ("th", "แม่ครับ นี่เบอร์ใหม่ผมนะ มือถือเครื่องเก่าตกน้ำ ไลน์ยังเหมือนเดิมครับ"),
    ("zh", "妈，我手机坏了，这是新号码，微信还是原来那个，周末回家"),
    ("en", "Hi Dad, my phone broke so this is my new number. WhatsApp is the same as before"),
    # Politeness is no trouble: "tolong" + verb is "please", "giúp" after a verb "for me".
    ("id", "Halo Tante, ini nomor baru Sinta. Tolong disimpan ya, makasih."),
    ("vi", "Chị ơi em đổi số mới rồi, chị lưu lại giúp em nhé. Thứ bảy gặp."),
]

# The same openers with what a "Hi Mum" scam adds, in every language: a story (trouble, or a
# lost or broken phone told to a parent), a move to another app, a money request.
SCAMS = [
    ("en", "Hi Mum, this is my new number. I dropped my phone in the toilet, can you text me here"),
    ("en", "Hi Mum, new number! Add me on WhatsApp, I'll explain there"),
    ("en", "Hi Dad, this is my new number, can you transfer £480 for my rent today?"),
    ("ja", "お母さん、番号が変わりました。スマホが壊れて修理中なの"),
    ("ja", "お母さん、新しい番号です。LINEで連絡してね"),
    ("ja", "お母さん、新しい番号です。今日中に10万円振り込んでほしい"),
    ("zh", "妈，我换号了，手机掉水里了，先用这个号"),
    ("zh", "妈，这是我的新号，加我微信聊"),
    ("zh", "妈，我换号了，急需用钱，先转5000到这个账户"),
    ("ko", "엄마 나 새 번호야. 폰 액정이 깨져서 수리 맡겼어"),
    ("ko", "엄마 나 새 번호야. 카톡으로 연락해줘"),
    ("ko", "엄마 나 새 번호야. 급하게 돈이 필요해서 50만원만 보내줘"),
    ("th", "แม่ นี่เบอร์ใหม่หนูนะ มือถือตกน้ำพัง"),
    ("th", "แม่ นี่เบอร์ใหม่หนูนะ แอดไลน์หนูด้วย"),
    ("th", "แม่ นี่เบอร์ใหม่หนูนะ โอนเงินให้หนู 5000 บาทด่วน"),
    ("vi", "Mẹ ơi đây là số mới của con, điện thoại con bị rơi vỡ rồi"),
    ("vi", "Mẹ ơi đây là số mới của con, mẹ kết bạn zalo với con nhé"),
    ("vi", "Mẹ ơi đây là số mới của con, mẹ chuyển khoản cho con 5 triệu gấp nhé"),
    ("id", "Ma, ini nomor baruku. HP lama jatuh dan rusak"),
    ("id", "Ma, ini nomor baruku. Chat di WA aja ya"),
    ("id", "Ma, ini nomor baruku. Tolong transfer 2 juta ke rekening temanku ya"),
    ("km", "ម៉ាក់ នេះលេខថ្មីរបស់កូន ទូរស័ព្ទចាស់បាត់"),
    ("km", "ម៉ាក់ នេះលេខថ្មីរបស់កូន ឆាតតាម telegram"),
    ("km", "ម៉ាក់ នេះលេខថ្មីរបស់កូន សូមផ្ទេរប្រាក់ $200 ឱ្យកូនបន្ទាន់"),
    ("tl", "Ma, bagong number ko ito. Nahulog yung phone ko sa CR"),
    ("tl", "Ma, bagong number ko ito. Chat mo ako sa telegram"),
    ("tl", "Ma, bagong number ko ito. Paki-send naman ng 5k sa GCash ko"),
]


def _ids(rows: list[tuple[str, str]]) -> list[str]:
    return [f"{language}-{i}" for i, (language, _) in enumerate(rows)]


def test_every_language_has_both_sides() -> None:
    for rows in (ORDINARY, SCAMS):
        assert {language for language, _ in rows} == set(LEXICON_LANGUAGES)


@pytest.mark.parametrize(("language", "text"), ORDINARY, ids=_ids(ORDINARY))
def test_a_friends_new_number_is_only_a_new_number(language: str, text: str) -> None:
    assert new_number_only(text, find_evidence(text))


@pytest.mark.parametrize(("language", "text"), ORDINARY, ids=_ids(ORDINARY))
def test_a_friends_new_number_is_not_a_scam(language: str, text: str) -> None:
    result = assess(text)
    assert result.outcome != "scam"
    assert result.scam_probability <= NEW_NUMBER_CAP or NO_ASK in result.reasons


@pytest.mark.parametrize(("language", "text"), SCAMS, ids=_ids(SCAMS))
def test_a_story_a_move_or_a_money_request_is_more_than_a_new_number(
    language: str, text: str
) -> None:
    assert not new_number_only(text, find_evidence(text))


@pytest.mark.parametrize(("language", "text"), SCAMS, ids=_ids(SCAMS))
def test_hi_mum_scams_stay_scams(language: str, text: str) -> None:
    result = assess(text)
    assert result.outcome == "scam"
    assert NEW_NUMBER_ONLY not in result.reasons


def test_the_capped_verdict_says_why_and_stays_suspicious() -> None:
    # The shipped model calls this friend's message a scam (P 0.99) on the new_number cue.
    text = "新しい番号です！080-1111-2222 LINEはそのままなので引き続きよろしく"
    result = assess(text)
    assert result.outcome != "scam"
    assert result.scam_probability == NEW_NUMBER_CAP
    assert result.reasons == (NEW_NUMBER_ONLY,)
    assert result.as_record()["reasons"] == [NEW_NUMBER_ONLY]
    assert "new_number" in {flag.code for flag in result.red_flags}  # the text says it
    assert sum(result.outcome_probabilities.values()) == pytest.approx(1.0, abs=1e-5)
    assert all(p <= NEW_NUMBER_CAP for label, p in result.labels.items() if label != "not_scam")


def test_hi_mum_alone_is_an_address_not_a_story() -> None:
    # "Hi Mum" is a family_emergency cue; with nothing else it is how a child writes.
    assert new_number_only(
        "Hi Mum, this is my new number, save it",
        find_evidence("Hi Mum, this is my new number, save it"),
    )
    text = "Hi Mum, this is my new number, I'm in trouble"
    assert not new_number_only(text, find_evidence(text))


@pytest.mark.parametrize(
    "text",
    [
        "My new number is 07700 900123, pay the deposit to sort code 20-00-00 acct 12345678",
        "New number! Login at http://bit.ly/abc to keep your account",
        "New number, my telegram is @mike_2024",
        "新しい番号です。認証コードを教えて",
    ],
)
def test_an_account_link_handle_or_code_request_is_more_than_a_new_number(text: str) -> None:
    assert not new_number_only(text, find_evidence(text))


def test_only_messages_are_capped() -> None:
    text = "新しい番号です！080-1111-2222 LINEはそのままなので引き続きよろしく"
    assert NEW_NUMBER_ONLY not in assess(text, kind="report").reasons


def test_one_message_and_a_batch_agree() -> None:
    texts = [text for _, text in ORDINARY[:4] + SCAMS[:4]]
    assert [a.as_record() for a in assess_many(texts)] == [assess(t).as_record() for t in texts]
