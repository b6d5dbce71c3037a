"""A share of a shared expense (tipoff.assess.shared_expense): friends splitting a bill ask for
money to an account, with an amount per person; that is no scam in any language, while a money
request without a per-person share, or with a link, a code or an investment, is left to the
model. Every message here was written for this test."""

from __future__ import annotations

import pytest

from tipoff.assess import assess, assess_many
from tipoff.assess.asks import NO_ASK_CAP
from tipoff.assess.lexicon import LEXICON_LANGUAGES
from tipoff.assess.redflags import find_evidence
from tipoff.assess.shared_expense import SHARED_EXPENSE, shared_expense

# (language, a bill split among friends or colleagues)
SPLITS = [
    ("en", "Dinner last night was £23.50 per person, pay me to Monzo 04-00-04 12345678"),
    (
        "ja",
        "送別会の会費、一人4,000円です。下記口座にお願いします 三井住友銀行 新宿支店 普通 7654321",
    ),
    ("zh", "昨天聚餐每人128元，转账到我工行卡6222 0212 3456 7890就行"),
    ("ko", "지난주 워크숍 숙소비 1인당 45,000원입니다. 신한 110-123-456789 박지수로 보내주세요"),
    ("th", "ค่าเช่ารถไปเที่ยวคนละ 850 บาท โอนเข้าบัญชีกสิกร 123-4-56789-0 นะ"),
    ("vi", "Hôm qua ăn lẩu mỗi người 150k nhé, chuyển khoản cho mình qua Vietcombank 0123456789"),
    ("id", "Arisan bulan ini 100rb per orang ya ibu-ibu, transfer ke BCA 8765432109 a.n. Sri"),
    ("km", "ម្សិលមិញញ៉ាំបាយ ម្នាក់ $5 ផ្ទេរមក ABA 012 345 678"),
    ("tl", "Sa outing natin, 350 bawat isa. I-transfer sa BPI 1234 5678 90 ni Joy"),
]

# Money requests that are not a share of a shared expense, or that carry more than one.
NOT_SPLITS = [
    # no per-person share
    "Please transfer 28,000 won to Kakao Bank 3333-01-5528714 today",
    "下記口座に4,000円を振り込んでください 三井住友銀行 新宿支店 普通 7654321",
    # a per-person amount paid to the reader: a fake flight-delay compensation
    "您的航班已取消，每位旅客补偿3000元，请联系4008123456办理",
    # a link, a code, a sign-up or an investment beside the share
    "Group trip deposit 500 peso per person, register at http://bit.ly/trip2026",
    "每人缴纳300元保证金，即可领取5000元补贴，转账至账户6222021234567890",
    "Investment club: each of us puts $500 per person, transfer to 12345678 and double it",
    "1인당 5만원, 인증번호 보내주시고 110-123-456789로 입금해주세요",
]


def test_every_language_has_a_split() -> None:
    assert {language for language, _ in SPLITS} == set(LEXICON_LANGUAGES)


@pytest.mark.parametrize(("language", "text"), SPLITS, ids=[lang for lang, _ in SPLITS])
def test_a_bill_split_is_a_shared_expense(language: str, text: str) -> None:
    assert shared_expense(text, find_evidence(text))


@pytest.mark.parametrize(("language", "text"), SPLITS, ids=[lang for lang, _ in SPLITS])
def test_a_bill_split_is_not_a_scam(language: str, text: str) -> None:
    result = assess(text)
    assert result.outcome != "scam"
    assert result.scam_probability <= NO_ASK_CAP


@pytest.mark.parametrize("text", NOT_SPLITS)
def test_other_money_requests_are_not_a_shared_expense(text: str) -> None:
    assert not shared_expense(text, find_evidence(text))
    assert SHARED_EXPENSE not in assess(text).reasons


def test_a_split_the_model_calls_a_scam_is_capped_and_says_why() -> None:
    text = "어제 회식비 1인당 31,000원이요~ 카카오뱅크 3333-02-1234567 이민수로 보내주세요!"
    result = assess(text)
    assert result.outcome != "scam"
    assert result.reasons == (SHARED_EXPENSE,)
    assert result.scam_probability == NO_ASK_CAP
    assert all(p <= NO_ASK_CAP for label, p in result.labels.items() if label != "not_scam")


def test_only_messages_are_capped() -> None:
    text = "어제 회식비 1인당 31,000원이요~ 카카오뱅크 3333-02-1234567 이민수로 보내주세요!"
    assert SHARED_EXPENSE not in assess(text, kind="report").reasons


def test_one_message_and_a_batch_agree() -> None:
    texts = [text for _, text in SPLITS] + NOT_SPLITS
    assert [a.as_record() for a in assess_many(texts)] == [assess(t).as_record() for t in texts]
