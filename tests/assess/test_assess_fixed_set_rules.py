"""The general rules behind the fixed sets' known misses of 2026-12-07 (fixedsets), each tested
on phrasings written for this test (not the fixed-set rows, not from a blind or public set):

- urgent work is no urgency (``work_urgency.py``);
- a sentence that reports a payment done asks for no money; "cannot log in" asks no login
  (``asks.py`` statements);
- a bill from the sender named at the start that gives no channel is paid where the reader
  always pays it (``own_channel.py``);
- six scam pitches raise P(scam) to the floor (``scam_moves.scam_pitch``);
- a government health insurer's or pension fund's name in a link that is not its own is a
  lookalike (``data/brands.json``).
"""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.asks import no_ask
from tipoff.assess.own_channel import own_channel_only
from tipoff.assess.redflags import find_evidence
from tipoff.assess.scam_moves import SCAM_MOVE_FLOOR, scam_pitch


@pytest.mark.parametrize(
    "text",
    [
        "Off sick today, I've handed my urgent tasks to Sam",
        "今日は体調不良で休みます。急ぎの案件は田中さんに引き継ぎました",
        "Saya izin sakit hari ini, kerjaan urgent sudah saya serahkan ke Rina",
        "ខ្ញុំឈឺ ការងារបន្ទាន់ខ្ញុំផ្ញើទៅបងសុខាហើយ",
    ],
)
def test_urgent_work_is_no_urgency(text: str) -> None:
    assert "urgency" not in find_evidence(text).codes


@pytest.mark.parametrize(
    "text",
    [
        "URGENT: your account will be closed today, pay the fee now",
        "ด่วน! บัญชีของท่านจะถูกระงับ กรุณาชำระเงินทันที",
    ],
)
def test_urgency_at_the_reader_stays(text: str) -> None:
    assert "urgency" in find_evidence(text).codes


@pytest.mark.parametrize(
    "text",
    [
        "Your loan instalment payment of $180 has been deducted from your account",
        "Cicilan bulan Mei Rp 1.200.000 telah didebet dari rekening Anda",
        "BDO: Na-credit na ang deposit na P5,000 sa savings mo, nailipat na rin ang interest",
        "Scheduled maintenance tonight 11pm to 1am: you cannot log in during this time",
        "오늘 밤 11시부터 1시까지 시스템 점검으로 로그인할 수 없습니다",
    ],
)
def test_a_reported_payment_or_outage_asks_nothing(text: str) -> None:
    assert no_ask(text, find_evidence(text).codes)


@pytest.mark.parametrize(
    "text",
    [
        # A money word in another sentence is still an ask.
        "Your deposit has been credited. Please pay the processing fee now.",
        "Your payment has been deducted. Transfer the remaining $200 to account 4481902377",
        "Angsuran telah didebet. Silakan transfer sisa tagihan hari ini.",
    ],
)
def test_a_request_beside_a_report_still_asks(text: str) -> None:
    assert not no_ask(text, find_evidence(text).codes)


@pytest.mark.parametrize(
    "text",
    [
        "Meralco: Your bill of P2,450 is due on June 5. Please pay on time.",
        "EVN: Hóa đơn tiền điện tháng 5 là 612.000đ, vui lòng thanh toán trước ngày 15",
        "Telkomsel: Tagihan bulan ini Rp 215.000, mohon bayar sebelum jatuh tempo",
    ],
)
def test_a_named_senders_bill_without_a_channel(text: str) -> None:
    assert own_channel_only(text, find_evidence(text))


@pytest.mark.parametrize(
    "text",
    [
        "PLN: Tagihan listrik Rp 452.300, bayar ke rekening 1234567890 a.n. Budi",
        "Meralco: Your bill of P2,450 is due, pay via 09171234567 GCash today",
        "Mum: send me 5000 now please",
    ],
)
def test_a_bill_with_another_channel_or_no_bill(text: str) -> None:
    assert not own_channel_only(text, find_evidence(text))


