"""A contact on a chat app (tipoff.assess.chat_contact): a chat app named in passing is no
red flag in a message; a handle, an ID, a number, a "via" or an invitation to add or move
beside the name is. Every message here was written for this test."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.redflags import find_evidence

MESSENGER = "messenger_contact"

# The app named, nobody asked to find the sender there: a code sent by the app, the app kept,
# a request to use the app both already use, photos in a group.
NAMED_ONLY = [
    ("en", "Your Telegram login code is 55120. Never give it to anyone."),
    ("en", "Running late, ping me on the usual WhatsApp group if the room changes"),
    ("ja", "明日は午後から出社します。急ぎの件はLINEください。"),
    ("zh", "照片我已经发到微信群里了，大家看一下"),
    ("ko", "오늘은 외근입니다. 급하면 카톡 주세요"),
    ("th", "รูปงานเลี้ยงอยู่ในกลุ่มไลน์แล้วนะ"),
    ("vi", "Zalo gửi bạn mã đăng nhập 448120, có hiệu lực trong 5 phút"),
    ("id", "Kode OTP WhatsApp kamu 311-902. Jangan kasih tahu siapa pun."),
    ("tl", "Nasa Viber group na yung mga litrato kagabi"),
]

# A way to find the sender on the app, or an invitation to move there.
CONTACTS = [
    ("en", "For the refund please add me on Telegram, my ID is fastrefund_desk"),
    ("en", "Contact our agent via WhatsApp +44 7700 900555 to release the parcel"),
    ("ja", "詳細はLINE ID: kabu_sensei2 までご連絡ください"),
    ("zh", "请加我微信 wx_8821 领取返利"),
    ("ko", "상담은 카카오톡으로 연락 주세요"),
    ("th", "สนใจแอดไลน์ @richjob99 ได้เลย"),
    ("vi", "Liên hệ qua Zalo 0987 111 222 để nhận hỗ trợ"),
    ("id", "Untuk pembayaran hubungi petugas lewat WhatsApp sekarang"),
    ("km", "សូមទាក់ទងតាម Telegram @khmerbonus"),
    ("tl", "Mag-message ka sa Viber 0917 222 3333 para sa detalye"),
    ("zh", "有问题请找客服，微信 kefu_lina 随时在线"),
    ("vi", "Zalo: zalo.me/84901234567 nhắn mình nhé"),
]


@pytest.mark.parametrize(("language", "text"), NAMED_ONLY)
def test_a_chat_app_named_in_passing_is_no_red_flag(language: str, text: str) -> None:
    codes = find_evidence(text).codes
    assert MESSENGER not in codes, (language, text)
    assert MESSENGER not in {flag.code for flag in assess(text).red_flags}


@pytest.mark.parametrize(("language", "text"), CONTACTS)
def test_a_contact_on_a_chat_app_is_a_red_flag(language: str, text: str) -> None:
    evidence = find_evidence(text)
    assert MESSENGER in evidence.codes or "messenger_link" in evidence.codes, (language, text)


def test_a_chat_app_in_a_job_ad_is_still_a_lure_sign() -> None:
    """In a job ad a chat-app contact is a lure sign of its own, named or not."""
    text = "Customer service staff wanted in Sihanoukville, high salary, apply through Telegram"
    codes = find_evidence(text, kind="job_ad").codes
    assert MESSENGER in codes


def test_a_colleague_asking_for_a_kakao_message_is_not_a_scam() -> None:
    result = assess("내일 오전에 병원 들렀다가 출근합니다. 급한 건 카톡 주세요")
    assert result.outcome != "scam"
    assert MESSENGER not in {flag.code for flag in result.red_flags}
