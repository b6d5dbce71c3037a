"""Job ads, fourth round: signs read in each language's own wording and number formats.

Pay where the job is (a Japanese ad paying JPY 400,000 for chat support in Mae Sot pays far
above the role in Thailand), "月薪2w" and "luong 40 trieu", Hong Kong dollars, the Philippines
as a decoy destination, telling immigration the trip is a holiday, being moved on after
training or a pickup, a recruiter's number in a compound country (+855, +95, +856), typing
work asked to bring a passport, a capital or transit town abroad weighed as work abroad, and
ordinary work in each language, at home and abroad through licensed channels, left alone.

Every ad below was written for this test from general knowledge of recruitment ads, not
from any blind set: the character 4-gram Jaccard of each against every ad of
bench/blind_job_ads, _2, _3 and _4 is below 0.3 (bench/blind_overlap.py).
"""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.salary import find_pay
from tipoff.check.verdict import SUSPICIOUS_AT

# (language, ad): a lure per language and pattern.
LURES = [
    (
        "en",
        "Remote-style chat support post based in Poipet. USD 1,800 monthly, no CV needed, "
        "visa and flight sorted by us. Message @hr_asia_desk on Telegram today.",
    ),
    (
        "en",
        "English speakers wanted for customer care in Manila, $2,000 per month, free flight "
        "and hotel, ages 20-30, reply on WhatsApp.",
    ),
    (
        "ja",
        "タイ・メーソートの事務所でチャットサポート、月給40万円、未経験OK、航空券と住まいは"
        "当社負担、応募はテレグラムで。",
    ),
    (
        "ja",
        "カンボジアでオンライン営業スタッフ募集！月収50万円以上可能、日本語が話せればOK、"
        "渡航費無料、18〜35歳、LINEで即日面談。",
    ),
    (
        "zh",
        "招聘网络推广专员 工作地点：缅甸妙瓦底 月薪2w起 包吃包住 报销机票 "
        "无需经验 年龄18-35 联系飞机",
    ),
    (
        "zh",
        "香港游戏公司招普通话客服，月薪HK$35,000，先到越南培训，之后派驻东南亚办公室，电报联系。",
    ),
    (
        "ko",
        "캄보디아 프놈펜 해외 상담직 모집, 월 600만원 보장, 경력 무관, "
        "항공권·숙소 제공, 텔레그램 문의",
    ),
    (
        "ko",
        "필리핀 현지 온라인 고객응대, 월급 700만원, 여권 사진 카톡으로 보내주세요, 즉시 출국",
    ),
    (
        "th",
        "บริษัทเกมที่ปอยเปตหาคนพิมพ์งาน รายได้เดือนละ 45,000 บาท "
        "สอนงานให้ใหม่หมด นอนฟรีที่ตึกบริษัท ออกค่ารถให้ แอดไลน์",
    ),
    (
        "th",
        "งานคีย์ข้อมูลที่ดูไบ เงินเดือน 1 แสนบาท บริษัทออกตั๋วเครื่องบินให้ อายุ 20-32 ปี ด่วน",
    ),
    (
        "vi",
        "Công ty game ở Campuchia cần 5 bạn trực page, thu nhập 1500$ mỗi tháng, "
        "chưa biết việc sẽ được chỉ, bao vé máy bay, ở miễn phí, nhắn Telegram",
    ),
    (
        "vi",
        "Can gap 3 ban nu lam chat o Myawaddy, thu nhap 40 trieu/thang, co cho ngu, nhan zalo",
    ),
    (
        "id",
        "Dicari admin chat untuk kantor di Kamboja, gaji 18jt, tanpa pengalaman, tiket & mess "
        "gratis, usia maks 30 th, hubungi WA",
    ),
    (
        "id",
        "Kerja online di Myanmar, gaji USD 1.500, paspor dipegang perusahaan selama kontrak",
    ),
    (
        "km",
        "ក្រុមហ៊ុនបច្ចេកវិទ្យានៅមីយ៉ាវ៉ាឌី រកអ្នកវាយអក្សរ ១០នាក់ $1,200 ក្នុងមួយខែ ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរ ឆាត Telegram",
    ),
    (
        "tl",
        "Hiring chat support sa Cambodia, sahod 60k kada buwan, walang experience, libreng "
        "pamasahe at tirahan, PM sa Telegram, 18-30 taong gulang",
    ),
    (
        "tl",
        "Work abroad agad! Encoder sa Myanmar, ₱100,000 monthly. Pag tinanong sa immigration, "
        "sabihin mo na turista ka lang.",
    ),
]

