"""No offer, no spam (tipoff.assess.no_offer): a message the model calls spam that advertises
nothing (no offer word, no percentage, no pitch, no link but official ones) is an ordinary
message; a promotion keeps the model's answer. Every message here was written for this test."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.lexicon import LEXICON_LANGUAGES
from tipoff.assess.no_offer import NO_OFFER, advertising_matcher, offers_nothing
from tipoff.assess.redflags import find_evidence

# (language, an ordinary notice, reminder or personal message that offers nothing)
ORDINARY = [
    (
        "en",
        "Greenfield Surgery: your blood test is on Mon 14 Dec at 08:50. Please arrive early.",
    ),
    ("ja", "【市立図書館】ご予約の本が届きました。12月20日までにカウンターでお受け取りください。"),
    ("zh", "各位业主：本周六上午九点至十二点小区停水检修，请提前储水。物业服务中心"),
    ("ko", "[서울시청] 12월 10일 09시~15시 ○○로 도로 보수 공사로 통행이 제한됩니다."),
    ("th", "โรงเรียนบ้านสวน: แจ้งผู้ปกครอง วันศุกร์นี้เลิกเรียนบ่ายสองโมง เนื่องจากประชุมครู"),
    ("vi", "Trường Tiểu học Hòa Bình: Thứ sáu này học sinh tan học lúc 15h do họp giáo viên."),
    ("id", "Info RW 07: Posyandu bulan ini hari Rabu jam 9 di balai warga. Bawa buku KIA ya."),
    ("km", "សាលាបឋមសិក្សា៖ ថ្ងៃសុក្រនេះ សិស្សចេញពីសាលាម៉ោង ៣ រសៀល ដោយសារការប្រជុំគ្រូ។"),
    ("tl", "Barangay Malinis: Walang tubig bukas mula 8AM hanggang 12NN dahil sa repair ng tubo."),
]

# Promotions: an offer word, a percentage, a short code, a USSD code or a price "only".
PROMOTIONS = [
    "Northwind Coffee: 20% off all pastries this weekend, show this text at the till",
    "Freshmart: buy one get one on all juices until Sunday",
    "Skyline Mobile: dial *121# to get 5GB for $3 today",
    "Text JOIN to 80880 and win a weekend in Paris",
    "【さくら書店】年末セール開催中！全品ポイント2倍",
    "【美好超市】周末全场特价，会员积分翻倍",
    "[스마일마트] 주말 특가 행사! 전 품목 할인",
    "ร้านกาแฟบ้านสวน โปรโมชั่น ซื้อ 1 แถม 1 วันนี้เท่านั้น",
    "Cửa hàng Hoa Mai khuyến mãi cuối tuần, giảm giá mọi mặt hàng",
    "Toko Sejahtera: diskon akhir tahun untuk semua produk",
    "ហាងកាហ្វេ៖ បញ្ចុះតម្លៃ ៥០ ភាគរយ ចុងសប្តាហ៍នេះ",
    "Kapihan sa Kanto: libre ang kape sa bawat cake ngayong Sabado",
]


def test_every_language_has_an_ordinary_message() -> None:
    assert {language for language, _ in ORDINARY} == set(LEXICON_LANGUAGES)


@pytest.mark.parametrize(("language", "text"), ORDINARY)
def test_an_ordinary_message_offers_nothing(language: str, text: str) -> None:
    assert offers_nothing(text, find_evidence(text)), language
    assessment = assess(text)
    assert assessment.outcome == "legitimate", (language, assessment.outcomes)


@pytest.mark.parametrize("text", PROMOTIONS)
def test_a_promotion_offers_something(text: str) -> None:
    assert not offers_nothing(text, find_evidence(text))
    assert NO_OFFER not in assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a link elsewhere, a domain typed without a scheme, a pitch, an opener
        "Your parcel is waiting: collect it at parcel-collect-now.top",
        "[국민지원금] 미수령 지원금 대상입니다. 오늘 마감 gov24-support.click",
        "Get a loan approved today, no credit check",
        "Hi, is this Amy? It's Kate from the gym",
    ],
)
def test_a_way_in_keeps_the_model_answer(text: str) -> None:
    assert not offers_nothing(text, find_evidence(text))


def test_an_official_link_is_allowed() -> None:
    text = "DVLA: your vehicle tax runs out on 31 March. Renew at www.gov.uk/vehicle-tax"
    assert offers_nothing(text, find_evidence(text))


def test_scam_probability_is_never_touched() -> None:
    # The rule moves P(spam) only: a scam the model calls a scam stays one.
    text = "Hi Mum, new number. I need £900 for rent today, send it to 12-34-56 87654321"
    assessment = assess(text)
    assert assessment.outcome == "scam"
    assert NO_OFFER not in assessment.reasons


def test_every_language_has_advertising_words() -> None:
    from tipoff.assess.lexicon import read_data_json

    words = read_data_json("advertising.json")["words"]
    assert set(LEXICON_LANGUAGES) <= set(words)
    assert advertising_matcher().find("big sale today")
