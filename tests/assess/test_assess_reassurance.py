"""What a sender says it never does (tipoff.assess.reassurance): a bank-staff or safe-account
cue in a sentence that says the bank will never ask is the notice's warning, not a claim; the
same cue in another sentence still counts. Every message here was written for this test."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.redflags import find_evidence

REASSURED = [
    "Westbank: code 551203. Never share it with anyone, not even Westbank bank staff.",
    "Harbor Bank blocked a payment. We'll never ask you to move money to a safe account.",
    "[한빛은행] 인증번호 [551203]. 은행 직원은 인증번호를 묻지 않습니다.",
    "Bank Raya: kode OTP 551203. Jangan berikan kepada siapa pun termasuk pihak bank.",
    "ABA: លេខកូដ 551203 ។ សូមកុំចែករំលែកលេខកូដនេះ រួមទាំងបុគ្គលិកធនាគារ។",
]

CLAIMS = [
    "This is bank staff from the fraud team. Move your savings to a safe account today.",
    "저는 은행 직원입니다. 안전계좌로 이체하세요.",
]


@pytest.mark.parametrize("text", REASSURED)
def test_a_reassurance_is_no_claim(text: str) -> None:
    codes = find_evidence(text).codes
    assert "bank_staff_claim" not in codes and "safe_account" not in codes
    assert assess(text).outcome != "scam"


@pytest.mark.parametrize("text", CLAIMS)
def test_a_claim_in_another_sentence_counts(text: str) -> None:
    codes = find_evidence(text).codes
    assert {"bank_staff_claim", "safe_account"} & codes
