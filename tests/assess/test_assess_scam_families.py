"""Cue phrases of the common Vietnamese, Chinese and Korean scam families (docs/red-flags.md),
matched in sentences written for this test: Vietnamese with accents, without them and with
some of them, Chinese in simplified and traditional script. Ordinary messages that share words
with the scams (a Google code, an operator's low-balance notice, a planned power cut, chat)
must not gain the cues."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.fold import strip_marks as _strip_marks
from tipoff.assess.redflags import find_evidence


def _codes(text: str) -> set[str]:
    """Shown and hidden red-flag codes of ``text`` ("~" taken off)."""
    return {code.removeprefix("~") for code in find_evidence(text).codes}


VIETNAMESE = [
    (
        "Tôi là cán bộ điều tra, bạn liên quan đến vụ án rửa tiền, phải chuyển toàn bộ số tiền "
        "vào tài khoản an toàn",
        {"authority_claim", "crime_accusation", "safe_account"},
    ),
    ("Viện kiểm sát đã ra lệnh bắt tạm giam, giữ bí mật điều tra", {"arrest_threat", "secrecy"}),
    ("Chi cục Thuế thông báo ông chưa nộp thuế, tải ứng dụng dịch vụ công", {"unpaid_bill"}),
    ("Điện lực: quý khách nợ tiền điện, sẽ bị cắt điện trong hôm nay", {"unpaid_bill"}),
    ("Vui lòng cập nhật sinh trắc học trước 30/6 để không bị khóa tài khoản", {"verify_account"}),
    ("Hướng dẫn kích hoạt định danh điện tử mức 2 cho người cao tuổi", {"verify_account"}),
    ("Hỗ trợ vay tiêu dùng, chỉ cần căn cước, giải ngân trong ngày", {"loan_offer"}),
    (
        "Khoản vay bị đóng băng do sai số tài khoản, nộp phí xác minh để giải ngân",
        {"withdrawal_fee", "upfront_fee"},
    ),
    ("Tuyển CTV online nhận nhiệm vụ thả tim, hoàn gốc và hoa hồng", {"task_job", "commission"}),
    ("Kết bạn qua Zalo để nhận quà tri ân", {"platform_switch"}),
    ("Chúc mừng quý khách đã trúng giải đặc biệt, nộp phí nhận giải", {"prize_won", "upfront_fee"}),
    ("Mẹ ơi con bị tai nạn đang cấp cứu, cần tiền mổ gấp", {"family_emergency"}),
    ("Giao hàng không thành công, thanh toán phí giao lại tại link", {"parcel_delivery"}),
    ("Shop xin lỗi vì sản phẩm bị lỗi, bên em đền bù cho chị", {"refund_claim"}),
    ("Tài khoản Facebook của bạn vi phạm tiêu chuẩn cộng đồng", {"account_threat"}),
]


@pytest.mark.parametrize(("text", "expected"), VIETNAMESE)
def test_vietnamese_family_cues_with_and_without_accents(text: str, expected: set[str]) -> None:
    assert expected <= _codes(text)
    assert expected <= _codes(_strip_marks(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tài khoản của bạn sẽ bị khoa, vui long cap nhat sinh trac hoc",
        "Tai khoan cua ban sẽ bị khóa, vui lòng cập nhat sinh trắc hoc",
    ],
)
def test_vietnamese_cues_match_with_only_some_accents(text: str) -> None:
    # SMS often carry marks on some words and not on others.
    assert {"account_threat", "verify_account"} <= _codes(text)


def test_a_partly_accented_hit_is_not_counted_twice() -> None:
    flags = [f for f in find_evidence("Tài khoản sẽ bị khóa ngay lập tức").red_flags]
    spans = [(f.start, f.end, f.code) for f in flags]
    assert len(spans) == len(set(spans))


CHINESE = [
    (
        "我是公安机关刑侦民警，你的账户涉嫌洗钱，请转到安全帐户",
        {"crime_accusation", "safe_account"},
    ),
    (
        "您好，這裡是地檢署，您涉嫌洗錢，帳戶將被凍結，請配合偵查不公開",
        {"account_threat", "secrecy"},
    ),
    ("網購客服：系統誤設為批發商，每月重複扣款，請依指示解除分期", {"refund_claim"}),
    ("您开通的百万保障即将自动扣费，请联系客服关闭", {"refund_claim"}),
    ("兼职刷單做任務，按讚就有佣金", {"task_job", "commission"}),
    ("征信受损可修复，无需征信包下款", {"loan_offer"}),
    ("明天上午来我办公室一趟，我是你老板", {"family_emergency"}),
    ("媽，這是我的新號碼，舊的不用了", {"new_number"}),
    ("您的包裹滯留，地址不完整，請點擊連結補運費", {"parcel_delivery", "link_click"}),
    ("提现失败，流水不足，需充值后才能出金", {"withdrawal_fee", "top_up"}),
]


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_family_cues_in_both_scripts(text: str, expected: set[str]) -> None:
    assert expected <= _codes(text)


KOREAN = [
    (
        "서울지검 수사관입니다. 명의도용 사건에 연루되어 안전 계좌로 이체하세요",
        {"crime_accusation"},
    ),
    ("금감원입니다. 체포영장이 발부될 수 있으니 자산 보호 절차를 진행합니다", {"arrest_threat"}),
    ("엄마 나 폰 액정 깨져서 수리 맡겼어. 임시폰이야", {"family_emergency", "new_number"}),
    ("신분증 사진이랑 카드 앞뒷면 찍어서 보내줘", {"id_request"}),
    ("문화상품권 좀 사서 핀번호 보내줄래?", {"pay_gift_card"}),
    ("정부지원 대출 한도 조회, 신용 점수 올리기 작업비 선납", {"loan_offer", "upfront_fee"}),
    ("도로명 주소 불일치로 배송 보류, 아래 링크에서 주소 변경", {"parcel_delivery"}),
    ("교통법규 위반 범칙금 미납 안내", {"unpaid_bill"}),
    ("유튜브 좋아요 누르기 미션 수행 알바, 하루 1시간", {"task_job"}),
    ("통장 임대하실 분, 체크카드 대여 고액 지급", {"mule_recruit"}),
]


@pytest.mark.parametrize(("text", "expected"), KOREAN)
def test_korean_family_cues(text: str, expected: set[str]) -> None:
    assert expected <= _codes(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ma xac minh tai khoan Google cua ban la 123456", {"verify_account"}),
        ("Tai khoan goc con duoi 1000d, vui long nap them tien", {"top_up"}),
        ("Vay tam 6h o quan cafe nhe", {"family_emergency"}),
        ("Mua cho em ma, em cam on", {"code_share_request"}),
        ("Lai moi ngay mot tot hon", {"guaranteed_returns"}),
        ("EVN thông báo tạm ngừng cung cấp điện để bảo dưỡng từ 7h đến 11h", {"unpaid_bill"}),
        ("Chúng tôi đã gửi mã xác thực đến số của bạn", {"code_share_request"}),
        ("急用钱找我们，正规贷款公司", {"family_emergency"}),
        ("警方通报：昨日一男子涉嫌盗窃被刑事拘留", {"crime_accusation", "arrest_threat"}),
        ("[신한카드] 해외결제 승인 120,000원", {"account_threat"}),
        ("내일 회의 중이라 통화 어려워요", {"family_emergency"}),
        ("엄마 나 오늘 늦어. 폰 배터리 없어서 친구 폰으로 연락해", {"new_number"}),
        ("[Web발신] 주문하신 상품이 출고되었습니다. 운송장 번호 1234", {"parcel_delivery"}),
        ("Em ơi chị chuyển nhầm tiền vào tài khoản em, em chuyển lại giúp chị", {"refund_claim"}),
        ("Hôm nay lớp mình hoàn thành nhiệm vụ dọn vệ sinh trước 5h", {"task_job"}),
    ],
)
def test_ordinary_messages_do_not_gain_family_cues(text: str, absent: set[str]) -> None:
    assert not absent & _codes(text)


def test_japanese_lost_phone_money_ask_is_typed_family_impersonation() -> None:
    # The ja lexicon had no lost/broken-phone cue and only the plain "番号が変わった": the type
    # head saw a bank transfer alone and answered romance.
    result = assess("お母さん、携帯を落として番号が変わりました。50万円を振り込んでほしい")
    assert result.outcome == "scam"
    assert result.top_label == "impersonation.family"
