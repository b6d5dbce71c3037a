"""Job ads: who pays the trip and the housing read from two words in one clause, a passport
photo asked for, traditional Chinese read as simplified, and pay that fits a skilled role.

Every ad below was written for this test from general knowledge of recruitment ads (a lure
per pattern, and ordinary work abroad through real programmes and licensed agencies), not
from any blind set: the character 4-gram Jaccard of each against every ad of
bench/blind_job_ads, _2 and _3 is below 0.3 (bench/blind_overlap.py).
"""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.clause_pairs import pair_hits
from tipoff.assess.jobads import HIGH_PAY, job_weights
from tipoff.assess.redflags import find_evidence
from tipoff.assess.salary import find_pay
from tipoff.assess.skilled_role import asks_for_skill
from tipoff.check.verdict import SUSPICIOUS_AT

# (language, ad): trafficking lures, each with the trip or housing paid, a passport photo, a
# border crossing or a traditional-script spelling that the check read only as phrases before.
LURES = [
    (
        "en",
        "Hiring chat moderators for our overseas team. Monthly pay USD 2,200, airfare and "
        "work visa shouldered by the company, shared dormitory free. Fresh grads OK, ages 20 "
        "to 30. Message our recruiter on WhatsApp +63 917 000 1122, seats fill fast.",
    ),
    (
        "en",
        "Sales admin for a property firm in Kuala Lumpur, RM 9,000 a month, plane tickets "
        "provided. Send your passport scan and CV on Telegram @klhr_desk.",
    ),
    (
        "ja",
        "海外拠点でチャット対応スタッフ募集！月収60万円保証、往復の航空券とビザ費用は当社が"
        "全額負担、宿舎も無料。未経験OK、20〜32歳まで。応募はテレグラム@asia_staff_jpへ。",
    ),
    (
        "ja",
        "ドバイの日系ゲーム会社でテスター募集。月給70万円、パスポートの画像をLINEで送って"
        "ください。到着後の住居は会社負担です。",
    ),
    (
        "zh",
        "高薪誠聘線上客服，地點：柬埔寨西港，月薪3萬人民幣，免經驗，機票與簽證由公司負擔，"
        "年齡18至35歲，請加Telegram @xg_hr88 了解，名額有限。",
    ),
    (
        "zh",
        "迪拜游戏公司招聘测试员，月入2万5，公司报销往返机票和签证费用，到岗后统一安排宿舍，"
        "请把护照照片发微信 dxb_hr。",
    ),
    (
        "zh",
        "誠徵海外行銷專員，月薪NT$12萬，機票簽證由公司負擔，無需工作經驗，LINE聯繫。",
    ),
    (
        "ko",
        "해외 지사 채팅 상담원 급구. 월 650만원, 비행기표와 비자는 회사에서 전액 부담, 기숙사 "
        "무료. 신입 환영, 만 20~33세. 텔레그램 @sea_cs_kr 로 연락 주세요.",
    ),
    (
        "ko",
        "말레이시아 쿠알라룸푸르 온라인 마케팅, 월 600만원, 항공권 제공, 여권 사진을 카톡으로 "
        "보내주세요.",
    ),
    (
        "th",
        "รับแอดมินตอบแชทประจำต่างประเทศ รายได้ 55,000 บาท/เดือน บริษัทออกค่าตั๋วเครื่องบินและ"
        "วีซ่าให้ทั้งหมด ที่พักฟรี ไม่ต้องมีประสบการณ์ อายุ 20-35 ปี ติดต่อไลน์ @abroad_th",
    ),
    (
        "th",
        "งานคาสิโนออนไลน์ปอยเปต เงินเดือน 45,000 มีทีมงานพาข้ามแดนให้ ไม่ต้องใช้พาสปอร์ต",
    ),
    (
        "vi",
        "Tuyển nhân viên trực chat cho công ty ở nước ngoài, lương 40 triệu/tháng, công ty chi "
        "trả vé máy bay và visa, ký túc xá miễn phí, không cần kinh nghiệm, tuổi 18-30, nhắn "
        "Telegram @vn_sea_hr.",
    ),
    (
        "vi",
        "Tuyen nv marketing online lam viec tai Campuchia, luong 1500 USD, ve may bay cong ty "
        "chi tra, nhan Zalo 0900 000 000",
    ),
    (
        "id",
        "Dicari admin chat untuk kantor cabang luar negeri, gaji 28 juta/bulan, tiket pesawat dan "
        "visa dibiayai perusahaan, asrama gratis, tanpa pengalaman, usia 19-30 tahun, hubungi "
        "Telegram @idn_sea_rek.",
    ),
    (
        "id",
        "Lowongan operator game di Myawaddy, gaji 15 juta, kirim foto paspor lewat WA "
        "0812 0000 1111.",
    ),
    (
        "km",
        "ផ្នែកឆ្លើយសារអតិថិជននៅក្រៅប្រទេស ក្រុមហ៊ុនចេញថ្លៃសំបុត្រយន្តហោះ និងទិដ្ឋាការជូន "
        "ស្នាក់នៅឥតគិតថ្លៃ ចំណូល $2,000 ក្នុងមួយខែ គ្មានបទពិសោធន៍ក៏បាន សួរតាម Telegram @kh_abroad_hr",
    ),
    (
        "km",
        "ការងារនៅម៉ាឡេស៊ី ប្រាក់ខែ $1,300 សូមផ្ញើរូបថតលិខិតឆ្លងដែនតាម Telegram ដើម្បីរៀបចំសំបុត្រ",
    ),
    (
        "tl",
        "Hiring chat support para sa overseas office, sahod ₱90,000 kada buwan, libre ang plane "
        "ticket at visa, may libreng tirahan, walang experience ok, PM sa Telegram @ph_sea_jobs.",
    ),
    (
        "tl",
        "Encoder sa Myawaddy, $1,200 buwan-buwan, ipadala ang kopya ng passport sa Messenger.",
    ),
]

