"""Promotions and replies that carry to messages we have not seen (promos, 2026-12-06): a
licensed lender's, lottery's or prize draw's promotion with what the law makes it print
(tipoff.assess.regulated), a marked promotion that reaches only its sender's own channels in a
language with its own calibration, a reply to a misdirected message
(tipoff.assess.wrong_number), a brand's own name under a country's suffix
(tipoff.assess.lookalike) and the sender's own short name or domain as its site. Every text
here was written for these tests, one or more per language; each scam counterpart keeps its
scam answer."""

from __future__ import annotations

import pytest

from tipoff.assess import assess, assess_many
from tipoff.assess.asks import NO_ASK_CAP, MessageLook
from tipoff.assess.assess import _promotion_or_notice
from tipoff.assess.lookalike import imitated_brand, own_brand_domain
from tipoff.assess.offers import named_site
from tipoff.assess.own_channel import OWN_CHANNEL, own_channel_only
from tipoff.assess.promotion import PROMOTION_CAP, PROMOTION_MARKER, marker_spans
from tipoff.assess.redflags import find_evidence
from tipoff.assess.regulated import (
    REGULATED_OFFER,
    disclosures,
    named_sender,
    own_channels_only,
    regulated_offer,
)
from tipoff.assess.taxonomy import SCAM_TYPES
from tipoff.assess.wrong_number import WRONG_NUMBER_REPLY, wrong_number_reply

# A licensed lender: an annual rate, a regulator or the required warning, its own app.
LOANS = {
    "en": "Lendwell: you're pre-approved for a personal loan of up to £20,000. Rates from "
    "7.4% APR representative. See your rate in the Lendwell app. Reply STOP to opt out",
    "ja": "【さくら銀行】即日融資も可能なカードローン、実質年率1.9%～14.5%。お申し込みはさくら銀行"
    "アプリから。ご利用は計画的に。",
    "zh": "【华夏银行】个人信用贷款最高50万，年化利率低至3.5%，额度以实际审批为准，请在华夏银行App"
    "申请。回T退订",
    "ko": "(광고)[하늘은행] 직장인 신용대출 최대 5천만원, 금리 연 4.9%~9.9%. 하늘은행 앱에서 신청. "
    "대출 시 신용점수 하락 가능. 무료수신거부 080-777-1234",
    "th": "ธนาคารทองดี: สินเชื่อบุคคล วงเงินสูง อนุมัติไว ดอกเบี้ย 18% ต่อปี สมัครผ่านแอปทองดี "
    "กู้เท่าที่จำเป็นและชำระคืนไหว",
    "vi": "NganHangSao: Vay tín chấp đến 300 triệu, lãi suất từ 12%/năm. Đăng ký trên ứng dụng "
    "NganHangSao. Tu choi QC soan TC gui 9000",
    "id": "BankMentari: Pinjaman dana tunai s.d. Rp50 juta, bunga mulai 0,9% per bulan. Ajukan "
    "di aplikasi BankMentari. Berizin dan diawasi oleh OJK.",
    "km": "ធនាគារផ្កាយ: កម្ចីអនឡាញ រហូតដល់ $10,000 ការប្រាក់ 10% ក្នុងមួយឆ្នាំ ដាក់ពាក្យក្នុងកម្មវិធីធនាគារផ្កាយ។",
    "tl": "BangkoAraw: Pautang hanggang P500,000, 18% kada taon. Mag-apply sa BangkoAraw app. "
    "Regulated by the Bangko Sentral ng Pilipinas.",
}
# A lottery, a bet or a prize draw: an age limit, responsible play, outlets, the terms.
DRAWS = {
    "en": "Lotto: this Saturday's jackpot is £12M. Get your ticket in the app or at an "
    "authorised retailer before 7:30pm. 18+ Play responsibly.",
    "ko": "(광고)[행운복권] 이번주 로또 1등 예상 당첨금 30억! 가까운 판매점에서 구매하세요. "
    "19세 미만 구매 불가. 무료수신거부 080-111-2222",
    "vi": "XoSoSao: Giải đặc biệt kỳ này 30 tỷ đồng! Mua vé tại đại lý xổ số gần nhất. "
    "Người dưới 18 tuổi không được mua.",
    "id": "Undian Tabungan Bintang: setiap saldo Rp1 juta dapat 1 poin undian, hadiah utama "
    "rumah. S&K berlaku, info di aplikasi Bintang.",
    "tl": "Lotto Araw: Super Lotto jackpot aabot sa P95M sa Martes! Bumili sa authorized "
    "outlet. 18 taong gulang pataas lamang.",
    "ja": "【ミドリカード】ご利用金額に応じて抽選で5千名様にギフトカード1,000円分が当たる！"
    "キャンペーン規約をご確認のうえ、会員サイトからご登録ください。",
}
# The same products as scams pitch them: a fee first, a chat app, a stranger's number, a
# link elsewhere, a prize already "won", gift cards to buy.
SCAMS = {
    "en": [
        "QuickLoanUK: you're approved for £5,000 at 3.9% APR! Pay the £49 processing fee to "
        "account 12345678 to release it.",
        "Congratulations, you have won £50,000 in the Euro Lotto draw! Call 07700 900456 to "
        "claim. 18+ T&Cs apply",
        "FastCash: loan approved £3,000, 4.9% APR representative. Finish at "
        "fastcash-approve.top today.",
    ],
    "zh": [
        "【金融服务】您已获得贷款额度20万，年化利率3.6%，请加微信jr8899办理，放款前需缴纳保证金。"
    ],
    "ko": [
        "(광고) 신용무관 대출 가능, 금리 연 3.5%. 카톡 ID: daechul77 로 상담. "
        "무료수신거부 080-000-1234"
    ],
    "th": ["สินเชื่อด่วน ไม่เช็คบูโร ดอกเบี้ย 12% ต่อปี แอดไลน์ @cash99 กู้เท่าที่จำเป็นและชำระคืนไหว"],
    "vi": ["Vay tiền nhanh lãi suất 8%/năm, không thế chấp, kết bạn Zalo 0901234567 để giải ngân."],
    "id": [
        "Selamat! Anda pemenang undian tabungan hadiah mobil. S&K berlaku. Hubungi "
        "0812-3456-7890 untuk klaim."
    ],
    "tl": [
        "Nanalo ka ng P250,000 sa raffle! Per DTI Fair Trade Permit No. 1234. Tumawag sa "
        "09171234567 para i-claim."
    ],
    "ja": [
        "【当選のお知らせ】おめでとうございます！Amazonギフトカード3万円分が当たりました。"
        "受け取りは lucky-gift.top から"
    ],
}
# A reply to a message meant for someone else, in the nine languages.
REPLIES = {
    "en": "Hey, I think you've got the wrong number, I'm not Dave. Hope you reach him!",
    "zh": "您好，您发错人了吧，我不是张老师。",
    "ko": "문자 잘못 보내신 것 같아요. 저는 지훈이 아닙니다.",
    "th": "ขอโทษนะคะ คุณส่งผิดเบอร์แล้วค่ะ ไม่ใช่คุณแอนค่ะ",
    "vi": "Hình như bạn nhắn nhầm số rồi, mình không phải chị Lan nhé.",
    "id": "Maaf kak, sepertinya salah kirim, saya bukan Budi.",
    "km": "សុំទោស អ្នកផ្ញើខុសលេខហើយ ខ្ញុំមិនមែនដារ៉ាទេ",
    "tl": "Pasensya na po, wrong number po kayo, hindi po ako si Jun.",
    "ja": "すみません、番号を間違えて送っていませんか。私は田中ではありません。",
}
# A wrong-number scam's opener: sorry for its own mistake, then making friends.
OPENERS = [
    "Hi, sorry wrong number! I'm not from around here, nice to meet you. I'm Lisa, where are "
    "you from?",
    "不好意思发错了，我不是故意的，交个朋友吧，你做什么工作的？",
    "Xin lỗi nhắn nhầm số, em không phải người xấu đâu, làm quen nhé anh?",
    "Maaf salah kirim, saya bukan orang jahat kok, boleh kenalan?",
]


