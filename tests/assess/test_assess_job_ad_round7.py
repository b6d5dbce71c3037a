"""Job ads, seventh round (lures, issue 16): the lure pattern and thin-language phrasings.

A lure names its place vaguely ("work abroad", "a neighbouring country", "our overseas
branch") and piles up bait; three distinct bait signs beside any *where* sign, in an ad naming
no licensed channel, weigh as a compound region (``jobads.PATTERN_WHERE``). Korean, Thai, Malay,
Khmer and Burmese phrasings of the signs (only typing or chatting, no experience, free room,
the company paying the ticket, the passport handed to the company); Southeast Asia as a
destination whose pay is judged (USD 1,000 a month); Korean pay in 만원 without the unit
("월 500"); a Thai pay word after another Thai word ("รายได้เดือนละ"); the work visa or
permit an employer arranges as a mark of lawful hiring, which shows no lure pattern.

Every ad below was written for this test from general knowledge of recruitment ads, not copied
from a bench set.
"""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.jobads import (
    HIDDEN_LAWFUL,
    HIDDEN_SKILLED,
    PATTERN_WHERE,
    job_score,
    job_weights,
)
from tipoff.assess.lawful_hiring import PERMIT, process_marks
from tipoff.assess.redflags import find_evidence
from tipoff.assess.salary import find_pay
from tipoff.check.verdict import SUSPICIOUS_AT

SCAM_AT = 0.5


def _job(text: str) -> tuple[float, set[str]]:
    result = assess(text, kind="job_ad")
    return result.scam_probability, {flag.code for flag in result.red_flags}


def test_three_bait_signs_beside_a_decoy_destination_weigh_as_a_compound_region() -> None:
    bait = {"vague_role", "high_pay", "messenger_contact"}
    pattern = job_score({"overseas_job", *bait}, job_ad=True).score
    weights = job_weights()
    expected_bait = 1 - (1 - 0.3) * (1 - weights["high_pay"][1]) * (1 - 0.35)
    assert pattern == pytest.approx(PATTERN_WHERE * expected_bait, abs=1e-6)
    assert pattern >= SCAM_AT
    # a message or report with the same signs keeps the plain score
    assert job_score({"overseas_job", *bait}).score < SCAM_AT
    # two bait signs: the decoy destination keeps its own weight
    two = job_score({"overseas_job", "vague_role", "high_pay"}, job_ad=True).score
    assert two == pytest.approx(weights["overseas_job"][1] * (1 - 0.7 * 0.5), abs=1e-6)
    assert two < SCAM_AT


def test_the_pattern_needs_a_where_sign_and_no_licensed_channel() -> None:
    bait = {"vague_role", "high_pay", "no_experience", "housing_paid"}
    assert job_score(bait, job_ad=True).score == 0.0
    licensed = job_score({"overseas_job", "~licensed_recruitment", *bait}, job_ad=True).score
    unlicensed = job_score({"overseas_job", *bait}, job_ad=True).score
    assert licensed < SUSPICIOUS_AT <= SCAM_AT <= unlicensed


def test_chat_app_contacts_count_as_one_bait_sign() -> None:
    contacts = {"messenger_contact", "messenger_link", "platform_switch"}
    with_contacts = job_score({"overseas_job", "high_pay", *contacts}, job_ad=True).score
    assert with_contacts < SCAM_AT
    assert (
        job_score({"overseas_job", "high_pay", "age_limit", *contacts}, job_ad=True).score
        >= SCAM_AT
    )