# Ordinary ads: work abroad through programmes and licensed agencies (EPS, specified skilled
# worker, technical interns, G-to-G, licensed manning and nursing agencies), skilled posts with
# pay to match, and local jobs that give housing or take a chat-app contact.
ORDINARY = [
    (
        "en",
        "Registered nurse for a hospital in Riyadh through a licensed recruitment agency. "
        "Bachelor's degree in nursing and 2 years of hospital experience required. SAR 9,000 "
        "monthly, flights and housing provided by the employer. Apply at our office.",
    ),
    (
        "en",
        "English teacher in Seoul public schools. University degree required. KRW 2.3 million a "
        "month, airfare reimbursed, furnished apartment provided. Interviews by video call.",
    ),
    (
        "en",
        "Senior data engineer, Bangkok office of a regional bank. 6+ years of experience with "
        "Spark. USD 5,500 per month, relocation support, visa sponsored.",
    ),
    (
        "ja",
        "特定技能（介護）で日本の施設に就職。登録支援機関がサポート。介護技能評価試験と日本語"
        "試験の合格が必要です。月給22万円、寮あり（寮費は給与から天引き）、渡航費は自己負担。",
    ),
    (
        "ja",
        "シンガポールの日系商社で経理マネージャー。実務経験5年以上、月給S$9,000、ビザは会社が"
        "サポートします。",
    ),
    (
        "zh",
        "台中精密機械廠徵作業員，月薪NT$32,000起，提供員工宿舍，無經驗可，LINE洽詢。",
    ),
    (
        "zh",
        "新加坡建筑项目招聘钢筋工，由商务部批准的对外劳务合作企业派遣，需持有相关证书，3年以上"
        "工作经验，月薪4000新元，机票由雇主承担，合同两年。",
    ),
    (
        "ko",
        "호주 시드니 병원 간호사 채용, 간호사 면허 소지, 경력 3년 이상, 연봉 9만 호주달러, 비자 "
        "스폰서 및 항공권 지원.",
    ),
    (
        "ko",
        "인천 물류센터 상하차 아르바이트, 경력 무관, 일급 13만원, 기숙사 제공, 카톡 문의.",
    ),
    (
        "th",
        "รับสมัครแรงงานไปทำงานเกษตรที่อิสราเอล ผ่านกรมการจัดหางาน ค่าตั๋วเครื่องบินผู้สมัครออกเอง "
        "มีที่พักให้ สอบคัดเลือกที่กรมการจัดหางาน",
    ),
    (
        "th",
        "โรงแรมในดูไบรับพนักงานต้อนรับ ผ่านบริษัทจัดหางานที่ได้รับอนุญาต ประสบการณ์ 2 ปีขึ้นไป "
        "ภาษาอังกฤษดี เงินเดือน 3,500 AED ตั๋วเครื่องบินและที่พักบริษัทออกให้",
    ),
    (
        "vi",
        "Chương trình thực tập sinh kỹ năng Nhật Bản qua doanh nghiệp được Bộ LĐ-TB&XH cấp phép, "
        "học tiếng Nhật 6 tháng, vé máy bay người lao động tự chi trả, "
        "lương theo quy định Nhật Bản.",
    ),
    (
        "vi",
        "Công ty logistics ở Đà Nẵng cần trưởng phòng tài chính, yêu cầu bằng cử nhân và ít nhất "
        "5 năm kinh nghiệm quản lý, thu nhập 35-45 triệu.",
    ),
    (
        "id",
        "Lowongan resmi ke Korea Selatan skema pemerintah (EPS) lewat BP2MI: peserta harus lolos "
        "ujian bahasa Korea, tiket pesawat ditanggung sendiri sesuai aturan, tanpa biaya calo.",
    ),
    (
        "id",
        "Perawat untuk rumah sakit di Jepang melalui agensi berizin, pendidikan D3 keperawatan, "
        "STR aktif, pengalaman minimal 2 tahun, tiket pesawat disediakan.",
    ),
    (
        "km",
        "ការងារនៅកូរ៉េតាមកម្មវិធី EPS តាមរយៈក្រសួងការងារ ត្រូវប្រឡងភាសាកូរ៉េ EPS-TOPIK ប្រាក់ខែតាមច្បាប់កូរ៉េ",
    ),
    (
        "km",
        "រោងចក្រកាត់ដេរនៅកំពង់ចាម រកជាងអគ្គិសនី ១ រូប មានអាជ្ញាប័ណ្ណវិជ្ជាជីវៈ និងធ្លាប់ធ្វើការ "
        "បទពិសោធន៍ ៤ ឆ្នាំ ប្រាក់ខែ $650",
    ),
    (
        "tl",
        "Seafarers wanted through a DMW-licensed manning agency, with valid SIRB and STCW "
        "certificates, at least 2 years sea service, POEA-approved contract.",
    ),
    (
        "tl",
        "Caregiver sa Taiwan sa pamamagitan ng lisensyadong agency, sagot ng employer ang "
        "airfare, may libreng tirahan, NC II holder.",
    ),
]


