"""A victim's account used as the crew's mule, read from the victim's words
(``tipoff.indicators.own_values.MULE_CUES`` and ``MULE_NAMES``).

Where the sentence says the account was lent, rented, sold or handed over, that strangers'
money came into it and was sent on, or that the victim's "job" was to receive or process
payments, the account is the crew's receiving account in this report: not ``own``, so it links
the report to the crew that used it. The account a victim merely paid from, a refund was
promised to, or that was frozen, and an account an impostor *claims* is a mule account, stay the
victim's own. The sentences are written for these tests (not the simulator's nor any world's).
"""

from __future__ import annotations

import pytest

from tipoff.indicators.extract import extract
from tipoff.indicators.roles import Field, text_roles
from tipoff.model import Role

# (country, text, a part of the value's canonical form): the account is the crew's mule.
MULE: tuple[tuple[str, str, str], ...] = (
    # en: lending, renting, selling; strangers' money; payment processing
    ("GB", "I agreed to lend them my account, Monzo 04-00-04 12345678, for a fee.", "12345678"),
    ("GB", "A recruiter said I could rent out my Barclays account 20-45-77 13579246.", "13579246"),
    ("US", "Money from people I don't know came into my account Chase 483920175.", "483920175"),
    ("US", "Money from people I don’t know came into my account Chase 483920175.", "483920175"),
    (
        "AU",
        "My job was payment processing: customers paid into my account BSB 062-000 12345678.",
        "12345678",
    ),
    (
        "GB",
        "I was receiving payments for the company into my own account 20-45-77 13579246.",
        "13579246",
    ),
    ("SG", "I sold them my DBS account 023-456789-0 for 500 dollars.", "0234567890"),
    # ja: lent, sold; strangers' deposits sent on
    ("JP", "私の口座（みずほ銀行 渋谷支店 普通 7654321）を知人に貸しました。", "7654321"),
    ("JP", "SNSで誘われ、自分の口座 ゆうちょ銀行 普通 7654321 を売ってしまいました。", "7654321"),
    (
        "JP",
        "自分の口座（楽天銀行 普通 7654321）に見知らぬ人から振り込みがあり、そのまま送りました。",
        "7654321",
    ),
    # zh: lent, rented card; strangers' money in and out
    ("CN", "我把我的银行卡 6222021234567890128 出租给了一个网友。", "6222021234567890128"),
    ("CN", "我的银行卡 6222021234567890128 收到陌生人转账，再按要求转走。", "6222021234567890128"),
    ("CN", "网上有人借卡，我就把我的卡 6222021234567890128 给了他。", "6222021234567890128"),
    # ko: lent, handed over; strangers' money received and passed on
    ("KR", "아는 형에게 제 통장 신한은행 110-123-456789를 빌려줬습니다.", "110123456789"),
    (
        "KR",
        "제 계좌 신한은행 110-123-456789로 모르는 사람들이 입금했고 그 돈을 다시 보냈습니다.",
        "110123456789",
    ),
    (
        "KR",
        "제 명의 통장 신한은행 110-123-456789를 양도했습니다. 통장 양도는 불법인지 몰랐습니다.",
        "110123456789",
    ),
    # th: rented, borrowed; the victim's own word for a mule account
    ("TH", "ฉันให้เช่าบัญชีของฉัน กสิกรไทย 123-4-56789-0 กับคนในกลุ่มไลน์", "1234567890"),
    ("TH", "เขามายืมบัญชีของฉัน กสิกรไทย 123-4-56789-0 ไปรับเงิน", "1234567890"),
    ("TH", "ฉันยอมเป็นบัญชีม้า ใช้บัญชีของฉัน กสิกรไทย 123-4-56789-0 รับเงิน", "1234567890"),
    (
        "TH",
        "มีเงินจากคนที่ไม่รู้จักเข้ามาในบัญชีของฉัน กสิกรไทย 123-4-56789-0 หลายครั้ง",
        "1234567890",
    ),
    # vi: rented, lent; strangers' money in
    (
        "VN",
        "Tôi cho thuê tài khoản của tôi Vietcombank 0071001234567 để lấy tiền.",
        "0071001234567",
    ),
    (
        "VN",
        "Họ mượn tài khoản của tôi Vietcombank 0071001234567, tiền từ người lạ chuyển vào.",
        "0071001234567",
    ),
    # id: rented, lent; strangers' money passed on
    ("ID", "Saya sewa rekening saya BCA 6587794006 ke orang dari grup Telegram.", "6587794006"),
    (
        "ID",
        "Uang dari orang tak dikenal masuk ke rekening saya BCA 6587794006 lalu saya teruskan.",
        "6587794006",
    ),
    # tl: lent, rented
    (
        "PH",
        "Ipinahiram ko ang account ko sa BDO 0012 3456 7890 sa kaibigan ng kaibigan.",
        "001234567890",
    ),
    ("PH", "Pinarenta ko ang GCash ko 0917 123 4567 sa isang ahente.", "+639171234567"),
)


