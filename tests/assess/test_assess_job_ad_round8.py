"""Job ads, eighth round (lures, issue 16): English, Korean, Khmer and Burmese lure signs.

Lures missed in en, ko, km and my named their bait in words the cue lists did not hold:
English plurals of the vague roles ("chat agents", "typists"), translators and live-stream
hosts, "high commission" and "lucrative pay", "urgent joining"; Korean "번역", "높은 커미션",
"즉시 투입"; Khmer "សេវាកម្មអតិថិជន" (customer service), "លក់តាមអនឡាញ" (selling online),
"ធ្វើដំណើរភ្លាម" (leave at once); Burmese with the spaces ads put between words ("လစာ ကောင်း",
"အမြန် လိုသည်", "ကော်မရှင် များ"), "ဘာသာပြန်" (translator), phone sales, online staff and "only a
passport" or its photo. Pay in kyat as "Ks" or "2.5M", dong as "dong" or "₫", rupees (also
grouped in lakhs, "₹1,20,000") and Kenyan shillings, and the Khmer and Burmese words for ten
thousand (ម៉ឺន, သောင်း). KK Park and Shwe Kokko, compound complexes with no other trade, are a
full *where* sign in a Burmese ad too (gazetteer ``compound_zone``).

Every ad below was written for this test from general knowledge of recruitment ads, not copied
from a bench set.
"""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.jobads import ONWARD_ALONE, job_score
from tipoff.assess.salary import find_pay
from tipoff.check.verdict import SUSPICIOUS_AT


def _job(text: str) -> tuple[float, set[str]]:
    result = assess(text, kind="job_ad")
    return result.scam_probability, {flag.code for flag in result.red_flags}