@pytest.mark.parametrize(("language", "ad"), LURES)
def test_a_lure_is_flagged_and_names_its_signs(language: str, ad: str) -> None:
    result = assess(ad, kind="job_ad")
    assert result.scam_probability >= SUSPICIOUS_AT, (language, result.red_flags)
    named = {flag.code for flag in result.red_flags} & set(job_weights())
    assert named, result


@pytest.mark.parametrize(("language", "ad"), ORDINARY)
def test_ordinary_work_abroad_and_skilled_posts_are_not_flagged(language: str, ad: str) -> None:
    result = assess(ad, kind="job_ad")
    assert result.scam_probability < SUSPICIOUS_AT, (language, result.red_flags)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("flight, visa and housing provided by the company", "travel_perks"),
        ("航空券・ビザ・住居は会社負担", "travel_perks"),
        ("항공·숙소 회사 부담", "travel_perks"),
        ("บริษัทรับผิดชอบตั๋วเครื่องบิน", "travel_perks"),
        ("ក្រុមហ៊ុនចេញថ្លៃសំបុត្រយន្តហោះ", "travel_perks"),
        ("cong ty chi tra ve may bay", "travel_perks"),
        ("hotel dan makan gratis", "housing_paid"),
        ("send a photo of your passport", "passport_request"),
        ("护照扫描件", "passport_request"),
    ],
)
def test_a_pair_of_words_in_one_clause_is_a_sign(text: str, code: str) -> None:
    assert code in {hit.code for hit in pair_hits(text.lower())}


@pytest.mark.parametrize(
    "text",
    [
        "airfare at the applicant's own expense, housing provided",
        "航空券は自己負担",
        "항공료 본인 부담",
        "ค่าตั๋วเครื่องบินผู้สมัครออกเอง",
        "tiket pesawat ditanggung sendiri",
        "vé máy bay tự túc",
        "机票自理",
        "Visa interview next week. Free parking on site.",
    ],
)
def test_the_worker_paying_or_a_clause_break_is_no_travel_perk(text: str) -> None:
    assert "travel_perks" not in {hit.code for hit in pair_hits(text.lower())}


