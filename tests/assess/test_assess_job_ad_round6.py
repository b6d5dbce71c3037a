"""Job ads, sixth round (jobdev): what makes an ordinary ad lawful, and lures that name no
country.

Ordinary ads that look like lures because they name Cambodia, Laos or Myanmar and pay in US
dollars (an NGO, a school, a hotel) describe how their employer hires: an interview, a contract,
a formal application, a skill asked, a licence (``lawful_hiring``); their pay is no bait. Lures
that name no place show other signs real lures share: the wage in USDT (``crypto_wage``),
"don't tell your mum" (``family_secrecy``), a trip that is "free" in everyday words or refunded
after arrival, a decoy capital (Kuala Lumpur, in the scripts of readers for whom it is abroad).
Smaller readings: a company or licence number is no pay, Chinese numerals and Tagalog "taong"
give the years of experience asked, teaching qualifications are a skill, and "不收取押金" says
no deposit is charged.

Every ad below was written for this test from general knowledge of recruitment ads, not copied
from bench/jobads_dev_8 or any blind set.
"""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.lawful_hiring import process_marks
from tipoff.assess.salary import find_pay
from tipoff.assess.skilled_role import asks_for_skill
from tipoff.check.verdict import SUSPICIOUS_AT


def _job(text: str) -> tuple[float, set[str]]:
    result = assess(text, kind="job_ad")
    return result.scam_probability, {flag.code for flag in result.red_flags}


# Ordinary ads abroad in a compound country, paying in US dollars, that show two marks of a
# lawful hiring process (and no chat-app contact or passport request).
LAWFUL = [
    (
        "en",
        "Finance Officer, Vientiane, Laos – Plan International Laos. USD 1,600/month. "
        "2-year contract. Shortlisted applicants will be interviewed at our office.",
    ),
    (
        "ja",
        "ミャンマー・ヤンゴン事務所 現地調整員（NGO）。月給USD 1,400。任期2年の契約。"
        "書類選考のうえ東京で面接を行います。",
    ),
    (
        "zh",
        "老挝万象国际学校招聘数学教师，月薪USD 1,500，合同两年，通过视频面试后试讲。",
    ),
    (
        "ko",
        "[라오스 비엔티안] 국제학교 영어교사. 월 USD 1,700. 2년 계약, 화상 면접 후 시범 수업.",
    ),
    (
        "th",
        "องค์กรพัฒนาเอกชนในย่างกุ้ง เมียนมา รับเจ้าหน้าที่การเงิน เงินเดือน USD 1,200 สัญญาจ้าง 2 ปี สัมภาษณ์ที่สำนักงาน",
    ),
    (
        "vi",
        "Tổ chức phi chính phủ tại Viêng Chăn (Lào) tuyển kế toán, lương USD 1.400, "
        "hợp đồng 2 năm, phỏng vấn tại văn phòng.",
    ),
    (
        "id",
        "Sekolah internasional di Vientiane, Laos, mencari guru bahasa Inggris. Gaji USD 1.600, "
        "kontrak 2 tahun, wawancara lewat Zoom.",
    ),
    (
        "tl",
        "Accountant para sa isang NGO sa Vientiane, Laos. USD 1,500 kada buwan, 2 taong "
        "kontrata. May interview sa opisina.",
    ),
]


@pytest.mark.parametrize(("lang", "ad"), LAWFUL, ids=[lang for lang, _ in LAWFUL])
def test_an_ad_that_hires_lawfully_is_not_flagged_for_place_and_pay(lang: str, ad: str) -> None:
    score, _ = _job(ad)
    assert score < SUSPICIOUS_AT, (lang, score)


