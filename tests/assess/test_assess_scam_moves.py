"""The moves that define a scam, written once per concept for every language
(``data/scam_moves.json``), and the floor for a scam's two moves (``assess/scam_moves.py``).

Every sentence here was written for this test (general phrasing of each scam move in each
language), not taken from a blind or public message set.
"""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.jobads import job_score
from tipoff.assess.lexicon import (
    LEXICON_LANGUAGES,
    SCAM_MOVE_LANGUAGES,
    flag_codes,
    read_data_json,
    scam_moves,
)
from tipoff.assess.redflags import find_evidence
from tipoff.assess.scam_moves import SCAM_MOVE_FLOOR, scam_move

_CONCEPTS = read_data_json("scam_moves.json")["concepts"]

# concept -> language -> a message that makes the move
MOVES: dict[str, dict[str, str]] = {
    "fee_to_receive": {
        "en": "Your loan is ready. Pay the fee to receive the money today.",
        "ja": "融資が決まりました。受け取るには手数料3,000円が必要です。",
        "zh": "您的贷款已审批，放款前需缴纳一笔费用，请先交手续费。",
        "ko": "대출이 승인되었습니다. 수수료를 먼저 입금해 주세요.",
        "th": "เงินกู้อนุมัติแล้ว ต้องโอนค่าธรรมเนียมก่อนนะคะ",
        "vi": "Khoản vay đã duyệt, anh chị đóng phí để nhận tiền trong ngày.",
        "id": "Pinjaman anda siap, bayar biaya admin terlebih dahulu ya.",
        "km": "កម្ចីរបស់អ្នករួចរាល់ សូមបង់ថ្លៃសេវាមុន",
        "tl": "Approved na po, magbayad muna ng processing fee para ma-release.",
    },
    "pay_to_withdraw": {
        "en": "Your balance is 8,400 USDT but you cannot withdraw until you pay the tax.",
        "ja": "利益を引き出すには追加の入金が必要です。",
        "zh": "您的账户异常无法提现，请联系客服。",
        "ko": "수익금 출금을 위해 보증금 50만원을 입금하세요.",
        "th": "ก่อนถอนเงินต้องเติมอีก 5,000 บาทค่ะ",
        "vi": "Muốn rút tiền phải nạp thêm 5 triệu nữa nhé.",
        "id": "Untuk menarik dana anda harus top up 2 juta dulu.",
        "km": "ដើម្បីដកលុយ អ្នកត្រូវបញ្ចូលលុយបន្ថែម",
        "tl": "Para ma-withdraw mo ang kita, mag-top up ka muna ng 3,000.",
    },
    "move_to_another_app": {
        "en": "This app is slow, let's chat on WhatsApp instead.",
        "ja": "ここは不便なので、LINEで話しませんか？",
        "zh": "这里聊天不方便，我们微信聊吧。",
        "ko": "여기 말고 카톡으로 대화해요.",
        "th": "ย้ายไปคุยในไลน์ดีกว่าค่ะ",
        "vi": "Mình chuyển sang Zalo nói chuyện cho tiện nhé.",
        "id": "Kita lanjut di WhatsApp aja ya kak.",
        "km": "យើងឆាតតាមតេឡេក្រាមវិញណា",
        "tl": "Lipat tayo sa Telegram para mas madali.",
    },
    "keep_it_secret": {
        "en": "Send it to the account below and tell no one about this case.",
        "ja": "この件は家族にも言わないでください。口座に振り込んでください。",
        "zh": "这件事不能告诉任何人，马上转账到安全账户。",
        "ko": "이 일은 가족에게 알리지 마시고 바로 이체하세요.",
        "th": "ห้ามบอกครอบครัวนะ โอนมาที่บัญชีนี้ก่อน",
        "vi": "Chuyện này đừng cho ai biết, chuyển khoản ngay cho chú.",
        "id": "Jangan bilang siapa-siapa ya, transfer ke rekening ini dulu.",
        "km": "កុំប្រាប់អ្នកណាទាំងអស់ ផ្ទេរលុយមកគណនីនេះភ្លាម",
        "tl": "Atin-atin lang ito, ipadala mo na sa account na ito.",
    },
    "accused_of_a_crime": {
        "en": "This is the police. Your account is involved in a money laundering case.",
        "ja": "警察です。あなた名義の口座が犯罪に使われています。",
        "zh": "这里是公安局，你的身份证涉嫌一起洗钱案件。",
        "ko": "검찰입니다. 고객님 명의가 도용되어 범죄에 연루되었습니다.",
        "th": "ตำรวจแจ้งว่าบัญชีของท่านเกี่ยวข้องกับคดีฟอกเงิน",
        "vi": "Công an thông báo tài khoản của anh liên quan đến đường dây rửa tiền.",
        "id": "Kami dari kepolisian, rekening anda terlibat pencucian uang.",
        "km": "នេះប៉ូលិស គណនីរបស់អ្នកពាក់ព័ន្ធនឹងការលាងលុយ",
        "tl": "Ito ang NBI. May kaso ka dahil ginamit ang account mo sa scam.",
    },
    "arrest_threat": {
        "en": "If you do not cooperate you will be arrested tonight.",
        "ja": "協力しなければ逮捕されます。",
        "zh": "不配合调查将被逮捕。",
        "ko": "협조하지 않으면 구속영장이 발부됩니다.",
        "th": "หากไม่ให้ความร่วมมือจะถูกจับกุมทันที",
        "vi": "Nếu không hợp tác anh sẽ bị bắt ngay hôm nay.",
        "id": "Jika tidak kooperatif anda akan ditangkap malam ini.",
        "km": "បើមិនសហការទេ អ្នកនឹងត្រូវចាប់ខ្លួន",
        "tl": "Kapag hindi ka nakipagtulungan, aarestuhin ka ngayong gabi.",
    },
    "guaranteed_returns": {
        "en": "Zero risk, profit every day, join now.",
        "ja": "元本保証で毎日利益が出ます。",
        "zh": "这个项目保证收益，只赚不赔。",
        "ko": "원금 보장에 매일 수익이 나요.",
        "th": "การันตีกำไร ได้กำไรทุกวันแน่นอน",
        "vi": "Đầu tư chắc chắn có lãi, không lo lỗ.",
        "id": "Investasi ini pasti untung, tanpa risiko.",
        "km": "វិនិយោគនេះធានាប្រាក់ចំណេញ ចំណេញរាល់ថ្ងៃ",
        "tl": "Siguradong kita ito, walang talo.",
    },
    "taught_to_invest": {
        "en": "My uncle is an analyst, I'll tell you when to buy.",
        "ja": "叔父がアナリストなので、タイミングを教えるね。",
        "zh": "我舅舅在交易所工作，我告诉你什么时候买。",
        "ko": "삼촌이 거래소 다녀서 타이밍 알려줄게.",
        "th": "ลุงทำงานในตลาดหุ้น เดี๋ยวบอกจังหวะซื้อให้",
        "vi": "Chú em làm trong sàn, em báo điểm vào lệnh cho anh.",
        "id": "Om saya analis, nanti aku kasih tau kapan beli.",
        "km": "ពូខ្ញុំធ្វើការនៅផ្សារហ៊ុន ខ្ញុំប្រាប់ពេលទិញ",
        "tl": "Sundan mo lang ang signal, sasabihan kita kung kailan bibili.",
    },
    "hand_over_a_code": {
        "en": "I sent a code to your number by mistake, please forward the code to me.",
        "ja": "間違えてコードを送ってしまいました。届いた番号を教えてください。",
        "zh": "我的验证码发错了，把收到的验证码发给我一下。",
        "ko": "인증번호 잘못 보냈어요, 받은 인증번호 좀 알려주세요.",
        "th": "ขอโทษค่ะส่งรหัสผิด ช่วยบอกรหัสที่ได้รับหน่อย",
        "vi": "Em gửi nhầm mã sang số anh, anh đọc mã giúp em với.",
        "id": "Maaf kak salah kirim kode, tolong kirimkan kode yang masuk ke nomor kakak.",
        "km": "ខ្ញុំផ្ញើលេខកូដខុស សូមប្រាប់លេខកូដដែលអ្នកបានទទួល",
        "tl": "Pasensya na, pakisend ang code na natanggap mo.",
    },
    "sextortion": {
        "en": "I recorded our video call. Pay or I will send it to all your contacts.",
        "ja": "ビデオ通話を録画しました。払わないと動画を拡散します。",
        "zh": "我录下了你的视频，不给钱就发给你所有好友。",
        "ko": "영상통화 녹화했어. 돈 안 보내면 지인들에게 유포할 거야.",
        "th": "อัดวิดีโอคอลไว้แล้ว ไม่โอนจะปล่อยคลิป",
        "vi": "Tao đã ghi lại cuộc gọi video, không chuyển tiền tao gửi cho cả nhà mày.",
        "id": "Aku punya rekaman video call kamu, transfer atau aku sebar video.",
        "km": "ខ្ញុំមានវីដេអូអាសអាភាសរបស់អ្នក ផ្ទេរលុយមក",
        "tl": "May video ako, ipapakalat ko kapag hindi ka nagbayad.",
    },
}


