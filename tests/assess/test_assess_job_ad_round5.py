"""Job ads, fifth round: lures that carry few signs, and ordinary ads that look like lures.

Lures written the ways the earlier rounds' cues did not read: as a friend's message ("my
cousin works in a neighbouring country..."), posing as a licensed agency, naming no country
("a neighbouring country", "Southeast Asia office") or only a compound region with two or
three bits of bait (casino staff, "good pay", housing), in each of the nine languages. And
ordinary ads with lure-like features: seafarers through licensed manning agencies, EPS and
specified-skilled-worker programmes, BPO and call-centre work at home and in Manila or Phnom
Penh, factory line work with a dormitory, a shuttle, an age range and "no experience"
(Japanese "ライン作業" and Thai "ไลน์ผลิต" are a production line, not the LINE app).

Every ad below was written for this test from general knowledge of recruitment ads, not from
any blind set (character 4-gram Jaccard against every ad of bench/blind_job_ads, _2 ... _5
below 0.3, bench/blind_overlap.py).
"""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.salary import find_pay
from tipoff.check.verdict import SUSPICIOUS_AT

# (language, ad): per language a friend's message, an ad posing as a licensed agency and a
# bare ad with two or three signs.
LURES = [
    (
        "en",
        "Hey! My cousin works in a neighbouring country doing chat support and earns $1,500 a "
        "month with zero experience. The company pays the flight. Want me to connect you? DM me",
    ),
    (
        "en",
        "Global Star Manpower (licensed agency): typing staff for our Southeast Asia office, "
        "USD 1,400/month, no experience needed, flight provided, apply on Telegram.",
    ),
    ("en", "Casino staff wanted in the Golden Triangle zone. Good pay, contact on WhatsApp."),
    (
        "ja",
        "友達が東南アジアでチャットの仕事してて月60万円稼いでるよ。経験なくても大丈夫、"
        "航空券も会社が出してくれるって。興味あればDMください",
    ),
    (
        "ja",
        "【厚生労働大臣許可】海外オンライン営業スタッフ募集 月給45万円 未経験歓迎 "
        "渡航費無料 テレグラムで応募",
    ),
    ("ja", "カンボジアで日本語チャットオペレーター、高収入、寮完備"),
    (
        "zh",
        "兄弟，我在东南亚这边做客服，一个月轻松两万多，不用经验，机票公司报销，想来的话私聊我",
    ),
    (
        "zh",
        "正规劳务公司直招：周边国家网络推广，月薪1.5万起，零基础，包吃包住，加飞机详谈",
    ),
    ("zh", "金三角特区招荷官，待遇优厚，包食宿"),
    (
        "ko",
        "형 친구가 동남아에서 채팅 상담 하는데 월 800만원 번대. 경험 없어도 되고 비행기표도 "
        "회사에서 끊어준대. 관심 있으면 텔레 주세요",
    ),
    ("ko", "정식 인력업체 모집 - 해외 온라인 마케팅, 월 700만원, 초보 가능, 숙식 제공, 카톡 문의"),
    ("ko", "라오스 골든트라이앵글 카지노 직원 모집, 고수익"),
    (
        "th",
        "น้องสาวเพื่อนไปทำงานประเทศเพื่อนบ้าน ทำแอดมินตอบแชท ได้เดือนละ 6 หมื่น "
        "ไม่ต้องมีประสบการณ์ บริษัทออกค่าตั๋วให้ สนใจทักแชทมา",
    ),
    (
        "th",
        "บริษัทจัดหางานถูกกฎหมาย รับสมัครพนักงานคีย์ข้อมูล ทำงานต่างประเทศ เงินเดือน 50,000 บาท "
        "ไม่ต้องมีประสบการณ์ บินฟรี",
    ),
    ("th", "รับสมัครพนักงานคาสิโน ฝั่งลาว รายได้สูง มีที่พัก"),
    (
        "vi",
        "Em ơi chị có đứa bạn làm bên Cam, trực chat thôi mà lương 25 triệu/tháng, không cần "
        "kinh nghiệm, công ty lo vé máy bay. Em muốn đi thì ib riêng chị nha",
    ),
    (
        "vi",
        "Công ty uy tín tuyển nhân viên nhập liệu làm việc tại nước láng giềng, lương 1.200 "
        "đô/tháng, bao ăn ở, không cần bằng cấp, liên hệ Telegram",
    ),
    ("vi", "Tuyển nhân viên sòng bài ở Lào, lương khủng, bao ăn bao ở"),
    (
        "id",
        "Sis, temanku kerja di negara tetangga jadi admin chat, gajinya 15 juta sebulan, nggak "
        "perlu pengalaman, tiket pesawat gratis. Mau? japri aja",
    ),
    (
        "id",
        "PT resmi (P3MI) buka lowongan operator input data di Asia Tenggara, gaji USD 1.000/"
        "bulan, tanpa pengalaman, tiket ditanggung perusahaan, hubungi WA",
    ),
    ("id", "Dibutuhkan staf kasino di Kamboja, penghasilan besar, tempat tinggal gratis"),
    (
        "km",
        "បងស្រីខ្ញុំធ្វើការនៅប្រទេសជិតខាង ផ្នែកឆាត ប្រាក់ខែ ១២០០ ដុល្លារ "
        "មិនចាំបាច់មានបទពិសោធន៍ ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរ ចាប់អារម្មណ៍ឆាតមក",
    ),
    (
        "km",
        "ភ្នាក់ងារជ្រើសរើសពលករមានអាជ្ញាប័ណ្ណ ត្រូវការបុគ្គលិកវាយអក្សរ ធ្វើការនៅថៃ ប្រាក់ខែ $1,000 "
        "មិនចាំបាច់មានបទពិសោធន៍ ធ្វើដំណើរឥតគិតថ្លៃ",
    ),
    ("km", "ត្រូវការបុគ្គលិកកាស៊ីណូនៅឡាវ ប្រាក់ខែខ្ពស់ មានកន្លែងស្នាក់នៅ"),
    (
        "tl",
        "Bes, yung pinsan ko nasa kalapit na bansa, chat support lang, ₱80,000 kada buwan, kahit "
        "walang experience, sagot ng company ang ticket. PM mo ako kung gusto mo",
    ),
    (
        "tl",
        "DMW-licensed agency: hiring typist sa Southeast Asia office, $1,200/month, walang "
        "experience ok, libreng flight, message sa Telegram",
    ),
    ("tl", "Hiring casino dealer sa Cambodia, malaki ang sahod, may libreng tirahan"),
]