def test_a_traditional_ad_reads_the_signs_of_its_simplified_twin() -> None:
    traditional = "金邊網路客服，月薪US$1,500，包機票，免經驗，護照照片傳Telegram @pp_cs"
    simplified = "金边网路客服，月薪US$1,500，包机票，免经验，护照照片传Telegram @pp_cs"
    codes = {flag.code for flag in find_evidence(traditional, kind="job_ad").red_flags}
    assert codes == {flag.code for flag in find_evidence(simplified, kind="job_ad").red_flags}
    assert {"hotspot_place", "travel_perks", "passport_request"} <= codes


def test_japanese_job_ads_are_not_folded() -> None:
    ad = "東南アジアでカスタマーサポート、月給60万円、航空券支給、未経験OK、LINEで応募"
    assert "overseas_job" in {flag.code for flag in find_evidence(ad, kind="job_ad").red_flags}


@pytest.mark.parametrize(
    "text",
    [
        "5+ years of experience in java",
        "実務経験3年以上",
        "3年以上工作经验",
        "경력 3년 이상",
        "ประสบการณ์ 3 ปีขึ้นไป",
        "ít nhất 2 năm kinh nghiệm",
        "pengalaman minimal 3 tahun",
        "បទពិសោធន៍ ៥ឆ្នាំ",
        "2 taon na karanasan",
        "university degree required",
        "本科以上学历",
    ],
)
def test_years_of_experience_or_a_degree_mark_a_skilled_role(text: str) -> None:
    assert asks_for_skill(text.lower())


@pytest.mark.parametrize(
    "text",
    ["no experience needed, age 18-35 years", "年齢20〜35歳", "อายุ 20-30 ปี", "usia 18-30 tahun"],
)
def test_an_age_range_is_no_experience_requirement(text: str) -> None:
    assert not asks_for_skill(text.lower())


def test_pay_is_no_bait_in_a_skilled_ad_unless_it_also_says_no_experience() -> None:
    skilled = "Backend engineer in Phnom Penh, $4,000/month, 5 years of experience in Go."
    codes = {flag.code for flag in find_evidence(skilled, kind="job_ad").red_flags}
    assert HIGH_PAY not in codes
    lure = "Typist in Phnom Penh, $4,000/month, no experience needed, 5 years contract."
    codes = {flag.code for flag in find_evidence(lure, kind="job_ad").red_flags}
    assert HIGH_PAY in codes


def test_pairs_are_read_in_job_ads_only() -> None:
    message = "Airfare and work visa shouldered by the company, see you in Dubai"
    assert "travel_perks" not in {flag.code for flag in find_evidence(message).red_flags}


@pytest.mark.parametrize(
    "ad",
    [
        "Game QA staff for a studio in Doha, USD 3,000 a month, flights covered. After arrival "
        "you join our partner office in another country for onboarding. Telegram @qa_doha",
        "クアラルンプールの事務職、月給55万円、航空券支給。到着後は提携先の会社で勤務します。LINEで連絡",
        "吉隆坡行政助理，月薪2万，公司承担机票。抵达后转到合作公司上班，微信联系",
        "쿠알라룸푸르 사무직, 월 550만원, 항공권 제공. 도착 후 협력 회사로 배치됩니다. "
        "텔레그램 문의",
        "Lowongan staf kantor di Kuala Lumpur, gaji 25 juta, tiket pesawat ditanggung. "
        "Setelah tiba ditempatkan di perusahaan mitra. Hubungi WA 0813 0000 2222",
    ],
)
def test_a_destination_that_changes_after_arrival_is_named(ad: str) -> None:
    result = assess(ad, kind="job_ad")
    assert "onward_transfer" in {flag.code for flag in result.red_flags}
    assert result.scam_probability >= SUSPICIOUS_AT


