"""Issue 16, Khmer and Tagalog first (fa16): words that name a thing are no ask, a transfer
reported done is no request to transfer, lawful lenders, lotteries and exchanges print their
disclosures in Tagalog and Khmer too, a payday promise in Korean, Thai and Tagalog, and Khmer
and Tagalog scam wordings that carry their types' cues. Texts written for this file, not taken
from any bench set."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.redflags import find_evidence

ORDINARY = [
    # An insurer's payout: "your claim" names the claim, it asks nothing.
    "AIA Cambodia: Your claim CL-20931 for hospital care has been approved. USD 240.00 will be "
    "paid to your Wing account within 3 working days.",
    "Pru Life UK: Ang claim ni Juan Santos para sa hospitalization ay naaprubahan na. Walang "
    "kailangang bayaran, ipapasok namin sa bank account niya.",
    # A friend's chat about a coin and a time deposit.
    "Si pinsan ko nag-aaya bumili ng Ethereum, pero mas gusto ko time deposit na lang. Ikaw?",
    # Receipts and video calls with family.
    "Salamat sa donasyon mo na ₱300. Ipinadala na ang resibo sa iyong email. - Gawad Kalinga",
    "Nay nakauwi na ako sa boarding house. Video call tayo mamayang gabi ha",
    # A bank's receipt for the reader's own transfer.
    "ABA: ផ្ទេរប្រាក់ជោគជ័យ 35.50 USD ទៅ SOK DARA ។",
    # A son borrowing until his part-time pay comes in.
    "엄마 이번 주 식비가 좀 모자라서 3만원만 보내줄 수 있어? 알바비 받으면 바로 갚을게",
]

PROMOTIONS = [
    "Cashalo: Personal loan hanggang P50,000! SEC registered lending company. Mag-apply sa "
    "Cashalo app.",
    "PCSO: Grand Lotto 6/55 jackpot P89 Million! Tumaya sa mga awtorisadong outlet. 18+ lamang.",
    "Coins.ph: Trade Bitcoin with zero fees this week. Crypto is highly volatile; only invest "
    "what you can afford to lose.",
]

SCAMS = [
    "ABA Bank៖ គណនីរបស់អ្នកត្រូវបានបង្កក ដោយសារប្រតិបត្តិការគួរឲ្យសង្ស័យ។ សូមផ្ទៀងផ្ទាត់គណនីនៅ "
    "aba-secure-kh.top ក្នុងថ្ងៃនេះ",
    "កម្ចីរហ័ស $3000 មិនត្រួតពិនិត្យប្រវត្តិឥណទាន។ បង់ថ្លៃសេវាមុន $50 ដើម្បីបញ្ចេញប្រាក់កម្ចី។ Telegram @kh_loan_vip",
    "អបអរសាទរ! លេខរបស់អ្នកត្រូវបានជ្រើសរើសជាអ្នកឈ្នះរថយន្ត។ បង់ថ្លៃដឹកជញ្ជូនរង្វាន់ $120 ទៅ ABA 000 555 777",
    "Na-record ko ang video natin. Mag-send ka ng P10,000 sa GCash 0917 000 1111 o ikakalat ko sa "
    "lahat ng friends mo.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_message_is_not_called_scam(text: str) -> None:
    assert assess(text).outcome != "scam"


@pytest.mark.parametrize("text", PROMOTIONS)
def test_lawful_promotion_is_not_called_scam(text: str) -> None:
    assert assess(text).outcome != "scam"


@pytest.mark.parametrize("text", SCAMS)
def test_scam_is_called_scam(text: str) -> None:
    assert assess(text).outcome == "scam"


def test_a_transfer_reported_done_shows_no_transfer_request() -> None:
    done = find_evidence("ACLEDA: ផ្ទេរប្រាក់ជោគជ័យ 20.00 USD ទៅ KEO SINA ។")
    assert "pay_transfer" not in done.codes
    asked = find_evidence("ACLEDA: ផ្ទេរប្រាក់ជោគជ័យ។ សូមផ្ទេរប្រាក់ 50 USD បន្ថែមទៅគណនី 001 234 567 ជាបន្ទាន់")
    assert "pay_transfer" in asked.codes


def test_a_claim_to_make_still_asks() -> None:
    # "claim" as a verb beside a link: the prize scam still asks (and is no noun phrase).
    a = assess("Congratulations! Claim your iPhone 16 now at win-prize-ph.top before midnight")
    assert a.outcome == "scam"