# (language, ad): ordinary ads that share features with lures.
ORDINARY = [
    (
        "en",
        "Licensed manning agency (DMW) hiring able seamen for bulk carriers. USD 1,200/month, "
        "2 years sea service required, STCW certificates, flight provided by principal.",
    ),
    (
        "en",
        "BPO in Makati hiring customer service representatives, PHP 28,000/month, fresh "
        "graduates welcome, free shuttle, apply online.",
    ),
    (
        "en",
        "Hotel housekeeping in Dubai through a licensed agency: AED 1,800 monthly, "
        "accommodation and flights provided, age 21-35, interview at our Kathmandu office.",
    ),
    (
        "en",
        "Online sales assistant at our Kuala Lumpur store, RM 2,500, no experience needed, "
        "contact us on WhatsApp.",
    ),
    (
        "ja",
        "【製造スタッフ】自動車部品のライン作業 月収30万円以上可 寮完備・送迎あり 未経験OK "
        "18〜45歳",
    ),
    (
        "ja",
        "特定技能（介護）での就労、登録支援機関がサポート。月給20万円、渡航費は当社負担、"
        "日本語N4以上。",
    ),
    (
        "ja",
        "バンコクの日系企業でカスタマーサポート（日本語）、月給5万バーツ、経験者優遇、"
        "ビザ・労働許可証の取得支援あり。",
    ),
    ("ja", "コールセンターのオペレーター 時給1,500円 未経験歓迎 オンライン面接可 LINEで応募OK"),
    (
        "zh",
        "正规外派劳务（对外劳务合作经营资格）赴新加坡建筑工，需两年工作经验，机票公司承担。",
    ),
    ("zh", "深圳电子厂普工 月薪6000-8000 包吃包住 18-40岁 无需经验 急招"),
    ("zh", "远洋渔业公司招海员 月薪1.2万 需持海员证 公司报销机票"),
    ("zh", "金边中资银行招聘会计，本科以上，3年以上工作经验，月薪1500美元"),
    (
        "ko",
        "고용허가제(EPS) 한국어능력시험 합격자 대상 제조업 근로자 모집, 월 230만원, 기숙사 제공",
    ),
    ("ko", "필리핀 마닐라 어학원 한국인 매니저 모집, 월 250만원, 숙소 제공, 경력 1년 이상"),
    ("ko", "물류센터 야간 상하차 알바 일당 15만원 초보 가능 당일 지급"),
    ("ko", "베트남 하노이 한국계 공장 생산관리, 월 400만원, 숙소·항공권 제공, 경력 3년 이상"),
    (
        "th",
        "รับสมัครพนักงานไลน์ผลิต โรงงานอิเล็กทรอนิกส์ ชลบุรี เงินเดือน 15,000 มีหอพัก รถรับส่ง "
        "ไม่ต้องมีประสบการณ์ อายุ 18-40 ปี",
    ),
    (
        "th",
        "กรมการจัดหางานรับสมัครแรงงานไปทำงานเกาหลี (EPS) ต้องสอบภาษาเกาหลี ค่าใช้จ่ายผู้สมัครออกเอง",
    ),
    (
        "th",
        "รับสมัครแรงงานเก็บผลไม้ป่าที่สวีเดนผ่านกรมการจัดหางาน ค่าตั๋วเครื่องบินบริษัทออกให้ มีที่พัก ไม่ต้องมีประสบการณ์",
    ),
    ("th", "รับสมัครพนักงานขายออนไลน์ประจำสาขาเชียงใหม่ เงินเดือน 13,000 บาท สมัครทางไลน์"),
    (
        "th",
        "รับสมัครลูกเรือประมงไปไต้หวันผ่านบริษัทจัดหางานที่ได้รับอนุญาต เงินเดือน 28,000 บาท มีประสบการณ์ 1 ปี",
    ),
    (
        "vi",
        "Công ty XKLĐ được cấp phép tuyển thực tập sinh đi Nhật, lương 28 triệu/tháng, chi phí "
        "minh bạch, học tiếng Nhật 6 tháng",
    ),
    (
        "vi",
        "Cửa hàng điện máy ở Đà Nẵng cần nhân viên tư vấn bán hàng, 7-9 triệu, chưa có kinh "
        "nghiệm sẽ được đào tạo",
    ),
    (
        "vi",
        "Tuyển thuyền viên tàu viễn dương, lương 1.000 USD/tháng, yêu cầu chứng chỉ thuyền viên, "
        "công ty được cấp phép",
    ),
    ("vi", "Xưởng gỗ Đồng Nai cần thợ phụ, thu nhập 9 triệu, hỗ trợ phòng trọ, cần gấp"),
    (
        "id",
        "P3MI resmi terdaftar BP2MI membuka lowongan perawat lansia ke Taiwan, gaji NT$ 20.000, "
        "wajib sertifikat caregiver, biaya sesuai aturan",
    ),
    ("id", "Dicari admin online shop, kerja dari rumah, gaji Rp 3.500.000, tanpa pengalaman, WA"),
    (
        "id",
        "Lowongan kru kapal pesiar lewat agen berizin, gaji USD 1.500/bulan, pengalaman hotel 2 "
        "tahun, tiket ditanggung",
    ),
    ("id", "Operator pabrik di Cikarang, gaji UMK, mess disediakan, usia maks 30 tahun, segera"),
    ("km", "ធនាគារក្នុងភ្នំពេញ ត្រូវការបុគ្គលិកផ្នែកសេវាអតិថិជន ប្រាក់ខែ $350 បញ្ចប់បរិញ្ញាបត្រ"),
    (
        "km",
        "រោងចក្រស្បែកជើងនៅតាកែវ ទទួលកម្មករថ្មី ប្រាក់ខែ $230 មានឡានដឹកកម្មករ មិនចាំបាច់មានបទពិសោធន៍",
    ),
    ("km", "ការងារទៅកូរ៉េតាមកម្មវិធី EPS ក្រសួងការងារ ត្រូវប្រឡងភាសាកូរ៉េ"),
    ("km", "ភោជនីយដ្ឋាននៅបាត់ដំបង ត្រូវការជំនួយចុងភៅ ប្រាក់ខែ $280 មានកន្លែងស្នាក់នៅ និងអាហារ"),
    (
        "tl",
        "POEA/DMW licensed agency: hiring factory workers para sa Taiwan, NT$ 27,470 monthly, "
        "walang placement fee, may dormitory",
    ),
    ("tl", "Call center agent sa Cebu, ₱22,000/month, kahit walang experience, apply na!"),
    (
        "tl",
        "Hiring seaman (AB) para sa tanker, $1,300/month, kailangan may SIRB at 2 taon na "
        "karanasan",
    ),
    ("tl", "Hiring service crew sa Makati, ₱610 kada araw, may libreng pagkain, mag-PM sa page"),
]