def test_a_lawful_process_moved_onto_a_chat_app_counts_for_nothing() -> None:
    """The same process words beside a Telegram contact and a passport photo: what lures do."""
    lawful = (
        "Finance Officer, Vientiane, Laos. USD 1,600/month. 2-year contract. "
        "Shortlisted applicants will be interviewed at our office."
    )
    handed_over = (
        "Finance Officer, Vientiane, Laos. USD 1,600/month. 2-year contract. Online interview: "
        "send your passport photo to our recruiter on Telegram @laos_fin_hr."
    )
    assert _job(lawful)[0] < SUSPICIOUS_AT
    assert _job(handed_over)[0] >= SUSPICIOUS_AT


def test_a_compound_town_keeps_its_weight_in_an_ad_that_hires_lawfully() -> None:
    score, codes = _job(
        "Chat support staff in Shwe Kokko. 1-year contract, interview first. "
        "Free housing, no experience needed."
    )
    assert score >= SUSPICIOUS_AT
    assert "hotspot_place" in codes


def test_process_marks_are_not_read_when_negated_or_waived() -> None:
    assert process_marks("no interview, no contract needed") == frozenset()
    assert process_marks("不用面试，没经验也行") == frozenset()
    assert process_marks("面接なし、すぐ出発") == frozenset()
    assert process_marks("interview at our office, 2-year contract") == {"selection", "contract"}


# Wages in USDT, with bait, naming no country.
CRYPTO = [
    (
        "en",
        "On-site support for a crypto exchange: 1,300 USDT a month, room and meals provided, "
        "no experience needed.",
    ),
    ("ja", "現地勤務のサポート担当。月給1,300 USDT、寮・食事付き、未経験OK。"),
    ("ko", "현지 근무 고객지원, 월 1,300 USDT, 숙식 제공, 초보 가능."),
    ("th", "รับพนักงานซัพพอร์ตประจำหน้างาน เงินเดือน 1,300 USDT มีที่พักอาหาร ไม่ต้องมีประสบการณ์"),
    (
        "id",
        "Staf support kerja di lokasi, gaji 1.300 USDT per bulan, mess dan makan, "
        "tanpa pengalaman.",
    ),
    (
        "tl",
        "Onsite support staff, 1,300 USDT kada buwan, libreng tirahan at pagkain, "
        "walang experience.",
    ),
]


@pytest.mark.parametrize(("lang", "ad"), CRYPTO, ids=[lang for lang, _ in CRYPTO])
def test_a_wage_in_usdt_is_a_where_sign(lang: str, ad: str) -> None:
    score, codes = _job(ad)
    assert "crypto_wage" in codes, lang
    assert score >= SUSPICIOUS_AT, (lang, score)


def test_a_wage_in_usdt_alone_is_no_lure() -> None:
    """A where sign needs bait: "salary paid in USDT" with nothing else scores nothing."""
    assert _job("Senior Solidity developer, salary paid in USDT, 5+ years experience.")[0] == 0.0


SECRECY = [
    ("en", "I'm working abroad now, the boss pays the ticket. Don't tell your mum yet, ok?"),
    ("ja", "今海外で働いてる。社長がチケット代出してくれるよ。お母さんには言わないでね。"),
    ("zh", "我在国外上班，老板出机票。先别跟你爸妈说。"),
    ("ko", "나 지금 해외에서 일해. 사장님이 표 끊어줘. 엄마한테는 말하지 마."),
    ("th", "ตอนนี้ทำงานต่างประเทศ เจ้านายออกค่าตั๋วให้ อย่าบอกพ่อแม่นะ"),
    ("vi", "Giờ anh làm bên nước ngoài, sếp lo vé. Đừng nói với bố mẹ nhé."),
    ("id", "Aku kerja di luar negeri, bos yang bayar tiket. Jangan bilang orang tua dulu ya."),
    ("km", "បងធ្វើការនៅបរទេស ថៅកែចេញថ្លៃសំបុត្រ។ កុំប្រាប់ម្តាយសិន។"),
    ("tl", "Nasa abroad na ako, si boss ang sagot sa ticket. Wag mo sabihin kay nanay ha."),
]


@pytest.mark.parametrize(("lang", "ad"), SECRECY, ids=[lang for lang, _ in SECRECY])
def test_keeping_the_job_from_the_family_is_named(lang: str, ad: str) -> None:
    _, codes = _job(ad)
    assert "family_secrecy" in codes, lang