LURES = [
    (
        "en",
        "Live stream hosts and chat agents needed in Myanmar near the Thai border. Lucrative "
        "pay, food and lodging free. Fly to Bangkok, land transfer arranged.",
        {"vague_role", "high_pay"},
    ),
    (
        "en",
        "IT support and crypto exchange CSR jobs in Laos, salary ₹1,20,000 per month, visa and "
        "tickets provided, urgent joining.",
        {"high_pay", "job_urgency"},
    ),
    (
        "en",
        "Typists wanted in Myawaddy, salary 2.5M kyat a month, staff quarters, apply on Viber.",
        {"high_pay", "housing_paid"},
    ),
    (
        "km",
        "ការងារនៅក្រុងព្រះសីហនុ ផ្នែកសេវាកម្មអតិថិជន ប្រាក់ខែ ៨០០$ + កម្រៃជើងសារខ្ពស់ ស្នាក់នៅឥតគិតថ្លៃ",
        {"home_compound_town", "vague_role"},
    ),
    (
        "km",
        "ត្រូវការបុគ្គលិកលក់តាមអនឡាញ នៅដូបៃ ប្រាក់ខែ ២៥០០ ដុល្លារ ធ្វើដំណើរភ្លាម ស្នាក់នៅឥតគិតថ្លៃ",
        {"overseas_job", "job_urgency"},
    ),
    (
        "km",
        "ការងារនៅប្រទេសថៃ ប្រាក់ខែ ៥ម៉ឺនបាត អ្នកបកប្រែភាសាចិន ធ្វើដំណើរភ្លាមៗ",
        {"high_pay", "vague_role"},
    ),
    (
        "my",
        "ထိုင်းမှာ ဂိမ်းစမ်းသပ်သူ အလုပ်။ လစာ ဘတ် ၄၀,၀၀၀။ ပတ်စ်ပို့ ရှိရုံနဲ့ရပြီ။",
        {"passport_request"},
    ),
    (
        "my",
        "ဘာသာပြန် (တရုတ်-မြန်မာ) ဝန်ထမ်း လိုအပ်သည်။ နေရာ တာချီလိတ်။ လစာ သိန်း ၂၅ + ကော်မရှင်။ အတွေ့အကြုံ မလို။",
        {"vague_role", "home_compound_town"},
    ),
    (
        "my",
        "မြဝတီ KK Park တွင် ဖုန်းအရောင်း ဝန်ထမ်း လိုအပ်။ လစာ သိန်း ၄၀။ အသက် ၂၅ နှစ်အောက်။",
        {"hotspot_place"},
    ),
    (
        "my",
        "ရွှေကုက္ကို ကုမ္ပဏီ အွန်လိုင်း ဝန်ထမ်း။ လစာ ကောင်း။ ကော်မရှင် များ။ စားအိပ် ပေးမည်။ အမြန် လိုသည်။",
        {"hotspot_place", "high_pay", "job_urgency"},
    ),
    (
        "my",
        "ကမ္ဘောဒီးယား အွန်လိုင်း ဝန်ထမ်း။ လစာ ဘတ် ၅ သောင်း။ စားအိပ် ပေးမည်။",
        {"high_pay"},
    ),
    (
        "ko",
        "라오스 통역 업무, 월 600만원 + 높은 커미션, 숙박 제공, 즉시 투입",
        {"vague_role", "high_pay", "job_urgency"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "signs"), LURES)
def test_lures_named_in_these_words_are_flagged(lang: str, text: str, signs: set[str]) -> None:
    score, codes = _job(text)
    assert score >= SUSPICIOUS_AT, (lang, score, codes)
    assert signs <= codes, (lang, codes)


ORDINARY = [
    (
        "en",
        "Data entry operator, Bengaluru office, ₹22,000 per month, graduates, walk-in interview "
        "Monday.",
    ),
    (
        "en",
        "Customer care agent, call centre in Nairobi. Ksh 35,000 per month, diploma required, "
        "apply online via the careers portal.",
    ),
    (
        "en",
        "Translators (Japanese-English) for a publisher in Tokyo, ¥350,000/month, JLPT N1 and "
        "3 years' experience, send your CV.",
    ),
    ("ko", "캄보디아 프놈펜 한국어 강사, 월 1,500달러, 학위 필수, 이력서 제출"),
    ("ko", "서울 번역 회사 영한 번역가 모집, 월 300만원, 경력 2년 이상, 이력서 제출"),
    ("ko", "부산 물류센터 즉시 투입 가능자, 시급 11,000원, 숙박 제공, 초보도 가능"),
    ("km", "ក្រុមហ៊ុនទូរស័ព្ទ ត្រូវការបុគ្គលិកសេវាកម្មអតិថិជន នៅភ្នំពេញ ប្រាក់ខែ ៣០០ ដុល្លារ"),
    ("km", "សណ្ឋាគារនៅក្រុងព្រះសីហនុ ត្រូវការអ្នកបកប្រែភាសាចិន ប្រាក់ខែ ៤៥០ ដុល្លារ មានបទពិសោធន៍ ២ ឆ្នាំ"),
    ("km", "ហាងលក់តាមអនឡាញ នៅសៀមរាប ត្រូវការបុគ្គលិក ប្រាក់ខែ ២២០ ដុល្លារ ធ្វើដំណើរភ្លាម"),
    ("my", "ရန်ကုန် ဘာသာပြန် ဝန်ထမ်း ခေါ်ယူမည်။ လစာ ၅ သိန်း။ ဘွဲ့ရ ဖြစ်ရမည်။ CV ပို့ပါ။"),
    ("my", "မန္တလေး ဖုန်းအရောင်း ဝန်ထမ်း လိုအပ်။ လစာ ၃ သိန်း။ အမြန် လိုသည်။ Viber ဖြင့် ဆက်သွယ်ပါ။"),
    ("my", "ဂျပန်နိုင်ငံ သူနာပြု အလုပ်။ jlpt n3 အောင်ရမည်။ လစာ ယန်း ၂၀၀,၀၀၀။ အင်တာဗျူး ရှိသည်။"),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_ordinary_ads_with_the_same_words_are_not_flagged(lang: str, text: str) -> None:
    score, codes = _job(text)
    assert score < SUSPICIOUS_AT, (lang, score, codes)


@pytest.mark.parametrize(
    ("text", "lang", "home", "currency", "monthly"),
    [
        ("Ks 1,800,000 monthly", "en", "", "MMK", 1_800_000),
        ("salary 2.5M kyat a month", "en", "", "MMK", 2_500_000),
        ("1.5 lakh kyat per month", "en", "", "MMK", 150_000),
        ("30 million dong per month", "en", "", "VND", 30_000_000),
        ("25,000,000₫/tháng", "vi", "VND", "VND", 25_000_000),
        ("₹1,20,000 per month", "en", "", "INR", 120_000),
        ("Ksh 150,000 per month", "en", "", "KES", 150_000),
        ("ប្រាក់ខែ ៣ម៉ឺនបាត", "km", "USD", "THB", 30_000),
        ("လစာ ဘတ် ၅ သောင်း", "my", "MMK", "THB", 50_000),
    ],
)
def test_pay_in_these_currencies_and_multipliers_is_read(
    text: str, lang: str, home: str, currency: str, monthly: float
) -> None:
    pays = find_pay(text, lang, home, job_ad=True)
    assert [(pay.currency, pay.monthly) for pay in pays] == [(currency, monthly)]


def test_a_letter_m_is_no_million_inside_a_word_or_a_period() -> None:
    assert [p.monthly for p in find_pay("$1500/mo", "en", "", job_ad=True)] == [1500]
    assert [p.monthly for p in find_pay("USD 1500 monthly", "en", "", job_ad=True)] == [1500]


def test_kk_park_is_a_full_where_sign_in_a_burmese_ad_and_myawaddy_a_home_town() -> None:
    _, park = _job("KK Park တွင် အွန်လိုင်း ဝန်ထမ်း လိုအပ်။ လစာ သိန်း ၄၀။")
    assert "hotspot_place" in park
    _, town = _job("မြဝတီ ကုန်တိုက် အရောင်းဝန်ထမ်း လိုအပ်။ လစာ သိန်း ၄၀။")
    assert "hotspot_place" not in town


def test_a_destination_that_changes_after_arrival_also_counts_on_its_own() -> None:
    plain = job_score({"overseas_job", "job_urgency"}, job_ad=True).score
    onward = job_score({"overseas_job", "onward_transfer", "job_urgency"}, job_ad=True)
    assert plain < SUSPICIOUS_AT <= onward.score
    assert onward.lure >= ONWARD_ALONE
    # with no bait at all the onward move alone stays below the check's threshold
    assert job_score({"onward_transfer"}, job_ad=True).score == pytest.approx(ONWARD_ALONE)
    assert ONWARD_ALONE < SUSPICIOUS_AT


def test_skipping_the_philippine_deployment_clearance_is_an_unofficial_route() -> None:
    score, codes = _job(
        "Trabaho sa Dubai, ₱90,000 kada buwan, hindi kailangan dumaan sa DMW, alis agad."
    )
    assert "tourist_visa" in codes
    assert score >= SUSPICIOUS_AT
    ordinary, _ = _job(
        "Caregiver sa Riyadh, DMW-licensed agency, SAR 4,000 kada buwan, may kontrata at "
        "interview, libreng tirahan."
    )
    assert ordinary < SUSPICIOUS_AT