@pytest.mark.parametrize(
    ("lang", "text"), [*LOANS.items(), *DRAWS.items()], ids=[*LOANS, *(f"draw-{k}" for k in DRAWS)]
)
def test_a_regulated_offer_is_recognised_and_never_a_scam(lang: str, text: str) -> None:
    evidence = find_evidence(text)
    assert regulated_offer(text, evidence), (lang, sorted(evidence.codes))
    result = assess(text)
    assert result.outcome != "scam", (lang, result.scam_probability)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in SCAMS.items() for text in texts]
)
def test_a_scam_pitching_the_same_product_stays_a_scam(lang: str, text: str) -> None:
    assert not regulated_offer(text, find_evidence(text)), lang
    result = assess(text)
    assert result.outcome == "scam", (lang, result.scam_probability)
    assert REGULATED_OFFER not in result.reasons


def test_an_age_limit_alone_makes_no_casino_lawful() -> None:
    # Illegal online casinos print "18+" too: gambling needs responsible play, outlets or a
    # licence; an age limit only makes a prize draw's or a lottery jackpot's disclosure.
    text = "SlotKing: สล็อต เว็บตรง โบนัส 100% ฝากถอนออโต้ 18+ สมัครที่ slotking.com"
    evidence = find_evidence(text)
    assert "gambling" in evidence.codes
    assert not regulated_offer(text, evidence)


def test_disclosures_are_read_in_every_language() -> None:
    assert "credit" in disclosures("rates from 6.5% apr representative")
    assert "credit" in disclosures("금리 연 5.5%")
    assert "credit" in disclosures("ดอกเบี้ย 15% ต่อปี")
    assert "credit" in disclosures("lãi suất 9%/năm")
    assert "age" in disclosures("21+ only")
    assert "age" not in disclosures("720+ points")
    assert "gambling" in disclosures("buy at authorised agents. play responsibly")
    assert "won" in disclosures("恭喜您中奖")
    assert "terms" in disclosures("s&k berlaku")