def test_secrecy_from_the_family_needs_company() -> None:
    """Alone at the weight of a passport request: with one it flags, by itself it does not."""
    passport = "Hi, it's your cousin. Send me a photo of your passport."
    secret = "Hi, it's your cousin. Don't tell your mum yet."
    both = "Hi, it's your cousin. Don't tell your mum yet. Send me a photo of your passport."
    assert _job(passport)[0] < SUSPICIOUS_AT
    assert _job(secret)[0] < SUSPICIOUS_AT
    assert _job(both)[0] >= SUSPICIOUS_AT


def test_high_pay_stays_bait_in_a_lawful_looking_ad_that_needs_no_experience() -> None:
    _, codes = _job(
        "Customer service in Phnom Penh, USD 2,000/month, no experience needed. "
        "1-year contract, interview at our office."
    )
    assert "high_pay" in codes


def test_family_words_without_secrecy_are_no_sign() -> None:
    _, codes = _job("Family-run bakery hiring, tell your mum and dad! Apply in store.")
    assert "family_secrecy" not in codes


@pytest.mark.parametrize(
    ("lang", "ad"),
    [
        ("ja", "海外オフィスでのお仕事。航空券は到着後に精算します。月給50万円、未経験OK。"),
        ("ko", "해외 사무실 근무. 비행기표 공짜, 월 600만 원, 초보 가능."),
        ("zh", "海外办公室上班，机票全免，月薪2万，零经验。"),
        (
            "id",
            "Kerja di luar negeri, tiket pesawat diganti setelah tiba, gaji Rp 20 juta, "
            "tanpa pengalaman.",
        ),
    ],
)
def test_a_trip_free_in_everyday_words_or_refunded_is_travel_perks(lang: str, ad: str) -> None:
    _, codes = _job(ad)
    assert "travel_perks" in codes, lang


@pytest.mark.parametrize(
    "ad",
    [
        "簡単な入力作業、月給40万円。クアラルンプールで担当者が合流します。寮無料、未経験OK。",
        "简单录入工作，月薪1.5万，到吉隆坡有人接，包吃包住，无需经验。",
        "쉬운 입력 업무, 월 500만 원. 쿠알라룸푸르에서 담당자가 맞이합니다. 숙소 무료, 초보 가능.",
    ],
)
def test_kuala_lumpur_is_a_decoy_destination_in_the_readers_script(ad: str) -> None:
    score, codes = _job(ad)
    assert "overseas_job" in codes
    assert score >= SUSPICIOUS_AT


def test_kuala_lumpur_in_latin_letters_is_where_an_english_ad_is_published() -> None:
    _, codes = _job("Shop assistant at our Kuala Lumpur store, RM 2,300, message us on WhatsApp.")
    assert "overseas_job" not in codes


def test_a_company_or_licence_number_is_no_pay() -> None:
    assert find_pay("Acme Support Ltd (Company No. 11827364). £11.80/hr", "en", job_ad=True) == []
    assert find_pay("licence no. 45000, salary $2,000 a month", "en", job_ad=True)[0].start > 20
    assert [p.currency for p in find_pay("Salary £3,000 per month", "en", job_ad=True)] == ["GBP"]


def test_skill_is_read_in_chinese_numerals_tagalog_years_and_teaching_licences() -> None:
    assert asks_for_skill("需酒店经验三年以上")
    assert asks_for_skill("3 taong karanasan sa hotel")
    assert asks_for_skill("kailangan ng let license")
    assert asks_for_skill("wajib sertifikat pendidik")
    assert not asks_for_skill("一年合同")


def test_no_deposit_charged_is_no_upfront_fee_in_chinese() -> None:
    _, codes = _job("新加坡建筑工人，月薪SGD 2,500，包住宿。本公司不收取押金和保证金。")
    assert "upfront_fee" not in codes