LURES = [
    (
        "ko",
        "이웃 나라 해외지사 채팅 상담 업무. 채팅만 하면 되고 경험 필요 없음. 숙소 무료, "
        "비행기표 회사가 냄. 월 700만원. 텔레그램으로 연락",
    ),
    (
        "th",
        "รับคนทำงานประเทศใกล้เคียง แค่พิมพ์ตอบลูกค้า ไม่เน้นประสบการณ์ รายได้เดือนละ 55,000 "
        "ที่พักฟรี บริษัทออกค่าเครื่องบิน ทักไลน์",
    ),
    (
        "ms",
        "Kerja di negara jiran, balas chat pelanggan sahaja, tidak perlu pengalaman, gaji "
        "RM9,000 sebulan, makan tidur percuma, syarikat tanggung tiket. WhatsApp sekarang.",
    ),
    (
        "km",
        "សាខាបរទេសរបស់ក្រុមហ៊ុន ត្រូវការអ្នកវាយអក្សរ គ្មានបទពិសោធក៏បាន ប្រាក់ខែ ១៦០០ ដុល្លារ "
        "ហូបចុកឥតគិតថ្លៃ ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរ ទាក់ទង Telegram",
    ),
    (
        "my",
        "အိမ်နီးချင်းနိုင်ငံ ကုမ္ပဏီ စာရိုက် ဝန်ထမ်း လစာ USD 1,400 ဘွဲ့မလို နေစရာ အခမဲ့ ခရီးစရိတ် ကုမ္ပဏီက ကျခံ Telegram ဆက်သွယ်",
    ),
    (
        "en",
        "Game testers wanted for our studio in Southeast Asia, no experience, USD 2,200/month. "
        "Free room. WhatsApp only.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LURES)
def test_lures_that_name_no_compound_country_are_scams(lang: str, text: str) -> None:
    score, codes = _job(text)
    assert score >= SCAM_AT, (lang, score, codes)


def test_a_burmese_ad_that_has_the_passport_handed_to_the_company_keeps_it() -> None:
    text = "ထိုင်း စက်ရုံ အလုပ် ရောက်လျှင် ပတ်စ်ပို့ကို ကုမ္ပဏီသို့ အပ်ရမည်"
    score, codes = _job(text)
    assert "passport_retention" in codes
    assert score >= SUSPICIOUS_AT


def test_a_thai_pay_word_after_a_thai_word_still_names_pay() -> None:
    pays = find_pay("รายได้เดือนละ 60,000 มีที่พัก", "th", "THB", job_ad=True)
    assert [(pay.currency, pay.monthly) for pay in pays] == [("THB", 60000.0)]
    # a Latin letter before a pay word still makes it part of a longer word
    assert find_pay("repay 60,000", "en", "USD", job_ad=True) == []


ORDINARY = [
    (
        "ms",
        "Pembantu kedai runcit di Kuala Lumpur, gaji RM1,800, tiada pengalaman, "
        "temuduga di kedai. Hubungi WhatsApp 012-555 0199.",
    ),
    (
        "ko",
        "인천 물류센터 상하차, 경험 무관, 기숙사 제공, 월 280만원, 급하게 구합니다. 카톡 문의",
    ),
    (
        "th",
        "ร้านกาแฟย่านนิมมาน รับบาริสต้า ไม่เน้นประสบการณ์ รายได้เดือนละ 12,000 มีที่พักฟรี ทักไลน์ร้าน",
    ),
    (
        "km",
        "រោងចក្រកាត់ដេរនៅកំពង់ស្ពឺ ត្រូវការកម្មករ គ្មានបទពិសោធក៏បាន ប្រាក់ខែ ២០៨ ដុល្លារ មានកន្លែងស្នាក់ ត្រូវការបន្ទាន់",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_ordinary_ads_with_the_same_words_at_home_are_not_flagged(lang: str, text: str) -> None:
    score, codes = _job(text)
    assert score < SUSPICIOUS_AT, (lang, score, codes)


def test_four_signs_in_all_are_the_pattern_too() -> None:
    four = {"overseas_job", "travel_perks", "high_pay", "no_experience"}
    assert job_score(four, job_ad=True).score >= SCAM_AT
    assert job_score(four - {"no_experience"}, job_ad=True).score < SCAM_AT
    assert job_score({*four, HIDDEN_LAWFUL}, job_ad=True).score < SCAM_AT


def test_korean_pay_without_its_unit_is_in_manwon() -> None:
    for text, monthly in (("월 500, 숙소 제공", 5_000_000.0), ("한 달에 600 넘게", 6_000_000.0)):
        assert [pay.monthly for pay in find_pay(text, "ko", "KRW", job_ad=True)] == [monthly]
    assert find_pay("3월 1500명 모집", "ko", "KRW", job_ad=True) == []
    assert find_pay("월 500, 숙소 제공", "ko", "KRW") == []  # a message reads no bare number


def test_pay_for_work_in_southeast_asia_is_judged_there() -> None:
    ad = "{} 사무직 채용, 월 400만원, 숙소 제공, 경력 무관, 카톡 문의"
    abroad = find_evidence(ad.format("동남아 지사"), kind="job_ad", language="ko")
    assert {"overseas_job", "high_pay"} <= abroad.codes
    assert job_score(abroad.codes, job_ad=True).score >= SCAM_AT
    home = find_evidence(ad.format("인천 물류센터"), kind="job_ad", language="ko")
    assert "high_pay" not in home.codes
    assert job_score(home.codes, job_ad=True).score == 0.0


def test_a_work_permit_the_employer_arranges_is_a_mark_of_lawful_hiring() -> None:
    assert PERMIT in process_marks("work permit arranged by the company")
    assert PERMIT in process_marks("就労ビザは会社が手配")
    call_centre = (
        "마닐라 콜센터 한국어 상담원, 월 PHP 80,000, 현지법인 직고용, 취업비자 회사 부담, "
        "한국어 원어민, 면접 2회(화상)."
    )
    score, codes = _job(call_centre)
    assert "high_pay" not in codes
    assert score < SUSPICIOUS_AT


def test_an_ad_that_asks_for_a_skill_shows_no_lure_pattern() -> None:
    codes = {"overseas_job", "vague_role", "language_skills", "messenger_contact"}
    assert job_score(codes, job_ad=True).score >= SCAM_AT
    assert job_score({*codes, HIDDEN_SKILLED}, job_ad=True).score < SUSPICIOUS_AT
    ad = (
        "Payments verification specialist in our customer support team. We help people send "
        "money abroad. Fluent in English, at least 3 years of experience in KYC. Reach our "
        "recruiter on Skype."
    )
    codes = find_evidence(ad, kind="job_ad", language="en").codes
    assert HIDDEN_SKILLED in codes
    assert job_score(codes, job_ad=True).score < SUSPICIOUS_AT