def _role_of(text: str, country: str, wanted: str) -> Role:
    found = extract(text, country_hint=country)
    roles = text_roles(text, found, Field.NARRATIVE)
    hits = [role for item, role in zip(found, roles, strict=True) if wanted in item.value]
    assert hits, f"{wanted!r} not extracted from {text!r}: {[f.value for f in found]}"
    return hits[0]


@pytest.mark.parametrize(("country", "text", "wanted"), MULE)
def test_an_account_used_as_a_mule_is_not_own(country: str, text: str, wanted: str) -> None:
    assert _role_of(text, country, wanted) is not Role.OWN


# The victim's own account, and nothing says it was lent or used for others' money: paid from,
# refund to, frozen, an impostor's claim that it is a mule account.
OWN: tuple[tuple[str, str, str], ...] = (
    ("US", "I paid from my account Chase 483920175 three times in May.", "483920175"),
    ("GB", "They promised a refund to my account 20-45-77 13579246 within a week.", "13579246"),
    ("GB", "My account 20-45-77 13579246 was frozen by the bank after the transfers.", "13579246"),
    (
        "GB",
        "The caller said my account 20-45-77 13579246 was flagged as a mule account.",
        "13579246",
    ),
    ("US", "A stranger messaged me, and I paid from my account Chase 483920175.", "483920175"),
    ("JP", "私の口座（みずほ銀行 渋谷支店 普通 7654321）が凍結されました。", "7654321"),
    (
        "JP",
        "知らない人から連絡があり、自分の口座 みずほ銀行 普通 7654321 から振り込みました。",
        "7654321",
    ),
    (
        "CN",
        "一个陌生人加我微信，我从我的银行卡 6222021234567890128 转了三次。",
        "6222021234567890128",
    ),
    ("CN", "警察说我的银行卡 6222021234567890128 涉及两卡犯罪。", "6222021234567890128"),
    ("KR", "제 계좌 신한은행 110-123-456789가 지급정지되었습니다.", "110123456789"),
    (
        "KR",
        "검사라는 사람이 제 통장 신한은행 110-123-456789가 대포통장으로 쓰였다고 했습니다.",
        "110123456789",
    ),
    (
        "TH",
        "ตำรวจปลอมบอกว่าบัญชีของฉัน กสิกรไทย 123-4-56789-0 เป็นบัญชีม้า",
        "1234567890",
    ),
    ("TH", "โอนจากบัญชีของฉัน กสิกรไทย 123-4-56789-0 ทั้งหมดสามครั้ง", "1234567890"),
    ("VN", "Tài khoản của tôi Vietcombank 0071001234567 đã bị phong tỏa.", "0071001234567"),
    ("ID", "Uang saya kirim dari rekening saya BCA 6587794006 ke penipu.", "6587794006"),
    ("ID", "Rekening saya BCA 6587794006 diblokir bank setelah kejadian itu.", "6587794006"),
    ("PH", "Nagbayad ako mula sa account ko sa BDO 0012 3456 7890.", "001234567890"),
)


@pytest.mark.parametrize(("country", "text", "wanted"), OWN)
def test_the_victims_own_account_stays_own(country: str, text: str, wanted: str) -> None:
    assert _role_of(text, country, wanted) is Role.OWN


def test_malay_and_khmer_mule_words_are_read() -> None:
    """ms and km: the cue phrases are in the table (no own-account phrase for Malay exists
    yet; Khmer accounts may not be keyed), so the words are checked on their own."""
    from tipoff.indicators.normalize import lower_same_length
    from tipoff.indicators.own_values import _matches

    for text in (
        "Saya sewa akaun saya kepada ejen itu.",
        "Wang daripada orang yang tidak dikenali masuk dan saya pindahkan semula wang itu.",
        "ខ្ញុំបានលក់គណនីរបស់ខ្ញុំ ហើយលុយពីអ្នកមិនស្គាល់ចូលមក",
    ):
        _, mules, _ = _matches(lower_same_length(text))
        assert mules, text