@pytest.mark.parametrize(("language", "ad"), LURES)
def test_lures_with_few_signs_are_flagged(language: str, ad: str) -> None:
    result = assess(ad, kind="job_ad")
    assert result.scam_probability >= SUSPICIOUS_AT, (language, ad)


@pytest.mark.parametrize(("language", "ad"), ORDINARY)
def test_lure_like_ordinary_ads_are_not_flagged(language: str, ad: str) -> None:
    result = assess(ad, kind="job_ad")
    assert result.scam_probability < SUSPICIOUS_AT, (language, ad)


@pytest.mark.parametrize(
    ("language", "text", "home", "currency", "monthly"),
    [
        ("ko", "월 2천만원", "KRW", "KRW", 20_000_000),
        ("ko", "월 4백만원", "KRW", "KRW", 4_000_000),
        ("ko", "월 천만원 보장", "KRW", "KRW", 10_000_000),
        ("th", "ได้เดือนละแสน", "THB", "THB", 100_000),
        ("th", "เงินเดือน 45,000", "THB", "THB", 45_000),
        ("zh", "底薪9000", "CNY", "CNY", 9_000),
        ("vi", "lương 1.500 đô", "VND", "USD", 1_500),
        ("tl", "sweldo: 55,000", "PHP", "PHP", 55_000),
        ("km", "ប្រាក់ខែ ១២០០ ដុល្លារ", "KHR", "USD", 1_200),
    ],
)
def test_pay_written_in_each_languages_own_way_is_read(
    language: str, text: str, home: str, currency: str, monthly: float
) -> None:
    pays = find_pay(text, language, home, job_ad=True)
    assert [(pay.currency, pay.monthly) for pay in pays] == [(currency, monthly)]


