"""Negated requests (tipoff.assess.negation): "never share this code" is a warning, "send me
the code you got" is a request, in every lexicon language."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.asks import asks_or_reaches
from tipoff.assess.lexicon import LEXICON_LANGUAGES, flag_codes
from tipoff.assess.negation import negatable_codes, negation_rules, negation_words
from tipoff.assess.redflags import find_evidence

CODE_CUES = frozenset({"code_share_request", "otp_request"})

# (language, a code notice that says not to share the code, a request for the code): written
# for this test; each notice holds a code-share cue of its language under a negation.
NOTICE_AND_REQUEST = [
    (
        "en",
        "Your Maybank code is 839201. Never send the code you received to anyone, not even us.",
        "Hi, I sent you a code by mistake. Send me the code you received please.",
    ),
    (
        "ja",
        "認証コードは482913です。この認証コードを送ってはいけません。",
        "さっき届いた認証コードを送って。急いでるの",
    ),
    (
        "zh",
        "验证码552913，请勿向任何人提供验证码。",
        "快把验证码发给我，我急用",
    ),
    (
        "ko",
        "[Web발신] 인증번호 [482019] 타인에게 인증번호 알려주지 마세요.",
        "방금 문자로 받은 인증번호 알려줘",
    ),
    (
        "th",
        "รหัส OTP 118204 ห้ามบอกรหัส OTP แก่ผู้อื่น",
        "ช่วยบอกรหัส OTP ที่ได้รับทาง SMS ให้หน่อย",
    ),
    (
        "vi",
        "Mã OTP của bạn là 771920. Tuyệt đối không cung cấp mã OTP cho bất kỳ ai.",
        "Em gửi mã OTP vừa nhận cho anh nhé",
    ),
    (
        "id",
        "Kode OTP 290011. JANGAN berikan kode OTP kepada siapa pun termasuk petugas bank.",
        "Tolong berikan kode OTP yang barusan masuk ke HP kamu",
    ),
    (
        "km",
        "លេខកូដ OTP របស់អ្នកគឺ 551203 ។ សូមកុំប្រាប់លេខកូដនេះទៅនរណាម្នាក់ឡើយ។",
        "សូមផ្ញើលេខកូដ OTP ដែលអ្នកទើបទទួលបានមកខ្ញុំភ្លាមៗ",
    ),
    (
        "tl",
        "Ang OTP mo ay 662019. Huwag ibigay ang OTP kahit kanino.",
        "Pakisend naman, ibigay mo ang code na natanggap mo",
    ),
]


def _codes(text: str) -> set[str]:
    return {flag.code for flag in find_evidence(text).red_flags}


def test_every_lexicon_language_has_negation_words() -> None:
    words = negation_words()
    assert set(words) == set(LEXICON_LANGUAGES)
    assert set(negation_rules()) == set(LEXICON_LANGUAGES)
    for language, kinds in words.items():
        assert kinds["before"] or kinds["after"], language
        assert kinds["conditions"] and kinds["cancels"], language
    assert negatable_codes() <= set(flag_codes())
    assert "secrecy" not in negatable_codes()  # its cues are negations ("don't tell anyone")


@pytest.mark.parametrize(("language", "notice", "ask"), NOTICE_AND_REQUEST)
def test_a_negated_code_cue_is_no_request_and_a_real_request_still_is(
    language: str, notice: str, ask: str
) -> None:
    assert not _codes(notice) & CODE_CUES, language
    assert assess(notice).outcome != "scam", language
    assert "code_share_request" in _codes(ask), language


def test_the_khmer_bank_code_notice_is_not_a_scam() -> None:
    # "Your OTP is 482913. Please do not tell this code to anyone. ABA Bank" (0.65 before).
    notice = "លេខកូដ OTP របស់អ្នកគឺ 482913 ។ សូមកុំប្រាប់លេខកូដនេះទៅអ្នកដទៃ។ ABA Bank"
    result = assess(notice)
    assert result.outcome != "scam"
    assert not {flag.code for flag in result.red_flags} & CODE_CUES


@pytest.mark.parametrize(
    "text",
    [
        "If you do not send me the code now your account will be closed",
        "ถ้าไม่ส่งรหัสให้ บัญชีจะถูกระงับ",  # "if you don't send the code…" (a threat)
        "Nếu không gửi mã OTP trong 5 phút tài khoản sẽ bị khóa",
    ],
)
def test_a_negation_after_a_condition_is_a_threat_and_the_request_stands(text: str) -> None:
    assert "code_share_request" in _codes(text) or "otp_request" in find_evidence(text).codes


@pytest.mark.parametrize(
    "text",
    [
        "Don't forget to send me the code you got",
        "Jangan lupa kirim kode OTP ke saya ya",
        "อย่าลืมบอกรหัส OTP ให้พี่นะ",
    ],
)
def test_a_negated_other_word_leaves_the_request(text: str) -> None:
    assert "code_share_request" in _codes(text)


def test_a_negation_in_another_clause_does_not_reach_the_cue() -> None:
    assert "code_share_request" in _codes("I'm not kidding, send me the code now")
    assert "code_share_request" in _codes("ห้ามบอกใคร ส่งรหัสให้ด้วย")


def test_no_fee_is_no_fee_request() -> None:
    # A Korean ad for a Dubai hotel post that says "no fee": the bare 수수료 (fee) was read as
    # an upfront-fee request.
    text = "두바이 호텔 객실 청소 직원 모집, 수수료 없음, 숙소 제공"
    assert "upfront_fee" not in find_evidence(text, kind="job_ad", language="ko").codes
    assert "upfront_fee" in find_evidence("등록 수수료 5만원을 먼저 입금하세요").codes


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("This is an automated notice from your bank. Please do not reply.", False),
        ("This is a notice from your bank. Please reply today.", True),
        ("本通知为系统自动发送，请勿回复", False),
    ],
)
def test_a_negated_ask_word_asks_nothing(text: str, asks: bool) -> None:
    assert asks_or_reaches(text) is asks


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # A card company's "we will never ask for your PIN" ("…ことはありません": the negation
        # stands after the verb, beyond the plain window): a warning, not a request.
        ("カード会社からSMSで暗証番号をお尋ねすることはありません。", True),
        ("当社が暗証番号をお聞きすることは一切ございません。", True),
        ("暗証番号を教えてください。すぐに確認します。", False),
    ],
)
def test_japanese_we_will_never_ask_is_a_warning(text: str, negated: bool) -> None:
    assert ("otp_request" in _codes(text) or "~otp_request" in find_evidence(text).codes) is (
        not negated
    )
