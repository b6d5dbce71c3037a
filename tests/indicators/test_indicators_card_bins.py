"""Chinese debit-card numbers without the bank's name: keyed by their issuer (card_bins)."""

from __future__ import annotations

import pytest

from tipoff.indicators.card_bins import bank_code_for_card, luhn_valid
from tipoff.indicators.extract import extract
from tipoff.model import IndicatorKind


def _with_check_digit(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


ICBC_CARD = _with_check_digit("622202123456789012")  # 19 digits, 中国工商银行 BIN 622202
CCB_CARD = _with_check_digit("621700987654321")  # 16 digits, 中国建设银行 BIN 621700


def accounts(text: str) -> list[str]:
    return [f.value for f in extract(text) if f.kind is IndicatorKind.BANK_ACCOUNT]


def test_luhn_and_issuer():
    assert luhn_valid("4539578763621486")
    assert not luhn_valid("4539578763621487")
    assert bank_code_for_card(ICBC_CARD) == "102"
    assert bank_code_for_card("4539578763621486") is None  # a Visa card is not a payee account
    assert bank_code_for_card("62220212345") is None  # too short for a card


@pytest.mark.parametrize(
    "text",
    [
        f"收款账户：{ICBC_CARD}，户名张伟",
        f"请转到这张卡 {ICBC_CARD[:4]} {ICBC_CARD[4:8]} {ICBC_CARD[8:12]} {ICBC_CARD[12:16]} "
        f"{ICBC_CARD[16:]}",
        f"他让我打款到{ICBC_CARD}",
        f"中国工商银行 {ICBC_CARD}",
    ],
)
def test_a_card_without_or_with_its_bank_is_one_key(text):
    assert accounts(text) == [f"CN:102:{ICBC_CARD}"]


def test_unlabelled_card_needs_its_check_digit():
    wrong = CCB_CARD[:-1] + str((int(CCB_CARD[-1]) + 1) % 10)
    assert accounts(f"订单 {CCB_CARD} 已发货") == [f"CN:105:{CCB_CARD}"]
    assert accounts(f"订单 {wrong} 已发货") == []
    assert accounts(f"卡号：{wrong}") == [f"CN:105:{wrong}"]  # an account word: read as given


def test_the_named_bank_wins_over_the_issuer():
    # the victim named another bank: that reading is kept, the number is not read twice
    assert accounts(f"农业银行 账号 {ICBC_CARD}") == [f"CN:103:{ICBC_CARD}"]


@pytest.mark.parametrize(
    "text",
    [
        "WhatsApp +62 812 3456 7890 1234",  # an Indonesian number, not a card
        f"ref 9{ICBC_CARD}",  # the middle of a longer number
        "卡号 6299 1234 5678 9012",  # an issuer not in the table
    ],
)
def test_not_a_listed_card(text):
    assert accounts(text) == []