@pytest.mark.parametrize(
    "text",
    [
        # a refund through an install or a scan
        "Hi, this is Lazada customer service. Your order was charged twice; scan the QR code "
        "and download our app to receive your refund.",
        "Shopee: Bạn được hoàn tiền 450.000đ, vui lòng quét mã QR và tải ứng dụng để nhận tiền",
        # an account bought or rented for money
        "Beli rekening nganggur Rp 2 juta per rekening, cukup serahkan buku tabungan dan kartu ATM",
        "收购银行卡 一张2000元 当天结算",
        # a device alert with a number
        "Your computer has been infected. Call Microsoft support at 1-888-555-0147 now",
        "Perangkat Anda terinfeksi virus. Hubungi dukungan teknis 021-5550-1987 sekarang",
        "경고: 휴대폰이 바이러스에 감염되었습니다. 고객센터 02-555-0192로 즉시 전화하세요",
        # an investment pitch on a chat app
        "Join our free VIP stock club on Telegram, Professor Lee's picks made 40% last month",
        "Tham gia nhóm chứng khoán miễn phí qua Zalo 0912345678, thầy hướng dẫn lãi 30%/tháng",
        # a customs duty demanded by an authority
        "海关总署：您的包裹欠缴进口关税320元，请于今日内缴纳，否则将被没收",
        "กรมศุลกากร แจ้งพัสดุของท่านมีภาษีนำเข้าค้างชำระ 1,200 บาท กรุณาชำระภายในวันนี้",
        "[관세청] 고객님의 해외직구 물품 관세 38,000원이 미납되었습니다. "
        "오늘까지 납부하지 않으면 폐기됩니다",
        "Bureau of Customs: your package has unpaid import tax of P1,850. "
        "Pay today or it will be seized",
        # a persona abroad who needs money
        "Hello dear, I am a doctor in Syria. I need $2,500 for my leave papers to come see you",
        "ที่รัก ผมเป็นหมออยู่ซีเรีย ต้องการเงิน 30,000 บาทเป็นค่าตั๋วกลับไปหาคุณ",
        "Sayang, aku dokter di Suriah, tolong kirim Rp 10 juta untuk tiket pulang",
    ],
)
def test_scam_pitches(text: str) -> None:
    assert scam_pitch(text, find_evidence(text))
    result = assess(text)
    assert result.outcome == "scam"
    assert result.scam_probability >= SCAM_MOVE_FLOOR


@pytest.mark.parametrize(
    "text",
    [
        # the refund goes back to the payment method: no install
        "Lazada: your refund of P450 has been sent back to your original payment method",
        # duty paid to the courier on delivery
        "กรมศุลกากร: พัสดุของท่านมีภาษีนำเข้า 320 บาท ชำระกับพนักงานส่งเมื่อได้รับของ",
        # duty to see at the customs office's own site
        "[관세청] 해외직구 물품 관세 38,000원 납부 안내: unipass.customs.go.kr 에서 확인하세요",
        # an alert without a number to call
        "Windows Defender: a virus was detected and removed. No action is needed.",
        # a stock club with no chat app
        "The university investment club meets on Thursday at 6pm in room 204",
        # a persona abroad who asks for nothing
        "My cousin is a doctor in Syria now, he says hello to everyone",
    ],
)
def test_no_scam_pitch(text: str) -> None:
    assert not scam_pitch(text, find_evidence(text))


def test_a_warning_about_a_pitch_is_left_to_the_model() -> None:
    text = "注意防骗！收购银行卡一张3000元的都是诈骗，千万别信"
    assert scam_pitch(text, find_evidence(text))
    assert assess(text).outcome != "scam"


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("[국민건강보험] 건강보험료 환급 안내 https://nhis-refund.top", "NHIS"),
        ("PhilHealth: Claim your refund at philhealth-benefits.xyz", "PhilHealth"),
        ("BPJS Kesehatan: iuran Anda tertunggak, cek di bpjs-cek.icu", "BPJS"),
        ("日本年金機構：年金の追加支給があります nenkin-kyufu.shop", "Japan Pension Service"),
    ],
)
def test_health_insurer_lookalikes(text: str, brand: str) -> None:
    flags = [flag for flag in find_evidence(text).red_flags if flag.code == "brand_lookalike_link"]
    assert flags and brand in flags[0].explanation
    assert assess(text).outcome == "scam"


@pytest.mark.parametrize(
    "text",
    [
        "[국민건강보험] 건강검진 대상자입니다. 검진기관 조회: www.nhis.or.kr",
        "PhilHealth: Your contribution for May is posted. View it at www.philhealth.gov.ph",
    ],
)
def test_health_insurers_own_sites(text: str) -> None:
    assert "brand_lookalike_link" not in find_evidence(text).codes