# (language, ad): ordinary ads, at home and abroad through licensed channels.
ORDINARY = [
    (
        "en",
        "Registered nurse, private hospital in Manila, PRC licence and 2 years' experience "
        "required, PHP 38,000 a month, apply on our careers page.",
    ),
    (
        "en",
        "Warehouse associate in Leeds, £11.50 per hour, no experience needed, apply via "
        "WhatsApp 07700 900123.",
    ),
    (
        "en",
        "Branch teller, commercial bank, Phnom Penh. $420 a month plus transport allowance, "
        "graduates welcome, call +855 23 000 111.",
    ),
    (
        "ja",
        "【特定技能・介護】登録支援機関を通じてベトナム・ミャンマーからの人材を受け入れます。"
        "月給22万円、寮あり。",
    ),
    ("ja", "大阪市内のカフェでホールスタッフ募集、時給1,200円、未経験歓迎、LINEで応募可。"),
    (
        "zh",
        "上海外资企业招聘行政助理，月薪8000，本科学历，双休，五险一金，邮箱投递简历。",
    ),
    (
        "zh",
        "经商务部批准的对外劳务合作企业招聘赴日建筑工人，月薪20万日元，需持技能证书。",
    ),
    ("ko", "인천 물류센터 상하차 아르바이트, 시급 12,000원, 초보 가능, 문자로 지원"),
    ("ko", "필리핀 세부 어학원 한국인 매니저, 경력 2년 이상, 월 250만원, 이메일 지원"),
    (
        "th",
        "โรงงานอาหารแช่แข็ง สมุทรสาคร เปิดรับคนคัดแยกสินค้า 2 กะ ค่าจ้างวันละ 400 บาท ที่พักใกล้โรงงาน",
    ),
    (
        "th",
        "ไปทำงานเกาหลีระบบ EPS ผ่านกรมการจัดหางาน ต้องสอบภาษาเกาหลี เงินเดือนประมาณ 2 ล้านวอน",
    ),
    (
        "vi",
        "Nhà thuốc ở Biên Hòa tuyển dược sĩ bán hàng, có chứng chỉ hành nghề, thu nhập 11 "
        "triệu, gửi hồ sơ trực tiếp tại quầy.",
    ),
    (
        "vi",
        "Đơn hàng kỹ năng đặc định Nhật Bản, công ty được cấp phép, lương 22 man/tháng, ký túc xá.",
    ),
    (
        "id",
        "Pabrik garmen di Semarang membuka 40 posisi penjahit, upah sesuai UMK, lulusan SMP "
        "boleh, melamar langsung ke pos satpam",
    ),
    (
        "id",
        "Program G to G ke Korea lewat BP2MI, gaji sekitar Rp 30 juta, wajib lulus EPS-TOPIK.",
    ),
    (
        "km",
        "ធនាគារត្រូវការបុគ្គលិកគណនេយ្យ នៅភ្នំពេញ បទពិសោធន៍ ២ឆ្នាំ ប្រាក់ខែ $500 ទូរស័ព្ទ +855 23 000 111",
    ),
    (
        "tl",
        "Hiring: service crew sa Quezon City, ₱610 kada araw, walang experience ok, apply sa "
        "branch",
    ),
    (
        "tl",
        "DMW-licensed agency hiring caregivers for Canada, with NC II, CAD 2,800 a month, free "
        "airfare.",
    ),
]

# (language, ad): lures with two or three signs, each resting on a reading of this round.
THIN_LURES = [
    (
        "en",
        "Admin job in Bangkok, $2,500 a month. We pick you up at the airport, then you join "
        "our partner office near the border.",
    ),
    ("ja", "マニラのコールセンター、月給38万円、経験不問、LINEで応募"),
    ("zh", "老挝招聘客服 月薪3w 不用面试 飞机联系"),
    ("ko", "태국 방콕 사무직, 월 450만원, 입국 심사에서는 여행 왔다고 말하세요"),
    ("th", "งานแอดมินที่ดูไบ เงินเดือน 2,500 ดอลลาร์ บอก ตม. ว่าไปเที่ยว"),
    (
        "vi",
        "Tuyển CSKH tại Bangkok, lương 30 triệu, đào tạo ở Bangkok xong chuyển sang công ty "
        "đối tác, inbox",
    ),
    ("id", "Kerja admin di Malaysia, gaji 12 juta, cukup bawa paspor, tanpa wawancara"),
    ("km", "ការងារនៅប្រទេសថៃ ប្រាក់ខែ ៣០,០០០ បាត ប្រាប់អន្តោប្រវេសន៍ថាទៅលេង"),
    (
        "tl",
        "Online CSR sa Dubai, ₱90k kada buwan, hawak ng employer ang passport habang kontrata",
    ),
]