def test_every_concept_names_a_known_code_and_every_product_language() -> None:
    known = flag_codes()
    for name, concept in _CONCEPTS.items():
        assert concept["code"] in known, name
        assert set(LEXICON_LANGUAGES) <= set(concept["phrases"]), name
        assert set(concept["phrases"]) <= set(SCAM_MOVE_LANGUAGES), name
        for language in LEXICON_LANGUAGES:
            assert concept["phrases"][language], (name, language)


@pytest.mark.parametrize(
    ("language", "code", "phrase"),
    [
        pytest.param(language, code, phrase, id=f"{language}-{code}-{phrase[:16]}")
        for language, codes in scam_moves().items()
        for code, phrases in codes.items()
        for phrase in phrases
    ],
)
def test_every_phrase_is_found_as_its_code(language: str, code: str, phrase: str) -> None:
    # The phrase between spaces is found (a conditional code as its hidden "~code"); a
    # negation word of the phrase itself is the only way it could be dropped.
    # Japanese between kana: kanji alone would be read as Chinese and folded (fold.py).
    text = f"これは{phrase}です" if language == "ja" else f"... {phrase} ..."
    codes = find_evidence(text).codes
    assert code in codes or f"~{code}" in codes, (language, phrase, sorted(codes))


@pytest.mark.parametrize(
    ("concept", "language", "text"),
    [
        pytest.param(concept, language, text, id=f"{concept}-{language}")
        for concept, texts in MOVES.items()
        for language, text in texts.items()
    ],
)
def test_each_move_is_read_in_each_language(concept: str, language: str, text: str) -> None:
    code = _CONCEPTS[concept]["code"]
    codes = find_evidence(text).codes
    assert code in codes or f"~{code}" in codes, sorted(codes)


