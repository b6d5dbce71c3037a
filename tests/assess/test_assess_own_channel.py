"""Only the organisation's own channels (tipoff.assess.own_channel): a bill, card alert or
government notice that sends the reader to the official site, app, counter or the number on
the card cannot hand anything to a scammer; the same wording with a number, another host, an
account, a code request or a payment nobody can route stays with the model. Every message
here was written for this test."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.own_channel import OWN_CHANNEL, OWN_CHANNEL_CAP, own_channel_only
from tipoff.assess.redflags import find_evidence
from tipoff.check.verdict import check_text

OWN_CHANNEL_NOTICES = [
    (
        "en",
        "Northwind Water: your quarterly bill of $84.20 is due on "
        "3 March. Pay in the Northwind Water app or at any branch.",
    ),
    (
        "en",
        "Passport Office: we have your renewal application. "
        "Follow its progress at gov.uk/track-passport-application",
    ),
    ("en", "Brightgas: your meter reading is due this week. Submit it at brightgas.com/meter"),
    (
        "ja",
        "【東和カード】12月分のご請求額が確定しました。明細は公式アプリでご覧いただけます。お支払いは27日です。",
    ),
    ("zh", "【某某银行】您尾号的信用卡本期账单已出，请于25日前通过手机银行或官方APP还款。"),
    (
        "ko",
        "[한빛카드] 이번 달 결제 예정 금액은 412,000원입니다. "
        "공식 앱에서 확인하시고 결제해 주세요.",
    ),
    ("th", "ค่าน้ำประปาเดือนนี้ 356 บาท กรุณาชำระภายในวันที่ 15 ผ่านแอปทางการหรือเคาน์เตอร์ที่ร่วมรายการ"),
    (
        "vi",
        "Hóa đơn tiền nước tháng này là 245.000đ, vui lòng thanh toán "
        "trước ngày 20 tại quầy giao dịch hoặc ứng dụng chính thức.",
    ),
    (
        "id",
        "Tagihan air bulan ini Rp218.000. Silakan bayar sebelum "
        "tanggal 15 di aplikasi resmi atau loket resmi terdekat.",
    ),
    (
        "tl",
        "Ang bill mo sa tubig ngayong buwan ay PHP 640. Magbayad bago "
        "ang ika-15 sa opisyal na app o sa accredited payment centers.",
    ),
]

# The same kinds of wording, but routed to the scammer or asking for what a reply can carry.
NOT_OWN_CHANNEL = [
    (
        "en",
        "Northwind Water: your bill is overdue, pay now at "
        "northwind-water-pay.com to avoid disconnection",
    ),
    ("en", "Your card was used abroad. If this was not you call 0800 555 0199 now"),
    ("en", "Your electricity will be cut today. Transfer the amount due to account 12345678 now"),
    ("en", "Bank notice: reply with the 6-digit code we just sent you to keep your account open"),
    ("ja", "未納料金があります。本日中にお支払いください。"),
    ("ko", "고객님 요금이 미납되었습니다. 오늘 안에 010-2345-6789로 연락 주세요"),
    ("id", "Tagihan Anda menunggak, transfer sekarang ke rekening 0123456789 a.n. Budi"),
    ("tl", "May utang ka sa kuryente. Magbayad ngayon o puputulin ang serbisyo mo."),
]


@pytest.mark.parametrize(("language", "text"), OWN_CHANNEL_NOTICES)
def test_a_notice_that_sends_the_reader_to_its_own_channel(language: str, text: str) -> None:
    assert own_channel_only(text, find_evidence(text)), (language, text)
    result = assess(text)
    assert result.outcome != "scam"
    if OWN_CHANNEL in result.reasons:
        assert result.scam_probability <= OWN_CHANNEL_CAP


@pytest.mark.parametrize(("language", "text"), NOT_OWN_CHANNEL)
def test_a_notice_routed_elsewhere_is_left_to_the_model(language: str, text: str) -> None:
    assert not own_channel_only(text, find_evidence(text)), (language, text)


def test_a_lookalike_of_the_senders_domain_is_no_own_channel() -> None:
    text = "Brightgas: your meter reading is overdue. Submit it at brightgas-meter.com today"
    assert not own_channel_only(text, find_evidence(text))


def test_the_check_page_says_why() -> None:
    text = "[한빛카드] 해외 승인 58,000원. 본인 사용이 아니면 카드 뒷면 번호로 연락 주세요"
    result = assess(text)
    if OWN_CHANNEL in result.reasons:
        checked = check_text(
            text, "message", lambda _t, _k: result, lambda _t: [], lambda _k: set()
        )
        assert checked.own_channel_only
        assert checked.verdict != "likely_scam"


def test_an_operators_top_up_offer_names_the_operator() -> None:
    """ "Top up and get more" from the operator named at the start is topped up through the
    operator; a task scam's "top up first to withdraw your earnings" names no sender."""
    offer = "Skyline Mobile: top up $3 today and get 50% extra credit"
    assert own_channel_only(offer, find_evidence(offer))
    task = "Task 30 done! To withdraw your earnings you must top up 200 USD first"
    assert not own_channel_only(task, find_evidence(task))


@pytest.mark.parametrize(
    "text",
    [
        "SwiftShip: Paket SW1234567890 sedang diantar oleh kurir Andi (0813-2222-3333) hari ini.",
        "Giao Nhanh: Don hang cua ban dang duoc giao, shipper Long 0913222333 se lien he ban.",
    ],
)
def test_a_couriers_number_in_a_delivery_notice_is_the_carriers_own(text: str) -> None:
    assert own_channel_only(text, find_evidence(text))


def test_a_courier_who_wants_money_is_left_to_the_model() -> None:
    text = (
        "SwiftShip: paket SW1234567890 tertahan. Hubungi kurir Andi 0813-2222-3333 "
        "untuk bayar ongkir ke rekening"
    )
    assert not own_channel_only(text, find_evidence(text))