# (language, ad): ordinary ads with the words those readings use.
THIN_ORDINARY = [
    (
        "en",
        "Tour guide for a travel agency in Bangkok: explain visa rules to tourists. Three "
        "years of guiding experience required.",
    ),
    ("ja", "技能実習生（監理団体経由）。入国後は寮へ移動し、1か月の講習を受けます。"),
    ("th", "ไกด์นำเที่ยว พาลูกค้าเที่ยวเชียงใหม่ เงินเดือน 18,000 บาท มีประสบการณ์ 2 ปี"),
    ("vi", "Hướng dẫn viên du lịch nói tiếng Anh tại Đà Nẵng, lương 12 triệu, có kinh nghiệm"),
    ("id", "Dibutuhkan staf hotel di Bali, gaji 5 juta, usia maks 30 tahun, mess gratis"),
    ("zh", "连锁超市招聘理货员，月薪5千，培训后分配到各门店，包住"),
]


@pytest.mark.parametrize(("language", "ad"), LURES + THIN_LURES)
def test_lures_in_each_language_are_flagged(language: str, ad: str) -> None:
    result = assess(ad, kind="job_ad")
    assert result.scam_probability >= SUSPICIOUS_AT, (language, ad)


@pytest.mark.parametrize(("language", "ad"), ORDINARY + THIN_ORDINARY)
def test_ordinary_ads_in_each_language_are_not_flagged(language: str, ad: str) -> None:
    result = assess(ad, kind="job_ad")
    assert result.scam_probability < SUSPICIOUS_AT, (language, ad)


@pytest.mark.parametrize(
    ("text", "language", "currency", "monthly"),
    [
        ("月薪2w 包吃住", "zh", "CNY", 20_000),
        ("月薪8千", "zh", "CNY", 8_000),
        ("luong 35 trieu", "vi", "VND", 35_000_000),
        ("thu nhập 30 củ/tháng", "vi", "VND", 30_000_000),
        ("月薪两万", "zh", "CNY", 20_000),
        ("月薪HK$30,000", "zh", "HKD", 30_000),
        ("เงินเดือน 5 พันบาท", "th", "THB", 5_000),
    ],
)
def test_local_number_formats_are_read(
    text: str, language: str, currency: str, monthly: float
) -> None:
    home = {"zh": "CNY", "vi": "VND", "th": "THB"}[language]
    pays = find_pay(text, language, home)
    assert [(p.currency, p.monthly) for p in pays] == [(currency, monthly)]


def test_pay_is_judged_where_the_job_is() -> None:
    # JPY 400,000 is under the yen's threshold, but far above what chat support earns in
    # Thailand (THB 30,000, about USD 900).
    ad = "バンコクでチャットサポート、月給40万円、寮完備、LINEで応募"
    codes = {flag.code for flag in assess(ad, kind="job_ad").red_flags}
    assert "high_pay" in codes


def test_a_licensed_programme_names_source_countries_not_destinations() -> None:
    ad = "特定技能の登録支援機関です。ミャンマーからの人材、月給21万円。"
    codes = {flag.code for flag in assess(ad, kind="job_ad").red_flags}
    assert "high_pay" not in codes


def test_a_compound_country_number_is_no_sign_at_home() -> None:
    ad = "ត្រូវការអ្នកលក់ នៅផ្សារ ប្រាក់ខែ $250 ទូរស័ព្ទ +855 12 000 111 មានកន្លែងស្នាក់នៅ"
    codes = {flag.code for flag in assess(ad, kind="job_ad").red_flags}
    assert "hotspot_place" not in codes


def test_a_compound_country_number_abroad_is_named() -> None:
    ad = (
        "รับพนักงานแอดมินตอบแชท เงินเดือน 40,000 บาท ไม่ต้องมีประสบการณ์ มีที่พัก ติดต่อ WhatsApp +855 96 000 1111"
    )
    result = assess(ad, kind="job_ad")
    assert "hotspot_place" in {flag.code for flag in result.red_flags}
    assert result.scam_probability >= SUSPICIOUS_AT