# A fee to receive money, in every language: scam whatever the language's n-grams say.
FEE_TO_RECEIVE = {
    "en": "Congratulations, you won a car in our lucky draw. Pay the tax to receive the prize.",
    "ja": "融資が承認されました。審査なしですが、保証金を振り込んでください。",
    "zh": "您的贷款已通过，无需征信，放款前需缴纳解冻金3000元。",
    "ko": "대출 승인되었습니다. 신용 조회 없이 가능하며 보증금을 먼저 입금하세요.",
    "th": "สินเชื่ออนุมัติแล้ว ไม่เช็คบูโร ต้องโอนค่าธรรมเนียมก่อนรับเงิน",
    "vi": "Chuc mung ban trung thuong xe may, vui long nop phi truoc de nhan giai.",
    "id": "Pinjaman disetujui tanpa bi checking, bayar biaya admin terlebih dahulu.",
    "km": "កម្ចីមិនពិនិត្យប្រវត្តិឥណទាន សូមបង់ថ្លៃសេវាមុន ដើម្បីទទួលប្រាក់",
    "tl": "Loan approved! Walang credit check. Magbayad muna ng processing fee.",
}


@pytest.mark.parametrize(("language", "text"), list(FEE_TO_RECEIVE.items()))
def test_a_fee_to_receive_money_is_a_scam(language: str, text: str) -> None:
    assert scam_move(text, find_evidence(text)), language
    result = assess(text)
    assert result.scam_probability >= SCAM_MOVE_FLOOR, language
    assert result.outcome == "scam"


