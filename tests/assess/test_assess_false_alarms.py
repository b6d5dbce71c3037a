"""False scam alarms on ordinary messages and promotions (issue 16): a seller's offer reached by
phone or at its own site is a promotion (offers.py); duty paid to the courier or at the post
office goes to the organisation itself (own_channel.py); money asked for into the account the
reader already pays into comes from someone the reader knows (usual_account.py); a warning
about a scam that gives no channel describes the scam, it is none (scam_warning.py); "1인" is
a per-person share in Korean (shared_expense.py). The scam versions of each, with a chat app, an
account number, another link or a new account, keep the model's answer. Every message here
was written for this test (falsealarms, 2026-12-06); the model called each ordinary one a scam
before these rules."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.asks import NO_ASK_CAP
from tipoff.assess.offers import COMMERCIAL_OFFER, commercial_offer
from tipoff.assess.own_channel import OWN_CHANNEL, own_channel_only
from tipoff.assess.promotion import PROMOTION_CAP
from tipoff.assess.redflags import find_evidence
from tipoff.assess.scam_warning import SCAM_WARNING, scam_warning
from tipoff.assess.shared_expense import shared_expense
from tipoff.assess.usual_account import USUAL_ACCOUNT, usual_account

OFFERS = [
    "Sunrise Towers: ផ្ទះល្វែងថ្មី តម្លៃចាប់ពី $72,000 បង់រំលស់ 0% ។ ទំនាក់ទំនង 012 777 456",
    "Condo sa Pasig, 10% DP lang! Ready for occupancy. Tawag o text 0917-222-3344",
    "Greenhills Homes: Own a townhouse for PHP 18K/month! Reserve now for PHP 25,000. "
    "Call 0918 765 4321",
]

# Offers with a scam's tell: a chat app, a cheap or hyphenated domain, a shortened or
# lookalike link, a log-in request, an account to pay into.
NOT_OFFERS = [
    "Big sale 70% off iPhone 15, limited stock! Order via WhatsApp +63 917 555 0101",
    "Winter sale 50% off! Shop now at uniqlo-sale.top",
    "UNIQLO: Winter sale 50% off! Log in to claim your voucher at uniqlo.com.voucher-claim.xyz",
    "Flash sale 80% off today only, shop now bit.ly/3xYz12a",
    "Condo sale from PHP 12K/month, reserve now: transfer PHP 20,000 to BDO 0012 3456 7890",
    "Cebu Pacific: PISO SALE! Fares from ₱1, book at cebupacific-promo.com",
]

DUTY_IN_PERSON = [
    "PHLPost: May import duty na PHP 380.00 ang parcel mo RR987654321US. "
    "Bayaran sa post office pag-claim.",
    "【日本郵便】海外からの小包（CP987654321DE）に関税1,800円がかかります。"
    "お届けの際に配達員へお支払いください。",
    "[우체국] 해외 소포(EMS EE987654321JP)에 관세 8,900원이 부과되었습니다. "
    "배달 시 집배원에게 납부해 주세요.",
    "Bưu điện: Bưu phẩm EE987654321KR phải nộp thuế nhập khẩu 150.000đ, "
    "thanh toán khi nhận hàng cho nhân viên giao hàng.",
]

DUTY_ELSEWHERE = [
    "Post Office: Your parcel is held for import duty of GBP 2.99. Pay now at "
    "royalmail-duty.com or it will be returned.",
    "PHLPost: May import duty na PHP 380.00 ang parcel mo. I-GCash sa 0917 123 4567 "
    "bago i-claim sa post office.",
    "[우체국] 해외 소포에 관세 8,900원이 부과되었습니다. 배달 시 납부하시거나 "
    "신한 110-123-456789로 입금해 주세요.",
]

USUAL = [
    "อาทิตย์นี้ค่าเช่าห้อง 5,500 บาท โอนเข้าบัญชีเดิมได้เลยนะคะ",
    "ប្អូនខ្ចីលុយ $50 សិន ចុងខែសងវិញ ផ្ញើចូល ABA ដដែល",
    "Bu, aku pinjam 500 ribu dulu ya, gajian nanti aku ganti. Transfer ke rekening yang biasa aja",
]

NOT_USUAL = [
    "Mum, my phone broke, this is my new number. Can you send $900 to my friend's account "
    "12-3456-7890? I'll pay you back",
    "Mẹ ơi con đổi số rồi, tài khoản cũ bị khóa, mẹ chuyển 5 triệu vào tài khoản mới giúp con",
    "Landlord here: rent is due, please send $1,450 to my new account today, not the usual one",
    "お父さん、2万円貸してほしい。いつもの口座じゃなくて、この口座にお願い 1234567",
    "Bu, transfer 500 ribu ke rekening yang biasa ya, terus kirim kode OTP yang masuk ke aku",
]


@pytest.mark.parametrize("text", OFFERS)
def test_an_offer_by_phone_is_a_promotion(text: str) -> None:
    result = assess(text)
    assert result.outcome == "spam"
    assert result.scam_probability <= PROMOTION_CAP
    assert COMMERCIAL_OFFER in result.reasons


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_an_offer_with_a_scam_tell_is_no_plain_offer(text: str) -> None:
    assert not commercial_offer(text, find_evidence(text))
    assert COMMERCIAL_OFFER not in assess(text).reasons


def test_an_offer_links_to_the_site_it_names() -> None:
    named = "ZOZOTOWN ブラックフライデー 最大70%OFF！今すぐチェック→ zozo.jp"
    assert commercial_offer(named, find_evidence(named))
    other = "ZOZOTOWN ブラックフライデー 最大70%OFF！今すぐチェック→ zozotown-sale.com"
    assert not commercial_offer(other, find_evidence(other))


@pytest.mark.parametrize("text", DUTY_IN_PERSON)
def test_duty_paid_where_the_parcel_is_handed_over_is_no_scam(text: str) -> None:
    result = assess(text)
    assert result.outcome != "scam"
    assert OWN_CHANNEL in result.reasons


@pytest.mark.parametrize("text", DUTY_ELSEWHERE)
def test_duty_paid_to_a_link_number_or_account_stays_with_the_model(text: str) -> None:
    assert not own_channel_only(text, find_evidence(text))


@pytest.mark.parametrize("text", USUAL)
def test_money_to_the_usual_account_is_at_most_suspicious(text: str) -> None:
    result = assess(text)
    assert result.outcome != "scam"
    assert result.scam_probability <= NO_ASK_CAP
    assert USUAL_ACCOUNT in result.reasons


@pytest.mark.parametrize("text", NOT_USUAL)
def test_money_to_a_new_or_given_account_stays_with_the_model(text: str) -> None:
    assert not usual_account(text, find_evidence(text))
    assert USUAL_ACCOUNT not in assess(text).reasons


def test_korean_one_person_share_is_a_shared_expense() -> None:
    text = (
        "이번 주말 등산 모임 회비 1인 3만원입니다~ 총무 계좌 국민 123456-01-234567 (김민수) "
        "목요일까지 부탁드려요"
    )
    assert shared_expense(text, find_evidence(text))


WARNINGS = [
    "ระวังมิจฉาชีพ! มีคนโทรมาอ้างเป็นเจ้าหน้าที่ธนาคาร ให้ติดตั้งแอปและโอนเงินไปบัญชีปลอดภัย "
    "อย่าหลงเชื่อนะ ส่งต่อให้พ่อแม่ด้วย",
    "【詐欺に注意】警察を名乗る電話で「あなたの口座が犯罪に使われている」と言われ、"
    "LINEのビデオ通話に誘導される手口が増えています。",
]

# A warning's words beside a channel to the scammer, or a request for a code.
NOT_WARNINGS = [
    "Beware of scams! Your account is compromised, call our security team now at 0917 123 4567",
    "Don't believe the rumours, send your OTP code to verify your account is safe",
    "千万别信别人，把钱转到这个安全账户 6222 0212 3456 7890，我是公安局的",
    "ระวังมิจฉาชีพ! บัญชีของท่านถูกระงับ ยืนยันตัวตนที่ scb-verify.top",
]

# Scammers impersonate anti-fraud bodies: their names are no warning.
IMPERSONATED_WARNERS = [
    "我是市公安局反诈中心的民警，你的账户涉嫌洗钱，请把资金转到安全账户配合调查，不要告诉任何人",
    "Scam alert from your bank: we have frozen your card. Reply with the code we sent "
    "to unfreeze it",
]


@pytest.mark.parametrize("text", WARNINGS)
def test_a_warning_without_a_channel_is_no_scam(text: str) -> None:
    result = assess(text)
    assert result.outcome != "scam"
    assert SCAM_WARNING in result.reasons


@pytest.mark.parametrize("text", IMPERSONATED_WARNERS)
def test_an_anti_fraud_body_named_is_no_warning(text: str) -> None:
    assert not scam_warning(text, find_evidence(text))


@pytest.mark.parametrize("text", NOT_WARNINGS)
def test_a_warning_with_a_channel_or_a_code_request_stays_with_the_model(text: str) -> None:
    assert not scam_warning(text, find_evidence(text))
