"""Job ads: remote work abroad, pay judged against the role, and lures in the languages the
lexicons cover thinly (Burmese has no lexicon; Korean, Thai, Vietnamese, Tagalog and Malay
phrasings of the bait signs). Every ad below was written for this test."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.jobads import REMOTE_ABROAD_CODE, job_weights
from tipoff.assess.salary import find_pay
from tipoff.check.verdict import SUSPICIOUS_AT

LURES = [
    (
        "my",
        "မြဝတီ အွန်လိုင်းအလုပ် ဝန်ထမ်းခေါ်မည် လစာ သိန်း ၂၀ အတွေ့အကြုံမရှိလည်းရ နေရာထိုင်ခင်း အခမဲ့ Telegram ဖြင့် ဆက်သွယ်ပါ",
    ),
    (
        "my",
        "ထိုင်းနိုင်ငံ ကာစီနို ကုမ္ပဏီ ချတ်ဝန်ထမ်း လစာ ဘတ် ၂၀,၀၀၀ ခရီးစရိတ် ကုမ္ပဏီက ကျခံ ဗိုက်ဘာ ဖြင့် ဆက်သွယ်ပါ",
    ),
    (
        "vi",
        "Tuyển nhân viên nhập liệu làm việc tại Dubai, lương 18 triệu/tháng, bao vé, có ký túc "
        "xá miễn phí, nhắn tele @hr_dxb",
    ),
    (
        "ko",
        "태국 방콕 온라인 마케팅 직원 모집, 월 450만원, 항공권 회사 부담, 숙소 지원, "
        "텔레그램 @hr_bkk",
    ),
    ("th", "รับสมัครด่วน งานตอบแชทที่ดูไบ เงินเดือน 5 หมื่น มีที่พัก ทักเทเลแกรม @dubai_job"),
    (
        "tl",
        "Typing job sa Dubai, sahod 60k kada buwan, libreng flight at hotel, alis ngayong "
        "linggo, message sa Telegram @dxb_hr",
    ),
    (
        "ms",
        "Pemasaran dalam talian di Bangkok, gaji RM4,000, asrama percuma, visa ditanggung, "
        "WhatsApp +66 81 234 5678",
    ),
    ("km", "ការងារអនឡាញនៅប៉ោយប៉ែត ប្រាក់ខែ $750 ស្នាក់នៅឥតគិតថ្លៃ ទាក់ទង Telegram @pp_hr"),
]

ORDINARY = [
    (
        "my",
        "ဂျပန်နိုင်ငံ သက်ကြီးစောင့်ရှောက်ရေး (SSW) အလုပ်သမား ခေါ်ယူမည်၊ လိုင်စင်ရ အေဂျင်စီ၊ "
        "ဂျပန်စာ N4 လိုအပ်၊ အဆောင် ပေးမည်၊ ရုံးသို့ လာရောက်လျှောက်ထားပါ",
    ),
    (
        "my",
        "ရန်ကုန် စားသောက်ဆိုင် ဝန်ထမ်း ခေါ်မည် လစာ ၃ သိန်း အတွေ့အကြုံမရှိလည်းရ နေရာထိုင်ခင်း ပေးမည် Viber ဖြင့် ဆက်သွယ်ပါ",
    ),
    (
        "my",
        "ကိုရီးယား EPS စက်ရုံ အလုပ်သမား ခေါ်ယူမည် ကိုရီးယားစာ စာမေးပွဲ အောင်ရမည် "
        "လစာ ဝမ် ၂,၁၀၀,၀၀၀ အဆောင်ပေး ပြည်ပအလုပ်အကိုင် လိုင်စင်ရ အေဂျင်စီ",
    ),
    (
        "ko",
        "인천 물류센터 고객 응대 및 데이터 입력 사원 모집, 월 260만원, 초보 환영, "
        "카카오톡 오픈채팅 문의",
    ),
    (
        "ko",
        "사우디 해외 건설 현장 안전관리자 모집, 경력 5년 이상, 연봉 8천만원, 왕복 항공권 "
        "제공, 숙소 지원",
    ),
    (
        "th",
        "รับสมัครแอดมินตอบแชท ร้านออนไลน์ ทำงานที่เชียงใหม่ เงินเดือน 15,000 บาท "
        "ไม่ต้องมีประสบการณ์ ติดต่อไลน์ @shopcm",
    ),
    (
        "th",
        "รับสมัครคนงานไปทำงานเกาหลีใต้ระบบ EPS ผ่านกรมการจัดหางาน ต้องสอบภาษาเกาหลี "
        "เงินเดือนประมาณ 5 หมื่นบาท มีหอพัก",
    ),
    (
        "vi",
        "Tuyển nhân viên chăm sóc khách hàng tại Hà Nội, lương 9 triệu, không cần kinh "
        "nghiệm, liên hệ Zalo 0912 345 678",
    ),
    (
        "vi",
        "Tuyển thực tập sinh đi Nhật ngành chế biến thực phẩm, công ty có giấy phép, lương cơ "
        "bản 18 triệu/tháng, hỗ trợ vé máy bay, có ký túc xá",
    ),
    (
        "tl",
        "Hiring Able Seaman for bulk carrier, DMW-licensed manning agency, USD 1,200/month, "
        "9-month contract, free airfare, apply at our Manila office",
    ),
    (
        "tl",
        "Staff Nurse sa Saudi Arabia, DMW licensed agency, libreng accommodation at airfare, "
        "2 taon na experience, walang placement fee",
    ),
    ("tl", "Hiring CSR sa Makati, 25k monthly, walang exp okay, shuttle service, message sa Viber"),
    (
        "ms",
        "Jururawat ke Arab Saudi melalui agensi berlesen, gaji SAR 6,000, tiket kapal terbang "
        "percuma, penginapan disediakan",
    ),
    (
        "en",
        "Hotel front desk and guest customer service agent in Dubai, AED 4,500 a month, free "
        "accommodation, flight provided, via licensed agency",
    ),
    (
        "km",
        "ក្រុមហ៊ុនទូរស័ព្ទ ត្រូវការបុគ្គលិកបម្រើអតិថិជន នៅភ្នំពេញ ប្រាក់ខែ $350 មិនត្រូវការបទពិសោធន៍ ទាក់ទង Telegram",
    ),
]


def _codes(text: str) -> set[str]:
    return {flag.code for flag in assess(text, kind="job_ad").red_flags}


@pytest.mark.parametrize(("language", "text"), LURES)
def test_lures_in_thinly_covered_languages_are_flagged(language: str, text: str) -> None:
    result = assess(text, kind="job_ad")
    assert result.scam_probability >= SUSPICIOUS_AT, (language, result.scam_probability)
    assert REMOTE_ABROAD_CODE in {flag.code for flag in result.red_flags}


@pytest.mark.parametrize(("language", "text"), ORDINARY)
def test_ordinary_ads_and_real_overseas_programmes_are_not_flagged(
    language: str, text: str
) -> None:
    assert assess(text, kind="job_ad").scam_probability < SUSPICIOUS_AT, language


def test_remote_work_counts_only_with_a_sign_that_the_job_is_away_from_home() -> None:
    at_home = "Data entry from your own home office, $300 a month, no experience, Telegram"
    assert REMOTE_ABROAD_CODE not in _codes(at_home)
    abroad = "Data entry team in Dubai, $300 a month, no experience, Telegram"
    assert REMOTE_ABROAD_CODE in _codes(abroad)
    assert job_weights()[REMOTE_ABROAD_CODE] == ("where", 0.4)


def test_a_customer_facing_role_abroad_is_not_remote_work() -> None:
    hotel = "Front desk customer service at a Dubai hotel, free accommodation, flight provided"
    assert REMOTE_ABROAD_CODE not in _codes(hotel)


def test_remote_work_is_no_sign_in_a_message() -> None:
    message = "my sister found a data entry job in Dubai, she flies on Monday"
    assert REMOTE_ABROAD_CODE not in {flag.code for flag in assess(message).red_flags}


@pytest.mark.parametrize(
    ("text", "language", "home", "currency", "monthly"),
    [
        ("လစာ သိန်း ၂၀", "my", "MMK", "MMK", 2_000_000),
        ("လစာ ၁၅ သိန်း", "my", "MMK", "MMK", 1_500_000),
        ("เงินเดือน 3 หมื่น+", "th", "THB", "THB", 30_000),
        ("sahod 50k", "tl", "PHP", "PHP", 50_000),
        ("lương 500k/ngày", "vi", "VND", "VND", 500_000 * 22),
    ],
)
def test_an_amount_with_a_multiplier_and_no_currency_is_in_the_readers_currency(
    text: str, language: str, home: str, currency: str, monthly: float
) -> None:
    pay = find_pay(text, language, home)[-1]
    assert pay.currency == currency
    assert pay.monthly == pytest.approx(monthly)
    assert find_pay("sahod 50k", "tl") == []  # outside a job ad: no currency, no pay


@pytest.mark.parametrize(
    ("ad", "high"),
    [
        # USD 700 is under the dollar's USD 1,000 bar but over 3 x a Cambodian minimum wage
        ("ត្រូវការអ្នកវាយអក្សរ នៅបាវិត ប្រាក់ខែ $700", True),
        ("ត្រូវការជាងឈើ នៅបាវិត ប្រាក់ខែ $700", False),  # a carpenter: a skilled role
        ("ត្រូវការអ្នកវាយអក្សរ នៅបាវិត ប្រាក់ខែ $400", False),
    ],
)
def test_pay_for_a_low_skill_role_is_judged_against_what_the_role_earns_at_home(
    ad: str, high: bool
) -> None:
    assert ("high_pay" in _codes(ad)) is high