def test_a_phishing_shaped_link_beside_a_notice_is_a_scam() -> None:
    for text in (
        "택배 주소 불명으로 배송이 보류되었습니다. 주소 수정: cj-delivery-kr.top",
        "พัสดุของท่านค้างชำระค่าจัดส่ง กรุณาชำระที่ thpost-pay.xyz",
        "Your parcel is on hold, update your address at parcel-redelivery.icu",
    ):
        assert assess(text).scam_probability >= SCAM_MOVE_FLOOR, text


def test_one_move_alone_is_left_to_the_model() -> None:
    # A customs duty on a parcel (no gain promised), a fee alone, a hyphenated shop link with
    # no pretext: none is a scam's pair of moves.
    for text in (
        "DHL: import duty of 12.50 GBP is due on your parcel, pay on delivery to the courier.",
        "The processing fee for your passport renewal is 60 USD at the counter.",
        "New arrivals this week at my-shop-online.com",
    ):
        assert not scam_move(text, find_evidence(text)), text


def test_the_floor_never_lowers_and_leaves_job_ads_alone() -> None:
    text = "Loan approved, no credit check, pay the processing fee first: 0917 123 4567"
    message = assess(text)
    assert message.scam_probability >= SCAM_MOVE_FLOOR
    # A job ad is judged on its job signs alone (jobads.py), the floor does not apply.
    ad = assess(text, kind="job_ad")
    assert (
        ad.scam_probability
        == job_score(find_evidence(text, kind="job_ad").codes, job_ad=True).score
    )
    certain = "Loan approved, no credit check, pay the processing fee first. Guaranteed profit."
    assert assess(certain).scam_probability > SCAM_MOVE_FLOOR  # a floor, never a cap


@pytest.mark.parametrize(
    "text",
    [
        "Scammers are pretending to be police and say your account is linked to money "
        "laundering. Do not transfer anything.",
        "มิจฉาชีพแอบอ้างเป็นตำรวจ บอกว่าบัญชีเกี่ยวข้องกับคดีฟอกเงิน อย่าโอนเงินเด็ดขาด",
        "Có kẻ giả danh công an nói tài khoản của anh liên quan đường dây rửa tiền, "
        "đừng chuyển tiền.",
        "Ada penipu mengaku sebagai polisi, bilang rekening anda terlibat pencucian uang. "
        "Jangan transfer.",
    ],
)
def test_a_warning_that_reports_a_pretence_is_not_a_scam(text: str) -> None:
    assert assess(text).outcome != "scam"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "मेरा नया नंबर है, सेव कर लेना।"),
        ("ms", "Ini nombor baru saya, tolong simpan ya."),
    ],
)
def test_a_friends_new_number_in_hindi_and_malay_is_no_scam(language: str, text: str) -> None:
    assert assess(text).outcome != "scam", language


def test_hindi_moves_carry_without_a_lexicon_file() -> None:
    # Hindi has no lexicon of its own: the scam moves are written for it.
    assert assess("आपके नाम पर पार्सल में ड्रग्स मिले हैं, गिरफ्तारी वारंट जारी है।").outcome == "scam"
    assert assess("मम्मी मेरा एक्सीडेंट हो गया, जल्दी पैसे भेज दो, किसी को मत बताना").outcome == "scam"
