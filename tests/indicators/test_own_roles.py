"""The victim's own values, read from the victim's words (``tipoff.indicators.own_values``
through ``tipoff.indicators.roles.text_roles``).

The account a victim paid from, the account a "refund" was promised to and the victim's own
number are ``own``: never the crew's in that report. The crew's payee beside them, and an
account the victim lent to a crew ("let them use my account"), are not.
"""

from __future__ import annotations

import pytest

from tipoff.indicators.extract import extract
from tipoff.indicators.roles import Field, text_roles
from tipoff.model import Role

# (country, text, a part of the value's canonical form): the victim's own value, in the nine
# languages intake reads (phrasings other than the simulator's).
OWN: tuple[tuple[str, str, str], ...] = (
    ("US", "All of it went out of my checking account Chase 483920175 in May.", "483920175"),
    ("AU", "I moved the money from my own account, BSB 062-000 account 12345678.", "12345678"),
    ("SG", "They said the refund would go back to my DBS account 023-456789-0.", "0234567890"),
    ("US", "If you need anything, please reach me at +1 646 555 0142.", "+16465550142"),
    ("JP", "振込は自分の口座（みずほ銀行 渋谷支店 普通 7654321）から行いました。", "7654321"),
    ("JP", "私の電話番号は090-1234-5678です。", "+819012345678"),
    ("CN", "每次都是用我自己的工商银行卡 6222021234567890128 付的款。", "6222021234567890128"),
    ("CN", "警方可以通过我的手机 138 0013 8000 联系我。", "+8613800138000"),
    ("KR", "본인 명의 계좌 신한은행 110-123-456789에서 이체했습니다.", "110123456789"),
    ("KR", "제 휴대폰 010-1234-5678로 연락 주세요.", "+821012345678"),
    ("TH", "โอนจากบัญชีของดิฉันเอง กสิกรไทย 123-4-56789-0 ทั้งหมด", "1234567890"),
    ("VN", "Tôi đã chuyển từ tài khoản của mình Vietcombank 0071001234567.", "0071001234567"),
    ("ID", "Semua dikirim dari rekening pribadi saya BRI 0123-01-000123-56-7.", "012301000123567"),
    ("ID", "Nomor HP saya 0812-3456-7890, mohon dihubungi.", "+6281234567890"),
    ("PH", "Galing lahat sa aking account sa BDO 0012 3456 7890.", "001234567890"),
    ("PH", "Ang numero ko ay 0917 123 4567.", "+639171234567"),
)


def _role_of(text: str, country: str, wanted: str) -> Role:
    found = extract(text, country_hint=country)
    roles = text_roles(text, found, Field.NARRATIVE)
    hits = [role for item, role in zip(found, roles, strict=True) if wanted in item.value]
    assert hits, f"{wanted!r} not extracted from {text!r}: {[f.value for f in found]}"
    return hits[0]


@pytest.mark.parametrize(("country", "text", "wanted"), OWN)
def test_the_victims_own_values(country: str, text: str, wanted: str) -> None:
    assert _role_of(text, country, wanted) is Role.OWN


# Not the victim's: the crew's payee after "my account" and a direction, an account the victim
# lent to the crew (its mule in this report), a platform's deposit address, the scammer's
# number in the next sentence.
NOT_OWN: tuple[tuple[str, str, str], ...] = (
    ("US", "I transferred from my account to Chase 483920175 as he told me.", "483920175"),
    ("US", "I paid from my account into their account Chase 483920175.", "483920175"),
    (
        "PH",
        "I answered a job ad and let them use my account BDO 0012 3456 7890 for payments.",
        "001234567890",
    ),
    (
        "ID",
        "Saya meminjamkan rekening saya BCA 6587794006 untuk menerima uang.",
        "6587794006",
    ),
    ("CN", "我把我的工商银行卡 6222021234567890128 借给他们收款。", "6222021234567890128"),
    (
        "US",
        "I topped up my account on the platform, address TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7.",
        "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7",
    ),
    ("US", "I lost access to my account. He called me from +855 12 345 678.", "+85512345678"),
    ("JP", "私の口座から相手の口座 みずほ銀行 普通 7654321 に振り込みました。", "7654321"),
    ("TH", "ให้เขาใช้บัญชีของฉัน กสิกรไทย 123-4-56789-0 รับเงินแล้วโอนต่อ", "1234567890"),
    # the payee's account named between: "from my account to the destination account …"
    ("TH", "โอนจากบัญชีของฉันไปบัญชีปลายทาง กสิกรไทย 123-4-56789-0", "1234567890"),
    ("SG", "I paid from my account to the beneficiary account DBS 123-456789-0.", "1234567890"),
    (
        "VN",
        "Chuyển từ tài khoản của tôi sang người nhận Vietcombank 0123456789012",
        "0123456789012",
    ),
)


@pytest.mark.parametrize(("country", "text", "wanted"), NOT_OWN)
def test_values_that_are_not_the_victims(country: str, text: str, wanted: str) -> None:
    assert _role_of(text, country, wanted) is not Role.OWN


def test_khmer_possession() -> None:
    text = "ខ្ញុំបានផ្ទេរពីគណនីរបស់ខ្ញុំ ABA 000 123 456 ។"
    found = extract(text, country_hint="KH")
    roles = text_roles(text, found, Field.NARRATIVE)
    accounts = [r for f, r in zip(found, roles, strict=True) if f.kind == "bank_account"]
    assert accounts == [Role.OWN] or not accounts  # Cambodian accounts may not be keyed


def test_a_scammers_message_is_not_read_for_possession() -> None:
    text = "Send it from my account? No: pay to my account Chase 483920175 now."
    found = extract(text, country_hint="US")
    assert Role.OWN not in text_roles(text, found, Field.SCAMMER_MESSAGE)