def test_a_named_sender_is_read_after_tags_and_labels() -> None:
    assert named_sender("(광고)[하늘은행] 신용대출")
    assert named_sender("[Web발신] [하늘은행] 안내")
    assert named_sender("ธนาคารทองดี: สินเชื่อ")
    assert named_sender("【华夏银行】贷款")
    assert not named_sender("Congratulations! You have won")


def test_own_channels_only_allows_the_opt_out_number_and_no_other() -> None:
    text = "(광고)[하늘은행] 신용대출 앱에서 신청. 무료수신거부 080-777-1234"
    assert marker_spans(text)
    assert own_channels_only(text, MessageLook(text))
    other = "(광고)[하늘은행] 신용대출 상담 010-5555-1234 무료수신거부 080-777-1234"
    assert not own_channels_only(other, MessageLook(other))
    handle = "Northwind Bet: free bet. WhatsApp +44 7700 900123 for tips. Opt out: STOP to 88020"
    assert not own_channels_only(handle, MessageLook(handle))


def _labels() -> dict[str, float]:
    return dict.fromkeys(SCAM_TYPES, 0.0)


def test_a_marked_promotion_the_model_calls_a_scam_is_spam_when_it_reaches_only_its_sender() -> (
    None
):
    # In a language with its own calibration (little_evidence False) the model's scam answer
    # on a marked message stood before; now it stands only where the message reaches more
    # than its sender's own channels.
    text = (
        "Northwind Bet: Bet £10 on Saturday's racing and get a £20 free bet. 18+ New "
        "customers. T&Cs apply. gamcare.org.uk. Opt out: STOP to 88020"
    )
    evidence = find_evidence(text)
    scam, unwanted, reasons = _promotion_or_notice(
        text, evidence, _labels(), (0.8, 0.95), (), little_evidence=False
    )
    assert (scam, reasons) == (PROMOTION_CAP, (PROMOTION_MARKER,))
    assert unwanted >= 0.9
    elsewhere = (
        "Northwind Bet: racing free bet. Details at northwind-bets.top. Opt out: STOP to 88020"
    )
    scam, _, reasons = _promotion_or_notice(
        elsewhere, find_evidence(elsewhere), _labels(), (0.8, 0.95), (), little_evidence=False
    )
    assert scam == 0.8 and PROMOTION_MARKER not in reasons


@pytest.mark.parametrize(("lang", "text"), sorted(REPLIES.items()))
def test_a_reply_to_a_misdirected_message_is_legitimate(lang: str, text: str) -> None:
    result = assess(text)
    assert result.outcome == "legitimate", (lang, result.outcome, result.scam_probability)
    if result.reasons:
        assert result.reasons in ((WRONG_NUMBER_REPLY,), ("no_ask",)), lang
    if lang != "ja":  # the Japanese words are no wrong-number opener: nothing to cap
        assert wrong_number_reply(text, find_evidence(text)), lang


@pytest.mark.parametrize("text", OPENERS)
def test_a_wrong_number_opener_that_makes_friends_is_no_reply(text: str) -> None:
    assert not wrong_number_reply(text, find_evidence(text))
    assert WRONG_NUMBER_REPLY not in assess(text).reasons


def test_a_reply_with_a_link_or_number_is_no_reply() -> None:
    for text in (
        "Sorry, wrong number, I'm not Dave. But check out my shop bit.ly/x1",
        "你发错了，我不是张老师，有事打我电话13812345678",
    ):
        assert not wrong_number_reply(text, find_evidence(text)), text


def test_a_brands_own_name_under_a_country_suffix_is_its_own() -> None:
    assert imitated_brand("americanexpress.co.uk") is None
    assert own_brand_domain("americanexpress.co.uk")
    assert imitated_brand("americanexpress-uk.co.uk") == "American Express"
    assert imitated_brand("paypal.cm") == "PayPal"  # a plain country domain: a typo of .com
    assert imitated_brand("amex.co") == "American Express"
    assert not own_brand_domain("sf.co.uk")  # short own names are not carried abroad


def test_the_senders_own_short_name_or_domain_is_its_site() -> None:
    text = "Kite: your broadband deal ends soon, stay for £25/month. Visit kite.com/deal"
    start = text.index("kite.com")
    assert named_site(text, "kite.com/deal", start, "kite")
    notice = (
        "Pesos.ph: scheduled maintenance on 12 Jan, 1-3 AM. Cash-in will be unavailable. "
        "Details at pesos.ph"
    )
    evidence = find_evidence(notice)
    assert "link" in evidence.codes
    assert own_channel_only(notice, evidence)


def test_results_say_why() -> None:
    results = assess_many([LOANS["ko"], REPLIES["ko"]])
    assert results[0].outcome == "spam"
    assert results[1].outcome == "legitimate"
    assert results[1].scam_probability <= NO_ASK_CAP
    assert OWN_CHANNEL not in results[0].reasons