def test_a_bare_number_after_a_pay_word_is_pay_only_in_a_job_ad() -> None:
    assert find_pay("เงินเดือน 45,000", "th", "THB") == []


def test_line_inside_online_or_a_production_line_is_no_chat_contact() -> None:
    for ad in ("タイでオンライン営業、月給50万円", "ทำงานกัมพูชา ไลน์ผลิต เงินเดือน 40,000 บาท"):
        codes = {flag.code for flag in assess(ad, kind="job_ad").red_flags}
        assert "messenger_contact" not in codes, ad


def test_no_passport_needed_counts_only_for_a_job_that_goes_somewhere() -> None:
    home = assess("ร้านกาแฟรับพนักงาน ไม่ต้องใช้พาสปอร์ต", kind="job_ad")
    assert home.scam_probability < SUSPICIOUS_AT
    away = assess("งานที่พม่า ไม่ต้องใช้พาสปอร์ต", kind="job_ad")
    assert "tourist_visa" in {flag.code for flag in away.red_flags}


def test_korean_cues_are_read_with_or_without_spaces() -> None:
    spaced = assess("라오스 카지노 직원, 채팅 알바, 월 900만원", kind="job_ad")
    unspaced = assess("라오스 카지노직원, 채팅알바, 월 900만원", kind="job_ad")
    assert {f.code for f in spaced.red_flags} == {f.code for f in unspaced.red_flags}
    assert unspaced.scam_probability >= SUSPICIOUS_AT