@pytest.mark.parametrize(
    "ad",
    [
        "Hotel housekeeping in Abu Dhabi through a licensed agency. Upon arrival you will be "
        "taken to the staff residence. 2 years of hotel experience required.",
        "介護の特定技能。入国後は登録支援機関の研修を受けてから施設で勤務します。",
        "EPS 고용허가제 입국 후 취업교육을 받고 사업장에 배치됩니다.",
    ],
)
def test_being_met_or_trained_on_arrival_is_no_onward_transfer(ad: str) -> None:
    result = assess(ad, kind="job_ad")
    assert "onward_transfer" not in {flag.code for flag in result.red_flags}
    assert result.scam_probability < SUSPICIOUS_AT


@pytest.mark.parametrize(
    "ad",
    [
        "Live-in data staff wanted, meals and room on site, closed management: no going out "
        "during the contract. DM for details.",
        "园区招聘推广员，包吃包住，封闭式管理，不得外出，工资日结。",
        "工場内の寮に住み込み、契約期間中は外出禁止です。",
        "Tuyển nhân viên ở lại khu công ty, quản lý khép kín, không được ra ngoài khi chưa "
        "hết hợp đồng.",
        "Kerja di kawasan perusahaan, selama kontrak tidak boleh keluar dari area.",
        "ត្រូវការបុគ្គលិក ស្នាក់នៅក្នុងបរិវេណ មិនអនុញ្ញាតឱ្យចេញក្រៅ រហូតដល់ចប់កិច្ចសន្យា",
    ],
)
def test_a_worker_kept_on_the_premises_is_named_and_flagged(ad: str) -> None:
    result = assess(ad, kind="job_ad")
    assert "movement_restriction" in {flag.code for flag in result.red_flags}
    assert result.scam_probability >= SUSPICIOUS_AT


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        ("月給 6万バーツ", "ja", "THB"),
        ("월 1만 위안", "ko", "CNY"),
        ("lương 40.000 bạt/tháng", "vi", "THB"),
        ("ប្រាក់ខែ ៣០,០០០ បាត", "km", "THB"),
        ("月薪NT$45,000", "zh", "TWD"),
        ("เงินเดือน 8,000 ริงกิต", "th", "MYR"),
    ],
)
def test_currency_names_in_each_language_are_read(text: str, language: str, currency: str) -> None:
    assert [pay.currency for pay in find_pay(text, language)] == [currency]


def test_vietnamese_without_marks_keeps_a_guard_from_being_a_paid_ticket() -> None:
    guard = "Tuyen bao ve toa nha Quan 7, luong 8 trieu, bao an trua, lien he Zalo"
    assert "travel_perks" not in {f.code for f in find_evidence(guard, kind="job_ad").red_flags}
    ticket = "Viec lam o nuoc ngoai, cong ty chi tra ve may bay, nhan Zalo"
    assert "travel_perks" in {f.code for f in find_evidence(ticket, kind="job_ad").red_flags}


@pytest.mark.parametrize(
    "ad",
    [
        "Dubai 5-star hotel hiring waiters through a DMW-licensed agency. Free visa and airfare, "
        "free accommodation, age 22-35. Send CV via Viber.",
        "ドバイのホテルでフロント募集（有料職業紹介 許可番号あり）。航空券・ビザ・住居は会社負担、"
        "年齢25〜35歳、LINEで応募",
        "Lowongan hotel di Dubai lewat P3MI resmi terdaftar BP2MI, tiket pesawat dan visa gratis, "
        "mess gratis, usia 20-35, hubungi WA 0812 0000 1111",
    ],
)
def test_a_named_licensed_channel_halves_the_decoy_destination_signs(ad: str) -> None:
    result = assess(ad, kind="job_ad")
    assert result.scam_probability < SUSPICIOUS_AT, result.red_flags
    assert "~licensed_recruitment" in find_evidence(ad, kind="job_ad").codes


def test_a_licence_claim_does_not_cover_a_compound_region_or_a_typing_job_abroad() -> None:
    hotspot = (
        "Licensed agency, licence no. 123. Customer service in Sihanoukville, USD 1,800 a "
        "month, no experience, free flight, Telegram @hr_kh"
    )
    typing = (
        "DMW-licensed agency: typing job in Dubai, USD 1,600 a month, free flight and hotel, "
        "no experience, Telegram @dxb_typing"
    )
    for ad in (hotspot, typing):
        assert assess(ad, kind="job_ad").scam_probability >= SUSPICIOUS_AT, ad
